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

import re

import pytest

from smaudit.testing import RuleTester
from tests.rules import batch_cases, frames_alone, placed

_TESTERS: dict[str, RuleTester] = {}


def judge(code: str, field: str, text: str, fires: bool) -> None:
    tester = _TESTERS.setdefault(code, frames_alone(code))
    snippet, (line, column) = placed(code, field, text)
    if fires:
        (finding,) = tester.assert_findings(snippet, [(code, line, column)])
        # the finding quotes a whole sentence of the text, on one line
        assert any(f'"{s.strip()}' in finding.message
                   for s in re.split(r"(?<=[.!?])\s+|\n", text) if s.strip()), finding.message
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


# --------------------------------------------------------------------------
# Second batch on the goal's object - lists, fragments, US spelling, SaaS and charity voices

GOAL_OBJECTS_2 = [
    ('SMA102', 'goal', '- 2k IG followers\n- 500 on FB', True),
    ('SMA102', 'goal', 'Is our goal followers? Yes, mostly followers, 5000 of them.', True),
    ('SMA102', 'goal', 'We are wanting more peoples to follow our page and give the likes', True),
    ('SMA102', 'goal', 'Traffic to the Instagram profile up 40% year over year', True),
    ('SMA102', 'goal', 'Our vlog gets 10,000 views an episode by fall', True),
    ('SMA102', 'goal', 'Reach: 50k accounts per month on Meta platforms', True),
    ('SMA102', 'goal', 'Become a recognized voice on LinkedIn among fintech founders', True),
    ('SMA102', 'goal', 'Build our TikTok community to 20k members', True),
    ('SMA102', 'goal',
     'Grow the newsletter to 2,000 subscribers who buy from the spring catalog', False),
    ('SMA102', 'goal', 'Increase demo requests from LinkedIn by 25% among hospital buyers', False),
    ('SMA102', 'goal',
     "We don't care about likes. We want 30 catering orders a month from offices", False),
    ('SMA102', 'goal',
     'If the page grows, fine, but the goal is 60 new patients registered', False),
    ('SMA102', 'goal', 'Sell out the autumn pottery workshops (8 places each)', False),
    ('SMA102', 'goal', 'Recruit two apprentice electricians for September', False),
    ('SMA102', 'goal',
     'Cut phone calls about opening hours in half by posting them on Facebook', False),
    ('SMA102', 'goal', 'Get more walk-ins on weekday afternoons', False),
    ('SMA103', 'goal', 'Revenue, revenue, revenue.', True),
    ('SMA103', 'goal', 'Get the store back in the black by Q4', True),
    ('SMA103', 'goal', 'We want to be making a profit of 2,000 euros a month from the shop', True),
    ('SMA103', 'goal', 'Improve the bottom line for the dental group', True),
    ('SMA103', 'goal', 'Sales up', True),
    ('SMA103', 'goal', 'Grow ARR to $1.2M', True),
    ('SMA103', 'goal', 'Increase gross margin on the catering side to 35%', True),
    ('SMA103', 'goal', 'Hit our $250k fundraising total for the new roof', True),
    ('SMA103', 'goal', 'Grow ARR to $1.2M by converting 40 trial accounts to paid plans', False),
    ('SMA103', 'goal', 'Raise $250k for the roof from 400 new monthly donors', False),
    ('SMA103', 'goal', 'Sell 120 season passes to families in the valley', False),
    ('SMA103', 'goal', 'More revenue per visit by getting diners to add dessert', False),
    ('SMA103', 'goal', 'Increase the average order value from $18 to $24 with bundles', False),
    ('SMA103', 'goal', 'Get 25 corporate clients to sign annual contracts', False),
    ('SMA103', 'goal', 'Boost sign-ups for the paid apprenticeship course', False),
    ('SMA103', 'goal', "Win back customers who haven't ordered since spring", False),
]


# --------------------------------------------------------------------------
# Second batch on hollow text - labels, jargon, sample sizes, roles per platform

HOLLOW_TEXT_2 = [
    ('SMA205', 'research', 'Target audience: everyone 18-65.', True),
    ('SMA205', 'research', "We've been doing this 25 years, we know who buys from us.", True),
    ('SMA205', 'research',
     'Our audience are people who like quality and value, from all walks of life.', True),
    ('SMA205', 'research', 'Mostly younger people, I would say, and some older ones too.', True),
    ('SMA205', 'research', 'Customers: men, women, families. Basically the general public.', True),
    ('SMA205', 'research', "To be honest we haven't really looked into it yet.", True),
    ('SMA205', 'research', 'Anyone who needs a plumber, which is everybody eventually.', True),
    ('SMA205', 'research', 'People on social media who might like our products.', True),
    ('SMA205', 'research',
     'A 2026 poll of 85 members: 70% train before work and find class times on '
     'Instagram.', False),
    ('SMA205', 'research',
     'Our CRM shows most repeat clients are property managers with 10+ units.', False),
    ('SMA205', 'research',
     'We counted visitors for two weeks in May: mostly retirees on weekday mornings.', False),
    ('SMA205', 'research',
     'Per the booking data, 3 in 5 lessons are bought as gifts by grandparents.', False),
    ('SMA205', 'research', 'Survey (n=212) done at the farmers market in June.', False),
    ('SMA205', 'research',
     'Office managers within 2 miles order lunch for meetings on Tuesdays and '
     'Thursdays.', False),
    ('SMA205', 'research',
     'Talked to 15 customers at the counter; most of them follow local food pages on '
     'Facebook.', False),
    ('SMA205', 'research',
     'Students from the college come in after 3pm and mostly use TikTok, judging by '
     'the feedback cards.', False),
    ('SMA106', 'strategy',
     'Increase visibility through consistent, high-quality content across all '
     'channels.', True),
    ('SMA106', 'strategy', 'Social first. Always on. Be where the conversation is.', True),
    ('SMA106', 'strategy',
     'We will post daily and respond to all comments to build engagement.', True),
    ('SMA106', 'strategy', 'Leverage Instagram and Facebook to maximize brand exposure.', True),
    ('SMA106', 'strategy', 'Make content, post it, repeat.', True),
    ('SMA106', 'strategy', 'Warmth, honesty and a recognisable brand look.', True),
    ('SMA106', 'strategy', 'Be more present online than last year and keep the feed fresh.', True),
    ('SMA106', 'strategy', 'Use trends and hashtags to grow reach and awareness.', True),
    ('SMA106', 'strategy',
     'Reach property managers on LinkedIn with case studies and ask them to request a '
     'maintenance quote.', False),
    ('SMA106', 'strategy',
     "Post the day's specials at 11am so nearby office workers order lunch by phone.", False),
    ('SMA106', 'strategy',
     'Grandparents buying gifts: Facebook posts with gift vouchers and a link to '
     'order.', False),
    ('SMA106', 'strategy',
     'Invite newsletter readers to the open evening and offer a 10% first-lesson '
     'discount.', False),
    ('SMA106', 'strategy',
     'Nurses on night shifts see our late menu on Instagram Stories and pre-order '
     'through the app.', False),
    ('SMA106', 'strategy',
     'Show retirees the weekday morning classes and encourage them to bring a friend.', False),
    ('SMA106', 'strategy',
     "TikTok for students (what's on after 3pm), Facebook for parents (term dates and "
     'bookings).', False),
    ('SMA106', 'strategy', 'Ask every happy client to leave a Google review after the job.', False),
]


# --------------------------------------------------------------------------
# Second batch on reasons - note form, rhetorical and yes/no questions, helpers, shrugs

