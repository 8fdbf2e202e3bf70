"""The strip chart: incidents by km along the road against their distance from it.

Draws a :class:`~secure_corridor.core.strip.StripData` (the numbers come from
the engine) with plain Qt: a :class:`StripChart` widget for the dock, and
:func:`render_strip_chart` for a PNG or SVG file, headless. What is shown:

- x: km from the patrol's start towards its end (the route's km without a
  patrol); y: km from the road, the north (west) side up;
- the corridor as a tinted band between its two edges (dashed lines, labelled
  with their width and side), the road as the line y = 0;
- the patrol stretch as a blue band with a bold blue line on the road, its
  ends named; checkpoints as blue ticks on the road with their km;
- places near the road named above the plot at their km, with a dotted guide;
- incidents coloured by flag as in ``resources/styles/incidents.qml`` (red:
  inside the patrol stretch, orange: inside the corridor, grey: outside),
  shaped by kind when kinds are known (else a star for the patrol stretch),
  hollow when outside the date window; points farther out than the y axis
  reaches sit on its edge as arrowheads.

Right to left (an Arabic locale), the words run right to left: the title and
the legend start at the right. The plot itself is not mirrored: its km and
sides are the road's, as on the map.

No geometry here: positions come from ``StripData``; this module only maps km
to pixels.
"""

import math
import os
from pathlib import Path

import numpy as np
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QPointF, QRect, QRectF, QSize, Qt
from qgis.PyQt.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from qgis.PyQt.QtWidgets import QFileDialog, QMessageBox, QSizePolicy, QToolTip, QWidget

from ..bridge.translation import direction as locale_direction
from ..bridge.translation import side_name, text, tr


__all__ = ["StripChart", "StripLayout", "render_strip_chart", "paint_strip", "COLOURS"]

# Fill and outline per flag, as in resources/styles/incidents.qml.
COLOURS = {
    "patrol": (QColor(220, 0, 0), QColor(90, 0, 0)),
    "corridor": (QColor(255, 140, 0), QColor(120, 60, 0)),
    "outside": (QColor(150, 150, 150, 160), QColor(90, 90, 90, 200)),
}


def category_label(category):
    """Words for an incident's flag ("patrol", "corridor", "outside")."""
    labels = {
        "patrol": tr("inside the patrol stretch"),
        "corridor": tr("inside the corridor"),
        "outside": tr("outside the corridor"),
    }
    return labels.get(category, "")


def kind_label(kind):
    return tr("other kinds") if kind == OTHER_KINDS else kind


def data_text(data, name):
    """The StripData's title or axis label in the user's language."""
    message = getattr(data, f"{name}_message", None)
    return text(message) if message is not None else getattr(data, name)

CORRIDOR_FILL = QColor(255, 196, 0, 45)  # corridor.qml's fill, lighter
CORRIDOR_EDGE = QColor(200, 120, 0)
PATROL_BLUE = QColor(30, 60, 200)
PATROL_BAND = QColor(30, 60, 200, 16)
ROAD = QColor(60, 60, 60)
GRID = QColor(225, 225, 225)
FRAME = QColor(170, 170, 170)
TEXT = QColor(40, 40, 40)
PLACE_GUIDE = QColor(140, 140, 140)

# Marker shapes for common incident kinds (hand-made names, ACLED's event and
# sub-event types, UCDP's types of violence); other kinds take the next spare shape.
KIND_SHAPES = {
    "air strike": "triangle_down",
    "airstrike": "triangle_down",
    "air raid": "triangle_down",
    "air/drone strike": "triangle_down",
    "explosions/remote violence": "triangle_down",
    "shelling": "diamond",
    "artillery": "diamond",
    "shelling/artillery/missile attack": "diamond",
    "clash": "square",
    "clashes": "square",
    "armed clash": "square",
    "battles": "square",
    "state-based conflict": "square",
    "violence against civilians": "cross",
    "one-sided violence": "cross",
    "attack": "cross",
    "non-state conflict": "diamond",
}
MAX_KIND_SHAPES = 7  # more kinds than this: the rarer ones share "other kinds"
OTHER_KINDS = "other kinds"
SPARE_SHAPES = ("triangle", "cross", "pentagon", "hexagon", "square", "diamond", "triangle_down", "circle")
MINUS = "\u2212"
_app = None  # a QGuiApplication made for headless rendering, kept alive


