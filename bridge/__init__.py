"""QGIS-side glue between QGIS objects and the pure-Python core (no widgets here)."""

# The engine first: it loads shapely so that its calls stay in its own GEOS, which
# matters in the QGIS desktop (see core/_shapely.py); the bridge modules use shapely too.
from .. import core  # noqa: F401, E402
