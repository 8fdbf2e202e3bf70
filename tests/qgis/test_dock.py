"""The dock driven like a user would: layers chosen, buttons clicked, results checked."""

from pathlib import Path

import pytest
from pyproj import Geod
from qgis.core import (
    NULL,
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsMapLayerProxyModel,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QDate, QEvent, QPoint, Qt

from secure_corridor.bridge import points as reading
from secure_corridor.bridge import layers as bridge_layers
from secure_corridor.bridge.settings import Settings
from secure_corridor.core import CorridorSpec, Place, assemble_route, build_corridor, flag_incidents, locate, patrol_segment
from secure_corridor.ui import parameters
from secure_corridor.ui.dock import CorridorDock

from sample_layers import TRUMBA, m4_layer, multipoint_layer, point_layer
from message_bar import bar_messages, clear_bar

ROOT = Path(__file__).resolve().parents[2]
AIN_AL_HOUR = Place("Ain Al Hour", 36.16736, 35.78132)
# A second village of (nearly) the same name, 6.4 km north-east of the first.
_lon, _lat, _ = Geod(ellps="WGS84").fwd(AIN_AL_HOUR.lon, AIN_AL_HOUR.lat, 45, 6400)
AYN_AL_HAWR = Place("Ayn Al Hawr", _lon, _lat)
PLACES = [
    (TRUMBA, "ترنبة"),
    (Place("Saraqeb", 36.80611, 35.86111), "سراقب"),
    (AIN_AL_HOUR, "عين الحور"),
    (AYN_AL_HAWR, "عين الحور"),
    (Place("Far away", 36.5, 36.1), "بعيد"),  # about 30 km north of the road
]
INCIDENTS = [
    (36.7700, 35.8900, "2020-03-20", "shelling"),  # 3.3 km north, in the patrol stretch
    (36.6100, 35.7950, "2020-03-10", "air strike"),  # 2 km south of Ariha, before the window
    (36.6100, 35.7700, "2020-03-16", "clash"),  # 5 km south: outside a 3 km south side
    (36.4000, 35.9000, "2020-04-02", "shelling"),  # 11 km north: outside
    (35.9000, 35.6500, None, "clash"),  # west of Ain al-Havr: inside, not on the patrol
    (None, None, "2020-03-18", "air strike"),  # no location
]


def places_layer(rows=PLACES, crs="EPSG:4326"):
    layer = QgsVectorLayer(f"Point?crs={crs}&field=name_en:string&field=name_ar:string&field=pop:integer", "places", "memory")
    features = []
    for place, arabic in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(place.lon, place.lat)))
        feature.setAttributes([place.name, arabic, 1000])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


@pytest.fixture
def scene(qgis_iface):
    """The M4 (UTM 37N), places and incidents in the project; cleared afterwards."""
    Settings().save()  # every test starts from the defaults
    road, places, incidents = m4_layer("EPSG:32637"), places_layer(), point_layer(INCIDENTS, "EPSG:4326")
    QgsProject.instance().addMapLayers([road, places, incidents])
    clear_bar(qgis_iface)
    yield road, places, incidents
    QgsProject.instance().removeAllMapLayers()
    QgsProject.instance().layerTreeRoot().removeAllChildren()


@pytest.fixture
def dock(qgis_iface, qtbot, scene):
    road, places, incidents = scene
    widget = CorridorDock(qgis_iface)
    qtbot.addWidget(widget)
    widget.road.layer_combo.setLayer(road)
    widget.patrol_box.places_combo.setLayer(places)
    widget.incidents.layer_combo.setLayer(incidents)
    yield widget
    widget.teardown()


def run(qtbot, dock, action):
    with qtbot.waitSignal(dock.finished, timeout=20_000):
        action()


def critical(qgis_iface):
    return bar_messages(qgis_iface, Qgis.MessageLevel.Critical)


def group_layers(name="Secure corridor - M4"):
    group = QgsProject.instance().layerTreeRoot().findGroup(name)
    return {} if group is None else {node.name(): node.layer() for node in group.findLayers()}


def engine_route(road):
    parts, labels, crs = bridge_layers.read_lines(road)
    return assemble_route(parts, crs, labels=labels)


