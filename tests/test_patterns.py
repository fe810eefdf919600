"""Tests for time-bounded user patterns from rule packs."""

from __future__ import annotations

import re
import time

import pytest

from smaudit.model.patterns import (
    DEFAULT_TIMEOUT,
    MAX_PATTERN_LENGTH,
    PatternTimeout,
    UserPattern,
    compile_user_pattern,
)

CATASTROPHIC = "(a+)+$"
ONE_MEGABYTE_TRAP = "a" * 1_000_000 + "b"


def test_search_is_case_insensitive_by_default() -> None:
    pattern = compile_user_pattern(r"\bgo(ing)? viral\b")
    match = pattern.search("We are Going VIRAL soon")
    assert match is not None
    assert (match.group(), match.span()) == ("Going VIRAL", (7, 18))
    assert pattern.search("no virality here") is None


def test_flags() -> None:
    assert compile_user_pattern("viral", flags="").search("VIRAL") is None
    assert compile_user_pattern("^viral$", flags="im").search("x\nViral\ny") is not None
    assert compile_user_pattern("a.b", flags="s").search("a\nb") is not None
    assert compile_user_pattern("a.b", flags="").search("a\nb") is None
    assert compile_user_pattern(" a b # spaced ", flags="x").search("ab") is not None


def test_search_respects_pos_and_endpos() -> None:
    pattern = compile_user_pattern("viral")
    assert pattern.search("viral and viral", 1).start() == 10  # type: ignore[union-attr]
    assert pattern.search("viral and viral", 1, 12) is None


def test_find_all() -> None:
    pattern = compile_user_pattern(r"\d+")
    assert [m.group() for m in pattern.find_all("1 and 22 and 333")] == ["1", "22", "333"]
    assert pattern.find_all("none") == []
    assert [m.group() for m in pattern.find_all("1 2 3 4", limit=2)] == ["1", "2"]


def test_find_all_advances_past_empty_matches_like_re() -> None:
    spans = [m.span() for m in compile_user_pattern("x*").find_all("axb")]
    assert spans == [m.span() for m in re.finditer("x*", "axb")]
    assert spans == [(0, 0), (1, 2), (2, 2), (3, 3)]


def test_compiled_once() -> None:
    assert compile_user_pattern("once") is compile_user_pattern("once")
    assert compile_user_pattern("once") is not compile_user_pattern("once", flags="")


def test_attributes_and_repr() -> None:
    pattern = compile_user_pattern("abc", flags="im")
    assert isinstance(pattern, UserPattern)
    assert (pattern.pattern, pattern.flags, pattern.timeout) == ("abc", "im", DEFAULT_TIMEOUT)
    assert repr(pattern) == "UserPattern('abc', flags='im', timeout=0.2)"


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("(a", "missing \\)"),
        ("[z-a]", "bad character range"),
        ("a{99999999999}", "counted repetitions make more than 10,000 copies"),
        ("*a", "nothing to repeat"),
    ],
)
def test_invalid_regex_raises_value_error_with_the_regex_message(
    pattern: str, message: str
) -> None:
    with pytest.raises(ValueError, match=message) as info:
        compile_user_pattern(pattern)
    assert repr(pattern) in str(info.value)


def test_deeply_nested_pattern_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="nested too deeply"):
        compile_user_pattern("(" * 2000 + ")" * 2000)


def test_other_bad_arguments() -> None:
    with pytest.raises(ValueError, match="empty pattern"):
        compile_user_pattern("")
    with pytest.raises(ValueError, match="longer than"):
        compile_user_pattern("a" * (MAX_PATTERN_LENGTH + 1))
    with pytest.raises(ValueError, match="unknown regex flag 'q'"):
        compile_user_pattern("a", flags="iq")
    with pytest.raises(ValueError, match="timeout must be positive"):
        compile_user_pattern("a", timeout=0)
    with pytest.raises(TypeError):
        compile_user_pattern(b"a")  # type: ignore[arg-type]


def test_catastrophic_pattern_on_a_megabyte_is_bounded() -> None:
    pattern = compile_user_pattern(CATASTROPHIC)
    started = time.perf_counter()
    with pytest.raises(PatternTimeout) as info:
        pattern.search(ONE_MEGABYTE_TRAP)
    elapsed = time.perf_counter() - started
    # A safety bound, not a benchmark: the default limit is 0.2 s.
    assert elapsed < 1.0
    assert isinstance(info.value, TimeoutError)
    assert info.value.pattern == CATASTROPHIC
    assert info.value.timeout == DEFAULT_TIMEOUT
    assert CATASTROPHIC in str(info.value)


def test_catastrophic_pattern_with_a_short_timeout() -> None:
    pattern = compile_user_pattern("(x+x+)+y", timeout=0.05)
    started = time.perf_counter()
    with pytest.raises(PatternTimeout):
        pattern.search("x" * 10_000)
    assert time.perf_counter() - started < 1.0


def test_find_all_shares_one_time_limit() -> None:
    pattern = compile_user_pattern(CATASTROPHIC, timeout=0.1)
    started = time.perf_counter()
    with pytest.raises(PatternTimeout):
        pattern.find_all(ONE_MEGABYTE_TRAP)
    assert time.perf_counter() - started < 1.0


def test_benign_pattern_on_a_megabyte_completes() -> None:
    pattern = compile_user_pattern(r"\bb$")
    started = time.perf_counter()
    assert pattern.search(ONE_MEGABYTE_TRAP) is None
    match = compile_user_pattern("a+b").search(ONE_MEGABYTE_TRAP)
    assert match is not None and match.end() == len(ONE_MEGABYTE_TRAP)
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize("pattern", [
    "((((a{100}){100}){100}){100})", "(a{100}){101}", "(?:x{20}(y{30}){20}){20}", "[{(]{20000}",
])
def test_nested_counted_repetition_is_refused_before_compiling(pattern: str) -> None:
    started = time.monotonic()
    with pytest.raises(ValueError, match="counted repetitions make more than 10,000 copies"):
        compile_user_pattern(pattern)
    assert time.monotonic() - started < 0.5


@pytest.mark.parametrize("pattern", [r"(\d{3}-){2}\d{4}", "(a{100}){100}", r"\{9999999\}",
                                     "[}{]{3}x{5000}"])
def test_reasonable_counted_repetition_still_compiles(pattern: str) -> None:
    assert compile_user_pattern(pattern).pattern == pattern
