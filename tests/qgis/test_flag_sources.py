"""Flagging streamed in batches gives, for every kind of incident source, the
very flags of the straightforward computation.

The reference (:func:`reference`) reads every feature, puts each of its points
in WGS84 one by one with ``QgsCoordinateTransform.transform(QgsPointXY)`` (NaN
where that raises, or where the geometry is NULL or empty) and flags them all
in one call of ``core.flag_incidents``. :func:`bridge.flagging.flag_layer`
(and the ``flagincidents`` algorithm, which flags through it) must agree with
it exactly, field by field, on memory layers, GeoPackages, shapefiles, CSV
(delimitedtext and OGR), selections, subset filters, NULL and empty
geometries, MultiPoints, projected CRSs either side, points beyond their CRS,
PostGIS (when a server answers) and empty layers; the written features carry
every source attribute unchanged, the six flag fields after them (NULL where
missing or undated) and their geometry in the road's CRS. Batches are made
small so that their boundaries fall inside the data.
"""

import csv
import datetime
import gc
import os
import shutil
import subprocess

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from secure_corridor.bridge import flagging, layers
from secure_corridor.bridge import points as reading
from secure_corridor.core import assemble_route, build_corridor, flag_incidents, patrol_segment

from sample_layers import AIN_AL_HAVR, TRUMBA, m4_layer

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
UTM = "EPSG:32637"
DATE_FROM, DATE_TO = "2020-03-01", "2020-09-01"
FLAG_NAMES = ("in_corr", "side", "dist_m", "chain_km", "in_patrol", "in_window")
COMPARED = ("in_corridor", "side_name", "distance_m", "chainage_km", "in_patrol", "in_window", "missing", "undated")
KINDS = ("shelling", "clash", "air strike")
# Rows made NULL geometry / POINT EMPTY: either side of the boundaries of batches
# of 7 (6|7, 13|14), and rows 14..20, a whole batch without a single point.
NULL_ROWS = (0, 6, 14, 15, 16, 17, 18, 19, 20, 50, -1)
EMPTY_ROWS = (7, 13, 33, 34, 99)
BEYOND = (1e10, 3960000.0)  # in UTM 37N: no place on the Earth


# -- the incidents -----------------------------------------------------------------


def incidents(count=300, seed=3, crs="EPSG:4326", parts=None):
    """Rows {uid, kind, day, score, xy} of ``count`` random incidents around the
    M4 (lon 36.0..37.2, lat 35.6..36.0), some inside the corridor and some not;
    ``xy`` the points in ``crs`` (one, or 1..``parts`` for MultiPoints); about
    one in ten undated."""
    rng = np.random.default_rng(seed)
    to_layer = QgsCoordinateTransform(WGS84, QgsCoordinateReferenceSystem(crs), QgsProject.instance())
    rows = []
    for uid in range(count):
        size = 1 if parts is None else int(rng.integers(1, parts + 1))
        lonlat = zip(rng.uniform(36.0, 37.2, size), rng.uniform(35.6, 36.0, size))
        points = [to_layer.transform(QgsPointXY(float(x), float(y))) for x, y in lonlat]
        day = None if rng.random() < 0.1 else datetime.date(2020, 1, 1) + datetime.timedelta(int(rng.integers(0, 366)))
        rows.append({
            "uid": 1000 + uid, "kind": KINDS[uid % 3], "day": day, "score": float(rng.normal(0, 1000)),
            "xy": [(p.x(), p.y()) for p in points],
        })
    return rows


def without_points(rows, null=NULL_ROWS, empty=EMPTY_ROWS):
    """``rows`` with NULL geometries (xy None) and empty ones (xy []) at those rows."""
    for k in null:
        rows[k]["xy"] = None
    for k in empty:
        rows[k]["xy"] = []
    return rows


def memory_layer(rows, crs="EPSG:4326", kind="Point"):
    layer = QgsVectorLayer(
        f"{kind}?crs={crs}&field=uid:integer&field=kind:string&field=day:date&field=score:double", "incidents", "memory"
    )
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([row["uid"], row["kind"], QDate(row["day"]) if row["day"] else None, row["score"]])
        if row["xy"] is not None:
            feature.setGeometry(_qgis_geometry(row["xy"], kind))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