REASONS_2 = [
    ('SMA201', 'motivation',
     'Requirement from the franchise: active Instagram, 3 posts/week.', True),
    ('SMA201', 'motivation',
     'Our accountant-turned-CEO has decided we need LinkedIn, end of discussion.', True),
    ('SMA201', 'motivation', 'The diocese has asked all parishes to run a Facebook page.', True),
    ('SMA201', 'rationale', 'Mandatory under the new supplier agreement with the brewery.', True),
    ('SMA201', 'motivation', "Because my boss said. I don't know why else.", True),
    ('SMA201', 'motivation',
     'The school board wants every department to have a page, so the music department '
     'is getting one.', True),
    ('SMA201', 'motivation',
     'We have to, the Chamber of Commerce membership includes a social media listing.', True),
    ('SMA201', 'rationale', 'Our investors keep pushing for a TikTok presence.', True),
    ('SMA201', 'motivation',
     'The franchise asks for Instagram, and our guests really do book through it.', False),
    ('SMA201', 'motivation',
     'My boss said we should try it, and when I asked the regulars, nine out of ten '
     'use Facebook.', False),
    ('SMA201', 'motivation',
     'Not because the council requires it; residents kept asking where to find bin-day'
     ' changes.', False),
    ('SMA201', 'rationale',
     "The owner's idea, yes, but our patients message us there about appointments "
     'every day.', False),
    ('SMA201', 'motivation',
     "If the board ever demands TikTok we'll push back; for now Facebook serves our "
     'donors.', False),
    ('SMA201', 'motivation',
     'We are on Facebook because the retirees who use our minibus service plan their '
     'week there.', False),
    ('SMA201', 'rationale',
     "The funder's report asks how many people we reached, so we count them; we chose "
     'Instagram for the teenagers we mentor.', False),
    ('SMA201', 'motivation',
     'Nobody told us to do this. Clients asked for a place to see the portfolio.', False),
    ('SMA202', 'motivation',
     'The cidery up the lane sold out its whole batch through Instagram last year.', True),
    ('SMA202', 'rationale', 'Seems like every dentist in Leeds is on TikTok now.', True),
    ('SMA202', 'motivation',
     'Look at Café Lumen, they have a line out the door since their reels.', True),
    ('SMA202', 'rationale', "All our competitors are there and we can't fall behind.", True),
    ('SMA202', 'motivation', 'The other studios in the arcade post daily, so we should too.', True),
    ('SMA202', 'rationale',
     "It's where the other co-working spaces are finding their members.", True),
    ('SMA202', 'motivation',
     'Our biggest rival doubled its bookings after joining Pinterest.', True),
    ('SMA202', 'rationale', "Other breweries are on Untappd; that's why.", True),
    ('SMA202', 'motivation',
     'The cidery up the lane is on Instagram, which is how we learned that tasting '
     'videos work for cider; our own visitors told us they found us there too.', False),
    ('SMA202', 'rationale',
     'Competitors ignore LinkedIn entirely, which leaves the space to us, and our '
     'buyers are there.', False),
    ('SMA202', 'motivation',
     "We don't care what other dentists do; patients aged 20-35 told us they look for "
     'dentists on Instagram.', False),
    ('SMA202', 'rationale',
     "Other studios are on TikTok. Our clients aren't, so we aren't either.", False),
    ('SMA202', 'motivation',
     "Unlike the chains, we're going where our regulars actually are: the village "
     'Facebook group.', False),
    ('SMA202', 'rationale',
     'We benchmarked three rival gyms to see what members complain about, then chose '
     'Instagram for class updates.', False),
    ('SMA202', 'motivation',
     "Lots of shops are on TikTok, but that's not a reason for us; our customers are "
     'over 60.', False),
    ('SMA202', 'rationale', 'The florist next door helped us set up the account.', False),
    ('SMA203', 'motivation',
     'To be honest, mainly for the prestige of having a verified account.', True),
    ('SMA203', 'rationale',
     "TikTok would show the town that the library isn't just for old people.", True),
    ('SMA203', 'motivation',
     'We need to look the part: a modern practice with a sharp Instagram.', True),
    ('SMA203', 'rationale', 'Good for our image as a forward-thinking firm.', True),
    ('SMA203', 'motivation',
     'It gives us credibility with bigger clients to be seen on LinkedIn.', True),
    ('SMA203', 'rationale', 'Because YouTube is where the serious brands are.', True),
    ('SMA203', 'motivation', "We'd like folks to think we're a hip, up-to-date salon.", True),
    ('SMA203', 'rationale', 'A presence there makes us feel like a real company.', True),
    ('SMA203', 'motivation', "Image isn't the goal; bookings from new parents are.", False),
    ('SMA203', 'rationale',
     'The clinic looks clean and bright in photos, and patients say the photos '
     'reassured them before their first visit.', False),
    ('SMA203', 'motivation',
     "We want apprentices aged 16-18 to see trades as a good career; we'll track "
     'applications from that group.', False),
    ('SMA203', 'rationale',
     'Our members are students who use TikTok for study tips, according to our intake '
     'form.', False),
    ('SMA203', 'motivation',
     'Looking professional matters less than answering quickly, which is what clients '
     'said they want.', False),
    ('SMA203', 'rationale',
     'Some say it would make us look modern. Maybe. We chose it because our buyers are'
     ' there.', False),
    ('SMA203', 'motivation',
     "We're not chasing a cool image; we're telling dog owners when the groomer has "
     'free slots.', False),
    ('SMA203', 'rationale',
     'Being on LinkedIn lets hiring managers see our case studies, which is how '
     'contracts start.', False),
]


# --------------------------------------------------------------------------
# Second batch on expectations - equations, threats, conditions, medical 'viral'

EXPECTATIONS_2 = [
    ('SMA404', 'expectations',
     'Posts = sales. Each one should sell at least 2 jars of honey.', True),
    ('SMA404', 'expectations',
     'We figure if we spend 5 hours a week on Instagram, it should make us 500 dollars'
     ' a week.', True),
    ('SMA404', 'motivation',
     'Facebook is our new sales channel, replacing the flyers, and it must pay its '
     'way.', True),
    ('SMA404', 'expectations',
     'The TikToks need to generate direct revenue, otherwise the trustees will pull '
     'the plug.', True),
    ('SMA404', 'expectations', 'ROI target for organic posting: 3x the time invested.', True),
    ('SMA404', 'expectations',
     "We want to see every euro of Mateo's salary come back from the posts.", True),
    ('SMA404', 'expectations', 'Social media should make money for us, directly.', True),
    ('SMA404', 'expectations',
     "We don't judge posts by sales; we judge them by enquiries and visits.", False),
    ('SMA404', 'expectations',
     'Posts make people trust us, and trust becomes bookings in the long run.', False),
    ('SMA404', 'expectations', 'Is each post supposed to sell something? No.', False),
    ('SMA404', 'expectations',
     'The posts cost us about 4 hours a week, which we accept as the price of staying '
     'visible to families.', False),
    ('SMA404', 'expectations',
     'Money comes from the open days; the posts only fill the open days.', False),
    ('SMA404', 'expectations',
     "The page won't pay for itself directly and we never expected it to.", False),
    ('SMA404', 'motivation',
     'Our treasurer asked whether the page pays for itself; we explained it supports '
     'donations indirectly.', False),
    ('SMA404', 'expectations',
     'We expect 15 enquiries a month; about a quarter usually become paying clients '
     'after a site visit.', False),
    ('SMA501', 'expectations', 'Bookings should double in the first fortnight.', True),
    ('SMA501', 'expectations', 'Immediate results are the only acceptable outcome.', True),
    ('SMA501', 'expectations', 'We launch Monday and want a full studio by Friday.', True),
    ('SMA501', 'expectations', 'Within 30 days: 100 new customers.', True),
    ('SMA501', 'goal', 'Have the waiting list full by the end of February', True),
    ('SMA501', 'expectations', 'By week three we should be seeing real sales from this.', True),
    ('SMA501', 'expectations',
     'The owner expects the phone to ring off the hook in the first few days.', True),
    ('SMA501', 'expectations', "If we're not busy by March, we'll stop posting.", True),
    ('SMA501', 'expectations',
     "No miracles in the first three months; we'll look for steady growth by the end "
     'of the year.', False),
    ('SMA501', 'expectations',
     "Nine to twelve months before it pays off, and we're fine with that.", False),
    ('SMA501', 'expectations',
     'We answer every comment within an hour during opening times.', False),
    ('SMA501', 'expectations',
     'The first month is about testing formats and learning what our parents respond '
     'to.', False),
    ('SMA501', 'expectations',
     'Members typically renew within 30 days of their expiry reminder.', False),
    ('SMA501', 'expectations',
     "We'll post twice a week from January and measure enquiries quarterly, with "
     'results expected by autumn.', False),
    ('SMA501', 'expectations',
     'Would bookings really double in a month? Of course not; we plan for a year.', False),
    ('SMA501', 'expectations', 'Weekly reports for the first six weeks, then monthly.', False),
    ('SMA502', 'expectations',
     'We are sure the video of our grandma baker will explode on TikTok.', True),
    ('SMA502', 'expectations',
     'Word of mouth online will take care of the rest; people share what they love.', True),
    ('SMA502', 'expectations',
     'Everybody in town will be forwarding the reel by the weekend.', True),
    ('SMA502', 'expectations',
     'Our bet is on one funny clip blowing up and bringing the crowds.', True),
    ('SMA502', 'strategy', 'Make videos so good they go viral on their own.', True),
    ('SMA502', 'expectations',
     'The dance challenge should catch on across the whole country.', True),
    ('SMA502', 'expectations', 'Millions of views are expected from the launch video.', True),
    ('SMA502', 'goal', 'Go viral with the dog-washing video', True),
    ('SMA502', 'expectations',
     'A post may get shared now and then, but we plan on steady, ordinary reach.', False),
    ('SMA502', 'expectations', 'Nothing here relies on going viral.', False),
    ('SMA502', 'expectations',
     'We ask members to share the event flyer in their own WhatsApp groups.', False),
    ('SMA502', 'expectations', "If by some chance a clip takes off, that's a bonus.", False),
    ('SMA502', 'expectations',
     'A viral infection kept half the staff home last winter, so we schedule posts in '
     'advance.', False),
    ('SMA502', 'expectations', "We won't chase trends or viral stunts.", False),
    ('SMA502', 'expectations',
     'Viral? Not our thing. Steady posting to the 400 families on our list is.', False),
    ('SMA502', 'expectations',
     'The local paper will share our story on its page, as it has agreed to.', False),
]


