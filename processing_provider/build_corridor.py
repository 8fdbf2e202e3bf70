"""secure_corridor:buildcorridor — the corridor polygon along a road."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsWkbTypes,
)

from ..bridge.features import corridor_features
from ..core import build_corridor
from .common import GAP_HELP, OUTPUT_NOTE, ROUTE_OPTIONS_HELP, WIDTHS_HELP, CorridorAlgorithm


class BuildCorridor(CorridorAlgorithm):
    NAME = "buildcorridor"
    DISPLAY_NAME = "Build corridor"
    HELP = (
        "Builds the corridor along a road: every point within a true geodesic width "
        "(WGS84 ellipsoid, within 1 m) of the road, with its own width on each side. The road "
        "may come in many line features, in any order and direction; they are assembled into "
        "one route.<br><br>"
        "<b>Road</b>: a line layer (or its selected features).<br>"
        + WIDTHS_HELP
        + GAP_HELP
        + ROUTE_OPTIONS_HELP
        + "<br><b>Corridor</b> (one polygon in the road's CRS), fields: north_m and south_m (the "
        "widths on the left and right of travel), left_side and right_side (their names: "
        "north/south or west/east), end_cap, from_km and to_km (the stretch of route covered), "
        "length_km (of the route), area_km2 (geodesic area).<br>"
        "Outputs AREA_KM2 and LENGTH_KM hold the same numbers for models.<br><br>" + OUTPUT_NOTE
    )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "INPUT", self.tr("Road"), [QgsProcessing.SourceType.TypeVectorLine]
            )
        )
        self.add_widths()
        self.add_gap_tolerance()
        self.add_route_options()
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", self.tr("Corridor"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addOutput(QgsProcessingOutputNumber("AREA_KM2", self.tr("Area (km²)")))
        self.addOutput(QgsProcessingOutputNumber("LENGTH_KM", self.tr("Route length (km)")))

    def compute(self, parameters, context, feedback, progress):
        left_m, right_m, end_cap = self.widths(parameters, context)
        progress(5, self.tr("Assembling the route"))
        source, route = self.route(parameters, "INPUT", context, feedback)
        progress(40, self.tr("Building the corridor"))
        corridor = build_corridor(route, left_m, right_m, end_cap)
        progress(85, self.tr("Writing the corridor"))
        field_set, features = corridor_features(corridor, source.sourceCrs())
        for feature in features:
            geometry = feature.geometry()
            geometry.convertToMultiType()
            feature.setGeometry(geometry)
        dest_id = self.write(
            parameters, "OUTPUT", context, field_set, QgsWkbTypes.Type.MultiPolygon,
            source.sourceCrs(), features, style="corridor", check=progress.within(85, 100),
        )
        feedback.pushInfo(self.tr("Corridor of {:.2f} km².").format(corridor.area_km2))
        progress(100, self.tr("Done"))
        return {"OUTPUT": dest_id, "AREA_KM2": corridor.area_km2, "LENGTH_KM": route.length_km}
