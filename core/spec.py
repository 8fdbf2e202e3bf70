"""A corridor specification as data: every parameter of a run, saved as JSON.

Loading validates every field and names the one that is wrong; nothing in the
file is executed (plain ``json``, no eval, no pickle). Every fault of a file,
from its bytes (size, encoding, see :mod:`.spec_file`) to its values, is a
:class:`SpecError` whose message quotes at most a short piece of the value.

>>> spec = CorridorSpec(left_width_m=6000, right_width_m=4000)
>>> CorridorSpec.from_json(spec.to_json()) == spec
True
>>> CorridorSpec.from_json('{"left_width_m": -5}')
Traceback (most recent call last):
...
secure_corridor.core.errors.SpecError: Corridor specification, field 'left_width_m': must be 0 or more, got -5
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import asdict, dataclass, fields

from .corridor import END_CAPS, MAX_WIDTH_M, MIN_WIDTH_M
from .dates import check_format
from .errors import DateError, SpecError
from .messages import Message
from .patrol import Place
from .spec_file import FILE, Unreadable, field_name, parse, quote, read_text

__all__ = ["CorridorSpec", "FORMAT", "VERSION"]

FORMAT = "secure-corridor-spec"
VERSION = 1
_MAX_TOLERANCE_M = 100_000.0
_MAX_TEXT = 200  # characters of a place name or a date format; real ones are a few dozen


@dataclass(frozen=True)
class CorridorSpec:
    """All parameters of a corridor run. Widths are metres left/right of travel
    (north/south on a west-to-east route); dates are ISO days, ``date_to``
    exclusive."""

    left_width_m: float = 6000.0
    right_width_m: float = 6000.0
    end_cap: str = "flat"
    from_km: float | None = None
    to_km: float | None = None
    gap_tolerance_m: float = 50.0
    bridge_all_gaps: bool = False
    reverse: bool = False
    route_between_patrol_ends: bool = False  # the route's ends are the patrol's (a ring road)
    leave_out: bool = False  # build the route though much of the road lies off it
    snap_tolerance_m: float = 2000.0
    checkpoint_interval_km: float = 0.0
    patrol_start: Place | None = None
    patrol_end: Place | None = None
    date_from: str | None = None
    date_to: str | None = None
    date_format: str | None = None  # strptime codes for day/month dates; None: read automatically

    def __post_init__(self):
        _validate(self)

    # -- JSON ------------------------------------------------------------------

    def to_dict(self):
        data = {"format": FORMAT, "version": VERSION}
        data.update(asdict(self))
        return data

    def to_json(self, indent=2):
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def save(self, path):
        with open(path, "w", encoding="utf-8") as stream:
            stream.write(self.to_json())

    @classmethod
    def from_dict(cls, data):
        if not isinstance(data, dict):
            raise SpecError(FILE, Message("must be a JSON object with the parameters, got {value}", value=quote(data)))
        data = dict(data)
        if data.pop("format", FORMAT) != FORMAT:
            raise SpecError("format", Message("must be '{format}'", format=FORMAT))
        version = data.pop("version", VERSION)
        if version != VERSION:
            problem = Message(
                "version {version} is not supported (expected {expected})", version=quote(version), expected=VERSION
            )
            raise SpecError("version", problem)
        known = {f.name for f in fields(cls)}
        for key in data:
            if key not in known:
                problem = Message("unknown field; known fields are {known}", known=", ".join(sorted(known)))
                raise SpecError(field_name(key), problem)
        for key in ("patrol_start", "patrol_end"):
            if data.get(key) is not None:
                data[key] = _place(key, data[key])
        return cls(**data)

    @classmethod
    def from_json(cls, text):
        return cls.from_dict(parse(text))

    @classmethod
    def load(cls, path):
        """The specification saved at ``path``: UTF-8 (or UTF-16/32 with a byte
        order mark) JSON of at most 1 MB; anything else is a SpecError."""
        return cls.from_json(read_text(path))


def _number(name, value, low=None, high=None, low_open=False, optional=False):
    if value is None and optional:
        return
    if isinstance(value, Unreadable):
        raise SpecError(name, value.problem)
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    if not number or isinstance(value, float) and not math.isfinite(value):
        raise SpecError(name, Message("must be a number, got {value}", value=quote(value)))
    if not abs(value) < 1e300:  # an int of any size compares exactly; math.isfinite() would overflow
        raise SpecError(name, Message("must be a number of ordinary size, got {value}", value=quote(value)))
    if low is not None and low_open and value <= low:
        raise SpecError(name, Message("must be more than {low:g}, got {value}", low=low, value=quote(value)))
    if low is not None and not low_open and value < low:
        raise SpecError(name, Message("must be {low:g} or more, got {value}", low=low, value=quote(value)))
    if high is not None and value > high:
        raise SpecError(name, Message("must be at most {high:g}, got {value}", high=high, value=quote(value)))


def _flag(name, value):
    if not isinstance(value, bool):
        raise SpecError(name, Message("must be true or false, got {value}", value=quote(value)))


def _day(name, value):
    if value is None:
        return None
    if not isinstance(value, str):
        raise SpecError(name, Message("must be a date as text (YYYY-MM-DD), got {value}", value=quote(value)))
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise SpecError(name, Message("must be a date YYYY-MM-DD, got {value}", value=quote(value))) from None


def _place(name, value):
    if isinstance(value, Place):
        return value
    if not isinstance(value, dict) or set(value) != {"name", "lon", "lat"}:
        raise SpecError(name, Message("must be an object with exactly name, lon and lat"))
    if not isinstance(value["name"], str) or not value["name"].strip():
        problem = Message("must be a non-empty text, got {value}", value=quote(value["name"]))
        raise SpecError(f"{name}.name", problem)
    _text(f"{name}.name", value["name"])
    _number(f"{name}.lon", value["lon"], -180, 180)
    _number(f"{name}.lat", value["lat"], -90, 90)
    return Place(value["name"], float(value["lon"]), float(value["lat"]))


def _text(name, value):
    if len(value) > _MAX_TEXT:
        problem = Message("must be at most {limit} characters, got {value}", limit=_MAX_TEXT, value=quote(value))
        raise SpecError(name, problem)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, e.g. from an escape "\\ud800" in the file
        raise SpecError(name, Message("holds a character that is not text, got {value}", value=quote(value))) from None


def _validate(spec):
    _number("left_width_m", spec.left_width_m, 0, MAX_WIDTH_M)
    _number("right_width_m", spec.right_width_m, 0, MAX_WIDTH_M)
    for name in ("left_width_m", "right_width_m"):
        if 0 < getattr(spec, name) < MIN_WIDTH_M:
            problem = Message(
                "must be 0 or at least {min_m:g} m, got {value}", min_m=MIN_WIDTH_M, value=repr(getattr(spec, name))
            )
            raise SpecError(name, problem)
    if spec.left_width_m == 0 and spec.right_width_m == 0:
        raise SpecError("right_width_m", Message("both widths are 0; give at least one side a width"))
    if spec.end_cap not in END_CAPS:
        problem = Message("must be one of {styles}, got {value}", styles=", ".join(END_CAPS), value=quote(spec.end_cap))
        raise SpecError("end_cap", problem)
    _number("from_km", spec.from_km, 0, optional=True)
    _number("to_km", spec.to_km, 0, optional=True)
    if spec.from_km is not None and spec.to_km is not None and spec.from_km >= spec.to_km:
        problem = Message("must be more than from_km ({from_km:g}), got {to_km:g}", from_km=spec.from_km, to_km=spec.to_km)
        raise SpecError("to_km", problem)
    _number("gap_tolerance_m", spec.gap_tolerance_m, 0, _MAX_TOLERANCE_M)
    _number("snap_tolerance_m", spec.snap_tolerance_m, 0, _MAX_TOLERANCE_M, low_open=True)
    _number("checkpoint_interval_km", spec.checkpoint_interval_km, 0, 10_000)
    _flag("bridge_all_gaps", spec.bridge_all_gaps)
    _flag("reverse", spec.reverse)
    _flag("route_between_patrol_ends", spec.route_between_patrol_ends)
    _flag("leave_out", spec.leave_out)
    if spec.route_between_patrol_ends and (spec.patrol_start is None or spec.patrol_end is None):
        raise SpecError(
            "route_between_patrol_ends", Message("is true, so patrol_start and patrol_end must both be given")
        )
    for key in ("patrol_start", "patrol_end"):
        if getattr(spec, key) is not None and not isinstance(getattr(spec, key), Place):
            raise SpecError(key, Message("must be a place with name, lon and lat"))
    if spec.date_format is not None:
        if not isinstance(spec.date_format, str):
            problem = Message(
                "must be text with strptime codes like %d/%m/%Y, got {value}", value=quote(spec.date_format)
            )
            raise SpecError("date_format", problem)
        _text("date_format", spec.date_format)
        try:
            check_format(spec.date_format)
        except DateError as error:
            raise SpecError("date_format", error.message) from None
    start, end = _day("date_from", spec.date_from), _day("date_to", spec.date_to)
    if start and end and start >= end:
        problem = Message(
            "must be after date_from ({date_from}), got {date_to}", date_from=str(spec.date_from), date_to=str(spec.date_to)
        )
        raise SpecError("date_to", problem)
