"""The channels rules SMA201-SMA207: exact findings on snippets, paraphrases and negations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smaudit.testing import RuleTester
from tests.rules import frames_alone


def motivation(text: str) -> str:
    """A plan whose (quoted) motivation starts at line 1, column 13."""
    return f"motivation: {json.dumps(text)}\n"


def rationale(text: str, platform: str = "tiktok") -> str:
    """A plan whose (quoted) channel rationale starts at line 3, column 16."""
    return f"channels:\n  - platform: {platform}\n    rationale: {json.dumps(text)}\n"


# --------------------------------------------------------------------------
# SMA201 box-checking

box = frames_alone("SMA201")


@pytest.mark.parametrize("text", [
    # the catalog's cues
    "The board said it's time to get social.",
    "Management asked for an Instagram account.",
    "We were told to set up a Facebook page.",
    "We need to be on Instagram.",
    "Everyone has a Facebook page these days.",
    "As a brand we are expected to have a presence on LinkedIn.",
    "Just to have a presence.",
    # the wording of real plans and paraphrases of it
    "At the March meeting the Library Board resolved that every branch must run its own "
    "Facebook and Instagram pages by July 1.",
    "Required for every depot under the new head-office policy.",
    "The President of the council also asked for an Instagram account for the town.",
    "Request of the mayor's office.",
    "Head office requires every franchise to post weekly.",
    "We were instructed to set up a LinkedIn page.",
    "It's expected of us these days.",
    "Honestly we're doing it to tick the box.",
    "We have to comply with the group's digital policy.",
    "Our CEO wants us on TikTok.",
    "Management asked me to handle the socials.",
    "Every business needs a Facebook page.",
    "Corporate mandated a page for each location.",
    "It came down from head office.",
    "Our franchise agreement says every location must keep an active Facebook page.",
    "The trustees have asked that the museum be on Instagram before the reopening.",
    "We've been told by the parish council to set up a page.",
    "The city manager's office expects each department to have a social media account.",
    "Grant conditions require a public Facebook page.",
    "Apparently every clinic in the network has to have one now.",
    "It was decided at the staff meeting that we need social media.",
    "The parent company rolled out a social media policy that covers all subsidiaries.",
    "Leadership has set social media as a priority for this year.",
    "It's on the KPI list from headquarters.",
    "We've been mandated to launch a TikTok by Q3.",
    "The council voted to open accounts on all major platforms.",
    "We got the instruction from the owner to post every day.",
    "Part of my job description now includes running the socials.",
    "Because it is the modern way, all businesses must be online.",
    "It's what the investors expect.",
    "Northgate's marketing lead has made it a condition of the group brand.",
    "Our founder's view is that a firm our size simply has to be on LinkedIn.",
    "The diocese has asked every parish to have a Facebook presence by Easter.",
    "The brewers' guild asked all members to set up Untappd and Instagram pages.",
    "We are doing social media because the funding agreement with the county says we must.",
    "Social media was added to my responsibilities at my last review.",
    "It's simply something a modern business has to have.",
    "Our accountant said we should be on social media.",
    "Doing this because HQ said so.",
])
def test_sma201_mandate_in_motivation(text):
    box.assert_findings(motivation(text), [("SMA201", 1, 13)])


@pytest.mark.parametrize("text", [
    "Regulars ask for photos of cakes before they order.",
    "No one forced this on us and we aren't imitating anyone.",
    "No one told us to do this; parents kept asking for storytime photos.",
    "We need to be on Nextdoor because that's where neighbours ask for plumbers.",
    "Our customers asked for a place to see daily specials.",
    "The owner wants to fill weeknights.",
    "The board wants 20% more adoptions this year.",
    "The board approved a budget after we showed them the booking data.",
    "Our manager noticed half the walk-ins mention Instagram, so we are putting time into it.",
    "Customers told us they check Facebook before calling us.",
    "Head office shares a monthly content pack we can adapt for our town.",
    "Our franchise requires approval of every post, so Dana plans a week ahead.",
    "This was not a board decision: our members asked for it.",
    "Our director noticed parents ask about term dates on Facebook every August.",
    "The owner saw that half the bookings came from Instagram messages.",
    "We must answer questions the same day because parents plan around us.",
    "Our policy is to reply to every review within 24 hours.",
    "The new wall opens in April and the owners want it full.",
    "The county funds us to reach isolated seniors, and most of their adult children are on "
    "Facebook.",
    "Our founder answers LinkedIn messages from prospective clients herself.",
    "When the chain was bought, customers worried about prices; Facebook lets us answer them.",
])
def test_sma201_reason_is_valid(text):
    box.assert_valid(motivation(text))


def test_sma201_rationale_and_list_items():
    findings = box.assert_findings("""
        motivation:
          - Weeknights are empty and we want to fill them.
          - The regional commission requires every municipality to keep a Facebook page.
        channels:
          - platform: facebook
            rationale: Facebook events are how regulars over 35 plan their week.
          - platform: instagram
            rationale: Request of the President of the Camara.
    """, [("SMA201", 3, 5), ("SMA201", 8, 16)])
    assert [f.location.pointer for f in findings] == ["/motivation/1", "/channels/1/rationale"]
    assert findings[1].message == (
        "the instagram rationale gives a mandate, not a reason: the President of the Camara's "
        'request is the only reason given: "Request of the President of the Camara."')


def test_sma201_extend_phrases():
    tester = frames_alone("SMA201", options={"SMA201": {"extend_phrases": ["the bishop's wish"]}})
    tester.assert_findings(motivation("It is the bishop's wish."), [("SMA201", 1, 13)])


# --------------------------------------------------------------------------
# SMA202 bandwagon-leap

bandwagon = frames_alone("SMA202")


@pytest.mark.parametrize("text", [
    # the catalog's cues
    "Our competitors are all on TikTok.",
    "Everyone is on Instagram these days.",
    "It worked for the bakery across town.",
    "All the other breweries in town are on TikTok and doing great.",
    "We should do it because everyone does it.",
    # the wording of real plans and paraphrases of it
    "The big city shelter have 20 thousand followers and they get many adoptions from "
    "Instagram, so we should try same way.",
    "We can't afford to fall behind.",
    "Three rival agencies launched TikToks last spring.",
    "If Glossier can do it, so can we.",
    "We saw how well the salon next door does on Instagram.",
    "Let's jump on the bandwagon.",
    "Our biggest rival gets half its bookings from Instagram.",
    "Every other dentist in the neighbourhood already posts before-and-after photos.",
    "The studio down the road fills its classes from Instagram, so we figured we'd try too.",
    "A friend who runs a cafe said TikTok tripled her lunch trade.",
    "Our nearest competitor has 8,000 followers and we have 300.",
    "Other libraries in the county have big TikTok followings.",
    "We keep hearing how well short videos are doing for other realtors.",
    "If it worked for Gymshark it can work for us.",
    "All the other florists in town are on Instagram.",
    "Lakeview Group started on Facebook last year and now everyone talks about them.",
    "We don't want to be the only shop not on Instagram.",
    "Look at what Starbucks does on Instagram; we want that.",
    "The bakery two streets over sells out every Saturday thanks to Instagram.",
    "Similar clinics grew their patient base with TikTok videos.",
    "Our neighbours at the brewery swear by Instagram.",
    "Other rescues in our region get most adoptions from Facebook, so it must work.",
    "People keep telling us every restaurant is on TikTok now.",
    "Our main rival just hit 10k followers.",
    "Every big bookstore chain is pushing BookTok now and we can't sit it out.",
    "Half the wineries in the valley now run Instagram tastings and seem to be doing well out "
    "of it.",
    "The new cafe across the square gets queues every weekend from its TikTok videos.",
    "Every realtor I know has a YouTube channel.",
    "I read that dentists who post videos get twice as many new patients.",
    "Our sister company had great results with LinkedIn so we're copying their approach.",
    "Biggest names in our industry are all over TikTok.",
    "We don't want to miss the boat like we did with Facebook.",
])
def test_sma202_bandwagon_in_motivation(text):
    bandwagon.assert_findings(motivation(text), [("SMA202", 1, 13)])


@pytest.mark.parametrize("text", [
    # learning from others is research, not a leap
    "We studied how our competitor answers complaints and learned that fast public replies "
    "calm people down.",
    "Unlike our competitors, we answer within the hour.",
    "We benchmarked three other libraries and learned that weekly reminders work best.",
    "Competitors' customers complain about slow replies, so we will answer fast.",
    "We looked at what our competitor's customers complain about and want to answer them.",
    # our own experience
    "It worked for us last year when we posted the weekly menu.",
    "Our shop gets most orders from Instagram.",
    "Instagram worked well for our autumn menu launch last year.",
    "The other branches of our library are on Facebook already, so we share their events.",
    # a use, not a someone
    "Instagram works well for showing cake photos.",
    # innocent mentions and negations
    "Fishing vloggers are huge with our tackle-shop regulars.",
    "We are not doing this because everyone is on TikTok.",
    "No one forced this on us and we aren't imitating anyone.",
    "Everyone who books a tasting finds us on Instagram first.",
    "All the other channels get fewer replies than Nextdoor.",
    "We work with other local businesses on joint events.",
    "Also required by the board policy; the main library already uses it.",
    "Our rival's Google reviews complain that nobody answers the phone, so we will answer "
    "on Facebook within an hour.",
    "We checked what local gyms post and found nobody explains beginner classes.",
    "Rather than copy the chains, we will show our own bakers at work.",
    "Customers compare prices with other shops, so we post our prices openly.",
    "Customers told us they check what our page says before they call.",
    "The cafe across the square sends its overflow to us on weekends.",
    "Wineries in the valley share a tasting-room map, and visitors plan routes from our "
    "Instagram posts.",
    "We learned from the cafe across the square that answering reviews quickly brings people "
    "back.",
])
def test_sma202_own_reason_is_valid(text):
    bandwagon.assert_valid(motivation(text))


def test_sma202_rationale():
    (finding,) = bandwagon.assert_findings(
        rationale("All the other gyms in town post reels every day."), [("SMA202", 3, 16)])
    assert finding.message.startswith("the tiktok rationale follows what others do")


def test_sma202_learning_phrases_option():
    text = "Our competitors are all on TikTok, we copied their playbook."
    bandwagon.assert_findings(motivation(text), [("SMA202", 1, 13)])
    tester = frames_alone("SMA202", options={"SMA202": {"extend_learning_phrases": ["playbook"]}})
    tester.assert_valid(motivation(text))


# --------------------------------------------------------------------------
# SMA203 bragging-rights

bragging = frames_alone("SMA203")


@pytest.mark.parametrize("text", [
    # the catalog's cues
    "Let's look cool and get on Snapchat.",
    "TikTok is the hot new app.",
    "It makes us look young and modern.",
    "We want a younger image.",
    "Show we're innovative.",
    "It's trendy right now.",
    "We want to be seen on the platforms that matter.",
    # the wording of real plans and paraphrases of it
    "Being there would change how teenagers picture us.",
    "It says we're not your grandparents' physics department.",
    "Our new Dean feels that next to Engineering we come across as a dusty, chalkboard "
    "department.",
    "Honestly it's about how we look.",
    "We don't want the distributors thinking we're some dusty dad-beer brewery.",
    "We want to shed our stuffy image.",
    "We don't want people thinking we're old-fashioned.",
    "Threads would signal that we're forward-thinking.",
    "We want the brand to feel younger and more current.",
    "TikTok would make the firm look less stuffy to graduates.",
    "It is the platform of the moment and we want to be part of it.",
    "Snapchat gives us a cooler vibe with students.",
    "We'd like people to stop thinking of us as an old-fashioned hardware store.",
    "Being on Threads early shows we are ahead of the curve.",
    "It's the trendiest app right now.",
    "A polished Instagram grid would make us look like a premium brand.",
    "We don't want to be stuck in the 1970s.",
    "We want to be the cool library.",
    "TikTok is where the young crowd is, and we need a fresher look.",
    "A presence on Threads would position us as innovators.",
    "Getting onto Snapchat would make the shop feel hip.",
    "Being on TikTok would show the town council isn't old and boring.",
    "We'd like to rebrand as a modern, digital-first firm.",
    "It would look good to have a TikTok.",
    "Everyone would think we're so modern.",
    "We want something that screams innovation.",
    "Being on TikTok says we're a young, fun firm.",
    "It'd be a nice status thing for the partners to say we're on Threads.",
    "Instagram makes us look established and successful.",
    "Let's show the world we're not a sleepy village library.",
    "We want to change our image from stuffy accountants to approachable advisers.",
    "Gen Z won't take us seriously unless we're on TikTok.",
])
def test_sma203_image_in_motivation(text):
    bragging.assert_findings(motivation(text), [("SMA203", 1, 13)])


@pytest.mark.parametrize("text", [
    "Listing photos look best here.",
    "Before/after reels show how patients look younger.",
    "This is not about looking cool; 60% of applicants watch campus videos on TikTok.",
    "Keep your home cool all summer: tips customers share.",
    "Our cakes look fresh and colourful on Instagram.",
    "Reels with trending audio reach local parents.",
    "Photos of fresh bread perform best on Instagram.",
    "Our customers are mostly modern families who plan weekends on Facebook.",
    "Hip replacement patients share recovery tips in the Facebook group.",
    "Photos show that the kitchen is modern and clean.",
    "A new image every day keeps the feed active.",
    "Customers love how modern the new showroom looks.",
    "Open-evening survey says new and returning members both follow the club here.",
    "We sell modern furniture and buyers browse Pinterest boards for ideas.",
    "Our students make cool science videos in class, and parents ask to see them.",
    "The hip clinic treats runners who share recovery milestones on Strava and Instagram.",
    "Our brand is built on craft; Instagram lets us show the process.",
    "Our salon's clients come in for a modern look and share it on Instagram.",
    "We keep the shop cool in summer and post the menu daily.",
    "Couples planning weddings browse Pinterest for cake ideas, and most found us there.",
    "Our image gallery of finished kitchens gets shared in local groups.",
    "We want people to know we answer the phone on Saturdays.",
])
def test_sma203_audience_reason_is_valid(text):
    bragging.assert_valid(motivation(text))


def test_sma203_rationale_quotes_the_phrase():
    (finding,) = bragging.assert_findings(
        rationale("Honestly it's about how we look."), [("SMA203", 3, 16)])
    assert finding.message == (
        "the tiktok rationale picks the platform for the image it gives: how the organization "
        'looks is the reason given: "Honestly it\'s about how we look."')
    assert finding.location.pointer == "/channels/0/rationale"


def test_sma203_image_phrases_can_be_replaced():
    # "dinosaurs" is one of the default image phrases, matched inside the negation
    text = "Nobody will call us dinosaurs."
    bragging.assert_findings(motivation(text), [("SMA203", 1, 13)])
    tester = frames_alone("SMA203", options={"SMA203": {"image_phrases": []}})
    tester.assert_valid(motivation(text))
    tester = frames_alone("SMA203", options={"SMA203": {"image_phrases": ["fossils"]}})
    tester.assert_findings(motivation("Nobody will call us fossils."), [("SMA203", 1, 13)])


# --------------------------------------------------------------------------
# SMA204 channel-audience-mismatch

mismatch = frames_alone("SMA204")


def test_sma204_platform_no_segment_uses():
    (finding,) = mismatch.assert_findings("""
        audience:
          segments:
            - name: regulars
              platforms: [facebook, instagram]
            - name: beer hunters
              platforms: [instagram, untappd]
        channels:
          - platform: instagram
          - platform: tiktok
          - platform: email
    """, [("SMA204", 9, 15)])
    assert "tiktok" in finding.message


def test_sma204_alias_is_normalized():
    mismatch.assert_valid("""
        audience:
          segments:
            - name: press
              platforms: [x]
        channels:
          - platform: twitter
    """)


def test_sma204_segments_without_platforms():
    mismatch.assert_valid("""
        audience:
          segments:
            - name: young couples
              description: 24-38, moving in together
        channels:
          - platform: tiktok
    """)


def test_sma204_ignore_platforms_option():
    tester = frames_alone("SMA204", options={"SMA204": {"ignore_platforms": []}})
    tester.assert_findings("""
        audience:
          segments:
            - {name: regulars, platforms: [facebook]}
        channels:
          - platform: email
    """, [("SMA204", 5, 15)])


# --------------------------------------------------------------------------
# SMA205 no-audience-research

research = frames_alone("SMA205")


def test_sma205_no_audience():
    research.assert_findings("""
        organization:
          name: Whisker Lane Cat Rescue
    """, [("SMA205", 1, 1)])


def test_sma205_thin_research():
    research.assert_findings("""
        audience:
          research: Young people
    """, [("SMA205", 2, 13)])


def test_sma205_research_missing_from_audience():
    research.assert_findings("""
        audience:
          segments:
            - name: office managers
    """, [("SMA205", 2, 3)])


def test_sma205_real_research():
    research.assert_valid("""
        audience:
          research: Counter survey of 120 customers in September.
    """)


# --------------------------------------------------------------------------
# SMA206 no-channel-rationale

no_rationale = frames_alone("SMA206")


def test_sma206_missing_and_blank_rationale():
    no_rationale.assert_findings("""
        channels:
          - platform: instagram
            rationale: Office managers browse cake photos there.
          - platform: youtube
            cadence: 1/week
          - platform: threads
            rationale: ""
    """, [("SMA206", 4, 5), ("SMA206", 7, 16)])


def test_sma206_every_channel_explained():
    no_rationale.assert_valid(rationale("Office managers browse cake photos there."))


# --------------------------------------------------------------------------
# SMA207 platform-sprawl

sprawl = frames_alone("SMA207")

SPRAWL = """
channels:
  - platform: facebook
  - platform: instagram
  - platform: youtube
    status: {status}
  - platform: linkedin
    status: active
