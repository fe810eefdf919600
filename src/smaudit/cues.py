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

``phrase_regex`` defines what a phrase matches, as a regular expression; it
is the reference. Compiling a pattern costs Python's ``re`` about a
millisecond, and a cold run on one plan would compile a hundred of them, so
a phrase is first matched word by word (``_Program``, which follows the
pattern's semantics exactly, down to the order in which a backtracking
engine tries alternatives and gap lengths), and compiled only once it has
come up ``COMPILE_AFTER`` times, as it does when many plans are linted. The
test suite checks that both ways agree with the reference on every built-in
phrase and on generated text.

The patterns are built by this module from escaped pieces, so the standard
``re`` module is safe here: every quantifier is bounded or runs over
disjoint character classes, which rules out catastrophic backtracking even
for phrases that come from a user's config; the word-by-word matcher tries a
bounded number of ways at each word, so it stays linear too. Arbitrary user
*regexes* belong in ``smaudit.patterns``, which enforces a time limit.
"""

from __future__ import annotations

import functools
import itertools
import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

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
_SENTENCE_END = re.compile(
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
_CLAUSE_BREAK = re.compile(
    r",\s*(?:but|yet|so|although|though|whereas)\b"
    r"|\s(?:but|although|though|whereas)\s"
    r"|however\b(?<!\whowever)"
)
_NOT_HINT = re.compile(rf"not|n{_APOS}t")
_TOKEN = re.compile(rf"\w+(?:[-{_APOSTROPHES}]\w+)*")
# "competitors are not why we ...", "going viral isn't what we expect";
# matched against lowercased text from the cue's start to its clause's end.
_NEGATED_AFTER = re.compile(
    rf"""(?:\w+(?:[-{_APOSTROPHES}]\w+)*(?![-{_APOSTROPHES}]\w)\W+){{0,5}}?
        (?:is|are|was|were)(?:\s+not|n{_APOS}t)\s+
        (?:why|what|how|the\s+(?:goal|point|reason|aim|objective|plan|driver|motive|idea)
           |a\s+(?:goal|reason|factor|consideration|priority|driver|motive)
           |our\s+(?:goal|reason|aim|objective|plan|driver|motive)
           # "'cool factor' isn't in the brief", "is not part of it", "not on the list"
           |in\s+(?:the|our|my)\s+(?:brief|plan|thinking|reasoning|criteria|mix|picture)
           |part\s+of|on\s+(?:the|our|my)\s+(?:list|agenda|radar))\b""",
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
        spans = [m.span() for m in _SENTENCE_END.finditer(text)]
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
    cheap. A word cut by the stretch's edge is dropped, lest "another" read as
    "not".
    """
    size = 96
    while True:
        low = max(0, start - size)
        segment = text[low:start].lower()
        brk = _clause_break(segment, last=True)
        if brk:
            segment = segment[brk[1] :]
        tokens = _TOKEN.findall(segment.translate(_APOSTROPHE_FOLD))
        if brk or low == 0:
            return tokens[-count:]
        if len(tokens) > count or size >= _LOOKBEHIND_CHARS:
            return tokens[1:][-count:]
        size *= 2


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

