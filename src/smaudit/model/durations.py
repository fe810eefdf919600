"""Durations and dates as plans write them, read without ever raising.

Plans are written by people, not programs: ``"4h"``, ``"1 business day"``,
``"6 weeks"``, ``"P3M"`` and a bare ``3`` (days) all mean something. The schema's
``format: duration`` / ``format: date`` checks and the rules that compare
times (slow response, overnight expectations, review cadence) read values
through this one module, so a value the schema accepts is a value every rule
understands. Bad input gives ``None``, which the schema reports with the
accepted forms below; nothing here raises on user data.

Durations are measured in hours of wall time, with calendar units fixed by
convention (there is no start date to count from):

- a business (working) day counts as 24 hours, as the plan format says, so
  "1 business day" equals a 24-hour limit;
- a month is 30 days, a year 365 days, a quarter 13 weeks (91 days), so
  "3 months" (90 days) and "13 weeks" are both no longer than "quarterly";
- a bare ``m`` is refused: "6m" means minutes to an engineer and months to a
  marketer, so plans must write ``min`` or ``mo``.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from typing import Any

from smaudit.model import compiled_patterns

HOUR = 1.0
DAY = 24.0
WEEK = 7 * DAY
MONTH = 30 * DAY
QUARTER = 91 * DAY
YEAR = 365 * DAY

ACCEPTED_DURATIONS = (
    "a number with a unit (4h, 90 minutes, 1 business day, 2 days, 6 weeks, 3 months, "
    "1 year), an ISO 8601 duration (PT4H, P3M, P1DT12H) or a bare number of days"
)
"""The accepted duration forms, in words, for messages."""

ACCEPTED_DATES = "an ISO date (2027-06-30) or a quarter (2027-Q2)"
"""The accepted date forms, in words, for messages."""

_UNITS: dict[str, float] = {}
for _hours, _names in (
    (1 / 3600, "s, sec, secs, second, seconds"),
    (1 / 60, "min, mins, minute, minutes"),
    (HOUR, "h, hr, hrs, hour, hours"),
    (DAY, "d, day, days, business day, business days, working day, working days"),
    (DAY, "work day, work days, workday, workdays"),
    (WEEK, "w, wk, wks, week, weeks"),
    (2 * WEEK, "fortnight, fortnights"),
    (MONTH, "mo, mos, mth, mths, month, months"),
    (QUARTER, "quarter, quarters"),
    (YEAR, "y, yr, yrs, year, years"),
):
    for _name in _names.split(", "):
        _UNITS[_name] = _hours

_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

_NUMBER = r"(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)"
_UNIT_NAMES = "|".join(sorted((re.escape(u) for u in _UNITS), key=len, reverse=True))
_WORD_NAMES = "|".join(sorted(_WORDS, key=len, reverse=True))
_PART = compiled_patterns.compile(
    rf"(?:half\s+an?\s+|({_NUMBER})\s*|({_WORD_NAMES})\s+)({_UNIT_NAMES})(?![a-z])\s*"
)
_JOINER = compiled_patterns.compile(r"\s*(?:,|\band\b)?\s*")
_PREFIX = compiled_patterns.compile(r"^(?:within|under|up to|about|around|~|<=?|≤)\s*")
_ISO = compiled_patterns.compile(
    rf"^p(?:({_NUMBER})y)?(?:({_NUMBER})m)?(?:({_NUMBER})w)?(?:({_NUMBER})d)?"
    rf"(?:t(?:({_NUMBER})h)?(?:({_NUMBER})m)?(?:({_NUMBER})s)?)?$"
)
_ISO_UNITS = (YEAR, MONTH, WEEK, DAY, HOUR, 1 / 60, 1 / 3600)
_BARE = compiled_patterns.compile(rf"^{_NUMBER}$")


def _finite(hours: float) -> float | None:
    return hours if math.isfinite(hours) and hours >= 0 else None


def _parse_iso(text: str) -> float | None:
    match = _ISO.match(text.replace(",", "."))
    if not match or text.endswith("t") or not any(match.groups()):
        return None
    return _finite(sum(float(v) * u for v, u in zip(match.groups(), _ISO_UNITS, strict=True) if v))


def _parse_human(text: str) -> float | None:
    text = _PREFIX.sub("", text)
    position, total, parts = 0, 0.0, 0
    while position < len(text):
        if parts:
            position = _JOINER.match(text, position).end()  # type: ignore[union-attr]
        match = _PART.match(text, position)  # a dangling "and" fails here too
        if not match:
            return None
        number, word, unit = match.groups()
        amount = float(number) if number else _WORDS[word] if word else 0.5
        total += amount * _UNITS[unit]
        position, parts = match.end(), parts + 1
    return _finite(total) if parts else None


def parse_duration(value: Any) -> float | None:
    """The length of ``value`` in hours, or ``None`` when it is not a duration.

    Accepts a non-negative number of days (``3``, ``"2.5"``), an ISO 8601
    duration (``"P1Y2M"``, ``"PT4H"``, ``"P2W"``, ``"P1DT12H"``), or one or more
    number-and-unit parts (``"4h"``, ``"90 min"``, ``"1 business day"``,
    ``"half a day"``, ``"1 day and 12 hours"``), in any case, with plural or
    abbreviated units. Units are converted as the module docstring says.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:
            return _finite(float(value) * DAY)
        except OverflowError:  # an integer too large for a float
            return None
    if isinstance(value, _dt.timedelta):
        return _finite(value.total_seconds() / 3600)
    if not isinstance(value, str):
        return None
    text = " ".join(value.lower().split())
    if not text or len(text) > 200:
        return None
    if _BARE.match(text):
        return _finite(float(text) * DAY)
    if text.startswith("p"):
        return _parse_iso(text)
    return _parse_human(text)


