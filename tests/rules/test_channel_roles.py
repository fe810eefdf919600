"""SMA201-SMA203 read roles, not word lists: development texts in many voices.

Each judgement gets anti-pattern texts and healthy neighbours written for
these tests (a cafe owner, a hospital comms office, a non-native speaker, a
city council, a B2B firm, a charity), including negated, hedged and
contrasted sentences. The nouns that fill the roles are deliberately ones no
word list is likely to hold (a taproom, a history society, a gelato place), so
a pass means the role was recognised by the sentence's structure.
"""

from __future__ import annotations

import json

import pytest

from smaudit.model.prose.lazy_pattern import LazyPattern
from tests.rules import frames_alone


def motivation(text: str) -> str:
    """A plan whose (quoted) motivation starts at line 1, column 13."""
    return f"motivation: {json.dumps(text)}\n"


def rationale(text: str, platform: str = "instagram") -> str:
    """A plan whose (quoted) channel rationale starts at line 3, column 16."""
    return f"channels:\n  - platform: {platform}\n    rationale: {json.dumps(text)}\n"


#: Where each placement's text starts (line, column).
STARTS = {motivation: (1, 13), rationale: (3, 16)}

box = frames_alone("SMA201")
bandwagon = frames_alone("SMA202")
bragging = frames_alone("SMA203")

# --------------------------------------------------------------------------
# SMA201 box-checking: a mandate-giver, a directive, no customer reason

MANDATES = [
    "The new practice manager wants us on Instagram by the summer.",
    "Our landlord's lease says every tenant has to keep a Facebook page for the arcade.",
    "The franchisor insists that every outlet posts three times a week.",
    "The trust's comms director told each ward to open a LinkedIn page.",
    "The funder requires us to publicise the project on social media.",
    "The council's digital officer expects every library to be on TikTok this year.",
    "Boss say we must have Instagram, so I make the account.",
    "Our parent company has decided all subsidiaries will run a YouTube channel.",
    "The grant application has a box for our social media links, so we need some.",
    "My manager asked me to do the socials because I'm the youngest.",
    "The chair of trustees wants the charity on every platform.",
    "Our regional director said it's high time the branch had a Twitter account.",
    "We're on LinkedIn because the partners said so.",
    "The regulator now expects practices to publish updates on social media.",
    "Honestly, the only reason is that the owner thinks we should have TikTok.",
    "Head office sent a memo: every store needs an Instagram account by March.",
    "Our new CEO is keen for us to be on Threads.",
    "The governors have told the school to start a Facebook page.",
    "Corporate wants a TikTok, so we're making one.",
    "It's a condition of the festival funding that we keep an active Instagram.",
    "The chairwoman has asked that we open a YouTube channel before the AGM.",
    "The committee voted that the allotment society must be on Facebook.",
    "Our investors keep pushing us to get on LinkedIn.",
    "Dr. Okafor, who owns the surgery, has instructed reception to start posting daily.",
    "The archdeacon would like every parish on social media by Advent.",
    "We were asked by the area coordinator to get the hostel onto Instagram.",
    "The sponsorship contract obliges us to have a TikTok account.",
]


@pytest.mark.parametrize("text", MANDATES)
def test_sma201_mandate_giver_and_directive(text):
    box.assert_findings(motivation(text), [("SMA201", 1, 13)])


@pytest.mark.parametrize("text", [
    "Required by the regional office.",
    "The managing partner asked for it.",
    "At the request of the vice-chancellor.",
    "Because the owner said so.",
])
def test_sma201_mandate_as_channel_rationale(text):
    """A rationale is about its channel, so a bare order needs no platform named."""
    box.assert_findings(rationale(text), [("SMA201", 3, 16)])


REASONS = [
    "The board wants it, and our members told us they check Facebook for match times.",
    "We're not doing this just because the board said so; families ask about opening hours "
    "every week.",
    "Nobody at head office asked for this; our regulars did.",
    "The owner wants more weekday lunch trade, and office workers nearby check Instagram at "
    "noon.",
    "The franchisor provides templates, but we decide what to post for our town.",
    "Our manager asked customers at the till how they hear about offers; most said Facebook.",
    "Patients keep asking us to post when the clinic closes for holidays.",
    "Our volunteers told us that donors want to see where the money goes.",
    "The council's survey found 60% of residents get local news from Facebook.",
    "The funder doesn't require social media; we chose it because the parents of our pupils "
    "use WhatsApp groups.",
    "Our director wants to reach carers who never come to the centre, and they gather in "
    "Facebook groups.",
    "We must post the daily menu because diners check it before they walk over.",
    "Regular customers asked us to share the weekly specials on Instagram.",
    "The regulator requires us to answer complaints within eight weeks, so we watch our "
    "messages.",
    "Students told the dean they find out about events on Instagram.",
    "The board approved the budget once we showed them the enquiry numbers.",
    "Rather than waiting for head office to tell us, we asked our buyers where they look for "
    "new stock.",
    "The owner wants the shop full on rainy Tuesdays.",
    "The CEO wants 15% more repeat orders from trade customers.",
    "No one told us to; we opened the page after tourists kept asking for directions.",
    "Staff suggested Instagram after customers kept photographing the cakes.",
    "Our trustees asked us to explain the plan, and we showed them the volunteer survey.",
    "Visitors asked for one place to check visiting hours, so the ward uses a Facebook page.",
    "The mayor's office doesn't mandate anything here; residents asked us to post road "
    "closures.",
    "Head office wants us on Instagram because our buyers, mostly interior designers, "
    "save ideas there.",
    "It wasn't the owner's idea: guests kept tagging us in their photos.",
]


@pytest.mark.parametrize("text", REASONS)
def test_sma201_reason_of_its_own_is_valid(text):
    box.assert_valid(motivation(text))


@pytest.mark.parametrize("text", [
    # people exchanging things among themselves are an audience, whatever they are called
    "The council expects a Facebook page, and it is where allotment holders swap seedlings.",
    # someone reporting their own habit is a customer report, not an order
    "The owner asked us to open a Pinterest board, but joiners told our workshop they pick "
    "designs there.",
    # asking one another is no request of the organization
    "Anglers on the estuary ask each other about tides on Facebook every weekend.",
])
def test_sma201_audience_named_by_what_it_does_is_a_reason(text):
    box.assert_valid(motivation(text))


@pytest.mark.parametrize("text", [
    "The council expects a Facebook page, and that is where it wants our notices.",
    "The owner asked us to open a Pinterest board, and told our workshop we must post weekly.",
    "The anglers' association asked us to open a Facebook page.",
])
def test_sma201_order_beside_its_neighbours_still_found(text):
    box.assert_findings(motivation(text), [("SMA201", 1, 13)])


@pytest.mark.parametrize("text", [
    # an aside between the verb and its object is read past
    "The trustees told our warden (he runs the reserve) we must open an Instagram account.",
    # a place on the paper that asks
    "The lottery application has a question asking which social platforms we run.",
    # an order in note form after a label naming the reason
    "Reason: regional board mandate. Target: one Facebook page per depot.",
])
def test_sma201_aside_paper_question_and_note_form(text):
    box.assert_findings(motivation(text), [("SMA201", 1, 13)])


@pytest.mark.parametrize("text", [
    "The trustees told our warden (he runs the reserve) we must open a hide, and birders "
    "we surveyed share sightings on Instagram.",
    "The lottery application has a question asking how many volunteers we train.",
    "Reason: ramblers we surveyed plan walks in a Facebook group. Target: 40 sign-ups.",
    # a label over a rule about how, not about being there
    "Requirement: every enquiry answered within a working day.",
])
def test_sma201_aside_paper_question_and_note_form_healthy(text):
    box.assert_valid(motivation(text))


def test_sma201_message_quotes_the_whole_sentence_and_names_the_role():
    plan = ("motivation: >-\n  We opened the accounts last spring. The new CEO wants us\n"
            "  on TikTok as well.\n")
    (finding,) = box.assert_findings(plan, [("SMA201", 2, 3)])
    assert finding.message == (
        "motivation gives a mandate, not a reason: the new CEO's wish is the only reason "
        'given: "The new CEO wants us on TikTok as well."')


# --------------------------------------------------------------------------
# SMA202 bandwagon-leap: other organizations being there or doing well

LEAPS = [
    "The taproom across the road gets packed every Friday from its Instagram reels.",
    "Other physiotherapy practices in Leeds are all on TikTok now.",
    "Our competitor Brightwell posts daily on LinkedIn and wins the big contracts.",
    "The charity shop in Harrow has 5,000 followers, so we should be there too.",
    "Every other co-working space in the city runs an Instagram account.",
    "Everyone else in our sector is on LinkedIn.",
    "A friend's pottery studio fills its workshops through Instagram, so we want to try it.",
    "The hospital in the next county went viral with nurse videos; we should do the same.",
    "The food truck down the street has loads of followers.",
    "Other councils have TikTok accounts now.",
    "Most of the vineyards nearby are on Pinterest.",
    "Bigger firms in our field all use YouTube.",
    "Our rivals have started posting reels and their bookings went up.",
    "Since all the other history societies are on Facebook, we should be as well.",
    "Our neighbour's bike repair shop does great on TikTok.",
    "Other agency is on TikTok and get many clients, we need also.",
    "The gelato place on Main Street doubled its summer sales with TikTok.",
    "Every hotel in Lisbon has an Instagram, so we need one.",
    "Because the climbing gym in Bristol is doing so well on YouTube.",
    "Look at the bakery by the station: two thousand followers and queues out the door.",
    "Similar charities raise thousands through Facebook fundraisers.",
    "Everybody's on TikTok now and we don't want to miss out.",
    "The competition is already on Instagram.",
    "Our sister hospital's YouTube channel has huge numbers, so we want one too.",
    "The yoga studio around the corner gets all its new members from Instagram.",
    "It's worked for the florist on our street, so it should work for us.",
]


@pytest.mark.parametrize("text", LEAPS)
def test_sma202_others_there_or_succeeding(text):
    bandwagon.assert_findings(motivation(text), [("SMA202", 1, 13)])


OWN_REASONS = [
    "We looked at the taproom across the road to find what they don't post: nobody shows "
    "the brewing.",
    "Unlike the other co-working spaces in the city, we will answer enquiries within an hour.",
    "Our competitor's reviews complain about slow delivery, so we will post dispatch times.",
    "We're not joining TikTok because our competitors are there; our members asked for it.",
    "Other councils' accounts taught us that residents want bin-day reminders.",
    "We studied three rival firms to find the gap: none of them explain their pricing.",
    "Other practices in the area are on Instagram, but that isn't why we're joining: patients "
    "asked us for appointment reminders.",
    "Our shop gets most of its weekend trade from Instagram.",
    "It worked for us last spring when we posted the new menu.",
    "Our other branch in Leeds already runs a Facebook page, so we share its events.",
    "Customers tell us they compare us with the shop across the road on price.",
    "The florist on our street sends customers to us for plants.",
    "Everyone who visits the gallery asks where to see new work.",
    "We partner with the café next door on joint events for parents.",
    "Most of our clients run small vineyards and read trade news on LinkedIn.",
    "Local businesses asked us to share their events, and our readers follow them.",
    "We don't care what the competition posts; our regulars want the quiz results.",
    "Rather than copying the chains, we'll show our bakers at work at dawn.",
    "Everyone in our team can post, so replies are quick.",
    "Residents in Harrow ask us about bin days on Facebook.",
    "We benchmarked the museum in Bath and learned that short object stories get shared by "
    "teachers.",
    "Whether the hotel across the square is on TikTok doesn't matter to us; our guests book "
    "through Instagram.",
    "Our supplier, a bakery in Hove, sends us photos we can share with customers.",
    "Other parents recommend us in the school WhatsApp groups.",
    "Going viral like the bakery by the station would be a bonus, but we don't count on it.",
]


@pytest.mark.parametrize("text", OWN_REASONS)
def test_sma202_own_reason_or_lesson_is_valid(text):
    bandwagon.assert_valid(motivation(text))


@pytest.mark.parametrize("text", [
    "We opened a Pinterest board because the other quilting guilds are there.",
    "We post on YouTube since our main rivals are on it too.",
    "We set up a Threads profile because the big chandlers are.",
])
def test_sma202_presence_said_by_there_or_ellipsis(text):
    """The platform is named once; the others' presence points back to it."""
    bandwagon.assert_findings(motivation(text), [("SMA202", 1, 13)])


@pytest.mark.parametrize("text", [
    "We opened a Pinterest board even though the other quilting guilds aren't there.",
    "We post on YouTube because our apprentices are there.",
    "We set up a Threads profile. The big chandlers are.",
])
def test_sma202_absent_or_own_people_there_is_valid(text):
    bandwagon.assert_valid(motivation(text))


@pytest.mark.parametrize("text", [
    "The farrier of the next village is doing great with Instagram, so we try it also.",
    "The locksmith at the corner gets half his jobs from Facebook.",
])
def test_sma202_place_with_of_or_at(text):
    bandwagon.assert_findings(motivation(text), [("SMA202", 1, 13)])


def test_sma202_place_with_of_or_at_without_success_is_valid():
    bandwagon.assert_valid(motivation(
        "The farrier of the next village shoes our ponies; we post foaling updates for owners."))


