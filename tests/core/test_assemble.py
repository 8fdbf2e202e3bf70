"""Route assembly against independent geodesic measurements (pyproj's Geod).

The main case is the approximate M4 cut as OpenStreetMap cuts a highway: about
thirty ways, every other one digitised backwards, shuffled, with small gaps, two
spurs and a stretch of dual carriageway. Every expected number is measured here
with pyproj's Geod, never with the engine's own helpers.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyproj import Geod, Transformer

from secure_corridor.core import (
    CorridorError,
    DegenerateLineError,
    EmptyInputError,
    GeometryTypeError,
    InvalidCoordinatesError,
    RouteGapError,
    SamePointError,
    SnapDistanceError,
    assemble_route,
)

GEOD = Geod(ellps="WGS84")
SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "m4_approximate.geojson"
LineString = shapely.LineString


# -- independent measurements ---------------------------------------------------


def geodesic_length(lon, lat):
    """Geodesic length (m) of a polyline whose edges are geodesics."""
    return float(GEOD.line_length(np.asarray(lon, float), np.asarray(lat, float)))


def distance(a, b):
    return float(GEOD.inv(a[0], a[1], b[0], b[1])[2])


def midpoint(a, b):
    az, _, d = GEOD.inv(a[0], a[1], b[0], b[1])
    lon, lat, _ = GEOD.fwd(a[0], a[1], az, d / 2)
    return lon, lat


def along(a, b, metres):
    """The point ``metres`` from ``a`` on the geodesic towards ``b``."""
    az, _, _ = GEOD.inv(a[0], a[1], b[0], b[1])
    lon, lat, _ = GEOD.fwd(a[0], a[1], az, metres)
    return lon, lat


def aside(a, b, metres, right=True):
    """The point ``metres`` square off the geodesic a->b at ``a`` (right of travel)."""
    az, _, _ = GEOD.inv(a[0], a[1], b[0], b[1])
    lon, lat, _ = GEOD.fwd(a[0], a[1], az + (90 if right else -90), metres)
    return lon, lat


def walk(start, azimuths, step_m):
    """A polyline walked from ``start`` with one azimuth per step."""
    points = [tuple(start)]
    for az in azimuths:
        lon, lat, _ = GEOD.fwd(points[-1][0], points[-1][1], az, step_m)
        points.append((lon, lat))
    return np.array(points)


def densified(coords, step_m):
    """The polyline with geodesic points added so that no edge is longer than
    ``step_m``: the same geodesic polyline, the same length."""
    out = [coords[0]]
    for a, b in zip(coords[:-1], coords[1:]):
        n = int(np.ceil(distance(a, b) / step_m))
        out += [np.array(p) for p in GEOD.npts(a[0], a[1], b[0], b[1], n - 1)] + [b]
    return np.array(out)


def m4_coordinates():
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    return np.array(data["features"][0]["geometry"]["coordinates"], dtype=float)


def vertex_chainage(route, point):
    """The route's chainage at its vertex equal to ``point`` (to 1e-9 degrees)."""
    hit = np.flatnonzero((np.abs(route.lon - point[0]) < 1e-9) & (np.abs(route.lat - point[1]) < 1e-9))
    assert hit.size == 1, f"{point} is not a vertex of the route"
    return float(route.chainage_m[hit[0]])


def to_utm37(geom):
    to_utm = Transformer.from_crs("EPSG:4326", "EPSG:32637", always_xy=True)
    return shapely.transform(geom, lambda xy: np.column_stack(to_utm.transform(xy[:, 0], xy[:, 1])))


# -- the cut-up M4 ---------------------------------------------------------------


@dataclass
class CutRoad:
    parts: list
    labels: list
    vertices: np.ndarray  # the densified M4, west to east
    length_m: float  # geodesic length of the M4
    main_labels: list  # the thirty ways of the M4 itself, west to east
    main_m: float  # their total length (the M4 less the gaps)
    gaps: list = field(default_factory=list)  # (width, (lon, lat) of the middle, west way, east way)
    spurs_m: float = 0.0
    spur_labels: tuple = ()
    carriageway_m: float = 0.0  # the second carriageway (left out)
    stretch_m: float = 0.0  # the M4 beside it (on the route)
    carriageway_label: str = ""


GAP_WIDTHS = {4: 12.0, 10: 21.0, 25: 29.0}  # the way that starts after a gap: width (m)


