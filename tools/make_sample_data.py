"""Generator of the bundled sample data in resources/sample/: M4 road parts, places, incidents, a QGIS project."""

# Usage (from the repository root, with the package importable as `make` sets it up):
#   PYTHONPATH=build/python PROJ_DATA=/usr/share/proj \
#     .venv/bin/python tools/make_sample_data.py [--out DIR] [--no-project]
# Everything is seeded: running it again writes byte-identical files.
# Input: resources/sample/m4_approximate.geojson (never changed). Output, in --out
# (default resources/sample/): m4_parts.geojson, places.geojson, incidents.geojson,
# secure_corridor_sample.qgs (needs QGIS; --no-project leaves it out).

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import shutil
import sys
from pathlib import Path

try:  # the engine first: it loads shapely so that its calls stay in its own GEOS
    from secure_corridor.core import Place, assemble_route, build_corridor, flag_incidents, patrol_segment
except ImportError:  # pragma: no cover - a hint for people running it by hand
    sys.exit("secure_corridor is not importable: run with PYTHONPATH=build/python (see `make venv`).")

import numpy as np
import shapely
from pyproj import Geod

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "sample"
APPROXIMATE = "m4_approximate.geojson"
PARTS_FILE = "m4_parts.geojson"
PLACES_FILE = "places.geojson"
INCIDENTS_FILE = "incidents.geojson"
PROJECT_FILE = "secure_corridor_sample.qgs"

GEOD = Geod(ellps="WGS84")
SEED = 20200305  # the day of the Moscow agreement on the M4 corridor
OCHA = "OCHA Syria P-coded locations (CC BY-IGO)"

# -- the road -------------------------------------------------------------------

STEP_M = 100.0  # densify the approximate M4 to vertices at most this far apart
WEST_PARTS, EAST_PARTS = 17, 10  # main-line parts west and east of the dual carriageway
MIN_PART_M = 1200.0
GAP_WIDTHS_M = (14.0, 21.0, 29.0, 37.5)  # below the default 50 m tolerance
CARRIAGEWAY_KM = (64.0, 67.0)  # the dual-carriageway stretch (between Jisr al-Shughur and Mhambal)
CARRIAGEWAY_OFFSET_M = 25.0  # the second carriageway, north of the road (left of eastward travel)
CARRIAGEWAY_RAMP_M = 250.0
SPUR_KM = 76.0  # the spur leaves the road here (between Mhambal and Orm al-Jouz)
SPUR_LEGS = ((200.0, 600.0), (230.0, 700.0))  # (azimuth, length m) of its legs, southwards
ROAD_NOTE = (
    "Synthetic: the approximate M4 (m4_approximate.geojson: a line through towns on the road, "
    "within about 2 km of the real road in Idlib, worse west of Ain al-Havr) cut into ways as an "
    "OpenStreetMap road layer has them: mixed directions, shuffled, small gaps, a second "
    "carriageway and a spur. Not OpenStreetMap data and not for navigation."
)

# -- places: OCHA's names, P-codes and coordinates (a few communities on the M4) ----

