"""Showing results: layers in the road's group, temporary or in a GeoPackage.

The layers are made and styled by ``bridge.project``; this module only decides
where they go and tells the user when they are temporary.
"""

from qgis.core import Qgis, QgsVectorLayer

from ..bridge import project
from ..bridge.translation import tr
from . import messages

def temporary():
    return tr("Temporary layers are lost when QGIS closes: choose a GeoPackage to keep them.")


class Results:
    """Puts output layers in the project for one dock."""

    def __init__(self, iface):
        self.iface = iface
        self.told_temporary = False

    def add(self, road_name, crs, made, gpkg_path=""):
        """Show [(name, geometry type, (fields, features) or a memory layer made
        already, style kind)] in the road's group, replacing same-named layers of
        an earlier run; returns the layers shown."""
        built = [
            content if isinstance(content, QgsVectorLayer) else project.memory_layer(name, kind, crs, *content)
            for name, kind, content, _ in made
        ]
        if gpkg_path:
            for layer in built:
                project.remove(road_name, layer.name())  # let go of the tables about to be replaced
            built = project.write_geopackage(gpkg_path, built)
        elif not self.told_temporary:
            self.told_temporary = True
            messages.show(self.iface, temporary(), Qgis.MessageLevel.Info, 10)
        project.show(road_name, [(layer, style) for layer, (*_, style) in zip(built, made)])
        return built
