"""Flagged incidents into a GeoPackage that GDAL copies, the flags added after.

Writing through QGIS's feature sinks costs more than all the rest of flagging:
every feature crosses Python twice and QgsVectorFileWriter then writes it. When
the incidents are a plain OGR file in the output's CRS and the output is a
GeoPackage, GDAL copies the layer in C on a thread of its own
(``gdal.VectorTranslate``, which lets go of Python's lock) while the points
are read and flagged on this one; the six flag columns are then added and
filled in one SQL UPDATE, and the spatial index is packed last
(:mod:`.geopackage_rtree`). The result is the table QGIS's writer would make:
the source's fields and geometries unchanged, the flag fields after them.

:func:`copy_plan` says whether a source and destination can go this way; the
caller falls back to the sinks otherwise (a selection, a subset filter, a
reprojection, another provider or format).
"""

from __future__ import annotations

import dataclasses
import os
import sqlite3
import threading
from typing import NamedTuple

import numpy as np
from osgeo import gdal, ogr
from qgis.core import QgsDataSourceUri, QgsProviderRegistry

from ..core import CorridorError
from .features import FLAG_FIELDS, TEXT, DOUBLE
from .flagging import flag_layer, flag_values
from .geopackage_rtree import build_index, stand_in_spatial_functions
from .layers import source_name
from .task import share
from .translation import tr

# Rows put in or filled between two checks for a cancel.
_ROWS = 50_000
# The parts of a run, as shares of the bar (about their times at a million incidents).
_PARTS = {"reading": (0, 0.5), "flags": (0.5, 0.6), "copying": (0.6, 0.7), "filling": (0.7, 0.8),
          "indexing": (0.8, 1.0)}


class CopyPlan(NamedTuple):
    """Where GDAL reads (``source_path``, ``source_layer``) and writes
    (``path``, ``table``; ``update``: into a GeoPackage that exists, else a new
    file), and whether the feature ids carry over (``same_ids``: a GeoPackage
    source, whose ids are QGIS's; otherwise the copy numbers them 1, 2, ... in
    the order QGIS reads them)."""

    source_path: str
    source_layer: str
    path: str
    table: str
    update: bool
    same_ids: bool


def copy_plan(layer, destination, crs):
    """A :class:`CopyPlan` for flagging the whole vector layer ``layer`` into the
    sink destination ``destination`` (as ``parameterAsOutputLayer`` gives it) in
    ``crs``; None when it cannot go this way."""
    if layer is None or layer.providerType() != "ogr" or layer.subsetString() or layer.isModified():
        return None
    if layer.crs() != crs:  # GDAL would reproject otherwise than QGIS
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path") or ""
    if parts.get("openOptions") or parts.get("subset") or not os.path.isfile(path):
        return None
    source_layer = parts.get("layerName") or _layer_name(path, parts.get("layerId"))
    target = _target(destination)
    if source_layer is None or target is None or _same_file(path, target[0]):
        return None
    return CopyPlan(path, source_layer, *target, same_ids=path.lower().endswith(".gpkg"))


def _layer_name(path, layer_id):
    data = ogr.Open(path)
    if data is None:
        return None
    layer = data.GetLayer(int(layer_id or 0))
    return layer.GetName() if layer is not None else None


def _target(destination):
    """(path, table, update) of a GeoPackage destination, or None."""
    if destination.startswith("ogr:"):
        uri = QgsDataSourceUri(destination[4:])
        path, table = uri.database(), uri.table()
        if not path.lower().endswith(".gpkg") or not table:
            return None
        return path, table, os.path.exists(path)
    if destination.lower().endswith(".gpkg"):
        # As QGIS's writer names it: the table after the file, the file new.
        return destination, os.path.splitext(os.path.basename(destination))[0], False
    return None


def _same_file(a, b):
    return os.path.exists(b) and os.path.samefile(a, b)