def nice_ticks(low, high, count):
    """Round tick values (steps of 1, 2 or 5 × 10^k) covering about ``count`` intervals."""
    span = high - low
    if not (span > 0 and math.isfinite(span)):
        return [low]
    count = max(count, 1)
    power = 10 ** math.floor(math.log10(span / count))
    step = min((m * power for m in (1, 2, 5, 10)), key=lambda step: (abs(span / step - count), -step))
    first, last = math.ceil(low / step - 1e-9), math.floor(high / step + 1e-9)
    return [round(k * step, 12) + 0.0 for k in range(first, last + 1)]


def km_text(value):
    text = f"{value:g}" if abs(value - round(value)) > 1e-9 else f"{round(value):d}"
    return text.replace("-", MINUS)


def font_px_for(width, height):
    """Text size in pixels for a chart of this size (9 to 16 px)."""
    return int(max(9, min(16, width / 100, height / 36)))


def shapes_for(data):
    """Marker shape per incident: by kind when kinds are known, else by flag.

    The most frequent kinds get a shape each; with more than MAX_KIND_SHAPES,
    the rest are drawn as circles under OTHER_KINDS."""
    kinds = data.kind_names()
    if not kinds:
        return np.where(data.category == "patrol", "star", "circle").astype(object), {}
    frequency = {kind: int(np.count_nonzero(data.kinds == kind)) for kind in kinds}
    ranked = sorted(kinds, key=lambda kind: -frequency[kind])  # stable: ties by first appearance
    shown = ranked if len(ranked) <= MAX_KIND_SHAPES else ranked[: MAX_KIND_SHAPES - 1]
    used, by_kind, spare = set(), {}, iter(SPARE_SHAPES)
    for kind in shown:
        shape = KIND_SHAPES.get(kind.lower())
        if shape is None or shape in used:
            shape = next((s for s in spare if s not in used), "circle")
        used.add(shape)
        by_kind[kind] = shape
    if len(shown) < len(ranked):
        by_kind[OTHER_KINDS] = "circle"
    shapes = np.array([by_kind.get(kind, "circle") for kind in data.kinds], dtype=object)
    return shapes, by_kind


def marker_path(shape, size):
    """A QPainterPath of ``shape`` with about ``size`` pixels across, centred on 0, 0."""
    r = size / 2.0
    path = QPainterPath()
    if shape == "circle":
        path.addEllipse(QPointF(0, 0), r, r)
    elif shape == "square":
        s = r * 0.85
        path.addRect(QRectF(-s, -s, 2 * s, 2 * s))
    elif shape == "cross":
        w = r * 0.38
        path.addRect(QRectF(-r, -w, 2 * r, 2 * w))
        path.addRect(QRectF(-w, -r, 2 * w, 2 * r))
        path = path.simplified()
    else:
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in _polygon(shape, r)]))
        path.closeSubpath()
    return path


def _polygon(shape, r):
    if shape == "star":
        points = []
        for k in range(10):
            radius = r if k % 2 == 0 else r * 0.45
            angle = math.radians(-90 + 36 * k)
            points.append((radius * math.cos(angle), radius * math.sin(angle)))
        return points
    if shape == "diamond":
        return [(0, -r * 1.1), (r * 0.9, 0), (0, r * 1.1), (-r * 0.9, 0)]
    if shape == "triangle":
        return [(0, -r), (r * 0.95, r * 0.75), (-r * 0.95, r * 0.75)]
    if shape == "triangle_down":
        return [(0, r), (r * 0.95, -r * 0.75), (-r * 0.95, -r * 0.75)]
    sides = {"pentagon": 5, "hexagon": 6}.get(shape, 20)
    return [(r * math.cos(math.radians(-90 + 360 * k / sides)), r * math.sin(math.radians(-90 + 360 * k / sides))) for k in range(sides)]


