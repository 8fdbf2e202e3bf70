"""Test layers built from the bundled sample data (the approximate M4 and places),
and hostile ones: curved roads written by GDAL, lines of one point, MultiPoints."""

import json
from pathlib import Path

import numpy as np
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


def gdal_layer(path, wkts, epsg, name="roads"):
    """A GeoPackage layer ``name`` written by GDAL (not QGIS), one feature per WKT."""
    from osgeo import ogr, osr

    ogr.UseExceptions()
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    geometries = [ogr.CreateGeometryFromWkt(wkt) for wkt in wkts]
    data = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = data.CreateLayer(name, srs, geometries[0].GetGeometryType())
    for geometry in geometries:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(geometry)
        layer.CreateFeature(feature)
    data = None  # written and closed
    return QgsVectorLayer(f"{path}|layername={name}", name, "ogr")


# A half circle of 20 km radius around (500000, 3960000) in UTM 37N, and its variants.
ARC = "480000 3960000,500000 3980000,520000 3960000"
CURVES = {
    "CircularString": ([f"CIRCULARSTRING ({ARC})"], 32637),
    "CompoundCurveZ": (
        ["COMPOUNDCURVE Z ((36.0 35.8 100,36.2 35.8 100),CIRCULARSTRING Z (36.2 35.8 100,36.3 35.9 100,36.4 35.8 100))"],
        4326,
    ),
    "MultiCurveM": (
        ["MULTICURVE M (CIRCULARSTRING M (480000 3960000 1,500000 3980000 2,520000 3960000 3),"
         "(520000 3960000 3,540000 3960000 4))"],
        32637,
    ),
}


def arc_length_m(wkts, epsg):
    """Geodesic length of the curves, densified by GDAL every 0.01 degree of arc."""
    from osgeo import ogr
    from pyproj import Geod, Transformer

    to_wgs84 = Transformer.from_crs(f"EPSG:{epsg}", "EPSG:4326", always_xy=True)
    total = 0.0
    for wkt in wkts:
        linear = ogr.CreateGeometryFromWkt(wkt).GetLinearGeometry(0.01)
        lines = [linear.GetGeometryRef(i) for i in range(linear.GetGeometryCount())] if linear.GetGeometryCount() else [linear]
        for line in lines:
            xy = np.array(line.GetPoints())[:, :2]
            total += Geod(ellps="WGS84").line_length(*to_wgs84.transform(xy[:, 0], xy[:, 1]))
    return total


def one_point_road(bad_wkt, layer_type="LineString"):
    """Six road features of about 1 km in a row, and a seventh, ``bad_wkt``."""
    road = QgsVectorLayer(f"{layer_type}?crs=EPSG:4326", "roads", "memory")
    wkts = [f"LineString ({36 + k / 100} 35.8, {36 + (k + 1) / 100} 35.8)" for k in range(6)] + [bad_wkt]
    features = []
    for wkt in wkts:
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    assert road.dataProvider().addFeatures(features)[0]
    return road


def multipoint_layer(incidents, crs="EPSG:4326"):
    """A MultiPoint layer: one feature per list of (lon, lat) points in WGS84 ([] for none)."""
    layer = QgsVectorLayer(f"MultiPoint?crs={crs}&field=kind:string", "incidents", "memory")
    to_layer = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), layer.crs(), QgsProject.instance())
    features = []
    for points in incidents:
        feature = QgsFeature(layer.fields())
        if points:
            feature.setGeometry(QgsGeometry.fromMultiPointXY([to_layer.transform(QgsPointXY(*p)) for p in points]))
        feature.setAttributes(["x"])
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer
