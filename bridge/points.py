"""Read a point layer's features as the engine's lon/lat arrays, batch by batch.

Features are read in batches of BATCH. Per feature only its id, its geometry
as WKB (and a date when asked) pass through Python; a batch's points are then
taken apart by shapely and put in WGS84 by QGIS in one call, with the same
transform (the project's datum choices included) that QGIS gives one point.
"""

from __future__ import annotations

import logging
from typing import NamedTuple

import numpy as np
import shapely
from qgis.core import QgsCoordinateTransform, QgsCsException, QgsFeatureRequest, QgsGeometry, QgsPointXY, QgsProject
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from ..core import Dates, category_labels, read_dates
from .layers import WGS84, field_named, require_crs, require_points, source_name
from .task import batches
from .translation import text, tr

log = logging.getLogger(__name__)

# Features read, flagged and written at a time: a few tenths of a second of
# work, so that progress moves and a cancel is seen well within a second, while
# a million incidents never sit in memory as features.
BATCH = 10_000
SHOWN = 5  # features named in a log message


class PointParts(NamedTuple):
    """Incidents read for :func:`core.flag_incidents`: ``ids`` one per feature;
    ``lon``, ``lat`` (WGS84) every point, NaN for a feature without one;
    ``parts_of`` the row in ``ids`` of each point, or None when every feature
    is one point (then the points are the features); ``dates`` as in
    :func:`read_points`."""

    ids: np.ndarray
    lon: np.ndarray
    lat: np.ndarray
    parts_of: np.ndarray | None
    dates: object

    def flagged_points(self, flags):
        """(lon, lat) one per incident: the point its side, distance and km come from."""
        if flags.part is None:
            return self.lon, self.lat
        return self.lon[flags.part], self.lat[flags.part]


