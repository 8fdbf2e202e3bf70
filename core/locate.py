"""Where points lie relative to a route: distance, chainage and side, vectorised.

The route is searched in pieces of at most 300 km, each in its own planar frame
(:mod:`.nearest`), and only the pieces that could hold a point's nearest
position; the distance is then measured on the ellipsoid from the point to its
foot on the route with pyproj's Geod. A foot misplaced by a small distance ``e``
along the route changes that distance by only about ``e**2 / (2 d)``, so a
frame's distortion does not reach the result; for points more than 300 km from
a piece's centre, a geodesic along-track correction is tried as well.

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

from .geodesy import MEAN_RADIUS_M, ecef, inverse, point_arrays

__all__ = ["Location", "locate", "LEFT", "RIGHT", "ON_ROUTE"]

LEFT, RIGHT, ON_ROUTE = 1, -1, 0

# Beyond this distance from the frame's centre the frame's distortion (about
# 1e-3 at 450 km) is worth a geodesic correction of the foot.
_REFINE_BEYOND_M = 300_000.0


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
    lon, lat = point_arrays(lon, lat)
    valid = np.isfinite(lon) & np.isfinite(lat) & (np.abs(lat) <= 90) & (np.abs(lon) <= 360)
    n = lon.size
    found = {
        "distance_m": np.full(n, np.inf),
        "chainage_m": np.full(n, np.nan),
        "side": np.zeros(n, dtype=np.int8),
        "beyond": np.zeros(n, dtype=np.int8),
        "foot_lon": np.full(n, np.nan),
        "foot_lat": np.full(n, np.nan),
    }
    pieces = route.pieces
    if len(pieces) == 1:
        _update(found, np.flatnonzero(valid), _on_piece(route, pieces[0], lon[valid], lat[valid]))
    else:
        # A chord distance never exceeds the geodesic one, so these bound each
        # piece's distance from below: search the nearest piece first, then
        # only the pieces that could still be nearer.
        points = ecef(lon[valid], lat[valid])
        bound = np.column_stack(
            [np.sqrt(((points - p.centre) ** 2).sum(axis=1)) - p.radius for p in pieces]
        )
        which = np.flatnonzero(valid)
        first = np.argmin(bound, axis=1)
        for k, piece in enumerate(pieces):
            sel = first == k
            _update(found, which[sel], _on_piece(route, piece, lon[which[sel]], lat[which[sel]]))
        for k, piece in enumerate(pieces):
            sel = (first != k) & (bound[:, k] < found["distance_m"][which])
            if sel.any():
                _update(found, which[sel], _on_piece(route, piece, lon[which[sel]], lat[which[sel]]))
    found["distance_m"][~valid] = np.nan
    found["side"][found["distance_m"] <= on_route_m] = ON_ROUTE
    return Location(valid=valid, **found)


def _update(found, rows, candidate):
    """Keep the candidate's fields where it is nearer than what was found so far."""
    better = candidate["distance_m"] < found["distance_m"][rows]
    for key, values in candidate.items():
        found[key][rows[better]] = values[better]


def _on_piece(route, piece, lon, lat):
    """Nearest point on one piece of the route, for finite lon/lat."""
    px, py = piece.frame.forward(lon, lat)
    seg, t, _ = piece.index.nearest(px, py)
    rx, ry = piece.xy
    dx, dy = rx[seg + 1] - rx[seg], ry[seg + 1] - ry[seg]
    cross = dx * (py - ry[seg]) - dy * (px - rx[seg])
    side = np.where(cross > 0, LEFT, RIGHT).astype(np.int8)
    beyond = np.zeros(lon.size, dtype=np.int8)
    if piece.first == 0:
        beyond[(seg == 0) & (t == 0) & ((px - rx[0]) * dx + (py - ry[0]) * dy < 0)] = -1
    if piece.last == route.lon.size - 1:
        last = rx.size - 2
        beyond[(seg == last) & (t == 1) & ((px - rx[-1]) * dx + (py - ry[-1]) * dy > 0)] = 1

    s = seg + piece.first  # route segment
    chain = route.chainage_m
    chainage = chain[s] + t * (chain[s + 1] - chain[s])
    foot_lon = route.lon[s] + t * (route.lon[s + 1] - route.lon[s])
    foot_lat = route.lat[s] + t * (route.lat[s + 1] - route.lat[s])
    distance = inverse(lon, lat, foot_lon, foot_lat)[2] if lon.size else np.empty(0)
    far = np.flatnonzero(np.hypot(px, py) > _REFINE_BEYOND_M)
    if far.size:
        refined = _refine(route, lon[far], lat[far], chainage[far])
        better = refined[0] < distance[far]
        rows = far[better]
        distance[rows], chainage[rows], foot_lon[rows], foot_lat[rows] = (r[better] for r in refined)
    return {
        "distance_m": distance,
        "chainage_m": chainage,
        "side": side,
        "beyond": beyond,
        "foot_lon": foot_lon,
        "foot_lat": foot_lat,
    }


def _refine(route, lon, lat, chainage, steps=3):
    """Slide feet along the route until the geodesic to the point is square to it.

    Returns distance, chainage and foot; used only far from a piece's frame
    centre, and kept only where it brings the foot nearer.
    """
    foot_lon, foot_lat = route.point_at(chainage)
    for _ in range(steps):
        ahead = np.minimum(chainage + 1.0, route.length_m)
        blon, blat = route.point_at(np.vstack([ahead - 1.0, ahead]))
        route_az, _, _ = inverse(blon[0], blat[0], blon[1], blat[1])
        point_az, _, dist = inverse(foot_lon, foot_lat, lon, lat)
        # Along-track distance of the point from the foot (spherical formula).
        angle = np.tan(dist / MEAN_RADIUS_M) * np.cos(np.radians(point_az - route_az))
        chainage = np.clip(chainage + MEAN_RADIUS_M * np.arctan(angle), 0.0, route.length_m)
        foot_lon, foot_lat = route.point_at(chainage)
    distance = inverse(lon, lat, foot_lon, foot_lat)[2]
    return distance, chainage, foot_lon, foot_lat
