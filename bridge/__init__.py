"""QGIS-side glue between QGIS objects and the pure-Python core (no widgets here)."""
