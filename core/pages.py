"""Strip pages of a printed route book: the patrol cut into overlapping stretches,
each drawn at one fixed scale with the road running left to right in the
direction of travel.

Every page is laid out in one planar frame around the whole patrol (a
:class:`.frame.LocalFrame`, which the book's maps use as their CRS), so a
page's footprint is an exact rectangle on the map, and its grid north is true
north within a fraction of a degree over a patrol of a hundred kilometres.

>>> from .route import Route
>>> from .patrol import Place, patrol_segment
>>> route = Route.from_lonlat([36.0, 37.0], [35.0, 35.0])
>>> patrol = patrol_segment(route, Place("A", 36.6, 35.0), Place("B", 36.1, 35.0))
>>> book = strip_pages(patrol, 6000, 6000, frame_mm=(205, 170))
>>> len(book.pages), book.scale, abs(round(book.pages[0].rotation))  # westwards: north is down
(5, 100000, 180)
>>> [(page.from_km, round(page.to_km, 1)) for page in book.pages][-1]
(36.0, 45.6)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from .errors import CorridorError
from .frame import LocalFrame
from .geodesy import forward, inverse
from .locate import LEFT, ON_ROUTE, locate

__all__ = [
    "STANDARD_SCALES",
    "OVERVIEW_SCALES",
    "StripPage",
    "StripPages",
    "KmTicks",
    "CorridorEdge",
    "page_ranges",
    "strip_pages",
    "choose_scale",
    "fit_scale",
    "travel_widths",
    "km_ticks",
    "corridor_edges",
]

DEFAULT_PAGE_KM = 10.0
DEFAULT_OVERLAP_KM = 1.0
# Ground left round the stretch and its corridor, so that edges and labels are not on the frame.
DEFAULT_MARGIN_M = 1000.0
MAX_PAGES = 1000  # a book nobody prints, and a sign of a mistaken page length
# 1:1 000 ... 1:50 000 000 in the 1, 2, 2.5, 5 series of topographic map scales.
STANDARD_SCALES = tuple(int(m * 10**k) for k in range(3, 8) for m in (1, 2, 2.5, 5))
# Finer steps for an overview, which shows a whole patrol rather than a stretch to drive by.
OVERVIEW_SCALES = tuple(int(m * 10**k) for k in range(3, 8) for m in (1, 1.5, 2, 2.5, 3, 4, 5, 7.5))
_FOOTPRINT_STEPS = 16  # points per footprint side: its edges stay straight on the map


@dataclass(frozen=True, eq=False)
class StripPage:
    """One page of the book: km from the patrol's start, and how its map is laid."""

    number: int
    from_km: float
    to_km: float
    rotation: float  # map rotation in degrees clockwise that lays the stretch left to right
    bearing: float  # geodesic azimuth of travel between the stretch's ends, degrees from north
    centre_xy: tuple  # the map's centre in the book's frame (m)
    need_m: tuple  # (along, across): ground the stretch, its corridor and margins take
    footprint: shapely.Polygon  # lon/lat: the map's extent on the ground at the book's scale


@dataclass(frozen=True, eq=False)
class StripPages:
    """The pages, their one scale, the frame they are laid in and the map frame's size."""

    pages: tuple
    scale: int
    frame: LocalFrame
    frame_mm: tuple

    @property
    def proj(self):
        """The book's map CRS as a PROJ string: the frame's ellipsoidal orthographic projection."""
        return (
            f"+proj=ortho +lat_0={self.frame.lat0!r} +lon_0={self.frame.lon0!r} "
            "+x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs"
        )

    def extent_xy(self):
        """(xmin, ymin, xmax, ymax) of every footprint, in the frame (m)."""
        corners = np.vstack([_frame_xy(self.frame, page.footprint) for page in self.pages])
        return (*corners.min(axis=0), *corners.max(axis=0))

    def overview_scale(self, frame_mm, margin=0.05):
        """The scale of :data:`OVERVIEW_SCALES` at which every footprint, and
        ``margin`` of their extent round them, fits a map frame of ``frame_mm``."""
        xmin, ymin, xmax, ymax = self.extent_xy()
        grow = 1 + 2 * margin
        return fit_scale((xmax - xmin) * grow, (ymax - ymin) * grow, frame_mm, OVERVIEW_SCALES)


