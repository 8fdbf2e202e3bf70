"""Checks of a built corridor outline: specks, validity, and the width at every vertex.

An outline is accepted as one valid polygon (or several, where the road's
corridor truly falls apart) without specks, in which no vertex lies more than
WIDTH_TOLERANCE_M beyond its side's width and every vertex moved to a width is
within WIDTH_TOLERANCE_M of it, as :func:`.locate.locate` measures them, with a
second look on the ellipsoid where two stretches of road are about equally
near (:func:`nearer_elsewhere`).

>>> import shapely
>>> square = shapely.box(36.0, 35.0, 36.1, 35.1)
>>> speck = shapely.Polygon([(36.2, 35.0), (36.2 + 1e-15, 35.0), (36.2, 35.0 + 1e-15)])
>>> validated(shapely.MultiPolygon([square, speck])).equals(square)
True
"""

from __future__ import annotations

import numpy as np
import shapely

from .errors import InvalidCorridorError
from .geodesy import GEOD, MEAN_RADIUS_M, inverse
from .locate import LEFT, RIGHT, locate

__all__ = [
    "SPECK_M2",
    "WIDTH_TOLERANCE_M",
    "checked_widths",
    "nearer_elsewhere",
    "on_extension",
    "validated",
    "without_specks",
]

WIDTH_TOLERANCE_M = 1.0  # largest accepted width error of an outline vertex
SPECK_M2 = 1.0  # parts and holes smaller than this are artefacts, not corridor
# A square degree holds at least this many m2 times the cosine of its latitude.
_MIN_M2_PER_SQUARE_DEGREE = 1.2e10
_MEASURES = ("distance_m", "chainage_m", "side", "beyond")
# Ring neighbours whose feet lie this far apart along the road mark a vertex
# where two stretches of road may be about equally near.
_FOOT_JUMP_M = 500.0


def validated(polygon):
    """The outline as valid polygons without specks, repaired if it must be.

    Specks come from seams, repairs and GEOS or numpy versions, in valid outlines
    too (a zero-area sliver beside a 500 km corridor), so they are always dropped;
    a repair that changes the outline's area is refused."""
    if polygon.is_valid:
        return without_specks(polygon)
    repaired = shapely.make_valid(polygon)
    repaired = without_specks(
        shapely.union_all([p for p in shapely.get_parts(repaired) if p.geom_type in ("Polygon", "MultiPolygon")])
    )
    if abs(repaired.area - polygon.area) > 1e-9 * max(polygon.area, 1e-12):
        raise InvalidCorridorError(
            "The corridor outline is invalid ({reason}).", reason=str(shapely.is_valid_reason(polygon))
        )
    return repaired


def without_specks(polygonal):
    """The polygons of ``polygonal`` without parts or holes under SPECK_M2: one
    Polygon where only specks made it several.

    Seams between pieces and repairs of an outline can leave such specks, and
    whether they do differs between GEOS (and numpy) versions."""
    parts = []
    for part in shapely.get_parts(polygonal):
        holes = [ring for ring in part.interiors if not _is_speck(shapely.Polygon(ring))]
        part = shapely.Polygon(part.exterior, holes)
        if not _is_speck(part):
            parts.append(part)
    if not parts:
        raise InvalidCorridorError("The corridor outline has no area; check the road and the widths.")
    return parts[0] if len(parts) == 1 else shapely.MultiPolygon(parts)


def _is_speck(polygon):
    # The geodesic area of a whole corridor takes a third of a second on a
    # 3,000 km road: measure only what its area in square degrees leaves in doubt.
    _, low, _, high = polygon.bounds
    cos_lat = np.cos(np.radians(min(max(abs(low), abs(high)), 90.0)))
    if polygon.area * _MIN_M2_PER_SQUARE_DEGREE * cos_lat > 10 * SPECK_M2:
        return False
    return abs(GEOD.geometry_area_perimeter(polygon)[0]) < SPECK_M2


def checked_widths(stretch, polygon, left_m, right_m, end_cap, measured, km):
    """The largest width error over every vertex of the final outline ``polygon``.

    That is the larger of a moved vertex's distance from its width and any
    vertex's distance beyond its side's width. ``measured`` holds what locate
    found at the vertices after the moves (coords, the Location fields
    distance_m, chainage_m, side, beyond, and target_m, the width a vertex was
    moved to or NaN); vertices that kept their place since keep that measure,
    the others are located here, and all are checked against nearby stretches.
    ``km`` turns a chainage on ``stretch`` into route km for the message.
    Raises InvalidCorridorError over WIDTH_TOLERANCE_M.
    """
    coords = shapely.get_coordinates(polygon)
    found = _measures_at(stretch, coords, measured)
    rows, nearer = nearer_elsewhere(stretch, coords, found["chainage_m"], found["distance_m"])
    for key in _MEASURES:
        found[key][rows] = nearer[key]
    allowed = np.where(found["side"] == LEFT, left_m, right_m)
    past = np.flatnonzero(found["beyond"] != 0)
    if end_cap == "flat":
        # Past a flat end, a vertex can lie square to a bend before it, on
        # either side, and nearest to the end itself: the outline decides there.
        allowed[past] = max(left_m, right_m)
    elif left_m != right_m:
        # Past a round end the two widths meet on the route's extension, where
        # the side is a toss-up; the step between them reaches the wider one.
        allowed[past[on_extension(stretch, coords[past], WIDTH_TOLERANCE_M)]] = max(left_m, right_m)
    # (fmax: a vertex that was not moved has no target, NaN, and only its excess counts.)
    error = np.fmax(np.abs(found["distance_m"] - found["target_m"]), found["distance_m"] - allowed)
    worst = int(np.argmax(error))
    if error[worst] > WIDTH_TOLERANCE_M:
        lon, lat = coords[worst]
        raise InvalidCorridorError(
            "The corridor's outline is {error_m:.2f} m off its width near {lon:.5f}, {lat:.5f} "
            "(km {km:.1f} of the route); this should not happen, please report it with the road used.",
            error_m=float(error[worst]),
            lon=float(lon),
            lat=float(lat),
            km=float(km(found["chainage_m"][worst])),
        )
    return max(float(error[worst]), 0.0)


