"""A GeoPackage table's spatial index, packed in bulk and built step by step.

GDAL builds a copied table's R-tree when it closes the file, one insertion at a
time (half a minute for a million points with GDAL 3.6) and without a word of
progress, so a cancel waits for it. :func:`build_index` instead packs the
index from the table's geometries (Sort-Tile-Recursive, in numpy) and writes
SQLite's R-tree tables directly, a batch at a time, checking for a cancel
between batches. The virtual table, its triggers and the ``gpkg_extensions``
row are the ones this GDAL makes itself (copied from an empty layer it creates),
so that later edits keep the index up to date as GDAL would.

The R-tree module's storage (``<name>_node`` blobs of 32-bit float boxes,
``<name>_rowid``, ``<name>_parent``) is SQLite's file format, stable since
SQLite 3.8; ``SELECT rtreecheck(...)`` checks it (the tests do).
"""

from __future__ import annotations

import itertools
import math
import os
import sqlite3
import tempfile

import numpy as np
import shapely
from osgeo import ogr

from .task import share

_READ = 50_000  # rows read, or index rows written, between two checks for a cancel
_CELL = np.dtype([("id", ">i8"), ("box", ">f4", (4,))])  # SQLite's 2-D R-tree cell
_ENVELOPE = (0, 32, 48, 48, 64, 0, 0, 0)  # bytes after a GeoPackage blob's header, by its envelope code


def build_index(path, table, check=None, durable=True):
    """Give ``table`` of the GeoPackage ``path`` (made without one) the spatial
    index GDAL would give it; ``check(done, total)`` moves the bar and stops
    the build by raising (nothing is then kept of the index). ``durable``
    False: the file is new, with nothing in it to protect from a crash, so
    SQLite need not wait for the disk."""
    column, template = _template(path, table)
    if column is None:  # a table without geometries: nothing to index
        return
    connection = sqlite3.connect(path, isolation_level=None)  # its one transaction is begun and ended here
    try:
        stand_in_spatial_functions(connection)
        if not durable:
            connection.execute("PRAGMA synchronous = OFF")
        ids, boxes = _bounds(connection, table, column, share(check, 0, 0.5))
        statements, extension = template
        connection.execute("BEGIN")
        connection.execute(statements[0])  # the virtual table, with an empty root node
        name = f"rtree_{table}_{column}"
        size = connection.execute(f"SELECT length(data) FROM {_quoted(name + '_node')} WHERE nodeno = 1").fetchone()[0]
        packing = share(check, 0.5, 0.6)
        nodes, parents, leaves = _pack(ids, boxes, (size - 4) // _CELL.itemsize, size,
                                       step=lambda done: packing is not None and packing(done, 8))
        write = share(check, 0.6, 1.0)
        connection.execute(f"DELETE FROM {_quoted(name + '_node')}")
        rows = [(f"INSERT INTO {_quoted(name + '_node')} (nodeno, data) VALUES (?, ?)", nodes),
                (f"INSERT INTO {_quoted(name + '_parent')} (nodeno, parentnode) VALUES (?, ?)", parents),
                (f"INSERT INTO {_quoted(name + '_rowid')} (rowid, nodeno) VALUES (?, ?)", leaves)]
        total, done = sum(len(values) for _, values in rows), 0
        for sql, values in rows:
            for start in range(0, len(values), _READ):
                if write is not None:
                    write(done, total)
                connection.executemany(sql, values[start:start + _READ])
                done += min(_READ, len(values) - start)
        for statement in statements[1:]:  # the triggers
            connection.execute(statement)
        extensions, row = extension
        if not connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_extensions'").fetchone():
            connection.execute(extensions)  # a GeoPackage with no extension yet
        connection.execute("INSERT INTO gpkg_extensions VALUES (?, ?, ?, ?, ?)", row)
        connection.execute("COMMIT")
    finally:
        if connection.in_transaction:  # after a cancel or an error: no half-made index
            connection.execute("ROLLBACK")
        connection.close()


def _quoted(name):
    return '"{}"'.format(name.replace('"', '""'))