class StripLayout:
    """Where everything goes in a ``width`` × ``height`` chart: margins, axis ranges, km → pixels."""

    def __init__(self, data, width, height):
        self.data, self.width, self.height = data, float(width), float(height)
        self.px = font_px_for(width, height)
        self.font = QFont()
        self.font.setPixelSize(self.px)
        self.small = QFont(self.font)
        self.small.setPixelSize(max(8, round(self.px * 0.8)))
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        self.title_font = QFont(self.bold)
        self.title_font.setPixelSize(round(self.px * 1.15))
        self.marker = self.px * 0.9
        metrics = QFontMetricsF(self.font)
        self.line = metrics.height()
        self.shapes, self.kind_shapes = shapes_for(data)
        self.legend = self._legend_items()

        self.x_range = self._x_range()
        self.y_range, self.y_cap = self._y_range()
        self.y_ticks = nice_ticks(*self.y_range, max(2, int((height / 2.2) / (self.line * 2.2))))
        tick_width = max(metrics.horizontalAdvance(km_text(t)) for t in self.y_ticks)
        left = self.line * 1.6 + tick_width + self.px * 0.8
        right = self.px * 1.2
        top = self.line * 1.7 + self.line * 2.4  # title, two rows of place names
        self.legend_rows = self._flow(self.width - left - right)
        bottom = self.line * 1.3 + self.line * 1.5 + len(self.legend_rows) * self.line * 1.35 + self.px * 0.5
        self.plot = QRectF(left, top, max(10.0, self.width - left - right), max(10.0, self.height - top - bottom))
        self.x_ticks = nice_ticks(*self.x_range, max(2, int(self.plot.width() / (metrics.horizontalAdvance("−100") * 2.2))))

    # -- ranges and mapping ----------------------------------------------------------

    def _x_range(self):
        low, high = self.data.route_x_km
        if not high > low:
            low, high = low - 1.0, high + 1.0
        pad = (high - low) * 0.02
        return low - pad, high + pad

    def _y_range(self):
        up, down = self.data.edges_km
        widest = max(abs(up), abs(down), 0.5)
        cap = widest * 2.5  # farther points sit on the edge as arrowheads
        y = self.data.y_km[np.isfinite(self.data.y_km)]
        high = max(up, float(y.max()) if y.size else 0.0, widest * 0.25)
        low = min(down, float(y.min()) if y.size else 0.0, -widest * 0.25)
        high, low = min(high, cap), max(low, -cap)
        pad = (high - low) * 0.08
        return (low - pad, high + pad), (low - pad * 0.5, high + pad * 0.5)

    def x_px(self, x_km):
        low, high = self.x_range
        return self.plot.left() + (np.asarray(x_km, dtype=float) - low) / (high - low) * self.plot.width()

    def y_px(self, y_km):
        low, high = self.y_range
        return self.plot.bottom() - (np.asarray(y_km, dtype=float) - low) / (high - low) * self.plot.height()

    def map(self, x_km, y_km):
        """Pixel position (x, y) of a point at ``x_km`` along the road, ``y_km`` off it."""
        return float(self.x_px(x_km)), float(self.y_px(self.clamp_y(y_km)))

    def clamp_y(self, y_km):
        return np.clip(y_km, *self.y_cap)

    def points_px(self):
        """Pixel x, y of every incident (NaN for those not plotted)."""
        data = self.data
        return self.x_px(data.x_km), self.y_px(self.clamp_y(data.y_km))

    # -- legend ----------------------------------------------------------------------

    def _legend_items(self):
        data, counts = self.data, self.data.counts()
        by_kind = bool(self.kind_shapes)
        items = []
        for category in ("patrol", "corridor", "outside"):
            shape = "star" if category == "patrol" and not by_kind else "circle"
            items.append((("marker", shape, category, True), f"{category_label(category)} ({counts[category]})"))
        for kind, shape in self.kind_shapes.items():
            items.append((("marker", shape, None, True), kind_label(kind)))
        if data.in_window is not None and (~data.in_window & data.plotted).any():
            items.append((("marker", "circle", None, False), tr("outside the date window")))
        if data.patrol_x_km is not None:
            items.append((("patrol",), tr("patrol stretch")))
        items.append((("edge",), tr("corridor edge")))
        if counts["missing"]:
            items.append((None, tr("{count} without a location (not shown)").format(count=counts["missing"])))
        return items

    def _flow(self, width):
        """The legend items in rows that fit ``width`` pixels."""
        metrics = QFontMetricsF(self.font)
        rows, current, used = [], [], 0.0
        for item in self.legend:
            need = (self.line * 1.6 if item[0] else 0.0) + metrics.horizontalAdvance(item[1]) + self.px * 1.5
            if current and used + need > width:
                rows.append(current)
                current, used = [], 0.0
            current.append((item, need))
            used += need
        if current:
            rows.append(current)
        return rows