@pytest.fixture(scope="module")
def cut_m4():
    """The approximate M4 as 35 OSM-like ways, shuffled, every other one backwards."""
    vertices = densified(m4_coordinates(), 400.0)
    n = len(vertices)
    length = geodesic_length(vertices[:, 0], vertices[:, 1])
    cuts = np.linspace(0, n - 1, 31).round().astype(int)
    ways = [vertices[a : b + 1].copy() for a, b in zip(cuts[:-1], cuts[1:])]
    road = CutRoad([], [], vertices, length, [f"way {k}" for k in range(30)], 0.0)

    # Gaps: the way after the cut starts a few metres further on, along the road.
    for k, width in GAP_WIDTHS.items():
        start = ways[k][0].copy()
        ways[k][0] = along(start, ways[k][1], width)
        road.gaps.append((width, midpoint(start, ways[k][0]), f"way {k - 1}", f"way {k}"))
    road.main_m = sum(geodesic_length(w[:, 0], w[:, 1]) for w in ways)

    extra, extra_labels = [], []
    # A spur off a vertex inside way 6 (a junction OSM-style), 2 km to the north.
    at = cuts[6] + 3
    spur = walk(vertices[at], [0, 10, 350, 5, 0], 400.0)
    extra.append(spur[::-1])
    # A slip road from a point inside a segment of way 20 (no shared vertex).
    at = cuts[20] + 2
    on_segment = along(vertices[at], vertices[at + 1], 150.0)
    slip = walk(on_segment, [30, 45, 45], 300.0)
    extra.append(slip)
    road.spurs_m = geodesic_length(spur[:, 0], spur[:, 1]) + geodesic_length(slip[:, 0], slip[:, 1])
    road.spur_labels = ("spur north", "slip road")
    extra_labels += list(road.spur_labels)

    # A second carriageway 25 m north of the M4 (outside its bend), from inside
    # way 13 to inside way 15.
    a, b = cuts[13] + 2, cuts[15] + 3
    offsets = [aside(vertices[i], vertices[i + 1], 25.0, right=False) for i in range(a + 1, b)]
    carriageway = np.array([vertices[a], *offsets, vertices[b]])
    road.carriageway_m = geodesic_length(carriageway[:, 0], carriageway[:, 1])
    road.stretch_m = geodesic_length(vertices[a : b + 1, 0], vertices[a : b + 1, 1])
    assert road.carriageway_m > road.stretch_m + 5.0  # the route must keep to the M4
    extra.append(carriageway[::-1])
    road.carriageway_label = "second carriageway"
    extra_labels.append(road.carriageway_label)

    # Every other way backwards, then all shuffled.
    geoms = [LineString(w[::-1] if k % 2 else w) for k, w in enumerate(ways)]
    geoms += [LineString(e) for e in extra]
    labels = road.main_labels + extra_labels
    order = np.random.default_rng(2020).permutation(len(geoms))
    road.parts = [geoms[i] for i in order]
    road.labels = [labels[i] for i in order]
    return road


@pytest.fixture(scope="module")
def m4_route(cut_m4):
    return assemble_route(cut_m4.parts, labels=cut_m4.labels)


def test_the_cut_m4_is_what_the_tests_assume(cut_m4):
    assert len(cut_m4.parts) == 33
    assert 95_000 < cut_m4.length_m < 110_000
    reversed_ways = sum(
        1
        for geom, label in zip(cut_m4.parts, cut_m4.labels)
        if label.startswith("way") and geom.coords[0][0] > geom.coords[-1][0]
    )
    assert reversed_ways == 15
    assert cut_m4.labels[:3] != ["way 0", "way 1", "way 2"]


def test_m4_route_has_the_geodesic_length_of_the_m4(cut_m4, m4_route):
    # The gaps lie along the road, so the bridges replace exactly what was cut out.
    assert m4_route.length_m == pytest.approx(cut_m4.length_m, abs=1.0)
    bridged = sum(width for width, *_ in cut_m4.gaps)
    assert m4_route.length_m == pytest.approx(cut_m4.main_m + bridged, abs=1.0)
    assert m4_route.length_km == pytest.approx(m4_route.length_m / 1000)


def test_m4_route_runs_west_to_east_from_end_to_end(cut_m4, m4_route):
    west, east = cut_m4.vertices[0], cut_m4.vertices[-1]
    assert m4_route.start == pytest.approx(tuple(west), abs=1e-9)
    assert m4_route.end == pytest.approx(tuple(east), abs=1e-9)
    assert m4_route.side_names == ("north", "south")


def test_m4_route_chainage_is_geodesic(cut_m4, m4_route):
    v = cut_m4.vertices
    assert m4_route.chainage_m[0] == 0.0
    assert np.all(np.diff(m4_route.chainage_m) > 0)
    assert m4_route.chainage_m[-1] == m4_route.length_m
    for k in (17, 100, 200, len(v) - 2):
        expected = geodesic_length(v[: k + 1, 0], v[: k + 1, 1])
        assert vertex_chainage(m4_route, v[k]) == pytest.approx(expected, abs=1.0)
    # Chainage steps are the geodesic lengths of the edges, none over 1 km.
    _, _, steps = GEOD.inv(m4_route.lon[:-1], m4_route.lat[:-1], m4_route.lon[1:], m4_route.lat[1:])
    assert steps.max() <= 1000.0 + 1e-6
    assert np.allclose(np.diff(m4_route.chainage_m), steps, atol=1e-6)


def test_m4_route_never_goes_back(m4_route):
    # West to east overall: the route never turns back on itself (no zig-zag
    # through a spur or across the carriageways).
    az, _, _ = GEOD.inv(m4_route.lon[:-1], m4_route.lat[:-1], m4_route.lon[1:], m4_route.lat[1:])
    turn = np.abs((np.diff(az) + 180) % 360 - 180)
    assert turn.max() < 120


def test_m4_report_bridged_gaps_and_left_out(cut_m4, m4_route):
    report = m4_route.report
    assert report.parts_total == 33
    assert report.parts_used == 30
    assert set(report.left_out) == {*cut_m4.spur_labels, cut_m4.carriageway_label}
    assert report.left_out_km * 1000 == pytest.approx(cut_m4.spurs_m + cut_m4.carriageway_m, abs=1.0)
    widths = sorted(gap[0] for gap in report.bridged_gaps)
    assert widths == pytest.approx(sorted(GAP_WIDTHS.values()), abs=0.01)
    for width, middle, *_ in cut_m4.gaps:
        (reported,) = [gap for gap in report.bridged_gaps if abs(gap[0] - width) < 0.01]
        assert distance(reported[1:], middle) < 1.0
    summary = report.summary()
    assert "30 of 33 parts used" in summary and "3 gaps" in summary