team:
  - name: Priya
    hours_per_week: 6
  - name: Sam
    hours_per_week: {hours}
"""


def test_sma207_too_many_channels_for_the_hours():
    (finding,) = sprawl.assert_findings(SPRAWL.format(status="planned", hours=0),
                                        [("SMA207", 2, 3)])
    assert finding.message.startswith("4 active or planned channels")
    assert "1.5 h each" in finding.message


def test_sma207_paused_channels_do_not_count():
    sprawl.assert_valid(SPRAWL.format(status="paused", hours=3))


def test_sma207_exactly_enough_hours():
    sprawl.assert_valid(SPRAWL.format(status="active", hours=6))


def test_sma207_option():
    tester = frames_alone("SMA207", options={"SMA207": {"min_hours_per_channel": 4}})
    tester.assert_findings(SPRAWL.format(status="active", hours=9), [("SMA207", 2, 3)])
    sprawl.assert_valid(SPRAWL.format(status="active", hours=9))


def test_sma207_one_channel_is_never_sprawl():
    sprawl.assert_valid("""
        channels:
          - platform: instagram
        team:
          - name: Dana
            hours_per_week: 2
    """)


def test_sma207_no_hours_declared_is_left_to_other_rules():
    sprawl.assert_valid("""
        channels:
          - platform: facebook
          - platform: instagram
        team:
          - name: Priya
    """)


# --------------------------------------------------------------------------
# Whole plans: every rule runs, only the channels rules are compared

CODES = {"SMA201", "SMA202", "SMA203", "SMA204", "SMA205", "SMA206", "SMA207"}
DATA = Path(__file__).resolve().parents[1] / "data"


_codes = frames_alone(*sorted(CODES)).codes_in



def test_paraphrase_dental_group():
    # a group condition and a head-office package as the reasons; a "modern" image
    assert _codes(DATA / "paraphrase" / "channels-bad-dental-group.yaml") == [
        ("SMA201", 14, 5), ("SMA201", 31, 16), ("SMA203", 38, 7), ("SMA204", 35, 15)]


def test_paraphrase_indie_bookshop():
    # another shop's follower count and the chains as the reasons; 8 hours for 4 channels
    assert _codes(DATA / "paraphrase" / "channels-bad-indie-bookshop.yaml") == [
        ("SMA202", 12, 3), ("SMA202", 35, 16), ("SMA204", 33, 15), ("SMA204", 44, 15),
        ("SMA207", 27, 3)]


def test_paraphrase_healthy_community_pool():
    # the board, a competitor, "cool" and "modern" appear, as facts and lessons
    assert _codes(DATA / "paraphrase" / "channels-healthy-community-pool.yaml") == []


def test_default_phrases_compile():
    from smaudit.model.prose.cues import compile_cues
    from smaudit.rules.channels.box_checking import BOX_CHECKING
    from smaudit.rules.channels.shared import BANDWAGON, BRAGGING, IMAGE, LEARNING

    for phrases in (BOX_CHECKING, BANDWAGON, LEARNING, BRAGGING, IMAGE):
        assert not [p for p in phrases if "{" in p or "}" in p]  # every f-string formatted
        compile_cues(tuple(phrases))


# --------------------------------------------------------------------------
# A directive given as the reason, and others' results given as ours


@pytest.mark.parametrize("text", [
    "The mayor's communications office sent round a directive in January: every city-run "
    "venue has to be running its own accounts on the main platforms by spring, and the museum "
    "is no exception.",
    "Regional office circulated a memo saying each of its branches must keep a Facebook page.",
    "All franchised clinics are required to have an Instagram page by June.",
    "The instructions from the ministry list TikTok, so we will set one up.",
])
def test_sma201_directive_in_motivation(text):
    box.assert_findings(motivation(text), [("SMA201", 1, 13)])


@pytest.mark.parametrize("text", [
    "The directive lists it, and the district posts its announcements there.",
    "Required by the directive; the teen volunteers offered to help film.",
    "The new mandate names YouTube alongside Facebook.",
    "Specified in the council's policy for every venue.",
])
def test_sma201_directive_in_rationale(text):
    box.assert_findings(rationale(text), [("SMA201", 3, 16)])


@pytest.mark.parametrize("text", [
    "The board approved this plan after our customer survey.",
    "The partners signed off on this plan after we surveyed 140 of our clients.",
    "Every branch manager answers reviews within a day because customers compare us online.",
])
def test_sma201_approval_is_not_a_mandate(text):
    box.assert_valid(motivation(text))


@pytest.mark.parametrize("text", [
    "Ray Dolan over at Northgate Plumbing tells me half his work comes in off Facebook and "
    "those neighbourhood apps now. If it's doing that for Ray it'll do it for us.",
    "The Harbourview, two streets over, gets most of its bookings through Instagram these days. "
    "Whatever they are doing up there, we should be doing it here too.",
    "My cousin says most of her salon's clients come through TikTok now.",
    "Jen at the flower stall gets half her orders off Instagram.",
    "If it works for the Dolans it will work for us.",
    "Whatever the shop on the corner is doing, we want to be doing the same here too.",
    "Whatever they have been doing on Instagram is paying off.",
])
def test_sma202_others_results_as_reason(text):
    bandwagon.assert_findings(motivation(text), [("SMA202", 1, 13)])


@pytest.mark.parametrize("text", [
    # a mandate is box-checking's, not a bandwagon
    "The mayor's office says every city-run venue has to be running its own accounts.",
    "Head office has decided that every clinic manager must have an Instagram page live for "
    "their practice by the end of Q3.",
    "All branches are expected to keep a Facebook page.",
    # our own customers, our own experience
    "Patients told us they first saw our aligner results on a friend's Instagram.",
    "Guests say they found our rooms through Instagram photos their friends posted.",
    "Our survey showed they mostly book after seeing our posts in the town group.",
    "Our shop gets most of its orders from Instagram.",
    "We get half our work off Facebook already, so we will keep posting there.",
    # learning, not following
    "We studied how the Harbourview answers reviews and copied their reply template.",
])
def test_sma202_mandates_customers_and_learning_are_not_bandwagons(text):
    bandwagon.assert_valid(motivation(text))


# --------------------------------------------------------------------------
# SMA202: the lesson learned in the next sentence

@pytest.mark.parametrize("text", [
    "Our competitor across the river posts constantly. We read two years of the comments "
    "under their posts, mostly to learn which questions parents keep asking.",
    "Our competitor posts every day. We studied their replies to see what customers ask.",
    "Our competitor is on TikTok. We learned from their mistakes with slow replies.",
])
def test_sma202_lesson_in_next_sentence_is_valid(text):
    bandwagon.assert_valid(motivation(text))


def test_sma202_unrelated_next_sentence_still_counts():
    text = "Our competitor is on TikTok, so we should be too. We will learn as we go."
    bandwagon.assert_findings(motivation(text), [("SMA202", 1, 13)])


# --------------------------------------------------------------------------
# Classes found by reading sets h and whole-d, each with texts of its own in other
# trades; half of each class was written aside and run only after the fix.

_TESTERS: dict[str, RuleTester] = {}


def judged(code: str, field: str, text: str, fires: bool) -> None:
    """``text`` in a motivation (line 1, column 13) or a rationale (line 3, column 16)
    fires ``code`` exactly once at the field's start, or not at all."""
    tester = _TESTERS.setdefault(code, frames_alone(code))
    snippet = motivation(text) if field == "motivation" else rationale(text, "instagram")
    at = (1, 13) if field == "motivation" else (3, 16)
    if fires:
        tester.assert_findings(snippet, [(code, *at)])
    else:
        tester.assert_valid(snippet)


