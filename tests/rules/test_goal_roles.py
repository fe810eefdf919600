"""Development texts for the goal and hollow-text judgements (SMA102, SMA103, SMA106, SMA205).

Each judgement has at least 25 anti-pattern texts and 25 healthy neighbours,
written for these tests in different registers (a cafe owner, a hospital
communications office, a writer whose English is a second language, a city
council, a B2B firm, a charity) and including negated, hedged and contrasted
healthy texts. The rules must decide them by the roles in the sentence, so a
miss here points at a class the frames do not cover, not at a missing word.
Most of each list was written after the rules, in up to nine blind
batches (the third on negation, hedges and contrast), and added once
the classes they exposed were fixed.
"""

from __future__ import annotations

import json
import time

import pytest

from smaudit.model.prose.goal_roles import MAX_JUDGED
from smaudit.testing import RuleTester
from tests.rules import batch_cases, frames_alone
from tests.rules.test_goals import goal


def research_plan(text: str) -> str:
    """A plan whose quoted audience research starts at line 2, column 13."""
    return f"audience:\n  research: {json.dumps(text)}\n"


def strategy_plan(text: str) -> str:
    """A plan with one channel whose quoted strategy starts at line 1, column 11."""
    return f"strategy: {json.dumps(text)}\nchannels:\n  - platform: instagram\n"


# --------------------------------------------------------------------------
# SMA102 social-as-strategy: the goal's object is a social-media quantity

social = frames_alone("SMA102")

SOCIAL_GOALS = [
    "Get the bistro's Instagram past 3,000 followers before the spring menu",
    "Grow the hospital's LinkedIn audience by 30% this year",
    "We want that our page have much more likes than now",
    "Raise the council's average post interactions to 200 by March",
    "Achieve a 6% engagement rate across our LinkedIn showcase pages",
    "500k video views on the charity's TikTok this year",
    "Triple our subscriber count on the YouTube channel",
    "Be present on Facebook, Instagram, X and Threads by summer",
    "Keep our feed busy with a new post every day",
    "Our aim is to be the most liked cafe page in the valley",
    "10k LinkedIn connections for the managing director",
    "Build a lively Facebook group where members comment every day",
    "Hit 250 reactions on every post",
    "Maximise impressions on our reels",
    "Establish a strong digital footprint for the practice",
    "Go from 1,200 to 8,000 Instagram followers in twelve months",
    "Make our posts get shared more, hundreds of shares each",
    "Grow the foundation's X account to 20k",
    "Be visible on every social network that matters",
    "Double the number of people watching our Facebook Lives",
    "Our objective: a bigger, more engaged audience on Pinterest",
    "Average 1,000 saves per pin by autumn",
    "Win more followers than last year, at least twice as many",
    "Increase brand mentions on X by 50%",
    "Grow the fan base of the hotel's Facebook page",
    "Have our clinic's TikTok videos watched 100,000 times",
    "Be the most talked-about gym in town on Instagram",
    "Get our bakery hashtag trending in the city for the festival weekend",
    "Take home the prize for best council social media page at the regional awards",
    "KPI 2 - reactions per post of at least 80 across all corporate pages",
    "We want the clinic instagram more famous, 5 000 people following us",
    "Push the parish Facebook page to 2k likes",
    "Our Insta needs to look busier, loads more hearts on every photo",
    "Get the museum's YouTube shorts to a million combined views",
    "Have as many people as possible following the studio",
    "Improve our social numbers across the board",
    "Make the LinkedIn page of the firm the most active in our sector",
    "We like to reach 50.000 followers in TikTok this year",
    "Climb to the top of the local hashtag",
    "Grow our presence on Threads and Bluesky",
    "Be seen on every platform the youngsters use",
    "Increase average watch time on our reels",
    "Build up a following of dog lovers on Instagram",
    "More comments and shares on the council's posts",
    "Reach 100k impressions a month",
    "Get 20% more engagement than the cafe next door",
    "Our first goal: 1,500 fans on the Facebook page of the bakery by Christmas",
    "The trust aims to strengthen its digital presence across all channels",
    "A thriving online community around the brand",
    "Get the gallery noticed on Insta",
    "To become famous on TikTok like the bakery in Lyon",
    "Having a bigger audience on social than the other garages",
    "Win the algorithm so our posts show up in more feeds",
    "Get verified on Instagram",
    "Turn our LinkedIn into a must-follow page for the logistics sector",
    "Every post should get at least 50 likes",
    "Double the shares of our Facebook content",
    "Increase subscribers to the YouTube channel from 300 to 3,000",
    "Launch the firm on TikTok and Instagram this spring",
    "Keep the account active with daily stories",
    "Grow our reach among Facebook users in the county",
    "Not sales this year, just followers: 5k on Instagram",
    "We don't need customers from it, we need likes",
    "Honestly, more likes would make us happy",
    "Maybe 10k followers, if possible",
    "Followers, followers, followers",
    "More people who see our stories",
    "Instagram: grow it.",
    "To have a nice Facebook page with many fans",
    "The goal is engagement, not bookings",
    "Increase followers but also likes and comments",
    "Put the brewery on the map on Instagram",
    "Make our reels reach the whole city",
    "Develop a loyal online fanbase for the band",
    "Gain traction on LinkedIn with the new page",
    "Hit the explore page at least once a month",
    "Achieve a social media following comparable to the big chains",
    "Our page should look as professional as the competition's",
    "Get more interaction on Facebook posts",
    "Increase the council's share of voice online",
    "We want be more popular in Instagram",
    "Strengthen the hospital's social media profile",
    "Get 1,000 people to join our Facebook group",
    "Generate conversation about the brand on X",
    "Increase video completion rates on YouTube",
    "Grow the Pinterest account to 500 monthly viewers",
    "Get our posts seen by more people in the valley",
    "Become a well-known account in the vegan community",
    "Higher visibility for our posts",
    "Double our Snapchat audience",
    "Build an engaged audience of 10,000 on LinkedIn",
    "Get the choir's videos to trend locally",
    "Lots more people tagging the salon in their photos",
    "Become the go-to TikTok for bread lovers",
    "A Facebook page with real buzz around it",
    "Be number one on Google Maps and Instagram for brunch",
    "Get people talking about us online",
    "Our channel should have 100 new subscribers a week",
    "Make the agency's LinkedIn look impressive to prospects",
    "Grow from 200 to 2,000 members in our Facebook group",
    "Get featured by big accounts on Instagram",
    "We want to go viral with the opening",
    "Improve our Instagram grid so it looks consistent",
    "More people seeing the council's updates on social",
    "Boost the charity's reach on Twitter",
    "Get our hashtag used by customers",
    "Increase the click-through rate on our posts",
    "Be the most shared bakery in the city",
    "Higher open rates for our Instagram stories",
    "Win influencers over so they post about us",
    "Turn the TikTok account into our main brand asset",
    "Make the bakery a household name on Instagram",
    "Get 10 stories a week reposted by customers",
    "Grow the practice's LinkedIn network",
    "Triple the people who see our content",
    "A YouTube channel people actually subscribe to",
    "Get more saves and shares on our recipes",
    "Have the best-looking feed of any florist in town",
    "Increase average reactions per video",
    "Our target is to be everywhere online",
    "Get famous chefs to follow us",
    "Be seen as the leading voice on LinkedIn in our field",
    "Get the council's posts into more timelines",
    "Double our number of Facebook fans",
    "Get on the TikTok For You page",
    "Grow the community in our Discord server",
    "Make our social media presence look bigger",
    "Reach 1 million people with our campaign video",
    "Attract a younger following",
    "Be talked about on social media",
    "Get people to like our page",
    "Make the museum's Instagram one of the most followed in the country",
    "Get our dentist practice more popular online",
    "Have 40 people comment on every competition post",
    "Build a fan club on Facebook for the football team",
    "Get into the top 10 accounts for gardening on TikTok",
    "Attract more viewers to our live streams",
    "Be more present online than last year",
    "Achieve 25% growth in LinkedIn followers",
    "Post three reels a week, every week",
    "Increase the number of mentions of the hotel on social media",
    "Make sure every post gets likes",
    "Get retweeted by the local newspaper",
    "Gain 500 new subscribers on the podcast's YouTube",
    "Have our logo seen on as many feeds as possible",
    "Become a TikTok sensation",
    "More social media interaction with the public",
    "Get a verified badge for the charity's account",
    "Grow the WhatsApp channel to 1,000 members",
    "Reach the top of the Instagram search for 'cake Leeds'",
    "Double the time people spend watching our videos",
    "Lift our Instagram from 'nobody knows us' to 'everyone follows us'",
    "Make our Facebook posts reach every household in the parish",
    "Be the account every cyclist in the city follows",
    "Grow the LinkedIn company page past our three biggest rivals",
    "Get at least one reel a month over 50k plays",
    "Earn a reputation as the funniest brand on TikTok",
    "Increase profile visits on Instagram by 30%",
    "See our stories shared by at least 100 people a week",
    "Keep a daily presence on every channel",
    "Get more people to hit the like button",
    "Make the school's social accounts busier",
    "Have the highest engagement of any library in the region",
    "Reach 2,000 newsletter... no, 2,000 Instagram followers",
    "Gain more visibility on LinkedIn for the CEO",
    "Be everywhere on social: Facebook, Instagram, TikTok, X",
    "Get tagged in 50 customer photos a month",
    "Our goal is a big online following",
    "Raise awareness of the brand on social networks",
    "Make content that gets people talking on Instagram",
    "Have a bigger TikTok than the bakery across the road",
    "Win 'best Instagram' at the town's small business awards",
    "Grow the podcast's YouTube audience to 5,000",
    "Our dream: a million views on one video",
    "Get 1k people in our WhatsApp community",
    "Be seen by more people on LinkedIn every week",
    "Make the firm look active on social media",
    "Beat the garden centre down the road in Facebook likes",
    "Get a steady stream of likes and comments",
    "Increase the reach of the mayor's posts",
    "Grow our Threads following from zero",
]


@pytest.mark.parametrize("statement", SOCIAL_GOALS)
def test_sma102_social_quantity_is_the_goal(statement):
    social.assert_findings(goal(statement), [("SMA102", 3, 16)])


