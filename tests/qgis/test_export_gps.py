"""secure_corridor:exportgpx on the sample data: a GPX that GDAL reads, which
follows the patrol within 1 m, with waypoints at their km; the same as KML."""

import json

import numpy as np
import pytest
from osgeo import ogr
from qgis.core import QgsApplication, QgsProcessingException

from secure_corridor.bridge import layers
from secure_corridor.core import Place, Route, assemble_route, checkpoints, locate, patrol_segment
from secure_corridor.core.geodesy import inverse

from sample_layers import SAMPLE

ROAD = SAMPLE / "m4_parts.geojson"
PLACES = SAMPLE / "places.geojson"
GPX_LAYERS = {"waypoints", "routes", "tracks", "route_points", "track_points"}


def sample_place(name):
    for feature in json.loads(PLACES.read_text(encoding="utf-8"))["features"]:
        if feature["properties"]["name_en"] == name:
            return Place(name, *feature["geometry"]["coordinates"][:2])
    raise LookupError(name)


@pytest.fixture(scope="module")
def patrol():
    """The patrol as the engine cuts it, from the same files."""
    from qgis.core import QgsVectorLayer

    road = QgsVectorLayer(str(ROAD), "road", "ogr")
    parts, labels, crs = layers.read_lines(road)
    route = assemble_route(parts, crs=crs, labels=labels)
    return patrol_segment(route, sample_place("Trumba"), sample_place("Ain al-Havr"))


@pytest.fixture
def export(algorithms, tmp_path):
    def run(**parameters):
        return algorithms("exportgpx", {
            "INPUT": str(ROAD), "PLACES": str(PLACES), "NAME_FIELD": "name_en",
            "START_PLACE": "Trumba", "END_PLACE": "Ain al-Havr", "OUTPUT": str(tmp_path / "patrol.gpx"),
            **parameters,
        })
    return run


def opened(path):
    data = ogr.Open(str(path))
    assert data is not None, path
    return data


def features(data, layer):
    return list(data.GetLayerByName(layer))


def points_of(feature):
    """lon, lat arrays of a feature's (multi)line or point."""
    # A copy: the geometry GDAL hands out dies with its feature.
    geometry = feature.GetGeometryRef().Clone()
    parts = [geometry.GetGeometryRef(k) for k in range(geometry.GetGeometryCount())] or [geometry]
    xy = np.array([point[:2] for part in parts for point in part.GetPoints()])
    return xy[:, 0], xy[:, 1]


def test_the_algorithm_is_listed(algorithms):
    provider = QgsApplication.processingRegistry().providerById("secure_corridor")
    algorithm = provider.algorithm("exportgpx")
    assert algorithm.displayName() == "Patrol to GPS files (GPX, KML)"
    assert "<b>Gap tolerance</b>" in algorithm.shortHelpString()
    assert {"CHECKPOINT_INTERVAL", "CORRIDOR_EDGES", "NORTH_WIDTH", "SOUTH_WIDTH", "OUTPUT", "KML",
            "START_PLACE", "END_PLACE", "REVERSE"} <= {p.name() for p in algorithm.parameterDefinitions()}


