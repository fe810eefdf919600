"""Tests for the cue-phrase matcher shared by the prose-reading rules."""

from __future__ import annotations

import functools
import re
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from smaudit.model.prose.cues import (
    _END,
    _START,
    MAX_SENTENCE_CHARS,
    NEGATION_WINDOW,
    NEGATORS,
    CueMatch,
    CuePhrases,
    CueSyntaxError,
    as_texts,
    compile_cues,
    negated,
    normalize,
    phrase_regex,
    sentence_at,
    words,
)
from tests.valid_plans import VALID_PLANS


def find(phrase: str, text: object) -> CueMatch | None:
    return CuePhrases([phrase]).find(text)  # type: ignore[arg-type]


def found_text(phrase: str, text: str) -> str | None:
    match = find(phrase, text)
    return None if match is None else match.text


# --- whole words and case ---------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "text"),
    [
        ("hip", "Our membership grows"),
        ("hip", "a hipster crowd"),
        ("hip", "hip-hop fans"),
        ("cool", "the school board"),
        ("cool", "coolest"),
        ("viral", "a non-viral campaign"),
        ("fans", "fansite"),
        ("likes", "customer dislikes"),
    ],
)
def test_no_match_inside_a_word(phrase: str, text: str) -> None:
    assert find(phrase, text) is None


@pytest.mark.parametrize(
    ("phrase", "text", "expected"),
    [
        ("hip", "Instagram is HIP.", "HIP"),
        ("cool", "a cool, young brand", "cool"),
        ("cool", '"cool"', "cool"),
        ("viral", "(viral)", "viral"),
        ("ROI within", "roi within a quarter", "roi within"),
        ("$2 for every $1", "we expect $2 for every $1 spent", "$2 for every $1"),
    ],
)
def test_whole_word_case_insensitive_match(phrase: str, text: str, expected: str) -> None:
    assert found_text(phrase, text) == expected


def test_match_span_indexes_the_original_text() -> None:
    match = find("look modern", "We want to Look Modern.")
    assert match == CueMatch("look modern", "Look Modern", 11, 22, "We want to Look Modern.")


@pytest.mark.parametrize(
    "text",
    [
        "look-modern",
        "look  modern",
        "look\nmodern",
        "look - modern",
        "look, modern",
        "look (modern",
    ],
)
def test_flexible_separators_between_words(text: str) -> None:
    assert found_text("look modern", f"we {text} today") == text


def test_phrase_never_spans_two_sentences() -> None:
    assert find("look modern", "We look. Modern is good.") is None
    assert find("look modern", "We look; modern is good.") is None


def test_hyphen_in_phrase_is_a_separator() -> None:
    assert found_text("set-and-forget", "a set and forget plan") == "set and forget"


# --- apostrophes ------------------------------------------------------------


@pytest.mark.parametrize("text", ["we're", "we\u2019re", "We\u2018re", "we\u02bcre"])
def test_straight_or_curly_apostrophes(text: str) -> None:
    match = find("show we're innovative", f"to show {text} innovative")
    assert match is not None
    assert match.text == f"show {text} innovative"
    assert (match.start, match.end) == (3, 3 + len(match.text))


def test_curly_apostrophe_in_phrase_matches_straight_in_text() -> None:
    assert found_text("we\u2019re told", "we're told to") == "we're told"


def test_apostrophe_is_not_optional() -> None:
    assert find("we're", "were") is None


# --- prefix, wildcard, gap, alternatives ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our competitor launched", "competitor"),
        ("All competitors are there", "competitors"),
        ("a competitor's page", "competitor's"),
        ("a competitor\u2019s page", "competitor\u2019s"),
        ("the competitors' pages", "competitors"),
    ],
)
def test_prefix(text: str, expected: str) -> None:
    assert found_text("competitor*", text) == expected


def test_prefix_needs_the_whole_stem() -> None:
    assert find("competitor*", "the competition") is None
    assert find("competitor*", "noncompetitors") is None