BUSINESS_GOALS = [
    "Book 40 birthday parties a quarter, using Instagram to show past parties",
    "Get 60 patients a month to complete the online pre-admission form, with Facebook reminders",
    "Get more soap orders from people who already follow our page",
    "Followers are not the aim; 25 new wholesale accounts this year is",
    "Fill every seat at the Friday jazz nights, promoting them on Facebook",
    "Cut the switchboard's daily calls about visiting hours by a third by posting them online",
    "Turn people who watch our repair videos into service bookings: 30 a month",
    "Recruit 20 volunteer drivers for the food bank through Facebook groups",
    "Sign 12 new maintenance contracts with factories, using LinkedIn to start conversations",
    "Get 500 residents to register for the new garden waste scheme",
    "Rather than chase likes, bring 50 more families to the Saturday market",
    "Grow the member newsletter to 3,000 subscribers",
    "We want more students enrol for the evening German course, maybe 40 more",
    "Sell 300 tickets for the charity ball",
    "Increase walk-ins at the shop on weekdays by 20%, helped by Instagram stories",
    "Raise the share of customers who order again within a month to 35%",
    "Get people who see our posts to request a quote: 25 requests a month",
    "Answer every question patients send us on Facebook within one working day",
    "Engagement is nice, but the goal is 15 corporate bookings a quarter",
    "Have 200 households sign up for the energy advice visits",
    "Get 10 local businesses to sponsor our fun run",
    "Win 8 new retainer clients among architecture firms",
    "Get 100 couples to visit the wedding fair stand",
    "Get 30 course sign-ups a month from people who find our YouTube tutorials",
    "Reach office managers in the two business parks and win 15 catering accounts",
    "Bring lapsed gym members back: 60 reactivated memberships by June",
    "Going viral is not the point; we want 20 more enquiries for the loft conversions",
    "Get 40 new families to book a swimming trial using our Instagram reels",
    "Followers are nice but we need 20 more tables booked on Fridays",
    "Grow the number of clients who book a second treatment within six weeks",
    "Use TikTok to recruit 6 apprentices for September",
    "Win 15 new dog-walking clients in the north of town",
    "Bring 300 people to the open day, promoted on Facebook",
    "Not likes: we want 30 quote requests a month",
    "Help patients find the right clinic faster, answering on Facebook",
    "Get 200 downloads of the tenant guide",
    "Increase the share of residents paying online from 40% to 60%",
    "Fill the Saturday workshops",
    "Have 50 businesses register for the trade fair",
    "Sell 1,000 raffle tickets",
    "Get readers to reserve the new releases through the library app",
    "Reduce no-shows at the clinic by texting reminders",
    "Sell out the Christmas workshops, using Instagram to show last year's wreaths",
    "We are not after likes; we want 12 new private clients",
    "Get 300 parents to sign the petition for the crossing",
    "Recruit 40 new choir members, letting TikTok show what rehearsals are like",
    "Rather than more followers, 25 more wedding enquiries a year",
    "Increase the number of patients who book their flu jab online",
    "Get more people to donate blood at the Saturday sessions",
    "Grow membership of the allotment society to 200 households",
    "Increase adoption applications for older cats",
    "Win three new school contracts for the catering arm",
    "Fill 20 places on each summer camp week",
    "Get visitors to the museum café to come back for the evening talks",
    "Reach 5,000 residents with the new recycling rules so fewer bins are rejected",
    "Answer customer questions on Instagram within the hour, to keep orders coming",
    "Get 80 firms to enter the regional business awards",
    "Followers don't matter to us; 30 new families enrolled in the swimming school does",
    "Going viral would be a bonus, but the goal is 20 booked consultations a month",
    "Likes are nice, but we count bookings: 40 a month",
    "We don't care about follower numbers, only about new patients registering",
    "Engagement is not the point. Orders are: 100 online orders a week",
    "Instead of chasing likes, get 15 companies to book a team lunch",
    "No vanity numbers: 25 new members by June",
    "Our followers are lovely, but we need them to come to the shop on weekdays",
    "Use the 4,000 Instagram followers we have to fill the spring classes",
    "More people reading the blog and then asking for a quote",
    "Get 1,000 people to sign the petition, shared through our Facebook group",
    "Use Instagram to bring couples to the showroom: 40 visits a month",
    "Fill the gym's 6 am classes, with TikTok as the way in",
    "Receive 20 applications for the graduate scheme via LinkedIn",
    "Cut the number of missed appointments by reminding patients on WhatsApp",
    "Get more guests to leave a review after their stay",
    "Grow the book club to 30 regular members who come every month",
    "Win two new hotel contracts for our laundry service",
    "Increase sign-ups for the free energy check among tenants",
    "Have 50 families adopt a tree in the community orchard",
    "Get local shops to stock our jam: 10 new stockists",
    "Get 25 people a week to try the new vegan menu",
    "Encourage members to bring a friend: 40 guest passes used",
    "More enquiries from architects about our timber",
    "Increase attendance at the monthly repair café",
    "Get 100 residents to register for flood alerts",
    "Sell out the 20 spaces on the pottery course each term",
    "Raise the number of subscribers to our printed magazine to 2,000",
    "Get followers of the page to book the spring open day",
    "Turn video viewers into paying course students: 60 this year",
    "Get 15 companies a month to request a demo after seeing our LinkedIn posts",
    "Recruit 30 new volunteers for the food bank's winter shifts",
    "Sell every seat for the Friday jazz nights",
    "Have 100 people attend the open evening at the college",
    "Get 40 more orders a week from the Instagram shop",
    "Reduce calls to reception by sharing opening times on Facebook",
    "Get 200 locals to vote for the park in the council budget",
    "Bring walkers into the tea room after the Sunday hike",
    "Increase the number of customers paying by app",
    "Book the meeting rooms for at least 20 hours a week",
    "Get former students to come back for the alumni day",
    "More first-time buyers booking a viewing",
    "Persuade homeowners to get a free energy survey",
    "Get readers to borrow e-books from the library app",
    "Turn Facebook group members into paying workshop guests",
    "Increase walk-in visits to the gallery on weekdays",
    "Have more couples enquire about winter weddings",
    "Grow the customer base in the new town by 200 households",
    "Keep members coming after the first month",
    "Collect 300 sign-ups for the newsletter at events",
    "Get 80 readers to join the library's summer reading challenge",
    "Sell 150 tickets to the charity quiz",
    "Grow repeat orders from cafés we supply",
    "Get 20 local firms to sponsor the fun run",
    "Have patients book their check-ups online instead of by phone",
    "Fill the 40 places on the coding camp",
    "Get 300 people to taste the new cheese at the market",
    "Win 10 new cleaning contracts with offices",
    "Increase visits to the farm shop on weekdays",
    "Get tenants to use the online repair form",
    "Get young people to apply for the apprenticeship",
    "More households signing up for the garden waste bin",
    "Bring 50 new members into the rowing club",
    "Get customers to leave reviews on Google",
    "Help 200 small businesses apply for the grant",
    "Have 30 couples book a tasting this spring",
    "Grow the share of clients who prepay to 50%",
    "Get visitors to stay for lunch after the tour",
    "Turn people who watch our tutorials into workshop bookings",
    "Reduce complaints about late deliveries",
    # a platform named as the means, with a business object that is no transaction
    "Move our customer service to WhatsApp so people get answers faster",
    "Recruit two new nurses through LinkedIn",
    "Hire a barista using Instagram job posts",
    "Cut the phone queue by moving appointment changes to WhatsApp",
    "Keep patients informed about waiting times on Facebook",
    "Make it easy to order from our Instagram page",
    "Let customers pay through the Facebook shop",
    "Get suppliers to quote through LinkedIn messages",
    "Improve response times on Facebook Messenger to under an hour",
    "Announce closures on Facebook before 7 am every time",
    "Find a new chef through LinkedIn",
    "Gather 50 customer reviews on Google this year",
    "Use Pinterest to sell more wedding stationery sets",
    "Publish the council's planning decisions on Facebook within a day",
    "Sell our surplus bread through Too Good To Go and Instagram stories",
    "Support new parents with weekly tips on Instagram",
    "Fundraise 20k through a Facebook birthday campaign",
    "Show job applicants what working here is like on TikTok, to fill 5 roles",
    "Train staff to answer messages on all our social media accounts",
    "Launch the new menu with a tasting evening for 60 guests, shared on Instagram",
    # healthy neighbours written to probe for false alarms
    "Increase followers who turn into customers: 30 first orders from Instagram",
    "Use our 3,000 followers to fill the Easter workshops",
    "Get views that lead to bookings: 20 bookings from the reels",
    "Grow reach among farmers so 15 order the new feed",
    "Turn engagement into enquiries: 25 a month",
    "Build the Facebook group into a place where parents book the holiday club",
    "Be visible on Instagram to couples planning weddings, so 12 book a tasting",
    "Post weekly recipes so customers buy the ingredients in the shop",
    "Recruit 25 volunteers for the beach clean through the Facebook group",
    "Get 30 companies to book the meeting room for training days",
    "Sell 500 copies of the cookbook at the launch",
    "Get 60 more patients to use the online check-in",
    "Fill the evening yoga classes on weekdays",
    "Win four new corporate catering clients",
    "More customers coming back for a second haircut within two months",
    "Get 20 schools to book a museum visit",
    "Increase online preorders for Christmas cakes",
    "Sign up 100 households for the solar co-op",
    "Get customers to bring their own cups",
    "Reduce calls about parking permits by explaining the new rules online",
    "Grow the number of tenants reporting repairs online",
    "Get 40 applicants for the apprenticeship programme",
    "Receive 15 quote requests a month for kitchen refits",
    "Get 300 visitors to the open garden weekend",
    "Raise attendance at parents' evenings",
    "Get more diners to book the chef's table",
    "Turn one-time buyers into monthly subscribers of the coffee box",
    "Increase the number of donors who give online",
    "Get 120 people to register for the spring half marathon",
    "Sell 40 hampers a week in December",
    "Recruit 3 new carers through Facebook job posts",
    "Increase footfall in the shop on rainy days",
    "Get 25 schools to sign up for the recycling workshop",
    "Convince homeowners to book a free boiler check",
    "Have couples book the garden for summer weddings",
    "Bring lapsed members back to the choir",
    "Get patients to switch to online repeat prescriptions",
    "Win 6 new care-home contracts for the laundry",
    "More diners ordering dessert",
    "Fill every slot at the dog-grooming salon on Tuesdays",
    "Get 70 families to the open farm day",
    "Increase return visits to the museum by members",
    "Get 30 local shops to display our poster for the festival",
    "Have readers join the library's book clubs",
    "Get residents to report fly-tipping with the app",
    "Double advance bookings for the summer camps",
    "Receive 10 enquiries a month for office cleaning",
    "Get our volunteers to refer a friend",
    "Get 50 parents to volunteer at the summer fair",
    "Win back 30 customers who stopped ordering",
    "Sell out the Friday fish supper every week",
    "More patients completing the online health form",
    "Recruit 12 new members for the bowls club",
    "Get hotels to book our airport shuttle",
    "Get shoppers to use the click-and-collect service",
    "Increase sign-ups for the free trial class",
    "Bring 100 visitors to the craft fair",
    "Get regular customers to refer neighbours",
]


@pytest.mark.parametrize("statement", BUSINESS_GOALS)
def test_sma102_business_gain_is_valid(statement):
    social.assert_valid(goal(statement))


def test_sma102_a_goal_that_names_only_the_platform():
    (finding,) = social.assert_findings(goal("Put the brewery on the map on Instagram"),
                                        [("SMA102", 3, 16)])
    assert finding.message.endswith(
        '"Put the brewery on the map on Instagram" (the platform itself, instagram, is the '
        "goal's object, and nothing the business gains)")
    # money is an object too: outcome-as-goal judges it, not this rule
    social.assert_valid(goal("Generate 20k in sales from our Instagram posts"))


def test_sma102_message_quotes_the_whole_sentence_and_names_the_role():
    (finding,) = social.assert_findings("""
        business_goals:
          - id: insta
            statement: >-
              We have big plans for the spring. Then get the bistro's
              Instagram past 3,000 followers.
    """, [("SMA102", 4, 7)])
    assert finding.message == (
        "goal 'insta' is about social media itself rather than the business: "
        "\"Then get the bistro's Instagram past 3,000 followers.\" (a social-media "
        "quantity, followers, is the goal's object, and nothing the business gains)")


# --------------------------------------------------------------------------
# SMA103 outcome-as-goal: the goal's object is money only

outcome = frames_alone("SMA103")

