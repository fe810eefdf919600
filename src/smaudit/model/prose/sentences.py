"""Splitting prose into sentences and clauses: one mechanism for every reader.

Each reader of prose says for itself what ends a sentence or a clause (a
pattern: the cue matcher lets ";" end a sentence, the channel readers keep a
title's full stop "Dr." inside one, the goal readers split where a capital
follows), because those choices are part of its judgement. How a text is cut
by such a pattern is the same for all of them, and lives here:

- ``marks``: where the pattern matches, as ``(start, end)`` spans;
- ``pieces``: the stretches between the marks, each with its closing mark
  (a sentence keeps its full stop) or without it (a separator such as the
  whitespace between two sentences belongs to neither).

Every judgement reads the same fields again (the three channel rules, the
three expectation rules, the goal rules and the cue phrases each split a
motivation), so the marks of a short text are kept per text and pattern, in a
bounded cache: a field is cut once per pattern, whichever rule asks first.
"""

from __future__ import annotations

import functools
from typing import Protocol

__all__ = ["marks", "pieces"]

#: Texts at least this long are not kept: a field that long is rare, and keeping it
#: would hold its text in memory for nothing.
_KEPT_BELOW = 10_000


class _Finder(Protocol):
    """A compiled pattern, or a ``LazyPattern``: anything with ``finditer``."""

    def finditer(self, text: str, *args: int) -> object: ...


def marks(text: str, pattern: _Finder, pos: int = 0, endpos: int | None = None
          ) -> tuple[tuple[int, int], ...]:
    """The spans where ``pattern`` matches ``text`` (between ``pos`` and ``endpos``),
    in order."""
    if pos == 0 and endpos is None and len(text) < _KEPT_BELOW:
        return _marks_kept(text, pattern)
    found = pattern.finditer(text, pos) if endpos is None else pattern.finditer(
        text, pos, endpos)
    return tuple([m.span() for m in found])


@functools.lru_cache(maxsize=1024)
def _marks_kept(text: str, pattern: _Finder) -> tuple[tuple[int, int], ...]:
    return tuple([m.span() for m in pattern.finditer(text)])


def pieces(text: str, pattern: _Finder, *, keep_mark: bool = True
           ) -> tuple[tuple[int, int], ...]:
    """The ``(start, end)`` stretches of ``text`` cut at the marks of ``pattern``.

    With ``keep_mark`` a stretch runs to the end of the mark that closes it (a
    sentence with its full stop), as ``re.finditer`` readers cut; without, to the
    mark's start, as ``re.split`` cuts (the mark is a separator). The stretch
    after the last mark ends the list, even when empty, as ``re.split`` gives it.
    """
    out = []
    start = 0
    for a, b in marks(text, pattern):
        out.append((start, b if keep_mark else a))
        start = b
    out.append((start, len(text)))
    return tuple(out)