# --------------------------------------------------------------------------
# Third batch, every judgement - learners' English, concessions, threats, intensifiers

THIRD_BATCH = [
    ('SMA102', 'goal',
     'For this year the target is that our Instagram is having more than 8.000 '
     'followers and many interactions', True),
    ('SMA102', 'goal', "Make the shop's TikTok account famous around the region", True),
    ('SMA102', 'goal', 'Get verified on Instagram and triple the reach of our stories', True),
    ('SMA102', 'goal',
     'Our number one priority is growing the audience on our YouTube channel, which is'
     ' what matters', True),
    ('SMA102', 'goal',
     'Grow the WhatsApp channel to 1,500 members so more of them come to the Thursday '
     'market', False),
    ('SMA102', 'goal',
     'Followers would be nice but what counts is 40 bookings for the January courses', False),
    ('SMA102', 'goal',
     'Get parents to enrol their kids in the summer coding camp through the Instagram '
     'link', False),
    ('SMA102', 'goal', "Get 20 local businesses to sponsor the rugby club's kit", False),
    ('SMA103', 'goal', 'Profit, plain and simple', True),
    ('SMA103', 'goal',
     'Our sole objective for social is to grow revenues across all three salons', True),
    ('SMA103', 'goal', 'We must to increase the selling of the company this year', True),
    ('SMA103', 'goal', 'Achieve EUR 1.5m turnover in 2027 (2026: EUR 1.2m)', True),
    ('SMA103', 'goal',
     'Grow revenue 10% by selling 200 more gift boxes to corporate clients at '
     'Christmas', False),
    ('SMA103', 'goal',
     'Revenue matters, but this goal is about getting 30 lapsed patients back for a '
     'check-up', False),
    ('SMA103', 'goal', 'Get regulars to bring a friend to quiz night', False),
    ('SMA103', 'goal', 'Increase bookings for the private dining room to 6 a month', False),
    ('SMA205', 'research', 'Our customers are people who care about their pets.', True),
    ('SMA205', 'research', "I think mostly women, but I'm not sure.", True),
    ('SMA205', 'research', 'Audience research: TBD once the website is live', True),
    ('SMA205', 'research', 'Anyone within driving distance, really, of any age.', True),
    ('SMA205', 'research',
     'The receipts from last December show 40% of sales were gift vouchers bought by '
     'men.', False),
    ('SMA205', 'research',
     'Half of the members who left in 2026 said in the exit form that class times '
     'clashed with school runs.', False),
    ('SMA205', 'research',
     "Teachers at the two secondary schools follow the county's education pages on X.", False),
    ('SMA205', 'research',
     'Feedback cards from the last three open days: most visitors were couples '
     'planning weddings in the next 18 months.', False),
    ('SMA106', 'strategy', 'We will be very active and post about everything we do.', True),
    ('SMA106', 'strategy',
     'Omnichannel presence with a focus on brand storytelling and community building.', True),
    ('SMA106', 'strategy',
     'Posting good pictures of our food and some videos, and being friendly in the '
     'comments.', True),
    ('SMA106', 'strategy', 'Content pillars: education, inspiration, entertainment.', True),
    ('SMA106', 'strategy',
     'Couples planning weddings see the venue on Pinterest and Instagram, and each '
     'post links to the viewing-day sign-up.', False),
    ('SMA106', 'strategy',
     "Men buying gift vouchers in December: Facebook ads are off the table, so we'll "
     'post voucher ideas and ask them to order by phone.', False),
    ('SMA106', 'strategy',
     'Post class times for working parents on Facebook and invite lapsed members back '
     'with a free week.', False),
    ('SMA106', 'strategy',
     'Teachers: share our free lesson plans on X and ask schools to book a workshop.', False),
    ('SMA201', 'motivation',
     'Part of the franchise package: every location keeps an Instagram account.', True),
    ('SMA201', 'motivation',
     'It was decided at the AGM that the club should be on Facebook.', True),
    ('SMA201', 'motivation',
     "The hospital trust's comms policy says each department must have a presence on "
     'X.', True),
    ('SMA201', 'rationale', 'Because the head of marketing at HQ likes it.', True),
    ('SMA201', 'motivation',
     'The AGM agreed to try Facebook because members said the email newsletter goes '
     'unread.', False),
    ('SMA201', 'motivation',
     'HQ wanted TikTok; we asked for Facebook instead, since our customers are mostly '
     'retired.', False),
    ('SMA201', 'rationale',
     "The trust's policy sets the tone for replies; we chose X because local "
     'journalists follow it.', False),
    ('SMA201', 'motivation', 'Nobody made us do this: our customers asked for it.', False),
    ('SMA202', 'motivation',
     "You see all the big gyms advertising on Instagram now, so we figured it's time.", True),
    ('SMA202', 'rationale',
     'Half the restaurants on our street have moved to TikTok this year.', True),
    ('SMA202', 'motivation',
     'Seeing how well Riverside Dental does with their videos, we want the same.', True),
    ('SMA202', 'rationale', 'Basically because all the other wedding venues have one.', True),
    ('SMA202', 'motivation',
     'We checked what other venues do and found nobody answers questions about '
     "catering, so we'll do that for couples.", False),
    ('SMA202', 'rationale',
     'Other venues being there is irrelevant; couples told us at viewings that they '
     'plan on Pinterest.', False),
    ('SMA202', 'motivation',
     'A friend who runs a gym suggested we ask our members first; they said Instagram.', False),
    ('SMA202', 'rationale',
     "Many competitors are on TikTok but our members aren't, so no TikTok.", False),
    ('SMA203', 'motivation',
     "An active Instagram makes us look like a brand that's going places.", True),
    ('SMA203', 'rationale', 'We want to come across as modern and dynamic to the investors.', True),
    ('SMA203', 'motivation', "Let's be honest, it's about showing off the new building.", True),
    ('SMA203', 'rationale', 'For the image, mainly.', True),
    ('SMA203', 'motivation',
     'Our photos make the food look good, and diners pick dishes from them.', False),
    ('SMA203', 'rationale', 'Not for the image; our wedding couples plan on Pinterest.', False),
    ('SMA203', 'motivation',
     "We'd love to look modern, but the real reason is that parents of new pupils ask "
     'questions on Facebook.', False),
    ('SMA203', 'rationale',
     'Instagram lets couples see how the barn looks at different seasons before they '
     'book a viewing.', False),
    ('SMA404', 'expectations', 'Basically I want every video to make us money.', True),
    ('SMA404', 'expectations',
     "The posts have to bring in enough sales to cover Jo's part-time hours by summer.", True),
    ('SMA404', 'expectations',
     "If a post doesn't bring in at least one order, it's a waste.", True),
    ('SMA404', 'expectations', 'Instagram should turn a profit within the first year.', True),
    ('SMA404', 'expectations',
     "We don't expect Instagram to make money by itself; it keeps couples interested "
     'until the viewing day.', False),
    ('SMA404', 'expectations',
     "Jo's hours are a cost we accept for better enquiries, not a cost the posts must "
     'repay.', False),
    ('SMA404', 'expectations',
     'Orders come through the phone after people see the posts; we track how they '
     'heard of us.', False),
    ('SMA404', 'expectations',
     "A post can't sell a wedding on its own; it can get a couple to book a viewing.", False),
    ('SMA501', 'expectations', 'We need new members by next month, the rent is due.', True),
    ('SMA501', 'expectations',
     'Hoping for a packed house at the first gig, three weeks after the page goes '
     'live.', True),
    ('SMA501', 'expectations',
     'The page should be bringing in customers right from the start.', True),
    ('SMA501', 'goal', 'Sell all 200 tickets for the February 14 dinner', True),
    ('SMA501', 'expectations',
     "We know the first months are slow; we'll count enquiries from month six on.", False),
    ('SMA501', 'expectations',
     'The February 14 dinner is marketed by email; social media is for the long-term '
     'wedding bookings over 2027.', False),
    ('SMA501', 'expectations',
     'Expect nothing in January and February while we find our voice.', False),
    ('SMA501', 'expectations', "Every month we'll reply to reviews within 48 hours.", False),
    ('SMA502', 'expectations',
     'Our wedding-fail compilation will be seen by half the country.', True),
    ('SMA502', 'expectations',
     'People will love the pub quiz clips and share them with all their friends, who '
     'share them on.', True),
    ('SMA502', 'expectations', "We're hoping one of the barn videos goes mega viral.", True),
    ('SMA502', 'strategy', 'Post funny, shareable content and let the internet do the rest.', True),
    ('SMA502', 'expectations', "Going viral isn't something we plan for or count on.", False),
    ('SMA502', 'expectations',
     "If a reel gets shared widely we'd be thrilled, but our forecast assumes 200 "
     'views a post.', False),
    ('SMA502', 'expectations',
     'Couples who book are asked to tag the venue in their own photos.', False),
    ('SMA502', 'expectations',
     "We had one clip spread around town last spring; nice, but we don't plan for "
     'that.', False),
]


