"""make demo: the M4 case through the plugin's algorithms, its GeoPackage, map, chart and report."""

import datetime
import os
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsPointXY, QgsVectorLayer
from qgis.PyQt.QtGui import QImage

from secure_corridor.bridge import points as reading
from secure_corridor.bridge import layers
from secure_corridor.core import (
    assemble_route,
    build_corridor,
    flag_incidents,
    patrol_segment,
)
from secure_corridor.demo import figures, pipeline, report, run

from sample_layers import AIN_AL_HAVR, TRUMBA

SAMPLE = pipeline.SAMPLE
MAARAT_MISRIN = (36.67272, 36.01390)  # 16.6 km north of the road: outside a 6 km corridor
CORRIDOR_FILL = (255, 239, 185)  # corridor.qml's 255,196,0 at alpha 70 over white


@pytest.fixture(scope="module")
def outcome(qgis_processing, tmp_path_factory):
    return pipeline.run_pipeline(tmp_path_factory.mktemp("demo") / "out")


@pytest.fixture(scope="module")
def core(outcome):
    """The same steps through the core, independently of the demo."""
    inputs = outcome.inputs
    road = QgsVectorLayer(str(inputs.road), "road", "ogr")
    parts, labels, crs = layers.read_lines(road)
    route = assemble_route(parts, crs=crs, labels=labels)
    corridor = build_corridor(route, 6000, 6000, "flat")
    patrol = patrol_segment(route, TRUMBA, AIN_AL_HAVR)
    incidents = QgsVectorLayer(str(inputs.incidents), "incidents", "ogr")
    _, lon, lat, dates = reading.read_points(incidents, date_field="date")
    flags = flag_incidents(corridor, lon, lat, patrol=patrol, dates=dates, date_from="2020-03-15")
    return route, corridor, patrol, flags, incidents.featureCount()


def gpkg_layer(outcome, name):
    layer = QgsVectorLayer(f"{outcome.gpkg}|layername={name}", name, "ogr")
    assert layer.isValid(), name
    return layer


def test_the_bundled_sample_data(outcome):
    inputs = outcome.inputs
    assert (inputs.road.name, inputs.places.name, inputs.incidents.name) == (
        "m4_parts.geojson", "places.geojson", "incidents.geojson")
    assert outcome.route.report.parts_total == 30


def test_lengths(outcome, core):
    route, _, patrol, _, _ = core
    assert outcome.route.length_km == pytest.approx(106, abs=0.5)
    assert outcome.route.length_km == pytest.approx(route.length_km, rel=1e-9)
    assert outcome.patrol.length_km == pytest.approx(59.1, abs=0.05)
    assert outcome.patrol.length_km == pytest.approx(patrol.length_km, rel=1e-9)
    (feature,) = gpkg_layer(outcome, "patrol").getFeatures()
    assert feature["length_km"] == pytest.approx(patrol.length_km, rel=1e-9)
    assert (feature["start_name"], feature["end_name"]) == ("Trumba", "Ain al-Havr")
    (feature,) = gpkg_layer(outcome, "corridor").getFeatures()
    assert feature["length_km"] == pytest.approx(route.length_km, rel=1e-9)
    assert (feature["north_m"], feature["south_m"], feature["end_cap"]) == (6000, 6000, "flat")