#: A quantifier word that quantifies no organization: "other than" (a preposition), "most
#: often" (an adverb), a quantity of what came to the organization ("almost every order
#: came from ..."), and what customers saw on their way to it ("a relative's post").
QUANTIFIER_NOT_OTHERS = [
    ("SMA202", "rationale",
     "Families want the timetable somewhere other than the noticeboard in the foyer.", False),
    ("SMA202", "motivation", "Nearly every booking last spring came from a walker who had seen "
     "our trail photos and then rang us.", False),
    ("SMA202", "rationale", "Learners most often heard of the school through a cousin's post on "
     "Facebook, according to the sign-up form.", False),
    ("SMA202", "motivation", "Every other boatyard on the estuary has a Facebook page full of "
     "launch photos, so we need one too.", True),
    ("SMA202", "motivation", "Owners ask for the kennel rota anywhere other than the phone line, "
     "which is always engaged.", False),
    ("SMA202", "rationale", "Almost every order in December came from people who had seen the "
     "wreath video at the market stall.", False),
    ("SMA202", "rationale", "Mourners most often learn the service times from a relative's post, "
     "the funeral directors tell us.", False),
    ("SMA202", "motivation", "Most of the driving schools in the county now advertise on "
     "Instagram, and we would like that too.", True),
]

