"""The dock's Patrol section makes the team's files: GPS files and the route book."""

import re
import xml.etree.ElementTree as ElementTree

import pytest
from osgeo import ogr
from qgis.core import Qgis
from qgis.PyQt.QtWidgets import QFileDialog

from secure_corridor.core import checkpoints, patrol_segment
from secure_corridor.core.gpx import GPX_NAMESPACE, patrol_waypoints
from secure_corridor.core.pages import page_ranges

from message_bar import bar_messages
from sample_layers import TRUMBA
from test_dock import AIN_AL_HOUR, critical, dock, engine_route, run, scene  # noqa: F401 (fixtures)

NS = {"gpx": GPX_NAMESPACE}


@pytest.fixture
def saved_as(monkeypatch):
    """Answers the file dialog with a path; keeps what it was asked."""
    asked = []

    def answer(path):
        def dialog(parent, title, suggested, kinds):
            asked.append((title, suggested, kinds))
            return str(path), kinds
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
        return asked

    return answer


def choose_patrol(dock):
    dock.patrol_box.start.type_name("Trumba")
    dock.patrol_box.end.type_name("Ain al-Havr")
    dock.patrol_box.interval.setValue(5.0)


def test_gps_files_of_the_patrol(dock, qgis_iface, qtbot, tmp_path, saved_as):
    choose_patrol(dock)
    asked = saved_as(tmp_path / "team")
    run(qtbot, dock, dock.patrol_box.gps_button.click)
    assert critical(qgis_iface) == [] and asked[0][1].endswith("patrol.gpx")
    gpx, kml = tmp_path / "team.gpx", tmp_path / "team.kml"
    (message,) = bar_messages(qgis_iface, Qgis.MessageLevel.Success)
    assert str(gpx) in message and str(kml) in message

    patrol = patrol_segment(engine_route(dock.road.layer()), TRUMBA, AIN_AL_HOUR, snap_tolerance_m=2000)
    want = patrol_waypoints(patrol, checkpoints(patrol, 5.0))
    root = ElementTree.parse(gpx).getroot()
    names = [w.findtext("gpx:name", namespaces=NS) for w in root.findall("gpx:wpt", NS)]
    assert names == [w.name for w in want] and names[:3] == ["km 0", "km 5", "km 10"]
    for element, waypoint in zip(root.findall("gpx:wpt", NS), want):
        assert float(element.get("lon")) == pytest.approx(waypoint.lon, abs=1e-8)
        assert float(element.get("lat")) == pytest.approx(waypoint.lat, abs=1e-8)
    tracks = [t.findtext("gpx:name", namespaces=NS) for t in root.findall("gpx:trk", NS)]
    assert len(tracks) == 3 and any("north" in name and "6 km" in name for name in tracks)
    data = ogr.Open(str(kml))
    assert data is not None
    assert sum(layer.GetFeatureCount() for layer in data if layer.GetName() == "waypoints") == len(want)


def test_gps_files_need_the_patrol_ends(dock, qgis_iface, qtbot, tmp_path, saved_as):
    saved_as(tmp_path / "team.gpx")
    run(qtbot, dock, dock.patrol_box.gps_button.click)
    (message,) = critical(qgis_iface)
    assert "Choose where the patrol starts" in message
    assert not any(tmp_path.iterdir())


def test_gps_files_not_asked_for_when_the_dialog_is_cancelled(dock, qgis_iface, qtbot, tmp_path, saved_as):
    choose_patrol(dock)
    saved_as("")
    with qtbot.assertNotEmitted(dock.finished, wait=200):
        dock.patrol_box.gps_button.click()
    assert critical(qgis_iface) == []


def test_route_book_of_the_patrol(dock, qgis_iface, qtbot, tmp_path, saved_as):
    choose_patrol(dock)
    asked = saved_as(tmp_path / "book")
    run(qtbot, dock, dock.patrol_box.book_button.click)
    assert critical(qgis_iface) == [] and asked[0][1].endswith("route_book.pdf")
    pdf = tmp_path / "book.pdf"
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-")
    patrol = patrol_segment(engine_route(dock.road.layer()), TRUMBA, AIN_AL_HOUR, snap_tolerance_m=2000)
    pages = 1 + len(page_ranges(patrol.length_km))  # the overview, then a page per 10 km stretch, 1 km overlap
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) == pages
    (message,) = bar_messages(qgis_iface, Qgis.MessageLevel.Success)
    assert f"{pages} pages" in message and str(pdf) in message
    assert [p.name for p in tmp_path.iterdir()] == ["book.pdf"]


def test_route_book_needs_the_patrol_ends(dock, qgis_iface, qtbot, tmp_path, saved_as):
    saved_as(tmp_path / "book.pdf")
    run(qtbot, dock, dock.patrol_box.book_button.click)
    (message,) = critical(qgis_iface)
    assert "Choose where the patrol starts" in message
    assert not any(tmp_path.iterdir())
