"""secure_corridor:placesincorridor — which settlements fall in the corridor, and which lie just outside."""

import csv
import os

import shapely
from qgis.core import (
    QgsFeature,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterPoint,
    QgsWkbTypes,
)

from ..bridge.features import BOOL, DOUBLE, TEXT, field, geometry
from ..bridge.layers import field_named
from ..bridge.points import date_value, read_points
from ..bridge.translation import side_name, tr
from ..core import CorridorError, build_corridor
from ..core.places import DEFAULT_MARGIN_M, name_fields, places_in_corridor
from .common import CorridorAlgorithm, gap_help, output_note, paragraphs, route_options_help, widths_help

PLACE_FIELDS = (
    ("side", TEXT), ("dist_m", DOUBLE), ("route_km", DOUBLE), ("patrol_km", DOUBLE),
    ("in_patrol", BOOL), ("status", TEXT), ("outside_m", DOUBLE),
)


class PlacesInCorridor(CorridorAlgorithm):
    NAME = "placesincorridor"

    def displayName(self):  # noqa: N802 (QGIS API)
        return tr("Places in the corridor")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return (
            tr("Lists the places (settlements) inside the corridor along a road: on which side, how far "
               "from the road, at which km, and whether in the patrol stretch; and the places just outside, "
               "within a margin of the corridor's edge. Places are measured as incidents are, so their "
               "numbers agree with Flag incidents in the corridor.")
            + "<br><br>"
            + paragraphs(
                tr("<b>Road</b>: a line layer (or its selected features). <b>Places</b>: a point layer; a "
                   "place of several points is taken at its first. <b>Name fields</b>: the fields copied "
                   "to the outputs (by default every field with 'name' in its name, such as name_en and "
                   "name_ar)."),
            )
            + widths_help()
            + gap_help()
            + route_options_help()
            + paragraphs(
                tr("<b>Patrol start</b>, <b>Patrol end</b> (optional, both or neither): the patrol's ends, "
                   "snapped to the road within the <b>Snap tolerance</b> (m)."),
                tr("<b>Margin</b> (m): a place outside the corridor but at most this far from its edge is "
                   "listed as near the edge."),
            )
            + "<br>"
            + paragraphs(
                tr("<b>Places</b> (points in the road's CRS, by km along the route): the name fields, side "
                   "(north/south or west/east, 'on route' on the road), dist_m (geodesic distance to the "
                   "road), route_km (km along the route), patrol_km (km from the patrol's start along the "
                   "patrol; empty without a patrol), in_patrol, status ('inside' or 'near edge') and "
                   "outside_m (how far outside the corridor, for a place near the edge)."),
                tr("<b>Table</b> (optional): the same rows as a CSV file (UTF-8, with a header), with the "
                   "places' WGS84 lon and lat."),
                tr("The log counts the places inside per side and per 10 km: along the patrol from its "
                   "start when there is a patrol, else along the route. Outputs INSIDE and NEAR_EDGE "
                   "count the places for models."),
            )
            + "<br>"
            + output_note()
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(
            QgsProcessingParameterFeatureSource("ROAD", tr("Road"), [QgsProcessing.SourceType.TypeVectorLine])
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource("PLACES", tr("Places"), [QgsProcessing.SourceType.TypeVectorPoint])
        )
        self.addParameter(
            QgsProcessingParameterField(
                "NAME_FIELDS", tr("Name fields"), None, "PLACES", QgsProcessingParameterField.DataType.Any, True, True,
            )
        )
        self.add_widths()
        self.add_gap_tolerance()
        self.add_route_options(advanced=True)
        self.addParameter(QgsProcessingParameterPoint("START", tr("Patrol start"), None, True))
        self.addParameter(QgsProcessingParameterPoint("END", tr("Patrol end"), None, True))
        self.add_snap_tolerance()
        self.addParameter(
            QgsProcessingParameterNumber(
                "MARGIN", tr("Margin outside the corridor (m)"), QgsProcessingParameterNumber.Type.Double,
                DEFAULT_MARGIN_M, False, 0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink("OUTPUT", tr("Places"), QgsProcessing.SourceType.TypeVectorPoint)
        )
        self.addParameter(
            QgsProcessingParameterFileDestination("CSV", tr("Table (CSV)"), tr("CSV files (*.csv)"), None, True, False)
        )
        self.addOutput(QgsProcessingOutputNumber("INSIDE", tr("Places inside the corridor")))
        self.addOutput(QgsProcessingOutputNumber("NEAR_EDGE", tr("Places near the corridor's edge")))

    def compute(self, parameters, context, feedback, progress):
        left_m, right_m, end_cap = self.widths(parameters, context)
        places = self.source(parameters, "PLACES", context)
        fields_in = self._name_fields(parameters, context, places)
        csv_path = self.parameterAsFileOutput(parameters, "CSV", context) if self.has_value(parameters, "CSV") else ""
        progress(5, tr("Assembling the route"))
        road, route = self.route(parameters, "ROAD", context, feedback)
        crs = road.sourceCrs()
        patrol = self.optional_patrol(parameters, context, route, crs)
        progress(30, tr("Building the corridor"))
        corridor = build_corridor(route, left_m, right_m, end_cap)
        progress(60, tr("Reading the places"))
        features = list(places.getFeatures())
        _, lon, lat, _ = read_points(places, features)
        names = {name: [date_value(feature[name]) for feature in features] for name in fields_in}
        found = places_in_corridor(corridor, lon, lat, names=names, patrol=patrol,
                                   margin_m=self.parameterAsDouble(parameters, "MARGIN", context))
        progress(80, tr("Writing the places"))
        field_set = QgsFields()
        for name in fields_in:
            field_set.append(places.fields().field(name))
        for name, kind in PLACE_FIELDS:
            field_set.append(field(name, kind))
        rows = found.rows
        out = []
        for row in rows:
            feature = QgsFeature(field_set)
            feature.setGeometry(geometry(shapely.Point(row.lon, row.lat), crs))
            feature.setAttributes([row.names[name] for name in fields_in] + [
                row.side, row.distance_m, row.route_km, row.patrol_km, row.in_patrol, row.status, row.outside_m,
            ])
            out.append(feature)
        dest_id = self.write(parameters, "OUTPUT", context, field_set, QgsWkbTypes.Type.Point, crs, out,
                             check=progress.within(80, 95))
        if csv_path:
            header = [*fields_in, *(name for name, _ in PLACE_FIELDS), "lon", "lat"]
            write_csv(csv_path, header, (
                [row.names[name] for name in fields_in] + [row.side, row.distance_m, row.route_km, row.patrol_km,
                                                           row.in_patrol, row.status, row.outside_m, row.lon, row.lat]
                for row in rows
            ))
            feedback.pushInfo(tr("Written: {path}").format(path=csv_path))
        self._log(feedback, found)
        progress(100, tr("Done"))
        results = {"OUTPUT": dest_id, "INSIDE": len(found.inside), "NEAR_EDGE": len(found.near_edge)}
        if csv_path:
            results["CSV"] = csv_path
        return results

    def _name_fields(self, parameters, context, places):
        """NAME_FIELDS as the layer spells them, or every field with 'name' in its name."""
        # parameterAsFields is deprecated from QGIS 3.32, which has parameterAsStrings instead.
        read = getattr(self, "parameterAsStrings", None) or self.parameterAsFields
        asked = read(parameters, "NAME_FIELDS", context)
        names = places.fields().names()
        chosen = []
        for wanted in asked or name_fields(names):
            name = field_named(places.fields(), wanted)
            if name is None:
                raise QgsProcessingException(
                    tr("The places layer has no field '{field}'; its fields are {fields}.").format(
                        field=wanted, fields=", ".join(names))
                )
            chosen.append(name)
        taken = [name for name in chosen if name.lower() in {n for n, _ in PLACE_FIELDS} | {"lon", "lat"}]
        if taken:
            raise QgsProcessingException(
                tr("The name field(s) {fields} have the name of a field this algorithm adds: choose other "
                   "name fields, or rename those.").format(fields=", ".join(taken))
            )
        return chosen

    def _log(self, feedback, found):
        sides = ", ".join(f"{side_name(side)} {count}" for side, count in found.by_side.items())
        feedback.pushInfo(
            tr("{inside} places inside the corridor ({sides}); {near} outside it within {margin:g} m of its "
               "edge.").format(inside=len(found.inside), sides=sides, near=len(found.near_edge), margin=found.margin_m)
        )
        if found.missing:
            feedback.pushWarning(tr("{count} places have no location.").format(count=found.missing))
        if found.along == "patrol":
            feedback.pushInfo(tr("Places inside per {km:g} km along the patrol, from its start:").format(
                km=found.section_km))
        else:
            feedback.pushInfo(tr("Places inside per {km:g} km along the route:").format(km=found.section_km))
        for section in found.sections:
            counts = ", ".join(f"{side_name(side)} {count}" for side, count in section.by_side.items())
            feedback.pushInfo(tr("  km {low:g} to {high:g}: {count} ({sides})").format(
                low=section.low_km, high=section.high_km, count=section.inside, sides=counts))


def csv_value(value):
    """A cell as the CSV shows it: empty for None, true/false, numbers to six decimals."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.6f}".rstrip("0").rstrip(".") if value == value else ""
    return str(value)


def write_csv(path, header, rows):
    """Write a UTF-8 CSV with ``header`` then ``rows``: whole or not at all (a
    file beside it, renamed when complete, so a reader never sees half a table)."""
    partial = f"{path}.part"
    try:
        with open(partial, "w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(header)
            writer.writerows([csv_value(value) for value in row] for row in rows)
        os.replace(partial, path)
    except OSError as error:
        if os.path.isfile(partial):
            os.unlink(partial)
        raise CorridorError(tr("Could not write {path}: {error}"), path=str(path), error=str(error)) from None
