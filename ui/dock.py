"""The Secure Corridor dock: road, corridor, patrol, incidents, parameters, results.

The dock reads its inputs, hands the work to the engine (``core``) in a
background task, and puts the results in the project through ``bridge``. It
keeps the last route, corridor and patrol so that later steps reuse them; any
change to the road forgets them. ``finished(name)`` is emitted when a run
("route", "corridor", "patrol", "incidents") ends, however it ended.
"""

from collections import namedtuple
from pathlib import Path

from qgis.core import Qgis, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt, QTimer, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QApplication, QFileDialog, QMainWindow, QProgressBar, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ..bridge import features as out
from ..bridge import layers, points, project
from ..bridge.settings import Settings
from ..bridge.translation import direction, error_text, tr
from ..core import (
    ClosedLoopError,
    CorridorError,
    CorridorSpec,
    LeftOutRoadError,
    assemble_route,
    build_corridor,
    checkpoints,
    locate,
    patrol_segment,
)
from ..core.patrol import nearest_place
from . import analysis, flag_run, messages, parameters, patrol_files, remembered, text
from .map_tool import RoutePointTool
from .messages import TITLE
from .place_picker import PatrolSection
from .results import Results
from .runner import Runner, report
from .sections import ChartSection, CorridorSection, IncidentsSection, OutputSection, RoadSection, row, show_summary
from .wheel import WheelGuard

HELP = Path(__file__).resolve().parent.parent / "resources" / "help" / "index.html"
Road = namedtuple("Road", "name crs")  # where a run's results go: the road's group, in its CRS


