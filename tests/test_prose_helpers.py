"""The shared prose helpers: the look back before a cue, the sentence cutter and the
first-letter grouping of word classes, each checked against what it replaced."""

from __future__ import annotations

import random
import re

import pytest

from smaudit.model.prose import channel_roles, expectation_roles, goal_roles
from smaudit.model.prose.alternation import alternatives, by_first_letter
from smaudit.model.prose.kept import kept
from smaudit.model.prose.lookback import before, words_before
from smaudit.model.prose.sentences import marks, pieces

_WORDS = ("we", "not", "the", "board", "wants", "customers", "but", "however", "Dr.",
          "clients", "patients", "say", "e.g.", "it's", "no", "one", "rather", "than",
          "posts", "weeks", "x", "fb", "parents", "company", "account", "holders")
_MARKS = (" ", " ", " ", ", ", ". ", "; ", "! ", "? ", "\n\n", "\n- ", " - ", ": ")


def _texts(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(0, 30)):
            parts.append(rng.choice(_WORDS))
            parts.append(rng.choice(_MARKS))
        out.append("".join(parts))
    return out


def test_before_is_the_stretch_before_a_position():
    assert before("our board wants it", 9, 5) == "board"
    assert before("our board", 3, 300) == "our"


def test_words_before_reads_a_bounded_stretch_split_by_whitespace():
    # the word cut by the stretch's edge stays as found when the stretch is read once
    assert words_before("the whole board wants it", 16, 2, reach=8) == ["e", "board"]
    assert words_before("the board wants it", 10, 1, reach=40) == ["board"]


def test_words_before_stops_at_the_clause_start_it_is_given():
    def after_comma(stretch: str) -> int | None:
        return stretch.rfind(",") + 1 or None

    text = "not for us, the board wants it"
    assert words_before(text, text.index("wants"), 5, reach=100,
                        clause_start=after_comma) == ["the", "board"]


def test_words_before_widens_and_drops_a_word_cut_by_the_edge():
    text = "another " + "x" * 20 + " cue"
    # 12 characters hold a cut word only: widened until it holds more than one word,
    # and the cut "another" is never read as a word
    assert words_before(text, len(text) - 4, 1, reach=12, widen_to=200) == ["x" * 20]
    assert words_before("we do not like it", 14, 3, reach=6, widen_to=200,
                        fold=str.upper) == ["DO", "NOT", "LIKE"]


def test_pieces_cut_as_re_split_and_as_finditer_readers_did():
    split = re.compile(r"(?<=[.!?])\s+(?=[A-Z])|(?=\brather\b)")
    ends = re.compile(r"[.!?;]+|\n\n")
    for text in _texts(300):
        assert [text[a:b] for a, b in pieces(text, split, keep_mark=False)] == split.split(text)
        cut, start = [], 0
        for m in ends.finditer(text):
            cut.append(text[start:m.end()])
            start = m.end()
        cut.append(text[start:])
        assert [text[a:b] for a, b in pieces(text, ends)] == cut
        assert marks(text, ends) == tuple(m.span() for m in ends.finditer(text))
        assert marks(text, ends, 3, 10) == tuple(m.span() for m in ends.finditer(text, 3, 10))


def test_the_readers_split_as_their_own_patterns_say():
    text = "Dr. Lee wants it. The board: yes; but why?\n\n- customers asked"
    assert [s.text for s in channel_roles.sentences(text)] == [
        "Dr. Lee wants it.", "The board: yes; but why?", "- customers asked"]
    assert [s.text.strip() for s in expectation_roles.sentences(text)] == [
        "Dr.", "Lee wants it.", "The board: yes; but why?", "- customers asked"]
    assert [s.text for s in goal_roles.sentences(text)] == [
        "Dr.", "Lee wants it.", "The board: yes; but why?", "- customers asked"]


@pytest.mark.parametrize("group", [
    channel_roles.CUSTOMERS,
    "(?:hours?|hrs?|days?|weeks?|wks?|fortnights?|months?|mos|quarters?|terms?|years?|yrs?)",
    "(?:x|fb|facebook|tik\\s+tok|tiktok|threads)",
])
def test_grouping_by_first_letter_matches_what_the_group_matched(group):
    alone = alternatives(group[3:-1])
    assert alone is not None
    plain = re.compile(rf"\b(?:{'|'.join(alone)})\b", re.IGNORECASE)
    grouped = re.compile(rf"\b{by_first_letter(group)}\b", re.IGNORECASE)
    words = [w.replace("\\s+", " ").replace("?", "") for w in alone] + list(_WORDS)
    rng = random.Random(3)
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
        text = "".join(c.upper() if rng.random() < 0.1 else c for c in text)
        assert [m.span() for m in grouped.finditer(text)] == [
            m.span() for m in plain.finditer(text)]