MONEY_GOALS = [
    "Boost takings at the cafe by a fifth",
    "Lift the practice's annual income to 1.2m",
    "Achieve 18% revenue growth across the group",
    "We want make more profit this year, at least 10% more",
    "Grow income from the private wing by 12%",
    "Raise 50,000 pounds more than last year's appeal",
    "Hit EUR 3m in annual recurring revenue",
    "Improve the bottom line of the events business",
    "Get more cash through the door during the quiet months",
    "Double turnover by 2028",
    "Strengthen margins on the wholesale side",
    "Reach $500k in billings this financial year",
    "Grow fee income across the consultancy by 8%",
    "Earn more money from the market stall",
    "Generate an extra \u00a340k of profit from the shop",
    "Make the cafe profitable again",
    "Sales, sales, sales: up 25% on last year",
    "Improve our financial results in the second half",
    "Increase the council leisure centres' revenue by 10%",
    "Bring in more money for the orchestra's season",
    "Put more money in the till each weekend",
    "Goal: profit. We need more of it.",
    "Maximise earnings from the holiday cottages",
    "Drive revenue growth of 15% year on year",
    "Increase gross margin by two points",
    "$2m in yearly collections for the clinic",
    "Keep the registers ringing through the slow weeks after Easter",
    "A 5:1 return on what we spend on content",
    "Each pound spent on posts should come back as three pounds in bar takings",
    "Grow written premium across the commercial lines book by 12%",
    "Grow the practice's fee income",
    "Increase net profit margin to 12%",
    "Hit 1 million in sales this year",
    "Get turnover back to pre-pandemic levels",
    "We need to make more money from the workshop",
    "Raise revenue per location by 8%",
    "Double the shop's weekly takings",
    "Earn back the cost of the new oven",
    "Improve cash flow over the winter",
    "Increase ticket revenue for the theatre season",
    "Generate 30% more income from the cafe",
    "Make the charity shop profitable",
    "Boost gross sales on the web shop by a quarter",
    "Our target is 200k EUR turnover",
    "Drive top-line growth in the clinic",
    "Increase the hotel's RevPAR by 10%",
    "Lift annual fundraising income above 2 million",
    "Bring in 30% more cash than last season",
    "Make our online shop profitable by year end",
    "Improve EBITDA for the group",
    "Achieve 500k of sales on the webshop",
    "Grow average revenue per user",
    "Boost the monthly takings of the market stall",
    "Hit the revenue target the owners set",
    "Our only aim is profit",
    "We want more income, that is all",
    "Increase yearly sales with 20 percent",
    "Grow recurring revenue",
    "Make more money from weddings",
    "Higher margins on the bakery goods",
    "Not bookings or leads, just revenue",
    "Money. More of it.",
    "Sales up, costs down",
    "Profit is the only thing that counts this year",
    "Maybe 10% more turnover, hopefully more",
    "We must increase our income because rent went up",
    "Better financial result than 2026",
    "More revenue, not more customers",
    "Increase the sales numbers",
    "Revenue growth, full stop",
    "Increase revenue from the online shop",
    "Maximise income from room hire",
    "Get profit margins back to 15%",
    "Make every event profitable",
    "Grow sponsorship income by 20%",
    "Raise more money than last year's gala",
    "Improve the financial position of the club",
    "Increase the value of sales per month",
    "Higher turnover in the shop, especially in January",
    "A 10% increase in fee revenue from the advisory business",
    "Top line: +12%",
    "Grow the company's revenue base",
    "Make more profit per table",
    "Reach break-even by the end of the year",
    "Increase income from the car park",
    "Our key result: higher revenues",
    "Achieve record turnover in 2027",
    "Increase the foundation's fundraising total",
    "Cash in more from the summer season",
    "Earn enough to pay the bills",
    "More sales, more profit",
    "Hit our revenue goal for Q3",
    "Improve profitability of the restaurant",
    "Make the business financially sustainable",
    "Grow income per guest",
    "Raise more money from the annual appeal",
    "Boost net revenue by 8%",
    "Get the bakery into profit",
    "Increase cash flow",
    "Generate more revenue online",
    "Increase annual turnover to 2 million",
    "Boost profit margins on wedding cakes",
    "Get more money through the online shop",
    "Improve revenue per square metre",
    "Increase the fundraising income of the trust",
    "Earn more this summer than last summer",
    "Grow the business financially",
    "Reach 100k in yearly sales",
    "Make our services more profitable",
    "Revenue, revenue, revenue",
    "Grow turnover across all branches",
    "Improve our bottom-line results",
    "Make more profit from the bar",
    "Higher income for the foundation",
    "Get revenues up again",
    "Improve profit after tax",
    "Sell more to make more money",
    "Earn €200k this year",
    "Increase gross sales",
    "Bigger profits next season",
]


@pytest.mark.parametrize("statement", MONEY_GOALS)
def test_sma103_money_is_the_only_object(statement):
    outcome.assert_findings(goal(statement), [("SMA103", 3, 16)])


CUSTOMER_GOALS = [
    "Grow revenue by winning 20 new office catering accounts",
    "Increase takings by getting regulars to come twice a week instead of once",
    "Fill 40 more midweek tables a week with diners who book online",
    "Not more revenue for its own sake: 300 new patients registering at the practice",
    "Get 150 lapsed donors to give again, worth about \u00a36k",
    "Raise \u00a320k by recruiting 200 new monthly givers",
    "Sign up 80 new members for the climbing wall, which pays for the new holds",
    "Income grows when more families book the holiday camps: 120 bookings this summer",
    "Increase repeat orders from trade customers to 4 a year each",
    "Sell 500 tickets for the autumn concert series",
    "Win 6 new retainer clients, each about EUR 20k a year in fees",
    "Generate 50 qualified leads a month from procurement teams",
    "Help tenants save money on heating with free advice visits",
    "More first-time buyers booking a free mortgage review: 40 a month",
    "Convert 30% of trial users to paid plans",
    "We hope to have more customers who comes back every week",
    "Lift sales of gift cards by getting office managers to order them for staff",
    "Revenue is the result, but the goal is 90 new class sign-ups per term",
    "Grow the share of visitors who buy a guided tour from 10% to 20%",
    "Bring 200 new members into the credit union by spring",
    "Increase enquiries for the event space from companies nearby",
    "Get existing clients to refer a friend: 30 referrals this year",
    "Reduce cancellations of memberships by 25%",
    "Fill the summer workshops: 12 people per session booking ahead",
    "Boost profit by bringing back customers who stopped ordering last year",
    "Get 40 new clients to sign a yearly contract",
    "Increase sales by turning enquiries into bookings faster",
    "Grow revenue through 25 new corporate accounts",
    "Sell 300 season tickets to families",
    "Raise 10k by getting 500 people to sponsor the walk",
    "Bring back 100 lapsed customers this spring",
    "More repeat orders from the restaurants we supply",
    "Get 60 quote requests a month for solar panels",
    "Increase bookings for the escape room on weekdays",
    "Turn first-time visitors into members",
    "Income will follow; the goal is 80 new gym members",
    "Get shoppers to try the new loyalty app",
    "Convert trial users into paying subscribers",
    "Encourage regulars to refer their friends",
    "Help families save money on school uniforms",
    "Increase repeat purchases among customers who bought a bike last year",
    "Grow revenue by getting 50 more couples to book the venue",
    "Sales matter, but this goal is about winning 30 new trade buyers",
    "Raise 40k for the hospice by recruiting 300 runners for the half marathon",
    "Convert 10% of free trial users into paying customers",
    "Get 100 lapsed members to renew",
    "Bring in 60 new patients for the physio clinic",
    "Sell 200 hampers to local companies for Christmas",
    "Increase orders from the restaurants we already supply",
    "Get regular customers to try the new lunch menu",
    "Win 5 new wholesale stockists in the region",
    "Increase the number of clients who book a yearly check",
    "Lift turnover by getting every guest to book their next visit before leaving",
    "More families subscribing to the weekly veg box",
    "Grow donations by asking supporters to give monthly",
    "Revenue will come, but the goal is 40 new monthly donors",
    "Not just sales: we want 200 customers who come back every month",
    "We are not chasing revenue directly; the goal is 60 trial sign-ups",
    "Sales are the result; the goal is getting 30 offices to order lunch weekly",
    "Profit matters, though this goal is about 50 returning guests a month",
    "More income by getting every patient to book the next check-up before leaving",
    "Money follows bookings, so: 25 more bookings a week",
    "Increase sales through 30 more quote requests a month",
    "Bring back customers who have not ordered for a year",
    "Make it easy for neighbours to order online and come back",
    "Grow income from room hire by booking 10 more weddings a year",
    "Sponsorship: sign 5 new local business sponsors",
    "Raise 5k by selling 250 raffle tickets",
    "Improve retention: 80% of members renew",
    "Increase the average number of visits per member",
    "Get 30 first-time donors to give a second gift",
    "Win back customers who switched to the supermarket",
    "Persuade 40 offices to order the weekly fruit box",
    "Increase repeat bookings for the holiday cottages",
    "More patients choosing our clinic for their yearly check-up",
    "Grow income by selling 400 memberships",
    "Turn more enquiries into booked jobs",
    "Bring in new customers from the business park",
    "Get 60 families to sign up for swimming lessons",
    "Increase sales by getting shops to reorder every month",
    "More donors giving every month",
    "Retain 90% of our clients",
    "Raise the conversion from quote to order to 40%",
    "Get regulars to bring a friend",
    "Make our customers come back twice a month",
    "Get 100 new customers for the delivery service",
    "Grow revenue by getting existing clients to upgrade",
    "Increase repeat visits among local families",
    "Fill the restaurant on Mondays with set-menu bookings",
    "Sell 50 gift vouchers for Mother's Day",
    "Get 40% of trial users to subscribe",
    "Win 12 school contracts",
    "Recruit 100 monthly donors",
    "More people ordering our meal kits twice a month",
    "Increase sales of winter tyres by booking 200 fitting appointments",
    # healthy neighbours written to probe for false alarms
    "Double online orders, which should double online sales",
    "Grow revenue from events by hosting 12 corporate parties",
    "Increase profit on catering by winning bigger office orders",
    "Lift sales of the new range through tastings in the shop",
    "Earn 20% more from each guest by getting them to book dinner with the room",
    "Increase takings by opening the kitchen on Sundays for families",
    "Grow sponsorship by signing three local firms",
    "Make the café profitable by getting students to come in the afternoons",
    "Increase turnover with 30 more repeat clients",
    "Generate 50k in pipeline from 20 qualified sales calls",
    "Improve cash flow by getting clients to pay deposits when they book",
    "Raise 10k for the roof: 200 neighbours giving 50 each",
    "Grow sales by getting 30 new cafés to stock our biscuits",
    "Raise income through 150 new members of the friends' scheme",
    "Increase revenue by filling weekday rooms with business travellers",
    "Make more money by getting customers to order add-ons",
    "Get existing clients to buy the annual plan",
    "More couples booking the full wedding package",
    "Increase the number of customers who order every week",
    "Sell 80 season passes to local families",
    "Persuade offices to sign yearly cleaning contracts",
    "Increase profit by bringing back lapsed wholesale customers",
    "Increase revenue by getting 80 more students to enrol",
    "Grow sales by bringing 200 new customers to the shop",
    "Raise money by getting 300 runners to enter the race",
    "More customers buying the premium service",
    "Get each client to book two treatments a year",
    "Double repeat purchases of the coffee beans",
    "Sign 15 new retail partners to stock our sauces",
    "Get guests to book dinner when they book a room",
    "Increase online orders from returning customers",
    "Get more businesses to sponsor the festival",
]


@pytest.mark.parametrize("statement", CUSTOMER_GOALS)
def test_sma103_customer_behaviour_is_valid(statement):
    outcome.assert_valid(goal(statement))


