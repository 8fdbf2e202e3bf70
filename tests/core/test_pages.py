"""Strip pages of the route book: ranges, rotations, footprints and the one scale."""

import numpy as np
import pytest
import shapely

from secure_corridor.core import CorridorError, Place, build_corridor, patrol_segment
from secure_corridor.core.pages import (
    STANDARD_SCALES,
    choose_scale,
    corridor_edges,
    fit_scale,
    km_ticks,
    page_ranges,
    strip_pages,
    travel_widths,
)

from measure import AIN_AL_HAVR, GEOD, TRUMBA

FRAME_MM = (205.0, 170.0)


@pytest.fixture(scope="module")
def patrol(m4):
    return patrol_segment(m4, TRUMBA, AIN_AL_HAVR)


@pytest.fixture(scope="module")
def book(patrol):
    return strip_pages(patrol, 6000, 6000, FRAME_MM)


def _turn(a, b):
    """The smallest angle between two directions, in degrees."""
    return abs((a - b + 180) % 360 - 180)


def test_pages_cover_the_patrol_with_overlaps(patrol, book):
    pages = book.pages
    length = patrol.length_km
    assert 59 < length < 59.1
    assert len(pages) == 7  # ceil((59.07 - 1) / 9)
    assert [p.number for p in pages] == [1, 2, 3, 4, 5, 6, 7]
    assert pages[0].from_km == 0.0 and pages[-1].to_km == pytest.approx(length, abs=1e-12)
    for before, after in zip(pages[:-1], pages[1:]):
        assert before.to_km - after.from_km == pytest.approx(1.0, abs=1e-9)  # the overlap
    for page in pages[:-1]:
        assert page.to_km - page.from_km == pytest.approx(10.0, abs=1e-9)
    assert [p.from_km for p in pages] == pytest.approx([0, 9, 18, 27, 36, 45, 54], abs=1e-9)


def test_each_page_turns_the_road_left_to_right(patrol, book):
    for page in book.pages:
        (lon0, lon1), (lat0, lat1) = patrol.line.point_at([page.from_km * 1000, page.to_km * 1000])
        azimuth, _, _ = GEOD.inv(lon0, lat0, lon1, lat1)
        # A map turned clockwise by the rotation shows a bearing b at b + rotation: 90 is to the right.
        assert _turn(azimuth + page.rotation, 90.0) < 1.0, page.number
        assert _turn(page.bearing, azimuth) < 1e-6
        assert -180 < page.rotation <= 180
    # Trumba to Ain al-Havr runs west: the maps are about upside down.
    assert all(abs(page.rotation) > 130 for page in book.pages)


def test_footprints_hold_their_stretch_and_the_corridor(patrol, book, m4):
    corridor = build_corridor(m4, 6000, 6000)
    for page in book.pages:
        km = np.linspace(page.from_km, page.to_km, 50) * 1000
        lon, lat = patrol.line.point_at(km)
        assert shapely.contains_xy(page.footprint, lon, lat).all(), page.number
        # The footprint is the map frame on the ground, at the book's scale.
        area, _ = GEOD.geometry_area_perimeter(page.footprint)
        expected = FRAME_MM[0] * FRAME_MM[1] * (book.scale / 1000) ** 2
        assert abs(area) == pytest.approx(expected, rel=1e-3)
        # Both corridor edges square to the stretch's middle are on the page.
        middle = (page.from_km + page.to_km) / 2 * 1000
        (lon0, lon1), (lat0, lat1) = patrol.line.point_at([middle - 10, middle + 10])
        azimuth, _, _ = GEOD.inv(lon0, lat0, lon1, lat1)
        for turn in (-90, 90):
            edge_lon, edge_lat, _ = GEOD.fwd((lon0 + lon1) / 2, (lat0 + lat1) / 2, azimuth + turn, 6000)
            assert shapely.contains_xy(page.footprint, edge_lon, edge_lat), page.number
    assert shapely.union_all([p.footprint for p in book.pages]).contains(
        shapely.intersection(corridor.polygon, shapely.box(*patrol.line.geometry.buffer(0.001).bounds)).centroid
    )


def test_the_scale_is_the_largest_standard_one_every_page_fits(patrol, book):
    assert book.scale == 100_000
    across = max(page.need_m[1] for page in book.pages)
    assert 14_000 < across < FRAME_MM[1] * 100  # 12 km of corridor, the road's bends and margins
    assert across > FRAME_MM[1] * 50  # too tall for 1:50 000
    assert fit_scale(10_000, 8_000, FRAME_MM) == 50_000
    assert choose_scale([(10_000, 8_000), (12_000, 14_500)], FRAME_MM) == 100_000
    assert choose_scale([(10_000, 8_000)], FRAME_MM, scale=25_000) == 25_000
    given = strip_pages(patrol, 6000, 6000, FRAME_MM, scale=250_000)
    assert given.scale == 250_000
    assert list(STANDARD_SCALES[:8]) == [1000, 2000, 2500, 5000, 10_000, 20_000, 25_000, 50_000]
    assert 300_000 <= book.overview_scale((277, 130)) <= 500_000


def test_a_short_patrol_is_one_page_and_known_lengths_give_known_counts(m4):
    short = patrol_segment(m4, TRUMBA, Place("east of Trumba", 36.72, 35.85))
    assert short.length_km < 10
    (page,) = strip_pages(short, 6000, 6000, FRAME_MM).pages
    assert (page.from_km, page.to_km) == (0.0, pytest.approx(short.length_km))
    assert len(page_ranges(10.0)) == 1
    assert len(page_ranges(10.5)) == 2
    assert len(page_ranges(100.0)) == 11  # 0-10, 9-19, ..., 90-100
    assert page_ranges(100.0)[-1] == (90.0, 100.0)
    assert len(page_ranges(100.0, page_km=20, overlap_km=0)) == 5
    assert page_ranges(25.0) == [(0.0, 10.0), (9.0, 19.0), (18.0, 25.0)]


def test_bad_page_options_are_refused():
    with pytest.raises(CorridorError, match="page length must be more than 0"):
        page_ranges(50.0, page_km=0)
    with pytest.raises(CorridorError, match="overlap"):
        page_ranges(50.0, page_km=5, overlap_km=5)
    with pytest.raises(CorridorError, match="the most is 1,000"):
        page_ranges(5000.0, page_km=2, overlap_km=1.9)


def test_widths_follow_the_direction_of_travel(m4, patrol):
    corridor = build_corridor(m4, 6000, 2000)
    # Travelling west, north (the route's left, 6 km) is on the right.
    assert travel_widths(corridor, patrol) == (2000, 6000)
    book = strip_pages(patrol, *travel_widths(corridor, patrol), FRAME_MM)
    assert book.scale == 100_000


def test_km_ticks_and_corridor_edges(m4, patrol):
    ticks = km_ticks(patrol)
    assert ticks.km.tolist() == list(range(60))  # km 0 to km 59 of 59.07
    length, = {round(GEOD.geometry_length(line)) for line in ticks.lines[1:-1]}
    assert length == 500
    corridor = build_corridor(m4, 6000, 3000)
    edges = corridor_edges(corridor)
    assert sorted((edge.side, edge.width_m) for edge in edges) == [("north", 6000.0), ("south", 3000.0)]
    for edge in edges:
        assert GEOD.geometry_length(edge.line) > 0.9 * m4.length_m
