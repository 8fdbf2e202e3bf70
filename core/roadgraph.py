"""The road graph: pieces of road between junctions, as route assembly needs them.

Nodes are junctions: the ends of every line and every vertex that two lines
share (to ~1 cm). Edges are the stretches of line between them, in lon/lat. A
point inside an edge becomes a node by splitting the edge there; every edge
remembers the edge it was first built as (its origin), so the pieces of a split
edge can be found again. Union-find keeps the connected pieces of road, and
the route follows the shortest path (Dijkstra) between two nodes.

>>> import numpy as np
>>> west = (np.array([36.0, 36.1]), np.array([35.0, 35.0]))
>>> east = (np.array([36.1, 36.2]), np.array([35.0, 35.1]))
>>> graph = RoadGraph([west, east], owners=[0, 1])
>>> len(graph.node_lon), graph.n_components(), graph.dead_ends.tolist()
(3, 1, [0, 2])
>>> graph.shortest_path(0, 2)
[0, 1]
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

import numpy as np

from .errors import CorridorError
from .frame import LocalFrame
from .geodesy import forward, inverse

__all__ = ["RoadGraph", "Edge", "foot", "geodesic_point", "spans"]

_KEY_SCALE = 1e7  # vertices closer than ~1 cm are the same junction
_SAME_POINT_M = 0.05  # a point this close to a vertex (frame metres) is that vertex


def spans(sizes):
    """(start, stop) of consecutive runs of the given sizes in one array."""
    sizes = np.asarray(sizes, dtype=int)
    ends = np.cumsum(sizes)
    return zip((ends - sizes).tolist(), ends.tolist())


def foot(px, py, ax, ay, bx, by):
    """The foot of the perpendicular from points P to segments AB, element-wise:
    its fraction t along AB and its distance from P (planar, in the frame)."""
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = np.clip(((px - ax) * dx + (py - ay) * dy) / np.where(length2 > 0, length2, 1.0), 0.0, 1.0)
    return t, np.hypot(ax + t * dx - px, ay + t * dy - py)


def geodesic_point(lon0, lat0, lon1, lat1, t):
    """The point at fraction ``t`` of the geodesic between two points."""
    if t <= 0.0:
        return float(lon0), float(lat0)
    if t >= 1.0:
        return float(lon1), float(lat1)
    az, _, dist = inverse(lon0, lat0, lon1, lat1)
    lon, lat, _ = forward(lon0, lat0, az, dist * t)
    return float(lon[0]), float(lat[0])


@dataclass
class Edge:
    """A piece of road between two graph nodes (a bridge has owner -1)."""

    u: int
    v: int
    lon: np.ndarray
    lat: np.ndarray
    length_m: float
    owner: int  # the index of the input part, or -1 for a bridge
    origin: int  # the edge it was split from (its own index if never split)


class RoadGraph:
    """Road pieces between junctions, with union-find over connected pieces.

    ``lines`` are (lon, lat) array pairs and ``owners`` the index of the input
    part each came from.
    """

    def __init__(self, lines, owners):
        allxy = np.concatenate([np.column_stack(line) for line in lines])
        # Longitudes 180 and -180 are the same junction.
        wrapped = np.column_stack([(allxy[:, 0] + 180.0) % 360.0 - 180.0, allxy[:, 1]])
        keys = np.round(wrapped * _KEY_SCALE).astype(np.int64)
        unique, first, vertex_node = np.unique(keys, axis=0, return_index=True, return_inverse=True)
        vertex_node = vertex_node.ravel()
        sizes = [line[0].size for line in lines]
        line_spans = list(spans(sizes))
        # A vertex is a junction if it is a line's end, or shared by two lines.
        is_junction = np.zeros(len(unique), dtype=bool)
        for lo, hi in line_spans:
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
        # Every step's geodesic length in one call (the steps between two lines
        # are never used); an edge's length sums its own, as add_edge would.
        _, _, steps = inverse(allxy[:-1, 0], allxy[:-1, 1], allxy[1:, 0], allxy[1:, 1])
        for (lo, hi), owner in zip(line_spans, owners):
            nodes = vertex_node[lo:hi]
            cuts = np.flatnonzero(is_junction[nodes]).tolist()
            lon, lat = allxy[lo:hi, 0], allxy[lo:hi, 1]
            for a, b in zip(cuts[:-1], cuts[1:]):
                self.add_edge(node_id[nodes[a]], node_id[nodes[b]], lon[a : b + 1], lat[a : b + 1], owner,
                              length_m=float(np.sum(steps[lo + a : lo + b])))
        self.frame = LocalFrame.around(allxy[:, 0], allxy[:, 1])
        for edge in self.edges:
            self.union(edge.u, edge.v)
        # The road's ends as the parts came, before bridges join some of them.
        self.dead_ends = np.flatnonzero(self.degree() == 1)

    def add_edge(self, u, v, lon, lat, owner, length_m=None, origin=None):
        """Add an edge (its geodesic length unless given); returns its index."""
        if length_m is None:
            _, _, steps = inverse(lon[:-1], lat[:-1], lon[1:], lat[1:])
            length_m = float(np.sum(steps))
        index = len(self.edges)
        origin = index if origin is None else origin
        self.edges.append(Edge(int(u), int(v), np.asarray(lon), np.asarray(lat), length_m, owner, origin))
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
        """Frame coordinates of the given nodes, (n, 2)."""
        x, y = self.frame.forward(np.asarray(self.node_lon)[nodes], np.asarray(self.node_lat)[nodes])
        return np.column_stack([x, y])

    def degree(self):
        degree = np.zeros(len(self._parent), dtype=int)
        for edge in self.edges:
            degree[edge.u] += 1
            degree[edge.v] += 1
        return degree

    def owner_at(self, node):
        """The input part of some road edge at ``node`` (-1 if only bridges meet there)."""
        for edge in self.edges:
            if node in (edge.u, edge.v) and edge.owner >= 0:
                return edge.owner
        return -1

    # -- connected pieces (union-find) -------------------------------------------

    def find(self, node):
        parent = self._parent
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self._parent[ra] = rb
        return True

    def roots(self):
        """The piece of road (its root node) of every node."""
        return np.array([self.find(n) for n in range(len(self._parent))], dtype=int)

    def n_components(self):
        roots = self.roots()
        return len({int(roots[e.u]) for e in self.edges})

    # -- points on the road --------------------------------------------------------

    def road_segments(self):
        """Every segment of the road's edges (not of bridges): edge index, vertex
        index and frame coordinates of its ends (ax, ay, bx, by)."""
        sizes = np.array([e.lon.size for e in self.edges])
        lon = np.concatenate([e.lon for e in self.edges])
        lat = np.concatenate([e.lat for e in self.edges])
        x, y = self.frame.forward(lon, lat)
        last = np.cumsum(sizes) - 1
        start = np.setdiff1d(np.arange(lon.size), last)  # every vertex but an edge's last
        edge = np.repeat(np.arange(len(self.edges)), sizes - 1)
        vertex = start - np.repeat(np.cumsum(sizes) - sizes, sizes - 1)
        segments = (edge, vertex, x[start], y[start], x[start + 1], y[start + 1])
        road = np.array([e.owner >= 0 for e in self.edges])[edge]
        return tuple(column[road] for column in segments)

    def point_on(self, edge, vertex, t):
        """The point at fraction ``t`` of segment ``vertex`` of ``edge``, as lon, lat."""
        line = self.edges[edge]
        return geodesic_point(line.lon[vertex], line.lat[vertex], line.lon[vertex + 1], line.lat[vertex + 1], t)

    def node_on(self, origin, lon, lat):
        """A node at (lon, lat) on the road edge ``origin`` (or a piece of it),
        splitting the piece there if need be."""
        px, py = self.frame.forward(np.array([lon]), np.array([lat]))
        best = None
        for index in self.pieces[origin]:
            edge = self.edges[index]
            x, y = self.frame.forward(edge.lon, edge.lat)
            _, dist = foot(px, py, x[:-1], y[:-1], x[1:], y[1:])
            k = int(np.argmin(dist))
            if best is None or dist[k] < best[0]:
                vertex_dist = np.hypot(x - px, y - py)
                best = (dist[k], index, k, vertex_dist)
        _, index, k, vertex_dist = best
        edge = self.edges[index]
        j = int(np.argmin(vertex_dist))
        # Split at a vertex this close rather than leave a sliver of road.
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
        self.union(edge.u, node)
        v = edge.v
        _, _, steps = inverse(head[0][:-1], head[1][:-1], head[0][1:], head[1][1:])
        self.edges[index] = Edge(edge.u, node, head[0], head[1], float(np.sum(steps)), edge.owner, edge.origin)
        self.add_edge(node, v, tail[0], tail[1], edge.owner, origin=edge.origin)
        return node

    # -- the route -------------------------------------------------------------------

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
