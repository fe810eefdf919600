"""Reporting leads: "it was resolved that ...", "the board agreed that ...".

Minutes and reports put what was agreed or expected behind a verb of reporting
("it was agreed that enquiries would rise as soon as the page went live", "it was
resolved that income should be grown"). Such a report is the organization's own
record of what it wants or expects, so every role reader reads the clause after the
lead as the writer's own: the expectation reader does not take its shifted tenses for
history, and the goal reader does not take the verb of reporting for something a
customer does. Kept in one place so that every reader agrees on what a lead is (the channel reader
reads the subject of a sentence after it, too).
"""

from __future__ import annotations

import re

from smaudit.model.prose.lazy_pattern import LazyPattern

#: The reporter is nobody named, the writer, or one of the organization's own bodies
#: (a closed class of governing and working bodies).
OWN_BODY = (r"(?:we|us|the\s+(?:committee|board|trustees|council|members|partners|directors"
            r"|owners?|management|meeting|team|governors|staff))")
#: The lead itself: a reporter and a verb of saying, deciding, noting or expecting (a
#: closed class), then "that".
REPORTED = LazyPattern(
    rf"\b(?:it\s+(?:was|is|has\s+been|had\s+been)|{OWN_BODY}(?:\s+(?:has|have|had))?)\s+"
    r"(?:\w+ly\s+)?(?:agreed|resolved|decided|noted|minuted|stated|expected|anticipated"
    r"|reported|observed|felt|recorded|confirmed|understood|assumed|projected|forecast"
    r"|predicted|envisaged|hoped|determined|concluded|remarked|mentioned|pointed\s+out)"
    rf"(?:\s+by\s+{OWN_BODY})?\s+that\b",
    re.IGNORECASE,
)
#: A lead farther into its clause than this is not the clause's lead ("we sold out, as it
#: was noted that ...").
_LEAD_REACH = 40


def reporting_lead_end(text: str) -> int:
    """Where the reporting lead ("it was resolved that") that ``text`` opens with ends,
    or 0 if it opens with none."""
    if " that" not in text:
        return 0
    lead = REPORTED.search(text)
    if lead is None or lead.start() > _LEAD_REACH:
        return 0
    return lead.end()


def without_reporting_lead(clause: str) -> str:
    """``clause`` from after its reporting lead ("it was resolved that"), if it opens
    with one; else ``clause`` unchanged."""
    return clause[reporting_lead_end(clause):]
