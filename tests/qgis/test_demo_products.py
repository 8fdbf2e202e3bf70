"""make demo's files for the patrol team and the analysts: out/patrol.gpx and .kml,
out/route_book.pdf, out/places_in_corridor.csv and out/scenarios.csv, against the engine."""

import csv
import re
import xml.etree.ElementTree as ElementTree

import pytest
from osgeo import ogr

from secure_corridor.core import build_corridor, checkpoints
from secure_corridor.core.gpx import GPX_NAMESPACE, patrol_waypoints
from secure_corridor.core.pages import page_ranges
from secure_corridor.core.places import places_in_corridor

from test_demo import core, outcome  # noqa: F401 (fixtures)

NS = {"gpx": GPX_NAMESPACE}


def rows_of(path):
    with open(path, newline="", encoding="utf-8") as table:
        return list(csv.DictReader(table))


def test_gps_files(outcome, core):
    _, _, patrol, _, _ = core
    want = patrol_waypoints(patrol, checkpoints(patrol, 10.0))
    root = ElementTree.parse(outcome.products["patrol.gpx"]).getroot()
    waypoints = root.findall("gpx:wpt", NS)
    assert [w.findtext("gpx:name", namespaces=NS) for w in waypoints] == [w.name for w in want]
    assert [w.findtext("gpx:name", namespaces=NS) for w in waypoints][:3] == ["km 0", "km 10", "km 20"]
    for element, waypoint in zip(waypoints, want):
        assert (float(element.get("lon")), float(element.get("lat"))) == (
            pytest.approx(waypoint.lon, abs=1e-8), pytest.approx(waypoint.lat, abs=1e-8))
    assert len(root.findall("gpx:trk", NS)) == 3  # the patrol and the corridor's two edges
    kml = ogr.Open(str(outcome.products["patrol.kml"]))
    assert kml.GetLayerByName("waypoints").GetFeatureCount() == len(want)


def test_route_book(outcome, core):
    _, _, patrol, _, _ = core
    data = outcome.products["route_book.pdf"].read_bytes()
    assert data.startswith(b"%PDF-")
    strips = len(page_ranges(patrol.length_km))
    assert strips == 7 and len(re.findall(rb"/Type\s*/Page[^s]", data)) == 1 + strips
    assert outcome.algorithm_results["routebook"]["PAGE_COUNT"] == 1 + strips


def test_places_in_corridor(outcome, core):
    route, corridor, patrol, _, _ = core
    rows = rows_of(outcome.products["places_in_corridor.csv"])
    assert list(rows[0])[:2] == ["name_en", "name_ar"]
    kms = [float(row["route_km"]) for row in rows]
    assert kms == sorted(kms)
    inside = [row for row in rows if row["status"] == "inside"]
    places = outcome.inputs.places
    data = ogr.Open(str(places))  # kept: its layer lives only as long as it
    layer = data.GetLayer(0)
    lon, lat, names = zip(*[(f.GetGeometryRef().GetX(), f.GetGeometryRef().GetY(), f.GetField("name_en"))
                            for f in layer])
    found = places_in_corridor(corridor, list(lon), list(lat), names={"name_en": list(names)}, patrol=patrol)
    assert [row["name_en"] for row in inside] == [p.names["name_en"] for p in found.inside]
    assert len(inside) == 23 and any(row["name_ar"] for row in inside)
    assert outcome.algorithm_results["placesincorridor"]["INSIDE"] == 23


def test_scenarios(outcome, core):
    route, _, _, _, _ = core
    rows = rows_of(outcome.products["scenarios.csv"])
    assert [(row["name"], float(row["north_m"]), float(row["south_m"])) for row in rows] == [
        ("6 + 6 km", 6000, 6000), ("5 + 5 km", 5000, 5000), ("6 km north + 3 km south", 6000, 3000),
        ("8 + 4 km", 8000, 4000),
    ]
    for row in rows:
        area = build_corridor(route, float(row["north_m"]), float(row["south_m"]), "flat").area_km2
        assert float(row["area_km2"]) == pytest.approx(area, abs=1e-6)
    assert int(rows[0]["incidents_inside"]) == int(core[3].in_corridor.sum())


def test_report_has_the_tables(outcome):
    html = outcome.report_html.read_text(encoding="utf-8")
    assert "<h2>Places in the corridor</h2>" in html and "اللاذقية" in html
    assert "<h2>Candidate corridors compared</h2>" in html and "8 + 4 km" in html
    assert 'href="route_book.pdf"' in html and 'href="patrol.gpx"' in html


def test_scenario_chart(outcome):
    from qgis.PyQt.QtGui import QImage

    chart = outcome.products["scenarios.png"]
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(chart))
    assert (image.width(), image.height()) == (900, 420)
    # The first series' colour (incidents inside, #0072B2) is drawn: four bars of it.
    blue = sum(1 for x in range(0, 900, 3) for y in range(60, 350, 3) if image.pixelColor(x, y).name() == "#0072b2")
    assert blue > 100
    assert 'src="scenarios.png"' in outcome.report_html.read_text(encoding="utf-8")
