"""Incident flags on hand-built cases and as properties."""

import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from secure_corridor.core import CorridorError, Place, Route, assemble_route, build_corridor, flag_incidents, patrol_segment

from measure import AIN_AL_HAVR, GEOD, MAARAT_MISRIN, TRUMBA, brute_distance, geodesic_line, offset_point, straight_route


@pytest.fixture(scope="module")
def straight():
    return build_corridor(straight_route(36.0, 35.8, 90.0, 100_000.0), 6000, 6000, "flat")


def test_points_at_5_9_and_6_1_km_on_each_side(straight):
    route = straight.route
    cases = [(5900, True), (6100, True), (5900, False), (6100, False)]
    pts = np.array([offset_point(route, 40_000, d, left) for d, left in cases])
    flags = flag_incidents(straight, pts[:, 0], pts[:, 1])
    assert flags.in_corridor.tolist() == [True, False, True, False]
    assert flags.side_name.tolist() == ["north", "north", "south", "south"]
    np.testing.assert_allclose(flags.distance_m, [5900, 6100, 5900, 6100], atol=0.01)
    np.testing.assert_allclose(flags.chainage_km, 40.0, atol=0.001)


def test_outer_and_inner_side_of_a_bend():
    # East 20 km, then a 90 degree turn to the north for 20 km.
    lon, lat = geodesic_line(36.0, 35.8, [90] * 20 + [0] * 20, 1000.0)
    corridor = build_corridor(Route.from_lonlat(lon, lat), 6000, 6000)
    bend_lon, bend_lat = lon[20], lat[20]
    pts = []
    for azimuth, distance in [(135, 5900), (135, 6100), (315, 5900), (315, 6100)]:
        p = GEOD.fwd(bend_lon, bend_lat, azimuth, distance)
        pts.append(p[:2])
    pts = np.array(pts)
    flags = flag_incidents(corridor, pts[:, 0], pts[:, 1])
    # Outside the bend (south-east) the distance is to the corner itself.
    assert flags.in_corridor[:2].tolist() == [True, False]
    np.testing.assert_allclose(flags.distance_m[:2], [5900, 6100], atol=0.5)
    assert set(flags.side_name[:2]) == {corridor.route.side_names[1]}  # right of travel
    # Inside the bend the road is nearer than the corner.
    assert flags.in_corridor[2:].tolist() == [True, True]
    assert (flags.distance_m[2:] < [4200, 4400]).all()
    np.testing.assert_allclose(flags.chainage_km[:2], lon.size and 20.0 * corridor.route.length_km / 40, atol=0.01)


def test_points_past_the_ends(straight):
    route = straight.route
    west = GEOD.fwd(route.lon[0], route.lat[0], 270, 1000)[:2]
    east = GEOD.fwd(route.lon[-1], route.lat[-1], 90, 5000)[:2]
    lon, lat = np.array([west[0], east[0]]), np.array([west[1], east[1]])
    flat = flag_incidents(straight, lon, lat)
    assert flat.in_corridor.tolist() == [False, False]
    np.testing.assert_allclose(flat.distance_m, [1000, 5000], atol=0.01)
    np.testing.assert_allclose(flat.chainage_km, [0, route.length_km])
    round_ = flag_incidents(build_corridor(route, 6000, 6000, "round"), lon, lat)
    assert round_.in_corridor.tolist() == [True, True]


def test_unequal_widths_and_a_corridor_stretch(straight):
    route = straight.route
    corridor = build_corridor(route, 6000, 3000, "flat", from_km=20, to_km=60)
    pts = np.array(
        [offset_point(route, 30_000, 4000, True), offset_point(route, 30_000, 4000, False), offset_point(route, 70_000, 1000, True)]
    )
    flags = flag_incidents(corridor, pts[:, 0], pts[:, 1])
    assert flags.in_corridor.tolist() == [True, False, False]
    # Distance and chainage are measured on the whole road.
    np.testing.assert_allclose(flags.chainage_km, [30, 30, 70], atol=0.001)


