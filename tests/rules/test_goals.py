"""The goals rules SMA101-SMA106: exact findings on snippets, paraphrases and negations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.rules import frames_alone

GOAL = """
business_goals:
  - id: g
    statement: {statement}
    target: 30 per quarter
    deadline: 2027-Q2
"""


def goal(statement: str) -> str:
    """A one-goal plan; the statement is quoted, so it starts at line 3, column 16."""
    return GOAL.format(statement=json.dumps(statement))


# --------------------------------------------------------------------------
# SMA101 no-business-goal

no_goal = frames_alone("SMA101")


def test_sma101_missing_goals():
    no_goal.assert_findings("""
        organization:
          name: Rosa's Bakery
        channels:
          - platform: instagram
    """, [("SMA101", 1, 1)])


def test_sma101_empty_goals():
    no_goal.assert_findings("""
        organization:
          name: Rosa's Bakery
        business_goals: []
    """, [("SMA101", 3, 17)])


def test_sma101_goals_present():
    no_goal.assert_valid(goal("Win catering orders from offices within 5 km"))


# --------------------------------------------------------------------------
# SMA102 social-as-strategy

social = frames_alone("SMA102")


@pytest.mark.parametrize("statement", [
    "Grow our Instagram to 10,000 followers",            # the catalog's examples
    "Get 10,000 followers on Instagram",
    "More likes on our Facebook page",
    "Increase engagement on our page",
    "Have a strong presence on TikTok",
    "Be on every platform",
    "Go viral with a cake video",
    # paraphrases
    "Build our social media presence",
    "Gain 5k new TikTok followers by summer",
    "Boost our Instagram engagement rate to 5%",
    "Establish an online presence",
    "Be more active on social media",
    "Post daily on Instagram",
    "Launch our YouTube channel",
    "Get more views on our reels",
    "Double our following on LinkedIn",
    "Become the most followed bakery in town",
    "Reach 5,000 page likes",
    "Grow to 10,000 followers by December",
    "Hit 1k subscribers on YouTube",
    "Increase our social media following",
    "Get people to like and share our posts",
    "More people following us on Instagram",
    "Make our Facebook page more popular",
    "Get noticed on TikTok",
    "Build a following on LinkedIn",
    "Grow our fan base on Facebook",
    "Double our Instagram reach this year",
    "Be present on every social network",
    "Set up accounts on Facebook, Instagram and TikTok",
    "Get 10,000 followers so customers find our catering",
    "Take our Instagram from 900 to 5k followers before the holiday market",
    "Have a TikTok",
    "Get our name out there on social media",
    "Increase brand awareness on Instagram through reels",
    "Get more engagement on our posts",
    "Boost our follower count",
    "Improve our online visibility on social channels",
    "Build an Instagram audience",
    "Become an Instagram-famous bakery",
    "Triple the number of people who follow the page",
    "Get 50 shares per post",
    "Have our videos seen by a million people",
    "Generate buzz on social media",
    "Make a splash on TikTok",
    "Increase reach and impressions",
    "Get the page verified",
    "Win the algorithm",
])
def test_sma102_goal_about_social_media(statement):
    social.assert_findings(goal(statement), [("SMA102", 3, 16)])


@pytest.mark.parametrize("statement", [
    "Book 30 catering orders through Instagram",         # the platform as the means
    "Turn more service customers and local followers into winter tyre fittings",
    "Get more bookings from our Instagram followers",
    "Get 500 followers to book a tasting",
    "Fill the Saturday workshops with people who follow our page",
    "Sign up 200 new library cardholders through the Facebook parents group",
    "Get 30 couples to book a tasting from Instagram ads",
    "Improve customer engagement and retention",         # customers, not the page
    "Improve engagement with parents at storytime",
    "Grow our newsletter to 2,000 subscribers",          # an owned list
    "Collect residents' views on the participatory budget",  # opinions, not video views
    "Answer every comment on our posts within 4 hours",
    "Be the HVAC company neighbours recommend on Nextdoor",
    "Reach more families with toddlers",
    "Win catering orders from offices within 5 km",
    "Not chasing followers: win 30 catering orders",     # negated
    "Rather than going viral, fill the Tuesday tables",
    "Bring 40 more families to storytime each month",
    "Get couples who follow us to book a tasting",
    "Use Instagram to book 30 tastings per quarter",
    "Raise brand awareness among office managers in the business park",
    "Get more people to sign up for the newsletter from Instagram",
    "Increase followers' visits to the taproom on weeknights",
    "Answer every Facebook message within 4 hours",
    "Recruit 10 volunteers through the Facebook group",
    "Build a community of local parents who attend our workshops",
    "Open an Instagram shop for the holiday mugs",
    "Make the bakery known in the two neighbourhoods next to ours",
    "Grow the Saturday group ride into a regular community",
])
def test_sma102_business_goal_is_valid(statement):
    social.assert_valid(goal(statement))


def test_sma102_points_at_each_offending_statement():
    findings = social.assert_findings("""
        business_goals:
          - id: orders
            statement: Win catering orders from offices
          - id: insta
            statement: Grow our Instagram
          - id: fame
            statement: >-
              Go viral
    """, [("SMA102", 5, 16), ("SMA102", 8, 7)])
    assert findings[0].message == (
        "goal 'insta' is about social media itself rather than the business: "
        '"Grow our Instagram" (a social-media quantity, Grow our Instagram, is the goal\'s object, '
        "and nothing the business gains)")
    assert findings[0].location.pointer == "/business_goals/1/statement"


def test_sma102_extend_phrases():
    tester = frames_alone("SMA102", options={"SMA102": {"extend_phrases": ["blue tick"]}})
    tester.assert_findings(goal("Earn the blue tick"), [("SMA102", 3, 16)])


# --------------------------------------------------------------------------
# SMA103 outcome-as-goal

outcome = frames_alone("SMA103")


@pytest.mark.parametrize("statement", [
    "Increase sales",
    "More revenue",
    "Grow the bottom line",
    "Make more money",
    "Boost profit by 15%",
    "Increase online sales by 20% this year",
    "Sales up 20%",
    "Sell more",
    "Become profitable by Q4",
    "Grow sales and profit",
    "Hit $1M in revenue",
    "Drive more revenue from social media",
    "Maximise our profit margins",
    "Increase turnover by 15%",
    "Make social media pay",
    "Improve profitability",
    "Earn more from the shop",
    "Bring in more money over the winter months",
    "Get more money in the till",
])
def test_sma103_money_only(statement):
    outcome.assert_findings(goal(statement), [("SMA103", 3, 16)])


@pytest.mark.parametrize("statement", [
    "Increase repeat orders from existing catering clients by 20%",
    "Grow revenue from corporate catering by winning 30 office accounts",
    "Generate 40 sales leads a month",
    "Increase sales of whitening through free consultations",
    "Sell more two-week intro passes to people living nearby",
    "Sell more used e-bikes through the web shop",
    "Sell out each monthly can release on its first weekend",
    "Help residents save money on water bills",
    "Improve how residents manage money",
    "Move trial climbers to a paid membership at £38/month",
    "Not about sales: keep members after their first three months",
    "Sell more cakes",
    "Grow revenue from returning customers by 15%",
    "Raise money for the new roof by getting 200 neighbours to donate",
    "Increase online orders from first-time customers",
    "Sell 200 tickets to the summer gala",
])
def test_sma103_objective_is_valid(statement):
    outcome.assert_valid(goal(statement))


def test_sma103_message_quotes_the_sentence():
    (finding,) = outcome.assert_findings(goal("Boost profit"), [("SMA103", 3, 16)])
    assert finding.message == (
        "goal 'g' is only money, an outcome rather than a goal: \"Boost profit\" (money, "
        "profit, is the goal's only object, with no customer behaviour in between)")


def test_sma103_objective_phrases_option():
    tester = frames_alone("SMA103", options={"SMA103": {"extend_objective_phrases": ["menu"]}})
    tester.assert_valid(goal("Increase sales of the new menu"))


# --------------------------------------------------------------------------
# SMA104 unmeasurable-goal

unmeasurable = frames_alone("SMA104")


def test_sma104_missing_deadline():
    (finding,) = unmeasurable.assert_findings("""
        business_goals:
          - id: recruit
            statement: Attract experienced agents
            target: 4 agents
    """, [("SMA104", 2, 5)])
    assert finding.location.pointer == "/business_goals/0/deadline"
    assert "no deadline" in finding.message


def test_sma104_missing_both_is_one_finding():
    (finding,) = unmeasurable.assert_findings("""
        business_goals:
          - {id: a, statement: Win catering orders, target: 30, deadline: 2027-Q2}
          - id: b
            statement: Get known in town
            target: ""
    """, [("SMA104", 5, 13)])
    assert "no target or deadline" in finding.message


def test_sma104_measurable_goal():
    unmeasurable.assert_valid(goal("Win catering orders"))


# --------------------------------------------------------------------------
# SMA105 orphan-channel

orphan = frames_alone("SMA105")


def test_sma105_channel_without_goals():
    orphan.assert_findings("""
        business_goals:
          - {id: leads, statement: Win catering orders}
        channels:
          - platform: instagram
            goals: [leads]
          - platform: pinterest
            cadence: 3/week
          - platform: threads
            goals: []
    """, [("SMA105", 6, 5), ("SMA105", 9, 12)])


def test_sma105_every_channel_serves_a_goal():
    orphan.assert_valid("""
        channels:
          - platform: instagram
            goals: [leads]
    """)


# --------------------------------------------------------------------------
# SMA106 no-strategy

no_strategy = frames_alone("SMA106")


def test_sma106_channels_without_strategy():
    no_strategy.assert_findings("""
        organization:
          name: Rosa's Bakery
        channels:
          - platform: instagram
    """, [("SMA106", 1, 1)])


def test_sma106_blank_strategy():
    no_strategy.assert_findings("""
        strategy: ""
        channels:
          - platform: instagram
    """, [("SMA106", 1, 11)])


def test_sma106_no_channels_no_finding():
    no_strategy.assert_valid("""
        organization:
          name: Rosa's Bakery
    """)


def test_sma106_strategy_present():
    no_strategy.assert_valid("""
        strategy: Show the cakes where office managers plan events, then answer fast.
        channels:
          - platform: instagram
    """)


def test_sma106_a_clause_met_in_another_strategy_is_judged_the_same():
    # the substance of a strategy is kept per clause: a clause decides the same way
    # beside other clauses, whichever strategy brought it first
    plan = "strategy: {}\nchannels:\n  - platform: instagram\n"
    asks = "ask office managers to book a tasting box"
    no_strategy.assert_valid(plan.format(f"Post regularly, then {asks}."))
    no_strategy.assert_findings(plan.format("Post regularly; be everywhere."),
                                [("SMA106", 1, 11)])
    no_strategy.assert_valid(plan.format(f"Be everywhere; {asks}."))
    no_strategy.assert_findings(plan.format("Be everywhere, and post regularly."),
                                [("SMA106", 1, 11)])


# --------------------------------------------------------------------------
# Whole plans: every rule runs, only the goals rules are compared

CODES = {"SMA101", "SMA102", "SMA103", "SMA104", "SMA105", "SMA106"}
DATA = Path(__file__).resolve().parents[1] / "data"


_codes = frames_alone(*sorted(CODES)).codes_in



def test_paraphrase_pottery_studio():
    # followers in other words, money in other words, no deadline, an orphan channel
    assert _codes(DATA / "paraphrase" / "goals-bad-pottery-studio.yaml") == [
        ("SMA102", 14, 16), ("SMA103", 19, 16), ("SMA104", 23, 5), ("SMA105", 39, 5),
        ("SMA106", 1, 1)]


def test_paraphrase_healthy_pottery_studio():
    # followers, money and Instagram are all mentioned, as means and metrics
    assert _codes(DATA / "paraphrase" / "goals-healthy-pottery-studio.yaml") == []


# --------------------------------------------------------------------------
# The phrase lists themselves


def test_default_phrases_compile():
    from smaudit.model.prose.cues import compile_cues
    from smaudit.rules.goals.outcome_as_goal import OBJECTIVES, OUTCOME_AS_GOAL
    from smaudit.rules.goals.social_as_strategy import SOCIAL_AS_STRATEGY

    for phrases in (SOCIAL_AS_STRATEGY, OUTCOME_AS_GOAL, OBJECTIVES):
        assert not [p for p in phrases if "{" in p or "}" in p]  # every f-string formatted
        compile_cues(tuple(phrases))


def test_cue_matches_agrees_with_the_cue_module():
    from smaudit.model.prose.cue_matching import cue_matches
    from smaudit.model.prose.cues import compile_cues

    phrases = ("go viral", "competitor*", "(board|owner) ... wants")
    for text in ["We will go viral.", "We won't go viral.", "Our competitors' pages",
                 "The board really wants it; nobody wants it", "İstanbul office: go viral"]:
        ours = [(m.text, m.start, m.sentence) for m in cue_matches(phrases, text)]
        theirs = [(m.text, m.start, m.sentence) for m in compile_cues(phrases).find_all(text)]
        assert ours == theirs, text
    assert [m.text for m in cue_matches(phrases, "We won't go viral.", negation=False)] == [
        "go viral"]
    assert [m.index for m in cue_matches(phrases, ["calm", "go viral"])] == [1]
    assert [(m.index, m.text) for m in cue_matches(phrases, ["İ", "İzmir: Go Viral"])] == [
        (1, "Go Viral")]


@pytest.mark.parametrize("statement", [
    "Build the biggest LinkedIn following of any accounts-payable software company",
    "Become the most-tagged hotel on the harbour on Instagram",
    "Have the largest Instagram following of any florist in town",
    "Be the most followed bakery in the county",
    "Be the most talked-about cafe on TikTok in the city",
    "Get tagged on Instagram by more guests than any other hotel",
])
def test_sma102_being_followed_or_tagged_as_the_goal(statement):
    social.assert_findings(goal(statement), [("SMA102", 3, 16)])


@pytest.mark.parametrize("statement", [
    "Be the most recommended plumber in the north suburbs",
    "Win the most bookings of any hotel on the harbour",
    "Book more stays from guests who tagged us on Instagram",
    "Turn most of our followers into paying members",
    "Get more mentions in the local press",
])
def test_sma102_business_superlatives_are_valid(statement):
    social.assert_valid(goal(statement))


# --------------------------------------------------------------------------
# SMA103: money-only goals worded as income, takings, billings...

@pytest.mark.parametrize("statement", [
    "Lift the branch's fee and interest income by eight percent over last year",
    "Push up our takings by 10% this year",
    "Raise the practice's annual billings by 12% over last year",
])
def test_sma103_income_wordings(statement):
    outcome.assert_findings(goal(statement), [("SMA103", 3, 16)])


def test_sma103_income_with_an_objective_is_valid():
    outcome.assert_valid(goal("Lift the branch's fee income by winning 40 new business accounts"))


# --------------------------------------------------------------------------
# SMA102: the account built into a bigger account; targets in followers

TARGETED = """
business_goals:
  - id: g
    statement: {statement}
    target: {target}
    deadline: 2027-Q2
