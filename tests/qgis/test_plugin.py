"""The plugin loads in real QGIS, forwards the engine's log, and unloads cleanly."""

import logging
from unittest import mock

import pytest
import shapely
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsGeometry,
    QgsProject,
)

from secure_corridor.bridge.log import TAG
from secure_corridor.core import assemble_route, build_corridor, patrol_segment

from sample_layers import AIN_AL_HAVR, TRUMBA, m4_coordinates, m4_layer


def test_engine_log_reaches_the_qgis_log_panel(plugin, message_log):
    assemble_route([shapely.LineString([(36.0, 35.0), (36.5, 35.1)])])
    ours = [text for tag, text, _ in message_log if tag == TAG]
    assert any("assembled route of 46.9" in text for text in ours), ours


def test_unload_stops_forwarding(qgis_iface, message_log):
    import secure_corridor

    instance = secure_corridor.classFactory(qgis_iface)
    instance.initGui()
    instance.unload()
    assemble_route([shapely.LineString([(36.0, 35.0), (36.5, 35.1)])])
    assert not [text for tag, text, _ in message_log if tag == TAG]
    assert not any(type(h).__name__ == "MessageLogHandler" for h in logging.getLogger("secure_corridor").handlers)


def test_engine_on_a_projected_qgis_layer_agrees_with_qgis_measurements(qgis_app):
    layer = m4_layer("EPSG:32637")
    parts = [shapely.from_wkb(bytes(f.geometry().asWkb())) for f in layer.getFeatures()]
    route = assemble_route(parts, crs=layer.crs().toWkt())
    assert route.report.parts_used == 3
    patrol = patrol_segment(route, TRUMBA, AIN_AL_HAVR)

    measure = QgsDistanceArea()
    measure.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance().transformContext())
    measure.setEllipsoid("WGS84")
    line = QgsGeometry.fromWkt(patrol.line.geometry.wkt)
    assert patrol.length_km * 1000 == pytest.approx(measure.measureLength(line), abs=0.05)

    corridor = build_corridor(route, 6000, 6000)
    polygon = QgsGeometry.fromWkt(corridor.polygon.wkt)
    assert polygon.isGeosValid()
    assert corridor.area_km2 * 1e6 == pytest.approx(measure.measureArea(polygon), rel=1e-4)
    # The same road in WGS84 gives the same route within a centimetre.
    direct = assemble_route([shapely.LineString(m4_coordinates())])
    assert route.length_m == pytest.approx(direct.length_m, abs=0.01)


def provider_count():
    return sum(p.id() == "secure_corridor" for p in QgsApplication.processingRegistry().providers())


@pytest.fixture
def watched_iface(qgis_iface, monkeypatch):
    """The test interface with its tool bar, menu and dock calls recorded."""
    for name in ("addToolBarIcon", "removeToolBarIcon", "addDockWidget", "removeDockWidget",
                 "addPluginToVectorMenu", "removePluginVectorMenu"):
        monkeypatch.setattr(qgis_iface, name, mock.MagicMock(name=name), raising=False)
    return qgis_iface


def test_init_gui_adds_button_menu_dock_and_provider(watched_iface):
    import secure_corridor
    from qgis.gui import QgsDockWidget

    plugin = secure_corridor.classFactory(watched_iface)
    plugin.initGui()
    try:
        assert provider_count() == 1
        provider = QgsApplication.processingRegistry().providerById("secure_corridor")
        assert {a.name() for a in provider.algorithms()} == {
            "buildcorridor", "patrolsegment", "flagincidents", "exportgpx", "placesincorridor", "comparescenarios",
            "routebook",
        }
        watched_iface.addToolBarIcon.assert_called_once_with(plugin.action)
        watched_iface.addPluginToVectorMenu.assert_called_once_with("Secure Corridor", plugin.action)
        assert isinstance(plugin.dock, QgsDockWidget)
        watched_iface.addDockWidget.assert_called_once()
        assert plugin.dock.isHidden()
        plugin.action.trigger()  # the button opens the dock
        assert not plugin.dock.isHidden() and plugin.action.isChecked()
        assert not plugin.action.icon().isNull()
    finally:
        plugin.unload()


def test_unload_removes_everything_and_reloading_leaves_no_duplicates(watched_iface):
    import secure_corridor

    for _ in range(2):  # as the Plugin Reloader does
        plugin = secure_corridor.classFactory(watched_iface)
        plugin.initGui()
        action = plugin.action
        assert provider_count() == 1
        plugin.unload()
        assert provider_count() == 0
        watched_iface.removeToolBarIcon.assert_called_with(action)
        watched_iface.removePluginVectorMenu.assert_called_with("Secure Corridor", action)
        assert plugin.dock is None and plugin.action is None
    assert watched_iface.removeDockWidget.call_count == 2
    assert not any(type(h).__name__ == "MessageLogHandler" for h in logging.getLogger("secure_corridor").handlers)


def test_processing_alone_as_qgis_process_loads_it(qgis_iface):
    import secure_corridor

    plugin = secure_corridor.classFactory(qgis_iface)
    plugin.initProcessing()
    plugin.initProcessing()  # idempotent
    assert provider_count() == 1
    plugin.unload()
    assert provider_count() == 0