class PointReader:
    """Reads batches of a point layer's features (:meth:`read`) and notes, for
    one message in the log at the end (:meth:`log`), the features whose points
    cannot be placed in WGS84 and the dates that cannot be read."""

    def __init__(self, source, date_field=None, date_format=None):
        require_crs(source, "points")
        self.source = source
        self.date_field, self.date_format = date_field or None, date_format
        self._to_wgs84 = QgsCoordinateTransform(source.sourceCrs(), WGS84, QgsProject.instance())
        self._read = 0
        self._unplaced = Noted()
        self._unreadable, self._empty = Noted(), 0

    def read(self, features):
        """:class:`PointParts` of a batch of features (``parts_of`` numbering them 0, 1, ...)."""
        ids, wkbs, values = [], [], []
        date_field = self.date_field
        for feature in features:
            ids.append(feature.id())
            wkbs.append(bytes(feature.geometry().asWkb()))
            if date_field:
                values.append(date_value(feature[date_field]))
        ids = np.array(ids, dtype=np.int64)
        lon, lat, parts_of = self._points(wkbs, ids)
        dates = None
        if date_field:
            dates = read_dates(values, self.date_format)
            self._note_dates(dates, values, ids)
        self._read += ids.size
        return PointParts(ids, lon, lat, parts_of, dates)

    def _points(self, wkbs, ids):
        # A null geometry reads as None, POINT EMPTY (and a point of NaN) as
        # empty: both give no coordinates, so the feature a row of NaN.
        shapes = shapely.from_wkb(wkbs, on_invalid="ignore")
        coordinates, owner = shapely.get_coordinates(shapes, return_index=True)
        lonlat = self._in_wgs84(coordinates)
        placed = np.isfinite(lonlat).all(axis=1) & (np.abs(lonlat[:, 0]) <= 180) & (np.abs(lonlat[:, 1]) <= 90)
        if not placed.all():
            self._unplaced.add(ids[np.unique(owner[~placed])])
        counts = np.bincount(owner, minlength=ids.size)
        if (counts == 1).all():
            return lonlat[:, 0].copy(), lonlat[:, 1].copy(), None
        rows = np.maximum(counts, 1)
        first_row = np.cumsum(rows) - rows
        first_point = np.cumsum(counts) - counts
        lon = np.full(rows.sum(), np.nan)
        lat = np.full(rows.sum(), np.nan)
        where = first_row[owner] + np.arange(owner.size) - first_point[owner]
        lon[where], lat[where] = lonlat[:, 0], lonlat[:, 1]
        parts_of = np.repeat(np.arange(ids.size), rows) if lon.size > ids.size else None
        return lon, lat, parts_of

    def _in_wgs84(self, coordinates):
        """The (n, 2) coordinates in WGS84 lon/lat, NaN where QGIS cannot place a point."""
        if self._to_wgs84.isShortCircuited() or not len(coordinates):
            return coordinates
        together = QgsGeometry()
        together.fromWkb(shapely.to_wkb(shapely.multipoints(coordinates), output_dimension=2))
        try:
            together.transform(self._to_wgs84)
        except QgsCsException:
            return self._one_by_one(coordinates)  # some point is beyond the CRS: find which
        moved = shapely.get_coordinates(shapely.from_wkb(bytes(together.asWkb())))
        return moved if moved.shape == coordinates.shape else self._one_by_one(coordinates)

    def _one_by_one(self, coordinates):
        moved = np.full(coordinates.shape, np.nan)
        for k, (x, y) in enumerate(coordinates.tolist()):
            try:
                point = self._to_wgs84.transform(QgsPointXY(x, y))
            except QgsCsException:  # beyond what the CRS can convert: a point without a location
                continue
            moved[k] = point.x(), point.y()
        return moved

    def _note_dates(self, dates, values, ids):
        unreadable = np.flatnonzero(dates.unreadable)
        if unreadable.size:
            self._unreadable.add(ids[unreadable], dates.example_messages(values, ids, SHOWN))
        self._empty += int(dates.empty.sum())

    def log(self):
        """Say in the log (in the user's language: the QGIS log panel) which
        features could not be placed and which dates could not be read."""
        layer, total = source_name(self.source), self._read
        if self._unplaced.count:
            log.warning(
                tr("{count} of {total} features in '{layer}' have coordinates that cannot be converted to WGS84 "
                   "longitude/latitude (check the layer's CRS); they are flagged without a location: {features}").format(
                    count=self._unplaced.count, total=total, layer=layer, features=self._unplaced.named()
                )
            )
        if self._unreadable.count:
            log.warning(
                tr("{count} of {total} incidents in '{layer}' have a {field} that cannot be read as a date, so they "
                   "are neither in nor out of the date window: {examples}").format(
                    count=self._unreadable.count, total=total, layer=layer, field=self.date_field,
                    examples="; ".join(text(example) for example in self._unreadable.examples),
                )
            )
        if self._empty:
            log.info(
                tr("{count} of {total} incidents in '{layer}' have no {field}.").format(
                    count=self._empty, total=total, layer=layer, field=self.date_field
                )
            )


class Noted:
    """How many features something was true of, and the first few of them."""

    def __init__(self):
        self.count, self.ids, self.examples = 0, [], []

    def add(self, ids, examples=()):
        self.count += len(ids)
        self.ids += ids[: SHOWN - len(self.ids)].tolist()
        self.examples += list(examples)[: SHOWN - len(self.examples)]

    def named(self):
        names = ", ".join(tr("feature {id}").format(id=fid) for fid in self.ids)
        return names + (", …" if self.count > len(self.ids) else "")


def read_point_parts(source, features=None, date_field=None, date_format=None, check=None, total=None):
    """:class:`PointParts` of a point layer's features, every point of a
    MultiPoint included; a line or polygon layer is refused.

    ``check(done, total)``, if given, is called after every batch (see
    :func:`.task.batches`): to show progress, and to stop by raising.
    ``total`` is the count to report when the source cannot tell it.
    """
    require_points(source)
    reader = PointReader(source, date_field, date_format)
    if features is None:
        features, total = source.getFeatures(), count_of(source, total)
    elif hasattr(features, "__len__"):
        total = len(features)
    parts = [reader.read(batch) for batch in batches(features, BATCH, check, total)]
    reader.log()
    return _joined(parts, date_field is not None and date_field != "")


