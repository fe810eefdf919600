"""Tests for the resources rules SMA601-SMA604."""

from __future__ import annotations

from pathlib import Path

import pytest

from smaudit.testing import RuleTester

DATA = Path(__file__).resolve().parents[1] / "data"
CODES = ("SMA601", "SMA602", "SMA603", "SMA604")

no_owner = RuleTester("SMA601")
overloaded = RuleTester("overloaded-owner")
free_lunch = RuleTester("SMA603")
leads = RuleTester("SMA604")


# --------------------------------------------------------------------------
# SMA601 no-owner


def test_no_owner_team_missing():
    no_owner.assert_findings("""
        organization:
          name: Acme
        channels:
          - platform: facebook
            owner: Kim
    """, [("SMA601", 1, 1)])


def test_no_owner_team_empty():
    no_owner.assert_findings("""
        channels:
          - platform: facebook
        team: []
    """, [("SMA601", 3, 7)])


def test_no_owner_nobody_named_on_channels_or_service():
    findings = no_owner.assert_findings("""
        channels:
          - platform: facebook
            cadence: 3/week
          - platform: instagram
        team:
          - name: Rui
            responsibilities: [mayor's agenda, social media when possible]
        customer_service:
          platforms: [facebook]
    """, [("SMA601", 2, 5)])
    assert "Rui" in findings[0].message
    assert "customer service" in findings[0].message


def test_no_owner_placeholder_owners_do_not_count():
    no_owner.assert_findings("""
        channels:
          - platform: facebook
            owner: whoever is on the till
          - platform: instagram
            owner: TBD
        team:
          - name: Alan
        customer_service:
          owner: to be decided
    """, [("SMA601", 3, 12)])


def test_no_owner_agency_for_something_else_is_not_an_owner():
    no_owner.assert_findings("""
        channels:
          - platform: facebook
        team:
          - name: Pixel & Co
            agency: true
            responsibilities: [web design, printing]
    """, [("SMA601", 2, 5)])


def test_no_owner_shared_by_everyone_is_nobody():
    no_owner.assert_findings("""
        channels:
          - platform: facebook
            owner: everyone
        team:
          - name: Alan
    """, [("SMA601", 3, 12)])


@pytest.mark.parametrize("owned", [
    """
    channels:
      - platform: facebook
      - platform: instagram
        owner: Kim
    team:
      - name: Kim
    """,
    """
    channels:
      - platform: facebook
    team:
      - name: Kim
    customer_service:
      owner: Kim
    """,
    """
    channels:
      - platform: facebook
        owner: Brightside Agency
    team:
      - name: Brightside Agency
        agency: true
    """,
    """
    team:
      - name: Kim
    """,
    # a dedicated role or agency is an owner even without `owner` keys
    """
    channels:
      - platform: facebook
    team:
      - name: Jo
        role: community manager
    """,
    """
    channels:
      - platform: facebook
    team:
      - name: Pixel & Co
        agency: true
        responsibilities: [Facebook ads, monthly content calendar]
    """,
])
def test_no_owner_valid(owned):
    no_owner.assert_valid(owned)


# --------------------------------------------------------------------------
# SMA602 overloaded-owner


def test_overloaded_too_few_hours():
    findings = overloaded.assert_findings("""
        channels:
          - platform: instagram
            owner: Ola
        team:
          - name: Ola
            hours_per_week: 2
    """, [("SMA602", 6, 21)])
    assert "2 hours" in findings[0].message


def test_overloaded_too_many_other_duties():
    findings = overloaded.assert_findings("""
        channels:
          - platform: facebook
            owner: Priya
        team:
          - name: Priya
            hours_per_week: 6
            responsibilities: [listings, showings, negotiations, paperwork, social media]
    """, [("SMA602", 7, 23)])
    assert "4 other responsibilities" in findings[0].message
    assert "social media" not in findings[0].message.split("(")[1]


def test_overloaded_both_reported_once_at_hours():
    overloaded.assert_findings("""
        team:
          - name: Kim
            hours_per_week: 3
            responsibilities:
              - reference desk
              - children's storytime
              - interlibrary loans
              - volunteer scheduling
              - social media
    """, [("SMA602", 3, 21)])