def test_customer_words_are_grouped():
    assert channel_roles.CUSTOMERS.startswith("(?:c(?:ustomers?|lients?|")


@pytest.mark.parametrize("group", [
    "(?:a|(?:b|c))",         # an alternative opening with a group
    "(?:a?b|c)",             # a letter a quantifier follows
    "(?:\\bword|other)",     # an escape first
    "(?:Word|other)",        # a capital first
    "(?:a)|(?:b)",           # two groups, not one
    "(?:[]a]b|c)",           # a "]" first in a class
    "plain",
])
def test_a_group_the_grouping_cannot_read_is_left_as_it_is(group):
    assert by_first_letter(group) == group


def test_alternatives_respect_groups_classes_and_escapes():
    assert alternatives(r"a(?:b|c)|[|]d|e\|f|g") == ["a(?:b|c)", "[|]d", r"e\|f", "g"]
    assert alternatives("a(b|c") is None


def test_the_mass_audience_frame_guard_drops_no_match():
    """The frame's opening test (a word start, or one of the words _WHOLE begins with)
    must let through every match of the alternatives it guards, also inside a word."""
    guarded = next(frame[0] for frame in expectation_roles._spread_frames()
                   if frame[1] == "a mass audience reached" and "_MASS" not in frame[0].pattern
                   and expectation_roles._MASS in frame[0].pattern)
    plain = re.compile(rf"(?P<head>{expectation_roles._MASS})", re.IGNORECASE)
    vocabulary = [*sorted(set(re.findall(r"[a-z]{2,}", expectation_roles._MASS))),
                  "Millbrook", "1,000,000", "250k", "3m", "people", "in", "the", "a"]
    phrases = ["the whole town", "the entire world", "all over the country",
               "right across the city", "across the whole region", "half the town",
               "every shop in the county", "everyone in the nation", "all of the area",
               "everybody across the uk", "a million views", "millions of views"]
    rng = random.Random(11)
    for _ in range(3000):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(0, 6))]
        words.insert(0, rng.choice(phrases))
        if rng.random() < 0.5:  # glued to a word before it: "bathe whole town"
            words[0] = rng.choice(("ba", "x", "sooth", "over", "e")) + words[0]
        text = " ".join(words)
        assert [m.span() for m in guarded.finditer(text)] == [
            m.span() for m in plain.finditer(text)], text


def test_a_span_word_inside_a_token_is_still_found():
    """The spans of speed and dates are searched when a key word stands alone or inside
    a hyphenated token, as when the whole text was split into plain words."""
    keys = ["march", "q3", "christmas", "overnight", "immediately", "tomorrow", "day",
            "week", "same", "launch", "2027"]
    rng = random.Random(5)
    for _ in range(500):
        words = [rng.choice([*keys, "results", "our", "café", "x_y", "->", "2,000"])
                 for _ in range(rng.randint(1, 6))]
        text = rng.choice(("-", " ", "\u2019", "_")).join(words)
        plain = not expectation_roles._SPAN_KEYS.isdisjoint(re.findall(r"\w+", text.lower()))
        found = expectation_roles._span_matches(text, None)
        if not plain:
            assert not [m for m in found if m.re is expectation_roles._other_spans().compiled()]
        spans = {m.span() for m in expectation_roles._other_spans().finditer(text)}
        assert spans <= {m.span() for m in found} | {
            s for s in spans if any(m.start() <= s[0] < m.end() for m in found)}


def test_a_reader_keeps_its_answers_for_short_texts_only():
    calls: list[str] = []

    @kept(2, below=10)
    def read(text: str) -> list[str]:
        calls.append(text)
        return [text]

    assert read("short") is read("short")  # kept: read once
    assert read("a long text") is not read("a long text")  # not kept: read each time
    assert calls == ["short", "a long text", "a long text"]
    read.cache_clear()
    read("short")
    assert calls[-1] == "short" and len(calls) == 4


def test_a_reader_may_keep_its_last_long_texts_apart():
    calls: list[str] = []

    @kept(1, below=10, long=1)
    def read(text: str, extra: int = 0) -> tuple[str, int]:
        calls.append(text)
        return text, extra

    assert read("a long text", 1) is read("a long text", 1)
    assert read("x") is read("x")
    assert calls == ["a long text", "x"]
