"""Layers as they come: without a CRS, or with points no CRS can place on the Earth."""

import pytest
from qgis.core import NULL, QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer


ROAD = "LineString(36.0 35.0, 36.5 35.1)"


def layer(kind, crs, wkts, name="t"):
    result = QgsVectorLayer(f"{kind}?crs={crs}&field=note:string", name, "memory")
    if not crs:  # as a file without a .prj opens, whatever the project's default
        result.setCrs(QgsCoordinateReferenceSystem())
    features = []
    for k, wkt in enumerate(wkts):
        feature = QgsFeature(result.fields())
        if wkt is not None:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes([f"row {k}"])
        features.append(feature)
    result.dataProvider().addFeatures(features)
    return result


@pytest.fixture
def run(algorithms):
    return algorithms


def test_a_road_without_a_crs_is_refused_by_name(run):
    road = layer("LineString", "", [ROAD], name="roads no crs")
    assert not road.crs().isValid()
    with pytest.raises(QgsProcessingException, match=r"^'roads no crs' has no coordinate reference system \(CRS\), "
                                                     "so where its lines lie on the Earth is not known: set it"):
        run("buildcorridor", {"INPUT": road, "OUTPUT": "TEMPORARY_OUTPUT"})


def test_incidents_without_a_crs_are_refused_by_name(run):
    incidents = layer("Point", "", ["Point(36.2 35.05)"], name="reports")
    with pytest.raises(QgsProcessingException, match="^'reports' has no coordinate reference system .* where its "
                                                     "points lie on the Earth is not known"):
        run("flagincidents", {"ROAD": layer("LineString", "EPSG:4326", [ROAD]), "INCIDENTS": incidents,
                              "OUTPUT": "TEMPORARY_OUTPUT"})


def test_points_no_crs_can_place_are_kept_without_a_location_and_named(run, caplog):
    caplog.set_level("WARNING", logger="secure_corridor")
    # UTM 37N: the first lies beyond any conversion, the second converts; 36.2, 35.05 in UTM is about this.
    incidents = layer("Point", "EPSG:32637", ["Point(1e20 1e20)", "Point(245000 3883000)", None], name="reports")
    result = run("flagincidents", {"ROAD": layer("LineString", "EPSG:4326", [ROAD]), "INCIDENTS": incidents,
                                   "OUTPUT": "TEMPORARY_OUTPUT"})
    rows = list(result["OUTPUT"].getFeatures())
    assert [r["note"] for r in rows] == ["row 0", "row 1", "row 2"]
    assert [r["in_corr"] for r in rows] == [False, True, False]
    assert [r["side"] for r in rows] == [NULL, "north", NULL]
    assert not rows[0].hasGeometry() and rows[1].hasGeometry()
    assert result["MISSING"] == 2
    texts = [r.getMessage() for r in caplog.records]
    assert any("1 of 3 features in 'reports' have coordinates that cannot be converted to WGS84" in t
               and t.endswith("feature 1") for t in texts), texts
    assert any("1 incidents of 'reports' cannot be placed in the output's CRS" in t for t in texts), texts
