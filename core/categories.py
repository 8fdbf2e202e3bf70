"""Incident categories: which field holds them, how its values read, how many of each.

Real incident data names its category field in its own way: ACLED exports have
``event_type`` and ``sub_event_type``, UCDP GED has ``type_of_violence`` (coded
1, 2, 3), hand-made layers ``kind`` or ``type``. The user chooses the field;
:func:`suggest_category_field` proposes the likeliest one.

>>> suggest_category_field(["event_id_cnty", "event_date", "sub_event_type", "event_type"])
'event_type'
>>> category_labels([1, "3", None, "Shelling "], "type_of_violence")
['state-based conflict', 'one-sided violence', '', 'Shelling']
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .errors import CorridorError

__all__ = ["CATEGORY_FIELD_NAMES", "CategoryCount", "category_counts", "category_labels", "suggest_category_field"]

# Most likely first: the broad ACLED and UCDP categories before the finer ones.
CATEGORY_FIELD_NAMES = (
    "event_type",
    "type_of_violence",
    "sub_event_type",
    "category",
    "kind",
    "incident_type",
    "type",
    "event",
    "disorder_type",
)

# UCDP GED's codes for type_of_violence.
UCDP_TYPES = {1: "state-based conflict", 2: "non-state conflict", 3: "one-sided violence"}


def suggest_category_field(field_names):
    """The likeliest category field among ``field_names`` (case-insensitive), or None."""
    by_lower = {}
    for name in field_names:
        by_lower.setdefault(str(name).lower(), name)
    return next((by_lower[name] for name in CATEGORY_FIELD_NAMES if name in by_lower), None)


def category_labels(values, field=None):
    """The values of a category field as labels: text with surrounding spaces
    removed, "" for none; UCDP's type_of_violence codes by their names."""
    ucdp = field is not None and str(field).lower() == "type_of_violence"
    return [_label(value, ucdp) for value in values]


def _label(value, ucdp):
    if value is None:
        return ""
    if isinstance(value, float) and value != value:  # NaN
        return ""
    if ucdp:
        try:
            code = int(float(value))
        except (TypeError, ValueError):
            code = None
        if code in UCDP_TYPES and float(value) == code:
            return UCDP_TYPES[code]
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # 2.0 from a real field reads as 2
    return str(value).strip()


@dataclass(frozen=True)
class CategoryCount:
    """How many incidents of one category: in all, inside the corridor, inside
    the patrol stretch, and inside both the corridor and the date window (None
    without a window)."""

    category: str
    total: int
    inside: int
    in_patrol: int
    inside_in_window: int | None


def category_counts(labels, flags):
    """A :class:`CategoryCount` per category, the most frequent first (ties by
    name); incidents without a category count under ""."""
    labels = np.asarray(labels, dtype=object)
    if labels.size != flags.in_corridor.size:
        raise CorridorError(
            "There are {categories} categories for {incidents} incidents: give one category per incident.",
            categories=labels.size,
            incidents=flags.in_corridor.size,
        )
    window = flags.in_window
    counts = []
    for category in dict.fromkeys(labels.tolist()):
        rows = labels == category
        counts.append(
            CategoryCount(
                category,
                int(rows.sum()),
                int((rows & flags.in_corridor).sum()),
                int((rows & flags.in_patrol).sum()),
                None if window is None else int((rows & flags.in_corridor & window).sum()),
            )
        )
    return sorted(counts, key=lambda count: (-count.total, count.category == "", count.category))