#: Others shown by a count or a benchmark that draws no lesson, or by their word for it
#: ("swears by it"), whoever they are and however they are marked ("the walls I know all").
OTHERS_BY_COUNT_OR_WORD = [
    ("SMA202", "rationale",
     "A sector survey shows 7 in 10 comparable hospices now run a TikTok account.", True),
    ("SMA202", "rationale", "Every piano tuner in the guild raves about it.", True),
    ("SMA202", "rationale", "Benchmarking against five comparable councils showed their "
     "Instagram replies were slow, so we answer within the hour.", False),
    ("SMA202", "rationale", "An audit of eight peer museums found most run Instagram poorly, "
     "which showed us the gap: nobody answers questions.", False),
    ("SMA202", "rationale", "According to the trade association, four out of five similar "
     "driving schools now have an Instagram page.", True),
    ("SMA202", "rationale",
     "The climbing walls I know all swear by Instagram for filling their courses.", True),
    ("SMA202", "rationale", "We benchmarked 12 peer charities to find which of their posts got "
     "donors to sign up, and learned that short stories work.", False),
    ("SMA202", "rationale", "Two thirds of comparable boatyards run a page, but we chose it "
     "because owners told us they check it for slipway times.", False),
    ("SMA202", "rationale", "We looked very closely at how the chain garden centre uses "
     "Instagram and saw room for something more hands-on.", False),
    ("SMA202", "motivation", "The volunteers all use WhatsApp, so the rota goes there.", False),
]

