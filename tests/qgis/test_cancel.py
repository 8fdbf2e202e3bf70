"""Cancelling: inside the long loops (reading, flagging, writing), never leaving
an output that looks complete, and a cancelled Processing run is a failed one."""

import inspect

import numpy as np
import pytest
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProject,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from secure_corridor.bridge import points as reading
from secure_corridor.bridge import flagging, layers
from secure_corridor.bridge.settings import Settings
from secure_corridor.bridge.task import Cancelled, EngineTask
from secure_corridor.bridge.task import batches as in_batches
from secure_corridor.core import assemble_route, build_corridor
from secure_corridor.ui.dock import CorridorDock

from sample_layers import AIN_AL_HAVR, TRUMBA, gdal_layer, m4_layer, point_layer
from message_bar import bar_messages, clear_bar

COUNT = 20_000
# The flagincidents run's steps, in percent (see FlagIncidents.compute): the
# route and corridor, then the incidents read, flagged and written batch by batch.
BUILDING, FLAGGING = (0, 15), (15, 100)


class Stop(Exception):
    pass


def incidents(count=COUNT, seed=1):
    """``count`` points along the M4, inside and outside the corridor."""
    rng = np.random.default_rng(seed)
    lon, lat = rng.uniform(36.0, 37.2, count), rng.uniform(35.6, 36.0, count)
    return point_layer([(float(x), float(y), "2020-03-16", "shelling") for x, y in zip(lon, lat)])


@pytest.fixture(scope="module")
def many():
    return incidents()


class CancelAt(QgsProcessingFeedback):
    """Keeps every progress value QGIS reports (a change of at least 0.1 %), and
    cancels once the progress reaches ``at``: the run sees it at its next check."""

    def __init__(self, at=None):
        super().__init__()
        self.at = at
        self.seen = []
        self.progressChanged.connect(self._progress)

    def _progress(self, value):
        self.seen.append(value)
        if self.at is not None and value >= self.at and not self.isCanceled():
            self.cancel()

    def within(self, step):
        low, high = step
        return sorted({value for value in self.seen if low < value < high})


@pytest.fixture
def run(algorithms):
    """``run(name, parameters, feedback)``: processing.run, the provider registered."""
    return lambda name, parameters, feedback: algorithms(name, parameters, feedback=feedback)


def cancelled(run, name, parameters, feedback):
    with pytest.raises(QgsProcessingException) as caught:
        run(name, parameters, feedback)
    assert feedback.isCanceled()
    return str(caught.value)


def gpkg_layers(path):
    """{layer name: feature count} of a GeoPackage, as GDAL reads it."""
    from osgeo import ogr

    ogr.UseExceptions()
    data = ogr.Open(str(path))
    return {layer.GetName(): layer.GetFeatureCount() for layer in data}


def other_geopackage(path):
    """A GeoPackage with a layer 'roads' of one feature, as an analyst's project file."""
    gdal_layer(path, ["LINESTRING (36 35.8, 37 35.8)"], 4326, name="roads")


class WritesThenFails(QgsProcessingAlgorithm):
    """Writes five points to its sink, closes it, and fails."""

    def name(self):
        return "writesthenfails"

    def displayName(self):  # noqa: N802
        return "Writes then fails"

    def createInstance(self):  # noqa: N802
        return WritesThenFails()

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "Output"))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        crs = QgsCoordinateReferenceSystem("EPSG:4326")
        sink, _ = self.parameterAsSink(parameters, "OUTPUT", context, QgsFields(), QgsWkbTypes.Type.Point, crs)
        points = []
        for k in range(5):
            point = QgsFeature()
            point.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(36 + k / 10, 35.8)))
            points.append(point)
        sink.addFeatures(points)
        del sink
        raise QgsProcessingException("failed")


def test_qgis_keeps_what_a_failed_run_wrote(qgis_processing, tmp_path):
    """Why the algorithms undo their outputs after a cancel: QGIS itself leaves
    the file of a failed run (it only does not load it)."""
    import processing

    path = tmp_path / "out.gpkg"
    with pytest.raises(QgsProcessingException, match="failed"):
        processing.run(WritesThenFails(), {"OUTPUT": str(path)})
    assert gpkg_layers(path) == {"out": 5}


# -- Processing: cancelled before the incidents ------------------------------------------


def test_cancel_while_building_the_corridor_writes_nothing(run, many, tmp_path):
    path = tmp_path / "flagged.gpkg"
    feedback = CancelAt(10)
    message = cancelled(run, "flagincidents", {"ROAD": m4_layer("EPSG:32637"), "INCIDENTS": many, "OUTPUT": str(path)}, feedback)
    assert message == "Cancelled: nothing was written."
    assert not path.exists() and not list(tmp_path.iterdir())
    assert max(feedback.seen) < FLAGGING[0]


