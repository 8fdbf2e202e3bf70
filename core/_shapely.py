"""Loads shapely so that its GEOS calls stay in the GEOS it was built with.

In the QGIS desktop, qgis.bin has put QGIS's own GEOS (libgeos_c) in the
process's global symbol scope before any plugin imports shapely. A shapely
wheel's extension modules then resolve their GEOS calls there first, in a GEOS
older or newer than their own: shapely >= 2.1 asks GEOS 3.11 for 4-dimension WKB
("WKB output dimension must be 2 or 3"), and calls that exist only in the newer
GEOS get geometries made by the other one, and crash. Importing qgis as a Python
module does not show this; preloading the system libgeos_c does.

On Linux, extension modules opened with RTLD_DEEPBIND look up symbols in their
own dependencies (the wheel's bundled GEOS, or the system GEOS a distribution's
shapely links) before the global scope. Elsewhere (Windows, macOS's two-level
namespaces) symbols do not cross libraries this way, so the flags stay as they
are. Only shapely is opened so: numpy is imported first, with the usual flags.

This works where the plugin is the first to import shapely, as on QGIS 3.22 to
3.38. QGIS 3.40 and newer import shapely themselves, in qgis.core (for
QgsGeometry.as_shapely), before any plugin: there its calls reach QGIS's GEOS
wherever that has the function, which is sound only while QGIS's GEOS is not
older than shapely's own. The plugin's dependency check insists on that.
"""

import os
import sys

import numpy  # noqa: F401  (imported first, with the default flags)

# Set on the shapely module this loader opened, so that a later look (the plugin's
# dependency check after a reload) can tell it from one that another plugin opened.
MARK = "_secure_corridor_deepbind"


def _import_shapely():
    if "shapely" in sys.modules or not hasattr(sys, "setdlopenflags"):
        import shapely

        return shapely
    flags = sys.getdlopenflags()
    sys.setdlopenflags(flags | getattr(os, "RTLD_DEEPBIND", 0))
    try:
        import shapely
    finally:
        sys.setdlopenflags(flags)
    setattr(shapely, MARK, True)
    return shapely


shapely = _import_shapely()