#: A motive denied in note form, the verb dropped: "peer presence not a factor".
MOTIVE_DENIED_IN_NOTES = [
    ("SMA202", "rationale",
     "Rival presence not a factor. Chosen because members said in the survey they check it "
     "daily.", False),
    ("SMA202", "rationale",
     "Competitor presence the main factor: four rival garages are on Instagram.", True),
    ("SMA202", "rationale", "Peer activity not a consideration. Selected on booking data: most "
     "first-time clients came from Instagram.", False),
    ("SMA202", "rationale", "Other councils being on TikTok: the main driver.", True),
]


#: A mandate written into a paper that binds the organization, with an aside before its
#: verb or put in by someone ("put it in the lease that ..."); a co-owner saying so; and
#: their healthy neighbours (an agreement nobody else made, a list "from home").
MANDATE_ON_PAPER = [
    ("SMA201", "rationale", "The tenancy agreement obliges every stallholder to keep an active "
     "Instagram account.", True),
    ("SMA201", "rationale", "Our funding contract, in a schedule nobody read closely, requires "
     "grantees to post monthly on Facebook.", True),
    ("SMA201", "motivation", "The landlord wrote into the licence that every unit has to promote "
     "the arcade on social media.", True),
    ("SMA201", "motivation", "The lease lets tenants promote the arcade online; we do it because "
     "shoppers ask us for opening times there.", False),
    ("SMA201", "rationale", "The franchise handbook, in a section we only glanced at, compels "
     "each branch to run a Facebook page.", True),
    ("SMA201", "motivation", "The management company put it in our contract that all traders "
     "must post on Instagram weekly.", True),
    ("SMA201", "motivation", "Our co-owner keeps saying at every meeting that we have to have "
     "TikTok, so here we are.", True),
    ("SMA201", "motivation", "The grant agreement mentions social media, but we joined because "
     "parents asked for the timetable there.", False),
    ("SMA201", "motivation", "It was agreed at the volunteers' meeting that a page would help "
     "the allotment fill its empty plots.", False),
    ("SMA201", "rationale", "Nobody made us: two drivers asked where they could see the rota "
     "from home.", False),
]


