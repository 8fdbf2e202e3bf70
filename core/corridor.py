"""The corridor: every point within a geodesic width of the route, per side.

The outline is built in the route's planar frame with GEOS buffers, which get
the topology right (bends, joins, ends). A wider side is cut out of a full
buffer by the route itself, extended past its ends, instead of GEOS's
single-sided buffer, which has produced slivers (libgeos/geos#665, #1273).
Then every outline vertex that lies on an offset edge is moved, along the
geodesic from its foot on the route, to exactly its side's width on the
ellipsoid; this removes the frame's distortion whatever the route's length. The
result is validated: one valid polygon, every offset vertex within 1 m.

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

from .errors import CorridorError, InvalidCorridorError
from .geodesy import GEOD, MEAN_RADIUS_M, densify, forward, inverse
from .locate import LEFT, locate
from .outline import piece_outline
from .route import DEFAULT_MAX_EDGE_M, PIECE_M

__all__ = ["Corridor", "build_corridor", "END_CAPS", "MAX_WIDTH_M", "MIN_WIDTH_M", "WIDTH_TOLERANCE_M"]

log = logging.getLogger(__name__)

END_CAPS = ("flat", "round")
# The widest the tests verify within WIDTH_TOLERANCE_M of true, by brute force on
# winding roads of 300 to 500 km (0.6 m at most). Wider, the nearest-road search
# that places the outline drifts (1.4 m at 50 km, 550 m at 500 km) while its own
# measure cannot see it, so wider widths are refused rather than built wrong.
MAX_WIDTH_M = 30_000.0
MIN_WIDTH_M = 10.0  # a narrower positive width is below what road data can tell
WIDTH_TOLERANCE_M = 1.0  # largest accepted error of an offset vertex
SPECK_M2 = 1.0  # parts and holes smaller than this are artefacts, not corridor



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
    max_width_error_m: float  # largest |distance - width| over offset vertices

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
    for name, value in (("left width", left_m), ("right width", right_m)):
        if not np.isfinite(value) or value < 0:
            raise CorridorError(f"The {name} must be a number of metres, 0 or more; got {value}.")
        if 0 < value < MIN_WIDTH_M:
            raise CorridorError(
                f"The {name} of {value:g} m is under {MIN_WIDTH_M:g} m; use 0 for no "
                f"corridor on that side, or at least {MIN_WIDTH_M:g} m."
            )
        if value > MAX_WIDTH_M:
            raise CorridorError(
                f"The {name} of {value / 1000:g} km is over the limit of {MAX_WIDTH_M / 1000:g} km, the "
                "widest corridor this plugin keeps within 1 m of its true width; check the units (metres)."
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
        raise CorridorError(f"Unknown end style '{end_cap}'; use one of {', '.join(END_CAPS)}.")
    stretch = _stretch(route, from_km, to_km)
    # Piece by piece, each in its own frame (round where pieces meet), so that
    # no frame is stretched over more than a few hundred kilometres.
    pieces = stretch.pieces
    outlines = [
        piece_outline(
            piece,
            left_m,
            right_m,
            end_cap if k == 0 else "round",
            end_cap if k == len(pieces) - 1 else "round",
        )
        for k, piece in enumerate(pieces)
    ]
    polygon = _counter_clockwise(outlines[0] if len(outlines) == 1 else _joined(outlines))
    polygon, error = _true_widths(stretch, polygon, left_m, right_m, end_cap)
    polygon = _validated(_densified(polygon), error)
    return Corridor(route, stretch, left_m, right_m, end_cap, from_km, to_km, polygon, error)


def _stretch(route, from_km, to_km):
    if from_km is None and to_km is None:
        return route
    start = 0.0 if from_km is None else float(from_km)
    end = route.length_km if to_km is None else float(to_km)
    if not 0 <= start < end <= route.length_km + 1e-9:
        raise CorridorError(
            f"The corridor stretch km {start:g} to km {end:g} must lie within the "
            f"route (km 0 to {route.length_km:.3f}) with its start before its end."
        )
    return route.substring(start * 1000, end * 1000)


def _joined(outlines):
    """Union of the pieces' outlines, without the specks their seams can leave."""
    return _without_specks(shapely.union_all(outlines))


