"""Tests for the measurement rules SMA401-SMA405."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smaudit.model.findings import Severity
from tests.rules import frames_alone

DATA = Path(__file__).resolve().parents[1] / "data"
CODES = ("SMA401", "SMA402", "SMA403", "SMA404", "SMA405")

vanity = frames_alone("SMA401")
unmeasured = frames_alone("unmeasured-goal")
no_metrics = frames_alone("SMA403")
roi = frames_alone("direct-roi-expectation")
review = frames_alone("SMA405")

_GOAL = """
business_goals:
  - {id: leads, statement: Win catering orders}
"""


# --------------------------------------------------------------------------
# SMA401 vanity-metric


def test_vanity_metric_by_kind():
    findings = vanity.assert_findings(_GOAL + """
metrics:
  - name: catering inquiries
    goals: [leads]
    kind: conversion
  - name: Instagram audience
    kind: vanity
""", [("SMA401", 8, 11)])
    assert findings[0].severity is Severity.WARNING
    assert '"Instagram audience"' in findings[0].message


@pytest.mark.parametrize("name", [
    "Instagram followers", "page likes", "video views", "YouTube subscribers", "monthly reach",
    "impressions per post", "TikTok plays", "follower growth", "story views", "total fans",
])
def test_vanity_metric_by_name(name):
    vanity.assert_findings(_GOAL + f"""
metrics:
  - name: catering inquiries
    goals: [leads]
  - name: {name}
""", [("SMA401", 7, 11)])


@pytest.mark.parametrize("name", [
    "newsletter subscribers from Instagram", "followers who booked a tasting",
    "catering inquiries", "engagement rate", "website visits from social",
])
def test_outcome_names_are_not_vanity(name):
    vanity.assert_valid(f"""
        metrics:
          - name: {name}
    """)


def test_kind_wins_over_name():
    vanity.assert_valid("""
        metrics:
          - name: followers
            kind: conversion
    """)


def test_vanity_metric_tied_to_goal_is_fine():
    vanity.assert_valid(_GOAL + """
metrics:
  - name: Nextdoor page followers in our zip codes
    goals: [leads]
    kind: reach
""")


def test_vanity_metric_tied_to_undeclared_goal_still_counts():
    vanity.assert_findings(_GOAL + """
metrics:
  - name: catering inquiries
    goals: [leads]
  - name: followers
    goals: [brand-love]
""", [("SMA401", 7, 11)])


def test_every_metric_vanity_is_an_error():
    findings = vanity.assert_findings("""
        metrics:
          - name: Instagram followers
          - name: post likes
    """, [("SMA401", 2, 11), ("SMA401", 3, 11)])
    assert all(f.severity is Severity.ERROR for f in findings)
    assert "every metric" in findings[0].message


def test_every_metric_vanity_with_severity_override_stays_overridden():
    tester = frames_alone("SMA401", severity={"SMA401": "info"})
    findings = tester.assert_findings("""
        metrics:
          - name: Instagram followers
    """, [("SMA401", 2, 11)])
    assert findings[0].severity is Severity.INFO


def test_vanity_phrases_option():
    tester = frames_alone("SMA401", options={"SMA401": {"extend_phrases": ["saves"]}})
    tester.assert_findings(_GOAL + """
metrics:
  - name: catering inquiries
    goals: [leads]
  - name: saves
""", [("SMA401", 7, 11)])


# --------------------------------------------------------------------------
# SMA402 unmeasured-goal


def test_unmeasured_goal():
    findings = unmeasured.assert_findings("""
        business_goals:
          - id: leads
            statement: Win catering orders
          - id: repeat
            statement: Bring regulars back twice a month
        metrics:
          - name: catering inquiries
            goals: [leads]
    """, [("SMA402", 4, 9)])
    assert '"repeat"' in findings[0].message


def test_every_goal_measured():
    unmeasured.assert_valid("""
        business_goals:
          - {id: leads, statement: Win catering orders}
          - {id: repeat, statement: Bring regulars back}
        metrics:
          - {name: catering inquiries, goals: [leads]}
          - {name: loyalty-card visits, goals: [repeat, leads]}
    """)


@pytest.mark.parametrize("metrics", ["", "metrics: []\n"])
def test_unmeasured_goal_leaves_a_plan_without_metrics_to_sma403(metrics):
    # SMA403 reports the plan once; naming every goal again would say it twice
    unmeasured.assert_valid("business_goals:\n  - {id: leads, statement: Win catering orders}\n"
                            "  - {id: repeat, statement: Bring regulars back}\n" + metrics)


# --------------------------------------------------------------------------
# SMA403 no-metrics


def test_no_metrics_with_goals():
    no_metrics.assert_findings("""
        organization:
          name: Rosa's Bakery
        business_goals:
          - {id: leads, statement: Win catering orders}
    """, [("SMA403", 1, 1)])


def test_empty_metrics_with_channels():
    no_metrics.assert_findings("""
        channels:
          - platform: instagram
        metrics: []
    """, [("SMA403", 3, 10)])


@pytest.mark.parametrize("healthy", [
    """
    organization:
      name: Rosa's Bakery
    """,
    """
    channels:
      - platform: instagram
    metrics:
      - name: catering inquiries
    """,
])
def test_no_metrics_valid(healthy):
    no_metrics.assert_valid(healthy)


# --------------------------------------------------------------------------
# SMA404 direct-roi-expectation

_ORGANIC = """
organization:
  name: Rosa's Bakery
  sells_online: false
