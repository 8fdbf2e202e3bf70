"""The spatial index bridge.geopackage_rtree packs is the one GDAL would build.

Each table is written twice by GDAL, once with GDAL's own index (the reference)
and once without, which build_index then indexes. The two must agree: SQLite's
own check of the R-tree, a box per located geometry holding it, the same
schema (virtual table, triggers, gpkg_extensions row), the same answers to
spatial filters, and an index that GDAL keeps up to date through later edits.
"""

import sqlite3

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import QgsFeatureRequest, QgsRectangle, QgsVectorLayer

from secure_corridor.bridge import geopackage_rtree
from secure_corridor.bridge.geopackage_rtree import build_index

gdal.UseExceptions()
CAPACITY = 51  # cells in a node of 1,228 bytes, as SQLite makes them with 4 KiB pages


def write(path, table, wkts, spatial_index, kind=ogr.wkbPoint):
    """A GeoPackage table of ``wkts`` (None: no geometry), fids 1, 2, ..."""
    data = ogr.Open(str(path), 1) if path.exists() else ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    crs = osr.SpatialReference()
    crs.ImportFromEPSG(4326)
    layer = data.CreateLayer(table, crs, kind, options=[f"SPATIAL_INDEX={'YES' if spatial_index else 'NO'}"])
    layer.CreateField(ogr.FieldDefn("n", ogr.OFTInteger))
    layer.StartTransaction()
    for k, wkt in enumerate(wkts):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("n", k)
        if wkt is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    data = None


def random_points(count, seed=0):
    rng = np.random.default_rng(seed)
    x, y = rng.uniform(35.0, 38.0, count), rng.uniform(34.5, 36.5, count)
    return [f"POINT ({a!r} {b!r})" for a, b in zip(x.tolist(), y.tolist())]


@pytest.fixture
def pair(tmp_path):
    """write(wkts, ...) into mine.gpkg (indexed by build_index) and gdal.gpkg (by GDAL)."""
    mine, theirs = tmp_path / "mine.gpkg", tmp_path / "gdal.gpkg"

    def make(wkts, table="t", kind=ogr.wkbPoint):
        write(mine, table, wkts, False, kind)
        write(theirs, table, wkts, True, kind)
        build_index(str(mine), table)
        return mine, theirs

    return make


def quoted(name):
    return '"{}"'.format(name.replace('"', '""'))


def rtree_name(table, column="geom"):
    return f"rtree_{table}_{column}"


def check_index(path, table, wkts):
    """SQLite finds the R-tree sound, and it holds one box per located geometry, around it."""
    name = rtree_name(table)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT rtreecheck(?)", (name,)).fetchone() == ("ok",)
        boxes = dict((row[0], row[1:]) for row in connection.execute(f'SELECT * FROM {quoted(name)}'))
    located = {}
    for fid, wkt in enumerate(wkts, start=1):
        geometry = ogr.CreateGeometryFromWkt(wkt) if wkt else None
        if geometry is not None and not geometry.IsEmpty():
            located[fid] = geometry.GetEnvelope()  # (minx, maxx, miny, maxy)
    assert sorted(boxes) == sorted(located)
    for fid, (minx, maxx, miny, maxy) in located.items():
        low_x, high_x, low_y, high_y = boxes[fid]
        assert low_x <= minx and high_x >= maxx and low_y <= miny and high_y >= maxy
        # 32-bit floats, rounded outward by at most one step of their precision
        assert maxx - minx >= (high_x - low_x) - 2 * np.spacing(np.float32(abs(maxx) + 1))


def schema(path, table):
    """The index's virtual table and triggers (as SQL) and its gpkg_extensions row."""
    with sqlite3.connect(path) as connection:
        made = connection.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name LIKE 'rtree%' ORDER BY type, name"
        ).fetchall()
        if not connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_extensions'").fetchall():
            return made, []  # a GeoPackage with no extension at all
        extension = connection.execute(
            "SELECT * FROM gpkg_extensions WHERE table_name = ? AND extension_name = 'gpkg_rtree_index'", (table,)
        ).fetchall()
    return made, extension


def opened(path, table):
    """The OGR layer ``table``, with the dataset it needs alive (GDAL crashes otherwise)."""
    data = ogr.Open(str(path))
    return data, data.GetLayerByName(table)


def filtered(path, table, box):
    data, layer = opened(path, table)
    layer.SetSpatialFilterRect(*box)
    return sorted(feature.GetFID() for feature in layer)


BOXES = [(35.0, 34.5, 35.3, 34.9), (36.2, 35.1, 36.25, 35.2), (34.0, 34.0, 40.0, 40.0), (37.9, 36.4, 39.0, 37.0),
         (10.0, 10.0, 11.0, 11.0)]


@pytest.mark.parametrize("count", [0, 1, CAPACITY, CAPACITY + 1, CAPACITY**2 + 1, 6000])
def test_an_index_of_points_is_sound_and_answers_as_gdals(pair, count):
    """From an empty table to three levels of nodes (51 cells a node)."""
    wkts = random_points(count)
    mine, theirs = pair(wkts)
    check_index(mine, "t", wkts)
    assert schema(mine, "t") == schema(theirs, "t")
    for box in BOXES:
        assert filtered(mine, "t", box) == filtered(theirs, "t", box)
    data, layer = opened(mine, "t")
    assert layer.TestCapability(ogr.OLCFastSpatialFilter)