def test_the_gpx_follows_the_patrol_within_1_m(export, patrol, tmp_path):
    result = export(CHECKPOINT_INTERVAL=10, CORRIDOR_EDGES=True, KML=str(tmp_path / "patrol.kml"))
    stops = checkpoints(patrol, 10)
    assert result["OUTPUT"] == str(tmp_path / "patrol.gpx")
    assert result["KML"] == str(tmp_path / "patrol.kml")
    assert result["WAYPOINTS"] == len(stops.km) == 7

    gpx = opened(result["OUTPUT"])
    assert {gpx.GetLayer(k).GetName() for k in range(gpx.GetLayerCount())} == GPX_LAYERS

    # The patrol's track: within 1 m of the patrol, and the patrol within 1 m of it.
    tracks = features(gpx, "tracks")
    assert [t["name"] for t in tracks] == ["Trumba to Ain al-Havr", "north edge (6 km)", "south edge (6 km)"]
    lon, lat = points_of(tracks[0])
    assert lon.size == patrol.line.lon.size
    off_m = locate(patrol.line, lon, lat).distance_m
    assert off_m.max() < 0.01  # 8 decimals: about a millimetre
    back_m = locate(Route.from_lonlat(lon, lat), patrol.line.lon, patrol.line.lat).distance_m
    assert back_m.max() < 0.01
    assert len(features(gpx, "track_points")) == sum(points_of(t)[0].size for t in tracks)

    # The waypoints: km 0, every 10 km, the end; each on the patrol at its km.
    waypoints = features(gpx, "waypoints")
    assert [w["name"] for w in waypoints] == list(stops.labels) == [
        "km 0", "km 10", "km 20", "km 30", "km 40", "km 50", f"km {patrol.length_km:.1f}"
    ]
    assert (waypoints[0]["cmt"], waypoints[-1]["cmt"]) == ("Trumba", "Ain al-Havr")
    lon = np.array([w.GetGeometryRef().GetX() for w in waypoints])
    lat = np.array([w.GetGeometryRef().GetY() for w in waypoints])
    where = locate(patrol.line, lon, lat)
    assert where.distance_m.max() < 0.01
    assert np.abs(where.chainage_m - stops.km * 1000).max() < 0.01
    assert inverse(lon, lat, stops.lon, stops.lat)[2].max() < 0.01

    # The route through them, in order.
    (route,) = features(gpx, "routes")
    assert route["name"] == "Trumba to Ain al-Havr"
    assert [p["name"] for p in features(gpx, "route_points")] == list(stops.labels)

    # The edges: each vertex 6 km from the patrol, from its start to its end.
    for track, side in zip(tracks[1:], (-1, 1)):  # travelling west, north is on the right
        lon, lat = points_of(track)
        edge = locate(patrol.line, lon, lat)
        assert np.abs(edge.distance_m - 6000).max() < 1.0
        assert set(edge.side) == {side}
        assert edge.chainage_m[0] < 1.0 and edge.chainage_m[-1] > patrol.line.length_m - 1.0

    # The KML: the same waypoints, route and tracks.
    kml = opened(result["KML"])
    assert [kml.GetLayer(k).GetName() for k in range(kml.GetLayerCount())] == ["waypoints", "routes", "tracks"]
    kml_waypoints = features(kml, "waypoints")
    assert [w["Name"] for w in kml_waypoints] == list(stops.labels)
    kml_lon = np.array([w.GetGeometryRef().GetX() for w in kml_waypoints])
    kml_lat = np.array([w.GetGeometryRef().GetY() for w in kml_waypoints])
    assert inverse(kml_lon, kml_lat, stops.lon, stops.lat)[2].max() < 0.01
    assert [t["Name"] for t in features(kml, "tracks")] == [t["name"] for t in tracks]
    kml_lon, kml_lat = points_of(features(kml, "tracks")[0])
    assert locate(patrol.line, kml_lon, kml_lat).distance_m.max() < 0.01


def test_without_checkpoints_and_kml_the_waypoints_are_the_two_ends(export, patrol, tmp_path):
    result = export()
    assert "KML" not in result and result["WAYPOINTS"] == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["patrol.gpx"]
    gpx = opened(result["OUTPUT"])
    assert [w["name"] for w in features(gpx, "waypoints")] == ["km 0", f"km {patrol.length_km:.1f}"]
    assert [t["name"] for t in features(gpx, "tracks")] == ["Trumba to Ain al-Havr"]


def test_temporary_outputs_are_gpx_and_kml_files(export):
    result = export(OUTPUT="TEMPORARY_OUTPUT", KML="TEMPORARY_OUTPUT")
    assert result["OUTPUT"].endswith(".gpx") and result["KML"].endswith(".kml")
    for path, name in ((result["OUTPUT"], "name"), (result["KML"], "Name")):
        assert [w[name] for w in features(opened(path), "waypoints")][0] == "km 0"


def test_a_bad_input_is_explained_and_writes_no_file(export, tmp_path):
    with pytest.raises(QgsProcessingException) as raised:
        export(END_PLACE="Atlantis", KML=str(tmp_path / "patrol.kml"))
    assert str(raised.value) == (
        "The patrol end: no place in 'places' (field name_en) is called 'Atlantis' or anything like it."
    )
    with pytest.raises(QgsProcessingException) as raised:
        export(CORRIDOR_EDGES=True, NORTH_WIDTH=0, SOUTH_WIDTH=0, KML=str(tmp_path / "patrol.kml"))
    assert str(raised.value).startswith("Both widths are 0")
    assert list(tmp_path.iterdir()) == []


def test_a_kml_that_cannot_be_written_leaves_no_gpx_either(export, tmp_path):
    (tmp_path / "patrol.kml").mkdir()  # a folder where the file should go
    with pytest.raises(QgsProcessingException) as raised:
        export(KML=str(tmp_path / "patrol.kml"))
    assert str(raised.value).startswith(f"Could not write {tmp_path / 'patrol.kml'}: ")
    assert [p.name for p in tmp_path.iterdir()] == ["patrol.kml"]