def test_corridor_patrol_and_incidents_end_to_end(dock, scene, qgis_iface, qtbot):
    road, places, incidents = scene
    assert dock.objectName() == "SecureCorridorDock" and dock.windowTitle() == "Secure Corridor"
    dock.corridor_box.left_width.setValue(6)
    dock.corridor_box.right_width.setValue(3)
    run(qtbot, dock, dock.corridor_box.build_button.click)
    assert not critical(qgis_iface)

    route = engine_route(road)
    expected = build_corridor(route, 6000, 3000)
    layer = group_layers()["corridor"]
    assert layer.crs().authid() == "EPSG:32637"
    (feature,) = layer.getFeatures()
    assert (feature["north_m"], feature["south_m"]) == (6000, 3000)
    assert feature["area_km2"] == pytest.approx(expected.area_km2, rel=1e-9)
    assert dock.corridor_box.left_label.text() == "North width"
    summary = dock.road.summary.text()
    assert f"{route.length_km:,.1f} km" in summary and "north" in summary and "3 of 3 parts used" in summary
    info = bar_messages(qgis_iface, Qgis.MessageLevel.Info)
    assert any("lost when QGIS closes" in message for message in info)

    # Patrol ends typed by name; both villages called Ain al-Hour are offered.
    dock.patrol_box.start.type_name("Trumba")
    assert dock.patrol_box.start.place() == TRUMBA
    dock.patrol_box.end.type_name("Ain al-Havr")
    offered = dock.patrol_box.end.candidates()
    assert any("Ain Al Hour (\u206636.167, 35.781\u2069)" in label for label in offered), offered
    assert any(label.startswith("Ayn Al Hawr") for label in offered), offered
    dock.patrol_box.end.choose(next(k for k, label in enumerate(offered) if "36.167, 35.781" in label))
    assert dock.patrol_box.end.place() == AIN_AL_HOUR
    dock.patrol_box.interval.setValue(10)
    run(qtbot, dock, dock.patrol_box.build_button.click)
    assert not critical(qgis_iface)
    patrol = patrol_segment(route, TRUMBA, AIN_AL_HOUR)
    (line,) = group_layers()["patrol"].getFeatures()
    assert line["length_km"] == pytest.approx(patrol.length_km, abs=1e-9)
    assert (line["start_name"], line["end_name"]) == ("Trumba", "Ain Al Hour")
    stops = [f["km"] for f in group_layers()["checkpoints"].getFeatures()]
    assert stops[:3] == [0, 10, 20] and stops[-1] == pytest.approx(patrol.length_km)
    assert f"Patrol {patrol.length_km:,.1f} km from Trumba" in dock.patrol_box.summary.text()

    # Incidents in a date window from 15 March 2020 (the day "to" is exclusive).
    dock.incidents.date_field.setField("day")
    dock.incidents.date_from.check.setChecked(True)
    dock.incidents.date_from.edit.setDate(QDate(2020, 3, 15))
    assert "exclusive" in dock.incidents.date_to.edit.toolTip()
    run(qtbot, dock, dock.incidents.flag_button.click)
    assert not critical(qgis_iface)
    rows = list(group_layers()["incidents flagged"].getFeatures())
    assert [f.name() for f in rows[0].fields()] == ["kind", "day", "in_corr", "side", "dist_m", "chain_km", "in_patrol", "in_window"]
    ids, lon, lat, dates = reading.read_points(incidents, date_field="day")
    flags = flag_incidents(expected, lon, lat, patrol=patrol, dates=dates, date_from="2020-03-15")
    for k, row in enumerate(rows):
        assert row["in_corr"] == bool(flags.in_corridor[k]) and row["in_patrol"] == bool(flags.in_patrol[k])
        assert row["in_window"] == (NULL if flags.undated[k] else bool(flags.in_window[k]))
        if flags.missing[k]:
            assert row["side"] == NULL and not row.hasGeometry()
        else:
            assert row["side"] == flags.side_name[k]
            assert row["dist_m"] == pytest.approx(flags.distance_m[k]) and row["chain_km"] == pytest.approx(flags.chainage_km[k])
    assert [r["in_corr"] for r in rows] == [True, True, False, False, True, False]
    assert [r["side"] for r in rows[:5]] == ["north", "south", "south", "north", "north"]
    assert [r["in_patrol"] for r in rows] == [True, True, False, False, False, False]
    assert [r["in_window"] for r in rows] == [True, False, True, True, NULL, True]  # no date: neither
    text = dock.incidents.summary.text()
    assert "6 incidents: 3 inside the corridor" in text, text
    assert "(north 2, south 1), 2 outside" in text and "2 inside the patrol stretch" in text
    assert "1 without a location" in text and "1 outside the date window" in text
    assert "1 without a readable date, neither in nor out of the window" in text
    assert [(r["kind"], r["day"]) for r in rows] == [(kind, day and QDate.fromString(day, "yyyy-MM-dd") or NULL) for _, _, day, kind in INCIDENTS]

    # Building again replaces the outputs instead of adding more.
    run(qtbot, dock, dock.corridor_box.build_button.click)
    run(qtbot, dock, dock.patrol_box.build_button.click)
    names = [node.name() for node in QgsProject.instance().layerTreeRoot().findGroup("Secure corridor - M4").findLayers()]
    assert sorted(names) == ["checkpoints", "corridor", "incidents flagged", "patrol"]
    assert dock.route is not None and not dock.road.summary.isHidden()  # new output layers keep the route

    # Input layers are never modified.
    assert (road.featureCount(), places.featureCount(), incidents.featureCount()) == (3, 5, 6)
    assert not any(layer.isEditable() or layer.isModified() for layer in (road, places, incidents))

    # A screenshot of the filled-in dock for people to look at.
    shots = ROOT / "build" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    # (QGIS's application style sheet puts group box titles right of the collapse arrow.)
    dock.setStyleSheet(
        "QgsCollapsibleGroupBoxBasic::title, QgsCollapsibleGroupBox::title { subcontrol-origin: margin;"
        " subcontrol-position: top left; margin-left: 20px; margin-right: 5px; left: 0px; top: 1px; }"
    )
    dock.resize(430, 1000)
    dock.body.adjustSize()
    assert dock.body.grab().save(str(shots / "dock.png"))