def paint_strip(painter, data, width, height, layout=None, direction=Qt.LayoutDirection.LeftToRight):
    """Paint the whole chart for ``data`` on ``painter`` over (0, 0, width, height),
    its words in ``direction``."""
    layout = layout or StripLayout(data, width, height)
    right_to_left = direction == Qt.LayoutDirection.RightToLeft
    painter.save()
    painter.setLayoutDirection(direction)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.fillRect(QRectF(0, 0, width, height), QColor(255, 255, 255))
    plot = layout.plot

    painter.setFont(layout.title_font)
    painter.setPen(TEXT)
    painter.drawText(
        QRectF(layout.px * 0.6, layout.px * 0.3, width - layout.px * 1.2, layout.line * 1.4),
        int((Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft)
            | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter),
        data_text(data, "title"),
    )

    painter.save()
    painter.setClipRect(plot)
    _grid(painter, layout)
    _corridor(painter, layout)
    _patrol(painter, layout)
    _road(painter, layout)
    _places(painter, layout)
    _checkpoints(painter, layout)
    _markers(painter, layout)
    painter.restore()

    painter.setPen(QPen(FRAME, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(plot)
    _axes(painter, layout)
    _place_names(painter, layout)
    _legend(painter, layout, right_to_left)
    painter.restore()
    return layout


def _grid(painter, layout):
    plot = layout.plot
    painter.setPen(QPen(GRID, 1))
    for x in layout.x_px(layout.x_ticks):
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
    for y in layout.y_px(layout.y_ticks):
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))


def _corridor(painter, layout):
    data = layout.data
    x0, x1 = (float(v) for v in layout.x_px(data.corridor_x_km))
    up, down = (float(v) for v in layout.y_px(data.edges_km))
    painter.fillRect(QRectF(x0, up, x1 - x0, down - up), CORRIDOR_FILL)
    pen = QPen(CORRIDOR_EDGE, max(1.5, layout.px / 8))
    pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setFont(layout.small)
    metrics = QFontMetricsF(layout.small)
    for y, km, side, above in (
        (up, data.edges_km[0], data.side_names[0], True),
        (down, data.edges_km[1], data.side_names[1], False),
    ):
        painter.drawLine(QPointF(x0, y), QPointF(x1, y))
        label = tr("{km} km {side}").format(km=km_text(abs(km)), side=side_name(side))
        box = QRectF(
            min(x1, layout.plot.right()) - metrics.horizontalAdvance(label) - layout.px * 0.5,
            y - metrics.height() - 2 if above else y + 2,
            metrics.horizontalAdvance(label) + 2,
            metrics.height(),
        )
        painter.setPen(CORRIDOR_EDGE.darker(130))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)
        painter.setPen(pen)


