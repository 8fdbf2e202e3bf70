"""The strip chart's numbers: incidents by km along the road against their offset.

A strip chart is how corridor analysts look at a road: the x axis is km along
the road (from the patrol's start when there is a patrol), the y axis the signed
distance from the road, with the corridor's edges as two horizontal lines, the
patrol stretch, checkpoints and places along the axis. This module computes
those numbers only; ``ui.chart`` draws them.

Sign convention: **y is positive on the side named north (or west, for a
mostly north-south road)** and negative on the south (east) side, 0 on the road.
For a route in its default orientation (west to east, or south to north) that
is the route's left side. It does not depend on the patrol: a patrol may run
against the route (Trumba to Ain al-Havr runs east to west on the west-to-east
M4), then x grows along the patrol, westwards, and north is still up. (A route
reversed by the user has north on its right; north is still up.)

>>> import numpy as np
>>> from .route import Route
>>> from .corridor import build_corridor
>>> from .flags import flag_incidents
>>> route = Route.from_lonlat([36.0, 37.0], [35.0, 35.0])
>>> corridor = build_corridor(route, 6000, 3000)
>>> lon, lat = np.array([36.5, 36.5]), np.array([35.02, 34.98])
>>> data = strip_data(route, corridor, flag_incidents(corridor, lon, lat), lon, lat)
>>> np.round(data.y_km, 1).tolist(), data.category.tolist(), data.edges_km  # the geodesic bows north
([2.1, -2.3], ['corridor', 'corridor'], (6.0, -3.0))
>>> data.y_label
'north ↑ / south ↓ (km from the road)'
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .errors import CorridorError
from .flags import flag_incidents
from .geodesy import point_arrays
from .locate import LEFT, ON_ROUTE, RIGHT, locate
from .messages import Message
from .route import side_word

__all__ = ["StripData", "strip_data", "CATEGORIES"]

# Plotting categories, from the most to the least important.
CATEGORIES = ("patrol", "corridor", "outside", "missing")

_UPPER_SIDES = ("north", "west")
_DIRECTIONS = {  # route's (left, right) side names -> the way it runs
    ("north", "south"): Message("west to east"),
    ("south", "north"): Message("east to west"),
    ("west", "east"): Message("south to north"),
    ("east", "west"): Message("north to south"),
}


@dataclass(frozen=True, eq=False)
class StripData:
    """Everything a strip chart shows, in km; arrays of incidents of equal length.

    ``x_km``: km along the road, from the patrol's start in the patrol's
    direction when there is a patrol, else the route's own km. ``y_km``: signed
    distance from the road, + on the north (west) side, − on the south (east)
    side, 0 on the road, NaN without a location. ``category``: "patrol",
    "corridor", "outside" or "missing". ``kinds``: the incident kinds ("" when
    unknown). ``in_window``: inside the date window, or None without a window.
    ``edges_km``: the corridor's edges as (+upper width, −lower width), drawn
    from ``corridor_x_km[0]`` to ``corridor_x_km[1]``. ``route_x_km``: where
    the route starts and ends on the x axis (low, high). ``patrol_x_km``: (0,
    patrol length) or None. ``place_*``: places near the road, at their km.
    ``x_label``, ``y_label`` and ``title`` are English text; the ``*_message``
    fields hold the same as :class:`.Message` objects, for translation.
    """

    x_km: np.ndarray
    y_km: np.ndarray
    category: np.ndarray  # str (object array)
    kinds: np.ndarray  # str (object array)
    in_window: np.ndarray | None
    side_names: tuple  # (upper side, lower side), e.g. ("north", "south")
    edges_km: tuple  # (upper edge y, lower edge y), e.g. (6.0, -6.0)
    corridor_x_km: tuple  # (low, high) of the corridor along the x axis
    route_x_km: tuple  # (low, high) of the whole route along the x axis
    patrol_x_km: tuple | None  # (0, length) of the patrol stretch
    patrol_names: tuple | None  # (start name, end name)
    checkpoint_x_km: np.ndarray
    checkpoint_labels: tuple
    place_x_km: np.ndarray
    place_y_km: np.ndarray  # the places' own signed offsets from the road
    place_names: tuple
    x_label: str
    y_label: str
    title: str
    x_label_message: Message | None = None
    y_label_message: Message | None = None
    title_message: Message | None = None

    def __len__(self):
        return self.x_km.size

    @property
    def plotted(self):
        """Mask of the incidents that have a place on the chart (not missing)."""
        return np.isfinite(self.x_km) & np.isfinite(self.y_km)

    def counts(self):
        """Number of incidents per category, e.g. {"patrol": 2, "corridor": 1, ...}."""
        return {name: int((self.category == name).sum()) for name in CATEGORIES}

    def kind_names(self):
        """The distinct non-empty kinds, in order of first appearance."""
        return tuple(dict.fromkeys(k for k in self.kinds if k))


def strip_data(
    route,
    corridor,
    flags,
    lon,
    lat,
    patrol=None,
    checkpoints=None,
    places=(),
    kinds=None,
    places_within_km=None,
):
    """The numbers of a strip chart for flagged incidents (see the module's sign convention).

    ``flags`` are the :class:`IncidentFlags` of the WGS84 points ``lon``,
    ``lat`` against ``corridor`` (None: flagged here, with ``patrol``).
    ``patrol`` (a :class:`Patrol`) puts x = 0 at its start and makes x grow
    towards its end; ``checkpoints`` (:class:`Checkpoints`) are placed by their
    route km. ``places`` are :class:`Place` objects or (name, lon, lat) tuples:
    they are located on the route and kept when within ``places_within_km`` of
    it (default: the corridor's wider side) and not past its ends. ``kinds``:
    one string per incident (None or empty for unknown).
    """
    lon, lat = point_arrays(lon, lat, Message("The incidents"))
    if flags is None:
        flags = flag_incidents(corridor, lon, lat, patrol=patrol)
    n = len(flags)
    if lon.size != n:
        raise CorridorError(
            "There are {points} incident points for {incidents} flagged incidents: give one point per incident.",
            points=lon.size,
            incidents=n,
        )

    left, right = route.side_names
    upper_is_left = left in _UPPER_SIDES
    upper, lower = (left, right) if upper_is_left else (right, left)

    def to_x(route_km):
        if patrol is None:
            return np.asarray(route_km, dtype=float)
        return patrol.km_from_start(route_km)

    missing = np.asarray(flags.missing, dtype=bool)
    side = np.asarray(flags.side_name, dtype=object)
    sign = np.where(side == upper, 1.0, np.where(side == lower, -1.0, 0.0))
    y_km = sign * np.asarray(flags.distance_m, dtype=float) / 1000.0
    x_km = to_x(flags.chainage_km)
    y_km[missing] = np.nan
    x_km[missing] = np.nan

    category = np.full(n, "outside", dtype=object)
    category[np.asarray(flags.in_corridor, dtype=bool)] = "corridor"
    category[np.asarray(flags.in_patrol, dtype=bool)] = "patrol"
    category[missing] = "missing"

    if kinds is None:
        kind_array = np.full(n, "", dtype=object)
    else:
        kind_array = np.array([_text(k) for k in kinds], dtype=object)
        if kind_array.size != n:
            raise CorridorError(
                "There are {kinds} kinds for {incidents} incidents: give one kind per incident.",
                kinds=kind_array.size,
                incidents=n,
            )

    left_km, right_km = corridor.left_m / 1000.0, corridor.right_m / 1000.0
    edges = (left_km, -right_km) if upper_is_left else (right_km, -left_km)
    corridor_from = 0.0 if corridor.from_km is None else corridor.from_km
    corridor_to = route.length_km if corridor.to_km is None else corridor.to_km

    if checkpoints is None:
        cp_x, cp_labels = np.empty(0), ()
    else:
        cp_x = to_x(checkpoints.route_km)
        cp_labels = checkpoints.labels

    place_x, place_y, place_names = _places(
        route, places, to_x, upper, max(left_km, right_km) if places_within_km is None else places_within_km
    )

    direction = _DIRECTIONS.get((left, right), Message("along the route"))
    if patrol is None:
        x_label = Message("km along the route ({direction})", direction=direction)
        title = Message("Incidents along the route")
        patrol_x = patrol_names = None
    else:
        start, end = str(patrol.start.name), str(patrol.end.name)
        x_label = Message("km from {start} towards {end}", start=start, end=end)
        title = Message("Incidents along the patrol {start} → {end}", start=start, end=end)
        patrol_x = (0.0, abs(patrol.end_km - patrol.start_km))
        patrol_names = (patrol.start.name, patrol.end.name)

    y_label = Message("{upper} ↑ / {lower} ↓ (km from the road)", upper=side_word(upper), lower=side_word(lower))
    return StripData(
        x_km=x_km,
        y_km=y_km,
        category=category,
        kinds=kind_array,
        in_window=None if flags.in_window is None else np.asarray(flags.in_window, dtype=bool),
        side_names=(upper, lower),
        edges_km=(float(edges[0]), float(edges[1])),
        corridor_x_km=_span(to_x([corridor_from, corridor_to])),
        route_x_km=_span(to_x([0.0, route.length_km])),
        patrol_x_km=patrol_x,
        patrol_names=patrol_names,
        checkpoint_x_km=cp_x,
        checkpoint_labels=cp_labels,
        place_x_km=place_x,
        place_y_km=place_y,
        place_names=place_names,
        x_label=str(x_label),
        y_label=str(y_label),
        title=str(title),
        x_label_message=x_label,
        y_label_message=y_label,
        title_message=title,
    )


def _places(route, places, to_x, upper, within_km):
    """x, signed y and names of the places near the road, in order along x."""
    rows = [(p.name, p.lon, p.lat) if hasattr(p, "name") else tuple(p) for p in places]
    if not rows:
        return np.empty(0), np.empty(0), ()
    names = [_text(r[0]) for r in rows]
    where = locate(route, [float(r[1]) for r in rows], [float(r[2]) for r in rows])
    keep = where.valid & (where.beyond == 0) & (where.distance_m <= within_km * 1000.0 + 1e-6)
    keep &= np.array([bool(name) for name in names])
    x = to_x(where.chainage_m / 1000.0)
    up = LEFT if route.side_names[0] == upper else RIGHT
    y = np.where(where.side == up, 1.0, np.where(where.side == ON_ROUTE, 0.0, -1.0)) * where.distance_m / 1000.0
    index = np.flatnonzero(keep)
    index = index[np.argsort(x[index], kind="stable")]
    return x[index], y[index], tuple(names[i] for i in index)


def _span(values):
    low, high = float(np.min(values)), float(np.max(values))
    return (low, high)



def _text(value):
    """A label from a field value: "" for None, NULL-like and blank values."""
    if value is None:
        return ""
    if isinstance(value, float) and value != value:
        return ""
    text = str(value).strip()
    return "" if text in ("NULL", "None") else text