def test_wildcard_is_exactly_one_word() -> None:
    assert found_text("worked for *", "It worked for Nike.") == "worked for Nike"
    assert found_text("worked for *", "It worked for Ben's caf\u00e9") == "worked for Ben's"
    assert find("worked for *", "It worked for.") is None
    assert found_text("because * does it", "because Nike does it") == "because Nike does it"
    assert find("because * does it", "because Nike and Adidas does it") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the board wants it", "board wants"),
        ("the board really wants it", "board really wants"),
        ("the board, frankly, really wants", "board, frankly, really wants"),
        ("the board of our little company wants", "board of our little company wants"),
    ],
)
def test_gap_of_zero_to_four_words(text: str, expected: str) -> None:
    assert found_text("board ... wants", text) == expected


def test_gap_stops_at_four_words_and_at_sentence_end() -> None:
    assert find("board ... wants", "the board of our very little company wants") is None
    assert find("board ... wants", "the board met. Everyone wants it") is None


def test_unicode_ellipsis_is_a_gap() -> None:
    assert found_text("board \u2026 wants", "the board really wants") == "board really wants"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The board said so", "board said"),
        ("Management asked for it", "Management asked"),
        ("our CEO wants TikTok", "CEO wants"),
    ],
)
def test_alternatives(text: str, expected: str) -> None:
    phrase = "(board|management|ceo) (said|wants|asked)"
    match = find(phrase, text)
    assert match is not None
    assert (match.phrase, match.text) == (phrase, expected)


def test_alternatives_are_phrases_and_nest() -> None:
    phrase = "(the board|our (ceo|founder*)) wants"
    assert found_text(phrase, "The board wants it") == "The board wants"
    assert found_text(phrase, "our founders wants") == "our founders wants"
    assert find(phrase, "the ceo wants") is None
    assert find("(board|ceo) wants", "the boardroom wants") is None


# --- which phrase, and several matches --------------------------------------


def test_match_names_the_phrase_that_matched() -> None:
    cues = CuePhrases(["hip", "hip hop", "go* viral"])
    assert cues.find("we love hip-hop").phrase == "hip hop"  # type: ignore[union-attr]
    assert cues.find("it will go viral").phrase == "go* viral"  # type: ignore[union-attr]
    assert cues.find("so hip").phrase == "hip"  # type: ignore[union-attr]


def test_earlier_phrase_wins_at_the_same_position() -> None:
    assert CuePhrases(["go viral", "go* viral"]).find("go viral").phrase == "go viral"  # type: ignore[union-attr]


def test_find_all_in_reading_order_with_sentences() -> None:
    cues = CuePhrases(["viral", "overnight"])
    text = "Results overnight! We will go viral. Maybe viral again"
    matches = cues.find_all(text)
    assert [(m.text, m.start, m.end) for m in matches] == [
        ("overnight", 8, 17),
        ("viral", 30, 35),
        ("viral", 43, 48),
    ]
    assert [m.sentence for m in matches] == [
        "Results overnight!",
        "We will go viral.",
        "Maybe viral again",
    ]


def test_sentence_keeps_abbreviations_and_splits_bullets() -> None:
    text = "We want e.g. Instagram. Also:\n- go viral\n- be trendy"
    match = find("instagram", text)
    assert match is not None and match.sentence == "We want e.g. Instagram."
    match = find("viral", text)
    assert match is not None and match.sentence == "- go viral"
    assert sentence_at(text, text.index("trendy")) == "- be trendy"


def test_empty_phrase_list_matches_nothing() -> None:
    assert CuePhrases([]).find("anything at all") is None
    assert CuePhrases([]).find_all("anything") == []


# --- lists, None and odd values ---------------------------------------------


def test_list_items_are_searched_with_their_index() -> None:
    cues = CuePhrases(["competitor*", "viral"])
    value = ["We serve locals.", 42, None, "Our competitors are on TikTok.", "go viral"]
    matches = cues.find_all(value)
    assert [(m.index, m.text, m.start, m.end) for m in matches] == [
        (3, "competitors", 4, 15),
        (4, "viral", 3, 8),
    ]
    assert matches[0].sentence == "Our competitors are on TikTok."
    first = cues.find(value)
    assert first is not None and first.index == 3


def test_plain_string_has_no_index() -> None:
    match = find("viral", "go viral")
    assert match is not None and match.index is None


