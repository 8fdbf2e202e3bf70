"""Where a corridor can be built (180°, poles), specks, and the self-check's honesty.

Widths are checked against pyproj's Geod by brute force (measure.py), never
against the engine's own search.
"""

import numpy as np
import pytest
import shapely

from secure_corridor.core import (
    CorridorError,
    InvalidCorridorError,
    Route,
    UnsupportedAreaError,
    build_corridor,
    locate,
)
from secure_corridor.core import corridor as corridor_module
from secure_corridor.core.geodesy import E2, SEMI_MAJOR_M
from secure_corridor.core.locate import LEFT
from secure_corridor.core.reach import MERIDIAN_MARGIN_M, POLE_CLEARANCE_M
from secure_corridor.core.validate import WIDTH_TOLERANCE_M, validated

from measure import GEOD, brute_distance, geodesic_line, straight_route


def true_width_errors(corridor, sample=300):
    """By brute force over a sample of the outline's vertices: the largest
    |distance - width| of vertices alongside the road at their width, and the
    largest distance beyond the wider width of any vertex."""
    coords = shapely.get_coordinates(corridor.polygon)
    coords = coords[:: max(1, len(coords) // sample)]
    where = locate(corridor.stretch, coords[:, 0], coords[:, 1])
    distance = brute_distance(corridor.stretch, coords[:, 0], coords[:, 1])
    width = np.where(where.side == LEFT, corridor.left_m, corridor.right_m)
    at_width = (where.beyond == 0) & (np.abs(distance - width) < 50.0)
    assert at_width.sum() > 10
    beyond = distance - max(corridor.left_m, corridor.right_m)
    return np.abs(distance - width)[at_width].max(), beyond.max()


def edge_stray_m(polygon):
    """Largest distance between a straight lon/lat edge's midpoint and its geodesic's."""
    worst = 0.0
    for ring in [polygon.exterior, *polygon.interiors]:
        c = shapely.get_coordinates(ring)
        a, b = c[:-1], c[1:]
        az, _, d = GEOD.inv(a[:, 0], a[:, 1], b[:, 0], b[:, 1])
        glon, glat, _ = GEOD.fwd(a[:, 0], a[:, 1], az, d / 2)
        worst = max(worst, GEOD.inv((a[:, 0] + b[:, 0]) / 2, (a[:, 1] + b[:, 1]) / 2, glon, glat)[2].max())
    return worst


def lon_at_distance_from_180(distance_m, lat):
    """The longitude west of 180° whose distance from the meridian's plane is
    ``distance_m`` (on the ellipsoid; within millimetres of the geodesic
    distance to the meridian at these distances)."""
    phi = np.radians(lat)
    nu = SEMI_MAJOR_M / np.sqrt(1 - E2 * np.sin(phi) ** 2)
    return 180.0 - np.degrees(np.arcsin(distance_m / (nu * np.cos(phi))))


# -- 180° -------------------------------------------------------------------------


def test_a_road_across_180_is_refused_before_any_outline_is_built(monkeypatch):
    # A Chukotka road, 179.5 E to 179.5 W at 65 N: 47 km, across 180° halfway.
    def no_outline(*args):
        raise AssertionError("an outline was built")

    monkeypatch.setattr(corridor_module, "piece_outline", no_outline)
    route = Route.from_lonlat([179.5, -179.5], [65.0, 65.0])
    with pytest.raises(UnsupportedAreaError) as caught:
        build_corridor(route, 6000, 6000)
    error = caught.value
    assert isinstance(error, CorridorError)
    message = str(error)
    assert message.startswith("The road crosses the 180° meridian near 179.99")
    assert f"(km {error.km:.1f} of the route)" in message
    assert "corridors across the antimeridian are not supported, because a polygon in longitude/latitude" in message
    assert "Split the road at 180° and build each side separately" in message
    assert error.location[0] == pytest.approx(180.0, abs=0.01) and error.location[1] == pytest.approx(65.0, abs=0.01)
    assert error.km == pytest.approx(route.length_km / 2, abs=0.3)


@pytest.mark.parametrize("lon, side", [(179.99, "east"), (-179.99, "west")])
def test_a_corridor_that_would_reach_180_is_refused(lon, side):
    # 20 km north from 65 N, 470 m from 180°: the road does not cross, its 6 km corridor would.
    route = straight_route(lon, 65.0, 0.0, 20_000.0)
    with pytest.raises(UnsupportedAreaError) as caught:
        build_corridor(route, 6000, 6000)
    message = str(caught.value)
    assert message.startswith("The corridor would cross the 180° meridian near ")
    assert f"where the road is 0.47 km from the meridian and the {side} side is 6 km wide" in message
    assert f"Narrow the {side} side to under 0.42 km there" in message
    assert caught.value.km == pytest.approx(20.0, abs=0.1)  # the road nears 180° as it goes north


def test_a_one_sided_corridor_facing_away_from_180_builds_with_true_widths():
    route = straight_route(179.99, 65.0, 0.0, 20_000.0)
    corridor = build_corridor(route, 6000, 0)  # west (left) side only
    assert corridor.polygon.bounds[2] < 180.0 and corridor.polygon.geom_type == "Polygon"
    off_width, beyond = true_width_errors(corridor)
    assert off_width < WIDTH_TOLERANCE_M and beyond < WIDTH_TOLERANCE_M


def test_a_road_at_179_builds_with_true_widths():
    route = straight_route(179.0, 65.0, 0.0, 20_000.0)  # 47 km from 180°
    corridor = build_corridor(route, 6000, 6000)
    assert corridor.polygon.geom_type == "Polygon" and corridor.polygon.is_valid
    assert corridor.polygon.bounds[2] < 180.0
    assert corridor.area_km2 == pytest.approx(240.0, rel=1e-4)
    off_width, beyond = true_width_errors(corridor)
    assert off_width < 0.01 and beyond < 0.01


@pytest.mark.parametrize("width", [1000.0, 6000.0, 30_000.0])
def test_the_180_limit_is_the_width(monkeypatch, width):
    def road(clearance_m):
        # 2 km north from the equator, ``clearance_m`` beyond the width from 180°.
        return straight_route(lon_at_distance_from_180(width + clearance_m, 0.0), 0.0, 0.0, 2000.0)

    corridor = build_corridor(road(2 * MERIDIAN_MARGIN_M), width, width)
    assert corridor.polygon.bounds[2] < 180.0
    assert corridor.max_width_error_m < WIDTH_TOLERANCE_M
    with pytest.raises(UnsupportedAreaError, match="would cross the 180° meridian"):
        build_corridor(road(MERIDIAN_MARGIN_M / 2), width, width)
    # Unchecked, the outline fails as soon as the corridor reaches 180° (and
    # not before): what the check refuses is what would fail, plus its margin.
    monkeypatch.setattr(corridor_module, "check_reach", lambda *args: None)
    assert build_corridor(road(1.0), width, width).polygon.bounds[2] < 180.0
    try:
        unchecked = build_corridor(road(-1.0), width, width)
    except Exception:  # an invalid outline, or GEOS giving up on it
        pass
    else:
        west, _, east, _ = unchecked.polygon.bounds
        assert not (0.0 < west and east < 180.0)


def test_only_the_stretch_built_counts():
    route = Route.from_lonlat([179.0, -179.5], [65.0, 65.0])
    crossing_km = route.chainage_m[np.flatnonzero(np.abs(np.diff(route.lon)) > 180)[0]] / 1000
    assert 40 < crossing_km < 50
    corridor = build_corridor(route, 6000, 6000, from_km=0, to_km=10)
    assert corridor.polygon.bounds[2] < 180.0
    with pytest.raises(UnsupportedAreaError) as caught:
        build_corridor(route, 6000, 6000, from_km=crossing_km - 10, to_km=crossing_km + 10)
    # The km is the route's, not the stretch's.
    assert caught.value.km == pytest.approx(crossing_km, abs=0.3)
    assert f"(km {caught.value.km:.1f} of the route)" in str(caught.value)


# -- Poles ------------------------------------------------------------------------


@pytest.mark.parametrize("lat, pole, distance_km", [(89.9, "North", 11.2), (-89.5, "South", 55.8)])
def test_a_road_near_a_pole_is_refused(lat, pole, distance_km):
    route = straight_route(10.0, lat, 90.0, 20_000.0)
    with pytest.raises(UnsupportedAreaError) as caught:
        build_corridor(route, 6000, 6000)
    message = str(caught.value)
    assert message.startswith(f"The road comes within {distance_km:.1f} km of the {pole} Pole near 10.00000, ")
    assert "(km 0.0 of the route): corridors near a pole are not supported" in message
    assert f"With a width of 6 km the road must stay at least {(6000 + POLE_CLEARANCE_M) / 1000:.1f} km" in message


@pytest.mark.parametrize("azimuth", [90.0, 0.0])
def test_a_road_at_88_degrees_builds_with_true_widths(azimuth):
    # 223 km from the North Pole, along a parallel or towards the pole.
    route = straight_route(10.0, 88.0, azimuth, 20_000.0)
    corridor = build_corridor(route, 6000, 6000, "round")
    assert corridor.polygon.geom_type == "Polygon" and corridor.polygon.is_valid
    assert corridor.area_km2 == pytest.approx(240.0 + np.pi * 36.0, rel=1e-4)
    off_width, beyond = true_width_errors(corridor)
    assert off_width < 0.05 and beyond < 0.05
    assert edge_stray_m(corridor.polygon) < 0.05


@pytest.mark.parametrize("width", [6000.0, 30_000.0])
def test_the_pole_limit_keeps_edges_and_widths_within_10_cm(width):
    def road(distance_m):
        # Along a parallel, its start (its nearest point to the pole) ``distance_m`` from it.
        return straight_route(0.0, GEOD.fwd(0.0, 90.0, 180.0, distance_m)[1], 90.0, 40_000.0)

    corridor = build_corridor(road(width + POLE_CLEARANCE_M + 1000.0), width, width, "round")
    off_width, beyond = true_width_errors(corridor)
    assert off_width < 0.1 and beyond < 0.1
    assert edge_stray_m(corridor.polygon) < 0.11
    with pytest.raises(UnsupportedAreaError, match="North Pole"):
        build_corridor(road(width + POLE_CLEARANCE_M - 1000.0), width, width)


# -- Specks -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def outline():
    """A real corridor polygon: 6 km either side of 20 km of road."""
    return build_corridor(straight_route(36.0, 35.8, 90.0, 20_000.0), 6000, 6000).polygon


def geodesic_area_m2(polygon):
    return abs(GEOD.geometry_area_perimeter(polygon)[0])


def triangle(lon, lat, leg_deg):
    return shapely.Polygon([(lon, lat), (lon + leg_deg, lat), (lon, lat + leg_deg)])


@pytest.mark.parametrize(
    "speck",
    [
        triangle(36.5, 35.8, 4.8e-7),  # 1e-3 m2: a valid polygon
        shapely.Polygon([(36.5, 35.8), (36.5 + 1e-12, 35.8), (36.5 + 2e-12, 35.8)]),  # zero area
    ],
)
def test_specks_beside_an_outline_are_dropped(outline, speck):
    assert geodesic_area_m2(speck) < 1e-2
    multi = shapely.MultiPolygon([outline, speck])
    kept = validated(multi)
    assert kept.geom_type == "Polygon"
    assert kept.equals(outline)
    assert geodesic_area_m2(kept) == pytest.approx(geodesic_area_m2(multi), abs=1e-2)


def test_a_valid_outline_with_a_speck_beside_it_becomes_one_polygon(outline):
    speck = triangle(36.5, 35.8, 4.8e-7)
    multi = shapely.MultiPolygon([outline, speck])
    assert multi.is_valid  # the valid case: no repair is involved
    assert validated(multi).geom_type == "Polygon"


def test_a_speck_of_a_hole_is_filled_and_a_real_hole_kept(outline):
    speck = triangle(36.1, 35.8, 4.8e-7).exterior
    with_speck = shapely.Polygon(outline.exterior, [speck])
    assert with_speck.is_valid
    kept = validated(with_speck)
    assert kept.geom_type == "Polygon" and len(kept.interiors) == 0
    assert geodesic_area_m2(kept) == pytest.approx(geodesic_area_m2(outline), abs=1e-2)
    pond = shapely.box(36.1, 35.8, 36.101, 35.801).exterior  # about 90 m x 110 m
    assert len(validated(shapely.Polygon(outline.exterior, [pond])).interiors) == 1


def test_a_speck_left_by_the_outline_does_not_reach_the_corridor(monkeypatch):
    route = straight_route(36.0, 35.8, 90.0, 20_000.0)
    plain = build_corridor(route, 6000, 6000)
    piece_outline = corridor_module.piece_outline

    def with_speck(*args):
        # Beside the outline, 8 km from the road: no vertex of it is moved.
        return shapely.MultiPolygon([piece_outline(*args), triangle(36.1, 35.8 - 0.072, 4.8e-7)])

    monkeypatch.setattr(corridor_module, "piece_outline", with_speck)
    corridor = build_corridor(route, 6000, 6000)
    assert corridor.polygon.geom_type == "Polygon"
    assert shapely.get_num_coordinates(corridor.polygon) == shapely.get_num_coordinates(plain.polygon)
    assert corridor.polygon.area == pytest.approx(plain.polygon.area, rel=1e-12)


# -- The self-check ---------------------------------------------------------------


def test_the_reported_error_is_the_true_error_on_a_winding_road_at_30_km():
    # 100 km bending +-40 degrees, 30 km either side, round ends: every outline
    # vertex sits at the width, so the true error is |distance - width| at all of them.
    az = 30.0 + 40 * np.sin(np.linspace(0, 6 * np.pi, 100))
    lon, lat = geodesic_line(20.0, 45.0, az, 1000.0)
    route = Route.from_lonlat(lon, lat)
    corridor = build_corridor(route, 30_000, 30_000, "round")
    coords = shapely.get_coordinates(corridor.polygon)
    where = locate(route, coords[:, 0], coords[:, 1])
    distance = brute_distance(route, coords[:, 0], coords[:, 1], window_m=120_000, near_m=where.chainage_m)
    true_error = np.abs(distance - 30_000).max()
    assert corridor.max_width_error_m == pytest.approx(true_error, abs=1e-3)
    assert corridor.max_width_error_m < WIDTH_TOLERANCE_M


def _pushed(monkeypatch, metres):
    """Build with one outline vertex pushed ``metres`` outward before validation."""
    validate = corridor_module.validated

    def push(polygon):
        coords = shapely.get_coordinates(polygon)
        where = locate(route, coords[:, 0], coords[:, 1])
        k = int(np.argmin(np.abs(where.chainage_m - 10_000) + np.abs(where.distance_m - 6000)))
        az, _, _ = GEOD.inv(where.foot_lon[k], where.foot_lat[k], coords[k, 0], coords[k, 1])
        lon, lat, _ = GEOD.fwd(where.foot_lon[k], where.foot_lat[k], az, 6000 + metres)
        coords[k] = lon, lat
        return validate(shapely.transform(polygon, lambda _: coords))

    route = straight_route(36.0, 35.8, 90.0, 20_000.0)
    monkeypatch.setattr(corridor_module, "validated", push)
    return build_corridor(route, 6000, 6000)


def test_a_vertex_beyond_its_width_is_caught(monkeypatch):
    with pytest.raises(InvalidCorridorError, match=r"is 50\.00 m off its width near 36\.\d+, 35\.\d+ \(km (9\.9|10\.[01]) of the route\)"):
        _pushed(monkeypatch, 50.0)


def test_the_reported_error_covers_vertices_that_were_not_moved(monkeypatch):
    assert _pushed(monkeypatch, 0.5).max_width_error_m == pytest.approx(0.5, abs=1e-3)


def test_unequal_widths_keep_to_their_sides_where_pieces_meet():
    # 600 km of geodesic, in three pieces. A wide side's round end where pieces
    # meet used to reach 70 m across the 10 m side, 2 km2 in all.
    route = straight_route(20.0, 45.0, 70.0, 600_000.0)
    corridor = build_corridor(route, 30_000, 10)
    assert corridor.area_km2 == pytest.approx(600 * 30.01, rel=1e-4)
    coords = shapely.get_coordinates(corridor.polygon)
    where = locate(route, coords[:, 0], coords[:, 1])
    joints = [route.chainage_m[piece.first] for piece in route.pieces[1:]]
    near = np.flatnonzero((where.side != LEFT) & (np.min([np.abs(where.chainage_m - j) for j in joints], axis=0) < 40_000))
    assert near.size > 10
    distance = brute_distance(route, coords[near, 0], coords[near, 1], window_m=60_000, near_m=where.chainage_m[near])
    assert distance.max() < 10 + WIDTH_TOLERANCE_M


@pytest.mark.parametrize("left, right", [(0, 30_000), (30_000, 10)])
def test_round_ends_of_unequal_widths_pass_the_check(left, right):
    # The step where the two widths meet past a round end, and its corner at the wider width.
    az = 30.0 + 40 * np.sin(np.linspace(0, 6 * np.pi, 100))
    lon, lat = geodesic_line(20.0, 45.0, az, 1000.0)
    corridor = build_corridor(Route.from_lonlat(lon, lat), left, right, "round")
    assert corridor.max_width_error_m < WIDTH_TOLERANCE_M
    assert corridor.polygon.geom_type == "Polygon"
