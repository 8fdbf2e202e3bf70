"""Wires Secure Corridor into QGIS; ``unload`` undoes everything ``initGui`` did."""

from .bridge import log


class Plugin:
    """The QGIS plugin object returned by ``classFactory``."""

    def __init__(self, iface):
        self.iface = iface
        self._log_handler = None

    def initGui(self):  # noqa: N802 (QGIS API)
        self._log_handler = log.install()

    def unload(self):
        if self._log_handler is not None:
            log.remove(self._log_handler)
            self._log_handler = None
