"""Words the engine says as Messages: an English template and its values.

Each error carries ``error.message``, whose template holds placeholders and no
filled-in values, so the QGIS side can translate the template and fill it with
the same values; ``str(error)`` stays the English text.
"""

import ast
import string
from pathlib import Path

import numpy as np
import pytest
import shapely

from secure_corridor.core import (
    CorridorError,
    CorridorSpec,
    DateError,
    DegenerateLineError,
    RouteGapError,
    SnapDistanceError,
    SpecError,
    assemble_route,
    read_dates,
)
from secure_corridor.core.errors import LeftOutRoadError
from secure_corridor.core.messages import Message, join
from secure_corridor.core.route import AssemblyReport

CORE = Path(__file__).resolve().parents[2] / "core"


def shout(template):
    """A fake translation: the template upper-cased, its placeholders kept as they are."""
    parts = []
    for text, name, spec, conversion in string.Formatter().parse(template):
        parts.append(text.upper())
        if name is not None:
            parts.append("{" + name + ("!" + conversion if conversion else "") + (":" + spec if spec else "") + "}")
    return "".join(parts)


def templates(message):
    """Every template in ``message`` and the Messages nested in its values."""
    found = [message.template]
    for value in message.values.values():
        if isinstance(value, Message):
            found += templates(value)
    return found


def placeholders(template):
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def check_message(error, *values):
    """``error.message`` is a template with the values apart; checks it and returns it."""
    message = error.message
    assert isinstance(message, Message)
    assert str(error) == message.format() == str(message)
    assert "{" in message.template and placeholders(message.template) <= set(message.values)
    for value in values:  # the values are not in any template, only among the values
        assert not any(str(value) in template for template in templates(message)), (value, message)
    translated = message.format(shout)
    assert translated != str(error)
    assert translated == shout(message.template).format(
        **{name: v.format(shout) if isinstance(v, Message) else v for name, v in message.values.items()}
    )
    return message


# -- Message itself ----------------------------------------------------------------


def test_a_message_formats_its_values_as_the_template_says():
    message = Message("{name} is {km:.2f} km away", name="Trumba", km=3.14159)
    assert str(message) == message.format() == "Trumba is 3.14 km away"
    assert message.values["km"] == 3.14159  # a number stays a number
    assert repr(message).startswith("Message('{name} is {km:.2f} km away'")
    assert message == Message("{name} is {km:.2f} km away", name="Trumba", km=3.14159)
    assert message != Message("{name} is {km:.2f} km away", name="Trumba", km=3.0)
    assert hash(message) == hash(Message("{name} is {km:.2f} km away", name="other", km=1))


def test_values_are_not_read_as_templates():
    assert str(Message("Road {label} is short.", label="feature {0} of '{roads}'")) == (
        "Road feature {0} of '{roads}' is short."
    )


def test_a_format_spec_may_take_its_digits_from_a_value():
    digits = Message("{width:.{digits}f} m", width=20.456, digits=1)
    assert str(digits) == "20.5 m"


def test_every_nested_part_goes_through_translate():
    seen = []

    def translate(template):
        seen.append(template)
        return shout(template)

    inner = Message("the north pole")
    middle = Message("within {km:.1f} km of {pole}", km=12.34, pole=inner)
    outer = Message("The road comes {where}: {why}", where=middle, why="Data {kept}")
    assert str(outer) == "The road comes within 12.3 km of the north pole: Data {kept}"
    assert outer.format(translate) == "THE ROAD COMES WITHIN 12.3 KM OF THE NORTH POLE: Data {kept}"
    assert sorted(seen) == sorted([outer.template, middle.template, inner.template])


def test_join_translates_each_part_on_its_own():
    joined = join([Message("one {n}", n=1), Message("two")], "; ")
    assert str(joined) == "one 1; two"
    assert joined.format(shout) == "ONE 1; TWO"


def test_an_error_keeps_its_message_and_its_english_text():
    error = CorridorError("The {name} is {m:.1f} m.", name="gap", m=2.25)
    assert str(error) == "The gap is 2.2 m." and error.args == ("The gap is 2.2 m.",)
    assert error.message == Message("The {name} is {m:.1f} m.", name="gap", m=2.25)
    given = Message("Plain.")
    assert CorridorError(given).message is given


