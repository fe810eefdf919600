"""Development texts for the expectation judgements SMA404, SMA501 and SMA502.

Written for these rules, in many voices (a cafe owner, a hospital
communications office, a city council, a B2B firm, a charity, writers whose
first language is not English), each anti-pattern beside healthy neighbours
that share its words: negated, hedged, contrasted, or about something else.
The rules must read the roles in a sentence, so these texts are varied on
purpose; a rule that only learned a list of words fails many of them.

Every text is placed in one prose field of a small plan and checked through
``smaudit.testing`` with its exact code, line and column.
"""

from __future__ import annotations

import json

import pytest

from smaudit.testing import RuleTester
from tests.rules import batch_cases, frames_alone

roi = frames_alone("SMA404")
overnight = frames_alone("SMA501")
viral = frames_alone("SMA502")

# The field a text is placed in, and where its value starts (line, column).
FIELDS = {
    "expectations": ("expectations: {}\n", 7, 15),
    "motivation": ("motivation: {}\n", 7, 13),
    "goal": ("business_goals:\n  - id: g\n    statement: {}\n", 9, 16),
    "target": ("business_goals:\n  - id: g\n    target: {}\n", 9, 13),
    "strategy": ("strategy: {}\n", 7, 11),
    "rationale": ("channels:\n  - platform: instagram\n    rationale: {}\n", 9, 16),
}


def plan(text: str, field: str = "expectations") -> tuple[str, tuple[str, int, int]]:
    """A plan with ``text`` in ``field``; it starts on 2027-01-01, does not sell
    online and runs no paid advertising. Returns the plan and where the field is."""
    template, line, column = FIELDS[field]
    head = ("organization:\n  name: Northside\n  sells_online: false\n"
            "timeline:\n  start: 2027-01-01\n  expect_results_within: 12 months\n")
    return head + template.format(json.dumps(text)), (line, column)


def check(tester: RuleTester, code: str, text: str, field: str, fires: bool) -> None:
    snippet, (line, column) = plan(text, field)
    if fires:
        findings = tester.assert_findings(snippet, [(code, line, column)])
        # one whole sentence of the text is quoted, between quotes
        sentences = [s if s.endswith((".", "?", "!")) else s + "." for s in text.split(". ")]
        assert any(f'"{s}"' in findings[0].message or f'"{s[:-1]}"' in findings[0].message
                   for s in sentences), findings[0].message
    else:
        tester.assert_valid(snippet)


# --------------------------------------------------------------------------
# SMA404 direct-roi-expectation

ROI_PRESENT = [
    ("expectations", "Every cappuccino photo we put up ought to sell a few cups that afternoon."),
    ("expectations", "I pay my nephew forty quid a week to run the page, so the page needs to "
                     "make at least that back in extra takings."),
    ("motivation", "The ward's Instagram should raise enough in donations each month to cover "
                   "the comms officer's salary."),
    ("expectations", "We want each LinkedIn update to generate at least one signed contract."),
    ("expectations", "For every 50 dollars of staff time on Facebook, the council expects 150 "
                     "dollars back in permit fees."),
    ("motivation", "The shop wants 2 euros back for each euro we spend making the videos."),
    ("expectations", "Our posts must bring money directly, otherwise we close the account."),
    ("expectations", "The trustees expect the Facebook page to fund itself through donations "
                     "from the posts."),
    ("goal", "£250 of bookings per reel"),
    ("expectations", "Each tweet is supposed to turn into paid work."),
    ("goal", "Organic posts alone deliver $8,000 in monthly revenue"),
    ("expectations", "If the reels don't earn back what the photographer costs us by autumn, "
                     "they stop."),
    ("motivation", "Instagram needs to start paying the rent."),
    ("expectations", "We measure every post by the euros it brings in."),
    ("expectations", "The agency fee has to come back in sales from the posts within the year."),
    ("expectations", "Each carousel should convert into at least three paid orders."),
    ("expectations", "Posting for the library café must cover the coffee machine lease."),
    ("expectations", "Content must be self-financing."),
    ("goal", "A 5x return on the time we spend on TikTok"),
    ("goal", "Generate €2,000 in ticket sales straight from our posts each month"),
    ("motivation", "We run the page so that the page pays for the volunteer coordinator."),
    ("expectations", "Each story we share has to raise at least 100 pounds for the shelter."),
    ("expectations", "The board wants the revenue of each individual post reported monthly, "
                     "and posts that lose money dropped."),
    ("expectations", "We want to see the money we put into posting come back to us in orders."),
    ("motivation", "Posting is free advertising, so it should fill the till without costing "
                   "us a penny."),
    ("expectations", "Me and my wife want that every video bring us customers who pay, "
                     "minimum 200 euro each week."),
]

ROI_ABSENT = [
    ("expectations", "We don't expect posts to sell anything directly; they keep regulars in "
                     "the loop."),
    ("expectations", "Nobody thinks a single photo will sell a cake; we judge the page on "
                     "repeat visits over the year."),
    ("expectations", "Return on ad spend is tracked for the paid campaign only; organic posts "
                     "carry no money target."),
    ("expectations", "The boosted posts ($200 a month) should bring at least $600 in orders "
                     "through the shop link."),
    ("expectations", "It would be lovely if the page paid for itself, but we treat it as a "
                     "running cost like the phone line."),
    ("motivation", "We're not asking each post to bring in money; the aim is that patients "
                   "know where to find the walk-in clinic."),
    ("expectations", "Money from social will come slowly and indirectly, through people who "
                     "remember us when they need a plumber."),
    ("motivation", "Donations are not what the posts are for; they thank volunteers."),
    ("expectations", "The council does not measure the page in fees collected; it counts "
                     "fewer phone calls about bin days."),
    ("expectations", "Each post should answer one question customers ask us at the counter."),
    ("strategy", "Every post shows the product in use, so people know what to ask for."),
    ("expectations", "We spend about three hours a week on posts and accept that they won't "
                     "pay for themselves."),
    ("motivation", "Posts help people trust us; the invoices come later, from meetings."),
    ("expectations", "Our posts are not a sales machine and we don't pretend they are."),
    ("expectations", "We track revenue per customer, not per post."),
    ("expectations", "The photographer is a marketing cost, budgeted like the printed flyers."),
    ("expectations", "Me I don't wait money from posts, I want people know the shop exist."),
    ("expectations", "We would never judge a single tweet by the orders it brings."),
    ("goal", "Grow return visits from last year's guests by 20%"),
    ("strategy", "Mention the money-back guarantee in every post about the mattresses."),
    ("motivation", "The fundraising target is met by the gala dinner; social media only tells "
                   "supporters about it."),
    ("expectations", "The hospital's posts are judged on how many people book a flu jab, "
                     "never on income."),
    ("expectations", "ROI is reviewed once a year across all marketing, not post by post."),
    ("expectations", "Meta ads carry a 4:1 return target, tracked by the pixel on the "
                     "checkout page."),
    ("expectations", "Would the posts ever pay for themselves? Probably not, and that's fine: "
                     "they are how regulars hear about new bakes."),
    ("expectations", "We not expect money from every post, we hope people come back and buy "
                     "in the shop."),
]


@pytest.mark.parametrize(("field", "text"), ROI_PRESENT)
def test_roi_expected_from_posts(field, text):
    check(roi, "SMA404", text, field, fires=True)


@pytest.mark.parametrize(("field", "text"), ROI_ABSENT)
def test_roi_healthy_neighbours(field, text):
    check(roi, "SMA404", text, field, fires=False)


def test_roi_names_the_role_and_quotes_the_whole_sentence():
    text = ("We are a small team, so honestly\n  every single post we publish has to bring "
            "in\n  at least one paid order.")
    snippet = ("organization:\n  name: Northside\nexpectations: |\n  " + text + "\n")
    findings = roi.assert_findings(snippet, [("SMA404", 4, 3)])
    message = findings[0].message
    assert ("every single post we publish has to bring in at least one paid order."
            in message)
    assert "customers cannot buy online" in message


def test_roi_fine_with_ads_and_an_online_shop():
    roi.assert_valid(
        "organization:\n  name: Northside\n  sells_online: true\n"
        "budget: {advertising: 300}\n"
        "expectations: Each post should bring in at least one order.\n")


# --------------------------------------------------------------------------
# SMA501 overnight-expectation

OVERNIGHT_PRESENT = [
    ("expectations", "We expect the café to be packed thanks to Instagram within a fortnight."),
    ("goal", "Double bookings in three weeks"),
    ("expectations", "The new page must bring patients to the clinic from the first day."),
    ("expectations", "By Easter we want the Facebook page to fill every seat at the spring "
                     "fair."),
    ("expectations", "The council wants measurable uptake of the recycling app by the end "
                     "of February."),
    ("expectations", "Results by next month, please."),
    ("goal", "Ten new clients in the first forty-five days"),
    ("expectations", "After two weeks of posting we hope the shop is busy."),
    ("expectations", "If donations haven't risen within sixty days, the board will end the "
                     "pilot."),
    ("expectations", "We need the orders now, not in a year."),
    ("expectations", "The campaign launches in March and should have filled the summer camp "
                     "by April."),
    ("goal", "Quick wins this quarter: 40 new leads from LinkedIn"),
    ("expectations", "The trustees expect visible growth in volunteers straight after the "
                     "first post."),
    ("expectations", "Straight away we want more customers from TikTok."),
    ("expectations", "By the spring board meeting the posts should already be bringing in "
                     "sign-ups."),
    ("expectations", "Within 10 days of the first reel we expect a queue at the door."),
    ("expectations", "The phone should ring from week one."),
    ("expectations", "We want to sell out the December workshops. We start posting at the "
                     "beginning of November."),
    ("expectations", "We give it six weeks: if enquiries haven't gone up by then, we stop."),
    ("expectations", "The hospital wants a drop in switchboard calls in under a month."),
    ("motivation", "Our customers will come at once when they see the videos."),
    ("goal", "Sales up 15% by the end of the quarter"),
    ("goal", "Five new restaurant clients before the end of March"),
    ("expectations", "Within 48 hours of launch the posts should sell the tickets."),
    ("expectations", "The shop opens in three weeks and the page has to be pulling in "
                     "customers by then."),
    ("expectations", "We hope by week 3 the classes are full."),
]

OVERNIGHT_ABSENT = [
    ("expectations", "We give the page a year before judging it on bookings."),
    ("expectations", "We reply to every message within two hours."),
    ("expectations", "In the first three months we only watch saves and replies; bookings we "
                     "judge at month nine."),
    ("expectations", "No one expects results by next week; the first real review is after "
                     "nine months."),
    ("expectations", "Quick results would be nice, but we planned for twelve months."),
    ("strategy", "We post three times a week and answer questions the same day."),
    ("expectations", "Every two weeks we review what worked."),
    ("goal", "Grow repeat customers from 40 to 90 over eighteen months"),
    ("goal", "By December 2028, half of new members come from referrals"),
    ("strategy", "The Easter menu is announced two weeks before Easter."),
    ("expectations", "The first month is for learning which posts get questions."),
    ("expectations", "Nothing will happen right away, and we are fine with that."),
    ("strategy", "Within a week of each event we share the photos."),
    ("expectations", "We won't judge the page in its first quarter."),
    ("expectations", "The council allows the pilot eight months before deciding."),
    ("expectations", "Comments and saves in the first weeks tell us if the content lands; "
                     "they are not the verdict."),
    ("expectations", "We don't need results immediately; we need them to last."),
    ("expectations", "Orders from the online shop ship within three days."),
    ("expectations", "Donations are counted at the end of the financial year, twelve months "
                     "from launch."),
    ("expectations", "The charity looks for the first new volunteers after about six months."),
    ("expectations", "The clinic opens in six weeks; the page is judged on bookings after a "
                     "year."),
    ("goal", "More overnight stays at the guesthouse over the next two years"),
    ("strategy", "We proof the dough overnight and post the loaves at seven."),
    ("expectations", "It is not a quick fix, we know; a real verdict comes at twelve months."),
    ("expectations", "Leads should start to come after the first six months."),
    ("expectations", "We start posting in January and hope for more bookings by the autumn."),
]


@pytest.mark.parametrize(("field", "text"), OVERNIGHT_PRESENT)
def test_results_expected_too_soon(field, text):
    check(overnight, "SMA501", text, field, fires=True)


@pytest.mark.parametrize(("field", "text"), OVERNIGHT_ABSENT)
def test_overnight_healthy_neighbours(field, text):
    check(overnight, "SMA501", text, field, fires=False)


def test_overnight_calendar_needs_a_reference():
    """A month name says nothing about how soon without a start to count from."""
    overnight.assert_valid("organization:\n  name: Northside\n"
                           "expectations: We want the workshop full by March.\n")


def test_overnight_names_the_span():
    snippet, (line, column) = plan("Ten new clients in the first forty-five days", "goal")
    findings = overnight.assert_findings(snippet, [("SMA501", line, column)])
    assert "forty-five days" in findings[0].message
    assert "Ten new clients in the first forty-five days" in findings[0].message


# --------------------------------------------------------------------------
# SMA502 viral-expectation

VIRAL_PRESENT = [
    ("expectations", "One funny video of the barista and the whole city will be queueing "
                     "outside."),
    ("expectations", "We expect our awareness film to be shared by thousands of people "
                     "without any ads."),
    ("expectations", "Customers tell their friends online, who tell their friends, and so on "
                     "until everyone knows us."),
    ("expectations", "We are counting on the campaign to snowball through shares."),
    ("goal", "A hashtag challenge that sweeps through every school in the region"),
    ("motivation", "The algorithm will show our reels to millions of people for free."),
    ("expectations", "We hope the posts go round all the WhatsApp groups in town by "
                     "themselves."),
    ("expectations", "The video will travel across the internet and bring us clients from "
                     "everywhere."),
    ("motivation", "If one clip catches on, we never need to advertise again."),
    ("expectations", "Everyone who sees the post will share it."),
    ("goal", "Get the hospital's handwashing song heard by the whole nation"),
    ("expectations", "A single reel can make us famous overnight."),
    ("motivation", "Why pay for marketing when one good post can reach half the country?"),
    ("motivation", "We think our videos will spread on the internet very fast and many "
                   "people will come."),
    ("goal", "One million views on the launch reel"),
    ("expectations", "The appeal should multiply itself as each donor passes it on to five "
                     "friends."),
    ("expectations", "Our whitepaper will be reshared across the whole sector."),
    ("expectations", "By summer our meme will be everywhere."),
    ("strategy", "The strategy relies on one post exploding."),
    ("expectations", "We bank on a hit video to fill the tour dates."),
    ("goal", "Make our recycling jingle something everybody in the city is humming"),
    ("expectations", "The posts will do the marketing for us once people start sharing them."),
    ("expectations", "Mass sharing will give us exponential reach at no cost."),
    ("motivation", "Our TikTok just needs one lucky break to make us a household name."),
    ("expectations", "We are sure the dog photos will be shared endlessly."),
]