def test_gap_wider_than_the_tolerance_says_where_and_how_wide(cut_m4):
    width, middle, west_way, east_way = max(cut_m4.gaps)
    with pytest.raises(RouteGapError) as caught:
        assemble_route(cut_m4.parts, labels=cut_m4.labels, gap_tolerance_m=25.0)
    error = caught.value
    assert error.width_m == pytest.approx(width, abs=1.0)
    assert distance(error.location, middle) < 1.0
    assert {error.first, error.second} == {west_way, east_way}
    assert error.tolerance_m == 25.0
    assert f"gap of {width:.0f} m" in str(error) and west_way in str(error)
    assert isinstance(error, CorridorError)


def test_narrowest_gap_is_reported_first(cut_m4):
    width, middle, west_way, east_way = min(cut_m4.gaps)
    with pytest.raises(RouteGapError) as caught:
        assemble_route(cut_m4.parts, labels=cut_m4.labels, gap_tolerance_m=10.0)
    assert caught.value.width_m == pytest.approx(width, abs=1.0)
    assert distance(caught.value.location, middle) < 1.0
    assert {caught.value.first, caught.value.second} == {west_way, east_way}


def test_default_labels_name_features_by_index(cut_m4):
    _, _, west_way, east_way = max(cut_m4.gaps)
    with pytest.raises(RouteGapError) as caught:
        assemble_route(cut_m4.parts, gap_tolerance_m=25.0)
    expected = {f"feature {cut_m4.labels.index(west_way)}", f"feature {cut_m4.labels.index(east_way)}"}
    assert {caught.value.first, caught.value.second} == expected


def test_bridge_all_gaps_bridges_what_the_tolerance_does_not(cut_m4, m4_route):
    route = assemble_route(cut_m4.parts, labels=cut_m4.labels, gap_tolerance_m=5.0, bridge_all_gaps=True)
    assert route.length_m == pytest.approx(cut_m4.length_m, abs=1.0)
    assert sorted(g[0] for g in route.report.bridged_gaps) == pytest.approx(sorted(GAP_WIDTHS.values()), abs=0.01)
    assert route.start == pytest.approx(m4_route.start, abs=1e-9)
    assert route.report.left_out_km == pytest.approx(m4_route.report.left_out_km, abs=1e-3)


def test_projected_crs_gives_the_same_route(cut_m4, m4_route):
    parts = [to_utm37(p) for p in cut_m4.parts]
    assert parts[0].coords[0][0] > 100_000  # metres, not degrees
    route = assemble_route(parts, "EPSG:32637", labels=cut_m4.labels)
    assert route.length_m == pytest.approx(m4_route.length_m, abs=1.0)
    assert distance(route.start, m4_route.start) < 0.01
    assert distance(route.end, m4_route.end) < 0.01
    assert route.report.left_out_km == pytest.approx(m4_route.report.left_out_km, abs=1e-3)
    assert set(route.report.left_out) == set(m4_route.report.left_out)
    with pytest.raises(RouteGapError) as caught:
        assemble_route(parts, "EPSG:32637", labels=cut_m4.labels, gap_tolerance_m=25.0)
    width, middle, *_ = max(cut_m4.gaps)
    assert caught.value.width_m == pytest.approx(width, abs=1.0)
    assert distance(caught.value.location, middle) < 1.0


def test_crs_given_as_wgs84_is_not_transformed(cut_m4, m4_route):
    route = assemble_route(cut_m4.parts, "EPSG:4326", labels=cut_m4.labels)
    assert route.length_m == pytest.approx(m4_route.length_m, abs=1e-6)


def test_reverse_runs_east_to_west_and_swaps_sides(cut_m4, m4_route):
    route = assemble_route(cut_m4.parts, labels=cut_m4.labels, reverse=True)
    assert route.start == pytest.approx(m4_route.end, abs=1e-9)
    assert route.end == pytest.approx(m4_route.start, abs=1e-9)
    assert route.side_names == ("south", "north")
    assert route.length_m == pytest.approx(m4_route.length_m, abs=1e-3)
    assert np.allclose(route.lon, m4_route.lon[::-1], atol=1e-9)
    assert np.allclose(route.lat, m4_route.lat[::-1], atol=1e-9)


def test_named_ends_on_vertices(cut_m4):
    v = cut_m4.vertices
    west, east = 40, 200  # past the first gap; the second, the spur and the carriageways lie between
    # Named east first: the route still runs west to east.
    route = assemble_route(cut_m4.parts, labels=cut_m4.labels, ends=(tuple(v[east]), tuple(v[west])))
    assert route.start == pytest.approx(tuple(v[west]), abs=1e-9)
    assert route.end == pytest.approx(tuple(v[east]), abs=1e-9)
    stretch = geodesic_length(v[west : east + 1, 0], v[west : east + 1, 1])
    assert route.length_m == pytest.approx(stretch, abs=1.0)
    # Everything else is left out: the M4 beyond both ends (less its gaps), the
    # spurs and the second carriageway.
    expected = cut_m4.main_m - (stretch - 21.0) + cut_m4.spurs_m + cut_m4.carriageway_m
    assert route.report.left_out_km * 1000 == pytest.approx(expected, abs=1.0)
    assert "way 0" in route.report.left_out and "way 29" in route.report.left_out


def test_named_ends_off_the_road_snap_to_the_nearest_point(cut_m4):
    v = cut_m4.vertices
    # Places 300 m south of points inside two segments of the M4.
    foot_a = along(v[50], v[51], 100.0)
    foot_b = along(v[150], v[151], 200.0)
    place_a = aside(foot_a, v[51], 300.0, right=True)
    place_b = aside(foot_b, v[151], 300.0, right=True)
    route = assemble_route(cut_m4.parts, labels=cut_m4.labels, ends=(place_a, place_b))
    assert distance(route.start, foot_a) < 1.0
    assert distance(route.end, foot_b) < 1.0
    expected = distance(foot_a, v[51]) + geodesic_length(v[51:151, 0], v[51:151, 1]) + distance(v[150], foot_b)
    assert route.length_m == pytest.approx(expected, abs=1.0)
    # Ways 5 to 16 hold the stretch (two of them only in part): they are used;
    # the rest of the road (less the 21 m gap bridged on the way) is left out.
    assert route.report.parts_used == 12
    assert set(route.report.left_out) == {f"way {k}" for k in [*range(5), *range(17, 30)]} | {
        *cut_m4.spur_labels,
        cut_m4.carriageway_label,
    }
    expected = cut_m4.main_m - (route.length_m - 21.0) + cut_m4.spurs_m + cut_m4.carriageway_m
    assert route.report.left_out_km * 1000 == pytest.approx(expected, abs=1.0)


