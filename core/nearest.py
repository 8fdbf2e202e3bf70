"""Exact nearest point on a planar polyline for many query points, in numpy.

The polyline's segments are grouped in a hierarchy of chunks of consecutive
segments (4 segments, 16, 64, ...). A chunk is bounded by its chord (first to last
vertex) widened by the chunk's largest deviation from that chord; the distance to
such a capsule bounds the distance to every segment of the chunk from below and
from above.

A query descends the hierarchy with these bounds, pruning twice over: for the
square cells of a grid over the query points (so that nearby points share the
work), then for each point, down to single segments, which are measured exactly.
The pruning is conservative, so the answer is the exact nearest segment (ties
apart), with no Python loop over points.

>>> import numpy as np
>>> index = SegmentIndex(np.array([0.0, 10.0, 20.0]), np.array([0.0, 0.0, 10.0]))
>>> seg, t, dist = index.nearest(np.array([5.0]), np.array([3.0]))
>>> int(seg[0]), float(t[0]), float(dist[0])
(0, 0.5, 3.0)
"""

from __future__ import annotations

import numpy as np

__all__ = ["SegmentIndex"]

_FANOUT = 4  # children per chunk
_TOP_CHUNKS = 256  # at most this many chunks at the top of the hierarchy
_BLOCK_PAIRS = 50_000  # (item, chunk) pairs handled at once: arrays that stay in cache
_POINTS_PER_CELL = 4  # stop refining grid cells below this many points per cell
_MAX_CELL_LEVELS = 12  # 32 * 4**12 cells across at most: 29 bits a coordinate


def _segment_distance(px, py, ax, ay, dx, dy, inv_length2):
    """Distance from points to segments A + t (dx, dy), element-wise, and t.

    ``inv_length2`` is 1 / (dx^2 + dy^2), or 0 for a zero-length segment.
    """
    t = np.clip(((px - ax) * dx + (py - ay) * dy) * inv_length2, 0.0, 1.0)
    ex = ax + t * dx - px
    ey = ay + t * dy - py
    return np.sqrt(ex * ex + ey * ey), t


def _inverse_length2(dx, dy):
    length2 = dx * dx + dy * dy
    return np.divide(1.0, length2, out=np.zeros_like(length2), where=length2 > 0)


def _interleave(values):
    """Spread the low 30 bits of non-negative integers to the even bits (Morton)."""
    v = values.astype(np.uint64) & np.uint64(0x3FFFFFFF)
    for shift, mask in ((16, 0x0000FFFF0000FFFF), (8, 0x00FF00FF00FF00FF), (4, 0x0F0F0F0F0F0F0F0F),
                        (2, 0x3333333333333333), (1, 0x5555555555555555)):
        v = (v | (v << np.uint64(shift))) & np.uint64(mask)
    return v.astype(np.int64)


def _expand(counts):
    """For items with ``counts`` entries each: the item of every entry and its rank."""
    item = np.repeat(np.arange(counts.size), counts)
    first = np.repeat(np.cumsum(counts) - counts, counts)
    return item, np.arange(item.size) - first


