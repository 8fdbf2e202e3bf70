"""The assembled route: one continuous, oriented geodesic polyline in WGS84.

Everything measured along the road (chainage, patrol stretches, checkpoints,
incident kilometres) works on a :class:`Route`, never on raw road parts.

>>> route = Route.from_lonlat([36.0, 37.0], [35.0, 35.0])
>>> round(route.length_km, 3), route.side_names
(91.288, ('north', 'south'))
>>> round(route.substring(10_000, 20_000).length_km, 6)
10.0
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import shapely

from .errors import GeometryTypeError, SamePointError
from .frame import LocalFrame
from .geodesy import check_lonlat, cumulative_lengths, densify, ecef, inverse, point_at
from .messages import Message
from .nearest import SegmentIndex

__all__ = ["Route", "RoutePiece", "AssemblyReport", "side_names_for", "DEFAULT_MAX_EDGE_M"]

# Longest stretch of route searched in one planar frame: its distortion then
# stays near 1e-4 for points within 150 km of the stretch.
PIECE_M = 300_000.0

# Longest edge kept in a route: edges are geodesics, and short edges keep every
# straight-line use of the coordinates (display, point-in-polygon) within
# centimetres of them.
DEFAULT_MAX_EDGE_M = 250.0


def side_word(name):
    """A side's name as a word of a message (translated with it); the name itself
    stays data (the output's side field)."""
    words = {"north": Message("north"), "south": Message("south"), "east": Message("east"), "west": Message("west")}
    return words.get(name, name)


def side_names_for(lon_start, lat_start, lon_end, lat_end):
    """(left, right) side names for travel from start to end.

    A mostly east-west route has north and south sides, a mostly north-south one
    west and east; which is left depends on the direction of travel.
    """
    azimuth = float(inverse(lon_start, lat_start, lon_end, lat_end)[0][0])
    east, north = np.sin(np.radians(azimuth)), np.cos(np.radians(azimuth))
    if abs(east) >= abs(north):
        return ("north", "south") if east >= 0 else ("south", "north")
    return ("west", "east") if north >= 0 else ("east", "west")


@dataclass(frozen=True)
class AssemblyReport:
    """What route assembly did with the road parts it was given."""

    parts_total: int
    parts_used: int
    left_out: tuple = ()  # labels of parts not used at all
    left_out_km: float = 0.0  # length of all road pieces not on the route
    bridged_gaps: tuple = ()  # (width_m, lon, lat) of every gap bridged

    def summary(self):
        return str(self.summary_message())

    def summary_message(self):
        """:meth:`summary` as a :class:`.Message`, for translation."""
        values = {"used": self.parts_used, "total": self.parts_total}
        left_out = self.left_out_km > 0
        if left_out:
            values.update(left_out=len(self.left_out), left_out_km=self.left_out_km)
        if self.bridged_gaps:
            values.update(bridged=len(self.bridged_gaps), widest_m=max(gap[0] for gap in self.bridged_gaps))
            if left_out:
                return Message(
                    "{used} of {total} parts used; left out {left_out} parts and {left_out_km:.2f} km of road "
                    "(spurs, second carriageways); bridged {bridged} gaps (widest {widest_m:.0f} m)",
                    **values,
                )
            return Message("{used} of {total} parts used; bridged {bridged} gaps (widest {widest_m:.0f} m)", **values)
        if left_out:
            return Message(
                "{used} of {total} parts used; left out {left_out} parts and {left_out_km:.2f} km of road "
                "(spurs, second carriageways)",
                **values,
            )
        return Message("{used} of {total} parts used", **values)


@dataclass(frozen=True, eq=False)
class RoutePiece:
    """A stretch of a route with its own planar frame and nearest-segment index.

    ``first`` and ``last`` are route vertex indices (pieces share their end
    vertices); ``centre`` and ``radius`` bound the piece in Earth-centred
    coordinates, for choosing which pieces a point must be searched on.
    """

    first: int
    last: int
    frame: LocalFrame
    xy: tuple
    index: SegmentIndex
    centre: np.ndarray
    radius: float


@dataclass(frozen=True, eq=False)
class Route:
    """An oriented polyline with geodesic edges and the chainage of its vertices."""

    lon: np.ndarray
    lat: np.ndarray
    chainage_m: np.ndarray
    side_names: tuple = ("north", "south")  # (left of travel, right of travel)
    report: AssemblyReport | None = field(default=None)

    @classmethod
    def from_lonlat(cls, lon, lat, side_names=None, report=None, max_edge_m=DEFAULT_MAX_EDGE_M):
        """A route through the given vertices (duplicates dropped, long edges densified)."""
        lon = np.asarray(lon, dtype=float).ravel()
        lat = np.asarray(lat, dtype=float).ravel()
        check_lonlat(lon, lat, Message("The route"))
        keep = np.r_[True, (np.diff(lon) != 0) | (np.diff(lat) != 0)]
        lon, lat = lon[keep], lat[keep]
        if lon.size < 2:
            raise GeometryTypeError("The route has fewer than two distinct points.")
        lon, lat = densify(lon, lat, max_edge_m)
        if side_names is None:
            side_names = side_names_for(lon[0], lat[0], lon[-1], lat[-1])
        return cls(lon, lat, cumulative_lengths(lon, lat), tuple(side_names), report)

    @property
    def length_m(self):
        return float(self.chainage_m[-1])

    @property
    def length_km(self):
        return self.length_m / 1000.0

    @property
    def geometry(self):
        """The route as a shapely LineString in lon/lat."""
        return shapely.linestrings(self.lon, self.lat)

    @property
    def start(self):
        return float(self.lon[0]), float(self.lat[0])

    @property
    def end(self):
        return float(self.lon[-1]), float(self.lat[-1])

    @cached_property
    def pieces(self):
        """The route cut into stretches of at most PIECE_M, each with its own frame."""
        count = max(1, int(np.ceil(self.length_m / PIECE_M)))
        cuts = np.searchsorted(self.chainage_m, np.linspace(0, self.length_m, count + 1)[1:-1])
        bounds = np.unique(np.r_[0, cuts, self.lon.size - 1])
        pieces = []
        for first, last in zip(bounds[:-1], bounds[1:]):
            lon, lat = self.lon[first : last + 1], self.lat[first : last + 1]
            frame = LocalFrame.around(lon, lat)
            xy = frame.forward(lon, lat)
            points = ecef(lon, lat)
            centre = points.mean(axis=0)
            # (+1 m: geodesic edges bulge a millimetre beyond their end points' chords)
            radius = float(np.sqrt(((points - centre) ** 2).sum(axis=1)).max()) + 1.0
            pieces.append(RoutePiece(int(first), int(last), frame, xy, SegmentIndex(*xy), centre, radius))
        return tuple(pieces)

    def point_at(self, chainage_m):
        """Lon/lat arrays of the points at the given chainages (metres)."""
        return point_at(self.lon, self.lat, self.chainage_m, chainage_m)

    def substring(self, start_m, end_m):
        """The stretch from chainage ``start_m`` to ``end_m``, oriented start to end.

        A stretch against the route's direction is reversed, and so are its
        side names: the north side stays the north side.
        """
        start_m = float(np.clip(start_m, 0.0, self.length_m))
        end_m = float(np.clip(end_m, 0.0, self.length_m))
        if abs(end_m - start_m) < 1e-6:
            raise SamePointError(
                "The stretch from km {start_km:.3f} to km {end_km:.3f} has no length; choose two different points.",
                start_km=start_m / 1000,
                end_km=end_m / 1000,
            )
        low, high = sorted((start_m, end_m))
        inside = (self.chainage_m > low) & (self.chainage_m < high)
        ends_lon, ends_lat = self.point_at([low, high])
        lon = np.r_[ends_lon[0], self.lon[inside], ends_lon[1]]
        lat = np.r_[ends_lat[0], self.lat[inside], ends_lat[1]]
        names = self.side_names
        if end_m < start_m:
            lon, lat, names = lon[::-1], lat[::-1], names[::-1]
        return Route.from_lonlat(lon, lat, side_names=names)