def _template(path, table):
    """(geometry column, ([CREATE VIRTUAL TABLE, CREATE TRIGGER...], (CREATE TABLE
    gpkg_extensions, its row for the index)))
    as this GDAL makes them for an empty layer like ``table``; (None, None)
    for a table without geometries."""
    data = ogr.Open(path)
    layer = data.GetLayerByName(table)
    column = layer.GetGeometryColumn()
    if not column:
        return None, None
    kind, crs = layer.GetGeomType(), layer.GetSpatialRef()
    data = None
    with tempfile.TemporaryDirectory(prefix="secure-corridor-") as folder:
        scratch = os.path.join(folder, "index.gpkg")
        made = ogr.GetDriverByName("GPKG").CreateDataSource(scratch)
        made.CreateLayer(table, crs, kind, options=[f"GEOMETRY_NAME={column}", "SPATIAL_INDEX=YES"])
        made = None  # closing writes the index's tables
        connection = sqlite3.connect(scratch)
        try:
            name = f"rtree_{table}_{column}"
            create = connection.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
            triggers = connection.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND substr(name, 1, ?) = ? "
                "ORDER BY rowid", (table, len(name), name),
            )
            statements = [row[0] for row in create] + [row[0] for row in triggers]
            extension = connection.execute(
                "SELECT * FROM gpkg_extensions WHERE table_name = ? AND extension_name = 'gpkg_rtree_index'", (table,)
            ).fetchone()
            extensions = connection.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'gpkg_extensions'"
            ).fetchone()[0]
        finally:
            connection.close()
    return column, (statements, (extensions, extension))


def _bounds(connection, table, column, check):
    """The ids and (minx, maxx, miny, maxy) boxes of the table's geometries that
    have a place (not NULL, not empty)."""
    total = connection.execute(f"SELECT count(*) FROM {_quoted(table)}").fetchone()[0]
    cursor = connection.execute(
        f"SELECT fid, {_quoted(column)} FROM {_quoted(table)} WHERE {_quoted(column)} IS NOT NULL"
    )
    ids, boxes, done = [], [], 0
    while True:
        if check is not None:
            check(done, total)
        rows = cursor.fetchmany(_READ)
        if not rows:
            break
        done += len(rows)
        points = [row for row in rows if _plain_point(row[1])]
        others = [row for row in rows if not _plain_point(row[1])] if len(points) < len(rows) else []
        for fid_list, box in (_point_boxes(points), _other_boxes(others)):
            placed = np.isfinite(box).all(axis=1)
            ids.append(fid_list[placed])
            boxes.append(box[placed])
    if not ids:
        return np.empty(0, dtype=np.int64), np.empty((0, 4))
    return np.concatenate(ids), np.concatenate(boxes)


# A plain 2-D point's blob, as GDAL writes it: header (little-endian, no
# envelope, not empty), its CRS id, then the WKB point (little-endian, type 1).
_POINT = b"GP\x00\x01" + bytes(4) + b"\x01\x01\x00\x00\x00" + bytes(16)


def _plain_point(blob):
    return len(blob) == len(_POINT) and blob[:4] == _POINT[:4] and blob[8:13] == _POINT[8:13]


def _point_boxes(rows):
    """Ids and boxes of plain points, read straight from their bytes."""
    if not rows:
        return np.empty(0, dtype=np.int64), np.empty((0, 4))
    fids, blobs = zip(*rows)
    xy = np.frombuffer(b"".join(blobs), dtype=np.uint8).reshape(len(blobs), -1)[:, 13:29].copy().view("<f8")
    return np.asarray(fids, dtype=np.int64), xy[:, [0, 0, 1, 1]]


def _other_boxes(rows):
    """Ids and boxes of any other geometry: the WKB after each blob's header
    (its length set by the envelope code), an empty geometry's (flag bit 4) left out."""
    kept = [(fid, blob[8 + _ENVELOPE[(blob[3] >> 1) & 7]:]) for fid, blob in rows if not blob[3] & 0x10]
    if not kept:
        return np.empty(0, dtype=np.int64), np.empty((0, 4))
    fids, wkb = zip(*kept)
    xmin, ymin, xmax, ymax = shapely.bounds(shapely.from_wkb(np.array(wkb, dtype=object), on_invalid="ignore")).T
    return np.asarray(fids, dtype=np.int64), np.column_stack((xmin, xmax, ymin, ymax))


def _outward(boxes):
    """The boxes in 32-bit floats that hold them (minima rounded down, maxima up)."""
    rounded = boxes.astype(np.float32)
    low = rounded.astype(np.float64) > boxes
    high = rounded.astype(np.float64) < boxes
    for k, (too_far, toward) in enumerate(((low, -np.inf), (high, np.inf), (low, -np.inf), (high, np.inf))):
        rounded[too_far[:, k], k] = np.nextafter(rounded[too_far[:, k], k], np.float32(toward))
    return rounded