def _qgis_geometry(xy, kind):
    if not xy:
        return QgsGeometry.fromWkt(f"{kind} EMPTY")
    if kind == "MultiPoint":
        return QgsGeometry.fromMultiPointXY([QgsPointXY(x, y) for x, y in xy])
    (point,) = xy
    return QgsGeometry.fromPointXY(QgsPointXY(*point))


def ogr_layer(path, rows, crs="EPSG:4326", kind="Point", driver="GPKG"):
    """The rows written by GDAL (a NULL geometry stays NULL, POINT EMPTY empty),
    loaded by QGIS's ogr provider."""
    from osgeo import ogr, osr

    ogr.UseExceptions()
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(int(crs.split(":")[1]))
    data = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    multi = kind == "MultiPoint"
    layer = data.CreateLayer("incidents", srs, ogr.wkbMultiPoint if multi else ogr.wkbPoint)
    for name, type_ in (("uid", ogr.OFTInteger), ("kind", ogr.OFTString), ("day", ogr.OFTDate), ("score", ogr.OFTReal)):
        layer.CreateField(ogr.FieldDefn(name, type_))
    for row in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("uid", row["uid"])
        feature.SetField("kind", row["kind"])
        if row["day"]:
            feature.SetField("day", row["day"].isoformat())
        feature.SetField("score", row["score"])
        if row["xy"] is not None:
            geometry = ogr.Geometry(ogr.wkbMultiPoint if multi else ogr.wkbPoint)
            for x, y in row["xy"]:
                if multi:
                    point = ogr.Geometry(ogr.wkbPoint)
                    point.AddPoint_2D(x, y)
                    geometry.AddGeometry(point)
                else:
                    geometry.AddPoint_2D(x, y)
            feature.SetGeometry(geometry)
        layer.CreateFeature(feature)
    data = None  # written and closed
    uri = f"{path}|layername=incidents" if driver == "GPKG" else str(path)
    result = QgsVectorLayer(uri, "incidents", "ogr")
    assert result.isValid() and result.featureCount() == len(rows)
    return result


