"""Independent geodesic measurements and test data for the core tests."""

import json
from pathlib import Path

import numpy as np
from pyproj import Geod

from secure_corridor.core import Place, Route

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"
GEOD = Geod(ellps="WGS84")

# Places used in the tests (WGS84 lon, lat; OCHA's public locations list).
TRUMBA = Place("Trumba", 36.76914, 35.86034)
SARAQEB = Place("Saraqeb", 36.80611, 35.86111)
AIN_AL_HAVR = Place("Ain al-Havr", 36.16736, 35.78132)
MAARAT_MISRIN = Place("Maarat Misrin", 36.67272, 36.01390)


def m4_coordinates():
    """The approximate M4, west to east, as an (n, 2) lon/lat array."""
    data = json.loads((SAMPLE / "m4_approximate.geojson").read_text(encoding="utf-8"))
    return np.array(data["features"][0]["geometry"]["coordinates"], dtype=float)



def geodesic_line(lon, lat, azimuths, step_m):
    """A polyline walked from (lon, lat) with one azimuth per step of ``step_m``."""
    lons, lats = [lon], [lat]
    for az in azimuths:
        lon, lat, _ = GEOD.fwd(lon, lat, az, step_m)
        lons.append(lon)
        lats.append(lat)
    return np.array(lons), np.array(lats)


def offset_point(route, chainage_m, distance_m, left=True):
    """The point ``distance_m`` off the route, square to it, at ``chainage_m``."""
    (lon0, lon1), (lat0, lat1) = route.point_at([chainage_m - 0.5, chainage_m + 0.5])
    az, _, _ = GEOD.inv(lon0, lat0, lon1, lat1)
    lon, lat = route.point_at(chainage_m)
    out_lon, out_lat, _ = GEOD.fwd(lon, lat, az + (-90 if left else 90), distance_m)
    return float(out_lon), float(out_lat)


def brute_distance(route, lon, lat, step_m=25.0, window_m=None, near_m=None):
    """Geodesic distance from points to the route, by brute force over the route
    densified every ``step_m`` (independent of the engine's own search).

    With ``window_m`` only route points within that chainage of ``near_m`` are
    searched (for very long routes).
    """
    lon = np.atleast_1d(np.asarray(lon, dtype=float))
    lat = np.atleast_1d(np.asarray(lat, dtype=float))
    # Densify along the route's geodesic edges.
    rl, rb = [], []
    for i in range(route.lon.size - 1):
        n = max(1, int(np.ceil((route.chainage_m[i + 1] - route.chainage_m[i]) / step_m)))
        pts = GEOD.npts(route.lon[i], route.lat[i], route.lon[i + 1], route.lat[i + 1], n - 1) if n > 1 else []
        rl += [route.lon[i]] + [p[0] for p in pts]
        rb += [route.lat[i]] + [p[1] for p in pts]
    rl.append(route.lon[-1])
    rb.append(route.lat[-1])
    rl, rb = np.array(rl), np.array(rb)
    chain = np.concatenate([[0], np.cumsum(GEOD.inv(rl[:-1], rb[:-1], rl[1:], rb[1:])[2])])
    out = np.empty(lon.size)
    for k in range(lon.size):
        sel = slice(None)
        if window_m is not None:
            sel = np.abs(chain - near_m[k]) <= window_m
        ll, bb = rl[sel], rb[sel]
        near = int(np.argmin(GEOD.inv(np.full(ll.size, lon[k]), np.full(ll.size, lat[k]), ll, bb)[2]))
        # Refine on the two densified edges around the nearest point, every ~5 cm.
        fine = []
        for a, b in ((near - 1, near), (near, near + 1)):
            if 0 <= a and b < ll.size:
                fine += [(ll[a], bb[a])] + GEOD.npts(ll[a], bb[a], ll[b], bb[b], int(step_m / 0.05)) + [(ll[b], bb[b])]
        fine = np.array(fine or [(ll[near], bb[near])])
        out[k] = GEOD.inv(np.full(len(fine), lon[k]), np.full(len(fine), lat[k]), fine[:, 0], fine[:, 1])[2].min()
    return out


def straight_route(lon0, lat0, azimuth, length_m):
    """A route along one geodesic (densified by the engine)."""
    lon1, lat1, _ = GEOD.fwd(lon0, lat0, azimuth, length_m)
    return Route.from_lonlat([lon0, lon1], [lat0, lat1])