#: The image in slots the frames did not read: a quality to shed ("shake off the stale
#: air"), the organization displayed as a kind of one ("signal a forward-looking
#: practice"), an impression given ("an image of modernity"), its name seen a way, being
#: seen a way whatever governs it, "no" + a dated kind; and an image wish with an audience
#: and a target from one figure to another, which is a branding goal.
IMAGE_IN_NEW_SLOTS = [
    ("SMA203", "rationale",
     "Being on TikTok would help the hall shake off the stale air of a waiting room.", True),
    ("SMA203", "rationale", "An Instagram account to signal a forward-looking, digital practice "
     "to funders and partners.", True),
    ("SMA203", "motivation", "We want to give an image of modernity to the garage, to show we "
     "are not a workshop from the eighties.", True),
    ("SMA203", "motivation", "We'd like families to stop thinking of the crematorium as grim, "
     "and we will count it a success when enquiries from under-50s rise from 10% to 20%.",
     False),
    ("SMA203", "rationale", "We want walkers to see Ferrybridge Marine as the friendliest yard "
     "on the river, and Instagram is how you look friendly now.", True),
    ("SMA203", "rationale", "A polished LinkedIn page should show clients that Hale & Co is no "
     "sleepy provincial firm but a sharp modern practice.", True),
    ("SMA203", "motivation", "It would help the kennels' reputation no end to be seen as modern "
     "rather than as the muddy yard people picture.", True),
    ("SMA203", "rationale",
     "Having TikTok would let us drop the dusty feel the museum has had for decades.", True),
    ("SMA203", "motivation", "We want under-30s to see the library as a place for them, and we "
     "will judge it by library cards issued to under-30s going from 200 to 400.", False),
    ("SMA203", "rationale", "To project a modern image to the regulator and the trustees.", True),
    ("SMA203", "rationale", "Reels let us present a fresh seasonal menu to office workers "
     "nearby every Monday.", False),
    ("SMA203", "rationale", "Parents see Instagram as the place to check pick-up times.", False),
    # the motive denied in note form
    ("SMA203", "rationale",
     "Looking modern not a consideration; picked because 40% of our patients use it.", False),
    ("SMA203", "rationale", "Prestige not a driver; chosen because buyers in our interviews vet "
     "suppliers there.", False),
    ("SMA203", "rationale",
     "Image not a motive. Families told us they look for the menu there.", False),
    ("SMA201", "motivation",
     "Board instruction not the driver: our volunteers asked for a group to swap shifts.", False),
]


#: Not another organization: a body the organization belongs to ("the chain we joined"),
#: a paper that says something ("the franchise brand guide says"), and a person resumed
#: by "his" or "her" who only has an account; a neighbour's success still is one.
NOT_ANOTHER_ORGANIZATION = [
    ("SMA202", "motivation",
     "The chain we joined in March wants every cafe on Instagram by summer.", False),
    ("SMA202", "motivation",
     "The franchise we signed with last year puts every branch on Facebook.", False),
    ("SMA202", "rationale",
     "The franchise brand guide says a busy feed makes a studio look modern.", False),
    ("SMA202", "rationale",
     "Reels are quick to make, and Grace already makes them for her own account.", False),
    ("SMA202", "rationale",
     "Our neighbour Dave posts his cakes on Instagram and sells out every Saturday.", True),
    ("SMA202", "rationale",
     "The florist on Mill Street posts her bouquets on Instagram every day.", True),
]


#: A probe in trades no corpus used (an orchestra, a ferry, a credit union, a lumber yard,
#: a hostel, a tattoo studio), run before the fixes it led to: "won't stop telling me",
#: a rule "that every post ..." (process), "compulsory for member orchestras", "every
#: hostel I've stayed at", "three of the four lumber yards", "its stiff, black-tie
#: reputation", "come over as".
PROBE = [
    ("SMA201", "motivation", "Our umbrella federation's affiliation rules now make a public "
     "Facebook page compulsory for member orchestras.", True),
    ("SMA201", "rationale", "The harbour authority, which licenses our berth, insists that "
     "operators post sailing changes on Facebook.", True),
    ("SMA201", "motivation", "My business partner, who put up most of the money, won't stop "
     "telling me we need TikTok.", True),
    ("SMA201", "rationale", "Head office suggested it, but we picked it because passengers "
     "check it for cancellations.", False),
    ("SMA201", "motivation", "The credit union's board approved the budget; the page exists "
     "because members asked where to find rate changes.", False),
    ("SMA201", "rationale",
     "Our insurer asks that every post about tattoos carries an aftercare notice.", False),
    ("SMA202", "rationale",
     "Every hostel on the backpacker trail I've stayed at has a buzzing Instagram.", True),
    ("SMA202", "motivation", "Three of the four lumber yards within twenty miles now advertise "
     "on Facebook Marketplace.", True),
    ("SMA202", "motivation", "The food bank in the next town got 300 new volunteers from one "
     "Facebook appeal, and we want the same.", True),
    ("SMA202", "rationale", "Most weekends every bunk we fill is a walker who found us through "
     "a hiking forum.", False),
    ("SMA202", "rationale", "We compared the ferry companies on the estuary to see which "
     "questions passengers ask them, and nobody posts timetables.", False),
    ("SMA202", "motivation", "Apart from the studio down the road, nobody in town is on TikTok, "
     "which says nothing about our clients.", False),
    ("SMA202", "rationale", "Other than the market-day post, we keep it to opening hours that "
     "owners ask for.", False),
    ("SMA203", "rationale",
     "TikTok would help the orchestra lose its stiff, black-tie reputation.", True),
    ("SMA203", "motivation",
     "A sleek Instagram grid would tell investors we are a serious, grown-up lender.", True),
    ("SMA203", "rationale", "We'd love the yard to come over as a modern trade supplier rather "
     "than a dusty shed.", True),
    ("SMA203", "motivation", "To look the part next to the big chains, frankly.", True),
    ("SMA203", "rationale",
     "Clients see it as the place to browse flash designs before booking.", False),
    ("SMA203", "rationale", "Looking slick was never the point; pet owners told us they check "
     "Facebook for clinic hours.", False),
    ("SMA203", "motivation", "We want first-time savers aged 18-25 to think of us as their bank, "
     "and will measure it by new junior accounts, from 40 to 120 a quarter.", False),
    ("SMA203", "rationale", "Our photos of finished tattoos look sharp on Instagram, which is "
     "where clients compare artists.", False),
    # others defined by having a platform, the determiner dropped
    ("SMA202", "rationale", "Word at the regional vets' conference was that practices with a "
     "TikTok are fully booked.", True),
    ("SMA202", "rationale", "Families with a Facebook account are our main audience.", False),
    ("SMA202", "rationale", "Posts with a video get more likes, so we film the ferry.", False),
]