def test_named_end_too_far_from_the_road(cut_m4):
    v = cut_m4.vertices
    far = aside(v[240], v[241], 3000.0)
    with pytest.raises(SnapDistanceError) as caught:
        assemble_route(cut_m4.parts, ends=(tuple(v[10]), far))
    assert caught.value.distance_m == pytest.approx(3000.0, abs=5.0)
    assert caught.value.tolerance_m == 2000.0
    assert "route end" in str(caught.value)


def test_named_ends_on_the_same_point(cut_m4):
    v = cut_m4.vertices
    near = aside(v[60], v[61], 50.0)
    with pytest.raises(SamePointError):
        assemble_route(cut_m4.parts, ends=(tuple(v[60]), near))


def test_named_ends_may_be_places():
    from secure_corridor.core import Place

    v = walk((36.0, 35.0), [90] * 6, 1000.0)
    route = assemble_route([LineString(v)], ends=(Place("B", *v[5]), Place("A", *v[1])))
    assert route.start == pytest.approx(tuple(v[1]), abs=1e-12)
    assert route.length_m == pytest.approx(4000.0, abs=1e-6)
    assert route.report.left_out_km == pytest.approx(2.0, abs=1e-9)


@pytest.mark.parametrize(
    "ends",
    [((36.0, 35.0),), ((36.0, 35.0), (36.1,)), ((np.nan, 35.0), (36.1, 35.0)), ((36.0, 95.0), (36.1, 35.0)), "AB"],
)
def test_named_ends_must_be_two_lonlat_points(ends):
    with pytest.raises(InvalidCoordinatesError):
        assemble_route([LineString([(36.0, 35.0), (36.2, 35.0)])], ends=ends)


# -- spurs, carriageways, junctions -------------------------------------------------


def test_dual_carriageway_keeps_the_shorter_way_and_reports_the_other():
    west, east = (36.0, 35.5), (36.3, 35.5)
    a, b = along(west, east, 5000.0), along(west, east, 12000.0)
    # Two one-way carriageways between a and b, digitised in opposite directions:
    # a straight one and one bowed 40 m south.
    north_way = LineString([b, a])
    middle = aside(midpoint(a, b), b, 40.0)
    south_way = LineString([a, middle, b])
    parts = [LineString([west, a]), south_way, north_way, LineString([east, b])]
    route = assemble_route(parts, labels=["w", "south", "north", "e"])
    assert route.length_m == pytest.approx(distance(west, east), abs=0.01)
    assert route.report.left_out == ("south",)
    south_m = distance(a, middle) + distance(middle, b)
    assert route.report.left_out_km * 1000 == pytest.approx(south_m, abs=1e-3)
    assert route.report.bridged_gaps == ()
    assert route.start == pytest.approx(west) and route.end == pytest.approx(east)


def test_two_loose_carriageways_give_one_of_them_without_zig_zag():
    # Both carriageways selected, but not the links between them: one bridge
    # (from a west end across 25 m) joins them, and the route follows one
    # carriageway from end to end instead of crossing back and forth.
    north = walk((36.0, 35.5), [85, 90, 95, 90, 88, 92, 90, 90], 1500.0)
    south = np.array([aside(p, q, 25.0) for p, q in zip(north[:-1], north[1:])] + [aside(north[-1], north[-2], 25.0, right=False)])
    parts = [LineString(north[:4]), LineString(north[3:]), LineString(south[:5][::-1]), LineString(south[4:][::-1])]
    route = assemble_route(parts, labels=["n1", "n2", "s1", "s2"])
    north_m, south_m = geodesic_length(*north.T), geodesic_length(*south.T)
    (gap,) = route.report.bridged_gaps
    assert gap[0] == pytest.approx(25.0, abs=0.01)
    assert distance(gap[1:], midpoint(north[0], south[0])) < 0.05
    # One carriageway is the route (maybe with the bridge), the other left out.
    if route.report.left_out == ("n1", "n2"):
        kept_m, other_m, kept = south_m, north_m, south
    else:
        assert route.report.left_out == ("s1", "s2")
        kept_m, other_m, kept = north_m, south_m, north
    assert route.report.left_out_km * 1000 == pytest.approx(other_m, abs=0.01)
    assert route.length_m in (pytest.approx(kept_m, abs=0.01), pytest.approx(kept_m + 25.0, abs=0.01))
    assert route.end == pytest.approx(tuple(kept[-1]), abs=1e-12)
    assert distance(route.start, north[0]) < 0.01 or distance(route.start, south[0]) < 0.01


def test_duplicated_way_is_used_once_and_the_copy_left_out():
    west, east = (36.0, 35.5), (36.2, 35.6)
    parts = [LineString([west, east]), LineString([east, west])]
    route = assemble_route(parts)
    assert route.length_m == pytest.approx(distance(west, east), abs=1e-3)
    assert route.report.parts_used == 1 and len(route.report.left_out) == 1
    assert route.report.left_out_km * 1000 == pytest.approx(distance(west, east), abs=1e-3)