def test_the_geopackage_has_the_layers(outcome, core):
    *_, incident_count = core
    with sqlite3.connect(outcome.gpkg) as db:
        tables = db.execute("SELECT table_name, data_type FROM gpkg_contents ORDER BY table_name").fetchall()
    products = ("places_in_corridor", "route_book_pages", "scenario_corridors")
    assert tables == sorted((name, "features") for name in (*pipeline.LAYERS, *products))
    assert {name: gpkg_layer(outcome, name).featureCount() for name in products} == {
        "places_in_corridor": 23 + outcome.algorithm_results["placesincorridor"]["NEAR_EDGE"],
        "route_book_pages": 7, "scenario_corridors": 4,
    }
    expected = {"corridor": 1, "patrol": 1, "checkpoints": 7, "incidents_flagged": incident_count}
    assert {name: gpkg_layer(outcome, name).featureCount() for name in pipeline.LAYERS} == expected
    assert outcome.layer_counts == expected
    km = [f["km"] for f in gpkg_layer(outcome, "checkpoints").getFeatures()]
    assert km[:6] == pytest.approx([0, 10, 20, 30, 40, 50]) and km[-1] == pytest.approx(outcome.patrol.length_km)


def test_flags_agree_with_the_core(outcome, core):
    _, _, _, flags, _ = core
    flagged = list(gpkg_layer(outcome, "incidents_flagged").getFeatures())
    assert [bool(f["in_corr"]) for f in flagged] == flags.in_corridor.tolist()
    assert sum(bool(f["in_corr"]) for f in flagged) == int(flags.in_corridor.sum()) > 0
    assert sum(bool(f["in_patrol"]) for f in flagged) == int(flags.in_patrol.sum()) > 0
    assert sum(f["in_window"] is True for f in flagged) == int(flags.in_window.sum())
    assert outcome.algorithm_results["flagincidents"]["INSIDE"] == int(flags.in_corridor.sum())
    assert int(outcome.flags.in_corridor.sum()) == int(flags.in_corridor.sum())


def test_maarat_misrin_is_outside(outcome):
    target = QgsPointXY(*MAARAT_MISRIN)
    near = [
        f for f in gpkg_layer(outcome, "incidents_flagged").getFeatures()
        if f.hasGeometry() and f.geometry().asPoint().distance(target) < 1e-5
    ]
    assert near, "no incident at Maarat Misrin"
    for feature in near:
        assert feature["in_corr"] is False and feature["in_patrol"] is False
        assert feature["side"] == "north" and feature["dist_m"] > 15000


def test_report_figures(outcome, core):
    _, _, patrol, flags, incident_count = core
    numbers = outcome.figures
    dated = flags.in_window
    assert (numbers.total, numbers.dated) == (incident_count, int(dated.sum()))
    assert numbers.flag(figures.IN_PATROL) == int((flags.in_patrol & dated).sum())
    assert numbers.flag(figures.OUTSIDE, dated=False) == int((~flags.in_corridor & ~flags.missing).sum())
    assert sum(row[1] for row in numbers.by_flag) == numbers.dated
    assert sum(row[2] for row in numbers.by_flag) == numbers.total
    assert sum(inside for _, inside, _ in numbers.by_side) == int((flags.in_corridor & dated).sum())
    # Sections: one per checkpoint interval, together the dated incidents in the patrol stretch.
    assert [s.label for s in numbers.sections][:2] == ["km 0–10", "km 10–20"]
    assert numbers.sections[-1].label == f"km 50–{outcome.patrol.length_km:.1f}"
    assert sum(s.total for s in numbers.sections) == numbers.flag(figures.IN_PATROL)
    km = patrol.km_from_start(flags.chainage_km[flags.in_patrol & dated])
    assert numbers.sections[0].total == int((km < 10).sum())


def test_map(outcome):
    assert outcome.map_png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(outcome.map_png))
    assert (image.width(), image.height()) == (1600, 1000)
    image = image.convertToFormat(QImage.Format_RGB32)
    pixels = np.frombuffer(image.constBits().asstring(image.sizeInBytes()), dtype=np.uint8)
    bgr = pixels.reshape(image.height(), image.bytesPerLine() // 4, 4)[:, : image.width(), :3].astype(int)
    fill = np.abs(bgr - np.array(CORRIDOR_FILL[::-1])).max(axis=2) <= 8
    assert fill.mean() > 0.05, "the corridor's fill colour hardly appears"
    assert (bgr.min(axis=2) < 200).mean() > 0.01, "the map is nearly blank"
    # The whole patrol is in view.
    assert outcome.map_info.extent.contains(outcome.map_info.patrol_extent)
    assert outcome.map_info.crs == "EPSG:32637"


def test_strip_chart(outcome):
    assert outcome.strip_png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(outcome.strip_png))
    assert (image.width(), image.height()) == (1600, 600)