def test_selection_only_without_a_selection_says_so(dock, scene, qgis_iface, qtbot):
    road, _, _ = scene
    assert dock.road.selected_only.text() == "Selected features only" and not dock.road.selected_only.isChecked()
    road.selectByIds([1, 2, 3])
    assert dock.road.selected_only.isChecked() and dock.road.selected_only.text() == "Selected features only (3)"
    road.selectByIds([1])
    assert dock.road.selected_only.text() == "Selected features only (1)"
    road.removeSelection()
    assert dock.road.selected_only.isChecked()
    run(qtbot, dock, dock.corridor_box.build_button.click)
    (message,) = critical(qgis_iface)
    assert "No features are selected in 'M4'" in message and "Traceback" not in message
    assert "corridor" not in group_layers()


def test_a_point_layer_is_refused_as_road(dock, scene, qgis_iface, qtbot, message_log):
    _, places, _ = scene
    combo = dock.road.layer_combo
    combo.setLayer(places)
    assert combo.currentLayer() is not places  # the filter offers line layers only
    combo.setFilters(QgsMapLayerProxyModel.Filter.All)
    combo.setLayer(places)
    run(qtbot, dock, dock.corridor_box.build_button.click)
    (message,) = critical(qgis_iface)
    assert "'places' is a point layer; choose a line layer" in message
    assert any(tag == "Secure Corridor" and "point layer" in text for tag, text, _ in message_log)
    assert not group_layers("Secure corridor - places")


def test_a_patrol_start_far_from_the_road_is_named_with_its_distance(dock, qgis_iface, qtbot):
    dock.patrol_box.start.type_name("Far away")
    dock.patrol_box.end.type_name("Trumba")
    run(qtbot, dock, dock.patrol_box.build_button.click)
    (message,) = critical(qgis_iface)
    far = [p for p, _ in PLACES if p.name == "Far away"][0]
    distance = float(locate(engine_route(dock.road.layer()), [far.lon], [far.lat]).distance_m[0]) / 1000
    assert 25 < distance < 35 and f"Far away is {distance:.2f} km from the road" in message
    assert "patrol" not in group_layers()


def test_a_north_south_road_has_west_and_east_sides(dock, qgis_iface, qtbot):
    road = QgsVectorLayer("LineString?crs=EPSG:4326", "N-S road", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt("LINESTRING (36.0 35.0, 36.02 35.3)"))
    road.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(road)
    dock.road.layer_combo.setLayer(road)
    assert dock.corridor_box.left_label.text() == "North width"
    run(qtbot, dock, dock.road.assemble_button.click)
    assert (dock.corridor_box.left_label.text(), dock.corridor_box.right_label.text()) == ("West width", "East width")
    assert "sides west (left of travel) and east" in dock.road.summary.text()