@pytest.mark.parametrize("value", [None, 42, 3.5, True, {"viral": "viral"}, b"viral", []])
def test_non_text_values_match_nothing(value: object) -> None:
    assert find("viral", value) is None
    assert CuePhrases(["viral"]).find_all(value) == []  # type: ignore[arg-type]


def test_as_texts() -> None:
    assert list(as_texts("a")) == [(None, "a")]
    assert list(as_texts(["a", 1, "b", None])) == [(0, "a"), (2, "b")]
    assert list(as_texts(("x",))) == [(0, "x")]
    assert list(as_texts(None)) == []
    assert list(as_texts({"a": "b"})) == []
    assert list(as_texts(7)) == []


def test_words_and_normalize() -> None:
    assert words("We don\u2019t run  e-commerce.") == ["we", "don't", "run", "e-commerce"]
    assert normalize("  We\u2019re \n ON  ") == "we're on"


# --- negation ---------------------------------------------------------------

# (phrase, negated text, positive twin, matched text in the twin, its start)
NEGATION_PAIRS = [
    (
        "competitor* are",
        "It is not because competitors are there.",
        "It is because competitors are there.",
        "competitors are",
        14,
    ),
    (
        "everyone is on",
        "We are not doing this because everyone is on TikTok.",
        "We are doing this because everyone is on TikTok.",
        "everyone is on",
        26,
    ),
    (
        "competitor*",
        "Rather than chasing what competitors do, we listen.",
        "We keep chasing what competitors do.",
        "competitors",
        21,
    ),
    (
        "go* viral",
        "Instead of going viral we build trust.",
        "We plan on going viral to build trust.",
        "going viral",
        11,
    ),
    (
        "go* viral",
        "We don't expect to go viral.",
        "We do expect to go viral.",
        "go viral",
        16,
    ),
    (
        "go* viral",
        "We don\u2019t expect to go viral.",
        "We\u2019d expect to go viral.",
        "go viral",
        15,
    ),
    (
        "overnight",
        "We never expect results overnight.",
        "We expect results overnight.",
        "overnight",
        18,
    ),
    ("told us to", "No one told us to.", "The board told us to.", "told us to", 10),
    ("mandate", "We act without any mandate.", "We act on a board mandate.", "mandate", 18),
    ("asked us", "Nobody asked us.", "Management asked us.", "asked us", 11),
    ("followers", "This isn't about followers.", "This is about followers.", "followers", 14),
    ("viral", "We rule out viral stunts.", "We plan viral stunts.", "viral", 8),
    ("viral*", "We do not count on virality.", "We count on virality.", "virality", 12),
    ("viral", "We avoid \u2026 viral stunts.", "We plan \u2026 viral stunts.", "viral", 10),
    ("viral", "We avoid chasing viral trends.", "We love chasing viral trends.", "viral", 16),
    ("viral", "We avoided viral bait.", "We posted viral bait.", "viral", 10),
    ("viral", "We ruled out viral bait.", "We tried out viral bait.", "viral", 13),
    ("viral", "We refuse to chase viral bait.", "We decide to chase viral bait.", "viral", 19),
    ("viral", "We are against viral bait.", "We are for viral bait.", "viral", 11),
    (
        "competitor*",
        "Unlike competitors, we reply.",
        "Like competitors, we reply.",
        "competitors",
        5,
    ),
    ("viral", "This is far from viral bait.", "This is pure viral bait.", "viral", 13),
    ("viral", "It is less about viral reach.", "It is more about viral reach.", "viral", 17),
    ("viral", "It is not about viral reach.", "It is all about viral reach.", "viral", 16),
    ("viral", "Neither viral reach nor likes.", "Either viral reach or likes.", "viral", 7),
    ("likes", "Not reach nor likes.", "Reach and likes.", "likes", 10),
    ("viral", "We cannot promise viral reach.", "We can promise viral reach.", "viral", 15),
]


