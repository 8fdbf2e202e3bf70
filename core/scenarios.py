"""Candidate corridors side by side: named parameter sets and how they compare.

A :class:`ScenarioSet` holds scenarios, each a name and the corridor's own
parameters (widths, end style, km range, patrol ends, date window), saved as
JSON::

    {"format": "secure-corridor-scenarios", "version": 1,
     "scenarios": [{"name": "8 + 4 km", "left_width_m": 8000, "right_width_m": 4000}, ...]}

Each scenario is checked by :class:`.spec.CorridorSpec`'s rules, and an error
names the scenario and the field. The road and how its route is assembled
(gap tolerance, reverse, route ends) are the same for every scenario, so they
are not scenario fields: a comparison is of corridors on one route.

:func:`compare_scenarios` builds every corridor on its own, so each row's
numbers do not depend on the other scenarios or their order.

>>> scenarios = ScenarioSet.from_json('{"scenarios": [{"name": "6 + 6 km"}, '
...                                   '{"name": "8 + 4 km", "left_width_m": 8000, "right_width_m": 4000}]}')
>>> scenarios.names
('6 + 6 km', '8 + 4 km')
>>> ScenarioSet.from_json('{"scenarios": [{"name": "8 + 4 km", "left_width_m": -5}]}')
Traceback (most recent call last):
...
secure_corridor.core.scenarios.ScenarioError: Scenario '8 + 4 km', field 'left_width_m': must be 0 or more, got -5
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields

from .corridor import build_corridor
from .errors import CorridorError, SpecError
from .flags import flag_incidents
from .messages import Message
from .patrol import patrol_segment
from .places import places_in_corridor
from .spec import CorridorSpec
from .spec_file import FILE, field_name, parse, quote, read_text

__all__ = ["COLUMNS", "FORMAT", "Scenario", "ScenarioError", "ScenarioRow", "ScenarioSet", "compare_scenarios"]

FORMAT = "secure-corridor-scenarios"
VERSION = 1
MAX_SCENARIOS = 50  # each is a corridor to build; a comparison of more is not read side by side
_MAX_NAME = 200
SCENARIO_FIELDS = (
    "left_width_m", "right_width_m", "end_cap", "from_km", "to_km",
    "patrol_start", "patrol_end", "snap_tolerance_m", "date_from", "date_to",
)
# The table's columns, in order (ScenarioRow's fields of the same names).
COLUMNS = (
    "name", "north_m", "south_m", "end_cap", "from_km", "to_km", "area_km2", "patrol_km",
    "incidents_inside", "incidents_in_patrol", "incidents_in_window", "places_inside", "places_in_patrol",
)
_DEFAULTS = CorridorSpec()


class ScenarioError(SpecError):
    """A scenario file or scenario with a bad field; ``scenario`` is its name, its
    number (from 1) when the name itself is wrong, or None for the file."""

    def __init__(self, message, field, scenario=None):
        self.field, self.scenario = field, scenario
        CorridorError.__init__(self, message)


def _error(scenario, name, problem):
    if scenario is None:
        message = Message("Scenario file, field '{field}': {problem}", field=name, problem=problem)
    elif isinstance(scenario, int):
        message = Message("Scenario {number}, field '{field}': {problem}", number=scenario, field=name, problem=problem)
    else:
        message = Message("Scenario '{scenario}', field '{field}': {problem}", scenario=scenario, field=name,
                          problem=problem)
    return ScenarioError(message, name, scenario)


@dataclass(frozen=True)
class Scenario:
    """A named corridor: ``spec`` holds its parameters (only :data:`SCENARIO_FIELDS`
    may differ from the defaults)."""

    name: str
    spec: CorridorSpec = field(default_factory=CorridorSpec)

    def __post_init__(self):
        _check_name(self.name)
        if not isinstance(self.spec, CorridorSpec):
            raise _error(self.name, "spec", Message("must be a corridor specification"))
        for key in (f.name for f in fields(CorridorSpec)):
            if key not in SCENARIO_FIELDS and getattr(self.spec, key) != getattr(_DEFAULTS, key):
                raise _error(self.name, key, _route_field())
        if (self.spec.patrol_start is None) != (self.spec.patrol_end is None):
            given, other = ("patrol_start", "patrol_end") if self.spec.patrol_end is None else ("patrol_end", "patrol_start")
            raise _error(self.name, other, Message("{given} is given, so this must be too", given=given))

    def to_dict(self):
        data = asdict(self.spec)
        return {"name": self.name, **{key: data[key] for key in SCENARIO_FIELDS if data[key] is not None}}

    @classmethod
    def from_dict(cls, data, number=1):
        """The scenario of a JSON object; ``number``: its place in the file, for messages."""
        if not isinstance(data, dict):
            raise _error(number, FILE, Message("must be a JSON object with a name and parameters, got {value}",
                                               value=quote(data)))
        data = dict(data)
        name = data.pop("name", None)
        _check_name(name, number)  # first: every later message names the scenario
        for key in data:
            if key not in SCENARIO_FIELDS:
                known = any(key == f.name for f in fields(CorridorSpec))
                problem = _route_field() if known else Message(
                    "unknown field; a scenario's fields are name, {known}", known=", ".join(SCENARIO_FIELDS)
                )
                raise _error(name, field_name(key), problem)
        try:
            spec = CorridorSpec.from_dict(data)
        except SpecError as error:
            raise _as_scenarios(error, name) from None
        return cls(name, spec)


def _as_scenarios(error, scenario=None):
    """A specification's SpecError said of the scenario (or, None, of the file)."""
    return _error(scenario, error.field, error.message.values.get("problem", error.message))