"""


@pytest.mark.parametrize("text", [
    "We expect $2 back for every $1 we spend.",
    "A 3x return on what we spend.",
    "ROI within six months.",
    "Instagram should pay for itself by the spring.",
    "Every post should sell.",
    # paraphrases
    "Each post should bring in sales.",
    "By next quarter we want to see the return.",
    "Every reel has to bring in at least one membership.",
    "The page has to earn back the money we spend on it.",
    "We need to recoup the agency fee.",
    "It should cover its own costs by harvest.",
    "Social should directly drive sales.",
])
def test_direct_roi_expectation(text):
    findings = roi.assert_findings(_ORGANIC + f"expectations: {text}\n", [("SMA404", 4, 15)])
    assert "no channel runs paid advertising" in findings[0].message


@pytest.mark.parametrize("text", [
    "We don't expect each post to sell.",
    "Social media will not pay for itself, and that is fine.",
    "Return on relationship, not return on investment.",
    "For every dollar donated, 90 cents goes to the animals.",
    "We want more return visits from regulars.",
    "Every post ends with a link to the booking page.",
    "We think of ROI in terms of relationships.",
    "Nobody is asking the account to pay for itself.",
])
def test_direct_roi_negations_and_innocent_text(text):
    roi.assert_valid(_ORGANIC + f"expectations: {text}\n")


def test_direct_roi_in_motivation_list_item_and_goal_target():
    roi.assert_findings(_ORGANIC + """
motivation:
  - Regulars ask for photos of cakes.
  - The owner wants Instagram to pay for itself.
business_goals:
  - id: leads
    statement: Win catering orders
    target: a 3x return on ad spend
""", [("SMA404", 7, 5), ("SMA404", 11, 13)])


def test_direct_roi_fine_with_ads_and_online_shop():
    roi.assert_valid("""
        organization:
          name: Tallyleaf
          sells_online: true
        channels:
          - platform: tiktok
            paid: {monthly_budget: 3000}
        expectations: A 3x return on ad spend within the quarter.
    """)


def test_direct_roi_needs_both_ads_and_online_sales():
    roi.assert_findings("""
        organization:
          name: Rosa's Bakery
          sells_online: false
        channels:
          - platform: instagram
            paid: {monthly_budget: 250}
        expectations: Every post should sell cakes.
    """, [("SMA404", 7, 15)])


def test_direct_roi_extend_phrases():
    tester = frames_alone("SMA404", options={"SMA404": {"extend_phrases": ["cash cow"]}})
    tester.assert_findings(_ORGANIC + "expectations: Instagram will be our cash cow.\n",
                           [("SMA404", 4, 15)])


# --------------------------------------------------------------------------
# SMA405 no-review-cadence


def test_no_review_cadence():
    review.assert_findings("""
        timeline:
          start: 2027-01-01
          expect_results_within: 1 year
    """, [("SMA405", 2, 3)])


def test_no_timeline_at_all():
    review.assert_findings("""
        organization:
          name: Rosa's Bakery
    """, [("SMA405", 1, 1)])


@pytest.mark.parametrize("value", ["6 months", "P1Y", "yearly", "20 weeks"])
def test_review_cadence_too_rare(value):
    review.assert_findings(f"""
        timeline:
          review_cadence: {value}
    """, [("SMA405", 2, 19)])


@pytest.mark.parametrize("value", ["weekly", "biweekly", "monthly", "quarterly", "3 months",
                                   "13 weeks", "6 weeks"])
def test_review_cadence_ok(value):
    review.assert_valid(f"""
        timeline:
          review_cadence: {value}
    """)


def test_review_cadence_option():
    tester = frames_alone("SMA405", options={"SMA405": {"max_cadence": "monthly"}})
    tester.assert_findings("""
        timeline:
          review_cadence: quarterly
    """, [("SMA405", 2, 19)])


# --------------------------------------------------------------------------
# Whole plans


_codes = frames_alone(*sorted(CODES)).codes_in



def test_paraphrase_climbing_gym():
    assert _codes(DATA / "paraphrase" / "measurement-bad-climbing-gym.yaml") == [
        ("SMA401", 25, 11), ("SMA401", 26, 11), ("SMA401", 27, 11), ("SMA402", 12, 9),
        ("SMA404", 29, 5), ("SMA404", 30, 5), ("SMA405", 34, 19)]


def test_paraphrase_winery():
    assert _codes(DATA / "paraphrase" / "measurement-bad-winery.yaml") == [
        ("SMA403", 1, 1), ("SMA404", 12, 3), ("SMA405", 1, 1)]


def test_paraphrase_healthy_bookshop():
    assert _codes(DATA / "paraphrase" / "measurement-healthy-bookshop.yaml") == []


@pytest.mark.parametrize("text", [
    "The partners expect every hour Ava spends on posts to come back as new billable "
    "engagements on the books by the April 15 deadline. If the LinkedIn page isn't covering "
    "its own cost by then, it goes.",
    "If the LinkedIn page isn't covering its own cost by then, it goes.",
    "Unless Instagram earns its keep by summer, we drop it.",
    "If it doesn't pay its way by June, we stop posting.",
    "The money we spend on the agency has to come back in sales.",
    "Every hour Sam puts in on TikTok should come back as paid work.",
])
def test_direct_roi_time_and_money_expected_back(text):
    roi.assert_findings(_ORGANIC + f"expectations: {json.dumps(text)}\n", [("SMA404", 4, 15)])


@pytest.mark.parametrize("text", [
    "If it never pays for itself, that's fine: it is about trust.",
    "Even if it never pays for itself, the relationships matter.",
    "Customers come back as regulars after they see our posts.",
    "Every time guests come back in spring we post their photos.",
])
def test_direct_roi_disclaimers_and_returning_customers_are_valid(text):
    roi.assert_valid(_ORGANIC + f"expectations: {json.dumps(text)}\n")
