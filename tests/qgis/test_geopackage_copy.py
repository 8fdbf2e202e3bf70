"""Flagging into a GeoPackage by GDAL's copy (bridge.geopackage_copy) writes the
very table the sinks write, and is used only where it can be.

Each case runs ``flagincidents`` twice on the same source: by the copy, and
with the copy switched off (through QGIS's sink). The two tables must agree
feature by feature (ids, every field's name, type and value, geometry), and
both with the point-by-point reference of ``test_flag_sources``.
"""

import sqlite3
import time

import pytest
from osgeo import gdal
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsVectorLayer,
)

from secure_corridor.bridge import geopackage_copy, geopackage_rtree
from secure_corridor.processing_provider import flag_incidents as algorithm

from test_cancel import CancelAt
from test_flag_sources import (  # noqa: F401 (fixtures)
    FLAG_NAMES,
    NULL_ROWS,
    UTM,
    assert_output_matches,
    assert_varied,
    flag_values,
    incidents,
    memory_layer,
    ogr_layer,
    plain,
    reference,
    roads,
    run_flagging,
    small_batches,
    without_points,
)

DRIVERS = {"GPKG": "incidents.gpkg", "ESRI Shapefile": "incidents.shp", "GeoJSON": "incidents.geojson"}


@pytest.fixture
def copies(monkeypatch):
    """The plans of the runs that went by GDAL's copy (the algorithm's or the dock's)."""
    taken = []
    original = geopackage_copy.flag_into_geopackage

    def spy(layer, plan, *args, **kwargs):
        taken.append(plan)
        return original(layer, plan, *args, **kwargs)

    monkeypatch.setattr(algorithm, "flag_into_geopackage", spy)
    monkeypatch.setattr(geopackage_copy, "flag_into_geopackage", spy)
    return taken


def through_the_sink(monkeypatch):
    monkeypatch.setattr(algorithm, "copy_plan", lambda *args: None)


def table(layer):
    """(fields as (name, type name), {id: (attributes, WKB)}) of an output layer.

    No geometry is None: the copy keeps a NULL geometry NULL where QGIS's
    writer makes it an empty point; both read as "no location"."""
    fields = [(f.name(), f.typeName().lower()) for f in layer.fields()]
    rows = {f.id(): ([plain(v) for v in f.attributes()], wkb(f.geometry())) for f in layer.getFeatures()}
    return fields, rows


def wkb(geometry):
    return None if geometry.isNull() or geometry.isEmpty() else bytes(geometry.asWkb())


def sqlite_types(path, name):
    with sqlite3.connect(path) as connection:
        return [(row[1], row[2]) for row in connection.execute(f'PRAGMA table_info("{name}")')]


@pytest.mark.parametrize("driver, kind", [
    ("GPKG", "Point"), ("GPKG", "MultiPoint"), ("ESRI Shapefile", "Point"), ("ESRI Shapefile", "MultiPoint"),
    ("GeoJSON", "Point"),
])
def test_the_copy_writes_what_the_sink_writes(roads, algorithms, tmp_path, monkeypatch, copies, driver, kind):
    rows = without_points(incidents(parts=3 if kind == "MultiPoint" else None), empty=())
    source = ogr_layer(tmp_path / DRIVERS[driver], rows, kind=kind, driver=driver)
    road, corridor, patrol = roads("EPSG:4326")
    features, want, _, _ = reference(source, corridor, patrol)

    result, copied = run_flagging(algorithms, road, source, str(tmp_path / "copied.gpkg"))
    assert len(copies) == 1 and copies[0].same_ids == (driver == "GPKG")
    assert_output_matches(copied, features, want, source, road)
    assert (result["INSIDE"], result["IN_PATROL"], result["MISSING"]) == (
        int(want.in_corridor.sum()), int(want.in_patrol.sum()), len(NULL_ROWS)
    )
    assert_varied(want)

    through_the_sink(monkeypatch)
    _, written = run_flagging(algorithms, road, source, str(tmp_path / "written.gpkg"))
    assert len(copies) == 1
    got, want_table = table(copied), table(written)
    assert got[0] == want_table[0]
    assert sorted(got[1]) == sorted(want_table[1])
    for fid, (attributes, geometry) in got[1].items():
        # A shapefile's numbers are text in its .dbf: QGIS's writer can differ
        # in the last digit (1e-16 relative) from the copy, which keeps GDAL's reading.
        assert attributes == [pytest.approx(v, rel=1e-15) if isinstance(v, float) else v
                              for v in want_table[1][fid][0]], fid
        assert geometry == want_table[1][fid][1], fid
    assert sqlite_types(tmp_path / "copied.gpkg", "copied") == sqlite_types(tmp_path / "written.gpkg", "written")


