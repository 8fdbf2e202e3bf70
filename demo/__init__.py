"""``make demo``: the M4 case end to end, headless, in real QGIS.

Runs the plugin's own Processing algorithms on the bundled sample data, writes
the layers to a GeoPackage, renders a map and the strip chart, and writes an
HTML report. Run it as ``python -m secure_corridor.demo`` (``make demo``).

This folder is a tool for the repository, not part of the plugin: it is left
out of the packaged zip (``make package``).
"""
