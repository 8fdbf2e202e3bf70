"""The corridor: every point within a geodesic width of the route, per side.

The outline is built in the route's planar frame with GEOS buffers, which get
the topology right (bends, joins, ends). A wider side is cut out of a full
buffer by the route itself, extended past its ends, instead of GEOS's
single-sided buffer, which has produced slivers (libgeos/geos#665, #1273).
Then every outline vertex that lies on an offset edge is moved, along the
geodesic from its foot on the route, to exactly its side's width on the
ellipsoid; this removes the frame's distortion whatever the route's length. The
result is validated: one valid polygon without specks, every moved vertex
within 1 m of its width and no vertex more than 1 m beyond it. Roads whose
corridor would cross 180° or come near a pole are refused first (:mod:`.reach`).

>>> from .route import Route
>>> route = Route.from_lonlat([36.0, 36.5], [35.0, 35.0])
>>> corridor = build_corridor(route, 6000, 6000)
>>> round(corridor.area_km2 / (12 * route.length_km), 3)
1.0
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import shapely

from .errors import CorridorError
from .geodesy import GEOD, MEAN_RADIUS_M, densify, forward, inverse
from .locate import LEFT, locate
from .messages import Message
from .nearest import SegmentIndex
from .outline import piece_outline
from .reach import check_reach
from .route import DEFAULT_MAX_EDGE_M, PIECE_M, RoutePiece
from .validate import WIDTH_TOLERANCE_M, checked_widths, nearer_elsewhere, on_extension, validated, without_specks

__all__ = ["Corridor", "build_corridor", "END_CAPS", "MAX_WIDTH_M", "MIN_WIDTH_M", "WIDTH_TOLERANCE_M"]

log = logging.getLogger(__name__)

END_CAPS = ("flat", "round")
# The widest the tests verify within WIDTH_TOLERANCE_M of true, by brute force on
# winding roads of 300 to 500 km (0.6 m at most). Wider, the nearest-road search
# that places the outline drifts (1.4 m at 50 km, 550 m at 500 km) while its own
# measure cannot see it, so wider widths are refused rather than built wrong.
MAX_WIDTH_M = 30_000.0
MIN_WIDTH_M = 10.0  # a narrower positive width is below what road data can tell



@dataclass(frozen=True, eq=False)
class Corridor:
    """A built corridor: its parameters, the stretch it covers and its polygon."""

    route: object  # the whole Route
    stretch: object  # the Route the corridor is built on (the route, or km A to B)
    left_m: float
    right_m: float
    end_cap: str
    from_km: float | None
    to_km: float | None
    polygon: shapely.Polygon  # lon/lat
    max_width_error_m: float  # over every outline vertex, as locate measures it (validate.checked_widths)

    @cached_property
    def area_km2(self):
        """Geodesic area on the WGS84 ellipsoid."""
        area, _ = GEOD.geometry_area_perimeter(self.polygon)
        return abs(area) / 1e6

    def width_for(self, side):
        """Width in metres for LEFT/RIGHT side codes (arrays allowed)."""
        return np.where(np.asarray(side) == LEFT, self.left_m, self.right_m)

    def covers(self, lon, lat, where):
        """Inside mask for points and their :class:`Location` on ``self.stretch``.

        Inside means within the width of the point's side. Past a flat end,
        where the nearest road point is the end itself, a point can still lie
        square to a bend just before it; there the outline itself decides.
        """
        inside = where.valid & (where.distance_m <= self.width_for(where.side) + 1e-6)
        if self.end_cap == "flat":
            past = np.flatnonzero(inside & (where.beyond != 0))
            if past.size:
                shapely.prepare(self.polygon)  # an index over the outline's edges
                inside[past] = shapely.contains_xy(self.polygon, lon[past], lat[past])
        return inside


def check_widths(left_m, right_m):
    for name, value in ((Message("The left width"), left_m), (Message("The right width"), right_m)):
        if not np.isfinite(value) or value < 0:
            raise CorridorError("{name} must be a number of metres, 0 or more; got {value}.", name=name, value=value)
        if 0 < value < MIN_WIDTH_M:
            raise CorridorError(
                "{name} of {value:g} m is under {min_m:g} m; use 0 for no corridor on that side, "
                "or at least {min_m:g} m.",
                name=name,
                value=value,
                min_m=MIN_WIDTH_M,
            )
        if value > MAX_WIDTH_M:
            raise CorridorError(
                "{name} of {value_km:g} km is over the limit of {max_km:g} km, the widest corridor this "
                "plugin keeps within 1 m of its true width; check the units (metres).",
                name=name,
                value_km=value / 1000,
                max_km=MAX_WIDTH_M / 1000,
            )
    if left_m == 0 and right_m == 0:
        raise CorridorError("Both widths are 0: give at least one side a width.")


def build_corridor(route, left_m=6000.0, right_m=6000.0, end_cap="flat", from_km=None, to_km=None):
    """Build the corridor ``left_m`` to the left and ``right_m`` to the right of ``route``.

    ``end_cap`` is "flat" (cut square at the ends) or "round". With ``from_km``
    and ``to_km`` the corridor covers only that stretch of the route.
    """
    left_m, right_m = float(left_m), float(right_m)
    check_widths(left_m, right_m)
    if end_cap not in END_CAPS:
        raise CorridorError(
            "Unknown end style '{end_cap}'; use one of {styles}.", end_cap=str(end_cap), styles=", ".join(END_CAPS)
        )
    stretch, km = _stretch(route, from_km, to_km)
    check_reach(stretch, left_m, right_m, km)
    # Piece by piece, each in its own frame, so that no frame is stretched over
    # more than a few hundred kilometres. Equal widths meet in round ends, which
    # lie within the corridor. A wider side's round end is cut by the road
    # extended straight in its frame, from which the road curves away (70 m at
    # 30 km), so that end would reach across the narrower side: with unequal
    # widths, pieces overlap and meet in flat ends instead.
    pieces = stretch.pieces
    joint = "round" if left_m == right_m else "flat"
    # Each outline is densified before the pieces are joined, so that where
    # they overlap their edges follow geodesics, not straight lon/lat lines
    # (tens of metres apart over a long straight road); and before the moves,
    # so that the points added on long offset edges are moved too: a geodesic
    # between two offset vertices bulges beyond the width (8 mm over 20 km at
    # 6 km, metres on long straight roads at 30 km).
    outlines = [
        _densified(
            piece_outline(
                piece if joint == "round" else _overlapping(stretch, k, max(left_m, right_m) + 1000.0),
                left_m,
                right_m,
                end_cap if k == 0 else joint,
                end_cap if k == len(pieces) - 1 else joint,
            )
        )
        for k, piece in enumerate(pieces)
    ]
    polygon = _counter_clockwise(outlines[0] if len(outlines) == 1 else _joined(outlines))
    polygon, measured = _true_widths(stretch, polygon, left_m, right_m, end_cap)
    polygon = validated(polygon)
    error = checked_widths(stretch, polygon, left_m, right_m, end_cap, measured, km)
    return Corridor(route, stretch, left_m, right_m, end_cap, from_km, to_km, polygon, error)


def _stretch(route, from_km, to_km):
    """The stretch to build on, and the route km of a chainage (m) on it."""
    if from_km is None and to_km is None:
        return route, lambda chainage_m: chainage_m / 1000.0
    start = 0.0 if from_km is None else float(from_km)
    end = route.length_km if to_km is None else float(to_km)
    if not 0 <= start < end <= route.length_km + 1e-9:
        raise CorridorError(
            "The corridor stretch km {start:g} to km {end:g} must lie within the route (km 0 to "
            "{length_km:.3f}) with its start before its end.",
            start=start,
            end=end,
            length_km=route.length_km,
        )
    return route.substring(start * 1000, end * 1000), lambda chainage_m: start + chainage_m / 1000.0


def _overlapping(stretch, k, reach_m):
    """Piece ``k`` of ``stretch`` extended by ``reach_m`` of road into its neighbours."""
    pieces, chain = stretch.pieces, stretch.chainage_m
    piece = pieces[k]
    first, last = piece.first, piece.last
    if k > 0:
        first = max(int(np.searchsorted(chain, chain[first] - reach_m, side="right")) - 1, 0)
    if k < len(pieces) - 1:
        last = min(int(np.searchsorted(chain, chain[last] + reach_m)), chain.size - 1)
    xy = piece.frame.forward(stretch.lon[first : last + 1], stretch.lat[first : last + 1])
    return RoutePiece(first, last, piece.frame, xy, SegmentIndex(*xy), piece.centre, piece.radius)


def _joined(outlines):
    """Union of the pieces' outlines, without the specks their seams can leave."""
    return without_specks(shapely.union_all(outlines))