VIRAL_ABSENT = [
    ("expectations", "If a post spreads, lovely, but we plan on steady weekly posts."),
    ("expectations", "We're not counting on anything going viral."),
    ("expectations", "Going viral is not the plan; the plan is regulars."),
    ("strategy", "We ask our 30 partner schools to share the poster with parents."),
    ("strategy", "Customers who refer a friend get a free coffee."),
    ("motivation", "A viral infection kept half the staff at home last winter, so posting "
                   "was irregular."),
    ("expectations", "Shareable posts are welcome, but forecasts assume only our current "
                     "followers see them."),
    ("motivation", "Last year's lucky clip taught us that attention is not bookings."),
    ("motivation", "Word of mouth in the village is how we've always grown, and the page "
                   "makes it easier."),
    ("expectations", "Nobody here expects a reel to blow up."),
    ("strategy", "We will blow up the best photos into posters for the window."),
    ("expectations", "We want a small, loyal audience, not millions of views."),
    ("strategy", "Trending sounds are used when they fit, nothing more."),
    ("expectations", "A hit would be a bonus."),
    ("expectations", "Virality isn't a goal for a hospital."),
    ("strategy", "Customers share photos of their cakes, and we repost them with permission."),
    ("expectations", "We don't think our videos go big on internet; our clients are local."),
    ("expectations", "Growth will be slow and steady, compounding over the year."),
    ("expectations", "The sales forecast does not rely on the launch video being widely "
                     "shared."),
    ("goal", "Members bring a friend with a referral code, 20 such visits a month"),
    ("expectations", "We hope a few posts get shared by local groups, but targets assume they "
                     "don't."),
    ("motivation", "Residents forward our road-closure posts to neighbours, which helps, but "
                   "we plan for the 2,000 people who follow the page."),
    ("expectations", "Explosive growth is not what a small practice needs."),
    ("motivation", "When the choir video spread two years ago we were not ready; now a "
                   "sign-up form is ready in case it happens again."),
    ("goal", "150 newsletter sign-ups from Instagram by December"),
    ("expectations", "The whole city knows the bakery already; the page keeps regulars "
                     "informed."),
]


@pytest.mark.parametrize(("field", "text"), VIRAL_PRESENT)
def test_counting_on_spread(field, text):
    check(viral, "SMA502", text, field, fires=True)


@pytest.mark.parametrize(("field", "text"), VIRAL_ABSENT)
def test_viral_healthy_neighbours(field, text):
    check(viral, "SMA502", text, field, fires=False)


# --------------------------------------------------------------------------
# A second batch, written after the rules were rebuilt and first run blind
# (recall 0.53 / 0.80 / 0.67 for SMA404 / SMA501 / SMA502, precision 1.00 /
# 0.92 / 0.91): each miss named a class the frames then learned (a cost "paid
# back", money per unit of money, a weekday after a launch, "across the
# country", sharing no one can resist, a kill switch in a relative clause).

SECOND_BATCH = [
    # SMA404: anti-patterns, then healthy neighbours
    ("SMA404", True, "expectations",
     "Honestly the feed has to start earning its own money soon, we can't carry it "
     "forever."),
    ("SMA404", True, "goal",
     "Every newsletter-style LinkedIn article closes at least one consulting "
     "engagement"),
    ("SMA404", True, "expectations",
     "The comms budget for the hospital's TikTok must be paid back in private-clinic "
     "appointments booked straight from the videos."),
    ("SMA404", True, "expectations",
     "I expect our Instagram to make more money than it costs us in time, month by "
     "month."),
    ("SMA404", True, "strategy",
     "Post products daily so that each upload turns into orders the same week."),
    ("SMA404", True, "expectations",
     "Five euro of sales for each euro of Julia's time on Facebook, that is the rule."),
    ("SMA404", True, "motivation",
     "The council expects its social accounts to bring in rental income for the "
     "community halls, enough to fund the post of social media officer."),
    ("SMA404", True, "expectations",
     "Posts that don't generate a sale within the week get deleted; the ones that "
     "sell, we repeat."),
    ("SMA404", True, "goal", "Earn back the photographer's fee through Instagram sales of prints"),
    ("SMA404", True, "expectations",
     "The charity shop wants each Facebook post to raise what it costs in volunteer "
     "hours, in donations."),
    ("SMA404", True, "expectations",
     "Our social should be profitable on its own within the year."),
    ("SMA404", True, "rationale",
     "Every reel here is a little shop window that should sell the sweater in it."),
    ("SMA404", True, "expectations",
     "We treat posting as a cost centre that must break even by month four."),
    ("SMA404", True, "motivation", "We need the Instagram page to pay its own bills."),
    ("SMA404", False, "expectations",
     "No single post will sell a boiler; people call us months later when theirs "
     "breaks down."),
    ("SMA404", False, "expectations",
     "We accept that our feed is a cost, like the sign above the door."),
    ("SMA404", False, "expectations",
     "Sales are tracked for the paid catalogue ads only ($150 a month); organic posts "
     "are judged on questions asked."),
    ("SMA404", False, "goal",
     "Get 60 families to book a tour of the nursery through the link in our posts"),
    ("SMA404", False, "motivation",
     "Money will follow trust, slowly; we will not judge posts by takings."),
    ("SMA404", False, "expectations",
     "Each post should make one person smile or learn something."),
    ("SMA404", False, "expectations",
     "We don't measure Facebook by the euros it brings in, but by how many neighbours "
     "come to the open day."),
    ("SMA404", False, "strategy",
     "Every post shows a finished kitchen and the name of the fitter who built it."),
    ("SMA404", False, "expectations",
     "Would posts ever cover Tom's wages? No, and they don't have to."),
    ("SMA404", False, "expectations",
     "Revenue is the sales team's job; social keeps past clients warm."),
    ("SMA404", False, "motivation",
     "The gala dinner raises the money; our posts just make people want to come."),
    ("SMA404", False, "expectations",
     "It is unrealistic to ask each post for an order, so we look at enquiries per "
     "quarter."),
    ("SMA404", False, "expectations",
     "ROI from social is reviewed yearly across the whole marketing mix."),
    ("SMA404", False, "expectations",
     "Bookings come through the website, and Instagram only points people there over "
     "time."),
    ("SMA404", False, "goal",
     "Double the number of repeat customers who mention seeing us on Instagram"),
    # SMA501: anti-patterns, then healthy neighbours
    ("SMA501", True, "expectations",
     "We'd like the first new members walking in by the end of next week."),
    ("SMA501", True, "goal", "Fill all twelve spring workshops within a month of the first post"),
    ("SMA501", True, "expectations",
     "The hospital board needs to see fewer missed appointments within eight weeks of "
     "launch."),
    ("SMA501", True, "expectations",
     "Give it a month; if the phone's not ringing by then we go back to flyers."),
    ("SMA501", True, "motivation", "The shop needs customers this month, not in a year."),
    ("SMA501", True, "expectations",
     "Results should be obvious after the first handful of posts."),
    ("SMA501", True, "expectations",
     "By April the page must have brought in at least 20 new clients."),
    ("SMA501", True, "goal", "Triple newsletter sign-ups by mid-April"),
    ("SMA501", True, "expectations",
     "We want to see more donations coming in within a couple of weeks."),
    ("SMA501", True, "expectations", "Almost instantly we expect more visitors to the museum."),
    ("SMA501", True, "expectations", "In seven days the campaign should show results."),
    ("SMA501", True, "strategy", "Launch on Monday and have the tables full by the weekend."),
    ("SMA501", True, "expectations", "Within days of going live, enquiries ought to double."),
    ("SMA501", True, "expectations",
     "The trustees expect a visible jump in volunteers before summer."),
    ("SMA501", True, "expectations",
     "Ninety days: that's how long the pilot has to prove itself in leads."),
    ("SMA501", False, "expectations",
     "We'll answer comments within the hour, but sales we judge after a year."),
    ("SMA501", False, "expectations",
     "Nobody here thinks it works in a few weeks; we committed to eighteen months."),
    ("SMA501", False, "expectations",
     "The first eight weeks are for testing formats, nothing more."),
    ("SMA501", False, "goal", "Grow catering orders from offices by 25% by the end of 2028"),
    ("SMA501", False, "expectations", "We post twice a week and check the numbers every month."),
    ("SMA501", False, "expectations",
     "Quick wins would be welcome, yet we've budgeted a full year."),
    ("SMA501", False, "strategy",
     "Reply to every message within a day and share one customer story a week."),
    ("SMA501", False, "expectations",
     "A first verdict comes at month nine, after two seasons of posts."),
    ("SMA501", False, "expectations",
     "Comments and questions in the first month tell us what works; bookings come "
     "later."),
    ("SMA501", False, "expectations",
     "It takes a year or two for a clinic to be trusted online, and we are patient."),
    ("SMA501", False, "expectations",
     "The fair is in three weeks and we will post about it, but the page is judged "
     "over twelve months."),
    ("SMA501", False, "motivation",
     "We don't need results right away, we need people to remember us."),
    ("SMA501", False, "goal",
     "Within two years, half of new students find us through social media"),
    ("SMA501", False, "expectations", "Orders are delivered within 48 hours of purchase."),
    ("SMA501", False, "expectations",
     "Weekly reports, yes, but no judgement before the autumn of next year."),
    # SMA502: anti-patterns, then healthy neighbours
    ("SMA502", True, "expectations",
     "Our hope is that the clip gets shared so much that the whole town talks about "
     "the bakery."),
    ("SMA502", True, "motivation", "One cheeky video and we'll be known across the country."),
    ("SMA502", True, "goal",
     "Make the library's reading challenge go round every school chat in the region"),
    ("SMA502", True, "expectations", "We are sure the video will be everywhere within days."),
    ("SMA502", True, "expectations",
     "The campaign will grow on its own once a few people start sharing."),
    ("SMA502", True, "motivation",
     "Everybody loves dogs, so everybody will repost our shelter videos."),
    ("SMA502", True, "expectations",
     "A single great post could put the firm in front of every engineer in Europe."),
    ("SMA502", True, "expectations",
     "We count on the post being forwarded from one parent to the next."),
    ("SMA502", True, "strategy",
     "Create one shocking video that people can't help sharing and let it run."),
    ("SMA502", True, "expectations", "Our film will be seen by millions if we get it right."),
    ("SMA502", True, "goal",
     "Reach 2 million views on the anniversary video without paid promotion"),
    ("SMA502", True, "expectations",
     "We rely on the challenge catching on at every gym in the city."),
    ("SMA502", True, "motivation",
     "TikTok can make a small bakery famous overnight, and that's our plan."),
    ("SMA502", True, "expectations",
     "The meme should travel by itself through the student groups."),
    ("SMA502", True, "expectations",
     "Once it goes big online, the orders will take care of themselves."),
    ("SMA502", False, "expectations", "We don't expect anything to spread beyond our followers."),
    ("SMA502", False, "expectations",
     "If one post gets shared widely, fine, but budgets assume it won't."),
    ("SMA502", False, "strategy",
     "We send the poster to the 12 parish newsletters and ask each to share it."),
    ("SMA502", False, "expectations", "Being famous online is not a goal for a dental practice."),
    ("SMA502", False, "motivation",
     "Two years ago a video of our goat got shared a lot; it sold nothing."),
    ("SMA502", False, "expectations", "Our audience is small and local, and that is fine."),
    ("SMA502", False, "expectations",
     "Word of mouth matters to us, which is why we ask happy clients for reviews."),
    ("SMA502", False, "goal",
     "Grow the newsletter to 800 readers from the village and the next two towns"),
    ("SMA502", False, "expectations", "We won't chase trends; we'd rather be useful."),
    ("SMA502", False, "strategy",
     "Blow up the best customer photos into canvas prints for the shop wall."),
    ("SMA502", False, "motivation",
     "The flu season brings a viral wave of patients every winter, so we post opening "
     "hours."),
    ("SMA502", False, "expectations",
     "A video taking off would be a lucky extra, not part of the forecast."),
    ("SMA502", False, "expectations",
     "Sharing by members is welcome, but we plan on 40 new members a year from events."),
    ("SMA502", False, "expectations",
     "Nobody thinks the choir will become famous; we want twenty new singers."),
    ("SMA502", False, "goal",
     "200 shares of the volunteer call by the partner charities we asked"),
]

_TESTERS = {"SMA404": roi, "SMA501": overnight, "SMA502": viral}


# A third batch, run blind after the second was learned: recall 0.30 / 0.60 /
# 0.90 (precision 1.00 throughout). Its misses were again classes: a pronoun
# standing for the posts ("a post is an advert, so it has to sell"), posts and
# a sale in one clause that expects it, "as a sales channel", "money back for
# every hour", "the same week", a verdict as the threat ("we'll know it doesn't
# work"), "a single month", "the rest of the marketing".

THIRD_BATCH = [
    # SMA404
    ("SMA404", True, "expectations",
     "The way I see it, a post is an advert, so it has to sell something or it's "
     "wasted."),
    ("SMA404", True, "motivation",
     "Our cooperative needs the Facebook page to earn what we pay the designer, in "
     "bread sales."),
    ("SMA404", True, "goal", "£1,000 of bookings traced to each Instagram post"),
    ("SMA404", True, "expectations",
     "Management will compare the hours spent on LinkedIn with the fees it brings in "
     "each quarter, and cut it if the fees are lower."),
    ("SMA404", True, "expectations",
     "Each of our videos must pay the editor's invoice by itself."),
    ("SMA404", True, "expectations",
     "We see social as a sales channel: post in the morning, orders by the afternoon."),
    ("SMA404", True, "motivation",
     "The museum café should fund the social media intern from sales to people who saw "
     "our posts."),
    ("SMA404", True, "expectations", "Twice the money back for every hour we spend on TikTok."),
    ("SMA404", True, "strategy", "Put a price on every photo so each one sells directly."),
    ("SMA404", True, "expectations", "Every tweet has to make us money, otherwise why do it."),
    ("SMA404", False, "expectations",
     "We have stopped asking whether a post made money; we ask whether it answered a "
     "question."),
    ("SMA404", False, "expectations",
     "Our paid Facebook campaign ($300 a month) must return at least $900 in online "
     "orders."),
    ("SMA404", False, "motivation",
     "We never expected posts to pay the rent; they bring people to the Saturday "
     "market."),
    ("SMA404", False, "expectations",
     "Money comes from the shop counter, and social is one of the reasons people walk "
     "in."),
    ("SMA404", False, "strategy",
     "Each post tells one story about a grower and where to buy their apples."),
    ("SMA404", False, "expectations", "Sales per post is not a number we track."),
    ("SMA404", False, "goal",
     "Book 40 consultations a quarter from people who found us on LinkedIn"),
    ("SMA404", False, "expectations",
     "The hours Lena spends on Instagram are part of her job, not an investment we "
     "recoup."),
    ("SMA404", False, "motivation",
     "It would be great if the posts paid for themselves, but we know they won't."),
    ("SMA404", False, "expectations",
     "The council measures posts by fewer calls to the front desk."),
    # SMA501
    ("SMA501", True, "expectations",
     "Once the account is up, the first bookings should come in the same week."),
    ("SMA501", True, "goal", "Have 50 new patients registered by the end of the month"),
    ("SMA501", True, "expectations",
     "Six weeks after launch the charity should see a clear rise in regular donors."),
    ("SMA501", True, "motivation",
     "We need the page working now, before the season starts next month."),
    ("SMA501", True, "expectations",
     "If by the second week nobody has booked, we'll know it doesn't work."),
    ("SMA501", True, "expectations",
     "The mayor wants to see higher turnout at the library events within a few weeks."),
    ("SMA501", True, "goal", "Fully booked summer camp two weeks after the first reel"),
    ("SMA501", True, "expectations",
     "Within a single month the posts should pay off in sign-ups."),
    ("SMA501", True, "expectations", "We hope results come quickly, in a matter of days."),
    ("SMA501", True, "strategy",
     "Post every day in the first week so the shop is busy from the second week."),
    ("SMA501", False, "expectations",
     "We know it takes most of a year before people book because of posts."),
    ("SMA501", False, "expectations",
     "We don't expect much in the first three months; we'll check at six and at "
     "twelve."),
    ("SMA501", False, "strategy",
     "Answer messages within two hours and post a daily special before 11am."),
    ("SMA501", False, "expectations",
     "The new menu launches in two weeks; the page will be judged over the whole year."),
    ("SMA501", False, "goal", "By March 2029, a third of new clients come from referrals"),
    ("SMA501", False, "expectations",
     "The first weeks are for finding our voice and learning what people ask."),
    ("SMA501", False, "expectations", "Quick results are not expected by anyone on the board."),
    ("SMA501", False, "expectations",
     "Every month we look at the numbers, but the decision is after a year."),
    ("SMA501", False, "expectations",
     "Our customers usually book again within 30 days, and we want more of them to."),
    ("SMA501", False, "motivation",
     "Things move slowly in our trade; a year is the least we give it."),
    # SMA502
    ("SMA502", True, "expectations", "The whole internet will be talking about our pancakes."),
    ("SMA502", True, "motivation",
     "We go on TikTok because one lucky video can bring a million people to the shop."),
    ("SMA502", True, "expectations",
     "After the first share, it'll spread from school to school by itself."),
    ("SMA502", True, "goal", "Make the hashtag #LoveOurPark trend across the country"),
    ("SMA502", True, "expectations",
     "We expect the clip to be passed around every WhatsApp group in the county."),
    ("SMA502", True, "expectations",
     "Our video will explode on Reels and bring customers from all over."),
    ("SMA502", True, "strategy",
     "Post bold content and let the shares do the rest of the marketing for us."),
    ("SMA502", True, "expectations",
     "Thousands of people will share our post without us spending a penny."),
    ("SMA502", True, "motivation",
     "The plan is to have one post blow up and make the clinic a household name."),
    ("SMA502", True, "expectations", "Everybody in town will forward the video to their friends."),
    ("SMA502", False, "expectations",
     "We aren't banking on any post spreading; the plan is built on regulars."),
    ("SMA502", False, "strategy",
     "Ask each of the 15 partner gyms to share the challenge with their members."),
    ("SMA502", False, "expectations",
     "Going viral would be a nice surprise, though nothing in the budget needs it."),
    ("SMA502", False, "motivation",
     "A clip of our baker went round the town last year; it brought smiles, not "
     "orders."),
    ("SMA502", False, "expectations",
     "We want a few hundred local followers who actually come in."),
    ("SMA502", False, "strategy",
     "We blow up the best latte-art photos and hang them in the café."),
    ("SMA502", False, "expectations",
     "The vet practice treats viral infections in cats and posts advice about them."),
    ("SMA502", False, "expectations", "Nobody here thinks a reel will make us famous."),
    ("SMA502", False, "goal",
     "Grow the mailing list by 300 people from the three nearest villages"),
    ("SMA502", False, "expectations", "Trending is not the point; steady weekly posts are."),
]


