"""Texts in voices and trades no corpus used, for the ten prose judgements.

Each block is one class of mistake the judgements used to make (a role not
recognised, a frame missing, a negation or concession not scoped, a healthy
construction read as the anti-pattern), with anti-patterns and healthy
neighbours written for it: a boatyard, a crematorium, a piano tuner, a
kennels, a climbing wall, a hospice shop, a driving school. The second half
probes each judgement with hedged, negated, contrasted, conditional and
questioning texts, lists and fragments, US and UK spelling. A text fires
exactly once, at the start of its field, or not at all.
"""

from __future__ import annotations

import json
import re

import pytest

from smaudit.testing import RuleTester

#: Where each field's quoted value starts in the snippet ``place`` builds.
_AT = {"goal": (3, 16), "research": (2, 13), "strategy": (1, 11), "motivation": (1, 13),
       "rationale": (3, 16), "expectations": (7, 15)}
_TESTERS: dict[str, RuleTester] = {}


def place(field: str, text: str) -> str:
    """A small plan with ``text`` in ``field``. The expectation rules read a plan
    that starts on 2027-01-01, cannot sell online and runs no paid advertising."""
    value = json.dumps(text)
    if field == "goal":
        return f"business_goals:\n  - id: g\n    statement: {value}\n"
    if field == "research":
        return f"audience:\n  research: {value}\n"
    if field == "strategy":
        return f"strategy: {value}\nchannels:\n  - platform: instagram\n"
    if field == "motivation":
        return f"motivation: {value}\n"
    if field == "rationale":
        return f"channels:\n  - platform: instagram\n    rationale: {value}\n"
    return ("organization:\n  name: Northside\n  sells_online: false\n"
            "timeline:\n  start: 2027-01-01\n  expect_results_within: 12 months\n"
            f"expectations: {value}\n")


def judge(code: str, field: str, text: str, fires: bool) -> None:
    tester = _TESTERS.setdefault(code, RuleTester(code))
    snippet = place(field, text)
    if fires:
        (finding,) = tester.assert_findings(snippet, [(code, *_AT[field])])
        # the finding quotes a whole sentence of the text, on one line
        assert any(f'"{s}' in finding.message
                   for s in re.split(r"(?<=[.!?])\s+", " ".join(text.split()))), finding.message
    else:
        tester.assert_valid(snippet)


# --------------------------------------------------------------------------
# Classes the third independent set exposed (each with neighbours of its own)

