"""secure_corridor:comparescenarios — candidate corridors side by side: area, patrol, incidents, places."""

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsFillSymbol,
    QgsProcessing,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsRendererCategory,
    QgsWkbTypes,
)

from ..bridge.features import DOUBLE, TEXT, fields, geometry
from ..bridge.points import read_point_parts, read_points
from ..bridge.scenario_chart import draw_scenario_chart
from ..bridge.translation import tr
from ..core.scenarios import COLUMNS, ScenarioSet, compare_scenarios
from .common import CorridorAlgorithm, gap_help, output_note, paragraphs, route_options_help
from .places_in_corridor import write_csv

SCENARIO_COLUMNS = ("patrol_start", "patrol_end", "date_from", "date_to")  # the table's, after COLUMNS
CORRIDOR_FIELDS = (
    ("scenario", TEXT), ("north_m", DOUBLE), ("south_m", DOUBLE), ("end_cap", TEXT), ("from_km", DOUBLE),
    ("to_km", DOUBLE), ("area_km2", DOUBLE), ("patrol_km", DOUBLE),
)
# Okabe and Ito's colours, told apart with the common colour blindnesses; with a
# dash of its own too, an outline is told apart in print and over imagery.
COLOURS = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000", "#f0e442")
DASHES = ("solid", "dash", "dot", "dash dot")