@pytest.mark.parametrize(
    ("phrase", "negative", "positive", "expected", "start"),
    NEGATION_PAIRS,
    ids=[pair[1] for pair in NEGATION_PAIRS],
)
def test_negated_cue_does_not_count_but_its_twin_does(
    phrase: str, negative: str, positive: str, expected: str, start: int
) -> None:
    assert find(phrase, negative) is None
    match = find(phrase, positive)
    assert match is not None
    assert (match.text, match.start, match.end) == (expected, start, start + len(expected))
    assert positive[match.start : match.end] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Competitors are ahead and we can't wait.",
        "Competitors are ahead, we won't deny it.",
        "Competitors are ahead; we are not.",
    ],
)
def test_negator_after_the_cue_does_not_negate(text: str) -> None:
    assert found_text("competitor*", text) == "Competitors"


@pytest.mark.parametrize(
    "text",
    [
        "Competitors are not why we are doing this.",
        "Going viral isn't what we expect.",
        "Followers are not the goal.",
        "Followers aren\u2019t our goal.",
    ],
)
def test_cue_that_is_not_why_or_what(text: str) -> None:
    cues = CuePhrases(["competitor*", "go* viral", "followers"])
    assert cues.find(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "We are not on TikTok, but everyone is on it.",
        "We are not on TikTok but everyone is on it.",
        "We are not on TikTok; everyone is on it.",
        "We are not on TikTok. Everyone is on it.",
        "We are not on TikTok, however everyone is on it.",
        "We decided against TikTok even though everyone is on it.",
        "We are not big, so everyone is on it.",
    ],
)
def test_negation_ends_at_clause_boundary(text: str) -> None:
    assert found_text("everyone is on", text) is not None


def test_negation_window() -> None:
    near = "We did not " + "really " * (NEGATION_WINDOW - 1) + "go viral."
    far = "We did not " + "really " * NEGATION_WINDOW + "go viral."
    assert find("go viral", near) is None
    assert found_text("go viral", far) == "go viral"


@pytest.mark.parametrize(
    "text",
    [
        "Not only because competitors are there.",
        "We are doing this not just because competitors are there.",
        "We can't ignore that competitors are there.",
        "We don't want to fall behind competitors.",
        "We cannot afford to lose ground to competitors.",
    ],
)
def test_negation_cancelled(text: str) -> None:
    assert found_text("competitor*", text) is not None


def test_negated_match_does_not_hide_a_later_one() -> None:
    cues = CuePhrases(["competitor*"])
    text = "Not because competitors are there. Our competitors are winning."
    matches = cues.find_all(text)
    assert [(m.text, m.start) for m in matches] == [("competitors", 39)]
    assert matches[0].sentence == "Our competitors are winning."


def test_negated_function() -> None:
    text = "We are not here because competitors are. Competitors are."
    assert negated(text, text.index("competitors"))
    assert not negated(text, text.index("Competitors"))
    assert not negated("competitors are there", 0)
    assert negated("no one told us", 7)
    assert not negated("we did not really really go", 27, window=1)


def test_negators_constant() -> None:
    for negator in ("not", "no", "never", "n't", "without", "rather than", "instead of"):
        assert negator in NEGATORS


# --- syntax errors ----------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "",
        "   ",
        "(board|ceo",
        "board|ceo wants",
        "board) wants",
        "()",
        "(board|) wants",
        "comp*tor",
        "*tor",
        "word **",
        "... wants",
        "board ...",
        "board ... ... wants",
        "(board ...|ceo) wants",
        "the(board|ceo)",
        "(board|ceo)s",
        "(board|ceo)*",
    ],
)
def test_invalid_phrase_raises_value_error_naming_it(phrase: str) -> None:
    with pytest.raises(ValueError, match="invalid cue phrase") as info:
        CuePhrases(["fine", phrase])
    assert repr(phrase) in str(info.value)
    assert isinstance(info.value, CueSyntaxError)
    assert info.value.phrase == phrase


def test_non_string_phrase_raises_value_error() -> None:
    with pytest.raises(ValueError, match="must be a string"):
        CuePhrases(["fine", 3])  # type: ignore[list-item]


def test_phrase_regex_escapes_metacharacters() -> None:
    cues = CuePhrases(["c++ fans", "2x return", "a.b"])
    assert cues.find("c++ fans unite") is not None
    assert cues.find("cxx fans") is None
    assert cues.find("axb") is None
    assert "\\+\\+" in phrase_regex("c++")


# --- compilation and speed ---------------------------------------------------


