"""Tests for the tactics rules SMA701-SMA705."""

from __future__ import annotations

from pathlib import Path

import pytest

from smaudit.testing import RuleTester

DATA = Path(__file__).resolve().parents[1] / "data"
CODES = ("SMA701", "SMA702", "SMA703", "SMA704", "SMA705")

giveaway = RuleTester("SMA701")
funnel = RuleTester("funnel-skip")
influencer = RuleTester("SMA703")
cta = RuleTester("SMA704")
hard_sell = RuleTester("SMA705")


# --------------------------------------------------------------------------
# SMA701 giveaway-without-conversion


def test_giveaway_without_conversion():
    findings = giveaway.assert_findings("""
        tactics:
          - name: Win a free whitening!
            type: giveaway
            call_to_action: Like, follow and tag 3 friends
    """, [("SMA701", 2, 5)])
    assert '"Win a free whitening!"' in findings[0].message


def test_contest_with_placeholder_conversion():
    giveaway.assert_findings("""
        tactics:
          - name: Photo contest
            type: contest
            conversion: TBD
    """, [("SMA701", 4, 17)])


def test_giveaway_named_but_untyped():
    giveaway.assert_findings("""
        tactics:
          - name: Spring raffle - win an e-bike
            type: other
          - name: Summer prize draw
    """, [("SMA701", 2, 5), ("SMA701", 4, 5)])


@pytest.mark.parametrize("healthy", [
    """
    tactics:
      - name: Money-date duet challenge
        type: contest
        conversion: Entrants get a referral link and 3 months of Premium once they sign up
    """,
    # a content tactic that mentions winning is no giveaway
    """
    tactics:
      - name: How we win customers back
        type: content
    """,
    # a typed tactic is judged by its type, not by a word in its name
    """
    tactics:
      - name: Giveaway recap video
        type: content
    """,
])
def test_giveaway_valid(healthy):
    giveaway.assert_valid(healthy)


# --------------------------------------------------------------------------
# SMA702 funnel-skip


def test_funnel_skip_lead_capture_with_promotional_channels():
    findings = funnel.assert_findings("""
        business_goals:
          - id: seller-leads
            statement: Get valuation requests
            type: lead_generation
        channels:
          - platform: facebook
            content_mix: {promotional: 70, offers: 30}
          - platform: youtube
            content_mix: {promotional: 100}
        tactics:
          - name: Free home valuation
            type: lead_capture
    """, [("SMA702", 12, 11)])
    assert '"Free home valuation"' in findings[0].message


def test_funnel_skip_paraphrased_categories_and_social_selling():
    funnel.assert_findings("""
        channels:
          - platform: linkedin
            content_mix: {product_pitches: 60, quote_offers: 40}
        tactics:
          - name: Connect-and-pitch messages
            type: social_selling
    """, [("SMA702", 6, 11)])


def test_funnel_skip_lead_goal_only_ads_and_giveaways():
    funnel.assert_findings("""
        business_goals:
          - id: quotes
            statement: Get quote requests
            type: lead_generation
        tactics:
          - name: Lead form ads
            type: advertising
          - name: Win a free boiler service
            type: giveaway
    """, [("SMA702", 4, 11)])


def test_funnel_skip_content_tactic_that_is_itself_a_sales_push():
    funnel.assert_findings("""
        tactics:
          - name: Weekly price drop reel
            type: content
          - name: Test ride form
            type: lead_capture
    """, [("SMA702", 5, 11)])


@pytest.mark.parametrize("healthy", [
    # the plan-format example: one lead_capture tactic, but a mostly non-promotional mix
    """
    business_goals:
      - {id: catering-leads, statement: Win catering orders, type: lead_generation}
    channels:
      - platform: instagram
        content_mix: {showcase: 50, behind_the_scenes: 30, promotional: 20}
    tactics:
      - name: Tasting box for office managers
        type: lead_capture
    """,
    # a content tactic builds trust even when every mix is promotional
    """
    channels:
      - platform: facebook
        content_mix: {promotional: 100}
    tactics:
      - {name: Monthly market report, type: lead_capture}
      - {name: Relocation guide videos, type: content}
    """,
    # answering customers builds trust too
    """
    tactics:
      - {name: Free valuation, type: lead_capture}
      - {name: Answer every question within a day, type: customer_service}
    """,
    # a helpful content tactic whose name mentions selling still builds trust
    """
    channels:
      - platform: facebook
        content_mix: {listings: 100}
    tactics:
      - {name: Free valuation, type: lead_capture}
      - {name: Home selling tips, type: content}
    """,
    # an event or community tactic counts too
    """
    tactics:
      - {name: Free valuation, type: lead_capture}
      - {name: Open studio night, type: event}
    """,
    # a tactic serving an awareness goal
    """
    business_goals:
      - {id: known, statement: Be known in the valley, type: awareness}
    tactics:
      - {name: Free valuation, type: lead_capture}
      - {name: Neighbourhood spotlight ads, type: advertising, goals: [known]}
    """,
    # nothing asks for leads
    """
    business_goals:
      - {id: loyal, statement: Keep regulars, type: retention}
    channels:
      - platform: instagram
        content_mix: {offers: 100}
    """,
    # a lead goal but the plan says nothing about tactics or content: no evidence
    """
    business_goals:
      - {id: leads, statement: Get quote requests, type: lead_generation}
    channels:
      - platform: facebook
    """,
])
def test_funnel_skip_valid(healthy):
    funnel.assert_valid(healthy)


