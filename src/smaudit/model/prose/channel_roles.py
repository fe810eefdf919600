"""Role frames for the channels judgements: who acts, what they want, about what.

SMA201-SMA203 read why an organization is on social media (its `motivation`)
and why it picked each platform (each channel's `rationale`). A consultant
recognises the three anti-patterns by the roles a sentence fills, whatever
words fill them:

- box checking: a **mandate-giver** (anyone with authority over the
  organization, or a document that binds it) issuing a **directive** about
  being on social media, with **no customer reason** anywhere in the field;
- bandwagon leap: **other organizations** (whatever they are: "the taproom
  across the road", "other history societies", "our competitor Brightwell",
  in note form "farm shop next door", "Bloomfields over in Ashcombe")
  **being there or doing well there**, or made the example by an echo
  ("... Same for us.", "..., which suggests we would benefit the same way"),
  by a count ("three of the four lumber yards", "benchmarking shows 9 of 11
  ...") or by their word ("every bookseller I met swears by it"); a
  quantifier over what came to the organization ("every order came from
  ..."), a body it belongs to and a paper are not others;
- bragging rights: the platform chosen for **how the organization looks**.

Roles are found by sentence frames (regular expressions over one clause)
and by word classes. The classes that are lists are closed ones, function
words, directive verbs, negators, hedges; where a content word has to be
listed (a customer noun, an image adjective), the comment says why it
belongs to its class. Everything else is open: the noun in "the ___ across
the road gets ..." is another organization because of where it stands.

Negation, hedges and contrast are scoped by clause (``Clause.negated_at``):
"we're not doing this just because the board said so" cancels the mandate,
"the board wants it, but our members asked for it" is weighed as a whole. A
concession of indifference ("whatever the other venues are doing, ..."), an
acceptance ("..., and that's fine"), a denial after the role ("the cool
factor doesn't come into it"), a lone shrug ("Maybe.") and a yes/no question
that is not rhetorical assert nothing.

Patterns compile on first use, once per process, and a frame whose anchor
words are absent from a text is skipped without compiling (``LazyPattern``), so a
cold run on one plan compiles a handful. Every quantifier is bounded, every
search runs over one clause, every look around a match reaches at most
``REACH`` characters, and a field is read up to ``MAX_FIELD_CHARS``, so the
time is linear in the length of the field and bounded for a huge one.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from smaudit.model.prose import lookback
from smaudit.model.prose.alternation import by_first_letter
from smaudit.model.prose.answers import answer
from smaudit.model.prose.lazy_pattern import LazyPattern
from smaudit.model.prose.reported import reporting_lead_end
from smaudit.model.prose.sentences import marks, pieces

# --------------------------------------------------------------------------
# Patterns that cost nothing until used


# --------------------------------------------------------------------------
# Sentences and clauses

#: A sentence ends at ``. ! ?`` (not after a title such as "Dr."), at a blank
#: line and before a bulleted line. ";" ends a clause, not a sentence.
_SENTENCE_END = LazyPattern(
    r"""
      [!?]+
    | \.(?<!\.\.)(?<!\b[eE]\.[gG]\.)(?<!\b[iI]\.[eE]\.)(?<!\b[vV][sS]\.)
        (?<!\b[DdMm]r\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bSt\.)(?<!\bProf\.)
      (?!\.)(?=[\s"')\]\u2019\u201d]|$)
    | \n[ \t]*\n
    | \n(?=[ \t]*(?:[-*\u2022]|\d+[.)])[ \t])
    """,
    re.VERBOSE,
)

#: Where one clause ends and the next begins: ";", and the contrast and
#: coordination words after a comma or on their own.
_CLAUSE_BREAK = LazyPattern(
    r";|\s[-\u2013\u2014]\s"
    r"|,\s*(?=(?:but|yet|and|so|although|though|whereas|while|however)\b)"
    r"|\s(?=(?:but|however|although|though|whereas)\b)"
    r"|(?=\b(?:rather\s+than|instead\s+of)\b)",
    re.IGNORECASE,
)

#: A clause opened by one of these rejects what it says ("rather than copy the
#: chains, ..."); it ends at the next comma.
_CONTRAST_OPEN = LazyPattern(r"\W*(?:rather\s+than|instead\s+of|unlike|not\s+because)\b",
                            re.IGNORECASE)
#: A concession of indifference ("whatever the other venues are doing, our booking data
#: show ...", "regardless of what the chains post, ..."): set off by a comma, it sets
#: aside what it says, unless the main clause echoes it ("whatever they're doing, we
#: should do the same"), which is imitation. Without a comma "whatever they do on
#: Instagram is paying off" is a subject, not a concession.
_INDIFFERENT_OPEN = LazyPattern(r"\W*(?:whatever|regardless\s+of|irrespective\s+of"
                               r"|no\s+matter\s+(?:what|how|who|whether|where))\b",
                               re.IGNORECASE)
_ECHO = LazyPattern(r"\b(?:too|as\s+well|also|the\s+same|likewise|copy|follow|suit"
                    r"|do(?:ing)?\s+(?:it|that|this|what))\b", re.IGNORECASE)

#: Negators (a closed class), matched as words; "n't" inside a contraction.
_NEGATOR = LazyPattern(
    # ("no end", "no doubt", "no wonder", "no less": idioms that affirm, a closed class)
    r"\bno\b(?!\s+(?:end|doubt|wonder|less)\b)"
    r"|\b(?:not|never|nobody|nothing|none|neither|nor|without|hardly|barely|rarely|seldom"
    r"|scarcely|cannot)\b"
    r"|\bno[\s-]one\b|n['\u2019]t\b|\b(?:dont|doesnt|didnt|isnt|wasnt|wont|cant|arent)\b",
    re.IGNORECASE,
)

#: Words that, after a negator, turn it back into an affirmation: "we can't
#: ignore that", "we don't want to fall behind", "not only".
_CANCELLER = LazyPattern(
    r"\b(?:ignore|ignoring|miss|missing|lose|losing|fall|falling|behind|lag|lagging|afford"
    r"|only|also|stop)\b",
    re.IGNORECASE,
)

#: Hedges and dismissals: a clause holding one does not count on what it says
#: ("looking current would be a nice side effect", "whether they are on TikTok
#: doesn't matter", "trendy or not").
_HEDGE = LazyPattern(
    r"\b(?:would|will|could|might)\s+be\s+(?:a\s+)?(?:nice\s+|welcome\s+|happy\s+)?"
    r"(?:bonus|plus|side[\s-]effect|extra|by-?product)"
    r"|\b(?:a|nice|happy|welcome)\s+(?:bonus|side[\s-]effect|by-?product)"
    r"|\bnice\s+to\s+have\b|\b(?:doesn|don|didn)['\u2019]?t\s+(?:matter|care|count\s+on)"
    # denied any part in the decision: "the cool factor doesn't come into it", "plays
    # no part", "has nothing to do with it", "was never a factor"
    r"|\b(?:doesn|don|didn)['\u2019]?t\s+(?:come|enter)\s+into\s+(?:it|this|the\s+\w+)"
    r"|\b(?:doesn|don|didn)['\u2019]?t\s+(?:figure|factor)\s+in"
    r"|\b(?:plays?|played)\s+no\s+(?:part|role)|\bnothing\s+to\s+do\s+with\b"
    r"|\b(?:is|was|isn['\u2019]?t|wasn['\u2019]?t)\s+(?:never\s+|not\s+)?(?:a|any)\s+factor\b"
    # the same denial in note form, the verb dropped: "peer presence not a factor", "image
    # not a driver" (the nouns for what moves a decision, a closed class)
    r"|\bnot\s+(?:a|any|the|our)\s+(?:(?:main|real|big|major|key|deciding|primary)\s+)?"
    r"(?:factor|driver|consideration|motive|motivation|criterion)\b"
    r"|\bneither\s+here\s+nor\s+there\b"
    r"|\bnot\s+(?:the\s+point|the\s+reason|why|what\s+matters)"
    r"|\bisn['\u2019]?t\s+(?:the\s+point|the\s+reason|why|what|about)"
    r"|\bor\s+not\b|\bwhether\b|\bnot\s+about\b|\bset\s+aside\b|\bbeside\s+the\s+point"
    r"|\b(?:isn|wasn|aren)['\u2019]?t\s+(?:our|the|my)\s+(?:guide|model|template|yardstick"
    r"|benchmark|measure|driver|motive)"
    # a concession: "videos make us look professional, fine, but ...", "sure, everybody is"
    r"|,\s*(?:fine|sure|granted|ok|okay|true|i\s+suppose|admittedly)\s*$"
    # ("ok so the shop ..." opens a story in chat, not a concession: "so" follows at once)
    r"|^\W*(?:sure|granted|admittedly|of\s+course|true|yes|ok|okay)\b(?!,?\s+so\b)"
    r"|\b(?:might|may|could)\s+(?:look|seem|sound)\s+like\b",
    re.IGNORECASE,
)

#: A clause that dismisses the one before it: "..., but that isn't why we joined".
_DISMISS_PREVIOUS = LazyPattern(
    r"\W*(?:but\s+|and\s+|yet\s+)?"
    # the dismissal may be reported: "but they are clear that this is not what prompted it"
    r"(?:(?:they|we|i|he|she|the\s+[\w-]+)\s*(?:are|is|am|were|was|['\u2019]re|['\u2019]m)\s+"
    r"(?:clear|sure|certain|adamant|firm)\s+(?:that\s+)?)?"
    r"(?:(?:that|this|it|which|those|they|none\s+of\s+(?:that|this))"
    r"(?:['\u2019]s)?\s*(?:is|was|are|were|has|had|does|did|do)?"
    r"(?:\s+not|n['\u2019]t|\s+no\s+longer|\s+nothing)\b"
    # or doubted: "I'm unconvinced that matters", "we are not sure it counts"
    r"|(?:i|we)\s*(?:['\u2019]m|['\u2019]re|am|are)\s+(?:unconvinced|not\s+convinced|doubtful"
    r"|sceptical|skeptical|not\s+sure)\s+(?:that\s+)?(?:this|that|it)\b)",
    re.IGNORECASE,
)
#: What a dismissal denies: the reason, or (a closed class of verbs of causing) what
#: prompted or drove the decision.
_DISMISS_WORDS = LazyPattern(r"\b(?:why|reason|point|matter|matters|count|counts|about"
                            r"|to\s+do\s+with|driver|motive|motivation|basis|rationale"
                            r"|prompted|prompts|drove|drives|triggered|behind)\b",
                            re.IGNORECASE)

#: A clause that denies the one before it any part in the decision: "; that played no
#: part in choosing Facebook", "which had no bearing on it".
_NO_PART = LazyPattern(
    r"\W*(?:but\s+|and\s+|yet\s+)?(?:that|this|it|which|none\s+of\s+(?:that|this))\s+"
    r"(?:played|plays|has\s+played|had|has|have|carried|carries)\s+(?:no|little|zero)\s+"
    r"(?:part|role|bearing|influence|weight|say)\b", re.IGNORECASE)

#: How many words before a role a negator may stand and still govern it.
NEGATION_WINDOW = 8

#: A quoted sentence longer than this is cut around the words that decided it.
MAX_QUOTE = 400

#: How much of one field the judgements read. A motivation or rationale is a few
#: sentences; a field hundreds of pages long is not prose a consultant would read
#: either, and reading all of it would cost seconds per rule. The cut falls at
#: the last sentence end before the limit.
MAX_FIELD_CHARS = 100_000


#: How far around a role the frames look: a subject, a negator or an object is
#: within a few words of its verb. Bounding every look keeps a long clause linear.
REACH = 300


def before(text: str, pos: int, reach: int = REACH) -> str:
    """The ``reach`` characters of ``text`` before ``pos`` (``lookback.before``)."""
    return lookback.before(text, pos, reach)


def after(text: str, pos: int, reach: int = REACH) -> str:
    """The ``reach`` characters of ``text`` from ``pos``."""
    return text[pos:pos + reach]


@functools.lru_cache(maxsize=64)
def _hedged(text: str) -> bool:
    return _HEDGE.search(text) is not None


@dataclass(frozen=True, slots=True)
class Clause:
    """One clause of a sentence: its text, where it starts in the field, and
    whether a contrast opening ("rather than ...") rejects all of it."""

    text: str
    start: int
    rejected: bool = False

    def negated_at(self, pos: int, *, dated: bool = False) -> bool:
        """Whether a role found at ``pos`` (relative to the clause) is negated,
        hedged or rejected.

        A negator governs a role when it stands before it in the clause, at
        most ``NEGATION_WINDOW`` words away, with no canceller ("ignore",
        "fall behind", "not only") between them. ``dated`` is for an image
        stated as what the organization is *not* ("we're not some dusty
        shop"): the negation is then part of the brag, not a denial.
        """
        if self.rejected or _hedged(self.text):
            return True
        if dated:
            return False
        head = before(self.text, pos)
        for found in _NEGATOR.finditer(head):
            between = head[found.end():]
            if len(between.split()) > NEGATION_WINDOW:
                continue
            if _CANCELLER.search(between[:40]):
                continue
            return True
        return False


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a field: its whole text and its clauses."""

    text: str
    start: int
    clauses: tuple[Clause, ...]

    def quote(self, at: int = 0) -> str:
        """The sentence whitespace-collapsed, cut around ``at`` only when very long."""
        text = self.text
        if len(text) > MAX_QUOTE:
            left = max(0, at - MAX_QUOTE // 2)
            text = ("... " if left else "") + text[left:left + MAX_QUOTE] + (
                " ..." if left + MAX_QUOTE < len(text) else "")
        return " ".join(text.split())


def sentences(text: str) -> list[Sentence]:
    """The sentences of a field (its first ``MAX_FIELD_CHARS``), each split into clauses.

    The three judgements (and the contrast check) read the same fields: the split is
    kept in a small bounded cache, and the list it returns must not be changed.
    """
    return _sentences(text)


@functools.lru_cache(maxsize=128)
def _sentences(text: str) -> list[Sentence]:
    if len(text) > MAX_FIELD_CHARS:
        ends = [m.end() for m in _SENTENCE_END.finditer(text, MAX_FIELD_CHARS // 2,
                                                          MAX_FIELD_CHARS)]
        text = text[:ends[-1] if ends else MAX_FIELD_CHARS]
    out: list[Sentence] = []
    for start, end in pieces(text, _SENTENCE_END):
        chunk = text[start:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            body = chunk.strip()
            out.append(Sentence(body, start + lead, tuple(_clauses(body, start + lead))))
    return out


def _clauses(sentence: str, offset: int) -> Iterator[Clause]:
    cuts = [0, *(a or b for a, b in marks(sentence, _CLAUSE_BREAK)), len(sentence)]
    for a, b in itertools.pairwise(cuts):
        if b <= a:
            continue
        piece = sentence[a:b]
        if _INDIFFERENT_OPEN.match(piece) and "," in piece[1:] \
                and not _ECHO.search(sentence, a + piece.index(",", 1)):
            comma = piece.index(",", 1)
            yield Clause(piece[:comma], offset + a, rejected=True)
            yield Clause(piece[comma:], offset + a + comma)
            continue
        if _CONTRAST_OPEN.match(piece):
            comma = piece.find(",")
            if comma > 0:
                yield Clause(piece[:comma], offset + a, rejected=True)
                yield Clause(piece[comma:], offset + a + comma)
                continue
            yield Clause(piece, offset + a, rejected=True)
            continue
        yield Clause(piece, offset + a)


#: A sentence that refutes the one before it: "It isn't.", "That's not the reason."
_REFUTES = LazyPattern(
    # a shrug on its own: "Some say it would make us look modern. Maybe. We chose ..."
    r"\W*(?:maybe|perhaps|possibly|could\s+be|who\s+knows|whatever)\W*$"
    r"|\W*not\s+(?:for\s+us|here|in\s+our\s+case|true|so|really|quite)\b"
    r"|\W*(?:but\s+)?(?:it|that|this|which)\s*(?:is|['\u2019]s|was)?(?:\s+not|n['\u2019]t)\b"
    r"(?:\s*[:.;,\u2013\u2014-]|\s+(?:the\s+)?(?:reason|why|the\s+point|true|so|really|it))",
    re.IGNORECASE,
)


#: A yes/no question asks whether something holds and asserts nothing: "Does the
#: board want it?", "Is everyone on TikTok?" ("Why TikTok? The owner wants it." is
#: answered in the next sentence, which is read on its own). A question put to the
#: reader ("Have you seen what the chain does on Instagram?") or a negative one
#: ("Isn't everyone on TikTok?") is rhetorical: it asserts.
_YES_NO = LazyPattern(r"\W*(?:do|does|did|is|are|was|were|should|would|could|can|will|must"
                      r"|has|have|had|shall|might|may)\b(?!n['\u2019]?t\b|\s+(?:you|ya|not)\b)"
                      r"[^?]*\?\W*$", re.IGNORECASE)


def refuted(field: list[Sentence], number: int) -> bool:
    """Whether sentence ``number`` asserts nothing: it is a yes/no question, or the
    sentence after it refutes it ("... a vanity pick. It isn't: ...")."""
    if field[number].text.endswith("?") and _YES_NO.match(field[number].text):
        return True
    return number + 1 < len(field) and bool(_REFUTES.match(field[number + 1].text))


#: A clause that accepts what the one before it says as harmless: "..., and that's
#: fine", "..., which we're happy with".
_ACCEPTED = LazyPattern(
    r"\W*(?:and\s+|but\s+)?(?:that|this|which|it)\s*(?:['\u2019]s|is|was)?\s*(?:(?:perfectly|totally"
    r"|absolutely|completely)\s+)?(?:fine|ok|okay|all\s+right|alright|no\s+problem)\b"
    r"|\W*(?:and\s+|but\s+)?(?:which\s+)?we['\u2019]re\s+(?:fine|ok|okay|happy)\s+with\s+(?:that|it)\b",
    re.IGNORECASE)


def dismissed_by_next(sentence: Sentence, index: int) -> bool:
    """Whether the clause after ``index`` dismisses it ("..., but that isn't why") or
    accepts it as harmless ("..., and that's fine")."""
    if index + 1 >= len(sentence.clauses):
        return False
    following = sentence.clauses[index + 1].text.lstrip(" ,;:")
    if _ACCEPTED.match(following):
        return True
    if _NO_PART.match(following):
        return True
    found = _DISMISS_PREVIOUS.match(following)
    return bool(found and _DISMISS_WORDS.search(following, found.end()))


def scoped_out(text: str, pos: int) -> bool:
    """Whether what stands at ``text[pos]`` is cancelled where it stands: its clause
    negates, hedges or rejects it, the next clause dismisses it, or the next sentence
    refutes it ("the cool factor doesn't come into it", "..., but that isn't why").
    For the users' phrase cues, judged by the same scoping as the frames."""
    field = sentences(text)
    # the sentence holding pos, by bisection: a long field with many cue matches stays
    # linear (the field's sentences are split once and cached)
    number = bisect.bisect_right(_starts(text), pos) - 1
    if number < 0:
        return False
    sentence = field[number]
    for index, clause in enumerate(sentence.clauses):
        if clause.start <= pos < clause.start + len(clause.text):
            return (clause.negated_at(pos - clause.start) or dismissed_by_next(sentence, index)
                    or refuted(field, number))
    return False


@functools.lru_cache(maxsize=64)
def _starts(text: str) -> list[int]:
    """Where each sentence of a field starts (for ``scoped_out``'s bisection)."""
    return [sentence.start for sentence in sentences(text)]


# --------------------------------------------------------------------------
# Word classes shared by the three judgements

#: Platforms and the generic words for being on social media (a closed class:
#: the platforms a plan's `channels` may name, and the words for "an account").
SOCIAL = (
    r"(?:(?:facebook|fb|instagram|insta|ig|linkedin|twitter|x|tiktok|tik\s+tok|snapchat|youtube"
    r"|pinterest|threads|bluesky|reddit|mastodon|whatsapp|nextdoor|discord|twitch|telegram)s?"
    r"|social(?:\s+media)?|socials|online|presence|accounts?|pages?|profiles?|channels?"
    r"|handles?|feeds?|grids?|platforms?|reels?|posts?|posting|videos?|stories"
    # "on every network": the networks, all of them (not "our network of suppliers")
    r"|(?<=every\s)network|(?<=all\s)networks|(?<=each\s)network)"
)

#: The people an organization serves. Listed because the same grammar ("our
#: X asked us to ...") is a mandate when X has authority and a reason when X
#: is a customer: these are the nouns for those who buy, use, visit, attend,
#: read, give or live nearby. A noun missing here makes a customer's request
#: read as an order, so the class errs on the side of including.
CUSTOMERS = by_first_letter(
    r"(?:customers?|clients?|patients?|guests?|members?|famil(?:y|ies)|residents?"
    r"|parents?(?!\s+(?:company|companies|co\b|corp\w*|organi[sz]ations?|group|body|firm|charity"
    r"|brand))"
    r"|visitors?|readers?|fans|followers|users?|diners?|shoppers?|buyers?|patrons?|regulars"
    r"|students?|pupils?|learners?|donors?|supporters?|subscribers?|attendees?|audiences?"
    r"|locals|tourists?|travell?ers?|neighbou?rs|people|the\s+public|community|communities|carers?"
    r"|applicants?|homeowners?|couples?|brides?|passengers?|commuters?|listeners?|viewers?"
    r"|citizens|callers?|enquirers?|prospects?|kids|children|teens|teenagers|youngsters"
    r"|adults|seniors|retirees|mums|moms|dads|walkers|runners|cyclists|gamers"
    r"|athletes|golfers|swimmers|climbers|riders|drivers|hirers|candidates"
    r"|graduates|alumni|worshippers|congregation|parishioners|collectors|hobbyists"
    r"|policyholders|account\s+holders|ratepayers|taxpayers|commuters|householders"
    r"|gardeners|growers|designers)"
)

#: What research is called: a survey, an interview, a count; findings, not orders.
RESEARCH = (
    r"(?:survey\w*|data|research|analytics|interviews?|poll\w*|study|studies|figures|numbers"
    r"|records|feedback|results|stats|statistics|questionnaires?|focus\s+groups?"
    # a count is research; "hopefully this counts" is the verb
    r"|(?<!\bthis\s)(?<!\bthat\s)(?<!\bit\s)(?<!\bwhich\s)counts?)"
)

_W = r"[A-Za-z\u00C0-\u024F][\w'\u2019&-]*"


def _compile(pattern: str, flags: int = re.IGNORECASE, anchors: str = "") -> LazyPattern:
    return LazyPattern(pattern, flags | re.VERBOSE, anchors)


_CUSTOMER = LazyPattern(rf"\b{CUSTOMERS}\b", re.IGNORECASE)
_SOCIAL = LazyPattern(rf"\b{SOCIAL}\b", re.IGNORECASE)
_RESEARCH = LazyPattern(rf"\b{RESEARCH}\b", re.IGNORECASE)


def _customer() -> LazyPattern:
    return _CUSTOMER


def _social() -> LazyPattern:
    return _SOCIAL


def _research() -> LazyPattern:
    return _RESEARCH


def mentions_customers(text: str) -> bool:
    """Whether ``text`` names the people the organization serves."""
    return _customer().search(text) is not None


#: A customer noun ending a noun phrase (its head, in English the last word).
_CUSTOMER_HEAD = LazyPattern(rf"\b{CUSTOMERS}$", re.IGNORECASE)
#: Heads that only count the noun after "of" ("58% of members", "most of the guests").
_QUANTITY_HEAD = LazyPattern(
    r"(?:\S*\d\S*|%|most|many|some|half|all|none|each|every|any|few|several|majority"
    r"|minority|lots|plenty|rest|percent|cent|dozens|hundreds|thousands|one|two|three)$",
    re.IGNORECASE)


def names_customers(phrase: str) -> bool:
    """Whether a noun phrase's head is the people the organization serves.

    A customer noun used as a modifier does not make the phrase customers: "all member
    parks" are parks bound by their association's rule, "every client firm" is a firm;
    "the members", "parents of pupils" and "58% of guests" are the customers.
    """
    core = re.split(r"\s+of\s+", phrase.strip(), maxsplit=1)[0]
    if _CUSTOMER_HEAD.search(core):
        return True
    words = core.split()
    return bool(words) and bool(_QUANTITY_HEAD.match(words[-1])) and mentions_customers(phrase)


def possessive(phrase: str) -> str:
    """ "the board" -> "the board's", "the partners" -> "the partners'"."""
    phrase = " ".join(phrase.split())
    if phrase.endswith(("'s", "\u2019s")):
        return phrase
    return phrase + ("'" if phrase.endswith("s") and not phrase.endswith("ss") else "'s")


def lower_first(phrase: str) -> str:
    """Lowercase a sentence-initial determiner ("The board" -> "the board")."""
    word, _, rest = phrase.partition(" ")
    if word in ("The", "Our", "My", "A", "An", "This", "That", "Their", "Its", "His", "Her"):
        return f"{word.lower()} {rest}".rstrip()
    return phrase


@dataclass(frozen=True, slots=True)
class Role:
    """A role found in a sentence: what it is (for the message), the sentence it
    was found in (quoted whole) and where in the field it starts."""

    says: str
    sentence: str
    start: int


def _quoted(text: str, at: int) -> bool:
    """Whether ``text[at]`` stands inside parentheses or quotation marks."""
    head = before(text, at, 200)
    if head.count("(") > head.count(")"):
        return True
    return any(head.count(o) > head.count(c) if o != c else head.count(o) % 2 == 1
               for o, c in (("\u201c", "\u201d"), ("\u2018", "\u2019"), ('"', '"'))) or (
        re.search(r"(?:^|[\s(])'[^']*$", head) is not None)


_CONNECTIVE = LazyPattern(r"\b(?:because|since|as|so|where|whose|for|to\s+(?:reach|help|serve|show"
                         r"|tell|answer|let)|who|which)\b", re.IGNORECASE)


#: Customers named by what they do with the organization, whatever they are called:
#: "that's who calls us at 10 a.m.", "the CFOs we interviewed".
_CUSTOMER_ACT = LazyPattern(
    r"\b(?:who|that)\s+(?:\w+\s+)?(?:calls?|rings?|buys?|books?|orders?|visits?|emails?"
    r"|messages?|contacts?|comes?\s+in|shops?|pays?|hires?|uses?|finds?|follows?|reads?)\s+"
    r"(?:us|from\s+us|with\s+us|our)\b"
    r"|\bwe\s+(?:interviewed|surveyed|asked|polled|spoke\s+to|talked\s+to)\b"
    # people asking the organization for something, whoever they are: "the market updates
    # that sellers asked us for", "tenants have asked for repair news"
    r"|\b(?:that|which|what)\s+(?:[\w-]+\s+){0,2}?[a-z]{3,}s\s+(?:have\s+|had\s+)?(?:asked|requested"
    r"|wanted|told\s+us)\b"
    r"|\b[a-z]{2,}(?:ers|ors|ists|ians|ents|ees|ants)\s+(?:have\s+|had\s+|keep\s+|kept\s+)?"
    r"(?:asked|ask|requested|request)\s+(?:us\s+)?(?:for|to|about)\b"
    # a count of what customers did: "45 bookings came through it"
    r"|\b\d[\d,.]*%?\s+(?:[\w-]+\s+){0,2}?(?:bookings?|orders|sales|enquiries|inquiries"
    r"|customers|clients|sign-?ups|visits|calls|leads|members|replies|messages|tickets"
    r"|donations|adoptions|applications|referrals)\b"
    # "because local movers ask for quotes there": whoever does what customers do
    r"|\b(?:because|since|as|where)\s+(?:(?:the|our|local|most|many|some|all|these|those)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:ask|asks|use|uses|check|checks|look|looks|buy|buys"
    r"|search|searches|find|finds|follow|follows|read|reads|plan|plans|share|shares|browse"
    r"|browses|watch|watches|hang\s+out|spend|spends|gather|message|messages|visit|visits"
    # people exchanging things among themselves are an audience (verbs of exchange):
    # "where local anglers swap tips", "where parents trade outgrown kit"
    r"|swap|swaps|trade|trades|exchange|exchanges|recommend|recommends|discuss|discusses"
    r"|compare|compares|chat|chats)"
    r"\b(?!\s+(?:say|says|said|must|shall|should))"
    # someone reporting their own habit to the organization: "drivers told our reception
    # they book through Facebook" (an order would be about us: "told us we must")
    r"|\b(?:told|tell|tells|telling|mentioned)\s+(?:us|me|our\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
    r"(?:that\s+)?they\s+(?:\w+\s+)?(?:plan|plans|use|check|look|search|find|book|buy|follow"
    r"|read|share|browse|watch|hear|heard|found|saw|see|ask|get|got|learn|learned|pick|choose"
    r"|chose|discover|discovered|spend|hang)\b",
    re.IGNORECASE)


#: A customer noun naming a document rather than the people: "the parent engagement
#: policy", "the member code of conduct". The nouns after it are the kinds of paper an
#: order arrives on (the closed class ``_INSTRUMENT`` reads).
_NAMES_PAPER = LazyPattern(
    r"(?:\s+[\w-]+){0,2}?\s+(?:policy|policies|agreement|contract|charter|code\s+of\s+conduct"
    r"|guidelines|handbook|rules|regulations?|terms|scorecard|checklist|form|directive|mandate)\b",
    re.IGNORECASE)


#: A customer noun right before the mandate, with at most two more words: the noun
#: phrase the order is about, where the customer noun is a modifier ("all member parks
#: are required to", "every client firm must").
_MODIFIER_OF_SUBJECT = LazyPattern(r"[\w'\u2019-]+(?:\s+[\w'\u2019-]+){1,2}\s*", re.IGNORECASE)


def _reason_in(field: list[Sentence], *, skip: tuple[int, int] | None = None) -> bool:
    """Whether the field gives a customer reason: a clause that names the people the
    organization serves, or what research found, and does not deny it.

    Inside the mandate itself (``skip``, its start and end in the field) the
    people it is aimed at are no reason ("asked all members to set up pages"),
    unless a reason word comes between ("... because our buyers save ideas there").
    """
    for sentence in field:
        for clause in sentence.clauses:
            for pattern in (_customer(), _research(), _CUSTOMER_ACT):
                for found in pattern.finditer(clause.text):
                    if _quoted(clause.text, found.start()):
                        continue  # words from the form or the policy, not the customers
                    if _NAMES_PAPER.match(clause.text, found.end()):
                        continue  # "the parent engagement policy": the paper's name, not parents
                    at = clause.start + found.start()
                    subject_end = skip[0] - clause.start if skip else -1
                    if 0 <= subject_end <= len(clause.text) and _MODIFIER_OF_SUBJECT.fullmatch(
                            clause.text, found.start(), max(found.start(), subject_end)
                    ) and not names_customers(clause.text[found.start():subject_end]):
                        continue  # "all member parks are required": parks, a modifier's noun
                    if skip and skip[0] <= at and clause.start <= skip[0]:
                        between = clause.text[max(0, skip[1] - clause.start,
                                                  found.end() - REACH):found.end()]
                        if at < skip[1] or not _CONNECTIVE.search(between):
                            continue
                    if not clause.negated_at(found.start()):
                        return True
    return False


# --------------------------------------------------------------------------
# SMA201 box-checking: a mandate-giver, a directive, no customer reason

#: Directive verbs (a closed class), by what a message calls the order.
_DIRECTIVES = {
    "wish": r"wants?|wanted|would\s+(?:really\s+)?(?:like|love)|['\u2019]d\s+(?:like|love)|wishes"
            r"|(?:is|are)\s+(?:desperate|dying|eager|itching)\s+(?:for|to)|dreams?\s+of"
            r"|(?:is|are|was|were)\s+(?:very\s+|really\s+)?keen"
            # a liking given as the reason: "because the head of marketing likes it"
            r"|(?:likes|liked|loves|loved|fancies|fancied)(?=\s+(?:it|the\s+idea|this|that)\b)",
    # (the -ing forms too: "keeps saying at every meeting we have to", "is insisting")
    "request": r"asked|asks|ask|asking|requested|requests|requesting",
    "instruction": r"told|tells|tell|telling|instructed|instructs|ordered|orders|directed|directs"
                   r"|tasked",
    "requirement": r"requires?|required|insists?|insisted|insisting|expects?|expected|demands?"
                   r"|demanded|demanding|oblige|obligate|stipulat(?:es|ed|e)"
                   r"|mandated|mandates|obliges|obliged|obligates",
    "decision": r"decided|decides|decreed|resolved|voted|ruled|prioriti[sz]ed"
                r"|agreed(?=\s+that\b)"
                r"|(?:set|made|named|declared)(?=\s+[^,;.]{0,40}\b(?:as\s+)?(?:a|an|our|the)\s+"
                r"(?:\w+\s+)?(?:priority|must|requirement|target|kpi|goal|objective|item|rule"
                r"|condition))"
                # "the board picked it for us": someone else's choice of the platform
                r"|(?:picked|chose|chosen|selected|assigned|allocated)"
                r"(?=\s+(?:it|this|that|one|the\s+\w+)?\s*for\s+(?:us|me)\b)",
    # verbs of saying (a closed class): "let it be known", "made it clear", "announced"
    "word": r"said|says|say|saying|let\s+it\s+be\s+known|made\s+(?:it\s+)?(?:known|clear)"
            r"|announced|announces|stated|states|indicated|intimated|signall?ed|circulated"
            r"|informed\s+us|advised\s+us|notified\s+us|reminded\s+us|warned\s+us",
    "view": r"thinks?|thought|believes?|believed|feels|felt|reckons?|(?:is|are)\s+convinced",
    "pressure": r"pushing|pushed|pushes|push|pressured|pressuring|pressures|urged|urges|urging"
                r"|nudged|nudging|nagging|nags|nagged|badgering|badgers|hassling|hassles"
                r"|bugging|(?:keeps?|kept|been|is|are|was|were|going)\s+on\s+at",
}

#: An obligation inside what was said: "the owner says we must", "said it's high time".
_OBLIGATION = LazyPattern(
    r"\b(?:must|shall|have\s+to|has\s+to|had\s+to|need\s+to|needs\s+to|needs|need|should"
    r"|ought\s+to"
    r"|got\s+to|gotta|(?:high|about)\s+time|time\s+(?:to|we|for)|are\s+to|is\s+to|will"
    # "we've to", "we'd to": have to, as Scots and Irish English say it
    r"|(?<=['\u2019])(?:ve|d)\s+to"
    # a requirement reported: "made it clear she expects us on LinkedIn"
    r"|expects|expected|requires|required)\b",
    re.IGNORECASE,
)
#: An obligation about how to serve, not about being there (a closed class of verbs of
#: service and checking): "the contract says the agency must reply to comments".
_DUTY_OF_SERVICE = LazyPattern(
    r"\b(?:must|shall|has\s+to|have\s+to|needs?\s+to|should|is\s+to|are\s+to)\s+(?:\w+\s+)?"
    r"(?:reply|replies|respond|answer|approve|moderate|check|review|report|credit|disclose"
    r"|label|delete|remove|archive|acknowledge|log|record|vet|sign\s+off"
    r"|(?:get|obtain|seek|ask\s+for)\s+(?:\w+\s+)?(?:consent|permission|approval))\b",
    re.IGNORECASE)

#: A short parenthetical aside after a word, inside a clause (bounded: no nesting).
_ASIDE = LazyPattern(r"(?<=\w )\([^()]{1,80}\)")

#: Asking among themselves (reciprocal pronouns and "around"): people asking one another
#: direct nobody, and least of all the organization.
_AMONG_THEMSELVES = LazyPattern(r"\s*(?:each\s+other|one\s+another|around|among\s+(?:themselves"
                          r"|friends))\b", re.IGNORECASE)

#: A directive with nothing after it: "said so", "asked for it", "wants one".
_BARE = LazyPattern(
    r"\s*(?:(?:us|me)\s+)?(?:for\s+|on\s+)?(?:it|this|that|one|so|them)\b"
    r"\s*(?:done|too|as\s+well|now|set\s+up|up\s+and\s+running|here|at\s+once)?\W*$"
    r"|\W*$",
    re.IGNORECASE,
)

#: Words between a subject and its verb that are not the subject ("has", "now").
_AUX_TAIL = LazyPattern(
    r"(?:\s+(?:has|have|had|been|would|will|now|also|really|just|always|keeps?|kept|is|are"
    r"|was|were|does|did|do|then|even|apparently|already|still|suddenly|recently|officially"
    r"|again|repeatedly|constantly|strongly|firmly|specifically|explicitly|clearly|on|simply"
    r"|actually|personally|very|definitely"
    # connecting adverbs of minutes and reports: "it was therefore agreed", "duly decided"
    r"|therefore|thus|hence|consequently|accordingly|subsequently|finally|eventually|duly"
    r"|formally|unanimously|later|meanwhile|ultimately"
    # insisting: "won't stop telling me", "can't stop saying"
    r"|won['\u2019]t|wont|can['\u2019]t|cannot|stop|stops|never))+\s*$",
    re.IGNORECASE,
)
#: Titles before a person's name (a closed class): "Mrs Achebe", "Dr Lund", "Cllr Hart".
#: A titled name is a person (who may give an order), never another organization.
HONORIFIC = (r"(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lord|lady|rev|reverend|father"
             r"|cllr|councillor|judge|captain|capt)\.?")

#: Where a subject starts: after the last subordinator or comma of the clause.
_SUBJECT_START = LazyPattern(
    r".*(?:\b(?:that|because|as|since|so|and|but|when|after|before|if|why|is|was|until|what"
    r"|cause|cuz|coz)\b|[,:;(])\s*",
    re.IGNORECASE | re.DOTALL,
)
#: (An honorific opens an apposition naming the person: "the head, Mrs Achebe, has ...".)
_PARENTHETICAL = LazyPattern(rf",\s*(?:who|which|whose|a|an|the|our|my|{HONORIFIC})\b[^,]*,\s*$",
                            re.IGNORECASE)
#: Subjects that are not a mandate-giver: the organization itself, a pronoun.
_NOT_A_GIVER = LazyPattern(
    r"^(?:we|i|you|they|it|this|that|these|those|which|who|he|she|one|us|me|there|what"
    r"|everyone|everybody|someone|somebody|people|nobody|none|each|all|both|here)$",
    re.IGNORECASE,
)


#: Words every directive holds (see ``LazyPattern``): the stems of the verbs above.
_DIRECTIVE_ANCHORS = (
    "want like love wish keen desperate dying eager itching dream ask request told tell instruct"
    " order direct task requir insist expect demand mandat oblig decid decree resolv vote rule"
    " prioriti set made named declared said say think thought believ feel felt reckon convinced"
    " stipulat"
    " push pressur urg nudg nag badger hassl bugg on_at pick chose chosen select assign allocat"
    " agree known clear announc stat indicat intimat signal circulat inform advis notif remind"
    " warn"
)


@functools.cache
def _directive() -> LazyPattern:
    groups = "|".join(f"(?P<{name}>{verbs})" for name, verbs in _DIRECTIVES.items())
    return LazyPattern(rf"\b(?:{groups})\b", re.IGNORECASE, _DIRECTIVE_ANCHORS)


def _subject(head: str) -> str:
    """The noun phrase a directive verb follows, as written ("the new CEO").

    A second verb after "and" shares the first one's subject: "corporate sent the
    login and told us to post".
    """
    head = _AUX_TAIL.sub("", _PARENTHETICAL.sub("", _AUX_TAIL.sub("", head.rstrip())))
    cut = _SUBJECT_START.match(head)
    if cut:
        if re.search(r"\band\s*$", head) and cut.end() == len(head):
            first = _CLAUSE_SUBJECT.match(head)
            return " ".join(first.group(1).split()) if first else ""
        head = head[cut.end():]
    return " ".join(head.split()).strip(" \"'\u201c\u201d")


#: The subject at the head of a clause: "the new manager", "Corporate".
_CLAUSE_SUBJECT = LazyPattern(
    r"\W*((?:the|our|my|a|an|their)\s+[\w'\u2019-]+(?:\s+(?!and\b)[\w'\u2019-]+)?"
    r"|(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*)*)\s+(?!and\b)\w+",
    re.IGNORECASE)


_OTHERS_NOT_GIVERS = LazyPattern(
    r"(?:every|other|most|many|several|similar|rival|competing|our\s+competitors?|competitors?"
    r"|the\s+competition|all\s+the\s+other)\b", re.IGNORECASE)


#: "The loan people", "the festival lot": a body named by what it does, with a word for
#: a group of people as its head. Adjectives that describe people themselves ("the local
#: people", "the older folks") make it a crowd, not a body (a closed class).
_BODY_OF = LazyPattern(
    r"^the\s+(?!(?:local|young|younger|old|older|elderly|other|many|most|some|few|same|right"
    r"|wrong|ordinary|real|nice|lovely|new|regular|usual)\b)((?:[\w'\u2019-]+\s+){1,3})"
    r"(?:people|folks?|lot|crowd|guys)$", re.IGNORECASE)


#: The organization's own people as a whole (a closed class of the words for all of
#: them): "the team", "our staff", "the volunteers" are the organization itself. A
#: named part of it ("the digital team", "the comms team") may still give an order.
_OWN_PEOPLE = LazyPattern(
    r"(?:the|our|my)\s+(?:whole\s+|entire\s+)?(?:team|staff|crew|employees|workforce|volunteers"
    r"|colleagues|people)$", re.IGNORECASE)


def own_people_wish(text: str) -> bool:
    """Whether the text gives the wish of the organization's own people as a whole ("the
    team wants one plan instead of ..."): their own view, which no one above them
    ordered, so no mandate."""
    for found in _directive().finditer(text):
        if _OWN_PEOPLE.match(_subject(before(text, found.start()))):
            return True
    return False


def _giver_ok(subject: str) -> bool:
    """Whether a subject can be a mandate-giver: a noun phrase, not the organization
    or a pronoun, not its customers, not research, not denied ("nobody at HQ")."""
    words = subject.split()
    if 2 <= len(words) <= 4 and words[-1].lower() in ("he", "she", "they") and words[
            0].lower() in ("my", "our", "the", "his", "her", "their"):
        words = words[:-1]  # a resumptive pronoun, as learners write: "my boss he say ..."
        subject = " ".join(words)
    if not words or len(words) > 8:
        return False
    body = _BODY_OF.match(subject)
    if body:
        return not (mentions_customers(body.group(1)) or _NEGATOR.search(body.group(1)))
    if _NOT_A_GIVER.match(words[-1]) or _NOT_A_GIVER.match(words[0]):
        return False
    if _OWN_PEOPLE.match(subject):
        return False  # "the team wants one plan": the organization itself, not above it
    if _OTHERS_NOT_GIVERS.match(subject):
        return False  # "every big bookstore chain is pushing BookTok": others, not bosses
    if (_NEGATOR.search(subject) or _research().search(subject)
            or re.search(r"\d\s*(?:%|per\s*cent|percent|of\b|out\s+of)", subject)):
        return False  # "nobody at HQ", "58% of members", "the survey"
    return not mentions_customers(subject)


#: A named giver after "by" or "of": a determiner and up to four words, stopping
#: at the function words that begin the rest of the clause.
_GIVER_NP = (
    r"(?:the|our|a|an|my|their|its|this)\s+(?:(?!(?:to|for|and|or|so|because|that|in|on|at"
    r"|with|before|after|by|as|when|since|who|which|is|was|are)\b)[\w'\u2019-]+\s*){1,4}"
    r"|(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?:(?-i:[A-Z])[\w'\u2019-]*|of\s+the|of))*"
)

_PASSIVE = _compile(
    r"""\b(?:were|was|been|are|am|is|being|got|get|gets|['\u2019]re|['\u2019]m|['\u2019]ve\s+been)
        \s+(?:\w+\s+)?
        (?P<verb>told|asked|instructed|ordered|directed|required|expected|mandated|tasked|pushed
          |pressured|obliged|obligated|forced|made|supposed|meant|urged|nudged|decided|agreed
          |resolved|ruled|informed|advised|notified|intimated|reminded|warned)
        \s+(?:by\s+(?P<giver>[^,;.]{1,60}?)\s+|(?:[\w'\u2019-]+\s+){1,5}?)?(?:to|into|that)\b""",
    anchors=(
        "told asked instructed ordered directed required expected mandated tasked pushed"
        " pressured obliged obligated forced made supposed meant urged nudged decided"
        " agreed resolved ruled informed advised notified intimated reminded warned"))
#: Passive verbs of saying: what was said is an order only when it holds an obligation.
_PASSIVE_SAYING = frozenset({"informed", "advised", "notified", "intimated", "reminded",
                             "warned"})
_BY_AGENT = _compile(
    r"""\b(?P<verb>required|requested|mandated|demanded|ordered|imposed|decided|dictated|decreed
          |specified|pushed|asked\s+for|insisted\s+on|set|instructed|commissioned
          # the infinitive left out, as in note form: "told to by the area manager"
          |(?:told|asked|ordered|instructed|made|pushed|forced)\s+(?:to|so|into\s+it))
        \s+by\s+(?P<giver>""" + _GIVER_NP + ")",
    anchors="by")
_REQUEST_OF = _compile(
    r"""\b(?P<noun>request|behest|insistence|instructions?|wish|wishes|demand|directive
          |mandate|initiative|decision|requirement)
        \s+(?:of|from)\s+(?P<giver>""" + _GIVER_NP + ")",
    anchors=(
        "request behest insistence instruction wish demand directive mandate initiative"
        " decision requirement"))
_POSSESSIVE = _compile(
    r"""(?P<giver>(?:\b(?:the|our|my|a|an|their)\s+(?:[\w-]+\s+){0,2}?)?[\w-]+)['\u2019]s?
        \s+(?:(?:own|personal|new|latest|big)\s+)?
        (?P<noun>request|wish|wishes|idea|decision|orders?|instructions?|call|directive|mandate
          |requirement|demand|initiative|pet\s+project|policy|rules?|insistence|brainchild)\b""",
    anchors=(
        "request wish idea decision order instruction call directive mandate requirement"
        " demand initiative pet policy rule insistence brainchild"))
_CONDITION = _compile(
    r"""\b(?:a|the|one)\s+(?:\w+\s+)?(?P<noun>condition|requirement|prerequisite|stipulation)s?
        \s+(?:of|for|under|from)\s+(?P<giver>(?:the|our|a|an|their|its|this|being|getting)\s+
          (?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)
      |\b(?P<req>required|mandatory|compulsory|obligatory)\s+(?:for|of|under|by|in)\s+
        (?P<whom>(?:all|every|each|any|the|us|our)\b[^,;.]{0,60}
          # or a bare plural, the kind of organization bound: "compulsory for member
          # orchestras" (only when the clause names the platform, checked where it is read)
          |(?P<kind>(?:[\w-]+\s+){0,2}[\w-]+s)\b)""",
    anchors=(
        "condition requirement prerequisite stipulation required mandatory compulsory"
        " obligatory"))
#: Documents that bind an organization (a closed class: the kinds of paper an
#: order arrives on), with the verbs only a document uses.
_INSTRUMENT = _compile(
    r"""(?P<giver>\b(?:the|our|a|an|this|that|its|their|[\w-]+['\u2019]s)\s+
          (?:[\w'\u2019-]+\s+){0,3}?
          (?:policy|agreement|contract|lease|terms|conditions|guidelines|memo|directive|mandate
          |form|application|checklist|scorecard|kpis?|brief|job\s+description|remit|charter
          |rules|regulations?|instructions?|circular|rulebook|handbook|playbook
          |framework|standards?|specification|code\s+of\s+practice
          # arrangements that bind like a paper: "the chamber membership includes a listing"
          |membership|licen[cs]e|franchise|sponsorship|accreditation|tender|grant|certification))
        # a reduced relative clause or an aside between the paper and its verb: "the grant
        # we got has ...", "the lease, in a clause I only skimmed, obliges ..."
        (?:\s+(?:that\s+|which\s+)?(?:we|i|they)\s+[\w'\u2019-]+|\s*,[^,;.:]{1,80},)?
        \s+(?:now\s+|also\s+|clearly\s+)?
        (?:lists?|listed|names?|named|specif(?:y|ies|ied)|includes?|included|stipulates?
          |calls?\s+for|covers?
          # a place on the paper that asks: "has a box asking which ...", "a clause on ..."
          |(?:has|have|had|contains?|includes?)\s+(?:a|an|one|a\s+single)\s+(?:\w+\s+)?(?:box|field|section
            |question|line|slot|clause|item|checkbox|tick-?box)\s+(?:for|asking|about|on|that\s+asks
            |which\s+asks)
          |asks?\s+for|requires?|says?|states?|obliges?|demands?|compels?|binds?|commits?
          |forces?)\b""",
    anchors=(
        "policy agreement contract lease terms conditions guidelines memo directive"
        " mandate form application checklist scorecard kpi brief description remit charter"
        " rules regulation instruction circular rulebook handbook playbook membership licence"
        " framework standard specification practice"
        " license franchise sponsorship accreditation tender grant certification"))
#: An obligation written into a paper that binds the organization, reported: "the
#: authority has written into our contract that we must ...", "the landlord put it in
#: the lease that tenants have to ...", "our funder write in the contract that we should
#: ...". The papers are the closed class of documents an order arrives on (as in
#: ``_INSTRUMENT``, with the records of a body's decision: resolution, minutes); the
#: verb of putting into writing is optional ("it is in our lease that we must ...").
_WRITTEN_INTO = _compile(
    r"""\b(?:in|into|under)\s+(?:(?:the|our|a|an|its|their|this|that|his|her|my)\s+)?
        (?:[\w'\u2019-]+\s+){0,3}?
        (?P<paper>contract|agreement|lease|tenancy|policy|terms|conditions|licen[cs]e|charter
          |constitution|bylaws|by-laws|rules|rulebook|handbook|covenant|grant|award|memorandum
          |resolution|minutes|tender|franchise|membership|deed|code\s+of\s+conduct|articles
          |deal|arrangement|sponsorship|partnership|package|scheme|programme|program
          |letter|pack)
        \s*(?:,\s*)?(?:that\b|:)""",
    anchors=(
        "contract agreement lease tenancy policy terms conditions licence license charter"
        " constitution bylaws by-laws rules rulebook handbook covenant grant award memorandum"
        " resolution minutes tender franchise membership deed code articles deal arrangement"
        " sponsorship partnership package scheme programme program letter pack"))
#: The platform named by a binding paper, in the passive: "it was specified in the
#: conditions attached to the arts trust's grant", "required under the lease".
_SPECIFIED_IN = _compile(
    r"""\b(?:was|is|were|are|been|being)\s+(?:specified|stipulated|required|listed|named|set\s+out
          |written\s+in(?:to)?|laid\s+down|mandated)\s+(?:in|by|under)\s+
        (?:(?:the|our|its|their|a|an)\s+)?(?:[\w'\u2019-]+\s+){0,5}?
        (?P<paper>conditions|terms|agreement|contract|grant|lease|policy|rules|brief|licen[cs]e
          |charter|framework|funding\s+agreement|tender)\b""",
    anchors="specified stipulated required listed named set written laid mandated")
#: A pronoun standing for the platform a rationale is about: "because it was specified".
_PRONOUN_BEFORE = LazyPattern(r"\b(?:it|this|that|which)\s*$", re.IGNORECASE)
#: The verbs of putting a clause into a paper, just before ``_WRITTEN_INTO``'s paper.
_PUT_IN_WRITING = LazyPattern(
    r"\b(?:put|puts|putting|wrote|write|writes|writing|written|added|adds|built|included"
    r"|inserted|slipped)\s+(?:it|this|that|a\s+clause|a\s+line|a\s+condition)?\s*$",
    re.IGNORECASE)
#: A causative order: someone makes the organization (or every one of its kind) do it,
#: "the association makes every tenant post on Instagram", "made each branch open a
#: page". The verbs of compelling and the verbs of having a presence are closed classes.
_CAUSATIVE = _compile(
    r"""\b(?:makes?|made|making|forces?|forced|forcing|compels?|compelled|compelling)\s+
        (?P<whom>us|me|(?:every|each|all|any|the|our|its|their)\s+(?:[\w'\u2019-]+\s+){1,3}?)
        (?:to\s+)?(?:post|posting|be|have|keep|run|open|set\s+up|join|create|start|maintain
          |launch|operate|list|sign\s+up)\b""",
    anchors="make made forc compel")
#: Someone else's terms as a noun of obligation with what it obliges: "membership comes
#: with an obligation to promote events on social media", "a duty to keep a page"; a
#: rollout from above to every unit ("rolled out TikTok to all branches"); a presence
#: needed for an arrangement that binds ("needed for the tourism board listing"). The
#: nouns of obligation and of arrangements are closed classes.
_OBLIGED_NOUN = _compile(
    r"""\b(?:an?|the|one|its|their)\s+(?:\w+\s+)?(?:obligation|requirement|duty|stipulation)
        \s+(?:to|that|for\s+(?:us|\w+)\s+to)\s+
      |\b(?:rolled|rolling|roll|rolls)\s+out\s+(?:[\w'\u2019-]+\s+){0,3}?(?:to|across|for)\s+
        (?:all|every|each)\b
      |\b(?:needed|necessary|essential)\s+(?:for|to\s+(?:get|keep|join|obtain|renew|qualify\s+for))
        \s+(?:the|our|a|an)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:listing|membership|licen[cs]e|grant
          |accreditation|certification|award|franchise|funding|sponsorship|tender|contract|lease
          |permit|application|registration)\b""",
    anchors="obligation requirement duty stipulation roll needed necessary essential")
#: An order as a verbless note, the whole clause: "Franchise requirement.", "Council
#: mandate.", "Board decision." The nouns of an order are a closed class; a modifier
#: that makes the decision the organization's own ("business decision", "our
#: marketing decision") is no giver.
_NOTE_ORDER = _compile(
    r"""^\W*(?:(?:a|an|the|their)\s+)?
        (?P<giver>(?!(?:business|strategic|commercial|marketing|design|personal|own|joint|team
          |internal|our|my|customer|client)\b)(?:[\w'\u2019&/-]+\s+){0,3}?[\w'\u2019&/-]+)\s+
        (?P<noun>requirement|mandate|directive|instruction|orders?|decision|policy|obligation
          |rule|condition|stipulation|edict)\W*$""",
    anchors="requirement mandate directive instruction order decision policy obligation rule"
            " condition stipulation edict")
#: A place on someone's paper that must be ticked or filled: "the template has a 'digital
#: marketing' box, and the review needs it ticked". Whatever the box is called, a box
#: that has to be ticked is the mandate; the places on a form and the verbs for
#: completing one are closed classes. The idiom "to tick the box" on its own stays a
#: phrase option (``phrases``), since nobody in it requires anything.
_TICK_BOX = _compile(
    r"""\b(?P<box>box|checkbox|tick-?box|field|section|slot|square|line)\b
        [^.;]{0,80}?\b(?:needs?|must|has\s+to|have\s+to|wants?|requires?|expects?|to\s+be|so)
        \b[^.;]{0,30}?\b(?:ticked|checked|filled(?:\s+in)?|completed|ticking|tick|fill)\b""",
    anchors="tick check fill complet")
#: An order given in note form, after a label that names the reason (a closed class of
#: the words for a reason): "Driver: head office directive", "Reason - board mandate",
#: "Requirement: a page per site". The giver is whatever stands before the order noun.
_LABELLED = _compile(
    r"""(?:^|[.;]\s*)\W*(?:driver|drivers|reason|rationale|why|motive|basis|trigger|source
          |origin|background)\s*[:\u2013\u2014-]\s*
        (?P<giver>(?:[\w'\u2019&/-]+\s+){0,4}?)(?P<noun>directive|mandate|memo|instructions?
          |orders?|request|requirement|policy|decision|edict|circular)\b
      |(?:^|[.;]\s*)\W*(?:requirement|mandate|obligation|compliance)\s*[:\u2013\u2014-]""",
    anchors="driver reason rationale why motive basis trigger source origin background"
            " requirement mandate obligation compliance")

#: The terms of an arrangement as a label, then what they oblige: "Council funding
#: conditions: we must post twice a week", "Lease terms - a page for every tenant".
_LABELLED_TERMS = _compile(
    r"""(?:^|[.;]\s*)\W*(?P<giver>(?:[\w'\u2019&/-]+\s+){1,4}?)(?P<noun>conditions|terms|rules
          |requirements|obligations|clause|small\s+print)\s*[:\u2013\u2014-]""",
    anchors="conditions terms rules requirements obligations clause print")
#: A rule for every organization of a kind: "every store needs an Instagram account".
_NORM = _compile(
    r"""\b(?:every|each|any|all|a)\s+(?:other\s+)?(?:modern\s+|proper\s+|serious\s+
          |self-respecting\s+|real\s+|decent\s+)?(?P<who>(?:[\w-]+\s+){0,4}?[\w-]+)
        \s+(?:(?:now|these\s+days|nowadays|today|simply|just|apparently|really)\s+)?
        (?:needs?|must|shall|has\s+to|have\s+to|should|ought\s+to|(?:is|are)\s+(?:expected|required
          |supposed|obliged)\s+to)\b
      |\b(?:everyone|everybody)\s+(?:has|have|needs|got)\s+(?:a|an|one|their)\b""",
    anchors="need must shall has have should ought expected required supposed obliged got")
#: A norm's subject ending in a modal of condition, or naming a tool rather than an
#: organization: "a new platform would (have to)", "any app (must)".
_CONDITIONAL_HEAD = LazyPattern(r"\b(?:would|could|might|platform|app|tool)$",
                                re.IGNORECASE)
_EXPECTED = _compile(
    r"""\bexpected\s+of\s+(?:us|a|an|every|all|any|businesses|companies|organi[sz]ations)\b
      |\b(?:it['\u2019]s|it\s+is|it\s+was)\s+(?:just\s+|simply\s+)?(?:expected|the\s+norm
          |the\s+done\s+thing|standard\s+practice)\b
      |\bthe\s+done\s+thing\b
      |\bsupposed\s+to\s+(?:be\s+on|have|get\s+on|be\s+doing)\b
      |\b(?:it['\u2019]s|it\s+is|high|about)\s+time\s+(?:we|to|that\s+we|for\s+us\s+to)\b
      |\b(?:came|comes|come|coming|handed|passed|sent)\s+(?:down\s+)?from\s+(?:above|the\s+top
          |upstairs|on\s+high|head\s+office|hq|corporate|management)\b
      |\btop-down\b
      |\bpart\s+of\s+(?:the|our|a|its|their)\s+(?:[\w-]+\s+){0,2}?(?:package|deal|agreement
          |contract|rollout|roll-out|programme|program|requirements|terms|conditions|obligations
          |policy|mandate|brief|remit|lease|licence|license|charter|membership|franchise)\b
      |\b(?:per|under|following|as\s+per|in\s+line\s+with|according\s+to|in\s+accordance\s+with
          |to\s+comply\s+with|complying\s+with|in\s+compliance\s+with|to\s+meet|to\s+satisfy)
        \s+(?:the\s+|our\s+|a\s+|its\s+|their\s+|new\s+)*(?:[\w/.'\u2019-]+\s+){0,3}?
        (?:circular|policy|policies|directive|regulations?|rules?|guidelines|mandate|memo|act|law
          |decree|requirements?|agreement|contract|terms|brand\s+book|handbook|charter|statute
          |bylaws|code|instructions?|standards?|deal|sponsorship)\b
      |\b(?:the\s+|an?\s+)?(?:only\s+)?(?:approved|permitted|allowed|sanctioned|authori[sz]ed
          |whitelisted|signed-off)\s+(?:channel|platform|network|option|one|app)\b
      |\bsigned\s+(?:[\w-]+\s+){0,2}?off\s+(?:on\s+)?as\b
      |\b(?:it['\u2019]s|it\s+is|is|are|was|were)\s+(?:on|in|part\s+of)\s+(?:the|our|their|a|an)
        \s+(?:[\w'\u2019-]+\s+){0,3}?(?:checklist|check-list|scorecard|form|criteria|kpis?|okrs?
          |audit|inspection|framework|tick-list|template|rules|rulebook|policy|terms|handbook
          |constitution|bylaws|charter|agreement|contract|lease)\b
      |\b(?:on|in)\s+(?:the|our|their|a|an)\s+(?:[\w-]+\s+){0,3}?(?:checklist|check-list
          |scorecard|kpis?|okrs?|tick-list)\b""",
    anchors=(
        "expected norm done standard supposed time came come handed passed sent top-down"
        " per under following according accordance comply compliance meet satisfy approved"
        " permitted allowed sanctioned authoris authoriz whitelisted signed checklist"
        " check-list scorecard form criteria kpi okr audit inspection framework tick-list"
        " template part rules rulebook policy terms handbook constitution bylaws"
        " charter agreement contract lease"))
#: An order issued as a document: "the parent company rolled out a policy that covers all".
_ISSUED = _compile(
    r"""\b(?:rolled\s+out|roll\s+out|rolling\s+out|issued|introduced|brought\s+in|signed\s+off
          |adopted|passed|sent(?:\s+round
          |\s+around|\s+out)?|circulated|imposed|handed\s+down|passed\s+down|put\s+out)\s+
        (?:[\w'\u2019-]+\s+){0,5}?(?:policy|mandate|directive|memo|edict|decree|rules?
          |requirements?|circular|instructions?)\b
      |\b(?:kpis?|okrs?|checklist|scorecard|targets?|to-do\s+list|list|priorities)\s+
        (?:[\w'\u2019-]+\s+){0,2}?(?:from|set\s+by|by|of)\s+
        # (not the idioms of where one is: "see the list from home", "work from bed")
        (?P<giver>(?!(?:home|work|bed|school|here|there|abroad|afar|scratch|memory|experience
          |outside|inside)\b)
          (?:the\s+|our\s+)?[\w'\u2019-]+(?:\s+(?:office|team|management|board))?)""",
    anchors=(
        "roll signed adopted issued introduced brought sent circulated imposed handed passed put"
        " kpi okr checklist scorecard target list priorities"))
#: An order about something on the pages, not about having them: "requires a privacy
#: notice on every page" (an item on each page, where "wants the charity on every
#: platform" puts the organization itself there).
_ON_PAGE = LazyPattern(
    r"\s*(?:(?:us|me)\s+to\s+\w+\s+)?(?:a|an|the|some)\s+(?:[\w-]+\s+){0,3}?(?:on|in|for|to"
    r"|across)\s+(?:every|each|all|our|the|any)\s+(?:\w+\s+)?(?:pages?|posts?|profiles?"
    r"|accounts?|channels?|videos?|reels?|stories|feeds?|grids?)\b",
    re.IGNORECASE)
#: What follows an order to someone: "told us to", "asked that", "pushing us into".
_COMPLEMENT = LazyPattern(
    r"\s*(?:(?:the|our|every|each|all|its|their)\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:to|that|into|for"
    r"|we|i)\b", re.IGNORECASE)
#: Telling someone that something is so (a report), not telling them to do it.
_TOLD_THAT = LazyPattern(r"\s*(?:us|me|them|him|her)\s+(?:\w+ly\s+)?that\b", re.IGNORECASE)
#: What customers ask for is content (a closed class of the kinds of post: updates,
#: photos, reminders); what a mandate-giver asks for is a presence. "Asked to see"
#: or "wants to know" is a wish for information.
_CONTENT_ASK = LazyPattern(
    r"\s*(?:(?:us|me)\s+)?(?:for|to\s+(?:see|know|hear|find|get|receive|read|check|have))\s+"
    r"(?:the\s+|more\s+|regular\s+|daily\s+|weekly\s+|some\s+)?(?:[\w-]+\s+)?(?:updates?|news"
    r"|photos?|pictures?|videos?|reminders?|tips|information|info|menus?|specials|offers|details"
    r"|times|timetables?|prices|events|notices|alerts|answers|replies|results|closures|dates"
    r"|recommendations|advice|suggestions|quotes|availability|help"
    r"|schedules?|the\s+results|what|where|when|how|which|whether)\b",
    re.IGNORECASE)
#: Asking or wishing for somewhere to do something oneself ("asked for a place to post
#: crash logs", "want a space where they can swap kit"): the askers are the ones who
#: would use it, so the request is their own need, the customer reason itself, not
#: an order about being on a platform. The nouns are the closed class of words for a
#: venue or a means; the verb after them is the askers' own.
_PLACE_ASK = LazyPattern(
    r"\s*(?:(?:us|me)\s+)?(?:for\s+)?(?:(?:a|an|one|some|their\s+own|a\s+single)\s+"
    r"(?:[\w-]+\s+)?(?:place|space|spot|corner|room|home|hub|forum|hangout|meeting\s+point"
    r"|way)|somewhere)\s+(?:to|where|for\s+(?!us\b|the\s+(?:organi[sz]ation|company|business)\b)"
    r"\w+ing\b)",
    re.IGNORECASE)
#: Wanting to see, know or try something oneself: what a group of people wishes for is
#: then its own need ("movers want to see the units first").
_FOR_THEMSELVES = LazyPattern(
    r"\s*to\s+(?:see|know|hear|find|watch|read|check|compare|try|understand|learn|look|ask"
    r"|get\s+(?:a\s+)?(?:look|feel|sense|idea))\b", re.IGNORECASE)
#: A plural head noun: a group of people asking for a place to use together. A single
#: authority ("the owner", "head office", "the head of operations") asking for one is
#: still an order.
_PLURAL_HEAD = LazyPattern(r"[a-z][^s'\u2019\W]s$", re.IGNORECASE)
#: The content of a directive stops where a subordinate clause begins ("asked to see
#: the survey before we chose Instagram").
_SUBORDINATE = LazyPattern(r"\b(?:before|after|because|since|when|while|until|unless|although"
                          r"|though|so\s+that|which|who|whose|whereas)\b", re.IGNORECASE)


def _core(rest: str) -> str:
    cut = _SUBORDINATE.search(rest)
    return rest[:cut.start()] if cut else rest


#: The process an order may ask for without asking for a presence ("requires
#: approval of every post"): rules about how, not whether.
_PROCESS = LazyPattern(r"^\s*(?:(?:us|me)\s+)?(?:that\s+)?"
                      r"(?:for\s+|to\s+(?:see|get|have|produce|write|prepare"
                 r"|submit|send)\s+)?(?:the\s+|an?\s+)?(?:approval|sign-off|permission|consent|review"
                      r"|vetting|checks?|templates?|guidelines|brand\s+guidelines|a\s+look|proof"
                      r"|evidence|a\s+trial|a\s+pilot|a\s+test|a\s+business\s+case|numbers"
                      r"|figures|data|a\s+report|reports?|results"
                      r"|to\s+(?:try|test|trial|pilot|experiment)"
                      r"|(?:a|the|our|an|one|a\s+single)\s+(?:[\w-]+\s+)?(?:plan|strategy|budget"
                      r"|proposal"
                      r"|forecast)"
                      # a rule about each post, not about being there
                      r"|(?:every|each|all|our)\s+(?:posts?|reels?|videos?|captions?|stor(?:y|ies)"
                      r"|images?|photos?|repl(?:y|ies)|comments?))\b",
                      re.IGNORECASE)
#: An obligation with no giver and no reason: "we need to be on Instagram".
_BARE_NEED = _compile(
    r"""\b(?:we|i|you|one|business(?:es)?)\s+(?:really\s+|just\s+|simply\s+|now\s+)?
        (?:need|needs|must|have|has|ought|should|gotta|got)\s+(?:to\s+)?(?:be|get|have)\s+
        (?:on|onto|in|online|active|a\s+presence|an?\s+(?:account|page|profile))""",
    anchors="need must have has ought should gotta got")
#: A purpose after the obligation turns it into a reason ("... to reach parents").
_PURPOSE = LazyPattern(
    r"\b(?:to|so\s+(?:that|we|people|customers)|because|since|where|for)\s+\w+", re.IGNORECASE)

#: Where a possessed order stands as the reason: "because of the council's policy",
#: "it was the owner's idea", "the CEO's wish.", "the board's decision is ...".
_AS_REASON_BEFORE = LazyPattern(
    r"\b(?:because(?:\s+of)?|since|as|it['\u2019]s|it\s+is|it\s+was|that['\u2019]s|under|per"
    r"|following|due\s+to|at|by|on|from|out\s+of|according\s+to|for|in|with)\s+$",
    re.IGNORECASE)
_AS_REASON_AFTER = LazyPattern(r"\s*(?:[.!?;:,)]|$|(?:is|was|and|that|to\s+\w+\s+(?:us|it|this)))",
                         re.IGNORECASE)

_NOUN_OF_VERB = {"request": "request", "instruction": "instruction", "wish": "wish",
                 "requirement": "requirement", "decision": "decision", "word": "word",
                 "view": "view", "pressure": "pressure"}
_PASSIVE_NOUN = {"told": "instruction", "instructed": "instruction", "ordered": "order",
                 "directed": "instruction", "asked": "request", "tasked": "instruction",
                 "required": "requirement", "expected": "expectation", "mandated": "mandate",
                 "informed": "word", "advised": "advice", "notified": "notice",
                 "intimated": "word", "reminded": "reminder", "warned": "warning"}


#: Directive verbs that are also nouns, and what follows them when they are verbs.
_NOUN_LIKE = LazyPattern(r"orders|demands|requests|asks|wishes|directs|wants|needs",
                        re.IGNORECASE)
_NOUN_BEFORE = LazyPattern(
    r"\b(?:the|our|their|its|his|her|my|your|a|an|these|those|online|customer|client|many"
    r"|most|all|new|any|some|whose|no|special|daily|weekly|bulk|repeat|more|fewer|of|tons"
    r"|lots|loads|plenty|several|few|big|large|small|first|\d+)\s+$",
    re.IGNORECASE)


#: A pointer back to a platform named elsewhere in the sentence.
_THERE = LazyPattern(r"\b(?:there|on\s+it|onto\s+it|on\s+there|it|one)\b", re.IGNORECASE)


def _only(what: str) -> str:
    return f"{what} is the only reason given"


def mandate(text: str, *, rationale: bool = False) -> Role | None:
    """The first mandate in a field with no customer reason, or ``None``.

    In a channel ``rationale`` the platform is implied, so "the owner asked
    for it" needs no platform named; in the ``motivation`` the directive must
    be about being on social media.
    """
    field = sentences(text)
    found = _first_mandate(field, rationale)
    if found is None:
        return None
    role, span = found
    if _reason_in(field, skip=span) or _OVERRULED.search(text, span[1]) \
            or _REAL_REASON.search(text, span[1]):
        return None
    return role


#: Another reason named as the real one after the mandate: "... but the real driver for
#: us is the complaints log", "the actual reason is ...".
_REAL_REASON = LazyPattern(
    r"\b(?:real|actual|true|main|bigger|own)\s+(?:reason|driver|motive|motivation|why|point)\b"
    r"(?:\s+for\s+(?:us|me|the\s+\w+))?\s+(?:is|was|are|lies)\b"
    # the organization would have done it without the order: "we'd have done it anyway"
    r"|\b(?:we|i)\s*(?:['\u2019]d|would)\s+have\s+(?:done|gone\s+for|chosen|picked)\s+(?:it|that|this|the\s+same)"
    r"\s+(?:anyway|regardless|either\s+way)\b", re.IGNORECASE)


#: The organization choosing otherwise after the mandate: "the founder wanted TikTok;
#: after asking volunteers, we chose Instagram instead". The mandate is then history,
#: not the reason.
_OVERRULED = LazyPattern(
    r"\b(?:we|i)\s+(?:\w+\s+)?(?:chose|picked|went\s+(?:with|for)|opted\s+for|decided\s+on"
    r"|settled\s+on|switched\s+to)\b[^.;!?]{0,80}?\b(?:instead|rather)\b"
    r"|\binstead\s*,?\s+(?:we|i)\s+(?:\w+\s+)?(?:chose|picked|went|opted|decided|settled)\b",
    re.IGNORECASE)


def _first_mandate(field: list[Sentence], rationale: bool
                   ) -> tuple[Role, tuple[int, int]] | None:
    social = _social()
    for number, sentence in enumerate(field):
        if refuted(field, number):
            continue
        names_platform = answer(_names_platform, sentence.text)
        for index, clause in enumerate(sentence.clauses):
            if dismissed_by_next(sentence, index):
                continue
            text = clause.text
            for says, at, end in _mandates_in(text, rationale, social, names_platform):
                if clause.negated_at(at):
                    continue
                where = clause.start + at
                return Role(says, sentence.quote(where - sentence.start), where), (
                    where, clause.start + end)
        # the box and the need to tick it are often in two clauses ("has a box, and the
        # review needs it ticked"): read across the sentence
        for found in _TICK_BOX.finditer(sentence.text):
            clause = next((c for c in reversed(sentence.clauses)
                           if c.start - sentence.start <= found.start()), None)
            if clause is None or clause.negated_at(
                    found.start() - (clause.start - sentence.start)):
                continue
            where = sentence.start + found.start()
            return Role(_only("a box to tick on someone else's form"),
                        sentence.quote(found.start()), where), (where, sentence.start
                                                                + found.end())
        closed = _closed_order(sentence, rationale or names_platform)
        if closed is not None:
            return closed
    return None


#: Words that close a discussion (a closed class of idioms): "end of discussion", "no
#: arguments", "full stop", "non-negotiable", "like it or not". After someone else's
#: decision ("the trustees called it: we're on Facebook, end of discussion") they mark
#: an order given without a reason.
_CLOSING = _compile(
    r"""\b(?:end\s+of\s+(?:discussion|story|debate|conversation|argument)|no\s+arguments?
        |no\s+ifs,?\s+(?:and|or)\s+buts|full\s+stop|non-?negotiable|not\s+negotiable
        |not\s+up\s+for\s+(?:discussion|debate)|like\s+it\s+or\s+not
        |(?:and\s+)?that['\u2019]s\s+(?:final|that)|final\s+(?:word|answer))\b""",
    anchors="end_of no_argument no_ifs full_stop negotiable not_up like_it final that's_that"
            " that\u2019s_that")


def _closed_order(sentence: Sentence, about: bool) -> tuple[Role, tuple[int, int]] | None:
    """A decision by someone else closed to discussion, as the sentence's whole reason:
    its opening subject is a possible mandate-giver (not the organization, "we") and
    a closing idiom ends the matter."""
    found = _CLOSING.search(sentence.text)
    if found is None or not about:
        return None
    clause = next((c for c in reversed(sentence.clauses)
                   if c.start - sentence.start <= found.start()), None)
    if clause is None or clause.negated_at(found.start() - (clause.start - sentence.start)):
        return None
    opening = _CLAUSE_SUBJECT.match(sentence.text)
    if opening is None or opening.end(1) > found.start():
        return None  # "End of story: the regulars wanted ...": no one before the idiom
    subject = opening.group(1)
    first = re.split(r"['\u2019]", subject.split()[0])[0]
    if _NOT_A_GIVER.match(first) or not _giver_ok(subject) or _social().search(subject):
        return None
    return (Role(_only("someone else's decision, closed to discussion"),
                 sentence.quote(0), sentence.start),
            (sentence.start, sentence.start + found.end()))


def _names_platform(sentence: str) -> bool:
    """Whether a sentence names a platform or an account: asked of each sentence of every
    new field, and plans repeat their sentences, so kept per sentence (``answers``)."""
    return _SOCIAL.search(sentence) is not None


def _mandates_in(text: str, rationale: bool, social: LazyPattern, named_in_context: bool = False
                 ) -> tuple[tuple[str, int, int], ...]:
    """``(what the role is, start, end)`` of each mandate frame in one clause.

    ``named_in_context``: the clause's sentence names a platform elsewhere, as in
    "we're not on TikTok yet, but the manager wants us there".

    Box checking and the bandwagon judgement both read every clause's mandates, and
    plans repeat their sentences: they are found once per clause text and kept
    (``answers``).
    """
    return answer(_mandates_listed, text, rationale, social, named_in_context)


def _mandates_listed(text: str, rationale: bool, social: LazyPattern, named_in_context: bool
                     ) -> tuple[tuple[str, int, int], ...]:
    return tuple(_mandates_found(text, rationale, social, named_in_context))


def _mandates_found(text: str, rationale: bool, social: LazyPattern, named_in_context: bool
                    ) -> Iterator[tuple[str, int, int]]:
    # an aside between a verb and its object is read past: "told mum (she's the manager)
    # we have to" reads as "told mum we have to"; blanked, so positions stay the same
    text = _ASIDE.sub(lambda found: " " * len(found.group()), text)

    def about_social(rest: str) -> bool:
        return (bool(social.search(rest)) or (rationale and bool(_BARE.match(rest)))
                or bool(named_in_context and _THERE.search(rest)))

    for found in _directive().finditer(text):
        kind = found.lastgroup or "wish"
        if _NOUN_LIKE.fullmatch(found.group()) and _NOUN_BEFORE.search(
                before(text, found.start(), 40)):
            continue  # "most online orders start from a link": a noun, not a verb
        head = before(text, found.start())
        subject = _subject(head)
        if not _giver_ok(subject):
            continue
        rest = after(text, found.end())
        # "it's what the investors expect": the object stands before the verb
        fronted = kind in ("wish", "requirement") and re.search(
            r"\bwhat\s+" + re.escape(subject) + r"\s*$", head.rstrip())
        bare = bool(_BARE.match(rest)) or bool(fronted and not rest.strip(" .!?"))
        if kind in ("word", "view"):
            if not (kind == "word" and bare) and not (
                    _OBLIGATION.search(rest) and (about_social(head + rest) or rationale)):
                continue
        elif not (bare or rationale or about_social(head + _core(rest))):
            continue
        elif kind in ("instruction", "request", "pressure") and not bare and not _COMPLEMENT.match(
                rest):
            continue  # "what borrowers told us": a report, not an order
        elif kind == "instruction" and _TOLD_THAT.match(rest) and not _OBLIGATION.search(
                _core(rest)):
            continue  # "two debriefs told us that our profile counted against us": news
        elif kind == "request" and _AMONG_THEMSELVES.match(rest):
            continue  # "teachers ask each other for ideas": asking peers, not the organization
        elif kind in ("request", "wish") and (
                _PLACE_ASK.match(rest) or (_FOR_THEMSELVES.match(rest) and not about_social(rest))
        ) and _PLURAL_HEAD.search(subject.split(" of ")[0]):
            # "testers asked for a place to post crash logs", "movers want to see the units":
            # a group's own need, not an order
            continue
        elif (_PROCESS.match(rest) or _ON_PAGE.match(rest) or _CONTENT_ASK.match(rest)
              or _customer().match(rest.strip()) or re.match(
                rf"\s*(?:our\s+|the\s+)?(?:\w+\s+)?{CUSTOMERS}\b[^,;]*\b(?:how|what|where"
                r"|which|whether|if|about)\b", rest, re.IGNORECASE)):
            continue  # asking customers what they use is research; approval is process
        giver = lower_first(subject)
        yield (_only(f"{possessive(giver)} {_NOUN_OF_VERB[kind]}"),
               max(0, found.start() - len(subject) - 1), found.end())
    for found in _PASSIVE.finditer(text):
        giver = found.group("giver")
        head = _subject(before(text, found.start()))
        if head and (names_customers(head) or _NEGATOR.search(head)):
            continue  # "members were asked to ...": the customers; "member parks are": bound
        rest = after(text, found.end())
        if not (about_social(rest) or (giver and rationale)):
            continue
        verb = found.group("verb").lower()
        if (not giver and head.lower() == "it" and verb in ("decided", "agreed", "resolved")
                and not _OBLIGATION.search(rest)):
            continue  # "it was agreed that a page would help": a view minuted, no order
        if verb in _PASSIVE_SAYING and not _OBLIGATION.search(rest):
            continue  # "we were informed that the page gets 2k visits": news, not an order
        noun = _PASSIVE_NOUN.get(verb, "pressure")
        what = (f"{possessive(lower_first(giver))} {noun}" if giver
                else "a decision made elsewhere" if verb in ("decided", "agreed", "resolved",
                                                             "ruled")
                else f"being {verb} to")
        yield _only(what), found.start(), found.end()
    for pattern in (_BY_AGENT, _REQUEST_OF, _POSSESSIVE):
        for found in pattern.finditer(text):
            giver = found.group("giver")
            if not _giver_ok(giver) or giver.lower() in ("our", "my"):
                continue
            if pattern is _POSSESSIVE and not (
                    _AS_REASON_BEFORE.search(before(text, found.start(), 40))
                    or _AS_REASON_AFTER.match(after(text, found.end(), 40))):
                continue  # "the trust's policy sets the tone of replies": not given as the reason
            noun = found.groupdict().get("noun") or "requirement"
            noun = noun.lower() if found.groupdict().get("noun") else "requirement"
            yield _only(f"{possessive(lower_first(giver))} {noun}"), found.start(), found.end()
    for found in _CONDITION.finditer(text):
        if found.group("kind") and (mentions_customers(found.group("kind").split()[-1])
                                    or not social.search(before(text, found.start()))):
            continue  # "compulsory for visitors", or for anything but being on a platform
        if found.group("giver"):
            what = f"a {found.group('noun').lower()} of {found.group('giver')}"
        else:
            what = f"a rule for {found.group('whom').strip()}"
        yield _only(what), found.start(), found.end()
    for found in _INSTRUMENT.finditer(text):
        rest = after(text, found.end())
        if _PROCESS.match(rest) or _ON_PAGE.match(rest):
            continue  # "the franchise requires approval of every post": a rule about how
        if _DUTY_OF_SERVICE.search(_core(rest)):
            continue  # "the contract says the agency must reply within a day": how, not whether
        if about_social(rest) or rationale or _OBLIGATION.search(rest):
            yield (_only(f"what {lower_first(found.group('giver'))} says"), found.start(),
                   found.end())
    for found in _SPECIFIED_IN.finditer(text):
        head = before(text, found.start())
        if not (social.search(head) or (rationale and _PRONOUN_BEFORE.search(head))) \
                or _DUTY_OF_SERVICE.search(head):
            continue  # "our reply times were set out in the agreement": how, not whether
        yield (_only(f"an obligation written into the {found.group('paper').lower()}"),
               found.start(), found.end())
    for found in _WRITTEN_INTO.finditer(text):
        rest = after(text, found.end())
        # put into writing, the clause binds by itself: "put it in the agreement that we'd
        # have an Instagram going" needs no "must"
        put = _PUT_IN_WRITING.search(before(text, found.start(), 30))
        if (_OBLIGATION.search(rest) or put) and about_social(rest) and not (
                _PROCESS.match(rest) or _ON_PAGE.match(rest) or _DUTY_OF_SERVICE.search(rest)):
            start = found.start()
            if put:  # the one who put it there is part of the order: "the grant people put it"
                writer = _subject(before(text, start - len(put.group())))
                start = max(0, start - len(put.group()) - len(writer) - 1)
            yield (_only(f"an obligation written into the {found.group('paper').lower()}"),
                   start, found.end())
    for found in _NOTE_ORDER.finditer(text):
        giver = " ".join(found.group("giver").split())
        if _giver_ok(giver) and not social.search(giver) and (rationale or about_social(giver)):
            yield (_only(f"{possessive(lower_first(giver))} {found.group('noun').lower()}"),
                   found.start("giver"), found.end())
    for found in _OBLIGED_NOUN.finditer(text):
        rest = after(text, found.end())
        if (about_social(text[max(0, found.start() - 40):]) or rationale) and not (
                _PROCESS.match(rest) or _ON_PAGE.match(rest) or _DUTY_OF_SERVICE.search(
                    "must " + rest)):
            yield _only("someone else's terms"), found.start(), found.end()
    for found in _CAUSATIVE.finditer(text):
        subject = _subject(before(text, found.start()))
        if not _giver_ok(subject) or social.search(subject) or names_customers(
                found.group("whom")):
            continue  # "Instagram makes us ...", "the regulars make us ...": no order
        if about_social(text[found.start():]) or rationale:
            yield (_only(f"{possessive(lower_first(subject))} order"),
                   max(0, found.start() - len(subject) - 1), found.end())
    for found in _LABELLED.finditer(text):
        giver = " ".join((found.group("giver") or "").split())
        if giver and not _giver_ok(giver):
            continue
        if not found.group("noun") and not about_social(after(text, found.end())):
            continue  # "Requirement: replies within a day": a rule about how, not a presence
        what = (f"{possessive(lower_first(giver))} {found.group('noun').lower()}" if giver
                else "a requirement in note form")
        at = found.start() + len(found.group()) - len(found.group().lstrip(" .;"))
        yield _only(what), at, found.end()
    for found in _LABELLED_TERMS.finditer(text):
        giver = " ".join(found.group("giver").split())
        rest = after(text, found.end())
        if _giver_ok(giver) and _OBLIGATION.search(rest) and about_social(rest):
            at = found.start() + len(found.group()) - len(found.group().lstrip(" .;"))
            yield (_only(f"the {lower_first(giver)} {found.group('noun').lower()}"), at,
                   found.end())
    for found in _NORM.finditer(text):
        who = found.group("who") or ""
        if who and (names_customers(who) or social.fullmatch(who.split()[-1])):
            continue
        if who and _CONDITIONAL_HEAD.search(who):
            continue  # "a new platform would have to show us ...": our condition, not a norm
        rest = after(text, found.end())
        if about_social(rest) or re.match(r"\W*(?:(?:have|be)\b)?\W*(?:one\b|$)", rest,
                                          re.IGNORECASE):
            yield (_only("a rule every organization is said to follow"), found.start(),
                   found.end())
    for found in _ISSUED.finditer(text):
        giver = found.group("giver")
        if giver and not _giver_ok(giver):
            continue
        issuer = _subject(before(text, found.start()))
        what = (f"a list from {giver}" if giver
                else f"{possessive(lower_first(issuer))} order" if _giver_ok(issuer)
                else "an order from above")
        yield _only(what), found.start(), found.end()
    for found in _EXPECTED.finditer(text):
        rest = after(text, found.end())
        if "time" in found.group().lower() and not about_social(rest):
            continue
        if _DUTY_OF_SERVICE.search(rest):
            continue  # "under our data policy we must get consent before posting": how
        yield _only("what is expected of the organization"), found.start(), found.end()
    for found in _BARE_NEED.finditer(text):
        rest = after(text, found.end())
        if (about_social(found.group() + rest) and not _ALSO.search(rest)
                and not _PURPOSE.search(social.sub("", rest, count=1))):  # "... one too": copying
            yield _only("an obligation with no reason behind it"), found.start(), found.end()


# --------------------------------------------------------------------------
# SMA202 bandwagon-leap: other organizations being there or doing well there

#: One to four words of a noun phrase (lazy: the frame after it decides where it ends).
_NP = r"(?:[\w'\u2019&-]+\s+){0,3}?[\w'\u2019&-]+"
#: Where another organization is: across, down or over something, next door, on a
#: named street, in a named place or in "our town". The thing crossed is any word.
_PLACE = (
    r"(?:(?:just\s+|right\s+)?(?:across|over|down|up|along|round|around|opposite|beside|behind"
    r"|past)\b(?:\s+(?:the\s+|from\s+|in\s+)?(?!(?:a|an|some|any|has|have|had|is|are|was|were|gets|got|sells"
    r"|sold|does|did|posts|runs|uses|fills|seems)\b)[\w'-]+)?"
    r"|next\s+door|nearby|near\s+(?:us|here|the\s+\w+)|by\s+the\s+\w+"
    r"|next\s+to\s+(?:ours|us|mine|the\s+\w+|our\s+\w+)"
    # "on/at the corner", "of the next street" (a learner's preposition): the place, not the word
    r"|(?:on|at|of)\s+(?:the|our|this|my)\s+(?:corner|street|road|high\s+street|parade|square"
    r"|block|estate)"
    r"|on\s+(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+)*"
    r"|(?:\w+|a\s+few|a\s+couple\s+of)\s+(?:streets?|doors?|blocks?|miles?|minutes?|towns?"
    r"|villages?)\s+(?:over|down|up|away|along)"
    r"|(?:in|of|on|at)\s+the\s+next\s+\w+"
    r"|in\s+(?-i:[A-Z])[a-z]\w*(?:\s+(?-i:[A-Z])[a-z]\w*)?"
    r"|(?:in|of)\s+(?:our|the|this|my)\s+(?:town|area|city|region|county|neighbou?rhood|valley|district"
    r"|borough|village|high\s+street|street|sector|field|industry|market|niche|patch|suburb"
    r"|state|country|world|trade|space))"
)
#: A noun phrase placed by where it is ("the campsite next door"): another organization.
_PLACED = LazyPattern(rf"\s{_PLACE}$", re.IGNORECASE)

#: The ways a sentence names other organizations. Each frame's ``org`` group is
#: quoted in the message. The competitor and kinship words are closed classes
#: (the words for a competing business; the people whose business one hears of).
_OTHERS = (
    # the ___ across the road / in Leeds / next door
    rf"\b(?P<org>(?:the|a|an|that|this)\s+{_NP}\s+{_PLACE})",
    # other ___s, every other ___, most of the ___s, bigger ___s
    rf"\b(?P<org>(?:every\s+other|all\s+(?:of\s+)?(?:the\s+)?other|the\s+other|other|another"
    r"|similar|most(?:\s+of\s+the)?|many(?:\s+of\s+the)?|(?:a\s+)?lots?\s+of|plenty\s+of"
    r"|loads\s+of|a\s+lot\s+of|half\s+(?:of\s+)?the|several|bigger|larger|big|successful"
    r"|leading|the\s+big|(?:the\s+)?biggest|(?:the\s+)?best-known|famous|major|the\s+top|top"
    # businesses of scale, by how they are organised: "the chain pubs", "franchise gyms"
    r"|(?:the\s+)?chain|(?:the\s+)?franchise|(?:the\s+)?high[\s-]street|(?:the\s+)?multinational"
    r"|rival|competing|every|all\s+the|neighbou?ring|nearby|next-door|nearest|local"
    # organizations of the same kind, by the closed class of words for "alike": "peer
    # authorities", "comparable trusts", "fellow venues"
    r"|peer|comparable|comparator|equivalent|fellow|counterpart|like-for-like|similar-sized"
    # a ranked or counted set: "the top 3 ...", "the five largest ..."
    r"|(?:the\s+)?top\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|few|handful\s+of)"
    r"|the\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|few)\s+(?:largest|biggest"
    r"|nearest|leading|best|main|closest))"
    rf"\s+{_NP})",
    # our competitor(s), the competition, our main rival Brightwell
    r"\b(?P<org>(?:(?:our|the|a|an|one|my|their)\s+)?(?:\w+\s+)?(?:competitors?|rivals?"
    r"|competition)(?:\s+(?-i:[A-Z])[\w'&-]*(?:\s+(?-i:[A-Z])[\w'&-]*)*)?)",
    # everyone (else), the whole town, the others
    r"\b(?P<org>everyone|everybody|every\s+one|the\s+whole\s+(?:town|industry|world|sector"
    r"|street|market|neighbou?rhood|city|county|village|country)|all\s+of\s+them|they\s+all"
    r"|the\s+others|others)(?:\s+else)?\b(?!\s+(?:who|that|here|at\s+(?:our|my)\b|in\s+(?:our"
    r"|the|my)\s+(?:team|office|family|staff|house|household|shop|school|class)|on\s+(?:our"
    r"|the|my)\s+team))",
    # a friend's studio, our neighbour's shop, a friend who runs a cafe, our sister hospital
    rf"\b(?P<org>(?:a|my|our|his|her|their)\s+(?:\w+\s+)?(?:friend|friends|cousin|neighbou?r"
    rf"|brother|sister|mate|uncle|aunt|colleague|contact|partner|old\s+boss|former\s+boss)"
    rf"s?['\u2019]s?\s+{_NP}"
    rf"|(?:a|my|our)\s+(?:friend|cousin|neighbou?r|mate|colleague|contact)\s+(?:who|that)\s+"
    rf"(?:runs|owns|has|manages|started)\s+(?:a|an|the)\s+{_NP}"
    rf"|(?:our|a|their)\s+sister\s+{_NP}"
    rf"|(?:our|my)\s+neighbou?rs\s+(?:at|in|over\s+at|from)\s+(?:the\s+)?{_NP})",
    # what one reads or hears of others: "I read that dentists who post videos get ..."
    rf"\b(?:read|heard|hear|hearing|saw|seen|noticed|learned|know|knew)\s+(?:that|how)\s+"
    rf"(?P<org>(?!(?:we|our|my|us|i|you|it|they|this|that)\b){_NP})"
    rf"|\b(?:saw|seen|watched|noticed)\s+(?P<org2>(?:a|an|another|some)\s+{_NP})",
    # a named business, not at the start of a sentence: "... and Brightwell posts daily"
    r"(?:(?<=[a-z,]\s)(?<!\b(?:in|at|to|of|on)\s)(?<!\bfrom\s)(?<!\bnear\s)"
    r"|^\W*(?=(?-i:[A-Z][\w'&-]+\s+[A-Z])(?!\S+\s+(?:Street|Road|Avenue|Lane|Square|Way"
    r"|Park|Hill|Close|Drive|Place|Row|Branch|Library|Office|Team)\b)))"
    r"(?P<org>(?-i:[A-Z][\w'&-]+)(?:\s+(?:(?-i:[A-Z][\w'&-]+)|&|and|of))*)",
    # organizations like this one: "bike shops like ours", "firms our size"
    rf"\b(?P<org>{_NP}\s+(?:like\s+(?:ours|us|mine|me)|similar\s+to\s+(?:ours|us)|(?:of\s+)?our\s+size))",
    # note form, the determiner dropped: "Farm shop next door posts on FB", "Bloomfields
    # over in Ashcombe doubled their trade": a clause that opens with a noun and a place
    rf"^\W*(?P<org>(?!(?:we|i|our|my|you|they|it|this|that|there|here|us|me|sales|posts"
    # people are not an organization: "Teachers in the county share ...", "Parents in Leeds"
    rf"|[a-z]+(?:ers|ors|ists|ians|ents|ees|ants)|parents|families|kids|children|locals|people"
    rf"|residents|students|mums|moms|dads|couples|guests|regulars|teens|pupils|seniors|retirees"
    rf"|neighbou?rs|folks?|women|men|customers)\b)[\w'\u2019&-]+(?:\s+(?!(?:is|are|was|were|has|have|had|and|or"
    rf"|but)\b)[\w'\u2019&-]+){{0,2}}?\s+{_PLACE})(?![\w'\u2019-])",
    # a named business held up as the example: "look at Cafe Lumen, they ...", "check out
    # Brightwell's reels" (the named-business frame leaves out names after "at")
    r"(?:(?<=\blook\sat\s)|(?<=\blooking\sat\s)|(?<=\blooked\sat\s)|(?<=\bcheck\sout\s))"
    r"(?P<org>(?-i:[A-Z])[\w'&-]+(?:\s+(?-i:[A-Z])[\w'&-]+)*)",
    # a set of others marked by a floating quantifier, the determiner being "the": "the
    # climbing walls I know all swear by it", "the Students' Union and the sports centre
    # have both built followings there" ("all" and "both" after the subject, a closed class)
    # (the subject, so not the object of a preposition: "parents in the district all read")
    r"(?<!\bin\s)(?<!\bat\s)(?<!\bof\s)(?<!\bon\s)(?<!\bto\s)(?<!\bby\s)(?<!\bfor\s)"
    r"(?<!\bfrom\s)(?<!\bwith\s)(?<!\binto\s)(?<!\bacross\s)(?<!\baround\s)(?<!\bover\s)"
    rf"\b(?P<org>(?:the|those|these)\s+{_NP}(?:\s+and\s+(?:the\s+)?{_NP})?"
    r"(?:\s+(?:i|we)\s+(?:(?:have|had|['\u2019]ve)\s+)?(?:met|know|knew|spoke\s+to"
    r"|talked\s+to|visited|follow|followed|work\s+with|deal\s+with)\b"
    r"(?:\s+(?!(?:all|both)\b)[\w'\u2019-]+){0,4}?)?)"
    r"(?=\s+(?:(?:have|has|had|are|were|[\w'\u2019]+ly)\s+)?(?:all|both)\s)(?!\w)",
    # a counted share of a set: "three of the four lumber yards", "9 out of 11 ..." (read as
    # the quantified frame is: not a measure, not the organization's own)
    r"\b(?P<org>(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:of|out\s+of|in)\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten"
    rf"|eleven|twelve|twenty|fifty|hundred)(?!\s*%)\s+{_NP})",
    # a kind of organization defined by having a platform, the determiner dropped:
    # "practices with a TikTok are fully booked", "shops that have an Instagram page"
    r"\b(?P<org>(?:[\w-]+\s+)?[\w-]+s)\s+(?:with|that\s+have|which\s+have|who\s+have)\s+"
    rf"(?:a|an|their\s+own)\s+{SOCIAL}(?:\s+(?:account|page|profile|channel|presence))?\b",
)

#: The verbs note form keeps after a name, its copula dropped, at the end of a fragment:
#: "Other libraries doing it.", "Neighbouring regions all there."
_NOTE_FORM = (r"(?:using|posting|doing|running|advertising|thriving|booming|(?:all\s+)?there)\b"
              r"(?=[^.;!?]{0,30}(?:[.;!?]|$))")
#: What other organizations do on social media or get from it (verbs of being
#: there, using, and gaining; a closed class of verbs).
_DOING = _compile(
    r"""^(?P<gap>[\s,]*(?:(?:in|across|around|within|near|of|on|at|along|up|down|off)\s+(?:our|my)
          \s+[\w-]+\s+
        # a question word opens a clause of its own: in "ask at every meeting why the
        # museum in York is on TikTok" the verb's subject comes after it
        |(?!(?:you|they|it|and|but|so|because|which|that|to|our|my|why|how|what|when|where
          |whether|if)\b)[\w'\u2019&-]+\s+
        # a second kind joined to the first: "every chandlery and sailmaker on the river"
        |(?:and|or|&)\s+(?=(?!(?:we|i|you|they|it|our|my|us|their|then|so|now|also|not)\b)
          [a-z])){0,6}?
      # a relative clause between the others and their verb: "every cider maker that won an
      # award is on Instagram" (one about us is about our customers: "who buy from us")
      (?:(?:that|who|which)\s+(?:(?!(?:us|our|we|me|my|and|but|so|because)\b)
        [\w'\u2019&-]+\s+){1,10}
      # or with "that" left out, the speaker having met or known them: "every bookseller I
      # met at the fair", "the climbing walls we know" (verbs of acquaintance, a closed class)
      |(?:i|we)(?:['\u2019]ve|['\u2019]d)?\s+(?:(?:have|had)\s+)?(?:met|know|knew|spoke\s+to
        |speak\s+to|talked\s+to|talk\s+to|visited|called|rang|follow|followed
        |deal\s+with|work\s+with|worked\s+with|trained\s+with
        # and of patronage: "every hostel I've stayed at", "the garages we've used"
        |stayed|been\s+to|used|tried|shopped|eaten|ate|worked\s+(?:at|for|in)|studied)\s+(?:(?!(?:us|our|we|me|my|and|but|so
        |because)\b)[\w'\u2019&-]+\s+){0,8})?)
      # note form, the copula dropped before a participle: "other libraries doing it."
      (?:""" + _NOTE_FORM + r"""
      |(?:is|are|['\u2019]s|['\u2019]re|was|were|has\s+been|have\s+been|seem|seems|seemed)
          \s+(?:to\s+be\s+)?(?:(?:all|already|now|each|also|really|so|very|big|huge|everywhere
          |still|clearly|obviously|apparently|just)\s+)*
          (?:on|onto|in|using|posting|all\s+over|active|everywhere|doing|into|big|huge|killing
          |up\s+and\s+running|live
          |going|heading|moving|flocking|migrating|switching|piling|jumping
          |thriving|booming|packed|busy|full|booked|successful|a\s+hit|popular|famous|there
          |finding|winning|landing|recruiting|signing|attracting|pulling|drawing
          |getting|growing|selling|flying|winning|making|raking|going\s+viral|blowing\s+up
          |taking\s+off|crushing|smashing|nailing)
      |(?:has|have|had|got|gets|get|getting|run|runs|ran|running|use|uses|used|using|post|posts
          |posted|launched|started|opened|joined|set\s+up|moved|jumped|switched|went|grew|grow
          |advertise|advertises|advertised|promote|promotes|promoted|market|markets|marketed
          |grows|gained|gains|doubled|tripled|boosted|raised|raises|raise|made|makes|sell|sells
          |sold|fill|fills|filled|book|books|booked|draw|draws|drew|attract|attracts|attracted
          |win|wins|won|swear|swears|rely|relies|does|do|did|hit|hits|reached|built|racked|blew
          # vouching for a platform is being there and doing well by their own account:
          # "every tuner in the guild raves about it" (verbs of endorsing, a closed class)
          |rave|raves|raved|raving|vouch|vouches|vouched|swore|sworn|recommend|recommends
          |recommended|praise|praises|praised|love|loves|loved
          |took|packs?|pull|pulls|pulled|brings?|brought|generates?|generated|earns?|earned
          # putting something up on a platform: "put their menu up on Facebook"
          |put|puts|putting
          |(?:can|could)\s+do\s+it|manage|manages|managed
          # verbs of having a quantity: "average 4.8k followers", "boast full books"
          |average|averages|averaged|boast|boasts|boasted|enjoy|enjoys|enjoyed|command|commands
          |clock|clocks|see|sees|pull\s+in|pulls\s+in|rack\s+up|racks\s+up
          |(?:seem|seems|seemed|appear|appears|tend|tends)\s+to\s+(?:get|have|win|make|love|use
            |do|draw|attract|rely|run|post|be|put|send|share|push|handle|favou?r|prefer))\b)""")

#: What doing well looks like: the measures a business gains or shows (listed
#: as the nouns of success and size) or any number.
#: The measures alone (what is counted), for telling "most orders" from "most shops".
_MEASURE = LazyPattern(
    r"(?:followers?|likes|views|subscribers|fans|customers|clients|bookings?|orders|sales|trade"
    r"|members|queues?|crowds?|numbers|results|contracts|donations|thousands|hundreds|millions"
    r"|enquiries|inquiries|leads|reservations|tickets|students|patients|adoptions|donors"
    r"|volunteers|revenue|income|traffic|calls|jobs|visits|visitors|sign-?ups|people|posts"
    r"|videos|photos|footfall|turnover|takings|attendance|demand|interest|engagement|uptake"
    r"|of)",
    re.IGNORECASE,
)
#: The subject pronouns (a closed class) that open a contact clause: "every photo we ...".
_SUBJECT_PRONOUN = LazyPattern(r"we|i|you|they|he|she", re.IGNORECASE)
_PRONOUN_NEXT = LazyPattern(r"\s+(?:we|i)\b", re.IGNORECASE)
#: The head noun right after a quantified phrase that stopped at a modifier ("most
#: Messenger enquiries", "every web booking"): a measure or a message from customers, so
#: the quantifier counts those, not organizations. The nouns are ``_MEASURE``'s and the
#: words for what people send (a closed class), leaving out forms that are also verbs
#: ("every cafe posts", "every shop likes").
_MEASURE_NEXT = LazyPattern(
    r"\s+(?:enquiry|enquiries|inquiry|inquiries|questions?|messages?|requests?|complaints?"
    r"|comments?|reviews?|replies|followers?|subscribers?|customers?|clients?|sales|visitors?"
    r"|tickets?|bookings?|reservations?|leads|sign-?ups|donations?|emails?|DMs?|texts)\b",
    re.IGNORECASE)
#: A quantified noun named as those who answered a question: "most tenants who replied
#: to the poll", "half the parents in our survey". Whoever answers a survey, poll or
#: questionnaire is the organization's own public, so what they do is research about
#: its customers, not others' example. The verbs of answering and the words for a
#: survey are closed classes.
_RESPONDENTS_NEXT = LazyPattern(
    r"\s+(?:(?:who|that)\s+(?:answered|replied|responded|took\s+part|filled\s+in|completed"
    r"|returned)\b|(?:in|from|on|across)\s+(?:the|our|its|this|last\s+year's|a)\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}?(?:survey|poll|questionnaire|census|feedback\s+forms?)\b)",
    re.IGNORECASE)
_SUCCESS = LazyPattern(
    r"\d|\b(?:followers?|likes|views|subscribers|fans|customers|clients|bookings?|orders|sales"
    r"|trade|members|membership|queues?|packed|crowds?|numbers|results|success|contracts|business"
    r"|work|donations|thousands|hundreds|millions|loads|tons|lots|viral|well|great|brilliantly"
    r"|huge|big|wonders|booked|sold|busy|buzz|attention|enquiries|inquiries|leads|reservations"
    r"|tickets|students|patients|adoptions|donors|volunteers|money|revenue|income|traffic"
    r"|growth|off|up|it|nicely|fortune|killing)\b",
    re.IGNORECASE,
)
#: ``_NOTE_FORM`` alone, to tell a note-form match of ``_DOING`` from a full verb.
_NOTE_VERB = LazyPattern(_NOTE_FORM, re.IGNORECASE)
#: Where a fragment of notes begins: the start of the text or a stop before it.
_FRAGMENT_START = LazyPattern(r"(?:^|[.;:!?\-\u2013\u2014(])\W*$"
                              # or what one is told to look at: "look how the hospice doing"
                              r"|\b(?:look|see|watch)\s+(?:at\s+)?how\s+$", re.IGNORECASE)
#: Those the organization asked: "every rider we asked", "the parents I surveyed".
_ASKED_BY_US = LazyPattern(r"\b(?:we|i)(?:['\u2019]ve)?\s+(?:asked|surveyed|polled|interviewed"
                           r"|questioned|consulted|called|rang|phoned|contacted|spoke\s+to)\b",
                           re.IGNORECASE)
#: Partners helping one another: "share each other's posts", "tag one another".
_MUTUAL = LazyPattern(r"\b(?:each\s+other|one\s+another)\b", re.IGNORECASE)
#: Coming over to the organization: "moved to us", "switched over to our shop".
_TO_US = LazyPattern(r"\s+(?:(?:over|across|back)\s+)?to\s+(?:us|me|our|my)\b", re.IGNORECASE)
#: Joining, said without the platform, as a rationale says it: "after joining", "since
#: signing up", "once they went on it".
_SINCE_JOINING = LazyPattern(
    r"\b(?:after|since|once|when)\s+(?:they\s+|it\s+|he\s+|she\s+)?(?:joining|joined"
    r"|signing\s+up|signed\s+up|going\s+on|went\s+on)\b",
    re.IGNORECASE)
#: Another organization's success framed as a result: "it worked for the florist".
_WORKED_FOR = _compile(
    r"""\b(?:worked|works|working|doing|paid\s+off|pays\s+off|did\s+wonders|does\s+wonders
          |done\s+wonders
          |went\s+(?:so\s+)?well|did\s+(?:so\s+)?well|was\s+a\s+(?:hit|success)|is\s+a\s+hit
          |(?:been|was|is|were|are)\s+(?:so\s+|really\s+|absolutely\s+)?(?:brilliant|great|amazing
            |huge|fantastic|transformative|a\s+game-?changer|a\s+lifeline|gold|magic))
        \s+(?:so\s+well\s+|really\s+well\s+|wonders\s+|great\s+|brilliantly\s+)?for\s+
        (?P<org>(?!(?:us|me|our|my|ourselves)\b)(?:the|a|an|that|this|those|these|other
          |another|many|most|lots\s+of|plenty\s+of|so\s+many|every|all\s+the|them|him|her
          |(?-i:[A-Z]))[\w'\u2019&-]*(?:\s+(?!(?:so|and|but|because|it|we)\b)[\w'\u2019&-]+)
          {0,5})""",
    anchors="for")
#: A conditional that only supposes another's result ("if it worked for them ..."): the
#: subordinators of condition are a closed class. The leap, if any, is in the transfer
#: that follows ("..., it'll work for us", ``_FOR_THEM_FOR_US``).
_SUPPOSED = LazyPattern(r"\b(?:if|even\s+if|whether|unless|suppose|supposing)\s+(?:\w+\s+){0,2}$",
                        re.IGNORECASE)
#: Someone else's result applied to us: "if it's doing that for Ray it'll do it for us".
_FOR_THEM_FOR_US = _compile(
    r"""\bfor\s+(?P<org>(?!(?:us|me|our|my|ourselves|myself|the\s+(?:first|last|next))\b)
          [\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}?)\s*,?\s+(?:(?:so|then|and|surely)\s+)?
        (?:it['\u2019]ll|it\s+will|it\s+would|it['\u2019]d|it\s+can|it\s+could|it\s+should
          |it\s+might|it\s+must|will|would|can|could|should)\b
        # the modal denied is a doubt, not a transfer: "it might not work for us"
        (?!\s+(?:not|never)\b|n['\u2019]t)(?![^.;!?]{0,40}?\b(?:not|never|no)\b)
        [^.;!?]{0,40}?\bfor\s+(?:us|me|our|my)\b""",
    anchors="for")
#: Another person's trade arriving through a platform: "half his work comes in off
#: Facebook", "gets half her orders off Instagram". The trade nouns are the
#: measures of ``_SUCCESS``.
_THEIR_TRADE = _compile(
    r"""\b(?P<org>his|her)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:work|clients|customers|orders
          |bookings|trade|business|sales|students|members|patients|leads|enquiries|jobs
          |lunch\s+trade|custom)\b[^.;!?]{0,40}?\b(?:from|off|through|via|thanks\s+to
          |out\s+of|on)\s+(?:\w+\s+)?""" + SOCIAL + r"\b",
    anchors="his her")
#: A platform credited with someone's business: "Pinterest basically made her business".
_MADE_THEIR = _compile(
    SOCIAL + r"""\s+(?:\w+\s+)?(?:made|built|doubled|tripled|saved|transformed|grew|boosted
        |changed|exploded|rescued|launched)\s+(?:his|her|their)\b""",
    anchors="his her their")
#: Who the others are when the sentence says only that the organization is not among them.
ALL_THE_OTHERS = "everyone else"
#: Being the only ones not there: "the only ones on the parade not posting", "the only
#: garage in town not on Facebook" (everyone else is, whoever they are).
_ONLY_ONES = _compile(
    r"""\bthe\s+only\s+[\w'\u2019-]+\s+(?:[\w'\u2019-]+\s+){0,4}?(?:not\s+(?:on|posting|using
        |doing|active|there|online)|without\s+(?:a|an|any)\s+(?:\w+\s+)?(?:page|account|profile
        |presence|feed|channel))\b""",
    anchors="only")
#: Any verb, then the platform: "the farm up the lane shifts its eggs through a Facebook
#: page". Up to eight words between, none of them the organization itself.
_ACTS_ON = _compile(
    r"""^[\s,]*(?:(?!(?:we|our|i|my|you|they|it|and|but|so|because|which|who|that
          # a question word opens a clause with a subject of its own (see ``_DOING``)
          |why|how|what|when|where|whether|if)\b)
        [\w'\u2019&%-]+[\s,]+){1,8}?""" + SOCIAL + r"\b")
#: What follows others when the organization means to copy them: studying them
#: to match them is still a leap ("benchmarking shows four rivals run ...; we
#: propose to match them").
_IMITATE = LazyPattern(
    r"\b(?:match|matching|copy|copying|mirror|mirroring|emulate|replicate|imitate|parity"
    r"|catch\s+up|keep\s+up|do\s+the\s+same|same\s+as\s+them|follow\s+(?:them|suit)"
    # the organization's turn, in note form: "-> we follow", "so we follow"
    r"|(?:\u2192|->|=>|so)\s*(?:we|i)\s+(?:follow|copy|join|do\s+likewise)\b"
    # "following the same playbook": doing what they did, whatever the recipe is called
    r"|(?:the|their)\s+same\s+(?:playbook|formula|recipe|route|path|script|approach|strategy"
    r"|template|blueprint|tactics|game\s*plan|model)"
    # "so should we", "so must we": the organization's turn to copy
    r"|so\s+(?:should|must|will|shall|do|can)\s+(?:we|i)\b"
    # taking the others as the pattern: "follow their example", "follow its lead" (a
    # possessive determiner points back to the others; the nouns of a pattern to follow)
    r"|follow(?:s|ed|ing)?\s+(?:their|its|his|her|that|the\s+same)\s+(?:\w+\s+)?(?:example"
    r"|lead|model|footsteps|path|route)"
    # their result carried over to us: "(if it worked for them,) it'll work for our lessons";
    # a modal then the organization as the beneficiary, not denied
    r"|(?:will|['\u2019]ll|would|['\u2019]d|can|could|should|must)\s+(?:surely\s+|also\s+)?"
    r"(?:work|do\s+(?:the\s+same|that|it|likewise))\s+for\s+(?:us|me|our|my)\b)\b",
    re.IGNORECASE)
#: A later contrast that brings the organization's own customers: "competitors are
#: on LinkedIn, sure, but we chose it because the buyers we interviewed vet suppliers there".
_LATER_CONTRAST = LazyPattern(r"^\W*(?:but|however|yet|though|although|whereas|instead)\b"
                             r"|\b(?:instead|rather|but|however)\b", re.IGNORECASE)
#: Looking at what others have: "look at the bakery by the station: queues out the door".
_LOOK_AT = LazyPattern(r"\b(?:look\s+at|see|saw|seen|watch|watched|noticed|check\s+out)\s+"
                      r"(?:what\s+|how\s+)?$", re.IGNORECASE)
#: The people who saw, when they are customers or named by what they do ("bookers most
#: often saw a friend's post"): what customers saw is how they came, not an example
#: the organization looks at.
_SEEN_BY_PEOPLE = LazyPattern(
    rf"\b(?:{CUSTOMERS}|[a-z]+(?:ers|ors|ents|ees|ants|ians))\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:saw|see|sees|seen|watched|watch|watches|noticed|notice|notices)\s+$", re.IGNORECASE,
    "saw see watch notic")
_SEEING = LazyPattern(r"(?:saw|see|sees|seen|watched|watch|watches|noticed|notice|notices)\s+",
                      re.IGNORECASE)
#: An order on everyone is box checking's, not a leap: "every venue has to ...".
_OBLIGED = LazyPattern(
    r"^\s*(?:\w+\s+){0,5}?(?:must|ha(?:s|ve)\s+to|needs?\s+to|needs?\s+(?:a|an)|should"
    r"|(?:is|are)\s+(?:required|expected|obliged|obligated|supposed|told|asked|instructed"
    r"|mandated)\s+to)\b",
    re.IGNORECASE,
)
_OURS_BEFORE = LazyPattern(r"\b(?:our|my)\s*$", re.IGNORECASE)
_OURS_OF = LazyPattern(r"^(?:\w+\s+){1,2}of\s+(?:our|my)\b", re.IGNORECASE)
_OF_OURS = LazyPattern(r"^\s*of\s+(?:our|my)\b", re.IGNORECASE)
#: The organization as the subject before a quantity: "our farm sells most bunches".
_WE_ACT = LazyPattern(r"\b(?:we|our|i|my)\b(?![^,;]*\b(?:when|while|because|since|as|if|than|like"
                r"|unlike|whereas|and|but|so|that|where)\b)[^,;]*$", re.IGNORECASE)
_OWN_AFTER = LazyPattern(r"\W*\w+(?:\s+of)?\s+(?:its|our|my|us|we)\b", re.IGNORECASE)
_OWN_IN = LazyPattern(r"\b(?:its|our|my)\b", re.IGNORECASE)
_KIN = LazyPattern(r"(?:our|my)\s+neighbou?rs\s", re.IGNORECASE)
_NOT_OURS = LazyPattern(r"competitor|rival|competition|sister|neighbou?r|friend|cousin",
                       re.IGNORECASE)
#: The organization's own customers reporting: "patients told us they first saw ...".
_CUSTOMER_REPORT = LazyPattern(
    # (not a possessive that modifies another noun: "the children's theatre sector reported")
    rf"\b{CUSTOMERS}\b(?!['\u2019]s?\s)[^.!?;]{{0,60}}?\b(?:told|tell|tells|said|say|says|mentioned|mention"
    r"|reported|report|wrote|answered|explained|showed|shows|found|compare|compared)\b",
    re.IGNORECASE,
)
#: The organization's own gain traced to where it came from: "a third of our new members
#: came from climbers who saw a video our instructor posted", "most of our bookings arrive
#: via people who saw ...". Whoever is named after it is the source of our own result
#: (customers who came to us through a post), not another organization's success.
#: The nouns are what a business gains (customers by any name, and what they bring).
_OWN_GAIN = LazyPattern(
    rf"\b(?:our|my)\s+(?:[\w-]+\s+){{0,2}}?(?:{CUSTOMERS}|accounts|orders|bookings|sales"
    r"|enquiries|inquiries|leads|sign-?ups|trade|business|work|jobs|contracts|referrals"
    r"|donations|applications|tickets)\b[^.;!?]{0,40}?\b(?:came|come|comes|coming|arrived"
    r"|arrive|arrives|started|start|starts|were|was|are|is)\s+(?:in\s+|mostly\s+|largely\s+"
    r"|directly\s+)?(?:from|through|via|off|after)\b"
    # whoever found the organization through others' posts: the others are the route to
    # it, not an example ("shops that stock us found us through other bakers' posts")
    r"|\b(?:found|find|finds|discovered|discover|discovers|heard\s+(?:of|about)"
    r"|came\s+across|come\s+across|spotted)\s+(?:us|me)\s+(?:\w+\s+)?(?:through|via|from"
    r"|thanks\s+to)\b",
    re.IGNORECASE,
)
#: A quantifier word that determines no noun: "other than" (a preposition, "than" its
#: closed-class mark) and "most" grading an adverb ("most often", "most likely": the
#: adverbs of frequency and the -ly adverbs).
_NOT_DETERMINING = LazyPattern(r"(?:other|another)\s+than\b|most\s+(?:often|\w+ly)\b",
                               re.IGNORECASE)
#: Nouns that follow "every", "most" or "all the" without naming organizations: the
#: closed classes of words for a time, an age, a kind and a part.
_NOT_AN_ORG = LazyPattern(
    r"(?:age|ages|day|days|week|weeks|month|months|year|years|time|times|season|seasons"
    r"|morning|evening|night|weekend|weekends|kind|kinds|type|types|sort|sorts|size|sizes"
    r"|bit|bits|part|parts|way|ways|step|steps|stage|stages|aspect|aspects|detail|details"
    # a pronoun quantified ("a lot of it", "most of them", "all of this"): what was just said
    r"|it|them|this|that|these|those|us|ours)",
    re.IGNORECASE)
_PLATFORM_NAME = LazyPattern(rf"^{SOCIAL}$", re.IGNORECASE)
_FUNCTION_NAME = LazyPattern(
    r"^(?:I|I'm|I've|We|Our|The|It|This|That|They|There|If|When|Since|Because|So|And|But|As"
    r"|A|An|My|Their|Its|His|Her|He|She|You|Your|Everyone|Everybody|Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Christmas|Easter|Google|Gen|Z)\b")


#: A titled name ("Mrs Achebe") is a person; only a business of theirs ("Dr Lund's
#: practice") is another organization.
_TITLED = LazyPattern(rf"{HONORIFIC}(?:\s|$)", re.IGNORECASE)


#: Words a place phrase holds ("across the road", "in Leeds", "next door").
_PLACE_ANCHORS = ("across over down up along round around opposite beside behind past next nearby"
                  " near by on street door block mile minute town village in")

#: Words every match of each ``_OTHERS`` frame holds (see ``LazyPattern``); a bare name
#: has none.
_OTHERS_ANCHORS = (
    _PLACE_ANCHORS,
    "other another similar most many lot plenty loads half several bigger larger big successful"
    " leading biggest best-known famous major top rival competing every all neighbo nearby"
    " next-door nearest local chain franchise high-street high_street multinational"
    " peer comparable comparator equivalent fellow counterpart like-for-like similar-sized"
    " largest closest main best",
    "competitor rival competition",
    "everyone everybody every_one whole all_of_them they_all others",
    "friend cousin neighbo brother sister mate uncle aunt colleague contact partner boss",
    "read heard hear saw seen noticed learned know knew watched",
    "",
    "like similar size",
    _PLACE_ANCHORS,
    "look_at looking_at looked_at check_out",
    "all both",
    "0 1 2 3 4 5 6 7 8 9 one two three four five six seven eight nine ten eleven twelve",
    "with_a with_an with_their that_have which_have who_have",
)

#: The index in ``_OTHERS`` of the quantified frame ("other Xs", "most of the Xs").
_QUANTIFIED = 1
#: The index in ``_OTHERS`` of the named-business frame, which needs more checks.
_NAMED = 6
#: The index of the note-form frame ("Farm shop next door posts ..."), whose plural
#: nouns may as well be customers ("Schools in the county use Facebook").
_NOTE_FORM = 8
#: The index of the floating-quantifier frame ("the climbing walls I know all ..."),
#: whose head may as well be the organization's own people or things.
_FLOATING = 10
#: The index of the counted-share frame ("three of the four lumber yards").
_COUNTED = 11
#: The index of the frame of others defined by a platform ("practices with a TikTok").
_WITH_PLATFORM = 12


@functools.cache
def _others() -> tuple[LazyPattern, ...]:
    return tuple(LazyPattern(p, re.IGNORECASE, a)
                 for p, a in zip(_OTHERS, _OTHERS_ANCHORS, strict=True))


def _other_orgs(clause: str) -> Iterator[tuple[str, int, int, bool]]:
    """``(quoted name, start, end, strong)`` of each other organization named in a
    clause; ``strong`` when the frame names a kind of organization (not a bare name)."""
    for index, pattern in enumerate(_others()):
        named, note_form = index == _NAMED, index == _NOTE_FORM
        quantified = index in (_QUANTIFIED, _COUNTED)
        for found in pattern.finditer(clause):
            groups = found.groupdict()
            org = groups.get("org") or groups.get("org2") or ""
            words = org.split()
            if index in (_FLOATING, _WITH_PLATFORM) and _OWN_SIDE.search(org):
                continue  # "the volunteers all use WhatsApp", "the photos all got likes"

            if named and (
                    _FUNCTION_NAME.match(org) or _PLATFORM_NAME.match(words[0])
                    or (_TITLED.match(org) and not re.search(r"['\u2019]", org + clause[
                        found.end():found.end() + 1]))
                    or re.search(r"[A-Z][\w'&-]*\s+$", before(clause, found.start(), 60))):
                continue  # a name inside a longer name ("Harbor Street") is not a name
            kin = _KIN.match(org)
            end = found.end()
            if mentions_customers(org) and not kin and not _ORG_NOUN.fullmatch(words[-1]):
                # a customer word as a modifier of a word for an organization is not
                # customers: "every other community station", "the students' union"
                head = _ORG_NOUN_NEXT.match(clause, end)
                if head is None:
                    continue
                end = head.end()
                org = clause[found.start("org" if groups.get("org") else "org2"):end]
                words = org.split()
            if _social().search(org):
                continue
            if note_form and _plural_head(org) and not _DID_WELL.search(
                    after(clause, end, 120)):
                continue  # "Schools in the county use Facebook": customers, unless they did well
            if not _NOT_OURS.search(org) and (
                    _OWN_AFTER.match(clause, found.start())
                    or (not quantified and _OWN_IN.search(org))):
                continue  # "most of its trade", "our own shop": the organization's own
            if quantified and _NOT_DETERMINING.match(org):
                continue  # "somewhere other than the group", "most often saw": no noun quantified
            if quantified and any(_NOT_AN_ORG.fullmatch(w) for w in words[1:]):
                continue  # "every age already uses it", "most of the time": not organizations
            if quantified and len(words) > 1 and (
                    (_SUBJECT_PRONOUN.fullmatch(words[-1]) and _THINGS.search(words[-2]))
                    or (_THINGS.search(words[-1]) and _PRONOUN_NEXT.match(clause, end))):
                # "every photo we put up is a sale": a noun with a contact clause is the
                # head, and it is one of the organization's own things
                continue
            head_next = _NEXT_WORD.match(clause, end)
            if quantified and head_next and mentions_customers(head_next.group(1)) \
                    and not _ORG_NOUN.fullmatch(words[-1]):
                continue  # "most kit buyers reach the shop from demos": people, not businesses
            if quantified and _MEASURE_NEXT.match(clause, end):
                continue  # "most Messenger enquiries start here": the quantified noun is a measure
            if quantified and _RESPONDENTS_NEXT.match(clause, end):
                continue  # "most members who answered our poll": the organization's own people
            if quantified and (_MEASURE.fullmatch(words[-1]) or _WE_ACT.search(
                    before(clause, found.start(), 60))):
                continue  # "most orders come from ...", "our farm sells most bunches": not others
            if not _NOT_OURS.search(org) and (_OURS_BEFORE.search(before(clause, found.start(), 20))
                                               or re.search(r"\b(?:our|my)\b", org.split()[0],
                                                            re.IGNORECASE)):
                continue
            if _OF_OURS.match(after(clause, end, 20)):
                continue
            # a bare name or a note-form noun must be its verb's own subject
            yield org, found.start(), end, not (named or note_form)


#: The organization's own people (the closed class of words for those who work in or
#: run it) and its own things (``_THINGS``, what it shows and sells): "the volunteers
#: all use WhatsApp", "the photos all got likes" are about the organization itself.
_OWN_SIDE = LazyPattern(
    r"\b(?:staff|team|crew|volunteers?|employees?|colleagues?|trustees?|committee|board"
    r"|workers|instructors|teachers|coaches|managers|partners|owners?|founders?|family)\b"
    r"|\b(?:feed|grid|pages?|profiles?|accounts?|posts?|photos?|pictures?|images?|videos?"
    r"|reels?|content|products?|cakes?|designs?|rooms?)\b",
    re.IGNORECASE)
#: Words for an organization (a closed class) that a customer noun may modify: "community
#: station", "students' union", "patients' association", "members' club".
_ORG_WORDS = (r"(?:station|union|centre|center|association|club|trust|council|federation"
              r"|cooperative|co-op|radio|magazine|newspaper|bank)s?|societ(?:y|ies)|charit(?:y|ies)"
              r"|librar(?:y|ies)")
_ORG_NOUN = LazyPattern(_ORG_WORDS, re.IGNORECASE)
#: The word for an organization straight after a customer noun (an apostrophe between).
_ORG_NOUN_NEXT = LazyPattern(rf"[\u2019']?\s+(?:{_ORG_WORDS})\b", re.IGNORECASE)


def _plural_head(org: str) -> bool:
    """Whether the noun before the place is plural ("schools in the county"): the word
    before the first place word of a note-form name."""
    words = org.split()
    for i, word in enumerate(words[1:], 1):
        if _PLACE_START.match(word):
            head = words[i - 1].lower()
            return head.endswith("s") and not head.endswith(("ss", "'s", "\u2019s"))
    return False


_PLACE_START = LazyPattern(r"(?:across|over|down|up|along|round|around|opposite|beside|behind|past"
                           r"|next|nearby|near|by|on|at|of|in)$", re.IGNORECASE)


def others_role(text: str, is_learning, *, rationale: bool = False) -> Role | None:
    """The first clause in a field whose reason is other organizations being on a
    platform or doing well there, or ``None``.

    ``is_learning(sentence)`` says whether a sentence studies others rather than
    follows them ("we studied three rival firms to find the gap"). In a channel
    ``rationale`` the platform is implied: "it's where all the brands are going".
    An order on every organization of a kind is box checking's, not a leap.
    """
    social = _social()
    field = sentences(text)
    for number, sentence in enumerate(field):
        if answer(_reports_own, sentence.text) or refuted(field, number):
            continue
        learning: bool | None = None
        for index, clause in enumerate(sentence.clauses):
            if dismissed_by_next(sentence, index):
                continue
            orders: list[tuple[int, int]] | None = None
            for org, start, end in answer(_others_in, clause.text, rationale):
                if orders is None:  # only for a clause that names others doing something
                    orders = sorted((at, stop) for _, at, stop in _mandates_in(
                        clause.text, rationale, social))
                near = orders[bisect.bisect_left(orders, (start - REACH, 0)):
                              bisect.bisect_left(orders, (end, 0))]
                if any((stop <= end or at <= start or _gives_order(clause.text, end, stop))
                       if stop > start else not _REASON_BETWEEN.search(clause.text, stop, start)
                       for at, stop in near):
                    # "head office says every store must ...": an order, box checking's; and
                    # a name that is the subject of an order ("Mrs Achebe has made a page a
                    # condition of ...") is the mandate-giver, not an example followed
                    continue
                verb_on = re.match(r"(?:\W*\w+){0,2}", after(clause.text, end, 60))
                # the "not" of "the only ones not on it" is the leap itself, not a denial
                if clause.negated_at(start) or (org != ALL_THE_OTHERS and _denied(
                        clause.text[start:end + (verb_on.end() if verb_on else 0)])):
                    continue
                if learning is None:  # once per sentence, at its first candidate
                    # a benchmark followed by "we need parity" is a leap, not a lesson
                    copying = _IMITATE.search(sentence.text) or (
                        number + 1 < len(field) and _IMITATE.search(field[number + 1].text))
                    lesson = sentence.text
                    report = _STUDY_REPORTS.match(lesson)
                    if report and report.end() <= clause.start - sentence.start + start:
                        lesson = lesson[report.end():]  # what the study is said to show
                    learning = not copying and (
                        is_learning(lesson) or _learns_next(field, number, is_learning))
                if learning:
                    break
                if _contrasted(field, number, index, start):
                    break
                where = clause.start + start
                says = f'the example of "{lower_first(" ".join(org.split()))}" is the reason given'
                return Role(says, sentence.quote(where - sentence.start), where)
    return _copied(field)


def _reports_own(sentence: str) -> bool:
    """Whether a sentence reports what the organization's customers said or where its own
    gain came from (``_CUSTOMER_REPORT``, ``_OWN_GAIN``): others it names are then no
    example followed. Kept per sentence (``answers``), as plans repeat their sentences."""
    return bool(_CUSTOMER_REPORT.search(sentence) or _OWN_GAIN.search(sentence))


#: A study that reports what others have: "benchmarking shows 9 of 11 comparable
#: services run an account", "a sector survey found most rivals post daily". What
#: research is called (``RESEARCH`` and the words for a comparison) and a verb of
#: reporting (a closed class) open the sentence; the study is the source of the fact,
#: not a lesson, so a lesson is looked for only in what it is said to show ("... found
#: most run it poorly, which showed us the gap"). "Showed us" is itself a lesson.
_STUDY_REPORTS = LazyPattern(
    rf"^\W*(?:[\w'\u2019-]+\s+){{0,3}}?(?:{RESEARCH}|benchmark\w*|audit\w*|analys[ie]s|review"
    r"|report|census|scan|comparison)\b[^.;:!?]{0,80}?\b(?:shows?|showed|shown|found|finds"
    r"|says|said|suggests?|suggested|indicates?|indicated|confirms?|confirmed|reveals?"
    r"|revealed)\s+(?!(?:us|me)\b)(?:that\s+)?", re.IGNORECASE,
    "show found find say said suggest indicat confirm reveal")


#: The organization deciding to do as someone else did, in a sentence of its own:
#: "We should too.", "Same for us.", "Let's do the same." (function words only).
_ECHO_NEXT = LazyPattern(
    r"^\W*(?:(?:the\s+)?same\s+(?:for|here|with|goes\s+for)\s+us|(?:us|me)\s+too|so\s+should\s+we"
    r"|why\s+not\s+us|let['\u2019]?s\s+(?:do\s+(?:the\s+same|that|it|likewise)|copy|follow)"
    r"|we\s+(?:should|could|can|must|need\s+to|ought\s+to|want\s+to|will|['\u2019]ll)\s+"
    r"(?:[\w'\u2019]+\s+){0,4}?(?:too|as\s+well|the\s+same|likewise|in\s+the\s+same\s+way))\b",
    re.IGNORECASE)
#: The same conclusion drawn inside the sentence: "..., which suggests the library would
#: benefit in the same way".
_ECHO_AFTER = LazyPattern(
    r"\b(?:which|this|that|so)\s+(?:suggests|means|shows|proves|tells\s+us|implies)\s+(?:that\s+)?"
    r"(?:we|the\s+[\w-]+|our\s+[\w-]+)\s+(?:would|will|could|should|can|might)\s+"
    r"(?:[\w'\u2019]+\s+){0,4}?(?:too|as\s+well|the\s+same|likewise|in\s+the\s+same\s+way"
    r"|similarly)\b", re.IGNORECASE)
#: The subject a sentence opens with, up to its verb (at most eight words).
_OPENING_SUBJECT = LazyPattern(
    r"\W*(?P<who>(?:[\w'\u2019&-]+\s+){0,7}?[\w'\u2019&-]+)\s+(?:(?:has|have|had)\s+(?:both\s+"
    r"|all\s+|also\s+)?(?:been|seen|got|had|gained|grown|doubled|won)|is|are|was|were|does|do"
    r"|did|has|have|gets?|got|posts?|runs?|uses?|sells?|sold|makes?|made|sees?|saw|doubled|tripled|grew"
    r"|gained|fills?|filled|packs?|draws?|drew)\b", re.IGNORECASE)
#: Doing well, as the words for growth and for what a business counts (a closed class).
_DID_WELL = LazyPattern(
    r"\b(?:doubl\w*|tripl\w*|grew|grow\w*|gain\w*|boost\w*|pack(?:s|ed|ing)?|rammed|busy|full"
    r"|fill(?:s|ed|ing)?|sold|sells?|sell-?outs?"
    r"|success\w*|take-up|uptake|interest|crowds?|queues?|bookings?|orders|trade|customers|clients"
    r"|members|sales|visitors|footfall|enquiries|inquiries|leads"
    # an audience won: "large followings", "big audiences"
    r"|followings?|followers|audiences?)\b", re.IGNORECASE)
#: People rather than organizations: agent nouns and the people nouns that end otherwise.
_PEOPLE_NOUN = LazyPattern(
    r"[a-z]+(?:ers|ors|ists|ians|ents|ees|ants)|parents|families|kids|children|locals|people"
    r"|residents|students|mums|moms|dads|couples|guests|regulars|teens|pupils|seniors|retirees"
    r"|neighbou?rs|folks?|women|men|customers", re.IGNORECASE)
#: The word after a noun phrase: its head, when the phrase was a modifier ("most kit
#: buyers": the quantified noun is "buyers", people the organization serves).
_NEXT_WORD = LazyPattern(r"\s+([\w'\u2019-]+)")
_NOT_OTHERS = LazyPattern(r"^(?:we|our|i|my|us|me|you|your|it|its|they|their|this|that|these"
                          r"|those|there|here)\b", re.IGNORECASE)


def _copied(field: list[Sentence]) -> Role | None:
    """Someone else's platform or success, then the organization resolving to do the
    same ("Carnley branch gets loads of interest from its FB promos. Same for us."):
    whoever they are, the sentence that echoes them makes them the reason."""
    for number, sentence in enumerate(field):
        subject, echoes = answer(_copying, sentence.text)
        echoed = echoes or (number + 1 < len(field) and _ECHO_NEXT.match(field[number + 1].text))
        if not echoed or refuted(field, number):
            continue
        if subject is None:
            continue
        who_start, who_end, subject_end = subject
        who = " ".join(sentence.text[who_start:who_end].split())
        if _NOT_OTHERS.match(who) or mentions_customers(who) or _NEGATOR.search(who) \
                or any(_PEOPLE_NOUN.fullmatch(w) for w in who.split()):
            continue  # "Teachers post on Facebook. We should too.": following customers
        body = sentence.text[subject_end:]
        if not (_social().search(body) or _DID_WELL.search(body)):
            continue
        if sentence.clauses[0].negated_at(subject_end):
            continue
        where = sentence.start + who_start
        says = f'the example of "{lower_first(who)}" is the reason given'
        return Role(says, sentence.quote(who_start), where)
    return None


def _copying(sentence: str) -> tuple[tuple[int, int, int] | None, bool]:
    """What ``_copied`` reads in one sentence alone: where its opening subject's words
    start and end and where the subject ends (None without one), and whether the
    sentence itself resolves to do the same. It reads nothing around the sentence, so
    it is kept per sentence (``answers``): plans repeat their sentences."""
    # minutes put the others and the decision behind verbs of reporting: "it was noted
    # that X ..., and it was agreed that we should follow their example" is the
    # organization's own statement, so the subject is read after the lead
    opens = reporting_lead_end(sentence)
    subject = _OPENING_SUBJECT.match(sentence, opens)
    echoes = _ECHO_AFTER.search(sentence) is not None or (
        subject is not None and _echoed_within(
            Sentence(sentence, 0, tuple(_clauses(sentence, 0))), subject.end()))
    if subject is None:
        return None, echoes
    return (subject.start("who"), subject.end("who"), subject.end()), echoes


def _echoed_within(sentence: Sentence, after_subject: int) -> bool:
    """Whether a later clause of the sentence resolves to copy ("..., and it was agreed
    that we should follow their example"). A clause turned by a contrast or holding a
    negator or a hedge rejects the copying ("..., but following their example makes no
    sense for us"), so it is scoped out."""
    for clause in sentence.clauses:
        at = clause.start - sentence.start
        found = _IMITATE.search(clause.text)
        if found is None or at + found.start() < after_subject:
            continue
        if _LATER_CONTRAST.match(clause.text.lstrip(" ,;:")) or _NEGATOR.search(clause.text) \
                or _hedged(clause.text):
            continue
        return True
    return False


def _gives_order(clause: str, end: int, stop: int) -> bool:
    """Whether the others named just before ``end`` are the subject of the directive
    verb ending at ``stop``: nothing but auxiliaries ("has", "now") stands between."""
    words = clause[end:stop].split()
    return bool(words) and (len(words) == 1 or bool(
        _AUX_TAIL.fullmatch(" " + " ".join(words[:-1]))))


#: A label after the others' noun: "Competitor check:", "Rivals:" (one word may stand
#: between, then a colon or dash), as in notes.
_LABEL_AFTER = LazyPattern(r"\s*(?:[\w-]+\s*)?[:\u2013\u2014]\s*", re.IGNORECASE)

#: A reason clause after an order: "the board said we must be on X because our rivals
#: are there" gives the others as a reason of its own, beside the order.
_REASON_BETWEEN = LazyPattern(r"\b(?:because|since|cos|as)\b", re.IGNORECASE)

#: Presence said by anaphora or ellipsis once the platform is named earlier in the
#: clause: "we are on Instagram because our rivals are there / are too / are."
#: Only the verbs of being and having (a closed class), then "there", a pronoun
#: for the platform, an adverb of sameness, or nothing.
_PRESENT_THERE = LazyPattern(
    r"^\s*(?:is|are|was|were|['\u2019]s|['\u2019]re|have\s+been|has\s+been|have|has|use|uses"
    r"|run|runs)(?:\s+(?:all|already|also|now|too|as\s+well|each|both|very|really|big|active"
    r"|there|over\s+there|in\s+there|on\s+(?:it|there|them)|into\s+it|one|it|them))*?"
    r"(?:\s+(?:there|on\s+(?:it|there))\b|\s*(?=[.!?;,:)]|$))",
    re.IGNORECASE)


def _denied(span: str) -> bool:
    """Whether the words from the others to their verb deny it: "competitors barely
    use LinkedIn", "most plumbers round here ignore Nextdoor"."""
    for found in _NEGATOR.finditer(span):
        if _FROM_NOTHING.search(span, max(0, found.start() - 6), found.end()):
            continue  # "went from nothing to packed weekends": growth, not a denial
        if not _CANCELLER.search(span[found.end():found.end() + 40]):
            return True
    return _SHUN.search(span) is not None


#: Growth told from a start of nothing: "went from nothing to ...", "from zero".
_FROM_NOTHING = LazyPattern(r"\bfrom\s+(?:nothing|nobody|no\s+one|none)\b", re.IGNORECASE)
#: In a rationale the platform is implied, so these verbs alone put others there:
#: "it's where all the brands are going", "everyone else seems to be there".
_BEING_THERE = LazyPattern(
    r"\b(?:is|are|was|were|been|seems?|has|have|got|use|uses|using|post|posts|posting|run|runs"
    r"|joined"
    r"|moved|switched|went|going|heading|flocking|migrating|piling"
    # note form, the verb dropped: "Neighbouring regions all there."
    r"|all\s+there)\b", re.IGNORECASE)
#: Verbs of not being there (a closed class): others who ignore a platform are no wagon.
_SHUN = LazyPattern(r"\b(?:ignore|ignores|ignored|ignoring|skip|skips|avoid|avoids|abandoned"
                   r"|left|leave|leaving|quit|quitting|dropped|drop|gave\s+up|give\s+up"
                   r"|deleted|closed|stopped|shun|shuns)\b", re.IGNORECASE)
_WHERE_BEFORE = LazyPattern(r"\bwhere\s+(?:all\s+|most\s+of\s+)?$", re.IGNORECASE)
#: Others helping the organization ("the florist next door helped us set up the
#: account", "a friend showed me how Reels work"): a helper, not an example followed.
_HELPED_US = LazyPattern(r"\b(?:help\w*|show\w*|taught|teach\w*|advis\w*|train\w*|coach\w*"
                         r"|lent|lend\w*|gave|give\w*)\s+(?:us|me)\b", re.IGNORECASE)
#: Verbs of saying: "everyone says Facebook is dead" reports an opinion, not a presence.
_SAYING = LazyPattern(r"\b(?:says?|said|thinks?|thought|reckons?|claims?|tells?|told|insists?"
                     r"|argues?|believes?|asks?|asked|writes?|wrote)\b", re.IGNORECASE)


#: The others as the object of an order: "a framework that requires every service to
#: keep a page", "asks all branches to post": an order on everyone is box checking's.
#: The verbs of requiring (a closed class), with or without "that".
_REQUIRING = (r"(?:requires?|required|requiring|obliges?|obliged|compels?|compelled|expects?"
              r"|expected|instructs?|instructed|directs?|directed|tells?|told|asks?|asked|forces?"
              r"|forced|mandates?|mandated|orders?|ordered|obligates?|obligated)")
_REQUIRED_OF = LazyPattern(rf"\b{_REQUIRING}\s+(?:that\s+)?$", re.IGNORECASE)
#: The others as the giver of an order: "the Executive Team has asked Communications to
#: ...": the subject of a verb of requiring is a mandate-giver, not an example.
_REQUIRES = LazyPattern(rf"^[\s,]*(?:(?:has|have|had|now|also|just|recently|formally)\s+)*"
                        rf"{_REQUIRING}\b", re.IGNORECASE)


#: What came to the organization, traced to where it came from: "almost every commission
#: came from someone who had seen ...", "most bookings arrive via ...". Verbs of arriving
#: and originating (a closed class) with a preposition of source: the quantified noun
#: before them is what the organization received, not other organizations.
_CAME_FROM = LazyPattern(
    r"^[\s,]*(?:[\w'\u2019-]+\s+){0,4}?(?:came|come|comes|coming|arrived|arrive|arrives"
    r"|arriving|originated|originates|stemmed|stems)\s+(?:in\s+)?(?:\w+ly\s+)?(?:from|through"
    r"|via|off|out\s+of)\b", re.IGNORECASE, "came come arriv originat stem")
#: A platform word just before "post(s)": "a friend's IG post", "our Facebook posts" name
#: a post, so the "post" is a noun, not the others' verb.
_POST_NOUN = LazyPattern(r"posts?\b", re.IGNORECASE)
_SOCIAL_LAST = LazyPattern(rf"\b{SOCIAL}\s+$", re.IGNORECASE)


#: The others' noun phrase naming a body the organization belongs to: "the franchise we
#: joined", "the network we are part of" (verbs of joining and belonging, a closed class).
_WE_BELONG = LazyPattern(
    r"\b(?:we|i)\s+(?:\w+\s+)?(?:joined|join|belong|belonged|are\s+part|became\s+part"
    r"|signed\s+(?:up\s+)?(?:to|with)|bought\s+into|are\s+members?)\b", re.IGNORECASE,
    "join belong part signed bought member")
#: A noun phrase whose head is a paper (the kinds of document, a closed class): "the
#: franchise brand book", "the chain's handbook" say things, they are no organization.
_PAPER_HEAD = LazyPattern(
    r"(?:[\w'\u2019&-]+\s+){1,5}?(?:book|handbook|rulebook|playbook|manual|guide|guidelines"
    r"|policy|agreement|contract|lease|terms|memo|brief|charter|rules|regulations?|toolkit"
    r"|template|newsletter)\s+(?:\w+\s+)?(?:says?|said|states?|stated|requires?|required"
    r"|recommends?|suggests?|tells?|told|lists?|claims?|insists?|calls?)\b",
    re.IGNORECASE, "book manual guide polic agreement contract lease terms memo brief charter"
    " rules regulation toolkit template newsletter")
#: A person's pronoun after a bare name: "Marcus ... for his own account" names a person
#: (a member of staff, a volunteer), whose account is no other organization's presence.
_PERSON_AFTER = LazyPattern(r"\b(?:he|his|him|she|her|hers|himself|herself)\b", re.IGNORECASE)


def _others_in(clause: str, rationale: bool) -> tuple[tuple[str, int, int], ...]:
    """``_others_doing``, as a tuple: it reads the clause alone, so ``others_role`` keeps
    it per clause text (``answers``), as plans repeat their sentences."""
    return tuple(_others_doing(clause, rationale))


def _others_doing(clause: str, rationale: bool = False) -> Iterator[tuple[str, int, int]]:
    """``(quoted name, start, end of its verb)`` of each other organization that is on a
    platform, acts through one or does well."""
    # an aside is read past: "peer authorities (n=14) all run ..."; blanked, so positions
    # stay the same
    clause = _ASIDE.sub(lambda found: " " * len(found.group()), clause)
    for org, start, end, strong in _other_orgs(clause):
        rest = after(clause, end)
        if (_OBLIGED.match(rest) or _REQUIRES.match(rest)
                or _REQUIRED_OF.search(before(clause, start, 40))):
            continue
        if _WE_BELONG.search((org + rest)[:len(org) + 30]) or _PAPER_HEAD.match(org + rest[:30]):
            # "the franchise we joined requires ...": the body the organization belongs
            # to; "the franchise brand book says ...": a paper, not an organization
            continue
        seeing = _SEEING.match(clause, start)  # the frame's own verb: "saw a friend's ..."
        if _CAME_FROM.match(rest) or _SEEN_BY_PEOPLE.search(
                before(clause, start, 60) + (seeing.group() if seeing else "")):
            # "almost every commission came from someone who ...": our own intake; "bookers
            # most often saw a friend's post": what customers saw on their way to us
            continue
        doing = _DOING.match(rest)
        if doing and _POST_NOUN.match(doing.group(), len(doing.group("gap"))) and \
                _SOCIAL_LAST.search(doing.group("gap")):
            doing = None  # "saw a friend's IG post": a post (a noun), not others posting
        if doing and not strong and len(doing.group("gap").split()) > 1 and not (
                re.search(r"['\u2019]s$", org) and len(doing.group("gap").split()) <= 3):
            # a bare name must be the verb's own subject: "Brightwell posts"; or own the
            # subject: "Eastgate University's careers team posts"
            doing = None
        if doing and _NOTE_VERB.match(doing.group(), len(doing.group("gap"))) and (
                (doing.group("gap").strip() and not (
                    org.endswith(("'", "\u2019")) and len(doing.group("gap").split()) == 1))
                or not _FRAGMENT_START.search(clause, 0, start)):
            # note form is a fragment of the name then its participle: "Others doing it."
            doing = None
        if doing and _ASKED_BY_US.search(doing.group("gap")):
            doing = None  # "almost every rider we asked uses it": those we asked, our research
        if doing and _TO_US.match(rest, doing.end()):
            doing = None  # "everyone moved to us", "came over to our stall": our own intake
        if doing and _HELPED_US.search(doing.group()):
            doing = None  # "the florist next door helped us set up the account": a helper
        if doing:
            # the noun phrase runs up to the verb: "other physiotherapy practices in Leeds"
            named = (org + doing.group("gap")).strip(" ,")
            if _research().search(named.split()[-1]):
                continue  # "who answered the AGM survey are on it": a survey, no organization
            if _MUTUAL.search(rest):
                continue  # "traders ... share each other's posts": partners, not an example
            if (_customers(named, org) and not _KIN.match(named)) or _OURS_OF.match(named):
                continue
            if not strong and _PERSON_AFTER.search(after(rest, 0, doing.end() + 60)) \
                    and not _NOT_OURS.search(before(clause, start, 25)) \
                    and not _SUCCESS.search(rest[doing.end():doing.end() + 60]) \
                    and not _DID_WELL.search(rest[doing.end():doing.end() + 60]):
                # "Marcus makes them for his own account": a person (staff, a volunteer), not
                # a business; "our neighbour Dave ... sells out" is still one
                continue
            # in a rationale "where" stands for the platform: "that's where our rivals advertise"
            presence = rationale and (_BEING_THERE.search(doing.group()) or _WHERE_BEFORE.search(
                before(clause, start, 30)))
            # in a rationale, joining is joining the platform: "grew its collections after
            # joining"
            presence = presence or (rationale and _SINCE_JOINING.search(rest[doing.end():]))
            if (presence or _social().search(rest) or _SUCCESS.search(rest[doing.end():])
                    or _SUCCESS.search(doing.group().split()[-1])):
                yield named, start, end + doing.end()
                continue
        if _LABEL_AFTER.match(rest) and (_NOT_OURS.search(org) or _PLACED.search(org)):
            # note form: "Competitor check: Smile Studio, 3k followers", "Rivals - all on X",
            # "Campsite next door: 10k followers"
            body = rest[_LABEL_AFTER.match(rest).end():]
            if (_SUCCESS.search(body) or _social().search(body)) and not _NEGATOR.search(body):
                yield org, start, end
                continue
        gap = len(doing.group("gap")) if doing else 0
        if strong and (there := _PRESENT_THERE.match(rest[gap:])) and (
                _social().search(before(clause, start)) or rationale):
            named = (org + rest[:gap]).strip(" ,")
            if not _customers(named, org):  # "because our apprentices are there"
                yield named, start, end + gap + there.end()
                continue
        acts = _ACTS_ON.match(rest) if strong else None
        if acts and not _SAYING.search(acts.group()) and not _HELPED_US.search(acts.group()):
            yield org, start, end + acts.end()
        elif _LOOK_AT.search(before(clause, start, 40)) and (_SUCCESS.search(rest)
                                                   or _social().search(rest)):
            yield org, start, end
    for found in _ONLY_ONES.finditer(clause):
        yield ALL_THE_OTHERS, found.start(), found.end()
    for found in _MADE_THEIR.finditer(clause):
        yield "someone else", found.start(), found.end()
    for pattern in (_WORKED_FOR, _FOR_THEM_FOR_US):
        for found in pattern.finditer(clause):
            if pattern is _WORKED_FOR and _SUPPOSED.search(before(clause, found.start(), 30)):
                continue  # "if it worked for them": a supposition; only its transfer is a leap
            yield found.group("org"), found.start(), found.end()
    for found in _THEIR_TRADE.finditer(clause):
        yield "someone else", found.start(), found.end()


def _customers(named: str, org: str) -> bool:
    """Whether the others' noun phrase up to its verb names customers; a customer word
    that modifies a word for an organization ("community station") does not."""
    if _PLACE_GAP.match(named, len(org)):
        # "peer organisations across the children's theatre sector": the place after the
        # head names where they are, not whom they are
        return mentions_customers(org) and not _ORG_NOUN.fullmatch(org.split()[-1])
    if _ORG_NOUN.fullmatch(org.split()[-1]):
        return mentions_customers(named[len(org):])
    return mentions_customers(named)


#: A gap between the others and their verb that says where they are.
_PLACE_GAP = LazyPattern(r"\s+(?:across|in|within|throughout|around|near|along|on|at|of|from)\s",
                         re.IGNORECASE)


#: A phrase pointing back at what was just said: "we want that", "the same".
_POINTS_BACK = LazyPattern(r"\b(?:that|this|the\s+same|more\s+of\s+(?:that|it))\b",
                           re.IGNORECASE)


def after_own_gain(text: str, at: int, phrase: str) -> bool:
    """Whether ``phrase``, found at ``at`` in ``text``, points back at the sentence before
    it and that sentence reports the organization's own gain: "A third of our new members came
    from a video. We want that to happen more often." wants more of its own result."""
    if not _POINTS_BACK.search(phrase):
        return False
    field = sentences(text)
    for number, sentence in enumerate(field):
        if sentence.start <= at < sentence.start + len(sentence.text):
            return number > 0 and _OWN_GAIN.search(field[number - 1].text) is not None
    return False


#: A subject after "that": "that" opens a clause of its own ("we want that people think
#: we are modern", as learners of English write it), a wish about an image, not
#: "we want that" pointing back at someone else's result.
_CLAUSE_AFTER_THAT = LazyPattern(
    r"\s+(?:people|everyone|everybody|nobody|we|they|you|he|she|our|the|a|an|every|all"
    r"|customers?|clients?|guests?|visitors?)\s+\w", re.IGNORECASE)


def that_opens_clause(text: str, end: int) -> bool:
    """Whether the phrase ending at ``end`` ends in a "that" whose clause follows."""
    return text[max(0, end - 4):end].lower() == "that" and bool(
        _CLAUSE_AFTER_THAT.match(text, end))


def _contrasted(field: list[Sentence], number: int, index: int, at: int) -> bool:
    """Whether a later clause of the sentence, or the next sentence, turns from the
    others (named at ``at`` in the clause) to the organization's own customers
    ("..., but procurement managers do")."""
    sentence = field[number]
    conceded = _CONCEDED.match(sentence.clauses[index].text)
    main = sentence.clauses[index].text.find(",", conceded.end()) if conceded else -1
    if main < at:
        main = -1  # the others stand in the main clause: "although we looked, every gym ..."
    # "although many yards have Instagram, we chose Facebook because our customers ...":
    # the others are conceded in the subordinate clause; the main clause gives the reason
    later = [sentence.clauses[index].text[main + 1:]] if main != -1 else []
    later += [c.text for c in sentence.clauses[index + 1:index + 4]
             if _LATER_CONTRAST.search(c.text.lstrip(" ,;:"))
             or (_OUR_TURN.match(c.text.lstrip(" ,;:")) and not _ALSO.search(c.text))]
    # the next sentence, or the one after a shrug ("Good for them. We're doing this because
    # our own clients ...")
    for following in [f.text for f in field[number + 1:number + 3]][
            :1 if number + 1 >= len(field) or not _SHRUG.match(field[number + 1].text) else 2]:
        if _LATER_CONTRAST.search(following) or (
                _OUR_TURN.match(following) and not _ALSO.search(following)):
            later.append(following)
    return any(_reason_in(sentences(text)) for text in later)


#: A subordinate clause that concedes what it says before the main clause gives the
#: reason: "although most rival yards are on Instagram, ...".
_CONCEDED = LazyPattern(r"\W*(?:although|though|even\s+though|even\s+if|while|whilst|whereas"
                        r"|despite|granted|admittedly)\b", re.IGNORECASE)

#: A sentence that shrugs the others off: "Good for them.", "Fair play to them."
_SHRUG = LazyPattern(r"\W*(?:good\s+(?:for|on)\s+them|fair\s+(?:play|enough|dos)(?:\s+to\s+them)?"
                     r"|whatever\s+works(?:\s+for\s+them)?|each\s+to\s+their\s+own|that['\u2019]s"
                     r"\s+(?:them|their\s+business))\W*$", re.IGNORECASE)
#: The organization taking its own turn: "Other florists use it as a portfolio. We'll
#: use it for same-day orders from office assistants ..."
_OUR_TURN = LazyPattern(r"\W*(?:we|we['\u2019](?:ll|re|d)|our)\b", re.IGNORECASE)
_ALSO = LazyPattern(r"\b(?:too|as\s+well|also|the\s+same|likewise)\b", re.IGNORECASE)

_ABOUT_THEM = LazyPattern(r"\b(?:their|theirs|they|them|competitor\w*|rival\w*)\b",
                         re.IGNORECASE)


def _learns_next(field: list[Sentence], number: int, is_learning) -> bool:
    """'Competitor X posts daily. We read their comments to learn ...': the lesson
    is often the next sentence, about the same others."""
    if number + 1 >= len(field):
        return False
    following = field[number + 1].text
    return bool(_ABOUT_THEM.search(following)) and is_learning(following)


# --------------------------------------------------------------------------
# SMA203 bragging-rights: chosen for how the organization looks

#: Adjectives of style, age and standing: the qualities an image is made of
#: (listed because "make us look ___" needs none of them, but "they think we're
#: ___" is an image only with one of them).
IMAGE_WORDS = (
    r"(?:modern|young|younger|youthful|fresh|fresher|cool|cooler|hip|hipper|trendy|on-trend"
    r"|on\s+trend|current|relevant|innovative|innovators?|cutting-edge|cutting\s+edge"
    r"|forward-looking|forward-thinking|up\s+to\s+date|up-to-date|with\s+it|tech-savvy|savvy"
    r"|edgy|fun|sexy|stylish|slick|polished|premium|high-end|upmarket|luxurious|luxury"
    r"|professional|serious|credible|established|successful|big|bigger|important|prestigious"
    r"|sophisticated|dynamic|vibrant|exciting|contemporary|progressive|digital|legit"
    r"|grown-up|glamorous|chic|classy|impressive|ahead|hot|fashionable|next-gen|disruptors?"
    r"|disruptive|bold|leaders?|pioneers?|trailblazers?|digital-first|five-star|world-class"
    r"|glamour|glossy|sleek|hipster|buzzy)"
)
#: Words of age and decline: "we're not some dusty shop" is an image stated as
#: what the organization is not, so a negation in front of them is part of the brag.
DATED = (
    r"(?:old|older|old-fashioned|old\s+fashioned|dated|outdated|dusty|stuffy|fusty|boring|dull"
    r"|tired|stale|sleepy|grey|gray|frumpy|dowdy|irrelevant|behind\s+the\s+times"
    r"|out\s+of\s+touch|stuck\s+in|past\s+it|dinosaurs?|old-school|old\s+school|staid"
    # second best, by standing: "without one we look second-rate"
    r"|out\s+of\s+date|out-of-date|second-rate|second-class|amateur\w*|unprofessional|small-time"
    r"|musty|crusty|stodgy|uncool|grandad|granny|grandparents|boomer|nineties|eighties"
    r"|seventies|sixties|last\s+century|intimidating|clinical|corporate)"
)
#: Verbs of appearing (a closed class). "look at/for/after ..." are other verbs.
_APPEAR = (
    r"(?:look|looks|looking|seem|seems|seeming|appear|appears|feel|feels|sound|sounds"
    r"|come\s+across|comes\s+across|coming\s+across|be\s+seen|be\s+perceived|be\s+viewed"
    r"|come\s+off|comes\s+off|coming\s+off|come\s+over\s+as|comes\s+over\s+as|coming\s+over\s+as"
    r"|be\s+regarded|be\s+known|be\s+thought\s+of|are\s+seen|is\s+seen)"
    # "look closely at": an adverb before the preposition keeps it a verb of seeing;
    # "let it be known that": a clause of saying, not an image
    r"(?!(?:\s+\w+ly)?\s+(?:at|for|after|into|forward|up\b(?!\s+to\s+date)"
    r"|out\s+(?:for|of\s+(?!touch|date))|that\b"
    r"|through|back|around|over"
    r"|ahead|to|in\b"
    # "to be seen by retired residents within 15 miles": reached, not an image
    r"|by\b"
    r"|like\s+(?:a\s+)?(?:good|great|the\s+right)\s+(?:fit|idea|way|match|place)))"
)
#: Nouns for what the organization's own things are, not the organization: what it
#: shows and sells (a post, a photo, a product), which may "look" any way at all.
_THINGS = LazyPattern(
    r"\b(?:feed|grid|page|profile|account|posts?|photos?|pictures?|images?|videos?|reels?"
    r"|content|website|site|menu|food|products?|cakes?|dish(?:es)?|work|designs?|rooms?"
    r"|kitchen|building|space|garden|results?|patients?|clients?|customers?)$",
    re.IGNORECASE,
)

_IMAGE_FRAMES = (
    # make us look ___, want the council to come across as ___, help us look like ___
    ("how the organization {verb}",
     rf"\b(?:make|makes|making|made|help|helps|helping|let|lets|keep|keeps|get|want|wants"
     rf"|wanted|['\u2019]d\s+(?:like|love)|would\s+(?:like|love)|like|love|need|needs|hope|hoping"
     rf"|aim|keen\s+for)\s+"
     rf"(?P<who>us|me|it|(?:the|our|my|this|a|an)\s+(?:[\w-]+\s+){{0,3}}?[\w-]+)\s+(?:to\s+)?"
     rf"(?P<verb>{_APPEAR})\b"
     # "it would be nice for the club to be seen as modern": a wish put as "for X to"
     rf"|\bfor\s+(?P<who2>us|(?:the|our|my|this)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+)\s+to\s+"
     rf"(?P<verb2>{_APPEAR})\b"),
    # we (want to) look ___, to look professional, so the agency looks bigger
    ("how the organization {verb}",
     rf"(?:\b(?:we|we['\u2019]d|we['\u2019]ll|we['\u2019]re|i|let['\u2019]s|let\s+us)\s+"
     rf"(?:[\w'\u2019]+\s+){{0,3}}?"
     rf"|(?:^|\b(?:want|wants|need|needs|like|hope|aim|trying|try|so\s+as|in\s+order|is|are"
     rf"|was)\s+)to\s+"
     # a consequence: "so the agency looks bigger", "because then the club looks modern"
     # note form, the subject dropped before a modal of need (a closed class): "Gotta look
     # a bit with-it", "Got to look current"
     rf"|^\W*(?:gotta|got\s+to|have\s+to|has\s+to|must|ought\s+to)\s+"
     rf"|\b(?:so|then)\s+(?:that\s+)?(?:we|the\s+[\w-]+|our\s+[\w-]+)\s+"
     rf"(?:will\s+|can\s+|would\s+)?"
     # what it is all about: "it's about looking like a serious outfit"
     rf"|\babout\s+)"
     rf"(?P<verb>{_APPEAR})\b"),
    # our brand should look youthful: the organization's own name for itself, and a wish
    ("how the organization {verb}",
     # (not after a wh-word: "what the day will look like" asks how a thing looks)
     rf"(?<!\bwhat\s)(?<!\bhow\s)\b(?P<who>(?:our|the)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+)\s+"
     rf"(?:should|must|would|will|may|might|can"
     rf"|needs?\s+to|has\s+to|ought\s+to|could)\s+(?:really\s+|finally\s+|also\s+)?"
     rf"(?P<verb>{_APPEAR})\s+"
     # in the company it keeps: "should be seen alongside the more fashionable names"
     rf"(?:(?:alongside|among|amongst|next\s+to|beside|with)\s+(?:[\w-]+\s+){{0,3}}?"
     # or what it is seen as: "may be perceived as a forward-looking, contemporary institution"
     rf"|as\s+(?:a\s+|an\s+)?(?:[\w-]+,?\s+){{0,2}}?)?"
     rf"(?:more\s+|less\s+|a\s+bit\s+|much\s+|so\s+)?"
     rf"(?:{IMAGE_WORDS}|{DATED}|like)\b"),
    # being early there looks innovative
    ("how being there {verb}",
     rf"\b(?:being|getting|having|joining)\b[^,;]{{0,40}}?\b(?:would\s+|will\s+)?"
     rf"(?P<verb>looks?|seems?|feels?)\s+(?:\w+\s+)?{IMAGE_WORDS}\b"),
    # how people see us, think of the museum as stuffy, see the hospital as forward-looking
    ("how others see the organization",
     r"\b(?:how|the\s+way|what)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:see|sees|view|views|perceive"
     r"|perceives|picture|pictures|think\s+of|thinks\s+of|regard|regards|talk\s+about"
     r"|look\s+at)\s+us\b"
     # the same, passive: "how the club is perceived", "freshen how we are seen"
     r"|\bhow\s+(?:we|it|(?:the|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:is|are|['\u2019]re"
     r"|gets?|will\s+be|would\s+be)\s+(?:perceived|seen|viewed|regarded|thought\s+of)\b"
     r"|\b(?:see|sees|saw|seeing|view|views|viewing|perceive|perceives|picture|pictures"
     r"|think(?:s|ing)?\s+of|thought\s+of|regard|regards|known|position|positions|mark|marks"
     r"|marked|label|labels|set|sets"
     r"|positioning|brand|brands|branding)\s+(?:us|ourselves"
     r"|(?P<who>(?:the|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+"
     # the organization by its name: "want walkers to see Ferrybridge Marine as ..."
     r"|(?-i:[A-Z])[\w'\u2019&-]*(?:\s+(?-i:[A-Z])[\w'\u2019&-]*){0,3}))"
     r"\s+(?:out\s+|apart\s+)?as\b"
     # a wish with a participle of perceiving: "want the surgery regarded as the modern
     # practice", "I'd like us known as ..." (verbs of wanting and perceiving, closed classes)
     rf"|\b(?:want|wants|wanted|['\u2019]d\s+like|would\s+like|like|need|needs|hope|get)\s+"
     rf"(?:us|ourselves|(?P<who3>(?:the|our)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+"
     rf"|(?-i:[A-Z])[\w'\u2019&-]*(?:\s+(?-i:[A-Z])[\w'\u2019&-]*){{0,3}}))\s+"
     rf"(?:seen|regarded|viewed|perceived|known|thought\s+of|recogni[sz]ed|talked\s+about)"
     rf"\s+as\s+(?:[\w-]+,?\s+){{0,3}}?(?:{IMAGE_WORDS}|{DATED})\b"
     rf"|\b(?:think|thinks|thinking|thought|see|sees|know)\s+(?:that\s+)?(?:we['\u2019]re"
     rf"|we\s+are|the\s+[\w-]+\s+is)\s+(?:a\s+|an\s+|so\s+|really\s+|quite\s+|some\s+)?"
     rf"(?:{IMAGE_WORDS}|{DATED})\b"
     # an onlooker's admiration quoted: "so people scrolling past think 'wow, what a chic
     # little practice'"
     rf"|\b(?:think|thinks|thinking|say|says|go|goes)\s+['\u2018\u201c\"]?(?:\w+[,!]?\s+)?"
     rf"what\s+an?\s+(?:[\w-]+\s+){{0,2}}?{IMAGE_WORDS}\b"),
    # our image, a younger image, gives the brand a premium feel
    ("the organization's image",
     r"\b(?:our|its|the\s+brand['\u2019]s|the\s+company['\u2019]s|my|their)\s+(?:\w+\s+)?"
     r"(?:image|vibe|persona|street\s+cred|cred|credibility|kudos|prestige|brand\s+image)\b"
     r"(?!\s+(?:library|gallery|bank|quality|carousel|posts?|files?|sizes?|rights|captions?))"
     rf"|\b{IMAGE_WORDS}\s+(?:brand\s+)?(?:image|vibe|feel|persona|edge|aura|perception)\b"
     r"|\b(?:give|gives|gave|giving|lend|lends|add|adds|bring|brings)\s+(?:us|(?:the|a|an|our)\s+"
     r"(?:[\w-]+\s+){0,3}?[\w-]+|it)\s+(?:(?:a|an|some|more|real)\s+)?(?:(?:bit\s+of|more|much\s+more)\s+)?"
     r"(?:[\w,-]+\s+){0,3}?(?:image|look|feel|vibe|edge|air|cachet|credibility|prestige|status"
     r"|kudos|polish|cred|glamour|standing|face|profile|gravitas|sparkle|shine|clout|aura"
     r"|reputation)\b"
     r"|\b(?:image|look|vibe|impression|feel|profile)\s+(?:we['\u2019]re|we\s+are|we)\s+"
     r"(?:after|going\s+for|want|aiming\s+for|trying)"
     rf"|\b(?:have|get|build|gain|project|create)\s+(?:a|an|the)\s+['\u2018\u201c\"]?"
     rf"{IMAGE_WORDS}['\u2019\u201d\"]?\s+(?:profile|image|reputation|brand|identity|persona)\b"
     # "project an image of sophistication", "convey an air of success"
     r"|\b(?:project|projects|projecting|convey|conveys|conveying|portray|portrays|portraying"
     r"|cultivate|cultivates|cultivating|present|presents|presenting)\s+(?:a|an|the)\s+"
     r"(?:[\w-]+\s+)?(?:image|impression|aura|air)\s+of\b"
     r"|\b(?:point|reason|aim|goal|idea)\s+is\s+(?:prestige|status|image|kudos|vanity|optics)"
     r"|\b(?:prestige|status|image|vanity|ego)\s+(?:thing|play|move|project)\b"
     r"|\b(?:our|its|the\s+brand['\u2019]s)\s+(?:\w+\s+)?reputation\s+as\b"
     r"|\b(?:for|about)\s+(?:(?:our|the|its)\s+)?(?:image|prestige|status|profile|optics"
     r"|kudos|vanity|credibility|clout|reputation|standing(?!\s+orders?))\b(?!\s+(?:updates?|reports?|checks?|pictures?|photos?|library|gallery))"
     r"|\b(?:freshen|modernise|modernize|update|refresh|polish|improve|revamp|change|shed|lose"
     r"|shake\s+off|fix|rejuvenate|burnish|dust\s+off)\s+(?:up\s+)?(?:our|the|its|that|this|any)"
     r"\s+(?:[\w-]+,?\s+){0,3}?(?:image|look|reputation|stereotype|perception)\b"),
    # made to seem better by being there: "would make us more credible", "makes the firm
    # seem bigger"; standing in someone's eyes; the kind of brand people are proud of
    ("how the organization looks",
     rf"\b(?:make|makes|making|made)\s+(?P<who>us|it|(?:the|our)\s+[\w-]+)\s+(?:seem\s+|look\s+"
     rf"|appear\s+)?(?:(?:more|less|a\s+bit|so|much\s+more)\s+)?(?:{IMAGE_WORDS})\b"
     r"|\bin\s+the\s+eyes\s+of\b"
     r"|\b(?:proud\s+to\s+(?:follow|be\s+seen\s+with|share)|look\s+up\s+to\s+us|the\s+envy\s+of)\b"
     r"|\b(?:our|its|the\s+brand['\u2019]s)\s+(?:\w+\s+)?positioning\b"
     # standing in people's minds, beside the grander: "on a par with the big galleries
     # in people's minds"
     r"|\bin\s+(?:people|the\s+public|customers|clients|visitors|everyone|the\s+town)"
     r"['\u2019]?s?\s+(?:minds?|eyes)\b|\bon\s+(?:a\s+)?par\s+with\b|\bin\s+the\s+same\s+league\s+as\b"
     # a name made: "raise our profile as a cutting-edge studio"
     r"|\b(?:our|its)\s+(?:\w+\s+)?(?:profile|image|name|standing)\s+as\s+(?:a|an|the)\b"
     # standing added by the platform itself: "YouTube adds prestige"
     r"|\b(?:adds?|lends?|brings?|gives?|confers?)\s+(?:(?:a|an|some|real|more)\s+)?(?:touch\s+of\s+"
     r"|bit\s+of\s+)?(?:prestige|kudos|cachet|credibility|glamour|gravitas|clout|status|class"
     r"|polish|sparkle)\b(?![\s-]+(?:updates?|reports?|checks?|schedules?|times?|lists?|bookings?"
     r"|sizes?|notes?|information|info|messages?))"
     r"|\b(?:good|great|nice)\s+(?:pr|publicity|optics)\b"
     r"|\b(?:to|must|needs?\s+to|has\s+to|should|have\s+to)\s+impress\b(?!\s+(?:on|upon)\b)"),
    # the platform as fashion: "so hot right now", "the newest thing", "the place to be"
    ("the platform's fashion",
     r"\b(?:is|['\u2019]s|are|feels|seems|looks)\s+(?:so\s+|very\s+|really\s+|super\s+"
     r"|just\s+)?(?:hot|trendy|hip|cool|fashionable|in\s+vogue|all\s+the\s+rage|trending)"
     r"\b(?!\s+(?:for|to\s+(?:reach|find|show|sell)))"
     r"|\bthe\s+(?:new|newest|latest|hottest|coolest|trendiest|hippest|hot\s+new|shiny\s+new"
     r"|cool|hip|trendy|fashionable|it|in)"
     r"\s+(?:thing|app|platform|network|craze|fad|place)\b"
     r"|\b(?:the|a)\s+(?:[\w-]+,?\s+){0,2}place\s+to\s+be\b"
     r"|\bof\s+the\s+moment\b"
     r"|\bwhere\s+(?:all\s+)?the\s+(?:cool|hip|trendy|fashionable|hot|young|cooler|trendier"
     r"|hippest|coolest|serious|grown-up|premium|high-end|prestigious|established|respected"
     r"|proper|real)\s+[\w-]+\s+(?:are|go|hang\s+out|is)\b"),
    # to say we're on it, vanity, bragging rights, impress the investors
    ("bragging rights",
     r"\b(?:to|can|could|like|love|enjoy)\s+(?:say|saying|tell\s+people|brag)\s+(?:that\s+)?"
     r"(?:we['\u2019]re|we\s+are|our\s+[\w-]+\s+(?:is|are)|the\s+[\w-]+\s+(?:is|are))\s+on\b"
     r"|\bvanity\b|\bbragging\s+rights\b|\bstatus\s+(?:symbol|thing)\b|\bwow\s+factor\b"
     r"|\bshow(?:s|ing|ed)?\s+off\b(?!\s+(?:our|the|their|its)\s+(?:[\w-]+\s+)?(?:work|products?|cakes?"
     r"|designs?|food|menu|range|collection|rooms?|projects?))"
     # ("impress on parents how early places fill" is to stress, not to dazzle)
     r"|\bimpress(?:ing)?\s+(?!(?:on|upon)\b)(?:the|our|other|potential|future|local)?\s*[\w-]+"
     # the passive: "people will be impressed by/with/of us"
     r"|\b(?:be|are|is|were|was|get|feel)\s+(?:so\s+|very\s+|really\s+)?impressed\s+"
     r"(?:by|with|of)\s+(?:us|(?:the|our)\s+[\w-]+)\b"
     r"|\bkeep(?:ing)?\s+up\s+appearances\b|\boptics\b"
     r"|\b(?:a|nice|good|great)\s+(?:press|pr|news|media)\s+(?:story|angle|splash|coverage"
     r"|moment)\b|\b(?:a\s+)?(?:good|great|bad|better|nice)\s+look\s+for\b"
     r"|\b(?:looks?|would\s+look|will\s+look|looking)\s+(?:good|great|impressive|nice"
     r"|professional|smart|better)\s+(?:to\s+(?:have|be)|having|being|on\s+us|for\s+us)\b"),
    # prove to the town that the library is not just dusty shelves; show we're innovative
    ("what being there would say about the organization",
     rf"\b(?:prove|proves|proving|show|shows|showing|signal|signals|signalling|signaling"
     rf"|demonstrate|demonstrates|demonstrating|telling|tell|tells"
     rf"|say|says|proof(?:\s+point)?|evidence|statement)\s+(?:to\s+)?(?:[\w-]+\s+){{0,4}}?"
     rf"(?:that\s+)?(?:we|we['\u2019]re|we\s+are"
     rf"|(?P<who>(?:the|our)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+"
     # the organization by its name: "signal that Millbridge Library is ...", "that Hale
     # & Co is ..." (a name's own joining words, "&", "and", "of")
     rf"|(?-i:[A-Z])[\w'-]*(?:\s+(?:(?:&|and|of)\s+)?(?-i:[A-Z])[\w'-]*){{0,3}})"
     rf"\s+(?:is|isn['\u2019]t|are|aren['\u2019]t))"
     rf"\s+(?:(?:not|no|never)\s+)?(?:just\s+|only\s+)?(?:for\s+)?"
     rf"(?:a\s+|an\s+|so\s+|really\s+|some\s+)?(?:\w+ly\s+)?"
     # a kind of one from a dated time: "not a practice of the last century"
     rf"(?:[\w-]+\s+(?:of|from)\s+(?:the\s+)?)?"
     # the image word second of two joined adjectives: "is bright and modern"
     rf"(?:[\w-]+,?\s+(?:and|or)\s+)?(?:{IMAGE_WORDS}|{DATED})\b"),
    # we want to be the cool library; stuck in the past; won't take us seriously
    ("how the organization wants to be seen",
     rf"\b(?:want|wants|['\u2019]d\s+like|would\s+like|hope|aim)\s+to\s+be\s+(?:the|a|an)\s+"
     rf"(?:{IMAGE_WORDS})\b"
     r"|\bstuck\s+in\s+the\s+(?:past|\w+s)\b|\bbehind\s+the\s+times\b"
     r"|\btake\s+us\s+seriously\b"
     r"|\bnot\s+(?:your|their|just\s+your)\s+(?:grand\w*|dad['\u2019]?s|mum['\u2019]?s"
     r"|mom['\u2019]?s|parents['\u2019]?)"),
    # a quality shed, named by a noun of how a thing strikes people (a closed class) or any
    # noun a dated word qualifies: "shake off the faintly fusty air", "drop the dusty feel"
    # (verbs of getting rid of something, a closed class)
    ("the organization's image",
     r"\b(?:shed|sheds|shedding|lose|losing|shake\s+off|shaking\s+off|drop|dropping|ditch"
     r"|ditching|escape|dispel|banish|throw\s+off|get\s+rid\s+of|leave\s+behind|move\s+(?:past"
     r"|away\s+from)|freshen\s+up|dust\s+off|rejuvenate)\s+(?:our|the|its|that|this|a|an|any)\s+"
     r"(?:[\w-]+\s+){0,2}?(?:air|feel|feeling|vibe|aura|whiff|impression|label|tag|atmosphere"
     # the nouns of how the organization is held in mind, as in the frame of changing one
     r"|image|perception|reputation|stereotype"
     rf"|{DATED}\b)\b"
     # an impression given: "give an image of innovation", "bring an air of success"
     r"|\b(?:give|gives|gave|giving|lend|lends|bring|brings|create|creates|send|sends)\s+"
     r"(?:a|an|the)\s+(?:[\w-]+\s+)?(?:image|impression|air|aura|feel|sense|signal|message)"
     r"\s+of\s+(?!(?:what|where|when|how|who|which|our\s+(?:hours|prices|menu|range))\b)"),
    # being seen a way, whatever governs it: "it would do our standing good to be seen as
    # modern", "the chance to be thought of as forward-looking"
    ("how the organization wants to be seen",
     rf"\bto\s+be\s+(?:seen|perceived|viewed|regarded|known|thought\s+of|recogni[sz]ed)\s+as\s+"
     rf"(?:(?:a|an|the|more|so|truly|really)\s+)?(?:{IMAGE_WORDS}|{DATED})\b"
     # the organization shown to someone as a kind of one: "signal a contemporary, innovative
     # organisation to stakeholders", "project a modern practice" (verbs of displaying, a
     # closed class; the head noun, checked as ``who``, is not a product or a post)
     rf"|\b(?:signal|signals|signall?ing|signall?ed|project|projects|projecting|projected"
     rf"|portray|portrays|portraying|convey|conveys|conveying|present|presents|presenting"
     # the organization as the object: "present the Line as a contemporary organisation"
     rf"|showcase|showcases|showcasing)\s+(?:(?:us|ourselves|itself|(?:the|our)\s+[\w-]+"
     rf"|(?-i:[A-Z])[\w'\u2019&-]*)\s+as\s+)?(?:a|an)\s+"
     rf"(?:[\w-]+\s+)?(?:{IMAGE_WORDS}),?\s+(?P<who>(?:[\w-]+,?\s+){{0,2}}?[\w-]+)"
     rf"(?=\s*(?:[.,;:!?)]|$|\s(?:to|for|with|in|on|at|and|that|which|who|among)\b))"
     # how one looks there: "Instagram is how you look cool these days"
     rf"|\bhow\s+(?:you|one|a\s+[\w-]+|businesses|brands)\s+(?:look|looks|seem|seems|appear"
     rf"|come\s+across\s+as)\s+(?:[\w-]+\s+)?(?:{IMAGE_WORDS})\b"),
)


_APPEAR_ANCHORS = ("look seem appear feel sound across seen perceived viewed regarded known thought"
                   " off come_over comes_over coming_over")
#: Words every match of each ``_IMAGE_FRAMES`` frame holds (see ``LazyPattern``).
_IMAGE_ANCHORS = (
    _APPEAR_ANCHORS,
    _APPEAR_ANCHORS,
    _APPEAR_ANCHORS,
    "look seem feel",
    "see saw view perceiv picture think thought regard known position brand talk look know recogni"
    " mark label set",
    "image vibe persona cred kudos prestige feel edge aura look air cachet status polish glamour"
    " standing face profile gravitas sparkle shine clout reputation impression brand identity"
    " vanity optics ego stereotype perception",
    "make made eyes proud envy positioning minds par league profile image name standing add lend"
    " bring give confer pr publicity optics impress",
    "hot trendy hip cool fashionable vogue rage trending thing app platform network craze fad"
    " place moment serious grown-up premium high-end prestigious established respected proper"
    " real",
    "say tell brag vanity status wow show impress appearances optics press pr news media look",
    "prove proof show signal demonstrat tell say evidence statement",
    "want like hope aim stuck behind seriously not",
    "shed los shak drop ditch escape dispel banish throw rid leave move freshen dust rejuvenat"
    " give gave lend bring creat send",
    "to_be_seen to_be_perceived to_be_viewed to_be_regarded to_be_known to_be_thought"
    " to_be_recogni signal project portray convey present showcas how_you how_one how_a"
    " how_businesses how_brands",
)


@functools.cache
def _image_frames() -> tuple[tuple[str, LazyPattern], ...]:
    return tuple((says, LazyPattern(p, re.IGNORECASE, a)) for (says, p), a
                 in zip(_IMAGE_FRAMES, _IMAGE_ANCHORS, strict=True))


_DATED = LazyPattern(rf"\b{DATED}\b", re.IGNORECASE)


def _dated() -> LazyPattern:
    return _DATED


#: A branding goal names its audience (the words for an audience, a closed class) and
#: how it is measured (verbs of measuring with their means, or the nouns for a measure);
#: with both, an image is a goal of its own rather than a reason for a platform.
_BRAND_AUDIENCE = LazyPattern(
    r"\b(?:audiences?|target\s+(?:group|market|segment|customers?|readers|buyers)|aimed\s+at"
    r"|segments?)\b"
    # an audience named by its age: "people under 30", "the under-30s", "parents in their 30s"
    r"|\b(?:under|over|aged)[\s-]\d{2}s?\b|\b\d{2}s?\s?(?:-|to)\s?\d{2}s?[\s-](?:year|y/?o)"
    r"|\bin\s+their\s+\d0s\b"
    # the audience named by the verb: "we target students", "we are targeting renters"
    r"|\b(?:we|to)\s+(?:will\s+|shall\s+|are\s+|['\u2019]re\s+|also\s+)?target(?:ing)?\s+"
    r"(?!(?:of|is|was|for)\b)\w", re.IGNORECASE)
_BRAND_MEASURE = LazyPattern(
    r"\b(?:measure|measures|measured|measuring|track|tracks|tracked|tracking|gauge|gauged"
    r"|judge|judged)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:by|with|through|via|using|in|on|from|among)\b|\b(?:kpis?|metrics?)\b"
    # a target from one figure to another, or success told by one: "rises from 15% to 30%",
    # "we will know it has worked when ...", "count it a success when ..."
    r"|\bfrom\s+\d[\d,.]*\s*(?:%|per\s*cent)?\s+to\s+\d"
    r"|\b(?:know|tell|see)\s+(?:it|this|that)\s+(?:has\s+)?(?:worked|works|succeeded)\b"
    r"|\bcount\s+(?:it|this)\s+(?:as\s+)?a\s+success\s+(?:when|if|once)\b"
    # counting as the measure: "count how many ...", "counting the number of ..."
    r"|\bcount(?:s|ing)?\s+(?:how\s+many|the\s+number\s+of)\b", re.IGNORECASE)


#: An image added beside the plan's goals: "help with both goals, and give the club a
#: bigger profile", "support all three targets and also give the museum a fresher image".
#: The goals are the reason; the image is one more wish, not the only reason. A verb of
#: serving (a closed class) takes the goals by a word that points back to them (both,
#: all three, each, these, the goals: determiners, numerals and the nouns for a goal),
#: and a word of addition (and, as well as, plus) joins the image after it.
_BESIDE_GOALS = LazyPattern(
    r"\b(?:help\w*\s+(?:us\s+)?(?:with|towards?|(?:to\s+)?(?:meet|reach|hit|deliver|achieve))"
    r"|serves?|serving|supports?|supporting|meets?|reach|reaches|achieves?|delivers?"
    r"|contributes?\s+to|advances?)\s+"
    r"(?:both|all\s+(?:two|three|four|five|of\s+them)|each|them|these|those|the\s+(?:\w+\s+)?"
    r"(?:goals?|aims?|targets?|objectives?)|(?:our|its|the\s+(?:two|three|four|five))\s+"
    r"(?:\w+\s+)?(?:goals?|aims?|targets?|objectives?)|(?:two|three|four|five)\s+(?:goals?|aims"
    r"|targets|objectives))\b[^.;!?]{0,40}?(?:\band\b|\bas\s+well\s+as\b|\bplus\b)[^.;!?]*$",
    re.IGNORECASE, "help serv support meet reach achiev deliver contribut advanc")


def image_role(text: str) -> Role | None:
    """The first clause in a field that picks the platform for how the organization
    looks, or ``None``."""
    field = sentences(text)
    if _BRAND_AUDIENCE.search(text) and _BRAND_MEASURE.search(text):
        return None  # an image goal put as a branding goal: who it is for and how it is measured
    for number, sentence in enumerate(field):
        if refuted(field, number):
            continue
        for index, clause in enumerate(sentence.clauses):
            if dismissed_by_next(sentence, index):
                continue
            passed = -1  # a frame whose other images in this clause are passed over
            for frame, start, what in answer(_images_in, clause.text, clause.rejected):
                if frame == passed:
                    continue
                if _contrasted(field, number, index, start):
                    # "..., but when we asked the parents, they use the village group"
                    passed = frame
                    continue
                where = clause.start + start
                if _BESIDE_GOALS.search(text, sentence.start, where):
                    continue  # "help with both goals, and give the club a bigger profile"
                return Role(f"{what} is the reason given",
                            sentence.quote(where - sentence.start), where)
    return None


def _images_in(clause: str, rejected: bool) -> tuple[tuple[int, int, str], ...]:
    """``(frame number, start, what it says)`` of each image frame match that counts in
    one clause (not negated, not about things, customers or a platform), frame by
    frame in order.

    It reads the clause alone, so ``image_role`` keeps it per clause text
    (``answers``): plans repeat their sentences far more than their fields."""
    negation = Clause(clause, 0, rejected)
    out = []
    for frame, (says, pattern) in enumerate(_image_frames()):
        for found in pattern.finditer(clause):
            groups = found.groupdict()
            who = groups.get("who") or groups.get("who2") or groups.get("who3")
            verb_group = "verb2" if groups.get("verb2") else "verb"
            if who and (_THINGS.search(who) or mentions_customers(who)
                        or _PLATFORM_NAME.match(who)):  # "see Instagram as a shop
                continue
            tail = after(clause, found.start())
            at = found.start(verb_group) if groups.get(verb_group) else found.start()
            if negation.negated_at(at, dated=bool(_dated().search(tail))):
                continue
            verb = groups.get(verb_group)
            out.append((frame, found.start(),
                        says.format(verb=_third_person(verb) if verb else "looks")))
    return tuple(out)


def _third_person(verb: str) -> str:
    """ "come across" -> "comes across", "be seen" -> "is seen", for the message."""
    words = verb.lower().split()
    if words[0] == "be":
        return " ".join(["is", *words[1:]])
    head = words[0]
    if head.endswith("ing"):
        head = head[:-3] + "s"
    elif not head.endswith("s"):
        head += "s"
    return " ".join([head, *words[1:]])


def customer_reason(text: str) -> bool:
    """Whether a field names its customers or what research found (not denied)."""
    return _reason_in(sentences(text))
