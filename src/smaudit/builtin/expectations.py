"""Built-in plugin: the expectations rules SMA501-SMA504.

SMA501 and SMA502 read prose (expectations, motivation, goals, strategy,
channel rationales) for hopes a consultant would talk a client out of; the
prose helpers here are shared with SMA404 in ``measurement.py`` so that all
three agree on which fields are read and on what counts as a disclaimer.
The cue matcher (``smaudit.cues``) already ignores a cue in a negated clause;
``disclaimed`` adds what plans say about *expectations* specifically:
"nobody here thinks a post will blow up", "nice if it goes viral, but we
don't count on it", where the negation sits further from the cue than a
general-purpose negation window reaches.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from smaudit.blank import is_blank
from smaudit.builtin.facts import active_channels, has_paid_advertising, sells_online
from smaudit.builtin.phrasing import phrase_options, phrases, quote
from smaudit.cues import (
    CueMatch,
    as_texts,
    clause_start,
    compile_cues,
    negated,
    sentence_at,
    sentence_end,
)
from smaudit.durations import DAY, MONTH, QUARTER, WEEK, parse_duration
from smaudit.hookspecs import hookimpl
from smaudit.model import Violation
from smaudit.plan import Plan, join
from smaudit.rule import rule

# --------------------------------------------------------------------------
# Prose shared by the expectation rules (SMA404, SMA501, SMA502)


@dataclass(frozen=True, slots=True)
class Found:
    """A counted cue in one prose node: where it is, what the field is, the match."""

    pointer: str
    field: str
    match: CueMatch


def prose(plan: Plan) -> Iterator[tuple[str, str, Any]]:
    """``(pointer, field name, value)`` for every field where a plan voices hopes.

    ``expectations`` and ``motivation`` say it outright; goal statements and
    targets, the strategy and channel rationales are where it slips in.
    """
    data = plan.data if isinstance(plan.data, dict) else {}
    yield "/expectations", "expectations", data.get("expectations")
    yield "/motivation", "motivation", data.get("motivation")
    for pointer, goal in plan.items("business_goals"):
        yield join(pointer, "statement"), "goal statement", goal.get("statement")
        yield join(pointer, "target"), "goal target", goal.get("target")
    yield "/strategy", "strategy", data.get("strategy")
    for pointer, channel in plan.items("channels"):
        yield join(pointer, "rationale"), "channel rationale", channel.get("rationale")


# "nobody here thinks", "we don't expect", "we are not counting on": a
# negator tied to a verb of expecting, anywhere earlier in the clause.
_DISCLAIMER_BEFORE = re.compile(
    r"(?:\b(?:nobody|no\s+one|no-one)\s+(?:\w+\s+){0,4}?"
    r"|\b(?:not|never|cannot|\w+n['\u2019]t|dont|doesnt|wont|isnt|arent)\s+(?:\w+\s+){0,2}?)"
    r"(?:expect|think|believe|count|bank|bet|rely|relying|plan|hope|assum|imagin|anticipat"
    r"|promis|pretend|aim|chas|depend)\w*\b",
    re.IGNORECASE,
)
# "... but we don't count on it", "that would be a bonus": said after the cue.
_DISCLAIMER_AFTER = re.compile(
    r"\b(?:but|though|although|however)\b[^.!?;]*?"
    r"(?:\bnot|\bnever|n['\u2019]t|\bnobody|\bno\s+one)\s+(?:\w+\s+){0,2}?"
    r"(?:count|bank|rely|plan|expect|depend|need|chas|aim|bet)\w*"
    r"\s+(?:on\s+|upon\s+|for\s+)?(?:it|that|this|one|them|virality|luck)\b"
    r"|\b(?:a\s+bonus|icing\s+on\s+the\s+cake|nice[\s-]to[\s-]have|happy\s+accident"
    r"|not\s+the\s+plan|not\s+something\s+we\s+(?:count|plan|bank)\w*"
    r"|(?:is|are)\s+(?:pure\s+|just\s+|mostly\s+)?(?:luck|chance|a\s+lottery|a\s+gamble|random)"
    r"|(?:can['\u2019]?t|cannot|can\s+not)\s+be\s+(?:planned|predicted|scheduled|forced"
    r"|engineered|counted\s+on|relied\s+on|bought))\b",
    re.IGNORECASE,
)
_BY_CHANCE = re.compile(r"\b(?:happens?|happened)\s+to\s*$|\bby\s+(?:chance|luck)\s*$",
                        re.IGNORECASE)
_WORD = re.compile(r"[\w'\u2019]+")


def disclaimed(text: str, start: int, end: int) -> bool:
    """Whether the cue at ``text[start:end]`` is disowned by its own sentence.

    True for "nobody here thinks a release post is going to blow up" (a
    negated verb of expecting earlier in the clause), "if one happens to go
    viral" (luck, not a plan) and "nice if it goes viral, but we don't count
    on it" (disowned after the cue).
    """
    clause = text[clause_start(text, start, reach=300):start]
    if _BY_CHANCE.search(clause):
        return True
    hits = list(_DISCLAIMER_BEFORE.finditer(clause))
    hit = hits[-1] if hits else None
    if hit is not None and len(_WORD.findall(clause[hit.end():])) <= 12:
        return True
    return bool(_DISCLAIMER_AFTER.search(text, end, sentence_end(text, end, reach=300)))


# Words skipped to reach the noun a cue is about: "blow up the best photos".
_FILLERS = frozenset(("the", "a", "an", "our", "my", "your", "their", "its", "his", "her",
                      "some", "these", "those", "best", "old", "new", "big", "few"))


def _next_noun(text: str, end: int) -> str:
    words = [w.lower() for w in _WORD.findall(text[end:end + 80])[:4]]
    return next((w for w in words if w not in _FILLERS), "")


def _previous_words(text: str, start: int, count: int = 3) -> list[str]:
    return [w.lower() for w in _WORD.findall(text[max(0, start - 60):start])[-count:]]


def scan(plan: Plan, phrases: tuple[str, ...], *,
         not_followed_by: Mapping[str, frozenset[str]] | None = None,
         not_preceded_by: Mapping[str, frozenset[str]] | None = None,
         skip_sentence: re.Pattern[str] | None = None,
         skip_match: Callable[[str, CueMatch], bool] | None = None,
         keep_negated: Callable[[str, CueMatch], bool] | None = None) -> Iterator[Found]:
    """The first counted cue of ``phrases`` in each prose text of ``plan``
    (each item of a list on its own).

    A cue whose last word is a key of ``not_followed_by`` does not count when
    the word after it (past "the", "our"...) is in its set ("overnight stays",
    "viral infections", "blow up the photos"); likewise ``not_preceded_by``
    for the three words before the cue ("we proof the dough overnight"). A
    sentence matching ``skip_sentence`` is not about expectations at all
    ("we reply to leads immediately"); ``skip_match(text, match)`` is a last,
    rule-specific judgement of a match in its text. A negated cue counts
    only when ``keep_negated(text, match)`` says so ("if the page isn't
    paying its way by June, it goes" still expects it to pay).
    """
    if not phrases:
        return
    cues = compile_cues(phrases)
    for pointer, field, value in prose(plan):
        reported: set[int | None] = set()
        # lazily: one counted cue per text is enough
        for match in cues.finditer(value, negation=keep_negated is None):
            if match.index in reported:
                continue
            text = value if match.index is None else value[match.index]
            if (keep_negated is not None and negated(text, match.start)
                    and not keep_negated(text, match)):
                continue
            last = match.text.lower().split()[-1] if match.text.split() else ""
            first = match.text.lower().split()[0] if match.text.split() else ""
            after = (not_followed_by or {}).get(last)
            if after and _next_noun(text, match.end) in after:
                continue
            prior = (not_preceded_by or {}).get(first)
            if prior and prior.intersection(_previous_words(text, match.start)):
                continue
            if skip_sentence is not None and skip_sentence.search(match.sentence):
                continue
            if skip_match is not None and skip_match(text, match):
                continue
            if disclaimed(text, match.start, match.end):
                continue
            node = pointer if match.index is None else join(pointer, match.index)
            reported.add(match.index)
            yield Found(node, field, match)
            if match.index is None:
                break


# --------------------------------------------------------------------------
# SMA501 overnight-expectation

OVERNIGHT_PHRASES = (
    "overnight",
    "(instant|instantaneous|immediate|quick|overnight) (result*|return*|roi|payoff|pay-off"
    "|payback|sales|impact|traction|success|turnaround|uptick|boost|spike|bookings|leads)",
    "(result*|sales|leads|bookings|orders|enquiries|inquiries|revenue|return*|roi|traction"
    "|impact|calls|sign-ups|signups|donations|adoptions) ... (immediately|instantly|right away"
    "|straight away|at once|asap)",
    "(see|seeing|expect*|want|need|pay* off|take* off|come in|roll* in|pour* in|flood* in"
    "|ring*|fill*|double|spike|convert*) ... (immediately|instantly|right away|straight away"
    "|at once|asap)",
    "(immediately|instantly|right away|straight away) (see|generate|drive|boost|increase|grow"
    "|pay off|produce|double|lift|sell|convert|bring in)",
    "(expect*|want|need|see|seeing) ... from day (one|1)",
    "(pay* off|profitable|pay* for itself|fill*|bring* in|sell*|generat*) ... from day (one|1)",
    "(result*|sales|orders|bookings|leads|customers|calls|revenue|enquiries|inquiries) ... from"
    " the (first|very first) (day|week|post|month)",
    "(expect*|want|need|see|seeing) ... from the (first|very first) (day|week|post|month)",
    "right off the bat",
    "(result*|sales|leads|customers|followers|bookings|grow*|pay* off) ... in no time",
    "as soon as (we|it|the page|the account|the accounts|the campaign) (launch*|start*|go* live"
    "|post*|open*|is live|are live)",
    "within (days|weeks|a week|a few weeks|a couple of weeks|a fortnight|a month|one month"
    "|1 month|two weeks|2 weeks|three weeks|3 weeks|30 days|a few days|a couple of days)",
    "in (just|only) (a|one|two|three|a few|a couple of) (days|weeks|week|month)",
    "in (a few|a couple of) (days|weeks)",
    "(in|within|during|by the end of) the first (week|weeks|few weeks|fortnight|month"
    "|30 days|couple of weeks|two weeks|few days)",
    "by next (week|month|quarter)",
    "by the end of (this|next|the) (week|month)",
    "by the end of (launch|the launch) (week|month)",
    "(quick|fast|overnight) fix",
    "(fast|quick|rapid|speedy) (results|returns|roi|payback|sales)",
    "(result*|sales|leads|bookings|orders|enquiries|inquiries|revenue|return*|roi|traction)"
    " (fast|quickly|asap|in a hurry)",
    "(result*|sales|leads|bookings|orders|enquiries|inquiries|revenue|calls|sign-ups|signups"
    "|members|footfall) ... (next|this) (week|month)",
    "(make*|earn*|sell*|pay* off|profit*|result*|sales|leads|bookings|revenue|return*|roi) ..."
    " from (month|week) (one|1)",
    "(add* up|pay* off|work|works|deliver|delivers|perform|performs) (immediately|instantly"
    "|right away|straight away|at once|from the start)",
)
"""Default cues for SMA501: results expected within days or weeks."""

# "overnight" that is about guests, shipping or dough, not results.
_OVERNIGHT_NOUNS = frozenset((
    "stay", "stays", "guest", "guests", "shipping", "delivery", "deliveries", "parking", "camp",
    "camps", "camping", "trip", "trips", "bag", "bags", "oats", "rate", "rates", "shift",
    "shifts", "accommodation", "accommodations", "visit", "visits", "train", "trains", "flight",
    "flights", "hike", "hikes", "events", "event", "program", "programs", "programme",
    "programmes", "care", "hours", "booking", "bookings", "room", "rooms", "package", "packages",
    "retreat", "retreats", "sleepover", "sleepovers", "express", "courier", "rental", "rentals",
    "cabin", "cabins", "firing", "firings",
))
_OVERNIGHT_PROCESSES = frozenset((
    "stay", "stayed", "staying", "stays", "open", "opened", "left", "leave", "ferment",
    "fermented", "fermenting", "ferments", "proof", "proofed", "proofing", "proofs", "prove",
    "proved", "rest", "rested", "resting", "rests", "soak", "soaked", "soaking", "chill",
    "chilled", "chilling", "sleep", "sleeping", "slept", "park", "parked", "ship", "shipped",
    "ships", "deliver", "delivered", "camp", "camped", "sit", "sits", "cool", "cooled", "cure",
    "cured", "curing", "brew", "brewed", "steep", "steeped", "marinate", "marinated", "dry",
    "dried", "drying", "charge", "charged", "charging",
))
# After "overnight", the words that keep it an adverb of speed ("sales overnight
# from Instagram", "grow overnight and") or name a result ("overnight success").
# Any other word straight after it is a noun or adjective that "overnight"
# describes: "overnight emergency call-outs", "overnight cover", "overnight
# stays" are times of day and services, not hopes.
_OVERNIGHT_STILL_SPEED = frozenset((
    "and", "or", "but", "nor", "so", "then", "to", "with", "in", "on", "from", "for", "of",
    "by", "at", "via", "through", "into", "after", "once", "when", "if", "as", "like", "just",
    "simply", "either", "too", "again", "anymore", "now", "thanks", "because", "without",
    "we", "i", "you", "they", "it", "he", "she", "the", "a", "an", "our", "their", "its",
    "this", "that", "these", "those", "is", "are", "was", "were", "be", "will", "would",
    "won't", "doesn't", "don't", "isn't", "aren't", "can't", "here", "there", "off", "out",
    "up", "down", "success", "successes", "sensation", "sensations", "result", "results",
    "hit", "hits", "growth", "fame", "star", "stars", "celebrity", "following", "followers",
    "fix", "fixes", "miracle", "miracles", "turnaround", "transformation", "win", "wins",
    "payoff", "pay-off", "return", "returns", "roi", "boom", "breakthrough", "jump", "spike",
    "impact", "traction", "change", "difference", "sales", "leads", "revenue", "profit",
    "profits",
))
_NEXT_WORD = re.compile(r"[ \t-]+([\w'\u2019-]+)")


def describes_a_service(text: str, match: CueMatch) -> bool:
    """Whether "overnight" at the end of ``match`` qualifies the word after it
    ("the overnight emergency call-outs we staff for") rather than saying how
    fast results should come ("sales overnight", "an overnight success")."""
    if not match.text.lower().endswith("overnight"):
        return False
    following = _NEXT_WORD.match(text, match.end)
    return following is not None and following.group(1).lower() not in _OVERNIGHT_STILL_SPEED


# A sentence about answering people fast is service, and one about when the
# numbers are looked at is a review date: neither is impatience.
_SERVICE_SENTENCE = re.compile(
    r"\b(?:respond\w*|repl(?:y|ies|ied|ying)|answer\w*|acknowledg\w*|get\s+back\s+to|call\w*\s+back"
    r"|follow(?:s|ed|ing)?[\s-]up|rout\w*|escalat\w*|review\w*|evaluat\w*|assess\w*"
    r"|take\s+stock)\b",
    re.IGNORECASE,
)

_MIN_MONTHS = {"type": "number", "minimum": 0, "default": 6,
               "description": "Results expected sooner than this many months are too soon."}


@rule(code="SMA501", slug="overnight-expectation", severity="warning", area="expectations",
      summary="Results expected within weeks: a timeline under six months, or 'overnight' hopes.",
      options={"min_months": _MIN_MONTHS,
               **phrase_options("phrases", OVERNIGHT_PHRASES, "results expected too soon")},
      sources=("002", "004"), effort="low", impact="medium")
def overnight_expectation(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A plan that expects results too soon: `timeline.expect_results_within`
    shorter than `min_months` (6 by default), or expectations, motivation,
    goals, strategy or a channel rationale hoping for results "overnight",
    "right away", "within weeks", "in the first month" or "by next quarter";
    and `expectations` that name a horizon shorter than `min_months` ("within
    three months", "from the very first week"). Sentences that only disclaim
    the hope ("no overnight results", "we don't expect the phone to ring right
    away"), sentences about answering customers quickly or about when the
    plan is reviewed, and "overnight" describing a service or a time of day
    ("the overnight emergency call-outs we staff for") do not count.

    ## Why it hurts
    People buy from those they know, like and trust, and trust builds over
    months of useful posts and answered questions. "#2 Piece of Advice For SMBs
    is Social Media – Also Most Frustrating" counts patience among the things
    an owner has to accept before starting, and "Goals vs. outcomes, box
    checking and bandwagon leaps (untitled article)" warns that trust, and
    the relationship marketing built on it, cannot be hurried. A plan judged
    after a few weeks is usually abandoned just before it could have worked.

    ## Example
    ```yaml
    timeline:
      expect_results_within: 1 month
    expectations: The owner wants to see bookings right away.
    ```

    ## Use instead
    ```yaml
    timeline:
      expect_results_within: 6 months
      review_cadence: monthly
    expectations: >
      Early signs (replies, saves, profile visits) in the first months;
      bookings from social by month six.
    ```
    """  # noqa: RUF002 - the article title has an en dash
    timeline = plan.section("timeline")
    hours = parse_duration(timeline.get("expect_results_within"))
    months = options.get("min_months", 6)
    data = plan.data if isinstance(plan.data, dict) else {}
    if hours is not None and isinstance(months, int | float) and hours < months * MONTH:
        value = quote(str(timeline["expect_results_within"]))
        yield Violation(
            message=f"results are expected within {value}, sooner than the {months:g} months "
                    "it takes to build trust on social media",
            pointer="/timeline/expect_results_within",
            hint=f"Give the plan at least {months:g} months and judge early months by leading "
                 "signs (replies, saves, visits), not sales.",
        )
    hint = ("Set expectations in months, not weeks: trust and the results it brings build "
            "slowly; agree on leading signs to watch meanwhile.")
    flagged: set[str] = set()
    for found in scan(plan, phrases(options),
                      not_followed_by=dict.fromkeys(("overnight",), _OVERNIGHT_NOUNS),
                      not_preceded_by=dict.fromkeys(("overnight",), _OVERNIGHT_PROCESSES),
                      skip_sentence=_SERVICE_SENTENCE, skip_match=describes_a_service):
        flagged.add(found.pointer)
        yield Violation(
            message=f"{found.field} expects results too soon: \"{quote(found.match.text)}\"",
            pointer=found.pointer, hint=hint,
        )
    if not isinstance(months, int | float):
        return
    for index, text in as_texts(data.get("expectations")):
        pointer = "/expectations" if index is None else join("/expectations", index)
        window = _short_window(text, months * MONTH)
        if window and pointer not in flagged:
            yield Violation(
                message=f"expectations set a horizon shorter than {months:g} months: "
                        f"\"{quote(window)}\"",
                pointer=pointer, hint=hint,
            )


# A time window stated in the expectations: "within 8 weeks", "from the very
# first week", "by next quarter", "in three months".
_AMOUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
            "a few": 3, "few": 3, "a couple of": 2, "couple of": 2}
