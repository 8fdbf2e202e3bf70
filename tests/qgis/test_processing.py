"""The Processing algorithms, run the way the toolbox, models and qgis_process run them."""

import configparser
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import shapely
from qgis.core import (
    NULL,
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFeatureSource,
    QgsProject,
    QgsReferencedPointXY,
    QgsVectorLayer,
)

import secure_corridor
from secure_corridor.bridge import points as reading
from secure_corridor.bridge import layers
from secure_corridor.core import (
    assemble_route,
    build_corridor,
    checkpoints,
    flag_incidents,
    locate,
    patrol_segment,
)
from secure_corridor.core.geodesy import forward

from measure import brute_distance
from sample_layers import (
    AIN_AL_HAVR,
    CURVES,
    TRUMBA,
    arc_length_m,
    gdal_layer,
    m4_coordinates,
    m4_layer,
    multipoint_layer,
    one_point_road,
    point_layer,
)

PLUGIN_DIR = Path(secure_corridor.__file__).resolve().parent

def wgs84_point(place):
    """A point parameter value with its CRS, as the toolbox gives it."""
    return f"{place.lon},{place.lat} [EPSG:4326]"


@pytest.fixture
def run(algorithms):
    """``run(algorithm, parameters)``: processing.run with the provider registered."""
    return algorithms


def m4_route(road):
    parts, labels, crs = layers.read_lines(road)
    return assemble_route(parts, crs=crs, labels=labels)


def only(layer):
    (feature,) = layer.getFeatures()
    return feature


def test_provider_lists_its_algorithms(run):
    provider = QgsApplication.processingRegistry().providerById("secure_corridor")
    assert provider.name() == "Secure Corridor"
    algorithms = {a.id(): a for a in provider.algorithms()}
    assert sorted(algorithms) == [
        "secure_corridor:buildcorridor",
        "secure_corridor:comparescenarios",
        "secure_corridor:exportgpx",
        "secure_corridor:flagincidents",
        "secure_corridor:patrolsegment",
        "secure_corridor:placesincorridor",
        "secure_corridor:routebook",
    ]
    for algorithm in algorithms.values():
        assert algorithm.group() == "Corridor"
        assert "<b>Gap tolerance</b>" in algorithm.shortHelpString()


def test_build_corridor_on_the_m4(run):
    road = m4_layer("EPSG:32637")
    before = [f.geometry().asWkt() for f in road.getFeatures()]
    result = run("buildcorridor", {"INPUT": road, "OUTPUT": "TEMPORARY_OUTPUT"})
    corridor = build_corridor(m4_route(road), 6000, 6000, "flat")

    layer = result["OUTPUT"]
    assert layer.crs().authid() == "EPSG:32637"
    feature = only(layer)
    assert feature["area_km2"] == pytest.approx(corridor.area_km2, rel=1e-9)
    # Planar area in UTM 37N is within 0.1% of the geodesic area here.
    assert feature.geometry().area() / 1e6 == pytest.approx(corridor.area_km2, rel=1e-3)
    assert feature["length_km"] == pytest.approx(corridor.route.length_km, rel=1e-9)
    assert (feature["north_m"], feature["south_m"], feature["end_cap"]) == (6000, 6000, "flat")
    assert (feature["left_side"], feature["right_side"]) == ("north", "south")
    assert result["AREA_KM2"] == pytest.approx(corridor.area_km2)
    assert [f.geometry().asWkt() for f in road.getFeatures()] == before  # input untouched


