"""Built-in plugin: the goals rules written in Python (SMA102-SMA104, SMA106, SMA205).

SMA102 and SMA103 read a goal statement for its object: a social-media
quantity, money, or something customers do (the roles and their frames are
in ``goal_roles``). The same words ("followers", "sales") appear in healthy
goals that use social media as the means to a business result ("turn local
followers into consultations", "grow sales through 30 new catering
leads"), so the statement is weighed as a whole: any customer behaviour in
it makes the goal a business goal. SMA104 checks two keys of each goal at
once. SMA106 and SMA205 ask whether the strategy and the audience research
say anything at all: a hollow text counts as missing.

Rules simple enough to be a selector and a condition (SMA101, SMA105) live
in the declarative pack `rules/goals.yaml` instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.loading.hookspecs import hookimpl
from smaudit.model import compiled_patterns
from smaudit.model.findings import Violation
from smaudit.model.plan import Plan, join
from smaudit.model.platforms import PROSE_NAMES
from smaudit.model.prose.blank import is_blank
from smaudit.model.prose.cues import CueMatch, Text, compile_cues, words
from smaudit.model.prose.goal_roles import (
    MAX_JUDGED,
    Sentence,
    business_gain,
    money_object,
    platform_itself,
    research_substance,
    sentences,
    social_quantity,
    strategy_substance,
    without_time_clauses,
)
from smaudit.model.prose.phrasing import phrase_options, phrases, quote
from smaudit.model.rule import rule

# --------------------------------------------------------------------------
# Helpers


def wordset(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set (for word lists)."""
    return frozenset(text.split())


_CLAUSE_END = compiled_patterns.compile(r"[,.;:!?()\[\]\u2013\u2014]|\s-\s")


def words_before(text: str, start: int, count: int = 3) -> list[str]:
    """Up to ``count`` words before ``start``, within the same clause."""
    head = text[max(0, start - 120) : start]
    cut = [m.end() for m in _CLAUSE_END.finditer(head)]
    return words(head[cut[-1] :] if cut else head)[-count:]


def words_after(text: str, end: int, count: int = 3) -> list[str]:
    """Up to ``count`` words after ``end``, within the same clause."""
    tail = text[end : end + 120]
    cut = _CLAUSE_END.search(tail)
    return words(tail[: cut.start()] if cut else tail)[:count]


def interior(match: CueMatch) -> list[str]:
    """The words of a match between its first and its last word."""
    return words(match.text)[1:-1]


def cue_matches(phrases: tuple[str, ...], value: Text, *, negation: bool = True
                ) -> Iterator[CueMatch]:
    """The matches of a phrase list in a prose field, in reading order (with
    ``negation=False`` negated matches count too)."""
    if not phrases:
        return iter(())
    return compile_cues(phrases).finditer(value, negation=negation)


def goal_statements(plan: Plan) -> Iterator[tuple[str, str, str]]:
    """``(pointer, goal id, statement)`` for each goal with a text statement."""
    for pointer, goal in plan.items("business_goals"):
        statement = goal.get("statement")
        if isinstance(statement, str) and statement.strip():
            ident = goal.get("id") if isinstance(goal.get("id"), str) else pointer
            yield join(pointer, "statement"), ident, statement


# Platforms and words that stand for "social media" in goal prose. Platform
# aliases are normalized in channel keys, not in prose, so both spellings.
PLATFORMS = f"({'|'.join(PROSE_NAMES)}|social|social media|socials|social networks|social channels)"

# --------------------------------------------------------------------------
# SMA102 social-as-strategy

_GROW = (
    "(get|gets|getting|gain|gains|gaining|grow|growing|increase|increasing|boost|boosting"
    "|build|building|double|doubling|triple|reach|reaching|hit|hitting|attract|attracting"
    "|win|winning|earn|rack up|racking up|pile up|drive|raise|add|adding|achieve|maximize"
    "|maximise|more|higher|bigger|lots of|tons of|thousands of|millions of|the most|most"
    "|biggest|largest|the biggest|the largest|have|having|top)"
)
_COUNTS = (
    "(follower*|fans|likes|page likes|subscriber*|impressions|retweets|reposts"
    "|(a|our|my|bigger|larger|big|huge|online|social|loyal|engaged|local|strong|solid"
    f"|media|most|biggest|largest|{PLATFORMS[1:-1]}) following|tags|tagged posts|reposts)"
)

