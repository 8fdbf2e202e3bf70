"""The dock's rough edges, as a user meets them: the mouse wheel, widths over the
limit, the order of the result layers."""

import pytest
from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import QPoint, QPointF, Qt
from qgis.PyQt.QtGui import QWheelEvent
from qgis.PyQt.QtWidgets import QApplication

from secure_corridor.bridge.settings import Settings
from secure_corridor.ui.dock import CorridorDock

from sample_layers import AIN_AL_HAVR, TRUMBA, m4_layer, point_layer
from message_bar import bar_messages, clear_bar

INCIDENTS = [(36.77, 35.89, "2020-03-20", "shelling"), (36.61, 35.795, "2020-03-10", "air strike")]


@pytest.fixture
def dock(qgis_iface, qtbot):
    Settings().save()
    road = m4_layer("EPSG:32637")
    first, second = point_layer(INCIDENTS, name="first"), point_layer(INCIDENTS, name="second")
    QgsProject.instance().addMapLayers([road, first, second])
    clear_bar(qgis_iface)
    widget = CorridorDock(qgis_iface)
    qtbot.addWidget(widget)
    widget.road.layer_combo.setLayer(road)
    widget.incidents.layer_combo.setLayer(first)
    yield widget
    widget.teardown()
    QgsProject.instance().removeAllMapLayers()
    QgsProject.instance().layerTreeRoot().removeAllChildren()


def wheel(widget, steps=-1):
    """One notch of the wheel over ``widget`` (down for negative steps); whether
    ``widget`` took it. (Qt passes an event sent this way to no parent, so an
    ignored one is where the real wheel would go on to the scroll area.)"""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def test_the_wheel_scrolls_the_dock_instead_of_changing_a_combo_under_the_pointer(dock, qtbot):
    dock.resize(420, 300)  # shorter than its sections, so that it scrolls
    dock.show()
    qtbot.waitExposed(dock)
    combo, field = dock.incidents.layer_combo, dock.incidents.date_field
    field.setField("day")
    bar = dock.scroll.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    for _ in range(3):
        assert not wheel(combo) and not wheel(field) and not wheel(dock.corridor_box.left_width)
    assert combo.currentLayer().name() == "first" and field.currentField() == "day"
    assert dock.corridor_box.left_width.value() == 6.0
    wheel(dock.scroll.viewport())  # where the ignored events go on to
    assert bar.value() > 0
    for widget in (combo, field, dock.corridor_box.left_width, dock.patrol_box.snap):
        assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_the_wheel_changes_the_widget_being_edited(dock, qtbot):
    dock.show()
    qtbot.waitExposed(dock)
    box = dock.corridor_box.left_width
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=2000)
    wheel(box, steps=1)
    assert box.value() == pytest.approx(7.0)


def group_order(name="Secure corridor - M4"):
    group = QgsProject.instance().layerTreeRoot().findGroup(name)
    return [node.name() for node in group.findLayers()]


def test_the_result_layers_keep_their_order_whatever_is_built_first(dock, qtbot):
    def click(button):
        with qtbot.waitSignal(dock.finished, timeout=20_000):
            button.click()

    dock.patrol_box.start.set_place(TRUMBA)
    dock.patrol_box.end.set_place(AIN_AL_HAVR)
    dock.patrol_box.interval.setValue(10)
    click(dock.incidents.flag_button)  # incidents first, then the corridor came with them
    assert group_order() == ["first flagged", "corridor"]
    click(dock.patrol_box.build_button)
    assert group_order() == ["first flagged", "checkpoints", "patrol", "corridor"]
    dock.corridor_box.left_width.setValue(5)
    click(dock.corridor_box.build_button)  # rebuilt: still at the bottom
    assert group_order() == ["first flagged", "checkpoints", "patrol", "corridor"]
    click(dock.patrol_box.build_button)
    click(dock.incidents.flag_button)
    assert group_order() == ["first flagged", "checkpoints", "patrol", "corridor"]


