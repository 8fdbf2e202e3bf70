"""Synthetic inputs for the benchmarks: meandering roads and random incidents.

A road is built the way it would be driven: one geodesic step of fixed length
(Geod.fwd, so vertex spacing is true metres) after another, with the heading
changed a little at every vertex. The curvature follows a road-like alignment:
straights (200 m to 8 km), then circular bends (radius 300 m to 30 km, turning
5 to 60 degrees), joined by linear curvature ramps (clothoids of 60 to 200 m).
Bends turn towards a slowly wandering target heading (east +- ``wander_deg``)
three times out of four, which gives north-south wander without losing the
overall direction. Everything is seeded, so runs are comparable.
"""

from __future__ import annotations

import math

import numpy as np
from pyproj import Geod

GEOD = Geod(ellps="WGS84")


def meandering_road(lon0, lat0, n_vertices, step_m, seed, heading=90.0, wander_deg=35.0,
                    wander_km=400.0):
    """Lon/lat arrays of a smooth meandering road of ``n_vertices`` every ``step_m``."""
    rng = np.random.default_rng(seed)
    lon = np.empty(n_vertices)
    lat = np.empty(n_vertices)
    lon[0], lat[0] = lon0, lat0
    azimuth = float(heading)
    curvature = 0.0  # degrees of heading per metre (positive: turning right)
    target_curvature = 0.0
    ramp = 0.0  # largest curvature change per step
    left_m = 0.0  # what remains of the current element
    in_straight = True
    phase = rng.uniform(0.0, 2.0 * math.pi)
    fwd = GEOD.fwd
    for i in range(1, n_vertices):
        if left_m <= 0.0:
            if in_straight:  # start a bend
                s = i * step_m
                wanted = heading + wander_deg * math.sin(2 * math.pi * s / (wander_km * 1000) + phase)
                off = (wanted - azimuth + 180.0) % 360.0 - 180.0
                sign = (1 if off > 0 else -1) if rng.random() < 0.75 else int(rng.choice((-1, 1)))
                radius = math.exp(rng.uniform(math.log(300.0), math.log(30_000.0)))
                target_curvature = sign * math.degrees(1.0 / radius)
                left_m = math.radians(rng.uniform(5.0, 60.0)) * radius
                ramp = abs(target_curvature) * step_m / rng.uniform(60.0, 200.0)
            else:  # back to a straight
                target_curvature = 0.0
                left_m = math.exp(rng.uniform(math.log(200.0), math.log(8000.0)))
                ramp = abs(curvature) * step_m / rng.uniform(60.0, 200.0) + 1e-12
            in_straight = not in_straight
        if curvature < target_curvature:
            curvature = min(curvature + ramp, target_curvature)
        elif curvature > target_curvature:
            curvature = max(curvature - ramp, target_curvature)
        lon[i], lat[i], back = fwd(lon[i - 1], lat[i - 1], azimuth, step_m)
        # Carry on along the geodesic (its forward azimuth at arrival), then turn.
        azimuth = back + 180.0 + curvature * step_m
        left_m -= step_m
    return lon, lat


def turn_radii_m(lon, lat):
    """Radius of the circle through every three consecutive vertices (metres)."""
    az, back, step = GEOD.inv(lon[:-1], lat[:-1], lon[1:], lat[1:])
    arrive = np.asarray(back) + 180.0
    turn = np.radians((np.asarray(az)[1:] - arrive[:-1] + 180.0) % 360.0 - 180.0)
    with np.errstate(divide="ignore"):
        return np.asarray(step)[1:] / np.abs(turn)


def box_around(lon, lat, width_km, height_km):
    """(west, east, south, north) of a width x height km box centred on the points' extent."""
    clon = 0.5 * (np.min(lon) + np.max(lon))
    clat = 0.5 * (np.min(lat) + np.max(lat))
    east, _, _ = GEOD.fwd(clon, clat, 90.0, width_km * 500.0)
    west, _, _ = GEOD.fwd(clon, clat, 270.0, width_km * 500.0)
    _, north, _ = GEOD.fwd(clon, clat, 0.0, height_km * 500.0)
    _, south, _ = GEOD.fwd(clon, clat, 180.0, height_km * 500.0)
    return west, east, south, north


def random_incidents(box, n, seed, first_day="2020-02-01", end_day="2020-04-01"):
    """``n`` points uniform in lon/lat over ``box`` and random datetime64[s] dates."""
    rng = np.random.default_rng(seed)
    west, east, south, north = box
    lon = rng.uniform(west, east, n)
    lat = rng.uniform(south, north, n)
    start = np.datetime64(first_day, "s")
    span = int((np.datetime64(end_day, "s") - start).astype(np.int64))
    dates = start + rng.integers(0, span, n).astype("timedelta64[s]")
    return lon, lat, dates


def road_centred_on(lon_c, lat_c, n_vertices, step_m, seed, **options):
    """A :func:`meandering_road` whose extent is centred on (lon_c, lat_c).

    A shift in longitude is an isometry of the ellipsoid, so it keeps the true
    spacing; the start latitude is corrected once and the road built again.
    """
    lat0 = lat_c
    for _ in range(2):
        lon, lat = meandering_road(0.0, lat0, n_vertices, step_m, seed, **options)
        lat0 += lat_c - 0.5 * (lat.min() + lat.max())
    lon = lon + (lon_c - 0.5 * (lon.min() + lon.max()))
    return lon, lat