# A fourth batch, run blind after the third was learned: recall 0.38 / 0.88 /
# 0.88 (precision 1.00). Classes it taught: bringing in "what the agency
# charges", raising "more than it costs", "more posts, more sales", "paid class
# bookings", "meant to sell", a day of the month after a launch, "spreads like
# fire".

FOURTH_BATCH = [
    # SMA404
    ("SMA404", True, "expectations",
     "If Instagram isn't bringing in at least what the agency charges us each month, "
     "it's gone."),
    ("SMA404", True, "motivation",
     "Our thinking is simple: more posts, more sales, straight away."),
    ("SMA404", True, "goal", "Each Facebook post to generate 3 paid class bookings"),
    ("SMA404", True, "expectations",
     "The bakery's reels are meant to sell the cakes shown in them, one post, one "
     "order."),
    ("SMA404", True, "expectations",
     "The foundation expects every appeal post to raise more than it costs to produce."),
    ("SMA404", True, "expectations",
     "LinkedIn has to earn its place on the budget in signed contracts, not likes."),
    ("SMA404", True, "motivation",
     "We are paying a freelancer, so the posts must make that money back."),
    ("SMA404", True, "expectations",
     "For the time my staff put in, I want a return in euros, measured per post."),
    ("SMA404", False, "expectations",
     "Posts won't bring sales by themselves; they keep us in people's minds until they "
     "need a roofer."),
    ("SMA404", False, "expectations", "We don't ask each post to sell; we ask it to be useful."),
    ("SMA404", False, "goal",
     "Get 25 visitors a week to show the coupon from our Instagram at the till"),
    ("SMA404", False, "expectations",
     "Return is measured on the Google Ads budget only, through the shop's checkout "
     "data."),
    ("SMA404", False, "motivation", "We count social as part of the cost of being known in town."),
    ("SMA404", False, "expectations",
     "If someday the page pays for itself, great, but nobody is counting on it."),
    ("SMA404", False, "strategy",
     "Each post links to the booking page so people can book when they are ready."),
    ("SMA404", False, "expectations",
     "Donations come mostly from the annual gala, and our posts invite people to it."),
    # SMA501
    ("SMA501", True, "expectations",
     "We launch on the 1st and want to see the salon fully booked by the 15th."),
    ("SMA501", True, "expectations",
     "Management gave the new channel until the end of the quarter to prove it brings "
     "customers."),
    ("SMA501", True, "goal", "Double walk-ins within 10 days of our first TikTok"),
    ("SMA501", True, "expectations", "We need enquiries flowing in a fortnight or two at most."),
    ("SMA501", True, "expectations",
     "The plan has to show a profit by next month's board meeting."),
    ("SMA501", True, "motivation",
     "With the new café opening, we need the page to fill it from week one."),
    ("SMA501", True, "expectations", "Straight after launch we expect the calendar to fill up."),
    ("SMA501", True, "expectations",
     "In under three weeks the posts should bring in new members."),
    ("SMA501", False, "expectations",
     "Real results take at least six months, so we won't judge before then."),
    ("SMA501", False, "expectations",
     "During the first quarter we listen and learn; results come later in the year."),
    ("SMA501", False, "strategy",
     "Reply to reviews within a day and thank every new follower by the weekend."),
    ("SMA501", False, "goal", "Grow memberships 15% over 2028"),
    ("SMA501", False, "expectations",
     "Nobody here expects bookings by next week, or even next month."),
    ("SMA501", False, "expectations",
     "The promotion runs for two weeks in May; the page itself is judged after a year."),
    ("SMA501", False, "expectations",
     "Our clients usually decide within 90 days of a first meeting."),
    ("SMA501", False, "motivation", "We plan for the long haul: two years of steady posting."),
    # SMA502
    ("SMA502", True, "expectations",
     "A funny enough reel and the whole country will be booking with us."),
    ("SMA502", True, "motivation",
     "We bet that our cooking clips will get shared endlessly on WhatsApp."),
    ("SMA502", True, "goal", "Get our recycling song stuck in every head in the city"),
    ("SMA502", True, "expectations",
     "The post will snowball from our regulars to the whole neighbourhood."),
    ("SMA502", True, "expectations",
     "We hope the algorithm picks our video up and pushes it to millions."),
    ("SMA502", True, "expectations", "Once the first video blows up, the rest will follow."),
    ("SMA502", True, "motivation", "Everyone shares cat videos, so everyone will share ours."),
    ("SMA502", True, "expectations",
     "Our best bet is something that spreads like fire among students."),
    ("SMA502", False, "expectations",
     "Viral moments are luck; our plan is weekly posts for the regulars."),
    ("SMA502", False, "motivation",
     "A post of ours spread around town years ago, but it brought no customers."),
    ("SMA502", False, "expectations",
     "We're not trying to go big; we want the same 300 locals to keep coming."),
    ("SMA502", False, "strategy",
     "Ask the five partner clinics to share the flu-jab post with their patients."),
    ("SMA502", False, "expectations",
     "If something takes off, fine, but the forecast assumes it won't."),
    ("SMA502", False, "expectations",
     "The lab studies viral loads in wastewater and posts the weekly figures."),
    ("SMA502", False, "goal", "Reach 500 parents in the school catchment with the open-day post"),
    ("SMA502", False, "expectations",
     "Growth will come from referrals, one happy client at a time."),
]


# A fifth batch, run blind after the fourth was learned: recall 0.75 / 0.62 /
# 0.62 (precision 1.00). Classes it taught: "customers paying", "translate
# into", counting each post's sales, a colon's clause expecting what follows
# ("our goal is simple: revenue per post"), "three posts in", a start written
# "starting the account in late November", "results by <date>", "goes around
# the world", "every parent in the district", "we plan to get famous".

FIFTH_BATCH = [
    # SMA404
    ("SMA404", True, "expectations",
     "Each carousel we publish should be worth at least €100 in sales."),
    ("SMA404", True, "motivation",
     "I want my TikTok to be a little money machine for the garage."),
    ("SMA404", True, "expectations",
     "We'll keep posting only as long as the posts keep paying for Ana's hours."),
    ("SMA404", True, "goal", "Turn every Pinterest pin into a purchase"),
    ("SMA404", True, "expectations",
     "The return on our social spend has to be visible in the weekly takings."),
    ("SMA404", True, "expectations",
     "We hired a content creator and expect her videos to earn her salary twice over."),
    ("SMA404", True, "motivation",
     "The posts should translate directly into customers paying at the counter."),
    ("SMA404", True, "expectations", "Instagram needs to pay its way or the board will drop it."),
    ("SMA404", True, "strategy",
     "Every story ends with a price and a 'DM to buy', and we count each story's "
     "sales."),
    ("SMA404", True, "expectations",
     "What we spend on photography should come back to us as sales from the page."),
    ("SMA404", True, "expectations",
     "Our goal for social is simple: revenue per post above cost per post."),
    ("SMA404", True, "motivation",
     "Social has to make money for the practice, not just look nice."),
    ("SMA404", False, "expectations",
     "The posts build familiarity; the money comes when people are ready to buy a "
     "kitchen, often a year later."),
    ("SMA404", False, "expectations",
     "Online sales are tracked through the webshop and the paid ads that point to it."),
    ("SMA404", False, "motivation",
     "We don't expect a return from individual posts; we expect fewer 'are you open?' "
     "calls."),
    ("SMA404", False, "strategy",
     "Every story shows a dish from the menu and today's opening hours."),
    ("SMA404", False, "expectations", "Money is not what we measure on social; visits are."),
    ("SMA404", False, "goal",
     "Win 12 new corporate catering clients a year, most of whom first meet us at "
     "events"),
    ("SMA404", False, "expectations",
     "Posts cost us time; that cost is accepted as part of being visible."),
    ("SMA404", False, "expectations",
     "Nobody expects the page to pay the photographer's invoices."),
    # SMA501
    ("SMA501", True, "expectations", "We should see the effect of the posts within a week or so."),
    ("SMA501", True, "goal",
     "Sell out the Christmas market stall, starting the account in late November"),
    ("SMA501", True, "expectations", "After ten days of posting, if nothing moves, we stop."),
    ("SMA501", True, "expectations",
     "The board expects quick proof: new leads in the first fortnight."),
    ("SMA501", True, "expectations", "We need immediate bookings to survive the quiet season."),
    ("SMA501", True, "motivation", "Results by the summer holidays, which start in five weeks."),
    ("SMA501", True, "expectations", "Three posts in, we want to see the shop busier."),
    ("SMA501", True, "expectations", "It has to work in the first month or we lose the budget."),
    ("SMA501", False, "expectations",
     "We'll look at the first month's numbers only to learn what people like."),
    ("SMA501", False, "expectations", "The pilot lasts nine months; we decide after that."),
    ("SMA501", False, "strategy",
     "Publish the weekly specials every Monday and reply to messages the same day."),
    ("SMA501", False, "expectations", "Nothing is expected quickly; a slow build is the plan."),
    ("SMA501", False, "goal", "Increase returning visitors by 20% by the end of 2028"),
    ("SMA501", False, "expectations",
     "We do not expect results within weeks, and the owner agrees."),
    ("SMA501", False, "expectations",
     "The shop opens in three weeks; social media is a long-term project for us."),
    ("SMA501", False, "motivation",
     "Trust in a law firm builds over years, so we give it at least twelve months."),
    # SMA502
    ("SMA502", True, "expectations", "With a bit of luck the launch video goes around the world."),
    ("SMA502", True, "motivation",
     "We're counting on people tagging their friends until the whole region knows."),
    ("SMA502", True, "expectations", "Our post should be shared by every parent in the district."),
    ("SMA502", True, "goal", "One video that everyone in the industry talks about"),
    ("SMA502", True, "expectations", "The hashtag will catch on, and the press will pick it up."),
    ("SMA502", True, "expectations", "We plan to get famous on TikTok first and sell later."),
    ("SMA502", True, "motivation",
     "A viral hit is the only way a tiny brewery like ours gets noticed."),
    ("SMA502", True, "expectations",
     "We expect exponential growth in followers once the challenge starts."),
    ("SMA502", False, "expectations",
     "We know a hit video is a lottery, so we don't build on it."),
    ("SMA502", False, "strategy", "Ask every customer who likes the bread to tell one friend."),
    ("SMA502", False, "expectations", "Sharing is welcome but we plan as if nobody shares."),
    ("SMA502", False, "motivation",
     "Our post about the lost dog spread across town in 2022, which was lovely but "
     "unrelated to sales."),
    ("SMA502", False, "expectations",
     "We aim for 50 new followers a month from the neighbourhood."),
    ("SMA502", False, "expectations", "No stunts, no trends, no chasing views."),
    ("SMA502", False, "goal", "Get the 8 local primary schools to share the reading-week poster"),
    ("SMA502", False, "expectations",
     "The whole village already knows us; the page just keeps them updated."),
]


# A sixth batch, run blind after the fifth was learned: recall 0.88 / 0.75 /
# 0.75, precision 0.88 / 1.00 / 1.00. Classes it taught: "rarely" and its kin
# as negators, "at least that in orders", "by the time the term starts in three
# weeks", "from the very first post", "copied by thousands", "reach more people
# than a year of ads".