@pytest.mark.parametrize(("code", "field", "text", "fires"),
                         QUANTIFIER_NOT_OTHERS + OTHERS_BY_COUNT_OR_WORD + MOTIVE_DENIED_IN_NOTES
                         + MANDATE_ON_PAPER + IMAGE_IN_NEW_SLOTS + NOT_ANOTHER_ORGANIZATION
                         + PROBE)
def test_classes_of_sets_h_and_whole_d(code, field, text, fires):
    judged(code, field, text, fires)


# --------------------------------------------------------------------------
# A gerund heading a noun phrase ("at the board meeting", "the partners' planning
# meeting") names an event, not customers acting: a description given there states no
# fact and no way it was learned.


def _research(text: str) -> str:
    """A plan whose only field is ``text`` as the research (line 2, column 13)."""
    return f"audience:\n  research: {json.dumps(text)}\n"


@pytest.mark.parametrize("text", [
    "The gallery's visitors were described at the trustees' meeting as broad and loyal.",
    "At the annual staff gathering our guests were called friendly and mixed.",
    "Clients were summed up at the partners' planning meeting as varied and appreciative.",
    "In the team briefing our members were characterised as keen and sociable.",
])
def test_sma205_description_at_a_meeting_is_hollow(text):
    research.assert_findings(_research(text), [("SMA205", 2, 13)])


@pytest.mark.parametrize("text", [
    "Our regulars visiting on weekdays are mostly retired teachers from the estate.",
    "At the open evening we asked 80 parents how they found us.",
    "Families booking online mostly come from within 3 miles, going by postcodes in the "
    "booking system.",
    "Students queueing at the weekend matinees buy most of the discounted seats.",
])
def test_sma205_customers_acting_or_asked_is_research(text):
    research.assert_valid(_research(text))


# SMA202: imitation said as the reasoning, also behind a lead of reporting


@pytest.mark.parametrize("text", [
    "The garden centre on the ring road sells half its seedlings through Instagram, and if "
    "it works for them it will work for our nursery too.",
    "It was noted that the larger breweries have big audiences on TikTok, and it was agreed "
    "that the brewery should follow their lead.",
    "The bike shop next to the station gets most of its repair bookings from Facebook; if it "
    "can do that for them, it can do that for our workshop.",
    "It was reported at the meeting that the other choirs in the county recruit on Facebook, "
    "and it was decided that the choir should follow their example.",
    # "lessons" is the service here, not a lesson learned from the others
    "The climbing gym by the canal fills its taster sessions off Instagram; if it worked for "
    "them, it'll work for our climbing lessons.",
])
def test_sma202_imitation_as_reasoning(text):
    bandwagon.assert_findings(motivation(text), [("SMA202", 1, 13)])


@pytest.mark.parametrize("text", [
    # a supposition doubted, then the organization's own research
    "If it worked for them it might not work for us, so we asked our own patients where "
    "they look first.",
    # the copying rejected in a contrasting clause
    "The bakery across the street does well on Instagram, but following their example makes "
    "no sense for us: our customers find us through the weekly market.",
])
def test_sma202_imitation_doubted_or_rejected(text):
    bandwagon.assert_valid(motivation(text))


# --------------------------------------------------------------------------
# SMA203: a wish to be perceived a way; quantified measures, appearances of a thing, and
# an image added beside the goals


@pytest.mark.parametrize("text", [
    "We want the surgery regarded as the friendly modern practice, and joining Instagram "
    "takes care of that.",
    "I'd like the practice known as the go-to modern firm in town, and a polished LinkedIn "
    "page does exactly that.",
    # an image alone is still the reason
    "We want Instagram to give the shop a bigger profile.",
])
def test_sma203_image_wish_by_participle(text):
    bragging.assert_findings(motivation(text), [("SMA203", 1, 13)])


@pytest.mark.parametrize("text", [
    # how a thing will look, asked by a wh-word: the service, not the organization
    "A short clip of the treatment room answers what clients ask us most, what the session "
    "will look like.",
    "The video answers what parents want to know most: what the first day will look like.",
    # an image added beside the goals the platform serves
    "We want Instagram to serve both aims, and to give the shop a bit more standing locally.",
    "We want the page to help with both goals, and honestly it would make us look modern too.",
    "The trustees hope the channel supports all three targets and also gives the museum a "
    "fresher image.",
    "Facebook should help us reach the two goals above, as well as lend the practice a more "
    "polished look.",
])
def test_sma203_appearance_of_a_thing_or_image_beside_goals(text):
    bragging.assert_valid(motivation(text))