def test_sma103_message_quotes_the_whole_sentence_and_names_the_role():
    (finding,) = outcome.assert_findings("""
        business_goals:
          - id: money
            statement: >-
              This year we want to grow
              the bottom line of the events business.
    """, [("SMA103", 4, 7)])
    assert finding.message == (
        "goal 'money' is only money, an outcome rather than a goal: \"This year we want "
        "to grow the bottom line of the events business.\" (money, bottom line, is "
        "the goal's only object, with no customer behaviour in between)")


# --------------------------------------------------------------------------
# SMA205 no-audience-research: research that states nothing counts as missing

research = frames_alone("SMA205")

HOLLOW_RESEARCH = [
    "Everybody loves cake, so our market is basically the whole town.",
    "People who enjoy a good coffee and a friendly chat.",
    "We know our patients very well, we have been here since 1998.",
    "Our customers are all kinds of people.",
    "Our audience is the wider public and all stakeholders.",
    "Target market: SMEs and enterprises with an interest in digital transformation.",
    "The clients are people which need good translations, in all sectors.",
    "Residents of all ages across the borough.",
    "Animal lovers who want to make a difference.",
    "We have a clear picture of our members after many years.",
    "Probably young professionals, I think mostly 25-40.",
    "Anyone who needs their boiler fixed.",
    "Our buyers are everywhere online, on every platform.",
    "Decision-makers who care about efficiency and value.",
    "Families, couples, tourists, locals - everyone is welcome!",
    "Our donors are generous people who believe in our mission.",
    "The team knows the audience inside out, no need for a survey.",
    "Customers who value quality, craftsmanship and service.",
    "I'd say mostly mums, maybe some dads, probably on Facebook.",
    "Busy people who want healthy food fast.",
    "Broad appeal across demographics and regions.",
    "Companies of every size that use software.",
    "We did a lot of research and understand exactly what customers want.",
    "Our guests come from all walks of life.",
    "Readers who love books and a quiet place to browse.",
    "Homeowners, landlords, businesses - anyone with a roof.",
    "Target group: all residents, every age, the whole region.",
    "Good people who like good things.",
    "Our clients come from everywhere and every background.",
    "Young and old, rich and poor, everyone needs a dentist.",
    "Our target audience is basically the whole city.",
    "We have a feeling most of them are on Facebook.",
    "Professionals who value their time.",
    "All residents and visitors of the municipality.",
    "We understand our customers because we are our customers.",
    "Fans of craft beer, probably 25-45.",
    "The typical customer is someone who wants a good deal.",
    "People interested in sustainability.",
    "SMBs in various industries.",
    "Our market is huge and diverse.",
    "They are everywhere on social media.",
    "Everyone who has a pet.",
    "Everyone is a potential customer for us.",
    "We serve the whole community, young and old.",
    "Honestly we never looked into it.",
    "People who want quality without paying too much.",
    "I'd guess mostly families, maybe retirees.",
    "Tech-savvy millennials who love brunch, I think.",
    "Basically all businesses in the area.",
    "Our customers are just normal people.",
    "We know who our customers are, we see them every day.",
    "Anyone who needs insurance.",
    "Dog owners who care about their pets.",
    "Wide audience, all demographics.",
    "Our research says our customers are everywhere.",
    "A broad mix of clients from every sector.",
    "Fashion lovers with good taste.",
    "We think our customers are mostly young, but we are not sure.",
    "No research yet, but everybody knows us in town.",
    "Our clients are probably on Instagram, like everyone.",
    "We didn't do a survey; we just know.",
    "Customers? All sorts.",
    "A bit of everyone, really.",
    "People like us.",
    "Our customers are good people.",
    "Hard to say, lots of different people.",
    "We could do a survey one day.",
    "Locals and tourists.",
    "Our audience loves what we do.",
    "The usual mix for a town centre cafe.",
    "People with taste and money.",
    "Everyone from 18 to 80, basically.",
    "Professionals and families, I suppose.",
    "We target a wide range of clients.",
    "The research is ongoing.",
    "Customers who trust us.",
    "Our donors are loyal and generous.",
    "We know our customers from years of experience.",
    "All kinds of people come in.",
    "Anyone with a garden.",
    "Our patients are people who care about their health.",
    "We haven't asked, but we think mostly women.",
    "Companies big and small.",
    "Our audience is very diverse and engaged.",
    "Basically the whole town, young and old.",
    "Families, probably, and some tourists.",
    "Folks who like good beer.",
    "Our customers are very loyal.",
    "Mainly people from the area, I believe.",
    "We have a good feeling about who they are.",
    "Young, old, everyone in between.",
    "Hard-working people.",
    "We cater to all tastes.",
    "Our buyers want quality.",
    "There's no typical customer.",
    "Most people like us.",
    "Clients from all over.",
    "Everyone who eats pizza.",
    "Our clients are smart people.",
    "We know them, they know us.",
    "Mostly locals I reckon.",
    "People across all age groups.",
    "Companies that need help with marketing.",
    "Clients are very happy with us.",
    "We have loyal fans.",
    "Nobody has asked us that before.",
    "All residents of the county.",
]


@pytest.mark.parametrize("text", HOLLOW_RESEARCH)
def test_sma205_research_that_says_nothing(text):
    research.assert_findings(research_plan(text), [("SMA205", 2, 13)])


REAL_RESEARCH = [
    "Asked 80 customers at the counter in May: most are office workers within 500 m.",
    "Ward feedback cards (n=340) show visitors want parking updates; most check Facebook.",
    "Our CRM shows 70% of repeat buyers are facilities managers at mid-size manufacturers.",
    "Interviews with nine school business managers: all plan purchases in spring.",
    "Website analytics: 45% of visits come from mobile, top referrer Pinterest.",
    "We looked at two years of reservations: couples in their 60s book midweek, by phone.",
    "Everyone eats bread, but our loyalty scheme says regulars are retirees living nearby.",
    "Our customers are not everyone: till receipts show students buy most of the coffees.",
    "Sign-up forms tell us three in four members heard of the gym from a friend.",
    "Our clients is mostly restaurant owners in the old town, we asked 25 of them.",
    "Library survey 2026 (612 replies): parents of under-5s use Facebook groups for events.",
    "Donors over 60 give by post; younger supporters found us on Instagram, says our survey.",
    "Google reviews mention our fast delivery most; most reviewers are local businesses.",
    "The residents' panel reports that 58% get local news from Facebook.",
    "Mums of toddlers from the nearby estates, who ask for recommendations in the park "
    "WhatsApp group.",
    "Plant managers at food factories in the region; they search YouTube for maintenance "
    "fixes and read trade newsletters.",
    "We counted for a week: two of every three customers arrive by bike.",
    "From our booking system: half of the guests are German, most book via Instagram links.",
    "Chatted with regulars over a month and noted it: retired teachers and dog walkers.",
    "Focus group with ten parents in March showed they compare nurseries on Facebook.",
    "Customer records: 300 active clients, 80% small firms with under 50 staff.",
    "Volunteer survey (45 replies): most volunteers are aged 18-30 and use Instagram.",
    "Our patients are mostly over 65 according to the practice register.",
    "Tenants in our two tower blocks swap repair tips in the residents' WhatsApp group.",
    "We don't know everything, but the enquiry forms show 50% of people found us on Google.",
    "Postcode data from deliveries: 85% of orders go to four neighbourhoods.",
    "Booking data: 62% of clients are women aged 30-50 and most book on Sunday evenings.",
    "We surveyed 150 members in January: most train before work and use WhatsApp groups.",
    "Interviews with 8 facility managers showed they search LinkedIn for suppliers.",
    "Instagram Insights: 70% of our followers live within 10 km.",
    "Loyalty card records show 40% of sales come from 300 households.",
    "We asked every customer for a week how they found us; 1 in 3 said Facebook.",
    "Our till data shows students buy mostly after 3 pm.",
    "Web analytics say 80% of visitors come on mobile.",
    "Retired couples from the village, who read the parish newsletter and the Facebook group.",
    "Nurses on night shifts at the two hospitals, who order from the app after midnight.",
    "Census data: 30% of the borough is over 65.",
    "Feedback forms from 200 patients say they want text reminders.",
    "From our CRM: 120 active clients, most of them law firms.",
    "Spoke with 20 parents at the school gate: they plan on WhatsApp.",
    "Google reviews and 60 phone calls logged in March point to emergency repairs as "
    "the main need.",
    "A survey of 300 gym members: 45% train after work, most follow us on Instagram.",
    "Our online orders show 70% come from three postcodes.",
    "We interviewed 12 HR managers; they read LinkedIn daily.",
    "Ticket sales data: most buyers are over 55 and book by phone.",
    "Facebook Insights show our followers are 80% women aged 25-44.",
    "Customer records show a third of clients are returning after two years.",
    "We asked 50 diners where they heard of us: half said friends.",
    "School receptionists in the district, who order supplies every August through "
    "the council portal.",
    "Parents of children under five who come to the Tuesday toddler session and chat "
    "in its WhatsApp group.",
    "Farmers within 30 km, most of whom call us rather than email, from our call log.",
    "A poll at the counter (n=90) shows TikTok use is rare among our customers.",
    "According to the booking system, 60% of guests come back within a year.",
    "Not everybody is our customer: sales data show 200 regulars make up half the takings.",
    "Feedback cards tell us that students come for the wifi and stay for lunch.",
    "Support tickets show most questions come from first-time users on mobile.",
    "We did not expect it, but the survey (n=210) shows 40% are over 60.",
    "Not everyone, as we thought: the booking data show mostly couples from the city.",
    "We assumed students, but till data say retirees buy most of the bread.",
    "Although we serve all ages, our loyalty data show 70% are families.",
    "Interviews with 15 customers, not a big sample, but all of them use WhatsApp.",
    "Probably not perfect, but we counted 400 visits by postcode last month.",
    "Our register shows 1,200 active patients, most over 50.",
    "Parents at the school gate, whom we asked in September, mostly use Facebook.",
    "Young professionals commute past the shop; we counted them for a week.",
    "Mums with prams who stop for coffee after the nursery drop-off, every weekday at 9.",
    "Ticket data for 2026: 55% of buyers came from outside the city.",
    "Students from the two colleges make up most weekday customers, from our till records.",
    "Instagram is where 7 of 10 new clients say they first saw us.",
    "A parents' survey (n=180) at the nursery.",
    "Nurses and carers working shifts at the care homes nearby; they order by "
    "WhatsApp at the end of shifts.",
    "Interviewed 10 tenants about how they report repairs: most phone, few use the app.",
    "Small builders in the county who buy timber on account and check stock on our website.",
    "Event sign-ups show 40% of attendees are first-time visitors.",
    "Our customers are retirees in the village who read the parish magazine.",
    "Gym members aged 20-35, according to our membership system.",
    "Online orders from 2026: 60% come from within 5 km.",
    "Our appointment book shows most new clients come on Saturdays.",
    "Survey at the summer fair: 120 replies, mostly parents of young children.",
    "Pub quiz regulars, who book tables by phone every Wednesday.",
    "We ran three focus groups with tenants in March.",
    "Farm shop loyalty scheme: 400 members, 70% within 10 miles.",
    "Small accountancy firms in the region that switched software last year, from "
    "our sales records.",
    "Most visitors arrive by train, according to our ticket survey.",
    "Half of our donors give online, the rest by standing order.",
    "Skaters aged 12-18 who meet at the park after school and film tricks for TikTok.",
    # healthy neighbours written to probe for false alarms
    "Mostly local families; we see them every Saturday at the market and they ask us "
    "about recipes.",
    "We know our customers well: our CRM shows 85% come back within a year.",
    "Retired people from the village who walk their dogs past the shop each morning.",
    "Truck drivers on the A1 who stop for breakfast between 5 and 8.",
    "Our customers are mainly small law firms in the city centre who need IT support "
    "and call us when servers fail.",
    "Hospital staff on night shifts, who order food delivery after 10 pm.",
    "Students at the language school next door; they come in groups at lunch.",
    "Our members are mostly runners training for marathons, who log their runs on Strava.",
    "Booking forms from 2026: 3 in 5 guests are couples over 60.",
    "Interviews with 20 members showed they train before work.",
    "We logged every phone enquiry for a month: 70% were about emergency repairs.",
    "Survey of 95 parents: most find us through the school newsletter.",
    "Till data: most sales are between 7 and 9 am, to commuters.",
    "Café regulars from the two office blocks, who order takeaway at lunch and pay by app.",
    "Delivery addresses show most orders come from the north of the city.",
    "Retired teachers in the village who read the parish Facebook page.",
    "Our CRM lists 240 business clients, mostly under 20 staff.",
    "Feedback from 60 patients: most want text reminders.",
    "We counted customers for two weeks: 60% come before 10 am.",
    "Our app data show 3 in 4 users are under 35.",
    "Interviews with eight office managers: they plan catering a week ahead.",
    "Survey on the receipts (n=140): most live within 2 km.",
    "Commuters at the station who buy coffee on their way to the 7:40 train.",
    "Farm workers from the three villages, who shop on Saturday mornings.",
    "From our booking calendar: most lessons are booked by parents for children aged 6-10.",
    "Sales records show most orders come from offices in the business park.",
    "Patient registrations: 45% over 65.",
    "Feedback cards say diners found us via Google Maps.",
]


