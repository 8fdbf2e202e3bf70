"""Route assembly: one continuous route from road parts as real data has them.

OpenStreetMap and similar sources cut a highway into dozens of ways, digitised
in mixed directions and any order, with small gaps, spurs, slip roads and
stretches of dual carriageway. The parts become a :class:`.RoadGraph`, gaps up
to the tolerance are bridged (:mod:`.gaps`), and the route is the shortest path
between its two ends (the two dead ends farthest apart unless the caller names
them). What the path does not use is reported, never silently dropped.

>>> from shapely import LineString
>>> parts = [LineString([(36.2, 35.0), (36.1, 35.0)]), LineString([(36.0, 35.0), (36.1, 35.0)])]
>>> route = assemble_route(parts)
>>> route.start, route.end, route.side_names
((36.0, 35.0), (36.2, 35.0), ('north', 'south'))
"""

from __future__ import annotations

import logging

import numpy as np
import shapely

from .errors import (
    ClosedLoopError,
    CorridorError,
    DegenerateLineError,
    EmptyInputError,
    GeometryTypeError,
    InvalidCoordinatesError,
    LeftOutRoadError,
    RouteGapError,
    SamePointError,
    SnapDistanceError,
)
from .gaps import GapBridger
from .geodesy import check_lonlat, inverse, to_lonlat
from .locate import locate
from .messages import Message
from .roadgraph import RoadGraph, foot
from .route import DEFAULT_MAX_EDGE_M, AssemblyReport, Route, side_names_for

__all__ = ["assemble_route", "DEFAULT_GAP_TOLERANCE_M", "DEFAULT_END_SNAP_M"]

log = logging.getLogger(__name__)

DEFAULT_GAP_TOLERANCE_M = 50.0
DEFAULT_END_SNAP_M = 2000.0  # a named route end may lie this far from the road
_JOIN_M = 0.01  # a "gap" narrower than this is a junction, not reported as a gap
_SAME_END_M = 1.0  # named ends snap to a vertex this close, and must be farther apart
# Road left out farther than this from the route is not a second carriageway or a
# duplicate (those lie within metres to a few hundred metres of it), and when it is
# more than this share of all the road given, the route is probably not what was meant
# (one half of a ring road, two roads selected).
FAR_FROM_ROUTE_M = 1000.0
LEFT_OUT_SHARE = 0.25


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
    leave_out=False,
):
    """Assemble a :class:`Route` from line geometries in ``crs`` (None: WGS84).

    ``parts`` are shapely LineStrings or MultiLineStrings (any iterable);
    ``labels`` names them in messages (e.g. "feature 12"), one per part.
    ``ends`` is an optional ((lon, lat), (lon, lat)) pair choosing the route's
    ends, each snapped to the nearest point of the road within 2 km. The route
    runs west to east (south to north for a mostly north-south road) whatever
    the order of ``ends``; ``reverse`` turns it.

    Without ``ends``, when more than a quarter of the road given lies off the
    route and over a kilometre from it (the other half of a ring road, a second
    road), that is a LeftOutRoadError with the numbers, unless ``leave_out``.

    Raises EmptyInputError (no parts, an empty part), GeometryTypeError (a
    part that is not a line), DegenerateLineError (a line of zero length; a
    line of one point cannot be a shapely line, so the bridge raises it for
    those), InvalidCoordinatesError (NaN or out-of-range coordinates),
    RouteGapError (a gap wider than ``gap_tolerance_m``, unless
    ``bridge_all_gaps``), SnapDistanceError and SamePointError (bad
    ``ends``), LeftOutRoadError; all derive from CorridorError.
    """
    parts = list(parts)
    if not parts:
        raise EmptyInputError("No road features were given: select the road's line features.")
    labels = _labels(labels, len(parts))
    gap_tolerance_m = _metres(gap_tolerance_m, Message("The gap tolerance"))
    lines, owners = _read_parts(parts, crs, labels)
    graph = RoadGraph(lines, owners)
    bridger = GapBridger(graph)
    bridged = bridger.bridge_within(gap_tolerance_m)
    if graph.n_components() > 1:
        if not bridge_all_gaps:
            gap = bridger.narrowest(gap_tolerance_m)
            raise RouteGapError(gap.width_m, gap.location, labels[gap.first], labels[gap.second], gap_tolerance_m)
        bridged += bridger.bridge_all(gap_tolerance_m)
    start, end = _route_ends(graph, ends)
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
    if ends is None and not leave_out:
        _check_left_out(route, graph, on_path, labels)
    log.info("assembled route of %.3f km: %s", route.length_km, report.summary())
    return route


