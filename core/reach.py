"""Whether a corridor fits in longitude/latitude: clear of the 180° meridian and the poles.

A corridor is a polygon in longitude/latitude. Such a polygon cannot wrap from
180° to -180°, nor surround a pole, and near a pole its straight edges no
longer follow the true outline. Roads whose corridor would need any of that
are refused before the outline is built, with the place named.

>>> from .route import Route
>>> check_reach(Route.from_lonlat([36.0, 36.5], [35.0, 35.0]), 6000, 6000)
"""

from __future__ import annotations

import numpy as np

from .errors import UnsupportedAreaError
from .geodesy import E2, SEMI_MAJOR_M, inverse
from .locate import LEFT, locate
from .messages import Message
from .route import DEFAULT_MAX_EDGE_M, side_word

__all__ = ["check_reach", "POLE_CLEARANCE_M", "MERIDIAN_MARGIN_M"]

# A straight lon/lat edge of length L at distance r from a pole strays about
# L**2 / (8 r) from its geodesic: with edges of up to DEFAULT_MAX_EDGE_M (the
# outline's, and the road's, along which feet are placed), 10 cm at this
# distance, 1 m at a tenth of it.
_EDGE_SAG_M = 0.1
POLE_CLEARANCE_M = DEFAULT_MAX_EDGE_M**2 / (8 * _EDGE_SAG_M)  # 78 km
# Outlines are built before their vertices are moved to the exact width, and
# then overshoot it by up to 0.25 m (at 30 km); a wrap across 180° then breaks
# them. The meridian is sampled every _SAMPLE_M, which can hide half a step.
MERIDIAN_MARGIN_M = 50.0
_SAMPLE_M = 50.0
_MIN_METRES_PER_DEGREE = 110_570.0  # of meridian arc, at the equator
_MAX_METRES_PER_DEGREE = 111_700.0  # of meridian arc, at the poles
_MIN_USEFUL_WIDTH_M = 10.0  # the narrowest width a corridor takes (corridor.MIN_WIDTH_M)
_WHY_180 = Message(
    "corridors across the antimeridian are not supported, because a polygon in "
    "longitude/latitude cannot wrap from 180° to -180°."
)


def check_reach(stretch, left_m, right_m, km=None):
    """Raise UnsupportedAreaError if the corridor around ``stretch`` (a Route)
    would come near a pole or reach the 180° meridian.

    ``km`` turns a chainage on ``stretch`` (m) into the km of the whole route
    that messages give; by default the stretch's own km.
    """
    km = km or (lambda chainage_m: chainage_m / 1000.0)
    wide = max(left_m, right_m)
    _check_poles(stretch, wide, km)
    _check_crossing(stretch, wide, km)
    _check_meridian(stretch, left_m, right_m, km)


def _check_poles(stretch, wide, km):
    lon, lat = stretch.lon, stretch.lat
    limit = wide + POLE_CLEARANCE_M
    near = np.flatnonzero((90.0 - np.abs(lat)) * _MIN_METRES_PER_DEGREE < limit)
    if not near.size:
        return
    _, _, distance = inverse(lon[near], lat[near], lon[near], np.copysign(90.0, lat[near]))
    k = int(np.argmin(distance))
    if distance[k] >= limit:
        return
    i = near[k]
    pole = Message("the North Pole") if lat[i] > 0 else Message("the South Pole")
    raise UnsupportedAreaError(
        "The road comes within {distance_km:.1f} km of {pole} near {lon:.5f}, {lat:.5f} (km {route_km:.1f} "
        "of the route): corridors near a pole are not supported, because a polygon in longitude/latitude "
        "cannot surround a pole, and within {clearance_km:.0f} km of one its straight edges stray from "
        "the true outline. With a width of {width_km:g} km the road must stay at least {limit_km:.1f} km "
        "from the pole.",
        (lon[i], lat[i]),
        km(stretch.chainage_m[i]),
        distance_km=float(distance[k] / 1000),
        pole=pole,
        lon=float(lon[i]),
        lat=float(lat[i]),
        route_km=float(km(stretch.chainage_m[i])),
        clearance_km=POLE_CLEARANCE_M / 1000,
        width_km=wide / 1000,
        limit_km=limit / 1000,
    )


