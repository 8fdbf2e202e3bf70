"""The demo's files for the patrol team and the analysts, each made by the
plugin's own algorithm: the GPS files, the route book, the places in the
corridor and the comparison of candidate corridors.

The algorithms are the official path; :func:`read_csv` reads their tables
back for the report and the terminal summary.
"""

from __future__ import annotations

import csv
from pathlib import Path

from ..core import END_CAPS
from .algorithms import gpkg_table, point, registered_provider

SCENARIOS = Path(__file__).resolve().parent.parent / "resources" / "sample" / "m4_scenarios.json"
FILES = ("patrol.gpx", "patrol.kml", "route_book.pdf", "places_in_corridor.csv", "scenarios.csv", "scenarios.png")


def make_products(out_dir, inputs, parameters, start, end, gpkg):
    """Run the algorithms into ``out_dir`` (the route book's pages into ``gpkg``);
    returns {file name: path} and the algorithms' outputs."""
    import processing
    from qgis.core import QgsProcessingFeedback

    out_dir = Path(out_dir)
    for name in FILES:
        (out_dir / name).unlink(missing_ok=True)
    feedback = QgsProcessingFeedback()
    common = {"GAP_TOLERANCE": parameters.gap_tolerance_m}
    widths = {"NORTH_WIDTH": parameters.north_m, "SOUTH_WIDTH": parameters.south_m,
              "END_CAP": END_CAPS.index(parameters.end_cap)}
    patrol = {"INPUT": str(inputs.road), "START": point(start), "END": point(end), "START_NAME": start.name,
              "END_NAME": end.name, "CHECKPOINT_INTERVAL": parameters.checkpoint_interval_km, **common}
    results = {}
    with registered_provider():
        results["exportgpx"] = processing.run("secure_corridor:exportgpx", {
            **patrol, **widths, "CORRIDOR_EDGES": True,
            "OUTPUT": str(out_dir / "patrol.gpx"), "KML": str(out_dir / "patrol.kml"),
        }, feedback=feedback)
        results["routebook"] = processing.run("secure_corridor:routebook", {
            **patrol, **widths, "PLACES": str(inputs.places), "NAME_FIELD": inputs.place_field,
            "INCIDENTS": str(inputs.incidents), "DATE_FIELD": parameters.date_field, "DATE_FROM": parameters.date_from,
            "OUTPUT": str(out_dir / "route_book.pdf"), "PAGES": gpkg_table(gpkg, "route_book_pages"),
        }, feedback=feedback)
        results["placesincorridor"] = processing.run("secure_corridor:placesincorridor", {
            "ROAD": str(inputs.road), "PLACES": str(inputs.places), **widths, **common,
            "START": point(start), "END": point(end),
            "OUTPUT": gpkg_table(gpkg, "places_in_corridor"), "CSV": str(out_dir / "places_in_corridor.csv"),
        }, feedback=feedback)
        results["comparescenarios"] = processing.run("secure_corridor:comparescenarios", {
            "ROAD": str(inputs.road), "SCENARIOS": str(SCENARIOS), **common,
            "INCIDENTS": str(inputs.incidents), "DATE_FIELD": parameters.date_field, "PLACES": str(inputs.places),
            "OUTPUT_TABLE": str(out_dir / "scenarios.csv"), "CORRIDORS": gpkg_table(gpkg, "scenario_corridors"),
            "CHART": str(out_dir / "scenarios.png"),
        }, feedback=feedback)
    return {name: out_dir / name for name in FILES}, results


def read_csv(path):
    """(header, rows) of a table the algorithms wrote."""
    with open(path, newline="", encoding="utf-8") as table:
        rows = list(csv.reader(table))
    return rows[0], rows[1:]