def test_into_a_table_of_a_geopackage_that_exists(roads, algorithms, tmp_path, copies):
    source = ogr_layer(tmp_path / "incidents.gpkg", incidents())
    road, corridor, patrol = roads("EPSG:4326")
    features, want, _, _ = reference(source, corridor, patrol)
    target = tmp_path / "results.gpkg"
    ogr_layer(target, incidents(count=5))  # another table, "incidents", already there
    destination = f"ogr:dbname='{target}' table=\"flagged\" (geom)"
    for _ in range(2):  # a second run replaces the table
        _, layer = run_flagging(algorithms, road, source, destination)
        assert layer.featureCount() == 300
        assert_output_matches(layer, features, want, source, road)
    assert [plan.update for plan in copies] == [True, True]
    assert QgsVectorLayer(f"{target}|layername=incidents", "other", "ogr").featureCount() == 5


def test_the_output_is_loaded_and_styled_as_a_sinks(roads, algorithms, tmp_path, copies):
    source = ogr_layer(tmp_path / "incidents.gpkg", incidents())
    road, _, _ = roads("EPSG:4326")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    output = QgsProcessingOutputLayerDefinition(str(tmp_path / "flagged.gpkg"), QgsProject.instance())
    output.destinationName = "Flagged here"
    result = algorithms("flagincidents", {"ROAD": road, "INCIDENTS": source, "OUTPUT": output}, context=context)
    assert len(copies) == 1
    dest_id = result["OUTPUT"]
    assert dest_id == f"{tmp_path / 'flagged.gpkg'}|layername=flagged"
    assert context.willLoadLayerOnCompletion(dest_id)
    details = context.layerToLoadOnCompletionDetails(dest_id)
    assert details.name == "Flagged here" and details.postProcessor() is not None
    assert QgsVectorLayer(dest_id, "flagged", "ogr").featureCount() == 300


@pytest.mark.parametrize("case", ["memory", "subset", "selection", "reprojected", "edited", "shapefile out",
                                  "temporary", "same file"])
def test_the_sink_is_used_where_the_copy_cannot_be(roads, algorithms, tmp_path, copies, case):
    road, corridor, patrol = roads(UTM if case == "reprojected" else "EPSG:4326")
    if case == "memory":
        source = memory_layer(incidents())
    else:
        source = ogr_layer(tmp_path / "incidents.gpkg", incidents())
    output = str(tmp_path / ("flagged.shp" if case == "shapefile out" else "flagged.gpkg"))
    if case == "temporary":
        output = "TEMPORARY_OUTPUT"
    if case == "same file":
        output = f"ogr:dbname='{tmp_path / 'incidents.gpkg'}' table=\"flagged\" (geom)"
    if case == "subset":
        assert source.setSubsetString('"uid" % 2 = 0')
    if case == "edited":
        assert source.startEditing() and source.deleteFeature(next(source.getFeatures()).id())
    features, want, _, _ = reference(source, corridor, patrol)
    parameter = source
    if case == "selection":
        QgsProject.instance().addMapLayer(source)
        source.selectByIds([f.id() for f in source.getFeatures() if f["uid"] % 2])
        features = list(source.getSelectedFeatures())
        _, want, _, _ = reference(source, corridor, patrol, features)
        parameter = QgsProcessingFeatureSourceDefinition(source.id(), selectedFeaturesOnly=True)
    try:
        _, layer = run_flagging(algorithms, road, parameter, output)
        assert copies == []
        assert layer.featureCount() == len(features) < 300 or case not in ("subset", "selection", "edited")
        if case == "memory":
            # QGIS's writer rounds a memory layer's doubles (precision 5) in a
            # GeoPackage: compared without that field.
            by_uid = {f["uid"]: f for f in layer.getFeatures()}
            for k, feature in enumerate(features):
                assert [plain(by_uid[feature["uid"]][name]) for name in FLAG_NAMES] == flag_values(want, k), k
        else:
            assert_output_matches(layer, features, want, source, road)
    finally:
        if case == "selection":
            QgsProject.instance().removeMapLayer(source.id())
        if case == "edited":
            source.rollBack()


@pytest.fixture
def in_project():
    """``in_project(layer)``: the layer owned by the project, as in the desktop, and
    deleted with it after the test. (A cancelled run's traceback keeps a layer
    Python owns alive until Python exits, after QGIS: a GeoPackage's then crashes.)"""
    added = []

    def add(layer):
        QgsProject.instance().addMapLayer(layer)
        added.append(layer.id())
        return layer

    yield add
    QgsProject.instance().removeMapLayers(added)


