"""Route assembly: one continuous route from road parts as real data has them.

OpenStreetMap and similar sources cut a highway into dozens of ways, digitised
in mixed directions and any order, with small gaps, spurs, slip roads and
stretches of dual carriageway. The parts become a graph: vertices where parts
meet (end to end, or an end on another part's vertex) are junctions, gaps up to
the tolerance are bridged (from a dead end to the nearest point of another
piece of road, which may lie inside one of its segments), and the route is the
shortest path between its two ends (the two dead ends farthest apart unless the
caller names them). What the path does not use is reported, never silently
dropped.

>>> from shapely import LineString
>>> parts = [LineString([(36.2, 35.0), (36.1, 35.0)]), LineString([(36.0, 35.0), (36.1, 35.0)])]
>>> route = assemble_route(parts)
>>> route.start, route.end, route.side_names
((36.0, 35.0), (36.2, 35.0), ('north', 'south'))
"""

from __future__ import annotations

import heapq
import logging
from dataclasses import dataclass

import numpy as np
import shapely

from .errors import (
    CorridorError,
    EmptyInputError,
    GeometryTypeError,
    InvalidCoordinatesError,
    RouteGapError,
    SamePointError,
    SnapDistanceError,
)
from .frame import LocalFrame
from .geodesy import forward, inverse, to_lonlat
from .route import DEFAULT_MAX_EDGE_M, AssemblyReport, Route, side_names_for

__all__ = ["assemble_route", "DEFAULT_GAP_TOLERANCE_M", "DEFAULT_END_SNAP_M"]

log = logging.getLogger(__name__)

DEFAULT_GAP_TOLERANCE_M = 50.0
DEFAULT_END_SNAP_M = 2000.0  # a named route end may lie this far from the road
_KEY_SCALE = 1e7  # vertices closer than ~1 cm are the same junction
_SAME_POINT_M = 0.05  # a point this close to a vertex (frame metres) is that vertex
_JOIN_M = 0.01
_SAME_END_M = 1.0
_FEW_PIECES = 24  # with so few pieces of road left, look for all their gaps at once  # named ends snap to a vertex this close, and must be farther apart  # a "gap" narrower than this is a junction, not reported as a gap


def assemble_route(
    parts,
    crs=None,
    *,
    labels=None,
    gap_tolerance_m=DEFAULT_GAP_TOLERANCE_M,
    bridge_all_gaps=False,
    ends=None,
    reverse=False,
    max_edge_m=DEFAULT_MAX_EDGE_M,
):
    """Assemble a :class:`Route` from line geometries in ``crs`` (None: WGS84).

    ``parts`` are shapely LineStrings or MultiLineStrings (any iterable);
    ``labels`` names them in messages (e.g. "feature 12"), one per part.
    ``ends`` is an optional ((lon, lat), (lon, lat)) pair choosing the route's
    ends, each snapped to the nearest point of the road within 2 km. The route
    runs west to east (south to north for a mostly north-south road) whatever
    the order of ``ends``; ``reverse`` turns it.

    Raises EmptyInputError (no parts, an empty part), GeometryTypeError (a
    part that is not a line, or a line of zero length), InvalidCoordinatesError
    (NaN or out-of-range coordinates), RouteGapError (a gap wider than
    ``gap_tolerance_m``, unless ``bridge_all_gaps``), SnapDistanceError and
    SamePointError (bad ``ends``); all derive from CorridorError.
    """
    parts = list(parts)
    if not parts:
        raise EmptyInputError("No road features were given: select the road's line features.")
    labels = _labels(labels, len(parts))
    gap_tolerance_m = _metres(gap_tolerance_m, "gap tolerance")
    lines, owners = _read_parts(parts, crs, labels)
    graph = _Graph(lines, owners)
    bridged = graph.bridge_gaps(gap_tolerance_m)
    if graph.n_components() > 1:
        if not bridge_all_gaps:
            gap = graph.narrowest_gap(gap_tolerance_m)
            raise RouteGapError(gap.width_m, gap.location, labels[gap.first], labels[gap.second], gap_tolerance_m)
        bridged += graph.bridge_all(gap_tolerance_m)
    start, end = graph.route_ends(ends)
    path = graph.shortest_path(start, end)
    lon, lat = graph.coordinates(path, start)

    on_path = set(path)
    used_parts = {graph.edges[e].owner for e in path if graph.edges[e].owner >= 0}
    left_out = tuple(labels[i] for i in range(len(parts)) if i not in used_parts)
    unused_m = sum(edge.length_m for i, edge in enumerate(graph.edges) if i not in on_path and edge.owner >= 0)
    report = AssemblyReport(
        parts_total=len(parts),
        parts_used=len(used_parts),
        left_out=left_out,
        left_out_km=unused_m / 1000.0,
        bridged_gaps=tuple(gap for gap in bridged if gap[0] >= _JOIN_M),
    )
    lon, lat = _oriented(lon, lat, reverse)
    route = Route.from_lonlat(lon, lat, report=report, max_edge_m=max_edge_m)
    log.info("assembled route of %.3f km: %s", route.length_km, report.summary())
    return route