def test_null_and_empty_geometries_are_left_out(pair):
    wkts = random_points(300)
    wkts[3] = wkts[40] = None
    wkts[7] = "POINT EMPTY"
    mine, theirs = pair(wkts)
    check_index(mine, "t", wkts)
    for box in BOXES:
        assert filtered(mine, "t", box) == filtered(theirs, "t", box)


@pytest.mark.parametrize("kind, wkts", [
    (ogr.wkbMultiPoint, ["MULTIPOINT ((35 35), (35.5 35.2))", "MULTIPOINT ((36 36))", "MULTIPOINT EMPTY", None] * 40),
    (ogr.wkbPoint25D, ["POINT Z (35.1 35.2 100)", "POINT Z (37 36 -5)"] * 60),
    (ogr.wkbLineString, ["LINESTRING (35 35, 36 36.5)", "LINESTRING (37 34.6, 37.2 34.7)"] * 60),
])
def test_other_geometries_are_boxed_by_their_extent(pair, kind, wkts):
    mine, theirs = pair(wkts, kind=kind)
    check_index(mine, "t", wkts)
    for box in BOXES:
        assert filtered(mine, "t", box) == filtered(theirs, "t", box)


def test_a_table_name_with_spaces_and_quotes(pair):
    wkts = random_points(200, seed=4)
    table = 'incidents "flagged" 2024'
    mine, theirs = pair(wkts, table=table)
    check_index(mine, table, wkts)
    assert schema(mine, table) == schema(theirs, table)


def test_gdal_keeps_the_index_up_to_date_through_edits(pair):
    """Its triggers are GDAL's: an added, a moved and a deleted feature are indexed as GDAL indexes them."""
    wkts = random_points(500, seed=2)
    mine, _ = pair(wkts)
    data = ogr.Open(str(mine), 1)
    layer = data.GetLayerByName("t")
    added = ogr.Feature(layer.GetLayerDefn())
    added.SetGeometry(ogr.CreateGeometryFromWkt("POINT (10.5 10.5)"))
    layer.CreateFeature(added)
    moved = layer.GetFeature(10)
    moved.SetGeometry(ogr.CreateGeometryFromWkt("POINT (10.25 10.75)"))
    layer.SetFeature(moved)
    layer.DeleteFeature(20)
    data = None
    edited = list(wkts) + ["POINT (10.5 10.5)"]
    edited[9], edited[19] = "POINT (10.25 10.75)", None
    check_index(mine, "t", edited)
    assert filtered(mine, "t", (10.0, 10.0, 11.0, 11.0)) == [10, 501]


def test_a_stopped_build_leaves_no_index(tmp_path, monkeypatch):
    path = tmp_path / "mine.gpkg"
    write(path, "t", random_points(1000), False)
    monkeypatch.setattr(geopackage_rtree, "_READ", 100)
    calls = []

    def check(done, total):
        calls.append(done / total)
        if done / total > 0.75:  # while the index's rows are written
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_index(str(path), "t", check)
    assert max(calls) < 1.0 and len(calls) > 10 and calls == sorted(calls)
    made, extension = schema(path, "t")
    assert made == [] and extension == []
    data, layer = opened(path, "t")
    assert layer.GetFeatureCount() == 1000


def test_qgis_reads_the_indexed_table(pair):
    wkts = random_points(3000, seed=5)
    mine, theirs = pair(wkts)
    layers = [QgsVectorLayer(f"{path}|layername=t", "t", "ogr") for path in (mine, theirs)]
    assert all(layer.isValid() for layer in layers)
    assert [int(layer.hasSpatialIndex()) for layer in layers] == [2, 2]  # QgsFeatureSource.SpatialIndexPresent
    request = QgsFeatureRequest(QgsRectangle(35.5, 35.0, 36.5, 35.6))
    mine_ids, theirs_ids = (sorted(feature.id() for feature in layer.getFeatures(request)) for layer in layers)
    assert mine_ids == theirs_ids and len(mine_ids) > 100


def test_the_tables_qgis_writes_for_the_dock_are_indexed_so_too(tmp_path):
    """bridge.project.write_table (the dock's saves) writes without GDAL's index and packs its own."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject

    from secure_corridor.bridge import project

    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=n:integer", "flagged incidents", "memory")
    wkts = random_points(700, seed=8)
    features = []
    for k, wkt in enumerate(wkts):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([k])
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    path = tmp_path / "results.gpkg"
    steps = []
    table = project.write_table(str(path), layer, layer.name(), QgsProject.instance().transformContext(),
                                check=lambda done, total: steps.append(done / total))
    # The writing reported up to 80 %, the index after it.
    assert table == "flagged_incidents" and steps == sorted(steps) and 0.8 < steps[-1] < 1.0
    check_index(path, table, wkts)
    write(tmp_path / "gdal.gpkg", table, wkts, True)
    assert schema(path, table) == schema(tmp_path / "gdal.gpkg", table)
