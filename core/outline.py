"""The planar outline of a corridor around one piece of route, in its frame.

GEOS buffers get the topology right (bends, joins, round ends) and
:mod:`.buffer` adds exact flat ends. A wider side is cut out of a full buffer by
the route itself, extended straight past both ends, instead of GEOS's
single-sided buffer, which has produced slivers (libgeos/geos#665, #1273). The
outline is returned in lon/lat; :mod:`.corridor` then moves its vertices to their
exact geodesic widths.
"""

from __future__ import annotations

import logging

import numpy as np
import shapely

from .buffer import buffer_line
from .errors import CorridorError
from .locate import LEFT
from .nearest import SegmentIndex

__all__ = ["piece_outline"]

log = logging.getLogger(__name__)

_ARC_SAGITTA_M = 0.25  # largest gap between a round join's arc and its chords


def piece_outline(piece, left_m, right_m, start_cap, end_cap):
    """Lon/lat outline of the corridor around ``piece`` (a RoutePiece)."""
    x, y = piece.xy
    narrow, wide = sorted((left_m, right_m))
    quad_segs = _quad_segs(wide)
    parts = []
    if narrow > 0:
        parts.append(buffer_line(x, y, narrow, start_cap, end_cap, quad_segs))
    if wide > narrow:
        wide_side = LEFT if left_m > right_m else -LEFT
        full = buffer_line(x, y, wide, start_cap, end_cap, quad_segs)
        parts.append(_one_side(x, y, full, wide, wide_side))
    outline = shapely.union_all(parts) if len(parts) > 1 else parts[0]
    outline = _fill_false_holes(piece, _drop_slivers(outline), left_m, right_m)
    return shapely.transform(outline, lambda xy: np.column_stack(piece.frame.inverse(*xy.T)))


def _quad_segs(width):
    step = 2 * np.arccos(1 - min(_ARC_SAGITTA_M / width, 1.0))
    return int(np.clip(np.ceil(np.pi / 2 / step), 4, 256))



def _one_side(x, y, full, width, side):
    """The part of the buffer ``full`` (of half-width ``width``) on one side of
    the route.

    The buffer is cut by the route extended straight past both ends, so that
    round caps are split too; each piece is kept if it lies on ``side``.
    """
    reach = 2.0 * width + 1.0
    head = _unit(x[1] - x[0], y[1] - y[0])
    tail = _unit(x[-1] - x[-2], y[-1] - y[-2])
    ex = np.r_[x[0] - head[0] * reach, x, x[-1] + tail[0] * reach]
    ey = np.r_[y[0] - head[1] * reach, y, y[-1] + tail[1] * reach]
    cutter = shapely.linestrings(ex, ey)
    faces = shapely.get_parts(shapely.polygonize([shapely.union(full.boundary, cutter)]))
    points = shapely.get_coordinates(shapely.point_on_surface(faces))
    faces = faces[shapely.contains_xy(full, points[:, 0], points[:, 1])]
    points = shapely.get_coordinates(shapely.point_on_surface(faces))
    seg, _, _ = SegmentIndex(ex, ey).nearest(points[:, 0], points[:, 1])
    cross = (ex[seg + 1] - ex[seg]) * (points[:, 1] - ey[seg]) - (ey[seg + 1] - ey[seg]) * (
        points[:, 0] - ex[seg]
    )
    keep = np.sign(cross) == side
    if not keep.any():
        raise CorridorError(
            "The road turns back on itself, so its two sides cannot be told apart "
            "and unequal widths cannot be applied. Check the selected road parts "
            "(one carriageway only, no loops) or use equal widths."
        )
    return shapely.union_all(faces[keep])


def _unit(dx, dy):
    norm = np.hypot(dx, dy)
    return dx / norm, dy / norm


def _drop_slivers(outline, min_area_m2=1.0):
    """Keep polygons of real size; GEOS can leave specks where pieces meet."""
    parts = shapely.get_parts(outline)
    areas = shapely.area(parts)
    keep = areas >= min_area_m2
    if not keep.all():
        log.debug("dropped %d sliver(s) of %.3g m2 in all", (~keep).sum(), areas[~keep].sum())
    parts = parts[keep]
    return parts[0] if parts.size == 1 else shapely.multipolygons(parts)


def _fill_false_holes(piece, outline, left_m, right_m):
    """Fill holes that lie within the corridor's width of the road.

    GEOS can leave such holes where a road runs over itself (a loop driven
    twice); a true hole (a loop wider than the corridor) is kept.
    """
    parts = []
    for part in shapely.get_parts(outline):
        holes = [shapely.Polygon(ring) for ring in part.interiors]
        if holes:
            inside = shapely.get_coordinates(shapely.point_on_surface(holes))
            seg, _, dist = piece.index.nearest(inside[:, 0], inside[:, 1])
            x, y = piece.xy
            cross = (x[seg + 1] - x[seg]) * (inside[:, 1] - y[seg]) - (y[seg + 1] - y[seg]) * (
                inside[:, 0] - x[seg]
            )
            width = np.where(cross > 0, left_m, right_m)
            false = dist <= width
            if false.any():
                log.warning("filled %d false hole(s) in the corridor outline", false.sum())
                part = shapely.union_all([part, *np.asarray(holes)[false]])
        parts.append(part)
    return parts[0] if len(parts) == 1 else shapely.union_all(parts)