def _labels(labels, count):
    if labels is None:
        return [f"feature {i}" for i in range(count)]
    labels = list(labels)
    if len(labels) != count:
        raise CorridorError(f"{len(labels)} labels were given for {count} road features; give one per feature.")
    return labels


def _metres(value, name):
    try:
        value = float(value)
    except (TypeError, ValueError):
        raise CorridorError(f"The {name} must be a number of metres, 0 or more; got {value!r}.") from None
    if not value >= 0:  # also NaN
        raise CorridorError(f"The {name} must be a number of metres, 0 or more; got {value}.")
    return value


def _read_parts(parts, crs, labels):
    """Every part's lines as lon/lat arrays, and the index of the part of each."""
    coords, owners = [], []
    for i, geom in enumerate(parts):
        name = labels[i]
        if geom is None:
            raise EmptyInputError(f"Road {name} has no geometry; fix it or leave it out.")
        if not isinstance(geom, shapely.Geometry):
            raise GeometryTypeError(
                f"Road {name} is a {type(geom).__name__}, not a geometry; the road must be made of lines."
            )
        if geom.geom_type not in ("LineString", "MultiLineString", "LinearRing"):
            raise GeometryTypeError(
                f"Road {name} is a {geom.geom_type}; the road must be made of lines. Choose a line layer."
            )
        if shapely.is_empty(geom):
            raise EmptyInputError(f"Road {name} has no geometry; fix it or leave it out.")
        for line in shapely.get_parts(geom):
            if shapely.is_empty(line):
                continue
            xy = shapely.get_coordinates(line)
            if not np.all(np.isfinite(xy)):
                raise InvalidCoordinatesError(f"Road {name} has missing or NaN coordinates; fix it.")
            coords.append(xy)
            owners.append(i)
    sizes = [len(c) for c in coords]
    allxy = np.concatenate(coords)
    lon, lat = to_lonlat(allxy[:, 0], allxy[:, 1], crs)
    lines = []
    for (lo, hi), owner in zip(_spans(sizes), owners):
        x, y = lon[lo:hi], lat[lo:hi]
        if not (np.all(np.isfinite(x)) and np.all(np.isfinite(y))):
            raise InvalidCoordinatesError(
                f"Road {labels[owner]} has coordinates that cannot be converted to WGS84; check the layer's CRS."
            )
        if np.any(np.abs(y) > 90) or np.any(np.abs(x) > 180):
            raise InvalidCoordinatesError(
                f"Road {labels[owner]} has coordinates outside longitude -180..180 / latitude "
                "-90..90 after conversion to WGS84; check the layer's CRS."
            )
        keep = np.r_[True, (np.diff(x) != 0) | (np.diff(y) != 0)]
        if keep.sum() < 2:
            raise GeometryTypeError(f"Road {labels[owner]} is a line of zero length; fix it or leave it out.")
        lines.append((x[keep], y[keep]))
    return lines, owners


def _spans(sizes):
    sizes = np.asarray(sizes, dtype=int)
    ends = np.cumsum(sizes)
    return zip((ends - sizes).tolist(), ends.tolist())