SOCIAL_AS_STRATEGY = (
    # counts of the platform's own currency: followers, fans, likes...
    f"{_GROW} ... {_COUNTS}",
    "(video|page|profile|story|reel|post|channel|youtube|tiktok|instagram) (views|plays)",
    "(million*|thousand*|hundreds of|rack* up) ... (views|plays)",
    "(views|plays) (on|of|for|across) ... (video*|reel*|post*|content|channel|page|short*"
    "|clip*|tiktok*|youtube|stories)",
    "(most|more|most often|more often) (followed|liked|viewed|subscribed|tagged|reposted"
    "|retweeted|hashtagged|instagrammed)",
    "(most|more|most often|more often) (mentioned|shared|talked about|commented on"
    f"|photographed) ... (on|across|in) {PLATFORMS}",
    f"(tagged|mentioned|shared|reposted|followed|liked) (on|across|in) {PLATFORMS}",
    # engagement and reach on the platform, not with customers
    f"({PLATFORMS}|online|organic|post|page|content|video|reel) (engagement|reach"
    "|interactions|impressions)",
    "engagement (rate*|numbers|metrics|stats|score)",
    "(engagement|interactions|reach) (on|with|across|in) ... (page*|post*|content|feed"
    f"|account*|profile*|stories|reels|videos|{PLATFORMS})",
    "(boost|boosting|more|higher|increase|increasing|grow|growing|double|maximize|maximise"
    "|drive|get|improve|improving|better) engagement",
    # presence for its own sake
    f"({PLATFORMS}|online|digital|web|internet) presence",
    f"presence (on|in|across) ... ({PLATFORMS}|platform*|online|internet|web)",
    "(be|being|get|getting|stay|staying|become|becoming|more|increasingly) (active|present"
    f"|visible|everywhere|seen|noticed|discovered|consistent) (on|across|in) ({PLATFORMS}"
    "|platform*|every|all|each|online|the internet)",
    f"be on ({PLATFORMS}|every|all|each|as many|more|multiple|several|the big|the main"
    "|the major|the right)",
    "be everywhere",
    f"(get|getting|go|going) (on|onto) {PLATFORMS}",
    f"(join|joining) {PLATFORMS}",
    "(start|starting|launch|launching|open|opening|create|creating|set up|setting up|setup"
    f"|have|having|get|own) (a|an|our|the|my|its|their|our own|its own) ... ({PLATFORMS}"
    "|social media) (account*|page*|profile*|channel*|handle*|presence|group)",
    f"(start|launch|open|create|set up) {PLATFORMS} (account*|page*|profile*|channel*"
    "|handle*)",
    # growing the platform rather than the business
    "(grow|growing|build|building|boost|boosting|expand|expanding|scale|scaling|improve"
    "|improving|strengthen|step up|level up|revamp|refresh|fix|up) (our|the|my|its) "
    f"({PLATFORMS}|feed|grid|following|online presence|social presence|social game)",
    f"(set up|open|create|start|launch) (accounts|pages|profiles|channels) (on|across) {PLATFORMS}",
    "(make|making|get|getting) (our|the|my) ... (page|account|profile|feed|channel"
    f"|{PLATFORMS}) (more popular|popular|more visible|famous|trending|noticed)",
    "(like|liking|share|sharing|commenting on|follow|following|engage with) ... "
    "our (posts|post|content|reels|videos|page|account|profile|feed|stories|tiktoks)",
    f"(follow|following|follows|followed) us (on|across) {PLATFORMS}",
    "(more|new|get|gain) (people|users|accounts|locals) (following|liking|to follow|to like)"
    " (us|our)",
    f"(take|get|bring|push) (our|the|my) {PLATFORMS} (to|from|past|over|beyond)",
    f"(have|having|start|starting|launch|launching|open|opening|create|creating|set up) (a|an"
    f"|our own|its own) {PLATFORMS}",
    f"(build|grow|gain|get|increase) (a|an|our|the) {PLATFORMS} (audience|community|fanbase"
    "|following|presence|profile)",
    f"(out there|known|seen|visible|noticed|discovered) (on|across) {PLATFORMS}",
    "(awareness|visibility|exposure|reach|buzz|hype|noise|splash|stir) (on|across|in) "
    f"({PLATFORMS}|social channels|the feed|feeds)",
    "(make|making|create|creating) (a splash|some noise|a buzz|buzz|noise|waves) (on|across"
    f"|in) {PLATFORMS}",
    "(number|count) of (people|users|accounts|followers|fans|subscribers) (who|that) (follow"
    "|like|subscribe)",
    "(shares|saves|comments|likes|views|reactions|plays) per (post|video|reel|story|tiktok)",
    "(videos|posts|reels|content|clips|video|post|reel) (seen|watched|viewed|shared) by",
    "(get|getting) (the|our|my) ... verified",
    "(win|beat|crack|hack|game|please|master|outsmart) the algorithm",
    "(grow|build|expand) (our|an|a|the) (audience|community|fanbase|fan base|following"
    f"|tribe) (on|across) {PLATFORMS}",
    f"(succeed|success|win|winning|crush it|kill it|do well|dominate|dominating|conquer"
    f"|master|rule) (on|at|in) {PLATFORMS}",
    f"(dominate|dominating|conquer|crush|master) {PLATFORMS}",
    # going viral
    "(go|goes|going|went|gone) viral",
    "viral (video|post|hit|reel|clip|moment|content|campaign|sensation|tiktok|trend)",
    f"(trend|trending) on {PLATFORMS}",
    "break the internet",
    f"blow up on {PLATFORMS}",
    f"({PLATFORMS}|internet) (famous|sensation|star|celebrity)",
    "(become|be) (an|a) influencer",
    # activity as the goal
    "(post|posting|publish|publishing|upload|uploading) (more|daily|regularly|consistently"
    "|frequently|often|weekly|every|each|twice|once|1|2|3|4|5|6|7)",
    "(post|posting|publish|publishing|upload|uploading) (content|videos|photos|reels|stories"
    "|updates|something|tiktoks) (more|daily|regularly|consistently|frequently|often|weekly"
    "|every|each|twice|once)",
    "get verified",
    "(blue|verified) (tick|check|checkmark|badge)",
)