@pytest.mark.parametrize("text", REAL_RESEARCH)
def test_sma205_research_with_a_fact_or_a_source(text):
    research.assert_valid(research_plan(text))


def test_sma205_hollow_message_says_what_is_missing():
    (finding,) = research.assert_findings(research_plan(
        "Our customers are all kinds of people."), [("SMA205", 2, 13)])
    assert finding.message == (
        "the audience research says nothing concrete: \"Our customers are all kinds of "
        "people.\" states no fact about the customers and no way it was learned")


# --------------------------------------------------------------------------
# SMA106 no-strategy: a strategy that says nothing counts as missing

no_strategy = frames_alone("SMA106")

HOLLOW_STRATEGIES = [
    "Post every day and keep the feed looking good.",
    "Be everywhere, all the time.",
    "Raise our profile and build the brand across social media.",
    "Keep it fresh, fun and on-brand.",
    "We will share news and updates from the hospital on all channels.",
    "Mix of content: photos, videos, stories, reels.",
    "Engage with the community and grow the following.",
    "Utilise an integrated multi-platform approach to maximise visibility.",
    "We make posts often with good quality and answer the messages.",
    "The council will communicate proactively and transparently on social channels.",
    "Consistent branding, great visuals, strong hashtags.",
    "Tell the charity's story with passion.",
    "Create valuable content that adds value.",
    "Post when we can, see what works.",
    "Go big on video this year.",
    "Use TikTok trends to get noticed.",
    "Publish thought leadership articles on LinkedIn twice a month.",
    "Increase awareness and engagement through high-quality content.",
    "Show behind-the-scenes of the kitchen.",
    "Stay top of mind with regular posting and a friendly tone.",
    "Use social media to support the business.",
    "A content calendar, a scheduling tool and a monthly report.",
    "Let the photos do the talking.",
    "Be authentic, be human, be consistent.",
    "Post our offers on every platform.",
    "Follow the algorithm and post at peak times.",
    "Post more, post better.",
    "Great content, every day, everywhere.",
    "Build a strong brand presence online.",
    "Regular posting with good pictures and hashtags.",
    "Engage, engage, engage.",
    "We will be active and consistent on social media.",
    "Keep followers entertained.",
    "Use reels and stories to boost visibility.",
    "Tell our story and show our values.",
    "Plan content a month ahead and post on schedule.",
    "Increase our online visibility with quality content.",
    "Share photos of the team and the work.",
    "Get the word out.",
    "Make some noise on TikTok.",
    "Stay relevant with trends.",
    "Be on all the platforms and post a lot.",
    "Create buzz and build awareness.",
    "Post inspiring content and grow organically.",
    "Let the team post when they have time.",
    "Consistency, quality, authenticity.",
    "Our strategy is to be visible and approachable online.",
    "Repost news articles and industry updates.",
    "Daily stories, weekly reels, monthly live.",
    "Boost posts sometimes.",
    "Showcase our products in a beautiful way.",
    "Position the firm as a thought leader.",
    "Grow engagement with fun content.",
    "Follow best practices for each platform.",
    "Social media is important, so we will do it well.",
    "Share what we do every day.",
    "Post, post, post.",
    "We don't have a strategy yet, we just post.",
    "Not sure yet, maybe reels.",
    "Content that people love.",
    "Just be ourselves online.",
    "Show the world who we are.",
    "Everything on all channels.",
    "Good vibes and nice photos.",
    "Post often and hope for the best.",
    "No particular plan: whatever is happening that day.",
    "Keep the feed alive.",
    "Quality over quantity.",
    "More video content.",
    "Collaborate with influencers and grow.",
    "Run some ads when needed.",
    "Be present where our customers are.",
    "Use humor and be relatable.",
    "Post regularly on LinkedIn about our expertise.",
    "Show that we are modern.",
    "Build trust online.",
    "Be more active on all social channels.",
    "Make great content and let people find it.",
    "Focus on brand building.",
    "Share news regularly.",
    "Always be posting.",
    "Win hearts and minds online.",
    "Content, community, consistency.",
    "Use every platform to the max.",
    "Let our personality shine.",
    "Grow the audience organically.",
    "Keep posting good stuff.",
    "Make our brand visible everywhere.",
    "We will follow the latest trends.",
    "Engaging posts with strong visuals.",
    "Go viral with funny videos.",
    "Create a consistent brand voice.",
    "Share updates from the office.",
    "Tell stories that inspire.",
    "Be helpful and friendly online.",
    "Publish more often than competitors.",
    "Creative content and steady posting.",
    "Go where the audience is.",
    "Stay visible and relevant.",
    "Use hashtags smartly.",
    "Post behind-the-scenes and product shots.",
    "Have fun and be real.",
    "Keep everyone updated.",
    "Maximise reach on all platforms.",
    "Share our passion.",
    "Build a community online.",
]


@pytest.mark.parametrize("text", HOLLOW_STRATEGIES)
def test_sma106_strategy_that_says_nothing(text):
    no_strategy.assert_findings(strategy_plan(text), [("SMA106", 1, 11)])


REAL_STRATEGIES = [
    "Show office managers our platters on LinkedIn and ask them to order lunch for meetings.",
    "Parents of toddlers see the storytime schedule on Facebook; each post links to booking.",
    "Remind lapsed customers about the loyalty card and invite them back for a free coffee.",
    "Post every day, but each post asks locals to book a table for the week.",
    "Tell outpatients how the new online check-in works and point them to the form.",
    "We show homeowners our finished kitchens and ask them to request a free design visit.",
    "Who: retirees in the village. What: weekly specials. Ask: order by phone.",
    "Answer residents' questions about bins in the Facebook group so fewer people call us.",
    "Case studies for IT managers at law firms on LinkedIn, ending with a demo invitation.",
    "Our posts tell students about the evening courses and how to enrol before September.",
    "Stories about rescued dogs for animal lovers nearby, each ending with a link to adopt.",
    "Use Instagram to get cyclists who bought a bike from us to come back for a service.",
    "Build the brand among wedding planners with real event photos, then invite them to a "
    "tasting.",
    "Send followers to the newsletter sign-up with a free recipe card.",
    "Engage with local runners in the club group and get them to sign up for the 10k.",
    "Show tenants the repair-request form in short videos so they report faults online.",
    "Reach young families on Instagram with weekend ideas, each mentioning the family ticket "
    "they can buy at the gate.",
    "Target HR directors with salary benchmark posts and offer the full report for an email "
    "address.",
    "Regulars get first look at new beers in our WhatsApp group and reserve a growler.",
    "Keep posting, yes, but aim every post at new-build homeowners and ask them to call for "
    "a quote.",
    "Give donors a monthly update on the shelter and ask them to raise their gift in December.",
    "LinkedIn posts for procurement officers, linking to our supplier pack download.",
    "Help patients prepare for surgery with short videos and point them to the pre-op class "
    "booking.",
    "Facebook events for the craft fair, aimed at makers in the county, to get stall "
    "applications.",
    "Show first-time buyers how a mortgage works and get them to book a call.",
    "Instagram for the menu and the opening hours, LinkedIn for the catering news.",
    "Each post carries the free design consultation offer.",
    "Try all three platforms for a month, then put our hours into the one that performs.",
    "Show new parents our baby classes and ask them to book a free trial.",
    "Remind past clients about their annual service and get them to book online.",
    "Give local office managers a reason to order: a weekly lunch special they can reserve by DM.",
    "Answer tenants' questions in the building WhatsApp group and point them to the repair form.",
    "Who: cyclists commuting to the business park. What: quick repair tips. Ask: book a service.",
    "Post before-and-after photos for homeowners and invite them to request a quote.",
    "Teach first-time investors the basics and ask them to join the free webinar.",
    "Share volunteer stories with students and ask them to sign up for a shift.",
    "Use LinkedIn to reach HR directors with case studies and offer a free audit.",
    "Every story ends with a link to donate.",
    "Show families the new menu and invite them to come in on Sundays.",
    "Target gym beginners with form tips; each post links to the intro class booking.",
    "Help residents report potholes online with a short how-to video.",
    "Reach wedding planners on Pinterest with our floral work and ask them to enquire.",
    "Invite regulars to our tasting night via the Facebook event.",
    "Send lapsed donors a thank-you video and ask them to give again in December.",
    "Show commuters the bike service in 30-second clips and ask them to book a slot.",
    "Each reel shows a finished garden to homeowners nearby and ends with 'request a visit'.",
    "Reach parents in the school Facebook groups and invite them to the open morning.",
    "Answer every question from tenants in the group and direct them to the online form.",
    "Post weekly, but always for the same people: small-business owners, asked to "
    "join the free workshop.",
    "Case studies aimed at plant managers, each offering a free line audit.",
    "Tell locals about the new menu and get them to reserve a table through the link.",
    "Remind patients about flu jabs and link to the booking page.",
    "Share student success stories with teenagers and their parents, asking them to enrol.",
    "Offer a free first class to beginners who comment on our posts.",
    "Invite wedding couples to the open day through Pinterest boards.",
    "Talk to local gardeners about the new compost and ask them to order early.",
    "Show members the new classes and encourage them to try one for free.",
    "Give residents clear updates about roadworks so fewer of them call the helpline.",
    "Not daily posting for its own sake: each post asks locals to book a table.",
    "Fewer posts, but every one invites parents to the open day.",
    "We won't post everywhere; on Facebook we ask residents to report potholes online.",
    "Rather than trends, show homeowners real projects and ask them to request a quote.",
    "Instead of more content, answer every question from patients and link to booking.",
    "Post less, but ask every follower to join the loyalty club.",
    "Not a content calendar but a plan: reach lapsed clients and get them to come back.",
    "Share the menu with office workers and ask them to order before 11.",
    "Remind members about the class timetable so they book ahead.",
    "Show donors where their money goes, then ask them to give again.",
    "Post client stories for small-business owners and ask them to book a free review call.",
    "Influencers who already shop with us show the new range to their followers, "
    "with a discount code to order.",
    "Use ads to reach new parents within 5 km and invite them to a free trial class.",
    "Weekly tips for landlords, each ending with a link to request a valuation.",
    "Share behind-the-scenes videos with wedding couples and ask them to visit the showroom.",
    "Teach residents how to sort waste in short clips and point them to the collection calendar.",
    "Show job seekers a day in the life of our apprentices and ask them to apply before March.",
    "Announce each concert to past ticket buyers and ask them to reserve early.",
    "Answer gardeners' questions live on Fridays and ask them to pre-order plants.",
    "Give regulars a reason to return: a midweek offer they claim by showing the post.",
    "Show young families the new play area and invite them to book a birthday party.",
    "Each week, a tip for small landlords with a link to book a free check.",
    "Reach nurses on night shifts and offer them a late-night discount to claim in the café.",
    "Post the daily specials for office workers and ask them to pre-order by noon.",
    "Invite past customers to review us and come back with a voucher.",
    "Help teenagers find summer jobs and ask them to apply through the link.",
    "Tell dog owners about the new grooming service and ask them to book the first session.",
    "Share member success stories and ask members to bring a friend.",
    "Alert residents about road closures and point them to the detour map.",
    "Show cyclists our repair workshop and get them to book a service online.",
    # healthy neighbours written to probe for false alarms
    "Show renters what our repair service does and how to report a fault online.",
    "Reach hotel managers on LinkedIn with case studies of faster laundry turnaround.",
    "Educate parents about vaccination dates and remind them before each one.",
    "Be the first place local runners look for race news, then sell them entries to our 10k.",
    "Build trust with first-time buyers by explaining each step of a mortgage.",
    "Use TikTok to show school leavers what an apprenticeship is like.",
    "Share the weekly menu with office workers in the business park.",
    "Let farmers see the machines working in the field, so they ask for a demo.",
    "Show homeowners our solar installations and ask them to book a free roof survey.",
    "Post monthly offers for members and remind them to renew before the deadline.",
    "Invite local runners to the Saturday run club with a sign-up link.",
    "Help first-time visitors plan a trip to the museum and get them to buy tickets online.",
    "Share parents' questions and answers so they enrol their children before summer.",
    "Reach restaurant owners on Instagram with our fresh produce and ask them to order weekly.",
    "Explain the new bin collection days to residents and point them to the calendar.",
    "Give cyclists a service checklist and a link to book a tune-up.",
    "Tell alumni about the reunion and ask them to register.",
    "Target young professionals with short videos and invite them to a free first lesson.",
    "Show new parents the baby swim class and ask them to book a trial.",
    "Post offers for lapsed clients and invite them back.",
    "Share case studies with facility managers and offer a free site survey.",
    "Remind members to renew before January.",
    "Explain the permit rules to residents and link to the online application.",
    "Give students a discount code to order lunch.",
    "Show couples real weddings and ask them to request our brochure.",
    "Reach retirees in the village and invite them to the coffee morning.",
    "Help first-time buyers with short explainers and ask them to call us.",
    "Invite local businesses to sponsor the summer fair.",
]


