"""A printable route book: the engine's strip pages as QGIS layers, and the book
as one PDF (an overview page, then a page per strip).

The layers are memory layers in WGS84, made from the engine's results; the
layouts that draw them are in :mod:`.route_book_layout`. Nothing here touches
the user's project: the book's layers live in a project of their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)

from qgis.PyQt.QtCore import QMetaType

from ..core.pages import corridor_edges, km_ticks
from ..core.patrol import km_text
from .features import (
    CHECKPOINT_FIELDS,
    DOUBLE,
    FLAG_FIELDS,
    TEXT,
    checkpoint_features,
    fields,
    geometry,
)
from .layers import WGS84
from .translation import side_name, tr

INT = QMetaType.Type.Int
PAGE_FIELDS = (("page", INT), ("from_km", DOUBLE), ("to_km", DOUBLE), ("rotation", DOUBLE))
PLACE_FIELDS = (("name", TEXT), ("name_ar", TEXT))
KM_FIELDS = (("km", DOUBLE), ("label", TEXT))
EDGE_FIELDS = (("side", TEXT), ("width_m", DOUBLE), ("label", TEXT))


@dataclass
class BookContent:
    """What the book shows: the engine's objects and the words round them."""

    route: object
    patrol: object
    corridor: object
    book: object  # core.pages.StripPages
    stops: object = None  # core.Checkpoints, or None
    incidents: tuple | None = None  # (lon, lat, flags) one per incident, or None
    places: object = None  # a feature source of points, or None
    place_field: str | None = None
    dates: tuple = (None, None)  # the date window (from, to) as text, or None each
    notes: dict = field(default_factory=dict)  # extra lines for the overview, label -> value


def page_features(book, crs):
    """(fields, features) of the strip pages, their footprints in ``crs``."""
    field_set = fields(PAGE_FIELDS)
    features = []
    for page in book.pages:
        feature = QgsFeature(field_set)
        feature.setGeometry(geometry(page.footprint, crs))
        feature.setAttributes([page.number, page.from_km, page.to_km, page.rotation])
        features.append(feature)
    return field_set, features


def memory_layer(kind, field_spec, features_or_shapes, name):
    """A WGS84 memory layer of ``kind`` (Point, LineString, Polygon) holding
    QgsFeatures, or (shapely geometry, values) pairs."""
    layer = QgsVectorLayer(f"{kind}?crs=EPSG:4326", name, "memory")
    field_set = fields(field_spec)
    layer.dataProvider().addAttributes(list(field_set))
    layer.updateFields()
    features = []
    for item in features_or_shapes:
        if isinstance(item, QgsFeature):
            features.append(item)
            continue
        shape, values = item
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry(shape, WGS84))
        feature.setAttributes(list(values))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def book_layers(content):
    """The book's layers by role: pages, corridor, edges, road, patrol, ticks,
    km, checkpoints, places, incidents (the last three None when not given)."""
    book = content.book
    ticks = km_ticks(content.patrol)
    checkpoint_km = set() if content.stops is None else {round(float(k), 3) for k in content.stops.km}
    extent = _extent_lonlat(book)
    layers = {
        "pages": memory_layer("Polygon", PAGE_FIELDS, page_features(book, WGS84)[1], tr("Strip pages")),
        "corridor": memory_layer("Polygon", (), [(content.corridor.polygon, [])], tr("Corridor")),
        "edges": memory_layer("LineString", EDGE_FIELDS, _edges(content.corridor), tr("Corridor edge")),
        "road": memory_layer("LineString", (), [(content.route.geometry, [])], tr("Road")),
        "patrol": memory_layer("LineString", (), [(content.patrol.line.geometry, [])], tr("Patrol stretch")),
        "ticks": memory_layer("LineString", (("km", DOUBLE),), [
            (line, [float(km)]) for line, km in zip(ticks.lines, ticks.km)
        ], tr("km ticks")),
        "km": memory_layer("Point", KM_FIELDS, [
            (shapely.Point(lon, lat), [float(km), f"km {km_text(float(km))}"])
            for lon, lat, km in zip(ticks.label_lon, ticks.label_lat, ticks.km)
            if round(float(km), 3) not in checkpoint_km  # a checkpoint labels its own km
        ], tr("km along the patrol")),
        "checkpoints": None,
        "places": None,
        "incidents": None,
    }
    if content.stops is not None:
        layers["checkpoints"] = memory_layer(
            "Point", CHECKPOINT_FIELDS, checkpoint_features(content.stops, WGS84)[1], tr("Checkpoints")
        )
    if content.places is not None:
        layers["places"] = _places(content.places, content.place_field, extent)
    if content.incidents is not None:
        layers["incidents"] = _incidents(*content.incidents, extent)
    return layers


