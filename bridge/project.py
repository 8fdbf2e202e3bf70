"""Put result layers in the project: one group per road, styled, replaced on rebuild.

Results are memory layers unless the user picks a GeoPackage; a memory layer
is lost when QGIS closes, and the caller tells the user so.
"""

import os
import re
from pathlib import Path

from qgis.core import (
    QgsLayerTree,
    QgsProject,
    QgsProviderRegistry,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from .geopackage_rtree import build_index
from .task import batches, share
from .translation import tr

STYLES = Path(__file__).resolve().parent.parent / "resources" / "styles"
# Top to bottom in the results group, by style kind.
LAYER_ORDER = ("incidents", "checkpoints", "patrol", "route", "corridor")
KIND_PROPERTY = "secure_corridor/kind"
# On a results group: the name of its road layer. Groups are found by it, not by
# their name, which is in the language QGIS had when they were made.
ROAD_PROPERTY = "secure_corridor/road"
# On a result layer marked stale (built with earlier parameters): its name before
# it was marked. Stale layers are recognised by it, not by their name.
STALE_PROPERTY = "secure_corridor/unmarked_name"
# Names made before the plugin spoke other languages (and kept no properties):
# recognised by their English form.
ENGLISH_GROUP = "Secure corridor - {road}"
STALE = " (earlier parameters)"
WRITE_BATCH = 10_000  # features a GeoPackage writer takes at a time  # the English stale suffix; see stale_mark() for the shown one


def group_name(road_layer_name):
    """The name shown for the road's results group."""
    return tr("Secure corridor - {road}").format(road=road_layer_name)


def stale_mark():
    """The words that mark a stale result layer (in its name, in parentheses)."""
    return tr("earlier parameters")


def stale_name(layer_name):
    """A result layer's name once built with earlier parameters."""
    return tr("{layer} (earlier parameters)").format(layer=layer_name)


def find_group(road_layer_name, project=None):
    """The road's results group, or None: the group marked with the road's name
    (wherever it was moved in the layer tree), else one named as
    :func:`group_name` names it, now or in English (made before the mark)."""
    root = (project or QgsProject.instance()).layerTreeRoot()
    for group in _groups(root):
        if group.customProperty(ROAD_PROPERTY) == road_layer_name:
            return group
    for name in (group_name(road_layer_name), ENGLISH_GROUP.format(road=road_layer_name)):
        group = root.findGroup(name)
        if group is not None and group.customProperty(ROAD_PROPERTY) is None:
            return group
    return None


def _groups(node):
    for child in node.children():
        if QgsLayerTree.isGroup(child):
            yield child
            yield from _groups(child)


def _unmarked_name(layer):
    """A stale layer's name before it was marked; None for a layer not marked stale."""
    if layer is None:
        return None
    unmarked = layer.customProperty(STALE_PROPERTY)
    if unmarked:
        return unmarked
    if layer.name().endswith(STALE):  # marked before the property was kept: in English
        return layer.name()[: -len(STALE)]
    return None


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
    context = QgsProject.instance().transformContext()
    return [load_table(path, write_table(path, layer, layer.name(), context), layer.name()) for layer in layers]


def write_table(path, source, name, transform_context, check=None, count=None):
    """Write the features of ``source`` (a layer, or a :class:`.layers.LayerSnapshot`
    in a task) to the table for ``name`` in the GeoPackage ``path``, replacing a
    same-named table, and index it; returns the table's name. ``check(done,
    total)`` as in :func:`.task.batches`: to show progress, and to stop by
    raising; ``count``: how many features ``source`` has, when it cannot say."""
    table = table_name(name)
    writer = TableWriter(path, table, source.fields(), source.wkbType(), source.sourceCrs(), transform_context)
    total = count if count is not None else getattr(source, "featureCount", lambda: None)()
    try:
        for batch in batches(source.getFeatures(), WRITE_BATCH, share(check, 0, 0.8), total):
            writer.add(batch)
    finally:
        writer.close()
    build_index(str(path), table, share(check, 0.8, 1.0), durable=not writer.new_file)
    return table


class TableWriter:
    """QGIS's writer of the table ``table`` in the GeoPackage ``path`` (made
    if need be; a same-named table replaced), without GDAL's spatial index:
    GDAL would build it as the writer closes, with no progress and no way to
    stop it; :func:`.geopackage_rtree.build_index` makes it afterwards, in steps."""

    def __init__(self, path, table, fields, wkb_type, crs, transform_context):
        self.path, self.table = str(path), table
        self.new_file = not Path(self.path).exists()
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = table
        options.layerOptions = ["SPATIAL_INDEX=NO"]
        options.actionOnExistingFile = (
            QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
            if self.new_file
            else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        )
        self._writer = QgsVectorFileWriter.create(self.path, fields, wkb_type, crs, transform_context, options)
        if self._writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
            message = self._writer.errorMessage()
            self.close()
            raise OSError(_write_error(table, self.path, message))

    def add(self, features):
        if not self._writer.addFeatures(features):
            raise OSError(_write_error(self.table, self.path, self._writer.errorMessage()))

    def close(self):
        """Closed, so that the table can be read (or, after an error, written again)."""
        self._writer = None


def _write_error(name, path, message):
    return tr("Could not write '{layer}' to {path}: {message}").format(layer=name, path=path, message=message)


def load_table(path, table, name):
    """The layer ``name`` of the table ``table`` in the GeoPackage ``path``."""
    return QgsVectorLayer(f"{path}|layername={table}", name, "ogr")


def is_table_of(layer, path):
    """Whether ``layer`` is its own table (as :func:`table_name` names it) in the GeoPackage ``path``."""
    if layer.providerType() != "ogr" or layer.isModified():
        return False
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    source = parts.get("path") or ""
    return (os.path.exists(source) and os.path.exists(path) and os.path.samefile(source, path)
            and parts.get("layerName") == table_name(layer.name()))


def table_name(layer_name):
    """A GeoPackage table name for a layer: its name without spaces, brackets
    or other signs ("incidents flagged" -> "incidents_flagged")."""
    return re.sub(r"\W+", "_", layer_name).strip("_") or "layer"


def group_layers(road_layer_name, project=None):
    """The layers now in the road's group, top to bottom."""
    group = find_group(road_layer_name, project)
    return [node.layer() for node in group.findLayers()] if group is not None else []


def style(layer, kind):
    """Apply the plugin's QML style ``kind`` (corridor, patrol, checkpoints, incidents)."""
    qml = STYLES / f"{kind}.qml"
    message, ok = layer.loadNamedStyle(str(qml))
    if not ok:
        raise OSError(tr("Could not load style {file}: {message}").format(file=qml.name, message=message))
    layer.triggerRepaint()


def show(road_layer_name, styled_layers, project=None):
    """Add (layer, style kind) pairs to the road's group, replacing same-named
    layers from an earlier run; returns the group."""
    project = project or QgsProject.instance()
    group = find_group(road_layer_name, project)
    if group is None:
        group = project.layerTreeRoot().insertGroup(0, group_name(road_layer_name))
    group.setCustomProperty(ROAD_PROPERTY, road_layer_name)  # found by it from now on
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
    """Remove an earlier output called ``layer_name`` (or so called before it
    was marked stale) from the road's group."""
    project = project or QgsProject.instance()
    group = find_group(road_layer_name, project)
    for node in group.findLayers() if group is not None else []:
        if layer_name in (node.name(), _unmarked_name(node.layer())):
            project.removeMapLayer(node.layerId())


def mark_stale(road_layer_name, project=None):
    """Mark the road group's outputs as built with earlier parameters; returns how many."""
    group = find_group(road_layer_name, project)
    marked = 0
    for node in group.findLayers() if group is not None else []:
        layer = node.layer()
        if layer is not None and _unmarked_name(layer) is None:
            layer.setCustomProperty(STALE_PROPERTY, layer.name())
            layer.setName(stale_name(layer.name()))
            marked += 1
    return marked