# --------------------------------------------------------------------------
# Classes the fourth held-out set exposed (note form, echoes, headings, arrows)

SET_D_CLASSES = [
    ('SMA202', 'motivation',
     'Harcourt Motors out in Dunmore sold six vans off TikTok last month. We should '
     'too.', True),
    ('SMA202', 'rationale', 'Bakery across the square posts reels daily, always a queue', True),
    ('SMA202', 'motivation', 'Tile shop down the road fills its showroom from Instagram.', True),
    ('SMA202', 'rationale',
     "Teachers across the district swap resources in Facebook groups, so that's where "
     'we post.', False),
    ('SMA202', 'rationale',
     'Parents in Dunmore ask for school-run tips on the village WhatsApp.', False),
    ('SMA202', 'motivation',
     'Kestrel Yoga runs Instagram challenges and packs every class. Same for us.', True),
    ('SMA202', 'rationale',
     'The county archive and the heritage railway both grew their visitor numbers '
     'after joining TikTok, which suggests we would do well in the same way.', True),
    ('SMA202', 'motivation',
     "Westgate branch posts its events on Facebook. Let's do the same.", True),
    ('SMA202', 'motivation',
     'Our members asked for class times on Instagram. We should do that too.', False),
    ('SMA202', 'motivation',
     "Our own booking data show families plan visits on Facebook. We'll post there "
     'too.', False),
    ('SMA202', 'motivation',
     "Kestrel Yoga runs Instagram challenges. We won't copy that; our clients are "
     'retired and on Facebook.', False),
    ('SMA202', 'motivation', "We're the only ones on the parade not posting anything.", True),
    ('SMA202', 'rationale', 'We seem to be the only garage in town not on Facebook.', True),
    ('SMA202', 'motivation',
     "We may be the only ones not on TikTok, and that's fine: our customers aren't "
     'either.', False),
    ('SMA203', 'motivation',
     'Being on TikTok will show everyone that Dunmore Museum is young and relevant '
     'again.', True),
    ('SMA203', 'rationale',
     "It proves that Harcourt Motors isn't some dusty old dealership.", True),
    ('SMA203', 'rationale',
     'It shows buyers that Harcourt Motors is open on Sundays, which the survey says '
     'they want to know.', False),
    ('SMA103', 'goal', 'Grow income from van hire and servicing by 20% this year', True),
    ('SMA103', 'goal', 'Lift takings from hall hire, the cafe and the gift shop', True),
    ('SMA103', 'goal',
     'More revenue from hall hire by getting three new clubs to book weekly slots', False),
    ('SMA102', 'goal',
     'More over-60s at the Tuesday swim - Facebook is where their children see our '
     'news', False),
    ('SMA103', 'goal', 'More revenue by getting more under-12s into the holiday clubs', False),
    ('SMA102', 'goal', 'More members in our Facebook group by spring', True),
    ('SMA102', 'goal', 'Get shared by more parents than any other nursery in town', True),
    ('SMA404', 'expectations',
     'We aim for a 40% return rate among first-time customers, tracked on the loyalty '
     'card.', False),
    ('SMA404', 'expectations',
     'Organic posts should deliver a 300% return on the hours we put in.', True),
    ('SMA501', 'expectations',
     'We want regulars coming back monthly and telling friends; results over the year.', False),
    ('SMA501', 'expectations', 'Results in the coming weeks, or we stop.', False),
    ('SMA501', 'expectations', 'Week 2: phones ringing.', True),
    ('SMA501', 'expectations', 'month 1 - bookings doubled', True),
    ('SMA501', 'expectations', 'No bookings by April = we quit.', True),
    ('SMA501', 'goal', 'Sell out the first Sunday after launch', True),
    ('SMA501', 'expectations', 'Week 2: first posts up; month 9: judge bookings.', False),
    ('SMA501', 'expectations',
     "By April we'll have posted about 40 times; no verdict until autumn.", False),
    ('SMA501', 'expectations', 'We expect the clip to be shared quickly around the estate.', False),
    ('SMA502', 'expectations',
     'We expect the clip to be shared quickly around the estate, bringing families in '
     'without any advertising.', True),
    ('SMA502', 'expectations',
     "Relying on the 'vicar on a zipline' video getting forwarded to every parish in "
     'the diocese.', True),
    ('SMA502', 'expectations',
     "We're counting on the lambing livestream getting shared all over the county.", True),
    ('SMA502', 'goal', "Grow the reach of the museum's posts across the county by a third", False),
    ('SMA502', 'goal', 'Be seen by the whole county without paying a penny', True),
]


# --------------------------------------------------------------------------
# Fourth batch, written after the fourth set's fixes and run blind first