def test_sma202_others_in_note_form():
    """A label naming others, then their figures: a leap written as notes."""
    bandwagon.assert_findings(rationale("Rival gyms: Peak Climbing, 4k followers, classes full. "
                                        "Hence Instagram."), [("SMA202", 3, 16)])
    bandwagon.assert_valid(rationale("Rival gyms: nobody posts class times. Members asked "
                                     "for them, hence Instagram."))


def test_sma202_an_order_and_a_leap_in_one_clause_are_both_found():
    """'The director said ... because rivals are there': the order is one role, the
    others given after "because" are a reason of their own."""
    text = "The director said we must join Snapchat because the rival hostels are there."
    tester = frames_alone("SMA201", "SMA202")
    tester.assert_findings(motivation(text), [("SMA201", 1, 13), ("SMA202", 1, 13)])
    bandwagon.assert_valid(motivation("Head office says every hostel must join Snapchat."))


def test_sma202_message_quotes_the_whole_sentence_and_names_the_role():
    plan = ("motivation: >-\n  The taproom across the road gets tons of orders\n"
            "  from its reels.\n")
    (finding,) = bandwagon.assert_findings(plan, [("SMA202", 2, 3)])
    assert finding.message == (
        "motivation follows what others do instead of a reason of its own: the example of "
        '"the taproom across the road" is the reason given: "The taproom across the road gets '
        'tons of orders from its reels."')


# --------------------------------------------------------------------------
# SMA203 bragging-rights: chosen for how the organization looks

IMAGES = [
    "Being on TikTok would make the practice feel less like a dentist from the nineties.",
    "We want the council to come across as modern and approachable.",
    "Instagram will help us look like a serious, premium label.",
    "Threads is the newest thing and being early there looks innovative.",
    "Honestly, it's a vanity thing: the partners like saying we're on YouTube.",
    "We want people to see the hospital as forward-looking.",
    "Our image is a bit grandad, and TikTok could freshen it up.",
    "We want to impress the investors with a slick LinkedIn page.",
    "A TikTok would prove to the town that the library is not just dusty shelves.",
    "Snapchat feels like the fun, young place to be.",
    "We want the charity to seem more relevant to people in their twenties.",
    "It gives the brand a more premium feel.",
    "To look professional, like big company.",
    "We'd like the bakery to be seen as stylish.",
    "TikTok is so hot right now and we want to be part of it.",
    "Being on Instagram makes the firm look up to date.",
    "We don't want to seem behind the times.",
    "It's about our image with the younger crowd.",
    "People think of the museum as stuffy; Instagram would change that.",
    "Everyone will think we're a cool place if we're on TikTok.",
    "A YouTube channel would give us credibility in front of other firms.",
    "We want the shop to look more high-end.",
    "Reels would make the gym look less intimidating and more on-trend.",
    "It would be cool to say our school is on TikTok.",
    "Mainly so the agency looks bigger than it is.",
    "We want to be perceived as an innovative employer.",
]


@pytest.mark.parametrize("text", IMAGES)
def test_sma203_chosen_for_how_it_looks(text):
    bragging.assert_findings(motivation(text), [("SMA203", 1, 13)])


AUDIENCE_REASONS = [
    "This isn't about looking modern: our bookings survey shows 70% of new clients found us "
    "on Instagram.",
    "Our cakes look best in natural light, so Instagram suits them.",
    "Customers want to see what the finished bathrooms look like before they call.",
    "We don't care about seeming trendy; parents check the Facebook page for closures.",
    "The gallery's young visitors share photos of the new exhibits.",
    "Our salon does modern cuts, and clients post them on Instagram.",
    "We look at comments every morning to see what people ask.",
    "Patients want to know how the new clinic looks inside before their first visit.",
    "Our image library of past projects helps buyers picture their kitchen.",
    "We're a young company, and our buyers are procurement managers on LinkedIn.",
    "The cool room at the brewery is where tours start, and visitors film it.",
    "Trendy or not, TikTok is where our 16-to-20-year-old applicants look at courses.",
    "We want people to know the pharmacy is open late.",
    "Reels let us show how the product looks in use.",
    "Brides look for dress ideas on Pinterest, and most of ours found us there.",
    "A fresh loaf every morning is what our regulars come for, so we post the bake list.",
    "The new building looks great, but we chose Facebook because residents use the town "
    "group.",
    "Our students look up to alumni who share their careers on LinkedIn.",
    "Looking good is not the point; we want enquiries from local families.",
    "We sell vintage clothes to students who shop on Instagram.",
    "Our modern scanner cuts waiting times, and patients ask about it on Facebook.",
    "Instagram shows our garden designs to homeowners planning a project.",
    "Followers see what the menu looks like each day.",
    "We want to look after our older members, who use Facebook.",
    "Clients say the studio looks welcoming in our photos, and many book after seeing them.",
    "Looking more current would be a nice side effect, but the reason is the 400 parents in "
    "the town group.",
]


@pytest.mark.parametrize("text", AUDIENCE_REASONS)
def test_sma203_audience_reason_is_valid(text):
    bragging.assert_valid(motivation(text))


@pytest.mark.parametrize("text", [
    # a wish put as "for X to"
    "It would be lovely for the choir to be seen as youthful at last.",
    # a consequence after "then"
    "We pick Instagram since then the garage looks more upmarket.",
    # the image as a noun phrase: "an image of ..."
    "The firm posts on LinkedIn so as to convey an image of global reach.",
    # the impression on others, passive
    "On TikTok the other parishes will be impressed with us.",
])
def test_sma203_wish_consequence_image_of_and_impressed(text):
    bragging.assert_findings(motivation(text), [("SMA203", 1, 13)])


@pytest.mark.parametrize("text", [
    "It would be lovely for the choir to sing at the summer fair.",
    "We pick Instagram since then the garage can answer MOT questions in the evening.",
    "The firm posts on LinkedIn to convey the details of each tender to procurement teams.",
    # an image goal put as a branding goal: an audience and a measure
    "We want to be seen as the premium garage in the valley. The audience is fleet managers, "
    "and we track it by quote requests per month.",
    # the image suggestion overruled by what customers said
    "The vicar said TikTok would make us look modern, but when we asked the congregation "
    "they said they read the parish Facebook group.",
])
def test_sma203_neighbours_without_an_image_reason_are_valid(text):
    bragging.assert_valid(motivation(text))


def test_sma203_message_quotes_the_whole_sentence_and_names_the_role():
    plan = rationale("We mostly want the firm to come across as modern. Clients are on email.")
    (finding,) = bragging.assert_findings(plan, [("SMA203", 3, 16)])
    assert finding.message == (
        "the instagram rationale picks the platform for the image it gives: how the "
        'organization comes across is the reason given: "We mostly want the firm to come '
        'across as modern."')


# --------------------------------------------------------------------------
# A second set, written as a held-out check before the frames were tuned on it
# (first pass: SMA201 13/15 found, 2 false alarms; SMA202 14/15, 2; SMA203 12/15, 0).
# The misses were classes (a wish as "would love", a parents' association as a
# giver, an order about an item on every page, a plural possessive, a contrast in
# the next clause, "our brand should look ..."), fixed as classes.

MANDATES_2 = [
    'Our area franchise lead made it clear every salon needs a TikTok by June.',
    'The trustees voted to put the hospice on Instagram at the last meeting.',
    'Mum, who still owns the business, has decided we should be on Facebook.',
    'The housing association board instructed all estates teams to set up WhatsApp channels.',
    "Our sponsor's terms say their logo must appear on our Instagram every month.",
    'The ministry circular obliges each school to run a public Facebook page.',
    'Because the district nurse lead told us to get on Twitter.',
    'The new headteacher would love the school to be on TikTok.',
    'Our MD has been pushing for a LinkedIn page for months.',
    'Management expects each store manager to post on Instagram twice a week.',
    "The landlord insists all market traders list their stalls on the market's Facebook page.",
    'The council leader asked that every library open an Instagram account.',
    "The bank's compliance team says we have to be on LinkedIn.",
    'We have been instructed by the diocese to open a YouTube channel.',
    'Owner wants Instagram, so we do Instagram.',
]

REASONS_2 = [
    'The owner wants Instagram because regulars keep asking where to see the daily bakes.',
    'Our manager asked us to find out where our guests plan their evenings; most said Instagram.',
    "Nobody told us to be on Facebook; the parents' association asked us to post closures there.",
    'The trustees want more legacy gifts, and older supporters read our Facebook updates.',
    'The council requires a privacy notice on every page, so we added one.',
    'Head office gave us a budget, but the choice of platform was ours: our clients are on '
    'LinkedIn.',
    'We are not on TikTok because the boss wants it; teenagers asked us for revision tips there.',
    'The board asked what residents think, and the survey said WhatsApp.',
    'The owner wants the weekday lunches busier.',
    'Patients asked us to post flu clinic dates on Facebook.',
    'The headteacher approved the plan after parents asked for photos of school trips.',
    'Our founder answers every Google review herself.',
    'The chair wants us to reach more carers, and carers in our town use a Facebook group.',
    'No one at head office cares which platform we use; our buyers use Pinterest.',
    'Management suggested Instagram after we showed them that 40% of bookings mention it.',
]

LEAPS_2 = [
    'The escape room down the high street is always fully booked thanks to TikTok.',
    'Other food banks have huge followings on Instagram, so we need one too.',
    'Our main competitor Fenwicks has 12,000 LinkedIn followers.',
    'The bike shop in Kendal gets half its sales through Instagram.',
    'Every other wedding venue in the county is on Pinterest.',
    "A mate's tattoo studio is booked for months from TikTok alone.",
    'Loads of breweries are doing really well on Instagram right now.',
    'The barber next to the station has queues every Saturday from his reels.',
    'All the other language schools seem to be on TikTok these days.',
    'Rival clinics post every day on Facebook and their waiting lists are full.',
    'Everyone in the craft beer world is on Untappd and Instagram.',
    'The zoo in the next city blew up on TikTok last summer.',
    'It did wonders for the garden centre near us.',
    "Our cousins' farm shop sells out every weekend because of Facebook.",
    'Similar co-ops have thousands of members on Facebook.',
]

OWN_REASONS_2 = [
    'We read the reviews of the escape room down the high street to see what players '
    'complain about.',
    'Unlike other food banks, we will post what we need each week, not just thank-yous.',
    "Our competitor's page gets angry comments about delivery, so we will post delivery times.",
    'The bike shop in Kendal refers customers to us for repairs.',
    'We are not opening Pinterest because other venues did; couples asked us for ideas boards.',
    'Other language schools post grammar tips; our students asked for exam-day reminders instead.',
    'Our own shop gets most of its orders from Instagram.',
    'Most of our members are on Facebook already.',
    'Everyone who comes to the tasting room asks where to buy our beer.',
    'The garden centre near us shares our workshop posters.',
    'We studied how rival clinics handle questions and learned patients want quick answers.',
    'Whether the zoo in the next city is on TikTok makes no difference; our visitors plan '
    'on Facebook.',
    'Competitors rarely post on LinkedIn, but the buyers we interviewed read it weekly.',
    'Other parents share our posts in the class WhatsApp groups.',
    'We partner with the barber next to the station on charity events.',
]

IMAGES_2 = [
    'A TikTok account would make the hospice seem less gloomy and more modern.',
    'We want to be seen as a tech company, not a printing firm.',
    'Instagram would help the farm shop look more upmarket.',
    "It's mainly about image: we look dated next to the new chains.",
    'Being on Threads makes us look ahead of the curve.',
    'The partners think LinkedIn videos would make the practice seem cutting-edge.',
    "We'd like the museum to come across as young and fun.",
    'Having a YouTube channel gives a firm real credibility.',
    'We want people to stop seeing the library as old-fashioned.',
    'Snapchat is the cool app right now, and we want in.',
    'We need a slicker image to impress the big retailers.',
    "It would show the town the council isn't stuck in the past.",
    'Our brand should look youthful, and TikTok is how you look youthful.',
    'So the bakery seems trendier than the chain next door.',
    'Honestly, mainly so we look professional.',
]

AUDIENCE_REASONS_2 = [
    'Our bread looks amazing in morning light, and customers share the photos.',
    "We don't care about looking trendy: our customers are retired and on Facebook.",
    'Customers want to see what the rooms look like before they book.',
    "This isn't an image exercise; the survey shows 65% of members use Instagram.",
    'We look at what questions come in each week and answer them in posts.',
    'The modern gym equipment is what members ask about most, so we film it.',
    'Looking professional would be nice, but the point is bookings from local families.',
    'Our young volunteers run the account and reply quickly.',
    'We want families to know the pool is open until 9.',
    'The new showroom looks great in videos, and buyers book visits after watching them.',
    'Patients want to see how the clinic looks before their first appointment.',
    'We sell trendy trainers to teenagers, who shop on TikTok.',
    'Our image gallery helps buyers choose a kitchen.',
    "Cool or not, our pupils' parents are on WhatsApp.",
    'We want to look after our volunteers, most of whom are on Facebook.',
]


