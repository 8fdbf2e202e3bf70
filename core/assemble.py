"""Route assembly: one continuous route from road parts as real data has them.

OpenStreetMap and similar sources cut a highway into dozens of ways, digitised
in mixed directions and any order, with small gaps, spurs, slip roads and
stretches of dual carriageway. The parts become a graph: vertices where parts
meet (end to end, or an end on another part's vertex) are junctions, gaps up to
the tolerance are bridged, and the route is the shortest path between its two
ends (the two dead ends farthest apart unless the caller names them). What the
path does not use is reported, never silently dropped.

>>> from shapely import LineString
>>> parts = [LineString([(36.2, 35.0), (36.1, 35.0)]), LineString([(36.0, 35.0), (36.1, 35.0)])]
>>> route = assemble_route(parts)
>>> route.start, route.end, route.side_names
((36.0, 35.0), (36.2, 35.0), ('north', 'south'))
"""

from __future__ import annotations

import heapq
import logging

import numpy as np
import shapely

from .errors import EmptyInputError, GeometryTypeError, RouteGapError, SnapDistanceError
from .frame import LocalFrame
from .geodesy import check_lonlat, inverse, to_lonlat
from .route import DEFAULT_MAX_EDGE_M, AssemblyReport, Route, side_names_for

__all__ = ["assemble_route", "DEFAULT_GAP_TOLERANCE_M"]

log = logging.getLogger(__name__)

DEFAULT_GAP_TOLERANCE_M = 50.0
_KEY_SCALE = 1e7  # vertices closer than ~1 cm are the same junction


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

    ``labels`` names the parts in messages (e.g. "feature 12"); ``ends`` is an
    optional ((lon, lat), (lon, lat)) pair choosing the route's ends, each
    snapped to the nearest junction or dead end within 2 km. The route runs west
    to east (south to north for a mostly north-south road); ``reverse`` turns it.
    """
    labels = list(labels) if labels is not None else None
    lines, owners = _read_parts(parts, crs, labels)
    label = (lambda i: labels[i]) if labels else (lambda i: f"feature {i}")
    graph = _Graph(lines, owners)
    bridged = graph.bridge_gaps(gap_tolerance_m, label)
    if graph.n_components() > 1:
        if not bridge_all_gaps:
            width, where, a, b = graph.narrowest_gap()
            raise RouteGapError(width, where, label(a), label(b), gap_tolerance_m)
        bridged += graph.bridge_all()
    start, end = graph.route_ends(ends)
    path = graph.shortest_path(start, end)
    lon, lat = graph.coordinates(path, start)

    used_parts = {graph.edges[e][4] for e in path if graph.edges[e][4] >= 0}
    left_out = tuple(label(i) for i in range(len(parts)) if i not in used_parts)
    unused_m = sum(edge[3] for i, edge in enumerate(graph.edges) if i not in set(path) and edge[4] >= 0)
    report = AssemblyReport(
        parts_total=len(parts),
        parts_used=len(used_parts),
        left_out=left_out,
        left_out_km=unused_m / 1000.0,
        bridged_gaps=tuple(bridged),
    )
    lon, lat = _oriented(lon, lat, reverse)
    route = Route.from_lonlat(lon, lat, report=report, max_edge_m=max_edge_m)
    log.info("assembled route of %.3f km: %s", route.length_km, report.summary())
    return route


def _read_parts(parts, crs, labels):
    """Every part's lines as lon/lat arrays, and the index of the part of each."""
    parts = list(parts)
    if not parts:
        raise EmptyInputError("No road features were given: select the road's line features.")
    coords, owners = [], []
    for i, geom in enumerate(parts):
        name = labels[i] if labels else f"feature {i}"
        if geom is None or shapely.is_empty(geom):
            raise EmptyInputError(f"Road {name} has no geometry; fix it or leave it out.")
        if geom.geom_type not in ("LineString", "MultiLineString", "LinearRing"):
            raise GeometryTypeError(
                f"Road {name} is a {geom.geom_type}; the road must be made of lines. "
                "Choose a line layer."
            )
        for line in shapely.get_parts(geom):
            xy = shapely.get_coordinates(line)
            if not np.all(np.isfinite(xy)):
                raise EmptyInputError(f"Road {name} has missing or NaN coordinates; fix it.")
            coords.append(xy)
            owners.append(i)
    sizes = [len(c) for c in coords]
    allxy = np.concatenate(coords)
    lon, lat = to_lonlat(allxy[:, 0], allxy[:, 1], crs)
    check_lonlat(lon, lat, "The road")
    lines = []
    for (lo, hi), owner in zip(_spans(sizes), owners):
        x, y = lon[lo:hi], lat[lo:hi]
        keep = np.r_[True, (np.diff(x) != 0) | (np.diff(y) != 0)]
        if keep.sum() < 2:
            name = labels[owner] if labels else f"feature {owner}"
            raise GeometryTypeError(f"Road {name} is a line of zero length; fix it or leave it out.")
        lines.append((x[keep], y[keep]))
    return lines, owners