FOURTH_BATCH = [
    ('SMA102', 'goal', 'Target: +300 followers/month on IG, ER above 4%', True),
    ('SMA102', 'goal',
     'We want the hashtag #DunmoreEats used by at least 500 posts this summer', True),
    ('SMA102', 'goal', 'Hit 1,000 people in the Facebook group before the AGM', True),
    ('SMA102', 'goal',
     'Sign up 40 new members for the choir, using Instagram stories to show rehearsals', False),
    ('SMA102', 'goal',
     'Our page is a tool, not the goal: the goal is 25 adoption enquiries per quarter', False),
    ('SMA102', 'goal', 'Reduce no-shows at the clinic by reminding patients on WhatsApp', False),
    ('SMA103', 'goal', 'Improve financial performance of the café', True),
    ('SMA103', 'goal', 'Increase gift shop takings by 30%', True),
    ('SMA103', 'goal', 'Get more money in the door', True),
    ('SMA103', 'goal', 'Increase takings by getting day-trippers to stay for lunch', False),
    ('SMA103', 'goal', '50 corporate quiz bookings, about £6k in revenue', False),
    ('SMA103', 'goal',
     'Earn more from each visit by selling the guided tour to half of walk-in visitors', False),
    ('SMA205', 'research', "Nobody's done any research, we just know the town.", True),
    ('SMA205', 'research', 'Broad appeal: young, old, families, singles.', True),
    ('SMA205', 'research', 'People who love the outdoors and a good cup of tea.', True),
    ('SMA205', 'research',
     'Our ticketing export shows 58% of buyers live within 15 miles and book on '
     'mobile.', False),
    ('SMA205', 'research',
     'We interviewed 12 wedding planners; all of them shortlist venues from Instagram.', False),
    ('SMA205', 'research',
     'Day-trippers from the city arrive by train at weekends and ask staff for lunch '
     'spots, per our front-desk log.', False),
    ('SMA106', 'strategy',
     'Consistency is key: regular, on-brand posts across every platform.', True),
    ('SMA106', 'strategy', 'Good content, good hashtags, good times to post.', True),
    ('SMA106', 'strategy', 'Be active, be relevant, be everywhere our audience is.', True),
    ('SMA106', 'strategy',
     "Show wedding planners the barn in every season and invite them to a planners' "
     'open day.', False),
    ('SMA106', 'strategy',
     'Day-trippers on Instagram see lunch dishes at 11am and are asked to reserve a '
     'table by DM.', False),
    ('SMA106', 'strategy',
     'LinkedIn for HR managers (team-building quiz packages), Facebook for locals '
     '(weekly quiz night).', False),
    ('SMA201', 'motivation',
     'Council funding conditions: we must post twice a week on Facebook about the '
     'project.', True),
    ('SMA201', 'rationale', 'The trustees voted for it.', True),
    ('SMA201', 'motivation', 'My business partner keeps nagging me to get on TikTok.', True),
    ('SMA201', 'motivation',
     "The funder asked for updates, and our visitors said they'd like them too, on "
     'Facebook.', False),
    ('SMA201', 'rationale',
     "The trustees voted for LinkedIn after the members' survey showed 70% use it.", False),
    ('SMA201', 'motivation',
     "The landlord's lease doesn't require anything; we chose Facebook because tenants"
     ' ask repair questions there.', False),
    ('SMA202', 'motivation', 'Every garden centre worth its salt is on TikTok now.', True),
    ('SMA202', 'rationale', 'The chain pubs get massive numbers on TikTok.', True),
    ('SMA202', 'motivation',
     'Copying what the garden centre in Ashby does: reels every day.', True),
    ('SMA202', 'rationale',
     "What other breweries do there doesn't matter to us; our drinkers asked us to "
     'post tap lists there.', False),
    ('SMA202', 'motivation',
     'The pub next door tried TikTok and dropped it; we asked our regulars instead and'
     ' they use Facebook.', False),
    ('SMA202', 'rationale',
     'We watched what rival pubs post to see what their customers complain about.', False),
    ('SMA203', 'motivation', 'We want to look like a proper, grown-up company on LinkedIn.', True),
    ('SMA203', 'rationale', "It's the platform that makes a brewery look cool.", True),
    ('SMA203', 'motivation', 'To shake off the stuffy image of the museum.', True),
    ('SMA203', 'motivation',
     "Looking cool isn't a factor; drinkers check the tap list on Instagram before "
     'they come.', False),
    ('SMA203', 'rationale',
     'Our beer photos look great and people ask where to buy them, so Instagram is '
     'where we answer.', False),
    ('SMA203', 'motivation',
     "Rather than trying to look modern, we'll show visitors what's on this week.", False),
    ('SMA404', 'expectations', 'Every reel = at least one table booked and paid.', True),
    ('SMA404', 'expectations',
     'The hours Sam puts into Facebook must be covered by the extra lunches it sells.', True),
    ('SMA404', 'motivation', "We're only doing social if it pays for itself.", True),
    ('SMA404', 'expectations',
     "Posts won't sell lunches on their own; we expect them to get people to ask about"
     ' the menu.', False),
    ('SMA404', 'expectations',
     "We'll count how many diners mention Instagram at the till, not sales per post.", False),
    ('SMA404', 'expectations',
     "Sam's hours are paid from the marketing budget, whatever the posts bring.", False),
    ('SMA501', 'expectations', 'Quiz nights full by the end of next month.', True),
    ('SMA501', 'expectations', 'As soon as the page is up, we want the phone ringing.', True),
    ('SMA501', 'goal', '30 wedding enquiries in the first six weeks', True),
    ('SMA501', 'expectations',
     'Enquiries should pick up from month seven; before that we build the audience.', False),
    ('SMA501', 'expectations', 'We reply to DMs the same day and review numbers monthly.', False),
    ('SMA501', 'expectations',
     'Wedding couples book 12-18 months ahead, so results come in 2028.', False),
    ('SMA502', 'expectations',
     'The taproom cat videos will rack up millions of views by themselves.', True),
    ('SMA502', 'expectations',
     'Hopefully the wedding reel gets shared so much that every couple in the region '
     'sees it.', True),
    ('SMA502', 'strategy', 'One viral reel is all we need.', True),
    ('SMA502', 'expectations',
     'We plan for ordinary reach; a shared reel would be a happy accident.', False),
    ('SMA502', 'expectations',
     'Couples share their own photos and tag us; we repost them with permission.', False),
    ('SMA502', 'expectations', 'Nobody is counting on anything going viral here.', False),
]


# --------------------------------------------------------------------------
# Fifth batch, run blind first - hotels, accountants, foundations, jargon

