"""secure_corridor:buildcorridor — the corridor polygon along a road."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsWkbTypes,
)

from ..bridge.features import corridor_features
from ..bridge.translation import tr
from ..core import build_corridor
from .common import CorridorAlgorithm, gap_help, output_note, paragraphs, route_options_help, widths_help


class BuildCorridor(CorridorAlgorithm):
    NAME = "buildcorridor"

    def displayName(self):  # noqa: N802 (QGIS API)
        return tr("Build corridor")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return (
            tr("Builds the corridor along a road: every point within a true geodesic width "
               "(WGS84 ellipsoid, within 1 m) of the road, with its own width on each side. The road "
               "may come in many line features, in any order and direction; they are assembled into "
               "one route.")
            + "<br><br>"
            + paragraphs(tr("<b>Road</b>: a line layer (or its selected features)."))
            + widths_help()
            + gap_help()
            + route_options_help()
            + "<br>"
            + paragraphs(
                tr("<b>Corridor</b> (one polygon in the road's CRS), fields: north_m and south_m (the "
                   "widths on the left and right of travel), left_side and right_side (their names: "
                   "north/south or west/east), end_cap, from_km and to_km (the stretch of route covered), "
                   "length_km (of the route), area_km2 (geodesic area)."),
                tr("Outputs AREA_KM2 and LENGTH_KM hold the same numbers for models."),
            )
            + "<br>"
            + output_note()
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "INPUT", tr("Road"), [QgsProcessing.SourceType.TypeVectorLine]
            )
        )
        self.add_widths()
        self.add_gap_tolerance()
        self.add_route_options()
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", tr("Corridor"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addOutput(QgsProcessingOutputNumber("AREA_KM2", tr("Area (km²)")))
        self.addOutput(QgsProcessingOutputNumber("LENGTH_KM", tr("Route length (km)")))

    def compute(self, parameters, context, feedback, progress):
        left_m, right_m, end_cap = self.widths(parameters, context)
        progress(5, tr("Assembling the route"))
        source, route = self.route(parameters, "INPUT", context, feedback)
        progress(40, tr("Building the corridor"))
        corridor = build_corridor(route, left_m, right_m, end_cap)
        progress(85, tr("Writing the corridor"))
        field_set, features = corridor_features(corridor, source.sourceCrs())
        for feature in features:
            geometry = feature.geometry()
            geometry.convertToMultiType()
            feature.setGeometry(geometry)
        dest_id = self.write(
            parameters, "OUTPUT", context, field_set, QgsWkbTypes.Type.MultiPolygon,
            source.sourceCrs(), features, style="corridor", check=progress.within(85, 100),
        )
        feedback.pushInfo(tr("Corridor of {area_km2:.2f} km².").format(area_km2=corridor.area_km2))
        progress(100, tr("Done"))
        return {"OUTPUT": dest_id, "AREA_KM2": corridor.area_km2, "LENGTH_KM": route.length_km}