@pytest.mark.parametrize(("tester", "code", "text"), [
    *((box, "SMA201", t) for t in MANDATES_2),
    *((bandwagon, "SMA202", t) for t in LEAPS_2),
    *((bragging, "SMA203", t) for t in IMAGES_2),
])
def test_second_set_anti_patterns(tester, code, text):
    tester.assert_findings(motivation(text), [(code, 1, 13)])


@pytest.mark.parametrize(("tester", "text"), [
    *((box, t) for t in REASONS_2),
    *((bandwagon, t) for t in OWN_REASONS_2),
    *((bragging, t) for t in AUDIENCE_REASONS_2),
])
def test_second_set_healthy_neighbours(tester, text):
    tester.assert_valid(motivation(text))


# --------------------------------------------------------------------------
# A third set, also held out until measured (first pass: SMA201 11/12 found,
# 4 false alarms; SMA202 10/12, 0; SMA203 10/12, 0). The classes: customers named
# by what they do ("because local movers ask ..."), requests for content rather
# than a presence ("asked for repair updates"), a directive's object ending where
# a subordinate clause starts, "part of the franchise package", "been brilliant
# for the museum in York", "our reputation as", "the goal is to appear ...".

MANDATES_3 = [
    'Group marketing has mandated a LinkedIn page for every subsidiary.',
    'The vicar asked if we could get the church hall on Facebook.',
    "Apparently it's now a requirement from the county that all youth clubs have an Instagram.",
    'My supervisor say we need TikTok because the director want it.',
    'The owners have told me to start a Pinterest account for the shop.',
    'Our funders expect a social media presence as part of the grant.',
    "It's part of the franchise package: each outlet runs its own Facebook page.",
    'The academy trust wants all its schools on X by September.',
    'We were told at the away day that every department must post weekly on LinkedIn.',
    'The club committee decided the team needs an Instagram page.',
    'Dad wants the garage on TikTok, so here we are.',
    'The practice manager keeps on at us to get the surgery on Facebook.',
]

REASONS_3 = [
    'The owner wants the van hire business on Facebook because local movers ask for quotes '
    'in the town group.',
    'Our funders asked to see the results of the audience survey before we chose Instagram.',
    'The committee decided to survey members first, and 70% named WhatsApp.',
    "We weren't told to do this; our tenants asked for repair updates on WhatsApp.",
    'The trust wants every school to cut paper newsletters, and parents read the Facebook '
    'page instead.',
    'Dad wants more MOT bookings from people who just moved to the area.',
    'The vicar asked parishioners how they hear about events; most said the village '
    'Facebook group.',
    'The franchise gives us a style guide; our own customers chose the platform.',
    'Head office asked for a monthly report, so we track enquiries from Instagram.',
    'Group marketing reviews our posts before they go out.',
    "The owners told customers we'd post the weekly specials on Instagram, and they check it.",
    'Our supervisor helped us set up the page after customers kept asking for it.',
]

LEAPS_3 = [
    'The vintage shop two doors down has 15k followers on Instagram.',
    'Lots of plumbers are getting work through TikTok now.',
    'Other hospices have had huge success with Facebook fundraisers.',
    'Every gym in Croydon posts reels daily.',
    "Our competitors are all over LinkedIn and we're invisible.",
    'The taqueria by the bus station got famous from one TikTok video.',
    'Everyone in our industry is doing webinars on YouTube.',
    'A friend who runs a bakery in Leeds says Instagram doubled her orders.',
    'The cricket club in the next village gets all its new players from Facebook.',
    'Most councils nearby have moved onto Threads.',
    'Rival firms keep winning tenders after posting case studies on LinkedIn.',
    "It's been brilliant for the museum in York, so it would be for us.",
]

OWN_REASONS_3 = [
    'The vintage shop two doors down refers people to us for alterations.',
    'Unlike most plumbers, we will post prices up front.',
    "We looked at other hospices' appeals to learn which stories raised the most.",
    'Every gym in Croydon posts reels, but our members asked for class timetables instead.',
    'Our competitors are all over LinkedIn, but our buyers told us they never read it.',
    "Our regulars found us through the taqueria's recommendation.",
    'Everyone in our team takes a turn answering messages.',
    'Our bakery in Leeds gets most of its orders through Instagram.',
    "The cricket club asked us to sponsor their kit, and their players' parents follow our page.",
    "Other councils' experience taught us that short videos of bin crews get shared by residents.",
    "We're not copying rival firms; procurement managers we spoke to want case studies.",
    'The museum in York partners with us on school trips.',
]

IMAGES_3 = [
    'TikTok would stop people thinking of the bank as boring.',
    'We want the hostel to feel edgier than the chains.',
    "Honestly it's for our reputation as an innovative council.",
    'Pinterest would make the boutique look more exclusive.',
    'Being on Instagram makes a brand look legit.',
    'We want to look like a proper modern practice.',
    'The goal is to appear more forward-thinking to the board.',
    "It would signal we're a serious player.",
    'A slick YouTube channel would impress our partners.',
    "We need to show the world the charity isn't stuck in the eighties.",
    "Because it's the hippest platform around.",
    'Mostly so the studio comes across as high-end.',
]

AUDIENCE_REASONS_3 = [
    'Our hostel rooms look great in photos, and backpackers share them.',
    "We don't care if it looks boring; it's where our tenants report repairs.",
    "The boutique's buyers want to see how the dresses look on real people.",
    'Customers think of us when they need a plumber in a hurry, so we post emergency tips.',
    'We want people to know the bank branch is staying open.',
    'Professional photos of the practice help anxious patients feel at ease before visits.',
    "It isn't about seeming forward-thinking; applicants asked for virtual tours.",
    'Our modern kitchens are what buyers ask about, so we post them.',
    'We look for questions in the comments every day.',
    'The studio looks after its community of 300 regulars on WhatsApp.',
    'Being on Instagram lets us show buyers the new stock the day it arrives.',
    "Cool as it may be, TikTok isn't where our customers are, so we're skipping it.",
]


@pytest.mark.parametrize(("tester", "code", "text"), [
    *((box, "SMA201", t) for t in MANDATES_3),
    *((bandwagon, "SMA202", t) for t in LEAPS_3),
    *((bragging, "SMA203", t) for t in IMAGES_3),
])
def test_third_set_anti_patterns(tester, code, text):
    tester.assert_findings(motivation(text), [(code, 1, 13)])


@pytest.mark.parametrize(("tester", "text"), [
    *((box, t) for t in REASONS_3),
    *((bandwagon, t) for t in OWN_REASONS_3),
    *((bragging, t) for t in AUDIENCE_REASONS_3),
])
def test_third_set_healthy_neighbours(tester, text):
    tester.assert_valid(motivation(text))

# --------------------------------------------------------------------------
# A fourth set, held out until measured (first pass: SMA201 11/12 found, 1 false
# alarm; SMA202 9/12, 1; SMA203 12/12, 0). The classes: "part of the lease", "what
# borrowers told us" reports rather than orders, "near us" is a place, "bike shops
# like ours", "has done wonders for", "shares our open-day posts" is not a verb
# of the others.

MANDATES_4 = [
    'Our managing partner has instructed that the firm must have a presence on LinkedIn.',
    'The PTA chair wants the school on Instagram before the summer fair.',
    'Regional command told every station to start a Facebook page.',
    "The co-op's steering group insisted we open a Mastodon account.",
    'Our parent charity requires all local branches to run a page.',
    'It was a condition of the lottery grant that we publicise the project on social media.',
    "The shelter's new director would like us on TikTok.",
    'The dean has asked every department to post weekly on LinkedIn.',
    'Big boss from Lagos office tell us to open Instagram for the clinic.',
    "The distillery's investors expect an Instagram presence.",
    'Our landlord made having a Facebook page part of the lease.',
    'The library service has mandated that each branch runs its own X account.',
]

REASONS_4 = [
    'The managing partner asked clients how they found us; most said LinkedIn.',
    'The PTA chair wants more parents at the summer fair, and parents live in the class '
    'WhatsApp groups.',
    'No one at regional command cares about Facebook; residents asked for road closure '
    'updates there.',
    'The steering group approved Mastodon after members voted for it.',
    'Our parent charity offers free design templates.',
    'The lottery grant pays for a part-time community worker.',
    "The shelter's director wants more adoptions of older dogs, and adopters browse our "
    'Facebook page.',
    'The dean wants to fill the summer school, and applicants watch course videos on YouTube.',
    'Patients in Lagos ask us on WhatsApp about opening hours every day.',
    'Our investors asked what the tasting room visitors want; they want event dates on Instagram.',
    'The landlord lets us use the shared noticeboard.',
    'Each branch chose its own platform based on what borrowers told us.',
]

LEAPS_4 = [
    'The cat café on the high street has lines out the door since going viral on TikTok.',
    'Other law firms in Manchester are all posting on LinkedIn.',
    'Every distillery I know has an Instagram with thousands of followers.',
    'Our rival practice got 200 new patients from Facebook ads.',
    'The university across town has a huge TikTok following.',
    'All the other shelters near us use TikTok and their adoption rates went up.',
    "A colleague's yoga studio fills every class from Instagram.",
    'Bike shops like ours are doing great on YouTube.',
    'Other PTAs raise thousands through Facebook.',
    'The competition has moved to TikTok and we are left behind.',
    "Everybody else at the farmers' market sells through Instagram now.",
    'It has done wonders for the bakery opposite us.',
]

OWN_REASONS_4 = [
    'The cat café on the high street sends lost-pet posters our way.',
    'Unlike other law firms, we explain fees in plain words.',
    "We studied distilleries' comment sections to learn which questions come up.",
    'Our practice gets most new patients from Google reviews.',
    'The university across town shares our open-day posts with its students.',
    "Other shelters' experience showed us adopters want videos of the animals walking.",
    "We are not joining Instagram because a colleague's studio did; our students asked for it.",
    'Bike shops like ours rarely post, but our customers asked for repair videos.',
    "Our PTA's parents read the school newsletter and the class WhatsApp groups.",
    "The competition doesn't matter to us; our buyers read trade news on LinkedIn.",
    "Everybody at the farmers' market knows us already.",
    'The bakery opposite us asked us to share their opening hours.',
]

IMAGES_4 = [
    'A TikTok would make the firm look less old-school to graduates.',
    'We want the distillery to be seen as a premium brand.',
    "It's a status thing for the shelter to be on TikTok.",
    'The library wants to look cooler to teenagers.',
    'Having a YouTube channel makes a practice look established.',
    'Instagram would give the co-op a more professional image.',
    'We want people to think of the school as innovative.',
    "Mastodon signals we're tech-savvy.",
    "We don't want to look like dinosaurs next to the chains.",
    'It would be great for our prestige to be on LinkedIn.',
    'The partners want the firm to appear modern.',
    'TikTok is the trendiest platform around and we should be on it.',
]

AUDIENCE_REASONS_4 = [
    'Our whisky looks beautiful in amber light, and collectors share our photos.',
    "We don't care about looking modern; clients call us from Facebook.",
    'Adopters want to see how the dogs look and behave before visiting.',
    "This isn't about image: teenagers asked the library for homework help on Discord.",
    'Our modern clinic is what patients ask about, so we film tours.',
    'We look at the questions people ask and answer them in videos.',
    'Being on LinkedIn lets graduates see what trainees actually do.',
    "The co-op's young members run the account.",
    'We want parents to know about school closures quickly.',
    'Instagram shows our new whisky releases to collectors.',
    'Looking professional would be a nice extra; enquiries from families are the point.',
    'Trendy or not, YouTube is where our cyclists look for repair videos.',
]


@pytest.mark.parametrize(("tester", "code", "text"), [
    *((box, "SMA201", t) for t in MANDATES_4),
    *((bandwagon, "SMA202", t) for t in LEAPS_4),
    *((bragging, "SMA203", t) for t in IMAGES_4),
])
def test_fourth_set_anti_patterns(tester, code, text):
    tester.assert_findings(motivation(text), [(code, 1, 13)])


@pytest.mark.parametrize(("tester", "text"), [
    *((box, t) for t in REASONS_4),
    *((bandwagon, t) for t in OWN_REASONS_4),
    *((bragging, t) for t in AUDIENCE_REASONS_4),
])
def test_fourth_set_healthy_neighbours(tester, text):
    tester.assert_valid(motivation(text))

# --------------------------------------------------------------------------
# A fifth set, as channel rationales (the platform is implied), held out until
# measured (first pass: SMA201 4/10 found, 0 false alarms; SMA202 9/10, 0; SMA203
# 7/10, 0). The classes: an order in a rationale needs no platform named ("our
# area manager wants one for every site"), a bare "the owner insists.", someone
# else's choice ("picked it for us"), a second verb sharing its subject ("sent
# the login and told us to"), "seems to be there", "where the cool brands are",
# "out of touch", "for prestige".

RATIONALE_MANDATES = [
    'Head office says so.',
    'Our area manager wants one for every site.',
    "The funder's reporting form asks for a link to it.",
    "Required under the trust's new comms policy.",
    'The board picked it for us at the last meeting.',
    'Mandatory for all member clubs from next season.',
    "The owner insists. We don't really know why.",
    'We started it because the new marketing director asked. Nobody has checked whether '
    'customers use it.',
    'Corporate sent the login and told us to post twice a week.',
    "The council's communications team expects all venues to be there.",
]