SIXTH_BATCH = [
    # SMA404
    ("SMA404", True, "expectations",
     "Social media is our shop window now, so it should be doing the selling."),
    ("SMA404", True, "expectations",
     "The page costs us about 400 a month in staff time and must generate at least "
     "that in orders."),
    ("SMA404", True, "motivation",
     "Our accountant says the posts must show up as income, or they're a luxury."),
    ("SMA404", True, "goal",
     "Make Instagram our main sales channel, with every post tied to a sale"),
    ("SMA404", True, "expectations", "We'll measure success in pounds taken per post."),
    ("SMA404", True, "expectations", "For a small gym, every post has to put money in the bank."),
    ("SMA404", True, "expectations", "We want to see a sale come in after each reel goes up."),
    ("SMA404", True, "motivation", "We're posting because it's supposed to be free sales."),
    ("SMA404", False, "expectations",
     "We know organic posts rarely sell on their own, so we measure enquiries."),
    ("SMA404", False, "goal", "Grow the share of bookings from returning guests to 40%"),
    ("SMA404", False, "expectations",
     "Profit is the shop's job; the page's job is to be friendly and findable."),
    ("SMA404", False, "motivation", "We want people to know we exist before they need a plumber."),
    ("SMA404", False, "expectations",
     "The paid promotion (€200 a month) is tracked against checkout sales; organic "
     "posts are not."),
    ("SMA404", False, "strategy",
     "Every post answers a question customers asked at the till this week."),
    ("SMA404", False, "expectations",
     "If posts ever brought in sales directly, that would be a pleasant surprise."),
    ("SMA404", False, "expectations", "Money comes later, through people who trust us."),
    # SMA501
    ("SMA501", True, "expectations",
     "By the time the new term starts in three weeks, enrolments should be up."),
    ("SMA501", True, "expectations",
     "In the first ten days of posting we need at least 20 new customers."),
    ("SMA501", True, "goal", "Reach 500 members before the end of next month"),
    ("SMA501", True, "expectations",
     "Give the account one month; it either brings bookings or it goes."),
    ("SMA501", True, "expectations", "We expect TikTok to pay off within weeks, not months."),
    ("SMA501", True, "motivation", "We have to see more customers fast, as rent is due."),
    ("SMA501", True, "expectations",
     "The results need to be there at the end of the first month."),
    ("SMA501", True, "expectations",
     "New customers from the very first post, that's the expectation."),
    ("SMA501", False, "expectations", "We'll be patient: nine months at least before we judge."),
    ("SMA501", False, "expectations",
     "Early signs like comments in the first weeks are what we watch; bookings come "
     "later."),
    ("SMA501", False, "strategy", "We reply within an hour and post three times a week."),
    ("SMA501", False, "goal", "By 2029, a quarter of our patients found us online"),
    ("SMA501", False, "expectations", "We won't expect anything in the first six weeks."),
    ("SMA501", False, "expectations",
     "The pop-up runs for two weeks in June and we'll post about it, but the page is a "
     "long-term effort."),
    ("SMA501", False, "expectations",
     "It will take a year for the page to matter, and that's fine."),
    ("SMA501", False, "motivation", "We are thinking in years, not weeks."),
    # SMA502
    ("SMA502", True, "expectations", "Our dance video will be copied by thousands of kids."),
    ("SMA502", True, "motivation", "We'll make a video so good that it spreads on its own."),
    ("SMA502", True, "goal", "Get the whole county talking about our cider"),
    ("SMA502", True, "expectations",
     "We count on influencers picking it up and it going everywhere."),
    ("SMA502", True, "expectations", "Everyone who sees it will send it to their group chats."),
    ("SMA502", True, "expectations",
     "A single clever tweet could reach more people than a year of ads."),
    ("SMA502", True, "motivation", "Our plan is to go viral with the mascot."),
    ("SMA502", True, "expectations", "People will share the menu photos all over the internet."),
    ("SMA502", False, "expectations", "We hope for shares, but our numbers don't depend on them."),
    ("SMA502", False, "expectations", "Spreading by itself is not something we count on."),
    ("SMA502", False, "strategy",
     "Ask our ten biggest clients to repost the case study to their networks."),
    ("SMA502", False, "expectations", "We want loyal locals, not a viral moment."),
    ("SMA502", False, "motivation",
     "Last spring a photo of our window display went round the village; nice, but no "
     "sales."),
    ("SMA502", False, "goal", "Add 30 newsletter readers a month from the town"),
    ("SMA502", False, "expectations",
     "We'll use a trending sound now and then, without expecting much."),
    ("SMA502", False, "expectations", "The clinic writes about viral coughs every winter."),
]


# A seventh batch, run blind after the sixth was learned: recall 0.38 / 0.50 /
# 0.25, precision 1.00 / 1.00 / 0.67, the widest gap yet. Classes it taught:
# selling "straight from the feed", money per unit of money ("£5 for every £1"),
# the page "as a till", "if it doesn't make us money, what's it for?", "the week
# after launch", "after just a fortnight", "deliver results" (not a delivery),
# "a national talking point", "half the people in Ireland", "let the clip
# spread", "resharing it to everyone", "the one everybody links to", "one good
# video is all we need", and "going viral does not pay the rent" (a denial
# right after the role). One miss is left: "a post that doesn't lead to a sale
# is a wasted post" ("lead to" reads as indirect).

SEVENTH_BATCH = [
    # SMA404
    ("SMA404", True, "expectations",
     "Every product video should be paying for itself in sales within the week."),
    ("SMA404", True, "motivation",
     "We went on Instagram to sell more jewellery straight from the feed, no website "
     "needed."),
    ("SMA404", True, "goal", "Earn £5 in sales for every £1 of staff time spent on Facebook"),
    ("SMA404", True, "expectations",
     "The owners see Facebook as a till: post, and money comes in."),
    ("SMA404", True, "expectations",
     "The community centre's posts should raise enough in room hire to fund "
     "themselves."),
    ("SMA404", True, "motivation", "Honestly, if TikTok doesn't make us money, what's it for?"),
    ("SMA404", True, "expectations",
     "Each newsletter post on LinkedIn has to land a paying client."),
    ("SMA404", False, "expectations",
     "It's not the posts that sell; it's the conversations they start."),
    ("SMA404", False, "expectations",
     "We measure social by how many people ask for a quote, not by sales."),
    ("SMA404", False, "motivation",
     "Sales happen in the showroom; the page brings people through the door."),
    ("SMA404", False, "goal",
     "Get 15 quote requests a month from homeowners who saw our project photos"),
    ("SMA404", False, "expectations",
     "Our Shopify store and the Meta ads budget ($500) carry the sales targets."),
    ("SMA404", False, "expectations",
     "We accept the page costs money and won't return it directly."),
    ("SMA404", False, "strategy",
     "Every video shows how to care for a plant we sell in the shop."),
    ("SMA404", False, "expectations", "The posts do not have to pay for themselves."),
    # SMA501
    ("SMA501", True, "expectations", "We want a queue outside the door the week after launch."),
    ("SMA501", True, "goal", "Fill the new yoga studio's timetable in its opening month"),
    ("SMA501", True, "expectations", "Bookings must double before the end of February."),
    ("SMA501", True, "expectations",
     "If we don't see new clients by the second month, social is over for us."),
    ("SMA501", True, "motivation", "The landlord wants the shop busy now, not in six months."),
    ("SMA501", True, "expectations", "After just a fortnight, the page should have paid off."),
    ("SMA501", True, "expectations", "We expect the page to deliver results almost immediately."),
    ("SMA501", True, "expectations",
     "Sign-ups should jump within days of the first campaign post."),
    ("SMA501", False, "expectations", "A fair test is a year; nothing is judged before that."),
    ("SMA501", False, "expectations",
     "Weekly we check what people liked; the real verdict is at twelve months."),
    ("SMA501", False, "strategy",
     "We post the day's catch every morning and answer questions within an hour."),
    ("SMA501", False, "goal", "Grow lunchtime covers by 10% over the next year"),
    ("SMA501", False, "expectations", "We are not expecting quick wins."),
    ("SMA501", False, "expectations",
     "The exhibition opens in a month, but our social targets are for the whole year."),
    ("SMA501", False, "expectations", "We know results will take a while and are fine with that."),
    ("SMA501", False, "motivation",
     "Patience is part of the plan: first results after six months at the earliest."),
    # SMA502
    ("SMA502", True, "expectations", "The video will go round every office in the city."),
    ("SMA502", True, "motivation",
     "We think the campaign could become a national talking point overnight."),
    ("SMA502", True, "goal", "A post seen by half the people in Ireland"),
    ("SMA502", True, "expectations", "Let the clip do its thing and spread."),
    ("SMA502", True, "expectations", "We rely on people resharing it to everyone they know."),
    ("SMA502", True, "expectations", "Our tutorial will be the one everybody links to."),
    ("SMA502", True, "motivation",
     "TikTok's reach is unlimited, so one good video is all we need."),
    ("SMA502", True, "expectations", "People will forward it around until the whole town is in."),
    ("SMA502", False, "expectations",
     "We are not counting on anything spreading; we plan on direct invitations."),
    ("SMA502", False, "expectations",
     "If one post gets big, lovely, but our targets are modest and local."),
    ("SMA502", False, "strategy",
     "We email the 40 members and ask each to share the event with one friend."),
    ("SMA502", False, "motivation", "Going viral does not pay the rent."),
    ("SMA502", False, "expectations",
     "Viral is the wrong word for a funeral home; we want quiet trust."),
    ("SMA502", False, "goal", "Reach 1,200 households in the parish with the flood warning page"),
    ("SMA502", False, "expectations",
     "Our videos get a few hundred views, which is right for a local shop."),
    ("SMA502", False, "expectations", "Spread happens sometimes, but it's not in our numbers."),
]


# An eighth batch, run blind after the seventh was learned: recall 0.62 / 0.75 /
# 0.62, precision 0.83 / 0.86 / 1.00. Classes it taught: recovering a cost,
# "we don't post that kind again" as a threat, "we post so people buy",
# "stopped" and "no longer" as negators, "per week from the start" (a rate is
# not a point to count from), a count of posts in words, "unrealistic" as a
# denial, "everyone's feed", "thousands of shares", "grow and grow".

EIGHTH_BATCH = [
    # SMA404
    ("SMA404", True, "expectations",
     "Our hope is that each YouTube tutorial sells a few of the tools it shows."),
    ("SMA404", True, "motivation",
     "Instagram is where the money should come from this year, post by post."),
    ("SMA404", True, "expectations",
     "We'll judge every post on the orders that come in the same day."),
    ("SMA404", True, "goal", "Recover the cost of the new camera from Instagram sales by summer"),
    ("SMA404", True, "expectations", "The posts have to be profitable, full stop."),
    ("SMA404", True, "expectations",
     "If a reel doesn't bring a sale, we don't post that kind again."),
    ("SMA404", True, "motivation", "We post so people buy, right there from the post."),
    ("SMA404", True, "expectations",
     "Each Facebook post must cover what we pay the printer for the leaflets it "
     "replaces."),
    ("SMA404", False, "expectations",
     "Sales are not expected from the page; questions and visits are."),
    ("SMA404", False, "expectations",
     "Nobody thinks a post pays for itself, and nobody needs it to."),
    ("SMA404", False, "goal",
     "Get 30 new subscribers to the veg-box scheme from the farm's Facebook group"),
    ("SMA404", False, "motivation", "We post to stay in touch with regulars between visits."),
    ("SMA404", False, "expectations",
     "Money from social comes through people who remember us, sometimes years later."),
    ("SMA404", False, "strategy",
     "Each post features one maker and where to find their stall on Saturday."),
    ("SMA404", False, "expectations",
     "The online shop has its own ad budget and its own sales targets."),
    ("SMA404", False, "expectations",
     "We stopped judging posts by sales; we look at messages now."),
    # SMA501
    ("SMA501", True, "expectations",
     "We want the new salon to be full within its first fortnight."),
    ("SMA501", True, "goal", "20 new patients per week from the start"),
    ("SMA501", True, "expectations", "Leads are needed by the end of the month to keep the team."),
    ("SMA501", True, "motivation", "Social media should fix our quiet January straight away."),
    ("SMA501", True, "expectations", "Within three weeks we'd like to see the car park busier."),
    ("SMA501", True, "expectations",
     "It should take no more than a month for the posts to bring in customers."),
    ("SMA501", True, "expectations", "After the first fifteen posts, sales should have doubled."),
    ("SMA501", True, "expectations",
     "The campaign needs to show results before Easter; we start on 1 March."),
    ("SMA501", False, "expectations", "We'll give it a full year and review quarterly."),
    ("SMA501", False, "expectations", "We are not in a hurry; one year is the horizon."),
    ("SMA501", False, "strategy", "We answer reviews within 24 hours and post four times a week."),
    ("SMA501", False, "goal", "Double repeat customers by the end of 2029"),
    ("SMA501", False, "expectations", "In the first weeks we only test formats and listen."),
    ("SMA501", False, "expectations",
     "Results in weeks are unrealistic, so we don't expect them."),
    ("SMA501", False, "expectations",
     "The festival is in two weeks and we'll post photos, but the page is judged "
     "yearly."),
    ("SMA501", False, "motivation", "Building trust online takes time, maybe eighteen months."),
    # SMA502
    ("SMA502", True, "expectations",
     "We're sure it will go down a storm and get shared everywhere."),
    ("SMA502", True, "motivation", "A couple of funny videos and we'll be on everyone's feed."),
    ("SMA502", True, "goal", "A hashtag that spreads through every university in the country"),
    ("SMA502", True, "expectations",
     "Once people see it, they'll pass it along and it will grow and grow."),
    ("SMA502", True, "expectations", "The campaign will blow up on LinkedIn."),
    ("SMA502", True, "expectations",
     "We expect our clips to rack up thousands of shares with no ad money."),
    ("SMA502", True, "motivation", "Going viral is our marketing plan."),
    ("SMA502", True, "expectations",
     "Word will spread online by itself once the first customers post."),
    ("SMA502", False, "expectations",
     "Shares are nice when they happen, but we plan on regulars."),
    ("SMA502", False, "expectations", "We are not betting on anything blowing up."),
    ("SMA502", False, "strategy",
     "We give the 25 partner cafés a poster and ask them to post it."),
    ("SMA502", False, "expectations", "No viral dreams here: a steady 5% more customers a year."),
    ("SMA502", False, "motivation", "The clinic wants clear advice, not a viral moment."),
    ("SMA502", False, "goal",
     "Reach the 900 families on our school list with the term newsletter"),
    ("SMA502", False, "expectations",
     "A video of ours got shared a lot once, years ago, and nothing came of it."),
    ("SMA502", False, "expectations", "We post useful things and accept a small audience."),
]


# Ninth batch: scoping classes found on texts written by others.
# - an indirect question ("asked whether", "wondered if") asks, it asserts nothing;
# - a belief or promise held by someone else ("if anybody imagines ...", "that
#   someone swore would ...") is not the writer's expectation;
# - hearsay ("the volunteers tell us ...") disowned by a later contrast that negates;
# - the first months spent on groundwork (being known, trusted) are not a result horizon.
NINTH_BATCH = [
    ("SMA404", True, "expectations",
     "The trustees want every newsletter post to pay for the hours spent writing it."),
    ("SMA404", False, "expectations",
     "The treasurer wondered if the shop posts could pay for themselves, and we said no."),
    ("SMA404", False, "motivation",
     "A volunteer asked whether the Instagram page might cover its own costs; it will not,"
     " and that is fine."),
    ("SMA501", True, "expectations", "We need the gym classes full within two weeks."),
    ("SMA501", False, "expectations",
     "If somebody imagines the gym classes will be full within two weeks, they have not met"
     " our members. We count sign-ups in December."),
    ("SMA501", False, "expectations",
     "We were let down by a radio slot that someone swore would pack the hall in a fortnight,"
     " so this time we judge sign-ups after nine months."),
    ("SMA501", True, "expectations",
     "We expect the first two months to bring forty new members."),
    ("SMA501", False, "expectations",
     "We look for steady growth across the year and accept that the first two months mostly"
     " build awareness."),
    ("SMA501", False, "expectations",
     "The first quarter lays the groundwork; sign-ups are counted at the twelve-month review."),
    ("SMA502", True, "motivation",
     "Our drivers tell us the van photos will spread across town by themselves."),
    ("SMA502", False, "motivation",
     "Our drivers tell us the van photos will spread across town by themselves, but a"
     " removals firm doesn't win customers from one photo, it wins them from reviews."),
]


# Tenth batch: SMA404 wordings found on texts written by others.
# - an arrow or "=>" written for "brings" in fragments;
# - a ratio after the name of the return ("ROI goal: 5:1");
# - a requirement put as the condition of a go-ahead, or with "had better";
# - "bring back more than it costs" (the particle "back" as well as "in").
TENTH_BATCH = [
    ("SMA404", True, "expectations", "Every reel -> two paid classes minimum."),
    ("SMA404", False, "expectations", "Every reel -> more questions at the desk."),
    ("SMA404", True, "expectations", "ROI goal: 5:1 on staff time spent posting."),
    ("SMA404", False, "expectations", "Saves goal: 3x the current number by June."),
    ("SMA404", True, "motivation",
     "The board approves the posting hours on condition that every update bring in paid"
     " memberships."),
    ("SMA404", False, "motivation",
     "The board approves the posting hours on condition that every update answer a member"
     " question."),
    ("SMA404", True, "motivation",
     "If Friday afternoons go on TikTok, it had better bring back more than it costs."),
    ("SMA404", False, "motivation",
     "If Friday afternoons go on TikTok, it had better bring back the old regulars."),
]


