"""Running the plugin's algorithms from the demo: the provider registered, and
how destinations and points are written for Processing."""

from qgis.core import QgsApplication

from ..processing_provider import Provider


class DemoError(Exception):
    """A problem with the demo's inputs or results, said for a person."""


class registered_provider:  # noqa: N801 (used as a context manager)
    """The plugin's Processing provider, registered for the duration of a ``with``
    (unless it already is, e.g. with the plugin loaded)."""

    def __enter__(self):
        registry = QgsApplication.processingRegistry()
        self.provider = None
        if registry.providerById("secure_corridor") is None:
            self.provider = Provider()
            if not registry.addProvider(self.provider):
                raise DemoError("Could not register the Secure Corridor Processing provider.")
        return self

    def __exit__(self, *exc):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
        return False


def gpkg_table(gpkg, table):
    """A Processing destination: table ``table`` in the GeoPackage ``gpkg``."""
    return f"ogr:dbname='{gpkg}' table=\"{table}\" (geom)"


def point(place):
    return f"{place.lon},{place.lat} [EPSG:4326]"