def test_a_width_over_the_limit_is_said_not_cut(dock, qgis_iface, qtbot):
    box = dock.corridor_box
    box.left_width.setValue(5000)
    assert box.left_width.value() == 5000  # kept as typed
    assert box.width_warning.isVisibleTo(dock) and box.width_warning.text() == (
        "The north width of 5,000 km is over the widest corridor, 30 km a side, that is kept within 1 m "
        "of its true width: check the units (km)."
    )
    with qtbot.waitSignal(dock.finished, timeout=20_000):
        box.build_button.click()
    (message,) = bar_messages(qgis_iface, Qgis.MessageLevel.Critical)
    assert "The left width of 5000 km is over the limit of 30 km" in message
    box.left_width.setValue(30)
    assert not box.width_warning.isVisibleTo(dock)
    box.right_width.setValue(31)
    assert box.width_warning.text().startswith("The south width of 31 km is over")


def test_an_expected_error_is_one_line_in_the_log_and_an_unexpected_one_has_its_traceback(
    dock, qgis_iface, qtbot, message_log, monkeypatch
):
    dock.road.layer_combo.currentLayer().removeSelection()
    dock.road.selected_only.setChecked(True)  # nothing selected: a user's error
    with qtbot.waitSignal(dock.finished, timeout=20_000):
        dock.corridor_box.build_button.click()
    (entry,) = [(text, level) for tag, text, level in message_log if tag == "Secure Corridor"]
    assert entry[1] == Qgis.MessageLevel.Warning
    assert entry[0].startswith("building the corridor: No features are selected in 'M4'") and "\n" not in entry[0]

    message_log.clear()
    dock.road.selected_only.setChecked(False)

    def broken(*_args, **_kwargs):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr("secure_corridor.ui.dock.build_corridor", broken)
    with qtbot.waitSignal(dock.finished, timeout=20_000):
        dock.corridor_box.build_button.click()
    (entry,) = [(text, level) for tag, text, level in message_log if tag == "Secure Corridor"]
    assert entry[1] == Qgis.MessageLevel.Critical
    assert "Traceback (most recent call last)" in entry[0] and "ZeroDivisionError: a bug" in entry[0]


def test_a_later_success_clears_the_old_error_and_a_long_message_is_folded(dock, qgis_iface, qtbot):
    from secure_corridor.ui import messages

    bar = qgis_iface.messageBar()
    dock.corridor_box.left_width.setValue(0)
    dock.corridor_box.right_width.setValue(0)
    with qtbot.waitSignal(dock.finished, timeout=20_000):
        dock.corridor_box.build_button.click()
    assert [item.text() for item in bar.items()] == ["Both widths are 0: give at least one side a width."]
    dock.corridor_box.left_width.setValue(6)
    with qtbot.waitSignal(dock.finished, timeout=20_000):
        dock.corridor_box.build_button.click()
    assert not bar_messages(qgis_iface, Qgis.MessageLevel.Critical)  # the old error is gone
    assert len([i for i in bar.items() if i.title() == "Secure Corridor"]) <= 1  # one message of ours at most

    long_text = "The first sentence says what went wrong. " + "And then there is much more to say about it. " * 8
    item = messages.show(qgis_iface, long_text, Qgis.MessageLevel.Critical)
    assert item.text() == "The first sentence says what went wrong. …"
    assert messages.full_text(item) == long_text
    assert [i for i in bar.items() if i.title() == "Secure Corridor"] == [item]


def test_the_map_shows_incidents_outside_the_date_window_apart(dock, qgis_iface, qtbot):
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    dock.patrol_box.start.set_place(TRUMBA)
    dock.patrol_box.end.set_place(AIN_AL_HAVR)
    with qtbot.waitSignal(dock.finished, timeout=20_000):
        dock.patrol_box.build_button.click()
    dock.incidents.date_field.setField("day")
    dock.incidents.date_from.set_day("2020-03-15")
    with qtbot.waitSignal(dock.finished, timeout=20_000):
        dock.incidents.flag_button.click()
    group = QgsProject.instance().layerTreeRoot().findGroup("Secure corridor - M4")
    (layer,) = [node.layer() for node in group.findLayers() if node.name() == "first flagged"]
    rules = layer.renderer().rootRule().children()
    assert [rule.label() for rule in rules] == [
        "Inside the patrol stretch", "Inside the patrol stretch, outside the date window", "Inside the corridor",
        "Inside the corridor, outside the date window", "Outside the corridor",
    ]
    context = QgsExpressionContext()
    context.appendScope(QgsExpressionContextUtils.layerScope(layer))
    drawn = {}
    for feature in layer.getFeatures():
        context.setFeature(feature)
        (label,) = [r.label() for r in rules if QgsExpression(r.filterExpression()).evaluate(context)]
        drawn[(feature["in_patrol"], feature["in_window"])] = label
    # Both incidents are in the patrol stretch: 20 March in the window, 10 March before it.
    assert drawn == {
        (True, True): "Inside the patrol stretch",
        (True, False): "Inside the patrol stretch, outside the date window",
    }