SET_C_CLASSES = [
    ('SMA103', 'goal', 'Lift turnover on wetsuits and hire boards', True),
    ('SMA103', 'goal', 'Grow revenue from gift cards and book tokens this winter', True),
    ('SMA103', 'goal', 'Push up takings on harnesses and climbing shoes', True),
    ('SMA103', 'goal', 'Boost income from frames and contact lens solutions', True),
    ('SMA103', 'goal', 'Increase sales by getting walkers to come in and book a fitting', False),
    ('SMA103', 'goal',
     'More revenue, mainly by getting lapsed riders to call and book a service', False),
    ('SMA103', 'goal',
     'Grow sales by getting dog owners to visit and order the raw food range', False),
    ('SMA103', 'goal', 'Raise turnover so the yard stays afloat through the winter', True),
    ('SMA103', 'goal', 'Higher margins so the practice pays its way', True),
    ('SMA103', 'goal', 'More profit, so that the crematorium survives the price war', True),
    ('SMA103', 'goal', 'Make more money so the co-op returns to profit', True),
    ('SMA103', 'goal', 'Increase takings because each walker who visits buys a coffee', False),
    ('SMA103', 'goal', 'Grow revenue: every household that joins pays a monthly fee', False),
    ('SMA103', 'goal', 'Lift income as each school books a coach trip with us', False),
    ('SMA103', 'goal', 'Get turnover up before the loan comes up for review', True),
    ('SMA103', 'goal', 'Bigger profits until the new owners take over in spring', True),
    ('SMA103', 'goal',
     'Increase revenue by the time the franchise agreement comes up for renewal', True),
    ('SMA103', 'goal', 'Get 40 lapsed members to renew before the season starts', False),
    ('SMA103', 'goal', 'Grow revenue by winning bookings before the ski season opens', False),
    ('SMA501', 'expectations', 'We want twenty more MOT tests booked within three weeks.', True),
    ('SMA501', 'expectations',
     'By the end of the first month there should be 15 extra trial lessons sold.', True),
    ('SMA501', 'expectations', 'Two weeks in, we want more hearing tests booked.', True),
    ('SMA501', 'expectations',
     'For the first six weeks we test which posts get comments; bookings come later in'
     ' the year.', False),
    ('SMA501', 'expectations',
     "We'll review the numbers after a month and adjust, but we expect more tests "
     'booked only after the first year.', False),
    ('SMA202', 'rationale',
     'Whatever the other kennels are up to, our owners told us in the checkout survey '
     'they use Facebook groups.', False),
    ('SMA202', 'rationale',
     'Regardless of what the chain gyms post, our members asked for class times on '
     'Instagram.', False),
    ('SMA202', 'motivation',
     'No matter how many breweries are on TikTok, our drinkers are on Facebook, and '
     "that's what we follow.", False),
    ('SMA202', 'rationale',
     'Whatever the marina down the coast does on Instagram, it brings them boat '
     'owners, so we should do the same.', True),
    ('SMA202', 'rationale',
     'Whatever the co-op on the high street is doing there, we want some of it too.', True),
    ('SMA202', 'rationale', 'Whatever the other salons do on TikTok works wonders for them.', True),
    ('SMA203', 'rationale',
     "The prestige thing doesn't come into it: the clients who pay for tuning are on "
     'Facebook.', False),
    ('SMA203', 'motivation',
     'Looking trendy plays no part in this; parents asked us for a weekly update on '
     'the group.', False),
    ('SMA203', 'rationale',
     'The wow factor has nothing to do with it, our bookings come through WhatsApp.', False),
    ('SMA203', 'rationale',
     'Vanity was never a factor; the surveys show our riders use Strava.', False),
    ('SMA203', 'rationale', 'We want the wow factor, nothing else.', True),
    ('SMA203', 'motivation',
     'Honestly it is vanity, a page makes us look bigger than we are.', True),
    ('SMA203', 'motivation',
     "We want parents in their 30s to see the hospice shop as somewhere modern; we'll "
     'track it by how many of them sign up to volunteer.', False),
    ('SMA203', 'motivation',
     'We want under-25s to see the choir as a fun thing to join, measured by how many '
     'audition in September.', False),
    ('SMA203', 'motivation', 'We want people to see the choir as young and fun.', True),
    ('SMA203', 'motivation', 'We want the under-25s to see us as cool.', True),
]


@pytest.mark.parametrize(("code", "field", "text", "fires"), SET_C_CLASSES)
def test_set_c_classes(code, field, text, fires):
    judge(code, field, text, fires)

# --------------------------------------------------------------------------
# SMA102 and SMA103, the goal's object (a kennels, a ski school, a boatyard)