FIFTH_BATCH = [
    ('SMA102', 'goal',
     'Make our LinkedIn company page the most followed among regional accountancy '
     'firms', True),
    ('SMA102', 'goal', 'Increase the visibility of the foundation on social networks', True),
    ('SMA102', 'goal', 'Obtain more interactions in our publications of Instagram', True),
    ('SMA102', 'goal',
     'Book 15 tax-return consultations from sole traders via LinkedIn messages', False),
    ('SMA102', 'goal',
     'Fill the spring volunteering days; the Instagram count is irrelevant', False),
    ('SMA102', 'goal',
     'Increase repeat stays by guests who found us on Instagram last summer', False),
    ('SMA103', 'goal', 'Maximise fee income across the practice', True),
    ('SMA103', 'goal', 'Turnover €500k → €650k', True),
    ('SMA103', 'goal', 'More bums on seats means more money; we want more money', True),
    ('SMA103', 'goal',
     'Grow fee income by winning 12 new payroll clients with under 10 staff', False),
    ('SMA103', 'goal', 'More bums on seats at the Thursday matinee', False),
    ('SMA103', 'goal', 'Raise £40k for the minibus from 200 people giving £200 each', False),
    ('SMA205', 'research', 'Our target group is broadly everybody interested in culture.', True),
    ('SMA205', 'research', 'Clients: SMEs. All sectors.', True),
    ('SMA205', 'research',
     'We believe our guests are mainly couples, but we have never checked.', True),
    ('SMA205', 'research',
     'From the 2026 guest register: 62% couples, average stay 2.4 nights, 1 in 3 '
     'booked via Instagram DM.', False),
    ('SMA205', 'research',
     "We phoned 30 sole-trader clients in January; most file late because they don't "
     'know the deadlines.', False),
    ('SMA205', 'research',
     'Volunteers who signed up last year mostly heard about us from friends at the '
     'university, per the sign-up form.', False),
    ('SMA106', 'strategy',
     'We will create engaging content to increase our brand awareness and reach new '
     'audiences.', True),
    ('SMA106', 'strategy',
     'A holistic, data-driven approach across owned, earned and shared media.', True),
    ('SMA106', 'strategy', 'Post 3x/week. Reply to comments. Use Canva templates.', True),
    ('SMA106', 'strategy',
     'Sole traders on LinkedIn: deadline reminders each month, each with a link to '
     'book a tax-return call.', False),
    ('SMA106', 'strategy',
     'Show couples the rooms and the walks nearby on Instagram, and ask them to book '
     'direct by DM for a free breakfast.', False),
    ('SMA106', 'strategy',
     'Students at the university see volunteer stories on Instagram and are invited to'
     ' the spring volunteering days.', False),
    ('SMA201', 'motivation',
     'It was a requirement from our insurer that we keep an online presence.', True),
    ('SMA201', 'motivation', 'Our founder insists the foundation be on every network.', True),
    ('SMA201', 'rationale',
     'Per the new brand guidelines from the network, every member firm has a LinkedIn '
     'page.', True),
    ('SMA201', 'motivation',
     "The insurer suggested it, but we're on Facebook because guests message us there "
     'to ask about dogs.', False),
    ('SMA201', 'motivation',
     'Our founder wanted TikTok; after asking volunteers, we chose Instagram instead.', False),
    ('SMA201', 'rationale',
     "The network's guidelines cover how the logo is used, nothing more; we chose "
     'LinkedIn because our payroll clients are there.', False),
    ('SMA202', 'motivation',
     'All the other foundations in the region are on Instagram, so we also must be.', True),
    ('SMA202', 'rationale',
     'The Grand Hotel two doors down gets half its bookings from Instagram.', True),
    ('SMA202', 'motivation',
     'Our sister practice in Leeds took on 40 clients from LinkedIn last year and we '
     'want the same.', True),
    ('SMA202', 'rationale',
     'The Grand Hotel two doors down is on Instagram; our guests, though, mostly find '
     'us on booking sites and through Facebook.', False),
    ('SMA202', 'motivation',
     "We spoke to our sister practice in Leeds about what didn't work for them on "
     'LinkedIn, then wrote our own plan.', False),
    ('SMA202', 'rationale',
     "Other foundations' accounts are mostly photos of cheques; we'll show volunteers "
     "at work instead, because that's what students asked for.", False),
    ('SMA203', 'motivation', 'Instagram will give the hotel a boutique feel.', True),
    ('SMA203', 'rationale', 'It makes the practice look bigger and more modern than it is.', True),
    ('SMA203', 'motivation', "We'd love the foundation to be seen as innovative and young.", True),
    ('SMA203', 'motivation',
     "It's not about looking boutique; returning couples book by Instagram DM.", False),
    ('SMA203', 'rationale',
     'Photos show what the rooms look like, which is the first thing couples ask.', False),
    ('SMA203', 'motivation',
     "We want students to see volunteering with us as worthwhile; we'll measure it by "
     'sign-ups from the university.', False),
    ('SMA404', 'expectations',
     "The LinkedIn posts must pay for the marketing assistant's salary.", True),
    ('SMA404', 'expectations',
     'We expect a direct return: each Instagram post should bring at least one room '
     'night.', True),
    ('SMA404', 'motivation',
     'Social media has to generate income by itself, we cannot afford ads.', True),
    ('SMA404', 'expectations',
     'Posts build familiarity; bookings come when people are ready, sometimes months '
     'later.', False),
    ('SMA404', 'expectations',
     "We don't measure money per post; we look at direct bookings per quarter.", False),
    ('SMA404', 'expectations',
     "The marketing assistant's salary is a fixed cost; nothing is expected of the "
     'posts in euros.', False),
    ('SMA501', 'expectations',
     'The hotel should be fully booked for the spring within two weeks of posting.', True),
    ('SMA501', 'goal', '12 new payroll clients by the end of January', True),
    ('SMA501', 'expectations', 'Results: immediately.', True),
    ('SMA501', 'expectations',
     "We'll give it a full year before judging; by month three we only expect our "
     'first followers.', False),
    ('SMA501', 'expectations',
     'Guests usually rebook within 12 months of their first stay.', False),
    ('SMA501', 'expectations',
     'Posts go out weekly from January; direct bookings are reviewed each quarter and '
     'judged at twelve months.', False),
    ('SMA502', 'expectations',
     'We expect our volunteer video to become viral among students.', True),
    ('SMA502', 'expectations',
     'The cheque-handover photo will be everywhere by the weekend.', True),
    ('SMA502', 'strategy', 'Rely on followers sharing every post with their networks.', True),
    ('SMA502', 'expectations', 'Sharing by followers would be welcome, not required.', False),
    ('SMA502', 'expectations',
     "We don't expect our content to go viral, and the plan doesn't need it.", False),
    ('SMA502', 'expectations',
     'Partner charities have agreed to share our volunteering call on their pages.', False),
]


# --------------------------------------------------------------------------
# Sixth batch, run blind first - weighted to the image, others, mandate and span rules

SIXTH_BATCH = [
    ('SMA203', 'motivation',
     "Honestly? We'd like people to stop seeing us as the old-fashioned option.", True),
    ('SMA203', 'rationale', 'TikTok gives a heritage brand like ours some much-needed edge.', True),
    ('SMA203', 'motivation',
     'A strong Instagram is a badge of quality these days; without one we look second-'
     'rate.', True),
    ('SMA203', 'rationale', "We'd look out of date without it.", True),
    ('SMA203', 'motivation', 'So we seem as professional as the big firms.', True),
    ('SMA203', 'rationale',
     "Modern-looking or not, it's where our clients' HR teams look for trainers.", False),
    ('SMA203', 'motivation',
     "The aim isn't to look young but to reach the young carers who need respite days.", False),
    ('SMA203', 'rationale',
     "Our work looks best in video, and that's how clients choose a florist.", False),
    ('SMA203', 'motivation',
     "Being seen as reliable by parents matters: we'll measure it through re-enrolment"
     ' rates among current families.', False),
    ('SMA203', 'rationale',
     "We won't pretend to be trendy; we post opening hours and offers for regulars.", False),
    ('SMA202', 'motivation',
     'The rugby club down the road has 4,000 followers and sold out their ball.', True),
    ('SMA202', 'rationale', "It's what the other estate agents in the village are doing.", True),
    ('SMA202', 'motivation',
     'All the cafés on the high street are on TikTok now and we feel left behind.', True),
    ('SMA202', 'rationale', "Because that's where our competitors advertise.", True),
    ('SMA202', 'motivation',
     'Our nearest rival posted a Facebook offer and had a queue on Saturday; we want '
     'that.', True),
    ('SMA202', 'rationale',
     "The estate agents in the village mostly post house photos; we'll post market "
     'updates that sellers asked us for.', False),
    ('SMA202', 'motivation',
     "Competitors' pages told us what buyers complain about: slow replies. We'll reply"
     ' within the hour.', False),
    ('SMA202', 'rationale',
     'The rugby club down the road lends us their pitch for the summer fete.', False),
    ('SMA202', 'motivation',
     "We aren't joining TikTok just because the cafés on the high street have.", False),
    ('SMA202', 'rationale', 'Our customers asked; competitors are irrelevant to it.', False),
    ('SMA201', 'motivation', 'Required by the franchise agreement.', True),
    ('SMA201', 'rationale', "Corporate's call, not ours.", True),
    ('SMA201', 'motivation',
     'The new owners have made social media a priority for all sites.', True),
    ('SMA201', 'motivation',
     "It's a condition of our Arts Council grant to promote the season online.", True),
    ('SMA201', 'rationale', "Area manager's idea.", True),
    ('SMA201', 'motivation',
     'The franchise agreement says nothing about social media; we started because '
     'diners ask us about allergens on Instagram.', False),
    ('SMA201', 'rationale',
     "Corporate suggested LinkedIn and, having asked our trainees' employers, we agree"
     " it's where they are.", False),
    ('SMA201', 'motivation',
     'The grant asks us to report audience numbers, which we do anyway; our reason is '
     'that young carers use Instagram.', False),
    ('SMA201', 'motivation', 'We decided ourselves, after the customer survey.', False),
    ('SMA201', 'rationale',
     'No one told us to; our members asked for it in the AGM survey.', False),
    ('SMA501', 'expectations', 'Wanting results by Easter.', True),
    ('SMA501', 'expectations',
     "If there is no uptick in bookings after the first fortnight, we'll pull it.", True),
    ('SMA501', 'expectations',
     'The partners expect the new service line to be busy within the quarter.', True),
    ('SMA501', 'goal', 'Double weekday covers by the end of February', True),
    ('SMA501', 'expectations', 'In a week or two we should see the difference.', True),
    ('SMA501', 'expectations',
     'Easter is when we start posting; results by the end of the year.', False),
    ('SMA501', 'expectations',
     'A fortnight to set up, then twelve months of steady posting before we judge it.', False),
    ('SMA501', 'expectations', 'We check comments daily and answer within two hours.', False),
    ('SMA501', 'expectations',
     "Don't expect bookings in the first quarter; the season starts in June.", False),
    ('SMA501', 'expectations',
     'Customers typically come back within three weeks for a refill.', False),
    ('SMA404', 'expectations',
     'Each post about the set menu should fill at least two tables.', True),
    ('SMA404', 'motivation',
     "If Instagram can't cover the cost of the photographer, what's the point?", True),
    ('SMA404', 'expectations',
     'Our target: every €1 of staff time on TikTok returns €4 in sales.', True),
    ('SMA404', 'expectations',
     "Posts should keep the set menu in people's minds; the tables are filled by phone"
     ' bookings.', False),
    ('SMA404', 'expectations',
     "We don't expect each post to fill tables, just to remind locals we exist.", False),
    ('SMA404', 'expectations',
     'The photographer is paid from the events budget, not by Instagram.', False),
    ('SMA102', 'goal', 'Achieve top-3 ranking among florists on Instagram in the city', True),
    ('SMA102', 'goal', 'Post every day on TikTok and grow it', True),
    ('SMA102', 'goal', 'Win 10 corporate flower contracts; Instagram shows the work', False),
    ('SMA102', 'goal', 'Get 100 people to sign the petition through Facebook', False),
    ('SMA103', 'goal', 'Profitability of the café to reach 12% by year end', True),
    ('SMA103', 'goal', 'To increase the sales and the benefits of the shop', True),
    ('SMA103', 'goal', 'Increase revenue from weddings by booking 10 more in 2027', False),
    ('SMA103', 'goal', 'More income through more classes sold to returning students', False),
    ('SMA502', 'expectations', 'This will go viral for sure!!!', True),
    ('SMA502', 'expectations',
     'The petition video should be shared by everyone in the county within days.', True),
    ('SMA502', 'expectations', "We'd be happy if it spread, but we're not banking on it.", False),
    ('SMA502', 'expectations',
     'Members will share the petition in their WhatsApp groups, as they agreed at the '
     'meeting.', False),
    ('SMA205', 'research', 'To be honest our clients are all kinds.', True),
    ('SMA205', 'research',
     'Mainly retirees who walk dogs on the common in the mornings, from chatting to '
     'them at the counter.', False),
    ('SMA106', 'strategy', 'Focus on quality over quantity and stay true to the brand.', True),
    ('SMA106', 'strategy',
     'Retirees who walk dogs: morning posts on Facebook with the coffee offer, asking '
     'them to pop in after the walk.', False),
]


