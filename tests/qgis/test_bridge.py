"""Reading QGIS layers into the engine and writing its results back."""

import numpy as np
import pytest
from qgis.core import (
    NULL,
    QgsProject,
    QgsWkbTypes,
)

from secure_corridor.bridge import points as reading
from secure_corridor.bridge import features as out
from secure_corridor.bridge import flagging, layers, project
from secure_corridor.core import (
    CorridorError,
    DegenerateLineError,
    assemble_route,
    build_corridor,
    patrol_segment,
)

from sample_layers import (
    AIN_AL_HAVR,
    CURVES,
    TRUMBA,
    arc_length_m,
    gdal_layer,
    m4_coordinates,
    m4_layer,
    multipoint_layer,
    one_point_road,
    point_layer,
)



def test_selected_road_features_only(qgis_app):
    road = m4_layer()
    road.selectByIds([1, 2])
    parts, labels, crs = layers.read_lines(road, layers.features_of(road, selected_only=True))
    assert len(parts) == 2 and sorted(labels) == ["feature 1 of 'M4'", "feature 2 of 'M4'"]
    road.removeSelection()
    with pytest.raises(CorridorError, match="No features are selected in 'M4'"):
        layers.features_of(road, selected_only=True)


def test_a_point_layer_is_not_a_road(qgis_app):
    with pytest.raises(CorridorError, match="'incidents' is a point layer; choose a line layer"):
        layers.read_lines(point_layer([(36.5, 35.8, None, "x")]))


def test_points_dates_and_missing_geometry(qgis_app):
    source = point_layer(
        [(36.5, 35.8, "2020-03-15", "shelling"), (None, None, "2020-03-16", "clash"), (36.6, 35.9, None, "air strike")],
        crs="EPSG:32637",
    )
    ids, lon, lat, dates = reading.read_points(source, date_field="day")
    assert list(ids) == [1, 2, 3]
    assert lon[0] == pytest.approx(36.5, abs=1e-9) and lat[0] == pytest.approx(35.8, abs=1e-9)
    assert np.isnan(lon[1]) and np.isnan(lat[1])
    assert str(dates.days[0]) == "2020-03-15" and np.isnat(dates.days[2]) and dates.empty[2]


def test_results_in_the_road_crs_styled_in_one_group_replaced_on_rebuild(qgis_app, tmp_path):
    road = m4_layer("EPSG:32637")
    parts, labels, crs = layers.read_lines(road)
    route = assemble_route(parts, crs=crs, labels=labels)
    corridor = build_corridor(route, 6000, 6000)
    patrol = patrol_segment(route, TRUMBA, AIN_AL_HAVR)
    fields, features = out.corridor_features(corridor, road.crs())
    layer = project.memory_layer("corridor", "Polygon", road.crs(), fields, features)
    assert layer.crs().authid() == "EPSG:32637"
    (feature,) = layer.getFeatures()
    assert feature["north_m"] == 6000 and feature["left_side"] == "north"
    assert feature["area_km2"] == pytest.approx(corridor.area_km2)
    # Planar area in UTM is within 0.1% of the geodesic area here.
    assert feature.geometry().area() / 1e6 == pytest.approx(corridor.area_km2, rel=1e-3)

    fields, features = out.patrol_features(patrol, road.crs())
    line = project.memory_layer("patrol", "LineString", road.crs(), fields, features)
    saved = project.write_geopackage(tmp_path / "out.gpkg", [layer, line])
    assert [s.featureCount() for s in saved] == [1, 1]
    assert all(s.isValid() for s in saved)
    (saved_patrol,) = saved[1].getFeatures()
    assert saved_patrol["length_km"] == pytest.approx(patrol.length_km)

    group = project.show("M4", [(layer, "corridor"), (line, "patrol")])
    assert group.name() == "Secure corridor - M4"
    assert [child.name() for child in group.findLayers()] == ["patrol", "corridor"]  # lines over polygons
    # Building again replaces the layers instead of piling them up.
    again = project.memory_layer("corridor", "Polygon", road.crs(), *out.corridor_features(corridor, road.crs()))
    project.show("M4", [(again, "corridor")])
    assert [child.name() for child in group.findLayers()].count("corridor") == 1
    assert again.renderer().symbol().color().alpha() < 255  # semi-transparent fill
    QgsProject.instance().clear()


def test_flagged_features_keep_every_attribute(qgis_app):
    road = m4_layer()
    route = assemble_route(*layers.read_lines(road)[:1], crs=road.sourceCrs().toWkt())
    corridor = build_corridor(route, 6000, 6000)
    source = point_layer([(36.5, 35.79, "2020-03-15", "shelling"), (None, None, None, "clash")])
    fields = flagging.flagged_fields(source)
    features = []
    found = flagging.flag_layer(source, corridor, road.crs(), features.extend, date_field="day", date_from="2020-03-15")
    assert [f.name() for f in fields] == ["kind", "day", "in_corr", "side", "dist_m", "chain_km", "in_patrol", "in_window"]
    first, second = features
    first.setFields(fields, False)
    second.setFields(fields, False)
    assert first["kind"] == "shelling" and first["in_corr"] is True and first["in_window"] is True
    assert first["side"] in ("north", "south") and first["dist_m"] < 6000
    assert second["in_corr"] is False and second["side"] == NULL and not second.hasGeometry()
    assert found.ids.tolist() == [f.id() for f in features] and found.flags.in_corridor.tolist() == [True, False]