def _oriented(lon, lat, reverse):
    """West to east (or south to north for a north-south road), then ``reverse``."""
    left, _ = side_names_for(lon[0], lat[0], lon[-1], lat[-1])
    backwards = left in ("south", "east")  # travelling west, or south
    if backwards != bool(reverse):
        return lon[::-1], lat[::-1]
    return lon, lat


def _geodesic_point(lon0, lat0, lon1, lat1, t):
    """The point at fraction ``t`` of the geodesic between two points."""
    if t <= 0.0:
        return float(lon0), float(lat0)
    if t >= 1.0:
        return float(lon1), float(lat1)
    az, _, dist = inverse(lon0, lat0, lon1, lat1)
    lon, lat, _ = forward(lon0, lat0, az, dist * t)
    return float(lon[0]), float(lat[0])


def _midpoint(lon0, lat0, lon1, lat1):
    return _geodesic_point(lon0, lat0, lon1, lat1, 0.5)


@dataclass
class _Edge:
    """A piece of road between two graph nodes (a bridge has owner -1)."""

    u: int
    v: int
    lon: np.ndarray
    lat: np.ndarray
    length_m: float
    owner: int
    origin: int  # the edge it was split from (its own index if never split)


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
class _GapReport:
    width_m: float
    location: tuple
    first: int
    second: int


