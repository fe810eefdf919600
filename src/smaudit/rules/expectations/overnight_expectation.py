"""The rule SMA501 overnight-expectation.

Results expected within weeks: a timeline under six months, or 'overnight' hopes.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``overnight_expectation`` below, which ``smaudit explain SMA501``
shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.durations import MONTH, parse_date, parse_duration
from smaudit.model.findings import Violation
from smaudit.model.plan import Plan
from smaudit.model.prose import learned
from smaudit.model.prose.cues import compile_cues
from smaudit.model.prose.expectation_roles import Context, names_calendar, read, span_roles
from smaudit.model.prose.phrasing import phrase_options, phrases, quote
from smaudit.model.rule import rule

OVERNIGHT_PHRASES: tuple[str, ...] = ()
"""Extra cues for SMA501 (none by default: ``expectation_roles.span_roles`` reads
the spans). A cue a user adds counts as results expected too soon."""


_MIN_MONTHS = {"type": "number", "minimum": 0, "default": 6,
               "description": "Results expected sooner than this many months are too soon."}


def _start_month(plan: Plan) -> tuple[int, int] | None:
    """The (year, month) the plan starts, from `timeline.start`, to count dates from."""
    found = parse_date(plan.section("timeline").get("start"))
    return (found[0].year, found[0].month) if found else None


@rule(code="SMA501", slug="overnight-expectation", severity="warning", area="expectations",
      summary="Results expected within weeks: a timeline under six months, or 'overnight' hopes.",
      options={"min_months": _MIN_MONTHS, **learned.OPTION,
               **phrase_options("phrases", OVERNIGHT_PHRASES, "results expected too soon")},
      sources=("002", "004"), effort="low", impact="medium")
def overnight_expectation(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A plan that expects results too soon: `timeline.expect_results_within`
    shorter than `min_months` (6 by default), or expectations, motivation,
    goals, strategy or a channel rationale that expect results within a
    shorter span. A span is read however it is written: "in three weeks",
    "within a fortnight", "in the first forty-five days", "by week four",
    "by the next quarterly review", "right away", "overnight", "by then"
    (after "the shop opens in five weeks"), or a date: "by Easter" or "by
    March" counts from `timeline.start`, or from when the text says posting
    starts ("we start posting in November ... the December workshops").
    Negated, hedged or contrasted spans ("nobody expects results by next
    week", "quick results would be nice, but we planned for a year"), spans
    of work rather than results (replying within two hours, reviewing
    monthly, shipping in three days), early signs judged early ("comments
    and saves in the first weeks"), an early look ("we'll glance at the
    numbers after a month"), time words that say when or how often
    something happens (a list of months or seasons, "every May", a
    service's speed: "every tenant hears about shut-offs the same day") and
    "overnight" as a time of day do not count.

    ## Why it hurts
    People buy from those they know, like and trust, and trust builds over
    months of useful posts and answered questions. "#2 Piece of Advice For SMBs
    is Social Media – Also Most Frustrating" counts patience among the things
    an owner has to accept before starting, and "Goals vs. outcomes, box
    checking and bandwagon leaps (untitled article)" warns that trust, and
    the relationship marketing built on it, cannot be hurried. A plan judged
    after a few weeks is usually abandoned just before it could have worked.

    ## Example
    ```yaml
    timeline:
      expect_results_within: 1 month
    expectations: The owner wants to see bookings right away.
    ```

    ## Use instead
    ```yaml
    timeline:
      expect_results_within: 6 months
      review_cadence: monthly
    expectations: >
      Early signs (replies, saves, profile visits) in the first months;
      bookings from social by month six.
    ```
    """  # noqa: RUF002 - the article title has an en dash
    timeline = plan.section("timeline")
    hours = parse_duration(timeline.get("expect_results_within"))
    months = options.get("min_months", 6)
    if hours is not None and isinstance(months, int | float) and hours < months * MONTH:
        value = quote(str(timeline["expect_results_within"]))
        yield Violation(
            message=f"results are expected within {value}, sooner than the {months:g} months "
                    "it takes to build trust on social media",
            pointer="/timeline/expect_results_within",
            hint=f"Give the plan at least {months:g} months and judge early months by leading "
                 "signs (replies, saves, visits), not sales.",
        )
    if not isinstance(months, int | float):
        months = 6
    start = _start_month(plan)

    def context(field: str, text: str) -> Context:
        # the start month bears only on a calendar word; without one the text's answer is
        # the same in every plan, and kept for all of them
        return Context(field, text, start=start if names_calendar(text) else None,
                       options=months)

    hint = ("Set expectations in months, not weeks: trust and the results it brings build "
            "slowly; agree on leading signs to watch meanwhile.")
    for found in read(plan, span_roles, compile_cues(phrases(options)), context=context,
                      judgement=learned.judging("overnight-expectation", options)):
        what = found.role.what or f"results expected \"{found.role.words}\""
        yield Violation(
            message=f"{found.field} expects results sooner than {months:g} months ({what}): "
                    f"\"{found.sentence}\"",
            pointer=found.pointer, hint=hint,
        )