@pytest.mark.parametrize("text", REAL_STRATEGIES)
def test_sma106_strategy_with_who_and_ask(text):
    no_strategy.assert_valid(strategy_plan(text))


# "prompt" as an adjective (the organization's manners) is no call to action; as a
# verb with someone to prompt it still is.
PROMPT_ADJECTIVE = [
    "To keep the account ticking along with regular, thoughtful posts, and to be friendly "
    "and prompt with everyone who writes in.",
    "Post steadily and be prompt.",
    "Share good-looking posts and give prompt replies.",
    "Stay prompt in the comments and keep the feed tidy.",
]


@pytest.mark.parametrize("text", PROMPT_ADJECTIVE)
def test_sma106_prompt_manners_are_no_strategy(text):
    no_strategy.assert_findings(strategy_plan(text), [("SMA106", 1, 11)])


@pytest.mark.parametrize("text", [
    "Prompt whoever comments to book a free fitting.",
    "Each post will prompt them to reply with their favourite walk.",
])
def test_sma106_prompt_as_a_verb_is_an_ask(text):
    no_strategy.assert_valid(strategy_plan(text))


def test_sma106_hollow_message_names_what_is_missing():
    (finding,) = no_strategy.assert_findings(strategy_plan(
        "Be everywhere, all the time."), [("SMA106", 1, 11)])
    assert finding.message == (
        "the strategy says nothing about how social media serves the goals: \"Be "
        "everywhere, all the time.\" names nobody it reaches and nothing they are asked to do")


# --------------------------------------------------------------------------
# Placeholders count as missing in the fields these rules read


@pytest.mark.parametrize("text", [
    "TODO: describe our customers",
    "TBD",
    "N/A - we will work it out as we go",
    "To be defined by the agency.",
    "...",
    "xxx",
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit",
    "to be decided",
])
def test_placeholder_research_and_strategy_count_as_missing(text):
    research.assert_findings(research_plan(text), [("SMA205", 2, 13)])
    no_strategy.assert_findings(strategy_plan(text), [("SMA106", 1, 11)])


# --------------------------------------------------------------------------
# A huge field stays fast: it is judged on its first MAX_JUDGED characters


def test_plan_sized_fields_stay_fast():
    # three fields of 600 kB: together just under the 2 MiB plan limit
    body = "We post nice photos, our customers are everyone, I think - " * 10_000
    assert len(body) > 25 * MAX_JUDGED
    plan = (f"strategy: {json.dumps(body)}\naudience:\n  research: {json.dumps(body)}\n"
            f"business_goals:\n  - id: g\n    statement: {json.dumps(body)}\n"
            "channels:\n  - platform: instagram\n")
    tester = frames_alone("SMA102", "SMA103", "SMA106", "SMA205")
    started = time.perf_counter()
    tester.assert_findings(plan, [("SMA106", 1, 11), ("SMA205", 3, 13)])
    assert time.perf_counter() - started < 5


# --------------------------------------------------------------------------
# User phrases still add cues to the frames


def test_sma103_extend_phrases_adds_a_money_cue():
    tester = frames_alone("SMA103", options={"SMA103": {"extend_phrases": ["keep the lights on"]}})
    text = goal("Keep the lights on through the winter")
    (finding,) = tester.assert_findings(text, [("SMA103", 3, 16)])
    assert "(money, Keep the lights on," in finding.message
    outcome.assert_valid(text)


def test_sma102_user_phrases_are_weighed_against_customer_behaviour():
    tester = frames_alone("SMA102", options={"SMA102": {"extend_phrases": ["blue tick"]}})
    tester.assert_findings(goal("Earn the blue tick this year"), [("SMA102", 3, 16)])
    tester.assert_valid(goal("Earn the blue tick so 30 more couples book a tasting"))


def test_hollow_texts_are_quoted_whole_across_yaml_line_breaks():
    (finding,) = research.assert_findings("""
        audience:
          research: >-
            Our customers are all
            kinds of people, really.
    """, [("SMA205", 3, 5)])
    assert '"Our customers are all kinds of people, really."' in finding.message
    (finding,) = no_strategy.assert_findings("""
        strategy: |
          Post every day
          and keep the feed looking good.
        channels:
          - platform: instagram
    """, [("SMA106", 2, 3)])
    assert '"Post every day and keep the feed looking good."' in finding.message


# --------------------------------------------------------------------------
# Second round: span misreads and frames found on texts written without the code.
# Each class has its own texts here (other nouns and verbs than the texts that
# exposed it), an anti-pattern and a healthy neighbour.


def test_a_possessive_owns_a_noun_not_a_verb_of_customers():
    # "the studio's returns" is the studio's paperwork, not people coming back
    social.assert_findings(goal("After a decade of doing the studio's returns, I would love our "
                                "Pinterest board to pass 5,000 saves"), [("SMA102", 3, 16)])
    social.assert_valid(goal("Get 5,000 Pinterest savers to order a framed print"))
    # "it's" is a pronoun and a verb, so the verb after it can still be someone acting
    outcome.assert_valid(goal("Make sure it's families who book the spring workshops"))


def test_that_after_a_plural_noun_opens_a_relative_clause():
    # "garages that order" act; the income named after them is why they matter
    outcome.assert_valid(goal("Double the number of garages that order tyres from us twice a "
                              "year, since most of our profit comes from them"))
    outcome.assert_findings(goal("Double the profit we make on that book of recipes"),
                            [("SMA103", 3, 16)])


def test_who_is_writing_is_not_the_goal():
    # a lead-in about the writer ("as the one who books the venue") gains nothing
    outcome.assert_findings(goal("Writing as the partner who orders the stock: lift the "
                                 "shop's turnover by a fifth"), [("SMA103", 3, 16)])
    outcome.assert_valid(goal("Writing as the partner who orders the stock: get 40 florists "
                              "to reorder every month"))


def test_an_outcome_as_subject_is_nobody_acting():
    # "the results come in" is a hope; "members come in" is people acting
    no_strategy.assert_findings(strategy_plan(
        "Share lovely pictures often, chat to everyone, and then the results come in on "
        "their own."), [("SMA106", 1, 11)])
    no_strategy.assert_valid(strategy_plan(
        "Share pictures of the climbing wall and ask lapsed members to come in for a free "
        "session."))


def test_subs_are_a_platform_count_only_beside_a_platform():
    # members' subs are dues; a channel's subs are subscribers
    social.assert_valid(goal("Raise more income this season: the tea room and the members' "
                             "subs no longer cover the rent"))
    outcome.assert_findings(goal("Raise more income this season: the tea room and the "
                                 "members' subs no longer cover the rent"),
                            [("SMA103", 3, 16)])
    social.assert_findings(goal("Get our YouTube channel to 2,000 subs"), [("SMA102", 3, 16)])


def test_work_done_so_the_account_grows_serves_the_account():
    # answering people is service, unless it is done so the page grows
    social.assert_findings(goal("Post on Threads twice a day and answer every reply so our "
                                "profile keeps growing"), [("SMA102", 3, 16)])
    social.assert_valid(goal("Answer every reply on Threads within two hours so tenants "
                             "report repairs early"))
    social.assert_valid(goal("Answer every reply on our posts within two hours"))


def test_people_turned_into_customers_are_the_gain():
    # followers named in a relative clause are the means; the clients are the gain
    social.assert_valid(goal("Convert hikers who already like our LinkedIn posts into "
                             "repeat clients"))
    social.assert_findings(goal("Convert our LinkedIn page into a page with 4,000 followers"),
                           [("SMA102", 3, 16)])


def test_research_that_asks_a_question_or_defers_it_states_nothing():
    # an indirect question ("we know who visits") names what could be known
    research.assert_findings(research_plan(
        "Surveys? Twenty years behind this counter, we know who walks in: food lovers."),
        [("SMA205", 2, 13)])
    research.assert_valid(research_plan(
        "Twenty years behind this counter: most who walk in are nurses from the hospital."))
    # a passive ("to be sorted out") says what will be done to the research
    research.assert_findings(research_plan(
        "To be sorted out in the autumn, when we find out who shops with us online."),
        [("SMA205", 2, 13)])


# A platform's own count as the subject of a verb of coming ("keep the likes coming"),
# and the platforms themselves as what people use ("the networks used by farmers"): the
# verb is the platform's activity, not a customer acting.
SOCIAL_SUBJECTS = [
    ("Keep the reactions coming in on every reel from the bike shop", True),
    ("Take the Instagram account to 2,000 and keep the likes coming", True),
    ("Grow our reach on the social networks used by young farmers", True),
    ("Be seen on every platform used by parents in the district", True),
    ("Keep the customers coming back to the bike shop every spring", False),
    ("Get more families using the library's holiday reading scheme", False),
    ("Keep the reviews coming from diners who booked through the page", False),
]


