"""Cue phrases: the shared, negation-aware matcher for rules that read prose.

Many rules judge free text (a ``motivation``, a channel ``rationale``, a goal
statement) by looking for phrases a consultant would recognise: "the board
wants", "competitors are", "go viral". Every such rule goes through this
module so that they all agree on what counts as a match: case-insensitive,
whole words, tolerant of the way people actually type, and blind to cues the
writer explicitly rejects ("not because competitors are there").

Phrase syntax
=============

A phrase is a sequence of terms separated by spaces (or hyphens):

``word``
    A whole word, case-insensitive. ``hip`` matches "Hip" but not
    "membership", "hip-hop" or "hipster": a hyphenated compound counts as one
    word, so ``viral`` does not match "non-viral". Punctuation inside a word
    is literal (``$2``, ``e.g.``); an apostrophe matches a straight or curly
    one (U+2019 and its kin), so ``we're`` matches "we\u2019re".
``word*``
    A word prefix: ``competitor*`` matches "competitor", "competitors" and
    "competitor's".
``*``
    Exactly one word, any word: ``worked for *`` matches "worked for Nike".
``...``
    A gap of zero to four words: ``board ... wants`` matches "board wants"
    and "the board really wants" (in a gap, "don't" counts as two words).
``(a|b c|d*)``
    Alternatives, each itself a phrase: ``(board|management|ceo) (said|wants)``.
    Groups nest; a group is a whole term, so it is separated from neighbouring
    words by spaces.

Between two terms the text may hold any run of spaces, line breaks, hyphens,
commas, quotes or other punctuation, except a sentence end (``. ! ? ;``): a
phrase never spans two sentences. Invalid syntax raises ``CueSyntaxError``
(a ``ValueError``) naming the phrase, so a bad ``extend_phrases`` entry in a
config is reported where it was written rather than silently never matching.

Negation
========

A match does not count when its clause negates it before the cue, within
``NEGATION_WINDOW`` words: "we are **not** doing this because everyone is on
TikTok", "**rather than** chasing what competitors do", "**no one** told us
to". The negators are ``NEGATORS``; a clause ends at a sentence end and at
contrast words (", but", "however", "although", ...), so "we are not on
TikTok, but everyone is on it" still counts. Phrases such as "can't
**ignore**" or "don't want to fall **behind**" cancel the negation, and
"competitors are not why we..." negates from after the cue. ``negated`` is
public so rules with their own matching can apply the same judgement.

Matching
========

Each phrase is matched by a regular expression built from its syntax
(``phrase_regex`` gives it, with the standard ``re``). Several phrases of one
list are matched as one leftmost-first alternation of them would be: the
leftmost match wins, and of matches starting at the same place the earliest
phrase's. Compiling a pattern costs ``re`` a sizeable fraction of a
millisecond, and the built-in lists hold some five hundred phrases, so a phrase
is compiled only the first time a text could match it, once per process: each
phrase requires
words (every word outside a group, one of the words a group's alternatives
begin with, a word that begins with a ``word*`` prefix), and a text is
searched only with the phrases whose required words it holds. On a typical
plan that leaves five to ten phrases of the whole catalog, most of which match.
The patterns run on the text folded to lowercase with straight apostrophes
(of the same length, so positions carry over), which spares them case
folding and character classes of apostrophes.

The patterns are built by this module from escaped pieces, so the standard
``re`` module is safe here: every quantifier is bounded or runs over
disjoint character classes, which rules out catastrophic backtracking even
for phrases that come from a user's config. Arbitrary user *regexes* belong
in ``smaudit.model.patterns``, which enforces a time limit.
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from smaudit.model import compiled_patterns
from smaudit.model.prose.kept import kept
from smaudit.model.prose.lookback import words_before
from smaudit.model.prose.sentences import marks

__all__ = [
    "MAX_SENTENCE_CHARS",
    "NEGATION_CANCELLERS",
    "NEGATION_WINDOW",
    "NEGATORS",
    "CueMatch",
    "CuePhrases",
    "CueSyntaxError",
    "Text",
    "as_texts",
    "clause_start",
    "compile_cues",
    "negated",
    "next_sentence",
    "normalize",
    "phrase_regex",
    "sentence_at",
    "sentence_end",
    "sentence_start",
    "validate_phrases",
    "words",
]

#: A prose field as rules receive it: a string, a list of strings, or absent.
Text = str | Iterable[object] | None

#: Words and word pairs that negate a cue following them in the same clause.
NEGATORS: tuple[str, ...] = (
    "not", "no", "never", "n't", "cannot", "nor", "neither", "nobody", "no one", "no-one",
    "nothing", "without", "rather than", "instead of", "unlike", "against", "far from",
    "less about", "not about",
    "avoid", "avoids", "avoided", "avoiding",
    "refuse", "refuses", "refused", "refusing",
    "rule out", "rules out", "ruled out", "ruling out",
    "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wont", "cant",
)  # fmt: skip

#: Words that, between a negator and the cue, turn the negation back into an
#: affirmation: "we can't ignore that competitors are there".
NEGATION_CANCELLERS: tuple[str, ...] = (
    "ignore", "ignores", "ignored", "ignoring", "miss", "missing", "lose", "losing",
    "fall", "falling", "behind", "lag", "lagging",
)  # fmt: skip

#: Words after "not" that make it "not only", which affirms what follows.
_NOT_ONLY = frozenset({"only", "just", "merely", "simply", "solely"})

#: How many words before a cue a negator may stand and still negate it.
NEGATION_WINDOW = 6

#: How far (in characters) around a cue negation looks; a clause longer than
#: this has its negator too far from the cue anyway.
_LOOKBEHIND_CHARS = 400
_LOOKAHEAD_CHARS = 200

_APOSTROPHES = "'\u2019\u2018\u02bc"
_APOS = f"[{_APOSTROPHES}]"
# Between two words of a phrase: anything but word characters and sentence ends.
_SEP = r"[^\w.!?;]+"
# One word in the text for ``*``: contractions stay whole, and the trailing
# lookahead makes the word maximal, so the engine never tries the ways of
# splitting "a'b'c" between words and separators (which is exponential).
_WORD = rf"\w+(?:{_APOS}\w+)*(?!{_APOS}\w)"
# A word inside a ``...`` gap: word characters only, disjoint from ``_SEP``,
# so a gap can split a text one way only and stays linear.
_GAP_WORD = r"\w+"
# Whole-word edges; a hyphen between word characters joins a compound.
_START = r"(?<!\w)(?<!\w-)"
_END = r"(?!\w)(?!-\w)"
_GAP_WORDS = 4

# Every branch starts with a literal so ``re`` can skip ahead cheaply.
_SENTENCE_END = compiled_patterns.compile(
    r"""
      [!?;]+
    | \.(?<!\.\.)(?<!\b[eE]\.[gG]\.)(?<!\b[iI]\.[eE]\.)(?<!\b[vV][sS]\.)
      (?!\.)(?=[\s"')\]\u2019\u201d]|$)
    | \n[ \t]*\n
    | \n(?=[ \t]*(?:[-*\u2022]|\d+[.)])[ \t])
    """,
    re.VERBOSE,
)
# Contrast words that end a negation's scope; matched against lowercased text.
_CLAUSE_BREAK = compiled_patterns.compile(
    r",\s*(?:but|yet|so|although|though|whereas)\b"
    r"|\s(?:but|although|though|whereas)\s"
    r"|however\b(?<!\whowever)"
)
_NOT_HINT = compiled_patterns.compile(rf"not|n{_APOS}t")
_TOKEN = compiled_patterns.compile(rf"\w+(?:[-{_APOSTROPHES}]\w+)*")
# "competitors are not why we ...", "going viral isn't what we expect";
# matched against lowercased text from the cue's start to its clause's end.
_NEGATED_AFTER = compiled_patterns.compile(
    rf"""(?:\w+(?:[-{_APOSTROPHES}]\w+)*(?![-{_APOSTROPHES}]\w)\W+){{0,5}}?
        (?:is|are|was|were)(?:\s+not|n{_APOS}t)\s+
        (?:why|what|how|the\s+(?:goal|point|reason|aim|objective|plan|driver|motive|idea|kpi|metric
              |measure|target|focus)
           |a\s+(?:goal|reason|factor|consideration|priority|driver|motive
              # a measure the plan keeps: "follower growth is not a KPI", "likes are
              # not a metric we track", "views aren't a target"
              |kpi|metric|measure|target|benchmark|yardstick|focus|concern)
           |our\s+(?:goal|reason|aim|objective|plan|driver|motive)
           # "income from the rooms is not an objective of this plan"
           |an\s+(?:objective|aim|end\s+in\s+itself|indicator|outcome\s+we\s+(?:track|chase|want))
           # "'cool factor' isn't in the brief", "is not part of it", "not on the list"
           |in\s+(?:the|our|my)\s+(?:brief|plan|thinking|reasoning|criteria|mix|picture)
           |part\s+of|on\s+(?:the|our|my)\s+(?:list|agenda|radar))\b
    # the cue as the subject of a denied verb: "followers don't sharpen knives", "likes
    # won't pay the rent"
    |\w+(?:[-{_APOSTROPHES}]\w+)*\W+(?:\w+\W+)?(?:do|does|did|will|wo|can|ca|would)(?:\s+not|n{_APOS}t)\s+\w""",
    re.VERBOSE,
)


class CueSyntaxError(ValueError):
    """A cue phrase that does not follow the phrase syntax."""

    def __init__(self, phrase: object, reason: str) -> None:
        super().__init__(f"invalid cue phrase {phrase!r}: {reason}")
        self.phrase = phrase
        self.reason = reason


@dataclass(frozen=True, slots=True)
class CueMatch:
    """One counted occurrence of a cue phrase in a text.

    ``start`` and ``end`` index the searched string (the list item when
    ``index`` is set), so a rule can quote ``text`` and ``sentence`` in its
    message without re-searching.
    """

    phrase: str
    text: str
    start: int
    end: int
    sentence: str
    index: int | None = None


# --------------------------------------------------------------------------
# Small text helpers


def normalize(text: str) -> str:
    """Fold case, curly apostrophes and runs of whitespace.

    For comparisons that should not care how a word was typed: "We\u2019re
    on" (curly apostrophe, two spaces) and "we're on" normalize alike.
    """
    folded = text.translate(_APOSTROPHE_FOLD).casefold()
    return " ".join(folded.split())


_APOSTROPHE_FOLD = str.maketrans({c: "'" for c in _APOSTROPHES if c != "'"})


def words(text: str) -> list[str]:
    """The normalized words of ``text``; contractions and compounds stay whole.

    "We don\u2019t run e-commerce." gives ``["we", "don't", "run", "e-commerce"]``.
    """
    return _TOKEN.findall(normalize(text))


def as_texts(value: Text) -> Iterator[tuple[int | None, str]]:
    """Yield ``(index, text)`` pairs for a prose field.

    A string yields ``(None, value)``; a list yields each string item with its
    index, skipping anything else (a malformed item is the schema's business,
    not a cue rule's); ``None``, mappings and other scalars yield nothing.
    """
    if value is None:
        return
    if isinstance(value, str):
        yield None, value
        return
    if not isinstance(value, Sequence) or isinstance(value, (bytes, bytearray)):
        return
    for index, item in enumerate(value):
        if isinstance(item, str):
            yield index, item


#: A sentence quoted in a ``CueMatch`` is cut to about this many characters
#: around the cue, so a paragraph without full stops stays a readable quote.
MAX_SENTENCE_CHARS = 600


def sentence_at(text: str, start: int, end: int | None = None) -> str:
    """The sentence of ``text`` containing ``text[start:end]``, whitespace-collapsed.

    Sentences end at ``. ! ? ;``, at a blank line and before a bulleted line;
    one longer than ``MAX_SENTENCE_CHARS`` is cut around the span, with "...".
    """
    return _Sentences(text).around(start, start if end is None else end)


class _Sentences:
    """The sentence ends of one text, found once for all its matches."""

    __slots__ = ("ends", "starts", "text")

    def __init__(self, text: str) -> None:
        spans = marks(text, _SENTENCE_END)
        self.text = text
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]

    def around(self, start: int, end: int) -> str:
        i = bisect_right(self.ends, start)
        left = self.ends[i - 1] if i else 0
        j = bisect_left(self.starts, end)
        right = self.ends[j] if j < len(self.starts) else len(self.text)  # keep the full stop
        half = MAX_SENTENCE_CHARS // 2
        prefix = suffix = ""
        if start - left > half:
            left, prefix = start - half, "... "
        if right - end > half:
            right, suffix = end + half, " ..."
        return prefix + " ".join(self.text[left:right].split()) + suffix


# --------------------------------------------------------------------------
# Negation


def _build_negators() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    singles: set[str] = set()
    pairs: dict[str, set[str]] = {}
    for negator in NEGATORS:
        parts = negator.split()
        if len(parts) == 1:
            singles.add(parts[0])
        else:
            first, second = parts
            pairs.setdefault(first, set()).add(second)
    return frozenset(singles), {k: frozenset(v) for k, v in pairs.items()}


_SINGLE_NEGATORS, _PAIR_NEGATORS = _build_negators()
_CANCELLERS = frozenset(NEGATION_CANCELLERS)


def negated(text: str, start: int, *, window: int = NEGATION_WINDOW) -> bool:
    """Whether the cue starting at ``text[start]`` is negated in its clause.

    True when a negator from ``NEGATORS`` stands within ``window`` words
    before the cue in the same clause (and no canceller such as "ignore"
    stands between them), or when the clause says the cue "is not why/what"
    right after it. A negator after the cue does not count otherwise:
    "competitors are ahead and we can't wait" is still about competitors.
    """
    if _negated_before(text, start, window):
        return True
    return _negated_after(text, start)


def clause_start(text: str, start: int, *, reach: int = _LOOKBEHIND_CHARS) -> int:
    """Where the clause holding ``text[start]`` begins: after the last sentence end or
    contrast word (", but", "however", ...) before it, at most ``reach`` characters back.

    For rules with their own judgement of a clause ("nobody here thinks ...") that must
    agree with ``negated`` on where clauses end.
    """
    low = max(0, start - reach)
    brk = _clause_break(text[low:start].lower(), last=True)
    return low + brk[1] if brk else low


def sentence_start(text: str, end: int) -> int:
    """Where the sentence holding ``text[end - 1]`` begins: after the last sentence end
    before ``end``."""
    start = 0
    for found in _SENTENCE_END.finditer(text, 0, end):
        start = found.end()
    return start


def sentence_end(text: str, start: int, *, reach: int | None = None) -> int:
    """Where the sentence holding ``text[start]`` ends (before its full stop), at most
    ``reach`` characters on."""
    limit = len(text) if reach is None else min(len(text), start + reach)
    found = _SENTENCE_END.search(text, start, limit)
    return found.start() if found else limit


def next_sentence(text: str, end: int) -> str:
    """The sentence after the one that holds ``text[end]``, as ``sentence_at`` quotes it
    ("" if there is none)."""
    stop = _SENTENCE_END.search(text, end)
    if stop is None:
        return ""
    start = stop.end()
    while start < len(text) and text[start].isspace():
        start += 1
    return sentence_at(text, start) if start < len(text) else ""


def _clause_break(segment: str, *, last: bool) -> tuple[int, int] | None:
    """The last (or first) sentence end or contrast word in a lowercased segment."""
    found: tuple[int, int] | None = None
    for regex in (_SENTENCE_END, _CLAUSE_BREAK):
        for m in regex.finditer(segment):
            if found is None or (m.end() > found[1] if last else m.start() < found[0]):
                found = m.span()
            if not last:
                break
    return found


def _tokens_before(text: str, start: int, count: int) -> list[str]:
    """The last ``count`` lowercased words of the clause that ends at ``start``.

    Reads a short stretch before ``start`` and widens it only while it holds
    too few words, so a search over a long text full of candidate cues stays
    cheap (``lookback.words_before``).
    """
    return words_before(text, start, count, reach=96, fold=str.lower,
                        clause_start=_clause_start_in, words=_folded_tokens,
                        widen_to=_LOOKBEHIND_CHARS)


def _clause_start_in(segment: str) -> int | None:
    brk = _clause_break(segment, last=True)
    return brk[1] if brk else None


def _folded_tokens(segment: str) -> list[str]:
    return _TOKEN.findall(segment.translate(_APOSTROPHE_FOLD))


def _negated_before(text: str, start: int, window: int) -> bool:
    tokens = _tokens_before(text, start, window + 1)
    first_in_window = len(tokens) - window
    negator_end = -1
    for i in range(len(tokens)):
        end = _negator_end(tokens, i)
        if end is not None and end >= first_in_window:
            negator_end = end
    if negator_end < 0:
        return False
    return not any(token in _CANCELLERS for token in tokens[negator_end + 1 :])


def _negator_end(tokens: list[str], i: int) -> int | None:
    """Index of the last token of a negator starting at ``tokens[i]``, if any."""
    token = tokens[i]
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    if following is not None and following in _PAIR_NEGATORS.get(token, ()):
        return i + 1
    if token == "not" and following in _NOT_ONLY:
        return None
    if token in _SINGLE_NEGATORS or token.endswith("n't"):
        return i
    return None


def _negated_after(text: str, start: int) -> bool:
    segment = text[start : start + _LOOKAHEAD_CHARS].lower()
    if _NOT_HINT.search(segment) is None:  # cheap: most cues are followed by no "not"
        return False
    brk = _clause_break(segment, last=False)
    clause = segment[: brk[0]] if brk else segment
    return _NEGATED_AFTER.match(clause) is not None


# --------------------------------------------------------------------------
# Phrase parsing


@dataclass(frozen=True)
class _Word:
    text: str
    prefix: bool = False


@dataclass(frozen=True)
class _AnyWord:
    pass


@dataclass(frozen=True)
class _Gap:
    pass


@dataclass(frozen=True)
class _Group:
    alternatives: tuple[tuple[_Term, ...], ...]


_Term = _Word | _AnyWord | _Gap | _Group

_LEXEME = compiled_patterns.compile(
    r"""
      (?P<space>[\s\-\u2013\u2014]+)
    | (?P<gap>\.\.\.|\u2026)
    | (?P<open>\()
    | (?P<close>\))
    | (?P<bar>\|)
    | (?P<star>\*)
    | (?P<word>(?:(?!\.\.\.)[^\s\-\u2013\u2014()|*\u2026])+)
    """,
    re.VERBOSE,
)


def _lex(phrase: str) -> list[tuple[str, str]]:
    """Split a phrase into ``(kind, text)`` lexemes; spaces are kept as ``space``."""
    lexemes: list[tuple[str, str]] = []
    pos = 0
    while pos < len(phrase):
        m = _LEXEME.match(phrase, pos)
        assert m is not None and m.lastgroup is not None  # every character has a kind
        lexemes.append((m.lastgroup, m.group()))
        pos = m.end()
    return lexemes


class _Parser:
    """A recursive-descent parser for one phrase, raising ``CueSyntaxError``."""

    def __init__(self, phrase: str) -> None:
        self.phrase = phrase
        self.lexemes = _lex(phrase)
        self.pos = 0

    def fail(self, reason: str) -> CueSyntaxError:
        return CueSyntaxError(self.phrase, reason)

    def peek(self, offset: int = 0) -> str | None:
        i = self.pos + offset
        return self.lexemes[i][0] if i < len(self.lexemes) else None

    def parse(self) -> tuple[_Term, ...]:
        terms = self.sequence()
        if self.peek() == "bar":
            raise self.fail("'|' outside a group; write (a|b)")
        if self.peek() == "close":
            raise self.fail("unbalanced ')'")
        if not terms:
            raise self.fail("empty phrase")
        self.check_gaps(terms)
        return terms

    def sequence(self) -> tuple[_Term, ...]:
        terms: list[_Term] = []
        while self.peek() not in (None, "close", "bar"):
            if self.peek() == "space":
                self.pos += 1
            else:
                terms.append(self.term())
        return tuple(terms)

    def term(self) -> _Term:
        kind, text = self.lexemes[self.pos]
        self.pos += 1
        if kind == "gap":
            return _Gap()
        if kind == "star":
            self.expect_edge("'*' must end a word or stand alone")
            return _AnyWord()
        if kind == "open":
            return self.group()
        prefix = self.peek() == "star"
        if prefix:
            self.pos += 1
        self.expect_edge("'*' must end a word or stand alone" if prefix else _GROUP_EDGE)
        return _Word(text, prefix)

    def group(self) -> _Group:
        alternatives = [self.sequence()]
        while self.peek() == "bar":
            self.pos += 1
            alternatives.append(self.sequence())
        if self.peek() != "close":
            raise self.fail("unbalanced '('")
        self.pos += 1
        for alternative in alternatives:
            if not alternative:
                raise self.fail("empty alternative in a group")
            self.check_gaps(alternative)
        if self.peek() == "star":
            raise self.fail("'*' cannot follow a group; write (a*|b*)")
        self.expect_edge(_GROUP_EDGE)
        return _Group(tuple(alternatives))

    def expect_edge(self, reason: str) -> None:
        """A term must be followed by a space, a gap, a group edge or the end."""
        if self.peek() in ("word", "star", "open"):
            raise self.fail(reason)

    def check_gaps(self, terms: tuple[_Term, ...]) -> None:
        """A gap joins two terms: not first, not last, not doubled."""
        if isinstance(terms[0], _Gap) or isinstance(terms[-1], _Gap):
            raise self.fail("'...' must stand between two terms")
        if any(isinstance(a, _Gap) and isinstance(b, _Gap) for a, b in itertools.pairwise(terms)):
            raise self.fail("two '...' in a row")


_GROUP_EDGE = "a group must be separated from words by a space"


def _parse(phrase: object) -> tuple[_Term, ...]:
    if not isinstance(phrase, str):
        raise CueSyntaxError(phrase, "a phrase must be a string")
    if not phrase.strip():
        raise CueSyntaxError(phrase, "empty phrase")
    return _Parser(phrase).parse()


# --------------------------------------------------------------------------
# Compilation

#: The apostrophe in a folded text (``_fold``): every kind is straight there, so the
#: patterns matched against it need no character class for them, and a class holding
#: characters beyond Latin-1 is what makes ``re`` slowest to compile.
_FOLDED_APOS = "'"


def _word_regex(word: _Word, apos: str) -> str:
    parts = re.split(_APOS, word.text)
    body = apos.join(re.escape(part) for part in parts)
    if word.prefix:
        body += rf"(?:\w|{apos}(?=\w))*(?!{apos}\w)"
    return body


def _term_regex(term: _Term, apos: str) -> str:
    if isinstance(term, _Word):
        return _word_regex(term, apos)
    if isinstance(term, _AnyWord):
        return _WORD if apos == _APOS else _WORD.replace(_APOS, apos)
    if isinstance(term, _Group):
        return "(?:" + "|".join(_sequence_regex(alt, apos) for alt in term.alternatives) + ")"
    raise AssertionError(term)  # pragma: no cover - gaps are joined by _sequence_regex


def _sequence_regex(terms: tuple[_Term, ...], apos: str) -> str:
    out = _term_regex(terms[0], apos)
    for term in terms[1:]:
        if isinstance(term, _Gap):
            out += f"(?:{_SEP}{_GAP_WORD}){{0,{_GAP_WORDS}}}"
        else:
            out += _SEP + _term_regex(term, apos)
    return out


def phrase_regex(phrase: str, *, fold: bool = False) -> str:
    """The regular expression (without word edges) for one phrase.

    With ``fold`` the literal words are lowercased, for matching against
    lowercased text without ``re.IGNORECASE`` (several times faster: ``re``
    can then skip a branch on its first character). Raises
    ``CueSyntaxError`` naming the phrase as written when it is invalid.
    """
    terms = _parse(phrase)
    if fold and phrase != phrase.lower():
        terms = _parse(phrase.lower())
    return _sequence_regex(terms, _APOS)


@functools.lru_cache(maxsize=2048)
def _pattern(phrase: str) -> re.Pattern[str]:
    """The compiled pattern of one phrase, with its word edges, for a folded text.

    It is ``phrase_regex(phrase, fold=True)`` with straight apostrophes, the only
    kind a folded text has, which halves the time ``re`` takes to compile it (0.15
    ms on average for a built-in phrase). A phrase is compiled the first time a text
    holds its required words (``_requirements``), once per process, whichever lists
    it belongs to.
    """
    terms = _parse(phrase)
    if phrase != phrase.lower():
        terms = _parse(phrase.lower())
    return compiled_patterns.compile(f"{_START}(?:{_sequence_regex(terms, _FOLDED_APOS)}){_END}")


# --------------------------------------------------------------------------
# Required words: which phrases a text can match at all

_PLAIN_WORD = compiled_patterns.compile(r"\w+")
# A group's edge, an alternative's start, or a term; hyphens, dashes and spaces
# separate terms, and an ellipsis is a gap.
_REQUIREMENT_TOKEN = compiled_patterns.compile(r"[()|]|[^\s()|\-\u2013\u2014\u2026]+")

#: A requirement: a text meets it when one of ``words`` is among its words or one
#: of its words begins with one of ``prefixes``.
_Need = tuple[frozenset[str], tuple[str, ...]]
_NO_WORDS: frozenset[str] = frozenset()


def _atoms(term: str) -> list[str]:
    """The words a text must hold for ``term`` (lowercased, one term of a phrase) to
    match, in order; a word that a prefix term only begins keeps its ``*``.

    A literal word such as ``q&a`` or ``100,000`` matches only between a separator or
    the phrase's edge on either side, and punctuation is literal inside it, so each of
    its runs of word characters is a whole word of the text ("q", "a"); the last run
    of a prefix (``competitor*``) begins one. ``*`` and ``...`` need nothing.
    """
    if term.isalnum():  # most terms: a plain word, or a plain prefix below
        return [term]
    prefix = term.endswith("*")
    stem = term[:-1] if prefix else term
    if prefix and stem.isalnum():
        return [term]
    runs = _PLAIN_WORD.findall(stem)
    if runs and prefix and _PLAIN_WORD.match(stem[-1]):
        runs[-1] += "*"
    return runs


def _need(atoms: Iterable[str]) -> _Need:
    words_: set[str] = set()
    prefixes: list[str] = []
    for atom in atoms:
        if atom.endswith("*"):
            prefixes.append(atom[:-1])
        else:
            words_.add(atom)
    return frozenset(words_), tuple(sorted(prefixes))


def _requirements(phrase: str) -> tuple[_Need, ...]:
    """What a text must meet for ``phrase`` to match it, each need met by one of its
    words or prefixes among the text's words.

    Every word outside a group is required; a group requires one of the words its
    alternatives can begin with (a nested group at an alternative's start gives its
    own), unless one of them can begin with any word (``*``). The pattern checks the
    rest. A token scan, not the full parse: it runs for every phrase of every list a
    run touches, and an invalid phrase must simply pass here and fail when compiled.
    """
    needs: list[_Need] = []
    # One frame per open group: the first words of its alternatives so far (None once
    # one may begin with any word), whether the current alternative's first term is
    # still to come, and whether the group itself begins its parent's alternative.
    stack: list[list] = []
    for token in _REQUIREMENT_TOKEN.findall(phrase.lower()):
        if token == "(":
            begins = bool(stack) and stack[-1][1]
            if begins:
                stack[-1][1] = False
            stack.append([set(), True, begins])
        elif token == ")":
            if not stack:
                continue  # unbalanced: the parser reports it when the phrase compiles
            firsts, _, begins = stack.pop()
            if not stack:
                if firsts:
                    needs.append(_need(firsts))
            elif begins:
                parent = stack[-1]
                parent[0] = None if firsts is None or parent[0] is None else parent[0] | firsts
        elif token == "|":
            if stack:
                stack[-1][1] = True
        elif not stack:
            needs += (((_NO_WORDS, (atom[:-1],)) if atom.endswith("*")
                       else (frozenset((atom,)), ())) for atom in _atoms(token))
        elif stack[-1][1]:
            frame = stack[-1]
            frame[1] = False
            if frame[0] is not None:
                found = _atoms(token)
                if found:
                    frame[0].add(found[0])
                else:
                    frame[0] = None
    return tuple(needs)


class _Folded:
    """One text prepared for matching: folded, and the set of its words.

    The folded form has the length of the text, so positions in it are positions in
    the text: a character whose lowercase is longer (a dotted capital I) stays as it
    is, and every apostrophe becomes a straight one.
    """

    __slots__ = ("_prefixes", "_sorted", "candidates", "text", "words")

    def __init__(self, text: str) -> None:
        folded = text.lower()
        if len(folded) != len(text):
            folded = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        self.text = folded.translate(_APOSTROPHE_FOLD)
        self.words = frozenset(_PLAIN_WORD.findall(self.text))
        self._sorted: list[str] | None = None
        self._prefixes: dict[str, bool] = {}
        self.candidates: dict[_Index, list[int]] = {}
        """Each phrase list's candidates in this text (``_Index.candidates``): the rules
        and their scoping search the same text with the same list again."""

    def begins_a_word(self, prefix: str) -> bool:
        """Whether one of the text's words begins with ``prefix``."""
        found = self._prefixes.get(prefix)
        if found is None:
            if self._sorted is None:
                self._sorted = sorted(self.words)
            i = bisect_left(self._sorted, prefix)
            found = self._prefixes[prefix] = (i < len(self._sorted)
                                              and self._sorted[i].startswith(prefix))
        return found

    def meets(self, need: _Need) -> bool:
        words_, prefixes = need
        if not words_.isdisjoint(self.words):
            return True
        return any(self.begins_a_word(p) for p in prefixes)


class _Index:
    """The phrases of one list by their required words, to find a text's candidates.

    Each phrase is filed under its most selective need, so a text finds its
    candidates through its own words instead of trying every phrase; a candidate
    must then meet all its needs. Only candidates are compiled and searched: on a
    typical plan a list of sixty phrases has none or one.
    """

    __slots__ = ("_always", "_by_prefix", "_by_word", "_needs")

    def __init__(self, phrases: tuple[str, ...]) -> None:
        self._needs = tuple(_requirements(p) for p in phrases)
        self._by_word: dict[str, list[int]] = {}
        self._by_prefix: dict[str, list[int]] = {}
        always = []
        for index, needs in enumerate(self._needs):
            if not needs:
                always.append(index)
                continue
            words_, prefixes = min(needs, key=_selectivity)
            for word in words_:
                self._by_word.setdefault(word, []).append(index)
            for prefix in prefixes:
                self._by_prefix.setdefault(prefix, []).append(index)
        self._always = tuple(always)

    def candidates(self, folded: _Folded) -> list[int]:
        """The indexes of the phrases whose needs the text all meets, in list order
        (kept with the folded text; the list returned must not be changed)."""
        found = folded.candidates.get(self)
        if found is None:
            found = folded.candidates[self] = self._candidates(folded)
        return found

    def _candidates(self, folded: _Folded) -> list[int]:
        filed: set[int] = set()
        by_word = self._by_word
        for word in by_word.keys() & folded.words:
            filed.update(by_word[word])
        for prefix, indexes in self._by_prefix.items():
            if folded.begins_a_word(prefix):
                filed.update(indexes)
        needs = self._needs
        words = folded.words
        begins = folded.begins_a_word
        chosen = []
        for i in filed:  # ``folded.meets`` of each need, inline
            for need_words, prefixes in needs[i]:
                if need_words.isdisjoint(words) and not any(map(begins, prefixes)):
                    break
            else:
                chosen.append(i)
        return sorted((*self._always, *chosen)) if self._always else sorted(chosen)


def _selectivity(need: _Need) -> tuple[int, int]:
    """Exact words before prefixes (a dictionary lookup, not a search), fewest first."""
    return bool(need[1]), len(need[0]) + len(need[1])


def _leftmost(patterns: list[tuple[int, re.Pattern[str]]], folded: str
              ) -> Callable[[int], tuple[re.Match[str], int] | None]:
    """A function giving, from a position, the leftmost match of several phrases and,
    of those starting there, the earliest phrase's: what one leftmost-first
    alternation of them would find. Each phrase's next match is kept between calls,
    so each scans the text about once."""
    ahead: list[re.Match[str] | None] = [None] * len(patterns)
    searched = [False] * len(patterns)

    def first(pos: int) -> tuple[re.Match[str], int] | None:
        best: tuple[re.Match[str], int] | None = None
        for slot, (index, pattern) in enumerate(patterns):
            found = ahead[slot]
            if not searched[slot] or (found is not None and found.start() < pos):
                found = ahead[slot] = pattern.search(folded, pos)
                searched[slot] = True
            if found is not None and (best is None or found.start() < best[0].start()):
                best = (found, index)
        return best

    return first


MAX_TEXT = 50_000
"""Characters of one text value the cue phrases are matched against (its beginning, cut
at a space). A motivation or rationale is a few sentences; matching stays linear in
the text, but with phrases of nested gaps a two-megabyte run of cue words took
seconds per rule, so the exit code depended on the machine's speed."""


@kept(256, below=10_001, long=1)
def _fold(text: str) -> _Folded:
    """Texts are folded once for all the rules that read them. Only the latest long
    text (rare) is kept, so the cache stays small."""
    return _Folded(text)


@functools.lru_cache(maxsize=512)
def _index(phrases: tuple[str, ...]) -> _Index:
    return _Index(phrases)


@functools.lru_cache(maxsize=512)
def compile_cues(phrases: tuple[str, ...]) -> CuePhrases:
    """The ``CuePhrases`` for a tuple of phrases, built once per distinct tuple.

    Rules call this with their configured phrases on every check; the cache
    makes that free after the first plan. It does not parse every phrase up
    front (a cold run would pay for hundreds it never needs): built-in lists
    are checked by the test suite, and lists from users by ``validate_phrases``
    where they enter (rule options in config, third-party rule packs). A bad
    phrase that slips through still fails, when it is first compiled.
    """
    return CuePhrases(phrases, validate=False)


def validate_phrases(phrases: Iterable[str]) -> None:
    """Raise ``CueSyntaxError`` naming the first phrase that is not valid cue syntax."""
    for phrase in phrases:
        _parse(phrase)


class CuePhrases:
    """A compiled list of cue phrases, searched negation-aware.

    The compiled pattern is shared by every ``CuePhrases`` built from the
    same phrases, so building one per check call costs a dictionary lookup;
    ``compile_cues`` caches the instances themselves.
    """

    __slots__ = ("_index", "phrases")

    def __init__(self, phrases: Iterable[str], *, validate: bool = True) -> None:
        if isinstance(phrases, str):
            phrases = (phrases,)
        self.phrases: tuple[str, ...] = tuple(phrases)
        for phrase in self.phrases:
            if not isinstance(phrase, str):
                raise CueSyntaxError(phrase, "a phrase must be a string")
        if validate:
            validate_phrases(self.phrases)
        self._index = _index(self.phrases)

    def __repr__(self) -> str:
        return f"CuePhrases({list(self.phrases)!r})"

    def __len__(self) -> int:
        return len(self.phrases)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CuePhrases) and other.phrases == self.phrases

    def __hash__(self) -> int:
        return hash(self.phrases)

    def extend(self, phrases: Iterable[str]) -> CuePhrases:
        """A new list with ``phrases`` appended (a config's ``extend_phrases``)."""
        extra = (phrases,) if isinstance(phrases, str) else tuple(phrases)
        return CuePhrases(self.phrases + tuple(p for p in extra if p not in self.phrases))

    def find(self, text: Text, *, negation: bool = True) -> CueMatch | None:
        """The first counted (not negated) match in ``text``, or ``None``.

        With ``negation=False`` negated matches count too, for a rule to which
        the words matter however they are framed ("we're not some dusty shop").
        """
        return next(self._iter(text, negation), None)

    def find_all(self, text: Text, *, negation: bool = True) -> list[CueMatch]:
        """Every counted match in ``text``, non-overlapping, in reading order."""
        return list(self._iter(text, negation))

    def finditer(self, text: Text, *, negation: bool = True) -> Iterator[CueMatch]:
        """The matches of ``find_all`` one at a time.

        For a rule that keeps the first match passing a further judgement:
        it stops searching there instead of matching the whole field.
        """
        return self._iter(text, negation)

    def _iter(self, value: Text, negation: bool) -> Iterator[CueMatch]:
        for index, text in as_texts(value):
            yield from self._search(text, index, negation)

    def _search(self, text: str, index: int | None, negation: bool) -> Iterator[CueMatch]:
        if len(text) > MAX_TEXT:  # no one writes such prose; its time must stay bounded
            cut = text.rfind(" ", 0, MAX_TEXT)
            text = text[:cut if cut > 0 else MAX_TEXT]
        folded = _fold(text)
        indexes = self._index.candidates(folded)
        if not indexes:
            return
        first = _leftmost([(i, _pattern(self.phrases[i])) for i in indexes], folded.text)
        sentences: _Sentences | None = None
        pos = 0
        while (found := first(pos)) is not None:
            match, phrase_index = found
            start, end = match.span()
            if negation and negated(text, start):
                pos = start + 1  # a later or shorter phrase may still count
                continue
            if sentences is None:
                sentences = _Sentences(text)
            sentence = sentences.around(start, end)
            yield CueMatch(self.phrases[phrase_index], text[start:end], start, end, sentence,
                           index)
            pos = max(end, start + 1)