_UNIT_HOURS = {"day": DAY, "week": WEEK, "fortnight": 2 * WEEK, "month": MONTH,
               "quarter": QUARTER}
_WINDOW = re.compile(
    r"\b(?:in|within|inside|under|by(?:\s+the\s+end\s+of)?|from|during)\s+(?:the\s+)?"
    r"(?:(?P<first>(?:very\s+)?first|next)\s+)?"
    r"(?:(?P<amount>\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|a\s+few|few|a\s+couple\s+of|couple\s+of)\s+)?"
    r"(?P<unit>day|week|fortnight|month|quarter)s?\b",
    re.IGNORECASE,
)

# A window counts only in a sentence about outcomes, not about activity
# ("in the next month we test three formats").
_OUTCOME = re.compile(
    r"\b(?:result|sale|lead|booking|order|customer|client|member|sign-?up|revenue|return|roi"
    r"|growth|grow|increase|double|see|expect|want|need|should|must|full|fill|traffic|visit"
    r"|call|enquir|inquir|follower|donat|adopt|patient|student|guest|diary|line|table)\w*",
    re.IGNORECASE,
)


def _short_window(text: str, limit: float) -> str | None:
    """The first time window in ``text`` shorter than ``limit`` hours, as written.

    A bare plural ("in the coming weeks") names no window; "the first week"
    and "next quarter" are one unit; "twice in a week" is a frequency; a
    sentence with no outcome in it is about activity. Negated or disclaimed
    windows ("we do not expect sales within three
    months") and sentences about answering customers or reviewing the plan
    do not count.
    """
    for match in _WINDOW.finditer(text):
        amount, unit = match.group("amount"), match.group("unit").lower()
        if amount is None and not match.group("first"):
            continue
        key = " ".join((amount or "1").lower().split())
        number = float(key) if key[0].isdigit() else _AMOUNTS.get(key, 1)
        if number * _UNIT_HOURS[unit] >= limit:
            continue
        if _previous_words(text, match.start(), 1) in (["times"], ["once"], ["twice"]):
            continue  # a frequency ("twice in a week"), not a horizon
        if match.group(0).lower().startswith("from") and not match.group("first"):
            continue  # "from one month to the next"
        sentence = sentence_at(text, match.start(), match.end())
        if not _OUTCOME.search(sentence) or _SERVICE_SENTENCE.search(sentence):
            continue
        if negated(text, match.start()) or disclaimed(text, match.start(), match.end()):
            continue
        return match.group(0)
    return None


