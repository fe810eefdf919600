"""How the expectation judgements read a sentence: clauses, scoping and roles.

SMA404 (direct-roi-expectation), SMA501 (overnight-expectation) and SMA502
(viral-expectation) judge what a plan hopes social media will bring. They do
not look for listed phrases: each reads the *roles* a sentence fills (see
``docs/expectation-roles.md``) and this module holds what they share:

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

import dataclasses
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain, repeat
from typing import Any

from smaudit.model.plan import Plan, join
from smaudit.model.prose import learned
from smaudit.model.prose.alternation import by_first_letter
from smaudit.model.prose.answers import answer
from smaudit.model.prose.cues import CuePhrases, as_texts
from smaudit.model.prose.kept import kept
from smaudit.model.prose.lazy_pattern import LazyPattern
from smaudit.model.prose.reported import REPORTED
from smaudit.model.prose.sentences import marks, pieces


def _lazy(pattern: str, flags: int = 0) -> Any:
    """A pattern that compiles when first searched (typed as a ``re.Pattern``)."""
    return LazyPattern(pattern, flags)


# --------------------------------------------------------------------------
# Sentences and clauses

#: A quote longer than this is cut around the role, with "...".
MAX_QUOTE = 600

# A sentence ends at . ! ? followed by space or the end, at a blank line, and
# before a bulleted line; a ";" only ends a clause, so the quote stays whole.
_SENTENCE_END = _lazy(
    r"[.!?]+(?=[\s\"')\]\u2019\u201d]|$)(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bvs\.)"
    r"|\n[ \t]*\n|\n(?=[ \t]*(?:[-*\u2022]|\d+[.)])[ \t])",
    re.IGNORECASE,
)
# Where one clause ends and the next begins. "rather than", "instead of" and
# ", not"/", never" open a clause that their own first word negates.
_CLAUSE_BREAK = _lazy(
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
        i = max(0, bisect_right(_clause_starts(self.text), pos) - 1)
        return i, clauses[i]

    def scope(self, head: int) -> tuple[int, Clause, str, int]:
        """The clause holding ``text[head]``: its index, the clause, and its text as a
        judgement reads it (at most ``REACH`` characters either side of ``head``, so a
        huge run-on clause costs the same as a normal one), with that text's offset."""
        index, clause = self.clause_at(head)
        lo, hi = max(clause.start, head - REACH), min(clause.end, head + REACH)
        return index, clause, self.text[lo:hi], lo

    def introduced(self, head: int) -> str:
        """The clause before the one holding ``text[head]`` when a colon joins them ("Our
        goal is simple: revenue per post"), else "": what the colon's clause expects."""
        index, clause = self.clause_at(head)
        if index and clause.lead == ":":
            before = self.clauses[index - 1]
            return self.text[max(before.start, before.end - REACH):before.end]
        return ""

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


#: How far around a role (in characters) its clause is read.
REACH = 300


@kept(1024, long=2)
def _clauses(text: str) -> tuple[Clause, ...]:
    """A sentence's clauses, split once: short sentences recur across plans, and a long
    one is read role by role."""
    return _split_clauses(text)


@lru_cache(maxsize=1024)
def _clause_starts(text: str) -> list[int]:
    return [c.start for c in _clauses(text)]


def _split_clauses(text: str) -> tuple[Clause, ...]:
    out: list[Clause] = []
    start, lead = 0, ""
    for a, b in marks(text, _CLAUSE_BREAK):
        if a <= start and out:
            continue
        out.append(Clause(start, a, lead))
        start, lead = b, " ".join(text[a:b].lower().strip(" ,").split())
    out.append(Clause(start, len(text), lead))
    return tuple(c for c in out if c.end > c.start or len(out) == 1) or (Clause(0, len(text), ""),)


def sentences(text: str) -> Iterator[Sentence]:
    """The sentences of ``text``, each with its offset (empty stretches skipped)."""
    for start, end in pieces(text, _SENTENCE_END):
        if text[start:end].strip():
            yield Sentence(text[start:end], start)


# --------------------------------------------------------------------------
# Scoping: whether a role found in a sentence is asserted there

# Negators: small and closed. "no later than" and "not only/just" affirm.
_NEGATOR = _lazy(
    r"\b(?:not(?!\s+(?:only|just|merely|simply|solely)\b)|never|no(?!\s+(?:later|more|less|sooner)"
    r"\s+than)(?!-)|nobody|no[- ]one|nothing|none|neither|nor|hardly|cannot|far\s+from"
    r"|dont|doesnt|didnt|isnt|arent|wont|cant|wasnt|werent|shouldnt"
    r"|rul\w*\s+out|avoid\w*|refus\w*|reject\w*|steer\w*\s+clear\s+of|rarely|seldom|barely"
    r"|scarcely|stopped|no\s+longer)\b"
    # "zero" as the determiner of the role itself ("assumes zero organic amplification"),
    # not a number elsewhere in the clause
    r"|\bzero(?=\s+(?:[\w-]+\s+)?$)"
    # "little"/"few" as a quantifier of what is expected ("we expect little movement",
    # "few bookings, if any"), not the adjective of "our little shop" or "a few"
    r"|\b(?:expect\w*|see|seeing|anticipat\w*|forecast\w*|predict\w*|assum\w*|foresee\w*)\s+"
    r"(?:very\s+|relatively\s+|fairly\s+)?(?:little|few)\b|\b(?:little|few)\s+(?:or\s+no|if\s+any)\b"
    r"|\w+n['\u2019]t\b",
    re.IGNORECASE,
)
# The verbs of dismissing an idea (a closed class): "set aside", "ruled out", "shelved".
# "Dropped" and "parked" say so only of an idea ("the idea was dropped", "dropped the
# idea"), so they join where one is named.
_DISMISSED = (r"(?:set\s+aside|ruled\s+out|dismissed|rejected|discounted|discarded|shelved"
              r"|abandoned|binned)")
# "X isn't a strategy", "X is not what we need", "X won't happen": negation
# of the role from after it, a few words on.
_NEGATED_AFTER = _lazy(
    r"\W*(?:(?:[^\s,;:.!?]+\s+){0,3}?(?:(?:is|are|was|were|will\s+be|would\s+be)\s+(?:not|never)"
    r"|isn['\u2019]t|aren['\u2019]t|wasn['\u2019]t|(?:is|are)\s+no)"
    r"|(?:does|do|did|will|can)\s+not|doesn['\u2019]t|don['\u2019]t|didn['\u2019]t|can['\u2019]t"
    r"|won['\u2019]t"
    r"|(?:[^\s,;:.!?]+\s+){0,3}?(?:is|are|would\s+be|seems?)\s+(?:unrealistic|impossible|a\s+fantasy"
    # (adjectives of improbability, a closed class: "quick wins are unlikely")
    r"|a\s+myth|wishful\s+thinking|not\s+realistic|unlikely|improbable|doubtful|a\s+long\s+shot"
    r"|rare|uncommon|a\s+lottery|luck|down\s+to\s+luck"
    r"|not\s+(?:expected|likely|on\s+the\s+cards)))\b"
    # set aside by whoever heard it: "the idea that a video might spread was noted but set
    # aside" (verbs of dismissing, a closed class)
    r"|(?:[^\s,;:.!?]+\s+){0,3}?(?:is|are|was|were|has\s+been|have\s+been)\s+"
    r"(?:(?:noted|considered|discussed|raised|heard)\s+(?:but|and)\s+)?(?:" + _DISMISSED
    + r"|dropped|parked)\b"
    # the symbols for "is not" in note form: "virality != KPI"
    r"|\s*(?:!=|\u2260|=/=)",
    re.IGNORECASE,
)
# Hedges: the writer would welcome the outcome but does not count on it.
# A closed class of frames ("would be nice", "a bonus", "in case", "by luck").
_HEDGE = _lazy(
    r"\b(?:would|could|might|'d)\s+(?:\w+\s+){0,2}?(?:be\s+)?(?:a\s+)?(?:nice|lovely|great|welcome"
    r"|glad|pleased|delighted|happy|thrilled|chuffed"
    r"|bonus|plus|fun|good|brilliant|lucky|extra|treat|gift|a\s+(?:nice\s+)?(?:bonus|surprise|plus))\b"
    r"|\bwould\s+(?:\w+\s+)?(?:love|like)\b(?=.{0,80}\bbut\b)"
    r"|\b(?:a|an|the)\s+(?:added\s+|free\s+|nice\s+|happy\s+|welcome\s+)?bonus\b|\bicing\s+on\s+the\s+cake\b|\bnice[\s-]to[\s-]have\b"
    r"|\bhappy\s+accident\b|\bnice\s+surprise\b|\bwelcome\b|\bwe['\u2019]ll\s+enjoy\s+it\b"
    r"|\b(?:a\s+)?blessing\b|\bgodsend\b|\bwindfall\b"
    r"|\bin\s+case\b|\bhappens?\s+to\b|\bby\s+(?:chance|luck)\b|\bif\s+we['\u2019]re\s+lucky\b"
    r"|\b(?:pure|just|a\s+matter\s+of)\s+luck\b|\blottery\b"
    # an exclamation of welcome set off by commas ("if a clip takes off, amazing")
    r"|,\s*(?:great|lovely|nice|fine|brilliant|good|fair\s+enough|wonderful|amazing|fantastic"
    r"|excellent|perfect|superb|grand|cool|awesome)\s*(?:[,!.]|$)"
    r"|\b(?:indirect(?:ly)?|eventually|over\s+time|in\s+the\s+long\s+run)\b"
    # a condition welcomed as good: "if some video is shared by many it is good, but ..."
    r"|\bif\b[^.;]{0,80}?\b(?:it|that|this)\s*(?:is|['\u2019]s|will\s+be)\s+(?:very\s+|really\s+"
    r"|so\s+)?(?:good|great|nice|lovely|welcome|fine)\b"
    # an outcome the plan is indifferent to: "whether the village shares it or not"
    r"|\bwhether\b(?=[^.;]{0,80}\bor\s+not\b)",
    re.IGNORECASE,
)
# After "but"/"however": the writer's real position disowns the hope before
# it ("..., but we don't count on it", "..., but targets assume ordinary
# numbers", "..., but we planned for twelve months").
_DISOWN = _lazy(
    r"(?:\bnot\b|n['\u2019]t\b|\bnever\b|\bnobody\b|\bno[- ]one\b|\bnothing\b|\bnone\b|\bno\b)"
    r"[^.;]{0,40}?\b(?:count|rely|depend|bank|bet|expect|assum|plan|need|chas)\w*"
    r"|\b(?:plan|plans|forecasts?|targets?|budgets?|projections?|figures?|numbers)\s+"
    r"(?:\w+\s+){0,2}?(?:assume|assumes|is\s+built|are\s+built|rests?|rel(?:y|ies)|are\s+based"
    r"|is\s+based)\b"
    r"|\b(?:plan|planned|planning|giving\s+it|give\s+it|budgeted|built)\s+(?:\w+\s+){0,3}?"
    r"(?:for|on|around)\b"
    r"|\b(?:realistically|in\s+reality|actually)\b"
    # "yet we build upon no such hope": nothing rests on it
    r"|\b(?:build|builds|building|rest|rests|resting|stake|staking)\s+(?:up)?on\s+no\b"
    # set aside: "(the idea was noted) but set aside", "but it was ruled out"
    r"|\b" + _DISMISSED + r"\b"
    r"|\bnot\s+(?:part\s+of\s+)?(?:the|our|any)\s+(?:plan|forecasts?|budgets?|targets?|strategy"
    r"|goals?|numbers)\b",
    re.IGNORECASE,
)
# The condition of an "if" whose consequence is a threat still expects the
# role ("if the page isn't paying its way by June, it goes").
_CONDITION = _lazy(r"\W*(?:if|unless|when|once)\b|\b(?:if|unless|when|once|that|which|who)\b",
                        re.IGNORECASE)
_THREAT = _lazy(
    r"\b(?:stop\w*|cut|cuts|drop\w*|pull\w*|end\w*|scrap\w*|quit\w*|clos\w*|cancel\w*|kill\w*"
    r"|over|done|finished|goes|gone|write-off|rethink|shut\w*|axe\w*|discontinu\w*|fail\w*"
    r"|lose|lost|wasted?|delet\w*|remov\w*|binned|dropped|give\s+up|not\s+working"
    r"|doesn['\u2019]?t\s+work|a\s+failure|waste\w*|pointless|useless"
    r"|what['\u2019]?s\s+(?:it|the\s+point)(?:\s+for)?|why\s+bother"
    r"|(?:don['\u2019]t|do\s+not|never|won['\u2019]t)\s+post\s+(?:\w+\s+){0,3}?again"
    # a negated verb of continuing (a closed class): "we won't renew her contract"
    r"|(?:don['\u2019]t|do\s+not|won['\u2019]t|will\s+not|not)\s+(?:renew|continue|extend|keep"
    r"|carry\s+on)\w*)\b",
    re.IGNORECASE,
)
# A span as a heading in notes, and what follows it up to the next item: "week 2: ...".
_HEADING = _lazy(r"\s*[:=\u2013\u2014-]\s*([^;.\n]{0,120})")
# A span counted from when posting starts: "Christmas, which is six weeks after we start
# posting" is a date results are due by, not a schedule.
_AFTER_START = _lazy(r"\s+(?:after|from|into)\s+(?:we\s+(?:start|begin|launch|go\s+live)"
                     r"|(?:the\s+)?launch|the\s+(?:start|first\s+post)|going\s+live"
                     r"|posting\s+starts)\b", re.IGNORECASE)
# "=", "->" or an arrow written for "then" in notes.
_ARROW = _lazy(r"\s*(?:=>?|->|\u2192)")
# Told as past, with nothing expected: "last spring a clip did the rounds".
_PAST_TIME = _lazy(
    r"\b(?:last\s+(?:year|month|week|spring|summer|autumn|fall|winter|season|time)|ago"
    r"|in\s+(?:19|20)\d\d|back\s+then|used\s+to|last\s+year['\u2019]s)\b",
    re.IGNORECASE,
)
_PAST_VERB = _lazy(
    r"\b(?:taught|learn[et]d?|was|were|did|went|took|blew|caught|brought|had|got)\b",
    re.IGNORECASE,
)
_EXPECTING = _lazy(
    r"\b(?:will|would|shall|should|must|need|needs|want|wants|expect\w*|hope\w*|count\w*"
    r"|anticipat\w*|foresee\w*|predict\w*|envisag\w*|forecast\w*"
    r"|bank\w*|rel(?:y|ies|ying)|depend\w*|plan|plans|going\s+to|has\s+to|have\s+to|aim\w*"
    r"|target\w*|bet|reckon|can|could|may|might|had\s+better"
    r"|to\s+(?:sell|make|earn|bring|get|win|reach|grow|attract|fill|find))\b|['\u2019]ll\b",
    re.IGNORECASE,
)
# A yes/no question is not an assertion ("Would the posts ever pay for
# themselves?"); a "why ... when ..." question is ("Why pay for ads when one
# clip can reach millions?").
_YES_NO_QUESTION = _lazy(
    r"^\W*(?:would|could|will|can|do|does|did|is|are|should|might|may|shall|isn['\u2019]t"
    r"|wouldn['\u2019]t)\b[^?]*\?\s*$",
    re.IGNORECASE,
)

# An indirect question asks, it does not assert: "someone asked whether the
# page could earn its keep", "we wondered if a clip would spread". Verbs of
# asking or doubting (a closed class) followed by "whether"/"if".
_INDIRECT_QUESTION = _lazy(
    r"\b(?:ask\w*|wonder\w*|query\w*|queried|question\w*|doubt\w*|unsure|not\s+sure)\s+"
    r"(?:\w+\s+){0,3}?(?:whether|if)\b",
    re.IGNORECASE,
)
# The same with a wh-word: "members ask every week when the timetable for the next month
# will be out" asks about the span, it expects nothing. Scoped to the question's own
# stretch: a comma or "and" after it ends it.
_INDIRECT_WH = _lazy(
    r"\b(?:ask\w*|wonder\w*|query\w*|queried|unsure|not\s+sure|no\s+idea)\s+"
    r"(?:\w+\s+){0,3}?(?:when|what|how|where|which)\b",
    re.IGNORECASE,
)
_QUESTION_END = _lazy(r"[,;]|\band\b", re.IGNORECASE)
# A clause after the role that endorses it by pointing back: "..., and that is what we want
# from it", "..., which is the whole point" (a demonstrative or relative pronoun, a copula,
# and a word of wanting or aiming).
_ENDORSED = _lazy(
    r"\W*(?:and\s+|so\s+)?(?:that|this|which|it)(?:['\u2019]s|\s+is|\s+was|\s+will\s+be)\s+"
    r"(?:exactly\s+|precisely\s+|just\s+|the\s+whole\s+)?(?:what\s+(?:we|they|he|she|i|the\s+[\w-]+)"
    r"\s+(?:\w+\s+)?(?:want|expect|need|ask|count|are\s+after|is\s+after|am\s+after)\w*"
    r"|(?:the\s+)?(?:whole\s+)?(?:point|goal|aim|plan|idea|target|expectation|deal))\b",
    re.IGNORECASE,
)


def endorsed(sentence: Sentence, head: int) -> bool:
    """Whether the clause after the one holding ``text[head]`` endorses it ("..., and that's
    what we want")."""
    index, _ = sentence.clause_at(head)
    clauses = sentence.clauses
    if index + 1 >= len(clauses):
        return False
    after = clauses[index + 1]
    return bool(_ENDORSED.match(sentence.text, after.start, min(after.end, after.start + 120)))


# Someone else's belief or promise, not the writer's: "if anybody thinks ...",
# "a flyer that someone promised would ...". The believer is an indefinite
# pronoun (closed class); the verb is one of believing or claiming.
_BELIEVED_BY_OTHERS = _lazy(
    r"\b(?:any|some)(?:one|body)\s+(?:\w+\s+){0,2}?(?:thinks?|thought|believ\w*|promis\w*"
    r"|claim\w*|says?|said|reckon\w*|swor[en]|swears?|insist\w*|imagin\w*|assum\w*"
    r"|suppos\w*|told|tells?|expect\w*)\b",
    re.IGNORECASE,
)
# Hearsay: what others keep telling the writer ("the players tell me the videos
# would spread"). It is disowned when a later contrast clause negates anything.
_HEARSAY = _lazy(
    r"\b(?:tell\w*|told|say|says|saying|said|promis\w*|claim\w*|insist\w*|reckon\w*)\s+"
    r"(?:me|us|him|her)\b",
    re.IGNORECASE,
)


