"""The words before a cue: one look back for every reader of prose.

Negation, hedges and the grammar around a role are judged from the few words
just before it ("**not** because the board wants it", "**by** posting
daily", "**we** grew it"). The readers used to slice the text and split it
four ways; they now all look back through ``before`` and ``words_before``, so
that how far a look reaches, where a clause stops it and how a word cut by the
edge is treated are decided in one place and named by each caller.

Every look is bounded (``reach``, at most ``widen_to`` characters): a long
field full of candidate cues costs each cue the same short look, so reading
stays linear in the text.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["before", "words_before"]


def before(text: str, pos: int, reach: int) -> str:
    """The ``reach`` characters of ``text`` before ``pos`` (fewer at its start)."""
    return text[max(0, pos - reach):pos]


def words_before(text: str, pos: int, count: int, *, reach: int,
                 words: Callable[[str], list[str]] = str.split,
                 fold: Callable[[str], str] | None = None,
                 clause_start: Callable[[str], int | None] | None = None,
                 widen_to: int | None = None) -> list[str]:
    """The last ``count`` words before ``text[pos]``, as ``words`` splits them.

    :param reach: how many characters before ``pos`` are read.
    :param fold: applied to that stretch first (lowercasing, say), so that
        ``clause_start`` and ``words`` read the folded text.
    :param clause_start: where, in the (folded) stretch, the clause that ends
        at ``pos`` begins, or ``None`` when it begins before the stretch; the
        words before it are not read.
    :param widen_to: when given, a stretch that holds neither a clause start nor
        more than ``count`` words is doubled until it reaches ``widen_to``
        characters; a word cut by its edge is then dropped, lest "another" read
        as "not". Without it the stretch is read once, its first word as found.
    """
    size = reach
    while True:
        low = max(0, pos - size)
        stretch = text[low:pos]
        if fold is not None:
            stretch = fold(stretch)
        cut = clause_start(stretch) if clause_start is not None else None
        if cut is not None:
            stretch = stretch[cut:]
        found = words(stretch)
        if cut is not None or low == 0 or widen_to is None:
            return found[-count:]
        if len(found) > count or size >= widen_to:
            return found[1:][-count:]
        size *= 2
