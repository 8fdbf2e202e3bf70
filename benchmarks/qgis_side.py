"""The QGIS side of flagging, against the native algorithms a user chains instead.

One run per fresh process (``python benchmarks/qgis_side.py --run ours|native|copy
--data X.gpkg --out Y.gpkg --result Z.json``), so that its peak memory is its own:

  ours    secure_corridor:flagincidents, GeoPackage in and out
  native  reproject the incidents and the road to UTM 37N, buffer the road 6 km
          (flat ends), join attributes by location (inside the buffer), join by
          nearest (distance to the road) into a GeoPackage: less than ours
          (planar distance, no side, no km)
  copy    native:reprojectlayer of our output into a new GeoPackage: what QGIS's
          own writer takes for those features (flagincidents into a
          GeoPackage does not use that writer: GDAL copies, see bridge.geopackage_copy)
  dock    the dock's Flag incidents on the same layers, its results into a
          GeoPackage: its time (saving included), how often the bar moves (a
          cancel is seen at the next move) and the longest pause of QGIS's
          event loop meanwhile
  dock-utm  the same with the road in UTM 37N (the incidents stay in WGS84):
          flagged into a temporary layer, which QGIS's writer then saves

The data (:func:`make_data`): the 200 km synthetic road of the engine's flags
case (5,000 vertices, 40 m apart, as digitised roads are) and incidents uniform
over a 200 x 100 km box around it, with ACLED's kind of attributes.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
try:
    import secure_corridor  # noqa: F401
except ImportError:  # run without the Makefile's PYTHONPATH
    sys.path.insert(0, str(HERE.parent / "build" / "python"))

import numpy as np  # noqa: E402

import synthetic  # noqa: E402

MIB = 2**20
EVENT_TYPES = ["Battles", "Explosions/Remote violence", "Protests", "Riots", "Strategic developments"]
FIELDS = ("event_id", "event_date", "event_type", "sub_event_type", "actor1", "admin1", "location",
          "fatalities", "latitude", "longitude", "notes")


def make_data(path, n):
    """A GeoPackage with the layers 'road' and 'incidents' (``n`` points), made once."""
    from osgeo import ogr, osr

    ogr.UseExceptions()
    path = Path(path)
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    lon, lat = synthetic.road_centred_on(36.0, 35.8, 5000, 40.0, seed=0)
    plon, plat, dates = synthetic.random_incidents(synthetic.box_around(lon, lat, 200.0, 100.0), n, seed=11)
    partial = path.with_suffix(".partial.gpkg")
    if partial.exists():
        partial.unlink()
    data = ogr.GetDriverByName("GPKG").CreateDataSource(str(partial))
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    road = data.CreateLayer("road", wgs84, ogr.wkbLineString)
    line = ogr.Geometry(ogr.wkbLineString)
    for x, y in zip(lon.tolist(), lat.tolist()):
        line.AddPoint_2D(x, y)
    feature = ogr.Feature(road.GetLayerDefn())
    feature.SetGeometry(line)
    road.CreateFeature(feature)
    layer = data.CreateLayer("incidents", wgs84, ogr.wkbPoint)
    for name in FIELDS:
        kind = {"fatalities": ogr.OFTInteger, "latitude": ogr.OFTReal, "longitude": ogr.OFTReal}.get(name, ogr.OFTString)
        layer.CreateField(ogr.FieldDefn(name, kind))
    rng = np.random.default_rng(3)
    kinds, deaths = rng.integers(0, len(EVENT_TYPES), n).tolist(), rng.integers(0, 10, n).tolist()
    days = [str(day)[:10] for day in dates]
    definition = layer.GetLayerDefn()
    data.StartTransaction()
    for k, (x, y) in enumerate(zip(plon.tolist(), plat.tolist())):
        feature = ogr.Feature(definition)
        for index, value in enumerate((f"SYR{k:07d}", days[k], EVENT_TYPES[kinds[k]], "Shelling/artillery/missile attack",
                                       "Military Forces of Syria (2000-)", "Aleppo", "Tell Rifaat", deaths[k], y, x,
                                       "On 15 March, regime forces shelled the village.")):
            feature.SetField(index, value)
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(x, y)
        feature.SetGeometry(point)
        layer.CreateFeature(feature)
    data.CommitTransaction()
    data = None
    partial.rename(path)
    return path


def rss_mib():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / MIB


def run(kind, data, out, source_of_copy=None):
    """Run one side in this process: {seconds, features, peak and baseline memory}."""
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing

    from secure_corridor.processing_provider.provider import Provider

    provider = Provider()
    QgsApplication.processingRegistry().addProvider(provider)
    for name in os.listdir(os.path.dirname(out) or "."):
        if name.startswith(os.path.basename(out)):
            os.remove(os.path.join(os.path.dirname(out), name))
    incidents, road = f"{data}|layername=incidents", f"{data}|layername=road"
    context, feedback, temporary = QgsProcessingContext(), QgsProcessingFeedback(), "TEMPORARY_OUTPUT"
    baseline = rss_mib()
    start = time.perf_counter()
    if kind == "ours":
        processing.run("secure_corridor:flagincidents", {
            "ROAD": road, "INCIDENTS": incidents, "NORTH_WIDTH": 6000, "SOUTH_WIDTH": 6000, "END_CAP": 0, "OUTPUT": out,
        }, context=context, feedback=feedback)
    elif kind == "native":
        utm = "EPSG:32637"
        points = processing.run("native:reprojectlayer", {"INPUT": incidents, "TARGET_CRS": utm, "OUTPUT": temporary},
                                context=context)["OUTPUT"]
        line = processing.run("native:reprojectlayer", {"INPUT": road, "TARGET_CRS": utm, "OUTPUT": temporary},
                              context=context)["OUTPUT"]
        corridor = processing.run("native:buffer", {
            "INPUT": line, "DISTANCE": 6000, "SEGMENTS": 8, "END_CAP_STYLE": 1, "DISSOLVE": False, "OUTPUT": temporary,
        }, context=context)["OUTPUT"]
        inside = processing.run("native:joinattributesbylocation", {
            "INPUT": points, "JOIN": corridor, "PREDICATE": [0], "METHOD": 1, "DISCARD_NONMATCHING": False,
            "PREFIX": "corridor_", "OUTPUT": temporary,
        }, context=context)["OUTPUT"]
        processing.run("native:joinbynearest", {
            "INPUT": inside, "INPUT_2": line, "NEIGHBORS": 1, "PREFIX": "road_", "OUTPUT": out,
        }, context=context)
    else:
        processing.run("native:reprojectlayer", {"INPUT": source_of_copy, "TARGET_CRS": "EPSG:4326", "OUTPUT": out},
                       context=context)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    features = QgsVectorLayer(out, "out", "ogr").featureCount()
    return {"seconds": seconds, "features": features, "peak_mib": peak, "baseline_mib": baseline}


def run_dock(data, out, road_crs=None):
    """The dock's Flag incidents, with QGIS's event loop watched every 20 ms;
    with ``road_crs``, the road put in that CRS first (so that the incidents,
    in another, are flagged into a temporary layer and saved after)."""
    from pytest_qgis.mock_qgis_classes import MockMessageBar
    from pytest_qgis.qgis_interface import QgisInterface
    from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
    from qgis.gui import QgsMapCanvas
    from qgis.PyQt.QtCore import QEventLoop, QTimer
    from qgis.PyQt.QtWidgets import QMainWindow

    app = QgsApplication([], True)
    app.initQgis()
    from secure_corridor.bridge.settings import Settings
    from secure_corridor.ui.dock import CorridorDock

    window = QMainWindow()
    iface = QgisInterface(QgsMapCanvas(window), MockMessageBar(), window)
    Settings().save()  # the defaults
    road = QgsVectorLayer(f"{data}|layername=road", "road", "ogr")
    if road_crs:
        road = in_crs(road, road_crs)
    incidents = QgsVectorLayer(f"{data}|layername=incidents", "incidents", "ogr")
    QgsProject.instance().addMapLayers([road, incidents])
    dock = CorridorDock(iface)
    dock.road.layer_combo.setLayer(road)
    dock.incidents.layer_combo.setLayer(incidents)
    dock.patrol_box.places_combo.setLayer(None)  # a gazetteer is small; the incidents are not one
    for name in os.listdir(os.path.dirname(out) or "."):
        if name.startswith(os.path.basename(out)):
            os.remove(os.path.join(os.path.dirname(out), name))
    dock.output.gpkg.setFilePath(str(out))
    pauses, moves, last = [], [], [time.perf_counter()]

    def tick():
        now = time.perf_counter()
        pauses.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(20)
    dock.runner.progressChanged.connect(lambda value: moves.append(time.perf_counter()))
    loop = QEventLoop()
    dock.finished.connect(lambda name: loop.quit())
    baseline = rss_mib()
    start = last[0] = time.perf_counter()
    dock.incidents.flag_button.click()
    loop.exec_() if hasattr(loop, "exec_") else loop.exec()
    seconds = time.perf_counter() - start
    timer.stop()
    flagged = [layer for layer in QgsProject.instance().mapLayers().values()
               if layer.name().endswith("flagged") and layer.providerType() == "ogr"]
    steps = np.diff(moves) if len(moves) > 1 else np.zeros(1)
    result = {
        "seconds": seconds, "features": flagged[0].featureCount() if flagged else 0,
        "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0, "baseline_mib": baseline,
        "longest_pause_s": max(pauses) if pauses else 0.0, "longest_between_moves_s": float(steps.max()),
        "moves": len(moves),
    }
    dock.teardown()
    return result


def in_crs(layer, crs):
    """A memory copy of ``layer`` in ``crs``."""
    from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature, QgsProject,
                           QgsVectorLayer)

    target = QgsCoordinateReferenceSystem(crs)
    copy = QgsVectorLayer(f"LineString?crs={crs}", layer.name(), "memory")
    transform = QgsCoordinateTransform(layer.crs(), target, QgsProject.instance())
    features = []
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        geometry.transform(transform)
        moved = QgsFeature()
        moved.setGeometry(geometry)
        features.append(moved)
    copy.dataProvider().addFeatures(features)
    return copy


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--run", choices=("ours", "native", "copy", "dock", "dock-utm"), required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--copy-of", help="for --run copy: the layer to copy")
    parser.add_argument("--result", required=True)
    opts = parser.parse_args(argv)
    if opts.run.startswith("dock"):
        result = run_dock(opts.data, opts.out, "EPSG:32637" if opts.run == "dock-utm" else None)
    else:
        result = run(opts.run, opts.data, opts.out, opts.copy_of)
    with open(opts.result, "w") as f:
        json.dump(result, f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