def test_loading_parameters_says_so_and_marks_earlier_results_stale(dock, qgis_iface, qtbot, tmp_path):
    path = tmp_path / "five.json"
    dock.corridor_box.left_width.setValue(5)
    dock.save_spec(str(path))
    dock.corridor_box.left_width.setValue(6)
    with qtbot.waitSignal(dock.finished, timeout=20_000):
        dock.corridor_box.build_button.click()
    assert dock.corridor_box.summary.text()
    dock.load_spec(str(path))
    assert dock.corridor_box.left_width.value() == 5
    assert group_order() == ["corridor (earlier parameters)"]
    assert not dock.corridor_box.summary.isVisibleTo(dock)
    (message,) = bar_messages(qgis_iface, Qgis.MessageLevel.Success)
    assert message == (
        f"Secure Corridor:Parameters loaded from {path}. The 1 result layers on the map were built with the "
        "earlier ones and are marked 'earlier parameters': build again to update them."
    )
    with qtbot.waitSignal(dock.finished, timeout=20_000):
        dock.corridor_box.build_button.click()
    assert group_order() == ["corridor"]  # replaced, not kept beside the new one
    dock.load_spec(str(path))
    assert bar_messages(qgis_iface, Qgis.MessageLevel.Success) == [
        f"Secure Corridor:Parameters loaded from {path}: the same as before."
    ]
    assert group_order() == ["corridor"]


def test_save_results_writes_the_layers_as_they_are(dock, qgis_iface, qtbot, tmp_path, monkeypatch):
    from secure_corridor.bridge import project

    dock.save_results(str(tmp_path / "nothing.gpkg"))
    (message,) = bar_messages(qgis_iface, Qgis.MessageLevel.Warning)
    assert "no results to save yet" in message and not (tmp_path / "nothing.gpkg").exists()
    dock.patrol_box.start.set_place(TRUMBA)
    dock.patrol_box.end.set_place(AIN_AL_HAVR)
    for button in (dock.patrol_box.build_button, dock.incidents.flag_button):
        with qtbot.waitSignal(dock.finished, timeout=20_000):
            button.click()
    before = {layer.name(): layer.featureCount() for layer in project.group_layers("M4")}
    path = tmp_path / "kept"
    busy = []
    dock.runner.busyChanged.connect(busy.append)
    with qtbot.waitSignal(dock.finished, timeout=20_000) as ended:
        dock.save_results(str(path))
        # Written in the background: the dock is busy, the layers still temporary.
        assert all(layer.providerType() == "memory" for layer in project.group_layers("M4"))
        assert not dock.output.save_results_button.isEnabled()
    assert ended.args == ["results"] and busy == [True, False]
    saved = project.group_layers("M4")
    assert [layer.name() for layer in saved] == ["first flagged", "checkpoints", "patrol", "corridor"]
    assert all(layer.providerType() == "ogr" and str(tmp_path / "kept.gpkg") in layer.source() for layer in saved)
    assert {layer.name(): layer.featureCount() for layer in saved} == before
    assert "layername=first_flagged" in saved[0].source()  # no spaces or brackets in table names
    assert saved[0].renderer().rootRule().children()[0].label() == "Inside the patrol stretch"  # still styled
    (message,) = bar_messages(qgis_iface, Qgis.MessageLevel.Success)
    assert message.endswith("kept.gpkg: first_flagged, checkpoints, patrol, corridor.")
    # Saved again to the same file once marked stale (as after loading other
    # parameters): the layers are written again, and they stay marked stale.
    assert project.mark_stale("M4") == 4
    marked = [layer.name() for layer in project.group_layers("M4")]
    assert all("earlier parameters" in name for name in marked)
    clear_bar(qgis_iface)
    with qtbot.waitSignal(dock.finished, timeout=20_000):
        dock.save_results(str(path))
    again = project.group_layers("M4")
    assert [layer.name() for layer in again] == marked
    assert {layer.name(): layer.featureCount() for layer in again} == {
        name: before[name.split(" (")[0]] for name in marked
    }
    assert all(layer.customProperty("secure_corridor/unmarked_name") for layer in again)
    # And once more, unchanged: each layer is its own table there, left as it is.
    counts = [layer.featureCount() for layer in again]
    written = []
    monkeypatch.setattr(project, "write_table", lambda *args, **kwargs: written.append(args))
    with qtbot.waitSignal(dock.finished, timeout=20_000):
        dock.save_results(str(path))
    assert written == [] and [layer.name() for layer in project.group_layers("M4")] == marked
    assert [layer.featureCount() for layer in project.group_layers("M4")] == counts
    assert not bar_messages(qgis_iface, Qgis.MessageLevel.Critical)


