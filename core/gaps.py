"""Gaps between pieces of road: finding, reporting and bridging them.

Real road data has small gaps where one way ends short of the next. A gap runs
from a gap source (a dead end, or any node of a piece of road without one) to
the nearest point of another piece, which may lie inside one of its segments;
bridging it splits the piece there and adds a straight edge with no owner.
Gaps are bridged narrowest first and only between different pieces (Kruskal's
algorithm over the pieces), and every width is geodesic.

>>> import numpy as np
>>> from secure_corridor.core.roadgraph import RoadGraph
>>> west = (np.array([36.0, 36.1]), np.array([35.0, 35.0]))
>>> east = (np.array([36.1001, 36.2]), np.array([35.0, 35.0]))
>>> graph = RoadGraph([west, east], owners=[0, 1])
>>> bridger = GapBridger(graph)
>>> [round(width_m, 1) for width_m, lon, lat in bridger.bridge_within(50.0)]
[9.1]
>>> graph.n_components()
1
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
import shapely

from .geodesy import inverse
from .roadgraph import foot, geodesic_point

__all__ = ["GapBridger", "GapReport"]

log = logging.getLogger(__name__)

_FEW_PIECES = 24  # with so few pieces of road left, look for all their gaps at once


@dataclass(frozen=True)
class _Gap:
    width_m: float
    source: int  # a node
    origin: int  # the target edge (as first built: pieces are found again)
    lon: float  # the nearest point of the target edge
    lat: float

    @property
    def key(self):
        return (self.width_m, self.source, self.origin)


@dataclass(frozen=True)
class GapReport:
    """A gap as the user is told of it: its width, middle and the two parts."""

    width_m: float
    location: tuple
    first: int
    second: int


def _midpoint(lon0, lat0, lon1, lat1):
    return geodesic_point(lon0, lat0, lon1, lat1, 0.5)


class GapBridger:
    """Finds and bridges the gaps of a :class:`RoadGraph`.

    Build it before anything is bridged: the gap sources are taken from the
    road as the parts came, so a road end stays one after it is bridged.
    Bridging returns (width_m, lon, lat of the bridge's middle) per bridge.
    """

    def __init__(self, graph):
        self.graph = graph
        self.sources = self._dead_ends_and_loops()

    def _dead_ends_and_loops(self):
        """Dead ends, and every node of a piece of road without one."""
        degree = self.graph.degree()
        roots = self.graph.roots()
        used = degree > 0
        dead = degree == 1
        with_dead_end = np.unique(roots[dead])
        return np.flatnonzero(used & (dead | ~np.isin(roots, with_dead_end)))

    def bridge_within(self, tolerance_m):
        """Bridge gaps up to ``tolerance_m`` from dead ends to other pieces of road."""
        if self.graph.n_components() == 1:
            return []
        bridged = self._bridge(self._gaps(tolerance_m))
        if bridged:
            log.info("bridged %d gaps up to %.1f m", len(bridged), max(g[0] for g in bridged))
        return bridged

    def bridge_all(self, tolerance_m):
        """Bridge every remaining gap, narrowest first, until the road is one piece.

        Rounds of growing radius bridge, in order, every gap up to the radius
        (Kruskal's algorithm over the pieces, one radius at a time)."""
        bridged = []
        radius_m = 2.0 * tolerance_m
        while self.graph.n_components() > 1:
            gaps, radius_m = self._wider_gaps(radius_m)
            bridged += self._bridge(gaps)
            radius_m *= 4.0
        log.info("bridged all %d remaining gaps", len(bridged))
        return bridged

    def narrowest(self, tolerance_m):
        """The narrowest gap between two pieces of road (all wider than the tolerance)."""
        graph = self.graph
        gap = self._wider_gaps(2.0 * tolerance_m)[0][0]
        location = _midpoint(graph.node_lon[gap.source], graph.node_lat[gap.source], gap.lon, gap.lat)
        return GapReport(gap.width_m, location, graph.owner_at(gap.source), graph.edges[gap.origin].owner)

    def _wider_gaps(self, radius_m):
        """The gaps within the smallest of radius_m, 4 radius_m, 16 radius_m, ...
        that holds any, and that radius. With few pieces left, all their gaps.

        The search grows because looking for every gap at once costs the number
        of pieces times the number of gap sources."""
        radius_m = max(radius_m, 100.0)
        while True:
            if self.graph.n_components() <= _FEW_PIECES:
                return self._gaps(None), np.inf
            gaps = self._gaps(radius_m)
            if gaps:
                return gaps, radius_m
            radius_m *= 4.0

    def _gaps(self, max_m=None):
        """From every gap source to the nearest point of every other piece of road
        (within ``max_m`` if given): _Gaps, narrowest first."""
        graph = self.graph
        sources = self.sources
        if sources.size == 0:
            return []
        roots = graph.roots()
        edge, vertex, ax, ay, bx, by = graph.road_segments()
        seg_root = roots[np.array([graph.edges[e].u for e in edge])]
        segments = shapely.linestrings(np.stack([np.column_stack([ax, bx]), np.column_stack([ay, by])], axis=-1))
        points = shapely.points(graph.node_xy(sources))
        src_root = roots[sources]
        if max_m is not None:
            # Frame distances never exceed geodesic ones (the orthographic
            # projection shrinks), so this finds every candidate.
            tree = shapely.STRtree(segments)
            s, g = tree.query(points, predicate="dwithin", distance=max_m * 1.01 + 1.0)
        else:
            s, g = [], []
            for root in np.unique(seg_root):
                mine = np.flatnonzero(seg_root == root)
                others = np.flatnonzero(src_root != root)
                if others.size == 0:
                    continue
                tree = shapely.STRtree(segments[mine])
                src, found = tree.query_nearest(points[others], all_matches=False)
                s.append(others[src])
                g.append(mine[found])
            s = np.concatenate(s) if s else np.zeros(0, dtype=int)
            g = np.concatenate(g) if g else np.zeros(0, dtype=int)
        s, g = np.asarray(s, dtype=int), np.asarray(g, dtype=int)
        different = src_root[s] != seg_root[g]
        s, g = s[different], g[different]
        if s.size == 0:
            return []
        px, py = shapely.get_coordinates(points[s]).T
        t, frame_dist = foot(px, py, ax[g], ay[g], bx[g], by[g])
        # Keep the nearest segment of every other piece for every source.
        order = np.lexsort((frame_dist, seg_root[g], s))
        s, g, t = s[order], g[order], t[order]
        pair = np.column_stack([s, seg_root[g]])
        first = np.r_[True, np.any(pair[1:] != pair[:-1], axis=1)]
        gaps = []
        for si, gi, ti in zip(s[first], g[first], t[first]):
            e, k = int(edge[gi]), int(vertex[gi])
            lon, lat = graph.point_on(e, k, float(ti))
            node = int(sources[si])
            _, _, width = inverse(graph.node_lon[node], graph.node_lat[node], lon, lat)
            width = float(width[0])
            if max_m is None or width <= max_m:
                gaps.append(_Gap(width, node, graph.edges[e].origin, lon, lat))
        gaps.sort(key=lambda gap: gap.key)
        return gaps

    def _bridge(self, gaps):
        """Join pieces of road through the given gaps, narrowest first (Kruskal)."""
        graph = self.graph
        bridged = []
        for gap in gaps:
            target_root = graph.find(graph.edges[graph.pieces[gap.origin][0]].u)
            if graph.find(gap.source) == target_root:
                continue
            node = graph.node_on(gap.origin, gap.lon, gap.lat)
            graph.union(gap.source, node)
            lon = np.array([graph.node_lon[gap.source], graph.node_lon[node]])
            lat = np.array([graph.node_lat[gap.source], graph.node_lat[node]])
            graph.add_edge(gap.source, node, lon, lat, -1, length_m=gap.width_m)
            bridged.append((gap.width_m, *_midpoint(lon[0], lat[0], lon[1], lat[1])))
        return bridged
