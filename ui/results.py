"""Showing results: layers in the road's group, temporary or in a GeoPackage.

The layers are made and styled by ``bridge.project``; this module only decides
where they go and tells the user when they are temporary.
"""

from qgis.core import Qgis, QgsProject, QgsVectorLayer

from ..bridge import project
from ..bridge.layers import LayerSnapshot
from ..bridge.translation import tr
from . import messages
from .runner import report

def temporary():
    return tr("Temporary layers are lost when QGIS closes: choose a GeoPackage to keep them.")


class Results:
    """Puts output layers in the project for one dock.

    A layer the dock's task has filled already (a memory layer, possibly of a
    million features) is shown at once and, when a GeoPackage is chosen,
    written to it in the background by ``run(description, work, on_done)``
    (the dock's runner); once written it is shown from the GeoPackage.
    """

    def __init__(self, iface, run=None):
        self.iface, self.run = iface, run
        self.told_temporary = False
        self._saving = 0
        self._when_saved = []

    def add(self, road_name, crs, made, gpkg_path=""):
        """Show [(name, geometry type, (fields, features) or a memory layer made
        already, style kind)] in the road's group, replacing same-named layers of
        an earlier run; returns the layers shown."""
        built = [
            content if isinstance(content, QgsVectorLayer) else project.memory_layer(name, kind, crs, *content)
            for name, kind, content, _ in made
        ]
        kinds = [kind for *_, kind in made]
        later = []
        if gpkg_path:
            later = [k for k, (*_, content, _) in enumerate(made) if isinstance(content, QgsVectorLayer) and self.run]
            for layer in built:
                project.remove(road_name, layer.name())  # let go of the tables about to be replaced
            now = [k for k in range(len(built)) if k not in later]
            for k, layer in zip(now, project.write_geopackage(gpkg_path, [built[k] for k in now])):
                built[k] = layer
        elif not self.told_temporary:
            self.told_temporary = True
            messages.show(self.iface, temporary(), Qgis.MessageLevel.Info, 10)
        project.show(road_name, list(zip(built, kinds)))
        for k in later:
            self._save_later(road_name, gpkg_path, built[k], kinds[k])
        return built

    def when_saved(self, callback):
        """Call ``callback`` once the background saves have ended (now, if none is running)."""
        if self._saving:
            self._when_saved.append(callback)
        else:
            callback()

    def _save_later(self, road_name, path, layer, kind):
        snapshot = LayerSnapshot(layer)
        layer_id, name, count = layer.id(), layer.name(), layer.featureCount()
        context = QgsProject.instance().transformContext()

        def work(task):
            return project.write_table(path, snapshot, name, context, check=task.within(0, 100, count))

        def done(table, error):
            try:
                if error is not None:
                    report(self.iface, error, tr("saving the results"))  # the temporary layer stays
                elif QgsProject.instance().mapLayer(layer_id) is not None:  # not replaced meanwhile
                    project.show(road_name, [(project.load_table(path, table, name), kind)])
            finally:
                self._saving -= 1
                if not self._saving:
                    callbacks, self._when_saved = self._when_saved, []
                    for callback in callbacks:
                        callback()

        self._saving += 1
        self.run(tr("saving the results"), work, done)
