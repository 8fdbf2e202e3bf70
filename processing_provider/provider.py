"""The Secure Corridor Processing provider: it only lists the algorithms."""

from pathlib import Path

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .build_corridor import BuildCorridor
from .compare_scenarios import CompareScenarios
from .export_gps import ExportGps
from .flag_incidents import FlagIncidents
from .patrol_segment import PatrolSegment
from .places_in_corridor import PlacesInCorridor
from .route_book import RouteBook

ICON = Path(__file__).resolve().parent.parent / "resources" / "icon.svg"


class Provider(QgsProcessingProvider):
    def id(self):
        return "secure_corridor"

    def name(self):
        return "Secure Corridor"

    def longName(self):  # noqa: N802 (QGIS API)
        return self.name()

    def icon(self):
        return QIcon(str(ICON)) if ICON.is_file() else super().icon()

    def loadAlgorithms(self):  # noqa: N802 (QGIS API)
        self.addAlgorithm(BuildCorridor())
        self.addAlgorithm(PatrolSegment())
        self.addAlgorithm(FlagIncidents())
        self.addAlgorithm(ExportGps())
        self.addAlgorithm(PlacesInCorridor())
        self.addAlgorithm(CompareScenarios())
        self.addAlgorithm(RouteBook())
