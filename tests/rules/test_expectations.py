"""Tests for the expectations and timeline rules SMA501-SMA504."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.rules import frames_alone

DATA = Path(__file__).resolve().parents[1] / "data"
CODES = ("SMA501", "SMA502", "SMA503", "SMA504")

overnight = frames_alone("SMA501")
viral = frames_alone("viral-expectation")
forget = frames_alone("SMA503")
sales = frames_alone("SMA504")


def _expecting(text: str) -> str:
    """A plan whose only prose is ``text`` as its expectations (line 3)."""
    return f"organization:\n  name: Acme\nexpectations: {json.dumps(text)}\n"


# --------------------------------------------------------------------------
# SMA501 overnight-expectation


def test_short_timeline():
    findings = overnight.assert_findings("""
        timeline:
          start: 2027-05-05
          expect_results_within: 1 month
    """, [("SMA501", 3, 26)])
    assert "1 month" in findings[0].message


@pytest.mark.parametrize("value", ["6 months", "P6M", "26 weeks", "1 year", "9 months"])
def test_timeline_long_enough(value):
    overnight.assert_valid(f"""
        timeline:
          expect_results_within: {value}
    """)


def test_min_months_option():
    tester = frames_alone("SMA501", options={"SMA501": {"min_months": 12}})
    tester.assert_findings("""
        timeline:
          expect_results_within: 9 months
    """, [("SMA501", 2, 26)])


@pytest.mark.parametrize("text", [
    "The board expects overnight success.",
    "The owner wants bookings right away.",
    "We expect immediate results.",
    "Leads within weeks.",
    # paraphrases
    "We want results in the first month.",
    "By next quarter we want to see the return.",
    "Sales should start coming in immediately.",
    "Calls should pour in as soon as we launch.",
    "We need quick results before the summer.",
    "The page should fill the tables from day one.",
    "I want to see the line back to where it was from the very first week.",
    "The owners hope for a fuller diary within three months.",
    "Half the new members should come from Instagram in the first 6 weeks.",
])
def test_overnight_expectation_text(text):
    overnight.assert_findings(_expecting(text), [("SMA501", 3, 15)])


@pytest.mark.parametrize("text", [
    "No overnight results; we know trust takes time.",
    "We don't expect the phone to ring off the hook right away.",
    "It is not an overnight process.",
    "Results won't come overnight, and that's fine.",
    "Don't expect results in the first month.",
    "We don't expect sales within three months; trust takes longer.",
    "We answer every message immediately during opening hours.",
    "We will review the numbers after the first month and adjust.",
    "Guests love our overnight stays in the cabins.",
    "We proof our dough overnight.",
    "We post three times in a week.",
    "In the coming weeks we will test three formats.",
    "Within 12 months we expect 30 bookings a quarter.",
    "Slow and steady; by month nine we'd like 20 enquiries a month.",
    "Results will vary from one month to the next.",
    "In the next month we test three formats.",
    "In week one we set up the accounts and the posting rota.",
])
def test_overnight_negations_and_innocent_text(text):
    overnight.assert_valid(_expecting(text))


def test_overnight_in_goal_statement_and_motivation_item():
    overnight.assert_findings("""
        motivation:
          - The new wall opens in April.
          - We need members immediately.
        business_goals:
          - id: members
            statement: Sign up 100 members in the first month
    """, [("SMA501", 3, 5), ("SMA501", 6, 16)])


def test_overnight_goal_with_deadline_words_is_fine():
    overnight.assert_valid("""
        business_goals:
          - id: hires
            statement: Hire two agents and reply to applicants within a day
            deadline: 2027-12-31
    """)


def test_overnight_extend_phrases():
    tester = frames_alone("SMA501", options={"SMA501": {"extend_phrases": ["pronto"]}})
    tester.assert_findings(_expecting("We want bookings pronto."), [("SMA501", 3, 15)])


# --------------------------------------------------------------------------
# SMA502 viral-expectation


@pytest.mark.parametrize("text", [
    "We hope one of our reels goes viral.",
    "The launch clip will blow up on TikTok.",
    "The dance challenge should explode with teens.",
    "Instant fame for the brand.",
    # paraphrases
    "One good video could rack up millions of plays.",
    "Our bet is that a clip gets passed around by everybody.",
    "Expect our content to spread like wildfire.",
    "A single post could get a million views.",
    "Our videos could become an overnight sensation.",
    "We want to land on the For You page.",
    "If the launch video catches fire we will not need ads.",
])
def test_viral_expectation(text):
    viral.assert_findings(_expecting(text), [("SMA502", 3, 15)])


@pytest.mark.parametrize("text", [
    "We don't expect it to go viral.",
    "We rule out viral stunts.",
    "Nobody here thinks a new-menu post is going to blow up.",
    "Going viral is not the goal.",
    "It would be nice if something went viral, but we don't count on it.",
    "If a post happens to go viral, that's a bonus.",
    "We are not chasing virality.",
    "Rather than hoping to go viral, we answer every question.",
    "We vaccinate cats against viral infections.",
    "The app has a viral loop through referrals.",
    "We will blow up the best photos for the shop window.",
])
def test_viral_negations_and_innocent_text(text):
    viral.assert_valid(_expecting(text))


def test_viral_in_motivation_list_item_goal_and_rationale():
    viral.assert_findings("""
        motivation:
          - Launching v2 on May 5.
          - One couples clip gets passed around by everybody and installs follow.
        business_goals:
          - id: installs
            statement: Go viral with the launch video
        channels:
          - platform: tiktok
            rationale: Videos blow up there overnight.
    """, [("SMA502", 3, 5), ("SMA502", 6, 16), ("SMA502", 9, 16)])


def test_viral_extend_phrases():
    tester = frames_alone("SMA502", options={"SMA502": {"extend_phrases": ["meme of the year"]}})
    tester.assert_findings(_expecting("It will be the meme of the year."), [("SMA502", 3, 15)])


# --------------------------------------------------------------------------
# SMA503 set-and-forget


def test_channel_without_owner_or_cadence():
    findings = forget.assert_findings("""
        channels:
          - platform: instagram
            owner: Maria
            cadence: 3/week
          - platform: facebook
            goals: [leads]
          - platform: youtube
            owner: Maria
          - platform: reddit
            cadence: 1/week
    """, [("SMA503", 5, 5), ("SMA503", 7, 5), ("SMA503", 9, 5)])
    assert "no cadence and no owner" in findings[0].message


def test_blank_owner_counts_as_missing():
    forget.assert_findings("""
        channels:
          - platform: instagram
            owner: ""
            cadence: 3/week
    """, [("SMA503", 3, 12)])


def test_paused_channel_is_not_set_and_forget():
    forget.assert_valid("""
        channels:
          - platform: x
            status: paused
    """)


# --------------------------------------------------------------------------
# SMA504 sales-without-ecommerce


def test_sales_goal_without_ecommerce_or_ads():
    findings = sales.assert_findings("""
        organization:
          name: Gatehouse Ales
          sells_online: false
        business_goals:
          - id: cans
            statement: Move more cans
            type: sales
    """, [("SMA504", 7, 11)])
    assert "cannot buy online" in findings[0].message


@pytest.mark.parametrize("statement", [
    "Increase sales of celebration cakes",
    "Sell out every monthly can release",
    "Boost revenue from the museum shop",
    "Sell more gift cards at the counter",
])
def test_sales_statement_without_type(statement):
    sales.assert_findings(f"""
        organization:
          name: Acme
          sells_online: false
        business_goals:
          - id: money
            statement: {statement}
            type: other
    """, [("SMA504", 6, 16)])


def test_sales_goal_with_paid_channel_is_fine():
    sales.assert_valid("""
        organization:
          name: Gatehouse Ales
          sells_online: false
        business_goals:
          - {id: cans, statement: Sell out each can release, type: awareness}
        channels:
          - platform: instagram
            paid: {monthly_budget: 150}
    """)


def test_sales_goal_with_online_shop_is_fine():
    sales.assert_valid("""
        organization:
          name: PocketPal
          sells_online: true
        business_goals:
          - {id: premium, statement: Convert free users to Premium, type: sales}
    """)


@pytest.mark.parametrize("goal", [
    "{id: leads, statement: Win catering orders and more sales leads, type: lead_generation}",
    "{id: seller-leads, statement: Get more seller leads from homeowners, type: other}",
    "{id: events, statement: Fill the author evenings, type: customer_engagement}",
    "{id: why, statement: 'Not about sales: build a community of riders', type: community}",
])
def test_not_a_sales_goal(goal):
    sales.assert_valid(f"""
        organization:
          name: Acme
          sells_online: false
        business_goals:
          - {goal}
    """)


# --------------------------------------------------------------------------
# Whole plans


_codes = frames_alone(*sorted(CODES)).codes_in



def test_paraphrase_taco_truck():
    assert _codes(DATA / "paraphrase" / "expectations-bad-taco-truck.yaml") == [
        ("SMA501", 46, 15), ("SMA501", 49, 26), ("SMA502", 13, 5), ("SMA503", 27, 5),
        ("SMA504", 17, 11)]


def test_paraphrase_gift_shop():
    assert _codes(DATA / "paraphrase" / "expectations-bad-gift-shop.yaml") == [
        ("SMA501", 45, 5), ("SMA502", 10, 3), ("SMA502", 44, 5), ("SMA503", 24, 5),
        ("SMA504", 14, 16)]


def test_paraphrase_healthy_pottery():
    assert _codes(DATA / "paraphrase" / "expectations-healthy-pottery.yaml") == []


@pytest.mark.parametrize("text", [
    "Book more drain jobs, including the overnight emergency call-outs we already staff for.",
    "We offer overnight cover on bank holidays.",
    "Our overnight nurse line takes calls until 7am.",
    "Guests love our overnight stays in the cabins.",
])
def test_overnight_describing_a_service_is_innocent(text):
    overnight.assert_valid(_expecting(text))


@pytest.mark.parametrize("text", [
    "We expect sales overnight.",
    "We want bookings to double overnight once the page is live.",
    "The owner hopes we become an overnight success.",
])
def test_overnight_about_speed_still_counts(text):
    overnight.assert_findings(_expecting(text), [("SMA501", 3, 15)])


def test_overnight_service_in_goal_statement():
    overnight.assert_valid("""
        business_goals:
          - id: jobs
            statement: >
              Book more drain and water-heater jobs from homeowners in the north suburbs,
              including the overnight emergency call-outs we already staff for
    """)


# --------------------------------------------------------------------------
# SMA502: spreading by itself in plain words; medical "viral"

@pytest.mark.parametrize("text", [
    "One clip of a teenager's funniest translation mix-up will get passed from phone to "
    "phone across the whole city and fill the September groups by itself.",
    "The recipe video will spread by word of mouth by itself.",
    "One good reel will be shared by every parent in town and do the work for us.",
    "Our launch video will do the selling for us.",
])
def test_viral_expectation_plain_words(text):
    viral.assert_findings(_expecting(text), [("SMA502", 3, 15)])


@pytest.mark.parametrize("text", [
    "Word of mouth from happy parents builds slowly; we ask each family for a review.",
    "Each enquiry is passed from reception to a teacher within a day.",
])
def test_viral_expectation_plain_words_near_misses(text):
    viral.assert_valid(_expecting(text))


@pytest.mark.parametrize("text", [
    "Last spring a viral outbreak of canine parvovirus closed the kennels.",
    "Every winter the viral respiratory surge fills the children's ward.",
    "We post reminders before the viral season starts.",
    "A viral meningitis case can look like flu at first.",
])
def test_viral_expectation_medical_is_valid(text):
    viral.assert_valid(_expecting(text))


def test_viral_expectation_medical_near_miss_still_counts():
    viral.assert_findings(_expecting("We hope our flu-jab reel goes viral this season."),
                          [("SMA502", 3, 15)])


# A sale that is one part of a goal typed as something else: the other objective
# (something customers do) is what the goal is about, and social media has a way to
# move it. A statement that is only the sale stays a sales statement, whatever its type.
SALE_AS_A_PART = [
    ("other", "Staff the craft market with club volunteers and sell out the tombola", False),
    ("community", "Get neighbours to sign up for the litter pick and sell every bake-stall tray",
     False),
    ("retention", "Bring lapsed swimmers back for a lesson, plus sell more ten-swim cards",
     False),
    ("customer_engagement", "Fill the quiz nights with teams of four and sell out the bar snacks",
     False),
    ("other", "Sell out the tombola", True),
    ("brand", "Increase sales and revenue at the counter", True),
    ("awareness", "Grow turnover, sales and profit", True),
]


@pytest.mark.parametrize(("kind", "statement", "fires"), SALE_AS_A_PART)
def test_sale_as_one_part_of_a_typed_goal(kind, statement, fires):
    plan = f"""
        organization:
          name: Acme
          sells_online: false
        business_goals:
          - id: fair
            statement: {statement}
            type: {kind}
    """
    if fires:
        sales.assert_findings(plan, [("SMA504", 6, 16)])
    else:
        sales.assert_valid(plan)


def test_an_untyped_goal_with_a_sale_among_other_objectives_is_still_read():
    """Only the author's own type says the goal is about something else."""
    sales.assert_findings("""
        organization:
          name: Acme
          sells_online: false
        business_goals:
          - id: term
            statement: Fill every class with new learners and sell out the term
    """, [("SMA504", 6, 16)])


