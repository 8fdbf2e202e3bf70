"""Where points lie relative to a route: distance, chainage and side, vectorised.

The nearest route segment is found in the route's planar frame
(:mod:`.nearest`); the distance is then measured on the ellipsoid from the point
to its foot on the route with pyproj's Geod. A foot misplaced by a small distance
``e`` along the route changes that distance by only about ``e**2 / (2 d)``, so the
frame's distortion does not reach the result; far from the frame's centre, where
the distortion grows, a geodesic along-track correction moves the foot first.

>>> import numpy as np
>>> from .route import Route
>>> route = Route.from_lonlat([36.0, 37.0], [35.0, 35.0])
>>> where = locate(route, np.array([36.5]), np.array([35.05]))
>>> int(where.side[0]), round(float(where.chainage_m[0]) / 1000, 1)
(1, 45.6)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .geodesy import inverse

__all__ = ["Location", "locate", "LEFT", "RIGHT", "ON_ROUTE"]

LEFT, RIGHT, ON_ROUTE = 1, -1, 0

# Beyond this distance from the frame's centre the frame's distortion (about
# 1e-3 at 450 km) is worth a geodesic correction of the foot.
_REFINE_BEYOND_M = 300_000.0
_EARTH_RADIUS_M = 6_371_008.8


@dataclass(frozen=True, eq=False)
class Location:
    """Per point: distance (m), chainage of the foot (m), side, foot, ends.

    ``side`` is LEFT (1), RIGHT (-1) or ON_ROUTE (0); ``beyond`` is -1 for a
    point before the route's start (its foot is the start and it lies behind
    it), 1 after the end, else 0. ``valid`` is False for missing coordinates,
    whose other fields are NaN (side and beyond 0).
    """

    distance_m: np.ndarray
    chainage_m: np.ndarray
    side: np.ndarray
    beyond: np.ndarray
    foot_lon: np.ndarray
    foot_lat: np.ndarray
    valid: np.ndarray


def locate(route, lon, lat, on_route_m=0.5):
    """Locate points (lon/lat arrays, NaN allowed) relative to ``route``."""
    lon = np.atleast_1d(np.asarray(lon, dtype=float))
    lat = np.atleast_1d(np.asarray(lat, dtype=float))
    valid = np.isfinite(lon) & np.isfinite(lat) & (np.abs(lat) <= 90)
    px, py = route.frame.forward(np.where(valid, lon, np.nan), np.where(valid, lat, np.nan))
    seg, t, _ = route.index.nearest(px, py)
    ok = seg >= 0
    s = np.where(ok, seg, 0)
    t = np.where(ok, t, 0.0)
    rx, ry = route.xy
    dx, dy = rx[s + 1] - rx[s], ry[s + 1] - ry[s]
    cross = dx * (py - ry[s]) - dy * (px - rx[s])
    side = np.where(cross > 0, LEFT, RIGHT).astype(np.int8)
    last = route.chainage_m.size - 2
    beyond = np.zeros(lon.size, dtype=np.int8)
    beyond[(s == 0) & (t == 0) & ((px - rx[0]) * dx + (py - ry[0]) * dy < 0)] = -1
    beyond[
        (s == last) & (t == 1) & ((px - rx[-1]) * dx + (py - ry[-1]) * dy > 0)
    ] = 1

    chain = route.chainage_m
    chainage = chain[s] + t * (chain[s + 1] - chain[s])
    foot_lon = route.lon[s] + t * (route.lon[s + 1] - route.lon[s])
    foot_lat = route.lat[s] + t * (route.lat[s + 1] - route.lat[s])
    far = ok & (np.hypot(px, py) > _REFINE_BEYOND_M)
    if far.any():
        chainage[far], foot_lon[far], foot_lat[far] = _refine(
            route, lon[far], lat[far], chainage[far], foot_lon[far], foot_lat[far]
        )
    distance = np.full(lon.size, np.nan)
    distance[ok] = inverse(lon[ok], lat[ok], foot_lon[ok], foot_lat[ok])[2]

    side[distance <= on_route_m] = ON_ROUTE
    side[~ok] = ON_ROUTE
    beyond[~ok] = 0
    nan = np.where(ok, 1.0, np.nan)
    return Location(
        distance_m=distance,
        chainage_m=chainage * nan,
        side=side,
        beyond=beyond,
        foot_lon=foot_lon * nan,
        foot_lat=foot_lat * nan,
        valid=ok,
    )


def _refine(route, lon, lat, chainage, foot_lon, foot_lat, steps=3):
    """Slide feet along the route until the geodesic to the point is perpendicular."""
    for _ in range(steps):
        ahead = np.minimum(chainage + 1.0, route.length_m)
        behind = ahead - 1.0
        blon, blat = route.point_at(np.vstack([behind, ahead]))
        route_az, _, _ = inverse(blon[0], blat[0], blon[1], blat[1])
        point_az, _, dist = inverse(foot_lon, foot_lat, lon, lat)
        # Along-track distance of the point from the foot (spherical formula).
        angle = np.tan(dist / _EARTH_RADIUS_M) * np.cos(np.radians(point_az - route_az))
        along = _EARTH_RADIUS_M * np.arctan(angle)
        chainage = np.clip(chainage + along, 0.0, route.length_m)
        foot_lon, foot_lat = route.point_at(chainage)
    return chainage, foot_lon, foot_lat
