"""The incidents' category field, as ACLED and UCDP GED name it: suggested in the dock,
chosen in Processing, counted in the summary and the log, drawn as the chart's markers."""

import numpy as np
import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from secure_corridor.bridge.settings import Settings
from secure_corridor.ui.chart import OTHER_KINDS, shapes_for
from secure_corridor.ui.dock import CorridorDock

from sample_layers import AIN_AL_HAVR, TRUMBA, m4_layer

# (lon, lat, ACLED event_type, sub_event_type, UCDP type_of_violence)
ROWS = [
    (36.7700, 35.8900, "Explosions/Remote violence", "Shelling/artillery/missile attack", 1),  # patrol stretch
    (36.6100, 35.7950, "Explosions/Remote violence", "Air/drone strike", 1),  # patrol stretch
    (36.4000, 35.9000, "Battles", "Armed clash", 2),  # 11 km north: outside
    (35.9000, 35.6500, "Battles", "Armed clash", 3),  # inside, west of the patrol
    (36.6100, 35.7700, "Violence against civilians", "Attack", 3),  # 5 km south: inside
]


def acled_layer(rows=ROWS, ucdp=False):
    fields = "field=type_of_violence:integer" if ucdp else "field=event_type:string&field=sub_event_type:string"
    layer = QgsVectorLayer(f"Point?crs=EPSG:4326&field=event_id_cnty:string&{fields}", "acled", "memory")
    features = []
    for k, (lon, lat, event_type, sub_event_type, violence) in enumerate(rows):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        feature.setAttributes([f"SYR{k}", violence] if ucdp else [f"SYR{k}", event_type, sub_event_type])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


@pytest.fixture
def dock(qgis_iface, qtbot):
    Settings().save()
    road, incidents = m4_layer("EPSG:32637"), acled_layer()
    QgsProject.instance().addMapLayers([road, incidents])
    widget = CorridorDock(qgis_iface)
    qtbot.addWidget(widget)
    widget.road.layer_combo.setLayer(road)
    widget.incidents.layer_combo.setLayer(incidents)
    yield widget
    widget.teardown()
    QgsProject.instance().removeAllMapLayers()
    QgsProject.instance().layerTreeRoot().removeAllChildren()


def flag(qtbot, dock):
    with qtbot.waitSignal(dock.finished, timeout=20_000):
        dock.incidents.flag_button.click()


def test_the_dock_suggests_the_category_field_and_counts_by_it(dock, qgis_iface, qtbot):
    assert dock.incidents.category_field.currentField() == "event_type"
    flag(qtbot, dock)
    data = dock.chart_box.chart.data()
    assert data.kinds.tolist() == [r[2] for r in ROWS]
    assert dock.incidents.summary.text().endswith(
        "Inside by category: Explosions/Remote violence 2, Battles 1, Violence against civilians 1."
    )
    _, by_kind = shapes_for(data)
    assert by_kind == {"Explosions/Remote violence": "triangle_down", "Battles": "square",
                       "Violence against civilians": "cross"}

    dock.incidents.category_field.setField("sub_event_type")
    flag(qtbot, dock)
    assert dock.chart_box.chart.data().kinds.tolist() == [r[3] for r in ROWS]

    dock.incidents.category_field.setField("")
    flag(qtbot, dock)
    assert set(dock.chart_box.chart.data().kinds.tolist()) == {""}
    assert "by category" not in dock.incidents.summary.text()


def test_ucdp_codes_are_named_and_a_layer_without_categories_suggests_none(dock, qtbot):
    ucdp = acled_layer(ucdp=True)
    plain = QgsVectorLayer("Point?crs=EPSG:4326&field=notes:string", "plain", "memory")
    QgsProject.instance().addMapLayers([ucdp, plain])
    dock.incidents.layer_combo.setLayer(ucdp)
    assert dock.incidents.category_field.currentField() == "type_of_violence"
    flag(qtbot, dock)
    assert dock.chart_box.chart.data().kinds.tolist() == [
        "state-based conflict", "state-based conflict", "non-state conflict", "one-sided violence",
        "one-sided violence",
    ]
    dock.incidents.layer_combo.setLayer(plain)
    assert dock.incidents.category_field.currentField() == ""