@dataclass(frozen=True, eq=False)
class KmTicks:
    """A tick square to the patrol every N km: its km from the start, its line
    (lon/lat) and, at its right-hand end, where its label goes."""

    km: np.ndarray
    lines: tuple
    label_lon: np.ndarray
    label_lat: np.ndarray


@dataclass(frozen=True, eq=False)
class CorridorEdge:
    """A run of the corridor's outline along one side, at that side's width."""

    side: str  # the side's name (north, south, west, east)
    width_m: float
    line: shapely.LineString  # lon/lat


def page_ranges(length_km, page_km=DEFAULT_PAGE_KM, overlap_km=DEFAULT_OVERLAP_KM):
    """(from_km, to_km) of each page: ``page_km`` long, each starting
    ``overlap_km`` before the last one ends; the last ends at ``length_km``.

    >>> page_ranges(25.0)
    [(0.0, 10.0), (9.0, 19.0), (18.0, 25.0)]
    """
    if not page_km > 0:
        raise CorridorError("The page length must be more than 0 km.")
    if not 0 <= overlap_km < page_km:
        raise CorridorError(
            "The overlap ({overlap_km:g} km) must be at least 0 km and less than the page length ({page_km:g} km).",
            overlap_km=overlap_km, page_km=page_km,
        )
    step = page_km - overlap_km
    # Less than a millimetre of road past a page makes no page of its own.
    count = max(1, int(np.ceil((length_km - overlap_km - 1e-6) / step)))
    if count > MAX_PAGES:
        raise CorridorError(
            "Pages of {page_km:g} km make {count:,} pages of the {length_km:.1f} km patrol; the most is {most:,}: "
            "give longer pages.",
            page_km=page_km, count=count, length_km=length_km, most=MAX_PAGES,
        )
    ranges = [(i * step, min(i * step + page_km, length_km)) for i in range(count)]
    ranges[-1] = (ranges[-1][0], float(length_km))
    return [(float(a), float(b)) for a, b in ranges]


def travel_widths(corridor, patrol):
    """(left, right) corridor widths in metres as the patrol travels: a patrol
    against the route's direction has the route's right on its left."""
    route_left = corridor.route.side_names[0]
    if patrol.line.side_names[0] == route_left:
        return corridor.left_m, corridor.right_m
    return corridor.right_m, corridor.left_m


def fit_scale(width_m, height_m, frame_mm, scales=STANDARD_SCALES):
    """The largest of ``scales`` (the smallest denominator) at which ``width_m``
    by ``height_m`` of ground fits a map frame of ``frame_mm`` (width, height).

    >>> fit_scale(12_000, 14_500, (205, 170))
    100000
    """
    needed = max(width_m / frame_mm[0], height_m / frame_mm[1]) * 1000
    for scale in scales:
        if scale >= needed:
            return scale
    raise CorridorError(
        "{width_km:.0f} km by {height_km:.0f} km do not fit a map at 1:{scale:,}.",
        width_km=width_m / 1000, height_km=height_m / 1000, scale=scales[-1],
    )


def choose_scale(needs_m, frame_mm, scale=None):
    """The book's one scale (its denominator): ``scale`` when given, else the
    largest standard scale (smallest denominator) at which every (along, across) of ``needs_m`` fits ``frame_mm``."""
    if scale:
        if not scale > 0:
            raise CorridorError("The scale must be more than 0 (0 to choose it).")
        return int(round(scale))
    along, across = np.asarray(needs_m, dtype=float).reshape(-1, 2).max(axis=0)
    return fit_scale(along, across, frame_mm)


