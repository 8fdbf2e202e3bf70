"""GPS files on disk: the engine's GPX (:func:`..core.gpx.patrol_gpx`), and KML
converted from it by GDAL's KML driver.

The KML is the GPX read back by GDAL's GPX driver, so both files hold the same
waypoints, route and tracks. Either both files are written, or neither: a file
begun and not finished is deleted.
"""

from __future__ import annotations

from pathlib import Path

from ..core import CorridorError
from .translation import tr

# The GPX driver's layers that carry the patrol; route_points and track_points
# repeat their vertices as points.
KML_LAYERS = ("waypoints", "routes", "tracks")


def write_gps_files(gpx, gpx_path, kml_path=None):
    """Write the GPX document ``gpx`` (bytes) to ``gpx_path`` and, with
    ``kml_path``, the same as KML. Returns the paths written."""
    written = []
    try:
        gpx_path = Path(gpx_path)
        written.append(gpx_path)
        gpx_path.write_bytes(gpx)
        if kml_path:
            kml_path = Path(kml_path)
            written.append(kml_path)
            write_kml(gpx_path, kml_path)
    except (OSError, RuntimeError) as error:
        for path in written:
            if path.is_file():  # not what stood in the way, a folder of that name
                path.unlink()
        raise CorridorError(
            tr("Could not write {path}: {error}"), path=str(written[-1]) if written else str(gpx_path), error=str(error)
        ) from None
    return [str(path) for path in written]


def write_kml(gpx_path, kml_path):
    """Convert the GPX file at ``gpx_path`` to KML at ``kml_path``: one folder
    per GPX layer (waypoints, routes, tracks), each feature named as in the GPX,
    its description the GPX's desc."""
    from osgeo import gdal

    options = gdal.VectorTranslateOptions(
        # KML has no date type: the GPX time field (empty here) as text, which
        # also spares a warning on every run (as ogr2ogr's option: GDAL 3.6's
        # Python has no keyword for it).
        options=["-mapFieldType", "DateTime=String"],
        format="KML",
        layers=list(KML_LAYERS),
        datasetCreationOptions=["NameField=name", "DescriptionField=desc"],
    )
    # GDAL's exception mode is global to the process: other code in QGIS may
    # count on the mode it had.
    raising = gdal.GetUseExceptions()
    gdal.UseExceptions()
    try:
        result = gdal.VectorTranslate(str(kml_path), str(gpx_path), options=options)
        if result is None:
            raise RuntimeError(gdal.GetLastErrorMsg() or "GDAL wrote no KML")
        result = None  # closes the dataset: the file is complete
    finally:
        if not raising:
            gdal.DontUseExceptions()
