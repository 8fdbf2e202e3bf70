"""Read QGIS features into the engine's inputs (shapely lines, lon/lat arrays).

Works on anything with QGIS's feature-source interface (a vector layer, or a
Processing feature source, whose "selected features only" is then already
applied). Input layers are only read, never edited.
"""

from __future__ import annotations

import shapely
from qgis.core import (
    Qgis,
    QgsAbstractGeometry,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProject,
    QgsUnitTypes,
    QgsVectorLayerFeatureSource,
    QgsWkbTypes,
)

from ..core import CorridorError, DegenerateLineError
from .translation import tr

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")

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


def to_lonlat(point, crs):
    """WGS84 lon/lat of a QgsPointXY given in ``crs``."""
    lonlat = QgsCoordinateTransform(crs, WGS84, QgsProject.instance()).transform(point)
    return lonlat.x(), lonlat.y()


def field_named(fields, wanted):
    """The name of the field ``wanted`` in ``fields``, matched exactly or else ignoring case; None if absent."""
    names = [field.name() for field in fields]
    if wanted in names:
        return wanted
    return next((name for name in names if name.lower() == wanted.lower()), None)
