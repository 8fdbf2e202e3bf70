"""What the dock makes of the patrol for the team that drives it: GPS files and
the route book. Each runs like the dock's other steps (inputs read here, the
work in a task) on the patrol the dock's Patrol section gives; the route book's
pages are then drawn on QGIS's main thread, where layouts must be drawn."""

from pathlib import Path

from qgis.core import Qgis
from qgis.PyQt.QtWidgets import QFileDialog

from ..bridge import layers
from ..bridge.gps import write_gps_files
from ..bridge.points import read_point_parts
from ..bridge.route_book import BookContent, write_route_book
from ..bridge.route_book_layout import STRIP_MAP_MM
from ..bridge.translation import tr
from ..core import build_corridor, check_window, checkpoints, flag_incidents, patrol_segment
from ..core.gpx import corridor_edges, patrol_gpx
from ..core.pages import strip_pages, travel_widths
from . import messages
from .runner import report


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


def export_route_book(dock, path=None):
    """Write the route book of the patrol to ``path`` (a PDF, asked for when not
    given): the corridor of the dock's widths, its checkpoints, the places of the
    Patrol section and the incidents of the Incidents section, in its date window."""
    path = path or ask_path(dock, tr("Save the route book"), "route_book.pdf", tr("PDF files (*.pdf)"))
    if not path:
        return
    pdf = Path(path if path.lower().endswith(".pdf") else f"{path}.pdf")

    def prepare():
        left_m, right_m, end_cap, *_ = dock.corridor_args()
        incidents = dock.incidents.layer()
        date_field = (dock.incidents.date_field.currentField() or None) if incidents is not None else None
        window = dock.incidents.window() if date_field else (None, None)
        check_window(*window)
        dated = (date_field, dock.incidents.date_format() if date_field else None, *window)
        snapshot = layers.LayerSnapshot(incidents) if incidents is not None else None
        places = dock.patrol_box.places_combo.currentLayer()
        return (*dock.patrol_inputs(), (left_m, right_m, end_cap), snapshot, dated, places,
                dock.patrol_box.name_field.currentField() or None)

    def work(route, inputs, task):
        start, end, snap_m, interval, widths, snapshot, dated, places, place_field = inputs
        patrol = patrol_segment(route, start, end, snap_tolerance_m=snap_m)
        corridor = build_corridor(route, *widths)
        book = strip_pages(patrol, *travel_widths(corridor, patrol), frame_mm=STRIP_MAP_MM, first_number=2)
        content = BookContent(route=route, patrol=patrol, corridor=corridor, book=book,
                              stops=checkpoints(patrol, interval) if interval else None,
                              places=places, place_field=place_field, dates=dated[2:])
        if snapshot is not None:
            date_field, date_format, date_from, date_to = dated
            points = read_point_parts(snapshot, date_field=date_field, date_format=date_format)
            flags = flag_incidents(corridor, points.lon, points.lat, patrol=patrol, dates=points.dates,
                                   date_from=date_from, date_to=date_to, parts_of=points.parts_of)
            content.incidents = (*points.flagged_points(flags), flags)
        task.step(90)
        return content

    def show(_route, _inputs, content, _road):
        try:
            pages = write_route_book(pdf, content)
        except Exception as error:  # noqa: BLE001 - reported, never raised into Qt
            report(dock.iface, error, tr("writing the route book"))
            return
        messages.show(dock.iface, tr("Route book of {pages} pages saved to {path}.").format(pages=pages, path=pdf),
                      Qgis.MessageLevel.Success, 10)

    dock.start_run("book", tr("making the route book"), prepare, work, show)