def _joined(parts, dated):
    if not parts:
        empty = np.empty(0)
        return PointParts(np.empty(0, dtype=np.int64), empty, empty, None, read_dates([]) if dated else None)
    ids = np.concatenate([part.ids for part in parts])
    lon = np.concatenate([part.lon for part in parts])
    lat = np.concatenate([part.lat for part in parts])
    parts_of = None
    if lon.size > ids.size:
        sizes = [part.ids.size for part in parts]
        offsets = np.cumsum([0] + sizes[:-1])
        parts_of = np.concatenate([
            np.arange(size) + offset if part.parts_of is None else part.parts_of + offset
            for part, size, offset in zip(parts, sizes, offsets)
        ])
    dates = None
    if dated:
        dates = Dates(*(np.concatenate([getattr(part.dates, name) for part in parts])
                        for name in ("days", "empty", "unreadable")))
    return PointParts(ids, lon, lat, parts_of, dates)


def read_points(source, features=None, date_field=None, date_format=None, check=None):
    """Feature ids, WGS84 lon/lat (NaN where a point is missing; a MultiPoint's
    first point) and dates.

    Dates are read only when ``date_field`` is given, as the engine reads them
    (:func:`core.read_dates`, ``date_format`` for day/month forms): a
    :class:`core.Dates`. How many could not be read, and the first few with
    their feature ids, go to the log. To flag incidents use
    :func:`read_point_parts`, which keeps every point. ``check`` is as there.
    """
    ids, lon, lat, parts_of, dates = read_point_parts(source, features, date_field, date_format, check)
    if parts_of is not None:
        first = np.flatnonzero(np.r_[True, np.diff(parts_of) != 0])
        lon, lat = lon[first], lat[first]
    return ids, lon, lat, dates


def count_of(source, known=None):
    """How many features ``source`` has: ``known`` when given, else what the
    source says, or None when it cannot tell (a :class:`.layers.LayerSnapshot`,
    or a provider that does not know)."""
    if known is not None:
        return known
    count = source.featureCount() if hasattr(source, "featureCount") else -1
    return count if count >= 0 else None


def date_value(value):
    """A field's value as the engine reads dates: QDate and QDateTime as Python
    dates (a QDateTime's day in its own time zone: the day as written), NULL as None."""
    if isinstance(value, QDateTime):
        value = value.date() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, QVariant):  # NULL
        return None if value.isNull() else value.value()
    return value


def read_categories(source, ids, field, check=None):
    """The category label (:func:`core.category_labels`) of each feature in
    ``ids``, or None without a category field (or without that field).

    ``source`` is a layer or a :class:`.layers.LayerSnapshot` (safe in a task);
    ``check`` as in :func:`read_point_parts`.
    """
    name = field_named(source.fields(), field) if field else None
    if name is None:
        return None
    request = QgsFeatureRequest()
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes([name], source.fields())
    values = {}
    for batch in batches(source.getFeatures(request), BATCH, check, len(ids)):
        values.update((feature.id(), date_value(feature[name])) for feature in batch)
    return category_labels([values.get(int(fid)) for fid in ids], name)


def read_places(layer, name_field):
    """[(name, lon, lat)] of a point layer's features that have a name and a location."""
    if layer is None or not name_field or field_named(layer.fields(), name_field) is None:
        return []
    ids, lon, lat, _ = read_points(layer)
    names = {}
    request = QgsFeatureRequest()
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes([name_field], layer.fields())
    for feature in layer.getFeatures(request):
        value = feature[name_field]
        if isinstance(value, str) and value.strip():
            names[feature.id()] = value.strip()
    return [(names[int(fid)], float(x), float(y)) for fid, x, y in zip(ids, lon, lat) if int(fid) in names and x == x and y == y]