def test_a_date_window_that_ends_before_it_starts(dock, qgis_iface, qtbot):
    dock.incidents.date_field.setField("day")
    dock.incidents.set_window("2020-04-01", "2020-03-15")
    run(qtbot, dock, dock.incidents.flag_button.click)
    (message,) = critical(qgis_iface)
    assert "The date window ends (2020-03-15) before or on the day it starts (2020-04-01)" in message


def test_day_month_dates_need_the_date_format_which_is_remembered(dock, qgis_iface, qtbot):
    # ACLED-like text would read by itself; 15/03/2020 needs to be told day/month/year.
    slashed = point_layer(
        [(lon, lat, day and f"{day[8:10]}/{day[5:7]}/{day[:4]}", kind) for lon, lat, day, kind in INCIDENTS],
        date_type="string", name="slashed",
    )
    QgsProject.instance().addMapLayer(slashed)
    dock.incidents.layer_combo.setLayer(slashed)
    dock.incidents.date_field.setField("day")
    dock.incidents.set_window("2020-03-15", None)
    run(qtbot, dock, dock.incidents.flag_button.click)
    (message,) = critical(qgis_iface)
    assert "Dates like '20/03/2020' read differently by country" in message and "%d/%m/%Y" in message
    assert "slashed flagged" not in group_layers()  # a failed run adds no layer

    clear_bar(qgis_iface)
    dock.incidents.format_edit.setText("%d/%m/%Y")
    run(qtbot, dock, dock.incidents.flag_button.click)
    assert not critical(qgis_iface)
    rows = list(group_layers()["slashed flagged"].getFeatures())
    assert [r["in_window"] for r in rows] == [True, False, True, True, NULL, True]
    assert parameters.settings_of(dock).date_format == "%d/%m/%Y"
    assert parameters.spec_of(dock).date_format == "%d/%m/%Y"


def test_multipoint_incidents_flag_the_same_whatever_the_order_of_their_points(dock, qgis_iface, qtbot):
    # One point 3.3 km north in the patrol stretch, one 11 km north: inside, measured from the first.
    near, far = INCIDENTS[0][:2], INCIDENTS[3][:2]
    incidents = multipoint_layer([[near, far], [far, near], [far]])
    QgsProject.instance().addMapLayer(incidents)
    dock.incidents.layer_combo.setLayer(incidents)
    run(qtbot, dock, dock.incidents.flag_button.click)
    assert not critical(qgis_iface)
    a, b, c = group_layers()["incidents flagged"].getFeatures()
    assert [(f["in_corr"], f["side"]) for f in (a, b, c)] == [(True, "north"), (True, "north"), (False, "north")]
    assert a["dist_m"] == pytest.approx(b["dist_m"]) and a["chain_km"] == pytest.approx(b["chain_km"])
    assert a["dist_m"] < c["dist_m"]


def test_place_names_in_arabic_and_no_match(dock):
    picker = dock.patrol_box.start
    picker.type_name("ترنبة")
    assert picker.place() == TRUMBA and picker.candidates() == ["Trumba – ترنبة (\u206636.769, 35.860\u2069)"]
    picker.type_name("Tromba")
    assert picker.place() == TRUMBA
    picker.type_name("Xyzzy")
    assert picker.place() is None and picker.choices.currentText() == "No matching place"
    picker.type_name("")
    assert picker.place() is None and picker.choices.isHidden()


def test_no_patrol_end_chosen(dock, qgis_iface, qtbot):
    dock.patrol_box.start.type_name("Trumba")
    run(qtbot, dock, dock.patrol_box.build_button.click)
    (message,) = critical(qgis_iface)
    assert "Choose where the patrol ends" in message


