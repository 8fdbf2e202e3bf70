"""Fixtures for the real-QGIS tier (pytest-qgis provides qgis_app and qgis_iface)."""

import pytest

import secure_corridor


@pytest.fixture
def plugin(qgis_iface):
    """The plugin loaded the way QGIS loads it, and unloaded afterwards."""
    instance = secure_corridor.classFactory(qgis_iface)
    instance.initGui()
    yield instance
    instance.unload()


@pytest.fixture
def message_log(qgis_app):
    """Messages written to the QGIS log panel while the test runs: (tag, text, level)."""
    from qgis.core import QgsApplication

    received = []

    def collect(text, tag, level):
        received.append((tag, text, level))

    QgsApplication.messageLog().messageReceived.connect(collect)
    yield received
    QgsApplication.messageLog().messageReceived.disconnect(collect)



@pytest.fixture(autouse=True)
def forget_the_project_state():
    """Each test starts from a project that remembers no dock state of an earlier test."""
    from qgis.core import QgsProject

    from secure_corridor.bridge.project_state import SCOPE

    QgsProject.instance().removeEntry(SCOPE, "/")
    yield


@pytest.fixture
def algorithms(qgis_processing):
    """``algorithms(name, parameters, **options)``: processing.run of
    ``secure_corridor:name`` (options: feedback, context), the provider registered."""
    import processing
    from qgis.core import QgsApplication

    from secure_corridor.processing_provider import Provider

    registry = QgsApplication.processingRegistry()
    provider = Provider()
    assert registry.addProvider(provider)
    yield lambda name, parameters, **options: processing.run(f"secure_corridor:{name}", parameters, **options)
    registry.removeProvider(provider)