_ISO_DATE = compiled_patterns.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")
_QUARTER = compiled_patterns.compile(r"^([0-9]{4})-?q([1-4])$", re.IGNORECASE)


def parse_date(value: Any) -> tuple[_dt.date, _dt.date] | None:
    """The first and last day ``value`` stands for, or ``None`` when it is not a date.

    An ISO date (``"2027-06-30"``) is one day; a quarter (``"2027-Q2"``) runs
    from its first to its last day, so a rule can ask "by the end of" or "from
    the start of" as it needs. A ``datetime.date`` (or ``datetime``) is
    accepted too, for callers that hold one.
    """
    if isinstance(value, _dt.datetime):
        return value.date(), value.date()
    if isinstance(value, _dt.date):
        return value, value
    if not isinstance(value, str):
        return None
    text = value.strip()
    match = _ISO_DATE.match(text)
    if match:
        try:
            day = _dt.date(*(int(g) for g in match.groups()))
        except ValueError:
            return None
        return day, day
    match = _QUARTER.match(text)
    if match:
        year, quarter = int(match.group(1)), int(match.group(2))
        if year < 1:  # datetime.date has no year 0
            return None
        first = _dt.date(year, 3 * quarter - 2, 1)
        if quarter == 4:
            return first, _dt.date(year, 12, 31)
        return first, _dt.date(year, 3 * quarter + 1, 1) - _dt.timedelta(days=1)
    return None


CADENCES: dict[str, float] = {
    "daily": DAY,
    "weekly": WEEK,
    "biweekly": 2 * WEEK,
    "fortnightly": 2 * WEEK,
    "monthly": MONTH,
    "quarterly": QUARTER,
    "yearly": YEAR,
    "annually": YEAR,
}
"""Review cadences by name, in hours. The schema accepts weekly, biweekly,
monthly and quarterly; the others are read so a rule can still compare them."""


def parse_cadence_hours(value: Any) -> float | None:
    """The interval of a ``timeline.review_cadence`` in hours, or ``None``.

    A named cadence (``"weekly"`` = 168 h, ``"biweekly"`` = 336 h, ``"monthly"``
    = 30 days, ``"quarterly"`` = 91 days) or any duration (``"6 weeks"``).
    """
    if isinstance(value, str):
        named = CADENCES.get(value.strip().lower().replace("-", ""))
        if named is not None:
            return named
    return parse_duration(value)