def _check_left_out(route, graph, on_path, labels):
    """LeftOutRoadError when much of the road given lies away from the route."""
    unused = [i for i, edge in enumerate(graph.edges) if i not in on_path and edge.owner >= 0]
    if not unused:
        return
    lon = np.concatenate([graph.edges[i].lon for i in unused])
    lat = np.concatenate([graph.edges[i].lat for i in unused])
    distance = locate(route, lon, lat).distance_m
    far, farthest, owners, start = 0.0, 0.0, set(), 0
    for i in unused:
        edge = graph.edges[i]
        reach = float(distance[start : start + edge.lon.size].max())
        start += edge.lon.size
        if reach > FAR_FROM_ROUTE_M:
            far += edge.length_m
            farthest = max(farthest, reach)
            owners.add(edge.owner)
    if far > LEFT_OUT_SHARE * (route.length_m + far):
        raise LeftOutRoadError(far / 1000, farthest / 1000, route.length_km, [labels[k] for k in sorted(owners)])


def _labels(labels, count):
    if labels is None:
        return [f"feature {i}" for i in range(count)]
    labels = list(labels)
    if len(labels) != count:
        raise CorridorError(
            "{labels} labels were given for {count} road features; give one per feature.", labels=len(labels), count=count
        )
    return labels


def _metres(value, name):
    """``value`` as metres, 0 or more; ``name`` (a Message, e.g. "The gap tolerance") names it."""
    try:
        value = float(value)
    except (TypeError, ValueError):
        raise CorridorError(
            "{name} must be a number of metres, 0 or more; got {value}.", name=name, value=repr(value)
        ) from None
    if not value >= 0:  # also NaN
        raise CorridorError("{name} must be a number of metres, 0 or more; got {value}.", name=name, value=value)
    return value


def _read_parts(parts, crs, labels):
    """Every part's lines as lon/lat arrays, and the index of the part of each.

    The checks run on all parts at once (ten thousand OSM ways are common), and
    the part named in an error is the first one that fails, as if the parts
    were checked one by one.
    """
    parts = list(parts)
    typed = len(parts)  # parts before the first that is not a line geometry
    for i, geom in enumerate(parts):
        if geom is None or not isinstance(geom, shapely.Geometry) or geom.geom_type not in _LINE_TYPES:
            typed = i
            break
    geoms = np.array(parts[:typed] + [None], dtype=object)[:-1]  # never an array of coordinates
    empty = shapely.is_empty(geoms)
    lines, line_part = shapely.get_parts(geoms, return_index=True)
    nonempty = ~shapely.is_empty(lines)
    lines, owners = lines[nonempty], line_part[nonempty]
    xy, line_of = shapely.get_coordinates(lines, return_index=True)
    nan_part = owners[line_of[~np.isfinite(xy).all(axis=1)]]
    first_empty = int(np.argmax(empty)) if empty.any() else len(parts)
    first_nan = int(nan_part[0]) if nan_part.size else len(parts)
    first = min(first_empty, first_nan, typed)
    if first < len(parts):
        _raise_for_part(parts[first], labels[first], empty=first == first_empty)

    sizes = np.bincount(line_of, minlength=lines.size)
    starts = np.cumsum(sizes) - sizes
    lon, lat = to_lonlat(xy[:, 0], xy[:, 1], crs)
    bad = ~(np.isfinite(lon) & np.isfinite(lat)) | (np.abs(lat) > 90) | (np.abs(lon) > 180)
    if bad.any():
        line = int(line_of[np.argmax(bad)])
        lo, hi = starts[line], starts[line] + sizes[line]
        check_lonlat(lon[lo:hi], lat[lo:hi], Message("Road {label}", label=labels[owners[line]]))
    # A vertex repeating the one before it is dropped; each line keeps its first.
    keep = np.r_[True, (np.diff(lon) != 0) | (np.diff(lat) != 0)]
    keep[starts] = True
    kept = np.add.reduceat(keep, starts) if lines.size else np.zeros(0, dtype=int)
    if (kept < 2).any():
        owner = int(owners[np.argmax(kept < 2)])
        raise DegenerateLineError(labels[owner], one_point=False, whole=shapely.get_num_geometries(parts[owner]) == 1)
    lon, lat = lon[keep], lat[keep]
    ends = np.cumsum(kept).tolist()
    result = [(lon[lo:hi], lat[lo:hi]) for lo, hi in zip([0] + ends[:-1], ends)]
    return result, owners.tolist()


_LINE_TYPES = ("LineString", "MultiLineString", "LinearRing")


