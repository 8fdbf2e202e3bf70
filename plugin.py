"""Wires Secure Corridor into QGIS; ``unload`` undoes everything ``initGui`` did."""

from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .bridge import log, translation
from .bridge.translation import tr

ICON = Path(__file__).resolve().parent / "resources" / "icon.svg"
MENU = "Secure Corridor"


class Plugin:
    """The QGIS plugin object returned by ``classFactory``."""

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.action = None
        self.dock = None
        self._log_handler = None
        # Before anything is made, so that the dock and the Processing algorithms
        # (qgis_process too) speak QGIS's language.
        self.translator = translation.install()

    def initProcessing(self):  # noqa: N802 (QGIS API)
        """Register the Processing provider (also called alone by qgis_process)."""
        if self.provider is None:
            from .processing_provider import Provider

            self.provider = Provider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802 (QGIS API)
        from .ui.dock import CorridorDock

        self._log_handler = log.install()
        self.initProcessing()
        window = self.iface.mainWindow()
        self.action = QAction(QIcon(str(ICON)), "Secure Corridor", window)
        self.action.setObjectName("SecureCorridorAction")
        self.action.setToolTip(tr("Corridor, patrol stretch and incident flags along a road"))
        self.dock = CorridorDock(self.iface, window)
        self.dock.setToggleVisibilityAction(self.action)
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.iface.addToolBarIcon(self.action)
        self.iface.addPluginToVectorMenu(MENU, self.action)

    def unload(self):
        if self.dock is not None:
            self.dock.teardown()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.action is not None:
            self.iface.removePluginVectorMenu(MENU, self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self._log_handler is not None:
            log.remove(self._log_handler)
            self._log_handler = None
        translation.remove(self.translator)
        self.translator = None
