"""out/map.png: a QGIS print layout (map, title, legend, scale bar) exported as an image.

The result layers come from the demo's GeoPackage and wear the plugin's own QML
styles (``bridge.project.style``); the road and labelled places are added from
their files. No basemap, nothing from the network.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..bridge.project import style
from ..core.patrol import km_text

MAP_CRS = "EPSG:32637"  # UTM zone 37N: metres, true enough over Idlib
SIZE_PX = (1600, 1000)
PAGE_MM = (400.0, 250.0)
MAP_MM = (300.0, 206.0)
MARGIN = 0.15  # of the patrol's extent, on every side


@dataclass(frozen=True)
class MapInfo:
    path: Path
    extent: QgsRectangle  # what the map shows, in MAP_CRS
    patrol_extent: QgsRectangle  # the patrol's own extent, in MAP_CRS
    crs: str


def title(parameters, side_names, road_name):
    left, right = side_names
    return (
        f"Secure corridor: {km_text(parameters.north_m / 1000)} km {left}, "
        f"{km_text(parameters.south_m / 1000)} km {right} of the {road_name}; "
        f"patrol {parameters.start} – {parameters.end}"
    )


def subtitle(parameters, route, patrol, numbers):
    in_patrol = numbers.by_flag[0][1]
    return (
        f"Route {route.length_km:.1f} km, patrol {patrol.length_km:.1f} km with checkpoints every "
        f"{km_text(parameters.checkpoint_interval_km)} km; incidents from {parameters.date_from}: "
        f"{numbers.dated} of {numbers.total}, {in_patrol} in the patrol stretch"
    )


def _layer(uri, name, provider="ogr"):
    layer = QgsVectorLayer(str(uri), name, provider)
    if not layer.isValid():
        raise OSError(f"Could not open {uri} for the map.")
    return layer


def _road_style(layer):
    symbol = QgsLineSymbol.createSimple(
        {"line_color": "70,70,70,255", "line_width": "0.7", "line_width_unit": "MM", "capstyle": "round"}
    )
    layer.renderer().setSymbol(symbol)


def _places_style(layer, field):
    symbol = QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": "255,255,255,255", "outline_color": "0,0,0,255",
         "outline_width": "0.5", "size": "2.6"}
    )
    layer.renderer().setSymbol(symbol)
    text = QgsTextFormat()
    text.setFont(QFont("DejaVu Sans"))
    text.setSize(10)
    text.setColor(QColor(20, 20, 20))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(1.0)
    buffer.setColor(QColor(255, 255, 255, 230))
    text.setBuffer(buffer)
    labels = QgsPalLayerSettings()
    labels.fieldName = field
    labels.setFormat(text)
    labels.placement = QgsPalLayerSettings.Placement.OrderedPositionsAroundPoint
    labels.dist = 1.5
    layer.setLabeling(QgsVectorLayerSimpleLabeling(labels))
    layer.setLabelsEnabled(True)


def _extent(layer, crs, project):
    """``layer``'s extent in ``crs``."""
    transform = QgsCoordinateTransform(layer.crs(), crs, project)
    return transform.transformBoundingBox(layer.extent())


def _framed(rect, margin, aspect):
    """``rect`` grown by ``margin`` of its larger side all round, then widened or
    heightened about its centre to the width/height ratio ``aspect``."""
    grow = margin * max(rect.width(), rect.height())
    width, height = rect.width() + 2 * grow, rect.height() + 2 * grow
    width, height = max(width, height * aspect), max(height, width / aspect)
    centre = rect.center()
    return QgsRectangle(
        centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2, centre.y() + height / 2
    )


def _label(layout, text, x, y, width, height, size, bold=False):
    item = QgsLayoutItemLabel(layout)
    item.setText(text)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(size)
    font.setBold(bold)
    if hasattr(item, "setTextFormat"):  # QGIS >= 3.24; setFont is deprecated since 3.40
        item.setTextFormat(QgsTextFormat.fromQFont(font))
    else:
        item.setFont(font)
    item.setHAlign(Qt.AlignmentFlag.AlignLeft)
    item.setVAlign(Qt.AlignmentFlag.AlignTop)
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(item)
    return item