GOAL_OBJECTS = [
    ('SMA102', 'goal', "Get the kennels' Facebook page to 4,000 likes by Christmas", True),
    ('SMA102', 'goal', 'We aim for our TikTok to hit 1M views, maybe more', True),
    ('SMA102', 'goal', 'Become the most followed driving school on Instagram in the county', True),
    ('SMA102', 'goal', "Grow the ski school's YouTube subscribers from 300 to 3,000", True),
    ('SMA102', 'goal',
     'More engagement on LinkedIn, i.e. comments and reposts on every article', True),
    ('SMA102', 'goal', 'Objective: 10% follower growth per month across all socials', True),
    ('SMA102', 'goal', 'Our pinterest boards should get way more saves and repins', True),
    ('SMA102', 'goal', 'Be more active on social media and get noticed', True),
    ('SMA102', 'goal', "Have the tattoo studio's reels shared by bigger accounts", True),
    ('SMA102', 'goal',
     'Use Instagram to get 30 new pupils booked for driving lessons by June', False),
    ('SMA102', 'goal',
     'Followers are not the point: we want 12 boat owners to book a winter lay-up', False),
    ('SMA102', 'goal',
     'Fill the Saturday ski lessons; likes on the videos would be a nice extra', False),
    ('SMA102', 'goal', 'Recruit 8 volunteer drivers through the Facebook group', False),
    ('SMA102', 'goal', 'Get 50 families to sign up for the spring half-term camp', False),
    ('SMA102', 'goal',
     'Answer every question owners send us on Messenger within a working day', False),
    ('SMA102', 'goal', 'Win 5 new contracts with marinas along the south coast', False),
    ('SMA102', 'goal', 'Rather than chasing views, book 20 more mobile vet visits a month', False),
    ('SMA102', 'goal', 'Get 200 people to the open day at the climbing wall', False),
    ('SMA103', 'goal', "Boost the funeral home's annual revenue by 15%", True),
    ('SMA103', 'goal', 'Make the boatyard profitable again', True),
    ('SMA103', 'goal', '$40k more in gross sales this fiscal year', True),
    ('SMA103', 'goal', 'Increase our turnover', True),
    ('SMA103', 'goal', 'Double the margin on the tuning business.', True),
    ('SMA103', 'goal', 'Bring in more cash for the hospice', True),
    ('SMA103', 'goal', "Higher earnings for the practice, that's the goal.", True),
    ('SMA103', 'goal', 'Grow profits at the farm shop before the new barn is finished', True),
    ('SMA103', 'goal', 'Make more money from the tattoo studio', True),
    ('SMA103', 'goal',
     'Grow revenue by getting 60 lapsed members to rejoin the climbing wall', False),
    ('SMA103', 'goal', 'Sell 40 winter storage slots to boat owners in the bay', False),
    ('SMA103', 'goal', 'More repeat orders from cafes that already stock our cheese', False),
    ('SMA103', 'goal',
     'Not revenue for its own sake: 25 new families registering with the vet', False),
    ('SMA103', 'goal', 'Get 100 donors to give monthly, roughly 3,000 pounds a month', False),
    ('SMA103', 'goal', 'Increase enquiries for pre-paid funeral plans from people over 60', False),
    ('SMA103', 'goal', 'Fill the empty Tuesday slots with first-time clients', False),
    ('SMA103', 'goal', 'Lift takings by getting walkers to stop for lunch after the trail', False),
    ('SMA103', 'goal', 'Help tenants save money on their heating bills', False),
]


@pytest.mark.parametrize(("code", "field", "text", "fires"), GOAL_OBJECTS)
def test_goal_objects(code, field, text, fires):
    judge(code, field, text, fires)

# --------------------------------------------------------------------------
# SMA205 and SMA106, research and strategies that say nothing

HOLLOW_TEXT = [
    ('SMA205', 'research', 'Our clients are basically anyone who owns a boat.', True),
    ('SMA205', 'research',
     'Everybody needs a vet at some point, so our audience is the whole town.', True),
    ('SMA205', 'research', 'We know our families really well after all these years.', True),
    ('SMA205', 'research', 'People who appreciate good craftsmanship.', True),
    ('SMA205', 'research', 'Tattoo lovers, young and old, anyone with taste.', True),
    ('SMA205', 'research', 'Our customers are probably 30 to 60ish, mostly locals I think.', True),
    ('SMA205', 'research', 'Anyone who loves the mountains and wants to learn skiing.', True),
    ('SMA205', 'research',
     'We could run a survey at some point to find out who our customers are.', True),
    ('SMA205', 'research', 'Who are our customers? Good question, everyone really.', True),
    ('SMA205', 'research',
     'The booking system shows 64% of lessons are booked by parents for teenagers aged'
     ' 16-17.', False),
    ('SMA205', 'research',
     'We asked 120 clients at the counter in March; most found us through the Facebook'
     ' group for dog owners.', False),
    ('SMA205', 'research',
     'Boat owners in the bay keep their boats here for 6 years on average, according '
     'to our berth records.', False),
    ('SMA205', 'research',
     'Interviews with eight funeral directors told us they choose suppliers by word of'
     ' mouth.', False),
    ('SMA205', 'research',
     'Members who climb after work check Instagram for route-setting news, per our '
     '2026 member poll.', False),
    ('SMA205', 'research',
     'Till data: two in three farm-shop customers come on Saturdays from within 10 km.', False),
    ('SMA205', 'research',
     'Parents of pupils at the three primary schools use the WhatsApp class groups, '
     'not Facebook.', False),
    ('SMA205', 'research',
     'Google Analytics says most visitors to the site arrive from Pinterest on their '
     'phones.', False),
    ('SMA106', 'strategy', 'Post regularly, stay consistent and engage with the community.', True),
    ('SMA106', 'strategy', 'Be on every platform and build brand awareness.', True),
    ('SMA106', 'strategy', 'Create great content and let it do the work.', True),
    ('SMA106', 'strategy', 'Share nice photos, use hashtags, reply to comments.', True),
    ('SMA106', 'strategy', 'Grow our presence and tell our story online.', True),
    ('SMA106', 'strategy', 'Post a lot, everywhere, and see what happens.', True),
    ('SMA106', 'strategy', 'Be authentic, be visible, be social.', True),
    ('SMA106', 'strategy',
     'Strategy: content calendar, three posts a week, trending audio on reels.', True),
    ('SMA106', 'strategy',
     'Show boat owners in the bay what winter storage includes and ask them to book a '
     'lay-up slot.', False),
    ('SMA106', 'strategy',
     'Reach dog owners in the new estates with puppy-care tips and invite them to a '
     'free first check-up.', False),
    ('SMA106', 'strategy',
     'Facebook for the family notices, Instagram for climbers who want the new routes;'
     ' both point to the booking page.', False),
    ('SMA106', 'strategy',
     'Ask past pupils to recommend us to younger siblings in exchange for a free '
     'lesson.', False),
    ('SMA106', 'strategy',
     'Run test posts for two months, then put our effort into whichever platform '
     'brings enquiries.', False),
    ('SMA106', 'strategy',
     'Help grieving families find practical answers, and offer a free call with a '
     'funeral arranger.', False),
    ('SMA106', 'strategy',
     'Target office managers within 5 km with lunch menus and a tasting offer.', False),
    ('SMA106', 'strategy',
     'Keep lapsed members in the loop with route news so they rejoin before spring.', False),
]


