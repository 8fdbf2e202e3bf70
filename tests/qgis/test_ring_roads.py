"""A ring road in the dock and in Processing: the numbers when half of it would be left
out, and the route's ends (the patrol's in the dock, Route start/end in Processing)."""

import numpy as np
import pytest
import shapely
from pyproj import Geod
from qgis.core import (
    Qgis,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

from secure_corridor.bridge.settings import Settings
from secure_corridor.core import Place
from secure_corridor.ui.dock import CorridorDock
from message_bar import bar_messages, clear_bar

GEOD = Geod(ellps="WGS84")
CENTRE = (36.6, 35.8)
RADIUS_M = 8000.0
AZIMUTHS = np.linspace(0.0, 360.0, 73)
_lon, _lat, _ = GEOD.fwd(np.full(73, CENTRE[0]), np.full(73, CENTRE[1]), AZIMUTHS, np.full(73, RADIUS_M))
RING = np.column_stack([_lon, _lat])
RING[-1] = RING[0]
EAST, WEST = Place("East gate", *RING[18]), Place("West gate", *RING[54])  # due east and due west


def length_km(coords):
    return float(GEOD.line_length(coords[:, 0], coords[:, 1])) / 1000


def ring_layer(pieces):
    layer = QgsVectorLayer("LineString?crs=EPSG:4326&field=name:string", "ring", "memory")
    features = []
    for k, coords in enumerate(pieces):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(shapely.LineString(coords).wkt))
        feature.setAttributes([f"ring {k}"])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


HALVES = (RING[:37], RING[36:])  # north to south by the east, and back by the west


@pytest.fixture
def run(algorithms):
    return lambda parameters: algorithms("buildcorridor", parameters)


def point(place):
    return f"{place.lon},{place.lat} [EPSG:4326]"


def corridor_km(result):
    (feature,) = result["OUTPUT"].getFeatures()
    return feature["length_km"]


def test_processing_refuses_half_a_ring_with_the_numbers_and_takes_route_ends(run):
    road = ring_layer(HALVES)
    half = length_km(HALVES[0])
    with pytest.raises(QgsProcessingException) as caught:
        run({"INPUT": road, "OUTPUT": "TEMPORARY_OUTPUT"})
    message = str(caught.value)
    assert f"{half:.2f} km of the selected road (feature " in message
    assert f"not on the route of {half:.2f} km and lies up to {np.sqrt(2) * RADIUS_M / 1000:.2f} km" in message
    assert message.endswith("Here: give the Route start and Route end, or set Leave out road off the route.")
    # From the east gate round by the north to the west gate.
    result = run({"INPUT": road, "ROUTE_START": point(EAST), "ROUTE_END": point(WEST), "OUTPUT": "TEMPORARY_OUTPUT"})
    assert corridor_km(result) == pytest.approx(length_km(RING[18:55]), abs=1e-3)
    result = run({"INPUT": road, "LEAVE_OUT": True, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert corridor_km(result) == pytest.approx(half, abs=1e-3)


def test_processing_closed_ring_needs_both_route_ends(run):
    road = ring_layer([RING])
    with pytest.raises(QgsProcessingException, match="closed loop .* Here: give the Route start and Route end"):
        run({"INPUT": road, "OUTPUT": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="Give both the route start and the route end, or neither."):
        run({"INPUT": road, "ROUTE_START": point(EAST), "OUTPUT": "TEMPORARY_OUTPUT"})
    result = run({"INPUT": road, "ROUTE_START": point(EAST), "ROUTE_END": point(WEST), "OUTPUT": "TEMPORARY_OUTPUT"})
    assert corridor_km(result) == pytest.approx(length_km(RING[18:55]), abs=1e-3)


@pytest.fixture
def dock(qgis_iface, qtbot):
    Settings().save()
    road = ring_layer(HALVES)
    QgsProject.instance().addMapLayer(road)
    clear_bar(qgis_iface)
    widget = CorridorDock(qgis_iface)
    qtbot.addWidget(widget)
    widget.road.layer_combo.setLayer(road)
    yield widget
    widget.teardown()
    QgsProject.instance().removeAllMapLayers()
    QgsProject.instance().layerTreeRoot().removeAllChildren()


def assemble(qtbot, dock):
    with qtbot.waitSignal(dock.finished, timeout=20_000):
        dock.road.assemble_button.click()


def test_the_dock_says_what_to_tick_for_a_ring(dock, qgis_iface, qtbot):
    assemble(qtbot, dock)
    (message,) = bar_messages(qgis_iface, Qgis.MessageLevel.Critical)
    assert "km of the selected road (feature " in message and "Traceback" not in message
    assert "tick 'Between the patrol ends' to run the route between them, or 'Leave out road off the route'" in message
    assert dock.route is None

    clear_bar(qgis_iface)
    dock.road.between_patrol_ends.setChecked(True)
    assemble(qtbot, dock)
    (message,) = bar_messages(qgis_iface, Qgis.MessageLevel.Critical)
    assert "the patrol ends (under Road), but they are not both chosen" in message

    clear_bar(qgis_iface)
    dock.patrol_box.start.set_place(EAST)
    dock.patrol_box.end.set_place(WEST)
    assemble(qtbot, dock)
    assert not bar_messages(qgis_iface, Qgis.MessageLevel.Critical)
    assert dock.route.length_km == pytest.approx(length_km(RING[18:55]), abs=1e-3)

    # Another patrol end is another route; leaving the rest out gives half the ring.
    dock.patrol_box.end.set_place(Place("North gate", *RING[0]))
    assert dock.route is None
    dock.road.between_patrol_ends.setChecked(False)
    dock.road.leave_out.setChecked(True)
    assemble(qtbot, dock)
    assert dock.route.length_km == pytest.approx(length_km(HALVES[0]), abs=1e-3)