def test_overloaded_paraphrased_social_duty_without_owner_key():
    # Not named owner anywhere: the responsibility itself says social media.
    overloaded.assert_findings("""
        team:
          - name: Dana
            role: front desk lead
            hours_per_week: 2
            responsibilities: [keeping the studio's Instagram going, class bookings]
    """, [("SMA602", 4, 21)])


def test_overloaded_role_says_social():
    overloaded.assert_findings("""
        team:
          - name: Bo
            role: part-time social media coordinator
            hours_per_week: 3
    """, [("SMA602", 4, 21)])


def test_overloaded_social_duties_do_not_count_as_other():
    overloaded.assert_valid("""
        team:
          - name: Carl
            hours_per_week: 5
            responsibilities: [recruiting, nextdoor, linkedin, answering DMs, posting reels]
    """)


@pytest.mark.parametrize("healthy", [
    # exactly at the limits
    """
    channels:
      - platform: instagram
        owner: Jess
    team:
      - name: Jess
        hours_per_week: 5
        responsibilities: [social media, event booking, staff schedule, ordering]
    """,
    # an agency's hours are not one person's
    """
    channels:
      - platform: instagram
        owner: Pedal Studio
    team:
      - name: Pedal Studio
        agency: true
        hours_per_week: 2
        responsibilities: [ad design, photo shoots, printing, web hosting, newsletter]
    """,
    # approving posts and a "social events" duty are not owning social media
    """
    team:
      - name: Dr. Novak
        hours_per_week: 1
        responsibilities: [approve posts, clinical photos]
      - name: Marta
        hours_per_week: 2
        responsibilities: [member sign-ups, social events committee]
    """,
    # a helper is not the owner when someone else is named owner
    """
    channels:
      - platform: instagram
        owner: Ewa
    team:
      - name: Ewa
        hours_per_week: 8
        responsibilities: [social media, reception]
      - name: Dr. Novak
        hours_per_week: 1
        responsibilities: [approve Instagram posts, clinical photos]
    """,
    # hours not stated: nothing to judge them by
    """
    channels:
      - platform: instagram
        owner: Sam
    team:
      - name: Sam
        responsibilities: [social media, support inbox]
    """,
])
def test_overloaded_valid(healthy):
    overloaded.assert_valid(healthy)


def test_overloaded_options():
    strict = RuleTester("SMA602", options={"SMA602": {"min_hours": 10,
                                                      "max_other_responsibilities": 1}})
    plan = """
        channels:
          - platform: instagram
            owner: Sue
        team:
          - name: Sue
            hours_per_week: 6
            responsibilities: [social media, scheduling, billing]
    """
    strict.assert_findings(plan, [("SMA602", 6, 21)])
    overloaded.assert_valid(plan)


def test_overloaded_extend_phrases():
    tester = RuleTester("SMA602", options={"SMA602": {"extend_phrases": ["newsletter"]}})
    plan = """
        team:
          - name: Lee
            hours_per_week: 1
            responsibilities: [newsletter]
    """
    tester.assert_findings(plan, [("SMA602", 3, 21)])
    overloaded.assert_valid(plan)


# --------------------------------------------------------------------------
# SMA603 free-lunch


def test_free_lunch_no_budget_few_hours():
    free_lunch.assert_findings("""
        organization:
          name: Whisker Lane
        channels:
          - platform: instagram
            owner: Ola
        team:
          - name: Ola
            hours_per_week: 2
    """, [("SMA603", 1, 1)])


def test_free_lunch_zero_budget():
    findings = free_lunch.assert_findings("""
        team:
          - name: Ola
            hours_per_week: 2
          - name: Ben
            hours_per_week: 1.5
        budget:
          monthly: 0
    """, [("SMA603", 7, 12)])
    assert "3.5 team hours" in findings[0].message


def test_free_lunch_no_hours_stated():
    free_lunch.assert_findings("""
        team:
          - name: Ola
        budget: {currency: EUR}
    """, [("SMA603", 3, 9)])


