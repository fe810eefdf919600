"""The rule SMA103 outcome-as-goal.

A goal that is only money (more sales, revenue, profit) with no objective.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``outcome_as_goal`` below, which ``smaudit explain SMA103`` shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model import compiled_patterns
from smaudit.model.findings import Violation
from smaudit.model.plan import Plan
from smaudit.model.prose import learned
from smaudit.model.prose.cue_matching import cue_matches
from smaudit.model.prose.cues import CueMatch, words
from smaudit.model.prose.goal_roles import (
    MAX_JUDGED,
    Sentence,
    business_gain,
    money_object,
    sentences,
    without_time_clauses,
)
from smaudit.model.prose.phrasing import phrase_options, phrases
from smaudit.model.rule import rule
from smaudit.rules.goals.shared import PLATFORMS, goal_statements, interior, words_after, wordset

_MONEY = (
    "(sales|revenue|revenues|profit|profits|profitability|money|income|turnover|bottom line"
    "|top line|margin|margins|earnings|cash|cash flow|roi|return on investment|dollars|bucks"
    "|takings|receipts|billings|fee income|fees income)"
)


_UP = (
    "(increase|increasing|boost|boosting|grow|growing|raise|raising|improve|improving|drive"
    "|driving|maximize|maximise|maximizing|maximising|double|doubling|triple|lift|lifting"
    "|bump up|push up|pushing up|put up|generate|generating|make|making|earn|earning|bring in"
    "|bringing in)"
)


OUTCOME_AS_GOAL = (
    f"{_UP} ... {_MONEY}",
    # "lift the branch's fee and interest income": a longer possessive run
    f"{_UP} (the|our|its|my|their|this) * ... {_MONEY}",
    f"(more|higher|bigger|greater|extra|additional|better|increased|record) {_MONEY}",
    f"(hit|reach|achieve|beat) ... {_MONEY} (target*|goal*|number*|figure*)",
    f"(hit|reach|achieve) ... in {_MONEY}",
    "sell (more|a lot more|lots more|more and more)",
    "(earn|earning|make|making) (more|a lot more|lots more)",
    f"(make|making) ({PLATFORMS}|it|this|instagram|the page) pay",
    "sell more (stuff|products|things|goods|items|units|of our *|of everything)",
    "turn (a|more) profit",
    "(be|become|becoming|stay|more) profitable",
    "monetiz*",
    "monetis*",
    f"{_MONEY} (growth|increase|increases|uplift|boost|up|rise|target|targets)",
)


# "Earn more from the shop" is still only money; "sell more used e-bikes" is not.
_STILL_MONEY = wordset("from through via out off on with per each this next every money")


# Words in a money match that show it is not about money at all: "improve
# how residents manage money", "drive people to the shop to spend money".
_NOT_A_MONEY_GOAL = frozenset({"how", "who", "that", "which", "what", "to", "from", "for",
                               "through", "via", "without", "with", "into", "at", "on",
                               "so", "while", "than", "save", "saving", "spend", "spending"})


OBJECTIVES = (
    "lead*", "inquir*", "enquir*", "booking*", "booked", "appointment*", "consultation*",
    "reservation*", "referral*", "repeat", "returning", "retention", "retain*", "loyal*",
    "reorder*", "re-order*", "renewal*", "renew*", "sign up*", "sign-up*", "signup*",
    "trial*", "intro*", "taster*", "tasting*", "demo*", "quote*", "foot traffic", "walk-in*",
    "visits", "visitors", "upsell*", "cross-sell*", "convert*", "conversion*",
    "average (order|ticket|basket|spend|transaction)", "basket size", "word of mouth",
    "review*", "recommendation*", "attendance", "enrol*", "enroll*", "adoption*",
    "(new|first-time|first time|more|returning|repeat|existing|current|lapsed|past|wholesale"
    "|corporate|office|business) (customers|clients|patients|members|buyers|students|donors"
    "|guests|accounts|families|diners|shoppers)",
    "(win*|land*|sign*) ... (clients|customers|accounts|contracts|stockists|partners)",
)


def money_only(match: CueMatch, text: str) -> bool:
    """Whether a money cue is really about the organization making money.

    "Sell more" counts only on its own ("sell more", "sell more, faster",
    "earn more from the shop"): "sell more used e-bikes through the web
    shop" names a product and a count, which is an objective, not just money.
    """
    after = words_after(text, match.end, 1)
    if words(match.text)[-1] == "more" and after and after[0] not in _STILL_MONEY:
        return False
    return not _NOT_A_MONEY_GOAL.intersection(interior(match))


@rule(code="SMA103", slug="outcome-as-goal", severity="warning", area="goals",
      summary="A goal that is only money (more sales, revenue, profit) with no objective.",
      options={
          **learned.OPTION,
          **phrase_options("phrases", OUTCOME_AS_GOAL, "goals that are only money"),
          **phrase_options("objective_phrases", OBJECTIVES,
                           "intermediate business objectives that make a money goal "
                           "concrete (leads, repeat orders, bookings)"),
      },
      sources=("004",), effort="low", impact="medium")
def outcome_as_goal(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A business goal whose only object is money: sales, revenue, profit,
    income, turnover, fees, takings, margin, an amount ("$2m", "EUR 48m"), a
    return on spend ("4:1 ROAS"), "make more money", "keep the tills
    ringing", with no customer behaviour in between (who buys, books, signs
    up, returns, refers, donates). A money goal that names such behaviour
    ("grow revenue by winning 30 office accounts", "raise EUR 20k by
    recruiting 200 monthly givers") is not reported; neither is a goal with
    no money in it, someone else's money ("help tenants save money"), or
    money set aside ("not more revenue for its own sake: 300 new patients").
    What the money is for is not customer behaviour ("raise income to fund a
    day room"), and a transaction word that only qualifies money ("gross
    booking value") is money.
    The message quotes the sentence and names the money it found.

    ## Why it hurts
    Money is what a business gets when its goals are met; it is the outcome,
    not the goal. "Goals vs. outcomes, box checking and bandwagon leaps
    (untitled article)" observes that most organizations name sales as their
    social media goal and recommends lead generation as the realistic goal
    instead. A sales-only goal gives the team nothing to act on, invites the
    expectation that posts sell directly, and when sales do not move the
    conclusion is that social media "does not work".

    ## Example
    ```yaml
    business_goals:
      - id: sales
        statement: Increase sales
    ```

    ## Use instead
    ```yaml
    business_goals:
      - id: catering-leads
        statement: Win catering inquiries from office managers within 5 km
        type: lead_generation
        target: 30 inquiries per quarter
      - id: repeat
        statement: Increase repeat orders from existing catering clients by 20%
        type: retention
    ```
    """
    cues, objectives = phrases(options), phrases(options, "objective_phrases")
    judgement = learned.judging("outcome-as-goal", options)
    for pointer, ident, statement in goal_statements(plan):
        sents = list(sentences(statement))
        judged = [_without_money_use(c) for s in sents for c in s.clauses]
        healthy = any(business_gain(c) for c in judged) or next(cue_matches(
            objectives, without_time_clauses(
                " ; ".join(_without_money(c) for c in judged)[:MAX_JUDGED])), None)
        hit = None if healthy else _money_role(sents, cues)
        if hit is not None and learned.confirms(judgement, statement):
            quoted, money = hit[0].quote(), f"money, {hit[1]},"
        elif hit is None and (weighed := learned.suggests(judgement, statement)):
            quoted, money = weighed.sentence, learned.role_found("money", weighed)
        else:
            continue
        yield Violation(
            message=f"goal {ident!r} is only money, an outcome rather than a goal: "
                    f"\"{quoted}\" ({money} is the goal's only object, "
                    "with no customer behaviour in between)",
            pointer=pointer,
            hint="Name the business objective that leads to the money (qualified leads, "
                 "repeat orders, bookings, new customers) and make that the goal.",
        )


