"""A judgement's answer for a text, kept across plans: one record per text.

The readers below the judgements keep what they cut and find per text
(``kept``, ``sentences``), sized for the fields of the plan being linted,
which several rules read again. Across plans those keeps are too small to
help, yet plans repeat their prose: the plans of one organization, and
generated ones, share whole motivations, rationales and goal statements
(about half of the prose fields of 1,000 generated plans had been seen
before in the same run), and share their sentences far more (five in six).
So each prose judgement asks here first for a whole field, and the role
readers for each clause they judge on its own: a text already judged gets
its final answer (the role and the sentence it quotes, or nothing) without
cutting, searching or weighing again.

The answers of every reader that reads a text are kept together, in one
record per text, so a motivation read by six judgements is held once; the
last ``_TEXTS`` texts are kept, and a long text (rare, and costly to hold)
is never kept. An answer is named by its reader and the arguments that,
besides the text, decide it (the rule's phrases, its options, the plan's
context): they must be hashable and the reader must depend on nothing else,
so that a kept answer is the one the reader would give again.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from smaudit.model.prose.kept import Shared

__all__ = ["answer"]

_Answer = TypeVar("_Answer")

#: How many texts' answers are kept: a generated plan brings about nine texts not seen
#: before (fields and clauses), so those of the last 450 or so plans.
_TEXTS = 4096
#: Texts at least this long are judged afresh every time: none of 1,000 generated plans
#: and the shared corpus reached 500 characters, and a plan of many long distinct texts
#: must not make the store hold megabytes (at most 4,096 texts of this size).
_KEPT_BELOW = 1000
_ABSENT = object()
#: One object for every equal key: a text's record holds a judgement's key, and thousands
#: of records would otherwise hold thousands of copies of it (about 80 bytes each). The
#: keys are few (a reader and its options), 4,096 at most.
_KEYS = Shared(4096)
#: How many answers one text's record holds at most.
_KEYS_PER_TEXT = 64


@functools.lru_cache(maxsize=_TEXTS)
def _record(text: str) -> dict[Hashable, Any]:
    """The answers kept for ``text``, by judgement; the least recently read text's
    record is dropped first."""
    return {}


def answer(read: Callable[..., _Answer], text: str, *args: Hashable) -> _Answer:
    """``read(text, *args)``, kept for the text when it is short: the same reader with
    the same arguments gives the kept answer."""
    if len(text) >= _KEPT_BELOW:
        return read(text, *args)
    record = _record(text)
    key = (read, *args) if args else read
    found = record.get(key, _ABSENT)
    if found is _ABSENT:
        if len(record) >= _KEYS_PER_TEXT:
            # arguments that change from plan to plan would grow a record without
            # bound; the judgements of one text are a few dozen at most
            record.clear()
        found = record[_KEYS(key)] = read(text, *args)
    return found  # type: ignore[return-value]


def clear() -> None:
    """Forget every kept answer (tests that change a reader's behaviour)."""
    _record.cache_clear()
    _KEYS.clear()