_LEXEME = re.compile(
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


def _word_regex(word: _Word) -> str:
    parts = re.split(_APOS, word.text)
    body = _APOS.join(re.escape(part) for part in parts)
    if word.prefix:
        body += rf"(?:\w|{_APOS}(?=\w))*(?!{_APOS}\w)"
    return body


def _term_regex(term: _Term) -> str:
    if isinstance(term, _Word):
        return _word_regex(term)
    if isinstance(term, _AnyWord):
        return _WORD
    if isinstance(term, _Group):
        return "(?:" + "|".join(_sequence_regex(alt) for alt in term.alternatives) + ")"
    raise AssertionError(term)  # pragma: no cover - gaps are joined by _sequence_regex


def _sequence_regex(terms: tuple[_Term, ...]) -> str:
    out = _term_regex(terms[0])
    for term in terms[1:]:
        if isinstance(term, _Gap):
            out += f"(?:{_SEP}{_GAP_WORD}){{0,{_GAP_WORDS}}}"
        else:
            out += _SEP + _term_regex(term)
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
    return _sequence_regex(terms)


_PLAIN_WORD = re.compile(r"\w+")


# Spaces around the syntax characters, so ``split`` gives the terms of a phrase.
_REQUIREMENT_SPACING = str.maketrans({"(": " ( ", ")": " ) ", "|": " | ",
                                      "-": " ", "\u2013": " ", "\u2014": " ",
                                      "\u2026": " ... "})


def _requirements(phrase: str) -> tuple[frozenset[str], ...]:
    """Word sets a text must meet for ``phrase`` to match it: each set needs one of its
    words among the text's words.

    Every plain word outside a group is required; a group whose alternatives each start
    with a plain word requires one of those words. Prefixes, wildcards and words with
    apostrophes require nothing (they are checked by the pattern itself). A cheap scan,
    not the full parse: it runs for every built-in phrase on every cold start.
    """
    lowered = phrase.lower().replace("-", " ")
    if _NESTED.search(lowered):
        return _nested_requirements(lowered)
    needs: list[frozenset[str]] = []
    for group, word in _TOP_LEVEL.findall(lowered):  # no nested group: one regex pass
        if word:
            if word.isalnum():  # not a prefix, a wildcard, a gap or punctuated
                needs.append(frozenset((word,)))
        else:
            firsts = [alternative.split(None, 1)[0] if alternative.strip() else ""
                      for alternative in group.split("|")]
            if all(first.isalnum() for first in firsts):
                needs.append(frozenset(firsts))
    return tuple(needs)


# A group without groups inside, or a term outside groups.
_TOP_LEVEL = re.compile(r"\(([^()]*)\)|([^\s()]+)")
# A group inside a group, or an unbalanced parenthesis.
_NESTED = re.compile(r"\([^)]*\(|\)[^(]*\)")


def _nested_requirements(phrase: str) -> tuple[frozenset[str], ...]:
    """``_requirements`` for a phrase with groups inside groups: a token scan."""
    tokens = phrase.translate(_REQUIREMENT_SPACING).split()
    needs: list[frozenset[str]] = []
    depth = 0
    group_firsts: list[str | None] = []
    expect_first = False
    for token in tokens:
        if token == "(":
            if depth == 1 and expect_first:  # an alternative that starts with a group
                group_firsts.append(None)
                expect_first = False
            depth += 1
            if depth == 1:
                group_firsts, expect_first = [], True
            continue
        if token == ")":
            depth -= 1
            if depth == 0 and group_firsts and None not in group_firsts:
                needs.append(frozenset(w for w in group_firsts if w))
            continue
        if token == "|":
            if depth == 1:
                expect_first = True
            continue
        plain = token.isalnum()  # not a prefix (``word*``), a wildcard, a gap or punctuated
        if depth == 0:
            if plain:
                needs.append(frozenset((token,)))
        elif depth == 1 and expect_first:
            group_firsts.append(token if plain else None)
            expect_first = False
    return tuple(needs)


_SENTENCE_CHARS = frozenset(".!?;")


def _is_word(text: str, i: int) -> bool:
    """Whether ``text[i]`` is a word character, as ``\\w`` means it (false past the end)."""
    if 0 <= i < len(text):
        c = text[i]
        return c.isalnum() or c == "_"
    return False


class _Scan:
    """One text prepared for matching: its folded form and its runs of word characters.

    The folded form has the length of the text, so positions in it are positions in
    the text: a character whose lowercase is longer (a dotted capital I) stays as it is.
    Positions are kept in arrays, so a two-megabyte text of words costs megabytes,
    not the hundred a dictionary per word would.
    """

    __slots__ = ("ends", "folded", "starts", "words")

    def __init__(self, text: str) -> None:
        folded = text.lower()
        if len(folded) != len(text):
            folded = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        self.folded = folded = folded.translate(_APOSTROPHE_FOLD)
        self.starts = starts = array("q")
        self.ends = ends = array("q")
        self.words: dict[str, array[int]] = {}
        """Where each word of the text starts."""
        words = self.words
        for m in _PLAIN_WORD.finditer(folded):
            start, end = m.span()
            starts.append(start)
            ends.append(end)
            word = folded[start:end]
            at = words.get(word)
            if at is None:
                at = words[word] = array("q")
            at.append(start)

    def end_of(self, pos: int) -> int | None:
        """The end of the run of word characters that starts at ``pos``, if one does."""
        i = bisect_left(self.starts, pos)
        if i < len(self.starts) and self.starts[i] == pos:
            return self.ends[i]
        return None

    def next_run(self, pos: int) -> tuple[int, int] | None:
        """The first run of word characters starting at or after ``pos``."""
        i = bisect_left(self.starts, pos)
        return (self.starts[i], self.ends[i]) if i < len(self.starts) else None

    def separated(self, end: int, start: int) -> bool:
        """Whether ``folded[end:start]`` is a separator between two terms: at least one
        character, none of them a word character or a sentence end."""
        return start > end and _SENTENCE_CHARS.isdisjoint(self.folded[end:start])

    def word_end(self, end: int) -> int:
        """The end of a word whose first run ends at ``end``, with its apostrophe-joined
        parts ("don't")."""
        folded = self.folded
        while folded.startswith("'", end):
            following = self.end_of(end + 1)
            if following is None:
                break
            end = following
        return end


# A parsed phrase as the matcher runs it: plain tuples, flags computed once.
#   (WORD, text, prefix, starts_with_word)   text lowercased, apostrophes straight
#   (ANY,)                                    ``*``
#   (GROUP, alternatives, starts_with_word)   each alternative a tuple of terms
#   (GAP,)                                    ``...``
_WORD_T, _ANY_T, _GROUP_T, _GAP_T = range(4)


def _index_alternatives(alternatives: tuple[tuple[tuple, ...], ...]
                        ) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """A group's alternatives by the word they must begin with, and those that may
    begin otherwise (a prefix, ``*``, punctuation). At a position, only the
    alternatives filed under the word found there, and the others, can match: trying
    sixty authority words with ``startswith`` at every gap length of every candidate
    made a two-megabyte text of cue words take seconds per rule."""
    by_word: dict[str, list[int]] = {}
    others: list[int] = []
    for index, alternative in enumerate(alternatives):
        found = _firsts(alternative[0])
        if found is None or found[1] or not found[0]:
            others.append(index)
            continue
        for word in found[0]:
            by_word.setdefault(word, []).append(index)
    return {w: tuple(i) for w, i in by_word.items()}, tuple(others)


def _internal(terms: tuple[_Term, ...]) -> tuple[tuple, ...]:
    out: list[tuple] = []
    for term in terms:
        if isinstance(term, _Word):
            text = term.text.lower().translate(_APOSTROPHE_FOLD)
            out.append((_WORD_T, text, term.prefix, _is_word(text, 0)))
        elif isinstance(term, _AnyWord):
            out.append((_ANY_T,))
        elif isinstance(term, _Gap):
            out.append((_GAP_T,))
        else:
            alternatives = tuple(_internal(alt) for alt in term.alternatives)
            word_start = all(alt[0][0] == _ANY_T or alt[0][-1] is True for alt in alternatives)
            by_word, others = _index_alternatives(alternatives)
            out.append((_GROUP_T, alternatives, by_word, others, word_start))
    return tuple(out)


class _Program:
    """One parsed phrase, matched term by term against a ``_Scan``.

    It follows the semantics of ``phrase_regex`` exactly, including the order in which
    a backtracking regex engine would try alternatives and gap lengths, so the match it
    reports (and the quote a rule shows) is the one the pattern would give. The test
    suite compares the two on every built-in phrase and on generated text.
    """

    __slots__ = ("anywhere", "firsts", "prefixes", "terms")

    def __init__(self, phrase: str) -> None:
        self.terms = _internal(_parse(phrase))
        firsts = _firsts(self.terms[0])
        self.anywhere = firsts is None
        """Whether a match may begin with any word (a ``*``) or with punctuation."""
        self.firsts, self.prefixes = firsts or (frozenset(), ())
        """The first words a match can begin with, and the prefixes of such words."""

    def search(self, scan: _Scan) -> Callable[[int], tuple[int, int] | None]:
        """A function giving the first match starting at or after a position."""
        if self.anywhere:
            starts: Sequence[int] = (scan.starts if _starts_with_word(self)
                                     else range(len(scan.folded)))
        else:
            words_ = scan.words
            found = [words_[w] for w in self.firsts if w in words_]
            if self.prefixes:
                found += [at for w, at in words_.items() if w.startswith(self.prefixes)]
            starts = found[0] if len(found) == 1 else sorted(itertools.chain(*found))
        folded = scan.folded

        def first(pos: int) -> tuple[int, int] | None:
            for i in range(bisect_left(starts, pos), len(starts)):
                start = starts[i]
                if _start_ok(folded, start):
                    end = self.match(scan, start)
                    if end is not None:
                        return start, end
            return None

        return first

    def match(self, scan: _Scan, pos: int) -> int | None:
        """The end of the match starting at ``pos``, or ``None``."""
        folded = scan.folded
        for end in self._sequence(scan, self.terms, 0, pos):
            if not _is_word(folded, end) and not (
                folded.startswith("-", end) and _is_word(folded, end + 1)
            ):
                return end
        return None

    def _sequence(self, scan: _Scan, terms: tuple[tuple, ...], i: int,
                  pos: int) -> Iterator[int]:
        last = i + 1 == len(terms)
        for end in self._term(scan, terms[i], pos):
            if last:
                yield end
                continue
            following = terms[i + 1]
            if following[0] == _GAP_T:
                ends = [end]
                while len(ends) <= _GAP_WORDS:
                    run = scan.next_run(ends[-1])
                    if run is None or not scan.separated(ends[-1], run[0]):
                        break
                    ends.append(run[1])
                ends.reverse()  # greedy: the longest gap first
                i_next = i + 2
                following = terms[i_next]
            else:
                ends = [end]
                i_next = i + 1
            for gap_end in ends:
                for start in _starts_after(scan, gap_end, following[-1] is True):
                    yield from self._sequence(scan, terms, i_next, start)

    def _term(self, scan: _Scan, term: tuple, pos: int) -> Iterator[int]:
        kind = term[0]
        folded = scan.folded
        if kind == _WORD_T:
            text = term[1]
            if not folded.startswith(text, pos):
                return
            end = pos + len(text)
            if term[2]:  # a prefix: the rest of the word, apostrophe-joined parts too
                while _is_word(folded, end) or (
                    folded.startswith("'", end) and _is_word(folded, end + 1)
                ):
                    end += 1
            elif _is_word(folded, end):
                return
            yield end
        elif kind == _ANY_T:
            end = scan.end_of(pos)
            if end is not None:
                yield scan.word_end(end)
        else:
            alternatives, by_word, others = term[1], term[2], term[3]
            end = scan.end_of(pos) if by_word else None
            hits = by_word.get(folded[pos:end], ()) if end is not None else ()
            order = others if not hits else hits if not others else sorted((*hits, *others))
            for index in order:  # in the pattern's order, as a backtracking regex tries them
                yield from self._sequence(scan, alternatives[index], 0, pos)


def _starts_after(scan: _Scan, end: int, word_start: bool) -> Iterator[int]:
    """Where the next term may start after a separator that begins at ``end``, longest
    separator first (the regex's greedy order); only at a word when the term must
    begin with one."""
    run = scan.next_run(end)
    start = None if run is None else run[0]
    if start is not None and scan.separated(end, start):
        yield start
    if word_start:
        return
    limit = len(scan.folded) if start is None else start
    for candidate in range(limit - 1, end, -1):
        if scan.separated(end, candidate):
            yield candidate


def _firsts(term: tuple) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """The words a match of ``term`` can begin with and the prefixes of such words;
    ``None`` when it can begin with any word (``*``) or with punctuation."""
    kind = term[0]
    if kind == _WORD_T:
        text, prefix, word_start = term[1], term[2], term[3]
        if not word_start:
            return None
        lead = _PLAIN_WORD.match(text).group()  # type: ignore[union-attr]
        if prefix and lead == text:
            return frozenset(), (text,)
        return frozenset((lead,)), ()
    if kind == _ANY_T:
        return None
    words_: set[str] = set()
    prefixes: list[str] = []
    for alternative in term[1]:
        found = _firsts(alternative[0])
        if found is None:
            return None
        words_ |= found[0]
        prefixes += found[1]
    return frozenset(words_), tuple(prefixes)


#: A phrase that has been a candidate this many times is compiled to a regular
#: expression (``phrase_regex``, the reference): compiling costs about a millisecond,
#: matching with it a few microseconds. A run on one plan matches word by word and
#: compiles nothing; a run on many compiles the phrases that keep coming up.
COMPILE_AFTER = 8


class _Matcher:
    """The matching programs of one phrase tuple, and an index to skip most of them.

    Each phrase is filed under the words of its most selective requirement, so a
    text finds its candidates through its own few words instead of trying every
    phrase. A candidate is matched word by word by a ``_Program`` until it has come
    up ``COMPILE_AFTER`` times, then by its compiled pattern; both give the same
    matches (the test suite compares them).
    """

    __slots__ = ("_always", "_by_word", "_needs", "_patterns", "_phrases", "_programs",
                 "_uses")

    def __init__(self, phrases: tuple[str, ...]) -> None:
        self._phrases = phrases
        self._needs = tuple(_requirements(p) for p in phrases)
        self._by_word: dict[str, list[int]] = {}
        always = []
        for index, needs in enumerate(self._needs):
            if not needs:
                always.append(index)
                continue
            for word in min(needs, key=len):
                self._by_word.setdefault(word, []).append(index)
        self._always = tuple(always)
        self._programs: dict[int, _Program] = {}
        self._patterns: dict[int, re.Pattern[str]] = {}
        self._uses: dict[int, int] = {}

    def candidates(self, scan: _Scan) -> list[int]:
        """The indexes of the phrases whose required words all occur in the text."""
        present = scan.words.keys()
        by_word = self._by_word
        filed: set[int] = set()
        for word in by_word.keys() & present:
            filed.update(by_word[word])
        needs = self._needs
        chosen = [i for i in filed if all(not need.isdisjoint(present) for need in needs[i])]
        return sorted((*self._always, *chosen)) if self._always else sorted(chosen)

    def finder(self, index: int, scan: _Scan) -> Callable[[int], tuple[int, int] | None]:
        """The search function of one phrase over one text."""
        pattern = self._patterns.get(index)
        if pattern is None:
            uses = self._uses[index] = self._uses.get(index, 0) + 1
            if uses <= COMPILE_AFTER:
                program = self._programs.get(index)
                if program is None:
                    program = self._programs[index] = _Program(self._phrases[index])
                return program.search(scan)
            body = phrase_regex(self._phrases[index], fold=True)
            pattern = self._patterns[index] = re.compile(f"{_START}(?:{body}){_END}")
            self._programs.pop(index, None)
        search, folded = pattern.search, scan.folded

        def first(pos: int) -> tuple[int, int] | None:
            m = search(folded, pos)
            return None if m is None else m.span()

        return first

    def matches(self, scan: _Scan) -> _Cursor | None:
        """A cursor over the matches in the text, or ``None`` when no phrase can match."""
        indexes = self.candidates(scan)
        if not indexes:
            return None
        return _Cursor([(i, self.finder(i, scan)) for i in indexes])


class _Cursor:
    """The matches of several phrases in one text, as one leftmost-first alternation
    would find them: from a position, the leftmost match, and of those starting there,
    the earliest phrase's. Each phrase's next match is kept between calls, so each
    scans the text about once."""

    __slots__ = ("_ahead", "_finders")

    def __init__(self, finders: list[tuple[int, Callable[[int], tuple[int, int] | None]]]
                 ) -> None:
        self._finders = finders
        self._ahead: dict[int, tuple[int, int] | None] = {}

    def next(self, pos: int) -> tuple[int, int, int] | None:
        """``(start, end, phrase index)`` of the first match starting at or after ``pos``."""
        best: tuple[int, int, int] | None = None
        ahead = self._ahead
        for index, first in self._finders:
            found = ahead.get(index, _UNSEARCHED)
            if found is _UNSEARCHED or (found is not None and found[0] < pos):
                found = ahead[index] = first(pos)
            if found is not None and (best is None or found[0] < best[0]):
                best = (found[0], found[1], index)
        return best


_UNSEARCHED: tuple[int, int] = (-1, -1)


def _starts_with_word(program: _Program) -> bool:
    first = program.terms[0]
    return first[0] == _ANY_T or first[-1] is True


def _start_ok(folded: str, start: int) -> bool:
    """A match may not start inside a word or a hyphenated compound ("non-viral")."""
    if start == 0:
        return True
    before = folded[start - 1]
    if before.isalnum() or before == "_":
        return False
    return not (before == "-" and _is_word(folded, start - 2))


MAX_TEXT = 50_000
"""Characters of one text value the cue phrases are matched against (its beginning, cut
at a space). A motivation or rationale is a few sentences; matching stays linear in
the text, but with phrases of nested gaps a two-megabyte run of cue words took
seconds per rule, so the exit code depended on the machine's speed."""


def _scan(text: str) -> _Scan:
    """Texts are scanned once for all the rules that read them. Only the latest long
    text (rare, and large once scanned) is kept, so the cache stays small."""
    return _scanned(text) if len(text) <= 10_000 else _scanned_long(text)


@functools.lru_cache(maxsize=256)
def _scanned(text: str) -> _Scan:
    return _Scan(text)


@functools.lru_cache(maxsize=1)
def _scanned_long(text: str) -> _Scan:
    return _Scan(text)


@functools.lru_cache(maxsize=512)
def _matcher(phrases: tuple[str, ...]) -> _Matcher:
    return _Matcher(phrases)


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

    __slots__ = ("_matcher", "phrases")

    def __init__(self, phrases: Iterable[str], *, validate: bool = True) -> None:
        if isinstance(phrases, str):
            phrases = (phrases,)
        self.phrases: tuple[str, ...] = tuple(phrases)
        for phrase in self.phrases:
            if not isinstance(phrase, str):
                raise CueSyntaxError(phrase, "a phrase must be a string")
        if validate:
            validate_phrases(self.phrases)
        self._matcher = _matcher(self.phrases)

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
        cursor = self._matcher.matches(_scan(text))
        if cursor is None:
            return
        sentences: _Sentences | None = None
        pos = 0
        while (found := cursor.next(pos)) is not None:
            start, end, phrase_index = found
            if negation and negated(text, start):
                pos = start + 1  # a later or shorter phrase may still count
                continue
            if sentences is None:
                sentences = _Sentences(text)
            sentence = sentences.around(start, end)
            yield CueMatch(self.phrases[phrase_index], text[start:end], start, end, sentence,
                           index)
            pos = max(end, start + 1)
