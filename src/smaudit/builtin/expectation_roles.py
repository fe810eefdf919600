"""How the expectation judgements read a sentence: clauses, scoping and roles.

SMA404 (direct-roi-expectation), SMA501 (overnight-expectation) and SMA502
(viral-expectation) judge what a plan hopes social media will bring. They do
not look for listed phrases: each reads the *roles* a sentence fills (see
``docs/judgement.md``) and this module holds what they share:

- ``sentences``: a field split into whole sentences, each into clauses at
  ";", ":", ", but", "however", "although", "rather than", ", not" ... so a
  finding quotes the whole sentence while negation stays in its clause;
- ``counts``: whether a role found in a sentence is asserted there, or is
  negated ("nobody expects a post to sell"), hedged ("would be a bonus"),
  disowned by a contrast ("..., but we don't count on it"), told as past
  ("last year a clip spread"), asked ("would it pay for itself?") or only the
  condition of a shrug ("if it spreads, lovely");
- ``read``: every prose field a plan voices hopes in, the first role per text
  that counts, with the sentence to quote.

The role frames of each judgement live in ``roi_roles``, ``span_roles`` and
``spread_roles``. Word classes are kept small and closed (function words,
negators, hedges, modal and directive verbs, prepositions of time); where a
frame needs content words, a comment says what class they stand for, so the
next synonym is a one-line change. Patterns are compiled on first use, and
every gap in them is bounded, so a long field is read in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from smaudit.cues import CuePhrases, as_texts
from smaudit.plan import Plan, join

# --------------------------------------------------------------------------
# Sentences and clauses

#: A quote longer than this is cut around the role, with "...".
MAX_QUOTE = 600

# A sentence ends at . ! ? followed by space or the end, at a blank line, and
# before a bulleted line; a ";" only ends a clause, so the quote stays whole.
_SENTENCE_END = re.compile(
    r"[.!?]+(?=[\s\"')\]\u2019\u201d]|$)(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bvs\.)"
    r"|\n[ \t]*\n|\n(?=[ \t]*(?:[-*\u2022]|\d+[.)])[ \t])",
    re.IGNORECASE,
)
# Where one clause ends and the next begins. "rather than", "instead of" and
# ", not"/", never" open a clause that their own first word negates.
_CLAUSE_BREAK = re.compile(
    r"[;:](?!\d)|\s[-\u2013\u2014]+\s"
    r"|,?\s+(?:but|yet|whereas|although|though|however|otherwise)\b"
    r"|(?:^|,)\s*however\b"
    r"|,\s*(?:and|so|which|then)\b"
    r"|(?=,\s*(?:not|never|rather\s+than|instead\s+of)\b)"
    r"|(?=\b(?:rather\s+than|instead\s+of)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Clause:
    """One clause of a sentence: ``start``/``end`` index the sentence; ``lead`` is the
    (lowercased) word or mark that opened it ("but", ";", "" for the first)."""

    start: int
    end: int
    lead: str


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a field: ``text`` as written, ``start`` its offset in the field."""

    text: str
    start: int

    @property
    def clauses(self) -> tuple[Clause, ...]:
        return _clauses(self.text)

    def clause_at(self, pos: int) -> tuple[int, Clause]:
        """The index and clause holding ``text[pos]``."""
        clauses = self.clauses
        for i, clause in enumerate(clauses):
            if clause.start <= pos < clause.end:
                return i, clause
        return len(clauses) - 1, clauses[-1]

    def quote(self, start: int = 0, end: int = 0) -> str:
        """The sentence on one line; a long one is cut around ``text[start:end]``."""
        text = self.text
        if len(text) > MAX_QUOTE * 2:
            left, right = max(0, start - MAX_QUOTE // 2), min(len(text), end + MAX_QUOTE // 2)
            text = ("... " if left else "") + text[left:right] + (" ..." if right < len(
                self.text) else "")
        collapsed = " ".join(text.split())
        if len(collapsed) > MAX_QUOTE * 2:  # a sentence of whitespace-separated bits
            collapsed = collapsed[:MAX_QUOTE] + " ..."
        return collapsed


@cache
def _clauses_cached(text: str) -> tuple[Clause, ...]:
    return _split_clauses(text)


def _clauses(text: str) -> tuple[Clause, ...]:
    return _clauses_cached(text) if len(text) < 2000 else _split_clauses(text)


def _split_clauses(text: str) -> tuple[Clause, ...]:
    out: list[Clause] = []
    start, lead = 0, ""
    for m in _CLAUSE_BREAK.finditer(text):
        if m.start() <= start and out:
            continue
        out.append(Clause(start, m.start(), lead))
        start, lead = m.end(), " ".join(m.group().lower().strip(" ,").split())
    out.append(Clause(start, len(text), lead))
    return tuple(c for c in out if c.end > c.start or len(out) == 1) or (Clause(0, len(text), ""),)


def sentences(text: str) -> Iterator[Sentence]:
    """The sentences of ``text``, each with its offset (empty stretches skipped)."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        if text[start:end].strip():
            yield Sentence(text[start:end], start)
        start = end
    if text[start:].strip():
        yield Sentence(text[start:], start)


# --------------------------------------------------------------------------
# Scoping: whether a role found in a sentence is asserted there

# Negators: small and closed. "no later than" and "not only/just" affirm.
_NEGATOR = re.compile(
    r"\b(?:not(?!\s+(?:only|just|merely|simply|solely)\b)|never|no(?!\s+(?:later|more|less|sooner)"
    r"\s+than)(?!-)|nobody|no[- ]one|nothing|none|neither|nor|hardly|cannot|far\s+from"
    r"|dont|doesnt|didnt|isnt|arent|wont|cant|wasnt|werent|shouldnt)\b"
    r"|\w+n['\u2019]t\b",
    re.IGNORECASE,
)
# "X isn't a strategy", "X is not what we need", "X won't happen": negation
# of the role from after it, a few words on.
_NEGATED_AFTER = re.compile(
    r"^\W*(?:[^\s,;:.!?]+\s+){0,3}?(?:(?:is|are|was|were|will\s+be|would\s+be)\s+(?:not|never)"
    r"|isn['\u2019]t|aren['\u2019]t|wasn['\u2019]t|won['\u2019]t|(?:is|are)\s+no)\b",
    re.IGNORECASE,
)
# Hedges: the writer would welcome the outcome but does not count on it.
# A closed class of frames ("would be nice", "a bonus", "in case", "by luck").
_HEDGE = re.compile(
    r"\b(?:would|could|might|'d)\s+(?:\w+\s+){0,2}?(?:be\s+)?(?:a\s+)?(?:nice|lovely|great|welcome"
    r"|bonus|plus|fun|good|brilliant|a\s+(?:nice\s+)?(?:bonus|surprise|plus))\b"
    r"|\bwould\s+(?:\w+\s+)?(?:love|like)\b(?=.{0,80}\bbut\b)"
    r"|\b(?:a|an\s+added|the)\s+bonus\b|\bicing\s+on\s+the\s+cake\b|\bnice[\s-]to[\s-]have\b"
    r"|\bhappy\s+accident\b|\bnice\s+surprise\b|\bwelcome\b|\bwe['\u2019]ll\s+enjoy\s+it\b"
    r"|\bin\s+case\b|\bhappens?\s+to\b|\bby\s+(?:chance|luck)\b|\bif\s+we['\u2019]re\s+lucky\b"
    r"|\b(?:pure|just|a\s+matter\s+of)\s+luck\b|\blottery\b"
    r"|,\s*(?:great|lovely|nice|fine|brilliant|good|fair\s+enough|wonderful)\s*(?:[,!.]|$)"
    r"|\b(?:indirect(?:ly)?|eventually|over\s+time|in\s+the\s+long\s+run)\b",
    re.IGNORECASE,
)
# After "but"/"however": the writer's real position disowns the hope before
# it ("..., but we don't count on it", "..., but targets assume ordinary
# numbers", "..., but we planned for twelve months").
_DISOWN = re.compile(
    r"(?:\bnot\b|n['\u2019]t\b|\bnever\b|\bnobody\b|\bno[- ]one\b)[^.;]{0,40}?"
    r"\b(?:count|rely|depend|bank|bet|expect|assum|plan|need|chas)\w*"
    r"|\b(?:plan|plans|forecasts?|targets?|budgets?|projections?|figures?|numbers)\s+"
    r"(?:\w+\s+){0,2}?(?:assume|assumes|is\s+built|are\s+built|rests?|rel(?:y|ies)|are\s+based"
    r"|is\s+based)\b"
    r"|\b(?:plan|planned|planning|giving\s+it|give\s+it|budgeted|built)\s+(?:\w+\s+){0,3}?"
    r"(?:for|on|around)\b"
    r"|\b(?:realistically|in\s+reality|actually)\b",
    re.IGNORECASE,
)
# The condition of an "if" whose consequence is a threat still expects the
# role ("if the page isn't paying its way by June, it goes").
_CONDITION = re.compile(r"\b(?:if|unless|when|once)\b", re.IGNORECASE)
_THREAT = re.compile(
    r"\b(?:stop\w*|cut|cuts|drop\w*|pull\w*|end\w*|scrap\w*|quit\w*|clos\w*|cancel\w*|kill\w*"
    r"|over|done|finished|goes|gone|write-off|rethink|shut\w*|axe\w*|discontinu\w*|fail\w*"
    r"|lose|lost|wasted?)\b",
    re.IGNORECASE,
)
# Told as past, with nothing expected: "last spring a clip did the rounds".
_PAST_TIME = re.compile(
    r"\b(?:last\s+(?:year|month|week|spring|summer|autumn|fall|winter|season|time)|ago"
    r"|in\s+(?:19|20)\d\d|back\s+then|used\s+to|last\s+year['\u2019]s)\b",
    re.IGNORECASE,
)
_PAST_VERB = re.compile(
    r"\b(?:taught|learn[et]d?|was|were|did|went|took|blew|caught|brought|had|got)\b",
    re.IGNORECASE,
)
_EXPECTING = re.compile(
    r"\b(?:will|would|shall|should|must|need|needs|want|wants|expect\w*|hope\w*|count\w*"
    r"|bank\w*|rel(?:y|ies|ying)|depend\w*|plan|plans|going\s+to|has\s+to|have\s+to|aim\w*"
    r"|target\w*|bet|reckon|can|could|may|might)\b|['\u2019]ll\b",
    re.IGNORECASE,
)
# A yes/no question is not an assertion ("Would the posts ever pay for
# themselves?"); a "why ... when ..." question is ("Why pay for ads when one
# clip can reach millions?").
_YES_NO_QUESTION = re.compile(
    r"^\W*(?:would|could|will|can|do|does|did|is|are|should|might|may|shall|isn['\u2019]t"
    r"|wouldn['\u2019]t)\b[^?]*\?\s*$",
    re.IGNORECASE,
)


_CONTRAST = frozenset(("but", "yet", "however", "although", "though", "whereas", ";"))


def negated_in(clause: str, pos: int, end: int) -> bool:
    """Whether a negator in ``clause`` governs the role at ``clause[pos:end]``.

    A negator counts when it stands before the role in its clause, within
    twelve words, and is not part of the condition of a threat ("if the posts
    don't cover the wages, we stop" still expects them to); or when the clause
    denies the role right after it ("going viral isn't the plan").
    """
    before = clause[max(0, pos - 120):pos]
    for found in reversed(list(_NEGATOR.finditer(before))):
        gap = before[found.end():]
        if len(gap.split()) > 12:
            break
        head = clause[:pos - len(before) + found.start()]
        cond = list(_CONDITION.finditer(head))
        # the condition of a threat is still expected
        return not (cond and _THREAT.search(clause, end))
    return bool(_NEGATED_AFTER.match(clause, end))


def counts(sentence: Sentence, head: int, end: int) -> bool:
    """Whether the role whose key word is at ``sentence.text[head:end]`` is asserted.

    Scoped to the clause holding ``head``: a negator, a hedge or a "rather
    than" there cancels it, and so does a following contrast clause that
    disowns it; a yes/no question and a past story do not assert it.
    """
    text = sentence.text
    if _YES_NO_QUESTION.match(text):
        return False
    index, clause = sentence.clause_at(head)
    body = text[clause.start:clause.end]
    pos, stop = head - clause.start, min(end, clause.end) - clause.start
    if clause.lead in ("not", "never", "rather than", "instead of") or clause.lead.startswith(
            ("not ", "never ")):
        return False
    if negated_in(body, pos, stop):
        return False
    if _HEDGE.search(body):
        return False
    if (_PAST_TIME.search(body) or _PAST_VERB.search(body, 0, stop)) and not _EXPECTING.search(
            body):
        return False
    for later in sentence.clauses[index + 1:]:
        if later.lead in _CONTRAST and _DISOWN.search(text, later.start, later.end):
            return False
    # "if it spreads, lovely" / "if it takes off, fine": the hedge is the consequence
    return not (index + 1 < len(sentence.clauses) and _CONDITION.match(body.lstrip())
                and _HEDGE.search(text, sentence.clauses[index + 1].start - 2,
                                  sentence.clauses[index + 1].end))


# --------------------------------------------------------------------------
# Reading a plan


@dataclass(frozen=True, slots=True)
class Role:
    """A role found in a sentence: where its key word is (``head``, ``end``, in the
    sentence), what it is, in words a finding can say, and the words that filled it."""

    head: int
    end: int
    what: str
    words: str


@dataclass(frozen=True, slots=True)
class Context:
    """What a frame may need beyond the sentence: the field it is in and its whole
    text, the month the plan starts (year, month) if known, the judgement's options,
    and whether the plan runs paid advertising and sells online."""

    field: str
    text: str = ""
    start: tuple[int, int] | None = None
    options: Any = None
    paid: bool = False
    online: bool = False

    @property
    def goal(self) -> bool:
        """A goal's statement or target is itself an expectation, however it is worded."""
        return self.field.startswith("goal")


@dataclass(frozen=True, slots=True)
class Reading:
    """A counted role in one prose node: the node, the field's name, the whole sentence
    that holds it (quoted on one line) and the role."""

    pointer: str
    field: str
    sentence: str
    role: Role


Frames = Callable[[Sentence, Context], Iterator[Role]]


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


def read(plan: Plan, frames: Frames, cues: CuePhrases | None = None, *,
         context: Callable[[str, str], Context] | None = None) -> Iterator[Reading]:
    """The first counted role in each prose text of ``plan`` (each list item on its own).

    ``frames`` finds roles in a sentence; a match of one of ``cues`` (the
    rule's ``phrases`` option) is a role too, named by the cue. Both are
    scoped by ``counts``.
    """
    for pointer, field, value in prose(plan):
        for index, text in as_texts(value):
            node = pointer if index is None else join(pointer, index)
            ctx = context(field, text) if context else Context(field, text)
            found = _first(text, frames, cues, ctx)
            if found is not None:
                sentence, role = found
                yield Reading(node, field, sentence.quote(role.head, role.end), role)


def _first(text: str, frames: Frames, cues: CuePhrases | None,
           ctx: Context) -> tuple[Sentence, Role] | None:
    cue_roles: dict[int, list[Role]] = {}
    if cues is not None and cues.phrases:
        for match in cues.finditer(text, negation=False):
            cue_roles.setdefault(match.start, []).append(
                Role(match.start, match.end, "", " ".join(match.text.split())))
    starts = sorted(cue_roles)
    for sentence in sentences(text):
        roles = list(frames(sentence, ctx))
        lo, hi = sentence.start, sentence.start + len(sentence.text)
        for at in starts:
            if lo <= at < hi:
                roles.extend(Role(r.head - lo, r.end - lo, r.what, r.words)
                             for r in cue_roles[at])
        for role in sorted(roles, key=lambda r: r.head):
            if counts(sentence, role.head, role.end):
                return sentence, role
    return None


def words_of(match: re.Match[str], group: int | str = 0) -> str:
    """The words a frame matched, on one line."""
    return " ".join((match.group(group) or "").split())


# --------------------------------------------------------------------------
# Word classes shared by the frames

# A bounded run of words inside one clause (no sentence or clause marks).
def _gap(most: int) -> str:
    return rf"(?:[^\s.,;:!?]+\s+){{0,{most}}}?"


# What a plan publishes, or where: the source a return is expected from.
# Names of platforms belong here because a plan says "Instagram" for "our
# posts on Instagram".
_CONTENT = (r"(?:posts?|posting|updates?|reels?|videos?|clips?|photos?|pictures?|pics?"
            r"|stor(?:y|ies)|tweets?|carousels?|articles?|content|pages?|accounts?|feeds?"
            r"|channels?|social(?:\s+media)?|tiktoks?|instagram|insta|facebook|linkedin"
            r"|youtube|pinterest|twitter|threads|snapchat|blog\s+posts?)")
# Amounts of money: a currency sign or code with a number, or a number or
# number word with a currency name.
_AMOUNT = (r"(?:[$\u00a3\u20ac\u00a5]\s?\d[\d,.]*\s*(?:k|m|bn)?\b"
           r"|\b\d[\d,.]*\s*(?:k\s+)?(?:dollars?|euros?|eur|usd|gbp|pounds?|quid|bucks?|chf"
           r"|francs?|kroner|zloty|cents?|pence)\b"
           r"|\b(?:eur|usd|gbp|chf|aud|cad|nzd|sek|nok|dkk)\s?\d[\d,.]*"
           r"|\b(?:a|one|two|three|four|five|ten|twenty|fifty|a\s+hundred|hundred|thousand)\s+"
           r"(?:dollars?|euros?|pounds?|quid|bucks?)\b)")
# Money the business takes in, or a sale that brings it in: the object of a
# direct-return expectation. A "job", "commission" or "contract" is a paid
# engagement for trades and firms that sell services; a membership, a
# subscription or a ticket is a sale.
_MONEY = (rf"(?:{_AMOUNT}|\b(?:sales?|revenue|money|takings|till|income|fees?|profits?|turnover"
          r"|cash|earnings|donations?|orders?|purchases?|contracts?|deals?|invoices?|billings?"
          r"|dollars|euros|pounds|quid|bucks|jobs?|commissions?|gigs?|memberships?|subscriptions?"
          r"|tickets?"
          r"|paid\s+(?:work|orders?|jobs?|bookings?)|paying\s+(?:jobs?|work|customers|clients"
          r"|guests)|customers\s+who\s+pay|clients\s+who\s+pay)\b)")
# Verbs that are themselves a sale or takings.
_MONEY_VERB = r"(?:sell|sells|selling|sold|earn|earns|earning|make\s+money|makes\s+money)"
# What the business pays out, that a return would have to cover.
_COST = (r"(?:costs?|wages?|salar(?:y|ies)|fees?|rent|bills?|lease|keep|outlay|spend|investment"
         r"|hours|time)")
# Expecting, wanting, requiring: modal and directive verbs (a closed class).
_WANT = re.compile(
    r"\b(?:expect\w*|want\w*|need\w*|hope\w*|anticipat\w*|requir\w*|should|must|has\s+to"
    r"|have\s+to|had\s+to|ought\s+to|supposed\s+to|would\s+like|wish\w*|demand\w*|count\w*\s+on"
    r"|bank\w*\s+on|rel(?:y|ies|ying)\s+on|depend\w*\s+on|aim\w*|target\w*|will|would|going\s+to"
    r"|gonna|please|basis|the\s+point|agreed)\b|['\u2019](?:ll|d)\b|=",
    re.IGNORECASE,
)
# Paid reach or an online shop: a return on these is performance marketing,
# which the judgement leaves alone.
_PAID = re.compile(
    r"\b(?:ads?|adverts?|advertis\w+|ad[-\s]spend|boost\w*|sponsored|promoted|paid\s+(?:campaign"
    r"|promotion|posts?|social|media|search|ads?|reach)|ppc|campaign\s+budget|roas"
    r"|webshop|web\s+shop|online\s+(?:shop|store|orders?|checkout)|checkout|pixel|shopify"
    r"|e-?commerce|basket|cart|funnel|shop\s+link)\b",
    re.IGNORECASE,
)
_UNPAID = re.compile(
    r"\b(?:without|no|not|never|instead\s+of|rather\s+than|free|organic\w*|why\s+pay\s+for)"
    r"\b(?:\s+[^\s.,;:!?]+){0,3}\s*$",
    re.IGNORECASE,
)


# What makes a mention of ads or a shop concrete: a budget, or how the return
# is tracked.
_CONCRETE = re.compile(
    rf"{_AMOUNT}|\b(?:pixel|checkout|shop\s+link|webshop|web\s+shop|online\s+(?:shop|store)"
    r"|shopify|utm|tracked|tracking)\b",
    re.IGNORECASE,
)


def _paid(clause: str, ctx: Context) -> bool:
    """Whether a clause is about paid reach or an online shop (not negated: "without
    ads" and "free advertising" are organic). A plan with neither, whose text does not
    make them concrete either, cannot expect a return from them ("a 3x return on ad
    spend" with no ads in the plan), so there the words do not excuse the hope."""
    if re.search(r"\borganic", clause, re.IGNORECASE):
        return False
    if not (ctx.paid or ctx.online or _CONCRETE.search(clause)):
        return False
    return any(not _UNPAID.search(clause, 0, m.start()) for m in _PAID.finditer(clause))


# --------------------------------------------------------------------------
# SMA404: money expected back from the posts themselves


@cache
def _roi_frames() -> tuple[tuple[re.Pattern[str], str, bool], ...]:
    """(pattern, role, needs an expectation) for money expected from the posts.

    A pattern's group ``head`` marks the role's key word, which decides the
    clause it is scoped to.
    """
    g3, g4, g5 = _gap(3), _gap(4), _gap(5)
    frames = (
        # posts paying for themselves, in any wording of "itself"
        (r"(?P<head>\b(?:pay(?:s|ing)?|paid)\s+for\s+(?:itself|themselves)"
         r"|\b(?:fund|financ|sustain)\w*\s+(?:itself|themselves)"
         r"|\bself[-\s]?(?:financ|fund|sustain|liquidat)\w*"
         r"|\b(?:earn|pay)\w*\s+(?:its|their)\s+(?:own\s+)?(?:keep|way)"
         rf"|\bcover\w*\s+(?:its|their)\s+(?:own\s+)?{_COST}\b"
         r"|\bbreak\w*[\s-]even|\brecoup\w*)",
         "the posts paying for themselves", False),
        # a cost the posts or the page must cover
        (rf"\b{_CONTENT}\b[^.;:!?]{{0,80}}?(?P<head>\b(?:cover|pay|earn\s+back|make\s+back|justify"
         rf"|fund|finance)\w*)\s+(?:(?:[\w'\u2019]+\s+){{0,4}}?{_COST}\b"
         rf"|for\s+(?:the|our|a|an|my|his|her|their)\b)",
         "the posts covering a cost", False),
        (rf"(?P<head>\b(?:cover|pay|earn|make|justify|fund|finance)\w*)\s+(?:[\w'\u2019]+\s+)"
         rf"{{0,4}}?{_COST}\b[^.;:!?]{{0,60}}?\b{_CONTENT}\b",
         "the posts covering a cost", True),
        (rf"(?P<head>\b(?:earn|make|pay|get|bring|win)\w*\s+(?:[^\s.,;:!?]+\s+){{0,4}}?back)\b"
         rf"(?:\s+(?:\w+\s+){{0,3}}?(?:what\b[^.;:!?]{{0,50}}?\bcosts?\b|in\s+(?:\w+\s+)?{_MONEY}))",
         "money back for what the posts cost", False),
        # a multiple of what was put in
        (r"(?P<head>\b\d+(?:[.,]\d+)?\s*(?:x|\u00d7|:\s*1|\s+to\s+1|\s+for\s+1|%)\s*"
         r"(?:returns?|roi|roas|back)\b|\b(?:returns?|roi|roas)\s+of\s+\d"
         r"|\b(?:two|three|four|five|ten|\d+)[-\s]?fold\b)",
         "a multiple of the money put in", False),
        (rf"(?P<head>{_AMOUNT}\s+(?:\w+\s+){{0,3}}?(?:back|in\s+return)\b)",
         "money back for money put in", False),
        (rf"(?P<head>\bfor\s+(?:each|every)\s+(?:{_AMOUNT}|dollar|euro|pound|buck|quid|eur|usd"
         rf"|gbp)\b)[^.;!?]{{0,100}}?\b(?:back|return\w*)\b",
         "money back for money put in", False),
        (r"(?P<head>\breturns?\s+on\s+(?:the\s+|our\s+|all\s+)?(?:time|hours|effort|posting|posts"
         r"|content|work)\b)", "a return on the time put into posting", False),
        (rf"(?P<head>\b(?:come|comes|coming|came)\s+back)\s+(?:to\s+us\s+)?(?:as|in)\s+"
         rf"(?:\w+\s+){{0,2}}?{_MONEY}", "the money put into posting coming back", False),
        (rf"(?P<head>\bmore\s+in\s+(?:\w+\s+){{0,2}}?{_MONEY})[^.;!?]{{0,80}}?\bthan\b"
         rf"[^.;!?]{{0,60}}?\bcosts?\b", "posts bringing in more than they cost", False),
        # a money return named as what is expected, or due within a span
        (r"\b(?:see|seeing|get|getting|show|showing|deliver\w*|achiev\w*|generat\w*|produc\w*"
         r"|make|makes|expect\w*|want\w*)\s+(?:a|the|an|some|any|our|its|their)\s+"
         r"(?:(?:positive|measurable|direct|clear|quick|real|decent|financial)\s+)?"
         r"(?P<head>returns?|roi|payback|pay-?off)\b", "a money return", False),
        (r"(?P<head>\b(?:roi|return\s+on\s+investment|payback|pay-?off)\b)\s+"
         r"(?:within|by|inside|in|before|under)\s+(?:the\s+)?(?:first\s+|next\s+)?"
         r"(?:\w+\s+){0,2}?(?:days?|weeks?|months?|quarters?|years?|spring|summer|autumn|fall"
         r"|winter|christmas|easter|q[1-4])\b", "a money return within a span", False),
        # money from each post, or per post
        (rf"(?P<head>\b(?:per[-\s]|each\s+|every\s+|a\s+single\s+)(?:single\s+|individual\s+)?"
         rf"(?:[\w-]+\s+)?{_CONTENT}\b)", "money from each post", True),
        (r"(?P<head>\b(?:each|every)\s+[\w-]+\s+(?:we|i|you)\s+(?:post|share|put\s+up|publish"
         r"|upload)\w*)", "money from each post", True),
        # the posts as the subject of a sale
        (rf"\b{_CONTENT}\b\s+(?:[^\s.,;:!?]+\s+){{0,6}}?(?P<head>(?:sell|bring|generate|deliver|make"
         rf"|earn|raise|produce|land|win|turn|convert|fill|ring|drive|get)\w*)\b\s*"
         rf"(?:[^\s.,;:!?]+\s+){{0,5}}?(?:{_MONEY}|the\s+till\b)",
         "money from the posts themselves", True),
        (rf"\b{_CONTENT}\b\s+(?:[^\s.,;:!?]+\s+){{0,6}}?(?P<head>{_MONEY_VERB})\b",
         "money from the posts themselves", True),
        (rf"\b{_CONTENT}\s*(?P<head>=)\s*(?:\w+\s+)?{_MONEY}", "money from the posts themselves",
         False),
        (rf"\b{_CONTENT}\s+(?:are|is)\s+(?P<head>how\s+(?:we|we['\u2019]re|we\s+are)\b)",
         "money from the posts themselves", True),
        # money straight from the posts
        (rf"{_MONEY}\s+{g5}(?P<head>(?:directly\s+|direct\s+|straight\s+)(?:from|off|out\s+of"
         rf"|through|via)\s+(?:the\s+|our\s+|organic\s+|each\s+|every\s+)?(?:[\w-]+\s+)?{_CONTENT})"
         r"\b", "money straight from the posts", False),
        (rf"(?P<head>\bdirect(?:ly)?\s+{g3}{_MONEY})\s+{g4}(?:from|off|through|via)\s+"
         rf"(?:the\s+|our\s+)?(?:[\w-]+\s+)?{_CONTENT}\b", "money straight from the posts",
         False),
        (rf"{_MONEY}\s+{g4}(?:from|off|through|via)\s+(?:the\s+|our\s+)?(?:organic\s+)?"
         rf"(?:[\w-]+\s+)?{_CONTENT}\b\s+(?P<head>{g3}(?:without|alone|by\s+(?:itself|themselves)"
         rf"|on\s+(?:its|their)\s+own))", "money straight from the posts", False),
        (rf"\b(?:organic|unpaid)\s+(?:[\w-]+\s+)?{_CONTENT}\b[^.;:!?]{{0,80}}?"
         rf"(?P<head>{_MONEY})", "money from organic posts", True),
        # organic posting taken for advertising that sells
        (rf"(?P<head>\bfree\s+(?:advertising|ads|advertisement|marketing|promotion|sales\s+channel)"
         rf"|\bcheapest\s+(?:sales|marketing|advertising)\w*)\b[^.!?]{{0,100}}?"
         rf"(?:{_MONEY}|\bbuy\w*|\bpay\w*)",
         "posting taken for advertising that sells", False),
        (r"(?P<head>\bwe\s+post,?\s+(?:and\s+)?(?:people|they|customers|clients|buyers)\s+buy)\b",
         "posting taken for advertising that sells", False),
        # posts judged by the money they bring
        (rf"(?P<head>\b(?:measur|judg|rat|assess|evaluat|scor|compar)\w*)\s+{g3}{_CONTENT}\s+"
         rf"{_gap(2)}(?:by|on|in|against)\s+(?:the\s+)?{_gap(2)}{_MONEY}",
         "posts judged by the money they bring", False),
    )
    return tuple((re.compile(p, re.IGNORECASE), role, want) for p, role, want in frames)


_MONEY_RX = re.compile(rf"{_MONEY}|\b{_MONEY_VERB}\b|\bthe\s+till\b|\bpay\w*", re.IGNORECASE)


def roi_roles(sentence: Sentence, ctx: Context) -> Iterator[Role]:
    """Money expected from the posts themselves (SMA404), not from paid ads or a shop."""
    text = sentence.text
    for pattern, what, want in _roi_frames():
        for m in pattern.finditer(text):
            head = m.start("head")
            _, clause = sentence.clause_at(head)
            body = text[clause.start:clause.end]
            if _paid(body, ctx):
                continue
            if want and not (ctx.goal or _WANT.search(body)):
                continue
            if what == "money from each post" and not _MONEY_RX.search(body):
                continue
            yield Role(head, m.end("head"), what, words_of(m))