def test_build_corridor_unequal_round_reversed(run):
    road = m4_layer("EPSG:4326")
    result = run(
        "buildcorridor",
        {"INPUT": road, "NORTH_WIDTH": 2000, "SOUTH_WIDTH": 5000, "END_CAP": 1, "REVERSE": True,
         "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    parts, labels, crs = layers.read_lines(road)
    corridor = build_corridor(assemble_route(parts, crs=crs, labels=labels, reverse=True), 2000, 5000, "round")
    feature = only(result["OUTPUT"])
    assert feature["area_km2"] == pytest.approx(corridor.area_km2, rel=1e-9)
    assert (feature["left_side"], feature["north_m"], feature["end_cap"]) == ("south", 2000, "round")


def test_selected_features_only(run):
    road = m4_layer("EPSG:32637")
    QgsProject.instance().addMapLayer(road)
    try:
        road.selectByIds([1, 2])
        source = QgsProcessingFeatureSourceDefinition(road.id(), selectedFeaturesOnly=True)
        feature = only(run("buildcorridor", {"INPUT": source, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"])
        parts, labels, crs = layers.read_lines(road, layers.features_of(road, selected_only=True))
        part = assemble_route(parts, crs=crs, labels=labels)
        assert feature["length_km"] == pytest.approx(part.length_km, rel=1e-9)
        assert feature["length_km"] < m4_route(road).length_km - 10
    finally:
        QgsProject.instance().removeMapLayer(road.id())


def test_patrol_trumba_to_ain_al_havr_with_checkpoints(run):
    road = m4_layer("EPSG:32637")
    result = run(
        "patrolsegment",
        {
            "INPUT": road,
            "START": wgs84_point(TRUMBA),
            "END": QgsReferencedPointXY(QgsPointXY(AIN_AL_HAVR.lon, AIN_AL_HAVR.lat), QgsCoordinateReferenceSystem("EPSG:4326")),
            "START_NAME": "Trumba",
            "END_NAME": "Ain al-Havr",
            "CHECKPOINT_INTERVAL": 10,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "CHECKPOINTS": "TEMPORARY_OUTPUT",
        },
    )
    patrol = patrol_segment(m4_route(road), TRUMBA, AIN_AL_HAVR)
    line = only(result["OUTPUT"])
    assert result["OUTPUT"].crs().authid() == "EPSG:32637"
    assert line["length_km"] == pytest.approx(patrol.length_km, rel=1e-9)
    assert (line["start_name"], line["end_name"]) == ("Trumba", "Ain al-Havr")
    assert (line["start_km"], line["end_km"]) == (pytest.approx(patrol.start_km), pytest.approx(patrol.end_km))
    assert result["LENGTH_KM"] == pytest.approx(patrol.length_km)

    expected = checkpoints(patrol, 10)
    km = [f["km"] for f in result["CHECKPOINTS"].getFeatures()]
    assert len(km) == len(expected.km) == int(patrol.length_km // 10) + 2
    assert km == pytest.approx(expected.km.tolist())
    assert km[:3] == pytest.approx([0, 10, 20]) and km[-1] == pytest.approx(patrol.length_km)


def test_patrol_without_checkpoints_uses_default_names(run):
    road = m4_layer("EPSG:32637")
    result = run(
        "patrolsegment",
        {"INPUT": road, "START": wgs84_point(TRUMBA), "END": wgs84_point(AIN_AL_HAVR),
         "OUTPUT": "TEMPORARY_OUTPUT", "CHECKPOINTS": "TEMPORARY_OUTPUT"},
    )
    line = only(result["OUTPUT"])
    assert (line["start_name"], line["end_name"]) == ("Start", "End")
    assert result["CHECKPOINTS"].featureCount() == 0


def test_cancelled_before_the_first_step_writes_nothing(run):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    import processing

    with pytest.raises(QgsProcessingException, match="^Cancelled: nothing was written.$"):
        processing.run(
            "secure_corridor:buildcorridor", {"INPUT": m4_layer(), "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=feedback
        )


def test_in_a_model(run):
    import processing

    model = QgsProcessingModelAlgorithm("corridor and patrol", "tests")
    model.addModelParameter(
        QgsProcessingParameterFeatureSource("road", "Road", [QgsProcessing.SourceType.TypeVectorLine]),
        QgsProcessingModelParameter("road"),
    )
    child = QgsProcessingModelChildAlgorithm("secure_corridor:buildcorridor")
    child.setChildId("corridor")
    child.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromModelParameter("road")])
    child.addParameterSources("NORTH_WIDTH", [QgsProcessingModelChildParameterSource.fromStaticValue(3000)])
    output = QgsProcessingModelOutput("corridor_layer")
    output.setChildId("corridor")
    output.setChildOutputName("OUTPUT")
    child.setModelOutputs({"corridor_layer": output})
    model.addChildAlgorithm(child)
    model.updateDestinationParameters()

    road = m4_layer()
    result = processing.run(model, {"road": road, "corridor:corridor_layer": "TEMPORARY_OUTPUT"})
    feature = only(result["corridor:corridor_layer"])
    expected = build_corridor(m4_route(road), 3000, 6000)
    assert (feature["north_m"], feature["south_m"]) == (3000, 6000)
    assert feature["area_km2"] == pytest.approx(expected.area_km2, rel=1e-9)


def north_of(route, km, metres):
    lon, lat = route.point_at(np.array([km * 1000.0]))
    lon, lat, _ = forward(lon, lat, np.array([0.0 if metres > 0 else 180.0]), np.array([abs(metres)]))
    return float(lon[0]), float(lat[0])


def test_flag_incidents(run):
    road = m4_layer("EPSG:32637")
    route = m4_route(road)
    patrol = patrol_segment(route, TRUMBA, AIN_AL_HAVR)
    middle_km = (patrol.start_km + patrol.end_km) / 2
    inside = north_of(route, middle_km, 3000)
    outside = north_of(route, middle_km, 8000)
    south = north_of(route, middle_km + 5, -3000)
    incidents = point_layer(
        [
            (*inside, "2020-03-16", "shelling"),
            (*outside, "2020-03-10", "air strike"),
            (None, None, "2020-03-16", "clash"),
            (*south, "2020-03-20", "shelling"),
        ],
        crs="EPSG:4326",
    )
    result = run(
        "flagincidents",
        {
            "ROAD": road,
            "INCIDENTS": incidents,
            "START": wgs84_point(TRUMBA),
            "END": wgs84_point(AIN_AL_HAVR),
            "DATE_FIELD": "day",
            "DATE_FROM": "2020-03-15",
            "DATE_TO": "2020-03-20",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    layer = result["OUTPUT"]
    assert layer.crs().authid() == "EPSG:32637"
    assert [f.name() for f in layer.fields()] == [
        "kind", "day", "in_corr", "side", "dist_m", "chain_km", "in_patrol", "in_window",
    ]
    a, b, c, d = layer.getFeatures()
    assert [f["kind"] for f in (a, b, c, d)] == ["shelling", "air strike", "clash", "shelling"]
    assert (a["in_corr"], a["side"], a["in_patrol"], a["in_window"]) == (True, "north", True, True)
    assert (b["in_corr"], b["side"], b["in_patrol"], b["in_window"]) == (False, "north", False, False)
    assert (c["in_corr"], c["side"], c["dist_m"], c["in_patrol"]) == (False, NULL, NULL, False)
    assert not c.hasGeometry() and c["in_window"] is True
    assert (d["in_corr"], d["side"], d["in_window"]) == (True, "south", False)  # DATE_TO is exclusive
    assert 2000 < a["dist_m"] <= 3000.001 and b["dist_m"] > 6000
    assert a["chain_km"] == pytest.approx(middle_km, abs=0.5)

    _, lon, lat, dates = reading.read_points(incidents, date_field="day")
    flags = flag_incidents(
        build_corridor(route, 6000, 6000), lon, lat, patrol=patrol, dates=dates,
        date_from="2020-03-15", date_to="2020-03-20",
    )
    got = [f["dist_m"] for f in (a, b, d)]
    assert got == pytest.approx(flags.distance_m[[0, 1, 3]].tolist(), abs=1e-6)
    assert [f["chain_km"] for f in (a, b, d)] == pytest.approx(flags.chainage_km[[0, 1, 3]].tolist())
    assert (result["INSIDE"], result["IN_PATROL"], result["MISSING"]) == (2, int(flags.in_patrol.sum()), 1)
    # The output point is the input point, in the road's CRS.
    assert a.geometry().asPoint().distance(QgsPointXY(*_utm(*inside))) < 0.01
    assert incidents.featureCount() == 4 and [f.name() for f in incidents.fields()] == ["kind", "day"]


def _utm(lon, lat):
    from pyproj import Transformer

    return Transformer.from_crs("EPSG:4326", "EPSG:32637", always_xy=True).transform(lon, lat)


def test_flag_incidents_without_patrol_or_dates(run):
    road = m4_layer("EPSG:32637")
    incidents = point_layer([(36.5, 35.79, "2020-03-15", "shelling")])
    feature = only(run("flagincidents", {"ROAD": road, "INCIDENTS": incidents, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"])
    assert feature["in_corr"] is True and feature["in_patrol"] is False and feature["in_window"] == NULL


def error_of(run, name, parameters):
    with pytest.raises(QgsProcessingException) as caught:
        run(name, parameters)
    return str(caught.value)


def test_a_point_layer_is_not_a_road(run):
    incidents = point_layer([(36.5, 35.8, None, "x")], name="incidents")
    message = error_of(run, "buildcorridor", {"INPUT": incidents, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert message == "'incidents' is a point layer; choose a line layer for the road."


def test_a_patrol_end_far_from_the_road(run):
    road = m4_layer("EPSG:32637")
    route = m4_route(road)
    far = north_of(route, 50, 30000)
    distance_km = float(locate(route, [far[0]], [far[1]]).distance_m[0]) / 1000
    message = error_of(
        run,
        "patrolsegment",
        {"INPUT": road, "START": f"{far[0]},{far[1]} [EPSG:4326]", "START_NAME": "Kafr Nabl",
         "END": wgs84_point(AIN_AL_HAVR), "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    assert message.startswith(f"Kafr Nabl is {distance_km:.2f} km from the road, farther than the snap tolerance of 2.00 km.")
    assert "Traceback" not in message


def test_a_gap_wider_than_the_tolerance(run):
    road = m4_layer("EPSG:32637")
    road.dataProvider().deleteFeatures([2])
    message = error_of(run, "buildcorridor", {"INPUT": road, "GAP_TOLERANCE": 50, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert message.startswith("The road has a gap of") and "wider than the gap tolerance of 50 m" in message


def test_flag_incidents_refuses_an_already_flagged_layer(run):
    road = m4_layer("EPSG:32637")
    incidents = point_layer([(36.5, 35.79, "2020-03-15", "shelling")])
    flagged = run("flagincidents", {"ROAD": road, "INCIDENTS": incidents, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    message = error_of(run, "flagincidents", {"ROAD": road, "INCIDENTS": flagged, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert message.startswith("The incident layer already has the field(s) in_corr, side, dist_m")


def test_build_corridor_on_a_curved_road_from_a_geopackage(run, tmp_path):
    wkts, epsg = CURVES["CircularString"]
    road = gdal_layer(tmp_path / "roads.gpkg", wkts, epsg)
    before = [f.geometry().asWkt() for f in road.getFeatures()]
    feature = only(run("buildcorridor", {"INPUT": road, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"])
    assert feature["length_km"] == pytest.approx(arc_length_m(wkts, epsg) / 1000, rel=1e-3)
    # Half an annulus of 14 to 26 km radius, planar in UTM, whose scale is 0.9996 here.
    assert feature["area_km2"] == pytest.approx(np.pi * (26**2 - 14**2) / 2 / 0.9996**2, rel=1e-3)
    assert [f.geometry().asWkt() for f in road.getFeatures()] == before


def run_without_geometry_check(name, parameters):
    """processing.run with QGIS's invalid-geometry check off, so bad geometries reach the plugin."""
    import processing
    from processing.tools import dataobjects

    context = dataobjects.createContext()
    # Qgis.InvalidGeometryCheck from QGIS 3.36 on; QgsFeatureRequest's before.
    if hasattr(Qgis, "InvalidGeometryCheck"):
        context.setInvalidGeometryCheck(Qgis.InvalidGeometryCheck.NoCheck)
    else:
        context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    with pytest.raises(QgsProcessingException) as caught:
        processing.run(f"secure_corridor:{name}", parameters, context=context)
    return str(caught.value)


@pytest.mark.parametrize(
    "wkt, what",
    [
        ("LineString (36.07 35.8)", "is a line of one point"),
        ("LineString (36.07 35.8, 36.07 35.8)", "is a line of zero length (all its points in one place)"),
    ],
)
def test_a_line_of_one_point_with_the_geometry_check_off(run, wkt, what):
    road = one_point_road(wkt)
    for name, extra in (("buildcorridor", {}), ("flagincidents", {"ROAD": road, "INCIDENTS": point_layer([])})):
        message = run_without_geometry_check(name, {"INPUT": road, "OUTPUT": "TEMPORARY_OUTPUT", **extra})
        assert message == f"Road feature 7 of 'roads' {what}: a road needs two points apart; fix or deselect it."


def test_a_part_of_one_point_is_named_by_whichever_check_sees_it_first(run):
    # QGIS 3.22 finds a multi-line with a part of one point valid, so its default check
    # lets it in and ours names it; QGIS 3.40 and newer refuse it themselves, by feature.
    road = one_point_road("MultiLineString ((36.06 35.8, 36.07 35.8), (36.08 35.8))", "MultiLineString")
    message = error_of(run, "buildcorridor", {"INPUT": road, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert message in (
        "Road feature 7 of 'roads' has a part that is a line of one point: a road needs two points apart; "
        "fix or deselect it.",
        "Feature (7) from “roads” has invalid geometry. Please fix the geometry or change the “Invalid "
        "features filtering” option for this input or globally in Processing settings.",
    )
    if Qgis.QGIS_VERSION_INT < 32400:  # QGIS 3.22: ours
        assert message.startswith("Road feature 7 of 'roads'")


def test_flag_multipoint_incidents(run):
    road = m4_layer("EPSG:32637")
    route = m4_route(road)
    near = north_of(route, 60, 2000)
    far = north_of(route, 62, -9000)
    farther = north_of(route, 64, 10000)
    incidents = multipoint_layer([[near, far], [far, near], [farther, far]])
    layer = run("flagincidents", {"ROAD": road, "INCIDENTS": incidents, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    a, b, c = layer.getFeatures()
    for name in ("in_corr", "side", "dist_m", "chain_km", "in_patrol"):
        assert a[name] == b[name], name
    assert (a["in_corr"], a["side"], c["in_corr"], c["side"]) == (True, "north", False, "south")
    assert a["dist_m"] == pytest.approx(brute_distance(route, *near)[0], abs=0.05)
    assert c["dist_m"] == pytest.approx(brute_distance(route, *far)[0], abs=0.05)
    assert a["chain_km"] == pytest.approx(60, abs=0.5)
    assert [len(f.geometry().asMultiPoint()) for f in (a, b, c)] == [2, 2, 2]  # the input's geometry


def polygon_layer():
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "districts", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt("Polygon ((36.4 35.7, 36.6 35.7, 36.6 35.9, 36.4 35.7))"))
    layer.dataProvider().addFeatures([feature])
    return layer


@pytest.mark.parametrize("layer, kind", [(lambda: m4_layer(name="M4"), "line"), (polygon_layer, "polygon")])
def test_a_line_or_polygon_layer_is_not_incidents(run, layer, kind):
    incidents = layer()
    message = error_of(run, "flagincidents", {"ROAD": m4_layer(), "INCIDENTS": incidents, "OUTPUT": "TEMPORARY_OUTPUT"})
    name = incidents.name()
    assert message == (
        f"'{name}' is a {kind} layer, and incidents are read as points; choose a point layer for the incidents."
    )


# -- qgis_process --------------------------------------------------------------


def qgis_process_binary():
    # Debian's `qgis_process` wrapper passes --noversioncheck, which the 3.22 binary rejects.
    for candidate in (shutil.which("qgis_process.bin"), "/usr/bin/qgis_process.bin", "/usr/lib/qgis/qgis_process.bin"):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def plugin_not_ready():
    """Why qgis_process would not load the plugin's provider yet, or None."""
    metadata = configparser.ConfigParser()
    metadata.read(PLUGIN_DIR / "metadata.txt")
    if metadata.get("general", "hasProcessingProvider", fallback="no").strip().lower() not in ("yes", "true"):
        return "metadata.txt does not say hasProcessingProvider=yes, so qgis_process does not load the plugin"
    if "def initProcessing" not in (PLUGIN_DIR / "plugin.py").read_text():
        return "plugin.py has no initProcessing() registering the provider yet"
    return None


def engine_packages(folder):
    """Give qgis_process's Python (the system's) the engine's packages it lacks.

    Links the test environment's copies into ``folder`` (for PYTHONPATH) and
    returns None, or returns why that cannot work.
    """
    python = Path(sys.base_prefix) / "bin" / f"python{sys.version_info.major}.{sys.version_info.minor}"
    # By the API the engine uses, not by version strings: a distribution's shapely
    # may call itself "0+unknown".
    probe = subprocess.run(
        [str(python), "-c",
         "import importlib\n"
         "for n, api in (('numpy', 'ndarray'), ('shapely', 'union_all'), ('pyproj', 'Geod')):\n"
         "    try: print(n, int(hasattr(importlib.import_module(n), api)))\n"
         "    except ImportError: print(n, 0)"],
        capture_output=True, text=True, timeout=30, env={"PATH": os.environ.get("PATH", "")},
    )
    system = dict(line.split() for line in probe.stdout.splitlines())
    missing = [name for name in ("numpy", "shapely", "pyproj") if system.get(name) != "1"]
    folder.mkdir()
    for name in missing:
        package = Path(importlib.util.find_spec(name).submodule_search_locations[0])
        if name == "pyproj" and (package.parent / "pyproj.libs").is_dir():
            return (
                "qgis_process.bin aborts (std::bad_alloc, then hangs) when the plugin imports a pyproj "
                "wheel: the wheel's bundled PROJ clashes with the system PROJ that qgis_process links. "
                "The system Python has no pyproj; install Debian's python3-pyproj."
            )
        for path in (package, package.parent / f"{name}.libs"):
            if path.exists():
                (folder / path.name).symlink_to(path)
    return None


def test_build_corridor_through_qgis_process(tmp_path):
    binary = qgis_process_binary()
    if binary is None:
        pytest.skip("qgis_process.bin not found")
    reason = plugin_not_ready() or engine_packages(tmp_path / "engine")
    if reason:
        pytest.skip(reason)

    # A throwaway QGIS profile with the plugin installed (a symlink) and enabled.
    profile = tmp_path / "config" / "profiles" / "default"
    (profile / "python" / "plugins").mkdir(parents=True)
    (profile / "python" / "plugins" / "secure_corridor").symlink_to(PLUGIN_DIR)
    (profile / "QGIS").mkdir()
    (profile / "QGIS" / "QGIS3.ini").write_text("[PythonPlugins]\nsecure_corridor=true\n")

    road = tmp_path / "m4.geojson"
    line = {"type": "LineString", "coordinates": m4_coordinates()}
    road.write_text(json.dumps(
        {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": line}]}
    ))
    output = tmp_path / "corridor.gpkg"
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "QGIS"))}
    env.update(
        QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "config"),
        PYTHONPATH=str(tmp_path / "engine"), PYTHONDONTWRITEBYTECODE="1",
    )
    done = subprocess.run(
        [binary, "run", "secure_corridor:buildcorridor", f"--INPUT={road}", "--NORTH_WIDTH=6000",
         "--SOUTH_WIDTH=6000", "--END_CAP=0", f"--OUTPUT={output}"],
        env=env, capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error starting plugin" not in done.stdout + done.stderr
    layer = QgsVectorLayer(str(output), "corridor", "ogr")
    assert layer.isValid() and layer.featureCount() == 1
    expected = build_corridor(assemble_route([shapely.LineString(m4_coordinates())]), 6000, 6000)
    feature = only(layer)
    assert feature["area_km2"] == pytest.approx(expected.area_km2, rel=1e-6)
    assert feature["length_km"] == pytest.approx(expected.route.length_km, rel=1e-6)