def test_report(outcome):
    html = outcome.report_html.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<script" not in html.lower()
    assert 'src="map.png"' in html
    assert 'src="strip.png"' in html
    assert "http://" not in html and "https://" not in html
    numbers = outcome.figures
    for label, dated, everything in numbers.by_flag:
        assert f'<td>{label}</td><td class="n">{dated}</td><td class="n">{everything}</td>' in html
    for section in numbers.sections:
        assert f"<td>{section.label}</td>" in html
    assert f"{outcome.route.length_km:.2f} km" in html and f"{outcome.patrol.length_km:.2f} km" in html
    assert "2020-03-15" in html and "Generated" in html


def test_report_escapes_text(outcome, tmp_path):
    odd = replace(outcome, inputs=replace(outcome.inputs, road=Path("<b>&road.geojson")),
                  report_html=tmp_path / "report.html")
    html = report.render_html(odd, datetime.datetime(2020, 3, 15, 12, 0))
    assert "&lt;b&gt;&amp;road.geojson" in html and "<b>&road" not in html


def test_summary(outcome):
    text = run.summary(outcome)
    assert f"{outcome.route.length_km:7.2f} km" in text and f"{outcome.patrol.length_km:7.2f} km" in text
    assert "secure_corridor.gpkg" in text and "map.png" in text and "report.html" in text


def demo_command(*args):
    env = {key: value for key, value in os.environ.items() if not key.startswith("QGIS")}
    return subprocess.run(
        [sys.executable, "-m", "secure_corridor.demo", *args], capture_output=True, text=True, timeout=120, env=env
    )


def test_the_command_exits_0_and_prints_a_summary(tmp_path):
    done = demo_command("--out", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    assert "Route " in done.stdout and "Patrol " in done.stdout and "report.html" in done.stdout
    assert (tmp_path / "out" / "map.png").is_file() and (tmp_path / "out" / "secure_corridor.gpkg").is_file()


def test_the_command_fails_with_a_message(tmp_path):
    done = demo_command("--road", str(tmp_path / "nowhere.geojson"), "--out", str(tmp_path / "out"))
    assert done.returncode == 1
    assert done.stderr.strip().endswith(f"The road file {tmp_path / 'nowhere.geojson'} does not exist.")
    done = demo_command("--road", str(SAMPLE / "places.geojson"), "--out", str(tmp_path / "out"))
    assert done.returncode == 1
    assert "is a point layer; choose a line layer for the road" in done.stderr
    assert "Traceback" not in done.stderr


def test_report_counts_by_the_suggested_category_field(outcome, core):
    _, _, _, flags, _ = core
    kinds = np.array([f["kind"] for f in gpkg_layer(outcome, "incidents_flagged").getFeatures()], dtype=object)
    assert outcome.category_field == "kind"
    assert sum(c.total for c in outcome.categories) == len(flags)
    html = outcome.report_html.read_text(encoding="utf-8")
    assert "<h2>Incidents by category (field kind)</h2>" in html
    for count in outcome.categories:
        rows = kinds == count.category
        assert count.total == int(rows.sum())
        assert count.inside == int((rows & flags.in_corridor).sum())
        assert count.inside_in_window == int((rows & flags.in_corridor & flags.in_window).sum())
        assert (
            f'<td>{count.category}</td><td class="n">{count.total}</td><td class="n">{count.inside}</td>'
            f'<td class="n">{count.in_patrol}</td><td class="n">{count.inside_in_window}</td>'
        ) in html