def _patrol(painter, layout):
    data = layout.data
    if data.patrol_x_km is None:
        return
    x0, x1 = (float(v) for v in layout.x_px(data.patrol_x_km))
    plot = layout.plot
    painter.fillRect(QRectF(x0, plot.top(), x1 - x0, plot.height()), PATROL_BAND)
    pen = QPen(PATROL_BLUE, 1)
    pen.setStyle(Qt.PenStyle.DotLine)
    painter.setPen(pen)
    for x in (x0, x1):
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))


def _road(painter, layout):
    data = layout.data
    y = float(layout.y_px(0.0))
    x0, x1 = (float(v) for v in layout.x_px(data.route_x_km))
    painter.setPen(QPen(ROAD, max(1.5, layout.px / 7)))
    painter.drawLine(QPointF(x0, y), QPointF(x1, y))
    if data.patrol_x_km is not None:
        p0, p1 = (float(v) for v in layout.x_px(data.patrol_x_km))
        pen = QPen(PATROL_BLUE, max(3.0, layout.px * 0.35))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawLine(QPointF(p0, y), QPointF(p1, y))


def _checkpoints(painter, layout):
    data = layout.data
    if not data.checkpoint_x_km.size:
        return
    y = float(layout.y_px(0.0))
    tick = layout.px * 0.5
    painter.setFont(layout.small)
    metrics = QFontMetricsF(layout.small)
    last_right = -math.inf
    for x, label in zip(layout.x_px(data.checkpoint_x_km), data.checkpoint_labels):
        painter.setPen(QPen(PATROL_BLUE, max(1.5, layout.px / 8)))
        painter.drawLine(QPointF(x, y - tick), QPointF(x, y + tick))
        w = metrics.horizontalAdvance(label)
        if x - w / 2 < last_right + layout.px * 0.3:
            continue  # no room for this label
        last_right = x + w / 2
        painter.setPen(PATROL_BLUE)
        painter.drawText(QRectF(x - w / 2 - 1, y + tick, w + 2, metrics.height()), int(Qt.AlignmentFlag.AlignCenter), label)


def _place_labels(layout):
    """(x px, name, bold, row) of the place names that fit, patrol ends first."""
    data = layout.data
    metrics = QFontMetricsF(layout.small)
    bold_metrics = QFontMetricsF(layout.bold)
    wanted = []
    ends = set()
    if data.patrol_names is not None:
        for x, name in zip(data.patrol_x_km, data.patrol_names):
            wanted.append((float(layout.x_px(x)), name, True))
            ends.add(name.casefold())
    for x, name in zip(layout.x_px(data.place_x_km), data.place_names):
        if name.casefold() not in ends:
            wanted.append((float(x), name, False))
    # Row 0 is next to the plot, row 1 above it; a row-1 name's guide crosses row 0.
    spans, guides, placed = ([], []), [], []
    for x, name, bold in wanted:
        w = (bold_metrics if bold else metrics).horizontalAdvance(name)
        left = min(max(x - w / 2, 0.0), layout.width - w)
        span = (left - layout.px * 0.4, left + w + layout.px * 0.4)
        free = [all(span[1] < a or span[0] > b for a, b in taken) for taken in spans]
        if free[0] and not any(span[0] <= g <= span[1] for g in guides):
            r = 0
        elif free[1] and not any(a <= x <= b for a, b in spans[0]):
            r = 1
            guides.append(x)
        else:
            continue  # no room for this name
        spans[r].append(span)
        placed.append((x, left, w, name, bold, r))
    return placed


def _places(painter, layout):
    """Dotted guides from the top of the plot down to the road at each named place."""
    pen = QPen(PLACE_GUIDE, 1)
    pen.setStyle(Qt.PenStyle.DotLine)
    painter.setPen(pen)
    y0 = float(layout.y_px(0.0))
    for x, *_ in _place_labels(layout):
        painter.drawLine(QPointF(x, layout.plot.top()), QPointF(x, y0))


