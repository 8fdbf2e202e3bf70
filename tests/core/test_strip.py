"""Strip chart numbers on hand-built cases: km along the patrol against signed offset."""

import numpy as np
import pytest

from secure_corridor.core import (
    CorridorError,
    Place,
    Route,
    build_corridor,
    checkpoints,
    flag_incidents,
    patrol_segment,
)
from secure_corridor.core.strip import strip_data

from measure import AIN_AL_HAVR, TRUMBA, offset_point, straight_route


@pytest.fixture(scope="module")
def eastward():
    """A straight 100 km route due east from 36.0 E, 35.8 N: north is its left side."""
    return straight_route(36.0, 35.8, 90.0, 100_000.0)


def place_at(route, name, km, offset_km=0.0, north=True):
    lon, lat = offset_point(route, km * 1000, offset_km * 1000, left=north) if offset_km else route.point_at(km * 1000)
    return Place(name, float(lon), float(lat))


def test_patrol_against_the_route_north_positive(eastward):
    route = eastward
    corridor = build_corridor(route, 6000, 4000)
    # The patrol runs from km 30 back to km 10: westwards, against the route.
    patrol = patrol_segment(route, place_at(route, "East", 30), place_at(route, "West", 10))
    points = [
        offset_point(route, 20_000, 3000, left=True),  # km 20, 3 km north
        offset_point(route, 20_000, 3000, left=False),  # km 20, 3 km south
        offset_point(route, 50_000, 3500, left=False),  # km 50, 3.5 km south: corridor, not patrol
        offset_point(route, 25_000, 7000, left=True),  # km 25, 7 km north: outside
        (np.nan, np.nan),  # no location
    ]
    lon, lat = np.array(points).T
    flags = flag_incidents(corridor, lon, lat, patrol=patrol)
    data = strip_data(route, corridor, flags, lon, lat, patrol=patrol, kinds=["shelling", "clash", None, "air strike", " "])

    assert data.x_km[:4] == pytest.approx([10.0, 10.0, -20.0, 5.0], abs=1e-4)
    assert data.y_km[:4] == pytest.approx([3.0, -3.0, -3.5, 7.0], abs=1e-4)
    assert np.isnan(data.x_km[4]) and np.isnan(data.y_km[4])
    assert data.category.tolist() == ["patrol", "patrol", "corridor", "outside", "missing"]
    assert data.kinds.tolist() == ["shelling", "clash", "", "air strike", ""]
    assert data.kind_names() == ("shelling", "clash", "air strike")
    assert data.plotted.tolist() == [True, True, True, True, False]
    assert data.counts() == {"patrol": 2, "corridor": 1, "outside": 1, "missing": 1}
    # The north edge is up, the south edge down, whatever the patrol's direction.
    assert data.side_names == ("north", "south") and data.edges_km == (6.0, -4.0)
    assert data.patrol_x_km == pytest.approx((0.0, 20.0), abs=1e-4)
    assert data.patrol_names == ("East", "West")
    # The route's start (km 0) is 30 km ahead of the patrol's start; its end 70 km behind.
    assert data.route_x_km == pytest.approx((-70.0, 30.0), abs=1e-4)
    assert data.corridor_x_km == pytest.approx((-70.0, 30.0), abs=1e-4)
    assert data.x_label == "km from East towards West"
    assert data.y_label == "north ↑ / south ↓ (km from the road)"
    assert data.in_window is None


def test_without_a_patrol_x_is_the_route_km(eastward):
    route = eastward
    corridor = build_corridor(route, 6000, 6000, from_km=10, to_km=60)
    lon, lat = np.array([offset_point(route, 20_000, 3000, left=True)]).T
    data = strip_data(route, corridor, None, lon, lat)  # flagged here
    assert data.x_km == pytest.approx([20.0], abs=1e-4) and data.y_km == pytest.approx([3.0], abs=1e-4)
    assert data.category.tolist() == ["corridor"]
    assert data.corridor_x_km == pytest.approx((10.0, 60.0))
    assert data.route_x_km == pytest.approx((0.0, 100.0), abs=1e-4)
    assert data.patrol_x_km is None and data.patrol_names is None
    assert data.x_label == "km along the route (west to east)"
    assert data.kinds.tolist() == [""]