# Eleventh batch: SMA501 and SMA502 wordings found on texts written by others.
# - "until then" / "before then" after an event named with its date: a deadline when
#   the sentence demands something, the meantime when it only says what is done;
# - the noun of spreading with an adjective saying nobody drives it (formal register).
ELEVENTH_BATCH = [
    ("SMA501", True, "motivation",
     "The pool reopens in five weeks, and before then we need the swim classes fully booked."),
    ("SMA501", False, "expectations",
     "The pool reopens in five weeks, and before then we post the new timetable."),
    ("SMA502", True, "motivation",
     "The Trust anticipates unprompted circulation of its leaflets among young families."),
    ("SMA502", False, "motivation",
     "The Trust anticipates steady circulation of its newsletter among members who"
     " subscribe."),
    ("SMA502", True, "expectations",
     "The Board relies upon widespread propagation of the film by viewers at no cost."),
    ("SMA502", False, "expectations",
     "The Board funds the distribution of the film to the forty member schools."),
]


# --------------------------------------------------------------------------
# Phrases a user adds are roles too, scoped like the frames


@pytest.mark.parametrize(("code", "text", "fires"), [
    ("SMA501", "We want bookings pronto.", True),
    ("SMA501", "Nobody here expects bookings pronto.", False),
    ("SMA502", "It will be the meme of the year.", True),
    ("SMA502", "The meme of the year would be a bonus, but we plan on regulars.", False),
    ("SMA404", "The page must be a cash cow.", True),
    ("SMA404", "We don't want the page to be a cash cow.", False),
])
def test_extend_phrases_are_scoped(code, text, fires):
    phrase = {"SMA501": "pronto", "SMA502": "meme of the year", "SMA404": "cash cow"}[code]
    tester = frames_alone(code, options={code: {"extend_phrases": [phrase]}})
    snippet, (line, column) = plan(text)
    findings = tester.assert_findings(snippet, [(code, line, column)] if fires else [])
    if fires:
        assert f'the cue "{phrase}"' in findings[0].message or phrase in findings[0].message


def test_a_long_field_is_read_in_linear_time():
    """A 140 kB field of healthy sentences with many candidate roles: reading it costs
    about as much per character as a short one (no clause is re-read per role)."""
    import time

    healthy = ("We don't expect posts to sell directly; the first month is for learning. "
               "If a post spreads, lovely, but we plan on steady weekly posts. ")
    small, big = healthy * 20, healthy * 1000
    def cpu_seconds(text: str) -> float:
        snippet, _ = plan(text)
        start = time.process_time()
        for tester in (roi, overnight, viral):
            tester.assert_valid(snippet)
        return time.process_time() - start

    cpu_seconds(small)  # compile what the text needs
    small_time = min(cpu_seconds(small) for _ in range(3))
    # 50 times the text may take at most ~200 times as long: linear, with slack for a
    # loaded machine; a quadratic reading would take about 2,500 times as long
    assert cpu_seconds(big) < max(small_time, 0.01) * 200


# Twelfth batch: SMA404 words taken for money on whole plans by another author, each
# narrowed as a class:
# - "keep" is a cost only as a possessed noun ("earn its keep"), not the verb after a
#   modal ("must keep active accounts and report on them");
# - "sales" naming people or a meeting ("the monthly sales meeting", "our sales team")
#   is not money taken.
TWELFTH_BATCH = [
    ("SMA404", False, "motivation",
     "The county sports grant says every funded club must keep public social accounts and"
     " report on them each quarter."),
    ("SMA404", False, "motivation",
     "Our charter requires each paid-for branch to keep its pages current for members."),
    ("SMA404", True, "motivation",
     "The committee agreed the page must earn its keep in ticket sales by the autumn."),
    ("SMA404", True, "expectations",
     "The Facebook page should cover its own keep from the first month."),
    ("SMA404", False, "expectations",
     "Priya wants steady growth in trade accounts, checked at the weekly sales meeting."),
    ("SMA404", False, "expectations",
     "The owner wants more repeat buyers, and the posts are reviewed with our sales team."),
    ("SMA404", True, "expectations",
     "Priya wants every post to bring in sales, checked at the weekly sales meeting."),
    ("SMA404", True, "expectations",
     "The sales team expects the page to make money straight away."),
]


# Thirteenth batch: SMA501 spans that are a kind of stay or a product's length, found
# on whole plans by another author (the plan-level figure hid them):
# - "overnight" after a verb of lodging ("guests who stay overnight") is a time of day;
# - a hyphenated span before a quoted or bracketed name ("the 2-day "starter" pass")
#   is how long the product lasts.
THIRTEENTH_BATCH = [
    ("SMA501", False, "goal", "Get more walkers to stay overnight in the shoulder months"),
    ("SMA501", False, "goal", "Bring touring cyclists who camp overnight to the farm café"),
    ("SMA501", True, "goal", "Turn the campsite around overnight with reels"),
    ("SMA501", False, "goal", 'Get beginners to book the 2-day "starter" pass'),
    ("SMA501", False, "goal", "Sell the 5-day (half-term) holiday club to working parents"),
    ("SMA501", True, "expectations", 'The 2-day "starter" pass must sell out within 3 weeks.'),
]


# Fourteenth batch: classes found on whole plans by another author.
# - SMA501: a span on the customers' own calendar ("in their first month on site") or a
#   point of their tenure ("members still training in month three") is when they act,
#   not when results are due;
# - SMA502: "national", "global" before a noun that is not reach or attention classify
#   it ("the national chains"): a kind of business, not a mass audience;
# - SMA404: the cost of posting covered by sales, in the passive ("her hours on
#   Instagram must be covered by new orders").
FOURTEENTH_BATCH = [
    ("SMA501", False, "goal",
     "Get first-year apprentices to order a starter toolkit in their first month on site"),
    ("SMA501", False, "goal",
     "Have new tenants join the residents' chat group during their first weeks"),
    ("SMA501", False, "goal", "80% of new gym members still training in month three"),
    ("SMA501", False, "goal",
     "Keep half of new choir members still singing with us in week eight"),
    ("SMA501", True, "goal", "Double table bookings within the first weeks of posting"),
    ("SMA501", True, "expectations",
     "We expect the page to fill the Tuesday class in its first weeks."),
    ("SMA501", True, "expectations",
     "We still expect bookings to double within two weeks of launch."),
    ("SMA502", False, "goal",
     "Have the biggest Instagram following of any bakery in the county, with more followers "
     "than the national chains"),
    ("SMA502", False, "goal", "Win more stockists than the global brands in our region"),
    ("SMA502", True, "expectations", "We want the reel to get national attention."),
    ("SMA502", True, "expectations", "Our reel will go national within a week."),
    ("SMA502", True, "expectations", "A global audience will find us through the reels."),
    ("SMA404", True, "expectations",
     "Ravi's hours on Instagram need to be covered by new orders by the summer."),
    ("SMA404", True, "expectations",
     "The time spent on TikTok has to be paid for by class bookings."),
    ("SMA404", True, "motivation",
     "Every post should bring an enquiry, and Lena's hours on LinkedIn must be covered by "
     "signed contracts before the year is out."),
    ("SMA404", False, "expectations",
     "The new van should be paid for by contracts within two years."),
    ("SMA404", False, "expectations", "Her hours on the page are covered by the marketing budget."),
    ("SMA404", False, "expectations", "Jo's hours on Facebook are funded by a council grant."),
]


# SMA502 by role: content spreading by itself counted on as the engine.
# The spreading is any way of passing on ("forwarded from one phone to the next", "passed
# around", "make its own way", "under its own steam", "the length and breadth of"),
# a count of breakouts, or a large organic number; it is counted on when wanted, assumed
# by a model or relied on. Healthy neighbours set it aside, deny it, or spread by post.
SPREAD_BATCH = [
    ("SMA502", True, "expectations", "We trust that a clip of the choir's flash-mob will be "
     "forwarded from one phone to the next across the diocese, and that will fill the pews."),
    ("SMA502", True, "motivation", "One good reel of the kiln opening would make its own way "
     "round every pottery group in the country and sell the course for us."),
    ("SMA502", True, "expectations", "Pipeline plan counts on two breakout carousels a month at "
     "50k+ organic impressions through reshares."),
    ("SMA502", True, "expectations", "The hope is that the tasting video gets passed around the "
     "whole town by word of mouth online, which will bring the customers in."),
    ("SMA502", True, "goal", "Grow memberships through a launch clip that spreads by itself "
     "through every cycling club in the region"),
    ("SMA502", True, "expectations", "Content will go around the county under its own steam and "
     "the lettings will follow."),
    ("SMA502", True, "expectations", "Forecast assumes 2-3 breakout shorts per term; that is our "
     "enrolment engine."),
    ("SMA502", True, "expectations", "I do hope a photograph of the new rose garden will be "
     "passed from neighbour to neighbour across the whole parish."),
    ("SMA502", True, "motivation", "We rather think a short film on the ferry timetable would "
     "travel the length and breadth of the islands by itself."),
    ("SMA502", False, "expectations", "Should a clip happen to be forwarded widely, we shall "
     "count it a bonus; the forecast rests on weekly posts and paid reach."),
    ("SMA502", False, "expectations", "Nothing in the forecast depends on posts travelling by "
     "themselves; we budget for two boosted posts a month."),
    ("SMA502", False, "expectations", "Breakout posts are upside only: the model assumes zero "
     "shares beyond our own followers."),
    ("SMA502", False, "motivation", "Parents pass the term dates around the school gate, so we "
     "post them where parents already look."),
    ("SMA502", False, "expectations", "We expect around 300 organic views a post, from our own "
     "followers, growing slowly."),
    ("SMA502", False, "expectations", "Leaflets travel the length of the valley by post each "
     "month; the page simply repeats them."),
]


# Fifteenth batch: SMA501 spans that measure how often customers do something again
# ("rebook within 8 weeks", "renew within 30 days"): verbs of repeating make the span an
# interval of their habit, not a deadline for results; results within weeks still count.
FIFTEENTH_BATCH = [
    ("SMA501", False, "expectations", "We expect clients to rebook within 8 weeks, as they do "
     "now."),
    ("SMA501", False, "goal", "Have tenants renew within 30 days of each reminder"),
    ("SMA501", False, "goal", "Get lapsed members to re-enrol within a fortnight of the open "
     "evening"),
    ("SMA501", False, "expectations", "Regulars revisit within 3 weeks on average; the posts "
     "remind them."),
    ("SMA501", True, "expectations", "We expect 40 new bookings within 8 weeks of launch."),
    ("SMA501", True, "expectations", "Every pound on the agency comes back as three in sales "
     "within a month."),
    ("SMA501", True, "goal", "Sign up 200 new members within 3 weeks"),
]


# Sixteenth batch: a short span someone else is feared to want, answered by a contrast
# in the same sentence, is a worry, not the plan's expectation; a "share rate" is a
# metric, not people sharing.
SIXTEENTH_BATCH = [
    ("SMA501", False, "expectations", "I worry the trustees will want results within a month, "
     "but we have agreed to judge it after a year."),
    ("SMA501", False, "expectations", "We're a little anxious the owners expect miracles by "
     "March; however, the agreed review is next winter."),
    ("SMA501", True, "expectations", "The trustees will want results within a month, and we "
     "have agreed to that."),
    ("SMA501", True, "expectations", "I'm nervous, but we expect sales to double within three "
     "weeks."),
    ("SMA502", False, "goal", "Reach 50k monthly impressions and a 3% share rate across all "
     "clinic posts"),
    ("SMA502", True, "expectations", "We hope people share it across the whole county and the "
     "bookings follow."),
]


# Seventeenth batch: SMA404 a unit of money that must come back multiplied, with no "for
# each" before it ("every dollar ... should come back three times over"); the multiple is
# what makes "back" a return, so tracing or accounting for each unit is healthy.
SEVENTEENTH_BATCH = [
    ("SMA404", True, "expectations", "Every dollar the bakery spends on this has to come back "
     "three times over by autumn."),
    ("SMA404", True, "expectations", "We want each pound we put into the posts to come back at "
     "least double before the audit."),
    ("SMA404", True, "expectations", "Every dollar we put into this should return threefold by "
     "Christmas or the partners stop it."),
    ("SMA404", True, "goal", "Make every euro the garage spends on the page come back twice"),
    ("SMA404", False, "expectations", "We track every euro back to the campaign it came from, "
     "and review quarterly."),
    ("SMA404", False, "expectations", "Each dollar of the grant is accounted for twice a year "
     "to the funder."),
]


# Eighteenth batch: SMA501 "little"/"few" as the quantifier of what is expected ("expects
# little movement in the first weeks") denies the early result like "no"; the adjective
# ("our little cafe") and "a few" do not.
EIGHTEENTH_BATCH = [
    ("SMA501", False, "expectations", "The head teacher expects little movement in enrolments "
     "during the first weeks, and will judge the plan after a year."),
    ("SMA501", False, "expectations", "The brewery anticipates very few new stockists in the "
     "first six weeks; the review is in December."),
    ("SMA501", False, "expectations", "We foresee little or no change in footfall within the "
     "first fortnight."),
    ("SMA501", True, "expectations", "We expect our little cafe to be full within two weeks of "
     "launch."),
    ("SMA501", True, "expectations", "We expect a few hundred new members within the first "
     "month."),
    ("SMA501", True, "expectations", "The clinic expects 30 new patients within a fortnight of "
     "the first post."),
]


# Nineteenth batch: SMA501 a span that measures how one number lags another ("fee income
# lags placements by two months") is a delay between them, not a deadline for results.
NINETEENTH_BATCH = [
    ("SMA501", False, "expectations", "Fee income lags placements by two to three months."),
    ("SMA501", False, "expectations", "Donations trail sign-ups by about six weeks."),
    ("SMA501", False, "expectations", "At the nursery, sales lag enquiries by a few weeks."),
    ("SMA501", False, "expectations", "Revenue comes in three weeks after each order."),
    ("SMA501", True, "expectations", "We expect sales to rise by 20% in three weeks."),
    ("SMA501", True, "expectations", "Bookings should catch up with enquiries within a month "
     "of the first post."),
]


# Twentieth batch: SMA502 a spread welcomed as a bonus ("a free bonus") or with an
# exclamation set off by commas ("if a clip takes off, amazing") is a hedge, whatever the
# word of welcome; a spread counted on still fires.
TWENTIETH_BATCH = [
    ("SMA502", False, "expectations", "If a clip takes off, amazing, but the plan is steady "
     "weekly posts."),
    ("SMA502", False, "expectations", "If the video about the forge takes off, fantastic, but "
     "the weekly demonstrations are the plan."),
    ("SMA502", False, "expectations", "If a reel takes off, that's a free bonus."),
    ("SMA502", False, "expectations", "Should a recipe get shared widely, excellent, though "
     "the newsletter does the real work."),
    ("SMA502", True, "expectations", "Our reels will go viral across the county within a "
     "month."),
    ("SMA502", True, "expectations", "We are counting on the launch video going viral and "
     "filling the hall."),
]


