"""Places in the corridor and near its edge, against the engine's flags and independent geodesy."""

import json
from pathlib import Path

import numpy as np
import pytest
import shapely

from secure_corridor.core import CorridorError, assemble_route, build_corridor, flag_incidents, patrol_segment
from secure_corridor.core.places import INSIDE, NEAR_EDGE, name_fields, places_in_corridor

from measure import AIN_AL_HAVR, GEOD, TRUMBA, brute_distance, offset_point, straight_route

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"


def sample(name):
    return json.loads((SAMPLE / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def m4_parts():
    """The route the algorithms build from the sample's road parts (105.9 km)."""
    return assemble_route([shapely.geometry.shape(f["geometry"]) for f in sample("m4_parts.geojson")["features"]])


@pytest.fixture(scope="module")
def places():
    features = sample("places.geojson")["features"]
    lon, lat = (np.array([f["geometry"]["coordinates"][axis] for f in features]) for axis in (0, 1))
    names = {field: [f["properties"].get(field) for f in features] for field in ("name_en", "name_ar")}
    return lon, lat, names


@pytest.fixture(scope="module")
def straight():
    """100 km due east from 36.0, 35.8: 6 km north, 3 km south."""
    return build_corridor(straight_route(36.0, 35.8, 90.0, 100_000.0), 6000, 3000, "flat")


def at(route, cases):
    """lon, lat arrays of (chainage m, offset m, left?) cases."""
    points = np.array([offset_point(route, *case) for case in cases])
    return points[:, 0], points[:, 1]


def test_inside_and_near_the_edge_on_each_side(straight):
    cases = [(40_000, 5_900, True), (50_000, 6_100, True), (60_000, 6_999, True), (70_000, 7_001, True),
             (30_000, 2_900, False), (20_000, 3_500, False), (10_000, 4_100, False)]
    lon, lat = at(straight.route, cases)
    found = places_in_corridor(straight, lon, lat, names={"name": list("ABCDEFG")}, margin_m=1000)
    assert [(r.names["name"], r.side) for r in found.inside] == [("E", "south"), ("A", "north")]
    assert [r.names["name"] for r in found.near_edge] == ["F", "B", "C"]  # by route km
    assert {r.status for r in found.inside} == {INSIDE} and {r.status for r in found.near_edge} == {NEAR_EDGE}
    np.testing.assert_allclose([r.outside_m for r in found.near_edge], [500, 100, 999], atol=0.01)
    assert all(r.outside_m is None for r in found.inside)
    assert [r.names["name"] for r in found.rows] == ["F", "E", "A", "B", "C"]
    assert found.by_side == {"north": 1, "south": 1, "on route": 0}


def test_a_margin_of_zero_lists_no_place_near_the_edge(straight):
    lon, lat = at(straight.route, [(50_000, 6_001, True), (50_000, 5_999, True)])
    found = places_in_corridor(straight, lon, lat, margin_m=0)
    assert (len(found.inside), len(found.near_edge)) == (1, 0)
    assert len(places_in_corridor(straight, lon, lat, margin_m=2).near_edge) == 1


def test_past_a_flat_end_the_outline_is_the_edge(straight):
    route = straight.route
    end_lon, end_lat = route.lon[-1], route.lat[-1]
    (lon0, lon1), (lat0, lat1) = route.point_at([route.length_m - 1, route.length_m])
    ahead = GEOD.inv(lon0, lat0, lon1, lat1)[0]  # the road's direction at its end, not 90: it is a geodesic
    on_axis = GEOD.fwd(end_lon, end_lat, ahead, 500)[:2]  # 500 m beyond the end, on the road's line
    north = GEOD.fwd(*GEOD.fwd(end_lon, end_lat, ahead - 90, 2000)[:2], ahead, 300)[:2]  # 2 km north, 300 m beyond
    corner = GEOD.fwd(*GEOD.fwd(end_lon, end_lat, ahead - 90, 6000)[:2], ahead - 45, 800)[:2]  # off the corner
    lon, lat = np.array([on_axis[0], north[0], corner[0]]), np.array([on_axis[1], north[1], corner[1]])
    found = places_in_corridor(straight, lon, lat, names={"name": ["axis", "north", "corner"]})
    assert not found.inside
    outside = {r.names["name"]: r.outside_m for r in found.near_edge}
    # The distance to the road less the width would be negative for the first two.
    assert outside["axis"] == pytest.approx(500, abs=1.0)
    assert outside["north"] == pytest.approx(300, abs=1.0)
    assert outside["corner"] == pytest.approx(800, abs=1.0)
    assert [r.route_km for r in found.near_edge] == [pytest.approx(route.length_km)] * 3


def test_a_corridor_on_part_of_the_route(straight):
    route = straight.route
    corridor = build_corridor(route, 6000, 6000, "flat", from_km=20, to_km=60)
    lon, lat = at(route, [(40_000, 1_000, True), (70_000, 1_000, True), (60_400, 1_000, False)])
    found = places_in_corridor(corridor, lon, lat)
    assert [round(r.route_km) for r in found.inside] == [40]
    # Beside the road beyond km 60: outside by its distance past the stretch's end, not the width.
    (near,) = found.near_edge
    assert near.route_km == pytest.approx(60.4, abs=1e-3) and near.outside_m == pytest.approx(400, abs=1.0)
    assert [(s.low_km, s.high_km, s.inside) for s in found.sections] == [(20, 30, 0), (30, 40, 0), (40, 50, 1),
                                                                        (50, 60, 0)]


def test_the_m4_places_agree_with_the_engine(m4_parts, places):
    lon, lat, names = places
    corridor = build_corridor(m4_parts, 6000, 6000)
    patrol = patrol_segment(m4_parts, TRUMBA, AIN_AL_HAVR)
    found = places_in_corridor(corridor, lon, lat, names=names, patrol=patrol)
    flags = flag_incidents(corridor, lon, lat, patrol=patrol)
    assert len(found.inside) == int(flags.in_corridor.sum()) == 23
    for row in found.inside:
        k = row.index
        assert (row.side, row.in_patrol) == (flags.side_name[k], bool(flags.in_patrol[k]))
        assert (row.distance_m, row.route_km) == (flags.distance_m[k], flags.chainage_km[k])  # exactly
        assert row.patrol_km == pytest.approx(patrol.start_km - row.route_km, abs=1e-9)  # the patrol runs west
        assert row.names == {"name_en": names["name_en"][k], "name_ar": names["name_ar"][k]}
    outside = sorted(names["name_en"][k] for k in np.flatnonzero(~flags.in_corridor))
    assert outside == ["Idlib", "Maarat Misrin"]
    assert found.near_edge == ()  # Idlib is 3.6 km outside: beyond the 1 km margin
    by_name = {row.names["name_en"]: row for row in found.inside}
    assert by_name["Trumba"].names["name_ar"] == "ترنبة"
    assert by_name["Trumba"].in_patrol and not by_name["Stamarkho"].in_patrol
    assert found.by_side == {"north": 7, "south": 5, "on route": 11}  # on the road: within 0.5 m
    assert sum(found.by_side.values()) == 23 == sum(s.inside for s in found.sections)
    assert found.missing == 0


def test_distances_and_sides_by_independent_geodesy(m4_parts, places):
    lon, lat, names = places
    corridor = build_corridor(m4_parts, 6000, 6000)
    found = places_in_corridor(corridor, lon, lat, names=names, margin_m=5000)
    rows = found.rows
    brute = brute_distance(m4_parts, [r.lon for r in rows], [r.lat for r in rows])
    np.testing.assert_allclose([r.distance_m for r in rows], brute, atol=0.5)
    # Every place within the width of its side is inside, and the one listed near the edge is not.
    for row, metres in zip(rows, brute):
        assert (row.status == INSIDE) == (metres <= 6000 + 0.5) or row.route_km in (0, m4_parts.length_km)
    (idlib,) = found.near_edge
    assert idlib.names["name_en"] == "Idlib" and idlib.side == "north"
    assert idlib.outside_m == pytest.approx(brute[rows.index(idlib)] - 6000, abs=0.5)
    # Sides by the sign of the cross product of the road's direction and the place, in a frame there.
    for row in (r for r in rows if r.side in ("north", "south")):
        (lon0, lon1), (lat0, lat1) = m4_parts.point_at([row.route_km * 1000 - 50, row.route_km * 1000 + 50])
        road_az = GEOD.inv(lon0, lat0, lon1, lat1)[0]
        place_az = GEOD.inv((lon0 + lon1) / 2, (lat0 + lat1) / 2, row.lon, row.lat)[0]
        left = np.sin(np.radians(place_az - road_az)) < 0
        assert row.side == ("north" if left else "south"), row.names


def test_sections_along_the_patrol(m4_parts, places):
    lon, lat, names = places
    corridor = build_corridor(m4_parts, 6000, 6000)
    patrol = patrol_segment(m4_parts, TRUMBA, AIN_AL_HAVR)
    along_patrol = places_in_corridor(corridor, lon, lat, names=names, patrol=patrol)
    along_route = places_in_corridor(corridor, lon, lat, names=names, section_km=25)
    assert along_patrol.along == "patrol" and along_route.along == "route"
    # The patrol starts at Trumba, route km 102.6 and runs west: the corridor spans patrol km -3.3 to 102.6.
    assert [s.low_km for s in along_patrol.sections] == list(range(-10, 110, 10))
    assert [s.low_km for s in along_route.sections] == [0, 25, 50, 75, 100]
    before_start = along_patrol.sections[0]
    assert before_start.inside == before_start.by_side["north"] == 1  # Saraqeb, 3.3 km east of Trumba
    for found in (along_patrol, along_route):
        for section in found.sections:
            rows = [r for r in found.inside if section.low_km <= (r.patrol_km if found is along_patrol else r.route_km)
                    < section.high_km]
            assert section.inside == len(rows) == sum(section.by_side.values())
    assert all(r.patrol_km is None for r in along_route.inside)
    in_patrol = [r for r in along_patrol.inside if r.in_patrol]
    assert all(-1e-9 <= r.patrol_km <= patrol.length_km + 1e-9 for r in in_patrol) and len(in_patrol) == 15


def test_places_without_a_location_are_counted_not_listed(straight):
    lon, lat = at(straight.route, [(50_000, 100, True)])
    found = places_in_corridor(straight, np.r_[lon, np.nan], np.r_[lat, np.nan], names={"name": ["A", None]})
    assert [r.names for r in found.inside] == [{"name": "A"}] and found.missing == 1


def test_bad_inputs_are_plain_errors(straight):
    with pytest.raises(CorridorError, match="name field name_ar has 1 values for 2 places"):
        places_in_corridor(straight, [36.1, 36.2], [35.8, 35.8], names={"name_en": ["A", "B"], "name_ar": ["أ"]})
    with pytest.raises(CorridorError, match="margin must be a number of metres, 0 or more; got -1"):
        places_in_corridor(straight, [36.1], [35.8], margin_m=-1)
    with pytest.raises(CorridorError, match="section length must be more than 0 km"):
        places_in_corridor(straight, [36.1], [35.8], section_km=0)


def test_name_fields_by_their_names():
    assert name_fields(["pcode", "name_en", "name_ar", "names_from", "source", "note"]) == ["name_en", "name_ar"]
    assert name_fields(["NAME", "ADM2_NAME", "placeName", "Name_1", "nameless"]) == ["NAME", "ADM2_NAME", "placeName",
                                                                                  "Name_1"]
