"""secure_corridor:exportgpx — the patrol as GPS files: GPX, and KML."""

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
)

from ..bridge.gps import write_gps_files
from ..bridge.translation import tr
from ..core import build_corridor, checkpoints
from ..core.gpx import corridor_edges, patrol_gpx, patrol_waypoints
from .common import CorridorAlgorithm, gap_help, paragraphs, route_options_help
from .patrol_inputs import PatrolInputs


class ExportGps(PatrolInputs, CorridorAlgorithm):
    NAME = "exportgpx"

    def displayName(self):  # noqa: N802 (QGIS API)
        return tr("Patrol to GPS files (GPX, KML)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return (
            tr("Writes the patrol stretch between two places as a GPX 1.1 file for GPS units and apps, "
               "and optionally as KML: waypoints at its start (km 0), at every checkpoint and at its end, "
               "named by their km from the start; a route through them; the patrol as a track of every "
               "vertex, within 1 m of the stretch the patrol algorithm cuts; and, if asked, the corridor's "
               "two edges alongside it as more tracks. Coordinates are WGS84 longitude/latitude.")
            + "<br><br>"
            + paragraphs(
                tr("<b>Road</b>, <b>Start</b>, <b>End</b>, <b>Places</b> and the place names, "
                   "<b>Snap tolerance</b>: as in 'Patrol stretch between two places'."),
                tr("<b>Checkpoint interval</b>: km between checkpoints, from the start; 0 for none (the "
                   "waypoints are then the two ends)."),
                tr("<b>Corridor edges</b>: add the corridor's two edges along the patrol stretch as tracks, "
                   "named by their side and width, e.g. north edge (6 km); <b>North width</b> and "
                   "<b>South width</b> as in 'Build corridor' (0 for no edge on a side)."),
            )
            + gap_help()
            + route_options_help()
            + "<br>"
            + paragraphs(
                tr("<b>GPX file</b>: waypoints, a route and tracks. Waypoint names are 'km 0', 'km 10', ...; "
                   "the two ends carry their place's name as comment."),
                tr("<b>KML file</b> (optional): the same waypoints, route and tracks, one folder each, for "
                   "Google Earth and phones."),
                tr("Output WAYPOINTS holds the number of waypoints."),
                tr("The inputs are only read. On an error no file is written."),
            )
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
            QgsProcessingParameterBoolean("CORRIDOR_EDGES", tr("Add the corridor's edges as tracks"), False)
        )
        self.add_widths()
        # The edges run alongside the road between the patrol's ends, so the end
        # style changes nothing in them: kept for models, out of the dialog.
        end_cap = self.parameterDefinition("END_CAP")
        end_cap.setFlags(end_cap.flags() | QgsProcessingParameterDefinition.Flag.FlagHidden)
        self.addParameter(
            QgsProcessingParameterFileDestination("OUTPUT", tr("GPX file"), tr("GPX files (*.gpx)"))
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "KML", tr("KML file"), tr("KML files (*.kml)"), None, True, False
            )
        )
        self.addOutput(QgsProcessingOutputNumber("WAYPOINTS", tr("Number of waypoints")))

    def compute(self, parameters, context, feedback, progress):
        interval_km = self.parameterAsDouble(parameters, "CHECKPOINT_INTERVAL", context)
        with_edges = self.parameterAsBoolean(parameters, "CORRIDOR_EDGES", context)
        gpx_path = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        kml_path = self.parameterAsFileOutput(parameters, "KML", context) if self.has_value(parameters, "KML") else ""
        _, route, patrol = self.patrol(parameters, context, feedback, progress)
        stops = None
        if interval_km > 0:
            progress(55, tr("Placing checkpoints"))
            stops = checkpoints(patrol, interval_km)
        edges = ()
        if with_edges:
            progress(60, tr("Drawing the corridor's edges"))
            left_m, right_m, _ = self.widths(parameters, context)
            # Flat: the edges end square to the road at the patrol's two ends.
            corridor = build_corridor(route, left_m, right_m, "flat", from_km=patrol.low_km, to_km=patrol.high_km)
            edges = corridor_edges(corridor, patrol)
            for edge in edges:
                feedback.pushInfo(tr("Corridor edge: {name}, {points} points.").format(
                    name=edge.name, points=edge.lon.size))
        progress(85, tr("Writing the GPS files"))
        gpx = patrol_gpx(patrol, stops, edges=edges)
        written = write_gps_files(gpx, gpx_path, kml_path or None)
        for path in written:
            feedback.pushInfo(tr("Written: {path}").format(path=path))
        progress(100, tr("Done"))
        results = {"OUTPUT": gpx_path, "WAYPOINTS": len(patrol_waypoints(patrol, stops))}
        if kml_path:
            results["KML"] = kml_path
        return results