def _check_crossing(stretch, wide, km):
    lon, lat = stretch.lon, stretch.lat
    jumps = np.flatnonzero(np.abs(np.diff(lon)) > 180.0)
    if not jumps.size:
        return
    i = int(jumps[0])
    short = (wide + MERIDIAN_MARGIN_M) / 1000
    raise UnsupportedAreaError(
        "The road crosses the 180° meridian near {lon:.5f}, {lat:.5f} (km {route_km:.1f} of the route): {why} "
        "Split the road at 180° and build each side separately, each ending at least {short_km:.2f} km "
        "short of the meridian (a corridor cannot reach it either).",
        (lon[i], lat[i]),
        km(stretch.chainage_m[i]),
        lon=float(lon[i]),
        lat=float(lat[i]),
        route_km=float(km(stretch.chainage_m[i])),
        why=_WHY_180,
        short_km=short,
    )


def _check_meridian(stretch, left_m, right_m, km):
    """Refuse a corridor that would reach the meridian, by locating points along it.

    Every vertex's distance to the meridian's plane (a lower bound of its
    geodesic distance to the meridian) first tells whether the meridian can be
    near at all; then the meridian itself is sampled near those vertices, so
    that each side and end counts with its own width.
    """
    wide = max(left_m, right_m)
    lon, lat = stretch.lon, stretch.lat
    phi = np.radians(lat)
    plane = SEMI_MAJOR_M / np.sqrt(1 - E2 * np.sin(phi) ** 2) * np.cos(phi) * np.abs(np.sin(np.radians(lon)))
    near = (np.abs(lon) > 90.0) & (plane < wide + MERIDIAN_MARGIN_M)
    if not near.any():
        return
    reach = (wide + MERIDIAN_MARGIN_M) / _MIN_METRES_PER_DEGREE
    low, high = max(lat[near].min() - reach, -90.0), min(lat[near].max() + reach, 90.0)
    count = int(np.ceil((high - low) * _MAX_METRES_PER_DEGREE / _SAMPLE_M)) + 1
    samples = np.linspace(low, high, count)
    where = locate(stretch, np.full(count, 180.0), samples)
    width = np.where(where.side == LEFT, left_m, right_m)
    clearance = where.distance_m - width
    k = int(np.argmin(clearance))
    if clearance[k] >= MERIDIAN_MARGIN_M:
        return
    side = stretch.side_names[0 if where.side[k] == LEFT else 1]
    place = (float(where.foot_lon[k]), float(where.foot_lat[k]))
    chainage_km = km(where.chainage_m[k])
    narrower_m = where.distance_m[k] - MERIDIAN_MARGIN_M
    if narrower_m >= _MIN_USEFUL_WIDTH_M:
        fix = Message(
            "Narrow the {side} side to under {narrower_km:.2f} km there, so that the corridor stops short of 180°.",
            side=side_word(side),
            narrower_km=float(narrower_m / 1000),
        )
    else:
        fix = Message(
            "The road itself runs too close to 180° there: build the corridor on a stretch that "
            "stays at least {clear_km:.2f} km from the meridian.",
            clear_km=(wide + MERIDIAN_MARGIN_M) / 1000,
        )
    raise UnsupportedAreaError(
        "The corridor would cross the 180° meridian near {lon:.5f}, {lat:.5f} (km {route_km:.1f} of the route), "
        "where the road is {distance_km:.2f} km from the meridian and the {side} side is {width_km:g} km "
        "wide: {why} {fix}",
        place,
        chainage_km,
        lon=place[0],
        lat=place[1],
        route_km=float(chainage_km),
        distance_km=float(where.distance_m[k] / 1000),
        side=side_word(side),
        width_km=float(width[k] / 1000),
        why=_WHY_180,
        fix=fix,
    )