def test_spur_ending_inside_a_segment_is_joined_without_a_gap():
    west, east = (36.0, 35.5), (36.2, 35.5)
    on_road = along(west, east, 7000.0)  # a point of the geodesic west-east, not a vertex
    spur_end = aside(on_road, east, 3000.0, right=False)
    parts = [LineString([west, east]), LineString([spur_end, on_road])]
    route = assemble_route(parts)
    assert route.length_m == pytest.approx(distance(west, east), abs=0.01)
    assert route.report.bridged_gaps == ()
    assert route.report.left_out == ("feature 1",)
    assert route.report.left_out_km * 1000 == pytest.approx(3000.0, abs=0.01)


def test_gap_from_an_end_to_the_side_of_another_way_is_bridged():
    # A road that goes on from 20 m beside the middle of a segment of another.
    west, east = (36.0, 35.5), (36.2, 35.5)
    foot = along(west, east, 8000.0)
    start = aside(foot, east, 20.0, right=False)  # 20 m north of the road
    branch = walk(start, [10.0, 20.0], 5000.0)
    parts = [LineString([west, east]), LineString(branch[::-1])]
    route = assemble_route(parts, ends=(west, tuple(branch[-1])))
    (gap,) = route.report.bridged_gaps
    assert gap[0] == pytest.approx(20.0, abs=0.01)
    assert distance(gap[1:], midpoint(start, foot)) < 0.5
    expected = distance(west, foot) + 20.0 + geodesic_length(branch[:, 0], branch[:, 1])
    assert route.length_m == pytest.approx(expected, abs=0.5)
    assert route.report.left_out_km * 1000 == pytest.approx(distance(foot, east), abs=0.5)
    # The same gap beyond a tolerance of 15 m: an error at that place.
    with pytest.raises(RouteGapError) as caught:
        assemble_route(parts, gap_tolerance_m=15.0)
    assert caught.value.width_m == pytest.approx(20.0, abs=0.01)
    assert distance(caught.value.location, midpoint(start, foot)) < 0.5


def test_gap_error_measures_the_gap_not_the_distance_between_junctions():
    # The second way starts 200 m beyond the end of the first, whose other end is
    # 9 km away: the gap is 200 m.
    west, east = (36.0, 35.5), (36.2, 35.5)
    end = along(west, east, 9000.0)
    restart = along(west, east, 9200.0)
    parts = [LineString([west, end]), LineString([east, restart])]
    with pytest.raises(RouteGapError) as caught:
        assemble_route(parts, labels=["A", "B"])
    assert caught.value.width_m == pytest.approx(200.0, abs=0.01)
    assert distance(caught.value.location, midpoint(end, restart)) < 0.01
    assert {caught.value.first, caught.value.second} == {"A", "B"}
    route = assemble_route(parts, gap_tolerance_m=200.5)
    assert route.length_m == pytest.approx(distance(west, east), abs=0.01)
    assert route.report.bridged_gaps[0][0] == pytest.approx(200.0, abs=0.01)


def test_gap_exactly_at_the_tolerance_is_bridged():
    west, east = (36.0, 35.5), (36.2, 35.5)
    end, restart = along(west, east, 9000.0), along(west, east, 9050.0)
    parts = [LineString([west, end]), LineString([restart, east])]
    assert distance(end, restart) == pytest.approx(50.0, abs=1e-6)
    route = assemble_route(parts, gap_tolerance_m=50.0 + 1e-6)
    assert route.report.bridged_gaps[0][0] == pytest.approx(50.0, abs=1e-6)
    with pytest.raises(RouteGapError):
        assemble_route(parts, gap_tolerance_m=49.9)


def test_several_pieces_far_apart_with_bridge_all_gaps():
    west, east = (36.0, 35.5), (36.5, 35.5)
    cuts = [along(west, east, d) for d in (0, 10_000, 11_000, 25_000, 27_500, 40_000)]
    parts = [LineString(cuts[i : i + 2][::-1] if i % 4 else cuts[i : i + 2]) for i in range(0, 6, 2)]
    route = assemble_route(parts[::-1], bridge_all_gaps=True)
    assert route.length_m == pytest.approx(40_000.0, abs=0.01)
    assert sorted(g[0] for g in route.report.bridged_gaps) == pytest.approx([1000.0, 2500.0], abs=0.01)
    assert route.start == pytest.approx(west)
    with pytest.raises(RouteGapError) as caught:
        assemble_route(parts)
    assert caught.value.width_m == pytest.approx(1000.0, abs=0.01)


def test_a_bridged_road_end_may_still_start_the_narrowest_gap():
    # Way A ends at a; way B goes on 10 m further; way C crosses 30 m north of a
    # (its own ends are 3 km away). Once a is bridged to B, the gap to C is
    # still the 30 m from a, not the kilometres from C's ends.
    west, east = (36.0, 35.5), (36.2, 35.5)
    a, b = along(west, east, 9000.0), along(west, east, 9010.0)
    c_mid = aside(a, east, 30.0, right=False)
    crossing = LineString([along(c_mid, (36.09, 36.0), 3000.0), c_mid, along(c_mid, (36.09, 35.0), -3000.0)])
    parts = [LineString([west, a]), LineString([b, east]), crossing]
    with pytest.raises(RouteGapError) as caught:
        assemble_route(parts, labels=["A", "B", "C"], gap_tolerance_m=20.0)
    assert caught.value.width_m == pytest.approx(30.0, abs=0.01)
    assert {caught.value.first, caught.value.second} == {"A", "C"}
    route = assemble_route(parts, gap_tolerance_m=20.0, bridge_all_gaps=True)
    assert sorted(g[0] for g in route.report.bridged_gaps) == pytest.approx([10.0, 30.0], abs=0.01)
    assert route.length_m == pytest.approx(distance(west, east), abs=0.01)
    assert route.report.left_out_km == pytest.approx(6.0, abs=1e-3)


