"""The demo's workflow: the plugin's three algorithms into one GeoPackage, the same
steps through the core for the figures, then the map, the strip chart and the report.

The algorithms are the official path for the layers; the core objects feed the
chart and the report, and :func:`check_agreement` makes sure both say the same.
Needs a running QgsApplication with Processing initialised (see :mod:`.run`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path

from qgis.core import QgsVectorLayer

from ..bridge.layers import read_lines, to_lonlat
from ..bridge.points import read_categories, read_point_parts
from ..core import (
    DEFAULT_GAP_TOLERANCE_M,
    END_CAPS,
    Place,
    assemble_route,
    build_corridor,
    category_counts,
    checkpoints,
    flag_incidents,
    patrol_segment,
    suggest_category_field,
)
from . import chart, figures, products, render, report
from .algorithms import DemoError, gpkg_table, point, registered_provider

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "sample"
GPKG_NAME = "secure_corridor.gpkg"
LAYERS = ("corridor", "patrol", "checkpoints", "incidents_flagged")


@dataclass(frozen=True)
class Inputs:
    """The three input files (any format OGR reads)."""

    road: Path = SAMPLE / "m4_parts.geojson"
    places: Path = SAMPLE / "places.geojson"
    incidents: Path = SAMPLE / "incidents.geojson"
    place_field: str = "name_en"
    road_name: str = "M4"
    credits: str = (
        "Sample data: an approximate M4 (within about 2 km; not for navigation), synthetic "
        "incidents, places from OCHA's P-coded locations (CC BY-IGO)."
    )


@dataclass(frozen=True)
class Parameters:
    """The M4 case of March 2020; every number is a parameter."""

    north_m: float = 6000.0
    south_m: float = 6000.0
    end_cap: str = "flat"
    gap_tolerance_m: float = DEFAULT_GAP_TOLERANCE_M
    start: str = "Trumba"
    end: str = "Ain al-Havr"
    checkpoint_interval_km: float = 10.0
    date_field: str = "date"
    date_from: str = "2020-03-15"
    category_field: str | None = None  # None: the likeliest (core.suggest_category_field)


@dataclass
class Outcome:
    """What the demo computed and where it wrote it."""

    out_dir: Path
    gpkg: Path
    map_png: Path
    map_info: object  # render.MapInfo: the map's extent and CRS
    report_html: Path
    strip_png: Path
    inputs: Inputs
    parameters: Parameters
    route: object
    corridor: object
    patrol: object
    stops: object
    flags: object
    figures: figures.Figures
    category_field: str | None = None
    categories: list = field(default_factory=list)  # core.CategoryCount, most frequent first
    layer_counts: dict = field(default_factory=dict)  # GeoPackage layer -> feature count
    algorithm_results: dict = field(default_factory=dict)
    products: dict = field(default_factory=dict)  # file name -> path: GPS files, route book, tables


def run_pipeline(out_dir, inputs=None, parameters=None, now=None):
    """Run the whole demo into ``out_dir``; return an :class:`Outcome`."""
    inputs = inputs or Inputs()
    inputs = replace(inputs, road=Path(inputs.road), places=Path(inputs.places), incidents=Path(inputs.incidents))
    parameters = parameters or Parameters()
    now = now or dt.datetime.now().astimezone()
    out_dir = Path(out_dir).resolve()
    for label, path in (("road", inputs.road), ("places", inputs.places), ("incidents", inputs.incidents)):
        if not Path(path).is_file():
            raise DemoError(f"The {label} file {path} does not exist.")
    out_dir.mkdir(parents=True, exist_ok=True)
    gpkg = out_dir / GPKG_NAME
    # Nothing from an earlier run may pass for this one's.
    for name in (GPKG_NAME, GPKG_NAME + "-wal", GPKG_NAME + "-shm", "map.png", "strip.png", "report.html"):
        (out_dir / name).unlink(missing_ok=True)

    start, end = find_places(inputs.places, inputs.place_field, (parameters.start, parameters.end))
    results = run_algorithms(inputs, parameters, start, end, gpkg)
    files, made = products.make_products(out_dir, inputs, parameters, start, end, gpkg)
    results.update(made)

    road = open_layer(inputs.road, "road")
    incidents = open_layer(inputs.incidents, "incidents")
    parts, labels, crs = read_lines(road)
    route = assemble_route(parts, crs=crs, labels=labels, gap_tolerance_m=parameters.gap_tolerance_m)
    corridor = build_corridor(route, parameters.north_m, parameters.south_m, parameters.end_cap)
    patrol = patrol_segment(route, start, end)
    stops = checkpoints(patrol, parameters.checkpoint_interval_km)
    points = read_point_parts(incidents, date_field=parameters.date_field)
    flags = flag_incidents(
        corridor, points.lon, points.lat, patrol=patrol, dates=points.dates, date_from=parameters.date_from,
        parts_of=points.parts_of,
    )
    lon, lat = points.flagged_points(flags)
    category_field = parameters.category_field or suggest_category_field(incidents.fields().names())
    categories = read_categories(incidents, points.ids, category_field)
    layer_counts = check_agreement(gpkg, results, route, corridor, patrol, stops, flags)
    numbers = figures.compute(route, patrol, stops, flags)

    map_png = out_dir / "map.png"
    map_info = render.render_map(
        map_png, gpkg, road_path=inputs.road, places_path=inputs.places,
        place_field=inputs.place_field, title=render.title(parameters, route.side_names, inputs.road_name),
        subtitle=render.subtitle(parameters, route, patrol, numbers), credits=inputs.credits,
        dated_only=f"Incidents from {parameters.date_from}" if parameters.date_from else None,
    )
    strip_png = chart.draw(
        out_dir / "strip.png", route, corridor, flags, lon, lat, patrol, stops,
        places=read_all_places(inputs.places, inputs.place_field),
        kinds=categories,
    )
    outcome = Outcome(
        out_dir=out_dir, gpkg=gpkg, map_png=map_png, map_info=map_info, report_html=out_dir / "report.html",
        strip_png=strip_png, inputs=inputs, parameters=parameters,
        route=route, corridor=corridor, patrol=patrol, stops=stops, flags=flags,
        figures=numbers, category_field=category_field,
        categories=category_counts(categories, flags) if categories is not None else [],
        layer_counts=layer_counts, algorithm_results=results, products=files,
    )
    report.write_report(outcome, now)
    return outcome


# -- inputs ------------------------------------------------------------------------


def open_layer(path, label):
    layer = QgsVectorLayer(str(path), label, "ogr")
    if not layer.isValid():
        raise DemoError(f"Could not open the {label} file {path} as a vector layer.")
    return layer


def read_all_places(path, name_field):
    """Every place in the file as a core :class:`Place` (those with a point and a name)."""
    layer = open_layer(path, "places")
    if layer.fields().lookupField(name_field) < 0:
        raise DemoError(f"The places file {path} has no field '{name_field}'.")
    places = []
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        name = feature[name_field]
        if geometry.isNull() or geometry.isEmpty() or not isinstance(name, str) or not name.strip():
            continue
        places.append(Place(name.strip(), *to_lonlat(geometry.asPoint(), layer.crs())))
    return places


def find_places(path, name_field, names):
    """The places called ``names`` (exact match on ``name_field``)."""
    places = {place.name: place for place in read_all_places(path, name_field)}
    missing = [name for name in names if name not in places]
    if missing:
        raise DemoError(
            f"No place named {', '.join(repr(name) for name in missing)} in {path} "
            f"(field '{name_field}'; it has {', '.join(sorted(places))})."
        )
    return [places[name] for name in names]


# -- the algorithms ----------------------------------------------------------------


def run_algorithms(inputs, parameters, start, end, gpkg):
    """Run the three algorithms, writing their layers to ``gpkg``; return their outputs."""
    import processing
    from qgis.core import QgsProcessingFeedback

    common = {"GAP_TOLERANCE": parameters.gap_tolerance_m}
    widths = {
        "NORTH_WIDTH": parameters.north_m,
        "SOUTH_WIDTH": parameters.south_m,
        "END_CAP": END_CAPS.index(parameters.end_cap),
    }
    ends = {"START": point(start), "END": point(end)}
    feedback = QgsProcessingFeedback()
    with registered_provider():
        corridor = processing.run(
            "secure_corridor:buildcorridor",
            {"INPUT": str(inputs.road), **widths, **common, "OUTPUT": gpkg_table(gpkg, "corridor")},
            feedback=feedback,
        )
        patrol = processing.run(
            "secure_corridor:patrolsegment",
            {
                "INPUT": str(inputs.road), **ends, "START_NAME": start.name, "END_NAME": end.name,
                "CHECKPOINT_INTERVAL": parameters.checkpoint_interval_km, **common,
                "OUTPUT": gpkg_table(gpkg, "patrol"), "CHECKPOINTS": gpkg_table(gpkg, "checkpoints"),
            },
            feedback=feedback,
        )
        flagged = processing.run(
            "secure_corridor:flagincidents",
            {
                "ROAD": str(inputs.road), "INCIDENTS": str(inputs.incidents), **widths, **common, **ends,
                "DATE_FIELD": parameters.date_field, "DATE_FROM": parameters.date_from,
                "OUTPUT": gpkg_table(gpkg, "incidents_flagged"),
            },
            feedback=feedback,
        )
    return {"buildcorridor": corridor, "patrolsegment": patrol, "flagincidents": flagged}


def gpkg_layer(gpkg, name):
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    if not layer.isValid():
        raise DemoError(f"The GeoPackage {gpkg} has no layer '{name}'.")
    return layer


def check_agreement(gpkg, results, route, corridor, patrol, stops, flags):
    """Check that the algorithms' layers say what the core says; return the
    GeoPackage's feature count per layer."""
    counts = {name: gpkg_layer(gpkg, name).featureCount() for name in LAYERS}
    (corridor_feature,) = gpkg_layer(gpkg, "corridor").getFeatures()
    (patrol_feature,) = gpkg_layer(gpkg, "patrol").getFeatures()
    flagged = list(gpkg_layer(gpkg, "incidents_flagged").getFeatures())
    found = {
        "route length (km)": (corridor_feature["length_km"], route.length_km),
        "corridor area (km²)": (corridor_feature["area_km2"], corridor.area_km2),
        "patrol length (km)": (patrol_feature["length_km"], patrol.length_km),
        "checkpoints": (counts["checkpoints"], len(stops.km)),
        "incidents": (counts["incidents_flagged"], len(flags)),
        "incidents inside the corridor": (
            sum(1 for f in flagged if f["in_corr"]), int(flags.in_corridor.sum())
        ),
        "incidents in the patrol stretch": (
            results["flagincidents"]["IN_PATROL"], int(flags.in_patrol.sum())
        ),
    }
    wrong = [
        f"{what}: the algorithms say {a}, the core {b}"
        for what, (a, b) in found.items()
        if abs(float(a) - float(b)) > 1e-6 * max(1.0, abs(float(b)))
    ]
    if wrong:
        raise DemoError("The algorithms and the core disagree: " + "; ".join(wrong) + ".")
    return counts