def test_map_tool_snaps_a_click_to_the_route(dock, scene, qgis_iface, qtbot):
    road, _, _ = scene
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:32637"))
    route = engine_route(road)
    # Click 1 km north of the road at km 40.
    (lon,), (lat,) = route.point_at([40_000])
    lon, lat, _ = Geod(ellps="WGS84").fwd(lon, lat, 0, 1000)
    click = canvas_point(canvas, lon, lat)
    canvas.setExtent(QgsRectangle(click.x() - 5000, click.y() - 5000, click.x() + 5000, click.y() + 5000))
    run(qtbot, dock, lambda: dock.pick_on_map(dock.patrol_box.start))  # assembles the route first
    tool = canvas.mapTool()
    assert tool is dock._tool
    event = QgsMapMouseEvent(canvas, QEvent.Type.MouseMove, QPoint(0, 0))
    event.setMapPoint(click)
    tool.canvasMoveEvent(event)
    assert tool.marker is not None and "Click to pick km" in dock.patrol_box.status.text()
    event = QgsMapMouseEvent(canvas, QEvent.Type.MouseButtonRelease, QPoint(0, 0), Qt.MouseButton.LeftButton)
    event.setMapPoint(click)
    tool.canvasReleaseEvent(event)
    where = locate(route, [lon], [lat])
    km = float(where.chainage_m[0]) / 1000
    place = dock.patrol_box.start.place()
    assert place.name == f"Map point at km {km:.1f}" and abs(km - 40) < 1.5
    assert (place.lon, place.lat) == pytest.approx((where.foot_lon[0], where.foot_lat[0]), abs=1e-7)
    assert canvas.mapTool() is not tool  # the tool is put away after the click


def canvas_point(canvas, lon, lat):
    from qgis.core import QgsCoordinateTransform

    to_canvas = QgsCoordinateTransform(bridge_layers.WGS84, canvas.mapSettings().destinationCrs(), QgsProject.instance())
    return to_canvas.transform(QgsPointXY(lon, lat))


def test_parameters_round_trip_and_settings(dock, tmp_path, qgis_iface, qtbot):
    dock.corridor_box.left_width.setValue(6)
    dock.corridor_box.right_width.setValue(4.5)
    dock.corridor_box.set_cap("round")
    dock.patrol_box.start.set_place(TRUMBA)
    dock.patrol_box.end.set_place(AIN_AL_HOUR)
    dock.incidents.date_field.setField("day")
    dock.incidents.date_from.set_day("2020-03-15")
    dock.road.between_patrol_ends.setChecked(True)
    path = tmp_path / "m4.json"
    dock.save_spec(str(path))
    spec = CorridorSpec.load(path)
    assert (spec.left_width_m, spec.right_width_m, spec.end_cap) == (6000, 4500, "round")
    assert spec.patrol_start == TRUMBA and spec.date_from == "2020-03-15" and spec.date_to is None
    assert (spec.route_between_patrol_ends, spec.leave_out) == (True, False)
    dock.corridor_box.right_width.setValue(1)
    dock.patrol_box.end.clear()
    dock.road.between_patrol_ends.setChecked(False)
    dock.road.leave_out.setChecked(True)
    dock.load_spec(str(path))
    assert dock.corridor_box.right_width.value() == 4.5 and dock.patrol_box.end.place() == AIN_AL_HOUR
    assert dock.road.between_patrol_ends.isChecked() and not dock.road.leave_out.isChecked()
    path.write_text('{"left_width_m": -5}')
    dock.load_spec(str(path))
    (message,) = critical(qgis_iface)
    assert "field 'left_width_m': must be 0 or more" in message
    # The last used values are remembered when work starts, and come back in a new dock.
    with qtbot.waitSignal(dock.finished, timeout=20_000):
        dock.corridor_box.build_button.click()
    assert Settings.load().south_km == 4.5 and Settings.load().end_cap == "round"
    again = CorridorDock(qgis_iface)
    qtbot.addWidget(again)
    assert again.corridor_box.right_width.value() == 4.5 and again.corridor_box.cap() == "round"
    assert again.incidents.window() == ("2020-03-15", None)
    again.teardown()


def test_results_written_to_a_geopackage(dock, qgis_iface, qtbot, tmp_path):
    path = tmp_path / "results.gpkg"
    dock.output.gpkg.setFilePath(str(path))
    run(qtbot, dock, dock.corridor_box.build_button.click)
    run(qtbot, dock, dock.corridor_box.build_button.click)
    assert not critical(qgis_iface)
    layer = group_layers()["corridor"]
    assert layer.providerType() == "ogr" and str(path) in layer.source() and layer.featureCount() == 1
    assert len(group_layers()) == 1
    assert not any("lost when QGIS closes" in m for m in bar_messages(qgis_iface, Qgis.MessageLevel.Info))