def test_compiled_once_per_phrase_tuple() -> None:
    phrases = ("alpha", "beta*")
    assert compile_cues(phrases) is compile_cues(phrases)
    assert CuePhrases(phrases)._index is CuePhrases(list(phrases))._index
    assert CuePhrases(phrases) == compile_cues(phrases)


def test_extend() -> None:
    cues = CuePhrases(["viral"]).extend(["trendy", "viral"])
    assert cues.phrases == ("viral", "trendy")
    assert cues.find("so trendy") is not None


def test_length_changing_lowercase_keeps_spans() -> None:
    text = "\u0130stanbul and Izmir go viral"  # the dotted capital I lowercases to two chars
    match = find("go viral", text)
    assert match is not None
    assert text[match.start : match.end] == "go viral" == match.text


def test_sixty_phrases_over_two_kilobytes_is_fast() -> None:
    phrases = [f"phrase{i} (alpha|beta*) ... gamma" for i in range(50)]
    phrases += ["competitor* are", "go* viral", "everyone is on", "worked for *", "hip"]
    phrases += ["the board ... wants", "(ceo|management) asked", "cool", "trendy", "fans"]
    cues = CuePhrases(phrases)
    text = ("We serve our local community with care and we listen to the people. " * 30)[:2000]
    text += " Competitors are there, but we don't expect to go viral."
    assert [m.text for m in cues.find_all(text)] == ["Competitors are"]
    started = time.perf_counter()
    for _ in range(100):
        cues.find_all(text)
    # A safety bound, not a benchmark: about 0.3 ms per search on a laptop.
    assert (time.perf_counter() - started) / 100 < 0.005


def test_finditer_is_lazy_and_agrees_with_find_all() -> None:
    cues = CuePhrases(["viral"])
    text = "go viral. Not viral. viral again"
    matches = cues.finditer(text)
    assert next(matches).start == 3
    assert [m.start for m in cues.finditer(text)] == [m.start for m in cues.find_all(text)]
    assert [m.start for m in cues.find_all(text)] == [3, 21]


def test_error_quotes_the_phrase_as_written() -> None:
    with pytest.raises(ValueError) as info:
        CuePhrases(["(Board|CEO"])
    assert "'(Board|CEO'" in str(info.value)


def test_phrases_without_their_word_in_the_text_are_skipped_correctly() -> None:
    cues = CuePhrases(["everyone is on", "(board|ceo) wants", "go* viral", "worked for *"])
    assert cues.find("The CEO wants it").phrase == "(board|ceo) wants"  # type: ignore[union-attr]
    assert cues.find("It worked for them").phrase == "worked for *"  # type: ignore[union-attr]
    assert cues.find("Everyone is on TikTok").phrase == "everyone is on"  # type: ignore[union-attr]
    assert cues.find("Everyone was there") is None


@pytest.mark.parametrize(
    ("phrase", "text", "expected"),
    [
        # punctuated words need their runs of letters, whole
        ("(our (team*|staff)|q&a) session*", "The Q&A sessions run weekly.", "Q&A sessions"),
        ("(our (team*|staff)|q&a) session*", "Our teammates' sessions.", "Our teammates' sessions"),
        ("e.g. (reels|stories)", "Short formats, e.g. Reels.", "e.g. Reels"),
        ("$5 (off|discount*)", "Take $5 off today", "$5 off"),
        # a group alternative that may begin with any word requires nothing
        ("(* fans|followers) grow", "Loyal fans grow fast", "Loyal fans grow"),
        # a prefix that holds an apostrophe, typed curly in the text
        ("competitor's*", "Our competitor\u2019s pages", "competitor\u2019s"),
        # a prefix whose word in the text is capitalised and hyphen-joined to the next
        ("instagram* famous", "An INSTAGRAMMABLE-famous caf\u00e9", "INSTAGRAMMABLE-famous"),
        # a nested group at an alternative's start gives its own first words
        ("((board|ceo*) wants|mandate*) it", "Our CEOs wants it", "CEOs wants it"),
    ],
)
def test_word_check_keeps_every_phrase_that_matches(phrase: str, text: str,
                                                    expected: str) -> None:
    """The check of required words only skips phrases that cannot match: prefixes,
    punctuated words, wildcards and nested groups still match where they should."""
    assert found_text(phrase, text) == expected