def test_checkpoint_positions_and_labels(eastward):
    route = eastward
    corridor = build_corridor(route, 6000, 6000)
    patrol = patrol_segment(route, place_at(route, "East", 30), place_at(route, "West", 7.5))
    stops = checkpoints(patrol, 10)
    data = strip_data(route, corridor, None, [], [], patrol=patrol, checkpoints=stops)
    assert data.checkpoint_x_km == pytest.approx([0.0, 10.0, 20.0, 22.5], abs=1e-4)
    assert data.checkpoint_labels == ("km 0", "km 10", "km 20", "km 22.5")
    assert len(data) == 0 and data.counts()["patrol"] == 0
    # Without a patrol the same checkpoints sit at their route km.
    plain = strip_data(route, corridor, None, [], [], checkpoints=stops)
    assert plain.checkpoint_x_km == pytest.approx([30.0, 20.0, 10.0, 7.5], abs=1e-4)


def test_place_chainages_sides_and_filter(eastward):
    route = eastward
    corridor = build_corridor(route, 6000, 6000)
    patrol = patrol_segment(route, place_at(route, "East", 30), place_at(route, "West", 10))
    places = [
        place_at(route, "Town A", 15, 1.0, north=False),  # km 15, 1 km south
        ("Town B", *offset_point(route, 40_000, 2000, left=True)),  # a (name, lon, lat) tuple
        place_at(route, "Far town", 50, 20.0),  # 20 km north: not near the road
        Place("Past the end", 37.5, 35.8),  # beyond the route's east end
        place_at(route, "Town C", 28),  # on the road
    ]
    data = strip_data(route, corridor, None, [], [], patrol=patrol, places=places)
    # In order along x (from the patrol's start at km 30, westwards).
    assert data.place_names == ("Town B", "Town C", "Town A")
    assert data.place_x_km == pytest.approx([-10.0, 2.0, 15.0], abs=1e-4)
    assert data.place_y_km == pytest.approx([2.0, 0.0, -1.0], abs=1e-4)
    wider = strip_data(route, corridor, None, [], [], patrol=patrol, places=places, places_within_km=25)
    assert "Far town" in wider.place_names and "Past the end" not in wider.place_names


def test_a_reversed_route_keeps_north_up():
    # East to west: north is the route's right side, and still positive.
    route = Route.from_lonlat([36.0 + 100_000 / 90_400, 36.0], [35.8, 35.8])
    assert route.side_names == ("south", "north")
    corridor = build_corridor(route, 2000, 5000)  # 2 km south (left), 5 km north (right)
    (lon, lat) = offset_point(route, 20_000, 3000, left=False)  # north of the road
    data = strip_data(route, corridor, None, [lon], [lat])
    assert data.y_km == pytest.approx([3.0], abs=1e-4)
    assert data.side_names == ("north", "south") and data.edges_km == (5.0, -2.0)
    assert data.x_label == "km along the route (east to west)"


def test_north_south_route_has_west_up():
    route = straight_route(36.0, 35.0, 0.0, 50_000.0)  # south to north: west is left
    corridor = build_corridor(route, 3000, 3000)
    lon, lat = offset_point(route, 10_000, 1000, left=False)  # 1 km east
    data = strip_data(route, corridor, None, [lon], [lat])
    assert data.y_km == pytest.approx([-1.0], abs=1e-4)
    assert data.y_label == "west ↑ / east ↓ (km from the road)"


def test_m4_trumba_to_ain_al_havr(m4):
    corridor = build_corridor(m4, 6000, 6000)
    patrol = patrol_segment(m4, TRUMBA, AIN_AL_HAVR)
    lon, lat = np.array([offset_point(m4, (patrol.start_km - 5) * 1000, 2000, left=True)]).T
    dates = np.array(["2020-03-10"], dtype="datetime64[s]")
    flags = flag_incidents(corridor, lon, lat, patrol=patrol, dates=dates, date_from="2020-03-15")
    data = strip_data(m4, corridor, flags, lon, lat, patrol=patrol, places=[TRUMBA, AIN_AL_HAVR])
    assert data.x_km == pytest.approx([5.0], abs=1e-3) and data.y_km == pytest.approx([2.0], abs=1e-3)
    assert data.category.tolist() == ["patrol"] and data.in_window.tolist() == [False]
    assert data.place_names == ("Trumba", "Ain al-Havr")
    assert data.place_x_km == pytest.approx([0.0, patrol.length_km], abs=0.05)
    assert data.title == "Incidents along the patrol Trumba → Ain al-Havr"


def test_mismatched_lengths_are_refused(eastward):
    corridor = build_corridor(eastward, 6000, 6000)
    flags = flag_incidents(corridor, [36.1], [35.8])
    with pytest.raises(CorridorError, match="There are 2 incident points for 1 flagged incidents"):
        strip_data(eastward, corridor, flags, [36.1, 36.2], [35.8, 35.8])
    with pytest.raises(CorridorError, match="There are 2 kinds for 1 incidents"):
        strip_data(eastward, corridor, flags, [36.1], [35.8], kinds=["a", "b"])
