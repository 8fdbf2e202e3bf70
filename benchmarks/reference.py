"""Brute-force geodesic distance from points to a route, independent of the engine.

The route (lon/lat vertices joined by geodesics) is densified with pyproj's
Geod every ``spacing_m`` or less; the distance of a point is the least Geod.inv
distance to those points. A spherical distance to all of them first narrows
the candidates (everything within 1% + 20 m of the spherical minimum, far more
than the sphere's error), then the best candidate's neighbourhood is densified
again every 5 cm, so the discretisation error stays below a few centimetres even
for points on the road.
"""

from __future__ import annotations

import numpy as np
from pyproj import Geod

GEOD = Geod(ellps="WGS84")
_R = 6_371_008.8


def densify(lon, lat, spacing_m):
    """Points every ``spacing_m`` or less along the geodesic polyline (ends included)."""
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    az, _, step = GEOD.inv(lon[:-1], lat[:-1], lon[1:], lat[1:])
    az, step = np.asarray(az), np.asarray(step)
    pieces = np.maximum(1, np.ceil(step / spacing_m).astype(np.int64))
    edge = np.repeat(np.arange(step.size), pieces)
    rank = np.arange(edge.size) - np.repeat(np.cumsum(pieces) - pieces, pieces)
    along = step[edge] * rank / pieces[edge]
    out_lon, out_lat, _ = GEOD.fwd(lon[edge], lat[edge], az[edge], along)
    return np.append(out_lon, lon[-1]), np.append(out_lat, lat[-1])


def _sphere_distance(lon1, lat1, lon2, lat2):
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dphi = p2 - p1
    dlam = np.radians(lon2 - lon1)
    a = np.sin(dphi / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dlam / 2) ** 2
    return 2 * _R * np.arcsin(np.sqrt(np.minimum(a, 1.0)))


def distances(route_lon, route_lat, lon, lat, spacing_m=5.0, chunk=64):
    """Geodesic distance (m) from every point to the route, by brute force."""
    dlon, dlat = densify(route_lon, route_lat, spacing_m)
    out = np.empty(np.size(lon))
    for lo in range(0, out.size, chunk):
        plon = np.asarray(lon[lo:lo + chunk])[:, None]
        plat = np.asarray(lat[lo:lo + chunk])[:, None]
        sphere = _sphere_distance(plon, plat, dlon[None, :], dlat[None, :])
        limit = sphere.min(axis=1, keepdims=True) * 1.01 + 20.0
        for k in range(plon.shape[0]):
            cand = np.flatnonzero(sphere[k] <= limit[k])
            _, _, d = GEOD.inv(np.full(cand.size, plon[k, 0]), np.full(cand.size, plat[k, 0]),
                               dlon[cand], dlat[cand])
            best = int(cand[np.argmin(d)])
            out[lo + k] = _refine(dlon, dlat, best, plon[k, 0], plat[k, 0])
    return out


def _refine(dlon, dlat, best, plon, plat):
    """Least distance to the pieces of route either side of densified point ``best``."""
    lo, hi = max(best - 1, 0), min(best + 1, dlon.size - 1)
    flon, flat = densify(dlon[lo:hi + 1], dlat[lo:hi + 1], 0.05)
    _, _, d = GEOD.inv(np.full(flon.size, plon), np.full(flon.size, plat), flon, flat)
    return float(np.min(d))
