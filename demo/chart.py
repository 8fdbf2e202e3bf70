"""The strip chart (out/strip.png), drawn by the plugin's own chart code.

The demo draws no chart of its own: ``core.strip.strip_data`` computes the
numbers and ``ui.chart.render_strip_chart`` draws them, as in the dock.
"""

from __future__ import annotations

from ..core.strip import strip_data
from ..ui.chart import render_strip_chart

WIDTH, HEIGHT = 1600, 600


def draw(path, route, corridor, flags, lon, lat, patrol, stops, places=(), kinds=None):
    """Render the strip chart of the flagged incidents to ``path``; return ``path``."""
    data = strip_data(
        route, corridor, flags, lon, lat, patrol=patrol, checkpoints=stops, places=places, kinds=kinds
    )
    render_strip_chart(data, str(path), width=WIDTH, height=HEIGHT)
    return path