def test_cancelled_before_the_first_step(run):
    feedback = CancelAt()
    feedback.cancel()
    message = cancelled(run, "buildcorridor", {"INPUT": m4_layer(), "OUTPUT": "TEMPORARY_OUTPUT"}, feedback)
    assert message == "Cancelled: nothing was written."


# -- Processing: cancelled while flagging and writing ----------------------------------


@pytest.fixture
def batches(monkeypatch):
    """Batches of 5,000: checks at 15, 36.25, 57.5, 78.75 and 100 %. Cancelled
    at 36.25 %, the run sees it after the second batch: 10,000 features written."""
    monkeypatch.setattr(reading, "BATCH", 5_000)
    return CancelAt(36)


def test_cancel_while_writing_a_new_geopackage_deletes_it(run, many, tmp_path, batches):
    path = tmp_path / "flagged.gpkg"
    feedback = batches
    message = cancelled(run, "flagincidents", {"ROAD": m4_layer("EPSG:32637"), "INCIDENTS": many, "OUTPUT": str(path)}, feedback)
    assert message == f"Cancelled: the file {path} ('Flagged incidents') was deleted. Nothing was loaded."
    assert not list(tmp_path.iterdir())  # no -journal or -wal left either
    assert feedback.within(FLAGGING) == [36.25]  # the check at 57.5 % raised


def test_progress_moves_through_the_batches_while_writing(run, many, tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "BATCH", 2_000)
    path = tmp_path / "flagged.shp"
    feedback = CancelAt(40)  # at 40.5, after 6,000: the next batch is the last written
    message = cancelled(run, "flagincidents", {"ROAD": m4_layer("EPSG:32637"), "INCIDENTS": many, "OUTPUT": str(path)}, feedback)
    assert message == f"Cancelled: the file {path} ('Flagged incidents') was deleted. Nothing was loaded."
    assert not list(tmp_path.iterdir())  # .shp, .shx, .dbf, .prj, .cpg: all gone
    assert feedback.within(FLAGGING) == pytest.approx([23.5, 32, 40.5])
    assert max(feedback.seen) < 45


def test_a_geopackage_that_existed_is_kept_and_said_to_be_incomplete(run, many, tmp_path, batches):
    path = tmp_path / "flagged.gpkg"
    other_geopackage(path)
    feedback = batches
    message = cancelled(run, "flagincidents", {"ROAD": m4_layer("EPSG:32637"), "INCIDENTS": many, "OUTPUT": str(path)}, feedback)
    # A plain file name overwrites the whole GeoPackage (QGIS does that when the sink is
    # made): what is left is not deleted, and the message says how much it holds.
    assert message == (
        f"Cancelled: {path} ('Flagged incidents') existed before this run, so it was not deleted: "
        f"it is incomplete, with 10000 of {COUNT} features. Nothing was loaded."
    )
    assert list(gpkg_layers(path).values()) == [10_000]


def test_a_layer_added_to_an_existing_geopackage_is_dropped(run, many, tmp_path, batches):
    path = tmp_path / "project.gpkg"
    other_geopackage(path)
    destination = f"ogr:dbname='{path}' table=\"flagged\" (geom)"
    feedback = batches
    message = cancelled(run, "flagincidents", {"ROAD": m4_layer("EPSG:32637"), "INCIDENTS": many, "OUTPUT": destination}, feedback)
    assert message == (
        f"Cancelled: the layer flagged ('Flagged incidents') was removed from {path}, "
        "whose other layers are untouched. Nothing was loaded."
    )
    assert gpkg_layers(path) == {"roads": 1}


def test_a_new_layer_in_a_new_geopackage_deletes_the_file(run, many, tmp_path, batches):
    path = tmp_path / "new.gpkg"
    destination = f"ogr:dbname='{path}' table=\"flagged\" (geom)"
    message = cancelled(run, "flagincidents", {"ROAD": m4_layer("EPSG:32637"), "INCIDENTS": many, "OUTPUT": destination}, batches)
    assert message == f"Cancelled: the file {path} ('Flagged incidents') was deleted. Nothing was loaded."
    assert not list(tmp_path.iterdir())


def test_a_temporary_output_is_discarded(run, many, batches):
    feedback = batches
    message = cancelled(run, "flagincidents", {"ROAD": m4_layer("EPSG:32637"), "INCIDENTS": many, "OUTPUT": "TEMPORARY_OUTPUT"}, feedback)
    assert message == "Cancelled: the temporary layer 'Flagged incidents' was discarded. Nothing was loaded."