def render_map(path, gpkg, road_path, places_path, place_field, title, subtitle, credits="",
               dated_only=None):
    """Export the map of the demo's layers to ``path`` (PNG, SIZE_PX); return a :class:`MapInfo`.

    ``dated_only`` (the legend's name for them, e.g. "Incidents from 2020-03-15")
    shows only the incidents inside the date window.
    """
    project = QgsProject()
    crs = QgsCoordinateReferenceSystem(MAP_CRS)
    project.setCrs(crs)

    corridor = _layer(f"{gpkg}|layername=corridor", "Corridor")
    patrol = _layer(f"{gpkg}|layername=patrol", "Patrol stretch")
    stops = _layer(f"{gpkg}|layername=checkpoints", "Checkpoints")
    incidents = _layer(f"{gpkg}|layername=incidents_flagged", "Incidents")
    road = _layer(road_path, "Road")
    places = _layer(places_path, "Places")
    for layer, kind in ((corridor, "corridor"), (patrol, "patrol"), (stops, "checkpoints"),
                        (incidents, "incidents")):
        style(layer, kind)
    if dated_only and incidents.fields().lookupField("in_window") >= 0:
        incidents.setSubsetString('"in_window"')
        incidents.setName(dated_only)
    _road_style(road)
    _places_style(places, place_field)
    # Top of the legend and of the drawing first.
    order = [incidents, stops, places, patrol, road, corridor]
    for layer in reversed(order):  # each new layer goes on top of the legend
        project.addMapLayer(layer)

    patrol_extent = _extent(patrol, crs, project)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    page_w, page_h = PAGE_MM
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(page_w, page_h, QgsUnitTypes.LayoutMillimeters))

    _label(layout, title, 8, 5, page_w - 16, 11, 20, bold=True)
    _label(layout, subtitle, 8, 16, page_w - 16, 8, 12)

    map_w, map_h = MAP_MM
    map_item = QgsLayoutItemMap(layout)
    map_item.attemptMove(QgsLayoutPoint(8, 26, QgsUnitTypes.LayoutMillimeters))
    map_item.attemptResize(QgsLayoutSize(map_w, map_h, QgsUnitTypes.LayoutMillimeters))
    map_item.setCrs(crs)
    map_item.setLayers(order)
    map_item.setFrameEnabled(True)
    map_item.setBackgroundColor(QColor(250, 250, 247))
    # setExtent, not zoomToExtent (which leaves a new map item's extent empty in
    # QGIS 3.22); the extent has the item's proportions, so the item keeps its size.
    map_item.setExtent(_framed(patrol_extent, MARGIN, map_w / map_h))
    layout.addLayoutItem(map_item)

    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("Legend")
    legend.setLinkedMap(map_item)
    # Only what the map shows: with dated incidents only, the rules for those
    # outside the date window have nothing to stand for.
    legend.setLegendFilterByMapEnabled(True)
    legend.attemptMove(QgsLayoutPoint(314, 26, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(legend)

    scale = QgsLayoutItemScaleBar(layout)
    scale.setLinkedMap(map_item)
    scale.setStyle("Single Box")
    scale.setUnits(QgsUnitTypes.DistanceKilometers)
    scale.setUnitLabel("km")
    scale.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFixed)
    scale.setUnitsPerSegment(5)
    scale.setNumberOfSegments(4)
    scale.setNumberOfSegmentsLeft(0)
    scale.setHeight(3)
    scale.attemptMove(QgsLayoutPoint(10, 236, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(scale)

    note = f"Map in UTM zone 37N ({MAP_CRS}). Rendered by QGIS with the plugin's styles."
    _label(layout, (credits + "\n" if credits else "") + note, 314, 205, 78, 30, 8)

    # renderPageToImage rather than exportToImage: the latter also tries to
    # georeference the PNG through GDAL, which cannot update a PNG.
    image = QgsLayoutExporter(layout).renderPageToImage(0, QSize(*SIZE_PX), SIZE_PX[0] / (page_w / 25.4))
    if image.isNull() or not image.save(str(path), "PNG"):
        raise OSError(f"QGIS could not render the map to {path}.")
    return MapInfo(Path(path), map_item.extent(), patrol_extent, MAP_CRS)
