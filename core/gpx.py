"""GPS files of a patrol: GPX 1.1 with its waypoints, its route and its tracks.

A GPS unit navigates by waypoints and routes and shows tracks as lines. The GPX
holds one waypoint at the patrol's start ("km 0"), one per checkpoint and one at
its end, each on the patrol at its km; a route through those waypoints, in
order; the patrol as a track of every vertex (its edges are geodesics of at
most 250 m, which a straight line between two vertices follows within
millimetres); and, when asked, the corridor's two edges as more tracks. The
texts in the file are data, in English like the layers' field values.

>>> from .route import Route
>>> from .patrol import Place, checkpoints, patrol_segment
>>> route = Route.from_lonlat([36.0, 37.0], [35.0, 35.0])
>>> patrol = patrol_segment(route, Place("A", 36.2, 35.0), Place("B", 36.7, 35.0))
>>> gpx = patrol_gpx(patrol, checkpoints(patrol, 20))
>>> [w.name for w in patrol_waypoints(patrol, checkpoints(patrol, 20))]
['km 0', 'km 20', 'km 40', 'km 45.6']
>>> print(gpx.decode().splitlines()[1])
<gpx xmlns="http://www.topografix.com/GPX/1/1" version="1.1" creator="Secure Corridor">
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass

import numpy as np
import shapely

from .locate import LEFT, RIGHT, locate
from .patrol import km_text

__all__ = ["GPX_NAMESPACE", "CREATOR", "Waypoint", "Track", "patrol_waypoints", "corridor_edges", "patrol_gpx"]

GPX_NAMESPACE = "http://www.topografix.com/GPX/1/1"
CREATOR = "Secure Corridor"
# Degrees with 8 decimals: about 1 mm, well under the 1 m the files promise.
DECIMALS = 8
# Offset vertices are moved to within 1 cm of their width (corridor._true_widths);
# anything farther off is a cap or a seam, not an edge.
_EDGE_TOLERANCE_M = 1.0
# A vertex whose foot is this close to an end of the stretch lies on an end cap.
_AT_END_M = 0.01
# Garmin's symbol names, which most other units and apps read too.
_SYMBOLS = {"start": "Flag, Green", "checkpoint": "Flag, Blue", "end": "Flag, Red"}


@dataclass(frozen=True)
class Waypoint:
    """A named point of the patrol: its start, a checkpoint or its end."""

    name: str  # "km 20"
    lon: float
    lat: float
    km: float  # from the patrol's start
    kind: str  # "start", "checkpoint" or "end"
    comment: str  # what a GPS unit shows with the name: the place, or "checkpoint"
    description: str


@dataclass(frozen=True, eq=False)
class Track:
    """A line for a GPS unit to show: lon/lat arrays, a name and a GPX type."""

    name: str
    lon: np.ndarray
    lat: np.ndarray
    kind: str = "patrol"
    description: str = ""


def _route_name(patrol):
    return f"{patrol.start.name} to {patrol.end.name}"


def _unique(labels, kms):
    """The labels, a repeated one (the end 40 m past the last checkpoint, both
    "km 43") written with more decimals, so that a unit lists every waypoint."""
    seen = set()
    names = []
    for label, km in zip(labels, kms):
        if label in seen:
            label = f"km {km:.3f}"
        seen.add(label)
        names.append(label)
    return names


def patrol_waypoints(patrol, stops=None):
    """The patrol's waypoints, from its start: km 0, every checkpoint of
    ``stops`` (:class:`.Checkpoints`, None for none) and the end."""
    length_km = patrol.length_km
    km = np.empty(0) if stops is None else np.asarray(stops.km, dtype=float)
    if km.size and km[0] <= 1e-9 and length_km - km[-1] <= 1e-6:
        lon, lat, labels = stops.lon, stops.lat, list(stops.labels)
    else:  # no checkpoints, or checkpoints without the ends (include_ends=False)
        if not km.size or km[0] > 1e-9:
            km = np.r_[0.0, km]
        if length_km - km[-1] > 1e-6:
            km = np.r_[km, length_km]
        lon, lat = patrol.line.point_at(km * 1000)
        labels = [f"km {km_text(float(k))}" for k in km]
    names = _unique(labels, km)
    direction = 1.0 if patrol.end_km >= patrol.start_km else -1.0
    points = []
    last = len(km) - 1
    for k, (name, x, y, at) in enumerate(zip(names, lon, lat, km)):
        route_km = patrol.start_km + direction * float(at)
        if k == 0:
            kind, comment = "start", patrol.start.name
            description = (
                f"Patrol start: {patrol.start.name} ({patrol.start_offset_m:.0f} m from the road); "
                f"km {route_km:.3f} along the route"
            )
        elif k == last:
            kind, comment = "end", patrol.end.name
            description = (
                f"Patrol end: {patrol.end.name} ({patrol.end_offset_m:.0f} m from the road), "
                f"{float(at):.3f} km from {patrol.start.name}; km {route_km:.3f} along the route"
            )
        else:
            kind, comment = "checkpoint", "checkpoint"
            description = (
                f"Checkpoint {km_text(float(at))} km from {patrol.start.name} towards {patrol.end.name}; "
                f"km {route_km:.3f} along the route"
            )
        points.append(Waypoint(name, float(x), float(y), float(at), kind, comment, description))
    return tuple(points)


def _width_text(metres):
    return f"{metres / 1000:g} km" if metres >= 1000 else f"{metres:g} m"


def corridor_edges(corridor, patrol=None):
    """The corridor's two edges along its stretch, as :class:`Track` s named
    e.g. "north edge (6 km)": the runs of outline vertices at their side's width
    between the two ends, with the corners of a flat end. A side of width 0
    has no edge. With ``patrol`` they run in its direction, else the route's.

    Build the corridor with ``from_km``/``to_km`` for the edges of a stretch
    only; a corridor whose outline has holes (a loop of road wider than it)
    gives each side's longest run.
    """
    stretch = corridor.stretch
    length = stretch.length_m
    backwards = patrol is not None and patrol.end_km < patrol.start_km
    best = {}
    for part in shapely.get_parts(corridor.polygon):
        for ring in (part.exterior, *part.interiors):
            xy = shapely.get_coordinates(ring)[:-1]
            where = locate(stretch, xy[:, 0], xy[:, 1])
            at_end = (where.chainage_m <= _AT_END_M) | (where.chainage_m >= length - _AT_END_M)
            for side, width in ((LEFT, corridor.left_m), (RIGHT, corridor.right_m)):
                if width <= 0:
                    continue
                on_side = where.side == side
                edge = on_side & ~at_end & (np.abs(where.distance_m - width) <= _EDGE_TOLERANCE_M)
                for run in _runs(edge):
                    # A flat end's corner, next to the run, is where the edge meets the end.
                    before, after = (run[0] - 1) % edge.size, (run[-1] + 1) % edge.size
                    run = np.r_[[before] if at_end[before] and on_side[before] else [], run,
                                [after] if at_end[after] and on_side[after] else []].astype(int)
                    if side not in best or run.size > len(best[side]):
                        chain = where.chainage_m[run]
                        best[side] = xy[run if chain[0] <= chain[-1] else run[::-1]]
    tracks = []
    left_name, right_name = stretch.side_names
    for side, width, name in ((LEFT, corridor.left_m, left_name), (RIGHT, corridor.right_m, right_name)):
        if side not in best:
            continue
        lon, lat = best[side].T
        if backwards:
            lon, lat = lon[::-1], lat[::-1]
        tracks.append(
            Track(
                f"{name} edge ({_width_text(width)})", lon.copy(), lat.copy(), "corridor edge",
                f"The corridor's {name} edge, {width:g} m from the road",
            )
        )
    return tuple(tracks)


def _runs(mask):
    """Index arrays of the runs of True in a ring's mask (the last vertex is
    followed by the first)."""
    n = mask.size
    if n == 0 or not mask.any():
        return []
    if mask.all():
        return [np.arange(n)]
    order = np.roll(np.arange(n), -int(np.argmin(mask)))  # starts outside a run
    steps = np.diff(np.r_[0, mask[order].astype(np.int8), 0])
    return [order[a:b] for a, b in zip(np.flatnonzero(steps == 1), np.flatnonzero(steps == -1))]


def _utc(time):
    time = dt.datetime.now(dt.timezone.utc) if time is None else time
    if time.tzinfo is None:  # a naive time is taken to be UTC already
        time = time.replace(tzinfo=dt.timezone.utc)
    return time.astimezone(dt.timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def _degrees(value):
    return f"{float(value):.{DECIMALS}f}"


def _element(parent, tag, text=None, **attributes):
    element = ElementTree.SubElement(parent, tag, attributes)
    if text is not None:
        element.text = str(text)
    return element


def _point(parent, tag, waypoint):
    # wptType's order: ele, time, magvar, geoidheight, name, cmt, desc, src, link, sym, type, ...
    element = _element(parent, tag, lat=_degrees(waypoint.lat), lon=_degrees(waypoint.lon))
    _element(element, "name", waypoint.name)
    _element(element, "cmt", waypoint.comment)
    _element(element, "desc", waypoint.description)
    _element(element, "sym", _SYMBOLS[waypoint.kind])
    _element(element, "type", waypoint.kind)
    return element


def _track(parent, track):
    # trkType's order: name, cmt, desc, src, link, number, type, extensions, trkseg
    element = _element(parent, "trk")
    _element(element, "name", track.name)
    if track.description:
        _element(element, "desc", track.description)
    _element(element, "type", track.kind)
    segment = _element(element, "trkseg")
    for lon, lat in zip(track.lon, track.lat):
        _element(segment, "trkpt", lat=_degrees(lat), lon=_degrees(lon))


def patrol_gpx(patrol, stops=None, name=None, edges=(), time=None, description=None):
    """The GPX 1.1 document (UTF-8 bytes) of ``patrol`` (:class:`.Patrol`).

    ``stops``: its :class:`.Checkpoints` (None for none); ``name``: the file's
    (default "Start to End"); ``edges``: more :class:`Track` s, e.g.
    :func:`corridor_edges`; ``time``: when it was made (a datetime, naive taken
    as UTC; default now); ``description``: the file's, by default the patrol's
    numbers. Coordinates are WGS84 with 8 decimals.
    """
    name = name or _route_name(patrol)
    waypoints = patrol_waypoints(patrol, stops)
    if description is None:
        description = (
            f"Patrol of {patrol.length_km:.3f} km from {patrol.start.name} (km {patrol.start_km:.3f} along the "
            f"route) to {patrol.end.name} (km {patrol.end_km:.3f}), waypoints at km from {patrol.start.name}"
        )
    tracks = (Track(name, patrol.line.lon, patrol.line.lat, "patrol", description), *edges)
    lon = np.concatenate([t.lon for t in tracks] + [[w.lon for w in waypoints]])
    lat = np.concatenate([t.lat for t in tracks] + [[w.lat for w in waypoints]])

    # The namespace as a plain attribute: ElementTree's default_namespace refuses
    # unqualified attributes (lat, lon), which GPX requires.
    root = ElementTree.Element("gpx", {"xmlns": GPX_NAMESPACE, "version": "1.1", "creator": CREATOR})
    # metadataType's order: name, desc, author, copyright, link, time, keywords, bounds
    metadata = _element(root, "metadata")
    _element(metadata, "name", name)
    _element(metadata, "desc", description)
    _element(metadata, "time", _utc(time))
    _element(
        metadata, "bounds", minlat=_degrees(lat.min()), minlon=_degrees(lon.min()),
        maxlat=_degrees(lat.max()), maxlon=_degrees(lon.max()),
    )
    # gpxType's order: metadata, wpt, rte, trk, extensions
    for waypoint in waypoints:
        _point(root, "wpt", waypoint)
    route = _element(root, "rte")
    _element(route, "name", name)
    _element(route, "desc", description)
    _element(route, "type", "patrol")
    for waypoint in waypoints:
        _point(route, "rtept", waypoint)
    for track in tracks:
        _track(root, track)
    ElementTree.indent(root, space=" ")
    return ElementTree.tostring(root, encoding="UTF-8", xml_declaration=True) + b"\n"