# --------------------------------------------------------------------------
# SMA502 viral-expectation

VIRAL_PHRASES = (
    "(go|goes|going|gone|went|turn|turns|become|becomes|becoming) viral",
    "viral*",
    "virality",
    "(blow|blows|blowing|blew|blown) up",
    "explod*",
    "explosive (growth|reach|following|attention|results|success)",
    "(an explosion|explosion) of (interest|followers|views|attention|traffic|likes|sales)",
    "(instant|instantly|overnight) (fame|famous|hit|sensation|buzz|following|audience|celebrity"
    "|celebrities|success|star|stardom|reach|attention|recognition|awareness|traction"
    "|popularity|popular|known|recogni*)",
    "(rack*|rake*) up (millions|thousands|a million|hundreds of thousands|huge|massive|tons"
    "|loads)",
    "(millions|a million|one million|1 million|hundreds of thousands) of (views|plays|streams"
    "|impressions|people|likes|followers|shares|eyeballs|users|viewers|fans)",
    "(a|one) million (views|plays|streams|followers|likes|impressions|viewers|fans|shares)",
    "reach (millions|the whole (world|country|internet)|everyone online)",
    "(get|gets|getting|got) (passed|shared|forwarded|reposted) around",
    "(passed|shared|forwarded|reposted) around by (everyone|everybody|all)",
    "shared (by|with) (everyone|everybody|millions|thousands|the whole *)",
    "(everyone|everybody) (will|would|is going to) (share|be sharing|repost|be talking)",
    "spread* like wildfire",
    # spreading by itself, in plain words
    "(passed|shared|forwarded|handed|sent|spread*|travel*) from (phone|person|friend|hand"
    "|parent|family|group|chat|house|door|neighbour|neighbor|screen|inbox|street) to",
    "(spread*|travel*|circulat*|get* around|gets passed around|do the rounds|does the rounds"
    "|go the rounds|goes the rounds) ... (by itself|on its own|by themselves|on their own"
    "|of its own accord|without us)",
    "(shared|passed around|forwarded|reposted) by (every|all the|all our|the whole) *",
    "(everyone|everybody|the whole (town|city|village|school|neighbourhood|neighborhood|county)"
    "|all (their|our|the) friends) ... (will|would|'ll|is going to|are going to) (share"
    "|pass|forward|repost|send|spread) (it|them|this|that|the *|along|on)",
    "(clip*|video*|post*|reel*|content|tiktok*|story|stories|meme*) ... (will|would|can"
    "|could|should|'ll) (do|does) the (work|selling|marketing|rest|heavy lifting) for us",
    "(catch|catches|catching|caught) fire",
    "take* off like",
    "break* the internet",
    "broke the internet",
    "(be|get|start|go|end up) trending",
    "trend* (worldwide|nationally|everywhere)",
    "(hit|hits|land* on|get* on|get* onto|end* up on|make it onto) the (for you|explore|front)"
    " page",
    "(hit|hits|land|lands|get|gets) ... fyp",
    "(get|gets|become|becomes|becoming|getting) (famous|internet famous|locally famous)",
    "internet famous",
    "(tiktok|instagram|insta|youtube|twitter|reddit) famous",
    "(everyone|everybody) (share|shares|will share|is sharing|reposts|will repost)",
    "(start|set|create|launch|kick off) (a|the next|a new) (trend|craze|challenge craze)",
    "next big ... (trend|thing|hit|sensation)",
    "(account|video|post|clip|reel|page|channel|content|videos|posts|clips|reels|tiktok|it)"
    " ... (take*|took) off (overnight|like|fast|instantly|quickly)",
    "(picked|pick*) up by the algorithm",
    "algorithm (will|would|could|should) (push*|boost*|pick*|favour*|favor*|love)",
    "breakout (hit|success|video|post|moment|reel|clip)",
    "shared (thousands|millions|hundreds|tens of thousands) of times",
    "(100k|200k|250k|500k|1m|100,000|250,000|500,000|1,000,000|a hundred thousand) (views|plays"
    "|streams|impressions|likes|shares|viewers)",
)
"""Default cues for SMA502: counting on content spreading by itself."""