# --------------------------------------------------------------------------
# A stretch of the customers' own calendar ("through their first weeks") is how long
# the business helps them, not a deadline for results.


def _goal(statement: str) -> str:
    """A plan whose only prose is one goal statement (line 4, column 16)."""
    return ("organization:\n  name: Acme\nbusiness_goals:\n  - id: g\n"
            f"    statement: {json.dumps(statement)}\n")


@pytest.mark.parametrize("statement", [
    "Support new tenants through their first month so fewer move out early",
    "Coach members during their opening fortnight so they keep coming",
    "Walk new clients through their first three weeks so fewer drop the programme",
    "Stay in touch with new patients throughout their first six weeks of treatment",
])
def test_overnight_span_on_the_customers_calendar_is_not_a_deadline(statement):
    overnight.assert_valid(_goal(statement))


def test_overnight_our_own_first_weeks_still_count():
    overnight.assert_findings(_goal("Double our enquiries within the first six weeks of posting"),
                              [("SMA501", 5, 16)])


# --------------------------------------------------------------------------
# A conditional evaluation ("X would be cool") overruled by a contrast clause is a
# wish, not an expectation.


@pytest.mark.parametrize("text", [
    "going viral would be nice but really what we want is steady bookings",
    "A clip blowing up would be fun, but the actual aim is simply repeat orders.",
    "Honestly a post taking off would be a lovely bonus, but the target is just more "
    "table bookings.",
    "one of the reels spreading would be pretty awesome but the aim is just regulars "
    "coming back",
])
def test_viral_wish_overruled_by_a_contrast_is_innocent(text):
    viral.assert_valid(_expecting(text))


def test_viral_expectation_without_the_wish_still_counts():
    viral.assert_findings(_expecting("We expect one of our reels to go viral and bring in "
                                     "the crowds."), [("SMA502", 3, 15)])