def _place_names(painter, layout):
    plot = layout.plot
    for x, left, w, name, bold, r in _place_labels(layout):
        font = layout.bold if bold else layout.small
        painter.setFont(font)
        painter.setPen(PATROL_BLUE if bold else TEXT)
        height = layout.line * 1.2
        top = plot.top() - (r + 1) * height
        painter.drawText(QRectF(left, top, w + 1, height), int(Qt.AlignmentFlag.AlignCenter), name)
        painter.setPen(QPen(PLACE_GUIDE, 1))
        painter.drawLine(QPointF(x, top + height * 0.9), QPointF(x, plot.top()))


def _draw_marker(painter, shape, x, y, size, category, filled=True):
    fill, outline = COLOURS.get(category, (QColor(120, 120, 120), QColor(40, 40, 40)))
    path = marker_path(shape, size)
    painter.save()
    painter.translate(x, y)
    if filled:
        painter.setPen(QPen(outline, 1))
        painter.setBrush(QBrush(fill))
    else:
        painter.setPen(QPen(fill if category else QColor(60, 60, 60), max(1.5, size / 6)))
        painter.setBrush(QBrush(QColor(255, 255, 255)))
    painter.drawPath(path)
    painter.restore()


def _markers(painter, layout):
    data = layout.data
    xs, ys = layout.points_px()
    low, high = layout.y_cap
    beyond = np.where(data.y_km > high, -1, np.where(data.y_km < low, 1, 0))
    labelled = {-1: [], 1: []}  # label extents taken along each edge
    for category in ("outside", "corridor", "patrol"):
        size = layout.marker * (1.6 if category == "patrol" and not layout.kind_shapes else 1.2 if category == "patrol" else 1.0)
        for k in np.flatnonzero((data.category == category) & data.plotted):
            shape = layout.shapes[k]
            if beyond[k]:
                shape = "triangle" if beyond[k] < 0 else "triangle_down"
            filled = data.in_window is None or bool(data.in_window[k])
            _draw_marker(painter, shape, float(xs[k]), float(ys[k]), size, category, filled)
            if beyond[k]:  # say how far out it really is, where there is room
                label = tr("{km} km").format(km=km_text(round(abs(float(data.y_km[k])), 1)))
                left = float(xs[k]) + size * 0.7
                right = left + QFontMetricsF(layout.small).horizontalAdvance(label) + size
                if any(left < r and l < right for l, r in labelled[beyond[k]]):
                    continue
                labelled[beyond[k]].append((left - size * 1.4, right))
                painter.setFont(layout.small)
                painter.setPen(TEXT)
                box = QRectF(left, float(ys[k]) - layout.line / 2, right - left, layout.line)
                painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), label)


def _axes(painter, layout):
    data, plot = layout.data, layout.plot
    words = painter.layoutDirection()
    painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # the tick numbers: "−5", not "5−"
    painter.setFont(layout.font)
    metrics = QFontMetricsF(layout.font)
    painter.setPen(QPen(TEXT, 1))
    for value, x in zip(layout.x_ticks, layout.x_px(layout.x_ticks)):
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + layout.px * 0.35))
        text = km_text(value)
        w = metrics.horizontalAdvance(text)
        painter.drawText(QRectF(x - w / 2 - 2, plot.bottom() + layout.px * 0.35, w + 4, layout.line), int(Qt.AlignmentFlag.AlignCenter), text)
    for value, y in zip(layout.y_ticks, layout.y_px(layout.y_ticks)):
        painter.drawLine(QPointF(plot.left() - layout.px * 0.35, y), QPointF(plot.left(), y))
        painter.drawText(
            QRectF(0, y - layout.line / 2, plot.left() - layout.px * 0.5, layout.line),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            km_text(value),
        )
    painter.setLayoutDirection(words)
    painter.drawText(
        QRectF(plot.left(), plot.bottom() + layout.line * 1.3, plot.width(), layout.line * 1.3),
        int(Qt.AlignmentFlag.AlignCenter),
        data_text(data, "x_label"),
    )
    painter.save()
    painter.translate(layout.px * 0.3, plot.center().y())
    painter.rotate(-90)
    painter.drawText(
        QRectF(-plot.height() / 2 - layout.px * 4, 0, plot.height() + layout.px * 8, layout.line * 1.3),
        int(Qt.AlignmentFlag.AlignCenter),
        data_text(data, "y_label"),
    )
    painter.restore()