def _raise_for_part(geom, name, empty):
    """The error for the part ``geom`` called ``name`` (checked in this order)."""
    if geom is None or empty:
        raise EmptyInputError("Road {label} has no geometry; fix it or leave it out.", label=name)
    if not isinstance(geom, shapely.Geometry):
        raise GeometryTypeError(
            "Road {label} is a {kind}, not a geometry; the road must be made of lines.",
            label=name,
            kind=type(geom).__name__,
        )
    if geom.geom_type not in _LINE_TYPES:
        raise GeometryTypeError(
            "Road {label} is a {kind}; the road must be made of lines. Choose a line layer.",
            label=name,
            kind=geom.geom_type,
        )
    raise InvalidCoordinatesError("Road {label} has missing or NaN coordinates; fix it.", label=name)


def _oriented(lon, lat, reverse):
    """West to east (or south to north for a north-south road), then ``reverse``."""
    left, _ = side_names_for(lon[0], lat[0], lon[-1], lat[-1])
    backwards = left in ("south", "east")  # travelling west, or south
    if backwards != bool(reverse):
        return lon[::-1], lat[::-1]
    return lon, lat


# -- the route's ends -------------------------------------------------------------


def _route_ends(graph, ends):
    """The nodes the route runs between: the named ``ends`` snapped to the road,
    or else the two dead ends farthest apart."""
    if ends is not None:
        start, end = _two_points(ends)
        start = _snap_end(graph, start, Message("The route start"))
        end = _snap_end(graph, end, Message("The route end"))
        _, _, apart = inverse(graph.node_lon[start], graph.node_lat[start], graph.node_lon[end], graph.node_lat[end])
        if start == end or apart[0] < _SAME_END_M:
            raise SamePointError(
                "The route's two ends fall on the same point of the road; choose two different places."
            )
        return start, end
    # Dead ends as the parts came: a road end bridged to another piece (one
    # of two loose carriageways) is still an end, and the road's far end.
    degree = graph.degree()
    dead = graph.dead_ends
    if dead.size == 0:
        # Closed loops only (a ring road, a way digitised twice): the two
        # junctions farthest apart, if there are two.
        dead = np.flatnonzero(degree > 0)
        if dead.size < 2:
            raise ClosedLoopError(
                "The road is a closed loop with no dead ends, so its ends are not "
                "known: name the route's two ends."
            )
    elif dead.size == 1:
        # A road ending in a loop: from its one dead end to the farthest node.
        others = np.flatnonzero(degree > 0)
        _, _, dist = inverse(
            np.full(others.size, graph.node_lon[dead[0]]),
            np.full(others.size, graph.node_lat[dead[0]]),
            np.asarray(graph.node_lon)[others],
            np.asarray(graph.node_lat)[others],
        )
        return int(dead[0]), int(others[int(np.argmax(dist))])
    # The farthest pair lies on the convex hull of the dead ends (in the frame,
    # whose distortion is far below the distances that matter here).
    xy = graph.node_xy(dead)
    hull_xy = shapely.get_coordinates(shapely.convex_hull(shapely.multipoints(xy)))
    on_hull = dead[_rows_in(xy, hull_xy)]
    if on_hull.size < 2:
        on_hull = dead
    a, b = np.triu_indices(on_hull.size, 1)
    lon, lat = np.asarray(graph.node_lon), np.asarray(graph.node_lat)
    _, _, dist = inverse(lon[on_hull[a]], lat[on_hull[a]], lon[on_hull[b]], lat[on_hull[b]])
    best = int(np.argmax(dist))
    return int(on_hull[a[best]]), int(on_hull[b[best]])


def _snap_end(graph, point, name, tolerance_m=DEFAULT_END_SNAP_M):
    """The node at the nearest point of the road to ``point`` (split there)."""
    edge, vertex, ax, ay, bx, by = graph.road_segments()
    px, py = (float(c[0]) for c in graph.frame.forward(np.array([point[0]]), np.array([point[1]])))
    t, frame_dist = foot(px, py, ax, ay, bx, by)
    # A few nearest in the frame, then measured on the ellipsoid.
    candidates = np.argsort(frame_dist, kind="stable")[:8]
    best = None
    for c in candidates:
        line = graph.edges[edge[c]]
        k = vertex[c]
        lon, lat = graph.point_on(edge[c], k, float(t[c]))
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
    return graph.node_on(origin, lon, lat)


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
            "The route's ends {ends} are not WGS84 longitude/latitude; check them.", ends=str(points.tolist())
        )
    return tuple(map(float, points[0])), tuple(map(float, points[1]))


def _rows_in(rows, table):
    """Mask of the rows of ``rows`` that appear in ``table`` (exact match)."""
    table = {tuple(r) for r in np.asarray(table).tolist()}
    return np.array([tuple(r) in table for r in np.asarray(rows).tolist()], dtype=bool)