def _counter_clockwise(polygon):
    """Exterior rings counter-clockwise, holes clockwise."""
    parts = shapely.get_parts(polygon)
    flip = ~shapely.is_ccw(shapely.get_exterior_ring(parts))
    parts[flip] = shapely.reverse(parts[flip])
    return parts[0] if parts.size == 1 else shapely.multipolygons(parts)


def _true_widths(stretch, polygon, left_m, right_m, end_cap):
    """Move offset vertices to their exact geodesic width; return the polygon and
    what locate measured at every vertex after the moves (see checked_widths)."""
    coords = shapely.get_coordinates(polygon)
    where = locate(stretch, coords[:, 0], coords[:, 1])
    measured = {key: getattr(where, key).copy() for key in ("distance_m", "chainage_m", "side", "beyond")}
    target = np.where(where.side == LEFT, left_m, right_m)
    seam = np.zeros(len(coords), dtype=bool)
    if end_cap == "round" and left_m != right_m:
        # Past a round end the two widths meet in a step on the route's
        # extension, where the side is a toss-up: of the step, only its outer
        # corner sits at a width, the wider one.
        past = np.flatnonzero(where.beyond != 0)
        seam[past[on_extension(stretch, coords[past], WIDTH_TOLERANCE_M)]] = True
        target[seam] = max(left_m, right_m)
    # The frame's distortion, which is what puts vertices at the ends off their width.
    distortion = target * (1 - np.cos((PIECE_M / 2 + target) / MEAN_RADIUS_M)) * 2 + 0.5
    # Offset vertices sit near their width (GEOS smooths the line it offsets by
    # up to 1% of the width, the frame adds its distortion); cap vertices and
    # the seam between two widths lie well inside it.
    error = np.abs(where.distance_m - target)
    on_offset = (target > 0) & (error <= 0.05 * target + 5.0) & (~seam | (error <= distortion))
    if end_cap == "flat":
        # A flat end is a straight cut through the end vertex: of its vertices
        # only the two corners sit at the width, off by the frame's distortion.
        at_end = (where.chainage_m <= 1e-6) | (where.chainage_m >= stretch.length_m - 1e-6)
        on_offset &= ~at_end | (error <= distortion)
    moved = np.flatnonzero(on_offset)
    target = target[moved]
    error = np.zeros(moved.size)
    again = np.arange(moved.size)
    foot_lon, foot_lat = where.foot_lon[moved], where.foot_lat[moved]
    for _ in range(3):
        rows = moved[again]
        _move(coords, rows, foot_lon, foot_lat, target[again])
        # Measure again. Where two stretches of road are equally near (the inner
        # side of a bend), a move can bring a vertex nearer the other one: move
        # those again from their new feet.
        check = _measured_again(stretch, coords, rows, measured)
        error[again] = np.abs(check["distance_m"] - target[again])
        off = error[again] > 0.01
        if not off.any():
            break
        again, foot_lon, foot_lat = again[off], check["foot_lon"][off], check["foot_lat"][off]
    # A new geometry, not set_coordinates: that changes the polygon in place.
    polygon = shapely.transform(polygon, lambda _: coords)
    measured["target_m"] = np.full(len(coords), np.nan)
    measured["target_m"][moved] = target
    measured["coords"] = coords
    return polygon, measured


