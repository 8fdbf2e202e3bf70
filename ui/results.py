"""Showing results: layers in the road's group, temporary or in a GeoPackage.

The layers are made and styled by ``bridge.project``; this module only decides
where they go and tells the user when they are temporary.
"""

from qgis.core import Qgis, QgsProject, QgsVectorLayer

from ..bridge import geopackage_copy, project
from ..bridge.layers import LayerSnapshot
from ..bridge.translation import tr
from ..core import CorridorError
from . import messages
from .runner import report

def temporary():
    return tr("Temporary layers are lost when QGIS closes: choose a GeoPackage to keep them.")


class Results:
    """Puts output layers in the project for one dock.

    Small results are written to the GeoPackage chosen under Results as they
    are shown; flagged incidents come from a table a task filled
    (:meth:`put_in_place`), and Save results writes in the background
    (:meth:`save_group`), both through ``run(description, work, on_done)``
    (the dock's runner).
    """

    def __init__(self, iface, run=None):
        self.iface, self.run = iface, run
        self.told_temporary = False
        self._saving = 0
        self._when_saved = []

    def add(self, road_name, crs, made, gpkg_path=""):
        """Show [(name, geometry type, (fields, features) or a memory layer made
        already, style kind)] in the road's group, replacing same-named layers of
        an earlier run; returns the layers shown. Features are written to the
        GeoPackage ``gpkg_path`` first; a memory layer made already (a task's,
        made before a GeoPackage was chosen) is shown as it is."""
        built = [
            content if isinstance(content, QgsVectorLayer) else project.memory_layer(name, kind, crs, *content)
            for name, kind, content, _ in made
        ]
        kinds = [kind for *_, kind in made]
        if gpkg_path:
            for layer in built:
                project.remove(road_name, layer.name())  # let go of the tables about to be replaced
            written = [k for k, (*_, content, _) in enumerate(made) if not isinstance(content, QgsVectorLayer)]
            for k, layer in zip(written, project.write_geopackage(gpkg_path, [built[k] for k in written])):
                built[k] = layer
        elif not self.told_temporary:
            self.told_temporary = True
            messages.show(self.iface, temporary(), Qgis.MessageLevel.Info, 10)
        project.show(road_name, list(zip(built, kinds)))
        return built

    def when_saved(self, callback):
        """Call ``callback`` once the background saves have ended (now, if none is running)."""
        if self._saving:
            self._when_saved.append(callback)
        else:
            callback()

    def put_in_place(self, road_name, plan, name, kind):
        """Show the table a task flagged into (``plan``, a
        :class:`.geopackage_copy.CopyPlan` or ``StagedTable``) as the layer
        ``name``, in place of an earlier run's layer and table of that name.
        The earlier table is dropped in the background."""
        project.remove(road_name, name)  # let go of the table about to be replaced
        table = project.table_name(name)
        try:
            replaced = geopackage_copy.swap_in(plan, table)
        except CorridorError as error:
            report(self.iface, error, tr("saving the results"))
            return
        project.show(road_name, [(project.load_table(plan.path, table, name), kind)])
        if replaced is not None:
            self._in_background(lambda task: geopackage_copy.drop(plan.path, replaced), lambda _, error: self._report(error))

    def save_group(self, road_name, path, then):
        """Write the road group's layers as they are to the GeoPackage ``path``
        in the background (a million flagged incidents take a minute), then show
        them from there, styled, in place and still marked stale where they were;
        ``then(layers saved)``, or ``then(None)`` after an error (reported; the
        layers stay as they were)."""
        layers = project.group_layers(road_name)
        context = QgsProject.instance().transformContext()
        writes = [(LayerSnapshot(layer), layer.name(), layer.featureCount()) for layer in layers
                  if not project.is_table_of(layer, path)]  # already there: nothing to write
        total = sum(count for *_, count in writes) or 1
        kept = [(layer.id(), layer.name(), layer.customProperty(project.KIND_PROPERTY),
                 layer.customProperty(project.STALE_PROPERTY)) for layer in layers]

        def work(task):
            done = 0
            for snapshot, name, count in writes:
                part = task.within(100 * done / total, 100 * (done + count) / total)
                project.write_table(path, snapshot, name, context, check=part, count=count)
                done += count

        def shown(_, error):
            if error is not None:
                self._report(error)
                then(None)
                return
            saved = []
            for layer_id, name, kind, stale in kept:
                if QgsProject.instance().mapLayer(layer_id) is None:  # removed meanwhile
                    continue
                layer = project.load_table(path, project.table_name(name), name)
                project.show(road_name, [(layer, kind)])
                if stale:
                    layer.setCustomProperty(project.STALE_PROPERTY, stale)  # still stale, as it was
                saved.append(layer)
            then(saved)

        self._in_background(work, shown)

    def _report(self, error):
        if error is not None:
            report(self.iface, error, tr("saving the results"))

    def _in_background(self, work, done):
        """Run ``work(task)`` as a save in the background, then ``done(result, error)``."""

        def finish(result, error):
            try:
                done(result, error)
            finally:
                self._saving -= 1
                if not self._saving:
                    callbacks, self._when_saved = self._when_saved, []
                    for callback in callbacks:
                        callback()

        self._saving += 1
        self.run(tr("saving the results"), work, finish)