# A wish, which a following "but" overrules.
# A conditional evaluation is a wish too ("X would be cool, but ..."): "would be", an
# optional adverb, and a word that is not a participle ("would be seen by thousands"
# expects), nor "viral" or a particle ("would be out by May"), which state the outcome.
_WISH = _lazy(r"\b(?:would|'d)\s+(?:\w+\s+)?(?:love|like|prefer)\b|\bideally\b"
              r"|\bwould\s+be\s+(?:(?:so|really|very|pretty|quite|kind\s+of|kinda)\s+)?"
              r"(?!\w+(?:ed|en)\b|seen|done|made|shared|viral\b|in\b|on\b|out\b|up\b)[a-z]+\b"
              r"|\bin\s+an\s+ideal\s+world\b", re.IGNORECASE)
# What follows "than" after "rather" is what the writer turns down: "we'd rather help
# students book a chat than get a million views".
_RATHER_THAN = _lazy(r"\b(?:rather|sooner)\b[^.;]{0,120}?\bthan\s+(?:[\w'\u2019-]+\s+){0,4}$",
                     re.IGNORECASE)
# An idea the writer has put away, then what it was: "we have set aside the idea that
# the page must pay for itself" (verbs of dismissing and nouns of a belief, closed classes).
_IDEA_SET_ASIDE = _lazy(
    r"\b(?:" + _DISMISSED + r"|dropped|parked|let\s+go\s+of|given\s+up|gave\s+up)\s+"
    r"(?:the|any|that|this)\s+"
    r"(?:idea|notion|thought|hope|expectation"
    r"|assumption|belief)\s+(?:that|of)\b[^.;]*$", re.IGNORECASE)
# A possibility, not an expectation, before the role: "some enquiries may come early".
_MAYBE = _lazy(r"\b(?:may|might|could|possibly|perhaps|maybe)\b", re.IGNORECASE)
# A clause opened by "rather than", "instead of", ", not" is what the writer rejects.
_DENYING_LEAD = _lazy(r"\W*(?:rather\s+than|instead\s+of|not|never)\b", re.IGNORECASE)
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
        # the condition of a threat is still expected, also in note form: "no bookings
        # by April = we quit"
        if _ARROW.match(clause, end) and _THREAT.search(clause, end):
            return False
        return not (cond and _THREAT.search(clause, end))
    return bool(_NEGATED_AFTER.match(clause, end))


def counts(sentence: Sentence, head: int, end: int) -> bool:
    """Whether the role whose key word is at ``sentence.text[head:end]`` is asserted.

    Scoped to the clause holding ``head``: a negator, a hedge or a "rather
    than" there cancels it, and so does a following contrast clause that
    disowns it; a yes/no question and a past story do not assert it.
    """
    text = sentence.text
    if len(text) < 2 * REACH and _YES_NO_QUESTION.match(text):
        return False
    index, clause, body, lo = sentence.scope(head)
    pos, stop = head - lo, min(end, clause.end) - lo
    if _DENYING_LEAD.match(text, clause.start, min(clause.end, clause.start + 40)):
        return False
    if _RATHER_THAN.search(text, max(clause.start, head - 160), head):
        return False  # "we'd rather help 800 students book than get a million views"
    if _IDEA_SET_ASIDE.search(text, max(clause.start, head - 160), head):
        return False  # "we have set aside the idea that the page must recover its costs"
    if negated_in(body, pos, stop):
        return False
    if _HEDGE.search(body):
        return False
    if _INDIRECT_QUESTION.search(body, 0, pos) or _BELIEVED_BY_OTHERS.search(body, 0, pos):
        return False
    for wh in _INDIRECT_WH.finditer(body, max(0, pos - 120), pos):
        if not _QUESTION_END.search(body, wh.end(), pos):
            return False
    # a report ("it was agreed that enquiries would rise as soon as the page went live")
    # is the organization's own record of what it expects, not a story: a past tense
    # after its lead does not make the role history (a past time named still does)
    reported = REPORTED.search(text, 0, head)
    if (_PAST_TIME.search(body) or (not reported and _PAST_VERB.search(body, 0, stop))) \
            and not _EXPECTING.search(body):
        return False
    clauses = sentence.clauses
    if index + 1 < len(clauses) and clauses[index + 1].lead in _CONTRAST and (
            _WISH.search(body) or _MAYBE.search(body, 0, pos)):
        # "would love results by summer, but agreed to nine months", "some enquiries may
        # come in the first weeks, but the real judgement is after nine months"
        return False
    hearsay = _HEARSAY.search(body, 0, pos)
    for later in clauses[index + 1:index + 3]:
        if (later.lead in _CONTRAST or _DENYING_LEAD.match(text, later.start, later.end)) and \
                any(rx.search(text, later.start, min(later.end, later.start + REACH))
                    for rx in ((_DISOWN, _NEGATOR) if hearsay else (_DISOWN,))):
            return False
    # "if it spreads, lovely" / "if it takes off, fine": the hedge is the consequence
    if index + 1 < len(clauses) and _CONDITION.match(text, clause.start,
                                                      min(clause.end, clause.start + 20)):
        after = clauses[index + 1]
        return not _HEDGE.search(text, after.start - 2, min(after.end, after.start + REACH))
    return True


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
    and whether the plan runs paid advertising and sells online.

    Two contexts that differ only in their text are equal: a text's kept answers
    (``answers``) are keyed by the text already, and one context object then names
    the answers of every text read in it."""

    field: str
    text: str = dataclasses.field(default="", compare=False)
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


class Field:
    """One prose text being read: its sentences, found once, and its context.

    Frames search the whole text with each pattern once (the work stays in
    the regex engine, linear in the text) and ask ``sentence_at`` which
    sentence a match falls in.
    """

    __slots__ = ("_ends", "ctx", "sentences", "text")

    def __init__(self, text: str, ctx: Context) -> None:
        self.text = text
        self.ctx = ctx
        self.sentences, self._ends = _split(text)

    def sentence_at(self, pos: int) -> Sentence | None:
        """The sentence holding ``text[pos]`` (None between sentences)."""
        i = bisect_right(self._ends, pos)
        if i < len(self.sentences) and self.sentences[i].start <= pos:
            return self.sentences[i]
        return None

    def locate(self, start: int, head: int, end: int) -> Sentence | None:
        """The sentence holding a whole match (``start`` to ``end``), or None when the
        match runs across a sentence end."""
        sentence = self.sentence_at(head)
        if sentence is None or start < sentence.start or end > sentence.start + len(
                sentence.text):
            return None
        return sentence


@kept(128)
def _split(text: str) -> tuple[tuple[Sentence, ...], list[int]]:
    """Sentences of a text and where each ends, found once for the three rules (a plan's
    texts: a text another plan had is answered whole, by ``answers``)."""
    found = tuple(sentences(text))
    return found, [s.start + len(s.text) for s in found]


def _raw_matches(family: str, field: Field) -> Iterator[tuple[int, _Found]]:
    """Every frame match of a family in the field, before any judgement of context:
    (frame index, match), sentence by sentence, the frames in order within each
    (see ``_sentence_finds``)."""
    for finds, shift in _sentence_finds(field.text, field.sentences):
        for i, m in finds.frames(family):
            yield i, _Placed(m, shift) if shift else m


def _sentence_finds(text: str, sentences: tuple[Sentence, ...]
                    ) -> Iterator[tuple[_SentenceFinds, int]]:
    """What the frames and spans find in each sentence of ``text``, and how far to shift
    a match in it to place it in ``text``.

    A frame or a span never spans two sentences (a reader only counts a match its
    sentence holds), so each sentence is searched on its own and what is found in it
    kept per sentence: plans share far more sentences than whole fields, and a
    sentence another field or plan had costs one lookup (``_finds``). The sentence is
    searched with the character before it (the mark that ended the sentence before),
    which a look-behind may read."""
    for sentence in sentences:
        at = sentence.start
        before = text[at - 1] if at else ""
        yield _finds(before + sentence.text, len(before)), at - len(before)


# the sentences of 500 generated plans (a worker's share of 1,000) are about 2,600: 2,048
# keep all but 3% of what 4,096 would, for 1 MiB less at the peak
@kept(2048)
def _finds(text: str, pos: int) -> _SentenceFinds:
    """What the frames and spans find in one sentence, kept per sentence."""
    return _SentenceFinds(text, pos)


class _SentenceFinds:
    """The raw matches of one sentence (``text[pos:]``, after the character before it), of
    each frame family and of the spans, each found on first use: one record per sentence
    for the three judgements, so a sentence is held once."""

    __slots__ = ("_roi", "_spans", "_spread", "pos", "text")

    def __init__(self, text: str, pos: int) -> None:
        self.text, self.pos = text, pos
        self._roi: tuple[tuple[int, re.Match[str]], ...] | None = None
        self._spread: tuple[tuple[int, re.Match[str]], ...] | None = None
        self._spans: tuple[re.Match[str], ...] | None = None

    def frames(self, family: str) -> tuple[tuple[int, re.Match[str]], ...]:
        """The frame matches of ``family``: (frame index, match), frames in order."""
        roi = family == "roi"
        found = self._roi if roi else self._spread
        if found is None:
            text, pos = self.text, self.pos
            frames = _family(family)
            found = tuple((i, m) for i in _candidates(family, frames, text)
                          for m in anchored(frames[i][0], frames[i][3], text, pos=pos))
            if roi:
                self._roi = found
            else:
                self._spread = found
        return found

    def spans(self) -> tuple[re.Match[str], ...]:
        """The matches of both kinds of span, unordered."""
        found = self._spans
        if found is None:
            text, pos = self.text, self.pos
            spans = list(anchored(_unit_spans(), _span_anchor(), text, before=70, after=30,
                                  pos=pos))
            words = _words(text)
            # a key inside a token ("same-day", "day-one"): every plain word of the text
            # lies in one token, and a token of letters and digits only is its own plain
            # word, so only the others are split again (not the whole text)
            if not (_SPAN_KEYS.isdisjoint(words)
                    and all(_SPAN_KEYS.isdisjoint(_PLAIN_WORD.findall(word)) for word in words
                            if not word.isalnum())):
                spans += _other_spans().finditer(text, pos)
            found = self._spans = tuple(spans)
        return found


def _family(family: str) -> tuple[tuple[Any, str, bool, re.Pattern[str]], ...]:
    """The frames of a family: ``"roi"`` (SMA404) or ``"spread"`` (SMA502)."""
    return _roi_frames() if family == "roi" else _spread_frames()


class _Placed:
    """A match in one sentence, read at its place in the field (``at`` is the sentence's
    offset): what the role readers ask of a match, shifted."""

    __slots__ = ("_at", "_match")

    def __init__(self, match: re.Match[str], at: int) -> None:
        self._match, self._at = match, at

    def start(self, group: int | str = 0) -> int:
        return self._match.start(group) + self._at

    def end(self, group: int | str = 0) -> int:
        return self._match.end(group) + self._at

    def group(self, group: int | str = 0) -> str | Any:
        return self._match.group(group)

    def groupdict(self) -> dict[str, str | Any]:
        return self._match.groupdict()


_Found = re.Match[str] | _Placed


Frames = Callable[[Field], Iterator[tuple[Sentence, Role]]]


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
         context: Callable[[str, str], Context] | None = None,
         judgement: str | None = None) -> Iterator[Reading]:
    """The first counted role in each prose text of ``plan`` (each list item on its own).

    ``frames`` finds roles in a sentence; a match of one of ``cues`` (the
    rule's ``phrases`` option) is a role too, named by the cue. Both are
    scoped by ``counts``. With ``judgement`` (a rule slug) the finding is
    weighed against that judgement's learned reading (see ``learned``): a
    role it is nearly sure is wrong is dropped, and a text the frames found
    nothing in is read by it alone, its role named by the words it weighed.
    """
    for pointer, field, value in prose(plan):
        for index, text in as_texts(value):
            ctx = context(field, text) if context else Context(field, text)
            found = answer(_judged, text, frames, cues, ctx, judgement)
            if found is not None:
                node = pointer if index is None else join(pointer, index)
                yield Reading(node, field, *found)


def _judged(text: str, frames: Frames, cues: CuePhrases | None, ctx: Context,
            judgement: str | None) -> tuple[str, Role] | None:
    """What ``read`` says of one text: the quoted sentence and the role, from the frames
    unless the learned reading overrules them, else from the learned reading alone;
    kept per text (``answers``), as plans repeat their fields."""
    found = _first(text, frames, cues, ctx)
    if found is not None:
        if judgement is not None and not learned.confirms(judgement, text):
            return None
        sentence, role = found
        return sentence.quote(role.head, role.end), role
    if judgement is not None and (weighed := learned.suggests(judgement, text)):
        return weighed.sentence, Role(0, 0, learned.role_found("", weighed), "")
    return None


def _first(text: str, frames: Frames, cues: CuePhrases | None,
           ctx: Context) -> tuple[Sentence, Role] | None:
    """The first counted role in ``text`` (its judgement is kept per text, by ``_judged``)."""
    field = Field(text, ctx)
    found = list(frames(field))
    if cues is not None and cues.phrases:
        for match in cues.finditer(text, negation=False):
            sentence = field.sentence_at(match.start)
            if sentence is not None:
                at = sentence.start
                found.append((sentence, Role(match.start - at, min(match.end - at, len(
                    sentence.text)), "", " ".join(match.text.split()))))
    found.sort(key=lambda pair: pair[0].start + pair[1].head)
    for sentence, role in found:
        if counts(sentence, role.head, role.end):
            return sentence, role
    return None


def _compiled(frames: tuple[tuple[str, str, bool, str], ...]
              ) -> tuple[tuple[re.Pattern[str], str, bool, re.Pattern[str]], ...]:
    """Frames as (pattern, role, needs an expectation, anchor), each pattern compiled
    only when its anchor, a word every match holds, first turns up in a text (the
    anchors, small word lists, are compiled at once)."""
    return tuple((_lazy(p, re.IGNORECASE), role, want, _anchor(anchor))
                 for p, role, want, anchor in frames)


def _anchor(anchor: str) -> re.Pattern[str]:
    """An anchor compiled; a list of single words grouped by first letter, as every text
    is searched with it (``alternation``). An anchor of several words keeps its text,
    which ``_phrase_anchored`` reads."""
    if "\\s" not in anchor and anchor.startswith("\\b(?:") and anchor.endswith(")\\b"):
        anchor = f"\\b{by_first_letter(anchor[2:-2])}\\b"
    return re.compile(anchor, re.IGNORECASE)


_TOKEN = re.compile(r"->|[\w'\u2019-]+|=|\u2192")
_PLAIN_WORD = re.compile(r"\w+")


# each entry holds its own copy of every word of the text: the largest of the readers'
# keeps (2.4 MiB at 1,024 texts); 64 covers the texts of a plan (a text another plan had
# is answered whole, by ``answers``)
@kept(64)
def _words(text: str) -> frozenset[str]:
    """The distinct tokens of ``text``, lowercased: found once per text for both frame
    families and the spans, which all look words up in it."""
    return frozenset(_TOKEN.findall(text.lower()))


def _candidates(family: str, frames: tuple[tuple[Any, str, bool, re.Pattern[str]], ...],
                text: str) -> list[int]:
    """The frames whose anchor occurs in ``text``, in frame order.

    A text's distinct words are looked up in a cache of which anchors each word
    satisfies, so a plan's many short fields cost one tokenisation each rather
    than a search per frame. An anchor of several words is searched directly.
    """
    words = _words(text)
    found = set(chain.from_iterable(map(_frames_for_word, repeat(family), words)))
    # an anchor of several words is searched only when its first word is there
    found.update(i for i, first in _phrase_anchored(family)
                 if not first.isdisjoint(words) and frames[i][3].search(text))
    return sorted(found)


@lru_cache(maxsize=8192)
def _frames_for_word(family: str, word: str) -> tuple[int, ...]:
    frames = _family(family)
    return tuple(i for i, frame in enumerate(frames)
                 if "\\s" not in frame[3].pattern and frame[3].search(word))


@cache
def _phrase_anchored(family: str) -> tuple[tuple[int, frozenset[str]], ...]:
    """The frames whose anchor is a phrase, with the words the phrase can start with."""
    frames = _family(family)
    out = []
    for i, frame in enumerate(frames):
        if "\\s" in frame[3].pattern:
            # "\\b(?:come|comes|coming|came)\\s+back\\b" -> {"come", "comes", ...}
            head = frame[3].pattern.split("\\s", 1)[0]
            words = re.findall(r"[a-z]+", head.replace("\\b", " ").replace("\\w", " "))
            forms = {w for w in words} | {w + "s" for w in words} | {
                w[:-1] for w in words if w.endswith("s")}
            out.append((i, frozenset(forms)))
    return tuple(out)


def anchored(pattern: re.Pattern[str], anchor: re.Pattern[str] | None, text: str, *,
             before: int = 160, after: int = 160, pos: int = 0) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text``, searched only around the matches of
    ``anchor`` (a word every match holds, cheap to find).

    A pattern that opens with a broad class (an amount of money, a span of
    time) is slow to try at every position of a long text; its anchor is a
    plain word list the regex engine skips through quickly. Every match lies
    within ``before``/``after`` characters of its anchor, so nothing is lost.
    Overlapping stretches are searched as one. Nothing before ``pos`` is
    searched (a look-behind still reads it): the readers search one sentence,
    after the character before it.
    """
    if anchor is None:
        yield from pattern.finditer(text, pos)
        return
    size = len(text)
    lo = hi = -1
    for a in anchor.finditer(text, pos):
        start, end = max(pos, a.start() - before), min(size, a.end() + after)
        if start <= hi:
            hi = max(hi, end)
            continue
        if hi > lo:
            yield from pattern.finditer(text, lo, hi)
        lo, hi = max(start, hi), end
    if hi > lo:
        yield from pattern.finditer(text, lo, hi)


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
            r"|youtube|pinterest|twitter|threads|snapchat|blog\s+posts?|uploads?|images?|vlogs?)")
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
          r"|(?:consulting|paid|client|new)\s+(?:engagements?|projects?)"
          r"|paid\s+(?!ads?\b|advert|promotion|social|media|campaign|search|reach|boost)"
          r"(?:[\w-]+\s+)?(?:work|orders?|jobs?|bookings?|class\w*|sessions?|appointments?"
          r"|places?|tickets?|members\w*)"
          r"|paying\s+(?:jobs?|work|customers|clients"
          r"|guests)|(?:customers|clients|buyers)\s+(?:who\s+)?pay\w*)\b)")
