"""Places in the corridor and scenario comparison, run through Processing on the sample data."""

import csv
import json

import numpy as np
import pytest
import shapely
from qgis.core import (
    NULL,
    QgsCategorizedSymbolRenderer,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from qgis.PyQt.QtCore import Qt

from secure_corridor.bridge import points as reading
from secure_corridor.bridge.layers import read_lines
from secure_corridor.core import assemble_route, build_corridor, flag_incidents, patrol_segment
from secure_corridor.core.places import places_in_corridor
from secure_corridor.core.scenarios import COLUMNS, ScenarioSet, compare_scenarios
from secure_corridor.processing_provider.compare_scenarios import style_by_scenario

from sample_layers import AIN_AL_HAVR, SAMPLE, TRUMBA, m4_layer

ROAD, PLACES, INCIDENTS = (str(SAMPLE / name) for name in ("m4_parts.geojson", "places.geojson", "incidents.geojson"))
SCENARIOS = SAMPLE / "m4_scenarios.json"
ENDS = {"START": f"{TRUMBA.lon},{TRUMBA.lat} [EPSG:4326]", "END": f"{AIN_AL_HAVR.lon},{AIN_AL_HAVR.lat} [EPSG:4326]"}


class Log(QgsProcessingFeedback):
    """The run's log lines."""

    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802 (QGIS API)
        self.lines.append(info)
        super().pushInfo(info)


@pytest.fixture(scope="module")
def m4():
    """The route the algorithms assemble from the sample's road parts, and its patrol."""
    parts, labels, crs = read_lines(QgsVectorLayer(ROAD, "road", "ogr"))
    route = assemble_route(parts, crs=crs, labels=labels)
    return route, patrol_segment(route, TRUMBA, AIN_AL_HAVR)


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def test_places_in_the_m4_corridor(algorithms, m4, tmp_path):
    route, patrol = m4
    log = Log()
    result = algorithms("placesincorridor", {
        "ROAD": ROAD, "PLACES": PLACES, **ENDS, "MARGIN": 4000,
        "OUTPUT": "TEMPORARY_OUTPUT", "CSV": str(tmp_path / "places.csv"),
    }, feedback=log)
    corridor = build_corridor(route, 6000, 6000)
    _, lon, lat, _ = reading.read_points(QgsVectorLayer(PLACES, "places", "ogr"))
    flags = flag_incidents(corridor, lon, lat, patrol=patrol)
    found = places_in_corridor(corridor, lon, lat, patrol=patrol, margin_m=4000)
    assert result["INSIDE"] == int(flags.in_corridor.sum()) == len(found.inside) == 23
    assert result["NEAR_EDGE"] == 1  # Idlib, 3.6 km north of the edge; Maarat Misrin is 10.6 km out

    layer = result["OUTPUT"]
    assert layer.crs().authid() == "EPSG:4326" and layer.featureCount() == 24
    assert [f.name() for f in layer.fields()] == [
        "name_en", "name_ar", "side", "dist_m", "route_km", "patrol_km", "in_patrol", "status", "outside_m",
    ]  # names_from is a note on the names, not a name
    features = list(layer.getFeatures())
    assert [f["route_km"] for f in features] == sorted(f["route_km"] for f in features)
    by_name = {f["name_en"]: f for f in features}
    idlib, trumba = by_name["Idlib"], by_name["Trumba"]
    assert (idlib["status"], idlib["side"], idlib["in_patrol"]) == ("near edge", "north", False)
    assert idlib["outside_m"] == pytest.approx(idlib["dist_m"] - 6000, abs=1e-6)
    assert (trumba["status"], trumba["name_ar"], trumba["in_patrol"], trumba["outside_m"]) == ("inside", "ترنبة", True, NULL)
    assert trumba["patrol_km"] == pytest.approx(0, abs=0.01)
    for row in found.inside:
        feature = by_name[reading_name(row.index)]
        assert (feature["dist_m"], feature["route_km"], feature["side"]) == (
            row.distance_m, row.route_km, flags.side_name[row.index])

    rows = read_csv(tmp_path / "places.csv")
    assert list(rows[0]) == ["name_en", "name_ar", "side", "dist_m", "route_km", "patrol_km", "in_patrol", "status",
                             "outside_m", "lon", "lat"]
    assert [r["name_en"] for r in rows] == [f["name_en"] for f in features]
    assert sum(r["status"] == "inside" for r in rows) == 23 and sum(r["status"] == "near edge" for r in rows) == 1
    csv_by_name = {r["name_en"]: r for r in rows}
    assert csv_by_name["Saraqeb"]["name_ar"] == "سراقب" and csv_by_name["Ain al-Havr"]["name_ar"] == "عين الحور"
    assert (csv_by_name["Trumba"]["in_patrol"], csv_by_name["Trumba"]["outside_m"]) == ("true", "")
    assert float(csv_by_name["Idlib"]["outside_m"]) == pytest.approx(idlib["outside_m"], abs=1e-6)
    assert float(csv_by_name["Trumba"]["lon"]) == pytest.approx(TRUMBA.lon, abs=1e-9)
    assert "ترنبة".encode("utf-8") in (tmp_path / "places.csv").read_bytes()

    assert "23 places inside the corridor (north 7, south 5, on the road 11); 1 outside it within 4000 m of its edge." in log.lines
    assert "Places inside per 10 km along the patrol, from its start:" in log.lines
    assert "  km -10 to 0: 1 (north 1, south 0, on the road 0)" in log.lines  # Saraqeb, east of Trumba
    sections = [line for line in log.lines if line.startswith("  km ")]
    assert len(sections) == 12 and sum(int(line.split(": ")[1].split(" ")[0]) for line in sections) == 23


def reading_name(index):
    return json.loads((SAMPLE / "places.geojson").read_text(encoding="utf-8"))["features"][index]["properties"]["name_en"]


def test_chosen_name_fields_and_no_patrol(algorithms):
    result = algorithms("placesincorridor", {
        "ROAD": ROAD, "PLACES": PLACES, "NAME_FIELDS": ["name_ar"], "NORTH_WIDTH": 5000, "SOUTH_WIDTH": 3000,
        "OUTPUT": "TEMPORARY_OUTPUT",
    })
    layer = result["OUTPUT"]
    assert [f.name() for f in layer.fields()][:2] == ["name_ar", "side"]
    assert {f["patrol_km"] for f in layer.getFeatures()} == {NULL}
    # Saraqeb lies 0.6 m past the road's east end: with unequal widths the flat end leaves it 1 cm out.
    assert (result["INSIDE"], result["NEAR_EDGE"], "CSV" in result) == (22, 1, False)
    (saraqeb,) = (f for f in layer.getFeatures() if f["status"] == "near edge")
    assert saraqeb["name_ar"] == "سراقب" and saraqeb["outside_m"] < 0.05


def test_the_places_come_out_in_the_road_s_crs(algorithms):
    from pyproj import Transformer

    layer = algorithms("placesincorridor", {"ROAD": m4_layer("EPSG:32637"), "PLACES": PLACES,
                                            "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    assert layer.crs().authid() == "EPSG:32637"
    (trumba,) = (f for f in layer.getFeatures() if f["name_en"] == "Trumba")
    x, y = Transformer.from_crs("EPSG:4326", "EPSG:32637", always_xy=True).transform(TRUMBA.lon, TRUMBA.lat)
    assert trumba.geometry().asPoint().distance(QgsPointXY(x, y)) < 0.01


def test_a_missing_name_field_is_named(algorithms):
    with pytest.raises(QgsProcessingException, match="The places layer has no field 'nom'; its fields are name_en"):
        algorithms("placesincorridor", {"ROAD": ROAD, "PLACES": PLACES, "NAME_FIELDS": ["nom"],
                                        "OUTPUT": "TEMPORARY_OUTPUT"})


def test_compare_the_m4_scenarios(algorithms, m4, tmp_path):
    route, patrol = m4
    gpkg = tmp_path / "corridors.gpkg"
    result = algorithms("comparescenarios", {
        "ROAD": ROAD, "SCENARIOS": str(SCENARIOS), "INCIDENTS": INCIDENTS, "DATE_FIELD": "date", "PLACES": PLACES,
        "OUTPUT_TABLE": str(tmp_path / "scenarios.csv"), "CORRIDORS": str(gpkg),
    })
    rows = read_csv(tmp_path / "scenarios.csv")
    assert list(rows[0]) == [*COLUMNS, "patrol_start", "patrol_end", "date_from", "date_to"]
    assert [(r["name"], float(r["north_m"]), float(r["south_m"])) for r in rows] == [
        ("6 + 6 km", 6000, 6000), ("5 + 5 km", 5000, 5000), ("6 km north + 3 km south", 6000, 3000),
        ("8 + 4 km", 8000, 4000),
    ]
    assert result["SCENARIOS_COMPARED"] == 4

    points = reading.read_point_parts(QgsVectorLayer(INCIDENTS, "incidents", "ogr"), date_field="date")
    _, place_lon, place_lat, _ = reading.read_points(QgsVectorLayer(PLACES, "places", "ogr"))
    core = compare_scenarios(route, ScenarioSet.load(SCENARIOS), points.lon, points.lat, points.dates, points.parts_of,
                             place_lon, place_lat)
    for row, expected in zip(rows, core):
        assert float(row["area_km2"]) == pytest.approx(expected.area_km2, abs=1e-6)
        assert float(row["area_km2"]) == pytest.approx(build_corridor(route, expected.north_m, expected.south_m).area_km2,
                                                       abs=1e-6)
        assert float(row["patrol_km"]) == pytest.approx(patrol.length_km, abs=1e-6)
        for column in ("incidents_inside", "incidents_in_patrol", "incidents_in_window", "places_inside",
                       "places_in_patrol"):
            assert int(row[column]) == getattr(expected, column), (row["name"], column)
        assert (row["patrol_start"], row["patrol_end"], row["date_from"], row["date_to"]) == (
            "Trumba", "Ain al-Havr", "2020-03-15", "")
    assert [int(r["incidents_inside"]) for r in rows] == [198, 185, 166, 187]
    assert [int(r["places_inside"]) for r in rows] == [23, 23, 22, 22]
    assert [round(float(r["area_km2"])) for r in rows] == [1269, 1058, 961, 1285]

    corridors = QgsVectorLayer(result["CORRIDORS"], "corridors", "ogr")
    assert corridors.isValid() and corridors.crs().authid() == "EPSG:4326"
    outlines = {f["scenario"]: f for f in corridors.getFeatures()}
    assert list(outlines) == [r["name"] for r in rows]
    for row in rows:
        outline = outlines[row["name"]]
        assert outline["area_km2"] == pytest.approx(float(row["area_km2"]), abs=1e-6)
        shape = shapely.from_wkt(outline.geometry().asWkt())
        assert shape.is_valid and shape.geom_type == "MultiPolygon"
    style_by_scenario(corridors)
    renderer = corridors.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == "scenario"
    categories = renderer.categories()  # copies: their symbols live as long as they do
    assert [c.value() for c in categories] == [r["name"] for r in rows]
    outlines = [c.symbol().symbolLayer(0) for c in categories]
    assert len({layer.strokeColor().name() for layer in outlines}) == 4
    assert {layer.brushStyle() for layer in outlines} == {Qt.BrushStyle.NoBrush}


def test_a_window_without_a_date_field_leaves_it_empty(algorithms, tmp_path):
    log = Log()
    algorithms("comparescenarios", {
        "ROAD": ROAD, "SCENARIOS": str(SCENARIOS), "INCIDENTS": INCIDENTS, "OUTPUT_TABLE": str(tmp_path / "t.csv"),
    }, feedback=log)
    rows = read_csv(tmp_path / "t.csv")
    assert [r["incidents_in_window"] for r in rows] == [""] * 4 and [r["places_inside"] for r in rows] == [""] * 4
    assert [int(r["incidents_inside"]) for r in rows] == [198, 185, 166, 187]


def test_a_bad_scenario_file_names_the_field_and_writes_nothing(algorithms, tmp_path):
    data = json.loads(SCENARIOS.read_text(encoding="utf-8"))
    data["scenarios"][3]["right_width_m"] = -4000
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    table, gpkg = tmp_path / "table.csv", tmp_path / "corridors.gpkg"
    with pytest.raises(QgsProcessingException) as caught:
        algorithms("comparescenarios", {
            "ROAD": ROAD, "SCENARIOS": str(bad), "OUTPUT_TABLE": str(table), "CORRIDORS": str(gpkg),
        })
    assert str(caught.value) == "Scenario '8 + 4 km', field 'right_width_m': must be 0 or more, got -4000"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json"]


def test_duplicate_scenario_names_are_refused(algorithms, tmp_path):
    data = json.loads(SCENARIOS.read_text(encoding="utf-8"))
    data["scenarios"][1]["name"] = "6 + 6 km"
    bad = tmp_path / "twice.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="^Scenario '6 \\+ 6 km', field 'name': scenario 1 has this name"):
        algorithms("comparescenarios", {"ROAD": ROAD, "SCENARIOS": str(bad), "OUTPUT_TABLE": str(tmp_path / "t.csv")})
    assert not (tmp_path / "t.csv").exists()