def _str_order(boxes, capacity):
    """An order of the boxes in which each run of ``capacity`` is compact
    (Sort-Tile-Recursive: slabs by x centre, then by y centre within a slab)."""
    count = len(boxes)
    x, y = boxes[:, 0] + boxes[:, 1], boxes[:, 2] + boxes[:, 3]
    nodes = math.ceil(count / capacity)
    per_slab = math.ceil(nodes / math.ceil(math.sqrt(nodes))) * capacity
    by_x = np.argsort(x, kind="stable")
    slab = np.arange(count) // per_slab
    return by_x[np.lexsort((y[by_x], slab))]


def _pack(ids, boxes, capacity, size, step=None):
    """The R-tree of ``ids`` and ``boxes`` as SQLite stores it: ([(nodeno, blob)],
    [(nodeno, parent)], (rowid, leaf nodeno) pairs), the root numbered 1.
    ``step(k)`` is called between its parts (k = 1, 2, ...), to see a cancel."""
    steps = itertools.count(1)
    tick = (lambda: step(next(steps))) if step is not None else (lambda: None)
    entries, cells = ids, _outward(boxes)
    tick()
    levels = []  # bottom up: (children's ids, their boxes, children per node)
    while True:
        if len(entries) <= capacity:
            levels.append((entries, cells, np.array([len(entries)])))
            break
        order = _str_order(cells.astype(np.float64), capacity)
        tick()
        entries, cells = entries[order], cells[order]
        starts = np.arange(0, len(entries), capacity)
        levels.append((entries, cells, np.diff(np.append(starts, len(entries)))))
        mins, maxs = np.minimum.reduceat(cells, starts), np.maximum.reduceat(cells, starts)
        entries = np.arange(len(starts), dtype=np.int64)  # numbered below, once all levels are known
        cells = np.column_stack((mins[:, 0], maxs[:, 1], mins[:, 2], maxs[:, 3]))
    # Number the nodes from the root down: 1 the root, then each level in order.
    first, numbers = 2, []
    for _, _, counts in reversed(levels[:-1]):
        numbers.append(np.arange(first, first + len(counts), dtype=np.int64))
        first += len(counts)
    numbers = [np.array([1], dtype=np.int64)] + numbers  # top down
    nodes, parents, leaves = [], [], []
    depth = len(levels) - 1
    for level, (children, boxes_of, counts) in enumerate(levels):
        own = numbers[depth - level]
        child_ids = children if level == 0 else numbers[depth - level + 1][children]
        owner = np.repeat(own, counts)
        if level == 0:  # in rowid order, which SQLite appends fastest
            by_id = np.argsort(child_ids, kind="stable")
            leaves = _Pairs(child_ids[by_id], owner[by_id])
        else:
            parents += list(zip(child_ids.tolist(), owner.tolist()))
        nodes += _blobs(own, child_ids, boxes_of, counts, capacity, size, depth if level == depth else 0)
        tick()
    return nodes, parents, leaves


class _Pairs:
    """Rows of two integer columns, made into Python tuples only a slice at a
    time (a million tuples would cost a hundred MiB)."""

    def __init__(self, first, second):
        self.first, self.second = first, second

    def __len__(self):
        return self.first.size

    def __getitem__(self, part):
        return zip(self.first[part].tolist(), self.second[part].tolist())


def _blobs(numbers, children, boxes, counts, capacity, size, root_depth):
    """[(nodeno, blob)] of the nodes ``numbers``, ``counts[k]`` cells each."""
    cells = np.zeros(len(children), dtype=_CELL)
    cells["id"], cells["box"] = children, boxes
    raw = np.zeros((len(numbers), size), dtype=np.uint8)
    slots = np.zeros((len(numbers), capacity), dtype=_CELL)
    node = np.repeat(np.arange(len(numbers)), counts)
    slot = np.arange(len(children)) - np.repeat(np.cumsum(counts) - counts, counts)
    slots[node, slot] = cells
    raw[:, 4:4 + capacity * _CELL.itemsize] = slots.view(np.uint8).reshape(len(numbers), -1)
    raw[:, 2:4] = counts.astype(">i2").view(np.uint8).reshape(-1, 2)
    if root_depth:
        raw[0, 0:2] = np.array([root_depth], dtype=">i2").view(np.uint8)
    return list(zip(numbers.tolist(), (bytes(row) for row in raw)))


def stand_in_spatial_functions(connection):
    """GDAL's R-tree triggers name spatial SQL functions that only GDAL's own
    connection has. They fire only when a row's id or geometry changes, which
    nothing here does; SQLite still wants the names to exist."""

    def never(*args):
        raise sqlite3.DatabaseError("a spatial function was called")

    for name in ("ST_IsEmpty", "ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"):
        connection.create_function(name, 1, never)
