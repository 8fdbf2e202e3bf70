"""Secure Corridor's geometry engine: pure Python on shapely, pyproj and numpy.

No QGIS and no Qt: the engine runs in scripts, notebooks and tests as well as
inside the plugin. Coordinates are WGS84 longitude/latitude; distances are
geodesic metres on the WGS84 ellipsoid; chainage is km along the route.

>>> from secure_corridor.core import Place, assemble_route, build_corridor
>>> from shapely import LineString
>>> route = assemble_route([LineString([(36.0, 35.0), (36.5, 35.1)])])
>>> corridor = build_corridor(route, left_m=6000, right_m=6000)
>>> corridor.max_width_error_m < 1.0
True
"""

# First: shapely loaded so that its calls stay in its own GEOS (see _shapely).
from ._shapely import shapely as _shapely  # noqa: F401, I001

from .assemble import DEFAULT_GAP_TOLERANCE_M, assemble_route
from .categories import CategoryCount, category_counts, category_labels, suggest_category_field
from .corridor import END_CAPS, Corridor, build_corridor
from .dates import Dates, check_window, read_dates
from .errors import (
    ClosedLoopError,
    CorridorError,
    DateError,
    DegenerateLineError,
    EmptyInputError,
    GeometryTypeError,
    InvalidCoordinatesError,
    InvalidCorridorError,
    LeftOutRoadError,
    RouteGapError,
    SamePointError,
    SnapDistanceError,
    SpecError,
    UnsupportedAreaError,
)
from .flags import IncidentFlags, concatenate_flags, flag_incidents
from .locate import Location, locate
from .names import MATCH_KINDS, Match, PlaceIndex, name_key
from .patrol import Checkpoints, Patrol, Place, checkpoints, patrol_segment
from .route import AssemblyReport, Route
from .spec import CorridorSpec
from .strip import StripData, strip_data

__all__ = [
    "AssemblyReport",
    "CategoryCount",
    "Checkpoints",
    "ClosedLoopError",
    "Corridor",
    "CorridorSpec",
    "CorridorError",
    "DEFAULT_GAP_TOLERANCE_M",
    "DateError",
    "Dates",
    "DegenerateLineError",
    "END_CAPS",
    "EmptyInputError",
    "GeometryTypeError",
    "IncidentFlags",
    "InvalidCoordinatesError",
    "InvalidCorridorError",
    "LeftOutRoadError",
    "Location",
    "MATCH_KINDS",
    "Match",
    "Patrol",
    "Place",
    "PlaceIndex",
    "Route",
    "RouteGapError",
    "SamePointError",
    "SnapDistanceError",
    "SpecError",
    "StripData",
    "UnsupportedAreaError",
    "assemble_route",
    "build_corridor",
    "category_counts",
    "category_labels",
    "check_window",
    "checkpoints",
    "flag_incidents",
    "concatenate_flags",
    "locate",
    "name_key",
    "patrol_segment",
    "read_dates",
    "strip_data",
    "suggest_category_field",
]
