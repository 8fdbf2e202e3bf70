"""Flag a point layer's incidents and write them out in one pass, batch by batch.

Each batch of features is read (:class:`.points.PointReader`), flagged by the
engine, given its flag fields in place and handed to ``write`` before the next
batch is read: the source is read once, its attributes never pass through
Python, and a million incidents never sit in memory as features. The dock and
the Processing algorithm both flag this way.
"""

from __future__ import annotations

import logging
from typing import NamedTuple

import numpy as np
from qgis.core import QgsCoordinateTransform, QgsCsException, QgsFeatureRequest, QgsFields, QgsProject

from ..core import CorridorError, IncidentFlags, category_labels, concatenate_flags, flag_incidents, read_dates
from .features import FLAG_FIELDS, field
from .layers import field_named, require_points, source_name
from . import points
from .points import Noted, PointReader, count_of, date_value
from .task import Writer, batches
from .translation import tr

log = logging.getLogger(__name__)


class FlaggedIncidents(NamedTuple):
    """What a flagging run found, one entry per incident in the order read:
    feature ``ids``, their ``flags``, the point (WGS84 ``lon``, ``lat``) each
    one's side, distance and km come from, and ``categories`` (labels, or None
    without a category field)."""

    ids: np.ndarray
    flags: IncidentFlags
    lon: np.ndarray
    lat: np.ndarray
    categories: list | None


def flagged_fields(source):
    """The source's fields and the flag fields after them; a CorridorError
    when the source already has one of them (flagged before?)."""
    taken = [name for name, _ in FLAG_FIELDS if source.fields().lookupField(name) >= 0]
    if taken:
        raise CorridorError(
            tr("The incident layer already has the field(s) {fields}, which this algorithm adds "
               "(was it flagged before?): flag the original layer, or rename those fields."),
            fields=", ".join(taken),
        )
    result = QgsFields(source.fields())
    for name, kind in FLAG_FIELDS:
        result.append(field(name, kind))
    return result


def flag_layer(source, corridor, crs, write, patrol=None, date_field=None, date_format=None, date_from=None,
               date_to=None, category_field=None, check=None, total=None):
    """Flag every feature of the point layer ``source`` against ``corridor``,
    handing each batch to ``write(features)``: the features with all their
    attributes, the flag fields (:func:`flagged_fields`) after them, and their
    geometry in ``crs``. Returns :class:`FlaggedIncidents`.

    ``write`` None only flags: the features are then read without the
    attributes the flags do not need, and nothing is written (for an output
    another writer copies, see :mod:`.geopackage_copy`).

    ``patrol``, the date options and ``category_field`` are as for
    :func:`core.flag_incidents` and :func:`.points.read_categories`.
    ``check(done, total)`` is called before the first batch and after each
    (see :func:`.task.batches`): to show progress, and to stop by raising.
    ``total`` is the count to report when the source cannot tell it.
    """
    require_points(source)
    flagged_fields(source)  # a layer flagged before: said before anything is written
    reader = PointReader(source, date_field, date_format)
    first = source.fields().count()
    to_output = QgsCoordinateTransform(source.sourceCrs(), crs, QgsProject.instance())
    category = field_named(source.fields(), category_field) if category_field else None
    request = QgsFeatureRequest()
    if write is None:
        request.setSubsetOfAttributes([name for name in (reader.date_field, category) if name], source.fields())
    ids, parts, lon, lat, values = [], [], [], [], []
    unplaced = Noted()
    # QGIS writes a batch on another thread (and core) while the next is read
    # and flagged. (Reading on a third thread too costs more than it gains:
    # every call into QGIS then waits for Python's lock.)
    writer = Writer(write) if write is not None else None
    try:
        for batch in batches(source.getFeatures(request), points.BATCH, check, count_of(source, total)):
            read = reader.read(batch)
            flags = flag_incidents(
                corridor, read.lon, read.lat, patrol=patrol, dates=read.dates,
                date_from=date_from, date_to=date_to, parts_of=read.parts_of,
            )
            if category is not None:
                values += [date_value(feature[category]) for feature in batch]
            if writer is not None:
                _set_flags(batch, flags, first)
                if not to_output.isShortCircuited():
                    unplaced.add(_to_output(batch, to_output))
                writer.put(batch)
            ids.append(read.ids)
            parts.append(flags)
            for kept, point in zip((lon, lat), read.flagged_points(flags)):
                kept.append(point)
    finally:
        if writer is not None:
            writer.close()  # what was handed over is written, even when stopped early
    reader.log()
    if unplaced.count:
        # For the user (the QGIS log panel), so in their language.
        log.warning(
            tr("{count} incidents of '{layer}' cannot be placed in the output's CRS and are written without a "
               "geometry (their attributes and flags are kept): {features}").format(
                count=unplaced.count, layer=source_name(source), features=unplaced.named()
            )
        )
    if not parts:  # no features: flags of nothing
        parts = [flag_incidents(corridor, [], [], dates=read_dates([]) if date_field else None,
                                date_from=date_from, date_to=date_to)]
        ids, lon, lat = [np.empty(0, dtype=np.int64)], [np.empty(0)], [np.empty(0)]
    return FlaggedIncidents(
        np.concatenate(ids), concatenate_flags(parts), np.concatenate(lon), np.concatenate(lat),
        category_labels(values, category) if category is not None else None,
    )


def _set_flags(features, flags, first):
    """Give each feature its flags, as the attributes ``first``, ``first + 1``, ...:
    six calls into QGIS a feature, its own attributes left where they are."""
    size = first + len(FLAG_FIELDS)
    in_corridor, side, distance, chainage, in_patrol, in_window = range(first, size)
    for feature, a, b, c, d, e, f in zip(features, *flag_values(flags)):
        feature.resizeAttributes(size)
        feature.setAttribute(in_corridor, a)
        feature.setAttribute(side, b)
        feature.setAttribute(distance, c)
        feature.setAttribute(chainage, d)
        feature.setAttribute(in_patrol, e)
        feature.setAttribute(in_window, f)


def flag_values(flags):
    """The values of the flag fields (:data:`.features.FLAG_FIELDS`, in order),
    one list each, None where an incident has no such flag."""
    missing = flags.missing
    window = [None] * len(flags) if flags.in_window is None else _or_none(flags.in_window, flags.undated)
    return (
        flags.in_corridor.tolist(),
        _or_none(flags.side_name, missing),
        _or_none(flags.distance_m, missing),
        _or_none(flags.chainage_km, missing),
        flags.in_patrol.tolist(),
        window,
    )


def _or_none(values, empty):
    """``values`` as Python objects, None where ``empty``."""
    result = values.astype(object)
    result[empty] = None
    return result.tolist()


def _to_output(features, transform):
    """Put the features' geometries in the output CRS; the ids of those that
    cannot be (kept, without a geometry)."""
    failed = []
    for feature in features:
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():  # no location to move
            continue
        try:
            geometry.transform(transform)
        except QgsCsException:  # not a place on the Earth in the output's CRS
            feature.clearGeometry()
            failed.append(feature.id())
            continue
        feature.setGeometry(geometry)
    return np.array(failed, dtype=np.int64)
