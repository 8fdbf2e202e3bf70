"""Test layers built from the bundled sample data (the approximate M4 and places)."""

import json
from pathlib import Path

import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)

from secure_corridor.core import Place

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"
# The patrol's ends in the March 2020 agreement (OCHA's coordinates).
TRUMBA = Place("Trumba", 36.76914, 35.86034)
AIN_AL_HAVR = Place("Ain al-Havr", 36.16736, 35.78132)


def m4_coordinates():
    return json.loads((SAMPLE / "m4_approximate.geojson").read_text())["features"][0]["geometry"]["coordinates"]


def m4_layer(crs="EPSG:32637", name="M4"):
    """The approximate M4 in ``crs``, cut into three features (one reversed)."""
    coords = m4_coordinates()
    layer = QgsVectorLayer(f"LineString?crs={crs}&field=name:string", name, "memory")
    to_layer = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), layer.crs(), QgsProject.instance())
    features = []
    for lo, hi, flip in ((0, 4, False), (3, 8, True), (7, len(coords), False)):
        part = coords[lo:hi][::-1] if flip else coords[lo:hi]
        geometry = QgsGeometry.fromWkt(shapely.LineString(part).wkt)
        geometry.transform(to_layer)
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        feature.setAttributes([f"M4 {lo}-{hi}"])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def point_layer(points, crs="EPSG:4326", name="incidents", date_type="date"):
    """Points [(lon, lat, "YYYY-MM-DD" or None, kind)] in WGS84, reprojected to ``crs``."""
    layer = QgsVectorLayer(f"Point?crs={crs}&field=kind:string&field=day:{date_type}", name, "memory")
    to_layer = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), layer.crs(), QgsProject.instance())
    features = []
    for lon, lat, day, kind in points:
        feature = QgsFeature(layer.fields())
        if lon is not None:
            feature.setGeometry(QgsGeometry.fromPointXY(to_layer.transform(QgsPointXY(lon, lat))))
        feature.setAttributes([kind, day])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer
