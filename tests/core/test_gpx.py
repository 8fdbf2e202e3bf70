"""GPX files of a patrol: GPX 1.1 as its schema orders it, waypoints on the
patrol at their km, the patrol as a track, the corridor's edges."""

import datetime as dt
import xml.etree.ElementTree as ElementTree

import numpy as np
import pytest

from secure_corridor.core import build_corridor, checkpoints, locate, patrol_segment
from secure_corridor.core.gpx import GPX_NAMESPACE, corridor_edges, patrol_gpx, patrol_waypoints

from measure import AIN_AL_HAVR, GEOD, TRUMBA, brute_distance

NS = {"gpx": GPX_NAMESPACE}
# The order of each element's children in the GPX 1.1 schema (gpx.xsd's sequences).
WPT = ["ele", "time", "magvar", "geoidheight", "name", "cmt", "desc", "src", "link", "sym", "type", "fix", "sat",
       "hdop", "vdop", "pdop", "ageofdgpsdata", "dgpsid", "extensions"]
SCHEMA = {
    "gpx": ["metadata", "wpt", "rte", "trk", "extensions"],
    "metadata": ["name", "desc", "author", "copyright", "link", "time", "keywords", "bounds", "extensions"],
    "wpt": WPT,
    "rtept": WPT,
    "rte": ["name", "cmt", "desc", "src", "link", "number", "type", "extensions", "rtept"],
    "trk": ["name", "cmt", "desc", "src", "link", "number", "type", "extensions", "trkseg"],
    "trkseg": ["trkpt", "extensions"],
    "trkpt": WPT,
    "bounds": [],
}
MADE = dt.datetime(2020, 3, 15, 8, 0, tzinfo=dt.timezone.utc)


@pytest.fixture(scope="module")
def patrol(m4):
    return patrol_segment(m4, TRUMBA, AIN_AL_HAVR)


@pytest.fixture(scope="module")
def stops(patrol):
    return checkpoints(patrol, 10)


def parsed(data):
    return ElementTree.fromstring(data)


def local(element):
    namespace, _, tag = element.tag.partition("}")
    assert namespace == "{" + GPX_NAMESPACE, element.tag  # every element in GPX 1.1's namespace
    return tag


def lonlat(elements):
    return (np.array([float(e.get("lon")) for e in elements]), np.array([float(e.get("lat")) for e in elements]))


def along_km(line, lon, lat):
    """km along ``line`` (a Route) of points lying on it, by pyproj alone: each
    on the edge where going through it adds least to the edge's length."""
    km = []
    for x, y in zip(lon, lat):
        n = line.lon.size
        to_point = GEOD.inv(line.lon, line.lat, np.full(n, x), np.full(n, y))[2]
        edges = GEOD.inv(line.lon[:-1], line.lat[:-1], line.lon[1:], line.lat[1:])[2]
        k = int(np.argmin(to_point[:-1] + to_point[1:] - edges))
        km.append((np.sum(edges[:k]) + to_point[k]) / 1000)
    return np.array(km)


def test_the_file_is_gpx_1_1_in_the_schema_s_order(patrol, stops):
    data = patrol_gpx(patrol, stops, time=MADE)
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n<gpx xmlns=\"http://www.topografix.com/GPX/1/1\"")
    root = parsed(data)
    assert local(root) == "gpx" and root.get("version") == "1.1" and root.get("creator") == "Secure Corridor"
    checked = 0
    for element in root.iter():
        order = SCHEMA.get(local(element), [])  # the others hold text only
        ranks = [order.index(local(child)) for child in element]
        assert ranks == sorted(ranks), (local(element), [local(child) for child in element])
        checked += 1
    assert checked > patrol.line.lon.size  # every trkpt too
    tags = [local(child) for child in root]
    assert tags == ["metadata"] + ["wpt"] * 7 + ["rte", "trk"]
    metadata = root.find("gpx:metadata", NS)
    assert metadata.findtext("gpx:name", namespaces=NS) == "Trumba to Ain al-Havr"
    assert metadata.findtext("gpx:time", namespaces=NS) == "2020-03-15T08:00:00Z"
    assert "59.066 km from Trumba" in metadata.findtext("gpx:desc", namespaces=NS)
    # Every coordinate with 8 decimals (1 mm), inside the bounds.
    bounds = metadata.find("gpx:bounds", NS)
    points = [e for e in root.iter() if e.get("lat") is not None]
    assert all(len(e.get(axis).split(".")[1]) == 8 for e in points for axis in ("lat", "lon"))
    lon, lat = lonlat(points)
    assert float(bounds.get("minlon")) == lon.min() and float(bounds.get("maxlat")) == lat.max()


