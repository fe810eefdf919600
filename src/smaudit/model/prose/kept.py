"""Keeping a prose reader's answer for a short text: one mechanism for every reader.

The rules read the same fields again and again: several rules read one
motivation, a reader cuts the same sentence for each of its frame families,
and the plans of one organization (and generated ones) repeat their
sentences. So a reader keeps its answer per text, in a bounded cache. A long
text is rare and keeping it would hold its whole string (and whatever was
derived from it) for nothing, so above a length it is kept in a cache of its
own, of a size of its own (often none).

What is kept for many texts can repeat the same small values (a judgement's
key, a clause's words): ``Shared`` holds one object for all of them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import Any, TypeVar

__all__ = ["Shared", "kept"]

_Reader = TypeVar("_Reader", bound=Callable[..., Any])


def kept(short: int, *, below: int = 2000, long: int = 0) -> Callable[[_Reader], _Reader]:
    """Keep the answers of a reader whose first argument is a text: the last ``short``
    texts shorter than ``below`` characters, and the last ``long`` longer ones.

    The reader gets ``cache_clear``, which empties both."""

    def wrap(reader: _Reader) -> _Reader:
        short_texts = functools.lru_cache(maxsize=short)(reader)
        long_texts = functools.lru_cache(maxsize=long)(reader) if long else reader

        @functools.wraps(reader)
        def read(text: str, *rest: Any) -> Any:
            return (short_texts if len(text) < below else long_texts)(text, *rest)

        def cache_clear() -> None:
            short_texts.cache_clear()
            if long:
                long_texts.cache_clear()

        read.cache_clear = cache_clear  # type: ignore[attr-defined]
        return read  # type: ignore[return-value]

    return wrap


_Value = TypeVar("_Value", bound=Hashable)


class Shared:
    """One object for every equal value it is given, so that thousands of kept answers
    hold one copy of a value they share rather than thousands. The values are few (a
    judgement's key, the words of a run's clauses); should they grow past ``most``,
    the table is emptied, which only stops the sharing."""

    __slots__ = ("_objects", "most")

    def __init__(self, most: int) -> None:
        self.most = most
        self._objects: dict[Hashable, Hashable] = {}

    def __call__(self, value: _Value) -> _Value:
        """The object held for values equal to ``value`` (``value`` itself the first time)."""
        return self.each((value,))[0]

    def each(self, values: Iterable[_Value]) -> tuple[_Value, ...]:
        """``values``, each replaced by the object held for it."""
        objects = self._objects
        if len(objects) >= self.most:
            objects.clear()
        share = objects.setdefault
        return tuple([share(value, value) for value in values])  # type: ignore[misc]

    def __iter__(self) -> Iterator[Hashable]:
        return iter(self._objects)

    def clear(self) -> None:
        self._objects.clear()