def test_nothing_is_left_for_the_toolbox_to_load(run, many, tmp_path, batches, monkeypatch):
    """The toolbox runs its post-processing after a failed run too (QGIS 3.22's
    AlgorithmDialog.finish): it must find nothing to load."""
    import processing
    from processing.gui import Postprocessing
    from processing.gui.Postprocessing import handleAlgorithmResults

    # Without the test's stand-in interface, whose layer tree view is a mock that
    # QGIS 3.44's post-processing hands to C++.
    monkeypatch.setattr(Postprocessing, "iface", None, raising=False)

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    output = QgsProcessingOutputLayerDefinition(str(tmp_path / "flagged.gpkg"), QgsProject.instance())
    parameters = {"ROAD": m4_layer("EPSG:32637"), "INCIDENTS": many, "OUTPUT": output}
    with pytest.raises(QgsProcessingException, match="^Cancelled: the file .* was deleted"):
        processing.run("secure_corridor:flagincidents", parameters, feedback=batches, context=context)
    assert context.layersToLoadOnCompletion() == {}
    before = set(QgsProject.instance().mapLayers())
    # Its arguments differ between QGIS versions (3.22 has showResults, 3.40 not): by name.
    extra = {"showResults": True} if "showResults" in inspect.signature(handleAlgorithmResults).parameters else {}
    handleAlgorithmResults(QgsApplication.processingRegistry().algorithmById("secure_corridor:flagincidents"),
                           context, feedback=QgsProcessingFeedback(), parameters={}, **extra)
    assert set(QgsProject.instance().mapLayers()) == before
    assert not list(tmp_path.iterdir())


def test_an_uncancelled_run_writes_in_batches_and_completes(run, many, tmp_path):
    path = tmp_path / "flagged.gpkg"
    feedback = CancelAt()
    result = run("flagincidents", {"ROAD": m4_layer("EPSG:32637"), "INCIDENTS": many, "OUTPUT": str(path)}, feedback)
    assert result["OUTPUT"] == str(path) and gpkg_layers(path) == {"flagged": COUNT}
    assert feedback.within(FLAGGING) == [pytest.approx(57.5)]  # two batches of 10,000


def test_the_bar_moves_with_every_batch(run, many, monkeypatch):
    monkeypatch.setattr(reading, "BATCH", 1_000)
    feedback = CancelAt()
    run("flagincidents", {"ROAD": m4_layer("EPSG:32637"), "INCIDENTS": many, "OUTPUT": "TEMPORARY_OUTPUT"}, feedback)
    assert feedback.within(FLAGGING) == pytest.approx([15 + 85 * k / 20 for k in range(1, 20)])


def test_cancel_while_writing_the_corridor(run, tmp_path):
    path = tmp_path / "corridor.gpkg"
    message = cancelled(run, "buildcorridor", {"INPUT": m4_layer(), "OUTPUT": str(path)}, CancelAt(85))
    assert message == f"Cancelled: the file {path} ('Corridor') was deleted. Nothing was loaded."
    assert not list(tmp_path.iterdir())


def test_cancel_while_writing_the_checkpoints_undoes_the_patrol_too(run, tmp_path):
    patrol, stops = tmp_path / "patrol.gpkg", tmp_path / "checkpoints.gpkg"
    parameters = {
        "INPUT": m4_layer("EPSG:32637"),
        "START": f"{TRUMBA.lon},{TRUMBA.lat} [EPSG:4326]",
        "END": f"{AIN_AL_HAVR.lon},{AIN_AL_HAVR.lat} [EPSG:4326]",
        "CHECKPOINT_INTERVAL": 5,
        "OUTPUT": str(patrol),
        "CHECKPOINTS": str(stops),
    }
    message = cancelled(run, "patrolsegment", parameters, CancelAt(90))
    assert message == (
        f"Cancelled: the file {patrol} ('Patrol') was deleted; "
        f"the file {stops} ('Checkpoints') was deleted. Nothing was loaded."
    )
    assert not list(tmp_path.iterdir())


# -- the bridge's loops -------------------------------------------------------------------


def test_batches_call_the_check_before_the_first_and_after_each():
    calls = []
    lists = list(in_batches(range(2500), 1000, lambda done, total: calls.append((done, total)), 2500))
    assert [len(batch) for batch in lists] == [1000, 1000, 500] and sum(lists, []) == list(range(2500))
    assert calls == [(0, 2500), (1000, 2500), (2000, 2500), (2500, 2500)]
    assert list(in_batches([], 10)) == []


def recorder(stop_at=None):
    calls = []

    def check(done, total):
        calls.append((done, total))
        if stop_at is not None and done >= stop_at:
            raise Stop()

    return calls, check