# A social count reached *through* something, or turned *into* something, is
# the means: "bookings from our followers", "followers into customers".
_MEANS_INSIDE = frozenset({"from", "through", "via", "among", "amongst", "into", "using",
                           "thanks", "by", "to"})
_MEANS_BEFORE = frozenset({"turn", "turning", "convert", "converting", "from", "through",
                           "via", "among", "amongst", "into", "who", "that", "which", "with"})
_ACTIONS = wordset("""
    buy buys book books order orders visit visits come comes call calls sign signs register
    registers enrol enroll enrols enrolls donate donates adopt adopts attend attends apply
    applies join joins shop shops try tries request requests become becomes convert converts
    purchase purchases pay pays return returns refer refers recommend recommends subscribe
    subscribes reserve reserves hire hires volunteer volunteers download downloads install
    installs use uses choose chooses switch switches enquire inquire ask asks
""")
_SELLING = wordset("shop store ads ad advertising campaign campaigns checkout marketplace"
                   " storefront listing listings catalog catalogue")
_PEOPLE = wordset("""
    customer customers client clients patient patients member members community citizen
    citizens donor donors volunteer volunteers student students employee employees staff civic
    guest guests parent parents resident residents user users buyer buyers family families
    visitor visitors reader readers alumni supporter supporters patron patrons
""")
_SOCIAL_WORDS = compiled_patterns.compile(
    r"\b(?:facebook|instagram|insta|linkedin|twitter|tiktok|snapchat|youtube|pinterest"
    r"|threads|bluesky|reddit|mastodon|whatsapp|nextdoor|discord|twitch|social|page|pages"
    r"|posts?|feed|account|profile|channel|followers|online|reels?|stories)\b",
    re.IGNORECASE,
)
_OWNED_LIST = compiled_patterns.compile(
    r"\b(?:newsletter|e-?mail|mailing|sms|text messages?|magazine"
    r"|print|box|membership|podcast)\b", re.IGNORECASE)