def _check_name(name, number=None):
    """A ScenarioError unless ``name`` is a scenario's name; ``number``: the
    scenario's place in its file (None: made in code, so it has none)."""
    problem = None
    if not isinstance(name, str) or not name.strip():
        problem = Message("must be a non-empty text, got {value}", value=quote(name))
    elif len(name) > _MAX_NAME:
        problem = Message("must be at most {limit} characters, got {value}", limit=_MAX_NAME, value=quote(name))
    elif any("\ud800" <= character <= "\udfff" for character in name):  # a lone surrogate, from an escape
        problem = Message("holds a character that is not text, got {value}", value=quote(name))
    if problem is None:
        return
    if number is None:
        raise ScenarioError(Message("A scenario, field 'name': {problem}", problem=problem), "name")
    raise _error(number, "name", problem)


def _route_field():
    return Message("the road's route is the same for every scenario; set this with the road, not in a scenario")


@dataclass(frozen=True)
class ScenarioSet:
    """Scenarios with distinct names (case and outer spaces aside), in order."""

    scenarios: tuple

    def __post_init__(self):
        object.__setattr__(self, "scenarios", tuple(self.scenarios))
        if not self.scenarios:
            raise _error(None, "scenarios", Message("must list at least one scenario"))
        if len(self.scenarios) > MAX_SCENARIOS:
            problem = Message("lists {count} scenarios; the most is {most}", count=len(self), most=MAX_SCENARIOS)
            raise _error(None, "scenarios", problem)
        seen = {}
        for number, scenario in enumerate(self.scenarios, start=1):
            if not isinstance(scenario, Scenario):
                raise _error(number, FILE, Message("must be a scenario"))
            key = scenario.name.strip().casefold()
            if key in seen:
                problem = Message("scenario {first} has this name too; give each scenario its own name", first=seen[key])
                raise _error(scenario.name, "name", problem)
            seen[key] = number

    def __iter__(self):
        return iter(self.scenarios)

    def __len__(self):
        return len(self.scenarios)

    @property
    def names(self):
        return tuple(scenario.name for scenario in self.scenarios)

    def to_dict(self):
        return {"format": FORMAT, "version": VERSION, "scenarios": [s.to_dict() for s in self.scenarios]}

    def to_json(self, indent=2):
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def save(self, path):
        with open(path, "w", encoding="utf-8") as stream:
            stream.write(self.to_json())

    @classmethod
    def from_dict(cls, data):
        if not isinstance(data, dict):
            problem = Message("must be a JSON object with the scenarios, got {value}", value=quote(data))
            raise _error(None, FILE, problem)
        for key in data:
            if key not in ("format", "version", "scenarios"):
                raise _error(None, field_name(key), Message("unknown field; known fields are format, version, scenarios"))
        if data.get("format", FORMAT) != FORMAT:
            raise _error(None, "format", Message("must be '{format}', got {value}", format=FORMAT,
                                                 value=quote(data["format"])))
        if data.get("version", VERSION) != VERSION:
            problem = Message("version {version} is not supported (expected {expected})",
                              version=quote(data["version"]), expected=VERSION)
            raise _error(None, "version", problem)
        items = data.get("scenarios")
        if not isinstance(items, list):
            raise _error(None, "scenarios", Message("must be a list of scenarios, got {value}", value=quote(items)))
        return cls(tuple(Scenario.from_dict(item, number) for number, item in enumerate(items, start=1)))

    @classmethod
    def from_json(cls, text):
        try:
            data = parse(text)
        except SpecError as error:
            raise _as_scenarios(error) from None
        return cls.from_dict(data)

    @classmethod
    def load(cls, path):
        """The scenarios saved at ``path`` (read as a specification file is, :mod:`.spec_file`)."""
        try:
            text = read_text(path)
        except SpecError as error:
            raise _as_scenarios(error) from None
        return cls.from_json(text)


