"""The rule SMA102 social-as-strategy.

A goal about social media itself (followers, likes, presence) not the business.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``social_as_strategy`` below, which ``smaudit explain SMA102`` shows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model import compiled_patterns
from smaudit.model.findings import Violation
from smaudit.model.plan import Plan, join
from smaudit.model.prose import learned, lookback
from smaudit.model.prose.cue_matching import cue_matches
from smaudit.model.prose.cues import CueMatch, words
from smaudit.model.prose.goal_roles import (
    Sentence,
    business_gain,
    in_means_phrase,
    money_object,
    platform_itself,
    sentences,
    social_quantity,
)
from smaudit.model.prose.phrasing import phrase_options, phrases, quote
from smaudit.model.rule import rule
from smaudit.rules.goals.shared import (
    CLAUSE_END,
    PLATFORMS,
    goal_statements,
    interior,
    words_after,
    wordset,
)


def words_before(text: str, start: int, count: int = 3) -> list[str]:
    """Up to ``count`` words before ``start``, within the same clause."""
    return lookback.words_before(text, start, count, reach=120, words=words,
                                 clause_start=_clause_start)


def _clause_start(head: str) -> int | None:
    cut = [m.end() for m in CLAUSE_END.finditer(head)]
    return cut[-1] if cut else None


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
      options={**learned.OPTION,
               **phrase_options("phrases", SOCIAL_AS_STRATEGY,
                                "goals that are about social media itself")},
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
    reported, and neither is a negated count ("followers are not the aim",
    "follower growth is not a KPI") or a platform given a tool's job ("the
    page serving as the noticeboard"). People doing to the account what the
    platform counts ("an account readers tag and share") is the account.
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
    cues, judgement = phrases(options), learned.judging("social-as-strategy", options)
    goals = {join(pointer, "statement"): goal for pointer, goal in plan.items("business_goals")}
    for pointer, ident, statement in goal_statements(plan):
        sents = list(sentences(statement))
        hit = None if any(business_gain(c) for s in sents for c in s.clauses) \
            else _social_role(sents, cues, statement)
        if hit is not None and not learned.confirms(judgement, statement):
            hit = None
        counted = None if hit else social_target(goals.get(pointer, {}).get("target"))
        weighed = None
        if hit is None and counted is None:
            weighed = learned.suggests(judgement, statement)
            if weighed is None:
                continue
        if hit is not None:
            what = (f"\"{hit[0].quote()}\" ({hit[1]} is the goal's object, and nothing the "
                    "business gains)")
        elif weighed is not None:
            role = learned.role_found("a social-media number or presence", weighed)
            what = (f"\"{weighed.sentence}\" ({role} is the goal's object, and nothing the "
                    "business gains)")
        else:
            what = f"its target is a social media count, \"{quote(counted or '')}\""
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
            if about_social_media(match, sentence.text) and not in_means_phrase(
                    sentence.text.lower(), match.start):
                return sentence, f"a social-media quantity, {' '.join(match.text.split())},"
    if any(money_object(c) for s in sents for c in s.clauses):
        return None  # money is the goal's object: outcome-as-goal's to judge
    for sentence in sents:
        for clause in sentence.clauses:
            account = platform_itself(clause)
            if account:
                return sentence, f"the platform itself, {account},"
    return None