@pytest.mark.parametrize(("code", "field", "text", "fires"), HOLLOW_TEXT)
def test_hollow_text(code, field, text, fires):
    judge(code, field, text, fires)

# --------------------------------------------------------------------------
# SMA201-SMA203, why the organization is on a platform

REASONS = [
    ('SMA201', 'motivation',
     "The marina owners' association requires every member yard to keep a Facebook "
     'page.', True),
    ('SMA201', 'motivation',
     'Our vicar thinks the parish hall ought to be on Instagram, so here we are.', True),
    ('SMA201', 'motivation',
     'Group HQ has mandated a TikTok account for every practice in the network.', True),
    ('SMA201', 'rationale',
     "The sponsor's contract says we post their logo on Instagram monthly.", True),
    ('SMA201', 'motivation', "Told to by the area manager. That's it really.", True),
    ('SMA201', 'motivation', 'The board of governors would like the ski school on LinkedIn.', True),
    ('SMA201', 'motivation', 'Why social media? The lottery grant conditions demand it.', True),
    ('SMA201', 'motivation',
     'Our managing partner insisted we get on every platform before the rebrand.', True),
    ('SMA201', 'motivation',
     "The owners' association suggested Facebook, and our boat owners confirmed in the"
     " berth survey that it's where they look.", False),
    ('SMA201', 'motivation',
     "We are not doing this because the area manager told us to; our pupils' parents "
     'keep asking for lesson updates.', False),
    ('SMA201', 'motivation',
     'Head office offered a template, but we chose Instagram because our climbers '
     'share routes there.', False),
    ('SMA201', 'rationale',
     'The grant asks for a social link, fine, but the real reason is that families '
     'find us through the Facebook group.', False),
    ('SMA201', 'motivation',
     "Our vet nurses want to answer owners' questions where owners already ask them: "
     'the village Facebook group.', False),
    ('SMA201', 'motivation',
     "Customers keep messaging us on WhatsApp to ask if the bread is ready, so we'll "
     'post the bake times there.', False),
    ('SMA201', 'motivation',
     "Does the board want it? Maybe, but it's the ramblers who stop for lunch who "
     'asked for a page.', False),
    ('SMA202', 'rationale',
     'The bike shop over in Millbridge gets loads of sales from TikTok, so we want in.', True),
    ('SMA202', 'motivation',
     "Every other tattoo studio in town is on Instagram; we'd be mad not to be.", True),
    ('SMA202', 'rationale', 'Our competitor Harbourside Marine has 5k followers there.', True),
    ('SMA202', 'motivation', 'All the funeral homes around here have Facebook pages now.', True),
    ('SMA202', 'rationale', 'Because the rival climbing centre does really well on it.', True),
    ('SMA202', 'motivation', "Other farm shops swear by Instagram, so we're giving it a go.", True),
    ('SMA202', 'rationale',
     'The kennels near the bypass fills up every summer thanks to its reels.', True),
    ('SMA202', 'motivation',
     "Everyone's on TikTok these days, so the driving school should be too.", True),
    ('SMA202', 'rationale',
     'We looked at what the bike shop in Millbridge posts to find a gap: nobody '
     'explains repairs, so we will.', False),
    ('SMA202', 'motivation',
     "Other tattoo studios are on Instagram, but that isn't why we joined: our clients"
     ' book there.', False),
    ('SMA202', 'rationale',
     'Not because competitors are there; our own enquiry forms show 40% come from '
     'Instagram.', False),
    ('SMA202', 'rationale',
     'Our riders told us in the feedback forms that they plan trips on Facebook.', False),
    ('SMA202', 'motivation',
     "Rather than copy the other kennels, we'll post where our dog owners actually "
     'are, which the booking records show is Facebook.', False),
    ('SMA202', 'rationale',
     "Our competitor is on TikTok; we checked and our customers aren't, so we're "
     'skipping it.', False),
    ('SMA202', 'motivation',
     "We learned from the rival centre's mistakes: they posted too much and answered "
     'too little.', False),
    ('SMA203', 'rationale', 'Having TikTok makes the funeral home seem less old-fashioned.', True),
    ('SMA203', 'motivation',
     'We want the yard to look modern and high-end to anyone who finds us.', True),
    ('SMA203', 'rationale', 'A slick Instagram would give the practice a premium feel.', True),
    ('SMA203', 'motivation', 'So people stop thinking of the hospice shop as dusty and sad.', True),
    ('SMA203', 'rationale', 'LinkedIn makes a small firm like ours look established.', True),
    ('SMA203', 'motivation',
     "Mostly it's about looking like a serious, professional outfit.", True),
    ('SMA203', 'rationale',
     'The kids say TikTok is where the cool brands are, and we want to be one of them.', True),
    ('SMA203', 'motivation', "It would be nice to be able to say we're on Threads.", True),
    ('SMA203', 'rationale',
     'Looking modern is not the reason; younger owners book grooming through Instagram'
     ' messages.', False),
    ('SMA203', 'motivation',
     "A professional look would be a bonus, but we're here because clients ask "
     'questions on Facebook.', False),
    ('SMA203', 'rationale',
     'Our photos of finished tattoos look great, and clients choose their artist from '
     'them.', False),
    ('SMA203', 'motivation',
     "We don't care if we look trendy; parents want term dates in the group.", False),
    ('SMA203', 'rationale',
     'Instagram lets us show the boats we restore, which is how buyers pick a yard.', False),
    ('SMA203', 'motivation',
     'Brand goal: get first-time buyers aged 25 to 35 to see us as approachable, '
     'measured by enquiries from that age group.', False),
    ('SMA203', 'rationale',
     'Our members are mostly under 30 and use Instagram daily, according to the sign-'
     'up form.', False),
    ('SMA203', 'motivation',
     "Whether it looks cool or not doesn't matter; the reviews are on Google and "
     'Facebook.', False),
]