def test_hundreds_of_pieces_with_small_gaps():
    v = densified(m4_coordinates(), 100.0)
    rng = np.random.default_rng(7)
    cuts = np.r_[0, np.sort(rng.choice(np.arange(1, len(v) - 1), 399, replace=False)), len(v) - 1]
    ways = [v[a : b + 1].copy() for a, b in zip(cuts[:-1], cuts[1:])]
    widths = rng.uniform(0.5, 8.0, len(ways) - 1)
    for way, width in zip(ways[1:], widths):
        way[0] = along(way[0], way[1], width)
    parts = [LineString(w[::-1] if flip else w) for w, flip in zip(ways, rng.random(len(ways)) < 0.5)]
    parts = [parts[i] for i in rng.permutation(len(parts))]
    length = geodesic_length(v[:, 0], v[:, 1])
    route = assemble_route(parts, gap_tolerance_m=0.0, bridge_all_gaps=True)
    assert route.length_m == pytest.approx(length, abs=1.0)
    assert sorted(g[0] for g in route.report.bridged_gaps) == pytest.approx(sorted(widths), abs=1e-3)
    assert route.start == pytest.approx(tuple(v[0]), abs=1e-12)
    with pytest.raises(RouteGapError) as caught:
        assemble_route(parts, gap_tolerance_m=0.4)
    assert caught.value.width_m == pytest.approx(widths.min(), abs=1e-3)


def test_z_coordinates_and_linear_rings():
    route = assemble_route([LineString([(36.0, 35.0, 100.0), (36.1, 35.0, 120.0)]), LineString([(36.2, 35.0, 1.0), (36.1, 35.0, 5.0)])])
    assert route.length_m == pytest.approx(distance((36.0, 35.0), (36.1, 35.0)) + distance((36.1, 35.0), (36.2, 35.0)), abs=1e-3)
    ring = shapely.LinearRing([(36.0, 35.0), (36.1, 35.0), (36.1, 35.1)])
    route = assemble_route([ring], ends=((36.0, 35.0), (36.1, 35.1)))
    diagonal = distance((36.0, 35.0), (36.1, 35.1))
    assert route.length_m == pytest.approx(diagonal, abs=1e-3)
    other_way = distance((36.0, 35.0), (36.1, 35.0)) + distance((36.1, 35.0), (36.1, 35.1))
    assert route.report.left_out_km * 1000 == pytest.approx(other_way, abs=1e-3)


def test_multilinestring_parts():
    v = walk((36.0, 35.5), [80, 90, 100, 90, 95, 85], 2000.0)
    multi = shapely.MultiLineString([v[3:], v[:2][::-1]])
    parts = [multi, LineString(v[1:4])]
    route = assemble_route(parts, labels=["multi", "single"])
    assert route.length_m == pytest.approx(geodesic_length(v[:, 0], v[:, 1]), abs=1e-3)
    assert route.report.parts_used == 2 and route.report.left_out == ()
    assert route.start == pytest.approx(tuple(v[0]), abs=1e-12)


def test_spur_at_the_west_end_does_not_become_an_end_when_shorter():
    # A 3 km spur near the west end heading north: the route's ends are the two
    # dead ends farthest apart, which are still the road's ends.
    main = walk((36.0, 35.5), [90] * 10, 2000.0)
    spur = walk(tuple(main[2]), [0, 0, 0], 1000.0)
    route = assemble_route([LineString(main[:3]), LineString(main[2:]), LineString(spur)])
    assert route.start == pytest.approx(tuple(main[0]), abs=1e-12)
    assert route.end == pytest.approx(tuple(main[-1]), abs=1e-12)
    assert route.report.left_out_km == pytest.approx(3.0, abs=1e-6)


def test_ends_are_the_farthest_dead_ends():
    # A long branch makes the farthest pair of dead ends the west end and the
    # branch's end: that is the route, and the rest of the main road is left out.
    main = walk((36.0, 35.5), [90] * 4, 2000.0)
    branch = walk(tuple(main[2]), [45] * 10, 2000.0)
    route = assemble_route([LineString(main), LineString(branch)])
    assert route.start == pytest.approx(tuple(main[0]), abs=1e-12)
    assert route.end == pytest.approx(tuple(branch[-1]), abs=1e-12)
    assert route.length_m == pytest.approx(4000.0 + 20_000.0, abs=1e-3)
    assert route.report.left_out_km == pytest.approx(4.0, abs=1e-6)


def test_across_the_antimeridian():
    parts = [LineString([(179.9, -17.0), (180.0, -17.0)]), LineString([(-179.9, -17.0), (-180.0, -17.0)])]
    route = assemble_route(parts)
    expected = distance((179.9, -17.0), (180.0, -17.0)) + distance((-180.0, -17.0), (-179.9, -17.0))
    assert route.length_m == pytest.approx(expected, abs=1e-3)
    assert route.start == pytest.approx((179.9, -17.0))
    assert route.report.bridged_gaps == ()
    with pytest.raises(RouteGapError) as caught:
        assemble_route([LineString([(179.9, -17.0), (179.99, -17.0)]), LineString([(-179.9, -17.0), (-179.99, -17.0)])])
    assert caught.value.location[1] == pytest.approx(-17.0, abs=1e-4)
    assert abs(caught.value.location[0]) == pytest.approx(180.0, abs=1e-6)


