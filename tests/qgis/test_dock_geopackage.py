"""The dock's Flag incidents into the GeoPackage chosen under Results, by GDAL's
copy (as flagincidents does): the flags are the reference's, the table is
indexed, an earlier run's layer stays shown until the new table takes its
place, and a cancelled run leaves the earlier table and layer as they were.
"""

import sqlite3

import pytest
from qgis.core import Qgis, QgsProject

from secure_corridor.bridge import points as reading

from message_bar import bar_messages
from test_dock import critical, dock, group_layers, run, scene  # noqa: F401 (fixtures)
from test_flag_sources import FLAG_NAMES, flag_values, incidents, ogr_layer, plain, reference
from test_geopackage_copy import copies  # noqa: F401 (a fixture)

UTM = "EPSG:32637"  # the scene's road's CRS: the copy needs the incidents in it


@pytest.fixture
def ogr_incidents(dock, tmp_path):
    """Incidents in a GeoPackage, in the road's CRS, chosen in the dock."""
    layer = ogr_layer(tmp_path / "incidents.gpkg", incidents(count=400, crs=UTM), crs=UTM)
    QgsProject.instance().addMapLayer(layer)
    dock.incidents.layer_combo.setLayer(layer)
    return layer


def tables(path):
    with sqlite3.connect(path) as connection:
        return sorted(name for (name,) in connection.execute("SELECT table_name FROM gpkg_contents"))


def assert_flagged_as_the_reference(layer, source, dock):
    features, flags, _, _ = reference(source, dock.corridor, None, dated=False)  # no date field chosen
    rows = {feature.id(): feature for feature in layer.getFeatures()}
    assert len(rows) == len(features) == 400
    for k, feature in enumerate(features):
        row = rows[feature.id()]
        assert [plain(row[name]) for name in FLAG_NAMES] == pytest.approx(flag_values(flags, k))
        assert plain(row["uid"]) == plain(feature["uid"])


def test_flagged_into_the_geopackage_by_gdals_copy(dock, ogr_incidents, copies, qgis_iface, qtbot, tmp_path):
    path = tmp_path / "results.gpkg"
    dock.output.gpkg.setFilePath(str(path))
    steps = []
    dock.runner.busyChanged.connect(steps.append)
    run(qtbot, dock, dock.incidents.flag_button.click)
    assert not critical(qgis_iface)
    assert len(copies) == 1 and copies[0].path == str(path) and copies[0].table == "incidents_flagged_being_flagged"
    assert steps == [True, False]  # one task: nothing written afterwards
    flagged = group_layers()["incidents flagged"]
    assert flagged.source() == f"{path}|layername=incidents_flagged" and flagged.providerType() == "ogr"
    assert flagged.customProperty("secure_corridor/kind") == "incidents" and flagged.renderer() is not None
    assert_flagged_as_the_reference(flagged, ogr_incidents, dock)
    assert tables(path) == ["corridor", "incidents_flagged"]
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT rtreecheck('rtree_incidents_flagged_geom')").fetchone() == ("ok",)


def test_a_second_run_takes_the_earlier_ones_place(dock, ogr_incidents, copies, qgis_iface, qtbot, tmp_path):
    path = tmp_path / "results.gpkg"
    dock.output.gpkg.setFilePath(str(path))
    run(qtbot, dock, dock.incidents.flag_button.click)
    earlier = group_layers()["incidents flagged"]
    shown_meanwhile = []
    dock.runner.progressChanged.connect(
        lambda value: shown_meanwhile.append(group_layers().get("incidents flagged") is earlier)
    )
    run(qtbot, dock, dock.incidents.flag_button.click)  # finished once the earlier table is dropped
    assert not critical(qgis_iface)
    assert len(copies) == 2 and shown_meanwhile and all(shown_meanwhile[:-1])
    flagged = group_layers()["incidents flagged"]
    assert flagged is not earlier and flagged.source() == f"{path}|layername=incidents_flagged"
    assert len(group_layers()) == 2
    assert tables(path) == ["corridor", "incidents_flagged"]  # neither the staged nor the earlier table is left
    assert_flagged_as_the_reference(flagged, ogr_incidents, dock)