def _measured_again(stretch, coords, rows, measured):
    """Measures and feet of the (sorted) ``rows`` of ``coords``, also written
    into ``measured``: locate's, or a nearer stretch's (validate.nearer_elsewhere)."""
    where = locate(stretch, coords[rows, 0], coords[rows, 1])
    check = {key: getattr(where, key) for key in (*measured, "foot_lon", "foot_lat")}
    for key, values in measured.items():
        values[rows] = check[key]
    nearer, found = nearer_elsewhere(stretch, coords, measured["chainage_m"], measured["distance_m"], rows)
    if nearer.size:
        at = np.searchsorted(rows, nearer)
        for key, values in found.items():
            measured[key][nearer] = check[key][at] = values
        check["foot_lon"][at], check["foot_lat"][at] = stretch.point_at(found["chainage_m"])
    return check


def _move(coords, rows, foot_lon, foot_lat, distance_m):
    """Move vertices along the geodesic from their feet to ``distance_m``."""
    azimuth, _, _ = inverse(foot_lon, foot_lat, coords[rows, 0], coords[rows, 1])
    lon, lat, _ = forward(foot_lon, foot_lat, azimuth, distance_m)
    coords[rows] = np.column_stack([lon, lat])


def _densified(polygon):
    """Geodesic points on edges longer than the route's edges (flat ends), so
    that straight lon/lat edges stay within centimetres of geodesics."""

    def ring(coords):
        lon, lat = densify(coords[:, 0], coords[:, 1], DEFAULT_MAX_EDGE_M)
        return np.column_stack([lon, lat])

    parts = [
        shapely.Polygon(ring(shapely.get_coordinates(p.exterior)), [ring(shapely.get_coordinates(r)) for r in p.interiors])
        for p in shapely.get_parts(polygon)
    ]
    return parts[0] if len(parts) == 1 else shapely.MultiPolygon(parts)
