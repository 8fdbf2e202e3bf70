"""Patrol stretches and checkpoints on the assembled route."""

import numpy as np
import pytest
import shapely

from secure_corridor.core import (
    CorridorError,
    Place,
    SamePointError,
    SnapDistanceError,
    assemble_route,
    checkpoints,
    patrol_segment,
)

from measure import AIN_AL_HAVR, GEOD, SARAQEB, TRUMBA, m4_coordinates, offset_point


def test_trumba_to_ain_al_havr_on_the_m4(m4):
    patrol = patrol_segment(m4, TRUMBA, AIN_AL_HAVR)
    # Oriented from Trumba (east) to Ain al-Havr (west): against the route.
    assert patrol.start_km > patrol.end_km
    assert patrol.line.lon[0] > patrol.line.lon[-1]
    assert patrol.length_km == pytest.approx(patrol.start_km - patrol.end_km, abs=1e-6)
    assert patrol.length_km * 1000 == pytest.approx(GEOD.geometry_length(patrol.line.geometry), abs=1e-3)
    # Each end lies where its place snaps to the road.
    snapped = [(patrol.line.lon[0], patrol.line.lat[0]), (patrol.line.lon[-1], patrol.line.lat[-1])]
    for place, (lon, lat), offset in zip((TRUMBA, AIN_AL_HAVR), snapped, (patrol.start_offset_m, patrol.end_offset_m)):
        assert GEOD.inv(place.lon, place.lat, lon, lat)[2] == pytest.approx(offset, abs=0.05)
        assert offset < 50  # both towns are vertices of the approximate M4
    # Travelling west, north is on the right.
    assert patrol.line.side_names == ("south", "north")
    assert 55 < patrol.length_km < 65


def test_patrol_on_a_route_assembled_from_reversed_parts_with_gaps(m4):
    coords = m4_coordinates()
    parts = []
    for i in range(len(coords) - 1):
        a, b = coords[i], coords[i + 1]
        # Cut 20 m off the start of every other part: a gap; reverse every third.
        if i % 2:
            az, _, _ = GEOD.inv(a[0], a[1], b[0], b[1])
            lon, lat, _ = GEOD.fwd(a[0], a[1], az, 20.0)
            a = np.array([lon, lat])
        part = [a, b][::-1] if i % 3 == 0 else [a, b]
        parts.append(shapely.LineString(part))
    rng = np.random.default_rng(3)
    route = assemble_route([parts[i] for i in rng.permutation(len(parts))])
    assert len(route.report.bridged_gaps) == 5
    whole = patrol_segment(m4, TRUMBA, AIN_AL_HAVR)
    pieces = patrol_segment(route, TRUMBA, AIN_AL_HAVR)
    assert pieces.length_km == pytest.approx(whole.length_km, abs=0.01)
    assert pieces.start_km == pytest.approx(whole.start_km, abs=0.01)


def test_place_too_far_from_the_road_is_named(m4):
    far = Place("Farpoint", *offset_point(m4, 50_000, 30_000))
    with pytest.raises(SnapDistanceError, match=r"Farpoint is 30\.00 km from the road") as error:
        patrol_segment(m4, far, TRUMBA)
    assert error.value.distance_m == pytest.approx(30_000, abs=1)
    # A larger tolerance accepts it.
    assert patrol_segment(m4, far, TRUMBA, snap_tolerance_m=31_000).start_offset_m == pytest.approx(30_000, abs=1)


def test_same_point_twice_is_refused(m4):
    with pytest.raises(SamePointError, match="Trumba and Trumba"):
        patrol_segment(m4, TRUMBA, TRUMBA)


def test_checkpoints_every_10_km(m4):
    patrol = patrol_segment(m4, TRUMBA, AIN_AL_HAVR)
    points = checkpoints(patrol, 10)
    expected = list(np.arange(0, patrol.length_km, 10)) + [patrol.length_km]
    np.testing.assert_allclose(points.km, expected)
    np.testing.assert_allclose(points.route_km, patrol.start_km - points.km)
    # Along the road, consecutive checkpoints are 10 km apart; straight-line
    # distances can only be shorter.
    _, _, straight = GEOD.inv(points.lon[:-1], points.lat[:-1], points.lon[1:], points.lat[1:])
    assert (straight[:-1] <= 10_000 + 1e-6).all() and (straight[:-1] > 9_000).all()
    assert (points.lon[0], points.lat[0]) == pytest.approx((patrol.line.lon[0], patrol.line.lat[0]))


def test_saraqeb_to_trumba_is_short(m4):
    patrol = patrol_segment(m4, TRUMBA, SARAQEB)
    assert patrol.length_km == pytest.approx(GEOD.inv(TRUMBA.lon, TRUMBA.lat, SARAQEB.lon, SARAQEB.lat)[2] / 1000, rel=0.02)


def test_km_from_the_patrol_start_runs_along_the_patrol(m4):
    patrol = patrol_segment(m4, TRUMBA, AIN_AL_HAVR)  # against the route's direction
    km = patrol.km_from_start([patrol.start_km, patrol.end_km, patrol.start_km + 1.0])
    np.testing.assert_allclose(km, [0.0, patrol.length_km, -1.0])


@pytest.mark.parametrize("interval_km", [1e-7, 0.005])
def test_too_many_checkpoints_are_refused_before_they_are_made(m4, interval_km):
    # 59 km every 1e-7 km would be 590 million points (24 GB); 10,000 is the most.
    patrol = patrol_segment(m4, TRUMBA, AIN_AL_HAVR)
    with pytest.raises(CorridorError, match=r"makes [\d,]+ checkpoints on the 59.1 km patrol; the most is 10,000"):
        checkpoints(patrol, interval_km)
    assert len(checkpoints(patrol, 0.006).km) == 9_846  # just under the most: made


@pytest.mark.parametrize("lon, lat, axis", [("36.77", 35.86, "lon"), (36.77, None, "lat"), (True, 35.86, "lon")])
def test_a_place_with_coordinates_that_are_not_numbers_is_a_clear_error(lon, lat, axis):
    with pytest.raises(CorridorError, match=f"Trumba's {axis} must be a number of degrees"):
        Place("Trumba", lon, lat)


def test_a_place_takes_numpy_numbers_as_plain_floats():
    place = Place("Trumba", np.array(36.76914), np.float64(35.86034))
    assert (type(place.lon), type(place.lat)) == (float, float) and place.lon == 36.76914
