"""Incident flags: inside the corridor, side, distance, chainage, patrol, dates.

All fields are computed for whole numpy arrays at once. A point with missing or
NaN coordinates stays in the result, flagged ``missing`` and inside nothing.

An incident of several points (a MultiPoint) is inside the corridor when any of
its points is; its side, distance and km are its point nearest the road (the
first of equals), and it is in the patrol when any point inside is within the
patrol's km. So the order of its points never changes its flags.

>>> import numpy as np
>>> from .route import Route
>>> from .corridor import build_corridor
>>> corridor = build_corridor(Route.from_lonlat([36.0, 37.0], [35.0, 35.0]), 6000, 6000)
>>> flags = flag_incidents(corridor, np.array([36.5, 36.5, np.nan]), np.array([35.05, 35.2, 0]))
>>> flags.in_corridor.tolist(), flags.side_name.tolist(), flags.missing.tolist()
([True, False, False], ['north', 'north', ''], [False, False, True])
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .dates import Dates, check_window, read_dates
from .errors import CorridorError, DateError
from .geodesy import point_arrays
from .locate import LEFT, ON_ROUTE, RIGHT, locate
from .messages import Message

__all__ = ["IncidentFlags", "flag_incidents", "concatenate_flags", "ON_ROUTE_NAME"]

ON_ROUTE_NAME = "on route"


@dataclass(frozen=True, eq=False)
class IncidentFlags:
    """Per incident: the flags an analyst reports. Arrays of equal length."""

    in_corridor: np.ndarray  # bool
    side_name: np.ndarray  # str: a side name, "on route", or "" when missing
    distance_m: np.ndarray  # geodesic distance to the route (NaN when missing)
    chainage_km: np.ndarray  # km along the route of the nearest route point
    in_patrol: np.ndarray  # bool: in the corridor and between the patrol's ends
    in_window: np.ndarray | None  # bool (False where undated), or None when no dates were given
    missing: np.ndarray  # bool: no usable coordinates
    undated: np.ndarray | None = None  # bool: no readable date, so neither in nor out of the window
    part: np.ndarray | None = None  # with parts_of: the point whose side, distance and km these are

    def __len__(self):
        return self.in_corridor.size

    def summary(self, side_names):
        """Counts for a report: inside/outside, per side, patrol, window, missing."""
        counts = {
            "total": len(self),
            "inside": int(self.in_corridor.sum()),
            "outside": int((~self.in_corridor & ~self.missing).sum()),
            "missing": int(self.missing.sum()),
            "in_patrol": int(self.in_patrol.sum()),
        }
        for name in (*side_names, ON_ROUTE_NAME):
            counts[f"inside_{name}"] = int((self.in_corridor & (self.side_name == name)).sum())
        if self.in_window is not None:
            counts["in_window"] = int(self.in_window.sum())
            counts["outside_window"] = int((~self.in_window & ~self.undated).sum())
            counts["undated"] = int(self.undated.sum())
            counts["inside_and_in_window"] = int((self.in_corridor & self.in_window).sum())
        return counts


def flag_incidents(
    corridor,
    lon,
    lat,
    patrol=None,
    dates=None,
    date_from=None,
    date_to=None,
    on_route_m=0.5,
    parts_of=None,
):
    """Flag incident points (WGS84 lon/lat arrays) against a built corridor.

    ``patrol`` (a Patrol on the same route) enables ``in_patrol``. ``dates``
    (:class:`~.dates.Dates` from :func:`~.dates.read_dates`, a numpy datetime64
    array with NaT for unknown, or raw values that read_dates reads) with
    ``date_from`` (inclusive) and optionally ``date_to`` (exclusive), both
    calendar days, enable ``in_window``. An incident without a readable date is
    ``undated``: neither inside nor outside the window.

    ``parts_of`` is for incidents of several points: ``lon`` and ``lat`` then
    hold every point, and ``parts_of[k]`` is the incident point ``k`` belongs
    to, numbering the incidents 0, 1, 2, ... in order, each with at least one
    point. The flags (and ``dates``) are then one per incident, by the rules in
    the module's docstring; ``part`` says which point gave side, distance and km.

    >>> import numpy as np
    >>> from .route import Route
    >>> from .corridor import build_corridor
    >>> corridor = build_corridor(Route.from_lonlat([36.0, 37.0], [35.0, 35.0]), 6000, 6000)
    >>> flags = flag_incidents(corridor, [36.5, 36.5, 36.6], [35.2, 35.03, 35.5], parts_of=[0, 0, 1])
    >>> flags.in_corridor.tolist(), flags.part.tolist()
    ([True, False], [1, 2])
    """
    lon, lat = point_arrays(lon, lat, Message("The incidents"))
    owner, starts = (None, None) if parts_of is None else _owners(parts_of, lon.size)
    window = _window(dates, date_from, date_to, lon.size if starts is None else starts.size)
    route = corridor.route
    where = locate(route, lon, lat, on_route_m=on_route_m)
    if corridor.stretch is route:
        inside = corridor.covers(lon, lat, where)
    else:
        inside = corridor.covers(lon, lat, locate(corridor.stretch, lon, lat, on_route_m=on_route_m))

    names = np.array([route.side_names[0], route.side_names[1], ON_ROUTE_NAME, ""], dtype=object)
    code = np.select([where.side == LEFT, where.side == RIGHT, where.side == ON_ROUTE], [0, 1, 2])
    code[~where.valid] = 3
    chainage_km = where.chainage_m / 1000.0

    if patrol is None:
        in_patrol = np.zeros(lon.size, dtype=bool)
    else:
        in_patrol = inside & (chainage_km >= patrol.low_km) & (chainage_km <= patrol.high_km)
    part = None
    if starts is not None:
        part = _nearest_parts(where.distance_m, owner, starts)
        inside, in_patrol = _any_of(inside, starts), _any_of(in_patrol, starts)
    pick = slice(None) if part is None else part
    return IncidentFlags(
        in_corridor=inside,
        side_name=names[code[pick]],
        distance_m=where.distance_m[pick],
        chainage_km=chainage_km[pick],
        in_patrol=in_patrol,
        in_window=None if window is None else window[0],
        missing=~where.valid[pick],
        undated=None if window is None else window[1],
        part=part,
    )


def concatenate_flags(parts):
    """The flags of incidents flagged in batches (one at least), as one
    :class:`IncidentFlags` in the batches' order. ``part`` is not kept: it
    numbers each batch's own points.

    >>> import numpy as np
    >>> from .route import Route
    >>> from .corridor import build_corridor
    >>> corridor = build_corridor(Route.from_lonlat([36.0, 37.0], [35.0, 35.0]), 6000, 6000)
    >>> a = flag_incidents(corridor, [36.5], [35.05], dates=["2020-03-01"], date_from="2020-02-01")
    >>> b = flag_incidents(corridor, [36.5, np.nan], [35.2, 0], dates=["2020-01-01", None], date_from="2020-02-01")
    >>> flags = concatenate_flags([a, b])
    >>> flags.in_corridor.tolist(), flags.in_window.tolist(), flags.undated.tolist()
    ([True, False, False], [True, False, False], [False, False, True])
    """
    parts = list(parts)

    def joined(name):
        arrays = [getattr(part, name) for part in parts]
        return None if arrays[0] is None else np.concatenate(arrays)

    return IncidentFlags(
        **{name: joined(name) for name in (
            "in_corridor", "side_name", "distance_m", "chainage_km", "in_patrol", "in_window", "missing", "undated"
        )}
    )


def _owners(parts_of, size):
    """``parts_of`` as an array, and the index of each incident's first point;
    checks that it numbers the incidents 0, 1, 2, ... in order."""
    owner = np.asarray(parts_of)
    if owner.shape != (size,) or (size and owner.dtype.kind not in "iu"):
        raise CorridorError("parts_of must give an incident number for each of the {size} points.", size=size)
    starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]]) if size else np.empty(0, dtype=np.intp)
    if not np.array_equal(owner[starts], np.arange(starts.size)):
        raise CorridorError("parts_of must number the incidents 0, 1, 2, ... in order, each with at least one point.")
    return owner, starts


def _nearest_parts(distance_m, owner, starts):
    """Per incident, its point nearest the road: the first of equals, a point
    without a location only when the incident has no other."""
    if not starts.size:
        return starts
    distance = np.where(np.isnan(distance_m), np.inf, distance_m)
    nearest = np.flatnonzero(distance == np.minimum.reduceat(distance, starts)[owner])
    return nearest[np.r_[True, owner[nearest][1:] != owner[nearest][:-1]]]


def _any_of(mask, starts):
    """Per incident: is ``mask`` true for any of its points?"""
    return np.logical_or.reduceat(mask, starts) if starts.size else mask[:0]


def _window(dates, date_from, date_to, size):
    """(in the window, undated) masks, or None without dates."""
    if dates is None:
        if date_from is not None or date_to is not None:
            raise DateError("A date window needs the incidents' dates: choose the date field.")
        return None
    if not isinstance(dates, Dates):
        dates = np.asarray(dates)
        if dates.dtype.kind == "M":  # already days or instants: NaT is unknown
            days = dates.astype("datetime64[D]")
            dates = Dates(days, np.isnat(days), np.zeros(days.shape, dtype=bool))
        else:
            dates = read_dates(dates.tolist())
    if dates.days.shape != (size,):
        raise DateError(
            "There are {dates} dates for {size} incidents: give one date per incident.", dates=dates.days.size, size=size
        )
    start, end = check_window(date_from, date_to)
    undated = dates.undated
    inside = ~undated
    if start is not None:
        inside &= dates.days >= start
    if end is not None:
        inside &= dates.days < end
    return inside, undated