class CompareScenarios(CorridorAlgorithm):
    NAME = "comparescenarios"

    def displayName(self):  # noqa: N802 (QGIS API)
        return tr("Compare corridor scenarios")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return (
            tr("Builds the corridor of every scenario in a scenario file on one road and tables them side "
               "by side: widths, geodesic area, patrol length, and, when given, the incidents and places "
               "inside. Each scenario is computed on its own, so its numbers are those Build corridor, "
               "Flag incidents in the corridor and Places in the corridor give with its parameters.")
            + "<br><br>"
            + paragraphs(
                tr("<b>Road</b>: a line layer (or its selected features). <b>Scenarios</b>: a .json file "
                   "whose format is secure-corridor-scenarios, version 1, with a list of scenarios, each a "
                   "name and its parameters as in a saved corridor specification: left_width_m, "
                   "right_width_m, end_cap, from_km, to_km, patrol_start and patrol_end (each with a name, "
                   "and lon and lat in WGS84), snap_tolerance_m, date_from, date_to. A wrong field is an "
                   "error naming the scenario and the field, before anything is written. "
                   "resources/sample/m4_scenarios.json is an example."),
                tr("<b>Incidents</b> (optional), with their <b>Date field</b> and <b>Date format</b> for the "
                   "scenarios' date windows; <b>Places</b> (optional)."),
            )
            + gap_help()
            + route_options_help()
            + "<br>"
            + paragraphs(
                tr("<b>Table</b>: a CSV file (UTF-8, with a header), one row per scenario: name, north_m, "
                   "south_m, end_cap, from_km, to_km, area_km2, patrol_km, incidents_inside, "
                   "incidents_in_patrol, incidents_in_window (inside the corridor and in the window), "
                   "places_inside, places_in_patrol, then the patrol's ends and the window. A cell is empty "
                   "where a scenario has no patrol or window, or no layer was given."),
                tr("<b>Corridors</b> (optional): one polygon per scenario, in the road's CRS, with a "
                   "'scenario' field; loaded with an outline of its own colour and dash per scenario."),
                tr("<b>Chart of the counts</b> (optional): a PNG bar chart, per scenario, of the incidents "
                   "inside, in the patrol stretch and in the window, and the places inside."),
            )
            + "<br>"
            + output_note()
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(
            QgsProcessingParameterFeatureSource("ROAD", tr("Road"), [QgsProcessing.SourceType.TypeVectorLine])
        )
        self.addParameter(
            QgsProcessingParameterFile("SCENARIOS", tr("Scenarios (JSON)"), QgsProcessingParameterFile.Behavior.File,
                                       "json")
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "INCIDENTS", tr("Incidents"), [QgsProcessing.SourceType.TypeVectorPoint], None, True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "DATE_FIELD", tr("Date field"), None, "INCIDENTS", QgsProcessingParameterField.DataType.Any, False, True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString("DATE_FORMAT", tr("Date format (e.g. %d/%m/%Y)"), None, False, True)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "PLACES", tr("Places"), [QgsProcessing.SourceType.TypeVectorPoint], None, True
            )
        )
        self.add_gap_tolerance()
        self.add_route_options(advanced=True)
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT_TABLE", tr("Table"), tr("CSV files (*.csv)")))
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "CORRIDORS", tr("Corridors"), QgsProcessing.SourceType.TypeVectorPolygon, None, True, False
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination("CHART", tr("Chart of the counts"), tr("PNG files (*.png)"),
                                                  None, True, False)
        )
        self.addOutput(QgsProcessingOutputNumber("SCENARIOS_COMPARED", tr("Scenarios compared")))

    def compute(self, parameters, context, feedback, progress):
        # The file first: a wrong field stops the run before the road is read or anything written.
        scenarios = ScenarioSet.load(self.parameterAsFile(parameters, "SCENARIOS", context))
        feedback.pushInfo(tr("{count} scenarios: {names}.").format(count=len(scenarios),
                                                                   names=", ".join(scenarios.names)))
        table_path = self.parameterAsFileOutput(parameters, "OUTPUT_TABLE", context)
        progress(5, tr("Assembling the route"))
        road, route = self.route(parameters, "ROAD", context, feedback)
        crs = road.sourceCrs()
        inputs = {}
        if self.has_value(parameters, "INCIDENTS"):
            progress(10, tr("Reading the incidents"))
            date_field = self.parameterAsString(parameters, "DATE_FIELD", context) or None
            points = read_point_parts(self.source(parameters, "INCIDENTS", context), date_field=date_field,
                                      date_format=self.parameterAsString(parameters, "DATE_FORMAT", context) or None,
                                      check=progress.within(10, 25))
            inputs = dict(lon=points.lon, lat=points.lat, dates=points.dates, parts_of=points.parts_of)
            windowed = [s.name for s in scenarios if s.spec.date_from or s.spec.date_to]
            if windowed and date_field is None:
                feedback.pushWarning(tr("The scenarios {names} have a date window, but no Date field is chosen: "
                                        "their incidents in the window are left empty.").format(names=", ".join(windowed)))
        if self.has_value(parameters, "PLACES"):
            _, place_lon, place_lat, _ = read_points(self.source(parameters, "PLACES", context))
            inputs.update(place_lon=place_lon, place_lat=place_lat)
        progress(25, tr("Building the corridors"))
        rows = compare_scenarios(route, scenarios, check=progress.within(25, 85), **inputs)
        # The layer first: a cancel while it is written undoes it, and leaves no table behind.
        corridors = self._corridors(parameters, context, rows, crs, progress)
        progress(95, tr("Writing the table"))
        write_csv(table_path, (*COLUMNS, *SCENARIO_COLUMNS), (
            [*row.values().values(), *_scenario_cells(scenario)] for row, scenario in zip(rows, scenarios)
        ))
        for row in rows:
            feedback.pushInfo(
                tr("{name}: north {north_m:g} m, south {south_m:g} m, {area_km2:.1f} km²; incidents inside: "
                   "{incidents}; places inside: {places}.").format(
                    name=row.name, north_m=row.north_m, south_m=row.south_m, area_km2=row.area_km2,
                    incidents=_count(row.incidents_inside), places=_count(row.places_inside))
            )
        results = {"OUTPUT_TABLE": table_path, "CORRIDORS": corridors, "SCENARIOS_COMPARED": len(rows)}
        if self.has_value(parameters, "CHART"):
            results["CHART"] = str(draw_scenario_chart(self.parameterAsFileOutput(parameters, "CHART", context), rows))
        progress(100, tr("Done"))
        return results

    def _corridors(self, parameters, context, rows, crs, progress):
        field_set = fields(CORRIDOR_FIELDS)
        features = []
        for row in rows:
            feature = QgsFeature(field_set)
            shape = geometry(row.corridor.polygon, crs)
            shape.convertToMultiType()
            feature.setGeometry(shape)
            feature.setAttributes([row.name, row.north_m, row.south_m, row.end_cap, row.from_km, row.to_km,
                                   row.area_km2, row.patrol_km])
            features.append(feature)
        dest_id = self.write(parameters, "CORRIDORS", context, field_set, QgsWkbTypes.Type.MultiPolygon, crs,
                             features, check=progress.within(85, 95))
        if dest_id is not None and context.willLoadLayerOnCompletion(dest_id):
            context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(_STYLE)
        return dest_id


def _scenario_cells(scenario):
    spec = scenario.spec
    return [None if spec.patrol_start is None else spec.patrol_start.name,
            None if spec.patrol_end is None else spec.patrol_end.name, spec.date_from, spec.date_to]


def _count(value):
    return "–" if value is None else value


def style_by_scenario(layer):
    """An outline per scenario, of its own colour and dash, no fill: the corridors
    overlap, and each stays visible over the others and the map."""
    categories = []
    for k, name in enumerate(dict.fromkeys(feature["scenario"] for feature in layer.getFeatures())):
        symbol = QgsFillSymbol.createSimple({
            "style": "no", "outline_color": COLOURS[k % len(COLOURS)],
            "outline_style": DASHES[k % len(DASHES)], "outline_width": "0.7",
        })
        categories.append(QgsRendererCategory(name, symbol, str(name)))
    layer.setRenderer(QgsCategorizedSymbolRenderer("scenario", categories))
    layer.triggerRepaint()


class _ScenarioStyle(QgsProcessingLayerPostProcessorInterface):
    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        style_by_scenario(layer)


_STYLE = _ScenarioStyle()  # kept alive here: QGIS holds only a pointer to a post-processor