def _legend(painter, layout, right_to_left=False):
    """The legend rows under the plot: swatch then words, from the left, or from
    the right for right-to-left words."""
    painter.setFont(layout.font)
    metrics = QFontMetricsF(layout.font)
    y = layout.plot.bottom() + layout.line * 2.8 + layout.px * 0.3
    swatch_width = layout.line * 1.6
    for row in layout.legend_rows:
        edge = layout.plot.right() if right_to_left else layout.plot.left()
        for (swatch, label), need in row:
            start = edge - need if right_to_left else edge  # the item's left end
            w = metrics.horizontalAdvance(label)
            if right_to_left:  # the left-to-right item mirrored
                centre, text_left = start + need - layout.line * 0.6, start + need - (swatch_width if swatch else 0) - w - 2
            else:
                centre, text_left = start + layout.line * 0.6, start + (swatch_width if swatch else 0)
            if swatch is not None:
                _swatch(painter, layout, swatch, QPointF(centre, y + layout.line * 0.6))
            painter.setPen(TEXT)
            align = (Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignAbsolute
            painter.drawText(QRectF(text_left, y, w + 2, layout.line * 1.2), int(align | Qt.AlignmentFlag.AlignVCenter), label)
            edge = start if right_to_left else start + need
        y += layout.line * 1.35


def _swatch(painter, layout, swatch, centre):
    size = layout.line
    if swatch[0] == "marker":
        _, shape, category, filled = swatch
        scale = 1.0 if shape == "star" else 0.75
        if category is None and filled:
            _draw_marker(painter, shape, centre.x(), centre.y(), size * 0.75, None, True)
        else:
            _draw_marker(painter, shape, centre.x(), centre.y(), size * scale, category, filled)
    elif swatch[0] == "patrol":
        painter.fillRect(QRectF(centre.x() - size * 0.6, centre.y() - size * 0.5, size * 1.2, size), PATROL_BAND.darker(100))
        pen = QPen(PATROL_BLUE, max(3.0, layout.px * 0.35))
        painter.setPen(pen)
        painter.drawLine(QPointF(centre.x() - size * 0.6, centre.y()), QPointF(centre.x() + size * 0.6, centre.y()))
    elif swatch[0] == "edge":
        pen = QPen(CORRIDOR_EDGE, max(1.5, layout.px / 8))
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.fillRect(QRectF(centre.x() - size * 0.6, centre.y() - size * 0.45, size * 1.2, size * 0.9), CORRIDOR_FILL)
        painter.setPen(pen)
        painter.drawLine(QPointF(centre.x() - size * 0.6, centre.y() - size * 0.45), QPointF(centre.x() + size * 0.6, centre.y() - size * 0.45))


# -- the widget ------------------------------------------------------------------------


class StripChart(QWidget):
    """Shows a StripData; hovering an incident tells its km, offset, flag and kind."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._data = None
        self._layout = None
        self.setMinimumHeight(240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)

    def sizeHint(self):  # noqa: N802 (Qt API)
        return QSize(520, 300)

    def minimumSizeHint(self):  # noqa: N802
        return QSize(260, 240)

    def data(self):
        return self._data

    def set_data(self, data):
        """Show ``data`` (a StripData), or nothing for None."""
        self._data, self._layout = data, None
        self.setToolTip("" if data is None else tr("Hover over an incident for its km and distance from the road."))
        self.update()

    def plotted_count(self):
        """How many incidents are drawn (those with a location)."""
        return 0 if self._data is None else int(self._data.plotted.sum())

    def paintEvent(self, event):  # noqa: N802
        painter = QPainter(self)
        try:
            if self._data is None:
                painter.fillRect(self.rect(), QColor(255, 255, 255))
                painter.setPen(QColor(110, 110, 110))
                painter.drawText(
                    QRectF(self.rect()).adjusted(12, 12, -12, -12),
                    int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                    self.placeholder(),
                )
            else:
                self._layout = paint_strip(painter, self._data, self.width(), self.height(), direction=self.layoutDirection())
        finally:
            painter.end()

    @staticmethod
    def placeholder():
        return tr("Flag incidents to see them here, by km along the road and distance from it.")

    def event(self, event):
        if event.type() == QEvent.Type.ToolTip and self._data is not None and self._layout is not None:
            text = self.describe_at(event.pos().x(), event.pos().y())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def describe_at(self, x, y):
        """Words for the incident drawn nearest pixel (x, y), or "" when none is near."""
        data, layout = self._data, self._layout
        if data is None or layout is None or not data.plotted.any():
            return ""
        xs, ys = layout.points_px()
        distance = np.hypot(xs - x, ys - y)
        distance[~data.plotted] = np.inf
        k = int(np.argmin(distance))
        if distance[k] > layout.marker * 1.2:
            return ""
        side = data.side_names[0] if data.y_km[k] > 0 else data.side_names[1] if data.y_km[k] < 0 else ""
        if side:
            where = tr("km {km:.1f}, {distance:.1f} km {side}").format(
                km=data.x_km[k], distance=abs(data.y_km[k]), side=side_name(side)
            )
        else:
            where = tr("km {km:.1f}, on the road").format(km=data.x_km[k])
        words = [where, category_label(data.category[k])]
        if data.kinds[k]:
            words.append(data.kinds[k])
        if data.in_window is not None and not data.in_window[k]:
            words.append(tr("outside the date window"))
        return tr("; ").join(w for w in words if w)

    def save_dialog(self):
        """Ask for a PNG or SVG file and render the chart there; returns the path or None."""
        if self._data is None:
            return None
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Save strip chart"), "strip.png", tr("PNG image (*.png);;SVG drawing (*.svg)")
        )
        if not path:
            return None
        try:
            return render_strip_chart(self._data, path)
        except OSError as error:
            QMessageBox.warning(self, tr("Secure Corridor"), tr("Could not save the strip chart: {error}").format(error=error))
            return None


# -- files -----------------------------------------------------------------------------


def _ensure_gui():
    """Qt needs a QGuiApplication to draw text; make one (offscreen without a display)."""
    global _app
    if QCoreApplication.instance() is not None:
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([])


def render_strip_chart(data, path, width=1600, height=600, direction=None):
    """Draw ``data`` into ``path``: PNG, or SVG when the name ends in .svg. Returns the Path.
    Its words run in ``direction`` (default: that of QGIS's locale)."""
    _ensure_gui()
    direction = locale_direction() if direction is None else direction
    path = Path(path)
    width, height = int(width), int(height)
    if path.suffix.lower() == ".svg":
        from qgis.PyQt.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(QSize(width, height))
        generator.setViewBox(QRect(0, 0, width, height))
        generator.setTitle(data_text(data, "title"))
        generator.setDescription("Secure Corridor strip chart")
        painter = QPainter(generator)
        try:
            paint_strip(painter, data, width, height, direction=direction)
        finally:
            painter.end()
        if not path.exists():
            raise OSError(f"could not write {path}")
        return path
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    try:
        paint_strip(painter, data, width, height, direction=direction)
    finally:
        painter.end()
    if not image.save(str(path)):
        raise OSError(f"could not write {path}")
    return path