@pytest.mark.parametrize(("statement", "fires"), SOCIAL_SUBJECTS)
def test_sma102_platform_counts_and_platforms_as_subjects(statement, fires):
    if fires:
        social.assert_findings(goal(statement), [("SMA102", 3, 16)])
    else:
        social.assert_valid(goal(statement))


# A plural possessive before a noun naming a plan ("the trustees' plan is to ...") says
# whose plan it is, not whom the strategy reaches.
PLAN_OWNERS = [
    ("The owners' approach, as the manager puts it, is to stay busy online and let things "
     "grow.", True),
    ("The trustees' plan is to stay visible online and see what grows from it.", True),
    ("The founders' own approach: be everywhere, all the time.", True),
    ("The growers' idea is simply to post often and keep the brand fresh.", True),
    ("The trustees' plan is to show parents of toddlers our Saturday sessions and ask them "
     "to book.", False),
    ("Show commuters' families the weekend timetable and ask them to book a seat.", False),
    ("The growers' approach is to invite allotment holders to swap seeds at the spring "
     "fair.", False),
]


@pytest.mark.parametrize(("text", "fires"), PLAN_OWNERS)
def test_sma106_whose_plan_it_is_is_not_whom_it_reaches(text, fires):
    if fires:
        no_strategy.assert_findings(strategy_plan(text), [("SMA106", 1, 11)])
    else:
        no_strategy.assert_valid(strategy_plan(text))


# "In order to/that/for" is a purpose, never a customer's order: a money goal with a
# purpose clause is still only money, while customers who order are still a behaviour.
IN_ORDER = [
    ("More revenue for the garage in order to pay the rent", True),
    ("Raise our takings by 15% in order that the bakery can open a second counter", True),
    ("Increase profits in order for the clinic to cover the new lease", True),
    ("Grow sales by a fifth in order to offset the rise in rent", True),
    ("To lift fee income for the studio in order to replace the lost grant", True),
    ("Get 40 more customers to order the Sunday roast each month", False),
    ("Raise revenue by getting lapsed members to order the annual pass again", False),
]


@pytest.mark.parametrize(("statement", "fires"), IN_ORDER)
def test_sma103_in_order_to_is_a_purpose_not_an_order(statement, fires):
    if fires:
        outcome.assert_findings(goal(statement), [("SMA103", 3, 16)])
    else:
        outcome.assert_valid(goal(statement))


# --------------------------------------------------------------------------
# Classes found by reading unseen sets, each with texts of its own (anti-patterns
# and healthy neighbours, half of them written before the fix and kept blind).

_WHERE = {"goal": (3, 16), "research": (2, 13), "strategy": (1, 11)}
_PLACE = {"goal": goal, "research": research_plan, "strategy": strategy_plan}
_JUDGES: dict[str, RuleTester] = {}


def _judge(code: str, field: str, text: str, fires: bool) -> None:
    tester = _JUDGES.setdefault(code, frames_alone(code))
    plan = _PLACE[field](text)
    if fires:
        tester.assert_findings(plan, [(code, *_WHERE[field])])
    else:
        tester.assert_valid(plan)


# Research that says only "adults" ("anyone over 18", "everyone aged 16 to 90"),
# a claim hedged by a word that grants doubt or held by no one ("pretty sure",
# "it is assumed that"), and what everybody does on a phone or online, are no
# fact about the customers. A higher age, a narrow range and a named platform are.
HOLLOW_RESEARCH = [
    ("SMA205", "research",
     "Anyone over 18 with a driving licence can hire a van, so that is our market.", True),
    ("SMA205", "research", "Our members are everyone aged 16 to 90, basically the whole town.",
     True),
    ("SMA205", "research",
     "The ferry is for everybody above 16 travelling to the island, that's our audience.", True),
    ("SMA205", "research",
     "All adults aged 18-75+ in the valley could need a locksmith at some point.", True),
    ("SMA205", "research", "Anyone over 21 who likes a cocktail is basically our customer.", True),
    ("SMA205", "research", "Our regulars are almost all over 65 and come on weekday mornings.",
     False),
    ("SMA205", "research",
     "Parents of children under 5 who live within 3 km make up most of our bookings.", False),
    ("SMA205", "research",
     "Every pupil we teach is under 12, and nine in ten are driven here by a parent.", False),
    ("SMA205", "research",
     "Pretty sure most of our clients are retired couples who come by car.", True),
    ("SMA205", "research",
     "It is assumed that our patients are mainly families from the estate who walk in.", True),
    ("SMA205", "research",
     "Hopefully the people who ring us are homeowners who search online first.", True),
    ("SMA205", "research",
     "Fairly sure our diners are mostly office workers who walk over at lunch.", True),
    ("SMA205", "research",
     "It is generally believed that visitors to the museum are tourists who stay one night.",
     True),
    ("SMA205", "research",
     "Our guests are considered to be mainly couples who drive up from the city.", True),
    ("SMA205", "research", "The till records leave no doubt: 60% of callers are landlords.",
     False),
    ("SMA205", "research",
     "The visitor book is clear: most guests drive up from the city for one night.", False),
    ("SMA205", "research", "Young people basically live on social media these days.", True),
    ("SMA205", "research", "Our clients use social media like everyone else.", True),
    ("SMA205", "research",
     "Retired people spend hours online nowadays, so our customers will see our posts.", True),
    ("SMA205", "research", "Dog owners live on their phones like the rest of us.", True),
    ("SMA205", "research",
     "Most folk browse the internet on their phones, so our customers do too.", True),
    ("SMA205", "research",
     "Tradespeople who order from us check the app on their phones before 7 am.", False),
    ("SMA205", "research",
     "Wedding couples we met at fairs use Pinterest boards to plan their day.", False),
]


# A quantifier over everyone who turns up ("all comers", "any walkers who pass", "every
# visitor") names no one in particular; "all lapsed members" still names the lapsed.
EVERYONE_WHO_TURNS_UP = [
    ("SMA106", "strategy",
     "Be on every platform and chat with all visitors, whenever there is time.", True),
    ("SMA106", "strategy", "Post whenever we can and reply kindly to all commenters.", True),
    ("SMA106", "strategy",
     "Be everywhere online and chat with any strangers who drop by the page.", True),
    ("SMA106", "strategy", "Share lovely photos daily and engage with all readers, always.",
     True),
    ("SMA106", "strategy",
     "Turn up on all the apps, post whenever possible, and talk to any walkers who pass.", True),
    ("SMA106", "strategy",
     "Show all members the new rowing times on Instagram and ask them to sign up for a crew.",
     False),
    ("SMA106", "strategy", "Reach parents of new swimmers on Facebook with lesson clips.", False),
    ("SMA106", "strategy",
     "Send all lapsed members a winter offer on Facebook and ask them to rejoin.", False),
    ("SMA106", "strategy", "Chat with all lapsed members on Facebook about the winter league.",
     False),
]


# Money is still the only object when what follows it says what the money is for
# ("income to fund a day room", "enough to help cover the bills"), when a transaction
# noun only modifies a money head ("booking value", "reservation revenue"), when
# "take" is a noun ("a bigger weekly take"), or when the selling is named beside the
# money ("sell much more and smash last season's turnover"). A means phrase ("by
# getting pupils to book") and an average per order are still customer behaviour.
MONEY_AND_ITS_USE = [
    ("SMA103", "goal", "Raise legacy income to fund a new day room", True),
    ("SMA103", "goal", "Bring in more money, hopefully enough to help cover the heating bill",
     True),
    ("SMA103", "goal", "Increase gift-shop takings to support the restoration of the chapel",
     True),
    ("SMA103", "goal", "Lift membership fee income, ideally enough to help hire a second coach",
     True),
    ("SMA103", "goal", "Boost profit to pay for a new boat for the juniors", True),
    ("SMA103", "goal",
     "Grow revenue by signing up 40 new corporate clients to support the expansion", False),
    ("SMA103", "goal",
     "Grow revenue to 90k by getting former pupils to book refresher lessons", False),
    ("SMA103", "goal",
     "Raise income to cover the rent by getting 30 families to book the holiday club", False),
    ("SMA103", "goal", "6k more monthly booking value by autumn", True),
    ("SMA103", "goal", "Increase total order value by 25% year on year", True),
    ("SMA103", "goal", "Double gross ticket value for the winter season", True),
    ("SMA103", "goal", "Reservation revenue up 20% by Q3", True),
    ("SMA103", "goal", "Increase average order value from online customers", False),
    ("SMA103", "goal", "Grow repeat booking numbers among families by 15%", False),
    ("SMA103", "goal", "The aim is a bigger weekly take at the market stall", True),
    ("SMA103", "goal", "What we want is a healthier monthly take from the ice-cream van", True),
    ("SMA103", "goal", "Take bookings from more walkers at the weekend", False),
    ("SMA103", "goal", "Take more school groups on guided tours in spring", False),
    ("SMA103", "goal", "Sell much more this summer and smash last season's turnover", True),
    ("SMA103", "goal", "Sell a lot more and beat last year's revenue", True),
    ("SMA103", "goal", "Sell more cakes to offices and grow revenue", False),
]


# A goal about the account in other words: people (any agent noun) doing to it what
# the platform counts ("an account collectors like and share"), or a platform's
# community named by its suffix ("our corner of PlantTok"). A quantity the goal says
# it does not measure ("likes are not a metric", "follower growth is not a KPI") and a
# platform given a job as a tool ("the page serving only as the noticeboard") leave
# the business outcome as the goal.
ACCOUNT_IN_OTHER_WORDS = [
    ("SMA102", "goal",
     "Grow our corner of PlantTok until gardeners tag and share us every week", True),
    ("SMA102", "goal", "A feed that climbers repost and comment on daily", True),
    ("SMA102", "goal",
     "Make the studio's account one that collectors like and share every day", True),
    ("SMA102", "goal", "Be the Foodstagram account diners tag every time they eat out", True),
    ("SMA102", "goal", "Become a name on Bookstagram", True),
    ("SMA102", "goal", "Climbers who see our route videos book an intro session", False),
    ("SMA102", "goal",
     "Cyclists share their ride photos at the cafe and then book a bike fit", False),
    ("SMA102", "goal", "Parents share our term dates with other families", False),
    ("SMA102", "goal", "Follower growth is the KPI for this year.", True),
    ("SMA102", "goal", "Views are the main target for the channel this year.", True),
    ("SMA102", "goal",
     "Fill the Tuesday yoga classes through Instagram stories; likes are not a metric we "
     "track here.", False),
    ("SMA102", "goal",
     "Cut missed check-ups using text reminders; the follower count is not a target.", False),
    ("SMA102", "goal",
     "Get more walk-in trade via the Facebook page; page likes are not a measure of success "
     "for us.", False),
    ("SMA102", "goal",
     "Reduce late cancellations with WhatsApp reminders; views aren't a KPI here.", False),
    ("SMA102", "goal", "Make our Facebook page the busiest in town", True),
    ("SMA102", "goal", "Grow the Instagram page into the town's favourite", True),
    ("SMA102", "goal",
     "Fewer wasted trips for the plumbers, with our social media pages serving only as the "
     "board where customers check arrival times", False),
    ("SMA102", "goal",
     "Shorter queues at the ferry desk, the Facebook page acting as the timetable noticeboard",
     False),
    ("SMA102", "goal",
     "Less confusion on race day, with the club's Instagram account used as the notice board "
     "for start times", False),
    ("SMA102", "goal",
     "Quicker repairs, our WhatsApp channel working merely as the place tenants report faults",
     False),
]


