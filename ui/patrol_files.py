"""What the dock makes of the patrol for the team that drives it: GPS files and
the route book. Each runs like the dock's other steps (inputs read here, the
work in a task) on the patrol the dock's Patrol section gives."""

from pathlib import Path

from qgis.core import Qgis
from qgis.PyQt.QtWidgets import QFileDialog

from ..bridge.gps import write_gps_files
from ..bridge.translation import tr
from ..core import build_corridor, checkpoints, patrol_segment
from ..core.gpx import corridor_edges, patrol_gpx
from . import messages


def ask_path(dock, title, name, kinds):
    """A path to write to, in the folder of the results' GeoPackage when one is
    chosen; "" when the user cancels."""
    chosen = dock.output.gpkg_path()
    folder = Path(chosen).parent if chosen else Path.home()
    return QFileDialog.getSaveFileName(dock, title, str(folder / name), kinds)[0]


def export_gps(dock, path=None):
    """Write the patrol as ``path`` (GPX, asked for when not given) and the same
    as KML beside it: waypoints at km 0, every checkpoint and the end, a route
    through them, the patrol's track and the corridor's two edges."""
    path = path or ask_path(dock, tr("Save the patrol for GPS units"), "patrol.gpx", tr("GPX files (*.gpx)"))
    if not path:
        return
    gpx_path = Path(path if path.lower().endswith(".gpx") else f"{path}.gpx")
    kml_path = gpx_path.with_suffix(".kml")

    def prepare():
        left_m, right_m, *_ = dock.corridor_args()
        return (*dock.patrol_inputs(), left_m, right_m)

    def work(route, inputs, task):
        start, end, snap_m, interval, left_m, right_m = inputs
        patrol = patrol_segment(route, start, end, snap_tolerance_m=snap_m)
        stops = checkpoints(patrol, interval) if interval else None
        edges = ()
        if left_m > 0 or right_m > 0:
            # Flat: the edges end square to the road at the patrol's two ends.
            corridor = build_corridor(route, left_m, right_m, "flat", from_km=patrol.low_km, to_km=patrol.high_km)
            edges = corridor_edges(corridor, patrol)
        task.step(80)
        return write_gps_files(patrol_gpx(patrol, stops, edges=edges), gpx_path, kml_path)

    def show(_route, _inputs, written, _road):
        messages.show(dock.iface, tr("The patrol is saved for GPS units: {paths}.").format(
            paths=", ".join(str(p) for p in written)), Qgis.MessageLevel.Success, 10)

    dock.start_run("gps", tr("writing the GPS files"), prepare, work, show)
