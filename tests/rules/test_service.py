"""Tests for the customer service and values rules SMA301-SMA306."""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent

import pytest

from smaudit.testing import RuleTester

DATA = Path(__file__).resolve().parents[1] / "data"
CODES = ("SMA301", "SMA302", "SMA303", "SMA304", "SMA305", "SMA306")

no_service = RuleTester("SMA301")
uncovered = RuleTester("uncovered-platform")
slow = RuleTester("SMA303")
listening = RuleTester("SMA304")
values = RuleTester("values-not-reflected")
no_values = RuleTester("SMA306")


# --------------------------------------------------------------------------
# SMA301 no-customer-service


def test_no_customer_service_section():
    no_service.assert_findings("""
        organization:
          name: Rosa's Bakery
        channels:
          - platform: instagram
    """, [("SMA301", 1, 1)])


def test_customer_service_without_platforms():
    no_service.assert_findings("""
        channels:
          - platform: instagram
        customer_service:
          response_time: 4h
          owner: Maria
    """, [("SMA301", 4, 3)])


def test_customer_service_with_empty_platforms():
    no_service.assert_findings("""
        channels:
          - platform: instagram
        customer_service:
          platforms: []
    """, [("SMA301", 4, 14)])


@pytest.mark.parametrize("healthy", [
    """
    organization:
      name: Rosa's Bakery
    """,
    """
    channels: []
    """,
    """
    channels:
      - platform: instagram
    customer_service:
      platforms: [instagram]
    """,
])
def test_no_customer_service_valid(healthy):
    no_service.assert_valid(healthy)


# --------------------------------------------------------------------------
# SMA302 uncovered-platform


def test_uncovered_platform():
    findings = uncovered.assert_findings("""
        channels:
          - platform: facebook
          - platform: linkedin
        customer_service:
          platforms: [facebook]
    """, [("SMA302", 3, 15)])
    assert "linkedin" in findings[0].message


def test_uncovered_platform_alias_is_normalized():
    uncovered.assert_valid("""
        channels:
          - platform: twitter
        customer_service:
          platforms: [x]
    """)


def test_blog_and_email_are_excepted_by_default():
    uncovered.assert_valid("""
        channels:
          - platform: facebook
          - platform: blog
          - platform: email
        customer_service:
          platforms: [facebook]
    """)


def test_except_platforms_option():
    tester = RuleTester("SMA302", options={"SMA302": {"except_platforms": ["youtube"]}})
    tester.assert_findings("""
        channels:
          - platform: youtube
          - platform: blog
        customer_service:
          platforms: [facebook]
    """, [("SMA302", 3, 15)])


@pytest.mark.parametrize("service", ["", "customer_service:\n  platforms: []\n"])
def test_uncovered_platform_leaves_a_plan_without_service_platforms_to_sma301(service):
    # SMA301 reports the plan once; naming every channel again would say it twice
    uncovered.assert_valid("channels:\n  - platform: facebook\n  - platform: instagram\n"
                           + service)


# --------------------------------------------------------------------------
# SMA303 slow-response


def test_slow_response():
    findings = slow.assert_findings("""
        customer_service:
          platforms: [facebook]
          response_time: 2 days
    """, [("SMA303", 3, 18)])
    assert "2 days" in findings[0].message


def test_missing_response_time():
    slow.assert_findings("""
        customer_service:
          platforms: [facebook]
          hours: Mon-Fri 9-17
    """, [("SMA303", 2, 3)])


@pytest.mark.parametrize("value", ["4h", "24h", "1 business day", "PT8H", "90 minutes", "1"])
def test_response_time_within_limit(value):
    slow.assert_valid(f"""
        customer_service:
          platforms: [facebook]
          response_time: {value}
    """)


def test_slow_response_option():
    tester = RuleTester("SMA303", options={"SMA303": {"max_response_time": "4h"}})
    tester.assert_findings("""
        customer_service:
          platforms: [facebook]
          response_time: 8h
    """, [("SMA303", 3, 18)])


def test_slow_response_leaves_a_plan_without_customer_service_to_sma301():
    slow.assert_valid("""
        channels:
          - platform: facebook
    """)


# --------------------------------------------------------------------------
# SMA304 no-listening


def test_no_listening():
    listening.assert_findings("""
        channels:
          - platform: facebook
        customer_service:
          platforms: [facebook]
          response_time: 4h
    """, [("SMA304", 4, 3)])


def test_no_listening_without_customer_service():
    listening.assert_findings("""
        organization:
          name: Rosa's Bakery
        channels:
          - platform: facebook
    """, [("SMA304", 1, 1)])


@pytest.mark.parametrize("healthy", [
    """
    channels:
      - platform: facebook
    customer_service:
      listening: Mentions of the bakery and "office catering" near us
    """,
    """
    channels:
      - platform: facebook
    tactics:
      - name: Keyword alerts for our street
        type: listening
    """,
    """
    organization:
      name: Not on social media yet
    """,
])
def test_no_listening_valid(healthy):
    listening.assert_valid(healthy)