def test_assemble_route_shows_it_with_km_0_and_its_ends_named(dock, qgis_iface, qtbot):
    from pyproj import Geod

    from secure_corridor.bridge import project
    from secure_corridor.bridge.layers import read_lines
    from secure_corridor.core import assemble_route

    route = assemble_route(*read_lines(dock.road.layer())[:1], crs=read_lines(dock.road.layer())[2])
    # Two villages 1 km from the route's ends, one 20 km away.
    geod = Geod(ellps="WGS84")
    rows = []
    for name, (lon, lat) in (("Westend", route.start), ("Eastend", route.end), ("Far", route.start)):
        plon, plat, _ = geod.fwd(lon, lat, 0, 1000 if name != "Far" else 20_000)
        rows.append((plon, plat, None, name))
    places = point_layer(rows, name="villages")
    places.startEditing()
    places.renameAttribute(0, "name")
    places.commitChanges()
    QgsProject.instance().addMapLayer(places)
    dock.patrol_box.places_combo.setLayer(places)
    dock.patrol_box.name_field.setField("name")
    with qtbot.waitSignal(dock.finished, timeout=20_000):
        dock.road.assemble_button.click()
    (layer,) = project.group_layers("M4")
    (feature,) = layer.getFeatures()
    assert layer.name() == "route" and layer.renderer().symbol().color().name() == "#464646"
    assert (feature["start_name"], feature["end_name"]) == ("Westend", "Eastend")
    assert feature["length_km"] == pytest.approx(route.length_km, abs=1e-6)
    assert dock.road.summary.text().startswith(f"Route {route.length_km:.1f} km from Westend at ")
    assert " (km 0) to Eastend at " in dock.road.summary.text()
    # The route keeps its place under the patrol and over the corridor.
    with qtbot.waitSignal(dock.finished, timeout=20_000):
        dock.corridor_box.build_button.click()
    assert group_order() == ["route", "corridor"]


def test_help_opens_the_guide_shipped_with_the_plugin(dock, monkeypatch):
    from secure_corridor.ui import dock as dock_module

    opened = []
    monkeypatch.setattr(dock_module.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dock.output.help_button.click()
    (url,) = opened
    assert url.isLocalFile() and url.toLocalFile().endswith("resources/help/index.html")
    guide = dock_module.HELP.read_text(encoding="utf-8")
    assert "<title>Secure Corridor: user guide</title>" in guide and "http" not in guide  # offline
    for words in ("Assemble route", "Build corridor", "Build patrol", "Flag incidents", "Save results"):
        assert words in guide


def test_the_dock_keeps_its_scroll_position_and_focus_through_a_run(dock, qtbot):
    dock.resize(420, 360)
    dock.show()
    qtbot.waitExposed(dock)
    bar = dock.scroll.verticalScrollBar()
    button = dock.incidents.flag_button
    dock.scroll.ensureWidgetVisible(button)
    button.setFocus()
    qtbot.waitUntil(button.hasFocus, timeout=2000)
    before = bar.value()
    assert before > 0
    with qtbot.waitSignal(dock.finished, timeout=20_000):
        button.click()
    qtbot.wait(50)  # the dock's deferred restore
    assert bar.value() == before
    # Back on the button (the window's focus widget: the test's message bar, a window of
    # its own, may have taken the activation meanwhile).
    assert button.window().focusWidget() is button