# --------------------------------------------------------------------------
# SMA703 influencer-without-affinity


def test_influencer_affinity_false():
    findings = influencer.assert_findings("""
        tactics:
          - name: Science creator collaboration
            type: influencer
            influencer:
              handle: "@quarkqueen"
              brand_affinity: false
    """, [("SMA703", 6, 23)])
    assert "@quarkqueen" in findings[0].message


def test_influencer_affinity_missing():
    influencer.assert_findings("""
        tactics:
          - name: Creator collab
            type: influencer
            influencer:
              handle: "@someone"
          - name: Another collab
            type: influencer
    """, [("SMA703", 5, 7), ("SMA703", 6, 5)])


@pytest.mark.parametrize("text", [
    "has never mentioned us",
    "She has never posted about our shop",
    "No link to us so far, but a huge audience in our age group",
    "Big following among commuters",
    "none",
    "no",
    "not yet",
    "We will pay her to post three reels",
])
def test_influencer_text_without_affinity(text):
    influencer.assert_findings(f"""
        tactics:
          - name: Creator collab
            type: influencer
            influencer:
              brand_affinity: "{text}"
    """, [("SMA703", 5, 23)])


@pytest.mark.parametrize("text", [
    "already posts about our shop",
    "A regular at the taproom for years",
    "Loyal customer since 2019",
    "follows us and comments on most posts",
    "Has reviewed our cakes twice, unprompted",
    "She studied here and still tags the department",
    "yes",
    "true",
    "moderate",
    "She has bought from us before",
])
def test_influencer_text_with_affinity(text):
    influencer.assert_valid(f"""
        tactics:
          - name: Creator collab
            type: influencer
            influencer:
              brand_affinity: "{text}"
    """)


def test_influencer_given_as_a_bare_handle():
    findings = influencer.assert_findings("""
        tactics:
          - name: Creator collab
            type: influencer
            influencer: "@someone"
    """, [("SMA703", 4, 17)])
    assert "@someone" in findings[0].message


def test_influencer_valid_and_unrelated():
    influencer.assert_valid("""
        tactics:
          - name: Beer reviewer collab
            type: influencer
            influencer: {handle: "@hank", brand_affinity: true}
          - name: Tip Tuesday
            type: content
    """)


def test_influencer_extend_phrases():
    tester = RuleTester("SMA703", options={"SMA703": {"extend_phrases": ["brand ambassador"]}})
    plan = """
        tactics:
          - type: influencer
            influencer: {brand_affinity: our brand ambassador in 2025}
    """
    tester.assert_valid(plan)
    influencer.assert_findings(plan, [("SMA703", 3, 34)])


# --------------------------------------------------------------------------
# SMA704 no-call-to-action


def test_no_call_to_action():
    findings = cta.assert_findings("""
        tactics:
          - name: Liquid nitrogen Fridays
            type: content
          - name: Visit-day countdown
            type: content
            call_to_action: Register for visit day
          - name: Member stories
            call_to_action: n/a
    """, [("SMA704", 2, 5), ("SMA704", 8, 21)])
    assert "Liquid nitrogen Fridays" in findings[0].message


def test_no_call_to_action_listening_is_exempt():
    cta.assert_valid("""
        tactics:
          - name: Watch for commuters asking about e-bikes
            type: listening
    """)


def test_no_call_to_action_exempt_types_option():
    tester = RuleTester("SMA704", options={"SMA704": {"exempt_types": ["customer_service"]}})
    plan = """
        tactics:
          - {name: Answer every review, type: customer_service}
          - {name: Mentions watch, type: listening}
    """
    tester.assert_findings(plan, [("SMA704", 3, 5)])
    cta.assert_findings(plan, [("SMA704", 2, 5)])


# --------------------------------------------------------------------------
# SMA705 hard-sell


def test_hard_sell():
    findings = hard_sell.assert_findings("""
        channels:
          - platform: instagram
            content_mix: {promotions: 60, before_after: 25, tips: 15}
          - platform: facebook
            content_mix: {tips: 40, offers: 40, team: 20}
    """, [("SMA705", 3, 18)])
    assert "60%" in findings[0].message and "promotions 60" in findings[0].message


def test_hard_sell_paraphrased_categories_add_up():
    findings = hard_sell.assert_findings("""
        channels:
          - platform: instagram
            content_mix: {deals: 45, price_drops: 25, new_arrivals: 10, rides: 20}
    """, [("SMA705", 3, 18)])
    assert "70%" in findings[0].message