def test_reading_points_calls_the_check_and_stops(qgis_app, monkeypatch):
    monkeypatch.setattr(reading, "BATCH", 1_000)
    source = incidents(2500)
    calls, check = recorder()
    points = reading.read_point_parts(source, date_field="day", check=check)
    assert points.ids.size == 2500
    assert calls == [(0, 2500), (1000, 2500), (2000, 2500), (2500, 2500)]
    calls, check = recorder()
    ids, *_ = reading.read_points(source, check=check)
    assert ids.size == 2500 and calls[-1] == (2500, 2500)

    calls, check = recorder(stop_at=1000)
    with pytest.raises(Stop):
        reading.read_point_parts(source, check=check)
    assert calls == [(0, 2500), (1000, 2500)]

    # A snapshot cannot tell its count: the check still comes, with no total.
    calls, check = recorder()
    reading.read_point_parts(layers.LayerSnapshot(source), check=check)
    assert calls == [(0, None), (1000, None), (2000, None), (2500, None)]


def test_flagging_calls_the_check_and_stops_with_all_handed_over_written(qgis_app, monkeypatch):
    monkeypatch.setattr(reading, "BATCH", 1_000)
    source, road = incidents(2500), m4_layer("EPSG:32637")
    parts, labels, crs = layers.read_lines(road)
    corridor = build_corridor(assemble_route(parts, crs=crs, labels=labels), 6000, 6000)
    calls, check = recorder()
    written = []
    found = flagging.flag_layer(source, corridor, road.crs(), written.extend, check=check)
    assert len(written) == 2500 and len(found.flags) == 2500
    assert calls == [(0, 2500), (1000, 2500), (2000, 2500), (2500, 2500)]
    calls, check = recorder(stop_at=2000)
    written = []
    with pytest.raises(Stop):
        flagging.flag_layer(source, corridor, road.crs(), written.extend, check=check)
    assert calls[-1] == (2000, 2500) and len(written) == 2000


def test_a_failed_write_stops_the_flagging(qgis_app, monkeypatch):
    monkeypatch.setattr(reading, "BATCH", 1_000)
    source, road = incidents(2500), m4_layer("EPSG:32637")
    parts, labels, crs = layers.read_lines(road)
    corridor = build_corridor(assemble_route(parts, crs=crs, labels=labels), 6000, 6000)

    def full(features):
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        flagging.flag_layer(source, corridor, road.crs(), full)


def test_a_task_check_moves_its_progress_and_stops_when_cancelled(qgis_app):
    task = EngineTask("test", lambda task: None, lambda *_: None)
    check = task.within(40, 50, 2000)
    check(1000, None)  # the loop cannot tell the total: the task's is used
    assert task.progress() == pytest.approx(45)
    task.within(80, 90)(500, 1000)
    assert task.progress() == pytest.approx(85)
    task.cancel()
    with pytest.raises(Cancelled):
        check(1500, None)


# -- the dock -------------------------------------------------------------------------


@pytest.fixture
def dock(qgis_iface, qtbot):
    Settings().save()  # the defaults
    road, points = m4_layer("EPSG:32637"), incidents()
    QgsProject.instance().addMapLayers([road, points])
    clear_bar(qgis_iface)
    widget = CorridorDock(qgis_iface)
    qtbot.addWidget(widget)
    widget.road.layer_combo.setLayer(road)
    widget.incidents.layer_combo.setLayer(points)
    yield widget
    widget.teardown()
    QgsProject.instance().removeAllMapLayers()
    QgsProject.instance().layerTreeRoot().removeAllChildren()


def added_layers():
    return [layer.name() for layer in QgsProject.instance().mapLayers().values()]


def test_the_dock_cancels_inside_the_loops_and_adds_nothing(dock, qgis_iface, qtbot, monkeypatch):
    # Batches of 2,000 of the 20,000: the bar at 54.8, 59.6, 64.4, 69.2 ... % (40 % with
    # the route, 50 % with the corridor, 98 % flagged); cancelled at 64.4 %, the task stops at the next batch.
    monkeypatch.setattr(reading, "BATCH", 2_000)
    low, high = 62, 70
    seen = []

    def progress(value):
        seen.append(value)
        if low < value < high:
            dock.runner.cancel()

    dock.runner.progressChanged.connect(progress)
    before = set(added_layers())
    with qtbot.waitSignal(dock.finished, timeout=20_000):
        dock.incidents.flag_button.click()
    QCoreApplication.processEvents()
    assert [round(value) for value in seen if 50 < value < 80] == [55, 60, 64]  # the bar moved with the batches
    assert max(seen) < high  # and the task stopped there
    assert set(added_layers()) == before  # no flagged layer, no corridor
    info = bar_messages(qgis_iface, Qgis.MessageLevel.Info)
    assert any("Cancelled flagging incidents; nothing was added." in message for message in info)