def test_a_cancelled_run_leaves_the_earlier_table_and_layer(dock, ogr_incidents, copies, qgis_iface, qtbot, tmp_path,
                                                            monkeypatch):
    path = tmp_path / "results.gpkg"
    dock.output.gpkg.setFilePath(str(path))
    run(qtbot, dock, dock.incidents.flag_button.click)
    earlier = group_layers()["incidents flagged"]
    monkeypatch.setattr(reading, "BATCH", 7)  # many steps, so that the cancel falls while reading
    dock.runner.progressChanged.connect(lambda value: value >= 60 and dock.runner.cancel())
    run(qtbot, dock, dock.incidents.flag_button.click)
    assert len(copies) == 2
    assert group_layers()["incidents flagged"] is earlier and earlier.featureCount() == 400
    assert tables(path) == ["corridor", "incidents_flagged"]  # the staged table dropped
    info = bar_messages(qgis_iface, Qgis.MessageLevel.Info)
    assert any("Cancelled flagging incidents" in message for message in info)


def test_a_cancelled_run_into_a_new_file_leaves_no_file(dock, ogr_incidents, copies, qgis_iface, qtbot, tmp_path,
                                                        monkeypatch):
    path = tmp_path / "results.gpkg"
    dock.output.gpkg.setFilePath(str(path))
    monkeypatch.setattr(reading, "BATCH", 7)
    dock.runner.progressChanged.connect(lambda value: value >= 60 and dock.runner.cancel())
    run(qtbot, dock, dock.incidents.flag_button.click)
    assert len(copies) == 1 and not copies[0].update
    assert "incidents flagged" not in group_layers()
    assert not any(tmp_path.glob("results.gpkg*"))


def test_incidents_in_another_crs_go_through_qgis_writer_into_a_table_of_their_own(
        dock, copies, qgis_iface, qtbot, tmp_path):
    """The scene's incidents are a memory layer in WGS84: QGIS reprojects and writes them, as they are flagged."""
    path = tmp_path / "results.gpkg"
    dock.output.gpkg.setFilePath(str(path))
    run(qtbot, dock, dock.incidents.flag_button.click)
    earlier = group_layers()["incidents flagged"]
    assert not copies and not critical(qgis_iface)
    assert earlier.source() == f"{path}|layername=incidents_flagged" and earlier.featureCount() == 6
    assert tables(path) == ["corridor", "incidents_flagged"]
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT rtreecheck('rtree_incidents_flagged_geom')").fetchone() == ("ok",)
    run(qtbot, dock, dock.incidents.flag_button.click)  # again: in the earlier table's place
    assert group_layers()["incidents flagged"] is not earlier and tables(path) == ["corridor", "incidents_flagged"]


def test_a_cancelled_run_through_qgis_writer_leaves_the_earlier_table_and_layer(
        dock, copies, qgis_iface, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "results.gpkg"
    dock.output.gpkg.setFilePath(str(path))
    run(qtbot, dock, dock.incidents.flag_button.click)
    earlier = group_layers()["incidents flagged"]
    monkeypatch.setattr(reading, "BATCH", 1)  # six batches of the six incidents
    dock.runner.progressChanged.connect(lambda value: value >= 60 and dock.runner.cancel())
    run(qtbot, dock, dock.incidents.flag_button.click)
    assert not copies and group_layers()["incidents flagged"] is earlier and earlier.featureCount() == 6
    assert tables(path) == ["corridor", "incidents_flagged"]  # the table of its own dropped
    assert any("Cancelled flagging incidents" in message for message in bar_messages(qgis_iface, Qgis.MessageLevel.Info))
