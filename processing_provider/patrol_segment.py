"""secure_corridor:patrolsegment — the patrol stretch between two places, and checkpoints."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..bridge.features import CHECKPOINT_FIELDS, checkpoint_features, fields, patrol_features
from ..bridge.translation import tr
from ..core import checkpoints
from .common import CorridorAlgorithm, gap_help, output_note, paragraphs, route_options_help
from .patrol_inputs import PatrolInputs


class PatrolSegment(PatrolInputs, CorridorAlgorithm):
    NAME = "patrolsegment"

    def displayName(self):  # noqa: N802 (QGIS API)
        return tr("Patrol stretch between two places")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return (
            tr("Cuts the stretch of road a patrol drives between two places, each snapped to the "
               "nearest point of the road, and optionally puts checkpoints every N km along it. "
               "The road may come in many line features; they are assembled into one route first, "
               "so the stretch follows the road across its parts. Lengths are geodesic (WGS84).")
            + "<br><br>"
            + paragraphs(
                tr("<b>Road</b>: a line layer (or its selected features)."),
                tr("<b>Start</b>, <b>End</b>: the patrol's two ends, points with their CRS (a point "
                   "without one is read in the project's CRS, or the road's). Or, for an end without a "
                   "point, <b>Start place name</b> / <b>End place name</b> searched in <b>Places</b> "
                   "(its <b>Name field</b> and every field with 'name' in its name, e.g. name_ar), with the "
                   "dock's tolerant search: 'Saraqeb' finds Saraqab. A name that matches several places "
                   "equally well is an error that lists them. "
                   "<b>Start name</b>, <b>End name</b>: their names, for fields and messages "
                   "(default Start and End)."),
                tr("<b>Snap tolerance</b>: how far (m) each end may lie from the road."),
                tr("<b>Checkpoint interval</b>: km between checkpoints, from the start; 0 for none."),
            )
            + gap_help()
            + route_options_help()
            + "<br>"
            + paragraphs(
                tr("<b>Patrol</b> (a line in the road's CRS, from start to end), fields: start_name, "
                   "end_name, start_km and end_km (km along the route, which runs west to east), "
                   "length_km."),
                tr("<b>Checkpoints</b> (points; empty when the interval is 0), fields: km (from the patrol's "
                   "start; the end is the last checkpoint), route_km (km along the route), label."),
                tr("Outputs LENGTH_KM, START_KM and END_KM hold the patrol's numbers for models."),
            )
            + "<br>"
            + output_note()
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add_patrol_inputs()
        self.addParameter(
            QgsProcessingParameterNumber(
                "CHECKPOINT_INTERVAL", tr("Checkpoint interval (km), 0 for none"),
                QgsProcessingParameterNumber.Type.Double, 0.0, False, 0.0,
            )
        )
        self.add_gap_tolerance()
        self.add_route_options(advanced=True)
        self.addParameter(
            QgsProcessingParameterFeatureSink("OUTPUT", tr("Patrol"), QgsProcessing.SourceType.TypeVectorLine)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "CHECKPOINTS", tr("Checkpoints"), QgsProcessing.SourceType.TypeVectorPoint, None, True, True
            )
        )
        self.addOutput(QgsProcessingOutputNumber("LENGTH_KM", tr("Patrol length (km)")))
        self.addOutput(QgsProcessingOutputNumber("START_KM", tr("Start, km along the route")))
        self.addOutput(QgsProcessingOutputNumber("END_KM", tr("End, km along the route")))

    def compute(self, parameters, context, feedback, progress):
        interval_km = self.parameterAsDouble(parameters, "CHECKPOINT_INTERVAL", context)
        source, route, patrol = self.patrol(parameters, context, feedback, progress)
        crs = source.sourceCrs()
        stops = None
        if interval_km > 0:
            progress(60, tr("Placing checkpoints"))
            stops = checkpoints(patrol, interval_km)
        progress(80, tr("Writing the patrol"))
        field_set, features = patrol_features(patrol, crs)
        results = {
            "OUTPUT": self.write(
                parameters, "OUTPUT", context, field_set, QgsWkbTypes.Type.LineString, crs, features, style="patrol",
                check=progress.within(80, 90),
            ),
            "LENGTH_KM": patrol.length_km,
            "START_KM": patrol.start_km,
            "END_KM": patrol.end_km,
        }
        field_set, features = (
            checkpoint_features(stops, crs) if stops is not None else (fields(CHECKPOINT_FIELDS), [])
        )
        checkpoints_id = self.write(
            parameters, "CHECKPOINTS", context, field_set, QgsWkbTypes.Type.Point, crs, features, style="checkpoints",
            check=progress.within(90, 100),
        )
        if checkpoints_id is not None:
            results["CHECKPOINTS"] = checkpoints_id
        progress(100, tr("Done"))
        return results