def test_hard_sell_mix_not_summing_to_100_is_taken_as_shares():
    hard_sell.assert_findings("""
        channels:
          - platform: facebook
            content_mix: {sales: 3, tips: 1}
    """, [("SMA705", 3, 18)])


@pytest.mark.parametrize("mix", [
    "{showcase: 50, behind_the_scenes: 30, promotional: 20}",
    "{neighbourhood_tours: 50, listing_tours: 30, promotional: 20}",
    "{promotional: 50, tips: 50}",
    "{non_promotional_news: 60, offers: 40}",
    "{after_sales_support: 70, offers: 30}",
    "{no_promo_zone: 80, deals: 20}",
    "{buyer_guides: 60, testimonials: 40}",
    "{home_selling_tips: 60, offers: 40}",
])
def test_hard_sell_valid(mix):
    hard_sell.assert_valid(f"""
        channels:
          - platform: instagram
            content_mix: {mix}
    """)


def test_hard_sell_helpful_phrases_option():
    tester = RuleTester("SMA705", options={"SMA705": {"extend_helpful_phrases": ["recipes"]}})
    plan = """
        channels:
          - platform: instagram
            content_mix: {recipes_with_deals: 60, team: 40}
    """
    hard_sell.assert_findings(plan, [("SMA705", 3, 18)])
    tester.assert_valid(plan)


def test_hard_sell_options():
    tester = RuleTester("SMA705", options={"SMA705": {"max_promotional": 20,
                                                      "extend_phrases": ["showcase"]}})
    plan = """
        channels:
          - platform: instagram
            content_mix: {showcase: 50, behind_the_scenes: 30, promotional: 20}
    """
    tester.assert_findings(plan, [("SMA705", 3, 18)])
    hard_sell.assert_valid(plan)


# --------------------------------------------------------------------------
# Whole plans


_codes = RuleTester(*sorted(CODES)).codes_in



def test_paraphrase_bike_shop():
    assert _codes(DATA / "paraphrase" / "tactics-bad-bike-shop.yaml") == [
        ("SMA701", 29, 17), ("SMA703", 37, 23), ("SMA704", 38, 5), ("SMA705", 21, 18)]


def test_paraphrase_insurance_broker():
    assert _codes(DATA / "paraphrase" / "tactics-bad-insurance-broker.yaml") == [
        ("SMA702", 25, 11), ("SMA705", 21, 18)]


def test_paraphrase_healthy_bike_shop():
    assert _codes(DATA / "paraphrase" / "tactics-healthy-bike-shop.yaml") == []


def test_paraphrase_dance_school():
    assert _codes(DATA / "paraphrase" / "tactics-bad-dance-school.yaml") == [
        ("SMA701", 29, 17), ("SMA702", 38, 11), ("SMA703", 36, 7), ("SMA704", 41, 21)]


# A key joining kinds ("information_and_prices") is that many categories sharing one
# number: each part is judged on its own and only the promotional part counts.
@pytest.mark.parametrize("mix", [
    "{information_and_prices: 60, community_notices: 40}",
    "{menus_and_prices: 70, team: 30}",
    "{how_tos & offers: 90, team: 10}",
])
def test_hard_sell_joined_key_counts_only_its_promotional_part(mix):
    hard_sell.assert_valid(f"""
        channels:
          - platform: facebook
            content_mix: {mix}
    """)


def test_hard_sell_joined_key_adds_its_promotional_part():
    (finding,) = hard_sell.assert_findings("""
        channels:
          - platform: facebook
            content_mix: {opening_times_and_offers: 50, offers: 30, team: 20}
    """, [("SMA705", 3, 18)])
    assert "55%" in finding.message and "opening_times_and_offers 25" in finding.message


def test_hard_sell_key_joining_two_promotional_kinds_counts_whole():
    (finding,) = hard_sell.assert_findings("""
        channels:
          - platform: facebook
            content_mix: {deals_and_discounts: 60, tips: 40}
    """, [("SMA705", 3, 18)])
    assert "60%" in finding.message and "deals_and_discounts 60" in finding.message


# Someone who has been through what the organization offers, or still uses what it
# has, already knows the brand: "took our course", "still rehearses at our studio".
@pytest.mark.parametrize("text", [
    "took our beginners' glazing course in 2024 and still fires her pots in our kiln",
    "Did our ten-week sourdough class last spring",
    "Joined one of our night walks and wrote it up",
    "still rehearses at our studio on Mondays",
    "Completed our first-aid course and recommends it to her readers",
])
def test_influencer_who_took_part_has_affinity(text):
    influencer.assert_valid(f"""
        tactics:
          - name: Creator collab
            type: influencer
            influencer:
              brand_affinity: "{text}"
    """)


@pytest.mark.parametrize("text", [
    "Has never taken our course",
    "Would happily do our course if we paid her",
    "She still has not visited our shop",
    "Runs her own pottery studio with a big audience",
])
def test_influencer_who_never_took_part_has_none(text):
    influencer.assert_findings(f"""
        tactics:
          - name: Creator collab
            type: influencer
            influencer:
              brand_affinity: "{text}"
    """, [("SMA703", 5, 23)])
