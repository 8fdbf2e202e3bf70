"""Scenario files, their validation, and comparisons that agree with the engine in any order."""

import json
import random
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import shapely

from secure_corridor.core import (
    CorridorError,
    CorridorSpec,
    Place,
    SpecError,
    assemble_route,
    build_corridor,
    flag_incidents,
    patrol_segment,
)
from secure_corridor.core.places import places_in_corridor
from secure_corridor.core.scenarios import COLUMNS, Scenario, ScenarioError, ScenarioSet, compare_scenarios

from measure import AIN_AL_HAVR, TRUMBA

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"
M4_SCENARIOS = SAMPLE / "m4_scenarios.json"
NAMES = ("6 + 6 km", "5 + 5 km", "6 km north + 3 km south", "8 + 4 km")


def sample(name):
    return json.loads((SAMPLE / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def m4_parts():
    return assemble_route([shapely.geometry.shape(f["geometry"]) for f in sample("m4_parts.geojson")["features"]])


@pytest.fixture(scope="module")
def incidents():
    """The sample incidents' lon, lat (NaN for the two without a geometry) and dates."""
    features = sample("incidents.geojson")["features"]
    points = [f["geometry"]["coordinates"] if f["geometry"] else [np.nan, np.nan] for f in features]
    return np.array([p[0] for p in points]), np.array([p[1] for p in points]), [f["properties"]["date"] for f in features]


@pytest.fixture(scope="module")
def places():
    features = sample("places.geojson")["features"]
    return tuple(np.array([f["geometry"]["coordinates"][axis] for f in features]) for axis in (0, 1))


def error_of(text):
    with pytest.raises(ScenarioError) as caught:
        ScenarioSet.from_json(text)
    return caught.value


def one(**fields):
    return json.dumps({"scenarios": [{"name": "8 + 4 km", **fields}]})


# -- the file ------------------------------------------------------------------------


def test_the_m4_sample_file():
    scenarios = ScenarioSet.load(M4_SCENARIOS)
    assert scenarios.names == NAMES
    assert [(s.spec.left_width_m, s.spec.right_width_m) for s in scenarios] == [
        (6000, 6000), (5000, 5000), (6000, 3000), (8000, 4000)
    ]
    assert {(s.spec.patrol_start, s.spec.patrol_end, s.spec.date_from) for s in scenarios} == {
        (TRUMBA, AIN_AL_HAVR, "2020-03-15")
    }


def test_json_round_trip(tmp_path):
    scenarios = ScenarioSet((
        Scenario("north only", CorridorSpec(left_width_m=8000, right_width_m=0, end_cap="round")),
        Scenario("km 20 to 60", CorridorSpec(from_km=20, to_km=60, date_from="2020-03-15", date_to="2020-04-01")),
        Scenario("حلب – سراقب", CorridorSpec(patrol_start=TRUMBA, patrol_end=AIN_AL_HAVR, snap_tolerance_m=500)),
    ))
    assert ScenarioSet.from_json(scenarios.to_json()) == scenarios
    path = tmp_path / "scenarios.json"
    scenarios.save(path)
    assert ScenarioSet.load(path) == scenarios
    data = json.loads(path.read_text(encoding="utf-8"))
    assert (data["format"], data["version"]) == ("secure-corridor-scenarios", 1)
    assert data["scenarios"][2]["name"] == "حلب – سراقب"
    assert data["scenarios"][2]["patrol_start"] == {"name": "Trumba", "lon": 36.76914, "lat": 35.86034}
    assert "from_km" not in data["scenarios"][0]  # None is left out: the default


def test_a_bad_field_names_the_scenario_and_the_field():
    error = error_of(one(left_width_m=-5))
    assert str(error) == "Scenario '8 + 4 km', field 'left_width_m': must be 0 or more, got -5"
    assert (error.scenario, error.field) == ("8 + 4 km", "left_width_m")
    assert isinstance(error, SpecError) and isinstance(error, CorridorError)
    assert str(error_of(one(patrol_start={"name": "Trumba", "lon": 236.7, "lat": 35.8},
                            patrol_end={"name": "B", "lon": 36.1, "lat": 35.8}))) == (
        "Scenario '8 + 4 km', field 'patrol_start.lon': must be at most 180, got 236.7"
    )
    assert str(error_of(one(date_from="2020-03-15", date_to="2020-03-01"))) == (
        "Scenario '8 + 4 km', field 'date_to': must be after date_from (2020-03-15), got 2020-03-01"
    )
    assert str(error_of('{"scenarios": [{"name": "8 + 4 km", "right_width_m": NaN}]}')) == (
        "Scenario '8 + 4 km', field 'right_width_m': must be a number, got NaN"
    )
    assert str(error_of(one(end_cap="square"))) == (
        "Scenario '8 + 4 km', field 'end_cap': must be one of flat, round, got 'square'"
    )


def test_patrol_ends_come_in_pairs():
    error = error_of(one(patrol_start={"name": "Trumba", "lon": 36.76914, "lat": 35.86034}))
    assert str(error) == "Scenario '8 + 4 km', field 'patrol_end': patrol_start is given, so this must be too"


def test_route_fields_and_unknown_fields_are_refused():
    error = error_of(one(reverse=True))
    assert error.field == "reverse" and "the same for every scenario" in str(error)
    error = error_of(one(north_m=8000))
    assert str(error).startswith("Scenario '8 + 4 km', field 'north_m': unknown field; a scenario's fields are name, "
                                 "left_width_m, right_width_m")
    with pytest.raises(ScenarioError, match="field 'gap_tolerance_m': the road's route"):
        Scenario("x", CorridorSpec(gap_tolerance_m=10))


def test_names_are_required_and_distinct():
    error = error_of('{"scenarios": [{"name": "a"}, {"left_width_m": 5000}]}')
    assert str(error) == "Scenario 2, field 'name': must be a non-empty text, got None"
    assert (error.scenario, error.field) == (2, "name")
    error = error_of('{"scenarios": [{"name": "6 + 6 km"}, {"name": "5 + 5 km"}, {"name": " 6 + 6 KM"}]}')
    assert str(error) == (
        "Scenario ' 6 + 6 KM', field 'name': scenario 1 has this name too; give each scenario its own name"
    )
    with pytest.raises(ScenarioError, match="^A scenario, field 'name': must be a non-empty text"):
        Scenario("  ")
    assert str(error_of('{"scenarios": [{"name": "a\\ud800"}]}')) == (
        "Scenario 1, field 'name': holds a character that is not text, got 'a\\ud800'"
    )
    assert str(error_of(json.dumps({"scenarios": [{"name": "x" * 201}]}))).startswith(
        "Scenario 1, field 'name': must be at most 200 characters, got 'xxxx"
    )


def test_the_file_itself():
    assert str(error_of("")).startswith("Scenario file, field '(file)': the file is empty")
    assert str(error_of('{"scenarios": []}')) == "Scenario file, field 'scenarios': must list at least one scenario"
    assert str(error_of('{"scenario": []}')) == (
        "Scenario file, field 'scenario': unknown field; known fields are format, version, scenarios"
    )
    spec_file = CorridorSpec().to_json()
    assert str(error_of(spec_file)).startswith("Scenario file, field 'left_width_m': unknown field")
    assert str(error_of('{"format": "secure-corridor-spec", "scenarios": [{"name": "a"}]}')) == (
        "Scenario file, field 'format': must be 'secure-corridor-scenarios', got 'secure-corridor-spec'"
    )
    assert str(error_of('{"version": 2, "scenarios": [{"name": "a"}]}')) == (
        "Scenario file, field 'version': version 2 is not supported (expected 1)"
    )
    assert str(error_of(json.dumps({"scenarios": [{"name": str(k)} for k in range(51)]}))) == (
        "Scenario file, field 'scenarios': lists 51 scenarios; the most is 50"
    )
    assert str(error_of('{"scenarios": [{"name": "a"}, 5]}')) == (
        "Scenario 2, field '(file)': must be a JSON object with a name and parameters, got 5"
    )


# -- the comparison ------------------------------------------------------------------


@pytest.fixture(scope="module")
def m4_table(m4_parts, incidents, places):
    lon, lat, dates = incidents
    return compare_scenarios(m4_parts, ScenarioSet.load(M4_SCENARIOS), lon, lat, dates,
                             place_lon=places[0], place_lat=places[1])


def test_the_m4_table_agrees_with_the_engine(m4_parts, incidents, places, m4_table):
    lon, lat, dates = incidents
    patrol = patrol_segment(m4_parts, TRUMBA, AIN_AL_HAVR)
    assert [row.name for row in m4_table] == list(NAMES)
    for row, (north, south) in zip(m4_table, [(6000, 6000), (5000, 5000), (6000, 3000), (8000, 4000)]):
        corridor = build_corridor(m4_parts, north, south, "flat")
        flags = flag_incidents(corridor, lon, lat, patrol=patrol, dates=dates, date_from="2020-03-15")
        assert (row.north_m, row.south_m, row.end_cap) == (north, south, "flat")
        assert row.area_km2 == corridor.area_km2  # exactly: the same corridor
        assert row.patrol_km == patrol.length_km
        assert row.incidents_inside == int(flags.in_corridor.sum())
        assert row.incidents_in_patrol == int(flags.in_patrol.sum())
        assert row.incidents_in_window == int((flags.in_corridor & flags.in_window).sum())
        assert row.places_inside == len(places_in_corridor(corridor, *places).inside)
    numbers = {row.name: (round(row.area_km2, 1), row.incidents_inside, row.incidents_in_patrol,
                          row.incidents_in_window, row.places_inside, row.places_in_patrol) for row in m4_table}
    assert numbers == {
        "6 + 6 km": (1268.8, 198, 145, 18, 23, 15),
        "5 + 5 km": (1057.6, 185, 137, 16, 23, 15),
        # Saraqeb lies 0.6 m past the road's east end: with unequal widths the flat end leaves it 1 cm out.
        "6 km north + 3 km south": (960.9, 166, 124, 15, 22, 15),
        "8 + 4 km": (1284.6, 187, 139, 19, 22, 15),
    }
    assert round(m4_table[0].patrol_km, 2) == 59.07


def test_either_order_gives_the_same_rows(m4_parts, incidents, places, m4_table):
    lon, lat, dates = incidents
    scenarios = list(ScenarioSet.load(M4_SCENARIOS))
    random.Random(4).shuffle(scenarios)
    assert [s.name for s in scenarios] != list(NAMES)
    shuffled = compare_scenarios(m4_parts, ScenarioSet(tuple(scenarios)), lon, lat, dates,
                                 place_lon=places[0], place_lat=places[1])
    assert [row.name for row in shuffled] == [s.name for s in scenarios]  # the set's order
    assert {row.name: row.values() for row in shuffled} == {row.name: row.values() for row in m4_table}
    assert list(m4_table[0].values()) == list(COLUMNS)


def test_without_incidents_places_patrol_or_window(m4_parts, incidents):
    lon, lat, dates = incidents
    plain = ScenarioSet((Scenario("plain", CorridorSpec(left_width_m=5000, right_width_m=5000, from_km=10, to_km=50)),))
    (row,) = compare_scenarios(m4_parts, plain)
    assert (row.patrol_km, row.incidents_inside, row.incidents_in_patrol, row.places_inside) == (None,) * 4
    assert row.area_km2 == build_corridor(m4_parts, 5000, 5000, "flat", 10, 50).area_km2
    assert (row.from_km, row.to_km) == (10, 50)
    (row,) = compare_scenarios(m4_parts, plain, lon, lat, dates)
    assert row.incidents_in_window is None and row.incidents_in_patrol is None
    windowed = ScenarioSet((Scenario("w", replace(plain.scenarios[0].spec, date_from="2020-03-15")),))
    (row,) = compare_scenarios(m4_parts, windowed, lon, lat)  # a window, but no dates to apply it to
    assert row.incidents_in_window is None and row.incidents_inside > 0


def test_an_error_in_one_scenario_names_it(m4_parts):
    far = Place("Aleppo", 37.16, 36.20)
    scenarios = ScenarioSet((Scenario("ok"), Scenario("to Aleppo", CorridorSpec(patrol_start=TRUMBA, patrol_end=far))))
    with pytest.raises(CorridorError, match=r"^Scenario 'to Aleppo': Aleppo is [\d.]+ km from the road"):
        compare_scenarios(m4_parts, scenarios)
    beyond = ScenarioSet((Scenario("past the end", CorridorSpec(from_km=90, to_km=200)),))
    with pytest.raises(CorridorError, match="^Scenario 'past the end': The corridor stretch km 90 to km 200"):
        compare_scenarios(m4_parts, beyond)


def test_progress_is_reported_and_can_stop_the_comparison(m4_parts):
    seen = []

    class Stop(Exception):
        pass

    def check(done, total):
        seen.append((done, total))
        if done == 2:
            raise Stop

    with pytest.raises(Stop):
        compare_scenarios(m4_parts, ScenarioSet.load(M4_SCENARIOS), check=check)
    assert seen == [(0, 4), (1, 4), (2, 4)]