def test_spec_error_takes_a_message_or_plain_text():
    error = SpecError("left_width_m", Message("must be {low:g} or more, got {value}", low=0, value="-5"))
    assert str(error) == "Corridor specification, field 'left_width_m': must be 0 or more, got -5"
    check_message(error, "left_width_m", "-5")
    plain = SpecError("x", "plain text with {braces}")
    assert str(plain) == "Corridor specification, field 'x': plain text with {braces}"
    assert plain.message.values == {"field": "x", "problem": "plain text with {braces}"}


# -- errors raised by the engine ------------------------------------------------------


def test_a_gap_in_the_road():
    parts = [shapely.LineString([(36.0, 35.0), (36.5, 35.0)]), shapely.LineString([(36.6, 35.0), (37.0, 35.0)])]
    with pytest.raises(RouteGapError) as caught:
        assemble_route(parts, labels=["West way", "East way"], gap_tolerance_m=25)
    error = caught.value
    message = check_message(error, "West way", "East way", "25 m")
    assert message.values["width_m"] == error.width_m and message.values["tolerance_m"] == 25.0
    assert message.values["digits"] == 0
    assert "{width_m:.{digits}f}" in message.template


def test_a_route_end_too_far_from_the_road():
    road = shapely.LineString([(36.0, 35.0), (36.5, 35.0)])
    with pytest.raises(SnapDistanceError) as caught:
        assemble_route([road], ends=[(36.0, 36.0), (36.5, 35.0)])
    error = caught.value
    message = check_message(error, "110.95", "2.00")
    assert error.name == "The route start"  # still text
    assert message.values["name"] == Message("The route start")  # translated as a part
    assert message.values["distance_km"] == pytest.approx(error.distance_m / 1000)
    assert message.format(shout).startswith("THE ROUTE START IS 110.95 KM FROM THE ROAD")


