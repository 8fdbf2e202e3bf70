"""Fixtures shared by both tiers."""

# The engine first, as the plugin loads it in QGIS: it imports shapely so that
# shapely's calls stay in its own GEOS even where another GEOS is already loaded
# (core/_shapely.py). Test modules that import shapely themselves then get that one.
import secure_corridor.core  # noqa: F401
