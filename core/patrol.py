"""The patrol stretch between two places on the route, and checkpoints along it.

Both ends are snapped to the assembled route (never to raw road parts, whose
gaps and mixed directions make positions wrong, shapely#1126), so the stretch
follows the road and its length is geodesic.

>>> from .route import Route
>>> route = Route.from_lonlat([36.0, 37.0], [35.0, 35.0])
>>> patrol = patrol_segment(route, Place("A", 36.2, 35.01), Place("B", 36.7, 35.0))
>>> round(patrol.length_km, 1), round(patrol.start_km, 1)
(45.6, 18.3)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .errors import CorridorError, InvalidCoordinatesError, SamePointError, SnapDistanceError
from .geodesy import inverse
from .locate import locate

__all__ = ["Place", "Patrol", "Checkpoints", "patrol_segment", "checkpoints", "km_text", "nearest_place"]

DEFAULT_SNAP_TOLERANCE_M = 2000.0
# Far more than a patrol uses (one every 10 m on a 100 km patrol), few enough to stay small.
MAX_CHECKPOINTS = 10_000


@dataclass(frozen=True)
class Place:
    """A named point in WGS84 lon/lat, e.g. a settlement chosen as a patrol end."""

    name: str
    lon: float
    lat: float

    def __post_init__(self):
        for axis in ("lon", "lat"):
            value = getattr(self, axis)
            try:  # numbers of any kind, numpy's scalars and 0-d arrays too; not text
                if isinstance(value, (str, bytes, bool)):
                    raise TypeError
                object.__setattr__(self, axis, float(value))
            except (TypeError, ValueError):
                raise InvalidCoordinatesError(
                    "{name}'s {axis} must be a number of degrees, got {value}.",
                    name=str(self.name),
                    axis=axis,
                    value=repr(str(value)[:40]),
                ) from None
        if not (np.isfinite(self.lon) and np.isfinite(self.lat)):
            raise InvalidCoordinatesError("{name} has missing or NaN coordinates.", name=str(self.name))
        if abs(self.lat) > 90 or abs(self.lon) > 180:
            raise InvalidCoordinatesError(
                "{name} has coordinates {lon}, {lat} outside WGS84 longitude/latitude ranges; "
                "check the layer's CRS.",
                name=str(self.name),
                lon=self.lon,
                lat=self.lat,
            )


@dataclass(frozen=True, eq=False)
class Patrol:
    """The stretch of route between two places, oriented from start to end."""

    start: Place
    end: Place
    start_km: float  # chainage of the start on the route
    end_km: float
    line: object  # a Route from start to end
    start_offset_m: float  # how far each place lay from the road
    end_offset_m: float

    @property
    def length_km(self):
        return self.line.length_km

    def km_from_start(self, route_km):
        """km from the patrol's start, along the patrol, of positions given in
        route km (negative before the start, past its length beyond the end)."""
        direction = 1.0 if self.end_km >= self.start_km else -1.0
        return (np.asarray(route_km, dtype=float) - self.start_km) * direction

    @property
    def low_km(self):
        return min(self.start_km, self.end_km)

    @property
    def high_km(self):
        return max(self.start_km, self.end_km)


def km_text(km):
    """A distance in km as people write it: 10 -> "10", 59.066 -> "59.1"."""
    return f"{km:.0f}" if abs(km - round(km)) < 0.05 else f"{km:.1f}"


@dataclass(frozen=True, eq=False)
class Checkpoints:
    """Points every N km along a patrol: km from the patrol's start and on the route."""

    lon: np.ndarray
    lat: np.ndarray
    km: np.ndarray
    route_km: np.ndarray

    @property
    def labels(self):
        """"km 0", "km 10", ..., "km 59.1"."""
        return tuple(f"km {km_text(float(k))}" for k in self.km)


def patrol_segment(route, start, end, snap_tolerance_m=DEFAULT_SNAP_TOLERANCE_M):
    """The stretch of ``route`` between ``start`` and ``end`` (:class:`Place`)."""
    if not snap_tolerance_m > 0:
        raise CorridorError("The snap tolerance must be more than 0 m.")
    where = locate(route, [start.lon, end.lon], [start.lat, end.lat])
    for place, distance in zip((start, end), where.distance_m):
        if distance > snap_tolerance_m:
            raise SnapDistanceError(place.name, distance, snap_tolerance_m)
    start_m, end_m = (float(c) for c in where.chainage_m)
    if abs(end_m - start_m) < 1.0:
        raise SamePointError(
            "{start} and {end} fall on the same point of the road (km {km:.3f}); choose two different places.",
            start=str(start.name),
            end=str(end.name),
            km=start_m / 1000,
        )
    return Patrol(
        start=start,
        end=end,
        start_km=start_m / 1000,
        end_km=end_m / 1000,
        line=route.substring(start_m, end_m),
        start_offset_m=float(where.distance_m[0]),
        end_offset_m=float(where.distance_m[1]),
    )


def checkpoints(patrol, interval_km, include_ends=True):
    """Points every ``interval_km`` along the patrol, from its start.

    The patrol's end is added as a last checkpoint when ``include_ends`` is true
    and it does not fall on the interval.
    """
    if not interval_km > 0:
        raise CorridorError("The checkpoint interval must be more than 0 km.")
    length = patrol.line.length_m
    count = length / 1000 / float(interval_km)
    if count > MAX_CHECKPOINTS:
        raise CorridorError(
            "A checkpoint every {interval_km:g} km makes {count:,.0f} checkpoints on the {length_km:.1f} km "
            "patrol; the most is {most:,}: give a longer interval (at least {shortest_km:.3g} km).",
            interval_km=interval_km,
            count=count,
            length_km=length / 1000,
            most=MAX_CHECKPOINTS,
            shortest_km=length / 1000 / MAX_CHECKPOINTS,
        )
    km = np.arange(0.0, length / 1000 + 1e-9, float(interval_km))
    if include_ends and length / 1000 - km[-1] > 1e-6:
        km = np.r_[km, length / 1000]
    if not include_ends:
        km = km[km > 0]
    lon, lat = patrol.line.point_at(km * 1000)
    direction = 1.0 if patrol.end_km >= patrol.start_km else -1.0
    return Checkpoints(lon, lat, km, patrol.start_km + direction * km)


def nearest_place(places, lon, lat, within_m=5000.0):
    """The name of the place (a :class:`Place` or a (name, lon, lat) tuple)
    nearest to ``lon``, ``lat`` and its geodesic distance in metres, or None
    when none lies within ``within_m``.

    >>> name, metres = nearest_place([("Saraqeb", 36.80611, 35.86111), ("Trumba", 36.76914, 35.86034)], 36.77, 35.86)
    >>> name, round(metres)
    ('Trumba', 86)
    """
    rows = [(p.name, p.lon, p.lat) if isinstance(p, Place) else tuple(p) for p in places]
    if not rows:
        return None
    names, plon, plat = zip(*rows)
    _, _, distance = inverse(np.full(len(rows), float(lon)), np.full(len(rows), float(lat)),
                             np.asarray(plon, dtype=float), np.asarray(plat, dtype=float))
    k = int(np.argmin(distance))
    return (names[k], float(distance[k])) if distance[k] <= within_m else None
