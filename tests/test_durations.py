"""Durations and dates as plans write them: accepted forms, conversions, refusals."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smaudit.model.durations import (
    ACCEPTED_DATES,
    ACCEPTED_DURATIONS,
    CADENCES,
    parse_cadence_hours,
    parse_date,
    parse_duration,
)

DAY = 24.0


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("4h", 4),
        ("4 h", 4),
        ("4H", 4),
        ("24 hours", 24),
        ("1 hr", 1),
        ("2 hrs", 2),
        ("an hour", 1),
        ("90 minutes", 1.5),
        ("90 min", 1.5),
        ("3 mins", 0.05),
        ("1 business day", DAY),
        ("1 Business Day", DAY),
        ("2 working days", 2 * DAY),
        ("2 days", 2 * DAY),
        ("1 day", DAY),
        ("half a day", 12),
        ("half an hour", 0.5),
        ("1 wk", 7 * DAY),
        ("6 weeks", 42 * DAY),
        ("two weeks", 14 * DAY),
        ("1 mo", 30 * DAY),
        ("3 months", 90 * DAY),
        ("1 year", 365 * DAY),
        ("2 yrs", 730 * DAY),
        ("1 quarter", 91 * DAY),
        ("1.5h", 1.5),
        ("1 day and 12 hours", 36),
        ("1h 30min", 1.5),
        ("1 day, 2h", 26),
        ("within 4 hours", 4),
        ("  4   hours ", 4),
        ("P3M", 90 * DAY),
        ("PT4H", 4),
        ("P1Y2M", 425 * DAY),
        ("P2W", 14 * DAY),
        ("P1DT12H", 36),
        ("PT90M", 1.5),
        ("p1d", DAY),
        ("P0.5D", 12),
        ("3", 3 * DAY),
        ("2.5", 2.5 * DAY),
        ("0", 0),
    ],
)
def test_accepted_duration_forms(text: str, hours: float) -> None:
    assert parse_duration(text) == pytest.approx(hours)


@pytest.mark.parametrize(("number", "hours"), [(3, 3 * DAY), (0.5, 12), (0, 0)])
def test_bare_numbers_are_days(number: float, hours: float) -> None:
    assert parse_duration(number) == pytest.approx(hours)


@pytest.mark.parametrize(
    "value",
    [
        "soon", "", "   ", "asap", "6m", "4 parsecs", "1-2 days", "1 day and", "-3", "-3 days",
        "P", "PT", "P1DT", "P1H", "4 hours ago", "twoweeks", "a", "nan", "inf", "1e400",
        -1, -0.5, math.nan, math.inf, True, False, None, [], {}, 10**400, "9" * 500,
    ],
)
def test_unreadable_durations_are_none(value: object) -> None:
    assert parse_duration(value) is None


def test_timedelta_is_read() -> None:
    assert parse_duration(dt.timedelta(hours=5)) == 5


def test_business_day_equals_the_24h_limit() -> None:
    # The plan format compares a business day as 24 hours of wall time.
    assert parse_duration("1 business day") == parse_duration("24h") == parse_duration(1)


@given(st.one_of(st.text(max_size=40), st.floats(), st.integers(), st.none(), st.booleans()))
def test_parse_duration_never_raises(value: object) -> None:
    result = parse_duration(value)
    assert result is None or (math.isfinite(result) and result >= 0)


@given(st.integers(min_value=0, max_value=10_000), st.sampled_from(
    [("h", 1), (" hours", 1), (" days", DAY), ("d", DAY), (" weeks", 7 * DAY),
     (" months", 30 * DAY), (" years", 365 * DAY)]))
def test_number_and_unit_multiply(amount: int, unit: tuple[str, float]) -> None:
    suffix, hours = unit
    assert parse_duration(f"{amount}{suffix}") == pytest.approx(amount * hours)


def test_iso_date() -> None:
    day = dt.date(2027, 6, 30)
    assert parse_date("2027-06-30") == (day, day)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2027-Q1", dt.date(2027, 1, 1), dt.date(2027, 3, 31)),
        ("2027-Q2", dt.date(2027, 4, 1), dt.date(2027, 6, 30)),
        ("2027-q3", dt.date(2027, 7, 1), dt.date(2027, 9, 30)),
        ("2027-Q4", dt.date(2027, 10, 1), dt.date(2027, 12, 31)),
        ("2028Q1", dt.date(2028, 1, 1), dt.date(2028, 3, 31)),
        ("9999-Q4", dt.date(9999, 10, 1), dt.date(9999, 12, 31)),
    ],
)
def test_quarters_span_their_days(text: str, first: dt.date, last: dt.date) -> None:
    assert parse_date(text) == (first, last)


def test_date_objects_are_accepted() -> None:
    day = dt.date(2027, 1, 1)
    assert parse_date(day) == (day, day)
    assert parse_date(dt.datetime(2027, 1, 1, 12, 30)) == (day, day)


@pytest.mark.parametrize(
    "value",
    ["2027-Q5", "2027-Q0", "0000-Q1", "2027-02-30", "2027-13-01", "2027-6-30", "30/06/2027",
     "2027", "Q2", "soon", "", 2027, None, True, [], "\uff12\uff10\uff12\uff17-06-30"],
)
def test_unreadable_dates_are_none(value: object) -> None:
    assert parse_date(value) is None


@given(st.one_of(st.text(max_size=20), st.integers(), st.none()))
def test_parse_date_never_raises(value: object) -> None:
    result = parse_date(value)
    assert result is None or result[0] <= result[1]


@pytest.mark.parametrize(
    ("value", "hours"),
    [("weekly", 168), ("biweekly", 336), ("Bi-Weekly", 336), ("monthly", 720),
     ("quarterly", 91 * DAY), (" Quarterly ", 91 * DAY), ("6 weeks", 42 * DAY),
     ("P3M", 90 * DAY), (14, 14 * DAY)],
)
def test_cadences(value: object, hours: float) -> None:
    assert parse_cadence_hours(value) == pytest.approx(hours)


def test_three_months_is_not_longer_than_quarterly() -> None:
    quarterly = CADENCES["quarterly"]
    assert parse_cadence_hours("3 months") <= quarterly
    assert parse_cadence_hours("13 weeks") <= quarterly
    assert parse_cadence_hours("4 months") > quarterly


def test_unknown_cadence_is_none() -> None:
    assert parse_cadence_hours("whenever") is None
    assert parse_cadence_hours(None) is None


def test_accepted_forms_are_worded_for_messages() -> None:
    for example in ("4h", "1 business day", "P3M", "number of days"):
        assert example in ACCEPTED_DURATIONS
    for example in ("2027-06-30", "2027-Q2"):
        assert example in ACCEPTED_DATES
