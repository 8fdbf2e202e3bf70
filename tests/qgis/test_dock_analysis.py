"""The dock opens the analysts' algorithms with its own inputs filled in."""

import csv

import processing
import pytest

from secure_corridor.demo.products import SCENARIOS

from test_dock import dock, scene  # noqa: F401 (fixtures)


@pytest.fixture
def dialogs(monkeypatch):
    """The Processing dialogs the dock opens: (algorithm id, parameters)."""
    opened = []
    monkeypatch.setattr(processing, "execAlgorithmDialog", lambda name, parameters: opened.append((name, parameters)))
    return opened


def test_places_in_the_corridor_with_the_docks_inputs(dock, dialogs, algorithms):
    dock.corridor_box.left_width.setValue(5.0)
    dock.corridor_box.right_width.setValue(3.0)
    dock.patrol_box.start.type_name("Trumba")
    dock.patrol_box.end.type_name("Ain al-Havr")
    dock.corridor_box.places_button.click()
    ((name, parameters),) = dialogs
    assert name == "secure_corridor:placesincorridor"
    assert parameters["ROAD"].source.staticValue() == dock.road.layer().id()
    assert not parameters["ROAD"].selectedFeaturesOnly
    assert (parameters["NORTH_WIDTH"], parameters["SOUTH_WIDTH"], parameters["END_CAP"]) == (5000, 3000, 0)
    assert parameters["PLACES"] == dock.patrol_box.places_combo.currentLayer().id()
    start, end = dock.patrol_box.start.place(), dock.patrol_box.end.place()
    assert parameters["START"] == f"{start.lon},{start.lat} [EPSG:4326]"
    assert parameters["END"] == f"{end.lon},{end.lat} [EPSG:4326]"
    # What the dialog would run: the test layer's five places, Trumba and the Ain al-Hours on the road.
    result = algorithms("placesincorridor", {**parameters, "OUTPUT": "TEMPORARY_OUTPUT"})
    names = sorted(f["name_en"] for f in result["OUTPUT"].getFeatures() if f["status"] == "inside")
    assert result["INSIDE"] == len(names) and "Trumba" in names and "Far away" not in names


def test_compare_scenarios_with_the_docks_layers(dock, dialogs, algorithms, tmp_path):
    dock.corridor_box.scenarios_button.click()
    ((name, parameters),) = dialogs
    assert name == "secure_corridor:comparescenarios"
    assert parameters["INCIDENTS"] == dock.incidents.layer().id() and "SCENARIOS" not in parameters
    table = tmp_path / "scenarios.csv"
    result = algorithms("comparescenarios", {**parameters, "SCENARIOS": str(SCENARIOS), "OUTPUT_TABLE": str(table)})
    with open(table, newline="", encoding="utf-8") as rows:
        names = [row["name"] for row in csv.DictReader(rows)]
    assert result["SCENARIOS_COMPARED"] == 4 and names[0] == "6 + 6 km"
