"""Planar buffers of a polyline, with flat ends that GEOS gets right.

GEOS closes a flat-ended buffer with a straight cut across each end; where the
line bends within a width of its end, that cut runs through the buffer and GEOS
drops real area (on a 6 km buffer of a road that bends with a 5 km radius near
its start, more than 100 km2). A flat-ended buffer is, by definition, the union
of one rectangle per segment and the round joins at interior vertices. This
module builds exactly that near the ends, and a round-ended GEOS buffer, which
is sound, for the rest of the line.

>>> import numpy as np
>>> x, y = np.array([0.0, 100.0, 200.0]), np.array([0.0, 0.0, 0.0])
>>> round(buffer_line(x, y, 10.0, "flat", "flat", 8).area, 6)
4000.0
"""

from __future__ import annotations

import numpy as np
import shapely

__all__ = ["buffer_line"]

# Input vertices closer than this to the line through their neighbours are
# dropped before buffering: far below any reported precision, and GEOS buffers
# long, nearly straight runs of short segments slowly.
_SIMPLIFY_M = 0.01


def buffer_line(x, y, width, start_cap, end_cap, quad_segs):
    """Buffer of the polyline through (x, y) with round joins and each end
    "flat" or "round"."""
    line = shapely.simplify(shapely.linestrings(x, y), _SIMPLIFY_M, preserve_topology=False)
    if start_cap == end_cap == "round":
        return _round(shapely.get_coordinates(line), width, quad_segs)
    xy = shapely.get_coordinates(line)
    along = np.r_[0.0, np.cumsum(np.hypot(*np.diff(xy, axis=0).T))]
    length = along[-1]
    # A flat end gets its own exact piece, three widths long. Between the end
    # pieces a round-ended buffer is exact: its round ends lie well inside the
    # road's reach, and overlap the end pieces by a metre.
    reach = 3.0 * width
    flat = (start_cap == "flat", end_cap == "flat")
    low = reach if flat[0] else 0.0
    high = length - reach if flat[1] else length
    if high - low <= 2.0:
        pieces = [_swept(xy, width, quad_segs)]
        pieces += [_round(xy[[i]], width, quad_segs) for i, f in ((0, flat[0]), (-1, flat[1])) if not f]
        return shapely.union_all(pieces)
    pieces = [_round(_cut(xy, along, max(low - 1.0, 0.0), min(high + 1.0, length)), width, quad_segs)]
    if flat[0]:
        pieces.append(_swept(_cut(xy, along, 0.0, reach), width, quad_segs))
    if flat[1]:
        pieces.append(_swept(_cut(xy, along, length - reach, length), width, quad_segs))
    return shapely.union_all(pieces)


def _round(xy, width, quad_segs):
    geometry = shapely.points(xy[0]) if len(xy) == 1 else shapely.linestrings(xy)
    return shapely.buffer(geometry, width, quad_segs=quad_segs, cap_style="round", join_style="round")


def _cut(xy, along, start, end):
    """The polyline between two distances along it (end points interpolated)."""
    inside = (along > start) & (along < end)
    ends = np.column_stack([np.interp([start, end], along, xy[:, 0]), np.interp([start, end], along, xy[:, 1])])
    return np.vstack([ends[:1], xy[inside], ends[1:]])


# Neighbouring pieces overlap by this much (metres, radians) instead of merely
# touching: edges that should coincide never do exactly, and GEOS would keep the
# hair-thin gaps between them as spikes.
_OVERLAP_M = 1e-3
_OVERLAP_RAD = 1e-6


def _swept(xy, width, quad_segs):
    """Union of the segments' rectangles and the round joins at interior vertices."""
    return shapely.union_all(np.r_[_rectangles(xy, width), _joins(xy, width, quad_segs)])


def _rectangles(xy, width):
    """One rectangle per segment, reaching ``width`` each side; inner ends
    lengthened a millimetre into the neighbours."""
    a, b = xy[:-1], xy[1:]
    length = np.hypot(*(b - a).T)
    a, b, length = a[length > 0], b[length > 0], length[length > 0]
    along = (b - a) / length[:, None]
    normal = np.column_stack([-along[:, 1], along[:, 0]]) * width
    grow = np.full((len(a), 1), _OVERLAP_M)
    a = a - along * np.r_[[[0.0]], grow[1:]]
    b = b + along * np.r_[grow[:-1], [[0.0]]]
    corners = np.stack([a - normal, b - normal, b + normal, a + normal, a - normal], axis=1)
    return shapely.polygons(corners)


def _joins(xy, width, quad_segs):
    """Circular sectors filling the gap between consecutive rectangles on the
    outer side of each turn."""
    if len(xy) < 3:
        return np.array([], dtype=object)
    direction = np.diff(xy, axis=0)
    heading = np.arctan2(direction[:, 1], direction[:, 0])
    turn = (np.diff(heading) + np.pi) % (2 * np.pi) - np.pi  # + is a left turn
    vertex = xy[1:-1]
    keep = np.abs(turn) > 1e-12
    vertex, turn, start = vertex[keep], turn[keep], heading[:-1][keep]
    if not len(turn):
        return np.array([], dtype=object)
    # The outer side is the right of a left turn; its normal turns with the road.
    # Each sector is widened a hair on both sides to overlap the rectangles.
    start = start - np.sign(turn) * (np.pi / 2 + _OVERLAP_RAD)
    turn = turn + np.sign(turn) * 2 * _OVERLAP_RAD
    step = np.pi / 2 / quad_segs
    count = np.maximum(1, np.ceil(np.abs(turn) / step).astype(int))
    ring = np.repeat(np.arange(len(turn)), count + 3)  # centre, count + 1 arc points, centre
    rank = np.arange(ring.size) - np.repeat(np.cumsum(count + 3) - (count + 3), count + 3)
    fraction = np.clip((rank - 1) / count[ring], 0.0, 1.0)
    angle = start[ring] + fraction * turn[ring]
    on_arc = (rank > 0) & (rank < count[ring] + 2)
    px = vertex[ring, 0] + np.where(on_arc, width * np.cos(angle), 0.0)
    py = vertex[ring, 1] + np.where(on_arc, width * np.sin(angle), 0.0)
    rings = shapely.linearrings(np.column_stack([px, py]), indices=ring)
    return shapely.polygons(rings)
