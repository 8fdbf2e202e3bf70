"""The items of the route book's pages: maps, labels, north arrows, scale bars
and legends, sized in millimetres on every QGIS from 3.22."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from .route_book_style import FONT, text_format
from .translation import tr

NORTH_ARROW = "arrows/NorthArrow_02.svg"  # an arrow and an N

# QGIS 3.30 moved these enums into Qgis; QGIS 4 has only those.
MM = Qgis.LayoutUnit.Millimeters if hasattr(Qgis, "LayoutUnit") else QgsUnitTypes.LayoutUnit.LayoutMillimeters
_KM = Qgis.DistanceUnit.Kilometers if hasattr(Qgis, "DistanceUnit") else QgsUnitTypes.DistanceUnit.DistanceKilometers
_FIXED_SEGMENTS = (
    Qgis.ScaleBarSegmentSizeMode.Fixed if hasattr(Qgis, "ScaleBarSegmentSizeMode")
    else QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFixed
)


def add_map(layout, crs, rect, layers, centre, scale):
    x, y, width, height = rect
    item = QgsLayoutItemMap(layout)
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(width, height, MM))
    item.setCrs(crs)
    item.setLayers([layer for layer in layers if layer is not None])
    item.setKeepLayerSet(True)
    item.setFrameEnabled(True)
    item.setBackgroundColor(QColor(252, 252, 249))
    half_w, half_h = width * scale / 2000, height * scale / 2000
    # setExtent, not zoomToExtent (which leaves a new map item's extent empty in QGIS 3.22).
    item.setExtent(QgsRectangle(centre[0] - half_w, centre[1] - half_h, centre[0] + half_w, centre[1] + half_h))
    layout.addLayoutItem(item)
    item.setScale(scale)
    return item


def add_label(layout, text, rect, size, bold=False, align=Qt.AlignmentFlag.AlignLeft):
    x, y, width, height = rect
    item = QgsLayoutItemLabel(layout)
    item.setText(text)
    if "<" in text:
        item.setMode(QgsLayoutItemLabel.Mode.ModeHtml)
    font = QFont(FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    if hasattr(item, "setTextFormat"):  # QGIS >= 3.24; setFont is deprecated since 3.40
        item.setTextFormat(QgsTextFormat.fromQFont(font))
    else:
        item.setFont(font)
    item.setHAlign(align)
    item.setVAlign(Qt.AlignmentFlag.AlignTop)
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(width, height, MM))
    layout.addLayoutItem(item)
    return item


def add_north_arrow(layout, linked_map, rect):
    x, y, width, height = rect
    item = QgsLayoutItemPicture(layout)
    item.setPicturePath(_svg(NORTH_ARROW))
    item.setSvgFillColor(QColor(20, 20, 20))  # QGIS fills it white by default: unseen on paper
    item.setSvgStrokeColor(QColor(20, 20, 20))
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(width, height, MM))
    item.setLinkedMap(linked_map)
    item.setNorthMode(QgsLayoutItemPicture.NorthMode.TrueNorth)
    layout.addLayoutItem(item)
    return item


def _svg(name):
    for folder in QgsApplication.svgPaths():
        path = Path(folder) / name
        if path.is_file():
            return str(path)
    return name  # QGIS resolves a relative name against its SVG paths when it can


def add_scale_bar(layout, linked_map, scale, where):
    item = QgsLayoutItemScaleBar(layout)
    item.setLinkedMap(linked_map)
    item.setStyle("Single Box")
    item.setUnits(_KM)
    item.setUnitLabel("km")
    item.setSegmentSizeMode(_FIXED_SEGMENTS)
    item.setUnitsPerSegment(_segment_km(scale))
    item.setNumberOfSegments(4)
    item.setNumberOfSegmentsLeft(0)
    item.setHeight(2.5)
    item.setTextFormat(text_format(8, buffer=False))
    item.attemptMove(QgsLayoutPoint(*where, MM))
    layout.addLayoutItem(item)
    return item


def _segment_km(scale, target_mm=16.0):
    """A round length (1, 2 or 5 times a power of ten km) near ``target_mm`` on the map."""
    wanted = target_mm * scale / 1e6
    power = 10 ** int(f"{wanted:e}".split("e")[1])
    return min((m * power for m in (1, 2, 5, 10)), key=lambda km: abs(km - wanted))


def add_legend(layout, linked_map, layers, where):
    item = QgsLayoutItemLegend(layout)
    item.setTitle(tr("Legend"))
    item.setAutoUpdateModel(False)
    root = item.model().rootGroup()
    root.removeAllChildren()
    for layer in layers:
        root.addLayer(layer)
    item.setLinkedMap(linked_map)
    item.setLegendFilterByMapEnabled(True)
    for style, size in ((QgsLegendStyle.Style.Title, 9), (QgsLegendStyle.Style.Subgroup, 8),
                        (QgsLegendStyle.Style.SymbolLabel, 7)):
        _legend_font(item.rstyle(style), size)
    item.setSymbolHeight(3)
    item.setSymbolWidth(6)
    item.attemptMove(QgsLayoutPoint(*where, MM))
    layout.addLayoutItem(item)
    return item


def _legend_font(legend_style, size):
    if hasattr(legend_style, "setTextFormat"):  # QGIS >= 3.30
        legend_style.setTextFormat(text_format(size, buffer=False))
    else:
        font = QFont(FONT)
        font.setPointSizeF(size)
        legend_style.setFont(font)
