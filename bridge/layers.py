"""Read QGIS features into the engine's inputs (shapely lines, lon/lat arrays).

Works on anything with QGIS's feature-source interface (a vector layer, or a
Processing feature source, whose "selected features only" is then already
applied). Input layers are only read, never edited.
"""

import logging

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsPointXY,
    QgsProject,
    QgsVectorLayerFeatureSource,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from ..core import CorridorError, read_dates

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
log = logging.getLogger(__name__)


def source_name(source):
    return source.sourceName() if hasattr(source, "sourceName") else source.name()


def features_of(layer, selected_only):
    """The layer's features, or only its selection (an error if none is selected)."""
    if not selected_only:
        return layer.getFeatures()
    ids = layer.selectedFeatureIds()
    if not ids:
        raise CorridorError(
            f"No features are selected in '{layer.name()}': select the road's features, "
            "or untick 'selected features only'."
        )
    return layer.getFeatures(QgsFeatureRequest().setFilterFids(ids))


class LayerSnapshot:
    """What a background task may read of a layer: made on the main thread, it
    offers the feature-source calls the readers use (features, CRS, fields,
    geometry type, name) from any thread."""

    def __init__(self, layer, selected_only=False):
        features_of(layer, selected_only)  # no selection: the error, here and now
        self._features = QgsVectorLayerFeatureSource(layer)
        self._ids = layer.selectedFeatureIds() if selected_only else None
        self._crs = layer.crs()
        self._fields = layer.fields()
        self._wkb_type = layer.wkbType()
        self._name = layer.name()

    def getFeatures(self, request=None):  # noqa: N802 (QGIS API)
        request = QgsFeatureRequest(request) if request is not None else QgsFeatureRequest()
        if self._ids is not None:
            request.setFilterFids(self._ids)
        return self._features.getFeatures(request)

    def sourceCrs(self):  # noqa: N802
        return self._crs

    def fields(self):
        return self._fields

    def wkbType(self):  # noqa: N802
        return self._wkb_type

    def sourceName(self):  # noqa: N802
        return self._name


def read_lines(source, features=None):
    """Shapely line parts, their labels ("feature 12") and the source's CRS as WKT."""
    name = source_name(source)
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.LineGeometry:
        kind = QgsWkbTypes.geometryDisplayString(QgsWkbTypes.geometryType(source.wkbType())).lower()
        raise CorridorError(f"'{name}' is a {kind} layer; choose a line layer for the road.")
    parts, labels = [], []
    for feature in features if features is not None else source.getFeatures():
        geometry = feature.geometry()
        label = f"feature {feature.id()} of '{name}'"
        parts.append(None if geometry.isNull() else shapely.from_wkb(bytes(geometry.asWkb())))
        labels.append(label)
    if not parts:
        raise CorridorError(f"'{name}' has no features to make a road from.")
    return parts, labels, source.sourceCrs().toWkt()


def read_points(source, features=None, date_field=None, date_format=None):
    """Feature ids, WGS84 lon/lat (NaN where a point is missing) and dates.

    Dates are read only when ``date_field`` is given, as the engine reads them
    (:func:`core.read_dates`, ``date_format`` for day/month forms): a
    :class:`core.Dates`. How many could not be read, and the first few with
    their feature ids, go to the log.
    """
    to_wgs84 = QgsCoordinateTransform(source.sourceCrs(), WGS84, QgsProject.instance())
    ids, lon, lat, values = [], [], [], []
    for feature in features if features is not None else source.getFeatures():
        ids.append(feature.id())
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            lon.append(np.nan)
            lat.append(np.nan)
        else:
            point = to_wgs84.transform(QgsPointXY(geometry.vertexAt(0)))
            lon.append(point.x())
            lat.append(point.y())
        if date_field:
            values.append(date_value(feature[date_field]))
    dates = None
    if date_field:
        dates = read_dates(values, date_format)
        _log_undated(source, date_field, dates, values, ids)
    return np.array(ids, dtype=np.int64), np.array(lon, dtype=float), np.array(lat, dtype=float), dates


def date_value(value):
    """A field's value as the engine reads dates: QDate and QDateTime as Python
    dates (a QDateTime's day in its own time zone: the day as written), NULL as None."""
    if isinstance(value, QDateTime):
        value = value.date() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, QVariant):  # NULL
        return None if value.isNull() else value.value()
    return value


def _log_undated(source, field, dates, values, ids):
    unreadable = int(dates.unreadable.sum())
    if unreadable:
        log.warning(
            "%d of %d incidents in '%s' have a %s that cannot be read as a date, so they are neither "
            "in nor out of the date window: %s",
            unreadable, len(values), source_name(source), field, "; ".join(dates.examples(values, ids)),
        )
    empty = int(dates.empty.sum())
    if empty:
        log.info("%d of %d incidents in '%s' have no %s.", empty, len(values), source_name(source), field)


def to_lonlat(point, crs):
    """WGS84 lon/lat of a QgsPointXY given in ``crs``."""
    lonlat = QgsCoordinateTransform(crs, WGS84, QgsProject.instance()).transform(point)
    return lonlat.x(), lonlat.y()


def _field_named(fields, wanted):
    names = [field.name() for field in fields]
    if wanted in names:
        return wanted
    return next((name for name in names if name.lower() == wanted.lower()), None)


def read_kinds(source, ids, field="kind"):
    """The ``field`` value of each feature in ``ids`` (as strings), or None without such a field.

    ``source`` is a layer or a :class:`LayerSnapshot` (safe in a task).
    """
    name = _field_named(source.fields(), field)
    if name is None:
        return None
    request = QgsFeatureRequest()
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes([name], source.fields())
    values = {}
    for feature in source.getFeatures(request):
        value = feature[name]
        values[feature.id()] = None if value is None or (hasattr(value, "isNull") and value.isNull()) else str(value)
    return [values.get(int(fid)) for fid in ids]


def read_places(layer, name_field):
    """[(name, lon, lat)] of a point layer's features that have a name and a location."""
    if layer is None or not name_field or _field_named(layer.fields(), name_field) is None:
        return []
    ids, lon, lat, _ = read_points(layer)
    names = {}
    request = QgsFeatureRequest()
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes([name_field], layer.fields())
    for feature in layer.getFeatures(request):
        value = feature[name_field]
        if isinstance(value, str) and value.strip():
            names[feature.id()] = value.strip()
    return [(names[int(fid)], float(x), float(y)) for fid, x, y in zip(ids, lon, lat) if int(fid) in names and x == x and y == y]