def strip_pages(patrol, left_m, right_m, frame_mm, page_km=DEFAULT_PAGE_KM, overlap_km=DEFAULT_OVERLAP_KM,
                scale=None, margin_m=DEFAULT_MARGIN_M, first_number=1):
    """The book's pages along ``patrol`` (a :class:`.patrol.Patrol`), for a
    corridor ``left_m`` and ``right_m`` wide on the left and right of travel
    (:func:`travel_widths`) and a map frame of ``frame_mm`` (width, height).

    ``scale`` fixes the scale (else :func:`choose_scale`); pages are numbered
    from ``first_number``.
    """
    line = patrol.line
    frame = LocalFrame.around(line.lon, line.lat)
    x, y = frame.forward(line.lon, line.lat)
    laid = [
        _lay(line, x, y, a_km, b_km, left_m, right_m, margin_m)
        for a_km, b_km in page_ranges(line.length_km, page_km, overlap_km)
    ]
    chosen = choose_scale([need for *_, need in laid], frame_mm, scale)
    size = (frame_mm[0] * chosen / 1000, frame_mm[1] * chosen / 1000)
    pages = tuple(
        StripPage(
            number=first_number + i, from_km=a_km, to_km=b_km, rotation=_rotation(direction),
            bearing=_bearing(line, a_km, b_km), centre_xy=tuple(centre), need_m=need,
            footprint=_footprint(frame, centre, direction, size),
        )
        for i, (a_km, b_km, direction, centre, need) in enumerate(laid)
    )
    return StripPages(pages, chosen, frame, tuple(frame_mm))


def _lay(line, x, y, a_km, b_km, left_m, right_m, margin_m):
    """(from_km, to_km, direction, centre, need) of one stretch in the frame."""
    a_m, b_m = a_km * 1000, b_km * 1000
    inside = (line.chainage_m > a_m) & (line.chainage_m < b_m)
    ends_x, ends_y = (np.interp([a_m, b_m], line.chainage_m, axis) for axis in (x, y))
    px = np.r_[ends_x[0], x[inside], ends_x[1]]
    py = np.r_[ends_y[0], y[inside], ends_y[1]]
    direction = _direction(px, py, b_m - a_m)
    normal = np.array([-direction[1], direction[0]])  # to the left of travel
    u = px * direction[0] + py * direction[1]
    v = px * normal[0] + py * normal[1]
    u_low, u_high = u.min() - margin_m, u.max() + margin_m
    v_low, v_high = v.min() - right_m - margin_m, v.max() + left_m + margin_m
    centre = direction * (u_low + u_high) / 2 + normal * (v_low + v_high) / 2
    return a_km, b_km, direction, centre, (float(u_high - u_low), float(v_high - v_low))


def _direction(px, py, length_m):
    """Unit vector of travel across the page: from the stretch's first point to
    its last, or, when the stretch nearly comes back on itself, its vertices'
    best-fit line pointed the way of travel."""
    chord = np.array([px[-1] - px[0], py[-1] - py[0]])
    if np.hypot(*chord) >= 0.3 * length_m:
        return chord / np.hypot(*chord)
    points = np.column_stack([px - px.mean(), py - py.mean()])
    axis = np.linalg.svd(points, full_matrices=False)[2][0]
    halfway = len(px) // 2
    way = np.array([px[halfway] - px[0], py[halfway] - py[0]]) + chord
    return axis if axis @ way >= 0 else -axis


def _rotation(direction):
    """Clockwise map rotation that turns a grid bearing of ``direction`` to 90 degrees (right)."""
    bearing = np.degrees(np.arctan2(direction[0], direction[1]))
    return _half_turn(90.0 - bearing)


def _half_turn(degrees):
    """An angle in (-180, 180]."""
    value = -((-degrees + 180.0) % 360.0 - 180.0)
    return float(value)


def _bearing(line, a_km, b_km):
    (lon0, lon1), (lat0, lat1) = line.point_at([a_km * 1000, b_km * 1000])
    return float(inverse(lon0, lat0, lon1, lat1)[0][0] % 360.0)