def test_route_from_reversed_parts_with_gaps_flags_the_same(straight):
    route = straight.route
    km = np.linspace(0, route.length_m, 11)
    lon, lat = route.point_at(km)
    parts = []
    for i in range(10):
        a, b = (lon[i], lat[i]), (lon[i + 1], lat[i + 1])
        if i % 2:  # a 30 m gap before every other part, and reversed
            az = GEOD.inv(*a, *b)[0]
            a = GEOD.fwd(*a, az, 30.0)[:2]
            a, b = b, a
        parts.append(shapely.LineString([a, b]))
    pieces = build_corridor(assemble_route(parts[::-1]), 6000, 6000)
    rng = np.random.default_rng(11)
    pts = np.array([offset_point(route, c, d, s) for c, d, s in zip(rng.uniform(500, 99_500, 100), rng.uniform(0, 9000, 100), rng.random(100) < 0.5)])
    a = flag_incidents(straight, pts[:, 0], pts[:, 1])
    b = flag_incidents(pieces, pts[:, 0], pts[:, 1])
    np.testing.assert_allclose(a.distance_m, b.distance_m, atol=0.5)
    np.testing.assert_allclose(a.chainage_km, b.chainage_km, atol=0.05)
    assert (a.side_name == b.side_name).all()
    near_edge = np.abs(a.distance_m - 6000) < 1
    assert (a.in_corridor == b.in_corridor)[~near_edge].all()


def test_patrol_dates_and_missing_points(m4):
    corridor = build_corridor(m4, 6000, 6000)
    patrol = patrol_segment(m4, TRUMBA, AIN_AL_HAVR)
    inside_patrol = offset_point(m4, (patrol.start_km + patrol.end_km) / 2 * 1000, 2000)
    outside_patrol = offset_point(m4, 10_000, 2000)  # near Latakia, west of the patrol
    lon = np.array([inside_patrol[0], outside_patrol[0], MAARAT_MISRIN.lon, np.nan, inside_patrol[0]])
    lat = np.array([inside_patrol[1], outside_patrol[1], MAARAT_MISRIN.lat, np.nan, inside_patrol[1]])
    dates = np.array(["2020-03-15", "2020-03-14T23:59", "2020-03-20", "2020-03-16", "NaT"], dtype="datetime64[m]")
    flags = flag_incidents(corridor, lon, lat, patrol=patrol, dates=dates, date_from="2020-03-15", date_to="2020-03-20")
    assert flags.in_corridor.tolist() == [True, True, False, False, True]
    assert flags.in_patrol.tolist() == [True, False, False, False, True]
    assert flags.in_window.tolist() == [True, False, False, True, False]
    assert flags.undated.tolist() == [False, False, False, False, True]
    assert flags.missing.tolist() == [False, False, False, True, False]
    assert flags.side_name[3] == "" and np.isnan(flags.distance_m[3]) and np.isnan(flags.chainage_km[3])
    assert flags.distance_m[2] > 10_000  # Maarat Misrin lies well north of the M4
    summary = flags.summary(m4.side_names)
    assert summary == {
        "total": 5, "inside": 3, "outside": 1, "missing": 1, "in_patrol": 2,
        "inside_north": 3, "inside_south": 0, "inside_on route": 0,
        "in_window": 2, "outside_window": 2, "undated": 1, "inside_and_in_window": 1,
    }


def test_no_dates_means_no_window(straight):
    flags = flag_incidents(straight, [36.5], [35.8])
    assert flags.in_window is None


