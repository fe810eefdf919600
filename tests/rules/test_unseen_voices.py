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
        assert any(f'"{s.strip()}' in finding.message
                   for s in text.replace("\n", " ").split(". ") if s.strip()), finding.message
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