def test_many_categories_share_other_kinds(dock, qtbot):
    many = [(36.77 - 0.05 * k, 35.88 - 0.005 * k, f"type {k % 10}", "", 1) for k in range(30)]
    many += [(36.5, 35.85, "type 3", "", 1)] * 5  # the most frequent
    layer = acled_layer(many)
    QgsProject.instance().addMapLayer(layer)
    dock.incidents.layer_combo.setLayer(layer)
    flag(qtbot, dock)
    shapes, by_kind = shapes_for(dock.chart_box.chart.data())
    assert len(by_kind) == 7 and list(by_kind)[0] == "type 3" and list(by_kind)[-1] == OTHER_KINDS
    assert len(set(by_kind.values()) - {"circle"}) == 6  # a shape of its own for each named kind
    assert np.count_nonzero(shapes == "circle") >= 4 * 3  # four rarer kinds, three each


@pytest.fixture
def run(algorithms):
    def run(parameters):
        feedback = Feedback()
        return algorithms("flagincidents", parameters, feedback=feedback), feedback.infos

    return run


class Feedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.infos = []

    def pushInfo(self, info):  # noqa: N802 (QGIS API)
        self.infos.append(info)
        super().pushInfo(info)


def point(place):
    return f"{place.lon},{place.lat} [EPSG:4326]"


def test_processing_counts_by_the_category_field(run):
    road = m4_layer("EPSG:32637")
    _, infos = run({
        "ROAD": road, "INCIDENTS": acled_layer(), "START": point(TRUMBA), "END": point(AIN_AL_HAVR),
        "CATEGORY_FIELD": "event_type", "OUTPUT": "TEMPORARY_OUTPUT",
    })
    table = infos[infos.index("By event_type (all / inside the corridor / in the patrol stretch):") + 1:]
    assert table[:3] == [  # the most frequent first, ties by name
        "  Battles: 2 / 1 / 0",
        "  Explosions/Remote violence: 2 / 2 / 2",
        "  Violence against civilians: 1 / 1 / 1",
    ]


def test_processing_suggests_a_category_field_and_refuses_a_missing_one(run):
    road = m4_layer("EPSG:32637")
    _, infos = run({"ROAD": road, "INCIDENTS": acled_layer(ucdp=True), "OUTPUT": "TEMPORARY_OUTPUT"})
    assert any("'type_of_violence' that looks like a category" in info for info in infos)
    with pytest.raises(QgsProcessingException, match="no field 'evnt_type' for the Category field; its fields are "
                                                     "event_id_cnty, event_type, sub_event_type"):
        run({"ROAD": road, "INCIDENTS": acled_layer(), "CATEGORY_FIELD": "evnt_type", "OUTPUT": "TEMPORARY_OUTPUT"})


def test_ucdp_codes_by_name_in_the_log(run):
    road = m4_layer("EPSG:32637")
    _, infos = run({"ROAD": road, "INCIDENTS": acled_layer(ucdp=True), "CATEGORY_FIELD": "type_of_violence",
                    "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "  one-sided violence: 2 / 2 / 0" in infos
    assert "  state-based conflict: 2 / 2 / 0" in infos



def test_processing_logs_the_window_counts(run):
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=event_date:string&field=event_type:string", "dated", "memory")
    days = ["20 March 2020", "10 March 2020", "not known", "16 March 2020", "18 March 2020"]
    features = []
    for (lon, lat, event_type, *_), day in zip(ROWS, days):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        feature.setAttributes([day, event_type])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    result, infos = run({
        "ROAD": m4_layer("EPSG:32637"), "INCIDENTS": layer, "DATE_FIELD": "event_date", "DATE_FROM": "2020-03-15",
        "CATEGORY_FIELD": "event_type", "OUTPUT": "TEMPORARY_OUTPUT",
    })
    flagged = list(result["OUTPUT"].getFeatures())
    assert [f["in_corr"] for f in flagged] == [True, True, False, True, True]
    # Inside and in the window: rows 1, 4 and 5; row 2 is before it, row 3 undated.
    assert "Date window: 3 inside the corridor and in the window, 1 outside the window, " \
           "1 without a readable date." in infos
    assert "  Explosions/Remote violence: 2 / 2 / 0 / 1" in infos