def test_waypoints_named_by_km_with_the_places_at_the_ends(patrol, stops):
    root = parsed(patrol_gpx(patrol, stops, time=MADE))
    waypoints = root.findall("gpx:wpt", NS)
    names = [w.findtext("gpx:name", namespaces=NS) for w in waypoints]
    assert names == ["km 0", "km 10", "km 20", "km 30", "km 40", "km 50", "km 59.1"]
    assert names == list(stops.labels)  # the checkpoints' own labels
    comments = [w.findtext("gpx:cmt", namespaces=NS) for w in waypoints]
    assert comments == ["Trumba"] + ["checkpoint"] * 5 + ["Ain al-Havr"]
    assert [w.findtext("gpx:type", namespaces=NS) for w in waypoints] == ["start"] + ["checkpoint"] * 5 + ["end"]
    assert waypoints[0].findtext("gpx:desc", namespaces=NS).startswith("Patrol start: Trumba (")
    assert "km 102.570 along the route" in waypoints[0].findtext("gpx:desc", namespaces=NS)
    # The route: one point per waypoint, the same, in order.
    (route,) = root.findall("gpx:rte", NS)
    points = route.findall("gpx:rtept", NS)
    assert [p.findtext("gpx:name", namespaces=NS) for p in points] == names
    assert np.array_equal(np.array(lonlat(points)), np.array(lonlat(waypoints)))


def test_each_waypoint_lies_on_the_patrol_at_its_km(patrol, stops):
    root = parsed(patrol_gpx(patrol, stops, time=MADE))
    lon, lat = lonlat(root.findall("gpx:wpt", NS))
    assert brute_distance(patrol.line, lon, lat).max() < 0.05  # what brute force resolves
    assert locate(patrol.line, lon, lat).distance_m.max() < 0.01  # 8 decimals leave about a millimetre
    km = along_km(patrol.line, lon, lat)
    expected = np.r_[0, 10, 20, 30, 40, 50, patrol.length_km]
    assert np.abs(km - expected).max() * 1000 < 0.01
    # The ends are the patrol's ends.
    for k, end in ((0, 0), (-1, -1)):
        assert GEOD.inv(lon[k], lat[k], patrol.line.lon[end], patrol.line.lat[end])[2] < 0.01


def test_the_track_is_every_vertex_of_the_patrol(patrol, stops):
    root = parsed(patrol_gpx(patrol, stops, time=MADE))
    (track,) = root.findall("gpx:trk", NS)
    assert track.findtext("gpx:name", namespaces=NS) == "Trumba to Ain al-Havr"
    assert track.findtext("gpx:type", namespaces=NS) == "patrol"
    (segment,) = track.findall("gpx:trkseg", NS)
    lon, lat = lonlat(segment.findall("gpx:trkpt", NS))
    assert lon.size == patrol.line.lon.size
    assert GEOD.inv(lon, lat, patrol.line.lon, patrol.line.lat)[2].max() < 0.001
    # Its edges are short: a straight line between two points (what a GPS unit
    # draws) then stays within millimetres of the geodesic patrol.
    assert GEOD.inv(lon[:-1], lat[:-1], lon[1:], lat[1:])[2].max() <= 250.0 + 1e-6
    assert GEOD.line_length(lon, lat) == pytest.approx(patrol.length_km * 1000, abs=0.01)