def test_closed_loop_needs_named_ends():
    ring = [(36.0, 35.0), (36.1, 35.0), (36.1, 35.1), (36.0, 35.1), (36.0, 35.0)]
    with pytest.raises(CorridorError, match="name the route's two ends"):
        assemble_route([LineString(ring)])
    # With two named corners: the shorter way round.
    route = assemble_route([LineString(ring)], ends=((36.0, 35.0), (36.1, 35.0)))
    assert route.length_m == pytest.approx(distance((36.0, 35.0), (36.1, 35.0)), abs=1e-3)
    assert route.report.left_out_km * 1000 == pytest.approx(
        geodesic_length(*np.array(ring[1:]).T), abs=1e-3
    )


# -- orientation ---------------------------------------------------------------------


def north_south_road():
    return walk((36.5, 35.0), [10, -5, 0, 20, -10, 5, 0, -15, 10, 0], 3000.0)


def test_north_south_road_runs_south_to_north_with_west_and_east_sides():
    v = north_south_road()
    parts = [LineString(v[7:]), LineString(v[:3][::-1]), LineString(v[3:8][::-1]), LineString(v[2:4])]
    route = assemble_route(parts)
    assert route.start == pytest.approx(tuple(v[0]), abs=1e-12)
    assert route.end == pytest.approx(tuple(v[-1]), abs=1e-12)
    assert route.side_names == ("west", "east")
    assert route.length_m == pytest.approx(geodesic_length(v[:, 0], v[:, 1]), abs=1e-3)
    back = assemble_route(parts, reverse=True)
    assert back.start == pytest.approx(tuple(v[-1]), abs=1e-12)
    assert back.side_names == ("east", "west")
    assert back.length_m == pytest.approx(route.length_m, abs=1e-6)


def test_road_digitised_east_to_west_is_turned():
    v = walk((36.0, 35.0), [90] * 5, 1000.0)
    route = assemble_route([LineString(v[::-1])])
    assert route.start == pytest.approx(tuple(v[0]), abs=1e-12)
    assert route.side_names == ("north", "south")
    back = assemble_route([LineString(v)], reverse=True)
    assert back.start == pytest.approx(tuple(v[-1]), abs=1e-12)
    assert back.side_names == ("south", "north")


def test_long_edges_are_densified_as_geodesics():
    west, east = (36.0, 35.0), (37.0, 35.5)
    route = assemble_route([LineString([west, east])], max_edge_m=500.0)
    _, _, steps = GEOD.inv(route.lon[:-1], route.lat[:-1], route.lon[1:], route.lat[1:])
    assert steps.max() <= 500.0 + 1e-6
    assert route.lon.size >= distance(west, east) / 500.0
    assert route.length_m == pytest.approx(distance(west, east), abs=1e-3)


# -- bad input -------------------------------------------------------------------------


def test_no_parts():
    with pytest.raises(EmptyInputError):
        assemble_route([])
    with pytest.raises(EmptyInputError):
        assemble_route(p for p in [])


def test_parts_may_come_from_a_generator():
    v = walk((36.0, 35.0), [90] * 4, 1000.0)
    route = assemble_route(LineString(p) for p in (v[2:], v[:3]))
    assert route.length_m == pytest.approx(4000.0, abs=1e-6)
    assert route.report.parts_total == 2 and route.report.parts_used == 2


@pytest.mark.parametrize(
    "geom, kind",
    [
        (shapely.Point(36.1, 35.0), "Point"),
        (shapely.Polygon([(36.0, 35.0), (36.1, 35.0), (36.1, 35.1)]), "Polygon"),
        (shapely.MultiPoint([(36.0, 35.0), (36.1, 35.0)]), "MultiPoint"),
    ],
)
def test_part_that_is_not_a_line_is_named(geom, kind):
    parts = [LineString([(36.0, 35.0), (36.1, 35.0)]), geom]
    with pytest.raises(GeometryTypeError, match=f"Road Bridge 7 is a {kind}"):
        assemble_route(parts, labels=["Road 1", "Bridge 7"])
    with pytest.raises(GeometryTypeError, match="feature 1"):
        assemble_route(parts)


def test_part_that_is_not_a_geometry_is_named():
    with pytest.raises(GeometryTypeError, match="feature 0"):
        assemble_route([[(36.0, 35.0), (36.1, 35.0)]])


@pytest.mark.parametrize("bad", [np.nan, np.inf])
def test_nan_coordinates_name_the_feature(bad):
    with np.errstate(invalid="ignore"):  # shapely >= 2.1 warns as it makes the bad line
        parts = [LineString([(36.0, 35.0), (36.1, 35.0)]), LineString([(36.1, 35.0), (bad, 35.05), (36.2, 35.0)])]
    with pytest.raises(InvalidCoordinatesError, match="way 2"):
        assemble_route(parts, labels=["way 1", "way 2"])


def test_out_of_range_coordinates_name_the_feature():
    # Metres read as degrees: the classic wrong-CRS mistake.
    parts = [LineString([(36.0, 35.0), (36.1, 35.0)]), LineString([(36.1, 35.0), (500_000.0, 3_900_000.0)])]
    with pytest.raises(InvalidCoordinatesError, match="feature 1.*CRS"):
        assemble_route(parts)


def test_zero_length_line_is_named():
    parts = [LineString([(36.0, 35.0), (36.1, 35.0)]), LineString([(36.1, 35.0), (36.1, 35.0), (36.1, 35.0)])]
    with pytest.raises(DegenerateLineError) as caught:
        assemble_route(parts, labels=["feature 6 of 'roads'", "feature 7 of 'roads'"])
    assert str(caught.value) == (
        "Road feature 7 of 'roads' is a line of zero length (all its points in one place): "
        "a road needs two points apart; fix or deselect it."
    )
    assert isinstance(caught.value, GeometryTypeError) and caught.value.label == "feature 7 of 'roads'"