# Twenty-first batch: SMA404 stock sold in a trade's own verb ("shift a couple of drills",
# "move 20 units"): with a quantity of goods it is selling; "shift perceptions", "move a
# few steps" or moving posts in the schedule are not.
TWENTY_FIRST_BATCH = [
    ("SMA404", True, "expectations", "The owner wants every reel to shift a dozen jars of "
     "honey or it is not worth filming."),
    ("SMA404", True, "expectations", "Each post needs to move 20 units of the new range."),
    ("SMA404", True, "goal", "Every post should flog a few bikes"),
    ("SMA404", False, "expectations", "Each post should shift perceptions of the brand a "
     "little."),
    ("SMA404", False, "expectations", "Each post moves a few steps along the customer "
     "journey."),
    ("SMA404", False, "expectations", "We will shift a couple of posts to the weekend each "
     "month."),
]


# Twenty-second batch: SMA404 what the posts bring valued above their own cost ("bookings
# worth more than its cost"); the posts themselves, or a customer, valued above a cost is
# not money expected from the posts.
TWENTY_SECOND_BATCH = [
    ("SMA404", True, "goal", "Every reel must bring in enquiries worth more than the cost of "
     "making it"),
    ("SMA404", True, "expectations", "Each clip about the kennels should win boarding stays "
     "valued above what it costs."),
    ("SMA404", True, "expectations", "Every video has to earn enrolments of a value superior "
     "to its own cost."),
    ("SMA404", False, "expectations", "The new oven is worth more than its cost, and the "
     "posts show it off."),
    ("SMA404", False, "expectations", "Our posts are worth more than their cost in goodwill "
     "alone, so we keep them modest."),
    ("SMA404", False, "expectations", "A loyal customer is worth far more than the cost of one "
     "post, so we answer every comment."),
]


# Twenty-third batch: SMA404 in paraphrase. The plan's own undertaking (an effort, a
# venture, an exercise) paying for itself stands for the posts, while a business or a thing
# it bought paying for itself does not; a quantifier ("enough", "plenty of") is a quantity
# of goods sold; the hour put into a post is a cost as much as "the hours" are; a return
# expected only on a paid line named with a modifier ("paid Facebook ads", "paid TikTok
# placements") is performance marketing, with the unpaid posts not asked to sell.
TWENTY_THIRD_BATCH = [
    ("SMA404", True, "expectations", "The partners expect the social media effort to pay for "
     "itself in new client work."),
    ("SMA404", True, "expectations", "The trustees would like the entire undertaking to pay "
     "for itself in extra donations by the end of the year."),
    ("SMA404", True, "expectations", "The directors want the whole social media exercise to "
     "pay for itself in extra bookings by next spring."),
    ("SMA404", True, "expectations", "Each reel has to shift enough candles to justify the "
     "afternoon it takes to edit."),
    ("SMA404", True, "expectations", "Every story Ana posts should move enough tickets to cover "
     "the time it took her to make it."),
    ("SMA404", True, "expectations", "Every clip the barista films needs to cover the hour "
     "spent filming it, or we stop."),
    ("SMA404", False, "expectations", "The orchard should pay for itself in apple sales this "
     "year, and the posts tell people when picking opens."),
    ("SMA404", False, "expectations", "The farm's new cafe should pay for itself within two "
     "years, and Instagram will tell people it exists."),
    ("SMA404", False, "expectations", "The \u00a350 a week of paid Facebook ads should be "
     "covered by course fees; the ordinary posts are for answering questions, not for profit."),
    ("SMA404", False, "expectations", "The \u20ac120 of paid TikTok placements each month "
     "should be covered by class fees; the regular posts are simply to stay in touch."),
    ("SMA404", False, "expectations", "We don't expect the Instagram effort to pay for itself; "
     "it is there to keep regulars informed."),
]


# Twenty-fourth batch: SMA501 time words that say when or how fast something happens, not
# how soon results are due. Calendar words in a list ("in May and June", "spring and again
# autumn", "June and December") or after "every" are periods at which something recurs; a
# list after "by" is still a deadline. A span of hours or days in a goal is the speed of a
# service ("told the same day") unless the sentence counts it from posting or going live or
# names what is gained by then. (The plan starts in January.)
TWENTY_FOURTH_BATCH = [
    ("SMA501", False, "goal", "Keep the campsite 80% full in May and June"),
    ("SMA501", False, "target", "95% of pitches let in April, May and June"),
    ("SMA501", False, "goal", "Run the orchard open days at capacity in spring and again in "
     "autumn"),
    ("SMA501", False, "target", "Peak-season occupancy of 90% in June and December"),
    ("SMA501", False, "goal", "Sell out the boat trips every May"),
    ("SMA501", False, "goal", "Every tenant hears about water shut-offs the same day"),
    ("SMA501", False, "goal", "Customers whose parcels are delayed are told the same day"),
    ("SMA501", True, "goal", "Fill the spring pottery courses by March"),
    ("SMA501", True, "goal", "Double the climbing wall bookings by April or May"),
    ("SMA501", True, "goal", "Bookings from the first reel within two days of posting it"),
    ("SMA501", True, "expectations", "We want the new page to bring in bookings the same day "
     "it goes live."),
    ("SMA501", True, "expectations", "Members expect the new Instagram page to fill the March "
     "classes straight away."),
]


# Twenty-fifth batch: SMA501 a span of one unit counted from an event by a postposition ("a
# fortnight after the first reel", "a fortnight later", "a month after the first listing
# video") is a span, in any unit; a count before it ("forty a week after a year") makes it
# a rate, and a customer's habit or a negation stays healthy.
TWENTY_FIFTH_BATCH = [
    ("SMA501", True, "expectations", "The owner expects the dance classes to be full a "
     "fortnight after the first reel."),
    ("SMA501", True, "expectations", "We want the waiting list filled a week after launch."),
    ("SMA501", True, "expectations", "The landlord wants the flats let a month after the first "
     "listing video."),
    ("SMA501", True, "expectations", "We post the teaser in January, and a fortnight later the "
     "workshop should be fully booked."),
    ("SMA501", False, "expectations", "Bookings should reach forty a week after a year of "
     "steady posting."),
    ("SMA501", False, "expectations", "We hope for 25 enquiries a month after the first year."),
    ("SMA501", False, "expectations", "Customers usually rebook a month after their first "
     "visit."),
    ("SMA501", False, "expectations", "Nobody expects the studio to be busy a month after "
     "opening; we give it a year."),
]


# Twenty-sixth batch: SMA501 an early look is not a result expected: a verb of looking
# ("glance", "peep", "skim", "take a peek") or looking to learn ("to see if anything
# stirs") in the span's clause, with the verdict later; a result due in a clause of its
# own ("the tables should be full within a month; we'll glance at ...") still counts.
TWENTY_SIXTH_BATCH = [
    ("SMA501", False, "expectations", "We'll glance at the enquiry numbers after six weeks, "
     "just to see if anything is moving, but the decision on the page comes at the "
     "twelve-month review."),
    ("SMA501", False, "expectations", "After a month we'll peep at whether people are clicking "
     "through; the verdict on sales waits until year end."),
    ("SMA501", False, "expectations", "After five weeks we'll take a quick peek at saves and "
     "shares to see how the posts land; whether it pays off is for the annual review."),
    ("SMA501", False, "expectations", "We will skim the booking figures after a month to see if "
     "anything stirs, and decide on the page only after a full year."),
    ("SMA501", True, "expectations", "We want the cafe full within six weeks, and we'll judge "
     "the page at the end of the year."),
    ("SMA501", True, "expectations", "Bookings must be up within a month; we'll see whether to "
     "carry on after that."),
    ("SMA501", True, "expectations", "The tables should be full within a month; we'll glance at "
     "the reviews now and then."),
]


# Twenty-seventh batch: SMA501 the first day or week named by a clause of going live ("the
# first Sunday the shop's page is live", "the very first day we go live") is a span as much as "the
# first Saturday after launch"; "the next few weeks" has a horizon that "the coming weeks"
# lacks; "opening hours" are when a place is open, not the first hours of a plan.
TWENTY_SEVENTH_BATCH = [
    ("SMA501", True, "expectations", "We want the pottery classes booked out from the first "
     "Sunday the shop's page is live."),
    ("SMA501", True, "expectations", "The vet wants the puppy classes booked out the first week "
     "the new account is live."),
    ("SMA501", True, "expectations", "Our director expects sign-ups the very first day we go "
     "live."),
    ("SMA501", True, "goal", "Fill the dog-grooming diary in the next few weeks"),
    ("SMA501", True, "goal", "Sell out the comedy nights within the next few weeks"),
    ("SMA501", False, "expectations", "Nobody expects bookings in the next few weeks; we judge "
     "it after a year."),
    ("SMA501", False, "goal", "Answer every booking question within the next few hours of it "
     "arriving"),
    ("SMA501", False, "expectations", "We will post our opening hours and menus."),
    ("SMA501", False, "expectations", "People want our opening hours, so we post them."),
    ("SMA501", False, "goal", "Show opening hours on every platform"),
]


# Twenty-eighth batch: one text per voice for the three judgements, run blind first (29 of
# 34 right: recall 0.74, precision 1.00), then the classes its misses taught, with healthy
# neighbours written after: a fee paid to a person ("the photographer's retainer") is a
# cost; a hyphenated word may stand between a verb of covering and the cost ("fund the
# part-time marketer's wages"); a negated verb of continuing ("we won't renew her
# contract") is a threat; a post valued in money ("every tweet is worth fifty dollars in
# orders") is money expected from it; a compulsion over any verb of passing on ("people
# can't stop sending it to each other") is sharing no one can resist.
TWENTY_EIGHTH_BATCH = [
    ("SMA404", True, "expectations", "Honestly the page has to earn what we pay Priya for it, "
     "otherwise what's the point."),
    ("SMA404", True, "motivation", "We're told social media is basically a free shop window that "
     "sells for you, so we expect it to bring in money from day one."),
    ("SMA404", True, "expectations", "Target: each LinkedIn article converts into at least one "
     "paid audit."),
    ("SMA404", True, "expectations", "The board expects the hours the comms team spends on "
     "Instagram to be repaid in ticket income."),
    ("SMA404", True, "goal", "Posts generate enough bookings to cover the photographer's monthly "
     "retainer"),
    ("SMA404", True, "expectations", "Each video is an investment and we want to see it returned "
     "in sales within the month."),
    ("SMA404", True, "expectations", "If Facebook can't fund the part-time marketer's wages, we "
     "won't renew her contract."),
    ("SMA404", True, "expectations", "We reckon every tweet is worth about fifty dollars in "
     "orders, and we'll hold it to that."),
    ("SMA404", False, "expectations", "We won't judge the posts on sales; they're there so "
     "families know what's on."),
    ("SMA404", False, "expectations", "Our posts are not expected to sell anything directly; "
     "bookings come through the website and phone."),
    ("SMA404", False, "expectations", "The paid Meta campaign, with its £300 budget, should "
     "return twice its spend through the online shop."),
    ("SMA404", False, "motivation", "Over a year or two, we hope the trust we build online shows "
     "up in more repeat orders."),
    ("SMA404", False, "expectations", "Sales are tracked by the shop, not by the page; the page "
     "is judged on enquiries."),
    ("SMA404", False, "expectations", "The café covers its own costs; Instagram is for telling "
     "regulars about new bakes."),
    ("SMA501", True, "expectations", "By the time the half-term holiday arrives in February, the "
     "soft play should be heaving thanks to TikTok."),
    ("SMA501", True, "expectations", "We give it until the end of next month; no jump in "
     "enquiries and we pull the plug."),
    ("SMA501", True, "motivation", "We need a bump in memberships quickly, the gym is losing "
     "money every week."),
    ("SMA501", True, "goal", "Triple walk-ins within ten days of the first reel"),
    ("SMA501", True, "expectations", "Expect the phones to be ringing by the second week."),
    ("SMA501", True, "expectations", "The manager thinks two or three weeks of posting is plenty "
     "to fill the spring term."),
    ("SMA501", True, "expectations", "Within a month of launching we should see the waiting list "
     "double."),
    ("SMA501", False, "expectations", "In the first month we only set up the profiles and post "
     "twice a week; bookings are judged at month nine."),
    ("SMA501", False, "goal", "Reply to every review within 48 hours"),
    ("SMA501", False, "expectations", "We know from last year that Facebook took about eight "
     "months before bookings moved."),
    ("SMA501", False, "expectations", "Patients usually book a check-up within two weeks of a "
     "reminder post, which we will track."),
    ("SMA501", False, "expectations", "We won't expect anything in the first quarter except "
     "learning which posts people save."),
    ("SMA501", False, "goal", "Post the lunch menu by 11am every weekday"),
    ("SMA502", True, "expectations", "Once the first few clips get picked up and passed around, "
     "the rest will follow on its own."),
    ("SMA502", True, "expectations", "We're banking on the challenge catching fire among "
     "students."),
    ("SMA502", True, "strategy", "Make one video so good people can't stop sending it to each "
     "other."),
    ("SMA502", False, "expectations", "We don't plan for anything to go viral; steady weekly "
     "posts are the plan."),
    ("SMA502", False, "strategy", "Ask the 12 partner libraries to share our reading challenge "
     "poster each month."),
    ("SMA502", False, "expectations", "If one clip ever spreads, great, but the numbers assume "
     "ordinary reach."),
    ("SMA404", False, "expectations", "Each post is worth doing well, so we take our time over "
     "it."),
    ("SMA404", False, "expectations", "Nobody thinks a single post is worth $100 in sales."),
    ("SMA404", False, "expectations", "If the rota doesn't work, we won't continue the Tuesday "
     "posts."),
    ("SMA404", False, "expectations", "The photographer's retainer is paid from the heritage "
     "grant; the posts just show the work."),
    ("SMA404", True, "expectations", "Each reel's worth $200 of bookings to us, or it's not worth "
     "making."),
    ("SMA404", True, "expectations", "Unless the posts cover the designer's retainer by June, we "
     "won't continue with her."),
    ("SMA502", True, "expectations", "We want a clip people can't resist forwarding to their "
     "friends."),
    ("SMA502", False, "expectations", "We can't stop people sharing screenshots, so we watermark "
     "our menus."),
]