def test_flagged_incidents_are_saved_to_the_geopackage_in_the_background(dock, qgis_iface, qtbot, tmp_path, scene):
    path = tmp_path / "results.gpkg"
    dock.output.gpkg.setFilePath(str(path))
    steps = []
    dock.runner.busyChanged.connect(steps.append)
    run(qtbot, dock, dock.incidents.flag_button.click)  # finished once saved
    assert not critical(qgis_iface)
    # One task: the incidents (in WGS84, the road in UTM) go through QGIS's writer
    # into a table of their own, as they are flagged; nothing is written after.
    assert steps == [True, False]
    layers = group_layers()
    flagged = layers["incidents flagged"]
    assert flagged.providerType() == "ogr" and f"{path}|layername=incidents_flagged" == flagged.source()
    assert flagged.featureCount() == len(INCIDENTS) and layers["corridor"].providerType() == "ogr"
    _, lon, lat, _ = reading.read_points(scene[2])
    flags = flag_incidents(dock.corridor, lon, lat)
    rows = list(flagged.getFeatures())
    assert [row["in_corr"] for row in rows] == flags.in_corridor.tolist() == [True, True, True, False, True, False]
    assert [row["dist_m"] for row in rows[:5]] == pytest.approx(flags.distance_m[:5].tolist())
    run(qtbot, dock, dock.incidents.flag_button.click)  # again: the table is replaced, not added to
    flagged = group_layers()["incidents flagged"]
    assert flagged.featureCount() == len(INCIDENTS) and len(group_layers()) == 2
    assert flagged.renderer() is not None and flagged.customProperty("secure_corridor/kind") == "incidents"


def test_cancelled_run_adds_nothing(dock, qgis_iface, qtbot):
    with qtbot.waitSignal(dock.finished, timeout=20_000):
        dock.corridor_box.build_button.click()
        assert not dock.corridor_box.build_button.isEnabled()
        dock.runner.cancel()
    assert "corridor" not in group_layers()
    assert dock.corridor_box.build_button.isEnabled() and dock.busy_row.isHidden()
    info = bar_messages(qgis_iface, Qgis.MessageLevel.Info)
    assert any("Cancelled building the corridor; nothing was added" in message for message in info)


def test_teardown_puts_the_map_tool_away(dock, qgis_iface, qtbot):
    run(qtbot, dock, dock.run_assembly)
    dock.pick_on_map(dock.patrol_box.end)
    assert qgis_iface.mapCanvas().mapTool() is dock._tool
    dock.teardown()
    assert qgis_iface.mapCanvas().mapTool() is None or qgis_iface.mapCanvas().mapTool() is not dock._tool


def test_a_road_change_during_a_run_is_not_reused(dock, qtbot):
    with qtbot.waitSignal(dock.finished, timeout=20_000):
        dock.corridor_box.build_button.click()
        dock.road.tolerance.setValue(60)  # the route being built is for the old tolerance
    assert "corridor" in group_layers()
    assert dock.route is None and dock.corridor is None and dock.road.summary.isHidden()


def test_flagging_fills_the_strip_chart(dock, qgis_iface, qtbot):
    chart = dock.chart_box.chart
    assert chart.data() is None and not dock.chart_box.save_button.isEnabled()
    dock.patrol_box.start.set_place(TRUMBA)
    dock.patrol_box.end.set_place(AIN_AL_HOUR)
    dock.patrol_box.interval.setValue(10)
    run(qtbot, dock, dock.patrol_box.build_button.click)
    run(qtbot, dock, dock.incidents.flag_button.click)
    assert not critical(qgis_iface)
    data = chart.data()
    rows = list(group_layers()["incidents flagged"].getFeatures())
    assert len(data) == 6 and chart.plotted_count() == 5
    assert data.category.tolist() == ["patrol", "patrol", "patrol", "outside", "corridor", "missing"]
    assert data.category.tolist()[:5] == [
        "patrol" if r["in_patrol"] else "corridor" if r["in_corr"] else "outside" for r in rows[:5]
    ]
    # x is km from Trumba towards Ain al-Havr; y is + north, - south of the road.
    assert data.y_km[:5] == pytest.approx([r["dist_m"] / 1000 * (1 if r["side"] == "north" else -1) for r in rows[:5]])
    assert data.x_km[0] == pytest.approx(dock.patrol.start_km - rows[0]["chain_km"])
    assert data.kinds.tolist() == [kind for *_, kind in INCIDENTS]  # the layer's "kind" field
    assert data.patrol_names == ("Trumba", "Ain Al Hour") and data.checkpoint_labels[:3] == ("km 0", "km 10", "km 20")
    assert "Trumba" in data.place_names and "Far away" not in data.place_names  # places near the road only
    assert dock.chart_box.save_button.isEnabled() and chart.grab().width() > 0