@pytest.mark.parametrize(
    ("phrase", "text"),
    [
        ("(our (team*|staff)|q&a) session*", "The QA sessions run weekly."),
        ("competitor's*", "Our competitors pages"),
        ("instagram* famous", "An insta-famous caf\u00e9"),
        ("((board|ceo*) wants|mandate*) it", "The chief wants it"),
    ],
)
def test_text_without_a_required_word_does_not_match(phrase: str, text: str) -> None:
    assert find(phrase, text) is None


# --- hostile text -------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "unit"),
    [
        ("x ... y", "x'"),
        ("x ... * ... y", "x' "),
        ("a* ... b* ... c*", "a-a'a "),
        ("* * * * z", "w'w'"),
        ("* * * * z", "w'w-"),
        ("competitor* are", "competitor'"),
        ("x ... y", "x-"),
    ],
)
def test_no_catastrophic_backtracking(phrase: str, unit: str) -> None:
    """Words and separators split a text one way only, so time stays linear."""
    text = unit * (20_000 // len(unit))
    started = time.perf_counter()
    CuePhrases([phrase]).find_all(text)
    # A safety bound, not a benchmark: exponential splitting took minutes.
    assert time.perf_counter() - started < 1.0


def test_many_negated_candidates_stay_linear() -> None:
    text = "is are not " * 2_000
    started = time.perf_counter()
    matches = CuePhrases(["are not"]).find_all(text)
    assert [m.start for m in matches] == [3]
    assert time.perf_counter() - started < 1.0


def test_long_sentence_is_quoted_around_the_cue() -> None:
    text = "word " * 1_000 + "go viral " + "word " * 1_000
    match = find("go viral", text)
    assert match is not None
    assert match.text == "go viral"
    assert match.sentence.startswith("... ") and match.sentence.endswith(" ...")
    assert "go viral" in match.sentence
    assert len(match.sentence) <= MAX_SENTENCE_CHARS + len(match.text) + 8
    assert sentence_at(text, match.start, match.end) == match.sentence


def test_many_matches_in_one_long_sentence() -> None:
    text = "go viral " * 5_000
    started = time.perf_counter()
    matches = CuePhrases(["go viral"]).find_all(text)
    assert len(matches) == 5_000
    assert all(len(m.sentence) <= MAX_SENTENCE_CHARS + len(m.text) + 8 for m in matches)
    assert time.perf_counter() - started < 2.0


def test_prefilter_never_drops_a_phrase_its_pattern_matches():
    """Every built-in phrase, on sentences its own pattern matches: the cheap word check
    that decides which phrases to compile for a text must let each of them through."""
    import re as regex_module

    from smaudit.loading.plugins import build
    from smaudit.loading.registry import build_registry
    from smaudit.model.prose.cues import _Folded, _requirements, phrase_regex
    from smaudit.model.rule import option_defaults

    samples = [
        "grow our instagram to 10,000 followers", "launch our youtube channel",
        "the board wants us on tiktok", "our main rival just hit 10k followers",
        "we need to be on instagram", "similar clinics grew their patient base with tiktok",
        "make social media pay", "become an instagram-famous bakery",
        "everyone is on facebook", "we expect to go viral overnight",
        "friendly service and honest advice", "promotional posts with discounts",
    ]
    registry = build_registry(build(autoload=False))
    checked = 0
    for entry in registry.rules.values():
        for name, value in option_defaults(entry.rule.options_schema).items():
            if not (name.endswith("phrases") and isinstance(value, list)):
                continue
            for phrase in value:
                pattern = regex_module.compile(
                    f"{_START}(?:{phrase_regex(phrase, fold=True)}){_END}")
                for text in samples:
                    if pattern.search(text):
                        folded = _Folded(text)
                        assert all(folded.meets(need) for need in _requirements(phrase)), (
                            entry.rule.code, phrase, text)
                        checked += 1
    assert checked > 20


def test_phrases_are_compiled_only_for_texts_holding_their_words() -> None:
    """Compiling a pattern is the cost of a cold run: a phrase whose words a text lacks,
    prefixes included, is neither compiled nor searched for it."""
    from smaudit.model.prose.cues import _pattern

    cues = CuePhrases(["service*", "friendly (staff|team*)", "(board|ceo) ... wants"])
    _pattern.cache_clear()
    assert cues.find("We bake bread for the neighbourhood.") is None
    assert _pattern.cache_info().currsize == 0
    assert found_text("friendly (staff|team*)", "A friendly teammate.") == "friendly teammate"
    match = cues.find("Our friendly teammates serve it.")
    assert match is not None and match.text == "friendly teammates"
    assert _pattern.cache_info().currsize == 1
    assert cues.find("The CEO really wants it.").phrase == "(board|ceo) ... wants"  # type: ignore[union-attr]
    assert _pattern.cache_info().currsize == 2


# --- the matcher against the reference patterns -------------------------------


@functools.cache
def reference_patterns(phrases: tuple[str, ...]) -> list[re.Pattern[str]]:
    return [re.compile(f"{_START}(?:{phrase_regex(p)}){_END}", re.IGNORECASE)
            for p in phrases]


def reference_matches(phrases: list[str], text: str) -> list[tuple[int, int, str]]:
    """What one leftmost-first alternation of ``phrase_regex`` patterns finds."""
    patterns = reference_patterns(tuple(phrases))
    found, pos = [], 0
    while True:
        best = None
        for phrase, pattern in zip(phrases, patterns, strict=True):
            m = pattern.search(text, pos)
            if m and (best is None or m.start() < best[0].start()):
                best = (m, phrase)
        if best is None:
            return found
        m, phrase = best
        found.append((m.start(), m.end(), phrase))
        pos = max(m.end(), m.start() + 1)


def matcher_matches(phrases: list[str], text: str) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, m.phrase)
            for m in compile_cues(tuple(phrases)).find_all(text, negation=False)]


