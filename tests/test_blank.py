"""What counts as saying nothing: placeholders are blank in every field."""

from __future__ import annotations

import pytest

from smaudit.model.findings import Severity
from smaudit.model.plan import MISSING
from smaudit.model.prose.blank import is_blank, is_placeholder
from smaudit.testing import RuleTester


@pytest.mark.parametrize("value", [
    None, MISSING, "", "   ", "...", "\u2026", "?", "-", [], {},
    "TODO", "TODO: describe our customers", "todo - later", "TBD", "tbc: the agency will do it",
    "N/A", "n/a - we will work it out as we go", "none yet", "nothing planned", "pending",
    "To be decided", "To be defined by the agency.", "to be confirmed later",
    "we'll figure it out later", "decide later", "Lorem ipsum dolor sit amet",
    "xxx", "XXXX", "WIP", "placeholder", "coming soon", "[your research here]",
    "<describe the strategy>", "{target}",
])
def test_blank(value):
    assert is_blank(value)


@pytest.mark.parametrize("value", [
    "Counter survey of 120 customers", "No", "Not on TikTok: our customers are on Facebook",
    "Nobody answers after 6 pm, so the owner checks at 8 am",  # a fact, not a placeholder
    "Nana's recipes, baked daily", "Todos Santos market stall", "Later opening hours",
    "30 inquiries per quarter", 0, 12, False, ["x"], {"a": 1},
    "Tbilisi office managers", "Naples to Rome",
])
def test_not_blank(value):
    assert not is_blank(value)


def test_placeholder_is_only_about_text():
    assert is_placeholder(" TBD ")
    assert not is_placeholder("We decide later which agency; the research is done")


# --------------------------------------------------------------------------
# SMA007 unfinished-plan: one finding per plan, at the first placeholder

unfinished = RuleTester("SMA007")


def test_sma007_one_placeholder_is_a_warning():
    (finding,) = unfinished.assert_findings("""
        organization:
          name: Harbour Physio
        motivation: TBD
    """, [("SMA007", 3, 13)])
    assert finding.severity == Severity.WARNING
    assert finding.message == ('the plan still holds a placeholder, first at motivation ("TBD"): '
                               "it is a draft, not yet a plan")


def test_sma007_a_template_is_an_error():
    (finding,) = unfinished.assert_findings("""
        strategy: "TODO: how we reach people"
        audience:
          research: n/a - later
        tactics:
          - name: open day
            conversion: to be decided
    """, [("SMA007", 1, 11)])
    assert finding.severity == Severity.ERROR
    assert "3 placeholders, first at strategy" in finding.message


def test_sma007_points_at_the_first_placeholder_however_deep():
    (finding,) = unfinished.assert_findings("""
        organization:
          name: Harbour Physio
        channels:
          - platform: instagram
            goals: [bookings]
          - platform: linkedin
            goals: [referrals, tbd]
        2026: n/a
    """, [("SMA007", 7, 24)])
    assert "2 placeholders, first at channels.1.goals.1" in finding.message


def test_sma007_finished_plan():
    unfinished.assert_valid("""
        organization:
          name: Harbour Physio
        motivation: Patients ask us for exercise videos between sessions.
        # TODO in a comment is not in the plan
    """)


def test_sma007_threshold_option():
    tester = RuleTester("SMA007", options={"SMA007": {"max_placeholders": 5}})
    (finding,) = tester.assert_findings("""
        strategy: TBD
        motivation: TBD
        audience:
          research: TBD
    """, [("SMA007", 1, 11)])
    assert finding.severity == Severity.WARNING