def test_zero_length_part_of_a_multiline_is_named():
    multi = shapely.MultiLineString([[(36.1, 35.0), (36.2, 35.0)], [(36.3, 35.0), (36.3, 35.0)]])
    with pytest.raises(DegenerateLineError, match="^Road feature 1 has a part that is a line of zero length"):
        assemble_route([LineString([(36.0, 35.0), (36.1, 35.0)]), multi])


def test_a_line_of_one_point_has_its_own_message():
    # Shapely cannot hold such a line: the bridge, reading QGIS's, raises this.
    error = DegenerateLineError("feature 7 of 'roads'", one_point=True)
    assert str(error) == (
        "Road feature 7 of 'roads' is a line of one point: a road needs two points apart; fix or deselect it."
    )
    assert isinstance(error, CorridorError)


@pytest.mark.parametrize("empty", [None, LineString(), shapely.MultiLineString()])
def test_empty_part_is_named(empty):
    with pytest.raises(EmptyInputError, match="feature 1"):
        assemble_route([LineString([(36.0, 35.0), (36.1, 35.0)]), empty])


def test_labels_must_match_the_parts():
    with pytest.raises(CorridorError, match="2 road features"):
        assemble_route([LineString([(36.0, 35.0), (36.1, 35.0)])] * 2, labels=["only one"])


@pytest.mark.parametrize("tolerance", [-1.0, np.nan, "wide"])
def test_gap_tolerance_must_be_metres(tolerance):
    with pytest.raises(CorridorError, match="gap tolerance"):
        assemble_route([LineString([(36.0, 35.0), (36.1, 35.0)])], gap_tolerance_m=tolerance)


# -- property: order and direction of the parts do not matter ---------------------------


@st.composite
def eastward_points(draw, max_steps, max_step_m):
    """Vertices of a mostly eastward geodesic polyline, edges 50 m or longer."""
    steps = draw(st.lists(st.floats(60.0, 120.0), min_size=2, max_size=max_steps))
    lengths = draw(st.lists(st.floats(50.0, max_step_m), min_size=len(steps), max_size=len(steps)))
    points = [(36.0, 35.5)]
    for az, d in zip(steps, lengths):
        lon, lat, _ = GEOD.fwd(points[-1][0], points[-1][1], az, d)
        points.append((lon, lat))
    return np.array(points)


@st.composite
def cut_polylines(draw):
    """A mostly eastward geodesic polyline, cut into parts, each part maybe
    reversed, the parts in any order."""
    points = draw(eastward_points(max_steps=15, max_step_m=3000.0))
    inner = list(range(1, len(points) - 1))
    cuts = sorted(draw(st.lists(st.sampled_from(inner), unique=True)) if inner else [])
    bounds = [0, *cuts, len(points) - 1]
    parts = [points[a : b + 1] for a, b in zip(bounds[:-1], bounds[1:])]
    flips = draw(st.lists(st.booleans(), min_size=len(parts), max_size=len(parts)))
    parts = [p[::-1] if f else p for p, f in zip(parts, flips)]
    order = draw(st.permutations(range(len(parts))))
    return points, [LineString(parts[i]) for i in order]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cut_polylines())
def test_any_order_and_direction_of_parts_gives_the_same_route(case):
    points, parts = case
    route = assemble_route(parts)
    expected = geodesic_length(points[:, 0], points[:, 1])
    assert route.length_m == pytest.approx(expected, rel=1e-6)
    assert route.start == pytest.approx(tuple(points[0]), abs=1e-12)
    assert route.end == pytest.approx(tuple(points[-1]), abs=1e-12)
    assert route.report.parts_used == len(parts) and route.report.left_out == ()
    assert route.report.left_out_km == 0.0 and route.report.bridged_gaps == ()


@st.composite
def polylines_with_gaps(draw):
    """A mostly eastward polyline (edges of 50 m or more) cut into parts, each
    part but the first starting 1-30 m further along than the cut: along-road
    gaps. The parts in any order and direction."""
    points = draw(eastward_points(max_steps=12, max_step_m=2000.0))
    cuts = sorted(draw(st.lists(st.sampled_from(range(1, len(points) - 1)), unique=True, min_size=1)))
    bounds = [0, *cuts, len(points) - 1]
    parts = [points[a : b + 1].copy() for a, b in zip(bounds[:-1], bounds[1:])]
    widths = draw(st.lists(st.floats(1.0, 30.0), min_size=len(parts) - 1, max_size=len(parts) - 1))
    for part, width in zip(parts[1:], widths):
        part[0] = along(part[0], part[1], width)
    flips = draw(st.lists(st.booleans(), min_size=len(parts), max_size=len(parts)))
    parts = [p[::-1] if f else p for p, f in zip(parts, flips)]
    order = draw(st.permutations(range(len(parts))))
    return points, widths, [LineString(parts[i]) for i in order]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(polylines_with_gaps())
def test_gaps_along_the_road_are_bridged_whatever_the_order(case):
    points, widths, parts = case
    route = assemble_route(parts, gap_tolerance_m=35.0)
    assert route.length_m == pytest.approx(geodesic_length(points[:, 0], points[:, 1]), rel=1e-6)
    assert route.start == pytest.approx(tuple(points[0]), abs=1e-12)
    assert route.end == pytest.approx(tuple(points[-1]), abs=1e-12)
    assert sorted(g[0] for g in route.report.bridged_gaps) == pytest.approx(sorted(widths), abs=1e-6)
    assert route.report.left_out_km == pytest.approx(0.0, abs=1e-9)
    with pytest.raises(RouteGapError) as caught:
        assemble_route(parts, gap_tolerance_m=0.5)
    assert caught.value.width_m == pytest.approx(min(widths), abs=1e-6)