def flag_into_geopackage(layer, plan, corridor, patrol=None, date_field=None, date_format=None, date_from=None,
                         date_to=None, category_field=None, check=None, total=None):
    """Flag ``layer`` (see :func:`.flagging.flag_layer`) into the GeoPackage of
    ``plan``; returns :class:`.flagging.FlaggedIncidents`.

    ``check(done, total)`` moves the bar and stops the run by raising: GDAL's
    copy and the UPDATE are then stopped too, and what they left is the
    caller's to undo (the table is the sink's, see ``processing_provider.outputs``).
    """
    total = total if total is not None else max(layer.featureCount(), 0)
    copy = _Copy(plan)
    try:
        found = flag_layer(
            layer, corridor, layer.sourceCrs(), None, patrol=patrol, date_field=date_field, date_format=date_format,
            date_from=date_from, date_to=date_to, category_field=category_field,
            check=share(check, *_PARTS["reading"]), total=total,
        )
        rows = found.ids if plan.same_ids else np.arange(1, found.ids.size + 1)
        flags = _Flags(rows, found.flags, share(check, *_PARTS["flags"]))
        try:
            copy.wait(share(check, *_PARTS["copying"]))
            if copy.count != found.ids.size:
                raise CorridorError(
                    tr("GDAL copied {copied} features of '{layer}' where QGIS read {read}: did the layer change "
                       "while it was read? Run again."), copied=copy.count, layer=source_name(layer),
                    read=found.ids.size,
                )
            flags.fill(plan, share(check, *_PARTS["filling"]))
        finally:
            flags.close()
        build_index(plan.path, plan.table, share(check, *_PARTS["indexing"]), durable=plan.update)
    except BaseException:
        copy.stop()
        raise
    return found


class _Copy:
    """GDAL copying the source layer into the GeoPackage, on its own thread."""

    def __init__(self, plan):
        self.plan = plan
        self.fraction, self.count, self._stop, self._error = 0.0, None, False, None
        self._thread = threading.Thread(target=self._run, name="secure-corridor-copy", daemon=True)
        self._thread.start()

    def _run(self):
        plan = self.plan
        # No spatial index from GDAL: it would build one when the file closes, with
        # no progress and no way to stop it; build_index makes it afterwards.
        options = ["-nln", plan.table, "-preserve_fid" if plan.same_ids else "-unsetFid", "-lco", "SPATIAL_INDEX=NO"]
        options += ["-update", "-overwrite"] if plan.update else []
        try:
            result = gdal.VectorTranslate(
                plan.path, plan.source_path, format="GPKG", layers=[plan.source_layer], options=options,
                callback=self._progress,
            )
            if result is None:
                raise RuntimeError(gdal.GetLastErrorMsg() or "stopped")
            self.count = result.GetLayerByName(plan.table).GetFeatureCount()
            result = None
        except Exception as error:  # noqa: BLE001 - said on the calling thread
            self._error = error

    def _progress(self, fraction, message, data):
        self.fraction = fraction
        return 0 if self._stop else 1

    def wait(self, check):
        while self._thread.is_alive():
            if check is not None:
                check(self.fraction, 1.0)
            self._thread.join(0.1)
        if self._error is not None:
            if self._stop:
                return
            raise CorridorError(
                tr("GDAL could not copy the incidents into {path}: {error}"), path=self.plan.path,
                error=str(self._error),
            )

    def stop(self):
        self._stop = True
        self._thread.join()


class _Flags:
    """The flags in an SQLite database of their own (in memory), one row per
    incident keyed by its row in the output: made while GDAL still copies,
    then copied into the output's flag columns by UPDATEs of so many rows each."""

    def __init__(self, rows, flags, check):
        self.rows = np.sort(rows)
        self.connection = sqlite3.connect(":memory:")
        self.names = ", ".join(f'"{name}"' for name, _ in FLAG_FIELDS)
        self.connection.execute(f"CREATE TABLE flags (row INTEGER PRIMARY KEY, {self.names})")
        for start in range(0, rows.size, _ROWS):
            if check is not None:
                check(start, rows.size)
            end = start + _ROWS
            self.connection.executemany(
                "INSERT INTO flags VALUES (?, ?, ?, ?, ?, ?, ?)",
                zip(rows[start:end].tolist(), *flag_values(_rows_of(flags, start, end))),
            )
        self.connection.commit()

    def fill(self, plan, check):
        """Add the flag columns to the copied table and fill them, in one
        transaction: stopped, it is rolled back."""
        if check is not None:
            check(0, self.rows.size)
        _add_columns(plan)
        connection = self.connection
        stand_in_spatial_functions(connection)
        connection.execute("ATTACH DATABASE ? AS output", (plan.path,))
        if not plan.update:  # a file new to this run: nothing else in it to protect from a crash
            connection.execute("PRAGMA output.synchronous = OFF")
        table = '"{}"'.format(plan.table.replace('"', '""'))
        update = (f"UPDATE output.{table} SET ({self.names}) = "
                  f"(SELECT {self.names} FROM main.flags WHERE flags.row = {table}.fid) WHERE fid BETWEEN ? AND ?")
        rows = self.rows
        for start in range(0, rows.size, _ROWS):
            if check is not None:
                check(start, rows.size)
            last = rows[min(start + _ROWS, rows.size) - 1]
            connection.execute(update, (int(rows[start]), int(last)))
        connection.commit()
        connection.execute("DETACH DATABASE output")

    def close(self):
        self.connection.close()


