"""Plans that repeat a field: the judgements keep a text's answer across plans
(``smaudit.model.prose.answers``), and must still judge each plan by its own context
and each rule's own options."""

from __future__ import annotations

import pytest

from smaudit.model.prose import answers
from smaudit.testing import RuleTester
from tests.rules import frames_alone


@pytest.fixture(autouse=True)
def _empty():
    answers.clear()
    yield
    answers.clear()


def _due_by_march(start: str) -> str:
    return (f"timeline:\n  start: {start}\n  expect_results_within: 12 months\n"
            "expectations: We need the bookings coming in by March.\n")


@pytest.mark.parametrize("starts", [
    ("2027-01-01", "2026-06-01", "2027-01-01"),
    ("2026-06-01", "2027-01-01", "2026-06-01"),
])
def test_a_date_is_counted_from_each_plans_own_start(starts):
    tester = RuleTester("SMA501")
    due = {"2027-01-01": [("SMA501", 4, 15)], "2026-06-01": []}  # March: 2 months, 9 months
    for start in starts:
        tester.assert_findings(_due_by_march(start), due[start])


def test_a_text_without_a_date_is_judged_alike_in_every_plan():
    text = "expectations: Bookings from the posts within three weeks.\n"
    tester = frames_alone("SMA501")
    for start in ("2027-01-01", "2026-06-01", None):
        head = (f"timeline:\n  start: {start}\n" if start
                else "timeline:\n  review_cadence: monthly\n")
        (finding,) = tester.assert_findings(head + text, [("SMA501", 3, 15)])
        assert '(results expected "three weeks")' in finding.message


def test_a_rules_own_phrases_decide_only_for_it():
    plan = "motivation: Our landlord keeps nagging us about the sign-up sheet.\n"
    with_phrase = frames_alone(
        "SMA201", options={"SMA201": {"extend_phrases": ["keeps nagging us"]}})
    without = frames_alone("SMA201")
    for _ in range(2):  # in turn, with the other's answer kept
        (finding,) = with_phrase.assert_findings(plan, [("SMA201", 1, 13)])
        assert '"keeps nagging us"' in finding.message
        without.assert_valid(plan)


def test_a_repeated_plan_gets_the_same_findings():
    plan = ("motivation: The regional office told every branch to open a TikTok account.\n"
            "channels:\n  - platform: tiktok\n"
            "    rationale: All the other bakeries in town are on TikTok.\n")
    tester = RuleTester("SMA201", "SMA202", "SMA203")
    first = tester.assert_findings(plan, [("SMA201", 1, 13), ("SMA202", 4, 16)])
    again = tester.assert_findings(plan, [("SMA201", 1, 13), ("SMA202", 4, 16)])
    assert [f.message for f in again] == [f.message for f in first]