@settings(max_examples=25, deadline=None)
@given(
    st.one_of(st.just(0.0), st.floats(10, 9000)),
    st.one_of(st.just(0.0), st.floats(10, 9000)),
    st.lists(st.tuples(st.floats(0.01, 0.99), st.floats(0, 15_000), st.booleans()), min_size=1, max_size=15),
)
def test_property_inside_means_within_the_sides_width(left, right, points):
    if left == 0 and right == 0:
        left = 10.0
    lon, lat = geodesic_line(36.0, 35.8, 90 + 35 * np.sin(np.linspace(0, 4 * np.pi, 40)), 1000.0)
    corridor = build_corridor(Route.from_lonlat(lon, lat), left, right)
    route = corridor.route
    pts = np.array([offset_point(route, f * route.length_m, d, s) for f, d, s in points])
    flags = flag_incidents(corridor, pts[:, 0], pts[:, 1])
    width = np.where(flags.side_name == "north", left, right)
    inside = flags.in_corridor
    assert (flags.distance_m[inside] <= width[inside] + 1.0).all()
    assert (flags.distance_m[~inside] >= width[~inside] - 1.0).all()
    np.testing.assert_allclose(flags.distance_m, brute_distance(route, pts[:, 0], pts[:, 1]), atol=0.05)
    # The polygon agrees with the flags away from its edge.
    clear = (np.abs(flags.distance_m - width) > 5.0) & (flags.distance_m > 5.0)
    contains = shapely.contains_xy(corridor.polygon, pts[:, 0], pts[:, 1])
    assert (contains == inside)[clear].all()


# -- incidents of several points (MultiPoint) --------------------------------------


FIELDS = ("in_corridor", "side_name", "distance_m", "chainage_km", "in_patrol", "missing")


def flags_of(corridor, incidents, **options):
    """Flags of incidents given as lists of (lon, lat) points, with ``parts_of``."""
    points = np.array([p for incident in incidents for p in incident], dtype=float)
    parts_of = np.repeat(np.arange(len(incidents)), [len(incident) for incident in incidents])
    return flag_incidents(corridor, points[:, 0], points[:, 1], parts_of=parts_of, **options)


def same_flags(a, b, rows_a=slice(None), rows_b=slice(None)):
    for name in FIELDS:
        np.testing.assert_array_equal(getattr(a, name)[rows_a], getattr(b, name)[rows_b], err_msg=name)


def test_a_multipoint_flags_the_same_whatever_the_order_of_its_points(straight):
    route = straight.route
    near = offset_point(route, 40_000, 3000, True)  # inside, north
    far = offset_point(route, 50_000, 9000, False)  # outside, south
    flags = flags_of(straight, [[near, far], [far, near]])
    same_flags(flags, flags, [0], [1])
    assert flags.in_corridor.tolist() == [True, True]
    assert flags.side_name.tolist() == ["north", "north"]
    assert flags.part.tolist() == [0, 3]  # the near point, first of incident 0 and second of incident 1
    brute = brute_distance(route, *near)[0]
    np.testing.assert_allclose(flags.distance_m, brute, atol=0.05)
    np.testing.assert_allclose(flags.chainage_km, 40.0, atol=0.001)


def test_a_multipoint_is_inside_when_any_point_is_and_measured_from_its_nearest(straight):
    route = straight.route
    corridor = build_corridor(route, 6000, 1000, "flat")
    south = offset_point(route, 30_000, 2000, False)  # nearest, but outside the 1 km south side
    north = offset_point(route, 60_000, 4000, True)  # inside the 6 km north side
    outside = offset_point(route, 70_000, 7000, True)
    flags = flags_of(corridor, [[north, south], [outside, south]])
    assert flags.in_corridor.tolist() == [True, False]
    assert flags.side_name.tolist() == ["south", "south"]
    np.testing.assert_allclose(flags.distance_m, brute_distance(route, *south)[0], atol=0.05)
    np.testing.assert_allclose(flags.chainage_km, 30.0, atol=0.001)
    alone = flag_incidents(corridor, *np.transpose([north, south, outside]))
    assert alone.in_corridor.tolist() == [True, False, False]


def test_a_multipoint_is_in_the_patrol_when_a_point_inside_is(straight):
    route = straight.route
    patrol = patrol_segment(
        route, Place("km 20", *route.point_at(20_000.0)), Place("km 60", *route.point_at(60_000.0))
    )
    inside_past_patrol = offset_point(route, 80_000, 1000, True)
    outside_along_patrol = offset_point(route, 40_000, 9000, True)
    inside_along_patrol = offset_point(route, 40_000, 5000, False)
    flags = flags_of(
        straight,
        [[inside_past_patrol, outside_along_patrol], [inside_past_patrol, inside_along_patrol]],
        patrol=patrol,
    )
    assert flags.in_corridor.tolist() == [True, True]
    assert flags.in_patrol.tolist() == [False, True]
    # km and side come from the nearest point, which is past the patrol.
    np.testing.assert_allclose(flags.chainage_km, 80.0, atol=0.001)
    assert flags.side_name.tolist() == ["north", "north"]


