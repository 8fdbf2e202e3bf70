"""The dock's Flag incidents: inputs read on the main thread, flagging in a
task, into the GeoPackage chosen under Results or a memory layer, then the
summary and the strip chart."""

from qgis.core import QgsProject, QgsVectorLayer, QgsWkbTypes

from ..bridge import flagging, geopackage_copy, layers, points, project
from ..bridge.geopackage_rtree import build_index
from ..bridge.translation import tr
from ..core import CorridorError, build_corridor, category_counts, check_window, checkpoints
from ..core.strip import strip_data
from . import text
from .sections import show_summary


def run_flags(dock):
    """Flag the incidents layer chosen under Incidents in a task: into the
    GeoPackage chosen under Results (a table of its own, in the earlier one's
    place once done) or a memory layer; then its summary and the strip chart."""
    category_field = dock.incidents.category()
    context = QgsProject.instance().transformContext()  # read here: the task only reads its copy

    def work(route, inputs, task):
        _, snapshot, (date_field, date_format), (date_from, date_to), args, corridor, patrol, crs, flagged, count, chart = inputs
        if corridor is None or corridor.route is not route:
            corridor = build_corridor(route, *args)
        task.step(50)
        options = dict(patrol=patrol, date_field=date_field, date_format=date_format, date_from=date_from,
                       date_to=date_to, category_field=category_field, check=task.within(50, 98), total=count)
        if isinstance(flagged, (geopackage_copy.CopyPlan, geopackage_copy.StagedTable)):
            try:
                found = _flag_into_table(snapshot, flagged, corridor, crs, context, task, options)
            except BaseException:
                geopackage_copy.discard(flagged)
                raise
        else:
            found = flagging.flag_layer(snapshot, corridor, crs, flagged.dataProvider().addFeatures, **options)
            flagged.updateExtents()
        task.step(98)
        return corridor, found, strip_of(route, corridor, found, patrol, *chart)

    def show(route, inputs, result, road):
        source, *_, args, _, patrol, _, flagged, _, _ = inputs
        corridor, found, data = result
        made = [] if corridor is dock.corridor else [dock.show_corridor(corridor, args, road)]
        name = tr("{layer} flagged").format(layer=source.name())
        if not isinstance(flagged, QgsVectorLayer):
            dock.results.add(*road, made, dock.output.gpkg_path())
            dock.results.put_in_place(road.name, flagged, name, "incidents")
        else:
            dock.results.add(*road, made + [(name, None, flagged, "incidents")], dock.output.gpkg_path())
        flags, categories = found.flags, found.categories
        summary = text.flags_summary(flags.summary(route.side_names), route.side_names, patrol)
        if categories is not None:
            summary += "\n" + text.category_summary(category_counts(categories, flags))
        show_summary(dock.incidents.summary, summary)
        dock.chart_box.show_data(data)

    dock.start_run("incidents", tr("flagging incidents"), lambda: _flag_inputs(dock), work, show)


def _flag_inputs(dock):
    source = dock.incidents.layer()
    if source is None:
        raise CorridorError(tr("Choose the incidents' point layer under Incidents."))
    date_field = dock.incidents.date_field.currentField() or None
    date_from, date_to = dock.incidents.window() if date_field else (None, None)
    check_window(date_from, date_to)
    date_format = dock.incidents.date_format() if date_field else None
    snapshot = layers.LayerSnapshot(source)
    args = dock.corridor_args()
    corridor = dock.corridor_for(args)
    crs = dock.road.layer().crs()
    name = tr("{layer} flagged").format(layer=source.name())
    flagging.flagged_fields(source)  # a layer flagged before: said now
    gpkg = dock.output.gpkg_path()
    # GDAL copies the incidents into the GeoPackage chosen under Results while
    # they are flagged, as flagincidents does, where it can; otherwise a memory
    # layer is made here, on the main thread, and filled by the task: a million
    # incidents are never held as a list of features, nor added while QGIS waits.
    flagged = geopackage_copy.staged_plan(source, gpkg, project.table_name(name), crs) if gpkg else None
    if flagged is None and gpkg:  # QGIS's writer fills a table of its own, batch by batch
        flagged = geopackage_copy.staged_table(gpkg, project.table_name(name))
    if flagged is None:
        flagged = project.memory_layer(
            name, QgsWkbTypes.displayString(source.wkbType()), crs, flagging.flagged_fields(source), []
        )
    # The places for the strip chart, read here: the chart's numbers are made in the task.
    places = points.read_places(dock.patrol_box.places_combo.currentLayer(), dock.patrol_box.name_field.currentField())
    chart = (places, dock.patrol_box.interval.value())
    return (source, snapshot, (date_field, date_format), (date_from, date_to), args, corridor, dock.patrol, crs,
            flagged, source.featureCount(), chart)


def _flag_into_table(snapshot, staged, corridor, crs, context, task, options):
    """Flag into the GeoPackage table ``staged``: by GDAL's copy (a CopyPlan),
    or through QGIS's writer (a StagedTable), then indexed."""
    if isinstance(staged, geopackage_copy.CopyPlan):
        return geopackage_copy.flag_into_geopackage(snapshot, staged, corridor, **options)
    writer = project.TableWriter(staged.path, staged.table, flagging.flagged_fields(snapshot),
                                 snapshot.wkbType(), crs, context)
    try:
        found = flagging.flag_layer(snapshot, corridor, crs, writer.add, **dict(options, check=task.within(50, 90)))
    finally:
        writer.close()
    build_index(staged.path, staged.table, task.within(90, 98), durable=staged.update)
    return found


def strip_of(route, corridor, found, patrol, places, interval):
    """The strip chart's numbers for flagged incidents (:class:`.bridge.flagging.FlaggedIncidents`),
    with the patrol's checkpoints every ``interval`` km and ``places``."""
    stops = checkpoints(patrol, interval) if patrol is not None and interval else None
    return strip_data(route, corridor, found.flags, found.lon, found.lat, patrol=patrol, checkpoints=stops,
                      places=places, kinds=found.categories)