def _without_specks(polygonal):
    """The polygons of ``polygonal`` without parts or holes under SPECK_M2.

    Seams between pieces and repairs of an outline can leave such specks, and
    whether they do differs between GEOS versions."""
    parts = []
    for part in shapely.get_parts(polygonal):
        holes = [ring for ring in part.interiors if _area_m2(shapely.Polygon(ring)) >= SPECK_M2]
        part = shapely.Polygon(part.exterior, holes)
        if _area_m2(part) >= SPECK_M2:
            parts.append(part)
    return parts[0] if len(parts) == 1 else shapely.MultiPolygon(parts)


def _area_m2(polygon):
    return abs(GEOD.geometry_area_perimeter(polygon)[0])


def _counter_clockwise(polygon):
    """Exterior rings counter-clockwise, holes clockwise."""
    parts = shapely.get_parts(polygon)
    flip = ~shapely.is_ccw(shapely.get_exterior_ring(parts))
    parts[flip] = shapely.reverse(parts[flip])
    return parts[0] if parts.size == 1 else shapely.multipolygons(parts)


def _true_widths(stretch, polygon, left_m, right_m, end_cap):
    """Move offset vertices to their exact geodesic width; return the polygon and
    the largest remaining width error."""
    coords = shapely.get_coordinates(polygon)
    where = locate(stretch, coords[:, 0], coords[:, 1])
    target = np.where(where.side == LEFT, left_m, right_m)
    # Offset vertices sit near their width (GEOS smooths the line it offsets by
    # up to 1% of the width, the frame adds its distortion); cap vertices and
    # the seam between two widths lie well inside it.
    error = np.abs(where.distance_m - target)
    on_offset = (target > 0) & (error <= 0.05 * target + 5.0)
    if end_cap == "flat":
        # A flat end is a straight cut through the end vertex: of its vertices
        # only the two corners sit at the width, off by the frame's distortion.
        at_end = (where.chainage_m <= 1e-6) | (where.chainage_m >= stretch.length_m - 1e-6)
        reach = PIECE_M / 2 + target
        distortion = target * (1 - np.cos(reach / MEAN_RADIUS_M)) * 2 + 0.5
        on_offset &= (where.beyond == 0) & (~at_end | (error <= distortion))
    elif left_m != right_m:
        # Past a round end the two widths meet on the route's extension; the
        # vertices of that step belong to neither side's arc.
        on_offset &= ~((where.beyond != 0) & _on_extension(stretch, coords))
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
        check = locate(stretch, coords[rows, 0], coords[rows, 1])
        error[again] = np.abs(check.distance_m - target[again])
        off = error[again] > 0.01
        if not off.any():
            break
        again, foot_lon, foot_lat = again[off], check.foot_lon[off], check.foot_lat[off]
    # A new geometry, not set_coordinates: that changes the polygon in place.
    polygon = shapely.transform(polygon, lambda _: coords)
    return polygon, float(error.max()) if error.size else 0.0


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


def _on_extension(stretch, coords, tolerance_m=0.01):
    """Whether points lie on the route's straight extension past either end."""
    on = np.zeros(len(coords), dtype=bool)
    for piece, a, b in ((stretch.pieces[0], 1, 0), (stretch.pieces[-1], -2, -1)):
        x, y = piece.xy
        px, py = piece.frame.forward(coords[:, 0], coords[:, 1])
        dx, dy = x[b] - x[a], y[b] - y[a]
        norm = np.hypot(dx, dy)
        on |= np.abs(dx * (py - y[b]) - dy * (px - x[b])) / norm <= tolerance_m
    return on


def _validated(polygon, max_error):
    if not polygon.is_valid:
        repaired = shapely.make_valid(polygon)
        repaired = _without_specks(
            shapely.union_all([p for p in shapely.get_parts(repaired) if p.geom_type in ("Polygon", "MultiPolygon")])
        )
        if abs(repaired.area - polygon.area) > 1e-9 * max(polygon.area, 1e-12):
            raise InvalidCorridorError(
                f"The corridor outline is invalid ({shapely.is_valid_reason(polygon)})."
            )
        polygon = repaired
    if max_error > WIDTH_TOLERANCE_M:
        raise InvalidCorridorError(
            f"The corridor's outline is {max_error:.2f} m off its width somewhere; "
            "this should not happen, please report it with the road used."
        )
    return polygon