def test_a_multipoint_without_locations_and_equal_points(straight):
    route = straight.route
    point = offset_point(route, 40_000, 3000, True)
    nowhere = (np.nan, np.nan)
    dates = np.array(["2020-03-15", "2020-03-14", "2020-03-16"], dtype="datetime64[D]")
    flags = flags_of(straight, [[nowhere, nowhere], [nowhere, point], [point, point]], dates=dates, date_from="2020-03-15")
    assert flags.missing.tolist() == [True, False, False]
    assert flags.side_name.tolist() == ["", "north", "north"]
    assert np.isnan(flags.distance_m[0]) and flags.in_corridor.tolist() == [False, True, True]
    assert flags.part.tolist() == [0, 3, 4]  # equals: the first
    assert flags.in_window.tolist() == [True, False, True] and len(flags) == 3
    assert flags.summary(route.side_names)["missing"] == 1


def test_shuffling_the_points_of_multipoints_changes_no_flag(straight):
    route = straight.route
    rng = np.random.default_rng(5)
    sizes = rng.integers(1, 5, 200)
    points = np.array(
        [offset_point(route, c, d, s) for c, d, s in zip(rng.uniform(500, 99_500, sizes.sum()),
                                                         rng.uniform(0, 12_000, sizes.sum()),
                                                         rng.random(sizes.sum()) < 0.5)]
    )
    parts_of = np.repeat(np.arange(sizes.size), sizes)
    shuffled = np.lexsort((rng.random(parts_of.size), parts_of))  # the order within each incident only
    a = flag_incidents(straight, points[:, 0], points[:, 1], parts_of=parts_of)
    b = flag_incidents(straight, points[shuffled, 0], points[shuffled, 1], parts_of=parts_of)
    same_flags(a, b)
    np.testing.assert_array_equal(points[a.part], points[shuffled][b.part])
    # Each incident is inside exactly when one of its points alone is.
    alone = flag_incidents(straight, points[:, 0], points[:, 1])
    np.testing.assert_array_equal(a.in_corridor, np.logical_or.reduceat(alone.in_corridor, np.r_[0, np.cumsum(sizes)[:-1]]))
    np.testing.assert_array_equal(a.distance_m, alone.distance_m[a.part])


def test_one_point_per_incident_gives_the_flags_of_single_points(straight):
    route = straight.route
    pts = np.array([offset_point(route, 40_000, d, True) for d in (1000, 5000, 8000)])
    single = flag_incidents(straight, pts[:, 0], pts[:, 1])
    parts = flag_incidents(straight, pts[:, 0], pts[:, 1], parts_of=np.arange(3))
    same_flags(single, parts)
    assert single.part is None and parts.part.tolist() == [0, 1, 2]


@pytest.mark.parametrize("parts_of", [[0, 0, 2], [1, 1, 0], [0, 1], [0.0, 0.0, 1.0]])
def test_parts_of_must_number_the_incidents_in_order(straight, parts_of):
    with pytest.raises(CorridorError, match="parts_of"):
        flag_incidents(straight, [36.5, 36.5, 36.6], [35.8, 35.8, 35.8], parts_of=parts_of)


@pytest.mark.parametrize(
    "lon, lat, words",
    [
        ([36.1, 36.2], [35.0], "The incidents have 2 longitudes and 1 latitudes: give one of each per point."),
        (["east"], [35.0], "The incidents' coordinates must be numbers of degrees"),
        ([[36.1, 36.2]], [[35.0, 35.0]], "give one of each per point"),
    ],
)
def test_incident_coordinates_that_are_not_points_are_a_plain_error(lon, lat, words):
    from secure_corridor.core import InvalidCoordinatesError

    corridor = build_corridor(Route.from_lonlat([36.0, 36.5], [35.0, 35.0]), 6000, 6000)
    with pytest.raises(InvalidCoordinatesError) as caught:
        flag_incidents(corridor, lon, lat)
    assert words in str(caught.value)