def test_without_checkpoints_the_waypoints_are_the_ends(patrol):
    waypoints = patrol_waypoints(patrol)
    assert [w.name for w in waypoints] == ["km 0", "km 59.1"]
    assert [w.comment for w in waypoints] == ["Trumba", "Ain al-Havr"]
    assert waypoints[-1].km == pytest.approx(patrol.length_km)
    root = parsed(patrol_gpx(patrol, time=MADE))
    assert len(root.findall("gpx:wpt", NS)) == 2 and len(root.findall("gpx:rte/gpx:rtept", NS)) == 2


def test_checkpoints_without_the_ends_get_them_back(patrol):
    stops = checkpoints(patrol, 20, include_ends=False)
    assert list(stops.labels) == ["km 20", "km 40"]
    waypoints = patrol_waypoints(patrol, stops)
    assert [w.name for w in waypoints] == ["km 0", "km 20", "km 40", "km 59.1"]
    assert [w.kind for w in waypoints] == ["start", "checkpoint", "checkpoint", "end"]
    lon, lat = [w.lon for w in waypoints], [w.lat for w in waypoints]
    assert np.abs(along_km(patrol.line, lon, lat) - [0, 20, 40, patrol.length_km]).max() * 1000 < 0.01


def test_an_end_just_past_a_checkpoint_keeps_a_name_of_its_own(patrol):
    # A checkpoint at km 59.06 and the end at km 59.066 both read "km 59.1".
    stops = checkpoints(patrol, 29.53)
    assert stops.labels[-2:] == ("km 59.1", "km 59.1")
    assert [w.name for w in patrol_waypoints(patrol, stops)] == ["km 0", "km 29.5", "km 59.1", "km 59.066"]


def test_a_naive_time_is_utc_and_the_default_is_now():
    from secure_corridor.core.gpx import _utc

    assert _utc(dt.datetime(2020, 3, 15, 8, 0, 30, 999)) == "2020-03-15T08:00:30Z"
    assert _utc(dt.datetime(2020, 3, 15, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))) == "2020-03-15T08:00:00Z"
    now = dt.datetime.now(dt.timezone.utc)
    assert abs(dt.datetime.strptime(_utc(None), "%Y-%m-%dT%H:%M:%S%z") - now) < dt.timedelta(seconds=5)


@pytest.mark.parametrize("left_m, right_m", [(6000, 4000), (6000, 0)])
def test_the_corridor_s_edges_follow_the_patrol_at_their_widths(m4, patrol, left_m, right_m):
    corridor = build_corridor(m4, left_m, right_m, "flat", from_km=patrol.low_km, to_km=patrol.high_km)
    edges = corridor_edges(corridor, patrol)
    expected = [("north edge (6 km)", left_m)] + ([("south edge (4 km)", right_m)] if right_m else [])
    assert [edge.name for edge in edges] == [name for name, _ in expected]
    for edge, (_, width) in zip(edges, expected):
        assert edge.kind == "corridor edge"
        # Every vertex at its width from the patrol (measured by brute force), on its side.
        every = slice(None, None, 7)  # a seventh of the vertices: brute force is slow
        off_m = brute_distance(patrol.line, edge.lon[every], edge.lat[every])
        assert np.abs(off_m - width).max() < 1.0
        where = locate(patrol.line, edge.lon, edge.lat)
        assert np.abs(where.distance_m - width).max() < 1.0
        # Travelling west, north is on the right.
        assert set(where.side) == {-1 if edge.name.startswith("north") else 1}
        # From the patrol's start to its end, square to the road at both.
        km = where.chainage_m / 1000
        assert km[0] < 0.001 and km[-1] > patrol.length_km - 0.001
        assert np.all(np.diff(km) > -0.001)
    root = parsed(patrol_gpx(patrol, edges=edges, time=MADE))
    tracks = root.findall("gpx:trk", NS)
    assert [t.findtext("gpx:name", namespaces=NS) for t in tracks] == ["Trumba to Ain al-Havr"] + [
        edge.name for edge in edges
    ]
    assert [t.findtext("gpx:type", namespaces=NS) for t in tracks[1:]] == ["corridor edge"] * len(edges)
    assert [len(t.findall("gpx:trkseg/gpx:trkpt", NS)) for t in tracks[1:]] == [edge.lon.size for edge in edges]