@pytest.mark.parametrize(("code", "field", "text", "fires"), REASONS)
def test_reasons(code, field, text, fires):
    judge(code, field, text, fires)

# --------------------------------------------------------------------------
# SMA404, SMA501 and SMA502, what the plan hopes for

EXPECTATIONS = [
    ('SMA404', 'expectations',
     'Every reel of a restored boat should land us a paying customer.', True),
    ('SMA404', 'expectations',
     "The Facebook page has to earn back the receptionist's hours spent on it.", True),
    ('SMA404', 'expectations',
     'We expect each post about the tuning service to bring in at least one booking '
     'worth 90 pounds.', True),
    ('SMA404', 'motivation',
     'Social media should pay for itself within the year, or we drop it.', True),
    ('SMA404', 'expectations',
     'Posting is free advertising, so sales should follow straight from it.', True),
    ('SMA404', 'expectations',
     'For every hour Dana spends on Instagram we want 50 dollars back in lessons sold.', True),
    ('SMA404', 'expectations', 'Each TikTok must make money for the kennels.', True),
    ('SMA404', 'goal', 'Organic posts cover the cost of the photographer by autumn', True),
    ('SMA404', 'expectations',
     'Nobody expects a post to sell a funeral plan; the page is there so families '
     'trust us when they need us.', False),
    ('SMA404', 'expectations',
     "Posts won't pay for themselves, and that's fine: they bring people to the open "
     'day, where we sign them up.', False),
    ('SMA404', 'expectations',
     "We'll judge the page on enquiries and open-day visits, not on money from each "
     'post.', False),
    ('SMA404', 'expectations',
     "Would the reels ever cover their own cost? Probably not, and we don't need them "
     'to.', False),
    ('SMA404', 'expectations',
     'Some sales may come indirectly over time, through word of mouth.', False),
    ('SMA404', 'expectations',
     'We expect 20 enquiries a month from the page and convert about a third at the '
     'counter.', False),
    ('SMA404', 'motivation',
     "Money from the page is not the point; answering owners' questions is.", False),
    ('SMA404', 'expectations',
     'If a post happens to sell a lesson, lovely, but it is a bonus.', False),
    ('SMA501', 'expectations', 'By the end of January the diary should be full.', True),
    ('SMA501', 'expectations',
     'Within ten days of the first post we want the phones ringing.', True),
    ('SMA501', 'expectations', "Results straight away, the partners won't wait.", True),
    ('SMA501', 'expectations', 'We need 30 new members by the second week of February.', True),
    ('SMA501', 'goal', 'Fill all winter storage berths within 6 weeks', True),
    ('SMA501', 'expectations', 'After a handful of posts we should be fully booked.', True),
    ('SMA501', 'expectations', "In a month's time the new class ought to be sold out.", True),
    ('SMA501', 'expectations',
     "We give it three weeks; if bookings haven't doubled by then, we stop.", True),
    ('SMA501', 'expectations',
     "We don't expect bookings in the first weeks; we'll judge the page after nine "
     'months.', False),
    ('SMA501', 'expectations',
     "We'll reply to messages within a day and review what works each month.", False),
    ('SMA501', 'expectations',
     'Early signs such as saves and comments in the first month tell us what to keep.', False),
    ('SMA501', 'expectations',
     'Results within a year, with the first new enquiries maybe after six months.', False),
    ('SMA501', 'expectations',
     'We post three times a week and look at the numbers every fortnight.', False),
    ('SMA501', 'expectations',
     'Clients usually book again within 8 weeks of their first visit.', False),
    ('SMA501', 'expectations',
     'It would be naive to expect anything in a month; we plan for eighteen.', False),
    ('SMA501', 'expectations',
     'Setting up the page will take two weeks; bookings should grow over the year.', False),
    ('SMA502', 'expectations', 'Our funeral-playlist video is going to go viral, no doubt.', True),
    ('SMA502', 'expectations',
     'Once the puppy reels take off, the whole county will know the kennels.', True),
    ('SMA502', 'expectations',
     "We're counting on the boat-launch clip being shared by thousands.", True),
    ('SMA502', 'expectations', "One big hit on TikTok and we're made.", True),
    ('SMA502', 'expectations',
     'Everyone who sees the tuning video will send it to a friend, and so on.', True),
    ('SMA502', 'strategy',
     'Make a challenge so catchy it spreads across the country by itself.', True),
    ('SMA502', 'expectations', 'The plan relies on our posts snowballing without paid ads.', True),
    ('SMA502', 'goal', 'Get the climbing-wall fail video trending nationwide', True),
    ('SMA502', 'expectations',
     "If a video goes viral, great, but the plan doesn't depend on it.", False),
    ('SMA502', 'expectations',
     "We don't count on anything spreading; steady posting to local owners is the "
     'plan.', False),
    ('SMA502', 'expectations',
     'Virality would be a bonus; the targets assume ordinary reach.', False),
    ('SMA502', 'expectations',
     'Our 12 partner vets will share the poster in their waiting rooms.', False),
    ('SMA502', 'expectations',
     "Last year a clip of the pantomime horse did the rounds, but we aren't expecting "
     'a repeat.', False),
    ('SMA502', 'expectations',
     'Kennel cough is viral, so the posts explain vaccination dates.', False),
    ('SMA502', 'expectations',
     "Rather than hoping for a viral hit, we'll post twice a week for parents at the "
     'three schools.', False),
    ('SMA502', 'expectations', "Will anything go viral? Unlikely, and that's fine.", False),
]


@pytest.mark.parametrize(("code", "field", "text", "fires"), EXPECTATIONS)
def test_expectations(code, field, text, fires):
    judge(code, field, text, fires)