# --------------------------------------------------------------------------
# People in note form are customers, not others, unless they did well and are echoed

CUSTOMERS_IN_NOTE_FORM = [
    ('SMA202', 'rationale',
     "Schools in the county use Facebook to plan trips, so that's where we post.", False),
    ('SMA202', 'rationale',
     'Businesses around the estate search LinkedIn for suppliers like us.', False),
    ('SMA202', 'motivation',
     'Cafes on the harbour doubled their summer trade through Instagram. We should '
     'too.', True),
    ('SMA202', 'motivation', 'Teachers post trip ideas on Facebook. We should too.', False),
    ('SMA202', 'motivation', "Dog walkers share routes on Strava. We'll post there too.", False),
    ('SMA202', 'motivation',
     'Greenway Cycles runs Strava challenges and fills its workshop. Same for us.', True),
    ('SMA202', 'rationale',
     'Short behind-the-scenes videos work well with existing customers, and Discord '
     'lets us test them cheaply.', False),
    ('SMA202', 'rationale',
     'Quick over-the-counter tips do well with regulars, and Instagram lets us try '
     'them for free.', False),
]


# --------------------------------------------------------------------------
# Seventh batch, run blind first - bakeries, kitchens, DIY, a PTA

SEVENTH_BATCH = [
    ('SMA203', 'motivation', 'We want to be the kind of brand people are proud to follow.', True),
    ('SMA203', 'rationale', "Having a slick feed shows we're a serious business.", True),
    ('SMA203', 'motivation',
     'Social media would make us more credible in the eyes of investors.', True),
    ('SMA203', 'rationale', 'Pinterest suits our premium positioning.', True),
    ('SMA203', 'motivation', "We're tired of looking like a corner shop online.", True),
    ('SMA203', 'rationale', 'The brand should feel current, and TikTok is current.', True),
    ('SMA203', 'motivation',
     "Credibility with investors isn't the point; the point is patients booking "
     'hygiene appointments.', False),
    ('SMA203', 'rationale',
     'Pinterest is where brides save ideas for table flowers, per our consultation '
     'notes.', False),
    ('SMA203', 'motivation', 'Looking the part is nice, but bookings are the measure.', False),
    ('SMA203', 'rationale',
     'We post finished kitchens because clients pick fitters by their portfolio.', False),
    ('SMA201', 'motivation',
     'We were told to get on Instagram at the last franchise meeting.', True),
    ('SMA201', 'rationale', 'The PTA chair wants it.', True),
    ('SMA201', 'motivation',
     'Under the sponsorship deal we owe the brewery two posts a month.', True),
    ('SMA201', 'motivation',
     'We were told at the franchise meeting that diners now check menus on Instagram, '
     'and our own till survey agrees.', False),
    ('SMA201', 'rationale',
     'The PTA chair asked parents, and most said they read the Facebook page.', False),
    ('SMA202', 'motivation', 'Practically every bakery in Bristol is doing TikTok now.', True),
    ('SMA202', 'rationale', 'The big DIY chains are all over YouTube.', True),
    ('SMA202', 'motivation', 'Our competitor got 200 enquiries from one LinkedIn post.', True),
    ('SMA202', 'motivation',
     'Every bakery in Bristol seems to be on TikTok, but our customers are on '
     "Facebook, so that's where we'll be.", False),
    ('SMA202', 'rationale',
     "The DIY chains' YouTube tutorials leave out small repairs; our customers asked "
     'for those.', False),
    ('SMA501', 'expectations', 'First month: 50 new sign-ups.', True),
    ('SMA501', 'expectations',
     'Hoping to be fully booked for Christmas, which is six weeks after we start '
     'posting.', True),
    ('SMA501', 'expectations', 'The idea is to see an uplift in footfall straight away.', True),
    ('SMA501', 'expectations', 'First month: set up the page and post twice a week.', False),
    ('SMA501', 'expectations',
     'An uplift in footfall over the year, measured each quarter.', False),
    ('SMA404', 'expectations', "Each post needs to bring in a sale or it's not worth doing.", True),
    ('SMA404', 'expectations', "Social has to pay for Mia's hours.", True),
    ('SMA404', 'expectations', "A post isn't a sale; it's a reminder we exist.", False),
    ('SMA404', 'expectations', "Mia's hours are covered by the general budget.", False),
    ('SMA502', 'expectations', 'Our mascot will become an internet sensation.', True),
    ('SMA502', 'expectations', 'Everyone in Bristol will be talking about the video.', True),
    ('SMA502', 'expectations',
     "We don't need an internet sensation; 40 local families a month is enough.", False),
    ('SMA502', 'expectations',
     'People in the neighbourhood group will see the post because we share it there '
     'ourselves.', False),
    ('SMA102', 'goal', "Be Bristol's best-known bakery on TikTok", True),
    ('SMA102', 'goal', 'Grow our TikTok so that local people know we bake sourdough', True),
    ('SMA102', 'goal', 'Sell 300 sourdough loaves a week, using TikTok to show the bake', False),
    ('SMA103', 'goal', 'Boost our profit margins', True),
    ('SMA103', 'goal', 'Higher basket value by suggesting add-ons to online shoppers', False),
    ('SMA205', 'research', "We just know, we've been here forever.", True),
    ('SMA205', 'research',
     'Loyalty-card data: 70% of regulars come twice a week before 9am.', False),
    ('SMA106', 'strategy', 'Keep posting and stay visible.', True),
    ('SMA106', 'strategy',
     'Before-9am regulars: Facebook posts about the loyalty bonus, asking them to '
     'bring a colleague.', False),
]


# --------------------------------------------------------------------------
# An SMA203 batch, run blind first - standing, prestige, PR, profile