_VIRAL_NOT_BEFORE = frozenset((
    "loop", "loops", "coefficient", "coefficients", "infection", "infections", "disease",
    "diseases", "load", "loads", "illness", "illnesses", "pneumonia", "hepatitis", "vector",
    "vectors", "strain", "strains", "shedding", "particles", "particle", "meningitis",
    "gastroenteritis", "vaccine", "vaccines", "outbreak", "outbreaks", "surge", "surges",
    "season", "seasons", "respiratory", "bronchiolitis", "croup", "fever",
    "fevers", "rash", "rashes", "cold", "colds", "flu", "conjunctivitis", "tonsillitis",
    "gastro", "pathogen", "pathogens", "test", "tests", "testing", "panel", "panels",
    "culture", "cultures", "replication", "genome", "genomes", "rna", "dna", "antigen",
    "antigens", "sepsis", "encephalitis", "bronchitis", "warts", "shedding",
))
_EXPLODE_NOT_BEFORE = frozenset((
    "view", "views", "diagram", "diagrams", "drawing", "drawings", "kittens",
))
_BLOW_UP_NOT_BEFORE = frozenset((
    "balloon", "balloons", "photo", "photos", "poster", "posters", "print", "prints",
    "inflatable", "inflatables", "picture", "pictures", "image", "images", "mattress",
    "mattresses", "castle", "castles", "pool", "pools",
))
_VIRAL_EXCEPTIONS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("viral", "virality"), _VIRAL_NOT_BEFORE),
    **dict.fromkeys(("explode", "explodes", "exploded", "exploding"), _EXPLODE_NOT_BEFORE),
    "up": _BLOW_UP_NOT_BEFORE,
}


