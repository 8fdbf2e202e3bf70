"""Incident dates as real data writes them, read as calendar days.

One rule for time: a date window compares calendar days as the data writes
them. The time of day and a time zone (``Z`` or an offset such as ``+03:00``)
are read and then set aside: ``2020-03-15T00:30:00+03:00`` is 15 March, although
it is 14 March in UTC. Reports date incidents by the local day, and this way a
value gives the same day whether a GeoPackage stores it as a DateTime (QGIS
3.22 reads those without their zone) or a CSV as text.

Read without being told the form:

- ISO 8601 days and date-times: ``2020-03-15``, ``2020-03-15T08:30``,
  ``2020-03-15 00:00:00.000`` (UCDP GED), ``2020-03-15T23:30:00+03:00``;
- a day, a month's English name or abbreviation and a year: ``15 March 2020``
  (ACLED's exports), ``15 Mar 2020``, ``15-Mar-2020``; and ``March 15, 2020``;
- eight digits, as text or as a whole number: ``20200315``;
- ``datetime.date`` and ``datetime.datetime`` values (the bridge gives QGIS's
  QDate and QDateTime as these).

Numbers with slashes or dots (``03/04/2020`` is 3 April in most of the world and
March 4 in the United States) are refused unless a ``date_format`` says which
(strptime codes, e.g. ``%d/%m/%Y``); with a format, exactly that form is read.
An empty value is no date; any other value that cannot be read is counted as
unreadable, and neither is in or out of a window.

>>> days = read_dates(["15 March 2020", "2020-03-15 00:00:00.000", 20200315, "", "soon"])
>>> days.days.astype(str).tolist()
['2020-03-15', '2020-03-15', '2020-03-15', 'NaT', 'NaT']
>>> days.empty.tolist(), days.unreadable.tolist()
([False, False, False, True, False], [False, False, False, False, True])
>>> read_dates(["03/04/2020"], date_format="%d/%m/%Y").days.astype(str).tolist()
['2020-04-03']
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import numpy as np

from .errors import DateError
from .messages import Message

__all__ = ["Dates", "check_format", "check_window", "read_dates", "to_day"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"  # the day
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?"  # a time of day
    r"\s*(Z|[+-]\d{2}(?::?\d{2})?)?"  # a time zone
)
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[\s-]+([A-Za-z]+)\.?,?[\s-]+(\d{4})")
_MONTH_DAY_YEAR = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})")
_DIGITS = re.compile(r"\d{8}")
_AMBIGUOUS = re.compile(r"\d{1,4}[/.]\d{1,2}[/.]\d{1,4}")
# The most values quoted in a message or a log line.
EXAMPLES = 5


@dataclass(frozen=True, eq=False)
class Dates:
    """Calendar days read from a field: ``days`` (datetime64[D], NaT where there
    is no day), and which values were ``empty`` and which ``unreadable``."""

    days: np.ndarray
    empty: np.ndarray
    unreadable: np.ndarray

    @property
    def undated(self):
        """No day: empty or unreadable."""
        return np.isnat(self.days)

    def examples(self, values, ids=None, count=EXAMPLES):
        """The first unreadable values with their ids, e.g. ``feature 7: 'soon'``."""
        return [str(message) for message in self.example_messages(values, ids, count)]

    def example_messages(self, values, ids=None, count=EXAMPLES):
        """:meth:`examples` as :class:`.Message` objects, for translation."""
        rows = np.flatnonzero(self.unreadable)[:count]
        ids = range(len(self.days)) if ids is None else ids
        return [Message("feature {id}: {value}", id=ids[k], value=_short(values[k])) for k in rows]


def read_dates(values, date_format=None):
    """Read a sequence of values (text, numbers, dates, None) as calendar days.

    Raises :class:`DateError` when values look like day/month/year or
    month/day/year and no ``date_format`` says which, or when the format is not
    a strptime format.
    """
    values = list(values)
    if date_format is not None:
        check_format(date_format)
    days = np.full(len(values), np.datetime64("NaT"), dtype="datetime64[D]")
    empty = np.zeros(len(values), dtype=bool)
    unreadable = np.zeros(len(values), dtype=bool)
    known = {}  # real data repeats a few hundred days: read each distinct value once
    for k, value in enumerate(values):
        if _is_empty(value):
            empty[k] = True
            continue
        key = (type(value), value) if _hashable(value) else None
        day = known.get(key) if key is not None else None
        if day is None:
            day = to_day(value, date_format)
            if key is not None:
                known[key] = day
        if day is False:
            unreadable[k] = True
        else:
            days[k] = day
    return Dates(days, empty, unreadable)


def to_day(value, date_format=None):
    """One value as a numpy day, or False when it cannot be read.

    >>> str(to_day("2020-03-15T00:30:00+03:00"))  # the day as written (14 March in UTC)
    '2020-03-15'
    >>> str(to_day("15 Mar 2020")), to_day("2020-02-30")
    ('2020-03-15', False)
    """
    if isinstance(value, np.datetime64):
        return False if np.isnat(value) else value.astype("datetime64[D]")
    if isinstance(value, dt.datetime):  # with a zone, .date() is the day in that zone: as written
        return np.datetime64(value.date(), "D")
    if isinstance(value, dt.date):
        return np.datetime64(value, "D")
    if isinstance(value, (bool, np.bool_)):
        return False
    if isinstance(value, (int, np.integer)) or (isinstance(value, (float, np.floating)) and float(value).is_integer()):
        text = str(int(value))
        return _day(int(text[:4]), int(text[4:6]), int(text[6:])) if _DIGITS.fullmatch(text) else False
    if not isinstance(value, str):
        return False
    text = value.strip()
    if date_format is not None:
        try:
            return to_day(dt.datetime.strptime(text, date_format))
        except ValueError:
            return False
    return _from_text(text)


def _from_text(text):
    match = _ISO.fullmatch(text)
    if match:
        year, month, day, hour, minute, second, zone = match.groups()
        hour, minute, second = int(hour or 0), int(minute or 0), int(second or 0)
        if hour > 23 or minute > 59 or second > 60:  # 60: a leap second
            return False
        return _day(int(year), int(month), int(day))  # a zone is set aside: the day as written
    match = _DAY_MONTH_YEAR.fullmatch(text)
    if match:
        day, month, year = match.groups()
        return _named(int(year), month, int(day))
    match = _MONTH_DAY_YEAR.fullmatch(text)
    if match:
        month, day, year = match.groups()
        return _named(int(year), month, int(day))
    if _DIGITS.fullmatch(text):
        return _day(int(text[:4]), int(text[4:6]), int(text[6:]))
    if _AMBIGUOUS.fullmatch(text):
        raise DateError(
            "Dates like {value} read differently by country (day/month/year in most of the world, "
            "month/day/year in the United States): give the date format, e.g. %d/%m/%Y or %m/%d/%Y.",
            value=_short(text),
        )
    return False


def check_window(date_from=None, date_to=None):
    """The window's first day (inclusive) and end day (exclusive) as numpy days,
    None where open; a :class:`DateError` when one is no date or the window is empty.

    >>> [str(day) for day in check_window("15 March 2020", "2020-03-20")]
    ['2020-03-15', '2020-03-20']
    """
    start, end = _bound("date_from", date_from), _bound("date_to", date_to)
    if start is not None and end is not None and end <= start:
        raise DateError(
            "The date window ends ({end}) before or on the day it starts ({start}); "
            "the end day is not counted: give an end after the start.",
            end=str(end),
            start=str(start),
        )
    return start, end


def _bound(name, value):
    if value is None:
        return None
    try:
        day = to_day(value)
    except DateError:
        day = False
    if day is False:
        raise DateError(
            "The window's {name} {value} is not a date; give a day such as 2020-03-15.", name=name, value=_short(value)
        )
    return day


def _named(year, month_name, day):
    month = _MONTHS.get(month_name.lower())
    return False if month is None else _day(year, month, day)


def _day(year, month, day):
    try:
        return np.datetime64(dt.date(year, month, day), "D")
    except ValueError:  # 2020-02-30, month 13
        return False


def check_format(date_format):
    """A :class:`DateError` unless ``date_format`` is a usable strptime format."""
    if not isinstance(date_format, str) or "%" not in date_format:
        raise DateError(
            "The date format {date_format} has no strptime codes; use e.g. %d/%m/%Y.", date_format=_short(date_format)
        )
    try:
        dt.datetime(2020, 3, 15).strftime(date_format)
        dt.datetime.strptime(dt.datetime(2020, 3, 15).strftime(date_format), date_format)
    except ValueError as error:
        raise DateError(
            "The date format {date_format} is not a valid strptime format ({error}).",
            date_format=_short(date_format),
            error=str(error),
        ) from None


def _is_empty(value):
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (float, np.floating)):
        return bool(np.isnan(value))
    return False


def _hashable(value):
    try:
        hash(value)
    except TypeError:
        return False
    return True


def _short(value, limit=40):
    """A value quoted for a message, cut to ``limit`` characters."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
