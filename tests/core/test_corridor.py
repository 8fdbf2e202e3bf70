"""Corridor outlines against independent geodesic measurements (pyproj's Geod)."""

import numpy as np
import pytest
import shapely

from secure_corridor.core import CorridorError, Route, build_corridor, flag_incidents, locate
from secure_corridor.core.corridor import MAX_WIDTH_M
from secure_corridor.core.locate import LEFT
from secure_corridor.core.validate import without_specks

from measure import GEOD, brute_distance, geodesic_line, straight_route


def outline_errors(corridor, sample=400, window_m=None):
    """|distance - width| of the outline's offset vertices, and the largest excess
    of any vertex over its side's width, measured by brute force."""
    coords = shapely.get_coordinates(corridor.polygon)
    coords = coords[:: max(1, len(coords) // sample)]
    stretch = corridor.stretch
    where = locate(stretch, coords[:, 0], coords[:, 1])
    near = where.chainage_m if window_m else None
    dist = brute_distance(stretch, coords[:, 0], coords[:, 1], window_m=window_m, near_m=near)
    width = np.where(where.side == LEFT, corridor.left_m, corridor.right_m)
    # Offset vertices: away from both ends (cap vertices lie within a width of one).
    n = len(coords)
    to_start = GEOD.inv(coords[:, 0], coords[:, 1], np.full(n, stretch.lon[0]), np.full(n, stretch.lat[0]))[2]
    to_end = GEOD.inv(coords[:, 0], coords[:, 1], np.full(n, stretch.lon[-1]), np.full(n, stretch.lat[-1]))[2]
    alongside = np.minimum(to_start, to_end) > np.maximum(corridor.left_m, corridor.right_m) + 1.0
    offset = alongside & (dist > 0.5 * width)
    return np.abs(dist[offset] - width[offset]), (dist - np.maximum(corridor.left_m, corridor.right_m)).max(), offset.sum()


def test_straight_100_km_corridor_has_1200_km2():
    route = straight_route(36.0, 35.8, 90.0, 100_000.0)
    corridor = build_corridor(route, 6000, 6000, "flat")
    assert corridor.area_km2 == pytest.approx(1200.0, rel=1e-3)
    assert corridor.polygon.geom_type == "Polygon" and corridor.polygon.is_valid
    errors, excess, count = outline_errors(corridor)
    assert count > 50
    assert errors.max() < 1.0
    assert excess < 1.0


@pytest.mark.parametrize(
    "lat, azimuth, length_km",
    [(0.0, 90.0, 1.0), (35.8, 90.0, 100.0), (35.8, 30.0, 500.0), (60.0, 0.0, 300.0), (70.0, 80.0, 400.0), (-45.0, 120.0, 200.0)],
)
def test_outline_vertices_within_1_m_of_width(lat, azimuth, length_km):
    # A road with bends: the azimuth swings +-40 degrees along it.
    steps = max(2, int(length_km))  # 1 km steps
    az = azimuth + 40 * np.sin(np.linspace(0, 6 * np.pi, steps))
    lon, la = geodesic_line(20.0, lat, az, length_km * 1000 / steps)
    route = Route.from_lonlat(lon, la)
    corridor = build_corridor(route, 6000, 4000, "flat")
    errors, excess, count = outline_errors(corridor, window_m=60_000)
    assert count > 0 or length_km < 20  # a short road's outline is all end caps
    assert corridor.max_width_error_m < 1.0
    assert errors.max() < 1.0, errors.max()
    assert excess < 1.0
    assert corridor.polygon.is_valid and corridor.polygon.geom_type == "Polygon"


def test_the_widest_corridor_allowed_keeps_1_m_on_a_winding_road():
    # MAX_WIDTH_M is what this verifies: 30 km either side of a 300 km road bending +-40 degrees.
    steps = 300
    az = 30.0 + 40 * np.sin(np.linspace(0, 6 * np.pi, steps))
    lon, lat = geodesic_line(20.0, 45.0, az, 1000.0)
    corridor = build_corridor(Route.from_lonlat(lon, lat), MAX_WIDTH_M, MAX_WIDTH_M, "flat")
    errors, excess, count = outline_errors(corridor, sample=800, window_m=4 * MAX_WIDTH_M)
    assert count > 200
    assert errors.max() < 1.0 and excess < 1.0, (errors.max(), excess)
    assert corridor.polygon.geom_type == "Polygon"
    with pytest.raises(CorridorError, match="over the limit of 30 km, the widest corridor"):
        build_corridor(Route.from_lonlat(lon, lat), MAX_WIDTH_M + 1, 6000)


def test_3000_km_route_keeps_1_m():
    az = 90 + 25 * np.sin(np.linspace(0, 20 * np.pi, 3000))
    lon, lat = geodesic_line(10.0, 45.0, az, 1000.0)
    route = Route.from_lonlat(lon, lat)
    assert route.length_km == pytest.approx(3000.0, rel=1e-9)
    corridor = build_corridor(route, 6000, 6000, "round")
    errors, excess, count = outline_errors(corridor, sample=300, window_m=60_000)
    assert count > 100
    assert errors.max() < 1.0
    assert excess < 1.0
    assert corridor.max_width_error_m < 1.0


@pytest.mark.parametrize("left, right", [(6000, 3000), (0, 6000), (6000, 0), (2000, 9000)])
@pytest.mark.parametrize("cap", ["flat", "round"])
def test_unequal_widths_on_each_side(m4, left, right, cap):
    corridor = build_corridor(m4, left, right, cap)
    errors, excess, count = outline_errors(corridor)
    assert errors.max() < 1.0
    assert excess < 1.0
    assert corridor.polygon.is_valid and corridor.polygon.geom_type == "Polygon"
    # Area: about (left + right) x length, less what bends overlap.
    expected = (left + right) / 1000 * m4.length_km
    assert 0.93 * expected < corridor.area_km2 < 1.02 * expected + np.pi * max(left, right) ** 2 / 1e6


def test_one_sided_corridor_lies_on_its_side(m4):
    corridor = build_corridor(m4, 6000, 0, "flat")
    coords = shapely.get_coordinates(corridor.polygon)
    where = locate(m4, coords[:, 0], coords[:, 1])
    # Every vertex is on the route (the seam) or on the left (north).
    assert set(np.unique(where.side[where.distance_m > 1.0])) == {LEFT}
    assert m4.side_names[0] == "north"


def test_round_ends_reach_past_the_route_flat_ends_do_not():
    route = straight_route(36.0, 35.8, 90.0, 20_000.0)
    flat = build_corridor(route, 6000, 6000, "flat")
    round_ = build_corridor(route, 6000, 6000, "round")
    assert flat.area_km2 == pytest.approx(240.0, rel=1e-3)
    assert round_.area_km2 == pytest.approx(240.0 + np.pi * 36.0, rel=1e-3)
    west = route.lon[0] - 0.03  # about 2.7 km west of the start
    assert round_.polygon.contains(shapely.Point(west, 35.8))
    assert not flat.polygon.contains(shapely.Point(west, 35.8))


def test_between_two_chainages(m4):
    corridor = build_corridor(m4, 6000, 6000, "flat", from_km=20, to_km=50)
    assert corridor.stretch.length_km == pytest.approx(30.0, abs=1e-6)
    assert corridor.area_km2 == pytest.approx(12 * 30.0, rel=0.03)
    errors, excess, _ = outline_errors(corridor)
    assert errors.max() < 1.0 and excess < 1.0


AWKWARD_ROADS = {
    # Hairpin: out 20 km east, back west 1 km further north.
    "hairpin": ([90] * 20 + [0] + [270] * 20, 1000.0),
    # Zig-zag of 30 m teeth along 10 km.
    "zigzag": ([45, 135] * 200, 30.0),
    # A tight spiral, sharper than the width.
    "spiral": (list(np.arange(0, 720, 15)), 400.0),
    # A near reversal on itself.
    "reversal": ([90] * 10 + [269] * 8, 1000.0),
}


@pytest.mark.parametrize(
    "road, widths",
    # Unequal widths on a road that reverses on itself are refused (tested below).
    [(road, widths) for road in AWKWARD_ROADS for widths in [(6000, 6000), (6000, 2000)]
     if not (road == "reversal" and widths[0] != widths[1])],
)
def test_no_slivers_or_spikes_on_awkward_roads(road, widths):
    azimuths, step = AWKWARD_ROADS[road]
    lon, lat = geodesic_line(36.0, 35.8, azimuths, step)
    route = Route.from_lonlat(lon, lat)
    corridor = build_corridor(route, *widths, "flat")
    polygon = corridor.polygon
    assert polygon.is_valid
    assert polygon.geom_type == "Polygon"
    # No holes or specks: every ring is a substantial ring.
    for ring in [polygon.exterior, *polygon.interiors]:
        area = abs(GEOD.geometry_area_perimeter(shapely.Polygon(ring))[0])
        assert area > 1e6  # more than 1 km2
    errors, excess, _ = outline_errors(corridor, sample=300)
    assert excess < 1.0
    assert errors.size == 0 or errors.max() < 1.0


def test_unequal_widths_on_a_road_that_reverses_on_itself_are_refused():
    lon, lat = geodesic_line(36.0, 35.8, [90] * 10 + [269] * 8, 1000.0)
    with pytest.raises(CorridorError, match="turns back on itself"):
        build_corridor(Route.from_lonlat(lon, lat), 6000, 2000)


def test_corridor_area_matches_an_independent_fine_buffer():
    # On a short curvy road, an azimuthal equidistant projection is exact enough
    # to compare areas with a finely segmented planar buffer.
    from pyproj import Transformer

    az = 90 + 60 * np.sin(np.linspace(0, 4 * np.pi, 40))
    lon, lat = geodesic_line(36.0, 35.8, az, 500.0)
    route = Route.from_lonlat(lon, lat)
    corridor = build_corridor(route, 3000, 3000, "round")
    center = route.point_at(route.length_m / 2)
    to_plane = Transformer.from_crs(
        "EPSG:4326", f"+proj=aeqd +lat_0={float(center[1])} +lon_0={float(center[0])} +ellps=WGS84", always_xy=True
    )
    x, y = to_plane.transform(route.lon, route.lat)
    planar = shapely.buffer(shapely.LineString(np.column_stack([x, y])), 3000, quad_segs=256).area / 1e6
    assert corridor.area_km2 == pytest.approx(planar, rel=2e-4)


@pytest.mark.parametrize(
    "left, right, message",
    [(-1, 6000, "left width"), (6000, float("nan"), "right width"), (0, 0, "Both widths are 0"), (2e6, 10, "over the limit")],
)
def test_bad_widths_are_rejected_with_the_field_named(m4, left, right, message):
    with pytest.raises(CorridorError, match=message):
        build_corridor(m4, left, right)


def test_bad_end_style_and_stretch(m4):
    with pytest.raises(CorridorError, match="end style"):
        build_corridor(m4, 6000, 6000, "square")
    with pytest.raises(CorridorError, match="stretch km 50 to km 20"):
        build_corridor(m4, 6000, 6000, from_km=50, to_km=20)


def test_flat_end_on_a_road_that_bends_near_its_start():
    # A 90 degree right bend of 5 km radius from the start, then 20 km straight:
    # the flat start cuts across the bend's reach. GEOS's own flat-ended buffer
    # mislabels part of the area here; every point within 6 km whose nearest
    # road point is not an end must be inside.
    lon, lat, az = [35.0], [35.8], 90.0
    for i in range(392 + 1000):
        lo, la, back = GEOD.fwd(lon[-1], lat[-1], az, 20.0)
        lon.append(lo)
        lat.append(la)
        az = back + 180 + (np.degrees(20.0 / 5000) if i < 392 else 0)
    route = Route.from_lonlat(lon, lat)
    corridor = build_corridor(route, 6000, 6000, "flat")
    assert corridor.polygon.is_valid and corridor.max_width_error_m < 1.0
    rng = np.random.default_rng(5)
    minx, miny, maxx, maxy = corridor.polygon.buffer(0.05).bounds
    px, py = rng.uniform(minx, maxx, 20_000), rng.uniform(miny, maxy, 20_000)
    where = locate(route, px, py)
    inside = shapely.contains_xy(corridor.polygon, px, py)
    # Alongside the road: inside exactly when within the width.
    clear = (np.abs(where.distance_m - 6000) > 2.0) & (where.beyond == 0)
    assert (inside == (where.distance_m <= 6000))[clear].all()
    assert inside[clear].sum() > 5000
    # Past the flat start: inside exactly when square to some segment within
    # 6 km (measured in a local azimuthal equidistant plane, exact here to mm).
    from pyproj import Transformer

    plane = Transformer.from_crs("EPSG:4326", "+proj=aeqd +lat_0=35.8 +lon_0=35.0 +ellps=WGS84", always_xy=True)
    rx, ry = plane.transform(route.lon, route.lat)
    past = np.flatnonzero(where.beyond == -1)
    qx, qy = plane.transform(px[past], py[past])
    ax, ay, dx, dy = rx[:-1], ry[:-1], np.diff(rx), np.diff(ry)
    t = ((qx[:, None] - ax) * dx + (qy[:, None] - ay) * dy) / (dx * dx + dy * dy)
    square = (t > 0) & (t < 1)
    d = np.hypot(ax + t * dx - qx[:, None], ay + t * dy - qy[:, None])
    swept = np.where(square, d, np.inf).min(axis=1)
    sure = np.abs(swept - 6000) > 2.0
    assert past.size > 100
    assert (inside[past] == (swept <= 6000))[sure].all()
    # And the flags agree with the outline there.
    flags = flag_incidents(corridor, px[past], py[past])
    assert (flags.in_corridor == inside[past]).all()


def test_specks_left_by_seams_or_repairs_are_dropped():
    # A corridor-sized square with a zero-area sliver beside it and a 1e-6 deg² speck
    # of a hole (under 1 m²), as a seam or make_valid can leave them (GEOS-dependent).
    square = shapely.box(36.0, 35.0, 36.1, 35.1, ccw=True)
    speck = shapely.Polygon([(36.2, 35.0), (36.2 + 1e-15, 35.0), (36.2, 35.0 + 1e-15)])
    hole = [(36.05, 35.05), (36.05, 35.05 + 1e-8), (36.05 + 1e-8, 35.05)]
    kept = without_specks(shapely.MultiPolygon([shapely.Polygon(square.exterior, [hole]), speck]))
    assert kept.geom_type == "Polygon"
    assert len(kept.interiors) == 0
    assert kept.equals(square)
    # Real parts and holes stay: 100 m x 100 m is well over a speck.
    pond = [(36.05, 35.05), (36.05, 35.051), (36.051, 35.051), (36.051, 35.05)]
    two = without_specks(shapely.MultiPolygon([shapely.Polygon(square.exterior, [pond]), shapely.box(36.2, 35.0, 36.21, 35.01)]))
    assert two.geom_type == "MultiPolygon" and len(two.geoms) == 2 and len(two.geoms[0].interiors) == 1
