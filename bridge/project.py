"""Put result layers in the project: one group per road, styled, replaced on rebuild.

Results are memory layers unless the user picks a GeoPackage; a memory layer
is lost when QGIS closes, and the caller tells the user so.
"""

import re
from pathlib import Path

from qgis.core import (
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

STYLES = Path(__file__).resolve().parent.parent / "resources" / "styles"
# Top to bottom in the results group, by style kind.
LAYER_ORDER = ("incidents", "checkpoints", "patrol", "route", "corridor")
KIND_PROPERTY = "secure_corridor/kind"
STALE = " (earlier parameters)"  # a result layer's name after other parameters were loaded


def group_name(road_layer_name):
    return f"Secure corridor - {road_layer_name}"


def memory_layer(name, geometry_type, crs, field_set, features):
    """A memory layer holding ``features`` (geometry_type: "Polygon", "LineString", "Point")."""
    layer = QgsVectorLayer(f"{geometry_type}?crs={crs.authid() or 'EPSG:4326'}", name, "memory")
    if not crs.authid():
        layer.setCrs(crs)
    provider = layer.dataProvider()
    provider.addAttributes(list(field_set))
    layer.updateFields()
    provider.addFeatures(features)
    layer.updateExtents()
    return layer


def write_geopackage(path, layers):
    """Write layers to one GeoPackage (replacing same-named tables); return the
    layers as loaded from it."""
    path = str(path)
    loaded = []
    for layer in layers:
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = table_name(layer.name())
        exists = Path(path).exists()
        options.actionOnExistingFile = (
            QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
            if exists
            else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
        )
        error, message, *_ = QgsVectorFileWriter.writeAsVectorFormatV3(
            layer, path, QgsProject.instance().transformContext(), options
        )
        if error != QgsVectorFileWriter.WriterError.NoError:
            raise OSError(f"Could not write '{layer.name()}' to {path}: {message}")
        saved = QgsVectorLayer(f"{path}|layername={options.layerName}", layer.name(), "ogr")
        loaded.append(saved)
    return loaded


def table_name(layer_name):
    """A GeoPackage table name for a layer: its name without spaces, brackets
    or other signs ("incidents flagged" -> "incidents_flagged")."""
    return re.sub(r"\W+", "_", layer_name).strip("_") or "layer"


def group_layers(road_layer_name, project=None):
    """The layers now in the road's group, top to bottom."""
    project = project or QgsProject.instance()
    group = project.layerTreeRoot().findGroup(group_name(road_layer_name))
    return [node.layer() for node in group.findLayers()] if group is not None else []


def save_group(road_layer_name, path, project=None):
    """Write the road group's layers as they are to the GeoPackage ``path`` and
    show them from there, styled and in place; returns the layers written."""
    layers = group_layers(road_layer_name, project)
    if not layers:
        return []
    kinds = [layer.customProperty(KIND_PROPERTY) for layer in layers]
    saved = write_geopackage(path, layers)
    show(road_layer_name, list(zip(saved, kinds)), project)
    return saved


def style(layer, kind):
    """Apply the plugin's QML style ``kind`` (corridor, patrol, checkpoints, incidents)."""
    qml = STYLES / f"{kind}.qml"
    message, ok = layer.loadNamedStyle(str(qml))
    if not ok:
        raise OSError(f"Could not load style {qml.name}: {message}")
    layer.triggerRepaint()


def show(road_layer_name, styled_layers, project=None):
    """Add (layer, style kind) pairs to the road's group, replacing same-named
    layers from an earlier run; returns the group."""
    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    name = group_name(road_layer_name)
    group = root.findGroup(name) or root.insertGroup(0, name)
    for layer, kind in styled_layers:
        remove(road_layer_name, layer.name(), project)
        style(layer, kind)
        layer.setCustomProperty(KIND_PROPERTY, kind)
        project.addMapLayer(layer, False)
        group.addLayer(layer)
    _in_order(group)
    return group


def _in_order(group):
    """Points over lines over polygons, whatever was built first: incidents,
    checkpoints, patrol, corridor from the top (a layer of no known kind last)."""
    nodes = group.findLayers()
    rank = {kind: k for k, kind in enumerate(LAYER_ORDER)}
    ordered = sorted(nodes, key=lambda node: rank.get(node.layer().customProperty(KIND_PROPERTY), len(rank)))
    if [n.layerId() for n in ordered] == [n.layerId() for n in nodes]:
        return
    for index, node in enumerate(ordered):
        clone = node.clone()
        group.insertChildNode(index, clone)
        group.removeChildNode(node)


def remove(road_layer_name, layer_name, project=None):
    """Remove an earlier output called ``layer_name`` (or marked stale) from the road's group."""
    project = project or QgsProject.instance()
    group = project.layerTreeRoot().findGroup(group_name(road_layer_name))
    for node in group.findLayers() if group is not None else []:
        if node.name() in (layer_name, layer_name + STALE):
            project.removeMapLayer(node.layerId())


def mark_stale(road_layer_name, project=None):
    """Mark the road group's outputs as built with earlier parameters; returns how many."""
    project = project or QgsProject.instance()
    group = project.layerTreeRoot().findGroup(group_name(road_layer_name))
    marked = 0
    for node in group.findLayers() if group is not None else []:
        if not node.name().endswith(STALE):
            node.layer().setName(node.name() + STALE)
            marked += 1
    return marked
