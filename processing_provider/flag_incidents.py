"""secure_corridor:flagincidents — which incidents fall in the corridor, where and when."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterPoint,
    QgsProcessingParameterString,
)

from ..bridge.flagging import flag_layer, flagged_fields
from ..bridge.geopackage_copy import copy_plan, flag_into_geopackage
from ..bridge.layers import require_points
from ..bridge.points import count_of
from ..bridge.translation import tr
from ..core import build_corridor, category_counts, check_window, suggest_category_field
from .common import CorridorAlgorithm, gap_help, output_note, paragraphs, route_options_help, widths_help

class FlagIncidents(CorridorAlgorithm):
    NAME = "flagincidents"

    def displayName(self):  # noqa: N802 (QGIS API)
        return tr("Flag incidents in the corridor")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return (
            tr("Flags incident points against the corridor along a road: inside or not, on which "
               "side, how far from the road and at which km; optionally inside the patrol stretch "
               "and inside a date window. Distances are geodesic (WGS84). The road may come in many "
               "line features; they are assembled into one route first.")
            + "<br><br>"
            + paragraphs(
                tr("<b>Road</b>: a line layer (or its selected features). <b>Incidents</b>: a point layer "
                   "(or its selected features). An incident of several points (MultiPoint) is inside when "
                   "any of its points is, and takes its side, distance and km from its point nearest the "
                   "road."),
            )
            + widths_help()
            + gap_help()
            + route_options_help()
            + paragraphs(
                tr("<b>Patrol start</b>, <b>Patrol end</b> (optional, both or neither): the patrol's ends, "
                   "snapped to the road within the <b>Snap tolerance</b> (m)."),
                tr("<b>Date field</b> (optional): the incidents' date: a date or date-time field, or "
                   "text or numbers as real data writes them (2020-03-15, 2020-03-15 00:00:00.000 as in "
                   "UCDP GED, 15 March 2020 as in ACLED, 20200315). A date-time counts by its calendar "
                   "day as written: its time of day and time zone are set aside. Day/month forms such as "
                   "03/04/2020 need the <b>Date format</b> "
                   "(strptime codes, e.g. %d/%m/%Y or %m/%d/%Y). <b>From date</b> counts from that day "
                   "(inclusive); <b>To date</b> is exclusive: an incident on that day or later is outside "
                   "the window. An incident without a readable date is neither: its in_window is empty, "
                   "and the log names the first few."),
                tr("<b>Category field</b> (optional): the incidents' category (event_type or sub_event_type "
                   "in ACLED, type_of_violence in UCDP GED, whose codes 1, 2, 3 are logged by name); the log "
                   "counts each category inside the corridor and the patrol stretch."),
            )
            + "<br>"
            + paragraphs(
                tr("<b>Flagged incidents</b> (every incident with all its attributes, in the road's CRS), "
                   "added fields: in_corr (inside the corridor), side (north/south or west/east, 'on route' "
                   "when on the road), dist_m (geodesic distance to the road), chain_km (km along the "
                   "route, which runs west to east), in_patrol (inside the corridor between the patrol's "
                   "ends; false without a patrol), in_window (inside the window; empty without a "
                   "date field or a readable date). An incident without a geometry is kept, inside nothing, "
                   "with empty side, dist_m and chain_km."),
                tr("Outputs INSIDE, IN_PATROL and MISSING count incidents for models."),
            )
            + "<br>"
            + output_note()
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(
            QgsProcessingParameterFeatureSource("ROAD", tr("Road"), [QgsProcessing.SourceType.TypeVectorLine])
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "INCIDENTS", tr("Incidents"), [QgsProcessing.SourceType.TypeVectorPoint]
            )
        )
        self.add_widths()
        self.add_gap_tolerance()
        self.add_route_options(advanced=True)
        self.addParameter(QgsProcessingParameterPoint("START", tr("Patrol start"), None, True))
        self.addParameter(QgsProcessingParameterPoint("END", tr("Patrol end"), None, True))
        self.add_snap_tolerance()
        self.addParameter(
            QgsProcessingParameterField(
                "DATE_FIELD", tr("Date field"), None, "INCIDENTS",
                QgsProcessingParameterField.DataType.Any, False, True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "CATEGORY_FIELD", tr("Category field"), None, "INCIDENTS",
                QgsProcessingParameterField.DataType.Any, False, True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString("DATE_FORMAT", tr("Date format (e.g. %d/%m/%Y)"), None, False, True)
        )
        for name, label in (("DATE_FROM", tr("From date (inclusive)")), ("DATE_TO", tr("To date (exclusive)"))):
            self.addParameter(
                QgsProcessingParameterDateTime(name, label, QgsProcessingParameterDateTime.Type.Date, None, True)
            )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", tr("Flagged incidents"), QgsProcessing.SourceType.TypeVectorPoint
            )
        )
        self.addOutput(QgsProcessingOutputNumber("INSIDE", tr("Incidents inside the corridor")))
        self.addOutput(QgsProcessingOutputNumber("IN_PATROL", tr("Incidents inside the patrol stretch")))
        self.addOutput(QgsProcessingOutputNumber("MISSING", tr("Incidents without a location")))

    def compute(self, parameters, context, feedback, progress):
        left_m, right_m, end_cap = self.widths(parameters, context)
        incidents = self.source(parameters, "INCIDENTS", context)
        require_points(incidents)
        field_set = flagged_fields(incidents)
        category_field = self._category_field(parameters, context, feedback, incidents)
        date_field = self.parameterAsString(parameters, "DATE_FIELD", context) or None
        date_from, date_to = (self.date_parameter(parameters, name, context) for name in ("DATE_FROM", "DATE_TO"))
        if (date_from or date_to) and not date_field:
            raise QgsProcessingException(
                tr("A date window is set but no date field: choose the incidents' date field.")
            )
        check_window(date_from, date_to)  # before the long work
        date_format = self.parameterAsString(parameters, "DATE_FORMAT", context) or None

        progress(5, tr("Assembling the route"))
        road, route = self.route(parameters, "ROAD", context, feedback)
        crs = road.sourceCrs()
        patrol = self.optional_patrol(parameters, context, route, crs)
        progress(10, tr("Building the corridor"))
        corridor = build_corridor(route, left_m, right_m, end_cap)
        # Read, flagged and written batch by batch: the bar moves through all three.
        progress(15, tr("Flagging the incidents"))
        total = count_of(incidents)
        options = dict(
            patrol=patrol, date_field=date_field, date_format=date_format, date_from=date_from, date_to=date_to,
            category_field=category_field, check=progress.within(15, 100), total=total,
        )
        plan = self._copy_plan(parameters, context, crs)
        if plan is not None:
            # GDAL copies the layer while it is flagged: the fast way to a GeoPackage.
            dest_id = f"{plan.path}|layername={plan.table}"
            output = self.written_directly(parameters, "OUTPUT", context, dest_id, plan.table, total, style="incidents")
            found = flag_into_geopackage(self.parameterAsVectorLayer(parameters, "INCIDENTS", context), plan,
                                         corridor, **options)
            output.written = found.ids.size
        else:
            sink = self.open_sink(parameters, "OUTPUT", context, field_set, incidents.wkbType(), crs, total=total)
            found = flag_layer(incidents, corridor, crs, sink.add, **options)
            dest_id = sink.close(context, style="incidents")
        flags = found.flags
        counts = flags.summary(route.side_names)
        feedback.pushInfo(
            tr("{inside} of {total} incidents inside the corridor, {in_patrol} in the patrol "
                    "stretch, {missing} without a location.").format(**counts)
        )
        if "undated" in counts:
            feedback.pushInfo(
                tr("Date window: {inside_and_in_window} inside the corridor and in the window, "
                        "{outside_window} outside the window, {undated} without a readable date.").format(**counts)
            )
        self._log_categories(feedback, category_field, found.categories, flags)
        progress(100, tr("Done"))
        return {
            "OUTPUT": dest_id,
            "INSIDE": counts["inside"],
            "IN_PATROL": counts["in_patrol"],
            "MISSING": counts["missing"],
        }

    def _copy_plan(self, parameters, context, crs):
        """How GDAL can copy the incidents into the output (:func:`.geopackage_copy.copy_plan`),
        or None: for a selection, a feature limit or a filter the sink is used."""
        value = parameters.get("INCIDENTS")
        if isinstance(value, QgsProcessingFeatureSourceDefinition) and (
            value.selectedFeaturesOnly or value.featureLimit != -1 or getattr(value, "filterExpression", "")
        ):
            return None
        return copy_plan(
            self.parameterAsVectorLayer(parameters, "INCIDENTS", context),
            self.parameterAsOutputLayer(parameters, "OUTPUT", context) or "", crs,
        )

    def _category_field(self, parameters, context, feedback, incidents):
        """CATEGORY_FIELD, or None (saying which field looks like one); a field the
        layer lacks is an error."""
        field = self.parameterAsString(parameters, "CATEGORY_FIELD", context)
        names = incidents.fields().names()
        if not field:
            suggested = suggest_category_field(names)
            if suggested:
                feedback.pushInfo(tr(
                    "The incidents have a field '{field}' that looks like a category: set Category field "
                    "to count the incidents by it."
                ).format(field=suggested))
            return None
        if field not in names:
            raise QgsProcessingException(
                tr("The incident layer has no field '{field}' for the Category field; its fields are {fields}.").format(
                    field=field, fields=", ".join(names)
                )
            )
        return field

    def _log_categories(self, feedback, field, labels, flags):
        """Counts per category in the log: in all, inside, in the patrol stretch, in the window."""
        if field is None:
            return
        if flags.in_window is None:
            feedback.pushInfo(tr("By {field} (all / inside the corridor / in the patrol stretch):").format(field=field))
        else:
            feedback.pushInfo(
                tr("By {field} (all / inside the corridor / in the patrol stretch / inside and in the window):").format(
                    field=field
                )
            )
        for count in category_counts(labels, flags):
            numbers = [count.total, count.inside, count.in_patrol]
            if count.inside_in_window is not None:
                numbers.append(count.inside_in_window)
            feedback.pushInfo("  {}: {}".format(count.category or tr("(none)"), " / ".join(map(str, numbers))))