class _Graph:
    """Road pieces between junctions, with union-find over connected pieces."""

    def __init__(self, lines, owners):
        allxy = np.concatenate([np.column_stack(line) for line in lines])
        wrapped = np.column_stack([(allxy[:, 0] + 180.0) % 360.0 - 180.0, allxy[:, 1]])
        keys = np.round(wrapped * _KEY_SCALE).astype(np.int64)
        unique, first, vertex_node = np.unique(keys, axis=0, return_index=True, return_inverse=True)
        vertex_node = vertex_node.ravel()
        sizes = [line[0].size for line in lines]
        spans = list(_spans(sizes))
        # A vertex is a junction if it is a line's end, or shared by two lines.
        is_junction = np.zeros(len(unique), dtype=bool)
        for lo, hi in spans:
            is_junction[vertex_node[[lo, hi - 1]]] = True
        line_of = np.repeat(np.arange(len(lines)), sizes)
        order = np.argsort(vertex_node, kind="stable")
        sorted_nodes = vertex_node[order]
        same = sorted_nodes[1:] == sorted_nodes[:-1]
        different_line = line_of[order][1:] != line_of[order][:-1]
        is_junction[sorted_nodes[1:][same & different_line]] = True

        # Junctions become the graph's nodes, numbered 0..n-1, at the first
        # input vertex seen there.
        node_id = np.cumsum(is_junction) - 1
        node_lonlat = allxy[first[is_junction]]
        self.node_lon = node_lonlat[:, 0].tolist()
        self.node_lat = node_lonlat[:, 1].tolist()
        self._parent = list(range(len(self.node_lon)))
        self.edges = []
        self.pieces = {}  # edge as first built -> the edges it was split into
        self._sources = None
        for (lo, hi), owner in zip(spans, owners):
            nodes = vertex_node[lo:hi]
            cuts = np.flatnonzero(is_junction[nodes])
            lon, lat = allxy[lo:hi, 0], allxy[lo:hi, 1]
            for a, b in zip(cuts[:-1], cuts[1:]):
                self._add(node_id[nodes[a]], node_id[nodes[b]], lon[a : b + 1], lat[a : b + 1], owner)
        self.frame = LocalFrame.around(allxy[:, 0], allxy[:, 1])
        for edge in self.edges:
            self._union(edge.u, edge.v)
        # The road's ends as the parts came, before bridges join some of them.
        self.dead_ends = np.flatnonzero(self._degree() == 1)

    def _add(self, u, v, lon, lat, owner, length_m=None, origin=None):
        if length_m is None:
            _, _, steps = inverse(lon[:-1], lat[:-1], lon[1:], lat[1:])
            length_m = float(np.sum(steps))
        index = len(self.edges)
        origin = index if origin is None else origin
        self.edges.append(_Edge(int(u), int(v), np.asarray(lon), np.asarray(lat), length_m, owner, origin))
        if origin == index:
            self.pieces[index] = [index]
        else:
            self.pieces[origin].append(index)
        return index

    def _add_node(self, lon, lat):
        self.node_lon.append(float(lon))
        self.node_lat.append(float(lat))
        self._parent.append(len(self._parent))
        return len(self._parent) - 1

    def node_xy(self, nodes):
        x, y = self.frame.forward(np.asarray(self.node_lon)[nodes], np.asarray(self.node_lat)[nodes])
        return np.column_stack([x, y])

    # -- components -----------------------------------------------------------

    def _find(self, node):
        parent = self._parent
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def _union(self, a, b):
        ra, rb = self._find(a), self._find(b)
        if ra == rb:
            return False
        self._parent[ra] = rb
        return True

    def _roots(self):
        return np.array([self._find(n) for n in range(len(self._parent))], dtype=int)

    def n_components(self):
        roots = self._roots()
        return len({int(roots[e.u]) for e in self.edges})

    def _degree(self):
        degree = np.zeros(len(self._parent), dtype=int)
        for edge in self.edges:
            degree[edge.u] += 1
            degree[edge.v] += 1
        return degree

    def _owner_at(self, node):
        for edge in self.edges:
            if node in (edge.u, edge.v) and edge.owner >= 0:
                return edge.owner
        return -1

    # -- splitting edges --------------------------------------------------------

    def _segments(self):
        """Every segment of every edge: edge index, vertex index and frame ends."""
        sizes = np.array([e.lon.size for e in self.edges])
        lon = np.concatenate([e.lon for e in self.edges])
        lat = np.concatenate([e.lat for e in self.edges])
        x, y = self.frame.forward(lon, lat)
        last = np.cumsum(sizes) - 1
        start = np.setdiff1d(np.arange(lon.size), last)  # every vertex but an edge's last
        edge = np.repeat(np.arange(len(self.edges)), sizes - 1)
        vertex = start - np.repeat(np.cumsum(sizes) - sizes, sizes - 1)
        return edge, vertex, x[start], y[start], x[start + 1], y[start + 1]

    def _road_segments(self):
        """The segments of the road's edges (not of bridges)."""
        segments = self._segments()
        road = np.array([e.owner >= 0 for e in self.edges])[segments[0]]
        return tuple(column[road] for column in segments)

    def _node_on(self, origin, lon, lat):
        """A node at (lon, lat) on the road edge ``origin`` (or a piece of it),
        splitting the piece there if need be."""
        px, py = self.frame.forward(np.array([lon]), np.array([lat]))
        best = None
        for index in self.pieces[origin]:
            edge = self.edges[index]
            x, y = self.frame.forward(edge.lon, edge.lat)
            dx, dy = np.diff(x), np.diff(y)
            length2 = dx * dx + dy * dy
            t = np.clip(((px - x[:-1]) * dx + (py - y[:-1]) * dy) / np.where(length2 > 0, length2, 1.0), 0, 1)
            dist = np.hypot(x[:-1] + t * dx - px, y[:-1] + t * dy - py)
            k = int(np.argmin(dist))
            if best is None or dist[k] < best[0]:
                vertex_dist = np.hypot(x - px, y - py)
                best = (dist[k], index, k, vertex_dist)
        _, index, k, vertex_dist = best
        edge = self.edges[index]
        j = int(np.argmin(vertex_dist))
        if vertex_dist[j] <= _SAME_POINT_M:
            if j == 0:
                return edge.u
            if j == edge.lon.size - 1:
                return edge.v
            return self._split(index, j, None)
        return self._split(index, k + 1, (lon, lat))

    def _split(self, index, j, point):
        """Split edge ``index`` before its vertex ``j``, at that vertex or (if
        ``point`` is given) at a new vertex inserted there. Returns the new node."""
        edge = self.edges[index]
        if point is None:
            lon, lat = edge.lon[j], edge.lat[j]
            head = (edge.lon[: j + 1], edge.lat[: j + 1])
            tail = (edge.lon[j:], edge.lat[j:])
        else:
            lon, lat = point
            head = (np.r_[edge.lon[:j], lon], np.r_[edge.lat[:j], lat])
            tail = (np.r_[lon, edge.lon[j:]], np.r_[lat, edge.lat[j:]])
        node = self._add_node(lon, lat)
        self._union(edge.u, node)
        v = edge.v
        _, _, steps = inverse(head[0][:-1], head[1][:-1], head[0][1:], head[1][1:])
        self.edges[index] = _Edge(edge.u, node, head[0], head[1], float(np.sum(steps)), edge.owner, edge.origin)
        self._add(node, v, tail[0], tail[1], edge.owner, origin=edge.origin)
        return node

    # -- gaps -----------------------------------------------------------------

    def _gap_sources(self):
        """Nodes a gap may start from: dead ends, and every node of a piece without
        one, as the parts came (a road end stays one after it is bridged)."""
        if self._sources is None:
            self._sources = self._dead_ends_and_loops()
        return self._sources

    def _dead_ends_and_loops(self):
        degree = self._degree()
        roots = self._roots()
        used = degree > 0
        dead = degree == 1
        with_dead_end = np.unique(roots[dead])
        return np.flatnonzero(used & (dead | ~np.isin(roots, with_dead_end)))

    def _gaps(self, max_m=None):
        """From every gap source to the nearest point of every other piece of road
        (within ``max_m`` if given): _Gaps, narrowest first."""
        sources = self._gap_sources()
        if sources.size == 0:
            return []
        roots = self._roots()
        edge, vertex, ax, ay, bx, by = self._road_segments()
        seg_root = roots[np.array([self.edges[e].u for e in edge])]
        segments = shapely.linestrings(np.stack([np.column_stack([ax, bx]), np.column_stack([ay, by])], axis=-1))
        points = shapely.points(self.node_xy(sources))
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
        # Foot of the perpendicular in the frame, and its frame distance.
        px, py = shapely.get_coordinates(points[s]).T
        dx, dy = bx[g] - ax[g], by[g] - ay[g]
        length2 = dx * dx + dy * dy
        t = np.clip(((px - ax[g]) * dx + (py - ay[g]) * dy) / np.where(length2 > 0, length2, 1.0), 0.0, 1.0)
        frame_dist = np.hypot(ax[g] + t * dx - px, ay[g] + t * dy - py)
        # Keep the nearest segment of every other piece for every source.
        order = np.lexsort((frame_dist, seg_root[g], s))
        s, g, t = s[order], g[order], t[order]
        pair = np.column_stack([s, seg_root[g]])
        first = np.r_[True, np.any(pair[1:] != pair[:-1], axis=1)]
        gaps = []
        for si, gi, ti in zip(s[first], g[first], t[first]):
            e, k = int(edge[gi]), int(vertex[gi])
            line = self.edges[e]
            lon, lat = _geodesic_point(line.lon[k], line.lat[k], line.lon[k + 1], line.lat[k + 1], float(ti))
            node = int(sources[si])
            _, _, width = inverse(self.node_lon[node], self.node_lat[node], lon, lat)
            width = float(width[0])
            if max_m is None or width <= max_m:
                gaps.append(_Gap(width, node, line.origin, lon, lat))
        gaps.sort(key=lambda gap: gap.key)
        return gaps

    def _bridge(self, gaps):
        """Join pieces of road through the given gaps, narrowest first (Kruskal)."""
        bridged = []
        for gap in gaps:
            target_root = self._find(self.edges[self.pieces[gap.origin][0]].u)
            if self._find(gap.source) == target_root:
                continue
            node = self._node_on(gap.origin, gap.lon, gap.lat)
            self._union(gap.source, node)
            lon = np.array([self.node_lon[gap.source], self.node_lon[node]])
            lat = np.array([self.node_lat[gap.source], self.node_lat[node]])
            self._add(gap.source, node, lon, lat, -1, length_m=gap.width_m)
            bridged.append((gap.width_m, *_midpoint(lon[0], lat[0], lon[1], lat[1])))
        return bridged

    def bridge_gaps(self, tolerance_m):
        """Bridge gaps up to ``tolerance_m`` from dead ends to other pieces of road."""
        if self.n_components() == 1:
            return []
        bridged = self._bridge(self._gaps(tolerance_m))
        if bridged:
            log.info("bridged %d gaps up to %.1f m", len(bridged), max(g[0] for g in bridged))
        return bridged

    def _wider_gaps(self, radius_m):
        """The gaps within the smallest of radius_m, 4 radius_m, 16 radius_m, ...
        that holds any, and that radius. With few pieces left, all their gaps.

        The search grows because looking for every gap at once costs the number
        of pieces times the number of gap sources."""
        radius_m = max(radius_m, 100.0)
        while True:
            if self.n_components() <= _FEW_PIECES:
                return self._gaps(None), np.inf
            gaps = self._gaps(radius_m)
            if gaps:
                return gaps, radius_m
            radius_m *= 4.0

    def narrowest_gap(self, tolerance_m):
        """The narrowest gap between two pieces of road (all wider than the tolerance)."""
        gap = self._wider_gaps(2.0 * tolerance_m)[0][0]
        location = _midpoint(self.node_lon[gap.source], self.node_lat[gap.source], gap.lon, gap.lat)
        return _GapReport(gap.width_m, location, self._owner_at(gap.source), self.edges[gap.origin].owner)

    def bridge_all(self, tolerance_m):
        """Bridge every remaining gap, narrowest first, until the road is one piece.

        Rounds of growing radius bridge, in order, every gap up to the radius
        (Kruskal's algorithm over the pieces, one radius at a time)."""
        bridged = []
        radius_m = 2.0 * tolerance_m
        while self.n_components() > 1:
            gaps, radius_m = self._wider_gaps(radius_m)
            bridged += self._bridge(gaps)
            radius_m *= 4.0
        log.info("bridged all %d remaining gaps", len(bridged))
        return bridged

    # -- ends and path --------------------------------------------------------

    def route_ends(self, ends):
        if ends is not None:
            start, end = _two_points(ends)
            start = self._snap_end(start, "The route start")
            end = self._snap_end(end, "The route end")
            _, _, apart = inverse(self.node_lon[start], self.node_lat[start], self.node_lon[end], self.node_lat[end])
            if start == end or apart[0] < _SAME_END_M:
                raise SamePointError(
                    "The route's two ends fall on the same point of the road; choose two different places."
                )
            return start, end
        # Dead ends as the parts came: a road end bridged to another piece (one
        # of two loose carriageways) is still an end, and the road's far end.
        degree = self._degree()
        dead = self.dead_ends
        if dead.size == 0:
            # Closed loops only (a ring road, a way digitised twice): the two
            # junctions farthest apart, if there are two.
            dead = np.flatnonzero(degree > 0)
            if dead.size < 2:
                raise CorridorError(
                    "The road is a closed loop with no dead ends, so its ends are not "
                    "known: name the route's two ends."
                )
        elif dead.size == 1:
            # A road ending in a loop: from its one dead end to the farthest node.
            others = np.flatnonzero(self._degree() > 0)
            _, _, dist = inverse(
                np.full(others.size, self.node_lon[dead[0]]),
                np.full(others.size, self.node_lat[dead[0]]),
                np.asarray(self.node_lon)[others],
                np.asarray(self.node_lat)[others],
            )
            return int(dead[0]), int(others[int(np.argmax(dist))])
        # The farthest pair lies on the convex hull of the dead ends (in the frame,
        # whose distortion is far below the distances that matter here).
        xy = self.node_xy(dead)
        hull_xy = shapely.get_coordinates(shapely.convex_hull(shapely.multipoints(xy)))
        on_hull = dead[_rows_in(xy, hull_xy)]
        if on_hull.size < 2:
            on_hull = dead
        a, b = np.triu_indices(on_hull.size, 1)
        lon, lat = np.asarray(self.node_lon), np.asarray(self.node_lat)
        _, _, dist = inverse(lon[on_hull[a]], lat[on_hull[a]], lon[on_hull[b]], lat[on_hull[b]])
        best = int(np.argmax(dist))
        return int(on_hull[a[best]]), int(on_hull[b[best]])

    def _snap_end(self, point, name, tolerance_m=DEFAULT_END_SNAP_M):
        """The node at the nearest point of the road to ``point`` (split there)."""
        edge, vertex, ax, ay, bx, by = self._road_segments()
        px, py = (float(c[0]) for c in self.frame.forward(np.array([point[0]]), np.array([point[1]])))
        dx, dy = bx - ax, by - ay
        length2 = dx * dx + dy * dy
        t = np.clip(((px - ax) * dx + (py - ay) * dy) / np.where(length2 > 0, length2, 1.0), 0.0, 1.0)
        frame_dist = np.hypot(ax + t * dx - px, ay + t * dy - py)
        # A few nearest in the frame, then measured on the ellipsoid.
        candidates = np.argsort(frame_dist, kind="stable")[:8]
        best = None
        for c in candidates:
            line = self.edges[edge[c]]
            k = vertex[c]
            lon, lat = _geodesic_point(line.lon[k], line.lat[k], line.lon[k + 1], line.lat[k + 1], float(t[c]))
            dist = float(inverse(point[0], point[1], lon, lat)[2][0])
            if best is None or dist < best[0]:
                best = (dist, line.origin, lon, lat, (line.lon[k : k + 2], line.lat[k : k + 2]))
        dist, origin, lon, lat, vertices = best
        if dist > tolerance_m:
            raise SnapDistanceError(name, dist, tolerance_m)
        # Leave no sliver of road: a vertex this close is the end.
        _, _, to_vertex = inverse(lon, lat, *vertices)
        k = int(np.argmin(to_vertex))
        if to_vertex[k] < _SAME_END_M:
            lon, lat = float(vertices[0][k]), float(vertices[1][k])
        return self._node_on(origin, lon, lat)

    def shortest_path(self, start, end):
        """Edge indices of the shortest path from ``start`` to ``end`` (Dijkstra)."""
        adjacent = [[] for _ in self._parent]
        for i, edge in enumerate(self.edges):
            if edge.u != edge.v:
                adjacent[edge.u].append((edge.v, i, edge.length_m))
                adjacent[edge.v].append((edge.u, i, edge.length_m))
        best = {start: 0.0}
        via = {}
        queue = [(0.0, start)]
        while queue:
            dist, node = heapq.heappop(queue)
            if node == end:
                break
            if dist > best.get(node, np.inf):
                continue
            for other, edge, length in adjacent[node]:
                if dist + length < best.get(other, np.inf):
                    best[other] = dist + length
                    via[other] = (node, edge)
                    heapq.heappush(queue, (dist + length, other))
        if end not in via:
            raise CorridorError("The route's two ends are not connected by the road.")
        path = []
        node = end
        while node != start:
            node, edge = via[node]
            path.append(edge)
        return path[::-1]

    def coordinates(self, path, start):
        """Lon/lat of the path's vertices, each edge turned to the direction of travel."""
        lons, lats = [], []
        node = start
        for i in path:
            edge = self.edges[i]
            lon, lat, v = edge.lon, edge.lat, edge.v
            if edge.u != node:
                lon, lat, v = lon[::-1], lat[::-1], edge.u
            lons.append(lon if not lons else lon[1:])
            lats.append(lat if not lats else lat[1:])
            node = v
        return np.concatenate(lons), np.concatenate(lats)


def _two_points(ends):
    """((lon, lat), (lon, lat)) (or two objects with .lon and .lat, like Place)
    as two float pairs, or InvalidCoordinatesError."""
    try:
        ends = [(p.lon, p.lat) if hasattr(p, "lon") else p for p in ends]
        points = np.asarray(ends, dtype=float)
    except (TypeError, ValueError):
        points = None
    if points is None or points.shape != (2, 2):
        raise InvalidCoordinatesError("The route's ends must be two points, ((lon, lat), (lon, lat)).")
    if not np.all(np.isfinite(points)) or np.any(np.abs(points[:, 0]) > 180) or np.any(np.abs(points[:, 1]) > 90):
        raise InvalidCoordinatesError(
            f"The route's ends {points.tolist()} are not WGS84 longitude/latitude; check them."
        )
    return tuple(map(float, points[0])), tuple(map(float, points[1]))


def _rows_in(rows, table):
    """Mask of the rows of ``rows`` that appear in ``table`` (exact match)."""
    table = {tuple(r) for r in np.asarray(table).tolist()}
    return np.array([tuple(r) in table for r in np.asarray(rows).tolist()], dtype=bool)