def csv_file(path, rows):
    """The rows as CSV, lon and lat columns (empty without a point), as spreadsheets write them."""
    with open(path, "w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["uid", "kind", "day", "score", "lon", "lat"])
        for row in rows:
            lonlat = [repr(value) for value in row["xy"][0]] if row["xy"] else ["", ""]
            writer.writerow([row["uid"], row["kind"], row["day"] or "", repr(row["score"]), *lonlat])
    return path


# -- the road, and the reference -----------------------------------------------------


@pytest.fixture(scope="module")
def roads(qgis_app):
    """``roads(crs)``: (road layer, corridor of 6 km + 6 km, Trumba - Ain al-Havr patrol)."""
    made = {}

    def road(crs):
        if crs not in made:
            layer = m4_layer(crs)
            parts, labels, wkt = layers.read_lines(layer)
            route = assemble_route(parts, crs=wkt, labels=labels)
            made[crs] = layer, build_corridor(route, 6000, 6000), patrol_segment(route, TRUMBA, AIN_AL_HAVR)
        return made[crs]

    yield road
    made.clear()  # the layers go now, while QGIS runs: not in a garbage collection after it exits


@pytest.fixture(autouse=True)
def small_batches(monkeypatch):
    """Batches of 7: their boundaries fall all through the data."""
    monkeypatch.setattr(reading, "BATCH", 7)
    yield
    # A Processing run leaves its parameters (these layers) in a reference cycle:
    # collected now, while QGIS runs, and not after it exits (a crash).
    gc.collect()


def plain(value):
    """A QGIS attribute as a comparable Python value: NULL as None, dates as text."""
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    if isinstance(value, QDateTime):
        return value.toString("yyyy-MM-ddTHH:mm:ss") if value.isValid() else None
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd") if value.isValid() else None
    return value


def points_of(geometry):
    """The QgsPointXY of a geometry, [] when it is NULL or empty."""
    if geometry.isNull() or geometry.isEmpty():
        return []
    return [QgsPointXY(vertex) for vertex in geometry.vertices()]


def reference(source, corridor, patrol, features=None, dated=True):
    """(features, flags, lon, lat): every feature's points put in WGS84 one by one
    and flagged all at once; ``lon``, ``lat`` the point each incident's flags come from."""
    features = list(source.getFeatures()) if features is None else features
    to_wgs84 = QgsCoordinateTransform(source.sourceCrs(), WGS84, QgsProject.instance())
    lon, lat, parts_of = [], [], []
    for k, feature in enumerate(features):
        for point in points_of(feature.geometry()) or [None]:
            x = y = np.nan
            if point is not None:
                try:
                    moved = to_wgs84.transform(point)
                    x, y = moved.x(), moved.y()
                except QgsCsException:
                    pass
            lon.append(x)
            lat.append(y)
            parts_of.append(k)
    window = {}
    if dated:
        window = {"dates": [plain(f["day"]) or None for f in features], "date_from": DATE_FROM, "date_to": DATE_TO}
    flags = flag_incidents(
        corridor, np.array(lon), np.array(lat), patrol=patrol, parts_of=np.array(parts_of, dtype=np.int64), **window
    )
    return features, flags, np.array(lon)[flags.part], np.array(lat)[flags.part]


def flagged(source, crs, corridor, patrol, dated=True):
    """flag_layer's result and the features it wrote, in order."""
    written = []
    window = {"date_field": "day", "date_from": DATE_FROM, "date_to": DATE_TO} if dated else {}
    found = flagging.flag_layer(source, corridor, crs, written.extend, patrol=patrol, **window)
    return found, written


def assert_same_flags(got, want):
    for name in COMPARED:
        a, b = getattr(got, name), getattr(want, name)
        if b is None:
            assert a is None, name
            continue
        assert a.shape == b.shape and a.dtype.kind == b.dtype.kind, name
        assert np.array_equal(a, b, equal_nan=a.dtype.kind == "f"), name


def flag_values(flags, k):
    """Incident ``k``'s six flag fields as written: NULL where missing or undated."""
    missing = bool(flags.missing[k])
    if flags.in_window is None or flags.undated[k]:
        window = None
    else:
        window = bool(flags.in_window[k])
    return [
        bool(flags.in_corridor[k]),
        None if missing else str(flags.side_name[k]),
        None if missing else float(flags.distance_m[k]),
        None if missing else float(flags.chainage_km[k]),
        bool(flags.in_patrol[k]),
        window,
    ]


def assert_written(written, features, flags, source_crs, road_crs):
    """Each written feature: the source's attributes unchanged, then its flags,
    and its geometry in the road's CRS (none where it has no place there)."""
    assert [f.id() for f in written] == [f.id() for f in features]
    to_road = QgsCoordinateTransform(source_crs, road_crs, QgsProject.instance())
    for k, (out, source) in enumerate(zip(written, features)):
        attributes = [plain(value) for value in out.attributes()]
        own = [plain(value) for value in source.attributes()]
        assert attributes[: len(own)] == own, k
        assert attributes[len(own):] == flag_values(flags, k), k
        assert_placed(out.geometry(), source.geometry(), to_road, k)


def assert_placed(got, source, to_road, k):
    """``got`` (written) is ``source`` put in the road's CRS: as it came without a
    change of CRS, else where a direct transform puts each point; none without a place."""
    if source.isNull() or source.isEmpty():
        assert got.isNull() or got.isEmpty(), k
        return
    if to_road.isShortCircuited():
        assert bytes(got.asWkb()) == bytes(source.asWkb()), k
        return
    try:
        want = [to_road.transform(point) for point in points_of(source)]
    except QgsCsException:
        assert got.isNull(), k
        return
    assert QgsWkbTypes.flatType(got.wkbType()) == QgsWkbTypes.flatType(source.wkbType()), k
    tolerance = 1e-9  # of the road CRS's units: degrees or metres
    assert [(p.x(), p.y()) for p in points_of(got)] == [
        (pytest.approx(p.x(), abs=tolerance), pytest.approx(p.y(), abs=tolerance)) for p in want
    ], k


def assert_matches_reference(source, roads, road_crs="EPSG:4326", features=None, dated=True):
    """flag_layer on ``source`` against the reference: flags, ids, points and
    written features. Returns the reference flags and the written features."""
    road, corridor, patrol = roads(road_crs)
    features, want, lon, lat = reference(source, corridor, patrol, features, dated)
    found, written = flagged(source, road.crs(), corridor, patrol, dated)
    assert found.ids.tolist() == [f.id() for f in features]
    assert_same_flags(found.flags, want)
    assert np.array_equal(found.lon, lon, equal_nan=True) and np.array_equal(found.lat, lat, equal_nan=True)
    assert found.categories is None
    assert_written(written, features, want, source.sourceCrs(), road.crs())
    return want, written


def assert_varied(flags, inside=20, outside=20):
    """Enough of everything for the comparison to mean something."""
    located = ~flags.missing
    assert flags.in_corridor.sum() >= inside and (located & ~flags.in_corridor).sum() >= outside
    assert flags.in_patrol.sum() >= 5 and (flags.in_corridor & ~flags.in_patrol).sum() >= 5
    assert {"north", "south"} <= set(flags.side_name[flags.in_corridor])
    if flags.in_window is not None:
        assert flags.in_window.sum() >= 10 and (~flags.in_window & ~flags.undated).sum() >= 10
        assert flags.undated.sum() >= 5


# -- the sources -------------------------------------------------------------------


@pytest.mark.parametrize("batch", [7, 50, 10_000])
@pytest.mark.parametrize("road_crs", ["EPSG:4326", UTM])
def test_a_memory_layer(roads, monkeypatch, road_crs, batch):
    monkeypatch.setattr(reading, "BATCH", batch)
    flags, _ = assert_matches_reference(memory_layer(incidents()), roads, road_crs)
    assert len(flags) == 300 and not flags.missing.any()
    assert_varied(flags)


@pytest.mark.parametrize("road_crs", ["EPSG:4326", UTM])
def test_a_geopackage(roads, tmp_path, road_crs):
    source = ogr_layer(tmp_path / "incidents.gpkg", incidents())
    assert source.fields().names() == ["fid", "uid", "kind", "day", "score"]
    assert_varied(assert_matches_reference(source, roads, road_crs)[0])


@pytest.mark.parametrize("road_crs", ["EPSG:4326", UTM])
def test_a_shapefile(roads, tmp_path, road_crs):
    source = ogr_layer(tmp_path / "incidents.shp", without_points(incidents(), empty=()), driver="ESRI Shapefile")
    assert source.providerType() == "ogr" and source.storageType() == "ESRI Shapefile"
    flags, _ = assert_matches_reference(source, roads, road_crs)
    assert flags.missing.sum() == len(NULL_ROWS)
    assert_varied(flags)


@pytest.mark.parametrize("provider", ["delimitedtext", "ogr"])
@pytest.mark.parametrize("road_crs", ["EPSG:4326", UTM])
def test_a_csv_file(roads, tmp_path, road_crs, provider):
    rows = without_points(incidents(), null=(3, 7, 8, 200), empty=())
    path = csv_file(tmp_path / "incidents.csv", rows)
    if provider == "delimitedtext":
        source = QgsVectorLayer(
            f"{path.as_uri()}?delimiter=,&xField=lon&yField=lat&crs=EPSG:4326", "incidents", "delimitedtext"
        )
    else:
        source = QgsVectorLayer(
            f"{path}|option:X_POSSIBLE_NAMES=lon|option:Y_POSSIBLE_NAMES=lat", "incidents", "ogr"
        )
        source.setCrs(WGS84)  # a CSV has no CRS: the analyst assigns one
    assert source.isValid() and source.featureCount() == 300
    assert QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry
    flags, _ = assert_matches_reference(source, roads, road_crs)
    assert flags.missing.tolist() == [k in (3, 7, 8, 200) for k in range(300)]
    assert_varied(flags)


@pytest.mark.parametrize("kind", ["memory", "gpkg"])
def test_a_subset_filter(roads, tmp_path, kind):
    rows = without_points(incidents())
    source = memory_layer(rows) if kind == "memory" else ogr_layer(tmp_path / "incidents.gpkg", rows)
    assert source.setSubsetString("\"uid\" >= 1040 AND \"uid\" < 1260 AND \"kind\" <> 'clash'")
    kept = [row["uid"] for row in rows if 1040 <= row["uid"] < 1260 and row["kind"] != "clash"]
    assert [f["uid"] for f in source.getFeatures()] == kept and source.featureCount() == len(kept) == 146
    flags, _ = assert_matches_reference(source, roads, UTM)
    assert np.flatnonzero(flags.missing).tolist() == [kept.index(1050), kept.index(1099)]  # rows 50 and 99
    assert_varied(flags)


@pytest.mark.parametrize("kind", ["memory", "gpkg"])
@pytest.mark.parametrize("road_crs", ["EPSG:4326", UTM])
def test_null_and_empty_geometries_are_kept_missing(roads, tmp_path, road_crs, kind, caplog):
    rows = without_points(incidents())
    source = memory_layer(rows) if kind == "memory" else ogr_layer(tmp_path / "incidents.gpkg", rows)
    features = list(source.getFeatures())
    assert sum(f.geometry().isNull() for f in features) == len(NULL_ROWS)
    assert sum(not f.geometry().isNull() and f.geometry().isEmpty() for f in features) == len(EMPTY_ROWS)
    flags, _ = assert_matches_reference(source, roads, road_crs, features)
    no_point = sorted(k % 300 for k in NULL_ROWS + EMPTY_ROWS)
    assert np.flatnonzero(flags.missing).tolist() == no_point
    assert not flags.in_corridor[no_point].any() and not flags.in_patrol[no_point].any()
    assert np.isnan(flags.distance_m[no_point]).all() and set(flags.side_name[no_point]) == {""}
    assert_varied(flags)
    # No location to begin with is not a location the output's CRS cannot hold.
    assert not [record for record in caplog.records if "cannot be placed" in record.getMessage()]


@pytest.mark.parametrize("kind", ["memory", "gpkg"])
@pytest.mark.parametrize("road_crs", ["EPSG:4326", UTM])
def test_multipoint_incidents(roads, tmp_path, road_crs, kind):
    rows = without_points(incidents(parts=4), null=(5, 6, 40), empty=(7, 41))
    for row in rows[14:21]:  # a whole batch of incidents of one point
        row["xy"] = row["xy"][:1]
    source = (
        memory_layer(rows, kind="MultiPoint") if kind == "memory"
        else ogr_layer(tmp_path / "incidents.gpkg", rows, kind="MultiPoint")
    )
    assert source.wkbType() == QgsWkbTypes.Type.MultiPoint
    flags, _ = assert_matches_reference(source, roads, road_crs)
    assert len(flags) == 300 and np.flatnonzero(flags.missing).tolist() == [5, 6, 7, 40, 41]
    assert_varied(flags)
    # Inside when any point is: some are inside by a point other than their first.
    road, corridor, patrol = roads(road_crs)
    firsts = memory_layer([{**row, "xy": row["xy"] and row["xy"][:1]} for row in rows])
    first_points = reference(firsts, corridor, patrol)[1]
    assert (flags.in_corridor & ~first_points.in_corridor).sum() >= 20
    assert not (first_points.in_corridor & ~flags.in_corridor).any()


@pytest.mark.parametrize("source_crs, road_crs", [(UTM, "EPSG:4326"), ("EPSG:4326", UTM), (UTM, UTM)])
def test_projected_incidents_and_points_beyond_the_crs(roads, tmp_path, source_crs, road_crs, caplog):
    rows = incidents(crs=source_crs)
    beyond = [6, 7, 123]  # two either side of a batch boundary
    for k in beyond:
        # Beyond what UTM 37N converts; in WGS84, a latitude past the pole.
        rows[k]["xy"] = [BEYOND] if source_crs == UTM else [(36.5, 95.0)]
    source = ogr_layer(tmp_path / "incidents.gpkg", rows, crs=source_crs)
    assert source.crs().authid() == source_crs
    # Every geometry is where a direct transform puts it, to 1e-9 of the road CRS's units.
    flags, written = assert_matches_reference(source, roads, road_crs)
    assert np.flatnonzero(flags.missing).tolist() == beyond
    assert_varied(flags)
    for k in beyond:
        row, out = rows[k], written[k]
        day = row["day"].isoformat() if row["day"] else None
        assert [plain(value) for value in out.attributes()] == [
            k + 1, row["uid"], row["kind"], day, row["score"], False, None, None, None, False, flag_values(flags, k)[5],
        ]
        if source_crs == road_crs:  # written as it came
            assert bytes(out.geometry().asWkb()) == bytes(QgsGeometry.fromPointXY(QgsPointXY(*row["xy"][0])).asWkb())
        else:
            assert not out.hasGeometry()  # no place in the road's CRS either
    assert all(out.hasGeometry() for k, out in enumerate(written) if k not in beyond)
    unplaced = [record.getMessage() for record in caplog.records if "cannot be placed" in record.getMessage()]
    if source_crs != road_crs:  # the log names them (the first five)
        assert len(unplaced) == 1 and unplaced[0].startswith("3 incidents of") and "feature 7" in unplaced[0]


def test_postgis(roads):
    """A PostGIS table, when a server answers on localhost (none is started here):
    the libpq defaults (PGUSER, PGPASSWORD, PGDATABASE, else postgres) connect."""
    if shutil.which("pg_isready") is None:
        pytest.skip("PostGIS: pg_isready is not installed, so no PostgreSQL server is looked for")
    answer = subprocess.run(["pg_isready", "-h", "localhost", "-t", "3"], capture_output=True, text=True)
    if answer.returncode != 0:
        pytest.skip(f"PostGIS: no PostgreSQL server answers on localhost ({answer.stdout.strip()})")
    from qgis.core import QgsDataSourceUri, QgsProviderConnectionException, QgsProviderRegistry, QgsVectorLayerExporter

    uri = QgsDataSourceUri()
    uri.setConnection("localhost", "5432", os.environ.get("PGDATABASE", "postgres"), "", "")
    table = f"secure_corridor_flag_sources_{os.getpid()}"
    uri.setDataSource("public", table, "geom", "", "id")
    error, message = QgsVectorLayerExporter.exportLayer(
        memory_layer(without_points(incidents())), uri.uri(), "postgres", WGS84
    )
    try:
        if error:
            pytest.skip(f"PostGIS: cannot write a table on localhost (is PostGIS installed?): {message}")
        source = QgsVectorLayer(uri.uri(), "incidents", "postgres")
        assert source.isValid() and source.featureCount() == 300
        flags, _ = assert_matches_reference(source, roads, UTM)
        assert flags.missing.sum() == len(NULL_ROWS) + len(EMPTY_ROWS)
        assert_varied(flags)
    finally:
        try:
            connection = QgsProviderRegistry.instance().providerMetadata("postgres").createConnection(uri.uri(), {})
            connection.dropVectorTable("public", table)
        except QgsProviderConnectionException:
            pass  # never created


@pytest.mark.parametrize("kind", ["memory", "gpkg"])
@pytest.mark.parametrize("dated", [True, False])
def test_an_empty_layer(roads, tmp_path, kind, dated):
    source = memory_layer([]) if kind == "memory" else ogr_layer(tmp_path / "incidents.gpkg", [])
    road, corridor, patrol = roads(UTM)
    calls = []
    window = {"date_field": "day", "date_from": DATE_FROM, "date_to": DATE_TO} if dated else {}
    found = flagging.flag_layer(source, corridor, road.crs(), calls.append, patrol=patrol, **window)
    assert calls == []
    assert found.ids.shape == found.lon.shape == found.lat.shape == (0,) and len(found.flags) == 0
    for name in COMPARED:
        value = getattr(found.flags, name)
        if not dated and name in ("in_window", "undated"):
            assert value is None
        else:
            assert value.shape == (0,), name
    assert_same_flags(found.flags, reference(source, corridor, patrol, dated=dated)[1])


# -- through Processing --------------------------------------------------------------


def run_flagging(algorithms, road, incidents_source, output):
    """secure_corridor:flagincidents with the patrol and the date window; (result, output layer)."""
    result = algorithms("flagincidents", {
        "ROAD": road, "INCIDENTS": incidents_source,
        "START": f"{TRUMBA.lon},{TRUMBA.lat} [EPSG:4326]", "END": f"{AIN_AL_HAVR.lon},{AIN_AL_HAVR.lat} [EPSG:4326]",
        "DATE_FIELD": "day", "DATE_FROM": DATE_FROM, "DATE_TO": DATE_TO, "OUTPUT": output,
    })
    layer = result["OUTPUT"]
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer, "flagged", "ogr")
    assert layer.isValid()
    return result, layer


