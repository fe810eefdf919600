#!/usr/bin/env python3
"""Benchmark-corpus generator: realistic social-media plans in plan format v1.

Writes N deterministic YAML plans that follow plan format v1
(docs/plan-format.md), to benchmark parsing, schema validation and the
rules on input that looks like what consultants write:

    python3 gen_plans.py OUTDIR N [--seed S] [--defects F]

Files are OUTDIR/plan_00000.yaml, plan_00001.yaml, ... Each is roughly 100 to
200 lines: thirteen industries (bakery, brewery, dental practice, SaaS,
library, animal rescue, ...), comments (full-line and inline), block scalars
(| and >), flow sequences and mappings, quoted and unquoted strings, unquoted
ISO dates and quarters.

With --defects 0 every plan is well-formed v1: only keys the format defines,
the right types and enum values, every goal id, owner, segment and platform
reference resolves, content_mix sums to 100; the plans are also written to
stay clear of the rule catalog's anti-patterns. A fraction F (default 0.15)
of the plans then gets one to three deliberate, realistic problems: a
dangling goal id, a misspelled key, a wrong type or enum value, a vanity
metric tied to no goal, no customer_service section, a bandwagon sentence in
motivation, a too-short timeline.expect_results_within.

Plan i depends only on (seed, i), and its defects come from a separate random
stream, so: output is byte-identical for the same arguments, plan i is the
same whatever N is, and a plan that draws no defect is the same file whatever
F is (comparing a --defects 0 corpus with a default one shows which files
carry defects). Standard library only.
"""
from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import os
import re
import random
import textwrap

# --------------------------------------------------------------------------
# Vocabulary

PLATFORM_TITLES = {
    "facebook": "Facebook", "instagram": "Instagram", "linkedin": "LinkedIn", "x": "X",
    "tiktok": "TikTok", "snapchat": "Snapchat", "youtube": "YouTube", "pinterest": "Pinterest",
    "threads": "Threads", "bluesky": "Bluesky", "reddit": "Reddit", "mastodon": "Mastodon",
    "whatsapp": "WhatsApp", "nextdoor": "Nextdoor", "google_business": "Google Business Profile",
    "discord": "Discord", "twitch": "Twitch", "blog": "the blog", "email": "the newsletter",
}

FIRST = ["Maria", "Jess", "Marco", "Priya", "Tom", "Aisha", "Ben", "Chloe", "Dev", "Elif",
         "Farid", "Grace", "Hugo", "Ines", "Jonas", "Kemi", "Luca", "Mara", "Nils", "Omar",
         "Quinn", "Rosa", "Sven", "Tara", "Yusuf", "Zoe", "Lena", "Sam", "Nadia", "Pablo"]
LAST = ["Silva", "Okafor", "Müller", "Tanaka", "Novak", "Haddad", "Larsen", "Rossi", "Kowalski",
        "Nguyen", "O'Brien", "Lopez", "Brennan", "Ferreira", "Schmidt", "Andersen"]
AGENCIES = ["Brightline Digital", "Pixel & Pine", "Northwind Social", "Loop Agency", "Hearth Media",
            "Fieldnote Studio"]
PLACES = ["Northside", "Harbor", "Riverside", "Eastgate", "Oak Hill", "Millbrook", "Westend",
          "Lakeview", "Old Town", "Kingsbridge", "Elm Park", "Southport"]
ADJ = ["Bright", "Little", "Golden", "Quiet", "Wild", "Blue", "Honest", "Evergreen", "True North",
       "Copper"]