# Verbs that are themselves a sale or takings.
_MONEY_VERB = r"(?:sell|sells|selling|sold|earn|earns|earning|make\s+money|makes\s+money)"
# What the business pays out, that a return would have to cover. "Keep" is a cost only
# as a noun owned by someone ("earn its keep", "cover our keep"); after a modal it is
# the verb ("every funded club must keep public pages").
_COST = (r"(?:costs?|wages?|salar(?:y|ies)|fees?|retainers?|stipends?|honorari(?:um|a)|rent|bills?"
         r"|lease"
         r"|(?:(?<=\bits\s)|(?<=\bour\s)|(?<=\bown\s)|(?<=\btheir\s)|(?<=\bmy\s))keep"
         r"|outlay|spend|investment"
         # the time put in, counted whole or by the hour ("cover the hour it took her")
         r"|hours?|time|invoices?)")
# Expecting, wanting, requiring: modal and directive verbs (a closed class).
_WANT = _lazy(
    r"\b(?:expect\w*|want\w*|need\w*|hope\w*|hoping|anticipat\w*|requir\w*|should|must|has\s+to"
    r"|have\s+to|had\s+to|ought\s+to|supposed\s+to|would\s+like|wish\w*|demand\w*|count\w*\s+on"
    r"|bank\w*\s+on|rel(?:y|ies|ying)\s+on|depend\w*\s+on|aim\w*|target\w*|will|would|going\s+to"
    r"|gonna|please|basis|the\s+point|agreed|so\s+that|in\s+order\s+to|meant\s+to|intended\s+to"
    r"|designed\s+to|there\s+to|exists?\s+to|plan(?:s|ned|ning)?\s+to|the\s+plan\s+is|goal"
    # a heading noun of measuring success names what is expected ("KPI: revenue per post")
    r"|kpis?|objectives?|benchmarks?|yardsticks?|success\s+(?:criteri\w+|measures?|metrics?)"
    # a requirement put as the condition of a go-ahead ("on condition that each post ...")
    r"|condition\s+that|provided\s+that|providing\s+that|as\s+long\s+as|so\s+long\s+as"
    # "it better", "they'd better": had better, a demand (after a subject pronoun)
    r"|(?:it|they|this|that|these|we|you)\s+(?:had\s+)?better)\b"
    r"|['\u2019](?:ll|d)\b|=",
    re.IGNORECASE,
)
# Wanting or requiring, without the plain future ("will"): what a date needs to
# be a deadline rather than a forecast inside a hope.
_DEMAND = _lazy(
    r"\b(?:expect\w*|want\w*|need\w*|hope\w*|anticipat\w*|requir\w*|should|must|has\s+to"
    r"|have\s+to|ought\s+to|supposed\s+to|would\s+like|wish\w*|demand\w*|aim\w*|target\w*)\b"
    r"|['\u2019]d\s+like\b",
    re.IGNORECASE,
)
# Paid reach or an online shop: a return on these is performance marketing,
# which the judgement leaves alone.
_PAID = _lazy(
    # ("paid" may take one modifier, a platform or a kind: "paid Facebook ads",
    # "paid TikTok placements" are the paid line as much as "paid promotion" is)
    r"\b(?:ads?|adverts?|advertis\w+|ad[-\s]spend|boost\w*|sponsored|promoted|paid\s+(?:[\w-]+\s+)?"
    r"(?:campaigns?|promotions?|posts?|social|media|search|ads?|reach|placements?|listings?"
    r"|spots?|slots?)|ppc|campaign\s+budget|roas"
    r"|webshop|web\s+shop|online\s+(?:shop|store|orders?|checkout)|checkout|pixel|shopify"
    r"|e-?commerce|basket|cart|funnel|shop\s+link)\b",
    re.IGNORECASE,
)
_UNPAID = _lazy(
    r"\b(?:without|no|not|never|instead\s+of|rather\s+than|free|organic\w*|why\s+pay\s+for)"
    r"\b(?:\s+[^\s.,;:!?]+){0,3}\s*$",
    re.IGNORECASE,
)