RATIONALE_REASONS = [
    'Head office suggested it, and 60% of our customers said they use it in the till survey.',
    'Our area manager noticed that most enquiries already come through it.',
    "The funder asked us to share results; grantees' families follow the page.",
    'Members asked for a place to swap match reports.',
    'The board wanted proof first, so we ran a two-month trial: 45 bookings came through it.',
    'Parents check it for snow closures.',
    'The owner answers messages here himself because regulars prefer it to phoning.',
    'Our customers are here, according to the booking form.',
    'Nobody asked us to; we tried it because trade buyers kept messaging us there.',
    'The venue staff asked to post their own event photos, and visitors share them.',
]

RATIONALE_LEAPS = [
    "That's where the other craft breweries get their buzz.",
    'Every estate agent in the area has one.',
    'Our competitors post there daily.',
    'The garden centre down the lane gets half its trade from it.',
    'All the big museums are on it now.',
    'Other hostels have thousands of followers there.',
    "A friend's salon doubled its bookings with it.",
    "It's what the rival clinics use, and they're always busy.",
    'The charity next door raised £10k there last year.',
    'Everyone else in the trade seems to be there.',
]

RATIONALE_OWN_REASONS = [
    'The other craft breweries ignore it, which leaves room for us.',
    "Estate agents in the area post listings; we'll post honest neighbourhood guides "
    'instead, because buyers asked for them.',
    "Our competitors' followers complain about slow replies, so we'll answer within an hour.",
    'The garden centre down the lane shares our workshop dates with its customers.',
    'Museum visitors under 30 told us they plan trips from it.',
    'Our hostel guests tag us there after every stay.',
    "It's where our salon clients book and rebook.",
    "Our clinic's patients ask questions there in the evenings.",
    'The charity next door partners with us on the winter appeal.',
    'Our trade customers use it to check stock.',
]

RATIONALE_IMAGES = [
    'It makes us look current.',
    'Purely for the image: a gallery should look contemporary.',
    "Because it's where the cool brands are.",
    "Being there shows we're a forward-looking firm.",
    'It would give the practice some credibility with younger professionals.',
    "We don't want to seem out of touch.",
    'So people see us as a modern bank.',
    "It's the fashionable platform this year.",
    'The partners like how it makes the firm look.',
    'For prestige, mostly.',
]

RATIONALE_AUDIENCE_REASONS = [
    'It shows what the finished rooms look like, which is what couples ask to see.',
    'Not for the look of it: 300 local parents are in the group.',
    'Our contemporary art buyers browse here.',
    'Clients who want a modern kitchen save ideas here.',
    'We post how the bread looks each morning so regulars can reserve loaves.',
    "It's not trendy, but our older customers use it daily.",
    'Students look here first when choosing a course.',
    "It lets us show the shop's new layout to regulars before they visit.",
    'Our customers are mostly young professionals, and they told us they use it.',
    "Whether it looks modern doesn't matter; it's where tenants report repairs.",
]


@pytest.mark.parametrize(("tester", "code", "text"), [
    *((box, "SMA201", t) for t in RATIONALE_MANDATES),
    *((bandwagon, "SMA202", t) for t in RATIONALE_LEAPS),
    *((bragging, "SMA203", t) for t in RATIONALE_IMAGES),
])
def test_rationale_anti_patterns(tester, code, text):
    tester.assert_findings(rationale(text), [(code, 3, 16)])


@pytest.mark.parametrize(("tester", "text"), [
    *((box, t) for t in RATIONALE_REASONS),
    *((bandwagon, t) for t in RATIONALE_OWN_REASONS),
    *((bragging, t) for t in RATIONALE_AUDIENCE_REASONS),
])
def test_rationale_healthy_neighbours(tester, text):
    tester.assert_valid(rationale(text))

# --------------------------------------------------------------------------
# A sixth set, held out until measured, judged both as a motivation and as a
# rationale (first pass, either way: SMA201 10/12 found, 1 false alarm; SMA202
# 10/12, 1; SMA203 11/12, 1). The classes: "agreed that", "made it an item on the
# checklist", a rule about every post is no presence, "seem to get leads",
# "the pub opposite has", "gets mocked" is a lesson, "for credibility", a negator
# before the verb of appearing.

MANDATES_6 = [
    "The hospital trust's digital strategy says every department needs an active X account.",
    "My boss told me to 'do some Instagram'. That's the brief.",
    "The owner's daughter keeps telling us we have to be on TikTok.",
    'We are on LinkedIn because the parent group requires it.',
    'Management has made social media a standing item on the store checklist.',
    'The committee agreed that the society should have a Facebook page.',
    'Our sponsor asked us to get on Instagram so their logo gets seen.',
    'The Minister wants all agencies on Threads.',
    "Opening the account was the franchisor's idea.",
    "The council's new digital charter obliges every service to run a social account.",
    'According to head office, every shop must post three reels a week.',
    'The CEO decided we should have YouTube, so we do.',
]

REASONS_6 = [
    'My boss asked me to find out where our customers spend time online; the survey says '
    'Facebook.',
    "The owner's daughter films the bakes, and customers reply asking what's fresh.",
    'We are on LinkedIn because the engineers who buy our valves read it.',
    'Management approved two hours a week after customers asked for order updates.',
    'The committee agreed to try Facebook for three months and count new members.',
    "Our sponsor's staff like our posts, but our reason is the 200 families in our league.",
    "The Minister's office had nothing to do with it; citizens asked for service alerts.",
    "The franchisor's templates save time; our customers picked the platform.",
    'Every shop in the chain decides for itself, and ours chose Instagram for the students '
    'nearby.',
    'The CEO wants to win back lapsed customers, who mostly follow us on Facebook.',
    'Head office requires every post to use the brand font.',
    'Our director asked volunteers which platform they use to sign up for shifts.',
]

LEAPS_6 = [
    'The brewery two towns over sells out every release through Instagram.',
    'Our main competitor launched a TikTok and tripled its followers.',
    'Similar councils are all on Nextdoor now.',
    'Every florist in Bath posts on Pinterest.',
    'The big chains dominate YouTube.',
    "My sister's café gets most of its customers from TikTok.",
    'Other B2B suppliers in our niche seem to get leads from LinkedIn.',
    "Everyone's on Threads now, so we should be too.",
    'The animal shelter in Leeds went viral twice this year.',
    'Other charities like ours are raising serious money on Facebook.',
    'It really worked for the gym next door.',
    'The pub opposite has 20k followers.',
]

OWN_REASONS_6 = [
    'The brewery two towns over asked to stock our beer.',
    "Our main competitor's TikTok gets mocked for fake reviews, so we will show real customers.",
    'Unlike similar councils, we will answer questions on Nextdoor, not just post news.',
    'Florists in Bath send wedding customers to us.',
    'The big chains ignore local customers, so we can win them with quick replies.',
    "My sister's café is where our regulars grab coffee before class.",
    'We are not on LinkedIn because other suppliers are; our buyers asked us to be.',
    "Everyone's talking about Threads, but our customers aren't there, so we'll wait.",
    'We learned from the animal shelter in Leeds that short adoption videos work.',
    'Other charities like ours taught us that donors want to see receipts.',
    'The gym next door shares our posts with its members.',
    'The pub opposite hosts our quiz nights.',
]

IMAGES_6 = [
    'We want to look like a brand that young people would wear.',
    'TikTok is the coolest place to be right now.',
    'It would give the charity a fresher face.',
    'The partners want the firm to be seen as digital leaders.',
    "Being on Threads early shows we're innovators.",
    'Our image is too corporate, and Instagram could soften it.',
    "So we don't look old next to the new gyms.",
    'Snapchat makes a brand look fun.',
    'We want the council to seem approachable and modern.',
    'Mostly for credibility with the trade.',
    "It's good for our image.",
    'Honestly it makes us look bigger than we are.',
]

AUDIENCE_REASONS_6 = [
    'Our T-shirts look great on camera, and fans buy them after the videos.',
    "We don't want to look like a brand that spams people, so we post twice a week.",
    'TikTok is where our young customers are, according to our survey.',
    'Customers ask what the charity shop looks like inside before donating.',
    'The partners want more enquiries from start-ups, who read LinkedIn.',
    'Our new premises look smart, and we post photos for clients visiting the first time.',
    'Looking modern is beside the point; members asked for class bookings on WhatsApp.',
    "We want the council's pages to answer questions quickly.",
    'Credibility comes from reviews, so we ask happy clients to leave one.',
    "It's good for answering questions after hours.",
    'Our bakers look forward to reading the comments.',
    'Fans see how the beer looks before they buy it.',
]


@pytest.mark.parametrize("field", [motivation, rationale])
@pytest.mark.parametrize(("tester", "code", "text"), [
    *((box, "SMA201", t) for t in MANDATES_6),
    *((bandwagon, "SMA202", t) for t in LEAPS_6),
    *((bragging, "SMA203", t) for t in IMAGES_6),
])
def test_sixth_set_anti_patterns(tester, code, text, field):
    where = (1, 13) if field is motivation else (3, 16)
    tester.assert_findings(field(text), [(code, *where)])


@pytest.mark.parametrize("field", [motivation, rationale])
@pytest.mark.parametrize(("tester", "text"), [
    *((box, t) for t in REASONS_6),
    *((bandwagon, t) for t in OWN_REASONS_6),
    *((bragging, t) for t in AUDIENCE_REASONS_6),
])
def test_sixth_set_healthy_neighbours(tester, text, field):
    tester.assert_valid(field(text))

# --------------------------------------------------------------------------
# A seventh set, held out until measured (first pass: SMA201 9/10 found, 1 false
# alarm; SMA202 10/10, 0; SMA203 8/10, 0). The classes: "signed off a policy
# that", a possessed policy that is not given as the reason, "showing the world
# we're", "mark us out as".

MANDATES_7 = [
    'Our district manager has requested that all pharmacies open a Facebook page this quarter.',
    'We got an email from the brand team saying each dealership has to run Instagram.',
    'Because our new chairman insisted on it.',
    "The school's governors voted for a TikTok account; nobody asked the pupils.",
    "Honestly, it's just something the owner wants.",
    "The trust's board has signed off a policy that every ward posts weekly.",
    "The bank's regional head wants a LinkedIn post from each branch every Monday.",
    "The festival's sponsors demanded a social media presence as part of the deal.",
    'My line manager keeps nudging me to set up a Twitter account for the team.',
    'The state tourism office requires listed venues to maintain an Instagram profile.',
]

REASONS_7 = [
    'Our district manager wants fewer phone queries, and most customers message us on Facebook.',
    'We got an email from customers asking if we could post stock updates on Instagram.',
    'Our chairman asked members which app they use, and most said WhatsApp.',
    'The governors agreed to a TikTok trial because pupils asked for revision clips.',
    'The owner wants Saturdays busier, and young families plan weekends on Instagram.',
    "The trust's policy sets the tone of replies, not which platforms we use.",
    'The regional head shared what worked for customers in other regions, and we tested it here.',
    'Our sponsors want their logo on the kit, nothing more.',
    'My line manager asked me to look at our enquiry data first; 40% mention Instagram.',
    'Visitors told the tourism office they want opening times on Instagram.',
]

LEAPS_7 = [
    'The farm shop up the road now gets coachloads from its Facebook page.',
    'Most wedding photographers we know get all their clients through Instagram.',
    "Our biggest competitor's reels get thousands of views.",
    'Every other car dealer in the county advertises on TikTok.',
    'Other youth clubs have brilliant Instagram accounts.',
    'The dental practice across the square is always fully booked since it joined TikTok.',
    'Rival agencies are winning pitches with LinkedIn thought leadership.',
    "A neighbour's cattery tripled its bookings from Facebook groups.",
    'Everybody in our sector is on LinkedIn, so we need to be there.',
    'The tearoom in the next village has a huge following on Instagram.',
]

OWN_REASONS_7 = [
    'The farm shop up the road stocks our jams.',
    'We asked wedding couples where they found photographers; most said Instagram.',
    "Our biggest competitor's reviews mention slow replies, so we will answer within the hour.",
    'Unlike other car dealers, we will post real prices.',
    'Youth workers from other clubs told us teenagers ignore Facebook.',
    'The dental practice across the square refers emergency patients to us.',
    "We studied rival agencies' LinkedIn posts to spot what nobody explains.",
    "Our cattery's customers book by Facebook message.",
    'Everybody in our team answers messages.',
    'The tearoom in the next village displays our leaflets.',
]

IMAGES_7 = [
    'We want to look as slick as the big chains.',
    "It's about showing the world we're a modern hospital.",
    'TikTok would make the school look less stuffy.',
    'A polished LinkedIn page would make us seem like a bigger firm.',
    'Our image needs updating and Instagram is the quickest way.',
    'Because it looks good to have a YouTube channel.',
    'We want to come across as the cool option.',
    'Being on Bluesky would mark us out as forward-thinking.',
    'The board wants the charity to look more professional online.',
    'So that people see us as innovative.',
]

AUDIENCE_REASONS_7 = [
    'Our coffee looks best in natural light, and regulars share photos.',
    "It's about showing patients the new maternity ward before they arrive.",
    "The school's old hall looks stunning, and parents ask about hiring it.",
    'We want clients to see the finished projects before they call.',
    'Our image library helps buyers choose finishes.',
    "Looking good isn't the aim; the aim is bookings from local parents.",
    'We look forward to hearing from customers there.',
    'Being on Bluesky lets us reach researchers who left X.',
    'The board wants the charity to reach more carers online.',
    'We want people to see how the donations are spent.',
]