@pytest.mark.parametrize("funded", [
    """
    team:
      - {name: Ola, hours_per_week: 2}
    budget: {monthly: 50}
    """,
    """
    team:
      - {name: Ola, hours_per_week: 2}
    channels:
      - platform: instagram
        paid: {monthly_budget: 100}
    budget: {monthly: 0}
    """,
    """
    team:
      - {name: Ola, hours_per_week: 3}
      - {name: Ben, hours_per_week: 2}
    """,
])
def test_free_lunch_valid(funded):
    free_lunch.assert_valid(funded)


def test_free_lunch_option():
    tester = RuleTester("SMA603", options={"SMA603": {"min_hours": 10}})
    plan = """
        team:
          - {name: Sue, hours_per_week: 6}
        budget: {monthly: 0}
    """
    tester.assert_findings(plan, [("SMA603", 3, 19)])
    free_lunch.assert_valid(plan)


# --------------------------------------------------------------------------
# SMA604 leads-without-ads


def test_leads_without_ads():
    findings = leads.assert_findings("""
        business_goals:
          - id: catering
            statement: Win catering orders
            type: lead_generation
        channels:
          - platform: instagram
        budget: {monthly: 100, advertising: 0}
    """, [("SMA604", 4, 11)])
    assert "catering" in findings[0].message


def test_leads_without_ads_reported_once_for_several_goals():
    findings = leads.assert_findings("""
        business_goals:
          - id: retain
            statement: Keep members
            type: retention
          - id: known
            statement: Be known in town
            type: awareness
          - id: sell
            statement: Sell intro passes
            type: sales
        channels:
          - platform: instagram
            paid: {monthly_budget: 0}
    """, [("SMA604", 7, 11)])
    assert "'known'" in findings[0].message and "'sell'" in findings[0].message


def test_leads_without_ads_advertising_tactic_but_zero_ad_budget():
    leads.assert_findings("""
        business_goals:
          - {id: leads, statement: Get quote requests, type: lead_generation}
        tactics:
          - {name: Boosted posts, type: advertising}
        budget: {monthly: 300, advertising: 0}
    """, [("SMA604", 2, 54)])


@pytest.mark.parametrize("paid", [
    """
    business_goals:
      - {id: leads, statement: Get quote requests, type: lead_generation}
    channels:
      - platform: facebook
        paid: {monthly_budget: 150, targeting: homeowners nearby}
    """,
    """
    business_goals:
      - {id: leads, statement: Get quote requests, type: sales}
    budget: {monthly: 300, advertising: 100}
    """,
    """
    business_goals:
      - {id: leads, statement: Get quote requests, type: awareness}
    tactics:
      - {name: Boosted posts, type: advertising}
    budget: {monthly: 300}
    """,
    """
    business_goals:
      - {id: loyal, statement: Keep regulars coming back, type: retention}
      - {id: town, statement: A place for local riders, type: community}
    """,
])
def test_leads_without_ads_valid(paid):
    leads.assert_valid(paid)


def test_leads_without_ads_goal_types_option():
    tester = RuleTester("SMA604", options={"SMA604": {"goal_types": ["recruitment"]}})
    plan = """
        business_goals:
          - {id: hires, statement: Attract agents, type: recruitment}
    """
    tester.assert_findings(plan, [("SMA604", 2, 50)])
    leads.assert_valid(plan)


# --------------------------------------------------------------------------
# Whole plans


_codes = RuleTester(*sorted(CODES)).codes_in



def test_paraphrase_yoga_studio():
    assert _codes(DATA / "paraphrase" / "resources-bad-yoga-studio.yaml") == [
        ("SMA602", 32, 21), ("SMA603", 1, 1), ("SMA604", 14, 11)]


def test_paraphrase_nobody_owns():
    assert _codes(DATA / "paraphrase" / "resources-bad-nobody-owns.yaml") == [
        ("SMA601", 20, 12)]


def test_paraphrase_healthy_bike_coop():
    assert _codes(DATA / "paraphrase" / "resources-healthy-bike-coop.yaml") == []


def test_paraphrase_community_choir():
    assert _codes(DATA / "paraphrase" / "resources-bad-community-choir.yaml") == [
        ("SMA602", 27, 7), ("SMA603", 38, 12), ("SMA604", 14, 11)]