def builtin_phrase_lists() -> list[list[str]]:
    from smaudit.loading.plugins import build
    from smaudit.loading.registry import build_registry
    from smaudit.model.rule import option_defaults

    lists = []
    for entry in build_registry(build(autoload=False)).rules.values():
        for name, value in option_defaults(entry.rule.options_schema).items():
            if name.endswith("phrases") and isinstance(value, list) and value:
                lists.append(value)
    return lists


def plan_prose() -> list[str]:
    """Every string of some length in the example and test plans (and the whole plans
    the tests run on)."""
    root = Path(__file__).resolve().parents[1]
    texts: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, str):
            texts.add(node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    plans = [*(root / "examples" / "plans").glob("*.yaml"),
             *(root / "tests" / "data").rglob("*.yaml"), *VALID_PLANS]
    for path in plans:
        if path.stat().st_size > 20_000 or "hostile" in path.parts:
            continue
        try:
            walk(yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader))
        except (yaml.YAMLError, UnicodeDecodeError):
            continue
    return sorted(t for t in texts if len(t) > 12)


def test_matcher_agrees_with_reference_patterns_on_every_builtin_phrase() -> None:
    """A list is matched through its required words, with patterns for folded text,
    merged leftmost-first; the reference is each ``phrase_regex`` with ``IGNORECASE`` on
    the text as written, tried in full. Both give the same matches, spans and phrases
    for every built-in list over the plans' own prose, and over sentences written to
    contain each phrase's words."""
    texts = plan_prose()
    lists = builtin_phrase_lists()
    assert len(texts) > 100 and len(lists) > 20
    compared = found = 0
    for phrases in lists:
        probes = texts + [" ".join(p.replace("(", " ").replace(")", " ").replace("|", " ")
                                   .replace("*", "s").replace("...", "really").split())
                          for p in phrases]
        for text in probes:
            expected = reference_matches(phrases, text)
            assert matcher_matches(phrases, text) == expected, (phrases[:3], text)
            compared += 1
            found += bool(expected)
    assert found > 200, found


_VOCAB = ["go", "goes", "viral", "board", "boards", "wants", "we", "re", "don", "t", "e",
          "g", "commerce", "1", "100", "000", "competitor", "competitors", "x", "ceo", "free",
          "for", "q", "a"]