@pytest.mark.parametrize(("tester", "code", "text"), [
    *((box, "SMA201", t) for t in MANDATES_7),
    *((bandwagon, "SMA202", t) for t in LEAPS_7),
    *((bragging, "SMA203", t) for t in IMAGES_7),
])
def test_seventh_set_anti_patterns(tester, code, text):
    tester.assert_findings(motivation(text), [(code, 1, 13)])


@pytest.mark.parametrize(("tester", "text"), [
    *((box, t) for t in REASONS_7),
    *((bandwagon, t) for t in OWN_REASONS_7),
    *((bragging, t) for t in AUDIENCE_REASONS_7),
])
def test_seventh_set_healthy_neighbours(tester, text):
    tester.assert_valid(motivation(text))

# --------------------------------------------------------------------------
# An eighth set, held out until measured, judged as motivation and as rationale
# (first pass as motivation: SMA201 7/8 found, 1 false alarm; SMA202 6/8, 1;
# SMA203 7/8, 0). The classes: "it's in the membership rules", "whose buyers
# read LinkedIn" is a reason, "next to ours", "everyone at the trade show", "our
# farm sells most bunches" is no others, "for show", a request for a plan, and in
# a rationale only verbs of being there imply the platform.

MANDATES_8 = [
    "The brewery's new owners want us on Untappd and Instagram from day one.",
    "We've been asked by the county arts officer to have a TikTok for the festival.",
    'Our CEO says a company like ours must be on LinkedIn.',
    "It's in the membership rules: every club keeps a Facebook page.",
    'The practice owner told the nurses to post on Facebook every Friday.',
    'Because HQ wants every franchise on Google and Instagram.',
    "The bishop's office expects each parish to run a page.",
    'Our lender made an Instagram account a condition of the loan.',
]

REASONS_8 = [
    "The brewery's new owners asked drinkers where they rate beers, and most said Untappd.",
    'The county arts officer told us young audiences use TikTok, so we tested a few clips.',
    'Our CEO wants more orders from hospitals, whose buyers read LinkedIn.',
    "The club's members voted for WhatsApp because they already use it for lifts.",
    'The practice owner asked patients how they prefer reminders; most said SMS.',
    'HQ wants weekly numbers, so we count enquiries from each channel.',
    'Each parish decides for itself, and ours asked parishioners first.',
    'Our lender asked for a marketing plan, and this is it.',
]

LEAPS_8 = [
    'The craft fair stalls next to ours all sell through Instagram.',
    'Competitors in our sector have thousands of LinkedIn followers.',
    'The gym across the car park gets new members from TikTok every week.',
    'Other food trucks post their location on Instagram and have queues.',
    'Everyone at the trade show was talking about their YouTube channels.',
    'The estate agency on the corner doubled its listings through Facebook.',
    'Most independent cinemas near us are on Letterboxd and Instagram.',
    "A cousin's flower farm sells out every bunch through Instagram.",
]

OWN_REASONS_8 = [
    'The craft fair stalls next to ours sell candles, we sell ceramics.',
    'Competitors in our sector post rarely, but buyers told us they want product videos.',
    'The gym across the car park lets our clients use its showers.',
    "Other food trucks' customers complain they never know where trucks are, so we will "
    'post our location.',
    'Everyone at the trade show asked for our catalogue.',
    'The estate agency on the corner recommends us to new tenants.',
    'Film fans near us asked for weekly listings on Instagram.',
    'Our flower farm sells most bunches through Instagram.',
]

IMAGES_8 = [
    'It makes the brewery look like a serious craft label.',
    'We want the museum to feel less dusty.',
    'Honestly, having TikTok makes us look relevant.',
    'So investors see us as a tech company.',
    'The firm wants to be perceived as cutting-edge.',
    'We need a more youthful image, and Snapchat has it.',
    "It's mostly for show.",
    'Being on YouTube would give us real status in the industry.',
]

AUDIENCE_REASONS_8 = [
    'Our beer looks best poured, so we film pours for drinkers choosing a tap.',
    'Visitors want to see what the museum looks like before they travel.',
    'Being relevant to customers means answering their questions fast.',
    'Investors see our quarterly numbers by email.',
    'Clients want to see our cutting tools in action.',
    'Our young customers use Snapchat to ask about sizes.',
    'We want to show buyers how the fabric drapes.',
    'YouTube is where installers look for how-to videos.',
]


@pytest.mark.parametrize("field", [motivation, rationale])
@pytest.mark.parametrize(("tester", "code", "text"), [
    *((box, "SMA201", t) for t in MANDATES_8),
    *((bandwagon, "SMA202", t) for t in LEAPS_8),
    *((bragging, "SMA203", t) for t in IMAGES_8),
])
def test_eighth_set_anti_patterns(tester, code, text, field):
    where = (1, 13) if field is motivation else (3, 16)
    tester.assert_findings(field(text), [(code, *where)])


@pytest.mark.parametrize("field", [motivation, rationale])
@pytest.mark.parametrize(("tester", "text"), [
    *((box, t) for t in REASONS_8),
    *((bandwagon, t) for t in OWN_REASONS_8),
    *((bragging, t) for t in AUDIENCE_REASONS_8),
])
def test_eighth_set_healthy_neighbours(tester, text, field):
    tester.assert_valid(field(text))

# --------------------------------------------------------------------------
# Scope: a negator, hedge or contrast cancels only the role it governs


@pytest.mark.parametrize(("tester", "code", "text"), [
    # the negation governs the first clause; the role stands in the second
    (box, "SMA201", "We're not on TikTok yet, but the regional manager wants us there by May."),
    (bandwagon, "SMA202", "We never planned to post much, but the deli on the corner now gets "
                          "lunch queues from its reels."),
    (bragging, "SMA203", "Nobody here posts much; still, we want the studio to look more "
                         "upmarket."),
    # a negation inside the image is the brag itself
    (bragging, "SMA203", "We don't want the lodge to seem old-fashioned."),
    # a negator after the role does not reach back to it
    (bandwagon, "SMA202", "The bowling alley in Tamworth has 9,000 followers and we don't."),
])
def test_negation_outside_the_role_does_not_cancel_it(tester, code, text):
    tester.assert_findings(motivation(text), [(code, 1, 13)])


@pytest.mark.parametrize(("tester", "text"), [
    (box, "The area manager didn't ask for any of this; walkers kept asking for trail updates."),
    (bandwagon, "The deli on the corner isn't on Instagram at all, and our regulars ask for the "
                "menu there."),
    (bragging, "It isn't about looking upmarket: guests book after seeing the rooms."),
    (bandwagon, "Sure, the escape rooms in Derby are all on TikTok. We chose Facebook instead, "
                "because the parents who book parties told us they use it."),
])
def test_negated_hedged_or_conceded_role_is_cancelled(tester, text):
    tester.assert_valid(motivation(text))


# --------------------------------------------------------------------------
# Phrase options still add cues; the frames stay on


def test_extend_phrases_adds_a_cue_to_each_judgement():
    for code, phrase, text in (
            ("SMA202", "keeping pace with the pack", "We are keeping pace with the pack."),
            ("SMA203", "shiny badge", "A TikTok account is a shiny badge."),
    ):
        frames_alone(code).assert_valid(motivation(text))
        tester = frames_alone(code, options={code: {"extend_phrases": [phrase]}})
        (finding,) = tester.assert_findings(motivation(text), [(code, 1, 13)])
        assert f'"{phrase}" is the reason given: "{text}"' in finding.message


def test_replacing_the_phrases_keeps_the_role_frames():
    tester = frames_alone("SMA201", options={"SMA201": {"phrases": []}})
    tester.assert_findings(motivation("The new CEO wants us on TikTok."), [("SMA201", 1, 13)])
    tester.assert_valid(motivation("Honestly we're doing it to tick the box."))
    box.assert_findings(motivation("Honestly we're doing it to tick the box."), [("SMA201", 1, 13)])


# --------------------------------------------------------------------------
# Size: a two-megabyte field is read quickly and judged on its first part


def test_two_megabyte_fields_do_not_time_out():
    filler = "Regulars plan their week from the events page and ask about specials. " * 28_000
    plan = (f"motivation: {json.dumps(filler)}\nchannels:\n  - platform: tiktok\n"
            f"    rationale: {json.dumps('word ' * 400_000)}\n")
    tester = frames_alone("SMA201", "SMA202", "SMA203")
    assert tester.findings(plan) == []  # no finding, and no rule timed out
    leap = "The cidery up the valley sells out every weekend thanks to TikTok. " + filler
    found = tester.findings(f"motivation: {json.dumps(leap)}\n")
    assert [(f.code, f.location.line, f.location.column) for f in found] == [("SMA202", 1, 13)]


# --------------------------------------------------------------------------
# The frames' anchors: a frame is skipped uncompiled when none is in the text,
# so every match must hold one


def _anchored_frames():
    from smaudit.model.prose import channel_roles as roles

    frames = [value for value in vars(roles).values() if isinstance(value, LazyPattern)]
    frames += [roles._directive(), *roles._others(), *(f for _, f in roles._image_frames())]
    return [frame for frame in frames if frame.anchors]


def test_every_match_holds_an_anchor_of_its_frame():
    texts = [text for name, value in globals().items() if name.isupper()
             and isinstance(value, list) for text in value]
    assert len(texts) > 300
    frames = _anchored_frames()
    assert len(frames) > 20
    for frame in frames:
        assert all(anchor == anchor.lower() for anchor in frame.anchors)
        for text in texts:
            if frame.compiled().search(text):
                assert frame.may_match(text), (frame.pattern[:60], text)