@pytest.fixture
def stages(monkeypatch):
    """Which part of the copy a run stopped in: [(part, exception type name)].
    GDAL's copy is slowed (30 ms at each of its 100 progress steps) so that it is still running
    at a cancel in the middle, and the UPDATE and the index's build check often."""
    stopped, hold = [], []

    def watched(part, function):
        def run(*args, **kwargs):
            try:
                return function(*args, **kwargs)
            except BaseException as error:
                stopped.append((part, type(error).__name__))
                raise
        return run

    monkeypatch.setattr(geopackage_copy, "flag_layer", watched("reading", geopackage_copy.flag_layer))
    monkeypatch.setattr(geopackage_copy._Copy, "wait", watched("copying", geopackage_copy._Copy.wait))
    monkeypatch.setattr(geopackage_copy._Flags, "fill", watched("filling", geopackage_copy._Flags.fill))
    monkeypatch.setattr(geopackage_copy, "build_index", watched("indexing", geopackage_copy.build_index))
    monkeypatch.setattr(geopackage_rtree, "_READ", 100)
    progress = geopackage_copy._Copy._progress

    def slowly(self, fraction, message, data):
        time.sleep(0.03)
        # Held at half way while the test wants a cancel during the copy: how
        # fast GDAL copies (and how often it reports) differs between versions.
        deadline = time.monotonic() + 10
        while hold and fraction >= 0.5 and not self._stop and time.monotonic() < deadline:
            time.sleep(0.01)
        return progress(self, fraction, message, data)

    monkeypatch.setattr(geopackage_copy._Copy, "_progress", slowly)
    monkeypatch.setattr(geopackage_copy, "_ROWS", 100)
    return stopped, hold


@pytest.mark.parametrize("at, part", [(20, "reading"), (70, "copying"), (78, "filling"), (95, "indexing")])
@pytest.mark.parametrize("exists", [False, True])
def test_a_cancel_stops_the_copy_and_undoes_it(roads, algorithms, tmp_path, copies, stages, in_project, at, part,
                                               exists):
    """Cancelled while reading (20 %), while GDAL copies (70 %), while the flags are filled (78 %),
    while the spatial index is built (95 %)."""
    source = in_project(ogr_layer(tmp_path / "incidents.gpkg", incidents(count=3000)))
    road, _, _ = roads("EPSG:4326")
    target = tmp_path / "results.gpkg"
    if exists:
        ogr_layer(target, incidents(count=5))
        destination = f"ogr:dbname='{target}' table=\"flagged\" (geom)"
    else:
        destination = str(target)
    stopped, hold = stages
    if part == "copying":
        hold.append(True)
    feedback = CancelAt(at)
    with pytest.raises(QgsProcessingException) as raised:
        algorithms("flagincidents", {"ROAD": road, "INCIDENTS": source, "OUTPUT": destination}, feedback=feedback)
    message = str(raised.value)
    assert len(copies) == 1 and feedback.isCanceled()
    seen_in = {part}
    if part == "copying" and int(gdal.VersionInfo()) >= 3080000:
        # Newer GDAL copies a GeoPackage without calling back half way, so the
        # cancel is seen once the copy is done, when the flags are filled.
        seen_in.add("filling")
    assert stopped[0][0] in seen_in and stopped[0][1] == "Cancelled"
    dropped = (f"Cancelled: the layer flagged ('Flagged incidents') was removed from {target}, whose other layers "
               "are untouched. Nothing was loaded.")
    if exists and part in ("reading", "copying"):
        # GDAL's copy, stopped, is rolled back (GDAL 3.6), or its table is
        # dropped (newer GDAL makes the table first): the file is as it was.
        assert message in (
            f"Cancelled: nothing was written to {target} ('Flagged incidents'). Nothing was loaded.", dropped
        )
        assert_only_the_other_table(target)
    elif exists:
        assert message == dropped
        assert_only_the_other_table(target)
    else:
        assert message == f"Cancelled: the file {target} ('Flagged incidents') was deleted. Nothing was loaded."
        assert not any(tmp_path.glob("results.gpkg*"))


def assert_only_the_other_table(path):
    with sqlite3.connect(path) as connection:
        assert [name for (name,) in connection.execute("SELECT table_name FROM gpkg_contents")] == ["incidents"]
        assert connection.execute("SELECT count(*) FROM incidents").fetchone() == (5,)


def test_copy_plan(tmp_path):
    source = ogr_layer(tmp_path / "incidents.gpkg", incidents(count=3))
    crs = source.crs()
    plan = geopackage_copy.copy_plan(source, str(tmp_path / "out.gpkg"), crs)
    assert plan == geopackage_copy.CopyPlan(
        str(tmp_path / "incidents.gpkg"), "incidents", str(tmp_path / "out.gpkg"), "out", False, True
    )
    named = geopackage_copy.copy_plan(source, f"ogr:dbname='{tmp_path / 'out.gpkg'}' table=\"my table\" (geom)", crs)
    assert (named.table, named.update) == ("my table", False)
    shapefile = ogr_layer(tmp_path / "incidents.shp", incidents(count=3), driver="ESRI Shapefile")
    plan = geopackage_copy.copy_plan(shapefile, str(tmp_path / "out.gpkg"), crs)
    assert (plan.source_layer, plan.same_ids) == ("incidents", False)
    for destination in ("TEMPORARY_OUTPUT", "memory:", str(tmp_path / "out.shp"), "postgres:dbname='x' table=\"t\""):
        assert geopackage_copy.copy_plan(source, destination, crs) is None, destination