# What an account is built *into* when the goal is still the account itself.
_SOCIAL_INTO = wordset("""
    account accounts page pages profile profiles channel channels feed feeds creator creators
    influencer influencers following followings
""")

# A goal target counted in the platform's currency: "60,000 followers", "10k likes per post".
_SOCIAL_TARGET = compiled_patterns.compile(
    r"(?<![\w.,])(?:\d[\d,.]*\s*(?:k|m|thousand|million)?\+?|a\s+(?:thousand|million)"
    r"|(?:ten|twenty|fifty|a\s+hundred|one\s+hundred)\s+thousand)"
    r"\s+((?:[a-z][\w'\u2019-]*\s+){0,2}?)"
    r"(followers?|likes|page\s+likes|views|video\s+views|subscribers?|page\s+fans|plays"
    r"|impressions|reposts|retweets)\b",
    re.IGNORECASE,
)
_OWNED_WORDS = wordset("newsletter email e-mail mailing sms text magazine print box"
                       " membership podcast")


_NOT_SOCIAL_COUNT = wordset("""
    who that which from into through via among amongst turned converted becoming to
""")


def social_target(target: object) -> str | None:
    """The follower, like or view count a goal target is written in, if any.

    A count of people who did something ("200 followers who booked"), a
    count reached through the followers ("30 bookings from followers") and
    newsletter subscribers are business outcomes, not the platform's.
    """
    if not isinstance(target, str):
        return None
    for found in _SOCIAL_TARGET.finditer(target):
        between = set(words(found.group(1)))
        if between & (_PEOPLE | _NOT_SOCIAL_COUNT | _OWNED_WORDS):
            continue
        after = words_after(target, found.end(), 2)
        if after[:1] and after[0] in _NOT_SOCIAL_COUNT | {"with", "of"}:
            continue
        if _MEANS_BEFORE.intersection(words_before(target, found.start(), 2)):
            continue
        if found.group(2).lower().startswith("subscriber") and _OWNED_LIST.search(target):
            continue
        return found.group(0)
    return None


def about_social_media(match: CueMatch, text: str) -> bool:
    """Whether a cue in a goal statement makes the goal about social media itself.

    Rejects the healthy shapes a cue phrase cannot tell apart: a count reached
    from or through something else ("bookings from our Instagram
    followers"), followers turned into customers ("followers into
    consultations", "followers who book"), customers' engagement rather than
    the page's, and newsletter subscribers.
    """
    inside = interior(match)
    # "grow to 5k", "from 900 to 5k": a range, not a route
    following = [*inside[1:], ""]
    ranges = {w for w, n in zip(inside, following, strict=False) if w in ("from", "to")
              and (n[:1].isdigit() or n in ("nothing", "zero", "scratch"))}
    if _MEANS_INSIDE.difference(ranges).intersection(inside):
        return False
    if _MEANS_BEFORE.intersection(words_before(text, match.start)):
        return False
    after = words_after(text, match.end)
    if after[:1] == ["into"] and not _SOCIAL_INTO.intersection(words_after(text, match.end, 9)):
        return False  # "followers into customers", not "our Instagram into a top account"
    if after[:1] and after[0] in _SELLING:
        return False
    if text[match.end : match.end + 1] in ("'", "\u2019"):  # "followers' visits"
        return False
    if len(after) >= 2 and after[0] in ("who", "that", "to") and after[1] in _ACTIONS:
        return False
    found = words(match.text)
    if found[-1] in ("engagement", "interactions", "interaction", "reach"):
        before = (inside or words_before(text, match.start, 1))[-1:]
        if before and before[0] in _PEOPLE:
            return False
        if found[0] != "engagement" and after[:1] and after[0] in ("with", "among", "from",
                                                                    "of", "at"):
            rest = text[match.end : match.end + 120]
            if not _SOCIAL_WORDS.search(rest):
                return False
    subscribers = any(w.startswith("subscriber") for w in found)
    return not (subscribers and _OWNED_LIST.search(match.sentence))