def test_a_bad_field_in_a_spec_file(tmp_path):
    path = tmp_path / "spec.json"
    path.write_text('{"left_width_m": 5, "right_width_m": 6000}', encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        CorridorSpec.load(path)
    error = caught.value
    assert str(error) == "Corridor specification, field 'left_width_m': must be 0 or at least 10 m, got 5"
    message = check_message(error, "left_width_m")
    assert message.values["field"] == "left_width_m"
    problem = message.values["problem"]
    assert isinstance(problem, Message) and problem.template == "must be 0 or at least {min_m:g} m, got {value}"
    assert message.format(shout) == "CORRIDOR SPECIFICATION, FIELD 'left_width_m': MUST BE 0 OR AT LEAST 10 M, GOT 5"


@pytest.mark.parametrize(
    "text, field",
    [
        ('{"left_width_m": NaN}', "left_width_m"),
        ('{"snap_tolerance_m": 0}', "snap_tolerance_m"),
        ('{"end_cap": "square {0}"}', "end_cap"),
        ('{"no such {field}": 1}', "no such {field}"),
        ('{"date_format": "%Q"}', "date_format"),
        ("", "(file)"),
        ("{", "(file)"),
    ],
)
def test_every_spec_problem_is_a_message(text, field):
    with pytest.raises(SpecError) as caught:
        CorridorSpec.from_json(text)
    message = caught.value.message
    assert str(caught.value) == message.format()
    assert message.values["field"] == field
    assert isinstance(message.values["problem"], Message)
    assert message.format(shout) != str(caught.value)


def test_a_degenerate_line():
    with pytest.raises(DegenerateLineError) as caught:
        assemble_route([shapely.LineString([(36.0, 35.0), (36.0, 35.0)])], labels=["feature {7}"])
    error = caught.value
    assert str(error) == (
        "Road feature {7} is a line of zero length (all its points in one place): "
        "a road needs two points apart; fix or deselect it."
    )
    check_message(error, "feature {7}")


@pytest.mark.parametrize("one_point", [True, False])
@pytest.mark.parametrize("whole", [True, False])
def test_each_degenerate_line_is_a_whole_sentence(one_point, whole):
    error = DegenerateLineError("feature 3", one_point=one_point, whole=whole)
    assert error.message.template.startswith("Road {label} ")
    assert error.message.values == {"label": "feature 3"}
    assert ("has a part that is" in error.message.template) == (not whole)
    assert ("one point" in error.message.template) == one_point


def test_an_unreadable_date_form():
    with pytest.raises(DateError) as caught:
        read_dates(["03/04/2020"])
    message = check_message(caught.value, "03/04/2020")
    assert message.values == {"value": "'03/04/2020'"}


def test_the_left_out_road_names_its_extra_count_translatably():
    error = LeftOutRoadError(3, 4, 5, [f"feature {i}" for i in range(8)])
    named = error.message.values["named"]
    assert isinstance(named, Message) and named.values["more"] == 3
    assert "(feature 0, feature 1, feature 2, feature 3, feature 4 and 3 more)" in str(error)
    assert "feature 4 AND 3 MORE" in error.message.format(shout)
    assert error.message.values["route_km"] == 5.0


# -- sentences for display -----------------------------------------------------------


@pytest.mark.parametrize(
    "report, text",
    [
        (AssemblyReport(3, 2), "2 of 3 parts used"),
        (AssemblyReport(3, 2, ("a",), 1.234), "2 of 3 parts used; left out 1 parts and 1.23 km of road (spurs, second carriageways)"),
        (AssemblyReport(3, 3, (), 0.0, ((40.4, 1, 2),)), "3 of 3 parts used; bridged 1 gaps (widest 40 m)"),
        (
            AssemblyReport(5, 2, ("a", "b"), 2.5, ((10, 1, 2), (70.6, 1, 2))),
            "2 of 5 parts used; left out 2 parts and 2.50 km of road (spurs, second carriageways); "
            "bridged 2 gaps (widest 71 m)",
        ),
    ],
)
def test_the_assembly_summary_is_a_message(report, text):
    message = report.summary_message()
    assert report.summary() == str(message) == text
    assert "{" in message.template and "of" in message.template
    assert message.format(shout) == text.upper()


def test_unreadable_date_examples_are_messages():
    values = ["soon", "2020-01-01", "later"]
    dates = read_dates(values)
    messages = dates.example_messages(values, ids=[10, 11, 12])
    assert [str(m) for m in messages] == dates.examples(values, ids=[10, 11, 12]) == [
        "feature 10: 'soon'",
        "feature 12: 'later'",
    ]
    assert all(m.template == "feature {id}: {value}" for m in messages)


# -- the templates in the code ---------------------------------------------------------


def _constructor_name(call):
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        if func.attr == "__init__" and isinstance(func.value, ast.Call) and getattr(func.value.func, "id", "") == "super":
            return "super"
        return func.attr
    return None


def test_no_template_in_core_is_built_at_run_time():
    """Every Message and error of core is made with a string literal (the extraction
    tool reads them), never an f-string; values of the errors with their own
    constructors are checked by the tests above."""
    own = {"DegenerateLineError", "RouteGapError", "SnapDistanceError", "LeftOutRoadError", "SpecError"}
    for path in sorted(CORE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = _constructor_name(node)
            if name is None or name in own or name in ("ValueError", "TypeError", "OSError"):
                continue
            if name == "super" and path.name != "errors.py":
                continue
            if name != "Message" and not name.endswith("Error") and name != "super":
                continue
            first = node.args[0] if node.args else None
            where = f"{path.name}:{node.lineno}"
            if isinstance(first, ast.JoinedStr):
                pytest.fail(f"{where}: an f-string as a template")
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                given = {keyword.arg for keyword in node.keywords}
                if None not in given:
                    assert placeholders(first.value) <= given, where


def test_the_strip_chart_words_are_messages(m4):
    from secure_corridor.core import build_corridor, flag_incidents, strip_data

    corridor = build_corridor(m4, 6000, 6000)
    lon, lat = np.array([36.5]), np.array([35.8])
    data = strip_data(m4, corridor, flag_incidents(corridor, lon, lat), lon, lat)
    assert data.x_label == str(data.x_label_message) == "km along the route (west to east)"
    assert data.title == str(data.title_message) == "Incidents along the route"
    assert data.y_label == str(data.y_label_message)
    assert data.x_label_message.format(shout) == "KM ALONG THE ROUTE (WEST TO EAST)"
    assert data.y_label_message.format(shout) == "NORTH ↑ / SOUTH ↓ (KM FROM THE ROAD)"  # the side words are translated too