class _Level:
    """Chunks of ``size`` consecutive segments: chords and deviations."""

    def __init__(self, x, y, size):
        n = x.size - 1
        self.size = size
        self.first = np.arange(0, n, size)
        last = np.minimum(self.first + size, n)
        self.x0, self.y0 = x[self.first], y[self.first]
        self.dx, self.dy = x[last] - self.x0, y[last] - self.y0
        self.inv_length2 = _inverse_length2(self.dx, self.dy)
        self.length = float(np.median(np.hypot(self.dx, self.dy)))
        self.dev = np.zeros(self.first.size)
        if size > 1:
            vertex = np.arange(n + 1)
            # A vertex shared by two chunks counts for both.
            for k in (vertex // size, (vertex - 1) // size):
                k = np.clip(k, 0, self.first.size - 1)
                d, _ = _segment_distance(
                    x, y, self.x0[k], self.y0[k], self.dx[k], self.dy[k], self.inv_length2[k]
                )
                np.maximum.at(self.dev, k, d)

    def bounds(self, px, py, chunk):
        """Lower and upper bounds on the distance from points to chunks, and the
        foot parameter on the chord (exact for single segments)."""
        x0, y0, dx, dy = self.x0[chunk], self.y0[chunk], self.dx[chunk], self.dy[chunk]
        d, t = _segment_distance(px, py, x0, y0, dx, dy, self.inv_length2[chunk])
        if self.size == 1:
            return d, d, t
        dev = self.dev[chunk]
        # The chunk's end vertices lie on the polyline: often the tighter bound.
        ex, ey = px - x0, py - y0
        ends = np.sqrt(np.minimum(ex * ex + ey * ey, (ex - dx) ** 2 + (ey - dy) ** 2))
        high = np.minimum(d + dev, ends)
        # Rounding can put an end vertex a hair nearer than its chord: keep low <= high.
        return np.minimum(d - dev, high), high, t


class SegmentIndex:
    """Nearest-segment queries on the polyline through ``x``, ``y`` (frame metres)."""

    def __init__(self, x, y):
        x = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        if x.size < 2:
            raise ValueError("a polyline needs at least two vertices")
        self.x, self.y = x, y
        n = x.size - 1
        sizes = [1]
        while -(-n // sizes[-1]) > _TOP_CHUNKS:
            sizes.append(sizes[-1] * _FANOUT)
        self._levels = [_Level(x, y, size) for size in reversed(sizes)]

    # -- one pruning step -----------------------------------------------------

    def _prune(self, level, px, py, slack, item, chunk):
        """Keep the (item, chunk) pairs whose lower bound can beat the item's best.

        ``item`` must be sorted; the order is kept. Also returns the foot
        parameter and upper bound of the kept pairs.
        """
        low, high, t = self._levels[level].bounds(px[item], py[item], chunk)
        if slack is not None:
            low, high = low - slack, high + slack
        edges = np.flatnonzero(np.r_[True, item[1:] != item[:-1]])
        best = np.minimum.reduceat(high, edges)
        keep = low <= np.repeat(best, np.diff(np.r_[edges, item.size]))
        return item[keep], chunk[keep], t[keep], high[keep]

    def _descend(self, level, item, chunk):
        """Replace every chunk of ``level`` by its children one level down."""
        n_children = self._levels[level + 1].first.size
        start = chunk * _FANOUT
        counts = np.minimum(start + _FANOUT, n_children) - start
        pair, rank = _expand(counts)
        return item[pair], start[pair] + rank

    # -- query ----------------------------------------------------------------

    def nearest(self, px, py):
        """Index of the nearest segment, foot parameter t in [0, 1] and distance.

        Points with NaN coordinates get segment -1 and NaN t and distance.
        """
        px = np.asarray(px, dtype=float)
        py = np.asarray(py, dtype=float)
        seg = np.full(px.size, -1, dtype=np.int64)
        t = np.full(px.size, np.nan)
        dist = np.full(px.size, np.nan)
        which = np.flatnonzero(np.isfinite(px) & np.isfinite(py))
        if which.size:
            seg[which], t[which], dist[which] = self._nearest_finite(px[which], py[which])
        return seg, t, dist

    def _nearest_finite(self, px, py):
        cell_item, cell_chunk, level, point_cell, order = self._candidates_by_cell(px, py)
        # Points in cell order share their cell's candidates; work in blocks.
        start = np.searchsorted(cell_item, point_cell)
        counts = np.searchsorted(cell_item, point_cell, side="right") - start
        seg = np.empty(px.size, dtype=np.int64)
        t = np.empty(px.size)
        dist = np.empty(px.size)
        total = np.cumsum(counts)
        lo = 0
        while lo < px.size:
            hi = int(np.searchsorted(total, total[lo] - counts[lo] + _BLOCK_PAIRS))
            hi = min(max(hi, lo + 1), px.size)
            block = order[lo:hi]
            item, rank = _expand(counts[lo:hi])
            chunk = cell_chunk[start[lo:hi][item] + rank]
            seg[block], t[block], dist[block] = self._descend_points(
                px[block], py[block], level, item, chunk
            )
            lo = hi
        return seg, t, dist

    def _descend_points(self, px, py, level, item, chunk):
        """Prune point candidates level by level down to the nearest segment."""
        last = len(self._levels) - 1
        item, chunk, t, high = self._prune(level, px, py, None, item, chunk)
        while level < last:
            # All children of every surviving chunk at once: one row per child
            # rank, one column per (point, chunk) pair.
            child_level = self._levels[level + 1]
            children = chunk * _FANOUT + np.arange(_FANOUT)[:, None]
            missing = children >= child_level.first.size
            children[missing] = child_level.first.size - 1
            low, high, t = child_level.bounds(px[item], py[item], children)
            high[missing] = np.inf
            new_item = np.r_[True, item[1:] != item[:-1]]
            best = np.minimum.reduceat(np.minimum.reduce(high), np.flatnonzero(new_item))
            best = best[np.cumsum(new_item) - 1]
            pair, rank = np.nonzero((low <= best).T)
            item, chunk = item[pair], children[rank, pair]
            t, high = t[rank, pair], high[rank, pair]
            level += 1
        # Single segments: the bounds are exact distances; take each point's first
        # minimum (pairs are grouped by point).
        new_item = np.r_[True, item[1:] != item[:-1]]
        best = np.minimum.reduceat(high, np.flatnonzero(new_item))[np.cumsum(new_item) - 1]
        hit = np.flatnonzero(high == best)
        hit = hit[np.r_[True, item[hit][1:] != item[hit][:-1]]]
        return chunk[hit], t[hit], high[hit]

    def _candidates_by_cell(self, px, py):
        """Candidate chunks per grid cell, refining cells 4x (and chunks) per step.

        Points are sorted once by the Morton code of their finest cell, so that
        every coarser cell is a run of that order and a prefix of the code.
        Returns the (cell, chunk) pairs sorted by cell, their level, the cell of
        every point in that order, and the order.
        """
        x0 = min(px.min(), self.x.min())
        y0 = min(py.min(), self.y.min())
        extent = max(max(px.max(), self.x.max()) - x0, max(py.max(), self.y.max()) - y0)
        size0 = max(extent / 32.0, 1.0)
        finest = int(np.clip(np.ceil(np.log(size0 / 16.0) / np.log(4.0)), 0, _MAX_CELL_LEVELS))
        ix = np.floor((px - x0) / (size0 / 4.0**finest)).astype(np.int64)
        iy = np.floor((py - y0) / (size0 / 4.0**finest)).astype(np.int64)
        code = _interleave(ix) | (_interleave(iy) << 1)
        order = np.argsort(code, kind="stable")
        code, ix, iy = code[order], ix[order], iy[order]
        level, parent_cells, item, chunk = 0, None, None, None
        for step in range(finest + 1):
            size = size0 / 4.0**step
            coarser = finest - step  # levels of refinement still below this one
            key = code >> (4 * coarser)
            new_cell = np.r_[True, key[1:] != key[:-1]]
            first = np.flatnonzero(new_cell)
            cells = key[first]
            if parent_cells is None:
                n_chunks = self._levels[0].first.size
                item = np.repeat(np.arange(cells.size), n_chunks)
                chunk = np.tile(np.arange(n_chunks), cells.size)
            else:
                # A cell starts from its parent cell's surviving candidates.
                parent = np.searchsorted(parent_cells, cells >> 4)
                start = np.searchsorted(item, parent)
                counts = np.searchsorted(item, parent, side="right") - start
                item, rank = _expand(counts)
                chunk = chunk[start[item] + rank]
                # Descend while chunks are long compared with the cells.
                if level < len(self._levels) - 1 and self._levels[level].length > 8 * size:
                    item, chunk = self._descend(level, item, chunk)
                    level += 1
            cx = ((ix[first] >> (2 * coarser)) + 0.5) * size + x0
            cy = ((iy[first] >> (2 * coarser)) + 0.5) * size + y0
            item, chunk = self._prune_cells(level, cx, cy, size * np.sqrt(0.5), item, chunk)
            parent_cells = cells
            if cells.size * 4 * _POINTS_PER_CELL > px.size:
                break
        return item, chunk, level, np.cumsum(new_cell) - 1, order

    def _prune_cells(self, level, cx, cy, half_diagonal, item, chunk):
        """Prune (cell, chunk) pairs, in blocks of whole cells to bound memory."""
        cell_bounds = np.searchsorted(item, np.arange(cx.size + 1))
        cuts = cell_bounds[np.searchsorted(cell_bounds, np.arange(0, item.size, _BLOCK_PAIRS))]
        cuts = np.unique(np.r_[cuts, item.size])
        kept_item, kept_chunk = [], []
        for lo, hi in zip(cuts[:-1], cuts[1:]):
            i, c, _, _ = self._prune(level, cx, cy, half_diagonal, item[lo:hi], chunk[lo:hi])
            kept_item.append(i)
            kept_chunk.append(c)
        return np.concatenate(kept_item), np.concatenate(kept_chunk)
