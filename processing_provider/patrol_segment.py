"""secure_corridor:patrolsegment — the patrol stretch between two places, and checkpoints."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterPoint,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..bridge.features import CHECKPOINT_FIELDS, checkpoint_features, fields, patrol_features
from ..bridge.gazetteer import Gazetteer
from ..bridge.translation import tr
from ..core import checkpoints, patrol_segment
from .common import CorridorAlgorithm, gap_help, output_note, paragraphs, route_options_help


class PatrolSegment(CorridorAlgorithm):
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
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "INPUT", tr("Road"), [QgsProcessing.SourceType.TypeVectorLine]
            )
        )
        self.addParameter(QgsProcessingParameterPoint("START", tr("Start (a point)"), None, True))
        self.addParameter(QgsProcessingParameterPoint("END", tr("End (a point)"), None, True))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "PLACES", tr("Places, to name the ends instead"), [QgsProcessing.SourceType.TypeVectorPoint],
                None, True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "NAME_FIELD", tr("Name field of the places"), None, "PLACES",
                QgsProcessingParameterField.DataType.String, False, True,
            )
        )
        self.addParameter(QgsProcessingParameterString("START_PLACE", tr("Start place name"), None, False, True))
        self.addParameter(QgsProcessingParameterString("END_PLACE", tr("End place name"), None, False, True))
        self.addParameter(QgsProcessingParameterString("START_NAME", tr("Start name"), "Start", False, True))
        self.addParameter(QgsProcessingParameterString("END_NAME", tr("End name"), "End", False, True))
        self.add_snap_tolerance()
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
        snap_m = self.parameterAsDouble(parameters, "SNAP_TOLERANCE", context)
        progress(5, tr("Assembling the route"))
        source, route = self.route(parameters, "INPUT", context, feedback)
        crs = source.sourceCrs()
        start, end = self._ends(parameters, context, crs)
        progress(40, tr("Cutting the patrol stretch"))
        patrol = patrol_segment(route, start, end, snap_tolerance_m=snap_m)
        feedback.pushInfo(
            tr("{start} is {start_m:.0f} m from the road, {end} {end_m:.0f} m; patrol of {length_km:.3f} km.").format(
                start=start.name, start_m=patrol.start_offset_m, end=end.name, end_m=patrol.end_offset_m,
                length_km=patrol.length_km,
            )
        )
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

    def _ends(self, parameters, context, crs):
        """The patrol's two ends: each a point (START, END), or a name searched in PLACES."""
        gazetteer = None
        ends = []
        # The default names are field values (start_name, end_name): English, like
        # the parameters' defaults; the roles are only read in messages.
        for point, place_name, label_name, default, role in (
            ("START", "START_PLACE", "START_NAME", "Start", tr("The patrol start")),
            ("END", "END_PLACE", "END_NAME", "End", tr("The patrol end")),
        ):
            if self.has_value(parameters, point):
                ends.append(self.place(parameters, point, self._name(parameters, label_name, default, context), context, crs))
                continue
            query = self.parameterAsString(parameters, place_name, context).strip()
            if not query:
                raise QgsProcessingException(
                    tr("{role}: give it as a point ({point}), or its name ({place}) with a places layer.").format(
                        role=role, point=point, place=place_name
                    )
                )
            gazetteer = gazetteer or self._gazetteer(parameters, context)
            ends.append(gazetteer.resolve(query, role))
        return ends

    def _gazetteer(self, parameters, context):
        places = self.parameterAsSource(parameters, "PLACES", context)
        if places is None:
            raise QgsProcessingException(tr("A place name is given, but no Places layer to find it in."))
        field = self.parameterAsString(parameters, "NAME_FIELD", context)
        if not field:
            names = [f.name() for f in places.fields() if "name" in f.name().lower()]
            if not names:
                raise QgsProcessingException(tr("Choose the Name field of the places layer."))
            field = names[0]
        return Gazetteer(places, field)

    def _name(self, parameters, name, default, context):
        return self.parameterAsString(parameters, name, context).strip() or default