IMAGE_BATCH = [
    ('SMA203', 'motivation', "We'd like to come off as a modern, switched-on practice.", True),
    ('SMA203', 'rationale', 'It lends the shop a bit of glamour.', True),
    ('SMA203', 'motivation',
     'An Instagram account would put us on a par with the big London galleries in '
     "people's minds.", True),
    ('SMA203', 'rationale', 'To raise our profile as a cutting-edge studio.', True),
    ('SMA203', 'motivation', "We don't want to be seen as behind the times.", True),
    ('SMA203', 'rationale', 'YouTube adds prestige.', True),
    ('SMA203', 'motivation', "It's good PR for the firm to be on LinkedIn.", True),
    ('SMA203', 'rationale', "A TikTok presence signals that we're young at heart.", True),
    ('SMA203', 'motivation',
     'People judge a business by its Instagram; ours needs to impress.', True),
    ('SMA203', 'rationale', 'Mainly for the kudos.', True),
    ('SMA203', 'motivation',
     "We want to seem approachable to first-time buyers aged 25-35, and we'll track "
     'viewings booked by that group.', False),
    ('SMA203', 'rationale',
     "Prestige doesn't come into it; collectors ask for new pieces on Instagram.", False),
    ('SMA203', 'motivation',
     'Our profile in the trade press matters more than any social account; on LinkedIn'
     " we answer buyers' questions.", False),
    ('SMA203', 'rationale',
     'Good PR would be a side effect; the reason is that buyers DM us there.', False),
    ('SMA203', 'motivation',
     "We're not trying to impress anyone; we post the opening hours because customers "
     'keep asking.', False),
    ('SMA203', 'rationale',
     "The gallery's photos look beautiful, and visitors decide to come from them.", False),
    ('SMA203', 'motivation',
     'Whether we look modern is beside the point; families want to see the menu.', False),
    ('SMA203', 'rationale',
     'YouTube is where people search for how-to videos, like our repair guides.', False),
    ('SMA203', 'motivation',
     'Parents trust what they see, so we show the classroom as it is.', False),
    ('SMA203', 'rationale',
     'A professional page answers questions before people ring, which saves the front '
     'desk time.', False),
    ('SMA203', 'rationale',
     'The page gives status updates on the roadworks, which residents asked for.', False),
    ('SMA203', 'rationale', "WhatsApp brings class times straight to parents' phones.", False),
    ('SMA203', 'motivation', 'We need to impress on parents how early the places fill.', False),
]


# --------------------------------------------------------------------------
# An SMA404/501/502 batch, run blind first - content selling itself, own pages

EXPECTATION_BATCH = [
    ('SMA404', 'expectations',
     'Instagram needs to earn its keep: at least £500 a month in bookings traced to '
     'posts.', True),
    ('SMA404', 'expectations',
     'Our posts should sell the surplus veg each Friday, no discounts needed.', True),
    ('SMA404', 'motivation', 'We expect social to be a revenue stream in its own right.', True),
    ('SMA404', 'expectations', 'Every carousel should convert into at least one paid class.', True),
    ('SMA404', 'expectations',
     "We'd expect the time spent to pay back in cash within the year.", True),
    ('SMA404', 'expectations',
     'Revenue will come from the market stall; posts tell people where the stall is.', False),
    ('SMA404', 'expectations',
     'Nobody expects Instagram to be a revenue stream for a parish.', False),
    ('SMA404', 'expectations',
     'Posts may help sales over time, but we measure them by visits.', False),
    ('SMA501', 'expectations', 'Within days of going live we expect the enquiries to start.', True),
    ('SMA501', 'expectations', "We won't judge it before the first anniversary.", False),
    ('SMA501', 'expectations', 'Replies within 24 hours, content planned two weeks ahead.', False),
    ('SMA501', 'expectations',
     "New members will come slowly; we'd be pleased with 25 by December.", False),
    ('SMA501', 'expectations',
     'The first three months are for learning which posts people save.', False),
    ('SMA502', 'expectations',
     'People will be sharing our sourdough memes all over the internet.', True),
    ('SMA502', 'expectations', 'The campaign will spread itself once people see it.', True),
    ('SMA502', 'strategy', 'Create content that sells itself through shares.', True),
    ('SMA502', 'expectations', 'Viral success is the goal, and then the orders will follow.', True),
    ('SMA502', 'expectations',
     'Shares are a nice bonus; the plan is built on the newsletter.', False),
    ('SMA502', 'expectations',
     "We won't rely on shares: each post is boosted to 2,000 local people.", False),
    ('SMA502', 'expectations',
     "The vet's advice on viral gastroenteritis will be pinned for owners.", False),
    ('SMA502', 'expectations',
     'Staff will share the weekly specials on their own pages, as agreed.', False),
    ('SMA502', 'expectations',
     "Our sourdough sells itself; the posts just say when it's out of the oven.", False),
]


# --------------------------------------------------------------------------
# Last batch, run blind first - a veg-box scheme, one text per judgement and side

LAST_BATCH = [
    ('SMA102', 'goal', 'Make our Threads account one people actually follow', True),
    ('SMA102', 'goal',
     'Get 60 dog owners to book a grooming slot through the Instagram link', False),
    ('SMA103', 'goal', 'A healthier top line for the studio', True),
    ('SMA103', 'goal', 'Get 30 lapsed subscribers to resubscribe to the veg box', False),
    ('SMA205', 'research', 'Our shoppers? You name it, everyone comes in.', True),
    ('SMA205', 'research',
     'Checkout survey (412 replies, March 2027): 3 in 4 veg-box buyers are households '
     'with children.', False),
    ('SMA106', 'strategy', 'Just keep the feed alive with nice photos.', True),
    ('SMA106', 'strategy',
     "Households with children: Instagram recipes using this week's box, each asking "
     'them to add a fruit bag.', False),
    ('SMA201', 'motivation',
     "It's in the co-op's new marketing policy: each store runs its own Facebook page.", True),
    ('SMA201', 'motivation',
     "The co-op's policy allows a page; we run one because members ask about delivery "
     'days there.', False),
    ('SMA202', 'rationale',
     'The veg-box scheme over in Hadley gets all its sign-ups from Instagram.', True),
    ('SMA202', 'rationale',
     "We looked at the Hadley scheme's Instagram to see which recipes people save.", False),
    ('SMA203', 'motivation',
     'We want the shop to look less like a charity shop and more like a boutique.', True),
    ('SMA203', 'motivation',
     "Looking like a boutique won't matter to our customers; they want to know what's "
     'in the box.', False),
    ('SMA404', 'expectations', 'Each recipe post should sell ten extra fruit bags.', True),
    ('SMA404', 'expectations',
     "Recipe posts keep subscribers cooking, so fewer cancel; that's the value.", False),
    ('SMA501', 'expectations', 'Within a fortnight of launch we need 100 new boxes a week.', True),
    ('SMA502', 'expectations', 'A recipe reel going viral is basically our whole plan.', True),
    ('SMA502', 'expectations',
     'A recipe reel may travel a bit, but our plan is the weekly box email.', False),
]


# --------------------------------------------------------------------------
# The tables of texts above, each named by the classes it checks: every text is placed in
# its field and checked with its code, line and column

BATCHES = {
    "set_c_classes": SET_C_CLASSES,
    "goal_objects": GOAL_OBJECTS,
    "hollow_text": HOLLOW_TEXT,
    "reasons": REASONS,
    "expectations": EXPECTATIONS,
    "goal_objects_2": GOAL_OBJECTS_2,
    "hollow_text_2": HOLLOW_TEXT_2,
    "reasons_2": REASONS_2,
    "expectations_2": EXPECTATIONS_2,
    "third_batch": THIRD_BATCH,
    "set_d_classes": SET_D_CLASSES,
    "fourth_batch": FOURTH_BATCH,
    "fifth_batch": FIFTH_BATCH,
    "sixth_batch": SIXTH_BATCH,
    "customers_in_note_form": CUSTOMERS_IN_NOTE_FORM,
    "seventh_batch": SEVENTH_BATCH,
    "image_batch": IMAGE_BATCH,
    "expectation_batch": EXPECTATION_BATCH,
    "last_batch": LAST_BATCH,
}


@pytest.mark.parametrize(("code", "field", "text", "fires"), batch_cases(BATCHES))
def test_batches(code, field, text, fires):
    judge(code, field, text, fires)
