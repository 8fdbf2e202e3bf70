"""Read QGIS features into the engine's inputs (shapely lines, lon/lat arrays).

Works on anything with QGIS's feature-source interface (a vector layer, or a
Processing feature source, whose "selected features only" is then already
applied). Input layers are only read, never edited.
"""

from __future__ import annotations

import logging
from typing import NamedTuple

import numpy as np
import shapely
from qgis.core import (
    Qgis,
    QgsAbstractGeometry,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsPointXY,
    QgsProject,
    QgsUnitTypes,
    QgsVectorLayerFeatureSource,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from ..core import CorridorError, DegenerateLineError, category_labels, read_dates
from .task import checked
from .translation import text, tr

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
_NOWHERE = QgsPointXY(float("nan"), float("nan"))
log = logging.getLogger(__name__)

# Curves become chords at most this far from the arc. QGIS's default (1 degree of
# arc per chord) is 0.4 m off on a bend of 10 km radius and 4 m on one of 100 km.
CURVE_TOLERANCE_M = 0.1
_MAXIMUM_DIFFERENCE = QgsAbstractGeometry.SegmentationToleranceType.MaximumDifference
# QGIS 3.30 moved the units into Qgis; QGIS 4 has only those.
_METRES = Qgis.DistanceUnit.Meters if hasattr(Qgis, "DistanceUnit") else QgsUnitTypes.DistanceUnit.DistanceMeters


def source_name(source):
    return source.sourceName() if hasattr(source, "sourceName") else source.name()


def features_of(layer, selected_only):
    """The layer's features, or only its selection (an error if none is selected)."""
    if not selected_only:
        return layer.getFeatures()
    ids = layer.selectedFeatureIds()
    if not ids:
        raise CorridorError(
            tr("No features are selected in '{layer}': select the road's features, "
               "or untick 'selected features only'."),
            layer=layer.name(),
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
    """Shapely line parts, their labels ("feature 12 of 'M4'", in the user's
    language: they name parts in messages) and the source's CRS as WKT.

    Curved lines (CircularString, CompoundCurve, MultiCurve) come as straight
    segments within CURVE_TOLERANCE_M of the arc, and every line in 2D.
    """
    name = source_name(source)
    geometry_type = QgsWkbTypes.geometryType(source.wkbType())
    if geometry_type == QgsWkbTypes.GeometryType.PointGeometry:
        raise CorridorError(tr("'{layer}' is a point layer; choose a line layer for the road."), layer=name)
    if geometry_type == QgsWkbTypes.GeometryType.PolygonGeometry:
        raise CorridorError(tr("'{layer}' is a polygon layer; choose a line layer for the road."), layer=name)
    if geometry_type != QgsWkbTypes.GeometryType.LineGeometry:
        # No geometry, or a type QGIS does not know: named as QGIS (translated) names it.
        raise CorridorError(
            tr("'{layer}' is a {kind} layer; choose a line layer for the road."), layer=name, kind=_kind(source)
        )
    require_crs(source, "lines")
    tolerance = CURVE_TOLERANCE_M * QgsUnitTypes.fromUnitToUnitFactor(_METRES, source.sourceCrs().mapUnits())
    labelled = tr("feature {id} of '{layer}'")  # once, not per feature
    parts, labels = [], []
    for feature in features if features is not None else source.getFeatures():
        geometry = feature.geometry()
        label = labelled.format(id=feature.id(), layer=name)
        parts.append(None if geometry.isNull() else _shapely_lines(geometry.constGet(), tolerance, label))
        labels.append(label)
    if not parts:
        raise CorridorError(tr("'{layer}' has no features to make a road from."), layer=name)
    return parts, labels, source.sourceCrs().toWkt()


def _kind(source):
    return QgsWkbTypes.geometryDisplayString(QgsWkbTypes.geometryType(source.wkbType())).lower()


def _shapely_lines(shape, tolerance, label):
    """A QGIS line geometry as a 2D shapely one, arcs as straight segments;
    changes only copies, never the feature's geometry."""
    kind, flat = shape.wkbType(), shape
    if QgsWkbTypes.isCurvedType(kind):
        # GEOS reads no arcs ("Unknown WKB type 8").
        flat = shape.segmentize(tolerance, _MAXIMUM_DIFFERENCE)
    elif QgsWkbTypes.hasZ(kind) or QgsWkbTypes.hasM(kind):
        flat = shape.clone()
    if flat is not shape:
        flat.dropZValue()
        flat.dropMValue()
    counts = [flat.vertexCount(part, 0) for part in range(flat.partCount())]
    if 1 in counts:
        # Shapely cannot even hold a line of one point, so the engine never sees one.
        raise DegenerateLineError(label, one_point=True, whole=len(counts) == 1)
    return shapely.from_wkb(bytes(flat.asWkb()))


class PointParts(NamedTuple):
    """Incidents read for :func:`core.flag_incidents`: ``ids`` one per feature;
    ``lon``, ``lat`` (WGS84) every point, NaN for a feature without one;
    ``parts_of`` the row in ``ids`` of each point, or None when every feature
    is one point (then the points are the features); ``dates`` as in
    :func:`read_points`."""

    ids: np.ndarray
    lon: np.ndarray
    lat: np.ndarray
    parts_of: np.ndarray | None
    dates: object

    def flagged_points(self, flags):
        """(lon, lat) one per incident: the point its side, distance and km come from."""
        if flags.part is None:
            return self.lon, self.lat
        return self.lon[flags.part], self.lat[flags.part]


def require_crs(source, role):
    """CorridorError unless ``source`` has a valid CRS: without one, where its
    features lie on the Earth is not known, and a guess would be silently wrong.
    ``role``: what its features are, "lines" or "points"."""
    if source.sourceCrs().isValid():
        return
    if role == "lines":
        template = tr(
            "'{layer}' has no coordinate reference system (CRS), so where its lines "
            "lie on the Earth is not known: set it in the layer's properties (Source, Assigned "
            "coordinate reference system) and run again."
        )
    else:
        template = tr(
            "'{layer}' has no coordinate reference system (CRS), so where its points "
            "lie on the Earth is not known: set it in the layer's properties (Source, Assigned "
            "coordinate reference system) and run again."
        )
    raise CorridorError(template, layer=source_name(source))


def require_points(source):
    """CorridorError unless ``source`` is a point layer (or of unknown geometry type):
    the incidents are read as points."""
    geometry_type = QgsWkbTypes.geometryType(source.wkbType())
    if geometry_type == QgsWkbTypes.GeometryType.LineGeometry:
        raise CorridorError(
            tr("'{layer}' is a line layer, and incidents are read as points; choose a point layer for the incidents."),
            layer=source_name(source),
        )
    if geometry_type == QgsWkbTypes.GeometryType.PolygonGeometry:
        raise CorridorError(
            tr("'{layer}' is a polygon layer, and incidents are read as points; "
               "choose a point layer for the incidents."),
            layer=source_name(source),
        )


def read_point_parts(source, features=None, date_field=None, date_format=None, check=None):
    """:class:`PointParts` of a point layer's features, every point of a
    MultiPoint included; a line or polygon layer is refused.

    ``check(done, total)``, if given, is called every thousand features (see
    :func:`.task.checked`): to show progress, and to stop by raising.
    """
    require_points(source)
    return _point_parts(source, features, date_field, date_format, check)


def read_points(source, features=None, date_field=None, date_format=None, check=None):
    """Feature ids, WGS84 lon/lat (NaN where a point is missing; a MultiPoint's
    first point) and dates.

    Dates are read only when ``date_field`` is given, as the engine reads them
    (:func:`core.read_dates`, ``date_format`` for day/month forms): a
    :class:`core.Dates`. How many could not be read, and the first few with
    their feature ids, go to the log. To flag incidents use
    :func:`read_point_parts`, which keeps every point. ``check`` is as there.
    """
    ids, lon, lat, parts_of, dates = _point_parts(source, features, date_field, date_format, check)
    if parts_of is not None:
        first = np.flatnonzero(np.r_[True, np.diff(parts_of) != 0])
        lon, lat = lon[first], lat[first]
    return ids, lon, lat, dates


def _point_parts(source, features, date_field, date_format, check=None):
    require_crs(source, "points")
    to_wgs84 = QgsCoordinateTransform(source.sourceCrs(), WGS84, QgsProject.instance())
    ids, lon, lat, counts, values, empty = [], [], [], [], [], []
    if features is None:
        features, total = source.getFeatures(), _count(source)
    else:
        total = len(features) if hasattr(features, "__len__") else None
    for feature in checked(features, check, total):
        ids.append(feature.id())
        points = _points_of(feature.geometry())
        for point in points:
            try:
                point = to_wgs84.transform(point)
            except QgsCsException:  # beyond what the CRS can convert: a point without a location
                point = _NOWHERE
            lon.append(point.x())
            lat.append(point.y())
        if not points:
            empty.append(len(lon))
            lon.append(np.nan)
            lat.append(np.nan)
        counts.append(max(1, len(points)))
        if date_field:
            values.append(date_value(feature[date_field]))
    _log_unplaced(source, ids, counts, lon, lat, empty)
    dates = None
    if date_field:
        dates = read_dates(values, date_format)
        _log_undated(source, date_field, dates, values, ids)
    parts_of = None
    if len(lon) > len(ids):
        parts_of = np.repeat(np.arange(len(ids)), counts)
    return PointParts(
        np.array(ids, dtype=np.int64), np.array(lon, dtype=float), np.array(lat, dtype=float), parts_of, dates
    )


def _count(source):
    """How many features ``source`` has, or None when it cannot tell (a
    :class:`LayerSnapshot`, or a provider that does not know)."""
    count = source.featureCount() if hasattr(source, "featureCount") else -1
    return count if count >= 0 else None


def _points_of(geometry):
    """A point geometry's points as QgsPointXY: none when null or empty."""
    if geometry.isNull() or geometry.isEmpty():
        return ()
    if geometry.isMultipart():
        return geometry.asMultiPoint()
    return (QgsPointXY(geometry.vertexAt(0)),)


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


def _log_unplaced(source, ids, counts, lon, lat, empty, shown=5):
    """Says which features have a point that could not be placed in WGS84: the
    engine flags them without a location, and the user should know why.
    ``empty`` are the rows of ``lon``/``lat`` standing for features without a
    geometry, which are only empty."""
    lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    placed = np.isfinite(lon) & np.isfinite(lat) & (np.abs(lon) <= 180) & (np.abs(lat) <= 90)
    placed[empty] = True
    if placed.all():
        return
    owner = np.repeat(np.arange(len(ids)), counts)
    features = list(dict.fromkeys(owner[~placed].tolist()))
    # For the user (the QGIS log panel), so in their language.
    log.warning(
        tr("{count} of {total} features in '{layer}' have coordinates that cannot be converted to WGS84 "
           "longitude/latitude (check the layer's CRS); they are flagged without a location: {features}").format(
            count=len(features), total=len(ids), layer=source_name(source),
            features=", ".join(tr("feature {id}").format(id=ids[k]) for k in features[:shown])
            + (", …" if len(features) > shown else ""),
        )
    )


def _log_undated(source, field, dates, values, ids):
    unreadable = int(dates.unreadable.sum())
    # For the user (the QGIS log panel), so in their language.
    if unreadable:
        log.warning(
            tr("{count} of {total} incidents in '{layer}' have a {field} that cannot be read as a date, so they "
               "are neither in nor out of the date window: {examples}").format(
                count=unreadable, total=len(values), layer=source_name(source), field=field,
                examples="; ".join(text(example) for example in dates.example_messages(values, ids)),
            )
        )
    empty = int(dates.empty.sum())
    if empty:
        log.info(
            tr("{count} of {total} incidents in '{layer}' have no {field}.").format(
                count=empty, total=len(values), layer=source_name(source), field=field
            )
        )


def to_lonlat(point, crs):
    """WGS84 lon/lat of a QgsPointXY given in ``crs``."""
    lonlat = QgsCoordinateTransform(crs, WGS84, QgsProject.instance()).transform(point)
    return lonlat.x(), lonlat.y()


def _field_named(fields, wanted):
    names = [field.name() for field in fields]
    if wanted in names:
        return wanted
    return next((name for name in names if name.lower() == wanted.lower()), None)


def read_categories(source, ids, field, check=None):
    """The category label (:func:`core.category_labels`) of each feature in
    ``ids``, or None without a category field (or without that field).

    ``source`` is a layer or a :class:`LayerSnapshot` (safe in a task);
    ``check`` as in :func:`read_point_parts`.
    """
    name = _field_named(source.fields(), field) if field else None
    if name is None:
        return None
    request = QgsFeatureRequest()
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes([name], source.fields())
    features = checked(source.getFeatures(request), check, len(ids))
    values = {feature.id(): date_value(feature[name]) for feature in features}
    return category_labels([values.get(int(fid)) for fid in ids], name)


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