def assert_output_matches(layer, features, flags, source, road):
    """The output layer's features, matched to the reference by uid."""
    assert layer.crs() == road.crs()
    assert layer.fields().names()[-6:] == list(FLAG_NAMES)
    by_uid = {f["uid"]: f for f in layer.getFeatures()}
    assert sorted(by_uid) == sorted(f["uid"] for f in features)
    own = source.fields().names()
    to_road = QgsCoordinateTransform(source.sourceCrs(), road.crs(), QgsProject.instance())
    for k, feature in enumerate(features):
        out = by_uid[feature["uid"]]
        assert [plain(out[name]) for name in own] == [plain(feature[name]) for name in own], k
        assert [plain(out[name]) for name in FLAG_NAMES] == flag_values(flags, k), k
        assert_placed(out.geometry(), feature.geometry(), to_road, k)


@pytest.mark.parametrize("output", ["gpkg", "TEMPORARY_OUTPUT"])
@pytest.mark.parametrize("road_crs", ["EPSG:4326", UTM])
def test_processing_from_a_geopackage(roads, algorithms, tmp_path, road_crs, output):
    source = ogr_layer(tmp_path / "incidents.gpkg", without_points(incidents(), empty=()))
    road, corridor, patrol = roads(road_crs)
    features, want, _, _ = reference(source, corridor, patrol)
    target = str(tmp_path / "flagged.gpkg") if output == "gpkg" else output
    result, layer = run_flagging(algorithms, road, source, target)
    assert layer.featureCount() == 300
    assert_output_matches(layer, features, want, source, road)
    assert (result["INSIDE"], result["IN_PATROL"], result["MISSING"]) == (
        int(want.in_corridor.sum()), int(want.in_patrol.sum()), len(NULL_ROWS)
    )
    assert_varied(want)


def test_processing_selected_features_only(roads, algorithms):
    layer = memory_layer(without_points(incidents(crs=UTM)), crs=UTM)
    QgsProject.instance().addMapLayer(layer)
    try:
        # A selection with holes, across batch boundaries and NULL rows (ids 15..17 are rows 14..16).
        chosen = [f.id() for f in layer.getFeatures() if f["uid"] % 3 != 1 or f.id() in (15, 16, 17)]
        layer.selectByIds(chosen)
        road, corridor, patrol = roads("EPSG:4326")
        features = list(layer.getFeatures(QgsFeatureRequest().setFilterFids(chosen)))
        assert len(features) == len(chosen) == 201
        _, want, _, _ = reference(layer, corridor, patrol, features)
        source = QgsProcessingFeatureSourceDefinition(layer.id(), selectedFeaturesOnly=True)
        result, output = run_flagging(algorithms, road, source, "TEMPORARY_OUTPUT")
        assert output.featureCount() == 201
        assert_output_matches(output, features, want, layer, road)
        assert result["MISSING"] == int(want.missing.sum()) > 0
        assert_varied(want)
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