def test_a_snapshot_reads_the_same_from_another_thread(qgis_app):
    import threading

    road = m4_layer()
    road.selectByIds([1, 3])
    snapshot = layers.LayerSnapshot(road, selected_only=True)
    got = {}
    worker = threading.Thread(target=lambda: got.update(lines=layers.read_lines(snapshot)))
    worker.start()
    worker.join()
    parts, labels, crs = got["lines"]
    assert sorted(labels) == ["feature 1 of 'M4'", "feature 3 of 'M4'"]
    assert crs == road.crs().toWkt()
    road.removeSelection()
    with pytest.raises(CorridorError, match="No features are selected"):
        layers.LayerSnapshot(road, selected_only=True)


@pytest.mark.parametrize("crs", ["EPSG:4326", "EPSG:3857", "EPSG:32637", "EPSG:22770"])
def test_any_crs_gives_the_same_corridor_within_a_metre(qgis_app, crs):
    import shapely
    from pyproj import Transformer

    reference = build_corridor(assemble_route([shapely.LineString(m4_coordinates())]), 6000, 6000)
    road = m4_layer(crs)
    parts, labels, wkt = layers.read_lines(road)
    corridor = build_corridor(assemble_route(parts, crs=wkt, labels=labels), 6000, 6000)
    # Compare in a local metric plane (UTM 37N): the outlines lie within 1 m.
    plane = Transformer.from_crs("EPSG:4326", "EPSG:32637", always_xy=True)
    a, b = (shapely.transform(c.polygon, lambda xy: np.column_stack(plane.transform(*xy.T))) for c in (reference, corridor))
    with np.errstate(invalid="ignore"):  # GEOS flags a harmless 0/0 inside
        gap = shapely.hausdorff_distance(a.exterior, b.exterior)
    assert 0 <= gap < 1.0
    assert corridor.area_km2 == pytest.approx(reference.area_km2, rel=1e-6)


# -- hostile input: curved roads, lines of one point, MultiPoint incidents ------------

@pytest.mark.parametrize("kind", CURVES)
def test_a_curved_road_is_read_as_segments_within_a_metre_of_the_arc(qgis_app, tmp_path, kind):
    from pyproj import Transformer

    wkts, epsg = CURVES[kind]
    road = gdal_layer(tmp_path / "roads.gpkg", wkts, epsg)
    assert road.isValid() and QgsWkbTypes.isCurvedType(road.wkbType())
    before = [f.geometry().asWkt() for f in road.getFeatures()]
    parts, labels, crs = layers.read_lines(road)
    assert [p.geom_type for p in parts] == ["MultiLineString" if kind.startswith("Multi") else "LineString"]
    assert not parts[0].has_z
    route = assemble_route(parts, crs=crs, labels=labels)
    assert route.length_m == pytest.approx(arc_length_m(wkts, epsg), rel=1e-3)
    if epsg == 32637:
        # Every vertex of the route, and every middle of its edges, within 1 m of the circle.
        x, y = Transformer.from_crs("EPSG:4326", "EPSG:32637", always_xy=True).transform(route.lon, route.lat)
        on_arc = x <= 520000
        x, y = x[on_arc], y[on_arc]
        mid_x, mid_y = (x[1:] + x[:-1]) / 2, (y[1:] + y[:-1]) / 2
        for px, py in ((x, y), (mid_x, mid_y)):
            assert np.abs(np.hypot(px - 500000, py - 3960000) - 20000).max() < 1.0
    assert [f.geometry().asWkt() for f in road.getFeatures()] == before  # the layer is only read


@pytest.mark.parametrize(
    "layer_type, wkt, message",
    [
        ("LineString", "LineString (36.07 35.8)", "is a line of one point"),
        ("MultiLineString", "MultiLineString ((36.06 35.8, 36.07 35.8), (36.08 35.8))", "has a part that is a line of one point"),
    ],
)
def test_a_line_of_one_point_is_named(qgis_app, layer_type, wkt, message):
    with pytest.raises(DegenerateLineError) as caught:
        layers.read_lines(one_point_road(wkt, layer_type))
    assert str(caught.value) == (
        f"Road feature 7 of 'roads' {message}: a road needs two points apart; fix or deselect it."
    )


def test_every_point_of_a_multipoint_is_read(qgis_app):
    source = multipoint_layer([[(36.5, 35.8), (36.6, 35.9)], [], [(36.7, 35.7)]], crs="EPSG:32637")
    points = reading.read_point_parts(source)
    assert points.ids.tolist() == [1, 2, 3] and points.parts_of.tolist() == [0, 0, 1, 2]
    np.testing.assert_allclose(points.lon[[0, 1, 3]], [36.5, 36.6, 36.7], atol=1e-9)
    np.testing.assert_allclose(points.lat[[0, 1, 3]], [35.8, 35.9, 35.7], atol=1e-9)
    assert np.isnan(points.lon[2]) and np.isnan(points.lat[2])
    # Places (and callers that want one point per feature) get the first point.
    ids, lon, lat, _ = reading.read_points(source)
    np.testing.assert_allclose(lon[[0, 2]], [36.5, 36.7], atol=1e-9)
    assert np.isnan(lon[1]) and ids.tolist() == [1, 2, 3]


def test_single_points_need_no_parts(qgis_app):
    points = reading.read_point_parts(point_layer([(36.5, 35.8, None, "x"), (None, None, None, "y")]))
    assert points.parts_of is None and points.lon.size == 2


def test_a_line_layer_is_not_incidents(qgis_app):
    with pytest.raises(CorridorError) as caught:
        reading.read_point_parts(m4_layer(name="M4"))
    assert str(caught.value) == "'M4' is a line layer, and incidents are read as points; choose a point layer for the incidents."
