"""A small bar chart of the candidate corridors' counts, as a PNG, drawn with
Qt's painter (no plotting library): for each scenario, bars for the incidents
inside the corridor, in the patrol stretch and in the date window, and the
places inside; each bar labelled with its number."""

from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter

from .translation import tr

WIDTH, HEIGHT = 900, 420
MARGIN_LEFT, MARGIN_BOTTOM, MARGIN_TOP = 50, 70, 50
# Okabe-Ito colours: told apart by colour-blind readers too.
SERIES = (
    ("incidents_inside", "#0072B2"),
    ("incidents_in_patrol", "#E69F00"),
    ("incidents_in_window", "#009E73"),
    ("places_inside", "#CC79A7"),
)


def series_labels():
    return {
        "incidents_inside": tr("incidents inside"),
        "incidents_in_patrol": tr("in the patrol stretch"),
        "incidents_in_window": tr("inside, in the date window"),
        "places_inside": tr("places inside"),
    }


def draw_scenario_chart(path, rows):
    """Write the chart of ``rows`` (core.ScenarioRow, in order) to ``path`` (PNG);
    counts that are None (no incidents, no patrol, no window) get no bar."""
    shown = [(name, colour) for name, colour in SERIES if any(getattr(row, name) is not None for row in rows)]
    top = max([getattr(row, name) or 0 for row in rows for name, _ in shown] + [1])
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _bars(painter, rows, shown, top)
        _legend(painter, shown)
    finally:
        painter.end()
    if not image.save(str(path), "PNG"):
        raise OSError(tr("The chart could not be written to {path}.").format(path=path))
    return path


def _bars(painter, rows, shown, top):
    plot_height = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    group = (WIDTH - MARGIN_LEFT - 20) / max(len(rows), 1)
    bar = group * 0.8 / max(len(shown), 1)
    small = QFont()
    small.setPointSize(8)
    painter.setFont(small)
    base = HEIGHT - MARGIN_BOTTOM
    painter.setPen(QColor("#444444"))
    painter.drawLine(MARGIN_LEFT, base, WIDTH - 20, base)
    for k, row in enumerate(rows):
        left = MARGIN_LEFT + k * group + group * 0.1
        for j, (name, colour) in enumerate(shown):
            value = getattr(row, name)
            if value is None:
                continue
            height = plot_height * value / top
            box = QRectF(left + j * bar, base - height, bar * 0.9, height)
            painter.fillRect(box, QColor(colour))
            painter.setPen(QColor("#222222"))
            painter.drawText(QRectF(box.left() - 10, box.top() - 16, box.width() + 20, 14),
                             Qt.AlignmentFlag.AlignCenter, str(value))
        painter.drawText(QRectF(left, base + 6, group * 0.8, 40),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                         row.name)


def _legend(painter, shown):
    labels = series_labels()
    x = MARGIN_LEFT
    for name, colour in shown:
        painter.fillRect(QRectF(x, 18, 12, 12), QColor(colour))
        painter.setPen(QColor("#222222"))
        text = labels[name]
        painter.drawText(QRectF(x + 16, 14, 200, 20), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        x += 24 + painter.fontMetrics().horizontalAdvance(text)
