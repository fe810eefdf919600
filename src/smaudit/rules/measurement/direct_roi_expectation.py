"""The rule SMA404 direct-roi-expectation.

A direct money return expected from social media without ads and e-commerce.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``direct_roi_expectation`` below, which ``smaudit explain SMA404``
shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.findings import Violation
from smaudit.model.plan import Plan
from smaudit.model.prose import learned
from smaudit.model.prose.cues import compile_cues
from smaudit.model.prose.expectation_roles import Context, read, roi_roles
from smaudit.model.prose.facts import has_paid_advertising, sells_online
from smaudit.model.prose.phrasing import phrase_options, phrases
from smaudit.model.rule import rule

ROI_PHRASES: tuple[str, ...] = ()
"""Extra cues for SMA404 (none by default: the role frames in ``expectation_roles``
read the sentence). A cue a user adds counts as the role, scoped like the frames."""


@rule(code="SMA404", slug="direct-roi-expectation", severity="warning", area="measurement",
      summary="A direct money return expected from social media without ads and e-commerce.",
      options={**learned.OPTION,
               **phrase_options("phrases", ROI_PHRASES, "direct money-return expectations")},
      sources=("000", "002"), effort="low", impact="medium")
def direct_roi_expectation(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    Expectations, motivation, goals, the strategy or a channel rationale that
    expect social media to pay back money directly ("$2 for every $1", "a 3x
    return", "ROI within six months", "pay for itself by spring", "each post
    should bring in sales", "every hour spent on posts should come back as
    billable work") while the plan lacks what such a return needs:
    paid advertising on some channel, and a way for customers to buy online
    (`organization.sells_online: true`). A disclaimer ("we don't expect
    every post to sell") does not count; a threat does ("if the page isn't
    covering its own cost by June, it goes").

    ## Why it hurts
    "Your SMB is a Success, So Why is Your Social Media a Failure?" describes
    owners who put two dollars in and expect three back, confusing social
    media with performance marketing; without an online shop and paid
    promotion the path to a sale is indirect. "#2 Piece of Advice For SMBs is
    Social Media – Also Most Frustrating" says the same from the other side:
    social media is not direct marketing, and the return is in relationships
    first. A plan judged on direct payback is judged as a failure.

    ## Example
    ```yaml
    organization: {name: Rosa's Bakery, sells_online: false}
    expectations: Instagram should pay for itself by the spring.
    ```

    ## Use instead
    ```yaml
    expectations: >
      Instagram earns its place by bringing catering inquiries (30 a
      quarter) and repeat visits; we judge it on those, reviewed monthly.
    ```
    Or, when direct sales are the point, add the mechanism: online ordering
    and a paid campaign with a budget.
    """  # noqa: RUF002 - the article title has an en dash
    paid, online = has_paid_advertising(plan), sells_online(plan)
    if paid and online:
        return
    missing = " and ".join(
        what for what, ok in (("no channel runs paid advertising", paid),
                              ("customers cannot buy online", online)) if not ok)
    cues = compile_cues(phrases(options))
    def context(field: str, text: str) -> Context:
        return Context(field, text, paid=paid, online=online)

    for found in read(plan, roi_roles, cues, context=context,
                      judgement=learned.judging("direct-roi-expectation", options)):
        what = found.role.what or f"the cue \"{found.role.words}\""
        yield Violation(
            message=f"{found.field} expects a direct money return ({what}) but {missing}: "
                    f"\"{found.sentence}\"",
            pointer=found.pointer,
            hint="Judge organic social media by relationships it builds (inquiries, repeat "
                 "customers, recommendations), or add online ordering and paid promotion.",
        )
