"""User-supplied regular expressions that cannot hang the linter.

Rule packs are third-party YAML; a pack author can write a pattern such as
``(a+)+$`` that backtracks for minutes on an unlucky paragraph. The linter
runs in pre-commit hooks and CI, where a hang is worse than a missed finding,
so every user pattern is compiled with the ``regex`` package and every search
runs under a time limit. Exceeding it raises ``PatternTimeout``, which the
engine reports as a finding about the pack instead of waiting.

Built-in cue phrases do not come through here: ``smaudit.model.prose.cues`` generates
those patterns itself from escaped pieces and uses the faster ``re``.
"""

from __future__ import annotations

import functools
import time
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from regex import Match, Pattern

__all__ = [
    "DEFAULT_TIMEOUT",
    "FLAGS",
    "MAX_PATTERN_LENGTH",
    "MAX_REPEAT_PRODUCT",
    "PatternTimeout",
    "UserPattern",
    "compile_user_pattern",
]

#: Seconds one search (or one ``find_all``, in total) may take.
DEFAULT_TIMEOUT = 0.2

#: Longer patterns are refused: no sensible cue needs one, and a pattern of
#: megabytes is more likely an accident than a rule.
MAX_PATTERN_LENGTH = 4096

#: The largest number of copies counted repetitions may multiply to: compiling
#: ``((a{100}){100}){100}`` expands a million copies (and a fourth level took a
#: minute and tens of gigabytes), and no cue needs more than a few hundred.
MAX_REPEAT_PRODUCT = 10_000

#: The inline flag letters a rule pack may use, as in Python's ``re``.
FLAGS: dict[str, int] = {
    "i": regex.IGNORECASE,
    "m": regex.MULTILINE,
    "s": regex.DOTALL,
    "x": regex.VERBOSE,
    "a": regex.ASCII,
}


class PatternTimeout(TimeoutError):
    """A user pattern took longer than its time limit on some text."""

    def __init__(self, pattern: str, timeout: float) -> None:
        super().__init__(
            f"pattern {pattern!r} took longer than {timeout:g}s; "
            "it probably backtracks catastrophically (nested repetition such as (a+)+)"
        )
        self.pattern = pattern
        self.timeout = timeout


class UserPattern:
    """A compiled user pattern whose searches are bounded in time.

    ``regex`` checks its time limit while matching, so even a pattern with
    exponential backtracking returns control within about ``timeout``
    seconds, whatever the text.
    """

    __slots__ = ("_compiled", "flags", "pattern", "timeout")

    def __init__(self, pattern: str, compiled: Pattern[str], flags: str, timeout: float) -> None:
        self.pattern = pattern
        self.flags = flags
        self.timeout = timeout
        self._compiled = compiled

    def __repr__(self) -> str:
        return f"UserPattern({self.pattern!r}, flags={self.flags!r}, timeout={self.timeout:g})"

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Match[str] | None:
        """The first match in ``text[pos:endpos]``, or ``None``.

        Raises ``PatternTimeout`` when the search runs past ``timeout``.
        """
        return self._search(text, pos, endpos, self.timeout)

    def find_all(self, text: str, *, limit: int = 1000) -> list[Match[str]]:
        """Up to ``limit`` non-overlapping matches, as ``re.finditer`` finds them.

        One ``timeout`` covers the whole scan, not each match, so a pattern
        that matches cheaply but everywhere is bounded too.
        """
        deadline = time.monotonic() + self.timeout
        found: list[Match[str]] = []
        pos = 0
        while len(found) < limit and pos <= len(text):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise PatternTimeout(self.pattern, self.timeout)
            match = self._search(text, pos, None, remaining)
            if match is None:
                break
            found.append(match)
            pos = match.end() if match.end() > match.start() else match.end() + 1
        return found

    def _search(self, text: str, pos: int, endpos: int | None, timeout: float) -> Match[str] | None:
        try:
            return self._compiled.search(text, pos, endpos, timeout=timeout)
        except TimeoutError as exc:
            raise PatternTimeout(self.pattern, self.timeout) from exc


