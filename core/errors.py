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

from .messages import Message

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
    """Base of every error the engine raises on bad input or an impossible result.

    Raised with an English template and its values (``CorridorError("... {km:.1f}
    km ...", km=km)``) or a :class:`Message`; ``error.message`` keeps them, so the
    QGIS side can show the message in the user's language.
    """

    def __init__(self, template, **values):
        self.message = template if isinstance(template, Message) else Message(template, **values)
        super().__init__(str(self.message))


class EmptyInputError(CorridorError):
    """Nothing to work on: no features, or a feature with an empty geometry."""


class GeometryTypeError(CorridorError):
    """A geometry of the wrong kind, e.g. a point where a line is needed."""


class DegenerateLineError(GeometryTypeError):
    """A road line of one point, or of points all in one place: no road to follow."""

    def __init__(self, label, one_point, whole=True):
        self.label = label
        if whole and one_point:
            super().__init__(
                "Road {label} is a line of one point: a road needs two points apart; fix or deselect it.",
                label=label,
            )
        elif whole:
            super().__init__(
                "Road {label} is a line of zero length (all its points in one place): a road needs two "
                "points apart; fix or deselect it.",
                label=label,
            )
        elif one_point:
            super().__init__(
                "Road {label} has a part that is a line of one point: a road needs two points apart; "
                "fix or deselect it.",
                label=label,
            )
        else:
            super().__init__(
                "Road {label} has a part that is a line of zero length (all its points in one place): "
                "a road needs two points apart; fix or deselect it.",
                label=label,
            )


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
            "The road has a gap of {width_m:.{digits}f} m near {lon:.5f}, {lat:.5f} (between "
            "{first} and {second}), wider than the gap tolerance of {tolerance_m:.{digits}f} m. "
            "Select the missing road features, raise the gap tolerance, or choose to bridge all gaps.",
            width_m=self.width_m,
            digits=digits,
            lon=self.location[0],
            lat=self.location[1],
            first=first,
            second=second,
            tolerance_m=self.tolerance_m,
        )


class SnapDistanceError(CorridorError):
    """A point (a patrol end, a route end) lies too far from the route."""

    def __init__(self, name, distance_m, tolerance_m):
        # ``name``: a place's name, or a Message such as "The route start" (kept as text in .name).
        self.name = str(name) if isinstance(name, Message) else name
        self.distance_m = float(distance_m)
        self.tolerance_m = float(tolerance_m)
        super().__init__(
            "{name} is {distance_km:.2f} km from the road, farther than the snap tolerance of "
            "{tolerance_km:.2f} km. Check that the right place and road are chosen, or raise the "
            "snap tolerance.",
            name=name,
            distance_km=self.distance_m / 1000,
            tolerance_km=self.tolerance_m / 1000,
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
        shown = ", ".join(str(label) for label in self.labels[:5])
        if len(self.labels) > 5:
            named = Message("{labels} and {more} more", labels=shown, more=len(self.labels) - 5)
        else:
            named = shown
        super().__init__(
            "{left_out_km:.2f} km of the selected road ({named}) is not on the route of {route_km:.2f} km "
            "and lies up to {farthest_km:.2f} km from it, so the corridor would leave it out. For a ring "
            "road, name the route's two ends (the route then runs between them); otherwise select only "
            "the road you mean, or choose to leave the rest out.",
            left_out_km=self.left_out_km,
            named=named,
            route_km=self.route_km,
            farthest_km=self.farthest_km,
        )


class SamePointError(CorridorError):
    """Start and end coincide, so there is no stretch between them."""


class DateError(CorridorError):
    """Dates that cannot be read as given: an ambiguous form, a bad format or window."""


class SpecError(CorridorError):
    """A corridor specification (e.g. loaded from JSON) has a bad field."""

    def __init__(self, field, problem):
        # ``problem``: a Message (translated as a part of this one) or plain text.
        self.field = field
        super().__init__("Corridor specification, field '{field}': {problem}", field=field, problem=problem)


class InvalidCorridorError(CorridorError):
    """A built corridor failed validation (invalid polygon, wrong width)."""


class UnsupportedAreaError(CorridorError):
    """The corridor would cross the 180° meridian or come near a pole, where a
    polygon in longitude/latitude cannot hold it; raised before it is built."""

    def __init__(self, message, location, km, **values):
        # ``message``: a template filled with ``values``, or a Message.
        self.location = (float(location[0]), float(location[1]))
        self.km = float(km)
        super().__init__(message, **values)