#: What the money is for: a "to"-infinitive or a purpose clause after the money ("income
#: to fund a day room", "enough to help cover the bills", "so that we can give more to the
#: hospice") says how the money will be spent, not
#: what customers do. Not a target ("revenue to 90k") and not a "to" inside a means
#: phrase ("by getting pupils to book"), which is found first.
_MONEY_USE = compiled_patterns.compile(
    r"\b(?:(?:just|only|ideally|hopefully|roughly|at\s+least)\s+)?(?:enough\s+|so\s+as\s+"
    r"|in\s+order\s+)?"
    r"to\s+(?=[a-z])(?!(?:the|a|an|our|its|their|pre|last|record|match|beat|equal)\b)"
    # or a purpose clause of the organization's own: "turnover so we can keep the lights on"
    r"|\bso\s+(?:that\s+)?(?:we|i|it|(?:the|our)\s+[\w'-]+)\s+(?:can|could|will|may|might|are"
    r"|is)\b")
#: The prepositions that open a means phrase: how the money is to be made.
_MEANS = compiled_patterns.compile(r"\b(?:by|through|via|from|with|among|amongst|using)\b")
#: Selling named beside the money ("sell far more and smash last year's takings") is
#: the money again, not a customer acting; selling to someone ("sell more cakes to
#: offices") names who buys, so it stays.
_SELLING = compiled_patterns.compile(
    r"\bsell(?:s|ing)?\b(?!\s+(?:[\w'-]+\s+){0,4}?to\s+(?:the\s+|a\s+|an\s+|[a-z][\w'-]*s\b))")


def _without_money_use(clause: str) -> str:
    """A clause as judged for customer behaviour: without what its money is for, and
    without the organization's own selling when money is its object."""
    money = money_object(clause)
    if money is None:
        return clause
    end = clause.find(money) + len(money) if money in clause else 0
    use = _MONEY_USE.search(clause, end)
    if use and not _MEANS.search(clause, end, use.start()):
        means = _MEANS.search(clause, use.end())
        clause = clause[: use.start()] + (" " + clause[means.start() :] if means else "")
    return _SELLING.sub(lambda m: " " * len(m.group(0)), clause)


def _without_money(clause: str) -> str:
    """A clause with its money phrase blanked, so an objective phrase does not match
    inside it ("gross booking value" is money, not bookings)."""
    money = money_object(clause)
    if money is None or money not in clause:
        return clause
    return clause.replace(money, " " * len(money), 1)


def _money_role(sents: list[Sentence], cues: tuple[str, ...]) -> tuple[Sentence, str] | None:
    """The first sentence whose object is money, and the money word or amount."""
    for sentence in sents:
        for clause in sentence.clauses:
            word = money_object(clause)
            if word:
                return sentence, word
        for match in cue_matches(cues, sentence.text):
            if money_only(match, sentence.text):
                return sentence, " ".join(match.text.split())
    return None
