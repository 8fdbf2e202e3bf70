"""Geodesic helpers on the WGS84 ellipsoid, vectorised over numpy arrays.

A polyline here is a pair of lon/lat arrays whose edges are geodesics. Chainage
is the geodesic length from the first vertex, in metres.

>>> import numpy as np
>>> lon, lat = np.array([36.0, 37.0]), np.array([35.0, 35.0])
>>> round(float(cumulative_lengths(lon, lat)[-1]))
91288
"""

from __future__ import annotations

import numpy as np
from pyproj import CRS, Geod, Transformer

from .errors import InvalidCoordinatesError
from .messages import Message

__all__ = [
    "GEOD",
    "WGS84",
    "inverse",
    "forward",
    "to_lonlat",
    "ecef",
    "cumulative_lengths",
    "densify",
    "point_at",
]

GEOD = Geod(ellps="WGS84")
WGS84 = CRS.from_epsg(4326)
SEMI_MAJOR_M = 6378137.0
FLATTENING = 1 / 298.257223563
E2 = FLATTENING * (2 - FLATTENING)  # first eccentricity squared
MEAN_RADIUS_M = 6_371_008.8


def _call(method, *args):
    """Call a Geod method on 1-d arrays and get 1-d arrays back.

    pyproj treats one-element arrays as scalars, which numpy 1.25+ deprecates.
    """
    arrays = np.broadcast_arrays(*(np.atleast_1d(np.asarray(a, dtype=float)) for a in args))
    if arrays[0].size == 1:
        return tuple(np.array([r]) for r in method(*(float(a[0]) for a in arrays)))
    return tuple(np.asarray(r, dtype=float) for r in method(*(np.ravel(a) for a in arrays)))


def inverse(lon1, lat1, lon2, lat2):
    """Forward azimuth, back azimuth and geodesic distance (m) between points."""
    return _call(GEOD.inv, lon1, lat1, lon2, lat2)


def forward(lon, lat, azimuth, distance_m):
    """Lon, lat and back azimuth of points ``distance_m`` along ``azimuth``."""
    return _call(GEOD.fwd, lon, lat, azimuth, distance_m)


def to_lonlat(x, y, crs=None):
    """Transform coordinates in ``crs`` (anything pyproj accepts) to WGS84 lon/lat.

    ``crs=None`` means the input already is WGS84 lon/lat.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if crs is not None:
        source = CRS.from_user_input(crs)
        if not source.equals(WGS84, ignore_axis_order=True):
            transformer = Transformer.from_crs(source, WGS84, always_xy=True)
            x, y = transformer.transform(x, y)
            x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    return x, y


def check_lonlat(lon, lat, what):
    """Raise InvalidCoordinatesError unless every lon/lat is finite and in range."""
    if not (np.all(np.isfinite(lon)) and np.all(np.isfinite(lat))):
        raise InvalidCoordinatesError(
            "{what} has missing coordinates, or ones that cannot be converted to "
            "WGS84; fix them, or check the layer's CRS.",
            what=what,
        )
    if np.any(np.abs(lat) > 90) or np.any(np.abs(lon) > 180):
        raise InvalidCoordinatesError(
            "{what} has coordinates outside longitude -180..180 / latitude "
            "-90..90 after conversion to WGS84; check the layer's CRS.",
            what=what,
        )


def point_arrays(lon, lat, what=Message("The points")):
    """lon and lat as float arrays of one point each (NaN stays NaN, to be
    flagged missing); InvalidCoordinatesError when they are not numbers or
    differ in length."""
    try:
        lon = np.atleast_1d(np.asarray(lon, dtype=float))
        lat = np.atleast_1d(np.asarray(lat, dtype=float))
    except (TypeError, ValueError) as error:
        raise InvalidCoordinatesError(
            "{what}' coordinates must be numbers of degrees ({error}).", what=what, error=str(error)
        ) from None
    if lon.shape != lat.shape or lon.ndim != 1:
        raise InvalidCoordinatesError(
            "{what} have {longitudes} longitudes and {latitudes} latitudes: give one of each per point.",
            what=what,
            longitudes=lon.size,
            latitudes=lat.size,
        )
    return lon, lat


def cumulative_lengths(lon, lat):
    """Chainage in metres of every vertex of a geodesic polyline."""
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    if lon.size < 2:
        return np.zeros(lon.size)
    _, _, step = inverse(lon[:-1], lat[:-1], lon[1:], lat[1:])
    return np.concatenate([[0.0], np.cumsum(step)])


def densify(lon, lat, max_edge_m):
    """Insert geodesic points so that no edge is longer than ``max_edge_m``."""
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    if lon.size < 2:
        return lon, lat
    az, _, step = inverse(lon[:-1], lat[:-1], lon[1:], lat[1:])
    pieces = np.maximum(1, np.ceil(step / max_edge_m).astype(int))
    if np.all(pieces == 1):
        return lon, lat
    # Every edge keeps its start vertex and gains pieces-1 points after it.
    edge = np.repeat(np.arange(step.size), pieces)
    first = np.repeat(np.cumsum(pieces) - pieces, pieces)
    fraction = (np.arange(edge.size) - first) / pieces[edge]
    new_lon, new_lat, _ = forward(lon[edge], lat[edge], az[edge], step[edge] * fraction)
    new_lon = np.where(fraction == 0, lon[edge], new_lon)
    new_lat = np.where(fraction == 0, lat[edge], new_lat)
    return np.append(new_lon, lon[-1]), np.append(new_lat, lat[-1])


def point_at(lon, lat, cum_m, chainage_m):
    """Lon/lat of the points at the given chainages (clipped to the polyline)."""
    shape = np.shape(chainage_m)
    chainage = np.clip(np.ravel(np.asarray(chainage_m, dtype=float)), 0.0, cum_m[-1])
    edge = np.clip(np.searchsorted(cum_m, chainage, side="right") - 1, 0, cum_m.size - 2)
    along = chainage - cum_m[edge]
    az, _, _ = inverse(lon[edge], lat[edge], lon[edge + 1], lat[edge + 1])
    out_lon, out_lat, _ = forward(lon[edge], lat[edge], az, along)
    return out_lon.reshape(shape), out_lat.reshape(shape)



def ecef(lon, lat):
    """Earth-centred Cartesian coordinates (m) of points on the ellipsoid, (n, 3).

    Straight-line (chord) distances between them never exceed geodesic ones,
    which makes them safe lower bounds.
    """
    lam = np.radians(np.asarray(lon, dtype=float))
    phi = np.radians(np.asarray(lat, dtype=float))
    nu = SEMI_MAJOR_M / np.sqrt(1 - E2 * np.sin(phi) ** 2)
    return np.column_stack(
        [nu * np.cos(phi) * np.cos(lam), nu * np.cos(phi) * np.sin(lam), nu * (1 - E2) * np.sin(phi)]
    )
