"""How the route book's layers look: the plugin's QML styles where it has one
(corridor, checkpoints, incidents), and print styles for the rest, sized for
paper at the book's scales."""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

from .project import style

# QGIS 3.26 moved the placements into Qgis; QGIS 4 has only those.
_PLACEMENT = Qgis.LabelPlacement if hasattr(Qgis, "LabelPlacement") else QgsPalLayerSettings.Placement

FONT = "DejaVu Sans"  # has Arabic script too


def text_format(size, bold=False, color=(20, 20, 20), buffer=True):
    font = QFont(FONT)
    font.setBold(bold)
    result = QgsTextFormat()
    result.setFont(font)
    result.setSize(size)
    result.setColor(QColor(*color))
    if buffer:
        halo = QgsTextBufferSettings()
        halo.setEnabled(True)
        halo.setSize(0.8)
        halo.setColor(QColor(255, 255, 255, 230))
        result.setBuffer(halo)
    return result


def _labels(layer, expression, placement, size, bold=False, color=(20, 20, 20), distance=0.0, repeat_mm=0.0):
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    settings.placement = placement
    settings.dist = distance
    settings.repeatDistance = repeat_mm
    settings.setFormat(text_format(size, bold, color))
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    return settings


def _always_shown(settings, layer):
    """Labels drawn even where they overlap others: the pages' numbers on the overview."""
    settings.priority = 10
    if hasattr(Qgis, "LabelOverlapHandling"):  # QGIS >= 3.26
        settings.placementSettings().setOverlapHandling(Qgis.LabelOverlapHandling.AllowOverlapIfRequired)
    else:
        settings.displayAll = True
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))


def _line(layer, color, width_mm, dash=False):
    properties = {"line_color": color, "line_width": str(width_mm), "line_width_unit": "MM", "capstyle": "round"}
    if dash:
        properties.update({"line_style": "dash"})
    layer.renderer().setSymbol(QgsLineSymbol.createSimple(properties))


def style_book_layers(layers):
    """Give each of the book's layers (see :func:`.route_book.book_layers`) its look."""
    for kind in ("corridor", "checkpoints", "incidents"):
        if layers.get(kind) is not None:
            style(layers[kind], kind)
    _line(layers["road"], "110,110,110,255", 0.8)
    _line(layers["patrol"], "30,60,200,200", 1.4)
    _line(layers["ticks"], "20,20,20,255", 0.35)
    _line(layers["edges"], "200,120,0,255", 0.5, dash=True)
    _labels(layers["edges"], '"label"', _PLACEMENT.Line, 7.5, color=(150, 80, 0), distance=0.8, repeat_mm=70)
    layers["km"].renderer().setSymbol(QgsMarkerSymbol.createSimple({"name": "circle", "size": "0", "color": "0,0,0,0",
                                                                    "outline_style": "no"}))
    _labels(layers["km"], '"label"', _PLACEMENT.OverPoint, 6.5, color=(40, 40, 40))
    pages = layers["pages"]
    pages.renderer().setSymbol(QgsFillSymbol.createSimple({
        "color": "0,0,0,0", "outline_color": "30,60,200,230", "outline_width": "0.35", "outline_width_unit": "MM",
    }))
    _always_shown(_labels(pages, '"page"', _PLACEMENT.OverPoint, 12, bold=True, color=(30, 60, 200)), pages)
    if layers.get("places") is not None:
        layers["places"].renderer().setSymbol(QgsMarkerSymbol.createSimple({
            "name": "circle", "color": "255,255,255,255", "outline_color": "0,0,0,255", "outline_width": "0.4",
            "size": "2.2",
        }))
        _labels(layers["places"], "\"name\" || if(\"name_ar\" IS NULL, '', '\\n' || \"name_ar\")",
                _PLACEMENT.OrderedPositionsAroundPoint, 8, distance=1.0)