class CorridorDock(QgsDockWidget):
    finished = pyqtSignal(str)

    def __init__(self, iface, parent=None):
        super().__init__(TITLE, parent)
        self.setObjectName("SecureCorridorDock")
        # QGIS lays itself out right to left for Arabic; the dock follows its locale
        # even where a floating dock would not inherit the main window's direction.
        self.setLayoutDirection(direction())
        self.iface = iface
        self.runner = Runner(self)
        self.results = Results(iface, run=lambda description, work, done: self.runner.start(f"{TITLE}: {description}", work, done))
        self.route = self.corridor = self.patrol = None
        self._corridor_args = None
        self._generation = 0  # counts road changes, so that a late route for an old road is dropped
        self._tool = self._previous_tool = None
        self._kept = (None, None)  # focus and scroll position while a run is busy

        self.road, self.corridor_box = RoadSection(), CorridorSection()
        self.patrol_box, self.incidents, self.output = PatrolSection(), IncidentsSection(), OutputSection()
        self.chart_box = ChartSection()
        self.body = QWidget()
        sections = QVBoxLayout(self.body)
        for section in (self.road, self.corridor_box, self.patrol_box, self.incidents, self.output, self.chart_box):
            sections.addWidget(section)
        sections.addStretch(1)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Always there: a scroll bar that comes and goes narrows the sections after
        # their wrapped summaries were laid out, and cuts off their last line.
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        scroll.setWidget(self.body)
        self.wheel_guard = WheelGuard(self.body)
        self._fitted = False
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.busy_row = row(self.progress, self.cancel_button)
        self.busy_row.hide()
        container = QWidget()
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.busy_row)
        self.setWidget(container)

        self.road.changed.connect(self._forget_route)
        for picker in (self.patrol_box.start, self.patrol_box.end):
            picker.changed.connect(lambda: self.road.between_patrol_ends.isChecked() and self._forget_route())
        self.road.assemble_button.clicked.connect(lambda: self.run_assembly())
        self.corridor_box.build_button.clicked.connect(self.run_corridor)
        self.corridor_box.places_button.clicked.connect(lambda: analysis.open_places(self))
        self.corridor_box.scenarios_button.clicked.connect(lambda: analysis.open_scenarios(self))
        self.patrol_box.build_button.clicked.connect(self.run_patrol)
        self.patrol_box.gps_button.clicked.connect(lambda: patrol_files.export_gps(self))
        self.patrol_box.book_button.clicked.connect(lambda: patrol_files.export_route_book(self))
        self.patrol_box.start.mapRequested.connect(lambda: self.pick_on_map(self.patrol_box.start))
        self.patrol_box.end.mapRequested.connect(lambda: self.pick_on_map(self.patrol_box.end))
        self.incidents.flag_button.clicked.connect(self.run_flags)
        self.output.save_button.clicked.connect(lambda: self.save_spec())
        self.output.load_button.clicked.connect(lambda: self.load_spec())
        self.output.save_results_button.clicked.connect(lambda: self.save_results())
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.output.help_button.clicked.connect(self.show_help)
        self.runner.busyChanged.connect(self._set_busy)
        self.runner.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        parameters.apply_settings(self, Settings.load())
        remembered.apply_state(self)
        QgsProject.instance().readProject.connect(self._project_read)
        QgsProject.instance().layersAdded.connect(self._layers_added)

    def showEvent(self, event):  # noqa: N802 (Qt API)
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            QTimer.singleShot(0, self.fit_width)

    def fit_width(self):
        """Widen the docked dock so that its sections are not cut off at the right.

        Done once, when first shown: QGIS gives a new dock on the right under
        300 px, narrower than the sections need. The user may narrow it again.
        """
        window = self.parentWidget()
        if self.isFloating() or not isinstance(window, QMainWindow) or window.dockWidgetArea(self) == Qt.DockWidgetArea.NoDockWidgetArea:
            return
        missing = self.body.minimumSizeHint().width() - self.scroll.viewport().width()
        if missing > 0:
            window.resizeDocks([self], [self.width() + missing], Qt.Orientation.Horizontal)

    def _forget_route(self):
        self._generation += 1
        self.route = self.corridor = self.patrol = None
        show_summary(self.road.summary, "")

    def _set_busy(self, busy):
        bar = self.scroll.verticalScrollBar()
        if busy:
            # Disabling the focused button hands the focus down the dock, and the
            # scroll area follows it: park the focus on Cancel, keep the position.
            self._kept = (QApplication.focusWidget(), bar.value())
        for button in (
            self.road.assemble_button,
            self.corridor_box.build_button,
            self.patrol_box.build_button,
            self.patrol_box.book_button,
            self.patrol_box.gps_button,
            self.patrol_box.start.map_button,
            self.patrol_box.end.map_button,
            self.incidents.flag_button,
            self.output.save_results_button,
        ):
            button.setEnabled(not busy)
        self.progress.setValue(0)
        self.busy_row.setVisible(busy)
        if busy:
            self.cancel_button.setFocus()
        else:
            focused, value = self._kept
            if focused is not None and self.body.isAncestorOf(focused) and focused.isEnabled():
                focused.setFocus()
            if value is not None:
                bar.setValue(value)
                QTimer.singleShot(0, lambda: bar.setValue(value))  # after the summaries' new heights

    def corridor_args(self):
        """(left_m, right_m, end_cap, from_km, to_km) from the corridor section."""
        box = self.corridor_box
        return (box.left_width.value() * 1000, box.right_width.value() * 1000, box.cap(), *box.stretch())

    # -- runs: inputs read here, engine work in a task, results shown here ----------

    def start_run(self, name, doing, prepare, work, show):
        """``prepare()`` reads inputs on this thread; the task assembles the route if
        needed and runs ``work(route, inputs, task)``; ``show(route, inputs, result, road)`` after."""
        if self.runner.busy():
            return
        try:
            layer = self.road.layer()
            if layer is None:
                raise CorridorError(tr("Choose the road's line layer under Road."))
            road_source = None
            if self.route is None:
                road_source = layers.LayerSnapshot(layer, self.road.selected_only.isChecked())
            options = self._route_options()
            inputs = prepare()
            parameters.settings_of(self).save()
            remembered.state_of(self).save()
        except Exception as error:  # noqa: BLE001 - every problem is reported, none raised into Qt
            report(self.iface, error, doing)
            self.finished.emit(name)
            return
        route, generation, road = self.route, self._generation, Road(layer.name(), layer.crs())

        def run(task):
            ready = route
            if ready is None:
                lines, labels, crs = layers.read_lines(road_source)
                try:
                    ready = assemble_route(lines, crs, labels=labels, **options)
                except (ClosedLoopError, LeftOutRoadError) as error:
                    raise CorridorError(
                        tr("{error} Under Road: tick 'Between the patrol ends' to run the route between "
                           "them, or 'Leave out road off the route'.").format(error=error_text(error))
                    ) from None
            task.step(40)
            return ready, work(ready, inputs, task)

        def done(result, error):
            try:
                if error is not None:
                    raise error
                ready, value = result
                messages.clear(self.iface)  # an earlier error no longer holds
                current = generation == self._generation
                if current:
                    self._keep_route(ready)
                show(ready, inputs, value, road)
                if not current:  # the road changed while this ran: show, but do not reuse
                    self.corridor = self.patrol = None
            except Exception as failure:  # noqa: BLE001
                report(self.iface, failure, doing)
            self.results.when_saved(lambda: self.finished.emit(name))

        self.runner.start(f"{TITLE}: {doing}", run, done)

    def _route_options(self):
        """assemble_route's options from the Road section (and the patrol's ends)."""
        ends = None
        if self.road.between_patrol_ends.isChecked():
            ends = (self.patrol_box.start.place(), self.patrol_box.end.place())
            if None in ends:
                raise CorridorError(
                    tr("The route runs between the patrol ends (under Road), but they are not both chosen: "
                       "choose them under Patrol, or untick 'Between the patrol ends'.")
                )
        return dict(
            gap_tolerance_m=self.road.tolerance.value(),
            bridge_all_gaps=self.road.bridge_all.isChecked(),
            reverse=self.road.reverse.isChecked(),
            ends=ends,
            leave_out=self.road.leave_out.isChecked(),
        )

    def _keep_route(self, route):
        if route is not self.route:
            self.route, self.corridor, self.patrol = route, None, None
        self.corridor_box.set_side_names(route.side_names)
        show_summary(self.road.summary, text.route_summary(route))

    def run_assembly(self, then=None):
        """Assemble the route and show it (km 0, direction, its ends named by the nearest places)."""

        def show(route, _inputs, _result, road):
            start, end = (self._end_name(*point, fallback) for point, fallback in
                          ((route.start, tr("Route start")), (route.end, tr("Route end"))))
            content = out.route_features(route, road.crs, start, end)
            self.results.add(*road, [(tr("route"), "LineString", content, "route")], self.output.gpkg_path())
            show_summary(self.road.summary, text.route_summary(route, start, end))
            if then:
                then()

        self.start_run("route", tr("assembling the route"), lambda: None, lambda *_: None, show)

    def _end_name(self, lon, lat, fallback):
        """The name of the place nearest a route end (within 5 km), or ``fallback``."""
        places = points.read_places(self.patrol_box.places_combo.currentLayer(), self.patrol_box.name_field.currentField())
        found = nearest_place(places, lon, lat)
        return found[0] if found else fallback

    def corridor_for(self, args):
        """The corridor kept from the last run, if it was built with ``args`` (corridor_args())."""
        return self.corridor if self._corridor_args == args else None

    def show_corridor(self, corridor, args, road):
        self.corridor, self._corridor_args = corridor, args
        show_summary(self.corridor_box.summary, text.corridor_summary(corridor))
        return (tr("corridor"), "Polygon", out.corridor_features(corridor, road.crs), "corridor")

    def run_corridor(self):
        def show(route, args, corridor, road):
            self.results.add(*road, [self.show_corridor(corridor, args, road)], self.output.gpkg_path())

        self.start_run("corridor", tr("building the corridor"), self.corridor_args, lambda r, a, _: build_corridor(r, *a), show)

    def patrol_inputs(self):
        box = self.patrol_box
        if box.start.place() is None:
            raise CorridorError(tr("Choose where the patrol starts: type a place name or pick a point on the map."))
        if box.end.place() is None:
            raise CorridorError(tr("Choose where the patrol ends: type a place name or pick a point on the map."))
        return box.start.place(), box.end.place(), box.snap.value() * 1000, box.interval.value()

    def run_patrol(self):
        def work(route, inputs, task):
            start, end, snap_m, interval = inputs
            patrol = patrol_segment(route, start, end, snap_tolerance_m=snap_m)
            return patrol, (checkpoints(patrol, interval) if interval else None)

        def show(route, inputs, result, road):
            self.patrol, stops = result
            made = [(tr("patrol"), "LineString", out.patrol_features(self.patrol, road.crs), "patrol")]
            if stops is None:
                project.remove(road.name, tr("checkpoints"))
            else:
                made.append((tr("checkpoints"), "Point", out.checkpoint_features(stops, road.crs), "checkpoints"))
            self.results.add(*road, made, self.output.gpkg_path())
            show_summary(self.patrol_box.summary, text.patrol_summary(self.patrol, stops))

        self.start_run("patrol", tr("building the patrol"), self.patrol_inputs, work, show)

    def run_flags(self):
        flag_run.run_flags(self)

    # -- picking a patrol end on the map --------------------------------------------

    def pick_on_map(self, picker):
        """Let the user click the road for ``picker``; assembles the route first if needed."""
        if self.route is None:
            self.run_assembly(then=lambda: self.route is not None and self.pick_on_map(picker))
            return
        canvas = self.iface.mapCanvas()
        self._unset_tool()
        self._tool = RoutePointTool(canvas, self.snap)
        self._tool.picked.connect(lambda place, km: self._picked(picker, place))
        self._tool.hovered.connect(lambda message: show_summary(self.patrol_box.status, message))
        self._tool.cancelled.connect(self._unset_tool)
        self._tool.deactivated.connect(lambda: show_summary(self.patrol_box.status, ""))
        self._previous_tool = canvas.mapTool()
        canvas.setMapTool(self._tool)
        show_summary(self.patrol_box.status, tr("Click the road on the map (right click or Esc to cancel)."))

    def snap(self, lon, lat):
        """(lon, lat, km, distance m) of the route point nearest ``lon, lat``."""
        where = locate(self.route, [lon], [lat])
        return (float(where.foot_lon[0]), float(where.foot_lat[0]), float(where.chainage_m[0]) / 1000, float(where.distance_m[0]))

    def _picked(self, picker, place):
        picker.set_place(place)
        self._unset_tool()

    def _unset_tool(self):
        tool, self._tool = self._tool, None
        if tool is None:
            return
        canvas = self.iface.mapCanvas()
        if canvas.mapTool() is tool:
            canvas.unsetMapTool(tool)
            try:
                if self._previous_tool is not None:
                    canvas.setMapTool(self._previous_tool)
            except RuntimeError:  # the previous tool was deleted meanwhile
                pass
        tool.remove_marker()
        tool.deleteLater()
        self._previous_tool = None
        show_summary(self.patrol_box.status, "")

    # -- parameters ------------------------------------------------------------------

    def save_spec(self, path=None):
        """Save the dock's values as JSON (asks where when no ``path``)."""
        path = path or QFileDialog.getSaveFileName(self, tr("Save corridor parameters"), "", tr("JSON (*.json)"))[0]
        if not path:
            return
        try:
            parameters.spec_of(self).save(path)
        except (CorridorError, OSError) as error:
            report(self.iface, error, tr("saving the parameters"))
            return
        messages.show(self.iface, tr("Parameters saved to {path}.").format(path=path), Qgis.MessageLevel.Success, 5)

    def show_help(self):
        """Open the user guide shipped with the plugin, in the system's browser (works offline)."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(HELP)))

    def save_results(self, path=None):
        """Write the road's result layers to a GeoPackage: ``path``, the one chosen
        under Results, or one the user picks. They are written in the background
        and shown from there once written; ``finished("results")`` then."""
        road = self.road.layer()
        if self.runner.busy():
            return
        if road is None or not project.group_layers(road.name()):
            messages.show(self.iface, tr("There are no results to save yet: build the corridor first."),
                          Qgis.MessageLevel.Warning, 5)
            return
        path = path or self.output.gpkg_path() or QFileDialog.getSaveFileName(
            self, tr("Save results"), "", tr("GeoPackage (*.gpkg)")
        )[0]
        if not path:
            return
        path = path if path.lower().endswith(".gpkg") else f"{path}.gpkg"

        def saved(layers):
            if layers is not None:
                names = ", ".join(project.table_name(layer.name()) for layer in layers)
                messages.show(self.iface, tr("Results saved to {path}: {names}.").format(path=path, names=names),
                              Qgis.MessageLevel.Success, 10)
            self.finished.emit("results")

        self.results.save_group(road.name(), path, saved)

    def load_spec(self, path=None):
        """Load values saved as JSON (asks which file when no ``path``)."""
        path = path or QFileDialog.getOpenFileName(self, tr("Load corridor parameters"), "", tr("JSON (*.json)"))[0]
        if not path:
            return
        try:
            before = parameters.spec_of(self)
        except CorridorError:  # the dock holds a value no specification takes
            before = None
        try:
            loaded = CorridorSpec.load(path)
            parameters.apply_spec(self, loaded)
        except (CorridorError, OSError) as error:
            report(self.iface, error, tr("loading the parameters"))
            return
        if loaded == before:
            messages.show(self.iface, tr("Parameters loaded from {path}: the same as before.").format(path=path), Qgis.MessageLevel.Success, 5)
            return
        road = self.road.layer()
        stale = project.mark_stale(road.name()) if road is not None else 0
        for label in (self.road.summary, self.corridor_box.summary, self.patrol_box.summary, self.incidents.summary):
            show_summary(label, "")
        self.chart_box.show_data(None)
        words = tr("Parameters loaded from {path}.").format(path=path)
        if stale:
            words += " " + tr(
                "The {count} result layers on the map were built with the earlier ones and are marked "
                "'{mark}': build again to update them."
            ).format(count=stale, mark=project.stale_mark())
        messages.show(self.iface, words, Qgis.MessageLevel.Success, 10)

    def _project_read(self, *_):
        remembered.apply_state(self)

    def _layers_added(self, *_):
        """Layers added after the dock opened: guess the places layer if none is chosen yet."""
        if self.patrol_box.places_combo.currentLayer() is None:
            remembered.guess_places(self)

    def teardown(self):
        """Undo every connection to QGIS objects, put the map tool away, cancel any task."""
        for signal, slot in ((QgsProject.instance().readProject, self._project_read),
                             (QgsProject.instance().layersAdded, self._layers_added)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        self.runner.close()
        self._unset_tool()
        self.road.teardown()
        self.patrol_box.teardown()