CONSULTANTS = ["Dana Whitfield", "Arjun Mehta", "Claire Dubois", "Kwame Asante", "Sofia Lind"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

ROLES = ["marketing coordinator", "owner", "office manager", "community manager", "content creator",
         "marketing lead", "operations manager", "communications officer", "sales assistant",
         "front desk lead"]
OTHER_DUTIES = ["newsletter", "front desk", "ordering", "bookkeeping", "events", "website updates",
                "photography", "staff schedule", "customer emails", "supplier calls"]
CADENCES = ["daily", "3/week", "2/week", "5/week", "weekly", "4/week", "every weekday",
            "2 posts a week", "1/week"]
CADENCE_NOTES = ["reels and carousels", "more in December", "batch-made on Mondays",
                 "one post can be a story", "plus replies every day"]
HOURS = ["Mon-Fri 9-17", "Mon-Sat 8-20", "24/7", "Tue-Sat 8-18", "weekdays 8:30-17:30",
         "Mon-Fri 9-17, Sat 10-14", "opening hours, checked at 9, 13 and 17"]
RESPONSE_TIMES = ["1h", "2h", "4h", "8h", "24h", "90 minutes", "30 minutes", "1 business day",
                  "1 day", "PT4H", "PT2H"]
EXPECT_OK = ["6 months", "9 months", "12 months", "1 year", "P6M", "P9M", "P1Y", "18 months", "365"]
REVIEW_CADENCES = ["weekly", "biweekly", "monthly", "monthly", "monthly", "quarterly", "2 weeks",
                   "P1M", "6 weeks"]
CURRENCIES = ["USD", "USD", "EUR", "GBP", "CAD", "AUD"]
MIX_PROMO = ("promotional", "offers", "sales")

# Healthy prose.  Placeholders: {P} platform, {seg}/{Seg} segment, {product}, {place},
# {customers}, {org}, {name}, {kind}.
MOTIVATION = [
    "Customers keep asking about {product} by direct message, and today nobody answers them on time.",
    "Most new {customers} last year told us a friend had shown them one of our posts.",
    "Word of mouth brings most of our business, and a lot of it now happens on {P}.",
    "We have good stories about {product} that never leave {place}.",
    "Our reviews are strong but few people find them before they choose.",
    "The team wants one plan instead of posting whenever someone has a spare minute.",
    "Last year's ad spend was never measured; we want to know what works before spending more.",
    "{Seg} tell us they rarely hear what is new with us.",
]
EXPECTATIONS = [
    "Leadership expects steady progress, reviewed every month, not a spike.",
    "We will judge each channel after six months of consistent posting and drop the weakest.",
    "{name} reports the numbers at the monthly team meeting.",
    "Success is measured at the till and in the booking calendar, not on the dashboard.",
    "The first quarter is for learning which content {seg} respond to.",
    "Paid posts only amplify what already works organically; the ad budget is reviewed each quarter.",
    "Nobody expects the channels to carry the business; they should make the good work we do easier to find.",
]
STRATEGY = [
    "Use {P} to show {product} to {seg}, and send interested people to one clear next step.",
    "{P2} carries events and practical updates for {seg2}.",
    "Every question gets an answer within the promised time, because service is what people talk about.",
    "Paid posts only amplify content that already does well organically.",
    "Each channel below names the goals it serves and the people it reaches: goal, then strategy, then tactics.",
    "We review what works and move effort from the weakest channel to the strongest.",
    "Content follows a simple mix: teach something, show the people behind the work, and only then ask for the sale.",
]
RESEARCH_METHOD = [
    "Counter survey in {month} {year} ({n} responses).",
    "Post-purchase email survey in {month} {year}, {n} answers.",
    "Interviews with {k} customers in {month} {year}.",
    "Website analytics for the last twelve months plus {n} answers to a two-question card.",
    "Questions on the booking form since {month} {year} ({n} bookings).",
    "Page exports from the platforms we already use, checked against {n} survey answers.",
]
RESEARCH_FINDING = [
    "{pct}% of respondents follow at least one {kind_one} account on {P}.",
    "{Seg} mostly find us through {P} and recommendations from friends.",
    "Most questions arrive by direct message in the evening, after opening hours.",
    "Website analytics show {P} as the second largest source of visits after search.",
    "{Seg} told us they want practical tips more than offers.",
    "{pct}% of {seg} said they check {P} at least once a day.",
]
RATIONALE = [
    "{Seg} already spend time on {P}; {pct}% of them named it in our survey.",
    "{P} is where {seg} look for ideas before they decide.",
    "Short behind-the-scenes videos work well with {seg}, and {P} lets us test them cheaply.",
    "{Seg} plan their week with {P} events and groups.",
    "People searching on {P} are often already looking for {product}.",
    "Answering questions in public on {P} shows {seg} how we treat customers.",
    "{P} gives us a direct line to {seg} without depending on a feed.",
    "Our best customers came from {P} last year, according to the intake form.",
]
ESCALATION = [
    "Complaints about an order go to {name} the same day; anything legal or press-related goes to the owner.",
    "Refund requests move to email within the hour, and {name} follows up by phone if the customer agrees.",
    "Anything about safety or health goes straight to {name} and is answered privately.",
    "A complaint nobody can solve within a day is logged in the shared inbox and {name} calls the customer back.",
]
LISTENING = [
    "Mentions of {org} and \"{kw}\", plus new reviews.",
    "Keywords around {product} and questions in local groups, checked every morning.",
    "People asking for recommendations for {product} on {P}.",
    "Tagged and untagged mentions of {org}, and reviews on the sites our {customers} use.",
]
TARGETING = ["{seg} within {km} km", "{seg} in the {region} area", "lookalike of past {customers}",
             "{seg}, ages {a}-{b}, within {km} km", "people who visited the website in the last 30 days"]
AFFINITY_TEXT = ["has recommended us unpaid since {year}", "a customer for years; tagged us {n} times",
                 "already posts about {product} and bought from us twice"]
STATUS = ["active", "active", "active", "planned", "planned", "paused"]

# --------------------------------------------------------------------------
# Industries: goals are (id, type, statement, targets, metrics[(name, kind, target)]),
# tactics are (name, type, call_to_action, conversion[, influencer handle]).

INDUSTRIES = [
    dict(
        names=["{first}'s Bakery", "{place} Bread Co.", "{adj} Crumb Bakery", "{place} Patisserie"],
        industry="food and beverage", sizes=["solo", "small", "small"], online=0.4,
        kind="bakeries", kind_one="bakery", product="cakes and bread", place="the shop",
        customers="customers", kw="custom cakes",
        offerings=["Sourdough and custom celebration cakes baked the same day.",
                   "Laminated pastries and rye bread from a forty-year-old starter, baked every morning.",
                   "Wedding and birthday cakes designed with the customer and delivered within 10 km."],
        values=["craftsmanship", "friendly service", "local sourcing", "quality ingredients", "community"],
        segments=[("office managers", "order catering for meetings and leaving parties", ["instagram", "linkedin"]),
                  ("neighbourhood regulars", "walk in two or three times a week", ["facebook", "instagram", "nextdoor"]),
                  ("parents planning birthdays", "order a custom cake once or twice a year", ["instagram", "pinterest", "facebook"]),
                  ("wedding couples", "plan six to twelve months ahead and compare bakers", ["pinterest", "instagram"])],
        goals=[("catering-leads", "lead_generation", "Win catering orders from offices within 5 km",
                ["30 catering inquiries per quarter", 30],
                [("catering inquiries from social", "conversion", "30 per quarter"), ("cost per catering inquiry", "conversion", "under 15")]),
               ("custom-cake-orders", "sales", "Fill the custom cake calendar on weekdays",
                ["40 custom orders a month", 40],
                [("custom cake orders citing social", "conversion", 40), ("custom cake revenue", "revenue", "4,000 a month")]),
               ("weekday-footfall", "customer_engagement", "Bring more regulars in on Monday to Wednesday mornings",
                ["+15% weekday transactions"],
                [("weekday transactions (POS)", "conversion", "+15%"), ("saves on the morning bake posts", "engagement", 200)]),
               ("wedding-bookings", "lead_generation", "Book more wedding cake tastings for next season",
                ["10 tastings a month", 10], [("wedding tasting bookings", "conversion", 10)]),
               ("order-questions", "customer_service", "Answer every order question and review within four hours",
                ["95% within 4h"], [("messages answered within 4h", "service", "95%"), ("average review rating", "sentiment", 4.8)]),
               ("local-awareness", "awareness", "Make the bakery known in the two neighbourhoods next to ours",
                ["1 in 3 new customers saw us online"],
                [("new customers who saw us online (counter card)", "reach", "33%"), ("reach within 3 km", "reach", 8000)])],
        tactics=[("Tasting box for office managers", "lead_capture", "Book a free tasting box", "{name} calls every booking within a day with a catering quote"),
                 ("Cake of the week", "content", "Vote for next week's flavour", "The winning cake is on the counter Saturday and preorders open in the post"),
                 ("Bake-along live on Sunday", "event", "Join the live and bake with us", "Attendees get a code for 10% off their next custom order"),
                 ("Birthday cake giveaway", "giveaway", "Share your best birthday photo to win a cake", "Every entrant gets a message with the custom cake order form"),
                 ("Food writer tasting", "influencer", "Read the review and come try the new menu", "Readers get a first-visit coffee voucher", "@eatlocalwithlou")],
        mix=["showcase", "behind_the_scenes", "educational", "community", "promotional"],
    ),
    dict(
        names=["{place} Brewing Co.", "{adj} Barrel Brewery", "{place} Taproom"],
        industry="craft brewery and taproom", sizes=["small", "small", "medium"], online=0.3,
        kind="breweries", kind_one="brewery", product="new beers", place="the taproom",
        customers="guests", kw="craft beer",
        offerings=["Small-batch hazy IPAs and lagers poured in a 90-seat taproom, with food trucks on weekends.",
                   "Seasonal sours and a monthly can release, brewed on site and sold at the bar."],
        values=["brewing craft", "quality ingredients", "friendly service", "community"],
        segments=[("neighbourhood regulars", "live within 3 km and come in a few times a month", ["facebook", "instagram"]),
                  ("beer hunters", "drive in for limited releases and track them online", ["instagram", "reddit", "youtube"]),
                  ("event planners", "book the back room for birthdays and team nights", ["facebook", "linkedin", "instagram"]),
                  ("festival crowd", "meet us at beer festivals and try us there first", ["instagram", "tiktok"])],
        goals=[("weeknight-traffic", "customer_engagement", "Bring more people into the taproom Monday to Thursday",
                ["average 45 guests per weeknight", 45],
                [("average weeknight guest count (POS)", "conversion", 45), ("RSVPs to weeknight events", "engagement", "60 a month")]),
               ("release-sellout", "sales", "Sell out each monthly can release on its first weekend",
                ["100% of release cans gone by Sunday"],
                [("cans sold on release weekend", "revenue", "100%"), ("release preorders", "conversion", 300)]),
               ("private-bookings", "lead_generation", "Book the back room for private events six times a month",
                [6, "6 bookings a month"], [("private event inquiries", "conversion", "10 a month")]),
               ("mug-club-renewals", "retention", "Keep mug club members renewing year after year",
                ["80% renewal"], [("mug club renewal rate", "retention", "80%")]),
               ("pilot-feedback", "feedback", "Learn which pilot batches deserve a full release",
                ["20 responses per pilot", 20],
                [("pilot batch poll responses", "engagement", 20), ("sentiment of comments on pilot posts", "sentiment", "70% positive")])],
        tactics=[("Brewer's Tuesday Q&A", "content", "Come Tuesday at 7 and ask the head brewer anything", "Guests get a loyalty stamp card at the bar"),
                 ("Release day preorder", "social_selling", "Reserve your four-pack before Friday", "Preorders are picked up in the taproom, where most buyers stay for a pint"),
                 ("Trivia league", "community", "Sign up your team for the spring league", "Captains get the event calendar by email and a table reserved each week"),
                 ("Review watch", "listening", "Tell us what you thought of the pilot", "Every review gets a reply and an invitation to the next tasting"),
                 ("Homebrewer collab", "influencer", "Watch the brew day and book a seat at the launch", "Launch seats come with a mug club trial month", "@hopsandhandles")],
        mix=["behind_the_scenes", "events", "community", "educational", "promotional"],
    ),
    dict(
        names=["{place} Dental", "Bright Smile Dental Studio", "{place} Family Dentistry"],
        industry="healthcare (dental practice)", sizes=["small", "medium"], online=0.0,
        kind="practices", kind_one="dental practice", product="check-ups and treatments", place="the practice",
        customers="patients", kw="dentist near me",
        offerings=["General and family dentistry with same-week appointments and evening hours.",
                   "Aligners and whitening with a free first consultation and fixed prices."],
        values=["patient comfort", "transparency", "friendly service", "clinical excellence"],
        segments=[("young families", "book check-ups for two or three children at once", ["facebook", "instagram"]),
                  ("new residents", "moved here in the last year and have no dentist yet", ["nextdoor", "facebook", "google_business"]),
                  ("adults considering aligners", "compare clinics and prices for months before booking", ["instagram", "tiktok", "youtube"]),
                  ("anxious patients", "have avoided the dentist for years", ["facebook", "youtube"])],
        goals=[("new-patient-bookings", "lead_generation", "Book more new patients for first check-ups",
                ["25 new patients a month", 25],
                [("new patient bookings citing social media", "conversion", 25), ("booking form completions", "conversion", 40)]),
               ("aligner-consultations", "lead_generation", "Fill the free aligner consultations on Tuesdays and Thursdays",
                ["12 consultations a month", 12], [("aligner consultation requests", "conversion", 12)]),
               ("recall-attendance", "retention", "Get existing patients back for their six-month check-up",
                ["85% recall attendance"], [("recall appointments kept", "retention", "85%")]),
               ("local-awareness", "awareness", "Be known to new residents in the three neighbourhoods around the practice",
                ["1 in 4 new patients heard of us online"],
                [("new patients who saw us online (intake form)", "reach", "25%"), ("reach within 5 km", "reach", 12000)]),
               ("review-replies", "customer_service", "Reply to every review and message within one business day",
                ["100% within 1 business day"],
                [("messages answered within one business day", "service", "100%"), ("average review rating", "sentiment", 4.8)])],
        tactics=[("Meet the hygienist videos", "content", "Watch and book your check-up online", "The booking link in every video goes to the online calendar"),
                 ("Kids' brushing chart", "lead_capture", "Download the chart and book the family check-up", "Downloads get a reminder email with a family booking slot"),
                 ("Aligner stories", "content", "Book a free aligner consultation", "The treatment coordinator calls within a day"),
                 ("Mother's Day whitening contest", "contest", "Tell us why your mum deserves a whitening", "Every entrant gets 20% off a first consultation"),
                 ("Review replies", "customer_service", "Tell us how your visit went", "Unhappy patients are called back by the practice manager")],
        mix=["educational", "behind_the_scenes", "testimonials", "community", "promotional"],
    ),
    dict(
        names=["{place} Cycles", "{first}'s Bike Shop", "{adj} Spoke Co."],
        industry="retail (cycling)", sizes=["solo", "small", "small"], online=0.6,
        kind="bike shops", kind_one="bike shop", product="repairs and e-bikes", place="the workshop",
        customers="riders", kw="bike repair",
        offerings=["Bike repairs while you wait and commuter bikes fitted to the rider.",
                   "Used e-bikes checked by our mechanics, with a one-year warranty."],
        values=["craftsmanship", "honesty", "sustainability", "community"],
        segments=[("commuters", "ride to work every day and need fast repairs", ["instagram", "reddit"]),
                  ("weekend riders", "join group rides and upgrade parts each season", ["instagram", "facebook", "youtube"]),
                  ("e-bike buyers", "research for weeks and compare prices online", ["youtube", "facebook", "reddit"]),
                  ("families", "buy kids' bikes and trailers", ["facebook", "instagram", "pinterest"])],
        goals=[("repair-bookings", "lead_generation", "Fill the repair workshop on weekday mornings",
                ["60 bookings a week", 60], [("online repair bookings", "conversion", 60)]),
               ("ebike-sales", "sales", "Sell more used e-bikes through the web shop",
                ["15 e-bikes a month", 15],
                [("e-bike revenue from social referrals", "revenue", "15,000 a month"), ("web shop conversion rate from social", "conversion", "2%")]),
               ("group-ride-community", "community", "Grow the Saturday group ride into a regular community",
                ["40 riders most Saturdays", 40],
                [("Saturday ride attendance", "engagement", 40), ("active members in the ride group", "engagement", 150)]),
               ("service-plan-retention", "retention", "Keep service plan customers coming back every season",
                ["70% renew"], [("service plan renewals", "retention", "70%")]),
               ("brand-trust", "brand", "Be the shop people recommend for honest advice",
                ["4.8 average rating", 4.8],
                [("average Google rating", "sentiment", 4.8), ("recommendation threads that name us", "sentiment", "30%")])],
        tactics=[("Saturday group ride", "community", "Join the ride at 8 from the shop", "Riders get 10% off parts on the day"),
                 ("Fix-it Friday videos", "content", "Book a repair slot online", "The booking link in each video goes to the workshop calendar"),
                 ("E-bike test ride weekend", "event", "Book a test ride", "Test riders get a follow-up call and a finance quote"),
                 ("Retargeting e-bike viewers", "advertising", "See the e-bikes in stock", "Ads link to the web shop stock list"),
                 ("Local cycling channel review", "influencer", "Watch the review and book a test ride", "Viewers get a free safety check with the code from the video", "@pedalpatrol")],
        mix=["educational", "community", "showcase", "behind_the_scenes", "offers"],
    ),
    dict(
        names=["{place} Yoga", "{adj} Lotus Studio", "Studio {first}"],
        industry="fitness and wellness", sizes=["solo", "small"], online=0.7,
        kind="studios", kind_one="yoga studio", product="classes", place="the studio",
        customers="students", kw="beginner yoga",
        offerings=["Small yoga classes of at most twelve people, with a beginners' course every month.",
                   "Prenatal and postnatal yoga taught by a physiotherapist."],
        values=["inclusivity", "community", "patience", "wellbeing"],
        segments=[("beginners", "have never done yoga and worry about keeping up", ["instagram", "facebook"]),
                  ("office workers", "want a lunchtime or after-work class near the office", ["linkedin", "instagram"]),
                  ("new parents", "look for pre- and postnatal classes", ["facebook", "instagram", "whatsapp"]),
                  ("regular students", "come twice a week and bring friends", ["instagram", "whatsapp", "email"])],
        goals=[("intro-course-signups", "lead_generation", "Fill the monthly beginners' course",
                ["12 of 12 places", 12],
                [("beginner course sign-ups", "conversion", 12), ("trial class bookings", "conversion", 30)]),
               ("membership-retention", "retention", "Keep members after their first three months",
                ["75% still active at month four"], [("month-four retention", "retention", "75%")]),
               ("corporate-classes", "lead_generation", "Sign two companies for weekly on-site classes",
                [2, "2 corporate contracts"], [("corporate class inquiries", "conversion", 6)]),
               ("referrals", "community", "Make the studio a place students bring friends to",
                ["30% of new students referred by a member"],
                [("new students referred by members", "conversion", "30%"), ("replies on class posts", "engagement", "150 a month")]),
               ("class-pass-sales", "sales", "Sell ten-class passes online",
                ["80 passes a month", 80], [("online class pass revenue", "revenue", "9,600 a month")])],
        tactics=[("30-day beginner challenge", "contest", "Post your practice every day with our hashtag", "Finishers get a free week and a call to book the beginners' course"),
                 ("Teacher's tip of the week", "content", "Save the tip and try it tonight", "Each tip ends with the trial class link"),
                 ("Bring-a-friend Friday", "community", "Bring a friend for free on Fridays", "Friends get the intro offer by email the next day"),
                 ("Lunchtime demo at offices", "event", "Book a free demo class for your team", "HR contacts get a proposal within a week"),
                 ("Physio collaboration", "influencer", "Join the joint prenatal workshop", "Workshop guests get the prenatal course at the member price", "@thebirthphysio")],
        mix=["educational", "community", "behind_the_scenes", "testimonials", "promotional"],
    ),
    dict(
        names=["{adj} Analytics", "{place} Labs", "Tallyboard", "Pipewise", "Shiftly"],
        industry="software (B2B)", sizes=["small", "medium", "large"], online=0.9,
        kind="software companies", kind_one="software", product="inventory forecasting", place="the product",
        customers="customers", kw="inventory forecasting",
        offerings=["Inventory forecasting for small retailers, connected to their POS in ten minutes.",
                   "Scheduling software for clinics that cuts no-shows with reminder texts."],
        values=["transparency", "customer obsession", "craftsmanship", "honesty"],
        segments=[("operations managers", "own the tooling decision at 20-200 person retailers", ["linkedin", "youtube"]),
                  ("small shop founders", "run the business themselves and compare tools at night", ["reddit", "youtube", "x"]),
                  ("existing customers", "use the product daily and ask how-to questions", ["linkedin", "discord", "email"]),
                  ("partner developers", "build integrations with our API", ["x", "discord", "bluesky", "mastodon"])],
        goals=[("demo-requests", "lead_generation", "Generate qualified demo requests from retailers with 3-50 stores",
                ["40 qualified demos a month", 40],
                [("qualified demo requests from social", "conversion", 40), ("cost per qualified demo", "conversion", "under 120")]),
               ("trial-to-paid", "sales", "Turn more free trials into paying accounts",
                ["18% trial conversion"],
                [("trial-to-paid conversion rate", "conversion", "18%"), ("new MRR from social-sourced trials", "revenue", 6000)]),
               ("public-support", "customer_service", "Answer product questions in public channels within four business hours",
                ["90% within 4h"], [("public questions answered within 4h", "service", "90%")]),
               ("early-churn", "retention", "Keep accounts through their first 90 days",
                ["monthly churn under 2.5%"], [("90-day logo churn", "retention", "2.5%")]),
               ("hiring-engineers", "recruitment", "Hire three senior engineers this year",
                [3, "3 hires"], [("applications referred from social", "conversion", 60)]),
               ("roadmap-feedback", "feedback", "Collect feature feedback from active customers every quarter",
                ["50 responses per quarter", 50],
                [("feedback thread responses", "engagement", 50), ("sentiment of release comments", "sentiment", "mostly positive")])],
        tactics=[("Customer story series", "content", "Book a 20-minute demo", "Demo requests go to the sales queue the same day"),
                 ("Founder office hours live", "event", "Bring your forecasting question", "Attendees get the recording and a trial invitation"),
                 ("Retargeting trial visitors", "advertising", "Start a 14-day trial", "Trial users get onboarding emails and a call on day 3"),
                 ("Comment-led selling", "social_selling", "Send me a message for the benchmark report", "Replies go into the CRM with the conversation attached"),
                 ("Community Discord", "community", "Join the Discord and ask anything", "Active members are invited to the beta programme"),
                 ("Mention monitoring", "listening", "Ask us anything about forecasting", "Questions that name a competitor get a comparison guide")],
        mix=["educational", "customer_stories", "product_updates", "community", "promotional"],
    ),
    dict(
        names=["{place} Public Library", "{place} Branch Library"],
        industry="public sector (library)", sizes=["small", "medium"], online=0.0,
        kind="libraries", kind_one="library", product="events and services", place="the branch",
        customers="residents", kw="library events",
        offerings=["Free lending, study rooms, and weekly events for children and adults.",
                   "Free computer help, job-search workshops and a makerspace with a 3D printer."],
        values=["open access", "community", "curiosity", "inclusivity"],
        segments=[("parents of young children", "come to story time and borrow picture books", ["facebook", "instagram"]),
                  ("teenagers", "use the study rooms after school", ["tiktok", "instagram", "discord"]),
                  ("job seekers", "use the computers and the CV workshops", ["facebook", "linkedin"]),
                  ("older residents", "attend talks and the reading group", ["facebook", "email"])],
        goals=[("event-attendance", "community", "Fill the weekly events, especially the new teen programme",
                ["average 25 attendees per event", 25],
                [("average event attendance", "engagement", 25), ("event RSVPs from social", "conversion", "100 a month")]),
               ("new-cards", "awareness", "Sign up residents who don't have a library card yet",
                ["600 new cards this year", 600],
                [("new library cards issued", "conversion", 600), ("reach among district residents", "reach", 20000)]),
               ("workshop-signups", "other", "Fill the CV and job-search workshops",
                ["15 places per workshop", 15], [("workshop sign-ups", "conversion", 15)]),
               ("patron-feedback", "feedback", "Hear what residents want from the new opening hours",
                ["300 survey responses", 300], [("survey responses", "engagement", 300)]),
               ("volunteer-recruitment", "recruitment", "Recruit volunteers for the homework club",
                [12, "12 volunteers"], [("volunteer applications", "conversion", 12)])],
        tactics=[("Story time reminders", "content", "Come to story time on Wednesday at 10", "Parents get the monthly events email when they sign in"),
                 ("Teen gaming nights", "event", "Sign up your squad", "Attendees are offered a library card at the door"),
                 ("Book face Friday", "contest", "Post your book face with the hashtag", "Every entrant is invited to the summer reading challenge"),
                 ("Opening hours survey", "other", "Tell us when you would visit", "Respondents hear the new hours first and get the events email"),
                 ("Homework club volunteer call", "lead_capture", "Volunteer one afternoon a week", "The volunteer coordinator calls each applicant")],
        mix=["events", "educational", "community", "behind_the_scenes"],
    ),
    dict(
        names=["{place} Animal Rescue", "Pawsitive {place}", "{place} Cat Haven"],
        industry="nonprofit (animal welfare)", sizes=["small", "medium"], online=0.5,
        kind="rescues", kind_one="rescue", product="adoptable animals", place="the shelter",
        customers="adopters", kw="adopt a dog",
        offerings=["Rescued dogs and cats, vet-checked and matched to homes after a home visit.",
                   "Low-cost neutering clinics and a foster network of forty families."],
        values=["compassion", "transparency", "responsibility", "community"],
        segments=[("prospective adopters", "browse available animals for weeks before applying", ["facebook", "instagram", "tiktok"]),
                  ("foster families", "take animals home for a few weeks at a time", ["facebook", "whatsapp"]),
                  ("monthly donors", "give a small amount every month and want to see where it goes", ["facebook", "email", "instagram"]),
                  ("local businesses", "sponsor events and donate supplies", ["linkedin", "facebook"])],
        goals=[("adoption-applications", "lead_generation", "Find homes for more animals through complete adoption applications",
                ["20 applications a month", 20],
                [("completed adoption applications", "conversion", 20), ("adoptions finalised", "conversion", 12)]),
               ("foster-recruitment", "recruitment", "Grow the foster network before kitten season",
                ["15 new foster families by May", 15], [("foster sign-ups", "conversion", 15)]),
               ("monthly-donors", "retention", "Grow and keep monthly donors",
                ["250 active monthly donors", 250],
                [("active monthly donors", "retention", 250), ("monthly donation income", "revenue", "5,000")]),
               ("adoption-days", "community", "Fill the adoption days held every other Saturday",
                ["150 visitors per adoption day", 150], [("adoption day visitors", "engagement", 150)]),
               ("rescue-awareness", "awareness", "Make more people in the county aware that we rescue and rehome",
                ["2 in 5 adopters found us online"], [("adopters who found us online (application form)", "reach", "40%")])],
        tactics=[("Adoptable pet of the day", "content", "Apply to meet this week's dogs", "Each post links to the application form and the adoption team calls within two days"),
                 ("Foster info evening", "event", "Come to the foster info evening", "Attendees get a foster application and a home visit date"),
                 ("Monthly donor stories", "content", "Give monthly from 5 a month", "New donors get a welcome email with their first update"),
                 ("Local vet partnership", "influencer", "Book the low-cost clinic", "Clinic visitors get the adoption newsletter", "@dr.paws.local"),
                 ("Name the kittens", "contest", "Suggest names for the new litter", "Entrants get the adoption newsletter and a link to apply")],
        mix=["adoptable_animals", "success_stories", "educational", "behind_the_scenes", "appeals"],
    ),
    dict(
        names=["{place} Realty", "Keystone Realty Group", "{first} {last} Homes"],
        industry="real estate", sizes=["small", "medium"], online=0.0,
        kind="agencies", kind_one="real estate", product="homes for sale", place="the office",
        customers="clients", kw="homes for sale",
        offerings=["Sellers' agency with professional photography and a fixed 1.5% fee.",
                   "Buyer representation for first-time buyers, with a mortgage broker in-house."],
        values=["honesty", "local knowledge", "responsiveness", "transparency"],
        segments=[("first-time buyers", "save for years and research neighbourhoods online", ["instagram", "tiktok", "youtube"]),
                  ("downsizing homeowners", "plan a sale a year ahead", ["facebook", "nextdoor"]),
                  ("relocating professionals", "move for a job and buy without visiting much", ["linkedin", "youtube"]),
                  ("local investors", "buy one or two rental units a year", ["linkedin", "facebook"])],
        goals=[("seller-leads", "lead_generation", "Win more listing appointments with homeowners in our three districts",
                ["8 listing appointments a month", 8],
                [("listing appointment requests", "conversion", 8), ("home valuation requests", "conversion", 25)]),
               ("buyer-consultations", "lead_generation", "Book first-time buyer consultations",
                ["20 consultations a month", 20], [("buyer consultation bookings", "conversion", 20)]),
               ("neighbourhood-authority", "brand", "Be known as the agency that knows each street",
                ["named first in 30% of intake calls"],
                [("new clients naming our neighbourhood guides", "sentiment", "30%")]),
               ("past-client-referrals", "retention", "Get more repeat and referral business from past clients",
                ["40% of deals from referrals"], [("deals from referrals and repeat clients", "retention", "40%")]),
               ("agent-recruitment", "recruitment", "Hire two experienced agents",
                [2, "2 agents"], [("agent applications", "conversion", 10)])],
        tactics=[("Street-by-street guides", "content", "Get the full guide to your street", "Guide downloads get a valuation offer by email"),
                 ("Free home valuation", "lead_capture", "Request a free valuation", "An agent calls within one business day"),
                 ("First-time buyer workshop", "event", "Save a seat at the workshop", "Attendees are offered a consultation with the broker"),
                 ("Open house live tours", "content", "Book a viewing", "Viewers who comment get a callback"),
                 ("Past client anniversaries", "community", "Share your first-year-in-the-home photo", "Every share gets a thank-you card and a referral card")],
        mix=["listings", "neighbourhood_guides", "educational", "testimonials", "community"],
    ),
    dict(
        names=["{last} Heating & Cooling", "{place} Plumbing", "{place} Heat Pumps"],
        industry="home services (heating and plumbing)", sizes=["small", "small", "medium"], online=0.0,
        kind="plumbers", kind_one="home services", product="heating and repairs", place="the vans",
        customers="homeowners", kw="boiler repair",
        offerings=["Boiler servicing and emergency repairs with a two-hour response window.",
                   "Heat pump installation with a ten-year workmanship guarantee."],
        values=["reliability", "honesty", "safety", "friendly service"],
        segments=[("homeowners with old boilers", "will replace within two years and compare quotes", ["facebook", "nextdoor", "google_business"]),
                  ("landlords", "need fast repairs for tenants", ["facebook", "linkedin"]),
                  ("eco-minded buyers", "research heat pumps and grants in detail", ["youtube", "reddit", "facebook"]),
                  ("new homeowners", "just moved in and need a first service", ["nextdoor", "instagram", "google_business"])],
        goals=[("service-contracts", "retention", "Sign customers up for annual service plans",
                ["400 active plans", 400], [("active service plans", "retention", 400)]),
               ("heat-pump-quotes", "lead_generation", "Generate heat pump quote requests",
                ["30 quote requests a month", 30],
                [("heat pump quote requests", "conversion", 30), ("site surveys booked", "conversion", 15)]),
               ("landlord-accounts", "sales", "Win maintenance contracts with local landlords",
                ["10 new landlord accounts", 10], [("landlord contracts signed", "revenue", 10)]),
               ("local-awareness", "awareness", "Be the first name homeowners in the area think of for repairs",
                ["1 in 3 callers saw us online"], [("callers who saw us online (call log)", "reach", "33%")]),
               ("fast-answers", "customer_service", "Answer breakdown messages within two hours in winter",
                ["95% within 2h"], [("breakdown messages answered within 2h", "service", "95%")])],
        tactics=[("Winter readiness checklist", "lead_capture", "Get the checklist and book your service", "Downloads get a booking link and a reminder in October"),
                 ("Heat pump myth-busting videos", "content", "Ask for a free site survey", "Survey requests go to the estimator the same day"),
                 ("Neighbourhood boosted posts", "advertising", "Book a service visit", "Ads link to the booking page and the office confirms by phone"),
                 ("Review requests after every job", "customer_service", "Leave a review", "Unhappy reviewers get a call from the owner"),
                 ("Grant explainer live", "event", "Join the live and ask about grants", "Attendees get a follow-up email with a survey slot")],
        mix=["educational", "before_after", "behind_the_scenes", "testimonials", "offers"],
    ),
    dict(
        names=["{adj} Botanics", "Fern & Foam", "{first} Skin Lab"],
        industry="consumer goods (skincare, direct to consumer)", sizes=["small", "medium"], online=1.0,
        kind="brands", kind_one="skincare", product="skincare", place="the warehouse",
        customers="customers", kw="fragrance-free moisturiser",
        offerings=["Fragrance-free skincare for sensitive skin, tested with dermatologists.",
                   "Refillable cleansers and moisturisers shipped in recycled packaging."],
        values=["transparency", "sustainability", "honesty", "inclusivity"],
        segments=[("sensitive-skin shoppers", "read ingredient lists and reviews before buying", ["instagram", "tiktok", "reddit"]),
                  ("eco-conscious buyers", "choose refills and plastic-free packaging", ["instagram", "pinterest"]),
                  ("repeat customers", "reorder every six to eight weeks", ["email", "instagram", "whatsapp"]),
                  ("skincare enthusiasts", "compare routines in long videos and threads", ["youtube", "reddit", "threads"])],
        goals=[("online-sales", "sales", "Grow web shop orders from new customers",
                ["900 first orders a month", 900],
                [("first orders from social referrals", "conversion", 900), ("revenue attributed to social", "revenue", "35,000 a month")]),
               ("repeat-purchase", "retention", "Get first-time buyers to reorder within 60 days",
                ["35% reorder rate"], [("60-day reorder rate", "retention", "35%")]),
               ("ingredient-trust", "brand", "Be trusted for honest ingredient information",
                ["4.7 average review", 4.7],
                [("average product review rating", "sentiment", 4.7), ("saves on ingredient explainers", "engagement", "1,500 a month")]),
               ("customer-questions", "customer_service", "Answer product and order questions quickly on every channel",
                ["90% within 4h"], [("messages answered within 4h", "service", "90%")]),
               ("refill-adoption", "customer_engagement", "Move customers to refills",
                ["30% of orders include a refill"], [("orders with a refill", "conversion", "30%")])],
        tactics=[("Dermatologist Q&A lives", "event", "Bring your skin questions", "Viewers get a sample code valid for a week"),
                 ("Refill routine content", "content", "Switch to refills", "Refill posts link to the subscription page"),
                 ("Creator seeding", "influencer", "Try the starter kit with the creator's code", "Code users get the reorder reminder on day 45", "@calmskinchloe"),
                 ("Lookalike prospecting", "advertising", "Try the starter kit", "Starter kit buyers get a reorder reminder on day 45"),
                 ("Shop the routine", "social_selling", "Tap to shop the routine", "In-app checkout, then the welcome email series"),
                 ("Review giveaway", "giveaway", "Review your last order to enter", "Entrants get early access to the next launch")],
        mix=["educational", "routines", "user_generated", "behind_the_scenes", "promotional"],
    ),
    dict(
        names=["{last} & Partners", "{place} Accountants", "{last} Tax Advisory"],
        industry="professional services (accounting)", sizes=["solo", "small", "medium"], online=0.0,
        kind="firms", kind_one="accounting", product="tax help", place="the office",
        customers="clients", kw="accountant for freelancers",
        offerings=["Fixed-fee bookkeeping and tax returns for freelancers and small companies.",
                   "Payroll and year-end accounts with a named accountant who answers within a day."],
        values=["accuracy", "transparency", "responsiveness", "plain language"],
        segments=[("freelancers", "file their own taxes and dread it", ["linkedin", "instagram", "reddit"]),
                  ("small business owners", "run companies of 2-20 people and rarely switch accountants", ["linkedin", "facebook"]),
                  ("startup founders", "need payroll and investor-ready accounts", ["linkedin", "x"]),
                  ("existing clients", "ask about deadlines and receipts", ["email", "whatsapp", "linkedin"])],
        goals=[("new-client-calls", "lead_generation", "Win new bookkeeping clients among freelancers and small companies",
                ["15 discovery calls a month", 15], [("discovery calls booked", "conversion", 15)]),
               ("tax-season-retention", "retention", "Keep clients through tax season without complaints",
                ["95% client retention"], [("annual client retention", "retention", "95%")]),
               ("expert-reputation", "brand", "Be known locally for plain-language tax advice",
                ["3 speaking invitations a year", 3],
                [("newsletter sign-ups from social", "conversion", 300), ("mentions as a recommended accountant", "sentiment", 20)]),
               ("trainee-hiring", "recruitment", "Hire two trainee accountants for September",
                [2, "2 trainees"], [("trainee applications", "conversion", 40)]),
               ("client-feedback", "feedback", "Learn which services clients would pay for next",
                ["80 survey responses", 80], [("client survey responses", "engagement", 80)])],
        tactics=[("Deadline reminders", "content", "Save the date and send us your receipts", "Reminder posts link to the client portal"),
                 ("Freelancer tax checklist", "lead_capture", "Download the checklist", "Downloads get an invitation to a free 20-minute call"),
                 ("Partner posts", "social_selling", "Message me for a fixed-fee quote", "Messages are logged in the CRM and answered within a day"),
                 ("Tax Q&A evening", "event", "Register for the Q&A", "Attendees receive the slides and a discovery call link"),
                 ("Keyword monitoring", "listening", "Ask your tax question", "Questions from non-clients get an answer and the checklist")],
        mix=["educational", "deadlines", "team", "client_stories", "promotional"],
    ),
    dict(
        names=["{place} University Physics Department", "School of Design, {place} University",
               "{place} College of Nursing"],
        industry="higher education", sizes=["medium", "large"], online=0.0,
        kind="universities", kind_one="university", product="courses", place="the campus",
        customers="applicants", kw="open day",
        offerings=["Undergraduate degrees with research placements from the second year.",
                   "Evening master's programmes taught by practitioners, with small seminar groups."],
        values=["curiosity", "openness", "rigour", "inclusivity"],
        segments=[("prospective students", "are 16-18 and choose courses with their parents", ["tiktok", "instagram", "youtube"]),
                  ("parents", "help pay and decide", ["facebook", "youtube"]),
                  ("alumni", "graduated in the last fifteen years", ["linkedin", "facebook"]),
                  ("school teachers", "advise students and bring classes to open days", ["facebook", "x", "bluesky"])],
        goals=[("first-choice-applications", "recruitment", "Increase first-choice applications to the undergraduate programme",
                ["+10% first-choice applications"], [("first-choice applications", "conversion", "+10%")]),
               ("open-day-signups", "lead_generation", "Fill both open days",
                ["400 registrations", 400], [("open day registrations", "conversion", 400)]),
               ("alumni-mentors", "community", "Recruit alumni as mentors for second-year students",
                ["40 mentors", 40], [("alumni mentor sign-ups", "conversion", 40)]),
               ("schools-outreach", "awareness", "Reach teachers in the region with the school outreach programme",
                ["60 schools", 60], [("schools booking outreach visits", "conversion", 60)]),
               ("curriculum-feedback", "feedback", "Hear from current students about the new curriculum",
                ["200 responses", 200], [("student survey responses", "engagement", 200)])],
        tactics=[("Day in the lab series", "content", "Book a place at the open day", "Registrants get a follow-up with a chosen lab tour"),
                 ("Student takeover", "content", "Ask our students anything", "Admissions answers each question with the application link"),
                 ("Open day registration ads", "advertising", "Register for the open day", "Registrants receive a personal schedule and a reminder"),
                 ("Alumni mentor drive", "lead_capture", "Sign up to mentor one student", "The careers office calls each volunteer"),
                 ("Alumni network", "community", "Join the alumni group", "Members are asked to mentor once a year")],
        mix=["student_life", "research", "educational", "events", "alumni"],
    ),
]

# --------------------------------------------------------------------------
# Defect vocabulary

MISSPELL = {
    "statement": ["statment", "statemnt"], "rationale": ["rationle", "rational", "reason"],
    "cadence": ["cadance", "frequency"], "response_time": ["reponse_time", "response_times", "responce_time"],
    "hours_per_week": ["hours_per_weeek", "hours_a_week", "hours_week"],
    "review_cadence": ["review_cadance", "review_frequency"], "sells_online": ["sell_online", "sells_onine", "ecommerce"],
    "expect_results_within": ["expect_result_within", "expected_results_within", "results_within"],
    "escalation": ["escalations", "escallation"], "call_to_action": ["call_to_acton", "cta", "call-to-action"],
    "listening": ["listenning", "social_listening"], "deadline": ["deadine", "due"],
    "advertising": ["advertizing", "ads"], "content_mix": ["contents_mix", "content_mx", "mix"],
    "monthly_budget": ["monthy_budget", "budget_monthly"], "industry": ["industy", "sector"],
    "offering": ["offerings", "offer"], "responsibilities": ["responsibilites", "duties"],
    "targeting": ["targetting", "target_audience"], "business_goals": ["business_goal", "buisness_goals", "goals"],
    "expectations": ["expectation", "expections"], "motivation": ["motivations", "why"],
    "customer_service": ["customer_services", "customer_care"], "description": ["desc", "descripton"],
    "segments": ["segmets", "personas"], "conversion": ["convertion", "conversions"],
    "brand_affinity": ["brand_afinity", "affinity"], "platform": ["plattform", "network"],
    "platforms": ["platfroms", "networks"], "research": ["reserch", "insights"], "values": ["value", "core_values"],
    "hours": ["opening_hours", "hour"], "currency": ["curreny"], "monthly": ["monthly_total", "per_month"],
    "owner": ["owners", "onwer"], "strategy": ["stratergy", "strategies"],
}
STRAY_GOALS = ["brand-awareness", "more-followers", "engagement", "growth", "q3-launch", "sales",
               "go-viral", "leads", "community-building"]
BANDWAGON = [
    "All our competitors are on {P} now, so we should be too.",
    "Everyone is on {P} these days and we can't be the only ones missing.",
    "It worked for {rival}: they doubled their bookings after going all in on {P}.",
    "Our competitor {rival} posts every day and we keep losing customers to them.",
    "All the other {kind} in town are doing it.",
    "{rival} started on {P} last year and now everyone talks about them.",
]
SHORT_EXPECT = ["6 weeks", "3 months", "2 months", "P2M", "60", "4 weeks", "90 days", "1 month", "P3M"]
VANITY = ["{P} followers", "page likes", "total followers", "{P} video views", "impressions", "post likes",
          "subscribers", "fans"]
VANITY_NOTE = ["the owner checks this every Monday", "board slide", "what the agency reports",
               "nice to have", None, None]


# --------------------------------------------------------------------------
# YAML rendering helpers (no randomness inside these)

_INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")
_RESERVED = re.compile(r"^(?:y|yes|n|no|true|false|on|off|null|~)$", re.I)
_NUMERIC = re.compile(r"^[-+]?(?:[0-9][0-9_,:.]*(?:[eE][-+]?[0-9]+)?|\.[0-9]+|\.inf|\.nan|0x[0-9a-fA-F]+|0o[0-7]+)$", re.I)
_DATELIKE = re.compile(r"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}")


def needs_quotes(s: str, flow: bool = False) -> bool:
    if not s or s != s.strip() or "\n" in s or "\t" in s:
        return True
    if s[0] in _INDICATORS or ": " in s or " #" in s or s.endswith(":"):
        return True
    if flow and any(c in s for c in ",[]{}"):
        return True
    return bool(_RESERVED.match(s) or _NUMERIC.match(s) or _DATELIKE.match(s))


def dq(s: str) -> str:
    """Double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def sq(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def scalar(s, flow: bool = False) -> str:
    """Deterministic rendering of a scalar: quote strings only where needed."""
    if isinstance(s, bool):
        return "true" if s else "false"
    if isinstance(s, (int, float)):
        return str(s)
    return dq(s) if needs_quotes(s, flow) else s


def flow_seq(items) -> str:
    return "[" + ", ".join(scalar(x, flow=True) for x in items) + "]"


def flow_map(pairs) -> str:
    return "{" + ", ".join(f"{k}: {scalar(v, flow=True)}" for k, v in pairs) + "}"


def kv(indent: int, key: str, value: str | None = None, comment: str | None = None, dash: bool = False) -> str:
    line = " " * indent + ("- " if dash else "") + key + ":"
    if value is not None:
        line += " " + value
    if comment:
        line += "  # " + comment
    return line


def wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, max(30, width), break_on_hyphens=False, break_long_words=False)


def render_text(indent: int, key: str, sentences: list[str], form: str) -> list[str]:
    """`key: text` in a given style: plain, dq, sq, >, >-, |, |- or list."""
    cont = " " * (indent + 2)
    text = " ".join(sentences)
    if form == "plain":
        return [kv(indent, key, scalar(text))]
    if form == "dq":
        return [kv(indent, key, dq(text))]
    if form == "sq":
        return [kv(indent, key, sq(text))]
    if form in (">", ">-"):
        return [kv(indent, key, form)] + [cont + w for w in wrap(text, 94 - len(cont))]
    if form in ("|", "|-"):
        out = [kv(indent, key, form)]
        for s in sentences:
            out += [cont + w for w in wrap(s, 98 - len(cont))]
        return out
    if form == "list":
        return [kv(indent, key)] + [cont + "- " + scalar(s) for s in sentences]
    raise ValueError(form)


def render_list(indent: int, key: str, items, block: bool, comment: str | None = None) -> list[str]:
    if block:
        return [kv(indent, key, None, comment)] + [" " * (indent + 2) + "- " + scalar(x) for x in items]
    return [kv(indent, key, flow_seq(items), comment)]


# --------------------------------------------------------------------------
# Document: a list of chunks (each a list of lines) plus the places defects can go


class Doc:
    def __init__(self) -> None:
        self.chunks: list[list[str]] = []
        self.sites: dict[str, list[dict]] = {}
        self.dead: set[int] = set()
        self.touched: set[int] = set()
        self.ctx: dict = {}

    def add(self, *lines: str) -> int:
        self.chunks.append(list(lines))
        return len(self.chunks) - 1

    def addl(self, lines: list[str], key: str | None = None) -> int:
        i = self.add(*lines)
        if key and MISSPELL.get(key):
            self.site("misspell", chunk=i, key=key)
        return i

    def field(self, indent: int, key: str, value: str | None = None, comment: str | None = None,
              dash: bool = False, bad: list[str] | None = None) -> int:
        """One `key: value` line; registers misspelling and (with `bad`) wrong-type sites."""
        i = self.add(kv(indent, key, value, comment, dash))
        if MISSPELL.get(key):
            self.site("misspell", chunk=i, key=key)
        if bad:
            self.site("type", chunk=i, bad=bad,
                      render=lambda v, a=(indent, key, comment, dash): [kv(a[0], a[1], v, a[2], a[3])])
        return i

    def site(self, kind: str, **info) -> None:
        self.sites.setdefault(kind, []).append(info)

    def avail(self, kind: str) -> list[dict]:
        return [s for s in self.sites.get(kind, []) if s["chunk"] not in self.dead and s["chunk"] not in self.touched]

    def replace(self, i: int, lines: list[str]) -> None:
        self.chunks[i] = lines
        self.touched.add(i)

    def text(self) -> str:
        return "\n".join(line for ch in self.chunks for line in ch) + "\n"


# --------------------------------------------------------------------------
# Plan generation


def pick_form(r: random.Random, sentences: list[str], allow_list: bool = False) -> str:
    n = len(" ".join(sentences))
    if allow_list and len(sentences) > 1 and r.random() < 0.3:
        return "list"
    if n <= 100:
        return r.choices(["plain", "dq", "sq", ">"], [7, 1, 1, 1])[0]
    return r.choices([">", ">-", "|", "plain"], [4, 2, 3, 1])[0]


def fmt(r: random.Random, s, flow: bool = False, p: float = 0.12) -> str:
    """A scalar, sometimes quoted even when it need not be (as people write)."""
    if isinstance(s, str) and not needs_quotes(s, flow) and r.random() < p:
        return dq(s) if r.random() < 0.6 else sq(s)
    return scalar(s, flow)


def fill(s: str, **kw) -> str:
    out = s.format(**kw)
    return out[0].upper() + out[1:]


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    return dt.date(d.year + y, m + 1, 1)


def fmt_deadline(r: random.Random, d: dt.date) -> str:
    x = r.random()
    if x < 0.4:
        return f"{d.year}-Q{(d.month - 1) // 3 + 1}"
    if x < 0.8:
        return dt.date(d.year, d.month, calendar.monthrange(d.year, d.month)[1]).isoformat()
    return dt.date(d.year, d.month, r.randint(1, 28)).isoformat()


def blank(d: Doc) -> None:
    d.add("")


def section_comment(r: random.Random, d: Doc, options: list[str], p: float = 0.55) -> None:
    if r.random() < p:
        d.add("# " + r.choice(options))


def build(r: random.Random, idx: int) -> Doc:
    d = Doc()
    ind = r.choice(INDUSTRIES)
    place = r.choice(PLACES)
    org = ind["names"][r.randrange(len(ind["names"]))].format(
        place=place, first=r.choice(FIRST), last=r.choice(LAST), adj=r.choice(ADJ))
    sells_online = r.random() < ind["online"]

    # --- team -------------------------------------------------------------
    nmem = r.choices([1, 2, 3, 4], [2, 4, 3, 1])[0]
    members = []
    for f in r.sample(FIRST, nmem):
        members.append({"name": f if r.random() < 0.6 else f"{f} {r.choice(LAST)}",
                        "role": r.choice(ROLES), "hours": r.choice([5, 6, 8, 10, 12, 15, 20, 25, 30, 40]),
                        "agency": False})
    if r.random() < 0.18:
        members.append({"name": r.choice(AGENCIES), "role": "content agency", "hours": r.choice([10, 12, 16, 20]),
                        "agency": True})
    staff = [m["name"] for m in members]

    # --- goals, segments, channels ---------------------------------------
    goals = r.sample(ind["goals"], r.choices([2, 3, 4], [3, 4, 2])[0])
    gids = [g[0] for g in goals]
    gtypes = {g[1] for g in goals}
    segs = []
    for name, desc, plats in r.sample(ind["segments"], r.randint(2, len(ind["segments"]))):
        plats = list(plats)
        if len(plats) > 1 and r.random() < 0.2:
            plats.pop()
        segs.append((name, desc, plats))
    union: list[str] = []
    for _, _, plats in segs:
        union += [p for p in plats if p not in union]
    chans = r.sample(union, r.randint(min(2, len(union)), min(5, len(union))))
    need_paid = bool(gtypes & {"lead_generation", "awareness", "sales"})
    paid = {p: (r.random() < 0.35) for p in chans}
    if need_paid and not any(paid.values()):
        paid[chans[0]] = True
    tot = sum(m["hours"] for m in members)
    if tot < 3 * len(chans) + 2:
        members[0]["hours"] += 3 * len(chans) + 2 - tot

    # tactics (ensure a content/community tactic when asking for leads)
    tpool = list(ind["tactics"])
    tactics = r.sample(tpool, r.randint(1, min(4, len(tpool))))
    leadish = "lead_generation" in gtypes or any(t[1] in ("lead_capture", "social_selling") for t in tactics)
    if leadish and not any(t[1] in ("content", "community") for t in tactics):
        tactics.append(next(t for t in tpool if t[1] in ("content", "community")))

    values = r.sample(ind["values"], r.randint(2, min(4, len(ind["values"]))))
    if "community" in values and "community" not in gtypes and not any(t[1] == "community" for t in tactics):
        values.remove("community")

    start = dt.date(r.choice([2026, 2027]), r.randint(1, 12), 1)
    cur = r.choice(CURRENCIES)
    seg0 = segs[0][0]
    P0 = PLATFORM_TITLES.get(chans[0], chans[0])
    words = dict(product=ind["product"], place=ind["place"], customers=ind["customers"], org=org,
                 kind=ind["kind"], kind_one=ind["kind_one"], kw=ind["kw"])
    d.ctx.update(goal_ids=gids, channels=chans, kind=ind["kind"], org=org)

    # --- header -------------------------------------------------------------
    if r.random() < 0.15:
        d.add("# yaml-language-server: $schema=../schemas/plan.schema.json")
    d.add(f"# Social media plan: {org}")
    d.add("# " + r.choice([
        f"Drafted with {r.choice(CONSULTANTS)} in {MONTHS[r.randrange(12)]} {start.year - 1}; owner: {staff[0]}.",
        "Keep goal ids stable: channels, tactics and metrics refer to them.",
        f"Agreed with the client on {add_months(start, -1).isoformat()}; review before changing goals.",
        f"Plan #{idx:05d}. Edit freely, but run the linter before committing.",
    ]))
    if r.random() < 0.2:
        d.add("---")
    if r.random() < 0.92:
        d.add("version: 1" + ("  # plan format" if r.random() < 0.2 else ""))

    # --- organization -------------------------------------------------------
    blank(d)
    d.addl(["organization:"])
    d.field(2, "name", fmt(r, org))
    if r.random() < 0.9:
        d.field(2, "industry", fmt(r, ind["industry"]))
    size = r.choice(ind["sizes"])
    d.field(2, "size", size, f"{r.randint(2, 9) if size in ('solo', 'small') else r.randint(20, 400)} people"
            if r.random() < 0.3 else None, bad=["tiny", "huge", "SME", "10-50", "\"small-ish\""])
    vb = r.random() < 0.35
    vi = d.addl(render_list(2, "values", values, vb), key="values")
    d.site("type", chunk=vi, bad=[" and ".join(values), dq(", ".join(values))],
           render=lambda v: [kv(2, "values", v)])
    off = [r.choice(ind["offerings"])]
    if r.random() < 0.4:
        off.append(r.choice(["Most customers come back.", "It is what reviews mention first.",
                             "Customers say nobody else does it as well."]))
    d.addl(render_text(2, "offering", off, pick_form(r, off)), key="offering")
    d.field(2, "sells_online", scalar(sells_online),
            r.choice(["web shop since 2024", "in person only", "bookings online, payment at the desk", None])
            if r.random() < 0.3 else None, bad=["sometimes", "\"yes\"", "partly", "in store only"])

    # --- motivation ------------------------------------------------------
    blank(d)
    section_comment(r, d, ["Why now, in the client's words", "Why we are doing this", "The reasons, as the owner put them"])
    mot = [fill(s, P=P0, seg=seg0, Seg=seg0, **words) for s in r.sample(MOTIVATION, r.randint(1, 3))]
    mform = pick_form(r, mot, allow_list=True)
    mi = d.addl(render_text(0, "motivation", mot, mform), key="motivation")
    d.site("motivation", chunk=mi, sentences=mot,
           render=lambda s, f=mform: render_text(0, "motivation", s, f if f != "plain" or len(s) < 3 else ">"))
    exp_early = r.random() < 0.25

    # --- expectations (sometimes right after motivation) ----------------
    def expectations() -> None:
        ex = [fill(s, name=staff[0], seg=seg0, **words) for s in r.sample(EXPECTATIONS, r.randint(1, 3))]
        d.addl(render_text(0, "expectations", ex, pick_form(r, ex, allow_list=True)), key="expectations")

    has_exp = r.random() < 0.75
    if has_exp and exp_early:
        expectations()

    # --- business goals --------------------------------------------------
    blank(d)
    section_comment(r, d, ["What the business needs, in measurable terms", "Goals first; everything below refers to them",
                           "Business goals (social media is one of the means)"])
    d.addl(["business_goals:"], key="business_goals")
    for gid, gtype, stmt, targets, _ in goals:
        d.field(2, "id", gid, dash=True)
        st = [stmt + r.choice(["", "", "."])]
        if r.random() < 0.2:
            st.append(r.choice(["This matters most in the quiet months.", "It is the goal the owner cares about most.",
                                "Everything else supports this one."]))
        d.addl(render_text(4, "statement", st, pick_form(r, st)), key="statement")
        d.field(4, "type", gtype, bad=["engagement", "leads", "growth", "sales_growth", "followers"])
        d.field(4, "target", fmt(r, r.choice(targets)))
        dl = add_months(start, r.choice([6, 9, 12, 12, 18, 24]))
        d.field(4, "deadline", fmt_deadline(r, dl),
                r.choice(["before the busy season", "agreed with the owner", "budget year end"]) if r.random() < 0.2 else None,
                bad=["next spring", "end of year", "ASAP", "summer 2027"])

    # --- strategy --------------------------------------------------------
    blank(d)
    seg1 = segs[1][0] if len(segs) > 1 else seg0
    P1 = PLATFORM_TITLES.get(chans[1], chans[1]) if len(chans) > 1 else P0
    strat = [fill(s, P=P0, P2=P1, seg=seg0, seg2=seg1, **words)
             for s in r.sample(STRATEGY, r.randint(2, 4))]
    d.addl(render_text(0, "strategy", strat, r.choice([">", ">", "|", ">-"])), key="strategy")

    # --- audience --------------------------------------------------------
    blank(d)
    section_comment(r, d, ["Who the customers are", "Audience: from the survey and the POS data"])
    d.addl(["audience:"])
    res = [fill(r.choice(RESEARCH_METHOD), month=MONTHS[r.randrange(12)], year=start.year - 1,
                n=r.randint(40, 600), k=r.randint(6, 25))]
    for s in r.sample(RESEARCH_FINDING, r.randint(1, 3)):
        sg = r.choice(segs)
        res.append(fill(s, pct=r.randint(20, 85), P=PLATFORM_TITLES.get(sg[2][0], sg[2][0]), seg=sg[0], Seg=sg[0],
                        kind_one=ind["kind_one"]))
    d.addl(render_text(2, "research", res, r.choice(["|", ">", ">-", "|"])), key="research")
    d.addl(["  segments:"], key="segments")
    for name, desc, plats in segs:
        d.field(4, "name", fmt(r, name), dash=True)
        if r.random() < 0.85:
            d.field(6, "description", fmt(r, desc))
        pb = r.random() < 0.15
        pi = d.addl(render_list(6, "platforms", plats, pb), key="platforms")
        d.site("type", chunk=pi, bad=[" and ".join(plats), dq(", ".join(plats))],
               render=lambda v: [kv(6, "platforms", v)])

    # --- channels --------------------------------------------------------
    blank(d)
    section_comment(r, d, ["Channels: one entry per platform", "Where we post, who runs it, and why"])
    d.addl(["channels:"])
    owners = {}
    for k, p in enumerate(chans):
        who = [s[0] for s in segs if p in s[2]]
        d.field(2, "platform", p, r.choice(["primary", "secondary", "experimental", "main channel", "test for six months"])
                if r.random() < 0.35 else None, dash=True)
        cg = sorted(r.sample(gids, r.randint(1, min(3, len(gids)))), key=gids.index)
        gb = r.random() < 0.1
        gi = d.addl(render_list(4, "goals", cg, gb))
        d.site("goalref", chunk=gi, ids=cg, render=lambda ids, b=gb: render_list(4, "goals", ids, b))
        d.site("type", chunk=gi, bad=[cg[0]], render=lambda v: [kv(4, "goals", v)])
        rat = [fill(s, P=PLATFORM_TITLES.get(p, p), seg=who[0], Seg=who[0], pct=r.randint(30, 80), **words)
               for s in r.sample(RATIONALE, r.randint(1, 2))]
        d.addl(render_text(4, "rationale", rat, pick_form(r, rat)), key="rationale")
        d.addl(render_list(4, "audience", who, r.random() < 0.1))
        owner = staff[k % len(staff)] if r.random() < 0.6 else r.choice(staff)
        owners[p] = owner
        d.field(4, "owner", fmt(r, owner))
        cad = r.choice(CADENCES)
        d.field(4, "cadence", fmt(r, cad), r.choice(CADENCE_NOTES) if r.random() < 0.25 else None,
                bad=[str(r.randint(2, 5))] if cad != "daily" else ["7"])
        if r.random() < 0.55 or (k == 0 and leadish):
            cats = r.sample(ind["mix"], r.randint(2, 4))
            cats = [c for c in cats if c not in MIX_PROMO] + [c for c in cats if c in MIX_PROMO]
            parts = sorted(r.sample(range(1, 20), len(cats) - 1))
            pct = [5 * (b - a) for a, b in zip([0] + parts, parts + [20])]
            pct.sort(reverse=True)  # the promotional category (last) gets the smallest share
            mix = list(zip(cats, pct))
            if r.random() < 0.7:
                mi_ = d.addl([kv(4, "content_mix", flow_map(mix))], key="content_mix")
                # wrong type: percentages written as "40%" strings
                d.site("type", chunk=mi_, bad=["{" + ", ".join(f"{c}: {q}%" for c, q in mix) + "}"],
                       render=lambda v: [kv(4, "content_mix", v)])
            else:
                d.addl([kv(4, "content_mix", None, "percent, adds up to 100" if r.random() < 0.4 else None)]
                       + [kv(6, c, str(q)) for c, q in mix], key="content_mix")
        if paid[p]:
            budget_p = r.choice([100, 150, 200, 250, 300, 400, 500, 750, 1000, 1500])
            paid[p] = budget_p
            seg_t = who[0]
            tg = r.choice(TARGETING).format(seg=seg_t, km=r.choice([3, 5, 10, 15, 25]), region=place,
                                            a=r.choice([18, 21, 25, 30]), b=r.choice([45, 54, 65]),
                                            customers=ind["customers"])
            if r.random() < 0.5:
                pi2 = d.addl([kv(4, "paid", flow_map([("monthly_budget", budget_p), ("targeting", tg)]))])
                d.site("type", chunk=pi2, bad=[dq(f"${budget_p}"), "TBD", f"{budget_p}/month"],
                       render=lambda v, t=tg: [kv(4, "paid", "{monthly_budget: " + v + ", targeting: " + scalar(t, True) + "}")])
            else:
                d.addl(["    paid:"])
                d.field(6, "monthly_budget", str(budget_p), r.choice(["boosts only", "reviewed quarterly", "test budget"])
                        if r.random() < 0.3 else None, bad=[dq(f"${budget_p}"), "TBD", f"{budget_p}/month"])
                d.addl(render_text(6, "targeting", [tg], pick_form(r, [tg])), key="targeting")
        if r.random() < 0.8:
            st = r.choice(STATUS)
            d.field(4, "status", st, bad=["live", "ongoing", "tbd", "on hold"])

    # --- tactics ---------------------------------------------------------
    blank(d)
    section_comment(r, d, ["Campaigns and activities", "Tactics: what we actually do each month"])
    d.addl(["tactics:"])
    for name, ttype, cta, conv, *handle in tactics:
        d.field(2, "name", fmt(r, name), dash=True)
        d.field(4, "type", ttype, bad=["campaign", "ugc", "promo", "ads"])
        tg = sorted(r.sample(gids, r.randint(1, min(2, len(gids)))), key=gids.index)
        ti = d.addl(render_list(4, "goals", tg, False))
        d.site("goalref", chunk=ti, ids=tg, render=lambda ids: render_list(4, "goals", ids, False))
        tc = sorted(r.sample(chans, r.randint(1, min(3, len(chans)))), key=chans.index)
        d.addl(render_list(4, "channels", tc, r.random() < 0.1))
        d.addl(render_text(4, "call_to_action", [cta], pick_form(r, [cta])), key="call_to_action")
        cv = [fill(conv, name=owners[tc[0]])]
        d.addl(render_text(4, "conversion", cv, pick_form(r, cv)), key="conversion")
        if ttype == "influencer":
            h = handle[0] if handle else "@" + org.lower().replace(" ", "")
            aff = r.choice([True, True, r.choice(AFFINITY_TEXT).format(year=start.year - 2, n=r.randint(3, 12),
                                                                      product=ind["product"])])
            if r.random() < 0.4:
                d.add("    # " + r.choice([f"{r.randint(5, 90)}k followers, mostly local",
                                           "agreed a fee per video, no exclusivity", "met at the spring market"]))
            if r.random() < 0.5:
                d.addl([kv(4, "influencer", flow_map([("handle", h), ("brand_affinity", aff)]))])
            else:
                d.addl(["    influencer:"])
                d.field(6, "handle", dq(h))
                d.field(6, "brand_affinity", scalar(aff), bad=["1"] if aff is True else None)

    # --- team ------------------------------------------------------------
    blank(d)
    section_comment(r, d, ["Who does the work (hours are for social media only)", "Team"])
    d.addl(["team:"])
    for m in members:
        d.field(2, "name", fmt(r, m["name"]), dash=True)
        d.field(4, "role", fmt(r, m["role"]))
        hcom = r.choice(["agreed with the owner", "on paper", "more during launches", None]) if r.random() < 0.25 else None
        d.field(4, "hours_per_week", str(m["hours"]), hcom,
                bad=[f"{m['hours']}h", "a few", f"{m['hours']}-{m['hours'] + 4}", "\"half a day\""])
        duties = ["social media"] + r.sample(OTHER_DUTIES, r.randint(0, 3))
        if m["agency"]:
            duties = ["content production", "paid campaigns", "monthly report"]
        ri = d.addl(render_list(4, "responsibilities", duties, r.random() < 0.25), key="responsibilities")
        d.site("type", chunk=ri, bad=[" and ".join(duties)], render=lambda v: [kv(4, "responsibilities", v)])
        if m["agency"]:
            d.field(4, "agency", "true", "retainer, billed monthly" if r.random() < 0.4 else None)
        elif r.random() < 0.1:
            d.field(4, "agency", "false")

    # --- customer service ------------------------------------------------
    blank(d)
    cs_start = len(d.chunks)
    section_comment(r, d, ["How customers are answered", "Customer service on social media"])
    d.addl(["customer_service:"], key="customer_service")
    csp = list(chans)
    if r.random() < 0.2:
        extra = [p for p in ["google_business", "whatsapp", "email"] if p not in csp]
        if extra:
            csp.append(r.choice(extra))
    d.addl(render_list(2, "platforms", csp, r.random() < 0.15), key="platforms")
    d.field(2, "response_time", fmt(r, r.choice(RESPONSE_TIMES)),
            r.choice(["during opening hours", "promised on the website", "first answer, not resolution"])
            if r.random() < 0.3 else None, bad=["asap", "same day", "\"fast\"", "within the hour"])
    d.field(2, "hours", fmt(r, r.choice(HOURS)))
    d.field(2, "owner", fmt(r, r.choice(staff)))
    if r.random() < 0.75:
        esc = [fill(s, name=r.choice(staff)) for s in r.sample(ESCALATION, r.randint(1, 2))]
        d.addl(render_text(2, "escalation", esc, pick_form(r, esc)), key="escalation")
    lis = [fill(s, P=P0, **words) for s in r.sample(LISTENING, r.randint(1, 2))]
    d.addl(render_text(2, "listening", lis, pick_form(r, lis)), key="listening")
    blank(d)
    d.site("no_cs", chunk=cs_start, end=len(d.chunks))

    # --- metrics ---------------------------------------------------------
    section_comment(r, d, ["What we measure, tied to the goals above", "Metrics (each one measures a goal)"])
    d.addl(["metrics:"])
    first_metric = d.add()
    d.site("vanity", chunk=first_metric)
    for gid, _, _, _, mets in goals:
        for mname, mkind, mtarget in r.sample(mets, r.randint(1, len(mets))):
            d.field(2, "name", fmt(r, mname), dash=True)
            mg = [gid]
            if r.random() < 0.1 and len(gids) > 1:
                mg = sorted({gid, r.choice(gids)}, key=gids.index)
            mb = r.random() < 0.1
            gi = d.addl(render_list(4, "goals", mg, mb))
            d.site("goalref", chunk=gi, ids=mg, render=lambda ids, b=mb: render_list(4, "goals", ids, b))
            if r.random() < 0.9:
                d.field(4, "target", fmt(r, mtarget))
            if r.random() < 0.75:
                d.field(4, "kind", mkind, bad=["leading", "lagging", "kpi", "north star"])
    d.site("vanity", chunk=d.add())

    # --- budget ----------------------------------------------------------
    adv = sum(v for v in paid.values() if v)
    monthly = adv + r.choice([0, 50, 100, 150, 200, 300, 500, 800, 1200])
    if any(m["agency"] for m in members):
        monthly += r.choice([800, 1200, 1500, 2500])
    if r.random() < 0.93:
        blank(d)
        if r.random() < 0.4:
            flow = [("monthly", monthly), ("advertising", adv), ("currency", cur)]
            bi = d.addl([kv(0, "budget", flow_map(flow))])
            d.site("type", chunk=bi, bad=["\"about 500\"", "TBD"],
                   render=lambda v, a=adv, c=cur: [kv(0, "budget", f"{{monthly: {v}, advertising: {a}, currency: {c}}}")])
        else:
            d.addl(["budget:"])
            d.field(2, "monthly", str(monthly), r.choice(["ads + scheduling tool", "incl. freelance photographer",
                                                         "approved for this year"]) if r.random() < 0.4 else None,
                    bad=["about 500", f"\"{monthly} {cur}\"", "TBD"])
            d.field(2, "advertising", str(adv), bad=["depends", "\"10%\""])
            if r.random() < 0.85:
                d.field(2, "currency", cur)

    # --- timeline --------------------------------------------------------
    blank(d)
    d.addl(["timeline:"])
    d.field(2, "start", start.isoformat() if r.random() < 0.8 else add_months(start, 0).replace(day=r.randint(2, 28)).isoformat(),
            bad=["January", "after launch", "\"next month\""])
    ev = r.choice(EXPECT_OK)
    ei = d.field(2, "expect_results_within", ev,
                 "days" if ev == "365" else r.choice(["agreed with the owner", "leadership's number", None]))
    d.site("short", chunk=ei, render=lambda v: [kv(2, "expect_results_within", v)])
    d.field(2, "review_cadence", r.choice(REVIEW_CADENCES),
            r.choice(["first Monday of the month", "with the owner", None]) if r.random() < 0.3 else None,
            bad=["annually", "ad hoc", "\"when needed\"", "every now and then"])

    if has_exp and not exp_early:
        blank(d)
        expectations()
    return d


# --------------------------------------------------------------------------
# Defects


def near_miss(rng: random.Random, gid: str, declared: list[str]) -> str:
    parts = gid.split("-")
    cands = [gid[:-1] if gid.endswith("s") else gid + "s",  # plural/singular slip
             gid.replace("-", "_"),                          # underscore instead of hyphen
             "-".join(parts[:-1]) if len(parts) > 2 else gid + "-2027"]  # shortened / renamed
    swaps = [j for j in range(2, len(gid) - 1) if gid[j - 1].isalpha() and gid[j].isalpha() and gid[j - 1] != gid[j]]
    if swaps:  # two letters transposed
        j = swaps[len(swaps) // 2]
        cands.append(gid[:j - 1] + gid[j] + gid[j - 1] + gid[j + 1:])
    cands = [c for c in cands if c and c != gid and c not in declared]
    return rng.choice(cands) if cands else "goal-1"


def d_dangling(d: Doc, rng: random.Random) -> bool:
    sites = d.avail("goalref")
    if not sites:
        return False
    s = rng.choice(sites)
    ids = list(s["ids"])
    declared = d.ctx["goal_ids"]
    if rng.random() < 0.5:
        j = rng.randrange(len(ids))
        ids[j] = near_miss(rng, ids[j], declared)
    else:
        ids.append(rng.choice([g for g in STRAY_GOALS if g not in declared]))
    d.replace(s["chunk"], s["render"](ids))
    return True


def d_type(d: Doc, rng: random.Random) -> bool:
    sites = d.avail("type")
    if not sites:
        return False
    s = rng.choice(sites)
    d.replace(s["chunk"], s["render"](rng.choice(s["bad"])))
    return True


def d_vanity(d: Doc, rng: random.Random) -> bool:
    sites = d.avail("vanity")
    if not sites:
        return False
    s = rng.choice(sites)
    p = rng.choice(d.ctx["channels"])
    name = rng.choice(VANITY).format(P=PLATFORM_TITLES.get(p, p))
    note = rng.choice(VANITY_NOTE)
    lines = [kv(2, "name", scalar(name), note, dash=True)]
    x = rng.random()
    if x < 0.5:
        lines.append(kv(4, "kind", "vanity"))
    elif x < 0.65:
        lines.append(kv(4, "kind", "reach"))
    if rng.random() < 0.6:
        lines.append(kv(4, "target", scalar(rng.choice(["+2,000 this quarter", 10000, "double", "1k per month", 5000]))))
    d.replace(s["chunk"], lines)
    return True


def d_no_cs(d: Doc, rng: random.Random) -> bool:
    sites = d.avail("no_cs")
    if not sites:
        return False
    s = sites[0]
    for i in range(s["chunk"], s["end"]):
        d.chunks[i] = []
        d.dead.add(i)
    return True


def d_bandwagon(d: Doc, rng: random.Random) -> bool:
    sites = d.avail("motivation")
    if not sites:
        return False
    s = sites[0]
    p = rng.choice(d.ctx["channels"])
    rival = f"{rng.choice(PLACES)} {rng.choice(['& Co.', 'Collective', 'Group', 'Studio', 'House'])}"
    sent = rng.choice(BANDWAGON).format(P=PLATFORM_TITLES.get(p, p), rival=rival, kind=d.ctx["kind"])
    sents = list(s["sentences"])
    sents.insert(rng.randint(0, len(sents)), sent)
    d.replace(s["chunk"], s["render"](sents))
    return True


def d_short(d: Doc, rng: random.Random) -> bool:
    sites = d.avail("short")
    if not sites:
        return False
    d.replace(sites[0]["chunk"], sites[0]["render"](rng.choice(SHORT_EXPECT)))
    return True


def d_misspell(d: Doc, rng: random.Random) -> bool:
    sites = d.avail("misspell")
    if not sites:
        return False
    s = rng.choice(sites)
    key = s["key"]
    bad = rng.choice(MISSPELL[key])
    lines = list(d.chunks[s["chunk"]])
    lines[0] = re.sub(r"^(\s*(?:- )?)" + re.escape(key) + ":", lambda m: m.group(1) + bad + ":", lines[0], count=1)
    d.replace(s["chunk"], lines)
    return True


# Applied in this order, so a later defect never undoes an earlier one.
DEFECTS = [("no_customer_service", d_no_cs), ("dangling_goal", d_dangling), ("wrong_type", d_type),
           ("vanity_metric", d_vanity), ("bandwagon", d_bandwagon), ("short_expectation", d_short),
           ("misspelled_key", d_misspell)]


def add_defects(d: Doc, rng: random.Random) -> list[str]:
    k = rng.choices([1, 2, 3], [65, 27, 8])[0]
    chosen = set(rng.sample([n for n, _ in DEFECTS], k))
    done = [n for n, fn in DEFECTS if n in chosen and fn(d, rng)]
    if not done:  # nothing applicable: fall back to a misspelled key
        d_misspell(d, rng)
        done = ["misspelled_key"]
    return done


# --------------------------------------------------------------------------


PHI = 0.6180339887498949


def has_defects(seed: int, idx: int, fraction: float) -> bool:
    """Whether plan idx gets defects: a golden-ratio sequence, so that every run of
    consecutive plans has close to `fraction` of them defective, the choice for plan
    idx does not depend on N, and raising the fraction only adds defective plans."""
    offset = random.Random(f"smaudit-defect-offset/{seed}").random()
    return (offset + idx * PHI) % 1.0 < fraction


def gen_plan(seed: int, idx: int, defects: float) -> str:
    r = random.Random(f"smaudit-plan/{seed}/{idx}")
    for _ in range(50):  # keep each plan within ~100-200 lines
        d = build(r, idx)
        n = sum(len(c) for c in d.chunks)
        if 105 <= n <= 195:
            break
    if has_defects(seed, idx, defects):
        add_defects(d, random.Random(f"smaudit-defects/{seed}/{idx}"))
    return d.text()


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir", help="directory to write plan_NNNNN.yaml files into (created if missing)")
    ap.add_argument("n", type=int, help="number of plans")
    ap.add_argument("--seed", type=int, default=20240601, help="corpus seed (default %(default)s)")
    ap.add_argument("--defects", type=float, default=0.15, metavar="F",
                    help="share of plans given deliberate problems, 0..1 (default %(default)s)")
    a = ap.parse_args(argv)
    if not 0.0 <= a.defects <= 1.0:
        ap.error("--defects must be between 0 and 1")
    if a.n < 0:
        ap.error("N must be >= 0")
    os.makedirs(a.outdir, exist_ok=True)
    for i in range(a.n):
        with open(os.path.join(a.outdir, f"plan_{i:05d}.yaml"), "w", encoding="utf-8", newline="\n") as f:
            f.write(gen_plan(a.seed, i, a.defects))


if __name__ == "__main__":
    main()
