"""The dock's layers, fields and patrol ends: guessed in a new project, remembered
in the project file, back when it is opened again."""

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer

from secure_corridor.bridge.settings import Settings
from secure_corridor.core import Place
from secure_corridor.ui.dock import CorridorDock

from sample_layers import AIN_AL_HAVR, TRUMBA, m4_layer, point_layer


def communities():
    layer = QgsVectorLayer(
        "Point?crs=EPSG:4326&field=admin4Pcode:string&field=admin4Name_en:string&field=admin4Name_ar:string",
        "OCHA communities", "memory",
    )
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(TRUMBA.lon, TRUMBA.lat)))
    feature.setAttributes(["C1234", "Trumba", "ترنبة"])
    layer.dataProvider().addFeatures([feature])
    return layer


def acled():
    layer = QgsVectorLayer(
        "Point?crs=EPSG:4326&field=event_date:string&field=event_type:string&field=location:string",
        "acled_syria_2020", "memory",
    )
    return layer


@pytest.fixture
def layers(qgis_iface):
    Settings().save()
    made = m4_layer("EPSG:32637"), point_layer([(36.7, 35.85, None, "clash")]), communities(), acled()
    QgsProject.instance().addMapLayers(made)
    yield made
    QgsProject.instance().removeAllMapLayers()
    QgsProject.instance().layerTreeRoot().removeAllChildren()


def new_dock(qgis_iface, qtbot):
    dock = CorridorDock(qgis_iface)
    qtbot.addWidget(dock)
    return dock


def test_a_new_project_gets_the_likeliest_places_and_incidents(layers, qgis_iface, qtbot):
    road, kinds, places, events = layers
    dock = new_dock(qgis_iface, qtbot)
    # Not the incidents layer with its "kind" field, nor the first point layer: the settlements.
    assert dock.patrol_box.places_combo.currentLayer() is places
    assert dock.patrol_box.name_field.currentField() == "admin4Name_en"
    assert dock.incidents.layer() is events and dock.incidents.category() == "event_type"
    dock.teardown()


def test_places_added_after_the_dock_opened_are_chosen(qgis_iface, qtbot):
    Settings().save()
    dock = new_dock(qgis_iface, qtbot)
    assert dock.patrol_box.places_combo.currentLayer() is None
    places = communities()
    QgsProject.instance().addMapLayer(places)
    assert dock.patrol_box.places_combo.currentLayer() is places
    dock.teardown()
    QgsProject.instance().removeAllMapLayers()


def test_the_project_remembers_layers_fields_and_patrol_ends(layers, qgis_iface, qtbot, tmp_path):
    road, kinds, places, events = layers
    dock = new_dock(qgis_iface, qtbot)
    dock.road.layer_combo.setLayer(road)
    dock.patrol_box.start.set_place(TRUMBA)
    dock.patrol_box.end.set_place(AIN_AL_HAVR)
    dock.incidents.layer_combo.setLayer(kinds)
    dock.incidents.date_field.setField("day")
    dock.incidents.category_field.setField("")  # the user's choice: none
    with qtbot.waitSignal(dock.finished, timeout=20_000):
        dock.corridor_box.build_button.click()  # work starts: the state is written
    dock.teardown()
    path = tmp_path / "m4.qgz"
    assert QgsProject.instance().write(str(path))

    QgsProject.instance().clear()
    assert QgsProject.instance().read(str(path))
    again = new_dock(qgis_iface, qtbot)
    assert again.road.layer().name() == "M4"
    assert again.patrol_box.places_combo.currentLayer().name() == "OCHA communities"
    assert again.patrol_box.start.place() == TRUMBA and again.patrol_box.end.place() == AIN_AL_HAVR
    assert again.incidents.layer().name() == "incidents"
    assert again.incidents.date_field.currentField() == "day" and again.incidents.category() is None

    # A dock already open follows a project read later.
    QgsProject.instance().clear()
    again.patrol_box.end.set_place(Place("Elsewhere", 36.5, 35.8))
    assert QgsProject.instance().read(str(path))
    assert again.patrol_box.end.place() == AIN_AL_HAVR
    again.teardown()