@pytest.mark.parametrize("unit", [
    "the boss wants ",            # a directive verb in every few words of one clause
    ", but ",                     # thousands of clauses in one sentence
    "every shop must ",           # a rule on everyone, over and over
    "the shop across the road and ",
])
def test_long_repetitive_fields_stay_linear(unit):
    """Each frame looks a bounded distance around its match; were any look to run to
    the end of the clause, these would take minutes and the rule would time out."""
    text = unit * (40_000 // len(unit))
    tester = frames_alone("SMA201", "SMA202", "SMA203")
    findings = tester.findings(f"motivation: {json.dumps(text)}\n")
    assert not [f for f in findings if "crashed" in f.message]


# --------------------------------------------------------------------------
# Whole plans by another author exposed four classes (each fixed as a class):
# - SMA201: the organization's own users asking for somewhere to do something
#   themselves ("asked for a place to send ...") is their need, not an order;
# - SMA202: a relative clause between the others and their verb ("every studio
#   that had a hit built its audience on ..."), and "the same playbook" as copying;
# - SMA202: customers who came to us through a post are our own result, and
#   "we want that" after it wants more of it, not what others have;
# - list-valued motivations are read item by item.

USERS_ASKING_FOR_A_PLACE = [
    "Beta testers asked for a place to post crash logs and feature ideas.",
    "Boulderers asked for somewhere to swap route tips between sessions.",
    "Quiz teams wanted a space where they can sort out line-ups before Thursday.",
    "Early backers of the game asked us for one place to trade spare codes.",
    "Allotment holders asked for a corner for swapping spare seedlings.",
]


@pytest.mark.parametrize("text", USERS_ASKING_FOR_A_PLACE)
def test_sma201_users_asking_for_a_place_of_their_own_is_a_reason(text):
    box.assert_valid(rationale(text, "discord"))


ORDERS_BESIDE_A_PLACE = [
    "The county office asked us to open a page for the depot.",
    "The landlord asked for a Facebook page for the arcade.",
    "Head office asked for it.",
    # a single authority asking for a place is still an order
    "The owner asked for a place to show off the new vans.",
    "The head of operations wants a space to post the weekly rota.",
]


@pytest.mark.parametrize("text", ORDERS_BESIDE_A_PLACE)
def test_sma201_an_order_beside_a_place_request_still_found(text):
    box.assert_findings(rationale(text, "discord"), [("SMA201", 3, 16)])


LEAPS_WITH_A_RELATIVE_CLAUSE = [
    "Pretty much every bike shop that survived the last few years built its following on "
    "Instagram first.",
    "Every escape room that sold out last winter took its bookings through TikTok.",
    "Nearly all the cider makers who won awards this year are on Instagram.",
    "Other choirs that filled their concerts did it with Facebook events, so we're using the "
    "same formula.",
]


@pytest.mark.parametrize("text", LEAPS_WITH_A_RELATIVE_CLAUSE)
def test_sma202_others_with_a_relative_clause_before_their_verb(text):
    bandwagon.assert_findings(motivation(text), [("SMA202", 1, 13)])


OWN_GAINS = [
    "A third of our new members last spring came from climbers who saw a video our "
    "instructor posted. We want that to happen more often.",
    "Most of our bookings come through guests who found a reel one of our cooks shared.",
    "Half our new stockists were from shops that saw the van photos our driver put up. "
    "We'd like more of that.",
    "Every bike shop that survived the last few years told us the same thing: fix quickly "
    "and people come back.",
]


@pytest.mark.parametrize("text", OWN_GAINS)
def test_sma202_our_own_gain_through_a_post_is_not_a_leap(text):
    bandwagon.assert_valid(motivation(text))


def test_sma202_a_leap_in_a_list_item_is_found_with_the_item_position():
    plan = ("motivation:\n"
            "  - >\n"
            "    Nearly every craft distillery that made a name for itself did it on\n"
            "    Instagram first, so we're following the same playbook.\n"
            "  - The tasting room needs more weekday visitors.\n")
    (finding,) = bandwagon.assert_findings(plan, [("SMA202", 3, 5)])
    assert finding.message.endswith(
        '"Nearly every craft distillery that made a name for itself did it on Instagram first, '
        'so we\'re following the same playbook."'), finding.message


@pytest.mark.parametrize(("text", "org"), [
    ("Our stallholders ask at every market meeting why Ludlow Fair seems to be all over "
     "Instagram.", "Ludlow Fair"),
    ("Parents ask at every open evening how Brookfield Academy gets so many views on YouTube.",
     "Brookfield Academy"),
])
def test_sma202_a_question_word_starts_the_others_clause(text, org):
    """The verb's subject comes after "why"/"how": the message names those others, not
    the meeting or the term before the question word."""
    (finding,) = bandwagon.assert_findings(motivation(text), [("SMA202", 1, 13)])
    assert f'the example of "{org}' in finding.message, finding.message


# --------------------------------------------------------------------------
# Whole plans by a further author exposed two classes:
# - SMA201: a customer noun that names a document ("the parent engagement policy",
#   "the member code of conduct") is the paper's name, not a customer reason;
# - SMA202: a titled person ("Mrs Achebe", "Dr Lund") giving an order is the
#   mandate-giver, not another organization followed; a business of theirs still is.

TITLED_ORDERS = [
    "Mrs Achebe has made an official Facebook page a condition of the club using the "
    "school hall, and the member code of conduct lists 'keep the page updated' among our "
    "duties.",
    "Dr Lund wants a TikTok account for the practice.",
    "Ms Varga insists we post on Instagram every week.",
    "The head, Mr Doyle, has made a Facebook page a condition of using the school crest.",
    "Our landlord, Mrs Ferreira, requires every tenant to keep a Facebook page.",
    "Cllr Hart told us to get the allotment society on Facebook, and the tenant charter "
    "names 'an online noticeboard' as a duty.",
]


@pytest.mark.parametrize("text", TITLED_ORDERS)
def test_sma201_a_titled_person_giving_an_order_is_a_mandate(text):
    (finding,) = box.assert_findings(motivation(text), [("SMA201", 1, 13)])
    assert f'"{text}"' in finding.message, finding.message


@pytest.mark.parametrize("text", TITLED_ORDERS)
def test_sma202_a_titled_person_giving_an_order_is_no_bandwagon(text):
    bandwagon.assert_valid(motivation(text))


@pytest.mark.parametrize("text", [
    # the customers themselves, beside the order, are still a reason
    "Dr Lund wants a TikTok account, and our patients asked for the exercise videos there.",
    "The parents' policy aside, families told the class reps they check Facebook for news.",
])
def test_sma201_a_customer_reason_beside_the_order_still_counts(text):
    box.assert_valid(motivation(text))


@pytest.mark.parametrize("text", [
    "Dr Patel's clinic gets loads of bookings from Instagram.",
    "Kowalski Motors gets loads of orders from its Facebook page.",
])
def test_sma202_a_business_named_after_a_person_is_still_another_organization(text):
    bandwagon.assert_findings(motivation(text), [("SMA202", 1, 13)])


# A named body that is the subject of an order ("Harbourside Estates has made a page a
# condition of our lease") is the mandate-giver: box checking, not a bandwagon leap.
NAMED_GIVERS = [
    "Harbourside Estates has made a Facebook page a condition of our lease.",
    "Brightwell Group now requires every franchisee to run an Instagram account.",
    "Northfield Council has made a community Facebook page a condition of the grant.",
]


@pytest.mark.parametrize("text", NAMED_GIVERS)
def test_sma202_a_named_body_giving_an_order_is_no_bandwagon(text):
    bandwagon.assert_valid(motivation(text))
    box.assert_findings(motivation(text), [("SMA201", 1, 13)])


# SMA201 by role: anyone who says, tells or owns a form, an obligation, a presence.
# The giver is whatever stands as the agent of a verb of saying ("let it be known",
# "made it known", "intimated by") or owns the box that must be ticked; the
# obligation is any modal ("is to", "has to", "we'd need ... to keep our grant").

SAYING_OR_FORM_MANDATES = [
    "The Vice-Principal's office has made it known that every department is to run an "
    "Instagram account.",
    "The bank's business-plan template includes a 'social media' section, and the annual "
    "review needs it filled in.",
    "The enterprise grant people said we'd need a LinkedIn page to keep our funding.",
    "It has been intimated by the Dean that the faculty ought to be on TikTok.",
    "The insurer's onboarding form has a box for a Facebook page, and the broker says it must "
    "be ticked.",
    "Apparently the accelerator said all cohort startups have to post on LinkedIn to stay in "
    "the programme.",
    "Umm the diocese has let it be known each parish should run a YouTube channel for services.",
]
RATIONALE_SAYING_OR_FORM_MANDATES = [
    "We were informed by the regional team that each branch has to maintain its own Facebook "
    "page.",
    "I think, though I may be wrong, that the festival lot announced every stallholder is to "
    "keep an Instagram, so hopefully this counts.",
    "Accreditation scorecard: the 'online presence' field needs to be ticked before renewal.",
]

SAYING_OR_FORM_REASONS = [
    "The Dean's office has asked every department to keep an Instagram, but the real reason is "
    "that applicants told us at open days that they browse it first.",
    "Our funder's template has a social media box; we'd have filled it anyway, because 70% of "
    "our tenants tell us they find notices on Facebook.",
    "Nobody told us we had to be on LinkedIn: our buyers source suppliers there.",
    "The enterprise grant people said we'd need a plan, so we wrote this one around what our "
    "walk-in customers asked for.",
    "Divisional KPIs require two social channels, but that's not the driver; a third of our "
    "phone calls are opening-hours questions a post can answer.",
    "Head office has a policy on replies: every message has to be answered within a day.",
    "We were informed by the council that our page reached 2,000 residents last month.",
    "The young people said we ought to be on TikTok, and the survey of our members agreed.",
]


@pytest.mark.parametrize("text", SAYING_OR_FORM_MANDATES)
def test_sma201_saying_verb_or_form_with_an_obligation(text):
    (finding,) = box.assert_findings(motivation(text), [("SMA201", 1, 13)])
    assert f'"{text}"' in finding.message


@pytest.mark.parametrize("text", RATIONALE_SAYING_OR_FORM_MANDATES)
def test_sma201_saying_verb_or_form_with_an_obligation_as_rationale(text):
    (finding,) = box.assert_findings(rationale(text), [("SMA201", 3, 16)])
    assert f'"{text}"' in finding.message


@pytest.mark.parametrize("text", SAYING_OR_FORM_REASONS)
def test_sma201_saying_verb_or_form_beside_a_reason_is_valid(text):
    box.assert_valid(motivation(text))


# --------------------------------------------------------------------------
# SMA202 by role: any plural, ranked or counted set of organizations of one kind
# ("peer X", "comparable X", "the top 3 X", "the five largest X") whose presence or
# numbers are the reason, including a benchmark that ends in "we need parity".

PEER_LEAPS = [
    "The five largest practices in the county average 3k Instagram followers and full books. "
    "We need to match them.",
    "Comparable trusts (n=9) all use LinkedIn as their main recruitment channel; it is the "
    "industry norm.",
    "Benchmark: the top 4 joineries in our district average 2k Pinterest followers. We need "
    "parity.",
    "Most sister libraries in the network seem to run their events through Facebook, so I "
    "suppose we ought to as well.",
    "Industry benchmark: leading independents run Pinterest as their primary channel, so should "
    "we.",
    "Fellow hospices across the region boast busy Instagram pages and full fundraising "
    "calendars.",
    "Every other chamber choir in the county seems to post its concerts on Facebook, so we "
    "probably should too.",
    "Peer colleges enjoy 10k followers on TikTok; we are simply behind.",
]

PEER_OWN_REASONS = [
    "Our three nearest rivals have 10k followers between them, yet none of them answers "
    "questions; that gap is what our page fills for parents.",
    "Peer trusts' LinkedIn data shaped our post formats only; the channel was chosen from our "
    "own applicant survey (71% use it weekly).",
    "The other studios in town are on TikTok, but that is not why; our own students asked for "
    "the class timetable there.",
    "We benchmarked five comparable museums to learn which post formats get questions answered.",
    "We serve every age already, from toddlers to pensioners, and the page shows our timetable.",
    "The most contaminated bins are in the flats, so our posts target those streets first.",
    "Peer colleges rarely use TikTok, and our applicant survey says ours don't either.",
]


@pytest.mark.parametrize("text", PEER_LEAPS)
def test_sma202_peers_or_a_ranked_set_as_the_reason(text):
    (finding,) = bandwagon.assert_findings(motivation(text), [("SMA202", 1, 13)])
    assert "is the reason given" in finding.message


@pytest.mark.parametrize("text", PEER_OWN_REASONS)
def test_sma202_peers_studied_dismissed_or_not_others_is_valid(text):
    bandwagon.assert_valid(motivation(text))


@pytest.mark.parametrize("text", [
    "Every age already uses the page, from students to pensioners.",
    "Most days the café is full by ten, and regulars check the page for the soup.",
    "All the time our patients ask for the rota, so the page shows it.",
])
def test_sma202_every_time_age_or_kind_is_not_an_organization(text):
    bandwagon.assert_valid(motivation(text))


# SMA203 false alarms: "look" with an adverb before its preposition is a verb of seeing;
# "let it be known that" is a verb of saying; a cue denied after it ("isn't in the
# brief", "is not part of it") is set aside. Images that are the reason still count.
@pytest.mark.parametrize("text", [
    "We did look carefully at what the other lido posts, to see which questions go "
    "unanswered.",
    "The area office has let it be known that every branch is to keep a Facebook page.",
    "Not a status thing: tenants check Facebook weekly; 'cool factor' isn't in the brief.",
    "'Cool factor' is not part of it; tenants check Facebook weekly.",
    "Looking good is not part of it; parents at the gate asked for the rota here.",
])
def test_sma203_seeing_saying_and_denied_image_cues_are_valid(text):
    bragging.assert_valid(rationale(text, "facebook"))


@pytest.mark.parametrize("text", [
    "We want the lido to look modern, and a smart Facebook page will do that.",
    "The page should make the practice seem far more up to date than it is.",
])
def test_sma203_image_reason_beside_those_neighbours_still_found(text):
    bragging.assert_findings(rationale(text, "facebook"), [("SMA203", 3, 16)])


# SMA202 in notes: the article dropped or a name standing for the business, before a
# place phrase ("Pet shop next door posts ...", "Bakehouse over in Thornby ..."). A bare
# plural there is a kind of people (the audience), and a measure is the organization's own.
NOTE_FORM_LEAPS = [
    "Bakehouse over in Thornby tripled its weekday trade off Instagram. We should too.",
    "Pet shop next door posts on TikTok twice a day & is always packed",
    "Riverside Dental across the bridge gets most of its new patients from Facebook.",
]
NOTE_FORM_NEIGHBOURS = [
    "Sales in Leeds doubled after we started posting on Instagram.",
    "Turnover in Thornby rose after we started posting on Instagram.",
    "Teachers in the county share trip ideas in Facebook groups.",
    "We moved in March and customers now find us on Instagram.",
]


@pytest.mark.parametrize("text", NOTE_FORM_LEAPS)
def test_sma202_note_form_business_before_a_place(text):
    bandwagon.assert_findings(motivation(text), [("SMA202", 1, 13)])


@pytest.mark.parametrize("text", NOTE_FORM_NEIGHBOURS)
def test_sma202_note_form_people_or_measures_are_not_others(text):
    bandwagon.assert_valid(motivation(text))


# SMA202 classes from a third round of new voices. (1) A chat story opened with "ok so"
# is not a concession ("sure, ..." still is); (2) "comparator" belongs with the words
# for organizations of the same kind; (3) putting something up on a platform is acting
# through it. Each leap names its organization; the neighbours stay valid.
THIRD_ROUND_LEAPS = [
    "ok so the barber two streets over started doing reels and now hes booked solid",
    "okay so the vet across the road posts puppy clips on TikTok and their waiting room "
    "is always full, thats why",
    "Yes so the gym next door went on Instagram and doubled its members.",
    "Two comparator councils have grown their Facebook followings sharply this year.",
    "It was noted that comparator museums have expanded their presence on TikTok.",
    "Garage over in Marlow put their MOT offers up on Facebook and got loads of bookings",
    "the florist on the corner puts every bouquet up on Instagram and sells out by noon",
]
#: The organization each of ``THIRD_ROUND_LEAPS`` names, in order.
THIRD_ROUND_ORGS = ("the barber", "the vet", "the gym", "comparator councils",
                    "comparator museums", "Garage", "the florist")
THIRD_ROUND_NEIGHBOURS = [
    "Sure, the gym next door is on TikTok, but our members asked for class times on Facebook.",
    "Ok, the bakery across the road has Instagram; that isn't why we are joining.",
    "ok so our customers keep asking for the menu on Facebook, so we put it up there",
    "Comparator data from the survey shows 60% of our tenants read Facebook weekly.",
    "We put the timetable up on Facebook because parents asked for it at the gate.",
    "Other shops put their prices up in January; our customers asked us to post offers.",
]


@pytest.mark.parametrize(("text", "org"),
                         list(zip(THIRD_ROUND_LEAPS, THIRD_ROUND_ORGS, strict=True)))
def test_sma202_chat_opener_comparators_and_putting_up_are_leaps(text, org):
    found = bandwagon.assert_findings(motivation(text), [("SMA202", 1, 13)])
    assert f'"{org.lower()}' in found[0].message.lower()


@pytest.mark.parametrize("text", THIRD_ROUND_NEIGHBOURS)
def test_sma202_concessions_own_data_and_own_posting_are_valid(text):
    bandwagon.assert_valid(motivation(text))


# SMA202: a customer word modifying a word for an organization names an organization
# ("every other community station", "the parents' association"), not customers; the
# customer noun as the head ("other parents") still does not.
CUSTOMER_MODIFIED_LEAPS = [
    "Every other community centre in town is on Facebook now and always busy.",
    "Every other community radio in the valley has moved onto TikTok this year.",
    "Most student unions in the city have grown their Instagram followings hugely.",
    "The other parents' associations in the district all run busy Facebook groups.",
    "Several patient charities have doubled their donors through Facebook appeals.",
]
CUSTOMER_MODIFIED_NEIGHBOURS = [
    "Other parents in the district all read the Facebook group for term dates.",
    "Most students in the city open Instagram daily, the survey found.",
    "Several patients have asked for the clinic times on Facebook.",
    "Every other community member we surveyed reads the WhatsApp group.",
]


@pytest.mark.parametrize("text", CUSTOMER_MODIFIED_LEAPS)
def test_sma202_customer_word_before_a_word_for_an_organization_is_others(text):
    bandwagon.assert_findings(motivation(text), [("SMA202", 1, 13)])


@pytest.mark.parametrize("text", CUSTOMER_MODIFIED_NEIGHBOURS)
def test_sma202_customers_as_the_head_noun_are_not_others(text):
    bandwagon.assert_valid(motivation(text))


# SMA202 healthy neighbours read as leaps: others as the route by which someone found the
# organization ("found us through other florists' posts"), others as the object of an
# order ("requires every branch to ...") or as its giver ("the Trustees have asked the
# office to ..."). Those are the organization's own gain and box checking's mandate.
ROUTE_AND_ORDER_NEIGHBOURS = [
    "Wedding planners who book us found us through other florists' posts, so showing our "
    "arrangements is how we get work.",
    "Most new tenants heard about us via the other charities' Facebook pages.",
    "Volunteers who help us found us thanks to other museums' posts.",
    "Several schools that order from us discovered us through the other bakeries' "
    "Instagram accounts.",
    "In May the council approved a Community Engagement Plan, which requires every library "
    "branch to maintain an active presence on social media.",
    "The diocese issued new guidance, which obliges every parish office to keep an active "
    "page on Facebook.",
    "The form now asks which platforms we use, and the Senior Leadership Team has asked "
    "Estates to make sure we can do it.",
    "The survey asks about our channels, and the Parish Council has told the Clerk to make "
    "sure we can tick it.",
]
ROUTE_AND_ORDER_LEAPS = [
    "Every other florist in town posts daily on Instagram and is fully booked.",
    "The other parishes in the deanery have all grown their congregations through Facebook.",
]


@pytest.mark.parametrize("text", ROUTE_AND_ORDER_NEIGHBOURS)
def test_sma202_others_as_route_or_in_an_order_are_not_a_leap(text):
    bandwagon.assert_valid(motivation(text))


@pytest.mark.parametrize("text", ROUTE_AND_ORDER_LEAPS)
def test_sma202_others_doing_well_beside_those_neighbours_still_found(text):
    bandwagon.assert_findings(motivation(text), [("SMA202", 1, 13)])


# SMA202: a dismissal reported ("but the partners are clear that this is not what
# prompted it") or a doubt ("I'm unconvinced that matters") scopes the others out; the
# same others without the dismissal are still the reason.
REPORTED_DISMISSAL_NEIGHBOURS = [
    "The partners know a rival practice has been advertising on Instagram, but they are "
    "clear that this is not what prompted the plan.",
    "A competing garage posts on TikTok daily, but we are sure that it isn't what drove "
    "this decision.",
    "I hear other breweries spend a fortune on Instagram; I'm unconvinced that matters.",
    "The other hostels in town are all on TikTok, and we are not sure it counts for much.",
    "Every rival agency has a LinkedIn page, but the board is adamant that this is not "
    "the reason.",
]
REPORTED_DISMISSAL_LEAPS = [
    "A competing garage posts on TikTok daily and is booked for weeks, and we want that too.",
    "Other breweries in the city are all on Instagram and sell out every batch.",
]


@pytest.mark.parametrize("text", REPORTED_DISMISSAL_NEIGHBOURS)
def test_sma202_reported_or_doubted_dismissal_scopes_out_the_others(text):
    bandwagon.assert_valid(motivation(text))


@pytest.mark.parametrize("text", REPORTED_DISMISSAL_LEAPS)
def test_sma202_others_without_a_dismissal_still_found(text):
    bandwagon.assert_findings(motivation(text), [("SMA202", 1, 13)])


# SMA202: "we want that" + a clause of its own ("we want that people think ...", as
# learners of English write it) is a wish about an image, not wanting another's result;
# "we want that" pointing back at others still is.
THAT_CLAUSE_NEIGHBOURS = [
    "We want that people see us as a modern bakery, so Instagram is important.",
    "We want that everyone in the valley knows the hostel is open in winter.",
    "I want that customers think our garage is professional, not a back-street place.",
    "We would like that the guests remember the hotel when they plan next summer.",
    "We want that our clinic looks young, so a Facebook page is needed.",
]
THAT_CLAUSE_LEAPS = [
    "The tattoo studio on Mill Lane gets all its bookings from Instagram. We want that.",
    "Their page is busy every day and we want that for the shop as well.",
]


@pytest.mark.parametrize("text", THAT_CLAUSE_NEIGHBOURS)
def test_sma202_want_that_with_a_clause_of_its_own_is_not_a_leap(text):
    bandwagon.assert_valid(rationale(text))


@pytest.mark.parametrize("text", THAT_CLAUSE_LEAPS)
def test_sma202_want_that_pointing_back_is_still_a_leap(text):
    bandwagon.assert_findings(rationale(text), [("SMA202", 3, 16)])


# SMA201: a mandate given by any body or paper, with the obligation in any grammatical
# shape: passive or modal on a quantified subject whose modifier is a customer noun ("all
# member shops have to"), causative ("makes each stallholder post"), reported into a
# paper ("wrote into the policy that we need"), a form with a single box, an order
# closed to discussion. Half of these were set aside and checked only after the fix.
ANY_SHAPE_MANDATES = [
    "After the federation's spring conference, every affiliated club is required to run "
    "an Instagram account.",
    "Memo from the holding company - every outlet must keep a LinkedIn page.",
    "The farmers' market committee makes each stallholder post on Facebook the week "
    "before a market.",
    "Our insurer wrote into the new policy that we need a Facebook page for incident "
    "notices.",
    "The directors settled it: we're going on TikTok, no arguments.",
    "The mother company put in agreement that our shop must to have Facebook page.",
    "Since the cooperative's general meeting, all member shops have to keep an Instagram "
    "page.",
    "The scouting association made every troop open a Facebook group this year.",
    "The museum trust has written into our loan agreement that we must promote the "
    "exhibition on social media.",
    "The headquarter write in the franchise contract that every branch should having "
    "Instagram account.",
    "The brewery's founder keeps saying at every staff meeting that we have to be on "
    "TikTok.",
]
ANY_SHAPE_RATIONALE_MANDATES = [
    "The council's licensing form has a single field for our Instagram handle, so we had "
    "to set one up.",
    "The regional tourism application has one field for a TikTok link, so we needed an "
    "account.",
    "Management made the call, we are on LinkedIn, full stop.",
    "The hire agreement, in a schedule nobody reads, obliges every stallholder to keep an "
    "active account.",
    "The start-up grant we won has a checkbox for a social media link, so here it is.",
]
ANY_SHAPE_NEIGHBOURS = [
    "The federation asks every affiliated club to run an Instagram account, but we joined "
    "because our junior players' parents already swap lift shares there.",
    "It is not in our lease that we must be on Instagram; we chose it because walkers on "
    "the canal path look up our opening hours there.",
    "The distributor never wrote into our contract that we must post on Facebook; our "
    "buyers simply message us there.",
    "The cooperative asks all member shops to keep a page, but our reason is the "
    "customers who check the weekly veg box contents there.",
    "Nobody wrote into any contract that we must be on Facebook; patients asked us to "
    "post opening hours there.",
    "It was agreed that an Instagram account would help the studio look more current.",
    "Instagram makes every dish look better, and diners book from the photos.",
    "We're on Facebook, end of story: that's where the parents of our pupils talk.",
]
ANY_SHAPE_RATIONALE_NEIGHBOURS = [
    "The grant form had a box for social links, though we had already chosen Instagram "
    "because the students we teach use it daily.",
    "Nobody pushed this: two regulars asked where they could check the menu from home.",
]


@pytest.mark.parametrize("text", ANY_SHAPE_MANDATES)
def test_sma201_mandate_in_any_grammatical_shape(text):
    box.assert_findings(motivation(text), [("SMA201", 1, 13)])


@pytest.mark.parametrize("text", ANY_SHAPE_RATIONALE_MANDATES)
def test_sma201_mandate_in_any_grammatical_shape_in_a_rationale(text):
    box.assert_findings(rationale(text), [("SMA201", 3, 16)])


@pytest.mark.parametrize("text", ANY_SHAPE_NEIGHBOURS)
def test_sma201_any_shape_mandate_neighbours(text):
    box.assert_valid(motivation(text))


@pytest.mark.parametrize("text", ANY_SHAPE_RATIONALE_NEIGHBOURS)
def test_sma201_any_shape_mandate_neighbours_in_a_rationale(text):
    box.assert_valid(rationale(text))


# SMA201: the terms of someone else's arrangement in more shapes: a verb of requiring
# in its base form ("brand standards oblige each location"), stipulated into a deal, a
# noun of obligation ("membership comes with an obligation to promote"), a rollout to
# every unit, a presence needed for an arrangement ("needed for the listing"), and a
# requirement reported after a verb of saying ("made it clear she expects us on").
# Neighbours: a duty about how to serve ("must reply to comments"), process rules,
# duties that are not about social media.
TERMS_MANDATES = [
    "Our franchisor's brand standards oblige each location to maintain an Instagram "
    "presence.",
    "The chamber of commerce membership comes with an obligation to promote events on "
    "social media.",
    "Head office has rolled out TikTok to all branches, so we're on it.",
    "Our board chair has made it clear she expects us on LinkedIn.",
    "Our sponsor stipulated in the deal that we post about them on Instagram twice a "
    "month.",
    "The diocese has instructed all parishes to have a Facebook page by Easter.",
    "We got a letter from the BID saying all shops in the precinct need an Instagram "
    "account.",
]
TERMS_NEIGHBOURS = [
    "The contract says the agency must reply to comments within a day.",
    "Every member of staff must be trained before posting on our Instagram.",
    "All our instructors have to keep their first-aid certificates current.",
    "Our policy is that every post must be approved by the manager.",
    "The grant requires us to report attendance figures each quarter.",
    "Head office suggested Instagram, but we picked it because our customers use it to "
    "find lunch spots.",
    "Nobody makes us post on Instagram; we do it because brides look there first.",
    "Instagram makes it easy for diners to see the daily specials, which is why we use it.",
]


@pytest.mark.parametrize("text", TERMS_MANDATES)
def test_sma201_someone_elses_terms_in_more_shapes(text):
    box.assert_findings(motivation(text), [("SMA201", 1, 13)])


def test_sma201_a_presence_needed_for_an_arrangement_in_a_rationale():
    box.assert_findings(rationale("Needed for the tourism board listing."),
                        [("SMA201", 3, 16)])


@pytest.mark.parametrize("text", TERMS_NEIGHBOURS)
def test_sma201_duties_of_service_and_process_are_not_mandates(text):
    box.assert_valid(motivation(text))


# SMA201: the organization's own people as a whole ("the team", "our staff") are the
# organization, not someone above it, and a wish for one plan is about how to work, not
# about being on a platform; a named part of the organization can still give an order.
OWN_PEOPLE_NEIGHBOURS = [
    "The team wants one plan instead of posting whenever someone has a spare minute.",
    "Our staff would like a single schedule for the Instagram posts so nobody doubles up.",
    "The volunteers asked for one plan so that the Facebook page is not left for weeks.",
]
NAMED_PART_MANDATES = [
    "The digital team told us that every service has to run a TikTok account by spring.",
    "The comms team wants every branch on Instagram by March.",
]


@pytest.mark.parametrize("text", OWN_PEOPLE_NEIGHBOURS)
def test_sma201_the_organizations_own_people_are_not_a_mandate_giver(text):
    box.assert_valid(motivation(text))


@pytest.mark.parametrize("text", NAMED_PART_MANDATES)
def test_sma201_a_named_part_of_the_organization_can_give_an_order(text):
    box.assert_findings(motivation(text), [("SMA201", 1, 13)])


# SMA201: precision of the new shapes: a rule about consent before posting is about how;
# a closing idiom with no one before it ("End of story: the regulars wanted ...") or
# opening the sentence ("Like it or not, ...") is no one's order; a duty or an order that
# comes with the customers' own reason is a reason.
NEW_SHAPE_NEIGHBOURS = [
    "Under our data policy, we must get written consent before posting any client photo "
    "on Instagram.",
    "End of story: the regulars wanted a place to see the quiz results, so we made a "
    "Facebook page.",
    "Like it or not, TikTok is where things are heading.",
    "We have a duty to keep residents informed, and most of them are on Facebook.",
    "The owner made us have a proper think about who our customers are; the survey "
    "showed they're on Instagram.",
    "The council made it possible to open a page for the market.",
]


@pytest.mark.parametrize("text", NEW_SHAPE_NEIGHBOURS)
def test_sma201_new_shapes_do_not_fire_on_their_neighbours(text):
    box.assert_valid(motivation(text))


# SMA201: an order as a verbless note ("Franchise requirement.") and a learner's
# resumptive pronoun ("my boss he say we must"); neighbours: the organization's own
# decision in note form, a customer's requirement, a reported want of customers.
NOTE_ORDER_RATIONALES = [
    "Franchise requirement. Non-negotiable.",
    "Council mandate.",
]
NOTE_ORDER_RATIONALE_NEIGHBOURS = [
    "Business decision.",
    "Customer requirement.",
    "Strategic decision.",
]


@pytest.mark.parametrize("text", NOTE_ORDER_RATIONALES)
def test_sma201_an_order_as_a_verbless_note(text):
    box.assert_findings(rationale(text), [("SMA201", 3, 16)])


@pytest.mark.parametrize("text", NOTE_ORDER_RATIONALE_NEIGHBOURS)
def test_sma201_the_organizations_own_decision_as_a_note_is_not_an_order(text):
    box.assert_valid(rationale(text))


def test_sma201_a_resumptive_pronoun_after_the_giver():
    box.assert_findings(motivation("My boss he say we must open TikTok, so we open."),
                        [("SMA201", 1, 13)])


def test_sma201_a_pronoun_after_a_clause_is_not_resumptive():
    box.assert_valid(motivation(
        "We studied how the pottery in Wells uses Instagram to find a gap: nobody nearby "
        "films glazing, and the potters we called said they want those videos."))


@pytest.mark.parametrize("text", [
    "Most tenants who replied to the questionnaire are on Facebook daily.",
    "Most residents who took part in the spring census use the estate's WhatsApp group.",
    "Half the diners in our feedback forms said they find restaurants through Instagram.",
])
def test_sma202_those_who_answered_the_organizations_own_survey_are_its_public(text):
    bandwagon.assert_valid(motivation(text))


@pytest.mark.parametrize("text", [
    "Most removal firms in the city are on Facebook and doing well from it.",
    "Half the nurseries on our side of town run busy Instagram pages, so we should too.",
])
def test_sma202_a_quantified_kind_of_business_is_still_others(text):
    bandwagon.assert_findings(motivation(text), [("SMA202", 1, 13)])


@pytest.mark.parametrize("text", [
    "Although plenty of garden centres sell through Pinterest, we chose Facebook because our "
    "customers told us at the till that they read the village groups.",
    "While most of the other dance schools post on TikTok, we use Instagram since the parents "
    "we surveyed in September follow us there.",
])
def test_sma202_others_conceded_before_the_main_clause_gives_the_reason(text):
    bandwagon.assert_valid(motivation(text))


def test_sma202_others_in_the_main_clause_after_a_concession_are_still_the_reason():
    bandwagon.assert_findings(motivation(
        "Although we hesitated for a year, every other garden centre in the valley is on "
        "Pinterest now, so we should be too."), [("SMA202", 1, 13)])


@pytest.mark.parametrize("text", [
    "Most seed buyers reach the shop from our Pinterest boards.",
    "Many dog walkers on the common follow the page for the weather closures.",
])
def test_sma202_a_quantified_modifier_of_people_is_not_other_organizations(text):
    bandwagon.assert_valid(rationale(text))


def test_sma202_a_preposition_inside_a_longer_word_is_no_place():
    """"upon" is not "up": a spot upon Facebook is no business up the road."""
    bandwagon.assert_valid(motivation(
        "A spot upon Facebook would let the parents find the new timetable."))


@pytest.mark.parametrize("text", [
    "The estate manager's new lease says every stallholder keeps a Facebook page for the "
    "market listings.",
    "The festival sponsors put it in the contract that we'd run an Instagram account all "
    "season.",
])
def test_sma201_an_order_in_a_named_paper_or_put_into_one(text):
    box.assert_findings(motivation(text), [("SMA201", 1, 13)])


def test_sma201_a_group_wanting_to_see_for_itself_is_its_own_need():
    box.assert_valid(rationale(
        "Hikers want to see the path before they book; short videos show it."))
    box.assert_findings(rationale("The trustees want to see us on Instagram."),
                        [("SMA201", 3, 16)])


def test_minuted_leap_is_the_leap_not_an_order_from_a_connecting_adverb():
    """'it was therefore agreed': "therefore" gives no order; the others are the reason."""
    tester = frames_alone("SMA201", "SMA202")
    (finding,) = tester.assert_findings(motivation(
        "Peer theatres have built big followings on TikTok, and it was therefore agreed that "
        "we follow suit."), [("SMA202", 1, 13)])
    assert '"Peer theatres"' in finding.message


@pytest.mark.parametrize("text", [
    "Every bakery and deli in the arcade seems to have an account now, so it's our turn.",
    "Eastfield College's drama department put out a TikTok series and their open-day numbers "
    "went up, so we will do whatever they do.",
])
def test_sma202_others_joined_by_and_or_named_by_their_owner(text):
    bandwagon.assert_findings(motivation(text), [("SMA202", 1, 13)])


def test_sma202_joining_in_a_rationale_is_joining_the_platform():
    bandwagon.assert_findings(rationale(
        "Picked because the toy library in Wexford doubled its loans after joining."),
        [("SMA202", 3, 16)])
    bandwagon.assert_valid(rationale("The toy shop in Wexford raised its prices after opening."))


def test_sma202_others_coming_over_to_us_are_our_own_intake():
    bandwagon.assert_valid(motivation(
        "The video shop in the arcade closed and everyone moved to us for their films."))


@pytest.mark.parametrize("text", [
    "The committee feels the society's look is tired and a smart social media presence would "
    "change how the society is perceived.",
    "I'd like a glossy feed so that people scrolling past think 'wow, what a classy little "
    "salon'!",
    "Instagram was picked because it is felt the gallery should be seen alongside the more "
    "fashionable studios in the region.",
])
def test_sma203_how_the_organization_is_perceived_or_admired(text):
    bragging.assert_findings(motivation(text), [("SMA203", 1, 13)])


def test_sma202_a_named_survey_is_no_organization():
    bandwagon.assert_valid(rationale("Most tenants who filled in the TRA survey are on it."))


@pytest.mark.parametrize(("text", "where"), [
    ("Other counties' museums doing it. Us too.", motivation),
    ("Farm shop next door: 4k followers. Queues every Saturday.", rationale),
])
def test_sma202_note_form_without_a_verb(text, where):
    bandwagon.assert_findings(where(text), [("SMA202", *STARTS[where])])


def test_sma202_a_preposition_before_an_article_is_no_place():
    """"sent round an email" is no business round the corner."""
    bandwagon.assert_valid(motivation(
        "The head sent round an email: every class needs a Padlet page by Easter."))


@pytest.mark.parametrize("text", [
    "The regional sponsors wrote it into the deal that we'd run a Facebook page, so here we are.",
    "The diocese said we've to be on Facebook, so we are.",
])
def test_sma201_orders_in_other_words(text):
    box.assert_findings(motivation(text), [("SMA201", 1, 13)])


def test_sma201_a_mandate_with_the_real_reason_named_after_it():
    box.assert_valid(motivation(
        "Head office asked every branch to open an account, but the real reason for us is the "
        "till log: customers ask the same opening-hours question every day."))


def test_sma202_a_body_inside_the_order_is_its_giver_not_an_example():
    tester = frames_alone("SMA201", "SMA202")
    tester.assert_findings(rationale(
        "The trustees from the Harbour Fund put it in the grant letter that we'd keep an "
        "Instagram going."), [("SMA201", 3, 16)])


@pytest.mark.parametrize("text", [
    "The florist in the village is all over Instagram. Fair play to them. We're on it because "
    "our wedding couples send us their mood boards from there.",
])
def test_sma202_others_shrugged_off_then_our_own_reason(text):
    bandwagon.assert_valid(motivation(text))


@pytest.mark.parametrize(("text", "where"), [
    ("Facebook. Neighbouring parishes all there. Good turnout for them.", rationale),
    ("Since the private school of the town is in Instagram with big success, the academy also "
     "must be.", motivation),
])
def test_sma202_others_in_note_form_and_learners_prepositions(text, where):
    bandwagon.assert_findings(where(text), [("SMA202", *STARTS[where])])


def test_sma202_the_object_of_customers_is_no_example_in_note_form():
    bandwagon.assert_valid(rationale(
        "Nearly half the darts teams follow their local club there and organisers read it."))


def test_sma202_others_up_and_running_there():
    bandwagon.assert_findings(motivation(
        "All the other choirs are up and running on it now, so we will be too."),
        [("SMA202", 1, 13)])


@pytest.mark.parametrize("text", [
    "The county office wanted it. We'd have done it anyway: that's where the parents of our "
    "pupils are.",
    "Two supplier reviews last year told us plainly that our thin online profile cost us work.",
    "A new app would have to show us our members use it before we touched it.",
])
def test_sma201_no_order_in_these(text):
    box.assert_valid(motivation(text))


@pytest.mark.parametrize("text", [
    "Market leaders in garden retail have grown fast on social; we need to follow the market.",
    "Peer charities across the children's hospice sector have reported strong growth after "
    "investing in social media, and the board wishes to replicate this success.",
])
def test_sma202_others_as_a_market_or_a_sector(text):
    bandwagon.assert_findings(motivation(text), [("SMA202", 1, 13)])


@pytest.mark.parametrize("text", [
    "Nearly every climber we surveyed uses it.",
    "Most of the market traders are on it and share each other's posts.",
])
def test_sma202_those_we_asked_and_partners_who_share(text):
    bandwagon.assert_valid(rationale(text))


def test_sma203_seen_by_an_audience_is_reach_not_image():
    bragging.assert_valid(rationale(
        "We want the museum to be seen by retired people within 10 miles, our volunteer pool, "
        "and Facebook is where they are."))


def test_sma202_growth_from_nothing_is_no_denial():
    bandwagon.assert_findings(motivation(
        "The farm park across the valley went from nothing to full car parks after they "
        "started posting - we could do that too!"), [("SMA202", 1, 13)])


def test_sma202_those_we_phoned_are_research():
    bandwagon.assert_valid(rationale(
        "Most nursery managers we phoned use Facebook for exactly this."))


@pytest.mark.parametrize("text", [
    "The regional office sent round a checklist and Instagram is item one, so we're ticking it "
    "off.",
    "Facebook has been chosen because it was specified in the conditions attached to the "
    "heritage fund's grant.",
])
def test_sma201_a_checklist_ticked_off_or_a_condition_specified(text):
    box.assert_findings(rationale(text), [("SMA201", 3, 16)])


def test_sma201_customers_asking_for_recommendations_are_no_order():
    box.assert_valid(rationale(
        "Dog owners ask for groomer recommendations in the village group."))


def test_sma203_may_be_perceived_as():
    bragging.assert_findings(rationale(
        "We chose Facebook so that the museum may be perceived as a forward-looking, "
        "contemporary institution."), [("SMA203", 3, 16)])


def test_sma202_a_quantified_pronoun_is_what_was_just_said():
    bandwagon.assert_valid(motivation(
        "Recommendations bring in most of our clients, and a lot of that now happens on "
        "Facebook."))


@pytest.mark.parametrize(("text", "own"), [
    ("The staff want one proper plan instead of posting whenever somebody has five minutes.",
     True),
    ("Our volunteers would like a shared calendar for the page.", True),
    ("The trustees want us on Instagram before the gala.", False),
])
def test_the_organizations_own_people_wishing_is_no_order(text, own):
    from smaudit.model.prose import channel_roles

    assert channel_roles.own_people_wish(text) is own
    if own:
        box.assert_valid(motivation(text))


@pytest.mark.parametrize("where", [motivation, rationale])
def test_sma201_a_duty_set_out_in_a_paper_is_how_to_serve_not_whether(where):
    box.assert_valid(where("Our reply times were set out in the service agreement with the "
                           "council."))