def test_sma203_tour_video_rationale_is_valid():
    bragging.assert_valid(rationale("A tour video shows what a stay will look like, the "
                                    "question guests send us most.", "youtube"))


@pytest.mark.parametrize("text", [
    # the quantifier counts messages on the platform, not organizations
    "Regular walkers message us here, and most Messenger questions arrive on this page.",
    "Parents text us a lot, and most Messenger requests land on this page.",
    "Most Viber messages from regulars arrive before noon, so that is when we staff the chat.",
    "Most Signal enquiries come from parents of new starters, so the office answers there.",
    "Most email enquiries about group bookings arrive through this page, so it is staffed "
    "daily.",
])
def test_sma202_quantified_messages_are_not_others(text):
    bandwagon.assert_valid(rationale(text, "facebook"))


# --------------------------------------------------------------------------
# SMA203: the image in other grammatical slots (a dropped subject, the organization as
# the object of a verb of displaying, "any" as the determiner, joined adjectives)


@pytest.mark.parametrize("text", [
    "The trustees felt a TikTok account would present the museum as a forward-thinking "
    "institution.",
    "The partners believed LinkedIn would portray the practice as a dynamic firm.",
    "Being on YouTube should dispel any impression of the firm as old-fashioned.",
    "A Facebook page might shake off any image of the hall as stuffy.",
    "We want to show the bakery is bright and modern, not old style.",
    "Posting there shows the garage is friendly and professional.",
])
def test_sma203_image_in_other_slots(text):
    bragging.assert_findings(motivation(text), [("SMA203", 1, 13)])


@pytest.mark.parametrize("text", [
    "Got to look current, not like some tired corner garage from the eighties.",
    "Need to seem a bit more up to date, not like a fusty solicitor's office.",
])
def test_sma203_note_form_image_rationale(text):
    bragging.assert_findings(rationale(text), [("SMA203", 3, 16)])


@pytest.mark.parametrize("text", [
    "The trustees felt a TikTok account would present the museum's late openings to students "
    "who never visit.",
    "The partners believed LinkedIn would show our case studies to finance directors we "
    "cannot reach by email.",
])
def test_sma203_displaying_the_offer_is_valid(text):
    bragging.assert_valid(motivation(text))


@pytest.mark.parametrize("text", [
    "Have to look at what questions come in first, then we reply within the hour.",
    "Must look after the enquiries quickly, since parents message late in the evening.",
])
def test_sma203_modal_with_another_verb_is_valid(text):
    bragging.assert_valid(rationale(text))


# --------------------------------------------------------------------------
# SMA203: a branding goal whose audience is named by the verb "target" and whose measure
# is a count is a goal of its own, not a platform picked for the look


@pytest.mark.parametrize("text", [
    "Our aim is to shake off the stuffy image: we target parents 25-40 on Instagram and "
    "count how many new enquiries mention the posts.",
    "We want a younger image, so we target students on TikTok and count how many sign-ups "
    "cite a video.",
    "The goal is to lose our dated reputation; we are targeting renters 20-35 on Instagram "
    "and counting the number of viewings booked from it.",
])
def test_sma203_branding_goal_targeted_and_counted_is_valid(text):
    bragging.assert_valid(motivation(text))


@pytest.mark.parametrize("text", [
    "We want a younger image, so TikTok it is.",
    # a count without an audience is not a branding goal
    "We want to look modern on Facebook and count how many likes we get.",
])
def test_sma203_image_without_audience_or_count(text):
    bragging.assert_findings(motivation(text), [("SMA203", 1, 13)])


# --------------------------------------------------------------------------
# SMA202: a quantifier over the organization's own things (posts, photos, videos) counts
# what it makes, not other organizations


@pytest.mark.parametrize("text", [
    "Pretty sure every photo we post gets us a new client.",
    "Reckon every photo we upload to Instagram is a sale.",
    "Figure every post we share is a table booked.",
    "Most of the videos we make go viral on TikTok anyway.",
])
def test_sma202_quantified_own_things_are_not_others(text):
    bandwagon.assert_valid(motivation(text))


@pytest.mark.parametrize("text", [
    "Every cafe on the high street posts its specials on Instagram.",
    "Every salon in the arcade posts its offers on TikTok.",
])
def test_sma202_quantified_organizations_still_others(text):
    bandwagon.assert_findings(motivation(text), [("SMA202", 1, 13)])


# --------------------------------------------------------------------------
# A sentence met in another field is read the same (its screens are kept per sentence)


def test_a_sentence_that_names_a_platform_lets_a_later_clause_say_there_in_any_field():
    told = "We're not on TikTok yet, but the manager wants us there."
    found = [("SMA201", 1, 13)]
    box.assert_findings(motivation(told), found)
    box.assert_valid(motivation("The manager wants us there."))
    box.assert_findings(motivation(f"Our shop opened in May. {told}"), found)
    box.assert_valid(motivation("We're not on TikTok yet. But the manager wants us there."))


def test_a_customer_report_screens_its_own_sentence_only_in_any_field():
    report = "Our regulars told us the cafe over the road gets packed from its reels."
    leap = "The bakery next door is on TikTok and doing great."
    bandwagon.assert_valid(motivation(report))
    bandwagon.assert_findings(motivation(f"{report} {leap}"), [("SMA202", 1, 13)])
    bandwagon.assert_valid(motivation(report))


def test_an_example_is_made_the_reason_by_the_sentence_after_it_in_any_field():
    # what a sentence says alone (its subject, whether it echoes) is kept per sentence;
    # the echo of the next sentence is read in each field anew
    done = "The Marlow Arms has doubled its bookings on Facebook."
    bandwagon.assert_valid(motivation(done))
    bandwagon.assert_findings(motivation(f"{done} So should we."), [("SMA202", 1, 13)])
    bandwagon.assert_valid(motivation(f"{done} Our guests say so."))
