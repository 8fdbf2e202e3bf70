"""Ring roads and road left off the route: an error with the numbers, unless accepted."""

import numpy as np
import pytest
from pyproj import Geod
from shapely import LineString

from secure_corridor.core import CorridorError, assemble_route
from secure_corridor.core.errors import LeftOutRoadError

GEOD = Geod(ellps="WGS84")
CENTRE = (36.6, 35.8)
RADIUS_M = 8000.0


def ring(count=73):
    """A circle of RADIUS_M around CENTRE, closed, starting due north."""
    azimuths = np.linspace(0.0, 360.0, count)
    lon, lat, _ = GEOD.fwd(np.full(count, CENTRE[0]), np.full(count, CENTRE[1]), azimuths, np.full(count, RADIUS_M))
    lon[-1], lat[-1] = lon[0], lat[0]
    return np.column_stack([lon, lat])


def length_m(coords):
    return float(GEOD.line_length(coords[:, 0], coords[:, 1]))


def test_a_ring_road_in_two_features_is_an_error_with_the_numbers():
    points = ring()
    halves = [LineString(points[:37]), LineString(points[36:])]  # north to south, east and west
    with pytest.raises(LeftOutRoadError) as caught:
        assemble_route(halves, labels=["way 1", "way 2"])
    error = caught.value
    half_km = length_m(points[:37]) / 1000
    assert error.route_km == pytest.approx(half_km, abs=1e-3)
    assert error.left_out_km == pytest.approx(half_km, abs=1e-3)
    # The farthest point of the other half, due west, is nearest the route's ends (north, south).
    assert error.farthest_km == pytest.approx(np.sqrt(2) * RADIUS_M / 1000, rel=0.01)
    assert str(error).startswith(f"{half_km:.2f} km of the selected road (way ")
    assert f"not on the route of {half_km:.2f} km and lies up to {error.farthest_km:.2f} km" in str(error)
    assert "name the route's two ends" in str(error)


def test_leaving_it_out_is_the_users_choice():
    points = ring()
    halves = [LineString(points[:37]), LineString(points[36:])]
    route = assemble_route(halves, labels=["way 1", "way 2"], leave_out=True)
    assert route.length_m == pytest.approx(length_m(points[:37]), abs=0.01)
    assert len(route.report.left_out) == 1
    assert route.report.left_out_km == pytest.approx(length_m(points[36:]) / 1000, abs=1e-6)


def test_named_ends_choose_the_stretch_of_a_ring():
    points = ring()
    halves = [LineString(points[:37]), LineString(points[36:])]
    # From the east point round by the north to the west point: a quarter each side of north.
    east, west = tuple(points[18]), tuple(points[54])
    route = assemble_route(halves, ends=(east, west))
    assert route.length_m == pytest.approx(length_m(points[18:55]), abs=0.01)


def test_a_closed_ring_in_one_feature_needs_its_ends_and_takes_them():
    points = ring()
    with pytest.raises(CorridorError, match="closed loop with no dead ends.*name the route's two ends"):
        assemble_route([LineString(points)])
    route = assemble_route([LineString(points)], ends=(tuple(points[9]), tuple(points[27])))
    assert route.length_m == pytest.approx(length_m(points[9:28]), abs=0.01)


def test_a_second_carriageway_or_a_short_spur_is_no_error():
    west = (36.0, 35.5)
    lon, lat, _ = GEOD.fwd([west[0]] * 11, [west[1]] * 11, [90.0] * 11, np.linspace(0, 20_000, 11))
    road = np.column_stack([lon, lat])
    # The other carriageway 300 m north, the whole way.
    north_lon, north_lat, _ = GEOD.fwd(lon, lat, [0.0] * 11, [300.0] * 11)
    other = np.column_stack([north_lon, north_lat])
    links = [LineString([road[0], other[0]]), LineString([road[-1], other[-1]])]
    route = assemble_route([LineString(road), LineString(other[::-1]), *links])
    # One carriageway and one link are left out, whichever carriageway the route takes.
    assert route.report.left_out_km == pytest.approx(20.3, abs=0.01)
    # A spur of 4 km (a fifth of the road) off the middle.
    spur_lon, spur_lat, _ = GEOD.fwd([lon[5]] * 2, [lat[5]] * 2, [0.0, 0.0], [0.0, 4000.0])
    route = assemble_route([LineString(road[:6]), LineString(road[5:]), LineString(np.column_stack([spur_lon, spur_lat]))])
    assert route.length_m == pytest.approx(20_000.0, abs=0.01)
    assert route.report.left_out_km == pytest.approx(4.0, abs=1e-6)


def test_a_side_road_half_as_long_as_the_road_is_an_error():
    # A T: the road 20 km west to east, a side road 10 km north from its middle.
    lon, lat, _ = GEOD.fwd([36.0] * 3, [35.5] * 3, [90.0] * 3, [0.0, 10_000.0, 20_000.0])
    side_lon, side_lat, _ = GEOD.fwd([lon[1]] * 2, [lat[1]] * 2, [0.0] * 2, [0.0, 10_000.0])
    parts = [LineString(np.column_stack([lon, lat])), LineString(np.column_stack([side_lon, side_lat]))]
    with pytest.raises(LeftOutRoadError) as caught:
        assemble_route(parts)
    assert caught.value.labels == ("feature 1",)
    assert caught.value.left_out_km == pytest.approx(10.0, abs=1e-6)
    assert caught.value.farthest_km == pytest.approx(10.0, abs=0.01)
    assert assemble_route(parts, leave_out=True).length_m == pytest.approx(20_000.0, abs=0.01)
