"""The engine's results as QGIS fields and features, in a chosen CRS.

The dock puts these features in layers; the Processing algorithms write them to
their sinks: one code path for both.
"""

import numpy as np
import shapely
from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProject,
)
from qgis.PyQt.QtCore import QMetaType

from .layers import WGS84

DOUBLE, TEXT, BOOL = QMetaType.Type.Double, QMetaType.Type.QString, QMetaType.Type.Bool

CORRIDOR_FIELDS = (
    ("north_m", DOUBLE),  # width on the left of travel: north (west on a north-south road)
    ("south_m", DOUBLE),  # width on the right of travel
    ("left_side", TEXT),
    ("right_side", TEXT),
    ("end_cap", TEXT),
    ("from_km", DOUBLE),
    ("to_km", DOUBLE),
    ("length_km", DOUBLE),
    ("area_km2", DOUBLE),
)
PATROL_FIELDS = (
    ("start_name", TEXT),
    ("end_name", TEXT),
    ("start_km", DOUBLE),
    ("end_km", DOUBLE),
    ("length_km", DOUBLE),
)
ROUTE_FIELDS = PATROL_FIELDS  # the same, km 0 at its start
CHECKPOINT_FIELDS = (("km", DOUBLE), ("route_km", DOUBLE), ("label", TEXT))
FLAG_FIELDS = (
    ("in_corr", BOOL),
    ("side", TEXT),
    ("dist_m", DOUBLE),
    ("chain_km", DOUBLE),
    ("in_patrol", BOOL),
    ("in_window", BOOL),
)


def field(name, kind):
    """A QgsField of a QMetaType type, on every QGIS version.

    QGIS 3.38 deprecates QgsField(name, QVariant.Type), and PyQt6 (QGIS 4) has no
    QVariant.Type at all; older QGIS takes only a QVariant.Type, whose values are
    QMetaType's in Qt 5, and accepts it as a plain int."""
    return QgsField(name, kind if Qgis.QGIS_VERSION_INT >= 33800 else int(kind))


def fields(spec):
    result = QgsFields()
    for name, kind in spec:
        result.append(field(name, kind))
    return result


def geometry(shape, crs):
    """A QgsGeometry in ``crs`` from a shapely geometry in WGS84 lon/lat."""
    result = QgsGeometry()
    # Explicit: shapely >= 2.1 asks for 4 by default, which an older GEOS refuses.
    result.fromWkb(shapely.to_wkb(shape, output_dimension=2))
    result.transform(QgsCoordinateTransform(WGS84, crs, QgsProject.instance()))
    return result


def _feature(field_set, shape, crs, values):
    feature = QgsFeature(field_set)
    feature.setGeometry(geometry(shape, crs))
    feature.setAttributes(list(values))
    return feature


def corridor_features(corridor, crs):
    field_set = fields(CORRIDOR_FIELDS)
    route = corridor.route
    values = (
        corridor.left_m,
        corridor.right_m,
        route.side_names[0],
        route.side_names[1],
        corridor.end_cap,
        0.0 if corridor.from_km is None else float(corridor.from_km),
        route.length_km if corridor.to_km is None else float(corridor.to_km),
        corridor.stretch.length_km,
        corridor.area_km2,
    )
    return field_set, [_feature(field_set, corridor.polygon, crs, values)]


def patrol_features(patrol, crs):
    field_set = fields(PATROL_FIELDS)
    values = (patrol.start.name, patrol.end.name, patrol.start_km, patrol.end_km, patrol.length_km)
    return field_set, [_feature(field_set, patrol.line.geometry, crs, values)]


def route_features(route, crs, start_name, end_name):
    """The route as one line, km 0 at its start, with the names of its ends."""
    field_set = fields(ROUTE_FIELDS)
    line = shapely.LineString(np.column_stack([route.lon, route.lat]))
    values = (start_name, end_name, 0.0, route.length_km, route.length_km)
    return field_set, [_feature(field_set, line, crs, values)]


def checkpoint_features(points, crs):
    field_set = fields(CHECKPOINT_FIELDS)
    return field_set, [
        _feature(field_set, shapely.Point(lon, lat), crs, (float(km), float(route_km), label))
        for lon, lat, km, route_km, label in zip(points.lon, points.lat, points.km, points.route_km, points.labels)
    ]
