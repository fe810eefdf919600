"""Keeping a prose reader's answer for a short text: one mechanism for every reader.

The rules read the same fields again and again: several rules read one
motivation, a reader cuts the same sentence for each of its frame families,
and the plans of one organization (and generated ones) repeat their
sentences. So a reader keeps its answer per text, in a bounded cache. A long
text is rare and keeping it would hold its whole string (and whatever was
derived from it) for nothing, so above a length it is kept in a cache of its
own, of a size of its own (often none).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["kept"]

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