# What makes a mention of ads or a shop concrete: a budget, or how the return
# is tracked.
_CONCRETE = _lazy(
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
def _roi_frames() -> tuple[tuple[re.Pattern[str], str, bool, re.Pattern[str]], ...]:
    """(pattern, role, needs an expectation, anchor) for money expected from the posts.

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
         r"|\bbreak\w*[\s-]even)",
         "the posts paying for themselves", False,
         r"\b(?:itself|themselves|self\w*|keep|way|even|costs?|wages?|salar\w*|fees?|retainers?"
         r"|stipends?|honorari\w*|rent"
         r"|bills?|lease|outlay|spend|investment|hours?|time)\b"),
        (r"(?P<head>\brecoup\w*|\brecover\w*\s+(?:\w+\s+){0,2}?(?:cost|costs|money|spend"
         r"|spending|investment|outlay|fees?)\b)", "the money spent recouped", False,
         r"\b(?:recoup|recover)"),
        # a cost the posts or the page must cover
        (rf"\b{_CONTENT}\b[^.;:!?]{{0,80}}?(?P<head>\b(?:cover|pay|earn\s+back|make\s+back|justify"
         rf"|fund|finance)\w*)\s+(?:(?:[\w'\u2019-]+\s+){{0,4}}?{_COST}\b"
         rf"|for\s+(?:the|our|a|an|my|his|her|their)\b)",
         "the posts covering a cost", False, r"\b(?:cover|pay|earn|make|justify|fund|financ)\w*"),
        (rf"(?P<head>\b(?:cover|pay|earn|make|justify|fund|finance)\w*)\s+(?:[\w'\u2019]+\s+)"
         rf"{{0,4}}?{_COST}\b[^.;:!?]{{0,60}}?\b{_CONTENT}\b",
         "the posts covering a cost", True,
         r"\b(?:cover|pay|earn|make|justify|fund|financ)\w*"),
        (rf"(?P<head>\b(?:earn|make|pay|get|bring|win)\w*\s+(?:[^\s.,;:!?]+\s+){{0,4}}?back)\b"
         rf"(?:\s+(?:\w+\s+){{0,3}}?(?:what\b[^.;:!?]{{0,50}}?\bcosts?\b|in\s+(?:\w+\s+)?{_MONEY}))",
         "money back for what the posts cost", False,
         r"\bback\b"),
        # time or money put into the posts, then an amount they should make
        (rf"\b(?:spend|spending|spent|put|putting|invest\w*)\s+[^.;!?]{{0,40}}?\b(?:on|into)\s+"
         rf"(?:the\s+|our\s+)?(?:[\w-]+\s+)?{_CONTENT}\b[^.;!?]{{0,60}}?(?P<head>\b(?:make|makes"
         rf"|bring|brings|earn|earns|generate|generates|return|returns)\b)\s+(?:us\s+|in\s+|back\s+)?"
         rf"(?:at\s+least\s+)?{_AMOUNT}", "money back for what the posts cost", False,
         r"\b(?:make|makes|bring|brings|earn|earns|generate|generates|return|returns)\b"),
        # each unit of money put in returning an amount: "every EUR 1 of staff time returns EUR 4"
        (rf"\b(?:each|every|per)\s+(?P<head>{_AMOUNT})[^.;!?]{{0,60}}?\b(?:returns?|brings?|earns?"
         rf"|makes?|generates?|yields?)\s+(?:back\s+|in\s+)?(?:at\s+least\s+)?{_AMOUNT}",
         "money back for money put in", False, r"\b(?:each|every|per)\b"),
        # a cost of posting covered by money, in the passive: "her hours on LinkedIn must be
        # covered by signed contracts", "the reels' cost paid for by bookings"
        (rf"\b{_COST}\b[^.;:!?]{{0,60}}?(?P<head>\b(?:covered|paid\s+for|funded|financed|justified"
         rf"|recouped|earned\s+back|made\s+back)\s+(?:by|through|with|from|out\s+of|in))\s+"
         # (what pays a cost is a sale: bookings and customers count here)
         rf"(?:[\w'\u2019-]+\s+){{0,3}}?(?:{_MONEY}|\b(?:bookings?|customers|clients)\b)",
         "the cost of posting covered by sales", True,
         r"\b(?:covered|paid|funded|financed|justified|recouped|earned|made)\b"),
        # a multiple of what was put in
        (r"(?P<head>\b\d+(?:[.,]\d+)?\s*(?:x|\u00d7|times)\s+(?:the\s+|what\s+|our\s+)?(?:\w+\s+)?"
         r"(?:time|hours|money|costs?|spend|spent|effort|investment|invested|outlay)\b)",
         "a multiple of the money put in", False, r"\d(?:x|\u00d7)|\btimes\b|\bx\b|\u00d7"),
        (r"(?P<head>\b\d+(?:[.,]\d+)?\s*(?:x|\u00d7|:\s*1|\s+to\s+1|\s+for\s+1|%)\s*"
         # "a 60% return rate" counts customers coming back, not money
         r"(?:returns?(?!\s+(?:rate|visits?|customers?))|roi|roas|back)\b|\b(?:returns?|roi|roas)\s+of\s+\d"
         # the ratio after its name: "ROI target: 3:1", "return 4x"
         r"|\b(?:roi|returns?)(?:\s+[a-z]+)?\s*[:=]?\s*\d+(?:[.,]\d+)?\s*(?::\s*1|x|\u00d7)(?!\w)"
         r"|\b(?:two|three|four|five|ten|\d+)[-\s]?fold\b)",
         "a multiple of the money put in", False,
         r"\d|fold\b"),
        (rf"(?P<head>{_AMOUNT}\s+(?:\w+\s+){{0,3}}?(?:back|in\s+return)\b)",
         "money back for money put in", False, r"\b(?:back|return)\b"),
        (rf"(?P<head>\bfor\s+(?:each|every)\s+(?:{_AMOUNT}|dollar|euro|pound|buck|quid|eur|usd"
         rf"|gbp)\b)[^.;!?]{{0,100}}?\b(?:back|return\w*)\b",
         "money back for money put in", False,
         r"\b(?:each|every)\b"),
        # each unit of money put in coming back multiplied, with no "for": "every euro we
        # spend should come back twice over"; the multiple is what makes "back" a return
        # rather than tracing a cost back to where it went
        (rf"(?P<head>\b(?:each|every)\s+(?:{_AMOUNT}|(?:dollar|euro|pound|buck|quid|eur|usd|gbp)"
         r"\b))[^.;!?]{0,80}?\b(?:(?:come|comes|coming|came|paid|earned|made)\s+back|returns?)"
         r"\s+(?:at\s+least\s+|more\s+than\s+)?(?:twice|double|triple|(?:two|three|four|five|ten"
         r"|\d+)(?:[-\s]?fold|\s*x\b|\s+times))",
         "money back for money put in", False,
         r"\b(?:each|every)\b"),
        # each unit of money put in coming back as anything at all: "every euro we put into
        # content should come back as bookings" (money is its subject, so what it comes back
        # as is a return)
        (rf"(?P<head>\b(?:each|every)\s+(?:{_AMOUNT}|(?:dollar|euro|pound|buck|quid|eur|usd|gbp)"
         r"\b))[^.;!?]{0,80}?\b(?:come|comes|coming|came|paid|earned|made)\s+back\s+(?:to\s+us\s+)?"
         r"(?:as|in)\b", "money back for money put in", False, r"\b(?:each|every)\b"),
        (r"(?P<head>\breturns?\s+on\s+(?:the\s+|our\s+|all\s+)?(?:time|hours|effort|posting|posts"
         r"|content|work)\b)", "a return on the time put into posting", False,
         r"\breturns?\s+on\b"),
        (rf"(?P<head>\b(?:come|comes|coming|came)\s+back)\s+(?:to\s+us\s+)?(?:as|in)\s+"
         rf"(?:\w+\s+){{0,2}}?{_MONEY}", "the money put into posting coming back", False,
         r"\b(?:come|comes|coming|came)\s+back\b"),
        (rf"(?P<head>\bmore\s+in\s+(?:\w+\s+){{0,2}}?{_MONEY})[^.;!?]{{0,80}}?\bthan\b"
         rf"[^.;!?]{{0,60}}?\bcosts?\b", "posts bringing in more than they cost", False,
         r"\bthan\b"),
        # bringing in what someone charges for the posts, or more than they cost
        (r"(?P<head>\b(?:bring\w*\s+in|earn\w*|mak\w*|cover\w*|generat\w*|rais\w*|tak\w*\s+in)"
         r"\s+(?:at\s+least\s+|more\s+than\s+|as\s+much\s+as\s+)?(?:what|as\s+much\s+as)\b)"
         r"[^.;:!?]{0,60}?\b(?:costs?|charges?|pay|pays|paid|bills?|spend|spent)\b",
         "the posts covering a cost", False, r"\bwhat\b"),
        (r"(?P<head>\b(?:rais|bring|earn|mak|generat|tak)\w*\s+(?:in\s+|back\s+)?more\s+than\s+"
         r"(?:what\s+)?(?:it|they|this|that|the\s+[\w-]+)\s+costs?)\b",
         "posts bringing in more than they cost", False, r"\bthan\b"),
        # what the posts bring valued above their own cost: "bookings worth more than its
        # cost", "a value superior to the cost of making it"
        # (what the posts bring, after a verb of producing: "posts worth more than their
        # cost in goodwill" values the posts, not money they bring)
        (rf"\b{_CONTENT}\b[^.;:!?]{{0,60}}?\b(?:generat|bring|brought|earn|win|won|produc|mak"
         rf"|made|deliver|land|secur)\w*[^.;:!?]{{0,60}}?"
         r"(?P<head>\b(?:worth|value|valued(?:\s+at)?)\s+(?:\w+\s+)?"
         r"(?:more|greater|higher|superior|above|over|beyond)\s+(?:than\s+|to\s+)?(?:what\s+)?"
         r"(?:its|their|the|it|they)\s+(?:own\s+)?costs?)\b",
         "posts bringing in more than they cost", False, r"\bcosts?\b"),
        # as much as posting costs, in money ("must generate at least that in orders")
        (rf"(?P<head>\b(?:generat|mak|earn|bring|rais|tak)\w*\s+(?:in\s+)?(?:at\s+least\s+)?"
         rf"(?:that|as\s+much|the\s+same)\s+(?:amount\s+)?(?:back\s+)?in\s+{_MONEY})",
         "the posts covering a cost", False, r"\b(?:least|much|same)\b"),
        # the more posts, the more money
        (rf"(?P<head>\bmore\s+{_CONTENT}\b\s*[,;:=\u2192-]*\s*(?:means\s+|equals\s+|=\s*)?more\s+"
         r"(?:sales|money|revenue|orders|income|cash|takings|customers|bookings))\b",
         "money from the posts themselves", False,
         r"\bmore\s+(?:sales|money|revenue|orders|income|cash|takings|customers|bookings)\b"),
        # what posting costs, paid back in anything it brings
        (r"\b(?:budget|spend|spending|costs?|fees?|investment|money|wages?|salar\w*"
         r"|(?:our|the|staff|\w+['\u2019]s)\s+(?:time|hours))\b"
         r"[^.;:!?]{0,80}?(?P<head>\b(?:paid|earned|made|brought|won|come|comes|coming|came)\s+"
         r"back)\b", "what posting costs paid back", False, r"\bback\b"),
        # money for each unit of money or time put in
        (rf"(?P<head>{_AMOUNT})\s+(?:[^\s.,;:!?]+\s+){{0,3}}?(?:for|per|from)\s+(?:each|every|a|one)"
         rf"\s+(?:single\s+)?(?:(?:dollar|euro|pound|buck|quid|eur|usd|gbp|cent|penny|hour)s?\b"
         rf"|{_AMOUNT})",
         "money back for money put in", False, r"\b(?:each|every|per)\b"),
        # the posts profitable in their own right
        # (or named as a source of money in its own right: "a profit centre", "a money-spinner",
        # "a revenue stream", "a cash cow")
        (rf"\b{_CONTENT}\b[^.;:!?]{{0,60}}?(?P<head>\bprofitabl\w*|\bin\s+profit\b"
         r"|\b(?:make|makes|turn|turns)\s+a\s+profit\b|\bprofit[\s-]+cent(?:re|er)s?\b"
         r"|\bmoney[\s-]?(?:maker|spinner|earner)s?\b|\b(?:revenue|income)\s+streams?\b"
         r"|\bcash\s+cows?\b)", "the posts paying for themselves", False,
         r"\b(?:profit\w*|money\w*|revenue|income|cash)\b"),
        # a money return named as what is expected, or due within a span
        (r"\b(?:see|seeing|get|getting|show|showing|deliver\w*|achiev\w*|generat\w*|produc\w*"
         r"|make|makes|expect\w*|want\w*)\s+(?:a|the|an|some|any|our|its|their)\s+"
         r"(?:(?:positive|measurable|direct|clear|quick|real|decent|financial)\s+)?"
         r"(?P<head>returns?|roi|payback|pay-?off)\b", "a money return", False,
         r"\b(?:returns?|roi|payback|pay-?off)\b"),
        (r"(?P<head>\b(?:roi|return\s+on\s+investment|payback|pay-?off)\b)\s+"
         r"(?:within|by|inside|in|before|under)\s+(?:the\s+)?(?:first\s+|next\s+)?"
         r"(?:\w+\s+){0,2}?(?:days?|weeks?|months?|quarters?|years?|spring|summer|autumn|fall"
         r"|winter|christmas|easter|q[1-4])\b", "a money return within a span", False,
         r"\b(?:roi|investment|payback|pay-?off)\b"),
        # money from each post, or per post
        (rf"(?P<head>\b(?:per[-\s]|each\s+|every\s+|a\s+single\s+)(?:single\s+|individual\s+"
         r"|(?:one\s+)?of\s+(?:our|the|its|their)\s+)?"
         rf"(?:[\w-]+\s+)?{_CONTENT}\b)", "money from each post", True,
         r"\b(?:per|each|every|single)\b"),
        # a post valued in money is money expected from it: "every tweet is worth about fifty
        # dollars in orders", "each reel's worth $200 of bookings to us"
        (rf"\b{_CONTENT}(?:['\u2019]s)?\s+(?:[^\s.,;:!?]+\s+){{0,3}}?(?P<head>(?:is|are|['\u2019]s|be)?"
         rf"\s*worth)\s+(?:about\s+|around\s+|roughly\s+|at\s+least\s+|some\s+)?{_AMOUNT}",
         "money from each post", False, r"\bworth\b"),
        (r"(?P<head>\b(?:each|every)\s+[\w-]+\s+(?:we|i|you)\s+(?:post|share|put\s+up|publish"
         r"|upload)\w*)", "money from each post", True,
         r"\b(?:each|every)\b"),
        # the posts as the subject of a sale
        (rf"\b{_CONTENT}\b\s+(?:[^\s.,;:!?]+\s+){{0,6}}?(?P<head>(?:sell|bring|generate|deliver|make"
         rf"|earn|raise|produce|land|win|turn|convert|fill|ring|drive|get|clos|secur|clinch"
         rf"|bag|translat)\w*)\b\s*"
         rf"(?:[^\s.,;:!?]+\s+){{0,5}}?(?:{_MONEY}|the\s+till\b)",
         "money from the posts themselves", True,
         r"\b(?:sell|bring|generate|deliver|make|earn|raise|produce|land|win|turn|convert|fill"
         r"|ring|drive|get|clos|secur|clinch|bag|translat)\w*"),
        (rf"\b{_CONTENT}\b\s+(?:[^\s.,;:!?]+\s+){{0,6}}?(?P<head>{_MONEY_VERB})\b",
         "money from the posts themselves", True, rf"\b{_MONEY_VERB}\b"),
        # "=", "->", "=>" written for "brings" in notes and fragments
        (rf"\b{_CONTENT}\s*(?P<head>=>?|->|\u2192)\s*(?:\w+\s+){{0,3}}?{_MONEY}",
         "money from the posts themselves", False, r"=|->|\u2192"),
        (rf"\b{_CONTENT}\s+(?:are|is)\s+(?P<head>how\s+(?:we|we['\u2019]re|we\s+are)\b)",
         "money from the posts themselves", True, r"\bhow\b"),
        # money straight from the posts
        (rf"(?:{_MONEY}|\b{_MONEY_VERB}\b)\s+{g5}(?P<head>(?:directly\s+|direct\s+|straight\s+)(?:from|off|out\s+of"
         rf"|through|via)\s+(?:the\s+|our\s+|organic\s+|each\s+|every\s+)?(?:[\w-]+\s+)?{_CONTENT})"
         r"\b", "money straight from the posts", False, r"\b(?:directly|direct|straight)\b"),
        (rf"(?P<head>\bdirect(?:ly)?\s+{g3}{_MONEY})\s+{g4}(?:from|off|through|via)\s+"
         rf"(?:the\s+|our\s+)?(?:[\w-]+\s+)?{_CONTENT}\b", "money straight from the posts", False,
         r"\bdirect"),
        (rf"{_MONEY}\s+{g4}(?:from|off|through|via)\s+(?:the\s+|our\s+)?(?:organic\s+)?"
         rf"(?:[\w-]+\s+)?{_CONTENT}\b\s+(?P<head>{g3}(?:without|alone|by\s+(?:itself|themselves)"
         rf"|on\s+(?:its|their)\s+own))", "money straight from the posts", False,
         r"\b(?:without|alone|itself|themselves|own)\b"),
        (rf"\b(?:organic|unpaid)\s+(?:[\w-]+\s+)?{_CONTENT}\b[^.;:!?]{{0,80}}?"
         rf"(?P<head>{_MONEY})", "money from organic posts", True, r"\b(?:organic|unpaid)\b"),
        # organic posting taken for advertising that sells
        (rf"(?P<head>\bfree\s+(?:advertising|ads|advertisement|marketing|promotion|sales\s+channel)"
         rf"|\bcheapest\s+(?:sales|marketing|advertising)\w*)\b[^.!?]{{0,100}}?"
         rf"(?:{_MONEY}|\bbuy\w*|\bpay\w*)",
         "posting taken for advertising that sells", False,
         r"\b(?:free|cheapest)\b"),
        (r"(?P<head>\bwe\s+post,?\s+(?:and\s+|so\s+(?:that\s+)?)?(?:people|they|customers|clients"
         r"|buyers)\s+(?:can\s+|will\s+)?buy)\b",
         "posting taken for advertising that sells", False,
         r"\bbuy\b"),
        # posts judged by the money they bring
        (rf"(?P<head>\b(?:measur|judg|rat|assess|evaluat|scor|compar)\w*)\s+{_gap(5)}{_CONTENT}\s+"
         rf"{_gap(2)}(?:by|on|in|against|with)\s+(?:the\s+)?{_gap(2)}{_MONEY}",
         "posts judged by the money they bring", False,
         r"\b(?:measur|judg|rat|assess|evaluat|scor|compar)\w*"),
        # the sales of each post counted
        (rf"(?P<head>\b(?:count|track|tally|record|measur|report|log)\w*)\s+(?:the\s+)?"
         rf"(?:(?:sales|revenue|money|takings|orders)\s+(?:of|from|per)\s+(?:each|every)\s+"
         rf"(?:single\s+)?(?:[\w-]+\s+)?{_CONTENT}\b|(?:each|every)\s+(?:[\w-]+\s+)?{_CONTENT}"
         r"['\u2019]s\s+(?:sales|revenue|money|takings|orders))",
         "posts judged by the money they bring", False,
         r"\b(?:count|track|tally|record|measur|report|log)\w*"),
        # social taken for a sales channel
        (rf"\b{_CONTENT}\b\s+(?:[^\s.,;:!?]+\s+){{0,3}}?(?P<head>as\s+(?:a|an|our)\s+(?:direct\s+)?"
         r"(?:(?:sales|selling|revenue|money)\s+(?:channel|machine|tool|engine|outlet|tree)|till"
         r"|cash\s+(?:machine|register|cow)))\b",
         "posting taken for advertising that sells", False,
         r"\b(?:channel|machine|tool|engine|outlet|tree|till|register|cow)\b"),
        # money back for each unit put in, in words
        (r"(?P<head>\b(?:money|cash|revenue|sales|takings)\s+back)\s+(?:for|per|from|on)\s+"
         r"(?:each|every|a|an|one|the)\b", "money back for money put in", False, r"\bback\b"),
        # each post selling directly
        (r"(?P<head>\b(?:sell|sells|sold|selling)\s+(?:\w+\s+)?(?:directly|straight\s+away|by\s+"
         r"(?:itself|themselves)|on\s+(?:its|their)\s+own))\b", "money from each post", False,
         r"\bsel\w*|\bsold\b"),
    )
    return _compiled(frames)


# "Posts that don't sell get deleted": a threat says what is expected.
_KILL_SWITCH = _lazy(
    r"(?:\bnot\b|n['\u2019]t\b|\bno\b)[^.;]{0,80}?\b(?:stop\w*|cut|drop\w*|pull\w*|scrap\w*"
    r"|delet\w*|remov\w*|clos\w*|cancel\w*|kill\w*|axe\w*|discontinu\w*|binned|waste\w*"
    r"|pointless|useless|what['\u2019]?s\s+(?:it|the\s+point)|post\s+(?:\w+\s+){0,3}?again)\b",
    re.IGNORECASE,
)
# What a reflexive return ("pays for itself") must be about: the posts, or a
# pronoun standing for them.
# A noun of undertaking (effort, venture, exercise ...: the words a dictionary gives for
# "a piece of work taken on") stands for the plan's own posting when it is the one to pay
# for itself ("the whole undertaking should pay for itself in extra sales"); a business
# or a thing it bought ("the orchard", "the new oven") does not.
_UNDERTAKING = (r"(?:efforts?|undertakings?|enterprises?|ventures?|exercises?|initiatives?"
                r"|endeavou?rs?|projects?|schemes?|programmes?|programs?|experiments?"
                r"|campaigns?|activit(?:y|ies)|presence)")
_SOURCE_BEFORE = _lazy(rf"\b{_CONTENT}\b|\b(?:it|they|this|that|which)\b"
                       rf"|\b(?:the|our|this|that|whole|entire)\s+(?:[\w-]+\s+)?{_UNDERTAKING}\b",
                       re.IGNORECASE)
_MONEY_RX = _lazy(rf"{_MONEY}|\b{_MONEY_VERB}\b|\bthe\s+till\b|\bpay\w*|\bpaid\b"
                  # stock sold in the trade's word for it ("each post should shift a couple
                  # of drills", "move 20 units"): the verb means selling only with a quantity
                  r"|\b(?:shift|shifts|shifting|flog|flogs|flogging|move|moves|moving)\s+"
                  # (a quantifier is a quantity too: "enough", "plenty of", "lots of")
                  r"(?:at\s+least\s+)?(?:a\s+(?:couple|few|dozen|handful)|\d[\d,]*|dozens"
                  r"|several|enough|plenty\s+of|lots\s+of|a\s+lot\s+of)\s+(?:of\s+)?(?!(?:days?|weeks?|months?|hours?|places?|spots?"
                  r"|steps?|times?)\b)\w+"
                  # paid capacity filled: "each post should fill two tables"
                  r"|\bfill\w*\s+(?:[\w-]+\s+){0,3}?(?:tables?|seats?|rooms?|places?|slots?|covers"
                  r"|classes|sessions|appointments|beds)\b", re.IGNORECASE)


def roi_roles(field: Field) -> Iterator[tuple[Sentence, Role]]:
    """Money expected from the posts themselves (SMA404), not from paid ads or a shop."""
    ctx = field.ctx
    frames = _roi_frames()
    for i, m in _raw_matches("roi", field):
        _, what, want, _ = frames[i]
        sentence = field.locate(m.start(), m.start("head"), m.end("head"))
        if sentence is None:
            continue
        text = sentence.text
        head, end = m.start("head") - sentence.start, m.end("head") - sentence.start
        body = sentence.scope(head)[2]
        if _paid(body, ctx):
            continue
        if want and not (ctx.goal or _WANT.search(body) or _KILL_SWITCH.search(body)
                         or _WANT.search(sentence.introduced(head)) or endorsed(sentence, head)):
            continue
        if what == "money from each post" and not _MONEY_RX.search(body):
            continue
        if what == "the cost of posting covered by sales" and not _CONTENT_RX.search(text):
            continue  # "the new van is paid for by contracts": not a cost of posting
        if what == "the posts paying for themselves" and not _SOURCE_BEFORE.search(
                text, max(0, head - 200), head):
            continue  # "make the farm pay its way": not the posts
        yield sentence, Role(head, end, what, words_of(m))
    # the posts and a sale in one clause that expects it: "a post is an advert, so it has to
    # sell something", "the café should fund the intern from sales to people who saw our posts"
    for m in _SALE.finditer(field.text):
        sentence = field.sentence_at(m.start())
        if sentence is None:
            continue
        head = m.start() - sentence.start
        body = sentence.scope(head)[2]
        # the posts named in the clause, or in its sentence with a pronoun standing for them
        named = _CONTENT_RX.search(body) or (_PRONOUN.search(body) and _CONTENT_RX.search(
            sentence.text, max(0, head - REACH), head))
        if named and (_EXPECT_SALE.search(body) or _KILL_SWITCH.search(body)
                      or endorsed(sentence, head)) and not (
                _INDIRECT.search(body) or _paid(body, ctx)):
            yield sentence, Role(head, head + len(m.group()), "money expected from the posts",
                                 words_of(m))


# The sale itself: selling, or the money it brings (a closed class of nouns).
_SALE = _lazy(r"\b(?:sell|sells|selling|sold|sales?|revenue|takings|till|income|profits?|money"
              r"|cash|fees"
              # goods moved, in a mass noun of goods (a closed class): "if it moves product"
              r"|(?:shift|shifts|shifting|move|moves|moving|flog|flogs|flogging)\s+(?:the\s+|more\s+"
              r"|our\s+)?(?:product|products|stock|merchandise|merch|inventory|goods|units))\b"
              # a noun naming people or a meeting after the word ("the sales meeting", "our
              # sales team") makes it a name for who or where, not money taken
              r"(?!\s+(?:meetings?|teams?|managers?|reps?|staff|department|office|director"
              r"|people|force|desk|calls?|assistants?|conference)\b)",
              re.IGNORECASE)
_CONTENT_RX = _lazy(rf"\b{_CONTENT}\b", re.IGNORECASE)
_PRONOUN = _lazy(r"\b(?:it|they|each\s+one|every\s+one)\b", re.IGNORECASE)
# Expecting, in words stronger than a forecast.
_EXPECT_SALE = _lazy(
    r"\b(?:expect\w*|want\w*|need\w*|should|must|has\s+to|have\s+to|ought\s+to|supposed\s+to"
    r"|requir\w*|so\s+that|or\s+(?:it['\u2019]s|else|we)|otherwise|meant\s+to|intended\s+to"
    r"|designed\s+to"
    # a sale as the reason or point of posting: "the only reason we'd post is if it sells"
    r"|(?:only|sole|whole|main|one)\s+(?:reason|point|purpose))\b", re.IGNORECASE)
# Money that comes by a longer road: through trust, visits, help, in time.
_INDIRECT = _lazy(
    r"\b(?:help\w*|support\w*|contribut\w*|lead\w*\s+to|follow\w*|eventually|over\s+time"
    r"|in\s+time|later|indirect\w*|trust|relationships?|reputation|remember|visits?|walk\s+in"
    r"|counter|in\s+person|by\s+phone)\b", re.IGNORECASE)


# --------------------------------------------------------------------------
# SMA501: results expected within a short span

_SMALL = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_NUMBER_WORDS: dict[str, float] = {
    **{w: float(i) for i, w in enumerate(_SMALL, 1)},
    **{w: float(10 * i) for i, w in enumerate(_TENS, 2)},
    "a": 1, "an": 1, "few": 3, "several": 3, "couple": 2, "half": 0.5, "hundred": 100,
}
_NUM = (rf"(?:\d+(?:[.,]\d+)?|(?:{'|'.join(_TENS)})(?:[-\s](?:{'|'.join(_SMALL[:9])}))?"
        rf"|{'|'.join(_SMALL)}|a\s+few|a\s+couple(?:\s+of)?|couple\s+of|several|half\s+an?"
        r"|an?)")
# Units of time, in months (a month is 30 days, as in ``smaudit.model.durations``).
_UNIT_MONTHS = {"hour": 1 / 720, "hr": 1 / 720, "day": 1 / 30, "week": 7 / 30, "wk": 7 / 30,
                "fortnight": 14 / 30, "month": 1.0, "mo": 1.0, "quarter": 3.0, "term": 3.0,
                "season": 3.0, "year": 12.0, "yr": 12.0,
                "daily": 1 / 30, "weekly": 7 / 30, "monthly": 1.0, "quarterly": 3.0}
_UNIT = r"(?:hours?|hrs?|days?|weeks?|wks?|fortnights?|months?|mos|quarters?|terms?|years?|yrs?)"
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "twelfth": 12}
# Calendar words with the month they stand for (northern seasons, by their start).
_CALENDAR = {
    **{m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june",
                                   "july", "august", "september", "october", "november",
                                   "december"], 1)},
    **{m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                                   "oct", "nov", "dec"], 1)},
    "sept": 9, "spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12, "easter": 4,
    "christmas": 12, "xmas": 12, "halloween": 10, "thanksgiving": 11,
    "q1": 3, "q2": 6, "q3": 9, "q4": 12,
}
#: The seasons among the calendar words: each runs three months from the month it stands for.
_SEASONS = frozenset(("spring", "summer", "autumn", "fall", "winter"))
_CAL_WORDS = "|".join(sorted(_CALENDAR, key=len, reverse=True))


# Every span pattern below opens each alternative with ``\b`` and a word character, so
# a match can only start where a word does: saying so up front lets the regex engine
# reject every other position with one test instead of trying each alternative there.
_WORD_START = r"\b(?=\w)(?:"


@cache
def _unit_spans() -> Any:
    """Spans counted in units of time: "three weeks", "the first 30 days", "the next
    quarterly review", "by week four", "within days". Searched only just before and
    after a unit word, as trying a number at every word of a text is slow."""
    num_range = rf"{_NUM}(?:\s*(?:-|\u2013|to|or)\s*{_NUM})?"
    # "coming" leads only after "the" ("the coming weeks"): "coming back monthly" is a habit
    # "opening hours", "opening days" are when a place is open, not the first hours of a plan
    lead = (r"first|next|(?<=the\s)coming|initial|opening(?!\s+(?:hours?|hrs?|days)\b)"
            r"|following|this")
    return _lazy(
        _WORD_START +
        rf"\b(?:(?P<ord>{lead})\s+(?:(?!\d)[a-z-]+\s+)?)?(?P<num>{num_range})[\s-]+"
        r"(?:(?:more|single|short|full|whole)\s+)?"
        rf"(?P<unit>{_UNIT})\b"
        rf"|\b(?P<ord2>{lead})\s+(?:(?!\d)[a-z-]+\s+)?(?P<unit2>{_UNIT}|quarterly|monthly|weekly)\b"
        rf"|\b(?:(?:by|from|in|at|before|until|till|within|after|during)\s+(?:(?:the\s+)?end\s+of\s+)?"
        # a heading in note form: "week 1: orders up", "month 2 - first bookings"
        rf"|(?=(?:week|month|day)\s+\w+\s*[:=\u2013\u2014-])"
        # a heading that names results, then the time: "Results expected: week 3"
        rf"|(?<=:\s)(?=(?:week|month|day)\s+\d))"
        rf"(?P<unit3>week|month|day|quarter|year)\s+(?P<n3>\d+|{'|'.join(_SMALL[:12])})\b"
        rf"|\b(?:by|in|within|during|from|before|until|after)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?"
        rf"(?P<ord4>{'|'.join(_ORDINALS)}|\d+(?:st|nd|rd|th))\s+(?P<unit4>{_UNIT})\b"
        r"|\b(?:(?:by|before|until|till|at)\s+the\s+end\s+of|within|inside|during)\s+the\s+"
        r"(?:same\s+|current\s+)?(?P<unit6>week|month|quarter|term)\b"
        r"|\b(?:within|in|inside)\s+(?:a\s+matter\s+of\s+|just\s+|only\s+|mere\s+)?"
        r"(?P<unit5>days|weeks)\b)",
        re.IGNORECASE,
    )


# A word each span of ``_other_spans`` holds; a text with none of them has no such span.
_SPAN_KEYS = frozenset((
    "immediately immediate instantly instant away once asap possible time overnight quick "
    "first post "
    "quickly fast rapid rapidly day start outset get-go after launch soon posts videos reels "
    "updates stories tweets clips same afternoon evening morning night weekend tomorrow "
    "tonight monday tuesday wednesday thursday friday saturday sunday then point date now "
    + " ".join(f"{d}{s}" for d in range(1, 32) for s in ("st", "nd", "rd", "th")) + " "
    + " ".join(_CALENDAR) + " " + " ".join(str(y) for y in range(1990, 2100))
).split())


@cache
def _other_spans() -> Any:
    """Spans named by a word of speed or a date: "right away", "the same week", "by then",
    "by the weekend", a month, season, feast or quarter, a year."""
    return _lazy(
        _WORD_START +
        r"(?P<now>\b(?:immediately|immediate|instantly|instant|right\s+away|straight\s+away|at\s+once|asap"
        r"|as\s+soon\s+as\s+possible|in\s+no\s+time|overnight|quick\s+wins?|quick\s+results?"
        r"|quickly|fast|rapid(?:ly)?|on\s+day\s+(?:one|1)|from\s+day\s+(?:one|1)"
        r"|from\s+the\s+(?:very\s+)?(?:start|first\s+(?:day|post|posts|week)|outset|get-go)"
        r"|(?:straight|right|immediately|directly|just)\s+after|from\s+launch"
        # the day or week named by when posting starts, after "after" or as a clause of its
        # own: "the first Saturday after launch", "the first week the account is live", "the
        # week we go live"
        r"|the\s+(?:very\s+)?(?:first\s+)?(?:day|week|weekend|monday|tuesday|wednesday|thursday"
        r"|friday|saturday|sunday)\s+(?:(?:after|that|when|once)\s+)?(?:(?<=after\s)(?:launch"
        r"|going\s+live|opening)|the\s+first\s+post|we\s+(?:launch|go\s+live|start\s+posting"
        r"|first\s+post|open)"
        r"|(?:(?:the|our)\s+(?:[\w'\u2019-]+\s+)?(?:page|account|profile|feed|channel|site|shop)|it)"
        r"\s+(?:is|goes"
        r"|went|comes|gets)\s+(?:up|live|online|open))"
        # (and in reported speech, its tense shifted back: "as soon as the page went live")
        r"|as\s+soon\s+as\s+(?:we|it|they|(?:the|our)\s+(?:[\w-]+\s+)?[\w-]+)\s+(?:launch|go"
        r"|start|open|post|is|are"
        r"|went|was|were)\w*"
        r"|(?:\d+|one|two|three|four|five|a\s+few|a\s+couple\s+of|a\s+handful\s+of)\s+"
        r"(?:posts|videos|reels|updates|stories|clips)\s+in"
        # a small count of posts as all the effort, after a preposition of time or of means
        # ("after a handful of posts", "off the back of two or three posts", "on the
        # strength of a few reels", "with just two videos")
        rf"|(?:after|within|from|off\s+the\s+back\s+of|on\s+the\s+strength\s+of|thanks\s+to"
        rf"|with\s+(?:just|only)|with\s+a\s+mere)\s+(?:just\s+|only\s+)?(?:the\s+|a\s+)?"
        rf"(?:first\s+)?(?:handful|few|couple|dozen|\d+|{'|'.join(_SMALL)}|{'|'.join(_TENS)})"
        rf"(?:\s+or\s+(?:\d+|{'|'.join(_SMALL)}))?\s+(?:of\s+)?(?:posts|videos|reels|updates|stories"
        r"|tweets|clips)(?!\s+(?:a|per|each|every)\s+(?:day|week|month|fortnight)\b)"
        r")\b)"
        r"|(?P<sameday>\b(?:the\s+)?same\s+(?:day|week|evening|afternoon|morning|night)"
        r"|\b(?:by|before|until)\s+(?:the|that)\s+(?:afternoon|evening|morning|night))\b"
        r"|(?P<weekday>\b(?:by|before|until|till)\s+(?:the\s+)?(?:weekend|tomorrow|tonight|monday"
        r"|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}(?:st|nd|rd|th)))\b"
        # "by then", and "until then" / "before then" (what must be done before an
        # event named earlier: "the season begins in three weeks, and until then ...")
        r"|(?P<then>\b(?:by|until|till|before)\s+(?:then|that\s+(?:time|point|date)))\b"
        r"|(?P<needs_now>\b(?:need|want|expect)\w*\s+(?:[\w'\u2019-]+\s+){0,4}?now)\b"
        r"(?!\s+(?:that|on))"
        rf"|\b(?:(?P<cend>end|close)\s+of\s+(?:the\s+)?)?(?P<cal>{_CAL_WORDS})\b"
        r"(?:\s+(?:of\s+)?(?P<cyear>(?:19|20)\d\d))?"
        r"|\b(?:(?P<yend>end)\s+of\s+|by\s+|before\s+|until\s+|the\s+)(?P<year>20\d\d)\b)",
        re.IGNORECASE,
    )


# Before a span, words that make it when something happens rather than when
# results are due: "the shop opens in three weeks", "the pilot runs 8 weeks",
# "we start posting in November".
_SCHEDULE = _lazy(
    # (with "re-": "the pool reopens in five weeks" is a date, as "opens" is)
    r"(?:\b(?:re-?)?(?:opens?|opening|launch\w*|starts?|starting|begins?|beginning"
    r"|go(?:es)?\s+live|going\s+live|kicks?\s+off|posting)\s+(?:[a-z]+\s+){0,3}?"
    r"|\b(?:runs?|running|lasts?|is|are|takes?\s+place)\s+)"
    r"(?:(?:in|on|at|from|for|around)\s+)?(?:the\s+)?"
    r"(?:(?:beginning|start|middle|end)\s+of\s+(?:the\s+)?)?(?:mid-?|early\s+|late\s+)?$",
    re.IGNORECASE,
)
# Before a date results are due by.
_DEADLINE = _lazy(
    r"\b(?:by|before|until|till|in\s+time\s+for|ahead\s+of|in|for|no\s+later\s+than)\s+"
    r"(?:the\s+)?(?:(?:end|close|start|beginning|middle)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:mid|early|late)[\s-]*)?$", re.IGNORECASE)
_STARTING = _lazy(r"\b(?:launch\w*|start\w*|go(?:es)?\s+live|first\s+post|open\w*|begin\w*)\b",
                  re.IGNORECASE)
# "By the time the new term starts in three weeks": an event's date as the deadline.
_BY_THE_TIME = _lazy(r"\b(?:by\s+the\s+time|before|until|till|ahead\s+of)\b[^,.;:]{0,50}$"
                     # an event due by, dated by a relative clause: "full by the school
                     # holidays, which start in five weeks"
                     r"|\b(?:by|before|until|till|ahead\s+of|in\s+time\s+for)\s+(?:the\s+)?"
                     r"[^,.;:]{0,40},?\s*(?:which|that|when)\s+[^,.;:]{0,30}$",
                     re.IGNORECASE)
# The time a plan is given before it is judged: "we give it six weeks".
_GIVE = _lazy(r"\b(?:give|gives|giving|gave|allow\w*|grant\w*)\s+(?:it|this|them|us"
                   r"|the\s+[\w-]+|social(?:\s+media)?)?\s*(?:only\s+|just\s+)?$", re.IGNORECASE)
# A rate or a repetition, not a horizon: "three times a week", "every two weeks".
_RATE = _lazy(r"\b(?:(?:times|twice|once)(?:\s+(?:in|a|per|each|every))?|every|per|each|a|an)"
                   r"\s*$", re.IGNORECASE)
_TIME_PREP = _lazy(
    r"\b(?:in|within|inside|under|by|after|before|from|during|than|of|for|until|till|over|it)"
    r"(?:\s+(?:just|only|a\s+mere|barely))?\s*$", re.IGNORECASE)
# Work done fast, reviews and early learning are not results expected soon:
# serving customers, looking at numbers, publishing (closed class of verbs).
# The verbs of answering someone (a closed class): what customer service does.
_ANSWERING = r"(?:repl(?:y|ies|ied|ying)|answer\w*|respond\w*|acknowledg\w*|get\s+back)"
_ACTIVITY = _lazy(
    r"\b(?:" + _ANSWERING + r"|call\w*\s+back"
    r"|review\w*|measur(?:e|es|ed|ing)\b|assess\w*|evaluat\w*|judg\w*|check\w*"
    r"|look\s+(?:only\s+)?(?:again|at|if|whether|for)"
    r"|report\w*"
    # verbs of looking, a closed class: an early look is not a result expected ("peek at
    # reservations after a few weeks", "glance at the numbers"), nor is looking to learn
    # ("to see if anything stirs", "see how the posts land")
    r"|peek\w*|peep\w*|glanc\w*|skim\w*|scan(?:s|ned|ning)?|inspect\w*|examin\w*|monitor\w*"
    r"|(?:take|took|taking)\s+stock|(?:see|seeing)\s+(?:whether|if|how|what)"
    r"|ship\w*|deliver(?!\w*\s+(?:\w+\s+)?(?:results?|returns?|sales|leads|bookings|customers))\w*"
    r"|dispatch\w*|learn\w*|test\w*|trial\w*|set\s+up|setting\s+up"
    r"|announc\w*|decid\w*|decision|verdict|watch\w*|track\w*|tweak\w*|adjust\w*|proof\w*"
    r"|share\s+the|sharing\s+the|publish\w*|reach\s+out|follow[\s-]up"
    # posting itself as the milestone: "week 2: first posts up", "page live"
    r"|(?:first\s+)?posts?\s+(?:up|live|out)|(?:page|account|profile)\s+(?:up|live|set\s+up))\b",
    re.IGNORECASE,
)
# Early signs judged early are healthy: a span about them, anywhere in the
# clause, is a time for learning, not for results.
_EARLY_SIGNS = _lazy(
    r"\b(?:early\s+(?:signs?|signals?|indicators?)|leading\s+(?:signs?|indicators?)|comments"
    r"|saves|replies|reactions|first\s+look|learn\w*|test(?:s|ing)?|trial\w*|tells?\s+us"
    # the platform's counts come first and say nothing yet of results
    r"|(?:first\s+)?followers|likes|views|impressions"
    r"|audience\s+building|what\s+works)\b"
    # groundwork the first months are spent on: being known is not yet a result
    r"|\b(?:build\w*|grow\w*|gain\w*|earn\w*)\s+(?:\w+\s+)?(?:familiarity|awareness|recognition"
    r"|trust|a\s+following|an\s+audience|relationships?|foundations?|groundwork)\b"
    r"|\b(?:lay\w*|laid)\s+(?:the\s+)?(?:groundwork|foundations?)\b"
    r"|\b(?:get|gets|getting)\s+(?:\w+\s+)?known\b|\b(?:warm\w*|bed\w*|settl\w*)\s+in\b",
    re.IGNORECASE,
)
# Generic words for an outcome (a closed class: they name *that* something
# results, not what).
_OUTCOME = _lazy(
    r"\b(?:results?|outcomes?|returns?|success|impact|difference|roi|payoff|uplift|lift|growth"
    r"|increase|wins?|full|packed|busy|sold\s+out|booked\s+(?:up|solid)"
    r"|fully\s+(?:booked|subscribed|sold)|oversubscribed|sell-?out)\b",
    re.IGNORECASE,
)
# "by the budget review", "at the board meeting": a date named by an event.
_DEADLINE_NOUN = _lazy(
    r"\b(?:by|before|until|till|at|for|ahead\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:reviews?|meetings?|decisions?|verdicts?|reports?|checks?)\b", re.IGNORECASE)
# A span counted from the plan's own start: "the first month", "the next few weeks".
_PLANS_OWN_SPAN = _lazy(r"(?:(?:in|within|during|by|over)\s+)?(?:the\s+|our\s+)?(?:very\s+)?"
                        r"(?:first|next|opening|coming)\b", re.IGNORECASE)
# The customers' own span: "through their first six weeks", "in her first term".
_THEIRS_BEFORE = _lazy(r"\b(?:their|his|her)\s+$", re.IGNORECASE)
# The customers' own calendar after a span: "within a month of their first visit".
_THEIR_CALENDAR = _lazy(r"\s+(?:of|after|from)\s+(?:their|his|her|each|every)\b", re.IGNORECASE)
# A span that measures what customers do ("a second visit within 60 days of
# their first", "4% usually buy within 60 days"): a habit, not a deadline.
_WINDOW_OF_CUSTOMER = _lazy(
    r"\b(?:second\s+(?:visit|order|purchase|booking|time|stay)|repeat|again|another"
    r"|return(?:ing)?\s+(?:visits?|customers?|guests?|clients?)"
    r"|re-?order\w*|usually|typically|normally"
    # a customer doing something again (verbs of repeating): "rebook within 8 weeks" is
    # how often they come back, not a deadline for results
    r"|re-?(?:book|visit|purchase|buy|subscribe|enrol|register|join)(?:s|ed|ing)?"
    r"|renew(?:s|ed|ing|als?)?"
    # each of many things' own first days: "sell out each release on its first weekend"
    r"|\b(?:each|every)\s+[^.;]{0,40}\bits\s+(?:first|opening|launch)\b"
    # a window that recurs with each release or event: "300 copies per release within 8 weeks"
    r"|per\s+(?!(?:day|week|month|year|quarter|annum|cent)\b)[a-z]+"
    r"|on\s+average|tend\s+to)\b|\bof\s+(?:their|his|her|joining|signing|buying|purchase"
    r"|each|every)\b"
    # the customers' own calendar: "to collect it in their first weeks of term"
    # (the prepositions of a stretch of time, a closed class: "through their first weeks")
    r"|\b(?:in|during|within|by|over|past|after|for|through|throughout|across|into)\s+"
    r"(?:the\s+)?(?:their|his|her)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:days?|weeks?|fortnights?|months?|terms?|semesters?|years?|visits?"
    r"|stays?|membership)\b"
    # still doing it at a point of their tenure: "members still visiting in month four"
    r"|\bstill\s+(?!(?:expect|hop|want|need|wait|count|aim|think)\w*\b)\w+ing\b"
    r"|\bstill\s+(?:active|members?|subscribed|enrolled|with\s+us|here|around)\b",
    re.IGNORECASE)
# A span that measures the delay between two numbers ("fee income lags placements by two
# months", "donations trail sign-ups by six weeks", "paid three weeks after each order"):
# how one follows the other, not a deadline. The verbs of lagging are a closed class.
_LAG = _lazy(r"\b(?:lag|lags|lagged|lagging|trail|trails|trailed|trailing)\b"
             r"|\b(?:behind|after)\s+(?:each|every|the)\s+(?:[\w-]+\s+)?(?:order|booking|sale"
             r"|placement|enquiry|inquiry|invoice|sign-?up|visit|purchase)s?\b", re.IGNORECASE)
# Something counted that customers book or buy ("more eye tests booked", "40 extra
# trial classes sold"): a result, whatever the thing is called, even when its name is
# also a word for work or learning ("tests", "trials", "reviews").
_BOOKED_RESULT = _lazy(
    r"\b(?:more|extra|additional|\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+"
    r"(?:booked|sold|ordered|bought|reserved|paid\s+for|signed\s+up\s+for)\b", re.IGNORECASE)
# Reach grown as a measured target ("double the reach of our posts across the region"):
# the territory is the scope of a number the plan sets, not content spreading by itself.
_REACH_TARGET = _lazy(r"\b(?:double|doubling|triple|tripling|grow|growing|increase|increasing|raise"
                      r"|raising|boost|boosting|improve|improving|expand|expanding|extend|extending"
                      r"|lift|lifting)\s+(?:the\s+|our\s+|its\s+)?(?:\w+\s+)?(?:reach|audience"
                      r"|following|awareness|visibility|footprint)\b", re.IGNORECASE)
# A verb of serving someone, then what is served, before a word of speed: "answer
# questions quickly", "reply to every message fast" (verbs of answering, a closed class).
_SERVICE_SPEED = _lazy(r"\b(?:" + _ANSWERING + r"|deal\w*\s+with)\b[^.;]{0,60}$", re.IGNORECASE)
# A verb of spreading right before a word of speed ("spread rapidly", "shared fast").
_SPREAD_SPEED = _lazy(r"\b(?:spread\w*|shar(?:e|ed|es|ing)|circulat\w*|travel\w*|catch\w*\s+on"
                      r"|passed\s+(?:round|around|on))\s+(?:\w+\s+)?$", re.IGNORECASE)
# A span said to bring little: "the first months are slow", "a quiet first quarter".
_SLOW = _lazy(r"\b(?:is|are|will\s+be|tends?\s+to\s+be|can\s+be|may\s+be|might\s+be|be|being"
              r"|stay|stays)\s+(?:\w+\s+)?(?:slow|slower|quiet|quieter|flat|lean)\b",
              re.IGNORECASE)
# "Results by the summer holidays": the word for results itself (not "a win").
_RESULTS = _lazy(r"\b(?:results?|returns?|outcomes?|impact|roi|payoff|pay-off)\b", re.IGNORECASE)
_SUBCLAUSE = _lazy(r",|\band\b|\bwhile\b|\bwhereas\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Span:
    """A span found in a text: where, how many months from now, what kind, the words."""

    start: int
    end: int
    months: float | None
    kind: str  # "span", "schedule", "then", "calendar", "runway"
    words: str
    # calendar: (month, year, the months its "end of" adds)
    month: tuple[int, int | None, int] | None = None


# "a month after the first listing video", "a week later", "a month into the plan": a span
# counted from an event by a postposition of time (a closed class), not a rate, unless a
# count stands before it ("forty a week after a year" is a rate).
_COUNTED_FROM = _lazy(r"\s+(?:after|later|into|since|on\s+from)\b", re.IGNORECASE)
_COUNT_BEFORE = _lazy(rf"\b(?:\d[\d,.%]*|{'|'.join(_SMALL)}|{'|'.join(_TENS)}|hundred|dozen"
                      r"|thousand)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _amount(words: str) -> float:
    words = words.lower().replace("-", " ")
    parts = re.split(r"\s*(?:\u2013|\bto\b|\bor\b|(?<=\d)\s*-\s*(?=\d))\s*", words)
    best = 0.0
    for part in parts:
        tokens = [t for t in part.split() if t != "of"]
        value = 0.0
        for token in tokens:
            if token[0].isdigit():
                try:
                    value += float(token.replace(",", "."))
                except ValueError:
                    value += 1
            else:
                value += _NUMBER_WORDS.get(token, 0)
        best = max(best, value or 1.0)
    return best


def _unit(word: str) -> float:
    word = word.lower()
    return _UNIT_MONTHS.get(word, _UNIT_MONTHS.get(word.rstrip("s"), 1.0))


@cache
def _span_anchor() -> Any:
    """The word a span counted in units ends with (searched across every text the
    overnight judgement reads, so grouped by first letter: ``alternation``)."""
    return _lazy(rf"\b{by_first_letter(f'(?:{_UNIT[3:-1]}|quarterly|monthly|weekly)')}\b",
                 re.IGNORECASE)


def _span_matches(text: str, field: Field | None) -> list[_Found]:
    """The spans of both kinds in reading order; where two overlap, the one that starts
    first (or, starting together, the longer) stands, as one alternation would pick.

    Each sentence is searched on its own (``_sentence_finds``)."""
    found: list[_Found] = []
    sentences = field.sentences if field is not None else _split(text)[0]
    for finds, shift in _sentence_finds(text, sentences):
        spans = finds.spans()
        found += [_Placed(m, shift) for m in spans] if shift else spans
    found.sort(key=lambda m: (m.start(), -m.end()))
    kept: list[_Found] = []
    for m in found:
        if not kept or m.start() >= kept[-1].end():
            kept.append(m)
    return kept


@lru_cache(maxsize=1024)
def _spans_cached(text: str) -> list[_Span]:
    """The spans of a short text, found once for every plan that repeats it."""
    return list(_spans(text))


def _spans(text: str, field: Field | None = None) -> Iterator[_Span]:
    for m in _span_matches(text, field):
        g = m.groupdict()
        words = words_of(m)
        before = text[max(0, m.start() - 40):m.start()]
        if g.get("unit"):
            num = g.get("num")
            if num.lower() in ("a", "an") and not _TIME_PREP.search(before) and not (
                    _COUNTED_FROM.match(text, m.end()) and not _COUNT_BEFORE.search(before)):
                continue  # "30 bookings a quarter": a rate
            after = text[m.end():m.end() + 24]
            if _RATE.search(before) or re.match(r"\s+(?:ago|to\s+(?:the\s+next|another)|(?:a|an|per"
                                                r"|each|every)\s+(?:day|week|month|year))\b",
                                                after, re.IGNORECASE):
                continue  # a rate, a time past, "from one month to the next"
            if num.lower() in ("a", "an") and g.get("unit").lower() == "quarter" and \
                    re.search(r"\bby\s*$", before, re.IGNORECASE):
                continue  # "grow by a quarter": a proportion
            if re.fullmatch(r"\S+-\S+", words) and not g.get("unit").lower().endswith("s") \
                    and re.match(r"\s+[\"'\u201c\u2018(]?[a-z]", after):
                continue  # "the six-week course", the 3-day "taster" pass: how long it lasts
            if _GIVE.search(before):
                yield _Span(m.start(), m.end(), _amount(num) * _unit(g.get("unit")), "given",
                            words)
                continue
            months = _amount(num) * _unit(g.get("unit"))
            kind = "span"
            if re.match(r"\s+(?:before|ahead)\b", text[m.end():m.end() + 8]):
                kind = "runway"
        elif g.get("unit2"):
            if (g.get("ord2") or "").lower() == "this" and g.get("unit2").lower().startswith(
                    "year"):
                continue
            if g.get("unit2").lower().endswith("s") and g.get("ord2").lower() in (
                    "next", "coming", "following") and not (
                    g.get("unit2").lower().startswith(("week", "day"))
                    and re.search(r"\b(?:few|handful)\b", words, re.IGNORECASE)):
                continue  # "in the coming weeks": no horizon; "the next few weeks" has one
            months = _unit(g.get("unit2")) * (0.5 if g.get("unit2").lower().endswith("s")
                                                and g.get("unit2").lower() != "days" else 1)
            kind = "span"
        elif g.get("unit3"):
            months = _amount(g.get("n3")) * _unit(g.get("unit3"))
            kind = "span"
        elif g.get("unit4"):
            ordinal = g.get("ord4").lower()
            n = _ORDINALS.get(ordinal) or int(re.sub(r"\D", "", ordinal) or 1)
            months = n * _unit(g.get("unit4"))
            kind = "span"
        elif g.get("unit6"):
            months = _unit(g.get("unit6"))
            kind = "span"
        elif g.get("unit5"):
            months = 2 * _unit(g.get("unit5"))
            kind = "span"
        elif g.get("now") or g.get("needs_now"):
            months, kind = 0.0, "span"
            if re.search(rf"\b{_NUM}[\s-]+{_UNIT}\s*$", before, re.IGNORECASE):
                continue  # "twelve months from launch": a point to count from
            if words.lower() == "overnight" and re.match(r"[ \t-]+[a-z]", text[m.end():]) and \
                    not re.match(r"[ \t-]+(?:and|or|but|to|with|from|for|on|in|by|if|as|like"
                                 r"|just|once|when|after|then|thanks|now|already|again|too"
                                 r"|either"
                                 r"|success\w*|sensation\w*|results?|hits?|growth|fame|change"
                                 r"|transformation|turnaround|wins?|sales)\b",
                                 text[m.end():], re.IGNORECASE):
                continue  # "overnight stays", "the overnight shift": a time of day
            if words.lower() == "overnight" and re.search(
                    r"\b(?:stay|stays|stayed|staying|sleep|sleeps|slept|sleeping|camp|camps|camped"
                    r"|camping|park|parks|parked|parking|lodge|lodging|remain|remains|moor|moored"
                    r"|rest|rests|leave|left|keep|kept)\s*$", before, re.IGNORECASE):
                continue  # "visitors who stay overnight": a verb of lodging, a time of day
        elif g.get("sameday"):
            months, kind = 0.03, "span"
        elif g.get("weekday"):
            # days from when posting starts ("launch on Monday ... full by the weekend");
            # without a start in the sentence, a weekday is a recurring deadline
            if not _STARTING.search(text, max(0, m.start() - 200), m.start()):
                continue
            months, kind = 0.2, "span"
        elif g.get("then"):
            months, kind = None, "then"
        elif g.get("cal"):
            word = g.get("cal")
            lower = word.lower()
            if re.match(r"\s*(?:-|\u2013|to|through|until)\s*\w", text[m.end():m.end() + 12]) or \
                    re.search(rf"(?:\b(?:{_CAL_WORDS}|\d+)\s*(?:-|\u2013)|\bto|\bthrough|\bfrom)\s*$",
                              before, re.IGNORECASE):
                continue  # "Nov-Feb", "from March to June": a period, not a deadline
            if lower in ("may", "march", "fall", "mar", "jan", "jun", "dec", "sep", "oct", "nov",
                         "aug", "apr", "feb", "jul") and not (
                    word[0].isupper() or re.search(r"\b(?:by|in|before|until|till|of|from)\s*$",
                                                   before, re.IGNORECASE)):
                continue  # "may", "march", "fall" as verbs
            if _recurring(text, m.start("cal"), m.end("cal")):
                continue  # "in May and June", "every July": when it happens, not a deadline
            year = g.get("cyear")
            # "the end of" a month is a month on from its start, of a season three
            closes = (3 if lower in _SEASONS else 1) if g.get("cend") else 0
            yield _Span(m.start(), m.end(), None, "calendar", words,
                        (_CALENDAR[lower], int(year) if year else None, closes))
            continue
        else:
            year = int(g.get("year"))
            early = re.search(r"\bbefore\s*$", before, re.IGNORECASE) or words.lower().startswith(
                "before")
            yield _Span(m.start(), m.end(), None, "calendar", words, (1 if early else 12, year,
                                                                      0))
            continue
        if _SCHEDULE.search(before) and kind == "span" and not g.get("now") and not \
                _BY_THE_TIME.search(before) and not _AFTER_START.match(text, m.end()):
            kind = "schedule" if kind != "runway" else kind
        yield _Span(m.start(), m.end(), months, kind, words)


# Calendar words joined in a list ("in May and June", "April, May and June",
# "in May and again in September"): a set of periods at which something recurs. The
# links are a closed class (a comma, "and", "or", "&", with "again"/"also"/"then" and a
# preposition of time repeated).
_CAL_LINK = (r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:(?:again|also|then)\s+)?"
             r"(?:(?:in|during|over|through|throughout)\s+)?(?:the\s+)?")
_CAL_LIST = _lazy(rf"\b(?:{_CAL_WORDS})\b(?:{_CAL_LINK}\b(?:{_CAL_WORDS})\b)+", re.IGNORECASE)
# What makes a list of dates one deadline after all: "by March or April".
_DEADLINE_ONLY = _lazy(r"\b(?:by|before|until|till|ahead\s+of|in\s+time\s+for|no\s+later\s+than)"
                       r"\s+(?:the\s+)?(?:(?:end|close)\s+of\s+(?:the\s+)?)?(?:(?:mid|early|late)"
                       r"[\s-]*)?$", re.IGNORECASE)
# A distributive quantifier before a calendar word makes it recur: "every spring".
_EVERY = _lazy(r"\b(?:every|each|most|all)\s+(?:the\s+)?$", re.IGNORECASE)
_VERB_LIKE = frozenset(("may", "march", "fall"))


def _recurring(text: str, start: int, end: int) -> bool:
    """Whether the calendar word at ``text[start:end]`` names a period at which something
    recurs ("every spring", one of "in July, August and December") rather than a date
    results are due by. A list opened by a deadline preposition ("by March or April")
    stays a deadline."""
    if _EVERY.search(text, max(0, start - 20), start):
        return True
    near = text[max(0, start - 30):end + 30]
    if "," not in near and "&" not in near and " and " not in near and " or " not in near:
        return False  # no link beside it: a date on its own
    lo = max(0, start - 120)
    for m in _CAL_LIST.finditer(text, lo, min(len(text), end + 120)):
        if m.start() > start:
            break
        if m.end() < end:
            continue
        members = re.findall(rf"\b(?:{_CAL_WORDS})\b", m.group(), re.IGNORECASE)
        if any(w.lower() in _VERB_LIKE and not w[0].isupper() for w in members):
            return False  # "in April and may well ...": a modal, not a list
        return not _DEADLINE_ONLY.search(text, max(0, m.start() - 30), m.start())
    return False


def _reference(text: str, spans: list[_Span], ctx: Context) -> tuple[int, int] | None:
    """The month results are counted from: when the field says posting starts ("we start
    posting in November"), else when the plan starts."""
    for span in spans:
        if span.kind == "calendar" and span.month and _SCHEDULE.search(
                text[max(0, span.start - 40):span.start]):
            month, year = span.month[0], span.month[1]
            if ctx.start and year is None:
                year = ctx.start[0] + (1 if month < ctx.start[1] else 0)
            return (year or 0, month)
    return ctx.start


def _months_after(ref: tuple[int, int], month: tuple[int, int | None, int]) -> float | None:
    """Months from ``ref`` to a calendar date: its month, its year if named, and the
    months its "end of" adds (0 for a bare date)."""
    target, year, end_of = month
    if year is None:
        diff = (target - ref[1]) % 12
        if diff == 0:
            # "by the end of January" in a plan that starts in January is that month;
            # a bare "January" may as well be next year's
            return float(end_of) if end_of else None
    elif ref[0] == 0:
        return None
    else:
        diff = (year - ref[0]) * 12 + target - ref[1]
        if diff <= 0:
            return None
    return diff + end_of


# A span of hours or days outside the expectations field is a turnaround, the speed of a
# service ("tenants hear about water shut-offs the same day", "every parcel query settled within 48
# hours"), unless its sentence counts it from posting or going live or names what the
# business gains by then.
_TURNAROUND = _lazy(r"\b(?:hours?|hrs?|days?|same)\b", re.IGNORECASE)
# What a business gains, besides money (``_MONEY_RX``) and generic outcomes (``_OUTCOME``):
# the customer acts a plan counts (a closed class of nouns of committing to buy or join).
_GAINED = _lazy(r"\b(?:bookings?|reservations?|enquir(?:y|ies)|inquir(?:y|ies)|leads?|sign-?ups?"
                r"|registrations?|enrol(?:l)?ments?|donations?|referrals?|appointments?)\b"
                # people won: "new" before the words for whom a business serves
                r"|\bnew\s+(?:[\w-]+\s+)?(?:customers|clients|members|patients|guests|visitors"
                r"|students|buyers|donors|users|subscribers|families|tenants)\b"
                rf"|{_OUTCOME.pattern}|{_MONEY_RX.pattern}", re.IGNORECASE)


# A span given over to doing something ("the first six weeks are for finding our voice",
# "the first month goes on setting up"): a phase of work, not a deadline for results.
_PHASE = _lazy(r"\s+(?:is|are|will\s+be|go|goes|will\s+go)\s+(?:\w+\s+)?(?:for|about|on|spent"
               r"|given\s+over\s+to|devoted\s+to|set\s+aside\s+for)\s+(?:\w+\s+)?\w+ing\b"
               # "the first weeks are just finding our feet": only doing, a phase too
               r"|\s+(?:is|are|will\s+be)\s+(?:just|only|simply|mostly|mainly|largely)\s+\w+ing\b",
               re.IGNORECASE)


#: A short span someone else is feared to want, answered later in the sentence: the
#: words of worry (a closed class) before it and a contrast after it.
_WORRY = _lazy(r"\b(?:nervous|worried|worry|worries|afraid|fear|fears|feared|concerned|anxious"
               r"|dread)\b", re.IGNORECASE)
#: Someone other than the writer hoping or pressing for it (the verbs of wanting, a closed
#: class; the writer's own "we hoped" is an expectation still).
_HOPED_BY_OTHERS = _lazy(r"\b(?!(?:we|i)\b)[a-z]+\s+(?:\w+\s+)?(?:hoped|wanted|wished|pushed"
                         r"|pressed|asked|(?:was|were)\s+keen)\s+(?:for|on|to)\b", re.IGNORECASE)
_LATER_BUT = _lazy(r",?\s*\b(?:but|however|yet|though|although)\b", re.IGNORECASE)


def names_calendar(text: str) -> bool:
    """Whether ``span_roles`` may read the plan's start month (``Context.start``) for
    ``text``: only a calendar word ("by March") is counted from it. A text without one
    is judged the same whatever the plan's start, so its context can leave the start
    out and its answer be kept for every plan that repeats it (``answers``)."""
    return len(text) >= 2000 or any(span.kind == "calendar" for span in _spans_cached(text))


def span_roles(field: Field) -> Iterator[tuple[Sentence, Role]]:
    """Results expected within a span shorter than ``ctx.options`` months (SMA501)."""
    ctx = field.ctx
    limit = ctx.options if isinstance(ctx.options, int | float) else 6
    spans = (_spans_cached(field.text) if len(field.text) < 2000
             else list(_spans(field.text, field)))
    ref: tuple[int, int] | bool | None = False
    last_schedule: _Span | None = None
    for span in spans:
        months = span.months
        words = span.words
        if span.kind == "schedule":
            last_schedule = span
            continue
        if span.kind == "given":
            last_schedule = span
        if span.kind == "then":
            if last_schedule is None or last_schedule.months is None:
                continue
            months, words = last_schedule.months, f"{span.words} ({last_schedule.words})"
        sentence = field.locate(span.start, span.start, span.end)
        if sentence is None:
            continue
        text = sentence.text
        start, end = span.start - sentence.start, span.end - sentence.start
        if span.kind == "then" and not span.words.lower().startswith("by") and \
                not _DEMAND.search(text):
            continue  # "until then we post fixtures": the meantime, not a deadline
        if span.kind == "calendar":
            if _SCHEDULE.search(text[max(0, start - 40):start]):
                continue
            if ref is False:
                ref = _reference(field.text, spans, ctx)
            if not ref or span.month is None:
                continue
            months = _months_after(ref, span.month)  # type: ignore[arg-type]
        if months is None or months >= limit:
            continue
        if (_WORRY.search(text, 0, start) or _HOPED_BY_OTHERS.search(text, 0, start)) \
                and _LATER_BUT.search(text, end):
            # "I'm nervous the board will want instant results, but we agreed ...", "the
            # trustees hoped for quick wins, but ..."
            continue
        _, _, body, lo = sentence.scope(start)
        sub, at = _subclause(body, start - lo)
        rest = sub[:at] + " " + sub[at + end - start:]
        heading = _HEADING.match(text, end)
        if heading:  # "week 2: first posts up": what the heading announces is in its tail
            sub, rest = f"{sub} {heading.group(1)}", f"{rest} {heading.group(1)}"
        if not _BOOKED_RESULT.search(body) and (
                _ACTIVITY.search(_DEADLINE_NOUN.sub(" ", rest))
                or (_WINDOW_OF_CUSTOMER.search(sub) and not (
                    # "rebooking in the first month": the plan's first month, not a
                    # customer's habit ("rebook within 8 weeks of their last visit")
                    _PLANS_OWN_SPAN.match(words) and not _THEIR_CALENDAR.match(text, end)
                    and not _THEIRS_BEFORE.search(text, max(0, start - 12), start)))
                or _LAG.search(sub)
                or _EARLY_SIGNS.search(body)):
            continue
        if _NEGATOR.search(sub, at + end - start) and not _THREAT.search(body):
            continue  # "first months maybe nothing happens"
        phase = _PHASE.match(text, end)
        if phase and not _GAINED.search(text, end, phase.end() + len(
                re.split(r"[,;:.!?]", text[phase.end():phase.end() + 80], maxsplit=1)[0])):
            continue  # "the first six weeks are for finding our voice": a phase of work
        if _SLOW.search(sub):
            continue  # "we know the first months are slow": the span conceded, not a deadline
        if span.kind == "span" and months and months < 0.25 and _TURNAROUND.search(words) and \
                ctx.field != "expectations" and not (
                    _CONTENT_RX.search(text) or _STARTING.search(text) or _GAINED.search(body)):
            continue  # "every tenant hears about shut-offs the same day": a service's speed
        if months is not None and months < 0.25 and _SERVICE_SPEED.search(
                text, max(0, start - 80), start):
            continue  # "answer product and order questions quickly": how fast people are served
        if _SPREAD_SPEED.search(text, max(0, start - 40), start):
            continue  # "will spread rapidly": how fast it spreads, viral-expectation's to judge
        expecting = ctx.goal or ctx.field == "expectations" or span.kind == "given"
        if span.kind == "runway":
            if not (expecting or _WANT.search(text)):
                continue
        elif span.kind == "calendar":
            # a threat is a demand too: "if we're not busy by March, we stop"
            demanding = ctx.goal or _DEMAND.search(body) or _RESULTS.search(sub) or (
                (_CONDITION.match(body) or _NEGATOR.search(body, 0, start - lo))
                and _THREAT.search(text))
            if not demanding:
                continue
            if not (_DEADLINE.search(text, max(0, start - 30), start) or (
                    ref != ctx.start and re.match(r"\s+[a-z]", text[end:]))):
                # a month named in passing, not a date results are due by; "the December
                # workshops" is one only when the text says when posting starts
                continue
        elif not (expecting or _WANT.search(body) or _OUTCOME.search(sub)
                  or endorsed(sentence, start)):
            continue
        what = (f"posting starts only \"{words}\" ahead" if span.kind == "runway"
                else f"the plan given only \"{words}\"" if span.kind == "given"
                else f"results expected \"{words}\"")
        yield sentence, Role(start, end, what, words)


def _subclause(clause: str, pos: int) -> tuple[str, int]:
    """The part of a clause around ``pos`` between commas and "and"s, and where ``pos``
    falls in it."""
    left = 0
    for m in _SUBCLAUSE.finditer(clause, 0, pos):
        left = m.end()
    nxt = _SUBCLAUSE.search(clause, pos)
    return clause[left:nxt.start() if nxt else len(clause)], pos - left


# --------------------------------------------------------------------------
# SMA502: the plan counting on content spreading by itself

# Things made and shown (a closed-ish class: the artefacts of posting).
_MEDIA = (r"(?:videos?|clips?|posts?|reels?|photos?|photographs?|pics?|images?|snaps?|shots?"
          r"|footage|carousels?|shorts|vlogs?|vids?|gifs?|pictures?|films?|songs?|jingles?|memes?"
          r"|hashtags?|challenges?|campaigns?|content|tiktoks?|stor(?:y|ies)|tweets?|threads?"
          r"|whitepapers?|articles?|ads?|adverts?|dances?|trends?|moments?|stunts?|appeals?"
          r"|hits?|marketing|sensations?|success|growth|reach|fame|effect|spread|sharing)")
# A whole population or territory: the audience of a spread no plan can
# schedule. The places are a closed class of "everyone, everywhere" words.
_WHOLE = (r"(?:(?:the|their|our|its|his|her|your)\s+(?:whole|entire)\s+(?:[\w-]+\s+)?"
          r"|all\s+over\s+(?:the\s+)?"
          r"|(?:right\s+)?across\s+(?:the\s+)?(?:whole\s+)?"
          r"|half\s+(?:the|a)\s+|every\s+(?:[\w'\u2019-]+\s+){0,3}in\s+the\s+"
          r"|every\s+(?:corner|part|inch|nook)\s+of\s+(?:the\s+)?"
          r"|(?:every(?:one|body)|all)\s+"
          r"(?:in|across|on|of)\s+(?:the\s+)?)"
          r"(?:country|world|nation|region|internet|city|town|sector|industry|state|county|planet"
          r"|web|continent|village|island|land|province|school|uk|us|usa|district|borough|area"
          r"|neighbou?rhood|community|campus|profession|trade)\b")
# (Each alternative starts with a character of [aefghimnortwy\d], and with "\b" unless
# it is one of _WHOLE's; the frame that reads it says so up front. An alternative
# starting otherwise must widen that test.)
_MASS = (rf"(?:{_WHOLE}|\bevery\s+(?:[\w-]+\s+){{1,2}}(?:in|across)\s+(?-i:[A-Z])[\w-]+"
         r"|\bevery(?:one|body)['\u2019]s\s+(?:feeds?|phones?|screens?|timelines?|lips|lists?)\b"
         r"|\bevery(?:one|body)\s+(?:will\s+|would\s+|['\u2019]ll\s+)?(?:\w+\s+)?(?:know|knows"
         r"|recogni[sz]es?|hear\s+(?:of|about))\s+(?:us|our|about\s+us)\b"
         r"|\b(?:thousands|millions)\s+of\s+(?:shares|reshares|views|plays|likes|impressions"
         r"|viewers|reposts)\b"
         r"|\bmillions\b|(?<![$\u00a3\u20ac\d.,])\b(?:a|one|1|half\s+a)\s+million\b"
         r"(?!\s+(?:dollars|euros|pounds|in\s+(?:sales|revenue)))"
         r"|(?<![$\u00a3\u20ac\d.,])\b(?:\d+(?:[.,]\d+)?\s*(?:m|million|k)|\d{3}[.,]?0{3})\+?\s+"
         r"(?:(?:organic|free|unpaid|natural)\s+)?(?:views|plays|streams|impressions|viewers|people|followers|likes|shares|users)\b"
         r"|\bhundreds\s+of\s+thousands\b|\beverywhere\b"
         r"|\bnation(?:wide|ally|al)\b|\bworldwide\b|\bglobal(?:ly)?\b|\bhousehold\s+name\b"
         r"|\bhalf\s+(?:of\s+)?(?:the\s+)?(?:people|population|country|city|town|world)\b"
         r"|\b(?:internet|tiktok|instagram|insta|youtube)[\s-]famous\b|\bfamous\b)")
# The units of place and population a whole of which no plan can schedule (a class by
# meaning, from the words for a territory, a settlement and a public): "the whole
# valley", "the entire coast", "half the estate".
_PLACE = (r"(?:country|countryside|world|planet|globe|nation|continent|state|province|region"
          r"|county|shire|district|borough|parish|municipality|city|town|village|hamlet|suburbs?"
          r"|neighbou?rhood|estates?|street|valley|coast|island|peninsula|bay|area|metro|capital"
          r"|territory|kingdom|republic|internet|web|campus|school|university|league|sector"
          r"|industry|profession|trade|community|population|public|north|south|east|west"
          r"|highlands|lowlands|households|homes|residents|people)\b")
# A whole population, as a noun phrase: "everybody", "the whole valley", "half the
# estate", "the majority of rural households".
_POPULATION = (rf"(?:every(?:one|body)|(?:the\s+)?(?:whole|entire)\s+(?:[\w-]+\s+)?{_PLACE}"
               rf"|half\s+(?:of\s+)?(?:the\s+)?(?:[\w'\u2019-]+\s+){{0,2}}?{_PLACE}"
               rf"|(?:the\s+)?(?:vast\s+)?majority\s+of\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){{0,2}}?"
               rf"{_PLACE})")
# Seeing, knowing, hearing, watching: what a mass audience does with content.
_REACH = (r"\b(?:see|sees|seen|seeing|watch\w*|know\w*|hear\w*|heard|reach\w*|view\w*|plays?"
          r"|play(?:ed|ing)|streams?|sing\w*|hum\w*|talk\w*|queu\w*|shar\w*|repost\w*|famous"
          r"|household|front\s+of|show\w*|put\s+us|make\s+us|made|everywhere|trend\w*|in)\b")
_SPREAD_VERB = (r"(?:spread\w*|travel\w*|circulat\w*|shared|reshared|re-shared|reposted|forwarded"
                r"|copied|imitated|remixed|duetted|stitched"
                r"|pass(?:es|ed|ing)?(?:\s+(?:on|around|round|along|about))?"
                r"|pass\w*\s+(?:it|them)\s+(?:on|around|along)"
                r"|go(?:es)?\s+(?:a)?round|going\s+(?:a)?round|get\w*\s+around|shar(?:e|es|ing)"
                r"\s+(?:it|them|this|that)|multipl\w*)")
_SPREAD_SCOPE = (rf"(?:by\s+(?:itself|themselves)|on\s+(?:its|their)\s+own(?!\s+(?:pages?|accounts?"
                 rf"|profiles?|feeds?|channels?|groups?|timelines?|walls?|stories|networks?))"
                 rf"|of\s+(?:its|their)\s+own\s+accord|under\s+(?:its|their)\s+own\s+steam"
                 # a distance no sender controls: "the length and breadth of the county"
                 rf"|the\s+length\s+and\s+breadth\s+of|far\s+and\s+wide|via\s+(?:re)?shares"
                 rf"|through\s+(?:re)?shares"
                 # onward from whoever passed it on: "picked up by a big account and spreading
                 # from there"
                 rf"|from\s+there|onwards?|outwards?"
                 # unasked: "send it to their group chats without being asked"
                 rf"|without\s+(?:being\s+asked|(?:any\s+)?prompting|a\s+prompt)|unprompted"
                 # far past everyone the sender reaches: "far beyond our followers"
                 rf"|(?:far|well|way)\s+beyond"
                 rf"|everywhere|all\s+over|across\s+(?:the|every|all)|around\s+the\s+(?:world|country"
                 rf"|internet|web)|throughout|endlessly|widely|like\s+wildfire|very\s+fast|fast"
                 rf"|quickly|rapidly|exponentially|by\s+every\s+[\w-]+|by\s+(?:thousands|millions|hundreds|everyone"
                 rf"|everybody|all)|(?:thousands|millions|hundreds)\s+of\s+times|without\s+(?:us|any"
                 rf"|paying|ads|a\s+cent|spending)"
                 # what no one pays for, however it is named: "without paid promotion",
                 # "without further advertising", "without any extra effort"
                 rf"|without\s+(?:any\s+)?(?:paid|further|additional|extra|much|more)\s+"
                 rf"(?:promotion|promoting|advertising|ads|spend\w*|budget|boost\w*|effort|push\w*"
                 rf"|amplification|media|help)"
                 rf"|(?:a)?round\s+every|for\s+free|at\s+no\s+cost|through\s+(?:every|all"
                 rf"|the\s+whole)|right\s+across|from\s+(?:person|phone|friend|hand|group|chat"
                 rf"|screen|inbox)\s+to|from\s+one\s+(?:[\w-]+\s+){{1,2}}to\s+(?:the\s+next|another)"
                 rf"|by\s+(?:so\s+|very\s+)?(?:many|lots\s+of|a\s+lot\s+of|loads\s+of|tons\s+of)\s+"
                 rf"(?:many\s+)?(?:people|users|viewers|followers|strangers)"
                 rf"|{_WHOLE})")


@cache
def _spread_frames() -> tuple[tuple[re.Pattern[str], str, bool, re.Pattern[str]], ...]:
    """(pattern, role, needs an expectation, anchor) for content expected to spread by
    itself."""
    frames = (
        # "viral", in the sense of spreading: "go viral", "virality", "a viral video"
        (r"(?P<head>\b(?:go|goes|going|gone|went|turn\w*|becom\w*|be|get|make\s+\w+)\s+"
         r"(?:(?:mega|super|totally|properly|massively|completely|fully|really|seriously|a\s+bit"
         r"|kind\s+of|sort\s+of|proper)[\s-]+)?viral\b"
         rf"|\bviral(?:ity|ly)\b|\bviral\s+{_MEDIA}\b)", "content going viral", False,
         r"\bviral"),
        # verbs that by their meaning say "spreads by itself"
        (r"(?P<head>\b(?:snowball\w*|sweep\w*\s+(?:through|across|the)|swept\s+(?:through|across"
         r"|the)|catch(?:es|ing)?\s+(?:on|fire)|caught\s+(?:on|fire)|take(?:s|n)?\s+off"
         r"|taking\s+off|took\s+off|blow(?:s|n|ing)?\s+up|blew\s+up|explod\w+|spread\w*\s+like"
         r"\s+(?:a\s+)?(?:wild)?fire|spread\w*\s+like\s+(?:a\s+)?(?:virus|crazy|mad)"
         r"|go(?:es|ing)?\s+(?:big|global|mainstream)|went\s+big"
         r"|go(?:es|ing)?\s+(?:a)?round\s+the\s+(?:world|globe|internet|country|web)"
         r"|grow\s+and\s+grow|bigger\s+and\s+bigger|spread\s+and\s+spread"
         r"|rack\w*\s+up\s+(?:thousands|millions|hundreds)"
         r"|break(?:s|ing)?\s+the\s+internet|do(?:es)?\s+the\s+rounds|doing\s+the\s+rounds"
         r"|multipl(?:y|ies|ying)\s+(?:itself|themselves)))"
         r"(?!\s+(?:the|a|an|our|my|your|their|its|his|her|some|these|those|photos?|pictures?"
         r"|posters?|balloons?)\b)", "content taking off by itself", False,
         r"\b(?:snowball\w*|sweep\w*|swept|catch\w*|caught|take\w*|taking|took|blow\w*"
         r"|blew|explod\w*|wildfire|fire|spread\w*|big|global|mainstream|internet|rounds|around"
         r"|grow|bigger|rack\w*"
         r"|multipl\w*)\b"),
        # spreading, with a scope no plan can schedule
        (rf"(?P<head>\b{_SPREAD_VERB}\b)\s+(?:[^\s.;:!?]+\s+){{0,6}}?{_SPREAD_SCOPE}",
         "content spreading by itself", False,
         r"\b(?:spread\w*|travel\w*|circulat\w*|shared|reshared|re-shared|reposted"
         r"|forwarded|pass\w*|go|goes|going|get\w*|shar\w*|multipl\w*|copied|imitated"
         r"|remixed|duetted|stitched)\b"),
        # sending or forwarding it on unasked, or to everyone: "the kind of video people send
        # to their group chats without being asked" (sending to the organization, "send us
        # photos", passes nothing on); anchored on the scope, as "send" is everywhere
        (r"(?P<head>\b(?:send|sends|sending|sent|forward|forwards|forwarding))(?!\s+(?:us|it\s+to"
         r"\s+us)\b)\s+(?:[^\s.;:!?]+\s+){0,6}?(?:without\s+(?:being\s+asked|(?:any\s+)?prompting"
         r"|a\s+prompt)|unprompted|to\s+every(?:one|body)|everywhere)",
         "content spreading by itself", False,
         r"\b(?:asked|prompting|prompt|unprompted|everyone|everybody|everywhere)\b"),
        # (a "share rate" or "share count" is a metric, not people sharing)
        (rf"(?P<head>\bshar(?:e|es|ing)\b)(?!\s+(?:rate|rates|count|counts|ratio|percentage"
         rf"|metrics?|buttons?|links?|of\b))\s+(?:[^\s.;:!?]+\s+){{0,3}}?{_SPREAD_SCOPE}",
         "content spreading by itself", True,
         r"\bshar(?:e|es|ing)\b"),
        # everyone sharing it
        (r"(?P<head>\bevery(?:one|body)\b)\s+(?:[^\s.;:!?]+\s+){0,5}?(?:will|would|'ll|is\s+going"
         r"\s+to|are\s+going\s+to|shall)\s+(?:\w+\s+)?(?:share|repost|forward|pass|send|spread"
         r"|talk)\w*", "everyone sharing it", False,
         r"\bevery(?:one|body)\b"),
        # a mass audience expected to see it
        # (every alternative of _MASS starts with one of these characters, at the start
        # of a word unless it is one of _WHOLE's, which begin "the", "all", "right",
        # "across", "half" or "every": saying so first spares the engine trying each
        # alternative at every other position)
        (rf"(?=\b[aefghimnortwy\d]|th|al|ri|ac|ha|ev)(?P<head>{_MASS})",
         "a mass audience reached", True,
         r"\b(?:whole|entire|over|across|half|every\w*|all|millions?|\d+|hundreds|nation\w*"
         r"|worldwide|global\w*|household|famous|thousands|people)\b"),
        # amplification with no one paying for it
        (r"(?P<head>\b(?:exponential|explosive)\s+(?:\w+\s+)?(?:growth|reach|awareness|sharing"
         r"|spread|audience|following|attention)|\b(?:organic\s+|significant\s+|massive\s+)"
         r"amplification\b|\bmass\s+(?:sharing|reach|audience|attention)\b"
         r"|\bword\s+of\s+mouth\s+on\s+steroids\b"
         # the noun of spreading with an adjective saying no one drives it (formal
         # register): "spontaneous dissemination", "self-sustaining circulation"
         r"|\b(?:spontaneous|self-sustaining|self-propagating|unprompted|unaided)\s+(?:\w+\s+)?"
         r"(?:dissemination|circulation|spread(?:ing)?|sharing|propagation|diffusion"
         r"|amplification|transmission|uptake)"
         r"|\bwidespread\s+(?:\w+\s+)?(?:dissemination|circulation|propagation|diffusion"
         r"|resharing|re-sharing|transmission))\b", "amplification no one pays for", False,
         r"\b(?:exponential|explosive|amplification|mass|steroids|spontaneous|self-sustaining"
         r"|self-propagating|unprompted|unaided|widespread)\b"),
        # organic reach expected to outdo paid reach
        (r"(?P<head>\b(?:reach\w*|put\s+us\s+in\s+front\s+of)\s+more\s+(?:people|eyes|customers"
         r"|viewers)\s+than)\b[^.;]{0,40}?\b(?:ads?|advertis\w*|campaigns?|years?|billboards?"
         r"|papers?|radio|tv|flyers?)\b", "a mass audience reached", False, r"\bthan\b"),
        # fame or a hit, instantly
        (r"(?P<head>\b(?:instant|instantly|overnight)\s+(?:fame|famous|hit|sensation|success"
         r"|celebrit\w*|stardom|star|buzz|following|popularity|popular|audience)"
         # (in the other order, a state of being known then the word of speed: "famous
         # overnight", "put us on the map overnight", "the talk of the town instantly")
         r"|\b(?:famous|a\s+(?:big\s+)?hit|on\s+the\s+map|(?:well[\s-]+)?known|a\s+household\s+name"
         r"|a\s+sensation|the\s+talk\s+of\s+the\s+(?:town|city|village))\s+(?:\w+\s+){0,2}?"
         r"(?:overnight|instantly))\b",
         "instant fame", False,
         r"\b(?:instant\w*|overnight)\b"),
        # fame on the internet itself: "our mascot will become an internet sensation"
        (r"(?P<head>\b(?:internet|online|tiktok|instagram|insta|youtube|social\s+media)\s+"
         r"(?:sensation|star|celebrity|phenomenon|legend)s?)\b", "instant fame", True,
         r"\b(?:sensations?|stars?|celebrit\w*|phenomen\w*|legends?)\b"),
        # one hit that makes the business
        (r"(?P<head>\b(?:one|a\s+single|a|the\s+next|another|(?<![\w.-])[1-9]\d*(?:\s*[-\u2013]\s*\d+)?"
         r"|two|three|a\s+couple\s+of|a\s+few|several)\s+(?:\w+\s+)?(?:hit|lucky\s+break"
         r"|big\s+break|breakout)\b)", "one hit counted on", True,
         r"\b(?:hit|break|breakout)\b"),
        # the content doing its own spreading or selling: "the campaign will spread itself",
        # "content that sells itself through shares"
        # (the content, not the product: "our bread sells itself" is about the bread)
        (rf"\b{_MEDIA}\b[^.;:!?]{{0,40}}?(?P<head>\b(?:spread\w*|sell|sells|selling|market\w*"
         r"|promot\w*|advertis\w*)\s+(?:itself|themselves))\b",
         "the content doing the marketing by itself", False, r"\b(?:itself|themselves)\b"),
        # the content doing the work
        (r"(?P<head>\bdo(?:es|ing)?\s+(?:all\s+)?(?:of\s+)?the\s+(?:rest\s+of\s+the\s+)?"
         r"(?:[\w-]+\s+)?(?:work|marketing"
         r"|selling|rest|heavy\s+lifting|advertising)\s+for\s+(?:us|free|nothing))\b",
         "the content doing the marketing by itself", False,
         r"\b(?:work|marketing|selling|rest|lifting|advertising)\b"),
        # sharing left to do the rest: "word of mouth online will take care of the rest"
        (r"(?P<head>\b(?:word\s+of\s+mouth|sharing|shares|the\s+algorithm|the\s+internet"
         r"|people\s+sharing)\b[^.;:!?]{0,40}?\b(?:take|takes|taking|took)\s+care\s+of\s+"
         r"(?:the\s+rest|everything|itself)|\b(?:word\s+of\s+mouth|sharing|shares|the\s+algorithm"
         r"|the\s+internet)\s+(?:will\s+)?(?:do|does)\s+the\s+rest)\b",
         "sharing doing the marketing by itself", False, r"\brest\b|\bitself\b|\beverything\b"),
        # trending, on the platform's front pages
        (r"(?P<head>\b(?:get|gets|getting|be|go|goes|start|end\s+up|keep)\s+(?:[^\s.;:!?]+\s+)"
         r"{0,3}?trending\b|\btrending\s+(?:nationally|worldwide|globally|everywhere)"
         r"|\b(?:explore|for\s+you|front)\s+page\b|\bfyp\b)", "content trending", False,
         r"\b(?:trending|page|fyp)\b"),
        # counting on others passing it on
        (r"\b(?:count\w*|rel(?:y|ies|ying)|bank\w*|depend\w*|bet\w*)\s+on\s+(?:[^\s.;:!?]+\s+){0,8}?"
         r"(?P<head>(?:passing|sharing|resharing|re-sharing|spreading|forwarding|reposting|telling"
         r"|circulating|doing\s+the\s+rounds"
         r"|(?:being|getting)\s+(?:shared|forwarded|passed|reposted|spread|sent))\b)",
         "others passing it on", False,
         r"\b(?:passing|sharing|resharing|re-sharing|spreading|forwarding|reposting|telling"
         r"|being|getting|circulating|rounds)\b"),
        # content left to spread by itself
        (r"(?P<head>\blet\s+(?:it|them|the\s+[\w-]+|our\s+[\w-]+)\s+(?:[^\s.;:!?]+\s+){0,4}?"
         r"(?:spread|take\s+off|run\s+(?:wild|itself)|go\s+viral|do\s+(?:its|the)\s+(?:thing|work)"
         # (or left to something else to carry: "let the algorithm carry them to new people")
         r"|snowball|carry\s+(?:it|them)|push\s+(?:it|them)|do\s+the\s+rest))\b",
         "content left to spread by itself", False, r"\blet\b"),
        # one piece of content is all it takes
        (rf"(?P<head>\b(?:one|a\s+single)\s+(?:[\w-]+\s+)?{_MEDIA}\s+is\s+all\s+(?:we|it|you)"
         r"\s+(?:need|needs|takes)"
         # (in either order: "all it takes is one reel landing on the right feed")
         rf"|\ball\s+(?:it|we|you)\s+(?:need|needs|take|takes)\s+is\s+(?:one|a\s+single|a)\s+"
         rf"(?:[\w-]+\s+)?{_MEDIA})\b", "one hit counted on", False,
         r"\b(?:need|needs|take|takes)\b"),
        # one piece of content, and the business is made: "one reel in the right feed and we
        # are set for the summer"
        (rf"(?P<head>\b(?:one|a\s+single)\s+(?:[\w-]+\s+)?{_MEDIA})\b"
         # (not a rate: "one post a week and we're set")
         r"(?!\s+(?:a|per|each|every)\s+(?:day|week|month|fortnight)\b)[^.;:!?]{0,60}?\band\s+"
         r"(?:we|we['\u2019]re|we\s+are|we['\u2019]ll\s+be|we\s+will\s+be)\s+(?:made|set|sorted|golden"
         r"|laughing|flying)\b", "one hit counted on", False,
         r"\b(?:made|set|sorted|golden|laughing|flying)\b"),
        # the one everybody links to
        # (or as a relative clause of the content: "a video ... which everybody shares")
        (r"(?P<head>\b(?:the\s+one|what|the\s+thing|the\s+[\w-]+|which|that)\s+every(?:one|body)\s+"
         r"(?:\w+\s+)?(?:links?\s+to|shares?|reposts?|talks?\s+about|sends?\s+on|quotes?))\b",
         "everyone sharing it", True, r"\bevery(?:one|body)\b"),
        # sharing no one can resist
        # (a compulsion, "can't help/stop/resist", over any verb of passing on: sharing,
        # sending, forwarding, reposting, tagging, telling)
        (r"(?P<head>\b(?:can['\u2019]?t|cannot|won['\u2019]?t\s+be\s+able\s+to|unable\s+to)\s+"
         r"(?:help|stop|resist)\s+(?:but\s+)?(?:shar|send|forward|pass|repost|tag|tell)\w*"
         r"|\bimpossible\s+not\s+to\s+(?:shar|send|forward|pass|repost)\w*"
         r"|\birresistibl\w*\s+to\s+(?:shar|send|forward|pass|repost)\w*)",
         "sharing no one can resist", False, r"\b(?:help|stop|resist|impossible|irresistibl\w*)\b"),
        # reach that spreads itself: "self-propagating reach", "self-sustaining buzz"
        (r"(?P<head>\bself[\s-](?:propagating|spreading|sustaining|perpetuating|replicating)\s+"
         r"(?:reach|growth|spread|audience|buzz|awareness|momentum))\b",
         "content spreading by itself", False, r"\bself\b"),
        # growing by itself once people share
        (r"(?P<head>\b(?:grow|spread|build|multipl|snowball)\w*\s+(?:[^\s.;:!?]+\s+){0,2}?"
         r"(?:on\s+(?:its|their)\s+own|by\s+(?:itself|themselves)))(?=[^.!?]{0,80}\bshar)",
         "content spreading by itself", False, r"\b(?:own|itself|themselves)\b"),
        # a whole population as the subject of passing it on, in any tense or mood but
        # the past (a report) and an ability or request ("can share", "asked to share"):
        # "the whole valley will be sharing it", "that the entire coast passes around",
        # "everybody forward it to friends"
        (rf"\b{_POPULATION}(?:['\u2019]ll)?(?!\s+(?:who|that|which|whose)\b)\s+"
         r"(?:(?!(?:to|can|could|may|might|if|asked|invited|encouraged|free|welcome|of|in|on"
         r"|at|with)\b)[^\s.;:!?,]+\s+){0,3}?"
         r"(?P<head>(?:share|shares|sharing|reshar(?:e|es|ing)|repost(?:s|ing)?|retweet(?:s|ing)?"
         r"|forward(?:s|ing)?)\b(?!\s+(?:our|their|its|my)\s+own\b)"
         # what is passed on is ours (a pronoun or a determiner), or nothing is named:
         # "everybody shares memes" is a habit, not our content spreading
         r"(?=\s+(?:it|them|this|that|these|those|the|our|one|on|around|round|along|about|with"
         r"|to|everywhere|widely|far|like|and|so|until|till|by|across|all)\b|\s*[,.;:!?]|\s*$)"
         r"|pass(?:es|ing)?\s+(?:(?:it|them|this|that)\s+)?(?:on|around|round|along|about)\b"
         r"|send(?:s|ing)?\s+(?:it|them|this|that)\s+(?:on|around|round|to)\b)",
         "everyone sharing it", False, r"\b(?:every(?:one|body)|whole|entire|half|majority)\b"),
        # a whole population as the agent of seeing it: "will be seen by the majority of
        # island households", "watched by half the county"
        # (two frames, each anchored on its rarer word: the participle, the population)
        (rf"(?P<head>\b(?:seen|watched|viewed|heard|read|known)\s+(?:about\s+)?by\s+"
         rf"{_POPULATION})\b", "a mass audience reached", True,
         r"\b(?:seen|watched|viewed|heard|read|known)\b"),
        # "until everyone has seen it": the spread counted on runs to the whole population
        (rf"(?P<head>\buntil\s+{_POPULATION}\s+(?:has|have)\s+(?:seen|watched|heard\s+(?:of|about)"
         r"|shared))\b", "a mass audience reached", True, r"\buntil\b"),
        (rf"(?P<head>\b{_POPULATION}\s+(?:will\s+|would\s+|to\s+|(?:is|are)\s+going\s+to\s+)"
         r"(?:have\s+)?(?:see|seen|watch|watched|view|viewed|hear\s+about|know\s+about))\b",
         "a mass audience reached", True, r"\b(?:every(?:one|body)|whole|entire|half|majority)\b"),
        # the content moving or reaching by itself: "will go far beyond our followers by
        # itself", "will find its way round the estate on its own"
        (rf"\b{_MEDIA}\b[^.;:!?]{{0,60}}?(?P<head>\b(?:go|goes|going|gone|went|travel\w*|reach\w*"
         r"|get|gets|getting|find\w*|mov\w*|spread\w*|grow\w*)\b[^.;:!?]{0,40}?(?:by\s+(?:itself"
         r"|themselves)|on\s+(?:its|their)\s+own\b(?!\s+(?:pages?|accounts?|profiles?|feeds?"
         r"|channels?|groups?|timelines?|walls?|stories|networks?|site|website))"
         r"|of\s+(?:its|their)\s+own\s+accord))", "content spreading by itself", False,
         r"\b(?:itself|themselves|own)\b"),
        # word of it spreading online by itself: "word will spread online"
        (r"(?P<head>\bword\s+(?:of\s+mouth\s+)?(?:will\s+|would\s+|['\u2019]ll\s+|should\s+"
         r"|is\s+going\s+to\s+)?(?:spread|travel|get\s+(?:around|round|out))\w*\s+(?:fast\s+)?"
         r"(?:online|on\s+(?:social|the\s+internet|the\s+web)))\b", "content spreading by itself",
         False, r"\bword\b"),
        # the platform's algorithm as the one spreading it: "picked up by the algorithm
        # and pushed to millions"
        (r"(?P<head>\b(?:picked\s+up|pushed|boosted|spread|served|carried|amplified)\s+"
         r"(?:\w+\s+){0,2}?by\s+(?:the\s+)?algorithms?|\balgorithm(?:ic)?\s+(?:pick-?up|boost"
         r"|amplification|push))\b", "content spread by the algorithm", True, r"\balgorithm\w*\b"),
        # an adverb of spreading before the verb: "will be widely shared", "organically
        # circulated" (after the verb it is a scope, read by the frame above)
        # (or after an intransitive verb of spreading: "should circulate organically")
        (r"(?P<head>\b(?:widely|massively|extensively|endlessly|virally|organically"
         r"|spontaneously)\s+(?:re-?)?(?:shared|circulated|forwarded|reposted|disseminated"
         r"|passed\s+(?:on|around|round|along)|spread)"
         r"|\b(?:circulat\w*|spread\w*|travel\w*|pass\w*\s+(?:on|around|round))\s+(?:virally"
         r"|organically|spontaneously))\b"
         # (not handed out by the organization: "widely circulated to stakeholders",
         # "widely shared with partner schools through our newsletter")
         r"(?!\s+(?:with|to|among|amongst|through|via|in|within|by\s+(?:us|our|the\s+(?:team"
         r"|staff))|internally)\b)", "content spreading by itself",
         False, r"\b(?:widely|massively|extensively|endlessly|virally|organically"
         r"|spontaneously)\b"),
        # slang for taking off, said of the content itself: "the clip should go nuts
        # online", "one good vid ... and she'll go off", "the video becomes very hot"
        # (a word of behaviour, so only with the content as its subject: right after
        # it, or a pronoun for it; "photos of the kids going nuts" are about the kids)
        (rf"\b{_MEDIA}\b(?:(?:\s+(?!of\b)[^\s.;:!?,]+){{0,3}}?|[^.;:!?]{{0,80}}?\b(?:it|she|they)"
         r"(?:['\u2019]ll|\s+will|\s+would|\s+should|\s+could|\s+might"
         r"|\s+(?:is|are)\s+going\s+to))\s+"
         r"(?P<head>(?:go|goes|going|gone|went)\s+(?:off|nuts|bananas|mental|ballistic|nuclear"
         r"|bonkers|berserk|gangbusters)|becom\w*\s+(?:very\s+|really\s+|super\s+|so\s+)?hot)\b",
         "content taking off by itself", False,
         r"\b(?:off|nuts|bananas|mental|ballistic|nuclear|bonkers|berserk|gangbusters|hot)\b"),
    )
    return _compiled(frames)


_CHAIN_VERB = _lazy(r"\b(share|tag|tell|pass|forward|send|invite|repost)\w*",
                         re.IGNORECASE)
_PASSED_ON = _lazy(
    # "their" owns people here ("their friends share it"), not their own content ("couples
    # share their own photos and tag us"); tagging the organization passes nothing on
    r"\b(?:they|who|each\s+of\s+them|their\s+(?!own\b)(?!(?:[\w'\u2019]+\s+)?(?:photos?|pictures?"
    r"|videos?|posts?|stories|reels?|clips?|pics?|snaps?)\b)[\w'\u2019]+(?:\s+[\w'\u2019]+)?"
    r"|in\s+turn)\s+"
    r"(?:\w+\s+){0,2}?(?:share|tag|tell|pass|forward|send|invite|repost)\w*\b(?!\s+(?:us|our)\b)",
    re.IGNORECASE)
_PASSED_ON_OR_SO_ON = _lazy(rf"{_PASSED_ON.pattern}|\band\s+so\s+(?:on|forth)\b",
                                 re.IGNORECASE)
_REACH_RX = _lazy(_REACH, re.IGNORECASE)
_MEDIA_RX = _lazy(rf"\b{_MEDIA}\b", re.IGNORECASE)
_WANT_SPREAD = _lazy(
    rf"{_WANT.pattern}|\b(?:can|could|may|might|reckon|think|sure|bound\s+to|thanks\s+to"
    # a model or forecast built on it: "the growth model assumes ...", "that's our engine"
    r"|assum\w*|engine|rests?\s+on|hinges?\s+on|built\s+(?:on|around))\b"
    # the hit as all it takes: "one big hit and we're made", "... and we're sorted"
    r"|\band\s+(?:we|we['\u2019]re|we\s+are|that['\u2019]s|it['\u2019]s)\s+(?:made|set|sorted"
    r"|laughing|golden|away|flying|it|done)\b",
    re.IGNORECASE,
)


# "national", "global" before a noun classify it ("the national chains", "a global brand")
# unless the noun is one of reach or attention (a closed class: what a mass audience
# gives): only then, or said of the spread itself ("known nationally"), is it a mass.
_SCOPE_ADJECTIVE = _lazy(r"(?:national|global|nationwide|worldwide)$", re.IGNORECASE)
_CLASSIFIED_NOUN = _lazy(
    r"\s+(?!(?:audiences?|attention|coverage|fame|news|media|tv|television|radio|press|exposure"
    r"|spotlight|stage|following|recognition|buzz|reach|viewers|hit|sensation|trends?|headlines"
    r"|awareness|name|level|scale|stardom|interest|talk|talking|conversation|phenomenon|craze"
    r"|star|celebrity|icon|treasure|household|success|and|or|but|for|with|in|on|by"
    r"|to|as|at|from|within|through|thanks|because|if|when|so|too|overnight|soon|quickly|fast"
    r"|now|then|the|a|an|our|its|their|this|that|within|almost|very|even|just)\b)[a-z][\w-]*",
    re.IGNORECASE)


# A superlative or ranking word before a territory makes it the domain of a ranking ("the
# best-known bike shop across the region", "the top venue in the whole city"), not an
# audience reached; one about spreading ("the most shared clip") still is one.
_RANKED = _lazy(
    r"\b(?:best|most|top|leading|biggest|largest|greatest|finest|busiest|favou?rite"
    r"|number[\s-]+one|no\.?\s*1|go-to|best-known|best-loved|most-loved|best-rated"
    r"|highest-rated|first-choice)\b(?![\s-]+(?:shared|viewed|watched|seen|talked|liked"
    r"|reposted|forwarded|played|streamed)\b)(?:[\s-]+[\w'\u2019-]+){0,4}?\s+$",
    re.IGNORECASE)


def text_before(sentence: Sentence, head: int, reach: int) -> str:
    """The ``reach`` characters of a sentence before ``text[head]``."""
    return sentence.text[max(0, head - reach):head]


def spread_roles(field: Field) -> Iterator[tuple[Sentence, Role]]:
    """The plan counting on content spreading by itself (SMA502)."""
    ctx = field.ctx
    frames = _spread_frames()
    for i, m in _raw_matches("spread", field):
        _, what, want, _ = frames[i]
        sentence = field.locate(m.start(), m.start("head"), m.end("head"))
        if sentence is None:
            continue
        head = m.start("head") - sentence.start
        body = sentence.scope(head)[2]
        if want and not (ctx.goal or _WANT_SPREAD.search(body)
                         or _WANT_SPREAD.search(sentence.introduced(head))
                         or endorsed(sentence, head)):
            continue
        if what == "a mass audience reached" and _RANKED.search(text_before(sentence, head, 60)):
            continue  # "the best-known bike shop across the region": a ranking's domain
        if what == "a mass audience reached" and (not (
                _REACH_RX.search(body) or _MEDIA_RX.search(body)) or _REACH_TARGET.search(body)):
            continue  # "double the reach of our posts across the region": a target, not a hope
        if _SCOPE_ADJECTIVE.match(m.group("head")) and _CLASSIFIED_NOUN.match(
                field.text, m.end("head")):
            continue  # "more fans than the two national chains": a kind of business
        yield sentence, Role(head, m.end("head") - sentence.start, what, words_of(m))
    # a chain: those who received it pass it on in turn ("they tag three more",
    # "who tell their friends", "their mates share it"), or "and so on"
    for m in _PASSED_ON_OR_SO_ON.finditer(field.text):
        sentence = field.sentence_at(m.start())
        if sentence is None:
            continue
        first = _CHAIN_VERB.search(sentence.text, 0, m.start() - sentence.start)
        if first is not None:
            yield sentence, Role(first.start(), first.end(),
                                 "content passed on from friend to friend", words_of(first))