# A second batch for the same classes, written after the fixes and not tuned on, and
# healthy neighbours that lean on each new frame: a higher age, a record, an
# average per client, selling to a named buyer, people who like and do something else.
SECOND_BATCH = [
    ("SMA205", "research",
     "Basically anybody over 18 in the borough could be a client of ours.", True),
    ("SMA205", "research",
     "Our clientele is adults of every age, 25 to 85, right across the county.", True),
    ("SMA205", "research",
     "I'm fairly confident most of our patients are pensioners who come by bus.", True),
    ("SMA205", "research",
     "It was felt by the committee that our members mostly drive in from the suburbs.", True),
    ("SMA205", "research", "Customers are on their mobiles constantly, like everybody.", True),
    ("SMA205", "research", "Teenagers spend half their lives on their phones.", True),
    ("SMA205", "research",
     "Members over 70 make up 45% of the club and most book by phone.", False),
    ("SMA205", "research", "Our loyalty-card data shows under-25s buy mostly after 9 pm.", False),
    ("SMA205", "research",
     "Most of our guests are 18 to 24 and find us on TikTok, per the booking form.", False),
    ("SMA205", "research",
     "Couples aged 28-35 planning weddings contact us through Instagram.", False),
    ("SMA106", "strategy",
     "Turn up everywhere, post as often as we can, and reply to all customers who write.", True),
    ("SMA106", "strategy",
     "Chat to any members of the public who comment, and post when there is news.", True),
    ("SMA106", "strategy",
     "Show first-time buyers the mortgage clinic dates on Facebook and ask them to book a "
     "slot.", False),
    ("SMA103", "goal", "Increase net income so that we can afford a second van", True),
    ("SMA103", "goal", "Lift turnover, ideally enough to take on an apprentice next year", True),
    ("SMA103", "goal", "More money in the till to refit the shop floor", True),
    ("SMA103", "goal",
     "Grow ticket income by getting 200 more families to book the winter show", False),
    ("SMA103", "goal",
     "Raise subscription revenue 15% by converting trial users to annual plans", False),
    ("SMA103", "goal", "Increase gross merchandise value by a third", True),
    ("SMA103", "goal", "The monthly take from the café should double", True),
    ("SMA102", "goal",
     "Have the page become one that local foodies tag and share all the time", True),
    ("SMA102", "goal", "An Instagram that other makers follow and repost", True),
    ("SMA102", "goal",
     "Win back lapsed members with Facebook reminders; reach is not the goal here.", False),
    ("SMA102", "goal",
     "Fill the Saturday workshops; follower numbers are not a KPI for us.", False),
    ("SMA102", "goal",
     "Faster answers for tenants, with the WhatsApp line functioning as a help desk", False),
    ("SMA102", "goal",
     "More repair bookings, the Facebook group serving as the place owners ask questions", False),
    ("SMA205", "research",
     "Regulars aged 18-30 make up most weekend trade, per the till data.", False),
    ("SMA205", "research",
     "Students over 18 follow us on Instagram and book the Thursday quiz.", False),
    ("SMA205", "research",
     "Our members, all over 50, mostly use Facebook groups to plan walks.", False),
    ("SMA205", "research",
     "Night-shift nurses order from the app after midnight; they live on their phones "
     "between rounds.", False),
    ("SMA205", "research",
     "Anglers, mostly over 55, read the angling forums and buy by phone.", False),
    ("SMA205", "research",
     "Over-18s make up 40% of members, and the rest come with a parent.", False),
    ("SMA205", "research",
     "Tenants said in the 2025 survey that they check WhatsApp before email.", False),
    ("SMA205", "research",
     "Most people who come in are locals, according to our postcode log.", False),
    ("SMA102", "goal",
     "Get local walkers to share the trail map and stop at the cafe for lunch", False),
    ("SMA102", "goal",
     "Customers who share their booking confirmation get 10% off their next visit", False),
    ("SMA102", "goal", "Teachers like and recommend our maths workbooks", False),
    ("SMA102", "goal", "Residents like and trust the council's bin-day reminders", False),
    ("SMA103", "goal", "Sell more cakes", False),
    ("SMA103", "goal", "Raise 20k by recruiting 200 monthly givers to support the shelter", False),
    ("SMA103", "goal", "Win 30 office catering accounts to grow revenue", False),
    ("SMA103", "goal", "Increase bookings value per client through add-on treatments", False),
    ("SMA106", "strategy",
     "Invite all parents of Year 6 pupils to the open evening through the Facebook group.", False),
    ("SMA106", "strategy",
     "Reply to every enquiry within the hour and ask each one to book a viewing.", False),
]


# A third batch, run once before any change: only the quantifier over a
# coordination ("any followers or passers-by") needed a fix.
THIRD_BATCH = [
    ("SMA205", "research", "Our customers are basically anybody over 21.", True),
    ("SMA205", "research", "Any grown-up with a car, really; nobody under 17 drives.", True),
    ("SMA205", "research",
     "Adults of all ages, from 20 to 70, who need their chimney swept.", True),
    ("SMA205", "research",
     "Presumably the usual crowd who stream everything on their tablets.", True),
    ("SMA205", "research", "Folk in the village surely check Facebook now and then.", True),
    ("SMA205", "research",
     "Guests are thought to be mostly walkers who stop on the coast path.", True),
    ("SMA205", "research", "People scroll online all day, that is where our buyers are.", True),
    ("SMA205", "research",
     "Three in four of last year's bookings came from couples over 60, per the diary.", False),
    ("SMA205", "research",
     "Riders aged 8 to 14 come with a parent, who books through the website.", False),
    ("SMA205", "research",
     "Our card data says 55% of sales are to people over 18 and under 30.", False),
    ("SMA106", "strategy", "Post a lot, everywhere, and something will take off.", True),
    ("SMA106", "strategy",
     "Be seen on all channels, share often, interact with any followers or passers-by.", True),
    ("SMA106", "strategy",
     "Keep every account ticking over and be nice to all the people who message.", True),
    ("SMA106", "strategy",
     "Send dog walkers the new trail map on Instagram and invite them in for a coffee.", False),
    ("SMA106", "strategy",
     "Reach retired anglers on Facebook with catch reports and ask them to book a boat.", False),
    ("SMA103", "goal", "Boost turnover in order to refurbish the upstairs room", True),
    ("SMA103", "goal", "Generate more profit so as to fund a second site", True),
    ("SMA103", "goal", "A fatter daily take at the kiosk", True),
    ("SMA103", "goal", "Grow the total basket value of our online shop by 10%", True),
    ("SMA103", "goal", "Increase course fee income by filling the spring evening classes", False),
    ("SMA103", "goal",
     "Raise donations income to pay for a minibus by asking 300 supporters to give monthly", False),
    ("SMA102", "goal", "A Facebook group local hikers comment on and share every weekend", True),
    ("SMA102", "goal", "Be the page every runner in town tags after a race", True),
    ("SMA102", "goal", "Become a household name on BookTok", True),
    ("SMA102", "goal", "Fuller Thursday classes; engagement is not the focus this year.", False),
    ("SMA102", "goal",
     "Fewer missed collections, the Nextdoor page acting as a reminder board for residents", False),
    ("SMA102", "goal",
     "More sign-ups for the beginners course, with Instagram used as the shop window", False),
    ("SMA106", "strategy",
     "Chat with all lapsed members and former coaches about the winter league on Facebook.", False),
]


# A transaction repeated is still one ("rebookings", "re-enrolments"); "X follows" is the
# verb of coming after, not a count of follows; who the people are, in a relative clause,
# does not hide what they are got to do.
REPEATS_AND_RELATIVES = [
    ("SMA103", "goal", "Rebookings from the spring families. Revenue follows.", False),
    ("SMA102", "goal", "Rebookings from the spring families. Revenue follows.", False),
    ("SMA102", "goal",
     "Get parents who watch our match clips to sign their children up for the summer camp", False),
    ("SMA102", "goal", "5,000 followers who watch every match clip", True),
    ("SMA103", "goal", "Fee income up by a fifth. Nothing else matters this year.", True),
]


# Money with what it is for in a purpose clause is still money only; people counted
# while doing what the page counts are the page's number.
PURPOSES_AND_COUNTS = [
    ("SMA103", "goal", "Lift the bar's takings so we can pay the coaches and buy new kit", True),
    ("SMA103", "goal", "Lift the bar's takings by getting quiz teams to book tables", False),
    ("SMA102", "goal", "Get 1,500 residents following the library page", True),
    ("SMA102", "goal",
     "Turn the parents who like our posts into families who enrol a child", False),
]


# A way of learning put off to later has learned nothing yet.
@pytest.mark.parametrize(("text", "fires"), [
    ("The membership secretary will send round a questionnaire in due course.", True),
    ("A survey of the allotment holders is planned.", True),
    ("We surveyed 80 plot-holders last spring; another survey is planned next year.", False),
])
def test_research_put_off_to_later(text, fires):
    _judge("SMA205", "research", text, fires)


# Denied as an objective after it, liked and shared in the -ing form, coming in on foot,
# and a strategy whose ask is to message.
MORE_FORMS = [
    ("SMA103", "goal",
     "Bar takings are not an objective of this plan; the objective is that more quiz teams "
     "book a table for the monthly final.", False),
    ("SMA102", "goal", "Get more parents liking and sharing our fixture posts", True),
    ("SMA102", "goal",
     "Have more families from the estate walk in on a Sunday having seen the roast on "
     "Facebook", False),
    ("SMA106", "strategy",
     "Not 'post everywhere' - only Instagram, for apprentices in shared houses, with short "
     "guides that ask them to message us before a deposit dispute.", False),
]


DENIED_MEANS_AND_HOLLOW = [
    ("SMA102", "goal", "Followers don't fix boilers. Want service contracts signed.", False),
    ("SMA102", "goal",
     "Increase the number of village halls hosting a show, using the company's Facebook "
     "presence to reach hall committees", False),
    ("SMA106", "strategy", "Post regular. Answer messages.", True),
]


# --------------------------------------------------------------------------
# The tables of texts above, each named by the classes it checks: every text is placed in
# its field and checked with its code, line and column

BATCHES = {
    "sma205_adults_hedges_and_any_phone_are_no_fact": HOLLOW_RESEARCH,
    "sma106_everyone_who_turns_up_is_no_one_in_particular": EVERYONE_WHO_TURNS_UP,
    "sma103_what_money_is_for_is_not_a_customer_behaviour": MONEY_AND_ITS_USE,
    "sma102_the_account_in_other_words": ACCOUNT_IN_OTHER_WORDS,
    "second_batch_of_the_same_classes": SECOND_BATCH,
    "third_batch_of_the_same_classes": THIRD_BATCH,
    "repeated_transactions_and_relative_clauses": REPEATS_AND_RELATIVES,
    "money_for_a_purpose_and_people_counted_on_the_page": PURPOSES_AND_COUNTS,
    "more_forms_of_the_same_roles": MORE_FORMS,
    "denied_subjects_means_phrases_and_hollow_notes": DENIED_MEANS_AND_HOLLOW,
}


@pytest.mark.parametrize(("code", "field", "text", "fires"), batch_cases(BATCHES))
def test_batches(code, field, text, fires):
    _judge(code, field, text, fires)
