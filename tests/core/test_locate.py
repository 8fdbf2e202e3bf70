"""Nearest-segment search and point location against brute force and Geod."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secure_corridor.core import Route, locate
from secure_corridor.core.locate import LEFT, ON_ROUTE, RIGHT
from secure_corridor.core.nearest import SegmentIndex

from measure import GEOD, brute_distance, geodesic_line, offset_point, straight_route


def brute_planar(x, y, px, py):
    ax, ay, bx, by = x[:-1], y[:-1], x[1:], y[1:]
    dx, dy = bx - ax, by - ay
    t = np.clip(((px[:, None] - ax) * dx + (py[:, None] - ay) * dy) / (dx * dx + dy * dy), 0, 1)
    d = np.hypot(ax + t * dx - px[:, None], ay + t * dy - py[:, None])
    return d.min(axis=1)


@pytest.mark.parametrize("n_vertices", [2, 3, 300, 5000])
@pytest.mark.parametrize("noise", [0.0, 5.0])
def test_nearest_segment_is_exact(n_vertices, noise):
    rng = np.random.default_rng(n_vertices)
    x = np.linspace(-50e3, 50e3, n_vertices)
    y = 10e3 * np.sin(x / 8e3) + rng.normal(0, noise, n_vertices)
    px = rng.uniform(-80e3, 80e3, 3000)
    py = rng.uniform(-40e3, 40e3, 3000)
    px[:500] = np.interp(px[:500], x, x) + rng.normal(0, 1, 500)  # some right on the line
    py[:500] = np.interp(px[:500], x, y)
    seg, t, dist = SegmentIndex(x, y).nearest(px, py)
    np.testing.assert_allclose(dist, brute_planar(x, y, px, py), atol=1e-6)
    assert ((t >= 0) & (t <= 1)).all()
    foot_x = x[seg] + t * (x[seg + 1] - x[seg])
    foot_y = y[seg] + t * (y[seg + 1] - y[seg])
    np.testing.assert_allclose(np.hypot(foot_x - px, foot_y - py), dist, atol=1e-6)


def test_nearest_segment_on_a_closed_loop_and_nan():
    angle = np.linspace(0, 2 * np.pi, 400)
    x, y = 1000 * np.cos(angle), 1000 * np.sin(angle)
    seg, t, dist = SegmentIndex(x, y).nearest(np.array([0.0, 2000.0, np.nan]), np.array([0.0, 0.0, 1.0]))
    assert dist[0] == pytest.approx(1000.0, abs=0.05)
    assert dist[1] == pytest.approx(1000.0, abs=1e-6)
    assert seg[2] == -1 and np.isnan(dist[2])


def test_distance_and_side_against_geod(m4):
    rng = np.random.default_rng(7)
    chain = rng.uniform(1000, m4.length_m - 1000, 200)
    offsets = rng.uniform(0, 20_000, 200)
    left = rng.random(200) < 0.5
    pts = np.array([offset_point(m4, c, o, l) for c, o, l in zip(chain, offsets, left)])
    where = locate(m4, pts[:, 0], pts[:, 1])
    brute = brute_distance(m4, pts[:, 0], pts[:, 1], step_m=10.0)
    np.testing.assert_allclose(where.distance_m, brute, atol=0.05)
    # Points set off square to the road keep their side (north is left).
    clear = offsets > 50
    assert (where.side[clear & left] == LEFT).all()
    assert (where.side[clear & ~left] == RIGHT).all()
    # Where the road is straight enough the foot is where we started.
    close = offsets < 2000
    assert np.abs(where.chainage_m[close] - chain[close]).max() < 60.0


def test_on_route_and_beyond_the_ends():
    route = straight_route(36.0, 35.8, 90.0, 10_000.0)
    lon, lat = route.point_at(np.array([5000.0]))
    before = GEOD.fwd(route.lon[0], route.lat[0], 270.0, 1000.0)
    after = GEOD.fwd(route.lon[-1], route.lat[-1], 90.0, 1000.0)
    where = locate(route, [lon[0], before[0], after[0]], [lat[0], before[1], after[1]])
    assert where.side[0] == ON_ROUTE and where.distance_m[0] < 0.01
    assert where.chainage_m[0] == pytest.approx(5000.0, abs=0.01)
    assert list(where.beyond) == [0, -1, 1]
    assert where.distance_m[1] == pytest.approx(1000.0, abs=0.01)
    assert where.chainage_m[1] == 0 and where.chainage_m[2] == pytest.approx(10_000.0)


def test_far_points_are_refined_geodesically():
    # 2,000 km road: points far from the frame's centre and far off the road.
    lon, lat = geodesic_line(0.0, 10.0, [60.0] * 2000, 1000.0)
    route = Route.from_lonlat(lon, lat)
    pts = np.array([offset_point(route, c, o) for c, o in [(50_000, 80_000), (1_950_000, 150_000), (1_000_000, 400_000)]])
    where = locate(route, pts[:, 0], pts[:, 1])
    brute = brute_distance(route, pts[:, 0], pts[:, 1], step_m=100.0, window_m=600_000, near_m=where.chainage_m)
    np.testing.assert_allclose(where.distance_m, brute, atol=1.0)
    np.testing.assert_allclose(where.distance_m, [80_000, 150_000, 400_000], rtol=2e-3)


@settings(max_examples=40, deadline=None)
@given(
    st.floats(-60, 60),
    st.floats(0, 360),
    st.lists(st.tuples(st.floats(0, 1), st.floats(1, 30_000), st.booleans()), min_size=1, max_size=20),
)
def test_property_distance_matches_brute_force(lat0, azimuth, points):
    az = azimuth + 30 * np.sin(np.linspace(0, 3 * np.pi, 30))
    lon, lat = geodesic_line(20.0, lat0, az, 2000.0)
    route = Route.from_lonlat(lon, lat)
    pts = np.array([offset_point(route, f * route.length_m, d, l) for f, d, l in points])
    where = locate(route, pts[:, 0], pts[:, 1])
    brute = brute_distance(route, pts[:, 0], pts[:, 1], step_m=20.0)
    np.testing.assert_allclose(where.distance_m, brute, atol=0.05)


def test_long_road_with_a_bend_far_from_the_middle():
    # 800 km east, a 90 degree left bend of 500 m radius, 20 km north: points
    # 6 km outside the bend lie 800 km from the middle of the road.
    azimuths = [90.0] * 800 + list(90.0 - np.arange(1, 41) * 90 / 40) + [0.0] * 20
    steps = [1000.0] * 800 + [19.63] * 40 + [1000.0] * 20
    lon, lat = [20.0], [40.0]
    for az, step in zip(azimuths, steps):
        lo, la, _ = GEOD.fwd(lon[-1], lat[-1], az, step)
        lon.append(lo)
        lat.append(la)
    route = Route.from_lonlat(lon, lat)
    bend_lon, bend_lat = lon[800], lat[800]
    p = GEOD.fwd([bend_lon] * 3, [bend_lat] * 3, [120, 150, 160], [6000] * 3)
    where = locate(route, p[0], p[1])
    brute = brute_distance(route, p[0], p[1], window_m=50_000, near_m=where.chainage_m)
    np.testing.assert_allclose(where.distance_m, brute, atol=0.01)
    assert len(route.pieces) == 3