# The eight places the project started with; names as the March 2020 reports spell them.
PLACES = [
    ("Trumba", "ترنبة", "C3908", 36.76914, 35.86034, None),
    ("Saraqeb", "سراقب", "C3916", 36.80611, 35.86111, None),
    (
        "Ain al-Havr",
        "عين الحور",
        "C7211",
        36.16736,
        35.78132,
        "The patrol's western end in the March 2020 reports; OCHA's Ayn Al Hawr (C7211).",
    ),
    ("Maarat Misrin", "معرة مصرين", "C3947", 36.67272, 36.01390, None),
    ("Jisr al-Shughur", "جسر الشغور", "C4199", 36.31495, 35.81418, None),
    ("Ariha", "أريحا", "C4278", 36.61019, 35.81396, None),
    ("Idlib", "إدلب", "C3871", 36.63528, 35.92901, None),
    ("Latakia", "اللاذقية", "C3480", 35.78957, 35.53915, None),
]
# More communities near the M4, as OCHA names them (LocationName_en, LocationName_ar).
OCHA_PLACES = [
    ("Stamarkho", "ستمرخو", "C3470", 35.850598, 35.587201, None),
    ("Ein Ellaban", "عين اللبن", "C3484", 35.890361, 35.596461, None),
    ("Ghamam", "غمام", "C3500", 36.006755, 35.674111, None),
    ("Rim Dagmashliyeh", "الريم دغمشلية", "C3507", 36.024433, 35.68554, None),
    ("Khan Al-Jozz", "خان الجوز", "C7929", 36.081858, 35.723488, None),
    ("Marj Elzawyeh", "مرج الزاوية", "C3749", 36.127462, 35.754838, None),
    (
        "Ayn Al Hawr",
        "عين الحور الشمالية - كنسبا",
        "C7211",
        36.167359,
        35.781323,
        "Lattakia governorate, on the M4: the same village as Ain al-Havr. "
        "Not to be confused with Ain Al Hour (C8401).",
    ),
    (
        "Ain Al Hour",
        "عين الحور - بداما",
        "C8401",
        36.183395,
        35.837726,
        "Idleb governorate, 6.4 km north-east of Ayn Al Hawr (C7211): another village of the same name.",
    ),
    ("Al Bernas", "البرناص", "C7959", 36.1793, 35.790309, None),
    ("Badama", "بداما", "C4226", 36.197335, 35.811938, None),
    ("Ghassaniyeh (Jisr-Ash-Shugur)", "الغسانية - مركز جسر الشغور", "C4203", 36.261047, 35.814194, None),
    ("Sheibeye", "شعيبية", "C8799", 36.331316, 35.811098, None),
    ("Bzeit", "بزيت", "C4200", 36.398229, 35.789053, None),
    ("Mhambal", "محمبل", "C4330", 36.468906, 35.784074, None),
    ("Orm Eljoz", "أورم الجوز", "C4269", 36.567049, 35.791206, None),
    ("Mseibin", "مصيبين", "C4281", 36.641507, 35.839772, None),
    ("Nayrab", "النيرب", "C3867", 36.718303, 35.869156, None),
]
MAARAT_MISRIN = (36.67272, 36.01390)

# -- incidents --------------------------------------------------------------------

CORRIDOR_M = 6000.0  # per side, for placing the incidents
OUTER_M = 25_000.0  # outside incidents lie up to this far from the road
KINDS = ("air strike", "shelling", "clash")
KIND_WEIGHTS = (0.45, 0.35, 0.20)
FIRST_DAY, LAST_DAY = dt.date(2020, 2, 1), dt.date(2020, 3, 31)
CEASEFIRE = dt.date(2020, 3, 6)  # fewer incidents from here on
AFTER_CEASEFIRE_WEIGHT = 0.25
WEST_COAST_LON = 35.85  # no incident west of this (the sea off Latakia)
# (group, count, note): the note says where the generator put the incident, for a
# corridor of 6 km each side with flat ends and the patrol from Trumba to Ain al-Havr.
GROUPS = (
    ("patrol", 140, "inside the corridor, on the patrol stretch"),
    ("corridor", 52, "inside the corridor, off the patrol stretch"),
    ("outside", 90, "outside the corridor"),
    ("edge_in", 6, "just inside the corridor's 6 km edge"),
    ("edge_out", 6, "just outside the corridor's 6 km edge"),
    ("past_end", 3, "past the road's east end (outside with flat ends)"),
)
EDGE_M = (10.0, 120.0)  # edge incidents lie this far inside or outside the edge
SYNTHETIC_NOTE = "Synthetic, not a real event"


# -- writing ------------------------------------------------------------------------


