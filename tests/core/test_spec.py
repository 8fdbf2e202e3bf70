"""Corridor specifications: JSON round trip and validation that names the field."""

import json

import pytest

from secure_corridor.core import CorridorSpec, Place, SpecError


def full_spec():
    return CorridorSpec(
        left_width_m=6000,
        right_width_m=4500.5,
        end_cap="round",
        from_km=2.5,
        to_km=80,
        gap_tolerance_m=75,
        bridge_all_gaps=True,
        reverse=True,
        route_between_patrol_ends=True,
        leave_out=True,
        snap_tolerance_m=1500,
        checkpoint_interval_km=10,
        patrol_start=Place("Trumba", 36.76914, 35.86034),
        patrol_end=Place("عين الحور", 36.16736, 35.78132),
        date_from="2020-03-15",
        date_to="2020-04-01",
        date_format="%d/%m/%Y",
    )


def test_round_trip_through_a_file(tmp_path):
    spec = full_spec()
    path = tmp_path / "m4.json"
    spec.save(path)
    text = path.read_text(encoding="utf-8")
    assert '"format": "secure-corridor-spec"' in text and "عين الحور" in text
    assert CorridorSpec.load(path) == spec


def test_defaults_are_the_march_2020_corridor():
    spec = CorridorSpec()
    assert (spec.left_width_m, spec.right_width_m, spec.end_cap) == (6000.0, 6000.0, "flat")
    assert (spec.gap_tolerance_m, spec.snap_tolerance_m) == (50.0, 2000.0)


@pytest.mark.parametrize(
    "change, field, words",
    [
        ({"colour": "red"}, "colour", "unknown field"),
        ({"left_width_m": "6000"}, "left_width_m", "must be a number"),
        ({"left_width_m": True}, "left_width_m", "must be a number"),
        ({"right_width_m": -1}, "right_width_m", "0 or more"),
        ({"right_width_m": 30_001}, "right_width_m", "at most 30000"),
        ({"left_width_m": 5}, "left_width_m", "at least 10 m"),
        ({"left_width_m": 0, "right_width_m": 0}, "right_width_m", "both widths are 0"),
        ({"snap_tolerance_m": 0}, "snap_tolerance_m", "more than 0"),
        ({"end_cap": "square"}, "end_cap", "flat, round"),
        ({"reverse": "yes"}, "reverse", "true or false"),
        ({"leave_out": 1}, "leave_out", "true or false"),
        ({"route_between_patrol_ends": True}, "route_between_patrol_ends", "patrol_start and patrol_end must both"),
        ({"from_km": 50, "to_km": 20}, "to_km", "more than from_km"),
        ({"date_from": "15/03/2020"}, "date_from", "YYYY-MM-DD"),
        ({"date_from": "2020-03-15", "date_to": "2020-03-01"}, "date_to", "after date_from"),
        ({"date_format": "dd/MM/yyyy"}, "date_format", "no strptime codes"),
        ({"patrol_start": {"name": "X", "lon": 200, "lat": 0}}, "patrol_start.lon", "at most 180"),
        ({"patrol_end": {"name": "X", "lon": 1}}, "patrol_end", "name, lon and lat"),
        ({"gap_tolerance_m": float("nan")}, "gap_tolerance_m", "must be a number"),
        ({"version": 7}, "version", "not supported"),
    ],
)
def test_bad_fields_are_named(change, field, words):
    data = CorridorSpec().to_dict()
    data.update(change)
    with pytest.raises(SpecError, match=words) as error:
        CorridorSpec.from_dict(json.loads(json.dumps(data, allow_nan=True)))
    assert error.value.field == field
    assert f"field '{field}'" in str(error.value)


def test_no_code_is_run_from_a_file():
    text = json.dumps({"end_cap": "__import__('os').system('touch /tmp/pwned')"})
    with pytest.raises(SpecError, match="end_cap"):
        CorridorSpec.from_json(text)
    with pytest.raises(SpecError, match="not valid JSON"):
        CorridorSpec.from_json("left_width_m = 6000")
