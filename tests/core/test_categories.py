"""Incident categories: the suggested field, how values read, the counts per category."""

import numpy as np
import pytest

from secure_corridor.core import (
    CorridorError,
    Route,
    build_corridor,
    category_counts,
    category_labels,
    flag_incidents,
    patrol_segment,
    suggest_category_field,
)
from secure_corridor.core.patrol import Place

ACLED_FIELDS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "admin1", "location", "latitude", "longitude", "notes", "fatalities",
]
UCDP_FIELDS = ["id", "relid", "year", "type_of_violence", "conflict_name", "date_start", "date_end", "best"]


@pytest.mark.parametrize(
    "names, expected",
    [
        (ACLED_FIELDS, "event_type"),
        (UCDP_FIELDS, "type_of_violence"),
        (["fid", "sub_event_type", "date"], "sub_event_type"),
        (["id", "Kind", "day"], "Kind"),  # spelled as the layer spells it
        (["id", "EVENT_TYPE", "kind"], "EVENT_TYPE"),
        (["id", "date", "notes"], None),
        ([], None),
    ],
)
def test_the_likeliest_category_field_is_suggested(names, expected):
    assert suggest_category_field(names) == expected


def test_ucdp_codes_read_by_name_and_other_values_as_text():
    assert category_labels([1, 2, 3, 2.0, "1", 4, None, float("nan")], "type_of_violence") == [
        "state-based conflict", "non-state conflict", "one-sided violence", "non-state conflict",
        "state-based conflict", "4", "", "",
    ]
    # The same codes in another field are only numbers.
    assert category_labels([1, 2.0, 2.5], "kind") == ["1", "2", "2.5"]
    assert category_labels([" Battles ", "Explosions/Remote violence", ""], "event_type") == [
        "Battles", "Explosions/Remote violence", "",
    ]


@pytest.fixture(scope="module")
def flagged():
    route = Route.from_lonlat([36.0, 37.0], [35.0, 35.0])
    corridor = build_corridor(route, 6000, 6000)
    patrol = patrol_segment(route, Place("A", 36.2, 35.0), Place("B", 36.6, 35.0))
    # km 0 is at 36.0; the patrol runs from about km 18 to km 55.
    lon = np.array([36.3, 36.3, 36.8, 36.3, 36.5, 36.9, np.nan])
    lat = np.array([35.02, 35.3, 35.01, 34.97, 35.04, 35.2, np.nan])
    kinds = ["Battles", "Battles", "Battles", "Riots", "", "Riots", "Battles"]
    days = ["2020-03-20", "2020-03-20", "2020-03-01", "2020-03-16", "2020-03-17", "2020-03-20", "2020-03-20"]
    flags = flag_incidents(corridor, lon, lat, patrol=patrol, dates=days, date_from="2020-03-15")
    return kinds, flags


def test_counts_per_category_agree_with_the_flags(flagged):
    kinds, flags = flagged
    assert flags.in_corridor.tolist() == [True, False, True, True, True, False, False]
    assert flags.in_patrol.tolist() == [True, False, False, True, True, False, False]
    counts = category_counts(kinds, flags)
    assert [(c.category, c.total, c.inside, c.in_patrol, c.inside_in_window) for c in counts] == [
        ("Battles", 4, 2, 1, 1),
        ("Riots", 2, 1, 1, 1),
        ("", 1, 1, 1, 1),
    ]
    assert sum(c.total for c in counts) == len(flags)
    assert sum(c.inside for c in counts) == int(flags.in_corridor.sum())


def test_counts_without_a_window_have_no_window_count():
    undated = flag_incidents(
        build_corridor(Route.from_lonlat([36.0, 37.0], [35.0, 35.0]), 6000, 6000),
        [36.3], [35.02],
    )
    (count,) = category_counts(["Battles"], undated)
    assert count.inside_in_window is None and count.inside == 1


def test_a_wrong_number_of_categories_is_refused(flagged):
    _, flags = flagged
    with pytest.raises(CorridorError, match="There are 3 categories for 7 incidents: give one category per incident."):
        category_counts(["a", "b", "c"], flags)