def _extent_lonlat(book):
    """The lon/lat bounds of every page's footprint: what the book can show."""
    bounds = np.array([page.footprint.bounds for page in book.pages])
    return QgsRectangle(bounds[:, 0].min(), bounds[:, 1].min(), bounds[:, 2].max(), bounds[:, 3].max())


def _edges(corridor):
    rows = []
    for edge in corridor_edges(corridor):
        label = tr("{side} {km} km").format(side=side_name(edge.side), km=km_text(edge.width_m / 1000))
        rows.append((edge.line, [edge.side, edge.width_m, label]))
    return rows


def arabic_field(names, chosen):
    """A field other than ``chosen`` that looks like an Arabic name (name_ar,
    name:ar, arabic_name), or None."""
    for name in names:
        lower = name.lower()
        if name != chosen and ("_ar" in lower or ":ar" in lower or "arab" in lower):
            return name
    return None


def _places(source, name_field, extent):
    """The places within the book's extent, with their name and an Arabic name if the layer has one."""
    names = source.fields().names()
    arabic = arabic_field(names, name_field)
    request = QgsFeatureRequest()
    to_source = QgsCoordinateTransform(WGS84, source.sourceCrs(), QgsProject.instance())
    request.setFilterRect(to_source.transformBoundingBox(extent))
    to_wgs84 = QgsCoordinateTransform(source.sourceCrs(), WGS84, QgsProject.instance())
    layer = memory_layer("Point", PLACE_FIELDS, [], tr("Places"))
    features = []
    for feature in source.getFeatures(request):
        shape = feature.geometry()
        name = feature[name_field] if name_field in names else None
        if shape.isNull() or shape.isEmpty() or not isinstance(name, str) or not name.strip():
            continue
        shape = QgsGeometry(shape)
        shape.transform(to_wgs84)
        place = QgsFeature(layer.fields())
        place.setGeometry(shape)
        other = feature[arabic] if arabic else None
        place.setAttributes([name.strip(), other.strip() if isinstance(other, str) and other.strip() else None])
        features.append(place)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def _incidents(lon, lat, flags, extent):
    """The flagged incidents that lie within the book's extent, with their flag fields."""
    lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    shown = (
        ~flags.missing & (lon >= extent.xMinimum()) & (lon <= extent.xMaximum())
        & (lat >= extent.yMinimum()) & (lat <= extent.yMaximum())
    )
    window = flags.in_window
    rows = []
    for k in np.flatnonzero(shown):
        in_window = None if window is None or flags.undated[k] else bool(window[k])
        values = [
            bool(flags.in_corridor[k]), str(flags.side_name[k]), float(flags.distance_m[k]),
            float(flags.chainage_km[k]), bool(flags.in_patrol[k]), in_window,
        ]
        rows.append((shapely.Point(lon[k], lat[k]), values))
    return memory_layer("Point", FLAG_FIELDS, rows, tr("Incidents"))


def write_route_book(path, content, check=None):
    """Write the book to ``path`` (PDF); returns its number of pages.

    The PDF is written next to ``path`` and moved there once complete, so a
    failed or cancelled run leaves no file, nor a half-written one.
    """
    from .route_book_layout import export_book

    path = Path(path)
    partial = path.with_name(path.name + ".part")
    try:
        pages = export_book(partial, content, book_layers(content), check)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return pages