def write_geojson(path, name, features, **members):
    """A FeatureCollection with one feature per line (stable, readable diffs)."""
    head = {"type": "FeatureCollection", "name": name, **members}
    lines = [json.dumps(head, ensure_ascii=False)[:-1] + ', "features": [']
    body = [json.dumps(f, ensure_ascii=False, separators=(", ", ": ")) for f in features]
    lines.append(",\n".join(body))
    lines.append("]}")
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def feature(properties, geometry):
    return {"type": "Feature", "properties": properties, "geometry": geometry}


def line_geometry(lon, lat, digits=7):
    coordinates = [[round(float(x), digits), round(float(y), digits)] for x, y in zip(lon, lat)]
    return {"type": "LineString", "coordinates": coordinates}


def point_geometry(lon, lat, digits=6):
    return {"type": "Point", "coordinates": [round(float(lon), digits), round(float(lat), digits)]}


# -- the road in parts ----------------------------------------------------------------


def approximate_m4(sample_dir=SAMPLE):
    data = json.loads((Path(sample_dir) / APPROXIMATE).read_text(encoding="utf-8"))
    coords = np.array(data["features"][0]["geometry"]["coordinates"], dtype=float)
    return coords[:, 0], coords[:, 1]


def densify(lon, lat, step_m=STEP_M):
    """Vertices along the geodesics between the given ones, at most ``step_m`` apart.

    Returns lon, lat, the chainage of every vertex (m) and the indices of the
    original vertices (the only places where the line bends)."""
    out_lon, out_lat, corners = [lon[0]], [lat[0]], [0]
    for i in range(lon.size - 1):
        _, _, dist = GEOD.inv(lon[i], lat[i], lon[i + 1], lat[i + 1])
        n = int(np.ceil(dist / step_m))
        if n > 1:
            inner = GEOD.npts(lon[i], lat[i], lon[i + 1], lat[i + 1], n - 1)
            out_lon += [p[0] for p in inner]
            out_lat += [p[1] for p in inner]
        out_lon.append(lon[i + 1])
        out_lat.append(lat[i + 1])
        corners.append(len(out_lon) - 1)
    out_lon, out_lat = np.array(out_lon), np.array(out_lat)
    _, _, steps = GEOD.inv(out_lon[:-1], out_lat[:-1], out_lon[1:], out_lat[1:])
    return out_lon, out_lat, np.r_[0.0, np.cumsum(steps)], np.array(corners)


def _nearest_vertex(chainage, target_m):
    return int(np.argmin(np.abs(chainage - target_m)))


def _cuts(rng, chainage, lo, hi, count):
    """``count`` - 1 vertex indices splitting vertices lo..hi into ``count`` parts
    of random length, none shorter than MIN_PART_M."""
    span = chainage[hi] - chainage[lo]
    spare = span - count * MIN_PART_M
    lengths = MIN_PART_M + spare * rng.dirichlet(np.full(count, 3.0))
    targets = chainage[lo] + np.cumsum(lengths)[:-1]
    cuts = [_nearest_vertex(chainage, t) for t in targets]
    assert len(set(cuts)) == len(cuts) and lo < min(cuts) and max(cuts) < hi
    return cuts


def _offset(lon, lat, azimuth, distance_m):
    out_lon, out_lat, _ = GEOD.fwd(lon, lat, azimuth, distance_m)
    return out_lon, out_lat


def _azimuths(lon, lat):
    """The road's forward azimuth at every vertex (of the edge leaving it; the last: arriving)."""
    az, back, _ = GEOD.inv(lon[:-1], lat[:-1], lon[1:], lat[1:])
    return np.r_[az, back[-1] + 180.0]