def _flag_bits(flags: str) -> int:
    bits = 0
    for letter in flags:
        if letter not in FLAGS:
            known = ", ".join(FLAGS)
            raise ValueError(f"unknown regex flag {letter!r} in {flags!r} (known: {known})")
        bits |= FLAGS[letter]
    return bits


@functools.lru_cache(maxsize=1024)
def compile_user_pattern(
    pattern: str, *, flags: str = "i", timeout: float = DEFAULT_TIMEOUT
) -> UserPattern:
    """Compile a rule pack's regular expression into a time-bounded ``UserPattern``.

    ``flags`` is a string of letters from ``FLAGS`` (default ``"i"``:
    case-insensitive, as cue phrases are). Syntax is Python's ``re`` syntax
    (``regex`` version 0). Raises ``ValueError`` with the regex error message
    for an invalid, empty or overlong pattern, an unknown flag, or counted
    repetitions nested so deep that compiling them would exhaust memory. Compiled
    patterns are cached, so a pack compiled once per plan costs nothing after
    the first.
    """
    if not isinstance(pattern, str):
        raise TypeError(f"a pattern must be a string, not {type(pattern).__name__}")
    if not pattern:
        raise ValueError("empty pattern: it would match every text")
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise ValueError(f"pattern longer than {MAX_PATTERN_LENGTH} characters")
    if not timeout > 0:
        raise ValueError(f"timeout must be positive, not {timeout!r}")
    bits = _flag_bits(flags)
    _check_repetition(pattern)
    try:
        compiled = regex.compile(pattern, bits | regex.VERSION0)
    except regex.error as exc:
        raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from None
    except (RecursionError, OverflowError):
        raise ValueError(f"invalid regular expression {pattern!r}: nested too deeply") from None
    return UserPattern(pattern, compiled, flags, timeout)


_COUNT = regex.compile(r"\{(\d*)(?:,(\d*))?\}")


def _check_repetition(pattern: str) -> None:
    """Refuse nested counted repetition whose copies multiply past ``MAX_REPEAT_PRODUCT``.

    The ``regex`` timeout bounds matching but not compiling, and a compiled
    ``{n}`` is ``n`` copies of what it repeats. A lexical scan (escapes, classes,
    groups) is enough: each group weighs the heaviest repetition inside it.
    """
    weights = [1]  # the heaviest weight in each open group
    last = 1  # the weight of the atom just before the current position
    position = 0
    while position < len(pattern):
        char = pattern[position]
        if char == "\\":
            position, last = position + 2, 1
            continue
        if char == "[":
            position, last = _class_end(pattern, position), 1
            continue
        if char == "(":
            weights.append(1)
            position, last = position + 1, 1
            continue
        if char == ")" and len(weights) > 1:
            last = weights.pop()
            weights[-1] = max(weights[-1], last)
            position += 1
            continue
        count = _COUNT.match(pattern, position) if char == "{" else None
        if count and (count.group(1) or count.group(2)):
            upper = count.group(2) if count.group(2) else count.group(1)
            last *= max(1, int(upper[:9] or 1))
            if last > MAX_REPEAT_PRODUCT:
                raise ValueError(f"pattern {pattern[:60]!r}: its counted repetitions make "
                                 f"more than {MAX_REPEAT_PRODUCT:,} copies; simplify it")
            weights[-1] = max(weights[-1], last)
            position = count.end()
            continue
        position, last = position + 1, 1


def _class_end(pattern: str, start: int) -> int:
    """The index after the character class opening at ``start``."""
    position = start + 1
    if position < len(pattern) and pattern[position] == "^":
        position += 1
    if position < len(pattern) and pattern[position] == "]":
        position += 1
    while position < len(pattern) and pattern[position] != "]":
        position += 2 if pattern[position] == "\\" else 1
    return position + 1
