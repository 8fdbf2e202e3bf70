"""The bundled sample data (resources/sample/), as tools/make_sample_data.py makes it."""

import importlib.util
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
import shapely

import secure_corridor
from secure_corridor.core import assemble_route, build_corridor, flag_incidents, locate, patrol_segment

from measure import AIN_AL_HAVR, MAARAT_MISRIN, TRUMBA

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample"
GENERATOR = ROOT / "tools" / "make_sample_data.py"
GENERATED = ("m4_parts.geojson", "places.geojson", "incidents.geojson")
PROJECT = "secure_corridor_sample.qgs"

# What the generator made (tools/make_sample_data.py: GAP_WIDTHS_M, CARRIAGEWAY_*, SPUR_LEGS, GROUPS).
GAP_WIDTHS_M = [14.0, 21.0, 29.0, 37.5]
CARRIAGEWAY_OFFSET_M = 25.0


def _load(name):
    return json.loads((SAMPLE / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def parts():
    return _load("m4_parts.geojson")


@pytest.fixture(scope="module")
def assembled(parts):
    features = parts["features"]
    lines = [shapely.LineString(f["geometry"]["coordinates"]) for f in features]
    return assemble_route(lines, labels=[f["properties"]["id"] for f in features])


@pytest.fixture(scope="module")
def incidents():
    return _load("incidents.geojson")["features"]


def _role(parts, m4):
    """The ids of the spur and the second carriageway, told apart from the main line
    by how far they stray from the approximate M4."""
    spur, carriageway = [], []
    for f in parts["features"]:
        xy = np.array(f["geometry"]["coordinates"])
        farthest = locate(m4, xy[:, 0], xy[:, 1]).distance_m.max()
        if f["properties"]["highway"] == "trunk_link":
            spur.append((f["properties"]["id"], farthest))
        elif farthest > 1.0:
            carriageway.append((f["properties"]["id"], farthest))
    return spur, carriageway


# -- the road in parts -------------------------------------------------------------------


def test_parts_look_like_an_openstreetmap_road(parts, m4):
    features = parts["features"]
    assert parts["type"] == "FeatureCollection" and len(features) == 30
    assert "approximate" in parts["note"] and "Synthetic" in parts["note"]
    ids = [f["properties"]["id"] for f in features]
    assert ids == [f"way/{900001 + i}" for i in range(30)]
    for f in features:
        p = f["properties"]
        assert f["geometry"]["type"] == "LineString"
        assert (p["name"], p["approximate"]) == ("M4", True)
        assert p["highway"] in ("trunk", "trunk_link") and p["oneway"] in ("yes", "no")
    # Mixed directions and shuffled order, measured along the approximate M4.
    first = np.array([f["geometry"]["coordinates"][0] for f in features])
    last = np.array([f["geometry"]["coordinates"][-1] for f in features])
    km_first = locate(m4, first[:, 0], first[:, 1]).chainage_m
    km_last = locate(m4, last[:, 0], last[:, 1]).chainage_m
    westward = int(np.sum(km_last < km_first))
    assert 12 <= westward <= 18
    order = np.minimum(km_first, km_last)
    assert not np.all(np.diff(order) >= 0) and not np.all(np.diff(order) <= 0)


def test_parts_assemble_into_the_approximate_m4_west_to_east(assembled, m4):
    assert assembled.start == pytest.approx((35.789569, 35.539149))  # Latakia
    assert assembled.end == pytest.approx((36.80611, 35.861105))  # Saraqeb
    assert assembled.side_names == ("north", "south")
    # The gaps lie along straight stretches and are bridged straight, so the
    # route is the approximate M4 itself: 105.911 km, within a millimetre.
    assert m4.length_km == pytest.approx(105.9106, abs=1e-4)
    assert assembled.length_m == pytest.approx(m4.length_m, abs=0.001)
    report = assembled.report
    assert (report.parts_total, report.parts_used) == (30, 28)


def test_report_leaves_out_the_spur_and_the_second_carriageway(parts, assembled, m4):
    spur, carriageway = _role(parts, m4)
    assert len(spur) == 1 and len(carriageway) == 1
    assert set(assembled.report.left_out) == {spur[0][0], carriageway[0][0]}
    assert carriageway[0][1] == pytest.approx(CARRIAGEWAY_OFFSET_M, abs=0.5)
    assert spur[0][1] > 900.0  # its dead end, 1.3 km along it
    # 2.984 km of second carriageway and a 1.300 km spur.
    assert assembled.report.left_out_km == pytest.approx(2.984 + 1.300, abs=0.002)
    assert "left out 2 parts and 4.28 km" in assembled.report.summary()


def test_the_gaps_are_bridged_with_their_widths(assembled):
    gaps = assembled.report.bridged_gaps
    assert len(gaps) == len(GAP_WIDTHS_M)
    widths = sorted(width for width, _, _ in gaps)
    assert widths == pytest.approx(GAP_WIDTHS_M, abs=1.0)
    assert max(widths) < 50.0  # all below the default tolerance


# -- places ---------------------------------------------------------------------------------


def test_places_have_english_and_arabic_names_and_pcodes():
    features = _load("places.geojson")["features"]
    assert len(features) == 25
    arabic = re.compile(r"[\u0600-\u06FF]")
    for f in features:
        p = f["properties"]
        assert p["name_en"].strip() and arabic.search(p["name_ar"]), p
        assert re.fullmatch(r"C\d{4}", p["pcode"]), p
        assert "OCHA" in p["source"] and "CC BY-IGO" in p["source"]
    where = {f["properties"]["name_en"]: tuple(f["geometry"]["coordinates"]) for f in features}
    for place in (TRUMBA, AIN_AL_HAVR, MAARAT_MISRIN):
        assert where[place.name] == pytest.approx((place.lon, place.lat))
    for name in ("Saraqeb", "Jisr al-Shughur", "Ariha", "Idlib", "Latakia"):
        assert name in where
    pcodes = {f["properties"]["name_en"]: f["properties"]["pcode"] for f in features}
    assert (pcodes["Ayn Al Hawr"], pcodes["Ain Al Hour"]) == ("C7211", "C8401")


# -- incidents ------------------------------------------------------------------------------


def _lonlat(incidents):
    lon = np.array([f["geometry"]["coordinates"][0] if f["geometry"] else np.nan for f in incidents])
    lat = np.array([f["geometry"]["coordinates"][1] if f["geometry"] else np.nan for f in incidents])
    return lon, lat


def test_incidents_fields_dates_and_kinds(incidents):
    assert len(incidents) == 300
    props = [f["properties"] for f in incidents]
    assert [p["id"] for p in props] == list(range(1, 301))
    assert all(p["synthetic"] is True and p["note"] for p in props)
    dates = [p["date"] for p in props]
    assert all(re.fullmatch(r"2020-0[23]-\d\d", d) for d in dates)
    assert min(dates) >= "2020-02-01" and max(dates) <= "2020-03-31"
    assert Counter(d[:7] for d in dates) == {"2020-02": 210, "2020-03": 90}
    assert Counter(p["kind"] for p in props) == {"air strike": 139, "shelling": 97, "clash": 64}
    assert sum(f["geometry"] is None for f in incidents) == 2
    assert all(f["geometry"] is None or f["geometry"]["type"] == "Point" for f in incidents)


def test_incidents_inside_and_outside_a_six_km_corridor(assembled, incidents):
    lon, lat = _lonlat(incidents)
    corridor = build_corridor(assembled, left_m=6000, right_m=6000, end_cap="flat")
    patrol = patrol_segment(assembled, TRUMBA, AIN_AL_HAVR)
    dates = [f["properties"]["date"] for f in incidents]
    flags = flag_incidents(corridor, lon, lat, patrol=patrol, dates=dates, date_from="2020-03-15")
    summary = flags.summary(assembled.side_names)
    assert summary["inside"] == 198 and summary["outside"] == 100 and summary["missing"] == 2
    assert summary["in_patrol"] == 145
    assert (summary["inside_north"], summary["inside_south"]) == (102, 96)
    assert summary["in_window"] == 28
    assert int((flags.in_corridor & ~flags.in_patrol).sum()) == 53
    # A few right at the 6 km edges, on both sides of them.
    edge = np.abs(flags.distance_m - 6000.0) < 150.0
    assert int(edge.sum()) == 12 and int(flags.in_corridor[edge].sum()) == 6
    # Outside ones reach out to about 25 km.
    outside = ~flags.in_corridor & ~flags.missing
    assert 20_000 < np.max(flags.distance_m[outside]) <= 25_000
    # The incident at Maarat Misrin lies outside, 16.6 km from the road.
    at = np.flatnonzero((lon == MAARAT_MISRIN.lon) & (lat == MAARAT_MISRIN.lat))
    assert at.size == 1
    assert not flags.in_corridor[at[0]]
    assert flags.distance_m[at[0]] == pytest.approx(16_579, abs=5)


# -- the QGIS project -----------------------------------------------------------------------


def test_project_opens_every_sample_layer_by_relative_path():
    root = ET.parse(SAMPLE / PROJECT).getroot()
    assert root.find("projectCrs/spatialrefsys/authid").text == "EPSG:32637"
    assert root.find("properties/Paths/Absolute").text == "false"
    layers = root.findall("projectlayers/maplayer")
    sources = sorted(layer.find("datasource").text for layer in layers)
    assert sources == sorted(f"./{name}" for name in (*GENERATED, "m4_approximate.geojson"))
    for source in sources:
        assert (SAMPLE / source).is_file()
    by_source = {layer.find("datasource").text: layer for layer in layers}
    assert by_source["./incidents.geojson"].find("renderer-v2").get("attr") == "kind"
    places = by_source["./places.geojson"]
    assert places.get("labelsEnabled") == "1"
    assert places.find("labeling/settings/text-style").get("fieldName") == "name_en"


# -- the generator ---------------------------------------------------------------------------


def test_generator_is_deterministic(tmp_path):
    with_qgis = importlib.util.find_spec("qgis") is not None
    command = [sys.executable, str(GENERATOR), "--out", str(tmp_path)]
    if not with_qgis:
        command.append("--no-project")
    env = dict(os.environ)
    env["PYTHONPATH"] = str(Path(secure_corridor.__file__).parents[1])
    env.setdefault("PROJ_DATA", "/usr/share/proj")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    subprocess.run(command, check=True, capture_output=True, env=env, timeout=300)
    for name in GENERATED:
        assert (tmp_path / name).read_bytes() == (SAMPLE / name).read_bytes(), name
    if not with_qgis:
        return
    made, shipped = tmp_path / PROJECT, SAMPLE / PROJECT
    if _qgis_version(made) == _qgis_version(shipped):
        assert made.read_bytes() == shipped.read_bytes(), PROJECT
    else:  # another QGIS writes its own XML: the same project all the same
        assert _project_facts(made) == _project_facts(shipped)


def _qgis_version(path):
    return ET.parse(path).getroot().get("version")


def _project_facts(path):
    """What the sample project is, whichever QGIS wrote it: its CRS, relative
    paths, and each layer's id, name, source, renderer and labels."""
    root = ET.parse(path).getroot()
    layers = []
    for layer in root.findall("projectlayers/maplayer"):
        renderer = layer.find("renderer-v2")
        text_style = layer.find("labeling/settings/text-style")
        layers.append((
            layer.find("id").text,
            layer.find("layername").text,
            layer.find("datasource").text,
            renderer.get("type"),
            renderer.get("attr"),
            sorted(category.get("value") for category in renderer.iter("category")),
            layer.get("labelsEnabled"),
            None if text_style is None else text_style.get("fieldName"),
        ))
    return (
        root.get("projectname"),
        root.find("projectCrs/spatialrefsys/authid").text,
        root.find("properties/Paths/Absolute").text,
        sorted(layers),
    )