def _spans(sizes):
    ends = np.cumsum(sizes)
    return zip(ends - sizes, ends)


def _oriented(lon, lat, reverse):
    """West to east (or south to north for a north-south road), then ``reverse``."""
    left, _ = side_names_for(lon[0], lat[0], lon[-1], lat[-1])
    backwards = left in ("south", "east")  # travelling west, or south
    if backwards != bool(reverse):
        return lon[::-1], lat[::-1]
    return lon, lat


class _Graph:
    """Road pieces between junctions. Edges: (u, v, lon, lat, length_m, part);
    bridges have part -1."""

    def __init__(self, lines, owners):
        allxy = np.concatenate([np.column_stack(line) for line in lines])
        keys = np.round(allxy * _KEY_SCALE).astype(np.int64)
        unique, vertex_node = np.unique(keys, axis=0, return_inverse=True)
        vertex_node = vertex_node.ravel()
        sizes = [line[0].size for line in lines]
        spans = list(_spans(sizes))
        # A vertex is a junction if it is a line's end, or shared by two lines.
        is_junction = np.zeros(len(unique), dtype=bool)
        for lo, hi in spans:
            is_junction[vertex_node[[lo, hi - 1]]] = True
        line_of = np.repeat(np.arange(len(lines)), sizes)
        seen_twice = np.zeros(len(unique), dtype=bool)
        order = np.argsort(vertex_node, kind="stable")
        sorted_nodes = vertex_node[order]
        same = sorted_nodes[1:] == sorted_nodes[:-1]
        different_line = line_of[order][1:] != line_of[order][:-1]
        seen_twice[sorted_nodes[1:][same & different_line]] = True
        is_junction |= seen_twice

        # Junctions become the graph's nodes, numbered 0..n-1.
        node_id = np.cumsum(is_junction) - 1
        self.node_lonlat = unique[is_junction] / _KEY_SCALE
        self.edges = []
        for (lo, hi), owner in zip(spans, owners):
            nodes = vertex_node[lo:hi]
            cuts = np.flatnonzero(is_junction[nodes])
            lon, lat = allxy[lo:hi, 0], allxy[lo:hi, 1]
            for a, b in zip(cuts[:-1], cuts[1:]):
                self._add(node_id[nodes[a]], node_id[nodes[b]], lon[a : b + 1], lat[a : b + 1], owner)
        self.frame = LocalFrame.around(self.node_lonlat[:, 0], self.node_lonlat[:, 1])
        self.node_xy = np.column_stack(self.frame.forward(*self.node_lonlat.T))
        self._parent = np.arange(len(self.node_lonlat))
        for u, v, *_ in self.edges:
            self._union(u, v)

    def _add(self, u, v, lon, lat, owner):
        _, _, steps = inverse(lon[:-1], lat[:-1], lon[1:], lat[1:])
        self.edges.append((int(u), int(v), lon, lat, float(np.sum(steps)), owner))

    # -- components -----------------------------------------------------------

    def _find(self, node):
        while self._parent[node] != node:
            self._parent[node] = self._parent[self._parent[node]]
            node = self._parent[node]
        return node

    def _union(self, a, b):
        ra, rb = self._find(a), self._find(b)
        if ra == rb:
            return False
        self._parent[ra] = rb
        return True

    def _roots(self):
        return np.array([self._find(n) for n in range(len(self.node_lonlat))])

    def n_components(self):
        return len(set(self._roots()))

    def _degree(self):
        degree = np.zeros(len(self.node_lonlat), dtype=int)
        for u, v, *_ in self.edges:
            degree[u] += 1
            degree[v] += 1
        return degree

    def _owner_near(self, node):
        for u, v, *_, owner in self.edges:
            if node in (u, v) and owner >= 0:
                return owner
        return -1

    # -- gaps -----------------------------------------------------------------

    def _gap_candidates(self, nodes, max_m):
        """Pairs of the given nodes in different components, nearest first."""
        points = shapely.points(self.node_xy[nodes])
        tree = shapely.STRtree(points)
        if max_m is None:
            a, b = np.triu_indices(nodes.size, 1)
        else:
            # Frame distances can be off by a fraction of a percent: ask for more.
            a, b = tree.query(points, predicate="dwithin", distance=max_m * 1.01 + 1.0)
            a, b = a[a < b], b[a < b]
        a, b = nodes[a], nodes[b]
        roots = self._roots()
        different = roots[a] != roots[b]
        a, b = a[different], b[different]
        _, _, dist = inverse(*self.node_lonlat[a].T, *self.node_lonlat[b].T)
        dist = np.atleast_1d(dist)
        if max_m is not None:
            a, b, dist = a[dist <= max_m], b[dist <= max_m], dist[dist <= max_m]
        order = np.argsort(dist, kind="stable")
        return a[order], b[order], dist[order]

    def _bridge(self, a, b, dist):
        """Join components through the given candidate pairs (Kruskal)."""
        bridged = []
        for u, v, d in zip(a, b, dist):
            if self._union(u, v):
                lon = self.node_lonlat[[u, v], 0]
                lat = self.node_lonlat[[u, v], 1]
                self.edges.append((int(u), int(v), lon, lat, float(d), -1))
                bridged.append((float(d), float(lon.mean()), float(lat.mean())))
        return bridged

    def bridge_gaps(self, tolerance_m, label):
        """Bridge gaps up to ``tolerance_m`` from dead ends to other pieces of road."""
        ends = np.flatnonzero(self._degree() == 1)
        if self.n_components() == 1 or ends.size == 0:
            return []
        nodes = np.arange(len(self.node_lonlat))
        a, b, dist = self._gap_candidates(nodes, tolerance_m)
        dead = np.isin(a, ends) | np.isin(b, ends)
        bridged = self._bridge(a[dead], b[dead], dist[dead])
        if bridged:
            log.info("bridged %d gaps up to %.1f m", len(bridged), max(g[0] for g in bridged))
        return bridged

    def _gap_nodes(self):
        """Nodes that may end a gap: dead ends, or every node of a piece without one."""
        degree = self._degree()
        roots = self._roots()
        with_dead_end = set(roots[degree == 1])
        return np.flatnonzero((degree == 1) | ~np.isin(roots, list(with_dead_end)))

    def narrowest_gap(self):
        a, b, dist = self._gap_candidates(self._gap_nodes(), None)
        u, v = a[0], b[0]
        where = self.node_lonlat[[u, v]].mean(axis=0)
        return dist[0], where, self._owner_near(u), self._owner_near(v)

    def bridge_all(self):
        a, b, dist = self._gap_candidates(self._gap_nodes(), None)
        bridged = self._bridge(a, b, dist)
        log.info("bridged all %d remaining gaps", len(bridged))
        return bridged

    # -- ends and path --------------------------------------------------------

    def route_ends(self, ends):
        if ends is not None:
            return tuple(self._snap_end(point, name) for point, name in zip(ends, ("Route start", "Route end")))
        candidates = np.flatnonzero(self._degree() == 1)
        if candidates.size < 2:
            candidates = np.arange(len(self.node_lonlat))
        # The farthest pair lies on the convex hull of the candidates.
        hull = shapely.convex_hull(shapely.multipoints(self.node_xy[candidates]))
        hull_xy = shapely.get_coordinates(hull)
        on_hull = candidates[_rows_in(self.node_xy[candidates], hull_xy)]
        a, b = np.triu_indices(on_hull.size, 1)
        _, _, dist = inverse(*self.node_lonlat[on_hull[a]].T, *self.node_lonlat[on_hull[b]].T)
        best = int(np.argmax(np.atleast_1d(dist)))
        return int(on_hull[a[best]]), int(on_hull[b[best]])

    def _snap_end(self, point, name, tolerance_m=2000.0):
        lon, lat = np.full(len(self.node_lonlat), point[0]), np.full(len(self.node_lonlat), point[1])
        _, _, dist = inverse(lon, lat, *self.node_lonlat.T)
        best = int(np.argmin(dist))
        if dist[best] > tolerance_m:
            raise SnapDistanceError(name, dist[best], tolerance_m)
        return best

    def shortest_path(self, start, end):
        """Edge indices of the shortest path from ``start`` to ``end`` (Dijkstra)."""
        adjacent = [[] for _ in self.node_lonlat]
        for i, (u, v, _, _, length, _) in enumerate(self.edges):
            if u != v:
                adjacent[u].append((v, i, length))
                adjacent[v].append((u, i, length))
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
            u, v, lon, lat, _, _ = self.edges[i]
            if u != node:
                lon, lat = lon[::-1], lat[::-1]
                u, v = v, u
            lons.append(lon if not lons else lon[1:])
            lats.append(lat if not lats else lat[1:])
            node = v
        return np.concatenate(lons), np.concatenate(lats)


def _rows_in(rows, table):
    """Mask of the rows of ``rows`` that appear in ``table`` (exact match)."""
    table = {tuple(r) for r in np.asarray(table).tolist()}
    return np.array([tuple(r) in table for r in np.asarray(rows).tolist()], dtype=bool)