def _measures_at(stretch, coords, measured):
    """``measured`` at the vertices of ``coords`` it holds (same coordinates,
    exactly), and locate's measures of the others."""
    known = np.ascontiguousarray(measured["coords"]).view(np.complex128).ravel()
    query = np.ascontiguousarray(coords).view(np.complex128).ravel()
    order = np.argsort(known)
    at = order[np.minimum(np.searchsorted(known[order], query), known.size - 1)]
    found = {key: measured[key][at] for key in (*_MEASURES, "target_m")}
    new = np.flatnonzero(known[at] != query)
    if new.size:
        where = locate(stretch, coords[new, 0], coords[new, 1])
        for key in _MEASURES:
            found[key][new] = getattr(where, key)
        found["target_m"][new] = np.nan
    return found


def on_extension(stretch, coords, tolerance_m=0.01):
    """Whether points lie on the route's straight extension past either end."""
    on = np.zeros(len(coords), dtype=bool)
    for piece, a, b in ((stretch.pieces[0], 1, 0), (stretch.pieces[-1], -2, -1)):
        x, y = piece.xy
        px, py = piece.frame.forward(coords[:, 0], coords[:, 1])
        dx, dy = x[b] - x[a], y[b] - y[a]
        norm = np.hypot(dx, dy)
        on |= np.abs(dx * (py - y[b]) - dy * (px - x[b])) / norm <= tolerance_m
    return on


def nearer_elsewhere(stretch, coords, chainage_m, distance_m, rows=None):
    """Vertices of outline rings that lie nearer another stretch of road than
    the one measured, and their measures (a dict like a Location's fields).

    Where two stretches of road are about equally near a vertex (where their
    offsets meet inside a bend), the planar search can pick the farther one,
    by as much as its frame's distortion: 0.2 m at 30 km. So where a vertex's
    ring neighbours have their feet far from its own, the stretches near their
    feet are measured on the ellipsoid too. ``chainage_m`` and ``distance_m``
    are the measures of all of ``coords``; only ``rows`` of them are checked.
    """
    rows = np.arange(len(coords)) if rows is None else np.asarray(rows)
    n, own = len(coords), chainage_m[rows]
    before, after = chainage_m[(rows - 1) % n], chainage_m[(rows + 1) % n]
    jump = np.flatnonzero((np.abs(before - own) > _FOOT_JUMP_M) | (np.abs(after - own) > _FOOT_JUMP_M))
    if not jump.size:
        return rows[:0], {key: np.empty(0) for key in ("distance_m", "chainage_m", "side", "beyond")}
    # There the foot found can also be off along its own stretch, nearer
    # another bend: slide from either side of it too.
    own = own[jump]
    hints = np.concatenate([before[jump], after[jump], own, own - _FOOT_JUMP_M, own + _FOOT_JUMP_M])
    which = np.tile(jump, 5)
    keep = np.isfinite(hints)
    which, hints = which[keep], np.clip(hints[keep], 0.0, stretch.length_m)
    found = _slid(stretch, coords[rows[which], 0], coords[rows[which], 1], hints)
    # The nearest candidate of each vertex, where nearer than what was measured.
    order = np.lexsort((found["distance_m"], which))
    first = order[np.r_[True, which[order][1:] != which[order][:-1]]]
    nearer = found["distance_m"][first] < distance_m[rows[which[first]]] - 1e-6
    first = first[nearer]
    return rows[which[first]], {key: values[first] for key, values in found.items()}


def _slid(stretch, lon, lat, chainage, steps=4):
    """Measures (as in a Location) of the road point nearest each point, found
    by sliding a foot along the road from ``chainage`` towards where the
    geodesic to the point is square to the road; the nearest foot tried counts
    (at a bend the slide can swing about the bend's vertex)."""
    length = stretch.length_m
    best = None
    n = len(lon)
    for _ in range(steps + 1):
        # The foot, and the road's azimuth there: one Geod call for both.
        ahead = np.minimum(chainage + 1.0, length)
        plon, plat = stretch.point_at(np.concatenate([chainage, ahead - 1.0, ahead]))
        az, _, dist = inverse(plon[:2 * n], plat[:2 * n], np.r_[lon, plon[2 * n :]], np.r_[lat, plat[2 * n :]])
        point_az, distance, road_az = az[:n], dist[:n], az[n:]
        # Along-track distance of the point from the foot (spherical formula).
        along = MEAN_RADIUS_M * np.arctan(np.tan(distance / MEAN_RADIUS_M) * np.cos(np.radians(point_az - road_az)))
        beyond = np.where((chainage <= 0) & (along < 0), -1, np.where((chainage >= length) & (along > 0), 1, 0))
        side = np.where(np.sin(np.radians(point_az - road_az)) < 0, LEFT, RIGHT)
        found = {
            "distance_m": distance,
            "chainage_m": chainage,
            "side": side.astype(np.int8),
            "beyond": beyond.astype(np.int8),
        }
        if best is None:
            best = found
        else:
            nearer = distance < best["distance_m"]
            for key, values in found.items():
                best[key] = np.where(nearer, values, best[key])
        chainage = np.clip(chainage + along, 0.0, length)
    return best