# Twenty-ninth batch: sentences as whole plans write them, in every prose field, run blind
# first (25 of 30 right: recall 0.73, precision 0.80), then the classes its misses taught,
# with neighbours written after: a verb of asking before a wh-word ("members ask when the
# timetable for the next month will be out") asks, it expects nothing; a clause that
# points back to the role ("..., and that is what we want from it") endorses it; a
# superlative or ranking word before a territory ("the best-known bike shop across the
# region") names a ranking's domain, not an audience; spreading "from there" and content
# left to the algorithm to carry are spreading by itself.
TWENTY_NINTH_BATCH = [
    ("SMA501", False, "strategy", "Post the weekend specials every Thursday evening so families "
     "can plan their Saturday."),
    ("SMA501", False, "rationale", "Parents scroll Facebook on Sunday nights while planning the "
     "week."),
    ("SMA501", False, "goal", "Keep Saturday morning swim lessons full through the winter term"),
    ("SMA501", False, "target", "Two school-holiday camps sold out, at Easter and in August"),
    ("SMA501", False, "goal", "Confirm every wedding enquiry within one working day"),
    ("SMA501", False, "strategy", "Share a behind-the-scenes clip each Friday and a recipe on the "
     "first Monday of every month."),
    ("SMA501", False, "goal", "Get the harvest festival to 2,000 visitors in September"),
    ("SMA501", False, "expectations", "Leads come slowly for a firm like ours; we'll give "
     "LinkedIn a full year before deciding."),
    ("SMA501", False, "motivation", "Members ask every week when the timetable for the next month "
     "will be out."),
    ("SMA501", False, "target", "Weekend brunch covers up 15% on the same months last year"),
    ("SMA501", False, "rationale", "Farmers check the weather and market prices on WhatsApp at "
     "dawn."),
    ("SMA501", True, "goal", "Sell out the new cookery course before the end of February"),
    ("SMA501", True, "expectations", "We expect the new TikTok to fill the escape rooms within "
     "the first month."),
    ("SMA501", True, "target", "50 new gym members by week six"),
    ("SMA501", True, "expectations", "Six weeks in, the shop should be busier than it has ever "
     "been."),
    ("SMA501", True, "motivation", "Christmas is four weeks away and we need the hampers sold "
     "through Instagram by then."),
    ("SMA404", False, "goal", "Grow hamper sales by 20% through repeat customers who find us on "
     "Instagram"),
    ("SMA404", False, "strategy", "Show the workshop at work so buyers trust the quality, then "
     "point them to the shop on Market Street."),
    ("SMA404", False, "motivation", "Our sales depend on tourists, and tourists plan their trips "
     "on Instagram."),
    ("SMA404", False, "rationale", "Customers ask about prices in the comments, so we answer "
     "there and invite them in."),
    ("SMA404", False, "expectations", "We'll count how many customers mention a post when they "
     "pay at the till."),
    ("SMA404", True, "motivation", "Social media is free, so every sale it brings is pure profit, "
     "and that is what we want from it."),
    ("SMA404", True, "expectations", "Each Pinterest pin should pay back the half hour it took to "
     "design it in print sales."),
    ("SMA404", True, "goal", "Instagram posts bring in £2,000 of cake orders every month on their "
     "own"),
    ("SMA502", False, "strategy", "Ask happy customers to tag us when they post photos of their "
     "cakes."),
    ("SMA502", False, "goal", "Be the best-known bike shop across the region by the end of 2028"),
    ("SMA502", False, "rationale", "Videos of the dogs playing get shared by owners in the local "
     "groups, which is where new clients come from."),
    ("SMA502", True, "expectations", "With the right meme we could have the whole town talking by "
     "Friday."),
    ("SMA502", True, "strategy", "Post bold, funny reels and let the algorithm carry them to new "
     "people."),
    ("SMA502", True, "expectations", "Our plan rests on one of the launch videos getting picked "
     "up by a big account and spreading from there."),
    ("SMA501", False, "motivation", "Clients often ask what we can deliver within a fortnight."),
    ("SMA501", True, "expectations", "We ask regulars what they think, and we want the brunch "
     "full within a month."),
    ("SMA501", True, "expectations", "Full classes within three weeks, and that is what the owner "
     "expects."),
    ("SMA502", True, "expectations", "We want the most shared video across the country."),
    ("SMA502", False, "goal", "Become the go-to bakery in the whole town for birthday cakes"),
    ("SMA502", False, "goal", "Be the highest-rated dentist across the county by 2028"),
    ("SMA404", True, "expectations", "Every post brings a sale, and that's exactly what the owner "
     "expects."),
    ("SMA404", False, "expectations", "Now and then a post leads to a sale, and that's a nice "
     "surprise rather than the point."),
    ("SMA502", True, "expectations", "One local blogger shares it and it spreads from there."),
    ("SMA502", False, "expectations", "Volunteers hand out flyers at the market and we take it "
     "from there."),
    ("SMA502", True, "strategy", "Film the funniest moments and let the algorithm push them to "
     "strangers."),
    ("SMA502", False, "strategy", "Let the team push the monthly newsletter on Facebook as well."),
]


# Thirtieth batch: voices of their own (note form, a second-language writer, a formal
# office, a chat), run blind first (22 of 30 right: recall 0.56, precision 0.90), then the
# classes its misses taught, with neighbours written after: a heading noun of measuring
# success ("KPI:", "success measure:") names what is expected; a sale as the reason or
# point of posting, and goods moved in a mass noun ("if it moves product"); a small count
# of posts after a preposition of means ("off the back of two or three posts"); an
# adjective of improbability after the role ("quick wins are unlikely") denies it; "whole"
# after any determiner ("their whole school"); all it takes is one clip, in either order,
# or one clip "and we are made"; spreading "far beyond" its sender's reach. Left open: an
# outcome with a date and no word of wanting ("fully booked by end of March").
THIRTIETH_BATCH = [
    ("SMA404", True, "expectations", "KPI: revenue per post. Anything under $150 per post is a "
     "fail."),
    ("SMA404", True, "expectations", "We are paying the agency 900 euro monthly, so the Instagram "
     "must make this money back with orders, it is normal."),
    ("SMA404", True, "motivation", "The only reason we'd post at all is if it moves product, "
     "plain and simple."),
    ("SMA404", True, "expectations", "Management will evaluate each campaign post on attributable "
     "revenue against the staff cost of producing it."),
    ("SMA404", True, "goal", "Every Facebook update converts to at least two paid consultations"),
    ("SMA404", True, "expectations", "Our posts should be self-funding within the year through "
     "merchandise sales."),
    ("SMA404", False, "expectations", "Revenue stays the shop's job; social is judged on how many "
     "people ask about classes."),
    ("SMA404", False, "expectations", "We don't think a post can sell a $4,000 kitchen by itself; "
     "it can start a conversation."),
    ("SMA404", False, "motivation", "Moving product is the website's job, with its checkout and "
     "paid search budget of $500 a month."),
    ("SMA404", False, "expectations", "The staff cost of producing the posts is covered by the "
     "marketing budget, not by sales."),
    ("SMA501", True, "expectations", "The council wants measurable uptake of the recycling scheme "
     "inside of eight weeks."),
    ("SMA501", True, "motivation", "We need customers now, not in a year."),
    ("SMA501", True, "expectations", "Boss says: if TikTok not bringing students in 30 days, we "
     "stop it."),
    ("SMA501", True, "goal", "Have the new yoga studio at 80% capacity within its first month"),
    ("SMA501", True, "expectations", "We're hoping the Easter egg hunt sells out off the back of "
     "two or three posts."),
    ("SMA501", False, "expectations", "We expect the first months to be quiet; enquiries should "
     "build toward the end of the year."),
    ("SMA501", False, "expectations", "The audit firm gets most clients in January, when year-end "
     "accounts are due; we will post before that every year."),
    ("SMA501", False, "goal", "Cut the time to answer a complaint to under 4 hours"),
    ("SMA501", False, "strategy", "In spring we show the garden, in autumn the harvest, and each "
     "week one member's story."),
    ("SMA501", False, "expectations", "Quick wins are unlikely; the trustees accept that "
     "donations will take about a year to move."),
    ("SMA501", False, "target", "Monthly bookings up 10% by month twelve"),
    ("SMA502", True, "expectations", "If the kids love it they'll share it with their whole "
     "school and we are set."),
    ("SMA502", True, "motivation", "All it takes is one reel landing on the right feed and we are "
     "made for the summer."),
    ("SMA502", True, "goal", "Reach a million people with the safety song"),
    ("SMA502", True, "expectations", "The hope is that the video spreads by word of mouth far "
     "beyond our followers."),
    ("SMA502", False, "expectations", "Spread happens sometimes, but our numbers are built on the "
     "followers we already have."),
    ("SMA502", False, "goal", "Reach 5,000 local residents with the consultation posts, using the "
     "council's paid boost"),
    ("SMA502", False, "strategy", "Give the twelve partner clubs a ready-made post to share with "
     "their members each month."),
    ("SMA502", False, "rationale", "Teachers across the region swap lesson ideas on Pinterest, so "
     "we pin ours there."),
    ("SMA404", False, "expectations", "KPI: enquiries per post, not revenue."),
    ("SMA404", False, "expectations", "The van moves product between our two shops, and the posts "
     "show what's new."),
    ("SMA404", True, "expectations", "Success measure: takings per reel, checked every Friday."),
    ("SMA501", True, "expectations", "The owner thinks the gym will fill on the strength of a few "
     "reels."),
    ("SMA501", False, "expectations", "We post two videos a week after the first month of setting "
     "up."),
    ("SMA501", False, "expectations", "Results within a month are unlikely, and nobody is asking "
     "for them."),
    ("SMA502", True, "expectations", "Kids will tell their entire class about the video and it'll "
     "spread from there."),
    ("SMA502", False, "expectations", "Parents forward the newsletter to their whole family by "
     "email."),
    ("SMA502", False, "expectations", "Nobody here believes all it takes is one video."),
    ("SMA502", False, "strategy", "One post a week and we're set for the month's content."),
    ("SMA502", True, "expectations", "A single lucky clip and we're sorted for the year."),
]


# Thirty-first batch: a last blind round in new trades and voices (24 of 30 right first:
# recall 0.67, precision 0.91), then the classes its misses taught, with neighbours
# written after: each unit of money coming back as anything is a return; the posts named a
# source of money in their own right ("a profit centre", "a money-spinner"); a deadline
# event dated by a relative clause ("by the school holidays, which start in five weeks"); a
# span given over to work ("the first six weeks are for finding our voice"), unless what
# it is for is a gain; sending or forwarding on, unasked, is spreading (sending to the
# organization is not). Left open: one big account resharing it ("then it all kicks off").
THIRTY_FIRST_BATCH = [
    ("SMA404", True, "expectations", "My accountant says the Instagram hours should show up on "
     "the P&L as extra sales, post for post."),
    ("SMA404", True, "motivation", "We started posting because every euro we put into content "
     "should come back as bookings."),
    ("SMA404", True, "expectations", "Each blog post must bring in one new paying client, or Dana "
     "goes back to billable work."),
    ("SMA404", True, "goal", "Make social media a profit centre in its own right"),
    ("SMA404", True, "expectations", "The videos cost us £600 to film, so they had better earn it "
     "back in ticket sales."),
    ("SMA404", False, "expectations", "Not every post needs to earn its keep; most are simply "
     "there to answer questions."),
    ("SMA404", False, "goal", "Turn more Instagram followers into members who book the Thursday "
     "class"),
    ("SMA404", False, "expectations", "The shop's profit is the shop's business; the page is "
     "there to bring people through the door."),
    ("SMA404", False, "motivation", "Instagram costs us nothing but time, and we accept that it "
     "will not pay that back in money for a long while."),
    ("SMA404", False, "expectations", "We will track which posts people mention at the till, to "
     "learn, not to put a price on each one."),
    ("SMA501", True, "expectations", "The owners are expecting the diary full by the school "
     "holidays, which start in five weeks."),
    ("SMA501", True, "expectations", "Give it a fortnight; if the phone hasn't rung by then, the "
     "page goes."),
    ("SMA501", True, "goal", "Double the walk-in trade before the summer rush ends"),
    ("SMA501", True, "expectations", "We need to see a clear rise in enquiries by the first board "
     "meeting next month."),
    ("SMA501", True, "motivation", "The bank wants to see new customers from social within weeks, "
     "not months."),
    ("SMA501", False, "expectations", "It took the bakery down the road nine months to see a "
     "change, and we expect the same."),
    ("SMA501", False, "goal", "Have at least 30 families at each Saturday story time by next "
     "autumn"),
    ("SMA501", False, "strategy", "Each week, post one recipe on Tuesday and one "
     "behind-the-scenes video on Friday."),
    ("SMA501", False, "expectations", "The first six weeks are for finding our voice; sales are "
     "not the measure until next year."),
    ("SMA501", False, "rationale", "Locals look up the ferry times every morning before work."),
    ("SMA502", True, "motivation", "We want the kind of video people send to their group chats "
     "without being asked."),
    ("SMA502", True, "strategy", "Make the mascot a meme and let the internet do the rest."),
    ("SMA502", True, "goal", "Get our recycling song into every household in the country"),
    ("SMA502", True, "expectations", "The campaign is built to travel on its own once the first "
     "few hundred people see it."),
    ("SMA502", False, "expectations", "A post spreading on its own would be lovely, though the "
     "plan never depends on it."),
    ("SMA502", False, "strategy", "Give each choir member a short clip to post on their own pages "
     "the week of the concert."),
    ("SMA502", False, "goal", "Be the most recommended plumber in the county on Google reviews"),
    ("SMA502", False, "rationale", "Local news groups on Facebook pass on road closure notices, "
     "so we post ours there first."),
    ("SMA502", False, "expectations", "Our content won't take off, and it doesn't need to: "
     "regulars read every post."),
    ("SMA501", True, "expectations", "The first six weeks are for getting bookings in, nothing "
     "else."),
    ("SMA501", False, "expectations", "The first month goes on setting up the profiles and a "
     "posting rota."),
    ("SMA501", True, "expectations", "We want the hall full by the harvest fair, which opens in "
     "three weeks."),
    ("SMA501", False, "expectations", "We post about the harvest fair, which opens in three "
     "weeks, and judge the page after a year."),
    ("SMA404", True, "expectations", "Every dollar spent on the reels has to come back in "
     "memberships."),
    ("SMA404", False, "expectations", "Every dollar we spend is traced back to where it went, for "
     "the auditors."),
    ("SMA404", True, "motivation", "Instagram should become a money-spinner for the shop."),
    ("SMA404", False, "motivation", "The café is our money-spinner; Instagram just tells people "
     "it exists."),
    ("SMA502", True, "expectations", "We want a reel people forward to everyone they know without "
     "any prompting."),
    ("SMA502", False, "expectations", "Customers send us photos without being asked, and we "
     "repost the best."),
    ("SMA502", False, "strategy", "Send the newsletter to members every month and post it on "
     "Facebook."),
]


# Thirty-second batch: SMA502 fame in the other order, a state of being known and then the
# word of speed ("famous overnight", "put us on the map overnight"); being put on the map
# by a road, or known for a crust, is no spread.
THIRTY_SECOND_BATCH = [
    ("SMA502", True, "motivation", "A funny video of the goats could put us on the map overnight."),
    ("SMA502", True, "expectations", "One clever reel and the brewery is famous overnight."),
    ("SMA502", True, "expectations", "We'd like the bakery to become a household name almost "
     "instantly."),
    ("SMA502", False, "expectations", "Nobody becomes famous overnight; we plan for slow, steady "
     "growth."),
    ("SMA502", False, "motivation", "The new bypass put the farm shop on the map, and we want "
     "passing drivers to know we are here."),
    ("SMA502", False, "expectations", "Our sourdough is proved overnight and known across the "
     "county for its crust."),
]


# Reported speech, as minutes and board papers write it: what was agreed or expected stands
# behind a verb of reporting, with its tenses shifted back. The report is the organization's
# own expectation, not a story; a past time named in it, a denial, or a long horizon still
# leave it healthy.
REPORTED_SPEECH = [
    ("SMA501", True, "expectations", "It was noted that the directors foresee a jump in sales "
     "from the very first week of posting."),
    ("SMA501", True, "expectations", "The meeting resolved that orders should pick up as soon as "
     "the account went live."),
    ("SMA501", True, "expectations", "It was agreed by the trustees that donations would climb as "
     "soon as the appeal page was live."),
    ("SMA501", True, "expectations", "The governors anticipate a rise in enrolments within a "
     "fortnight of the first post."),
    ("SMA501", False, "expectations", "It was agreed that results would be judged after nine "
     "months, not in the first few weeks."),
    ("SMA501", False, "expectations", "It was noted that orders picked up a week after the flyer "
     "went out last spring."),
    ("SMA501", False, "expectations", "The board resolved that the page is reviewed at twelve "
     "months and not sooner."),
]