@rule(code="SMA502", slug="viral-expectation", severity="warning", area="expectations",
      summary="Expectations, goals or motivation counting on content going viral.",
      options=phrase_options("phrases", VIRAL_PHRASES, "hopes of virality"),
      sources=("000",), effort="low", impact="medium")
def viral_expectation(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    Expectations, motivation, goals, the strategy or a channel rationale
    that count on content spreading by itself: "go viral", "blow up",
    "rack up millions of plays", "one clip gets passed around by everybody",
    "an overnight sensation". A sentence that rules virality out ("we don't
    expect anything to go viral", "no viral stunts") does not count, and
    neither does "viral" in a medical or product sense ("viral infections",
    "a viral loop").

    ## Why it hurts
    "Your SMB is a Success, So Why is Your Social Media a Failure?" calls the
    belief in cheap, instant, viral returns unreal: virality cannot be
    scheduled, and a plan that relies on it has no working path to its goal
    when (as almost always) the post does not take off. Worse, chasing it
    pulls content away from the customers the business actually serves.

    ## Example
    ```yaml
    expectations:
      - One great video could rack up millions of plays and make us famous.
    ```

    ## Use instead
    ```yaml
    expectations:
      - Steady weekly posts that our customers save and share with friends;
        200 newsletter sign-ups from social by December.
    ```
    """
    for found in scan(plan, phrases(options), not_followed_by=_VIRAL_EXCEPTIONS):
        yield Violation(
            message=f"{found.field} counts on going viral: \"{quote(found.match.text)}\"",
            pointer=found.pointer,
            hint="Plan for steady, useful content and a measurable path to the goal; treat "
                 "a post that spreads as a bonus, not the plan.",
        )


# --------------------------------------------------------------------------
# SMA503 set-and-forget


@rule(code="SMA503", slug="set-and-forget", severity="warning", area="expectations",
      summary="A channel with no cadence or no owner: set up and left to bring sales.",
      sources=("002",), effort="low", impact="medium")
def set_and_forget(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A channel (not paused) without a `cadence` or without an `owner`: a
    profile opened with nobody responsible for it and no rhythm of posting.

    ## Why it hurts
    "#2 Piece of Advice For SMBs is Social Media – Also Most Frustrating" puts
    it first among the things to accept: opening a few accounts and waiting
    for sales to arrive does not work. A page nobody owns goes quiet within
    weeks, and an abandoned page with unanswered questions on it tells
    customers the business is not listening.

    ## Example
    ```yaml
    channels:
      - platform: facebook
        goals: [bookings]
    ```

    ## Use instead
    ```yaml
    channels:
      - platform: facebook
        goals: [bookings]
        owner: Maria
        cadence: 3/week
    ```
    """  # noqa: RUF002 - the article title has an en dash
    for pointer, channel in active_channels(plan):
        missing = [key for key in ("cadence", "owner") if is_blank(channel.get(key))]
        if not missing:
            continue
        platform = channel.get("platform") or "this channel"
        what = " and no ".join(missing)
        yield Violation(
            message=f"{platform} has no {what}: a channel set up and left to run itself",
            pointer=join(pointer, missing[0]),
            hint="Name the team member who runs it and how often it posts "
                 "(`owner`, `cadence`), or drop the channel.",
        )


# --------------------------------------------------------------------------
# SMA504 sales-without-ecommerce

SALES_PHRASES = (
    "sales",
    "revenue",
    "turnover",
    "profit*",
    "(sell|sells|selling|sold) (out|more|through|online)",
    "(sell|selling) (our|more of|every|each|all)",
    "(more|online|web|shop|store|product|retail) (orders|purchases)",
    "(orders|purchases) (from|through|via|on) (social|instagram|facebook|tiktok|pinterest"
    "|our page|the page)",
    "(buy|purchase|order) (from us|online|directly|through|via|on instagram|on facebook)",
    "make (money|more money)",
    "(ring|rings) the till",
    "(basket|cart) size",
)
"""Default cues for SMA504: a goal that is about selling."""


@rule(code="SMA504", slug="sales-without-ecommerce", severity="warning", area="expectations",
      summary="A sales goal while the organization cannot sell online and runs no paid ads.",
      options=phrase_options("phrases", SALES_PHRASES, "goals that are about selling"),
      sources=("000",), effort="high", impact="high")
def sales_without_ecommerce(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A business goal of type `sales`, or one whose statement is about selling
    ("increase sales", "sell out every release"), while
    `organization.sells_online` is not true and no channel runs paid
    advertising (nor does `budget.advertising` set money aside for it). Goals
    typed `lead_generation` are the recommended way to frame sales and are
    not reported.

    ## Why it hurts
    "Your SMB is a Success, So Why is Your Social Media a Failure?" explains
    that without a way to buy online and without paid promotion, social
    media reaches sales only indirectly, through relationships, reputation
    and recommendations. A sales goal then has no mechanism behind it: the
    numbers will not move, and the channel gets blamed for it.

    ## Example
    ```yaml
    organization: {name: Rosa's Bakery, sells_online: false}
    business_goals:
      - id: sales
        statement: Increase cake sales by 20%
        type: sales
    ```

    ## Use instead
    ```yaml
    business_goals:
      - id: catering-leads
        statement: Win catering inquiries from offices within 5 km
        type: lead_generation
    ```
    Or add the mechanism: an online shop (`sells_online: true`) or paid
    promotion on a channel (`paid: {monthly_budget: 250}`).
    """
    if sells_online(plan) or has_paid_advertising(plan):
        return
    cues = compile_cues(phrases(options))
    for pointer, goal in plan.items("business_goals"):
        kind = goal.get("type")
        if kind == "lead_generation":
            continue
        statement = goal.get("statement")
        found = cues.find(statement) if isinstance(statement, str) and cues.phrases else None
        if kind == "sales":
            node, why = join(pointer, "type"), "is a sales goal"
        elif found is not None:
            node, why = join(pointer, "statement"), f"is about sales (\"{quote(found.text)}\")"
        else:
            continue
        name = goal.get("id") or "a goal"
        yield Violation(
            message=f"goal {name!s} {why}, but customers cannot buy online and no channel runs "
                    "paid advertising",
            pointer=node,
            hint="Aim social media at a step it can move (leads, visits, inquiries), or add "
                 "the mechanism: online ordering or paid promotion.",
        )


RULES = (overnight_expectation, viral_expectation, set_and_forget, sales_without_ecommerce)


@hookimpl
def smaudit_register_rules(register):
    for each in RULES:
        register(each)