# --------------------------------------------------------------------------
# SMA305 values-not-reflected

_GOOD_SERVICE = """
customer_service:
  platforms: [facebook]
  response_time: 4h
  hours: Mon-Fri 7-18
  owner: Sue
"""


def test_service_value_without_owner_and_hours():
    findings = values.assert_findings("""
        organization:
          name: Ashdown Boilers
          values: [clean job sites, on-time service]
        customer_service:
          platforms: [facebook]
          response_time: 4h
    """, [("SMA305", 3, 29)])
    assert "no owner" in findings[0].message and "no hours" in findings[0].message


def test_service_value_with_slow_response():
    values.assert_findings("""
        organization:
          name: Ashdown Boilers
          values:
            - customers come first
        customer_service:
          platforms: [facebook]
          response_time: 3 days
          hours: Mon-Fri 7-18
          owner: Sue
    """, [("SMA305", 4, 7)])


@pytest.mark.parametrize("value", [
    "customer-first", "responsiveness", "being there for our customers", "client care",
    "we answer every question", "friendly service", "patient-centred care",
])
def test_service_values_paraphrased(value):
    values.assert_findings(f"""
        organization:
          name: Acme
          values: ["{value}"]
    """, [("SMA305", 3, 12)])


def test_service_value_lived():
    values.assert_valid(dedent("""
        organization:
          name: Ashdown Boilers
          values: [on-time service]
    """) + _GOOD_SERVICE)


def test_transparency_value_needs_an_answer_in_time():
    values.assert_findings("""
        organization:
          name: Millbeck Parish
          values: [honesty]
        customer_service:
          platforms: [facebook]
          response_time: 1 week
    """, [("SMA305", 3, 12)])


def test_transparency_value_does_not_need_an_owner():
    values.assert_valid("""
        organization:
          name: Millbeck Parish
          values: [honesty, respect for tradition]
        customer_service:
          platforms: [facebook]
          response_time: 24h
    """)


def test_community_value_without_community_work():
    findings = values.assert_findings("""
        organization:
          name: Rosa's Bakery
          values: [craftsmanship, good neighbours]
        business_goals:
          - {id: leads, statement: Win catering orders, type: lead_generation}
    """, [("SMA305", 3, 27)])
    assert "good neighbours" in findings[0].message


@pytest.mark.parametrize("lived", [
    """
    tactics:
      - {name: Saturday group ride, type: community}
    """,
    """
    business_goals:
      - {id: ride, statement: Grow the Saturday ride, type: community}
    """,
    """
    channels:
      - platform: facebook
        content_mix: {community: 40, tips: 60}
    """,
])
def test_community_value_lived(lived):
    values.assert_valid(dedent("""
        organization:
          name: Spoke & Wheel
          values: [community]
    """) + dedent(lived))


def test_one_finding_for_service_and_openness_with_no_service():
    values.assert_findings("""
        organization:
          name: Acme
          values: [responsiveness, transparency]
    """, [("SMA305", 3, 12)])


@pytest.mark.parametrize("value", [
    "craftsmanship", "quality ingredients", "local knowledge", "lifelong learning",
    "free and equal access to information", "support local farmers", "patience",
])
def test_other_values_are_not_judged(value):
    values.assert_valid(f"""
        organization:
          name: Acme
          values: ["{value}"]
    """)


def test_values_phrases_option():
    tester = RuleTester("SMA305", options={"SMA305": {"extend_phrases": ["reliability"]}})
    tester.assert_findings("""
        organization:
          name: Acme
          values: [reliability]
    """, [("SMA305", 3, 12)])


# --------------------------------------------------------------------------
# SMA306 no-values


def test_no_values():
    no_values.assert_findings("""
        organization:
          name: Rosa's Bakery
    """, [("SMA306", 2, 3)])


def test_empty_values():
    no_values.assert_findings("""
        organization:
          name: Rosa's Bakery
          values: []
    """, [("SMA306", 3, 11)])


def test_values_present():
    no_values.assert_valid("""
        organization:
          name: Rosa's Bakery
          values: [craftsmanship]
    """)


# --------------------------------------------------------------------------
# Whole plans


_codes = RuleTester(*sorted(CODES)).codes_in



def test_paraphrase_florist():
    assert _codes(DATA / "paraphrase" / "service-bad-florist.yaml") == [
        ("SMA302", 28, 15), ("SMA303", 46, 18), ("SMA304", 45, 3),
        ("SMA305", 9, 7), ("SMA305", 10, 7)]


def test_paraphrase_tax_advisor():
    assert _codes(DATA / "paraphrase" / "service-bad-tax-advisor.yaml") == [
        ("SMA301", 1, 1), ("SMA304", 1, 1), ("SMA306", 5, 3)]


def test_paraphrase_healthy_hardware():
    assert _codes(DATA / "paraphrase" / "service-healthy-hardware.yaml") == []