def _rows_of(flags, start, end):
    """The flags of incidents ``start`` to ``end``."""
    return dataclasses.replace(flags, **{
        field.name: value[start:end] for field in dataclasses.fields(flags)
        if isinstance(value := getattr(flags, field.name), np.ndarray)
    })


def _add_columns(plan):
    data = ogr.Open(plan.path, 1)
    layer = data.GetLayerByName(plan.table)
    for name, kind in FLAG_FIELDS:
        definition = ogr.FieldDefn(name, {TEXT: ogr.OFTString, DOUBLE: ogr.OFTReal}.get(kind, ogr.OFTInteger))
        if kind not in (TEXT, DOUBLE):
            definition.SetSubType(ogr.OFSTBoolean)
        layer.CreateField(definition)
    data = None


# -- into a table beside an earlier run's, put in its place once done (the dock) --

STAGED = "{table}_being_flagged"  # the table a run fills; an earlier run's table stays shown meanwhile


def staged_plan(layer, path, table, crs):
    """A :class:`CopyPlan` that flags ``layer`` into a table of its own in the
    GeoPackage ``path``, beside ``table`` (see :func:`swap_in`); None when the
    copy cannot go this way."""
    uri = QgsDataSourceUri()
    uri.setDataSource("", STAGED.format(table=table), "")
    uri.setDatabase(path)
    return copy_plan(layer, "ogr:" + uri.uri(False), crs)


class StagedTable(NamedTuple):
    """A table of its own that QGIS's writer fills (where GDAL cannot copy),
    put in place as a :class:`CopyPlan`'s is (:func:`swap_in`, :func:`discard`)."""

    path: str
    table: str
    update: bool


def staged_table(path, table):
    return StagedTable(path, STAGED.format(table=table), os.path.exists(path))


def discard(plan):
    """Undo what a stopped or failed run made of ``plan`` (a :class:`CopyPlan`
    or :class:`StagedTable`): its new file, or its table."""
    if not plan.update:
        for suffix in ("", "-journal", "-wal", "-shm"):
            if os.path.exists(plan.path + suffix):
                os.remove(plan.path + suffix)
        return
    drop(plan.path, plan.table)


def swap_in(plan, table):
    """Give the staged table of ``plan`` the name ``table``; an earlier table of
    that name is renamed out of the way (renaming takes milliseconds, dropping a
    million rows seconds). Returns the renamed earlier table, for the caller to
    drop (:func:`drop`) away from QGIS's main thread, or None."""
    data = ogr.Open(plan.path, 1)
    names = {data.GetLayer(k).GetName() for k in range(data.GetLayerCount())}
    replaced = None
    if table in names:
        replaced = next(f"{table}_replaced_{k}" for k in range(1, len(names) + 2) if f"{table}_replaced_{k}" not in names)
        _renamed(data, table, replaced)
    _renamed(data, plan.table, table)
    data = None
    return replaced


def _renamed(data, table, name):
    try:
        failed = data.GetLayerByName(table).Rename(name) != ogr.OGRERR_NONE
    except RuntimeError:  # GDAL's exceptions switched on
        failed = True
    if failed:
        raise CorridorError(tr("Could not rename the table {table} of {path} to {name}: {error}"), table=table,
                            path=data.GetDescription(), name=name, error=gdal.GetLastErrorMsg())


def drop(path, table):
    """Drop ``table`` from the GeoPackage ``path``."""
    data = ogr.Open(path, 1)
    names = [data.GetLayer(k).GetName() for k in range(data.GetLayerCount())] if data is not None else []
    if table in names:
        data.DeleteLayer(names.index(table))
    data = None
