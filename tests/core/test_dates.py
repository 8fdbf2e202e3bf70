"""Dates as ACLED, UCDP GED and hand-made files write them, and the date window."""

import datetime as dt

import numpy as np
import pytest

from secure_corridor.core import DateError, Route, build_corridor, flag_incidents, read_dates
from secure_corridor.core.dates import to_day

MARCH_15 = "2020-03-15"


@pytest.mark.parametrize(
    "value",
    [
        "2020-03-15",
        "2020-03-15T08:30",
        "2020-03-15T08:30:59",
        "2020-03-15 00:00:00.000",  # UCDP GED's date_start
        "2020-03-15T00:00:00.000Z",
        "2020-03-15T20:30:00+03:00",
        "2020-03-15T20:30:00-0300",
        " 2020-03-15 ",
        "15 March 2020",  # ACLED's export
        "15 Mar 2020",
        "15 MAR 2020",
        "15-Mar-2020",
        "March 15, 2020",
        "Mar 15 2020",
        "20200315",
        20200315,
        20200315.0,  # a shapefile's numeric field
        np.int64(20200315),
        dt.date(2020, 3, 15),
        dt.datetime(2020, 3, 15, 23, 59),
        dt.datetime(2020, 3, 15, 12, 0, tzinfo=dt.timezone.utc),
        np.datetime64("2020-03-15T12:00"),
    ],
)
def test_the_forms_real_data_writes_read_as_15_march(value):
    assert str(to_day(value)) == MARCH_15


@pytest.mark.parametrize(
    "value",
    ["soon", "2020-02-30", "2020-13-01", "20201301", 20201301, "32 March 2020", "15 Marsh 2020", 2020, 3.5, True,
     "2020-03-15T25:00", "15 March"],
)
def test_what_is_no_date_is_unreadable_not_a_wrong_day(value):
    assert to_day(value) is False


def test_a_zone_is_set_aside_the_day_is_as_written():
    # 00:30 in Damascus (UTC+3) on 15 March is 14 March in UTC: it counts as written, 15 March.
    as_text = to_day("2020-03-15T00:30:00+03:00")
    as_datetime = to_day(dt.datetime(2020, 3, 15, 0, 30, tzinfo=dt.timezone(dt.timedelta(hours=3))))
    assert str(as_text) == str(as_datetime) == str(to_day("2020-03-15T00:30:00")) == MARCH_15
    assert str(to_day("2020-03-14T21:30:00Z")) == "2020-03-14"


@pytest.mark.parametrize("value", ["03/04/2020", "15/03/2020", "3.4.2020", "2020/03/15"])
def test_numbers_with_slashes_or_dots_are_refused_without_a_format(value):
    with pytest.raises(DateError, match="date format.*%d/%m/%Y") as caught:
        read_dates(["2020-03-15", value])
    assert repr(value) in str(caught.value)


@pytest.mark.parametrize(
    "date_format, value, day",
    [("%d/%m/%Y", "03/04/2020", "2020-04-03"), ("%m/%d/%Y", "03/04/2020", "2020-03-04"), ("%d.%m.%Y", "3.4.2020", "2020-04-03")],
)
def test_a_format_reads_exactly_that_form(date_format, value, day):
    dates = read_dates([value, "2020-03-15"], date_format=date_format)
    assert str(dates.days[0]) == day
    assert dates.unreadable.tolist() == [False, True]  # not that form: unreadable, never guessed


@pytest.mark.parametrize("date_format", ["dd/MM/yyyy", "", 7])
def test_a_format_without_strptime_codes_is_refused(date_format):
    with pytest.raises(DateError, match="date format"):
        read_dates(["03/04/2020"], date_format=date_format)


def test_empty_and_unreadable_are_told_apart_and_quoted_with_their_ids():
    values = ["15 March 2020", None, "  ", float("nan"), "soon", "x" * 1000]
    dates = read_dates(values)
    assert dates.empty.tolist() == [False, True, True, True, False, False]
    assert dates.unreadable.tolist() == [False, False, False, False, True, True]
    assert dates.undated.tolist() == [False, True, True, True, True, True]
    examples = dates.examples(values, ids=[10, 11, 12, 13, 14, 15])
    assert examples[0] == "feature 14: 'soon'"
    assert examples[1].startswith("feature 15: 'xxx") and len(examples[1]) < 60


def test_a_million_values_of_a_few_hundred_days_read_quickly_enough_to_matter_not():
    days = [f"{d} March 2020" for d in range(1, 32)]
    values = days * 1000
    dates = read_dates(values)
    assert not dates.undated.any()
    assert str(dates.days[30]) == "2020-03-31"


# -- the window --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corridor():
    return build_corridor(Route.from_lonlat([36.0, 37.0], [35.0, 35.0]), 6000, 6000)


def test_the_window_counts_days_from_inclusive_to_exclusive_and_undated_is_neither(corridor):
    lon, lat = np.full(6, 36.5), np.full(6, 35.01)
    values = ["14 March 2020", "15 March 2020", "2020-03-19 23:59:59.000", "20200320", "", "soon"]
    flags = flag_incidents(corridor, lon, lat, dates=values, date_from="2020-03-15", date_to="2020-03-20")
    assert flags.in_window.tolist() == [False, True, True, False, False, False]
    assert flags.undated.tolist() == [False, False, False, False, True, True]
    summary = flags.summary(corridor.route.side_names)
    assert (summary["in_window"], summary["outside_window"], summary["undated"]) == (2, 2, 2)


def test_acled_and_ucdp_forms_give_the_same_window(corridor):
    lon, lat = np.full(3, 36.5), np.full(3, 35.01)
    acled = flag_incidents(corridor, lon, lat, dates=["14 March 2020", "15 March 2020", "16 Mar 2020"], date_from=MARCH_15)
    ucdp = flag_incidents(
        corridor, lon, lat, dates=["2020-03-14 00:00:00.000", "2020-03-15 00:00:00.000", "2020-03-16 00:00:00.000"],
        date_from=MARCH_15,
    )
    assert acled.in_window.tolist() == ucdp.in_window.tolist() == [False, True, True]


@pytest.mark.parametrize(
    "window, message",
    [
        (("2020-03-20", "2020-03-15"), "ends .*before or on the day it starts"),
        (("2020-03-15", "2020-03-15"), "ends .*before or on the day it starts"),
        (("the ides of March", None), "date_from 'the ides of March' is not a date"),
        ((None, "2020-02-30"), "date_to '2020-02-30' is not a date"),
    ],
)
def test_a_bad_window_is_a_clear_error(corridor, window, message):
    with pytest.raises(DateError, match=message):
        flag_incidents(corridor, [36.5], [35.01], dates=["2020-03-16"], date_from=window[0], date_to=window[1])


def test_dates_of_the_wrong_length_or_a_window_without_dates_are_clear_errors(corridor):
    with pytest.raises(DateError, match="2 dates for 1 incidents"):
        flag_incidents(corridor, [36.5], [35.01], dates=["2020-03-16", "2020-03-17"], date_from=MARCH_15)
    with pytest.raises(DateError, match="needs the incidents' dates"):
        flag_incidents(corridor, [36.5], [35.01], date_from=MARCH_15)
