"""Exceptions raised by the geometry engine.

Every error derives from :class:`CorridorError`, so a caller (the dock, a
Processing algorithm, a script) can catch one type and show ``str(error)``: the
messages are written for a GIS analyst and say what to do.

>>> try:
...     raise RouteGapError(820.0, (36.5, 35.8), "feature 3", "feature 4", 50.0)
... except CorridorError as error:
...     print(error)  # doctest: +ELLIPSIS
The road has a gap of 820 m near 36.50000, 35.80000 (between feature 3 and feature 4)....
"""

from __future__ import annotations

__all__ = [
    "ClosedLoopError",
    "CorridorError",
    "DateError",
    "EmptyInputError",
    "GeometryTypeError",
    "DegenerateLineError",
    "InvalidCoordinatesError",
    "LeftOutRoadError",
    "RouteGapError",
    "SnapDistanceError",
    "SamePointError",
    "SpecError",
    "InvalidCorridorError",
    "UnsupportedAreaError",
]


class CorridorError(Exception):
    """Base of every error the engine raises on bad input or an impossible result."""


class EmptyInputError(CorridorError):
    """Nothing to work on: no features, or a feature with an empty geometry."""


class GeometryTypeError(CorridorError):
    """A geometry of the wrong kind, e.g. a point where a line is needed."""


class DegenerateLineError(GeometryTypeError):
    """A road line of one point, or of points all in one place: no road to follow."""

    def __init__(self, label, one_point, whole=True):
        self.label = label
        line = "a line of one point" if one_point else "a line of zero length (all its points in one place)"
        what = f"is {line}" if whole else f"has a part that is {line}"
        super().__init__(f"Road {label} {what}: a road needs two points apart; fix or deselect it.")


class InvalidCoordinatesError(CorridorError):
    """Missing, NaN, infinite or out-of-range coordinates."""


class RouteGapError(CorridorError):
    """The road's parts do not join up within the gap tolerance."""

    def __init__(self, width_m, location, first, second, tolerance_m):
        self.width_m = float(width_m)
        self.location = (float(location[0]), float(location[1]))
        self.first = first
        self.second = second
        self.tolerance_m = float(tolerance_m)
        # Whole metres, unless that would show the gap as no wider than the tolerance.
        digits = 0 if round(self.width_m) > round(self.tolerance_m) else 1
        super().__init__(
            f"The road has a gap of {self.width_m:.{digits}f} m near "
            f"{self.location[0]:.5f}, {self.location[1]:.5f} (between {first} and "
            f"{second}), wider than the gap tolerance of {self.tolerance_m:.{digits}f} m. "
            "Select the missing road features, raise the gap tolerance, or choose "
            "to bridge all gaps."
        )


class SnapDistanceError(CorridorError):
    """A point (a patrol end, a route end) lies too far from the route."""

    def __init__(self, name, distance_m, tolerance_m):
        self.name = name
        self.distance_m = float(distance_m)
        self.tolerance_m = float(tolerance_m)
        super().__init__(
            f"{name} is {self.distance_m / 1000:.2f} km from the road, farther than "
            f"the snap tolerance of {self.tolerance_m / 1000:.2f} km. Check that the "
            "right place and road are chosen, or raise the snap tolerance."
        )


class ClosedLoopError(CorridorError):
    """A road that is a closed loop: where the route starts and ends must be said."""


class LeftOutRoadError(CorridorError):
    """Much of the selected road lies away from the route and would have no corridor."""

    def __init__(self, left_out_km, farthest_km, route_km, labels):
        self.left_out_km = float(left_out_km)
        self.farthest_km = float(farthest_km)
        self.route_km = float(route_km)
        self.labels = tuple(labels)
        named = ", ".join(self.labels[:5]) + (f" and {len(self.labels) - 5} more" if len(self.labels) > 5 else "")
        super().__init__(
            f"{self.left_out_km:.2f} km of the selected road ({named}) is not on the route of "
            f"{self.route_km:.2f} km and lies up to {self.farthest_km:.2f} km from it, so the corridor "
            "would leave it out. For a ring road, name the route's two ends (the route then runs "
            "between them); otherwise select only the road you mean, or choose to leave the rest out."
        )


class SamePointError(CorridorError):
    """Start and end coincide, so there is no stretch between them."""


class DateError(CorridorError):
    """Dates that cannot be read as given: an ambiguous form, a bad format or window."""


class SpecError(CorridorError):
    """A corridor specification (e.g. loaded from JSON) has a bad field."""

    def __init__(self, field, problem):
        self.field = field
        super().__init__(f"Corridor specification, field '{field}': {problem}")


class InvalidCorridorError(CorridorError):
    """A built corridor failed validation (invalid polygon, wrong width)."""


class UnsupportedAreaError(CorridorError):
    """The corridor would cross the 180° meridian or come near a pole, where a
    polygon in longitude/latitude cannot hold it; raised before it is built."""

    def __init__(self, message, location, km):
        self.location = (float(location[0]), float(location[1]))
        self.km = float(km)
        super().__init__(message)
