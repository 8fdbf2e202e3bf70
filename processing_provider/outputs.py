"""What a Processing run wrote, noted so that a cancelled run can undo it.

A cancelled run is a failed run: QGIS loads nothing of it, but the files its
sinks wrote stay where they are. So each sink is noted before it is created
(does its file exist? which layers does it hold?), and on a cancel a file the
run created is deleted, a layer it added to a GeoPackage is dropped, and a file
that was there before is kept and said to be incomplete.
"""

import os
import re

from qgis.core import QgsDataSourceUri, QgsProviderRegistry, QgsVectorFileWriter

from ..bridge.translation import tr

__all__ = ["Output", "undo_outputs"]


def undo_outputs(outputs, context):
    """Undo what a cancelled run wrote to ``outputs`` (its :class:`Output` s, in
    the order written); the message saying what is left of each."""
    if not outputs:
        return tr("Cancelled: nothing was written.")
    # The last first: a layer the run added to a GeoPackage it created earlier
    # is dropped before that file is deleted.
    undone = [(output, *output.undo(context)) for output in reversed(outputs)]
    states = [_state(output, state, where) for output, state, where in reversed(undone)]
    return tr("Cancelled: {outputs}. Nothing was loaded.").format(outputs="; ".join(states))


def _state(output, state, where):
    """What became of one output, a clause of the cancel message (each variant a
    whole clause, for translation)."""
    label = output.label
    if state == "discarded":
        return tr("the temporary layer '{label}' was discarded").format(label=label)
    if state == "deleted":
        return tr("the file {path} ('{label}') was deleted").format(path=where, label=label)
    if state == "untouched":
        return tr("nothing was written to {path} ('{label}')").format(path=where, label=label)
    if state == "dropped":
        return tr("the layer {layer} ('{label}') was removed from {path}, whose other layers are untouched").format(
            layer=where[1], label=label, path=where[0]
        )
    incomplete = output.written < output.total
    values = {"label": label, "written": output.written, "total": output.total}
    if state == "kept":
        if incomplete:
            return tr("{path} ('{label}') existed before this run, so it was not deleted: it is incomplete, "
                      "with {written} of {total} features").format(path=where, **values)
        return tr("{path} ('{label}') existed before this run, so it was not deleted").format(path=where, **values)
    if state == "undeletable":
        if incomplete:
            return tr("the file {path} ('{label}') could not be deleted ({reason}): it is incomplete, "
                      "with {written} of {total} features").format(path=where[0], reason=where[1], **values)
        return tr("the file {path} ('{label}') could not be deleted ({reason})").format(
            path=where[0], reason=where[1], **values
        )
    if incomplete:
        return tr("'{label}' was written to {where}: it is incomplete, with {written} of {total} features").format(
            where=where, **values
        )
    return tr("'{label}' was written to {where}").format(where=where, **values)


class Output:
    """A sink a run writes to, noted before it is created, so that a cancel can
    undo what the run made there: a file it created is deleted, a layer it added
    to a GeoPackage that was already there is dropped; a file that existed
    before is never deleted."""

    def __init__(self, label, destination):
        destination = destination or ""
        self.label = label
        self.memory = destination == "TEMPORARY_OUTPUT" or destination.startswith("memory:")
        self.path = None if self.memory else _file_of(destination)
        self.existed = self.path is not None and os.path.exists(self.path)
        self.files = _named_like(self.path) if self.path is not None else set()
        self.layers = _layer_names(self.path) if self.existed else None
        self.dest_id, self.written, self.total = None, 0, 0
        self.sink = None  # the common.Sink being written, closed before an undo
        # The GeoPackage table a run writes itself (not through a sink), which
        # it may not have made yet when it is cancelled.
        self.table = None

    def created(self, dest_id, total, context):
        self.dest_id, self.total = dest_id, total
        if self.path is not None and _path_of(dest_id, context) != _same(self.path):
            self.path = None  # written somewhere this did not foresee: never delete there

    def undo(self, context):
        """Undo what the run wrote here: (what became of it, where)."""
        if self.sink is not None:
            self.sink.release()
            self.sink = None
        loads = context.layersToLoadOnCompletion()
        if loads.pop(self.dest_id, None) is not None:
            context.setLayersToLoadOnCompletion(loads)
        store = context.temporaryLayerStore()
        if store.mapLayer(self.dest_id) is not None:
            store.removeMapLayer(self.dest_id)  # also lets go of its file
        if self.memory:
            return "discarded", None
        if self.path is None:
            return "left", self.dest_id
        if not self.existed:
            folder = os.path.dirname(self.path)
            try:
                for name in _named_like(self.path) - self.files:
                    os.remove(os.path.join(folder, name))
            except OSError as error:
                return "undeletable", (self.path, error.strerror or str(error))
            return "deleted", self.path
        now = _layer_names(self.path)
        if self.table is not None and now is not None and self.table not in now and now == self.layers:
            return "untouched", self.path
        if self.layers is not None and now is not None and self.layers < now:
            # The run added a layer to a GeoPackage it did not overwrite.
            added = sorted(now - self.layers)
            try:
                connection = _connection(self.path)
                for layer in added:
                    connection.dropVectorTable("", layer)
            except Exception:  # noqa: BLE001 - then the layer stays, and the message says so
                return "kept", self.path
            return "dropped", (self.path, ", ".join(added))
        return "kept", self.path


def _file_of(destination):
    """The file a sink destination writes to, as Processing reads the destination
    (``ogr:dbname=...`` for a layer in a GeoPackage, a path without a known
    extension for a GeoPackage); None for another provider's (a database)."""
    match = re.match(r"^(\w+?):(.+)$", destination)
    if match and match[1] in QgsProviderRegistry.instance().providerList():
        if match[1] != "ogr":
            return None
        return QgsDataSourceUri(match[2]).database() or match[2]
    if not destination:
        return None
    if not QgsVectorFileWriter.driverForExtension(os.path.splitext(destination)[1].lstrip(".")):
        destination += ".gpkg"
    return destination


def _path_of(dest_id, context):
    """The file a created sink writes to."""
    layer = context.temporaryLayerStore().mapLayer(dest_id)
    uri = layer.source() if layer is not None else dest_id
    return _same(QgsProviderRegistry.instance().decodeUri("ogr", uri).get("path") or uri)


def _same(path):
    """``path`` spelt so that two spellings of one file compare equal."""
    return os.path.normcase(os.path.abspath(path))


def _named_like(path):
    """The files beside ``path`` that a driver writing it may create (x.gpkg,
    x.gpkg-journal; x.shp, x.dbf, x.prj ...)."""
    folder, name = os.path.split(path)
    stem = os.path.splitext(name)[0] + "."
    try:
        return {other for other in os.listdir(folder or ".") if other == name or other.startswith(stem)}
    except OSError:
        return set()


def _connection(path):
    return QgsProviderRegistry.instance().providerMetadata("ogr").createConnection(path, {})


def _layer_names(path):
    """The layers of a GeoPackage, or None for another kind of file (or one that cannot be read)."""
    if not path.lower().endswith(".gpkg"):
        return None
    try:
        return {table.tableName() for table in _connection(path).tables()}
    except Exception:  # noqa: BLE001 - not a readable GeoPackage: nothing is dropped from it
        return None