_PHRASE_TERMS = st.sampled_from(
    ["go", "viral", "board", "wants", "we're", "e-commerce", "$1", "100,000", "competitor*",
     "go*", "*", "(board|ceo)", "(go viral|go)", "(x|$1|we*)", "x", "((board|ceo) wants|x)",
     "free * for", "(competitor*|wants)", "(board*|(ceo|x*) wants)", "((go*|q&a) viral|*)",
     "e.g.", "q&a", "we*", "competitor's*"])


@st.composite
def phrases_and_texts(draw) -> tuple[list[str], str]:
    phrases = []
    for _ in range(draw(st.integers(1, 3))):
        terms = draw(st.lists(_PHRASE_TERMS, min_size=1, max_size=4))
        gaps = draw(st.lists(st.booleans(), min_size=len(terms), max_size=len(terms)))
        phrase = terms[0]
        for term, gap in zip(terms[1:], gaps, strict=False):
            phrase += (" ... " if gap else " ") + term
        phrases.append(phrase)
    pieces = draw(st.lists(st.tuples(
        st.sampled_from(_VOCAB),
        st.sampled_from([" ", "  ", "-", "'", "\u2019", ", ", ". ", "; ", " $", " -- ", "!",
                         "\n", ",", ":", "_", "&", "."]),
    ), max_size=14))
    text = "".join(word + sep for word, sep in pieces)
    return phrases, text


@given(case=phrases_and_texts())
def test_matcher_agrees_with_reference_patterns_on_generated_text(case) -> None:
    assert_agrees(*case)


def assert_agrees(phrases: list[str], text: str) -> None:
    assert matcher_matches(phrases, text) == reference_matches(phrases, text)


def test_requirements_of_words_prefixes_wildcards_and_groups() -> None:
    """The word check before matching: every word outside a group is required (a word
    before ``*`` too), a prefix requires a word that begins with it, punctuated words
    their runs of letters, and a group one of the words its alternatives begin with,
    through nested groups, unless one may begin with any word."""
    from smaudit.model.prose.cues import _requirements

    def word(*words: str) -> tuple[frozenset[str], tuple[str, ...]]:
        return frozenset(words), ()

    assert _requirements("free * for a year") == (
        word("free"), word("for"), word("a"), word("year"))
    assert _requirements("competitor* are (on|in) *") == (
        (frozenset(), ("competitor",)), word("are"), word("on", "in"))
    assert _requirements("(board|ceo (really|truly)) wants") == (
        word("board", "ceo"), word("wants"))
    assert _requirements("e-commerce (sales|$1)") == (
        word("e"), word("commerce"), word("sales", "1"))
    assert _requirements("Q&A ... e.g.* we\u2019re") == (
        word("q"), word("a"), word("e"), word("g"), word("we"), word("re"))
    assert _requirements("((our|my) brand*|team*) grows") == (
        (frozenset({"our", "my"}), ("team",)), word("grows"))
    assert _requirements("(* fans|followers) grow") == (word("grow"),)
    assert _requirements("(x|(y|*)) z") == (word("z"),)
    assert _requirements("board) wants (ceo") == (word("board"), word("wants"))


def test_clause_start_and_sentence_end_agree_with_negation() -> None:
    """Rules with their own clause judgement use the clause edges ``negated`` uses."""
    from smaudit.model.prose.cues import clause_start, sentence_end

    text = "We post daily. Nice if it spreads, but we don't count on it. Next."
    cue = text.index("spreads")
    assert text[clause_start(text, cue):cue] == " Nice if it "
    assert text[cue:sentence_end(text, cue)] == "spreads, but we don't count on it"
    after_but = text.index("we don't")
    assert text[clause_start(text, after_but):after_but] == " "
    assert clause_start(text, cue, reach=5) == cue - 5
    assert sentence_end("no full stop here", 3) == len("no full stop here")
    assert sentence_end(text, cue, reach=7) == cue + 7


def test_sentence_start_and_next_sentence_skip_abbreviations() -> None:
    from smaudit.model.prose.cues import next_sentence, sentence_start

    text = "We post e.g. recipes, 3.5 times a week. Others copy it! Fine."
    cue = text.index("times")
    assert text[sentence_start(text, cue):cue] == "We post e.g. recipes, 3.5 "
    assert next_sentence(text, cue) == "Others copy it!"
    assert next_sentence(text, text.index("Fine")) == ""