# SMA502: content spreading by itself in any grammatical slot: a whole population as
# the subject of passing it on in any tense but the past ("the whole suburb is sharing
# it", "that the entire coast passes on", "everybody forwards it"), or as the agent of
# seeing it ("seen by the majority of island households"); an adverb of spreading
# before the verb ("widely circulated"); what no one pays for, however it is named
# ("without paid advertising"); slang for taking off said of the content ("the clip
# should go nuts"). Neighbours: a known group sharing on request or on its own pages,
# an ability ("can share"), a welcome not counted on ("we would be glad if ..., but
# nothing depends on it"), "zero" as the determiner of the spread, "!=" in note form.
# Half of these were set aside and checked only after the fix.
ANY_SLOT_SPREAD = [
    ("expectations", "One clever clip of the latte art and the whole suburb is sharing "
                     "it by Friday."),
    ("expectations", "It is envisaged that the exhibition trailer will be widely "
                     "circulated without paid advertising."),
    ("motivation", "Our plan is a funny reel that the entire coast passes on to their "
                   "friends."),
    ("expectations", "The short film about the ferry will be seen by the majority of "
                     "island households, just from people sharing it."),
    ("expectations", "The new trick-shot video should go nuts online and then the lanes "
                     "will book themselves."),
    ("expectations", "A couple of behind-the-counter videos and the whole county will be "
                     "passing them around."),
    ("motivation", "Somebody always films the pancake race, and everybody forwards it, "
                   "so that is our awareness plan."),
    ("expectations", "The trust anticipates that the appeal video will be extensively "
                     "reshared across the region without further promotion."),
    ("expectations", "We expect the majority of the town's residents to see the clip once "
                     "people start sending it around."),
    ("goal", "Our mascot clip will go bananas on TikTok and the bookings will take care "
             "of themselves."),
]
ANY_SLOT_SPREAD_NEIGHBOURS = [
    ("expectations", "Everyone who follows us can share the fixture list if they like, "
                     "but we plan on paid posts to reach new families."),
    ("expectations", "We ask our members to share the open-day post with two friends; "
                     "that is the whole of the plan."),
    ("expectations", "If the video happens to be widely shared, splendid, but we have "
                     "budgeted for paid reach only."),
    ("expectations", "Shares are not a target: the plan assumes zero organic pickup and "
                     "measures bookings."),
    ("expectations", "The whole team will share the launch post on their own pages, and "
                     "we will pay to boost it."),
    ("expectations", "We would be glad if the clip were widely shared, but nothing in the "
                     "budget depends on it."),
    ("expectations", "Organic spread counts for zero in our forecast; we rely on the paid "
                     "campaign."),
    ("expectations", "Reach != goal. Bookings are the goal."),
    ("motivation", "Last year everybody shared our lantern-walk photos, and the walk sold "
                   "out from the newsletter."),
    ("expectations", "The photos of the children going nuts on the bouncy castle are for "
                     "the parents' album."),
]


@pytest.mark.parametrize(("field", "text"), ANY_SLOT_SPREAD)
def test_viral_spread_in_any_grammatical_slot(field, text):
    check(viral, "SMA502", text, field, fires=True)


@pytest.mark.parametrize(("field", "text"), ANY_SLOT_SPREAD_NEIGHBOURS)
def test_viral_spread_in_any_slot_neighbours(field, text):
    check(viral, "SMA502", text, field, fires=False)


# SMA502: more slots for the same role: the platform's algorithm as the spreader ("picked
# up by the algorithm and pushed to millions"), a mass audience named by its feeds or
# its corners ("all over everyone's feeds", "every corner of the province"), the content
# moving by itself ("will go far beyond our followers by itself"), a chain from one
# group to another, many people as the agent ("be share by many many people"), and word
# spreading online. Neighbours: a habit of sharing other things ("everybody shares
# memes"), an outcome the plan is indifferent to ("whether ... or not"), a regular post
# to followers.
MORE_SLOTS_SPREAD = [
    ("expectations", "We're hoping the recipe reel gets picked up by the algorithm and "
                     "pushed to millions."),
    ("expectations", "One good clip and we'll be all over everyone's feeds."),
    ("expectations", "Word will spread online and the clinic will be packed."),
    ("expectations", "The video will reach every corner of the province through shares."),
    ("expectations", "We are confident the funny videos will be passed from one group "
                     "chat to another."),
    ("expectations", "People will share the video because it is so funny, and then "
                     "everyone will know us."),
    ("expectations", "Video will be share by many many people and everyone know our shop."),
    ("expectations", "The content will go far beyond our followers by itself."),
    ("expectations", "Our hope is that the tutorial gets forwarded around every parents' "
                     "group in the district."),
]
MORE_SLOTS_NEIGHBOURS = [
    ("expectations", "Everybody shares memes these days, but our plan is to post "
                     "timetable changes."),
    ("expectations", "Whether the whole village shares it or not, the plan is built on "
                     "the weekly newsletter."),
    ("expectations", "Every Friday we share a photo of the week's bake with our followers."),
    ("expectations", "We'll ask everyone at the fair to share the photo booth pictures."),
    ("expectations", "We're not expecting the whole town to share it; we expect 30 "
                     "bookings from the paid ads."),
    ("rationale", "The majority of our customers are on Facebook, according to the till "
                  "survey."),
]


@pytest.mark.parametrize(("field", "text"), MORE_SLOTS_SPREAD)
def test_viral_spread_in_more_slots(field, text):
    check(viral, "SMA502", text, field, fires=True)


@pytest.mark.parametrize(("field", "text"), MORE_SLOTS_NEIGHBOURS)
def test_viral_more_slots_neighbours(field, text):
    check(viral, "SMA502", text, field, fires=False)


# SMA502: an adverb of spreading before the verb is the organization's own distribution
# when a recipient or a channel of its own follows ("widely circulated to stakeholders").
OWN_DISTRIBUTION_NEIGHBOURS = [
    ("expectations", "The photos will be widely shared with partner schools through the "
                     "council's newsletter."),
    ("expectations", "The annual report will be widely circulated to stakeholders and "
                     "posted on LinkedIn."),
    ("expectations", "Everyone on our mailing list will get the link and can pass it on "
                     "if they like."),
    ("expectations", "The whole choir will share the concert video with their families."),
    ("expectations", "The leaflets will go off to the printer on Monday, and the Facebook "
                     "post goes up the same day."),
]


@pytest.mark.parametrize(("field", "text"), OWN_DISTRIBUTION_NEIGHBOURS)
def test_viral_own_distribution_is_not_spread_by_itself(field, text):
    check(viral, "SMA502", text, field, fires=False)


# SMA502: the adverb of spreading after an intransitive verb ("circulate organically");
# "share it organically" is the organization posting without paying, not spread.
AFTER_VERB_SPREAD = [
    ("expectations", "We expect the clip to circulate organically."),
    ("expectations", "The board anticipates that the campaign film will achieve widespread "
                     "organic circulation throughout the county."),
    ("expectations", "It is hoped the hashtag challenge will be taken up by schools across "
                     "the country without any paid support."),
]
AFTER_VERB_NEIGHBOURS = [
    ("expectations", "We will share it organically and add a small paid boost."),
    ("expectations", "A reel may be reshared by partners; we do not plan on it and measure "
                     "sign-ups only."),
    ("expectations", "The video will be shared by our 12 partner libraries on their own "
                     "pages."),
]


@pytest.mark.parametrize(("field", "text"), AFTER_VERB_SPREAD)
def test_viral_adverb_of_spreading_after_the_verb(field, text):
    check(viral, "SMA502", text, field, fires=True)


@pytest.mark.parametrize(("field", "text"), AFTER_VERB_NEIGHBOURS)
def test_viral_adverb_after_the_verb_neighbours(field, text):
    check(viral, "SMA502", text, field, fires=False)


def test_overnight_the_end_of_a_season_is_three_months_after_its_start():
    """From March, "by the summer" is three months out; "by the end of the summer" six."""
    head = ("organization:\n  name: Northside\n  sells_online: false\n"
            "timeline:\n  start: 2027-03-01\n  expect_results_within: 12 months\n")
    overnight.assert_valid(head + "expectations: If the weekday takings pick up by the end "
                                  "of the summer, it is working.\n")
    overnight.assert_findings(head + "expectations: The weekday takings must pick up by the "
                                     "summer.\n", [("SMA501", 7, 15)])


# Set aside, welcomed on a condition, turned down after "rather ... than", or a span that
# is only a phase: none of these counts on the outcome.
SET_ASIDE = [
    ("SMA502", False, "expectations",
     "A suggestion that our reels might spread far and wide was noted but set aside."),
    ("SMA502", False, "expectations",
     "If a clip gets passed around by lots of people it is nice, but our target counts only "
     "the lessons booked."),
    ("SMA502", False, "expectations",
     "We'd rather sign up 60 new learners than get half a million views on a funny video."),
    ("SMA501", False, "expectations",
     "The board hoped for fast results, but we agreed to judge it at the year's end; the first "
     "few weeks are just settling in."),
    ("SMA502", True, "expectations",
     "One funny clip and half the county will pass it around, so bookings will follow."),
]


# A relative clause of the content can count on everyone sharing it; a repeat booking in
# the plan's first month is a result expected soon, in the customers' own first weeks not.
RELATIVES_AND_FIRST_SPANS = [
    ("SMA502", True, "goal", "Film a clip about the new hoist which everybody shares further, "
                             "so the pool fills itself"),
    ("SMA501", True, "goal", "Get lapsed members renewing in the first month of the campaign"),
    ("SMA501", False, "goal", "Help new members through their first six weeks so fewer leave"),
]


# Only looking early, a blessing nothing is built on, an idea set aside.
LOOKED_AT_AND_SET_ASIDE = [
    ("SMA501", False, "expectations",
     "In the first weeks we look only at whether parents open the clips; the real result, "
     "re-enrolment, we expect after two or three terms."),
    ("SMA502", False, "expectations",
     "Should a clip be passed from hand to hand we would count it a blessing, yet we build "
     "upon no such hope."),
    ("SMA404", False, "motivation",
     "Any sales that follow would be welcome, but we have set aside the idea that the page "
     "must pay for itself; we post because owners tell us they look for groomers there."),
]


MONTH_ONE_MAYBE_AND_RARE = [
    ("SMA501", True, "expectations", "Results expected by end of month one. Review then."),
    ("SMA501", False, "expectations",
     "A few bookings may come in the first weeks, but the real judgement will be after nine "
     "months."),
    ("SMA501", False, "goal", "500 tickets per show within 6 weeks of the box office opening"),
    ("SMA502", True, "motivation", "Otter footage. Everybody'll pass it on. That's the plan."),
    ("SMA502", False, "expectations",
     "The committee knows a clip going viral is rare, so targets rest on steady growth in "
     "taster sessions."),
]


SEASONS_OF_THE_CUSTOMER_AND_SPREAD = [
    ("SMA501", False, "goal", "60% renewal within 30 days of expiry"),
    ("SMA502", True, "expectations",
     "The lifeboat film will jump from phone to phone along the coast until everyone has "
     "seen it."),
    ("SMA502", True, "expectations",
     "Growth model: shareable before-and-afters, then self-propagating reach."),
    ("SMA501", True, "expectations", "Results expected: week 4. Bookings visible by March."),
]


def test_overnight_answering_quickly_is_how_people_are_served():
    check(overnight, "SMA501", "Reply to every booking question quickly on each channel", "goal",
          False)
    check(overnight, "SMA501", "Fill the new class timetable quickly", "goal", True)


# --------------------------------------------------------------------------
# Each sentence is read on its own

SENTENCE_BY_SENTENCE = [
    # a frame that could start in the item before (its words run on past the line break)
    # must still be found in its own item
    "What we hope for this year:\n- fresh photos every week\n- Instagram to pay the rent "
    "of the studio",
    "Two things:\n1) short reels from the workshop\n2) TikTok to fund the wages of the intern",
]


@pytest.mark.parametrize("text", SENTENCE_BY_SENTENCE)
def test_each_sentence_is_searched_on_its_own(text):
    snippet, (line, column) = plan(text)
    findings = roi.assert_findings(snippet, [("SMA404", line, column)])
    assert "the posts covering a cost" in findings[0].message


def test_a_sentence_kept_from_one_field_is_placed_in_another():
    # the second text repeats the first as its second sentence: what was found in it is
    # kept, and placed at the sentence's own offset in the new field
    first = "Instagram has to cover the hours of the studio manager."
    for text in (first, "We open in May. " + first, "We open in May.\n\n" + first):
        snippet, (line, column) = plan(text)
        findings = roi.assert_findings(snippet, [("SMA404", line, column)])
        assert f'"{first}"' in findings[0].message
        assert "(the posts covering a cost)" in findings[0].message


# --------------------------------------------------------------------------
# The batches of texts above, each named by the classes it checks: every text is placed
# in its field and checked with its code, line and column

BATCHES = {
    "second_batch": SECOND_BATCH,
    "third_batch": THIRD_BATCH,
    "fourth_batch": FOURTH_BATCH,
    "fifth_batch": FIFTH_BATCH,
    "sixth_batch": SIXTH_BATCH,
    "seventh_batch": SEVENTH_BATCH,
    "eighth_batch": EIGHTH_BATCH,
    "tenth_batch": TENTH_BATCH,
    "eleventh_batch": ELEVENTH_BATCH,
    "ninth_batch": NINTH_BATCH,
    "twelfth_batch": TWELFTH_BATCH,
    "thirteenth_batch": THIRTEENTH_BATCH,
    "fourteenth_batch": FOURTEENTH_BATCH,
    "content_spreading_by_itself_counted_on": SPREAD_BATCH,
    "fifteenth_batch": FIFTEENTH_BATCH,
    "sixteenth_batch": SIXTEENTH_BATCH,
    "seventeenth_batch": SEVENTEENTH_BATCH,
    "eighteenth_batch": EIGHTEENTH_BATCH,
    "nineteenth_batch": NINETEENTH_BATCH,
    "twentieth_batch": TWENTIETH_BATCH,
    "twenty_first_batch": TWENTY_FIRST_BATCH,
    "twenty_second_batch": TWENTY_SECOND_BATCH,
    "twenty_third_batch": TWENTY_THIRD_BATCH,
    "twenty_fourth_batch": TWENTY_FOURTH_BATCH,
    "twenty_fifth_batch": TWENTY_FIFTH_BATCH,
    "twenty_sixth_batch": TWENTY_SIXTH_BATCH,
    "twenty_seventh_batch": TWENTY_SEVENTH_BATCH,
    "twenty_eighth_batch": TWENTY_EIGHTH_BATCH,
    "twenty_ninth_batch": TWENTY_NINTH_BATCH,
    "thirtieth_batch": THIRTIETH_BATCH,
    "thirty_first_batch": THIRTY_FIRST_BATCH,
    "thirty_second_batch": THIRTY_SECOND_BATCH,
    "reported_speech": REPORTED_SPEECH,
    "set_aside_welcomed_turned_down_or_a_phase": SET_ASIDE,
    "relative_clauses_and_the_plans_first_spans": RELATIVES_AND_FIRST_SPANS,
    "looked_at_blessed_or_set_aside": LOOKED_AT_AND_SET_ASIDE,
    "month_one_a_maybe_a_recurring_window_and_rarity": MONTH_ONE_MAYBE_AND_RARE,
    "customer_windows_and_spread_in_more_forms": SEASONS_OF_THE_CUSTOMER_AND_SPREAD,
}


@pytest.mark.parametrize(("code", "fires", "field", "text"), batch_cases(BATCHES))
def test_batches(code, fires, field, text):
    check(_TESTERS[code], code, text, field, fires)