"""


def targeted(statement: str, target: str) -> str:
    """A one-goal plan with a target; the statement starts at line 3, column 16."""
    return TARGETED.format(statement=json.dumps(statement), target=json.dumps(target))


@pytest.mark.parametrize("statement", [
    "Build our Instagram into one of the biggest maker accounts in the country, "
    "the one everyone tags",
    "Grow our TikTok into the best-known bakery account in the region",
    "Grow our Facebook into the most followed page in town",
])
def test_sma102_account_into_bigger_account(statement):
    social.assert_findings(targeted(statement, "30 orders per quarter"), [("SMA102", 3, 16)])


def test_sma102_followers_into_customers_is_valid():
    social.assert_valid(targeted("Turn our Instagram followers into paying workshop customers",
                                 "30 workshop bookings per quarter"))


@pytest.mark.parametrize("target", ["60,000 followers", "10k likes per post",
                                    "5,000 video views a month"])
def test_sma102_target_in_social_counts(target):
    (finding,) = social.assert_findings(
        targeted("Be the workshop people think of for oak furniture", target),
        [("SMA102", 3, 16)])
    assert "target" in finding.message


@pytest.mark.parametrize("target", ["30 catering inquiries", "200 followers who booked",
                                    "500 newsletter subscribers",
                                    "40 bookings from 2,000 followers"])
def test_sma102_business_targets_are_valid(target):
    social.assert_valid(targeted("Be the workshop people think of for oak furniture", target))


# --------------------------------------------------------------------------
# People brought somewhere ("getting students back", "drawing workers down to the
# market") are a customer behaviour, whatever the verb of bringing and the place.


@pytest.mark.parametrize("statement", [
    "Grow takings by bringing lapsed walkers back to the tearoom every weekend",
    "Increase income by getting commuters in through the side door before nine",
    "Raise turnover by drawing office workers down to the market at lunchtime",
    "Lift sales by tempting former members back for a spring reunion class",
    "Grow fee income by getting parents along to the open evening each term",
    "Raise income by welcoming families in for Sunday lunch",
])
def test_sma103_money_with_people_brought_in_is_valid(statement):
    outcome.assert_valid(goal(statement))


@pytest.mark.parametrize("statement", [
    "Grow revenue by getting more money back from the suppliers",
    "Get profits back up to where they were",
])
def test_sma103_money_brought_back_is_still_only_money(statement):
    outcome.assert_findings(goal(statement), [("SMA103", 3, 16)])


@pytest.mark.parametrize("statement", [
    "Use TikTok to get teenagers signing up for climbing taster sessions, not just liking clips",
    "Use Facebook to bring older residents into the lunch club, not just to collect likes",
])
def test_sma102_platform_used_to_bring_people_in_is_valid(statement):
    social.assert_valid(goal(statement))


# --------------------------------------------------------------------------
# A goal recorded behind a reporting lead ("it was resolved that ...") is read from
# after the lead: the verb of deciding is not a customer acting.


@pytest.mark.parametrize("statement", [
    "It was agreed that the gallery's turnover should be increased this year.",
    "The trustees decided that income must rise so the roof can be fixed.",
    "It was minuted that the shop's profit ought to be grown next year.",
    "The partners agreed that turnover has to go up before the lease renewal.",
    "It was resolved that the hall's income should be grown so the grant can shrink.",
])
def test_sma103_money_goal_behind_a_reporting_lead(statement):
    outcome.assert_findings(goal(statement), [("SMA103", 3, 16)])


@pytest.mark.parametrize("statement", [
    "It was agreed that the gallery should win more school bookings this year.",
    "It was noted that the clinic should win more referrals from local GPs.",
    "It was resolved that revenue be grown by getting more lapsed members to renew.",
])
def test_sma103_objective_behind_a_reporting_lead_is_valid(statement):
    outcome.assert_valid(goal(statement))


# --------------------------------------------------------------------------
# The noun after a social count's target ("reach from 2,000 to 5,000 households") is
# what the count counts, not customers gained; a remark after the goal does not change it.


@pytest.mark.parametrize("statement", [
    "Raise weekly post reach from 1,500 to 3,500 accounts; that is the figure I can check.",
    "Lift Facebook post reach from 2,000 to 5,000 households; that is the one number the "
    "board reads.",
    "Get our followers from 500 to 1,200 customers and fans; it's what the owner checks.",
    "Take weekly story views from 300 to 900 people; it is the one figure our manager reads.",
])
def test_sma102_social_count_to_a_number_of_people(statement):
    social.assert_findings(goal(statement), [("SMA102", 3, 16)])


@pytest.mark.parametrize("statement", [
    "Grow the choir from 40 to 60 singers by recruiting through Facebook events",
    "Raise bookings from 12 to 30 families a month using Instagram stories",
])
def test_sma102_business_count_to_a_number_of_people_is_valid(statement):
    social.assert_valid(goal(statement))


# --------------------------------------------------------------------------
# A platform that only dates the goal ("in the first month of Instagram", "after a year
# on TikTok") is not the goal's object.


@pytest.mark.parametrize("statement", [
    "To double the trial piano lessons already in the first month of TikTok.",
    "Triple trial lessons after a year on TikTok",
    "Double the first hem alterations in the opening months of Facebook",
    "Fill half the Saturday tee times within two seasons of being on Facebook",
])
def test_sma102_platform_dating_the_goal_is_valid(statement):
    social.assert_valid(goal(statement))


@pytest.mark.parametrize("statement", [
    "Grow our Instagram to 3,000 followers in the first month",
    "Get the page looking professional within six months of Facebook",
])
def test_sma102_platform_goal_with_a_time_still_counts(statement):
    social.assert_findings(goal(statement), [("SMA102", 3, 16)])


# --------------------------------------------------------------------------
# "Rev", the clipped revenue of note form, is money; the verb "rev up" is not.


@pytest.mark.parametrize("statement", [
    "Rev +20% YoY. Period.",
    "Grow net rev 15% next FY",
    "Gross rev to 400k by end of FY26",
])
def test_sma103_clipped_revenue_is_money(statement):
    outcome.assert_findings(goal(statement), [("SMA103", 3, 16)])


@pytest.mark.parametrize("statement", [
    "Rev up repeat bookings from returning clients by 20%",
    "Rev up the studio's trial sign-ups ahead of January",
])
def test_sma103_rev_up_is_not_money(statement):
    outcome.assert_valid(goal(statement))