def _footprint(frame, centre, direction, size):
    """The lon/lat rectangle ``size`` (along, across) round ``centre``, turned to ``direction``."""
    normal = np.array([-direction[1], direction[0]])
    half_w, half_h = size[0] / 2, size[1] / 2
    corners = [(-half_w, -half_h), (half_w, -half_h), (half_w, half_h), (-half_w, half_h), (-half_w, -half_h)]
    steps = np.linspace(0.0, 1.0, _FOOTPRINT_STEPS, endpoint=False)
    ring = np.vstack([
        np.outer(1 - steps, a) + np.outer(steps, b) for a, b in zip(corners[:-1], corners[1:])
    ] + [np.array([corners[0]])])
    x = centre[0] + ring[:, 0] * direction[0] + ring[:, 1] * normal[0]
    y = centre[1] + ring[:, 0] * direction[1] + ring[:, 1] * normal[1]
    lon, lat = frame.inverse(x, y)
    return shapely.Polygon(np.column_stack([lon, lat]))


def _frame_xy(frame, polygon):
    lon, lat = np.asarray(polygon.exterior.coords).T
    return np.column_stack(frame.forward(lon, lat))


def km_ticks(patrol, every_km=1.0, half_length_m=250.0, label_m=None):
    """Ticks square to the patrol every ``every_km`` from its start (the start
    included), each ``2 * half_length_m`` long; their labels go ``label_m``
    (default ``2 * half_length_m``) to the right of travel, below the road on a strip page."""
    if not every_km > 0:
        raise CorridorError("The km tick interval must be more than 0 km.")
    line = patrol.line
    km = np.arange(0.0, line.length_km + 1e-9, float(every_km))
    at = km * 1000
    lon, lat = line.point_at(at)
    (before_lon, before_lat), (after_lon, after_lat) = (
        line.point_at(np.clip(at + step, 0, line.length_m)) for step in (-5.0, 5.0)
    )
    azimuth = inverse(before_lon, before_lat, after_lon, after_lat)[0]
    left_lon, left_lat, _ = forward(lon, lat, azimuth - 90, np.full(km.size, half_length_m))
    right_lon, right_lat, _ = forward(lon, lat, azimuth + 90, np.full(km.size, half_length_m))
    label_lon, label_lat, _ = forward(lon, lat, azimuth + 90, np.full(km.size, label_m or 2 * half_length_m))
    lines = tuple(
        shapely.LineString([(a, b), (c, d)]) for a, b, c, d in zip(left_lon, left_lat, right_lon, right_lat)
    )
    return KmTicks(km, lines, label_lon, label_lat)


def corridor_edges(corridor, tolerance_m=2.0):
    """The corridor's two edges, taken from its outline: the runs of outline
    vertices that lie at their side's width from the road, square to it (so
    neither a flat end's cut nor a round end's arc)."""
    edges = []
    for ring in shapely.get_exterior_ring(shapely.get_parts(corridor.polygon)):
        coords = np.asarray(ring.coords)[:-1]
        where = locate(corridor.stretch, coords[:, 0], coords[:, 1])
        width = corridor.width_for(where.side)
        on_edge = (
            where.valid & (where.side != ON_ROUTE) & (where.beyond == 0)
            & (np.abs(where.distance_m - width) <= tolerance_m + 1e-3 * width)
        )
        edges += _runs(coords, on_edge, where.side, corridor)
    return edges


def _runs(coords, on_edge, side, corridor):
    """Edges from the ring's runs of consecutive ``on_edge`` vertices of one side."""
    label = np.where(on_edge, side, 0)
    if label.all():  # no break anywhere: start the ring at a change of side, if any
        changes = np.flatnonzero(label != np.roll(label, 1))
        start = int(changes[0]) if changes.size else 0
    else:
        start = int(np.flatnonzero(label == 0)[0])
    order = np.roll(np.arange(label.size), -start)
    coords, label = coords[order], label[order]
    breaks = np.flatnonzero(np.diff(label) != 0) + 1
    edges = []
    for run in np.split(np.arange(label.size), breaks):
        code = int(label[run[0]])
        if code == 0 or run.size < 2:
            continue
        name = corridor.stretch.side_names[0 if code == LEFT else 1]
        width = corridor.left_m if code == LEFT else corridor.right_m
        edges.append(CorridorEdge(name, float(width), shapely.LineString(coords[run])))
    return edges