@dataclass(frozen=True)
class ScenarioRow:
    """One scenario's numbers. ``north_m``, ``south_m``: the widths left and right
    of travel. Counts are None without incidents (places); ``incidents_in_patrol``
    and ``patrol_km`` None without patrol ends; ``incidents_in_window`` (inside
    the corridor and in the date window) None without a window or dates."""

    name: str
    north_m: float
    south_m: float
    end_cap: str
    from_km: float | None
    to_km: float | None
    area_km2: float
    patrol_km: float | None
    incidents_inside: int | None
    incidents_in_patrol: int | None
    incidents_in_window: int | None
    places_inside: int | None
    places_in_patrol: int | None
    corridor: object = field(default=None, compare=False, repr=False)
    patrol: object = field(default=None, compare=False, repr=False)

    def values(self):
        """The table's columns (:data:`COLUMNS`) as a dict."""
        return {column: getattr(self, column) for column in COLUMNS}


def compare_scenarios(route, scenarios, lon=None, lat=None, dates=None, parts_of=None, place_lon=None,
                      place_lat=None, check=None):
    """A :class:`ScenarioRow` per scenario of ``scenarios`` (a ScenarioSet), in its order.

    ``lon``, ``lat`` (``parts_of``, ``dates``): the incidents, as
    :func:`.flags.flag_incidents` takes them; ``place_lon``, ``place_lat``: the
    places. ``check(done, total)`` is called before each scenario and after the
    last (to show progress, or stop by raising). An error in one scenario (a
    patrol end far from the road, a km range off the route) names it.
    """
    scenarios = scenarios if isinstance(scenarios, ScenarioSet) else ScenarioSet(tuple(scenarios))
    rows = []
    for done, scenario in enumerate(scenarios):
        if check is not None:
            check(done, len(scenarios))
        try:
            rows.append(_row(route, scenario, lon, lat, dates, parts_of, place_lon, place_lat))
        except ScenarioError:
            raise
        except CorridorError as error:
            raise CorridorError(Message("Scenario '{scenario}': {problem}", scenario=scenario.name,
                                        problem=error.message)) from error
    if check is not None:
        check(len(scenarios), len(scenarios))
    return rows


def _row(route, scenario, lon, lat, dates, parts_of, place_lon, place_lat):
    spec = scenario.spec
    corridor = build_corridor(route, spec.left_width_m, spec.right_width_m, spec.end_cap, spec.from_km, spec.to_km)
    patrol = None
    if spec.patrol_start is not None:
        patrol = patrol_segment(route, spec.patrol_start, spec.patrol_end, snap_tolerance_m=spec.snap_tolerance_m)
    inside = in_patrol = in_window = None
    if lon is not None:
        windowed = dates is not None and (spec.date_from is not None or spec.date_to is not None)
        flags = flag_incidents(corridor, lon, lat, patrol=patrol, dates=dates if windowed else None,
                               date_from=spec.date_from if windowed else None,
                               date_to=spec.date_to if windowed else None, parts_of=parts_of)
        inside = int(flags.in_corridor.sum())
        in_patrol = None if patrol is None else int(flags.in_patrol.sum())
        in_window = None if flags.in_window is None else int((flags.in_corridor & flags.in_window).sum())
    places = places_patrol = None
    if place_lon is not None:
        found = places_in_corridor(corridor, place_lon, place_lat, patrol=patrol)
        places = len(found.inside)
        places_patrol = None if patrol is None else sum(1 for row in found.inside if row.in_patrol)
    return ScenarioRow(
        name=scenario.name, north_m=corridor.left_m, south_m=corridor.right_m, end_cap=corridor.end_cap,
        from_km=spec.from_km, to_km=spec.to_km, area_km2=corridor.area_km2,
        patrol_km=None if patrol is None else patrol.length_km,
        incidents_inside=inside, incidents_in_patrol=in_patrol, incidents_in_window=in_window,
        places_inside=places, places_in_patrol=places_patrol, corridor=corridor, patrol=patrol,
    )