@rule(code="SMA102", slug="social-as-strategy", severity="warning", area="goals",
      summary="A goal about social media itself (followers, likes, presence) not the business.",
      options=phrase_options("phrases", SOCIAL_AS_STRATEGY,
                             "goals that are about social media itself"),
      sources=("001",), effort="low", impact="high")
def social_as_strategy(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A business goal whose object is a social-media quantity and nothing the
    business gains: followers, fans, likes, views, shares, subscribers,
    reach, engagement, a presence or footprint on a platform, growing "our
    Instagram", trending, posting more. A count only a platform keeps
    ("reactions per post", "3,000 followers") counts wherever it stands; a
    word that exists off the platforms too ("views", "audience",
    "subscribers") counts when the sentence names a platform or a post. A
    goal whose `target` is a follower, like or view count ("60,000
    followers") is reported too, at its statement. A goal that says what
    customers do (book, order, sign up, come back, request a quote), with
    a platform or followers as the *means* ("book 30 catering orders
    through Instagram", "turn local followers into consultations"), is not
    reported, and neither is a negated count ("followers are not the aim").
    The message quotes the sentence and names the quantity it found.

    ## Why it hurts
    Followers and likes are the platform's currency, not the business's. A
    goal written in them can be met while the business gains nothing, and
    every later choice (content, tactics, metrics) ends up serving the
    account. "Why Small Businesses Fail at Social Media" makes the point
    that social media is a channel, like a telephone, and nobody has a
    telephone strategy: the plan has to start from what the business needs
    and ask social media to carry part of it.

    ## Example
    ```yaml
    business_goals:
      - id: insta
        statement: Grow our Instagram to 10,000 followers
    ```

    ## Use instead
    ```yaml
    business_goals:
      - id: catering-leads
        statement: Win catering orders from offices within 5 km
        target: 30 catering inquiries per quarter
    ```
    Followers can still be tracked, as a metric tied to this goal.
    """
    cues = phrases(options)
    goals = {join(pointer, "statement"): goal for pointer, goal in plan.items("business_goals")}
    for pointer, ident, statement in goal_statements(plan):
        sents = list(sentences(statement))
        hit = None if any(business_gain(c) for s in sents for c in s.clauses) \
            else _social_role(sents, cues, statement)
        counted = None if hit else social_target(goals.get(pointer, {}).get("target"))
        if hit is None and counted is None:
            continue
        what = (f"\"{hit[0].quote()}\" ({hit[1]} is the goal's object, and nothing the "
                "business gains)" if hit is not None
                else f"its target is a social media count, \"{quote(counted or '')}\"")
        yield Violation(
            message=f"goal {ident!r} is about social media itself rather than the "
                    f"business: {what}",
            pointer=pointer,
            hint="State what the business should gain (orders, bookings, sign-ups, "
                 "visits) and let followers or reach be a metric of that goal.",
        )


def _social_role(sents: list[Sentence], cues: tuple[str, ...], statement: str
                 ) -> tuple[Sentence, str] | None:
    """The first sentence whose object is a social-media quantity, and that role:
    found by the frames of ``goal_roles`` or by a cue phrase (``phrases`` option),
    else the first platform or account the goal names (it gains nothing else)."""
    for sentence in sents:
        for clause in sentence.clauses:
            unit = social_quantity(clause)
            if unit:
                return sentence, f"a social-media quantity, {unit},"
        for match in cue_matches(cues, sentence.text):
            if about_social_media(match, sentence.text):
                return sentence, f"a social-media quantity, {' '.join(match.text.split())},"
    if any(money_object(c) for s in sents for c in s.clauses):
        return None  # money is the goal's object: outcome-as-goal's to judge
    for sentence in sents:
        for clause in sentence.clauses:
            account = platform_itself(clause)
            if account:
                return sentence, f"the platform itself, {account},"
    return None


# --------------------------------------------------------------------------
# SMA103 outcome-as-goal

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
    for pointer, ident, statement in goal_statements(plan):
        sents = list(sentences(statement))
        if any(business_gain(c) for s in sents for c in s.clauses) \
                or next(cue_matches(objectives, without_time_clauses(
                    statement[:MAX_JUDGED].lower())), None):
            continue
        hit = _money_role(sents, cues)
        if hit is None:
            continue
        yield Violation(
            message=f"goal {ident!r} is only money, an outcome rather than a goal: "
                    f"\"{hit[0].quote()}\" (money, {hit[1]}, is the goal's only object, "
                    "with no customer behaviour in between)",
            pointer=pointer,
            hint="Name the business objective that leads to the money (qualified leads, "
                 "repeat orders, bookings, new customers) and make that the goal.",
        )


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


# --------------------------------------------------------------------------
# SMA104 unmeasurable-goal


@rule(code="SMA104", slug="unmeasurable-goal", severity="warning", area="goals",
      summary="A goal without a target or without a deadline.", sources=("001",),
      effort="low", impact="medium")
def unmeasurable_goal(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A business goal that has no `target` (the measurable level that means
    success) or no `deadline` (by when), or neither. The finding points at
    the goal, where the missing key belongs.

    ## Why it hurts
    A goal with no number and no date cannot be met or missed, so it cannot
    be reviewed either: every result can be read as progress.
    "Why Small Businesses Fail at Social Media" warns that businesses which
    do not know what success looks like end up reporting secondary numbers
    that show no real impact on the business. A target and a deadline are what turn a
    wish into something the plan can be checked against.

    ## Example
    ```yaml
    business_goals:
      - id: catering-leads
        statement: Win catering orders from offices within 5 km
    ```

    ## Use instead
    ```yaml
    business_goals:
      - id: catering-leads
        statement: Win catering orders from offices within 5 km
        target: 30 catering inquiries per quarter
        deadline: 2027-Q2
    ```
    """
    for pointer, goal in plan.items("business_goals"):
        lacking = [key for key in ("target", "deadline") if is_blank(goal.get(key))]
        if not lacking:
            continue
        ident = goal.get("id") if isinstance(goal.get("id"), str) else pointer
        what = " or ".join(lacking) if len(lacking) == 2 else lacking[0]
        yield Violation(
            message=f"goal {ident!r} has no {what}, so nobody can tell whether it was met",
            pointer=join(pointer, lacking[0]),
            hint="Give the goal a target (a number that means success) and a deadline "
                 "(a date or quarter such as 2027-Q2).",
        )


# --------------------------------------------------------------------------
# SMA106 no-strategy


def _channels(plan: Plan) -> bool:
    value = plan.data.get("channels") if isinstance(plan.data, dict) else None
    return isinstance(value, list) and bool(value)


@rule(code="SMA106", slug="no-strategy", severity="info", area="goals",
      summary="Channels are listed but no strategy says how they serve the goals.",
      sources=("001",), effort="medium", impact="medium")
def no_strategy(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A plan that has channels but no `strategy`, an empty or placeholder one
    ("TBD", "TODO: ..."), or a hollow one: a strategy that names nobody it
    reaches and nothing anyone is asked to do ("post regularly and engage",
    "be everywhere and build the brand", "great content, consistently"). A
    strategy counts as saying something when it asks its audience to act
    (book, order, sign up, come back, request a quote, download) or names
    particular people it reaches ("office managers", "lapsed members"),
    however short.

    ## Why it hurts
    Between a goal and a post there has to be a plan of attack: whom to reach,
    with what, and what they should do next. "Why Small Businesses Fail at
    Social Media" describes the chain as goal, then strategy, then tactics;
    skipping the middle link leaves a list of accounts and a hope. A strategy
    that only promises activity ("post daily, stay consistent") is the same
    gap in more words: nobody can check whether the channels can deliver it.

    ## Example
    ```yaml
    strategy: Post regularly, stay consistent and engage with the community.
    channels:
      - platform: instagram
        goals: [catering-leads]
    ```

    ## Use instead
    ```yaml
    strategy: >-
      Show office managers our platters on LinkedIn and Instagram, and ask
      them to request a tasting box for their next meeting.
    ```
    """
    if not _channels(plan):
        return
    strategy = plan.get("/strategy")
    if is_blank(strategy):
        yield Violation(
            message="the plan lists channels but no strategy saying how they serve the goals",
            pointer="/strategy",
            hint=_STRATEGY_HINT,
        )
        return
    if not isinstance(strategy, str) or strategy_substance(strategy) is not None:
        return
    first = next(sentences(strategy))
    yield Violation(
        message="the strategy says nothing about how social media serves the goals: "
                f"\"{first.quote()}\" names nobody it reaches and nothing they are asked "
                "to do",
        pointer="/strategy",
        hint=_STRATEGY_HINT,
    )


_STRATEGY_HINT = ("Add a strategy: one or two sentences on how social media moves each goal "
                  "(who you reach, with what, and what you ask them to do).")


# --------------------------------------------------------------------------
# SMA205 no-audience-research (area channels; here with the other hollow-text
# judgement, since both ask whether a field says anything at all)


@rule(code="SMA205", slug="no-audience-research", severity="warning", area="channels",
      summary="No research into who the customers are and where they are online.",
      options={"min_length": {
          "type": "integer", "minimum": 0, "default": 20,
          "description": "Research shorter than this many characters counts as missing."}},
      sources=("000", "003"), effort="high", impact="high")
def no_audience_research(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A plan with no `audience` section, no `audience.research`, research
    shorter than 20 characters (option `min_length`), a placeholder ("TBD",
    "N/A", "TODO: ..."), or research that says nothing: no concrete fact
    about the customers and no way it was learned ("our customers are
    everyone", "people who like good food", "we know our customers well"). A
    survey, records, interviews or analytics count as a way it was learned; a
    share, an age, a count or a named platform that a particular segment
    uses count as a fact. A guessed figure ("maybe 30 to 60, I think") and a
    platform everyone is said to be on do not.

    ## Why it hurts
    Choosing platforms and content without knowing the customers is guessing.
    "Your SMB is a Success, So Why is Your Social Media a Failure?" puts
    understanding the consumer (their affinities, what they do, say and share
    online) at the start of any social effort, and "Why So Many Small
    Businesses Get Social Media Wrong & Some Ideas to Get It Right" credits
    the businesses that succeed with doing the research into what works for
    them. Research that only describes the customers in general terms gives a
    reviewer nothing to check the channel choices against.

    ## Example
    ```yaml
    audience:
      research: Our customers are people who love good food.
    ```

    ## Use instead
    ```yaml
    audience:
      research: >-
        Counter survey of 120 customers in September; 64% follow food
        accounts on Instagram, office managers plan events on LinkedIn.
    ```
    """
    audience = plan.get("/audience")
    research = audience.get("research") if isinstance(audience, dict) else None
    limit = options.get("min_length", 20)
    if is_blank(research) or (isinstance(research, str) and len(research.strip()) < limit):
        yield Violation(
            message="the audience research is missing or too thin to show who the customers "
                    "are and where they are online",
            pointer="/audience/research",
            hint=_RESEARCH_HINT,
        )
        return
    if not isinstance(research, str) or research_substance(research) is not None:
        return
    first = next(sentences(research))
    yield Violation(
        message=f"the audience research says nothing concrete: \"{first.quote()}\" states "
                "no fact about the customers and no way it was learned",
        pointer="/audience/research",
        hint=_RESEARCH_HINT,
    )


_RESEARCH_HINT = ("Write down what is known about the customers and how it was learned: a "
                  "counter survey, booking records, a CRM field, interviews.")


RULES: tuple = (social_as_strategy, outcome_as_goal, unmeasurable_goal, no_strategy,
                no_audience_research)


@hookimpl
def smaudit_register_rules(register):
    for each in RULES:
        register(each)
