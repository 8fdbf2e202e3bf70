"""Settlements in the corridor: which, on which side, how far from the road, at which km.

Places are points as incidents are, so :func:`.flags.flag_incidents` decides
inside, side, distance and km: a place's numbers are the ones the engine gives
an incident on the same spot. A place not inside but within ``margin_m`` of the
corridor's edge is listed apart as "near edge", with how far outside it lies:
its distance from the road less its side's width where its nearest road point
lies along the corridor, and its geodesic distance to the outline past the
corridor's ends (where the outline, not the width, is the edge).

Counts are per side and per section of ``section_km`` along the strip chart's
axis: km from the patrol's start (in the patrol's direction; negative before
it) when there is a patrol, else route km. So the sections are the ones an
analyst reads off the chart and reports ("km 20-30 from Trumba").

>>> from .route import Route
>>> from .corridor import build_corridor
>>> corridor = build_corridor(Route.from_lonlat([36.0, 37.0], [35.0, 35.0]), 6000, 6000)
>>> found = places_in_corridor(corridor, [36.5, 36.1, 36.5], [35.05, 35.0, 35.06],
...                            names={"name_en": ["A", "B", "C"]})
>>> [(row.names["name_en"], row.side, round(row.route_km, 1)) for row in found.inside]
[('B', 'south', 9.1), ('A', 'north', 45.6)]
>>> [(row.names["name_en"], round(row.outside_m)) for row in found.near_edge]
[('C', 542)]
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np
import shapely

from .errors import CorridorError
from .flags import ON_ROUTE_NAME, flag_incidents
from .frame import LocalFrame
from .geodesy import inverse, point_arrays
from .locate import locate
from .messages import Message

__all__ = ["INSIDE", "NEAR_EDGE", "PlaceRow", "PlacesFound", "Section", "name_fields", "places_in_corridor"]

INSIDE, NEAR_EDGE = "inside", "near edge"
DEFAULT_MARGIN_M = 1000.0
DEFAULT_SECTION_KM = 10.0
# "name", "name_en", "NAME_1", "placeName", "ADM2_NAME" hold a name; "names_from"
# (a note on where the names come from) does not.
_NAME = re.compile(r"(?i:name)(?![a-z])")


@dataclass(frozen=True)
class PlaceRow:
    """One place inside the corridor or near its edge. ``names``: field -> value;
    ``index``: its position in the input; ``patrol_km``: None without a patrol;
    ``outside_m``: how far outside the corridor (None inside)."""

    index: int
    names: dict
    status: str
    side: str
    distance_m: float
    route_km: float
    patrol_km: float | None
    in_patrol: bool
    outside_m: float | None
    lon: float
    lat: float


@dataclass(frozen=True)
class Section:
    """Places inside between ``low_km`` (inclusive) and ``high_km`` of the axis."""

    low_km: float
    high_km: float
    inside: int
    by_side: dict


@dataclass(frozen=True, eq=False)
class PlacesFound:
    """The places inside (by route km), those near the edge (by route km), and counts."""

    inside: tuple
    near_edge: tuple
    name_fields: tuple
    side_names: tuple  # the route's (left, right), then "on route"
    by_side: dict  # side -> places inside
    sections: tuple  # every Section the corridor spans, empty ones too
    along: str  # "patrol" or "route": the axis of the sections
    section_km: float
    margin_m: float
    missing: int  # places without a usable location

    @property
    def rows(self):
        """Inside and near-edge places together, by route km (the table's order)."""
        return tuple(sorted(self.inside + self.near_edge, key=lambda row: (row.route_km, row.index)))


def name_fields(field_names):
    """The fields of ``field_names`` that hold a name, in their order.

    >>> name_fields(["pcode", "name_en", "name_ar", "names_from", "NAME_1", "placeName"])
    ['name_en', 'name_ar', 'NAME_1', 'placeName']
    """
    return [name for name in field_names if _NAME.search(name)]


def places_in_corridor(
    corridor, lon, lat, names=None, patrol=None, margin_m=DEFAULT_MARGIN_M, section_km=DEFAULT_SECTION_KM
):
    """The places (WGS84 ``lon``, ``lat`` arrays, one point each) inside ``corridor``
    and within ``margin_m`` of its edge (see the module's docstring).

    ``names`` maps each name field to its values, one per place (None for an
    empty one). ``patrol`` (a Patrol on the corridor's route) gives ``patrol_km``
    and ``in_patrol``, and puts the sections along the patrol.
    """
    lon, lat = point_arrays(lon, lat, Message("The places"))
    names = _names(names, lon.size)
    if not (isinstance(margin_m, (int, float)) and math.isfinite(margin_m) and margin_m >= 0):
        raise CorridorError("The margin must be a number of metres, 0 or more; got {value}.", value=str(margin_m))
    if not (isinstance(section_km, (int, float)) and math.isfinite(section_km) and section_km > 0):
        raise CorridorError("The section length must be more than 0 km; got {value}.", value=str(section_km))
    flags = flag_incidents(corridor, lon, lat, patrol=patrol)
    patrol_km = None if patrol is None else patrol.km_from_start(flags.chainage_km)
    outside = _outside_m(corridor, lon, lat, flags, float(margin_m))

    def row(k, status):
        return PlaceRow(
            index=int(k),
            names={field: values[k] for field, values in names.items()},
            status=status,
            side=str(flags.side_name[k]),
            distance_m=float(flags.distance_m[k]),
            route_km=float(flags.chainage_km[k]),
            patrol_km=None if patrol_km is None else float(patrol_km[k]),
            in_patrol=bool(flags.in_patrol[k]),
            outside_m=None if status == INSIDE else float(outside[k]),
            lon=float(lon[k]),
            lat=float(lat[k]),
        )

    order = np.argsort(flags.chainage_km, kind="stable")  # NaN (missing) last, and never chosen
    inside = tuple(row(k, INSIDE) for k in order if flags.in_corridor[k])
    near = tuple(row(k, NEAR_EDGE) for k in order if outside[k] <= margin_m)
    sides = (*corridor.route.side_names, ON_ROUTE_NAME)
    along = "route" if patrol is None else "patrol"
    return PlacesFound(
        inside=inside,
        near_edge=near,
        name_fields=tuple(names),
        side_names=sides,
        by_side={side: sum(1 for r in inside if r.side == side) for side in sides},
        sections=_sections(corridor, patrol, inside, sides, float(section_km)),
        along=along,
        section_km=float(section_km),
        margin_m=float(margin_m),
        missing=int(flags.missing.sum()),
    )


def _names(names, size):
    names = dict(names or {})
    for field, values in names.items():
        values = list(values)
        if len(values) != size:
            raise CorridorError(
                "The name field {field} has {count} values for {size} places: give one per place.",
                field=str(field), count=len(values), size=size,
            )
        names[field] = values
    return names


def _outside_m(corridor, lon, lat, flags, margin_m):
    """Per place, how far outside the corridor it lies: inf for places inside,
    without a location, or plainly farther than the margin."""
    outside = np.full(lon.size, np.inf)
    stretch = corridor.stretch
    widest = max(corridor.left_m, corridor.right_m)
    # The road's distance bounds the corridor's from below, less the widest side.
    near = np.flatnonzero(~flags.in_corridor & ~flags.missing & (flags.distance_m <= widest + margin_m))
    if not near.size:
        return outside
    where = locate(stretch, lon[near], lat[near])
    along = where.beyond == 0
    outside[near[along]] = where.distance_m[along] - corridor.width_for(where.side[along])
    for k in near[~along]:
        outside[k] = _to_outline_m(corridor.polygon, lon[k], lat[k])
    return outside


def _to_outline_m(polygon, lon, lat):
    """Geodesic distance from a point outside ``polygon`` to its nearest point on it.

    That point is found in a frame centred on the place, where distances from
    the centre are true to millimetres within tens of km; the distance itself
    is then measured on the ellipsoid."""
    frame = LocalFrame(lon, lat)
    coords = shapely.get_coordinates(polygon)
    x, y = frame.forward(coords[:, 0], coords[:, 1])
    planar = shapely.transform(polygon, lambda _: np.column_stack([x, y]))
    nearest = shapely.get_coordinates(shapely.shortest_line(shapely.Point(0.0, 0.0), planar.boundary))[1]
    foot_lon, foot_lat = frame.inverse([nearest[0]], [nearest[1]])
    return float(inverse([lon], [lat], foot_lon, foot_lat)[2][0])


def _sections(corridor, patrol, inside, sides, section_km):
    """A Section for every ``section_km`` of the axis the corridor spans."""
    route = corridor.route
    ends = [0.0 if corridor.from_km is None else corridor.from_km,
            route.length_km if corridor.to_km is None else corridor.to_km]
    ends = np.asarray(ends if patrol is None else patrol.km_from_start(ends), dtype=float)
    first = math.floor(ends.min() / section_km)
    last = max(first, math.ceil(ends.max() / section_km) - 1)
    counts = {k: {side: 0 for side in sides} for k in range(first, last + 1)}
    for row in inside:
        km = row.route_km if patrol is None else row.patrol_km
        counts[min(max(math.floor(km / section_km), first), last)][row.side] += 1
    return tuple(
        Section(k * section_km, (k + 1) * section_km, sum(by_side.values()), by_side)
        for k, by_side in counts.items()
    )