def make_parts(rng, lon, lat, chainage, corners):
    """The road as ways: dicts with lon, lat, oneway, highway and a role."""
    a = _nearest_vertex(chainage, CARRIAGEWAY_KM[0] * 1000)
    b = _nearest_vertex(chainage, CARRIAGEWAY_KM[1] * 1000)
    assert not np.any((corners >= a) & (corners <= b)), "the dual carriageway must lie on a straight stretch"
    last = lon.size - 1
    bounds = [0, *_cuts(rng, chainage, 0, a, WEST_PARTS), a, b, *_cuts(rng, chainage, b, last, EAST_PARTS), last]
    parts = []
    for lo, hi in zip(bounds[:-1], bounds[1:]):
        dual = (lo, hi) == (a, b)
        parts.append(
            {
                "lon": lon[lo : hi + 1].copy(),
                "lat": lat[lo : hi + 1].copy(),
                "oneway": "yes" if dual else "no",
                "highway": "trunk",
                "role": "main",
            }
        )

    # Gaps: at junctions on straight stretches (never at a bend, the carriageway
    # or near the spur), one of the two ways stops short by the gap's width.
    spur = _nearest_vertex(chainage, SPUR_KM * 1000)
    eligible = [
        k
        for k in range(1, len(parts))
        if bounds[k] not in corners
        and bounds[k] not in (a, b)
        and abs(chainage[bounds[k]] - chainage[spur]) > 3000
        and abs(chainage[bounds[k]] - chainage[a]) > 3000
        and abs(chainage[bounds[k]] - chainage[b]) > 3000
    ]
    chosen = sorted(rng.choice(eligible, size=len(GAP_WIDTHS_M), replace=False).tolist())
    widths = rng.permutation(GAP_WIDTHS_M)
    gaps = []
    for k, width in zip(chosen, widths):
        j = bounds[k]  # the junction: last vertex of parts[k-1], first of parts[k]
        trim_west = bool(rng.integers(2))
        if trim_west:
            part = parts[k - 1]
            az = GEOD.inv(lon[j], lat[j], lon[j - 1], lat[j - 1])[0]
            part["lon"][-1], part["lat"][-1] = _offset(lon[j], lat[j], az, width)
        else:
            part = parts[k]
            az = GEOD.inv(lon[j], lat[j], lon[j + 1], lat[j + 1])[0]
            part["lon"][0], part["lat"][0] = _offset(lon[j], lat[j], az, width)
        gaps.append({"width_m": float(width), "junction": j, "km": chainage[j] / 1000})

    # The second carriageway: north of the road from a to b, one way westwards.
    seg_lon, seg_lat = lon[a : b + 1], lat[a : b + 1]
    along = chainage[a : b + 1] - chainage[a]
    offset = CARRIAGEWAY_OFFSET_M * np.minimum(1.0, np.minimum(along, along[-1] - along) / CARRIAGEWAY_RAMP_M)
    left = _azimuths(seg_lon, seg_lat) - 90.0
    c_lon, c_lat = _offset(seg_lon, seg_lat, left, offset)
    c_lon[[0, -1]], c_lat[[0, -1]] = seg_lon[[0, -1]], seg_lat[[0, -1]]
    parts.append(
        {"lon": c_lon[::-1], "lat": c_lat[::-1], "oneway": "yes", "highway": "trunk", "role": "carriageway"}
    )

    # The spur: a short link road leaving the road southwards.
    s_lon, s_lat = [lon[spur]], [lat[spur]]
    for azimuth, length in SPUR_LEGS:
        for _ in range(int(length // STEP_M)):
            x, y = _offset(s_lon[-1], s_lat[-1], azimuth, STEP_M)
            s_lon.append(x)
            s_lat.append(y)
    parts.append(
        {"lon": np.array(s_lon), "lat": np.array(s_lat), "oneway": "no", "highway": "trunk_link", "role": "spur"}
    )

    # Mixed directions: half the two-way ways are reversed; one-way ways run as traffic does.
    two_way = [i for i, p in enumerate(parts) if p["oneway"] == "no"]
    for i in rng.choice(two_way, size=len(parts) // 2, replace=False).tolist():
        parts[i]["lon"], parts[i]["lat"] = parts[i]["lon"][::-1], parts[i]["lat"][::-1]
        parts[i]["reversed"] = True
    return parts, gaps


def parts_features(rng, parts):
    """The ways in shuffled order with synthetic OSM-like ids, in id order."""
    order = rng.permutation(len(parts))
    features = []
    for n, i in enumerate(order):
        part = parts[i]
        part["id"] = f"way/{900001 + n}"
        properties = {
            "id": part["id"],
            "name": "M4",
            "ref": "M4",
            "highway": part["highway"],
            "oneway": part["oneway"],
            "approximate": True,
        }
        features.append(feature(properties, line_geometry(part["lon"], part["lat"])))
    return features


def geodesic_length(lon, lat):
    return float(np.sum(GEOD.inv(lon[:-1], lat[:-1], lon[1:], lat[1:])[2]))


# -- places -----------------------------------------------------------------------------


def places_features():
    features = []
    for rows, names_from in ((PLACES, "news reports of March 2020"), (OCHA_PLACES, "OCHA")):
        for name_en, name_ar, pcode, lon, lat, note in rows:
            properties = {"name_en": name_en, "name_ar": name_ar, "pcode": pcode}
            properties.update(source=OCHA, names_from=names_from)
            if note:
                properties["note"] = note
            features.append(feature(properties, point_geometry(lon, lat, digits=6)))
    return features


# -- incidents ----------------------------------------------------------------------------


def _days(rng, count):
    days = [FIRST_DAY + dt.timedelta(days=i) for i in range((LAST_DAY - FIRST_DAY).days + 1)]
    weights = np.array([1.0 if d < CEASEFIRE else AFTER_CEASEFIRE_WEIGHT for d in days])
    picks = rng.choice(len(days), size=count, p=weights / weights.sum())
    return [days[i].isoformat() for i in picks]


def make_incidents(rng, route, corridor, patrol):
    """Points placed square to the road and kept only when flag_incidents puts them
    where their group says (rejection sampling, seeded)."""
    start_m, end_m = sorted((patrol.start_km * 1000, patrol.end_km * 1000))
    length = route.length_m
    chosen = []
    for group, count, note in GROUPS:
        points = []
        while len(points) < count:
            n = 64
            if group == "patrol":
                at = rng.uniform(start_m, end_m, n)
                dist = rng.uniform(100.0, CORRIDOR_M - 200.0, n)
            elif group == "corridor":
                at = rng.uniform(0.0, length, n)
                dist = rng.uniform(100.0, CORRIDOR_M - 200.0, n)
            elif group == "outside":
                at = rng.uniform(0.0, length, n)
                dist = rng.uniform(CORRIDOR_M + 300.0, OUTER_M, n)
            elif group == "edge_in":
                at = rng.uniform(0.0, length, n)
                dist = CORRIDOR_M - rng.uniform(*EDGE_M, n)
            elif group == "edge_out":
                at = rng.uniform(0.0, length, n)
                dist = CORRIDOR_M + rng.uniform(*EDGE_M, n)
            else:  # past_end: beyond the east end, within 4 km of it
                at = np.full(n, length)
                dist = rng.uniform(500.0, 4000.0, n)
            side = np.where(rng.integers(2, size=n) == 1, -90.0, 90.0)
            if group == "past_end":
                side = rng.uniform(-60.0, 60.0, n)  # ahead of the road, not square to it
            at = np.clip(at, 0.0, length)
            x0, y0 = route.point_at(at)
            behind = np.clip(at - 1.0, 0.0, length - 2.0)
            ahead = behind + 2.0
            (xa, xb), (ya, yb) = (route.point_at(behind), route.point_at(ahead))
            az = GEOD.inv(xa, ya, xb, yb)[0]
            x, y = _offset(x0, y0, az + side, dist)
            x, y = np.round(x, 6), np.round(y, 6)
            flags = flag_incidents(corridor, x, y, patrol=patrol)
            d = flags.distance_m
            ok = x >= WEST_COAST_LON
            if group == "patrol":
                ok &= flags.in_patrol
            elif group == "corridor":
                ok &= flags.in_corridor & ~flags.in_patrol & (d > 100.0)
            elif group == "outside":
                ok &= ~flags.in_corridor & (d > CORRIDOR_M + 300.0) & (d <= OUTER_M)
            elif group == "edge_in":
                ok &= flags.in_corridor & (d >= CORRIDOR_M - EDGE_M[1]) & (d <= CORRIDOR_M - EDGE_M[0])
            elif group == "edge_out":
                ok &= ~flags.in_corridor & (d >= CORRIDOR_M + EDGE_M[0]) & (d <= CORRIDOR_M + EDGE_M[1])
            else:
                ok &= ~flags.in_corridor & (d < CORRIDOR_M)
            for i in np.flatnonzero(ok):
                if len(points) < count:
                    points.append((float(x[i]), float(y[i]), note))
        chosen += points
    flags = flag_incidents(corridor, *MAARAT_MISRIN, patrol=patrol)
    km = flags.distance_m[0] / 1000
    chosen.append((*MAARAT_MISRIN, f"at Maarat Misrin, {km:.1f} km from the approximate M4: outside a 6 km corridor"))
    chosen += [(None, None, "no location reported")] * 2
    dates = _days(rng, len(chosen))
    kinds = rng.choice(len(KINDS), size=len(chosen), p=KIND_WEIGHTS)
    rows = sorted(
        zip(dates, (KINDS[k] for k in kinds), chosen),
        key=lambda r: (r[0], r[1], r[2][0] is None, r[2][0] or 0.0, r[2][1] or 0.0),
    )
    features = []
    for n, (date, kind, (lon, lat, note)) in enumerate(rows, start=1):
        properties = {
            "id": n,
            "date": date,
            "kind": kind,
            "synthetic": True,
            "note": f"{SYNTHETIC_NOTE}; {note}.",
        }
        features.append(feature(properties, None if lon is None else point_geometry(lon, lat)))
    return features


# -- the QGIS project ------------------------------------------------------------------------

LAYERS = (  # file, layer name, role; drawn bottom to top
    (APPROXIMATE, "M4 (approximate, one line)", "approximate"),
    (PARTS_FILE, "M4 road parts (synthetic, OSM-like)", "parts"),
    (PLACES_FILE, "Places (OCHA)", "places"),
    (INCIDENTS_FILE, "Incidents (synthetic)", "incidents"),
)
KIND_COLOURS = {"air strike": "#d7191c", "shelling": "#fdae61", "clash": "#7b3294"}


def write_project(out_dir):
    """The QGIS project opening all the sample layers, styled, with relative paths.

    Layer ids and the save stamp are made stable so the file is reproducible."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_HASH_SEED"] = "0"  # XML attributes in a stable order (read when Qt starts)
    from qgis.core import QgsApplication

    app = QgsApplication.instance()
    owned = app is None
    if owned:
        app = QgsApplication([], False)
        app.initQgis()
    try:
        # In a function of its own, so that the project and its layers are gone
        # before exitQgis(): QGIS 3.40 crashes at exit otherwise.
        _write_project(Path(out_dir).resolve())
    finally:
        if owned:
            app.exitQgis()


def _write_project(out_dir):
    from qgis.core import (
        QgsCategorizedSymbolRenderer,
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsLineSymbol,
        QgsMarkerSymbol,
        QgsPalLayerSettings,
        QgsProject,
        QgsReferencedRectangle,
        QgsRendererCategory,
        QgsSingleSymbolRenderer,
        QgsTextBufferSettings,
        QgsTextFormat,
        QgsUnitTypes,
        QgsVectorLayer,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtGui import QColor, QFont

    project = QgsProject()
    project.setTitle("Secure Corridor sample: the M4 in Idlib (synthetic data)")
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:32637"))
    project.setEllipsoid("WGS84")
    project.setDistanceUnits(QgsUnitTypes.DistanceKilometers)
    project.setAreaUnits(QgsUnitTypes.AreaSquareKilometers)
    layers = {}
    for file, name, role in LAYERS:
        layer = QgsVectorLayer(str(out_dir / file), name, "ogr")
        if not layer.isValid():
            raise RuntimeError(f"{file} did not load in QGIS")
        layers[role] = layer

    approximate = layers["approximate"]
    approximate.setRenderer(
        QgsSingleSymbolRenderer(
            QgsLineSymbol.createSimple(
                {"line_color": "#7f7f7f", "line_width": "0.4", "line_style": "dash"}
            )
        )
    )
    trunk = QgsLineSymbol.createSimple({"line_color": "#e66101", "line_width": "1.0", "capstyle": "round"})
    link = QgsLineSymbol.createSimple({"line_color": "#b35806", "line_width": "0.6", "capstyle": "round"})
    layers["parts"].setRenderer(
        QgsCategorizedSymbolRenderer(
            "highway",
            [
                QgsRendererCategory("trunk", trunk, "trunk"),
                QgsRendererCategory("trunk_link", link, "trunk_link (spur)"),
            ],
        )
    )
    places = layers["places"]
    places.setRenderer(
        QgsSingleSymbolRenderer(
            QgsMarkerSymbol.createSimple(
                {"name": "circle", "color": "#ffffff", "outline_color": "#252525", "size": "2.2"}
            )
        )
    )
    settings = QgsPalLayerSettings()
    settings.fieldName = "name_en"
    settings.placement = QgsPalLayerSettings.OrderedPositionsAroundPoint
    text = QgsTextFormat()
    text.setFont(QFont("Sans Serif"))
    text.setSize(9)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor("#ffffff"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    places.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    places.setLabelsEnabled(True)
    layers["incidents"].setRenderer(
        QgsCategorizedSymbolRenderer(
            "kind",
            [
                QgsRendererCategory(
                    kind,
                    QgsMarkerSymbol.createSimple(
                        {"name": "circle", "color": colour, "outline_color": "#000000", "size": "2.0"}
                    ),
                    kind,
                )
                for kind, colour in KIND_COLOURS.items()
            ],
        )
    )
    for _, _, role in LAYERS:
        project.addMapLayer(layers[role])

    # Open on the road and its 25 km surroundings.
    extent = layers["approximate"].extent()
    extent.grow(0.25)
    to_utm = QgsCoordinateTransform(approximate.crs(), project.crs(), project)
    project.viewSettings().setDefaultViewExtent(
        QgsReferencedRectangle(to_utm.transformBoundingBox(extent), project.crs())
    )
    path = out_dir / PROJECT_FILE
    path.unlink(missing_ok=True)  # else QGIS leaves a backup copy (.qgs~) beside it
    if not project.write(str(path)):
        raise RuntimeError(f"QGIS could not write {path}: {project.error()}")
    stable_ids = {layers[role].id(): f"sample_{role}" for _, _, role in LAYERS}
    project.clear()
    _stabilise(path, stable_ids)
    _check_project(path, QgsProject)


def _stabilise(path, stable_ids):
    """Stable layer ids, no save date or user in the written project."""
    text = path.read_text(encoding="utf-8")
    for old, new in stable_ids.items():
        text = text.replace(old, new)
    text = re.sub(r"Annotations_[0-9a-f_]{36}", "Annotations_sample", text)
    text = re.sub(r' saveDateTime="[^"]*"', "", text)
    text = re.sub(r' saveUser="[^"]*"', "", text)
    text = re.sub(r' saveUserFull="[^"]*"', "", text)
    text = re.sub(r"<creation>[^<]*</creation>", "<creation></creation>", text)
    text = re.sub(r"<author>[^<]*</author>", "<author></author>", text)
    # Snapping settings come in the order of a hash of layer pointers: sort them.
    text = re.sub(
        r"(<individual-layer-settings>\n)(.*?)(\n\s*</individual-layer-settings>)",
        lambda m: m[1] + "\n".join(sorted(m[2].split("\n"))) + m[3],
        text,
        flags=re.S,
    )
    path.write_text(text, encoding="utf-8")


def _check_project(path, QgsProject):
    project = QgsProject()
    if not project.read(str(path)):
        raise RuntimeError(f"QGIS could not read {path} again: {project.error()}")
    layers = project.mapLayers().values()
    bad = [layer.name() for layer in layers if not layer.isValid()]
    if bad or len(layers) != len(LAYERS):
        raise RuntimeError(f"{path} reopened with {len(layers)} layers, invalid: {bad}")
    print(f"{path.name}: reopened, {len(layers)} layers, all valid")
    project.clear()


# -- main ---------------------------------------------------------------------------------------------


def generate(out_dir=SAMPLE, project=True):
    """Write every sample file to ``out_dir``; return numbers for a report."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    lon, lat = approximate_m4()
    if out_dir.resolve() != SAMPLE.resolve():
        shutil.copyfile(SAMPLE / APPROXIMATE, out_dir / APPROXIMATE)

    dense_lon, dense_lat, chainage, corners = densify(lon, lat)
    parts, gaps = make_parts(rng, dense_lon, dense_lat, chainage, corners)
    road = parts_features(rng, parts)
    write_geojson(out_dir / PARTS_FILE, "m4_parts", road, note=ROAD_NOTE)

    places = places_features()
    write_geojson(out_dir / PLACES_FILE, "places", places, source=OCHA)

    # Check the parts as the plugin reads them, and place the incidents on that route.
    data = json.loads((out_dir / PARTS_FILE).read_text(encoding="utf-8"))["features"]
    lines = [shapely.LineString(f["geometry"]["coordinates"]) for f in data]
    labels = [f["properties"]["id"] for f in data]
    route = assemble_route(lines, labels=labels)
    reference = assemble_route([shapely.LineString(np.column_stack([lon, lat]))])
    corridor = build_corridor(route, left_m=CORRIDOR_M, right_m=CORRIDOR_M, end_cap="flat")
    trumba, ain = PLACES[0], PLACES[2]
    patrol = patrol_segment(route, Place(trumba[0], trumba[3], trumba[4]), Place(ain[0], ain[3], ain[4]))
    incidents = make_incidents(rng, route, corridor, patrol)
    write_geojson(
        out_dir / INCIDENTS_FILE,
        "incidents",
        incidents,
        note="Synthetic incidents for trying the plugin (February and March 2020); not real events.",
    )
    if project:
        write_project(out_dir)

    by_role = {p["role"]: p for p in parts}
    return {
        "parts": len(parts),
        "reversed": sum(bool(p.get("reversed")) for p in parts),
        "approximate_km": reference.length_km,
        "route_km": route.length_km,
        "report": route.report,
        "gaps": [(g["width_m"], round(g["km"], 2)) for g in sorted(gaps, key=lambda g: g["km"])],
        **{
            role: (by_role[role]["id"], geodesic_length(by_role[role]["lon"], by_role[role]["lat"]))
            for role in ("carriageway", "spur")
        },
        "patrol_km": (patrol.start_km, patrol.end_km, patrol.length_km),
        "places": len(places),
        "incidents": len(incidents),
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=SAMPLE, help="output folder (default: resources/sample)")
    parser.add_argument("--no-project", action="store_true", help="leave out the QGIS project (no QGIS needed)")
    args = parser.parse_args(argv)
    numbers = generate(args.out, project=not args.no_project)
    for key, value in numbers.items():
        print(f"{key}: {value}")


if __name__ == "__main__":
    main()
