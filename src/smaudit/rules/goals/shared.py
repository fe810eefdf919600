"""Helpers and word data that several goals rules use, kept once so that they agree.
"""

from __future__ import annotations

from collections.abc import Iterator

from smaudit.model import compiled_patterns
from smaudit.model.plan import Plan, join
from smaudit.model.platforms import PROSE_NAMES
from smaudit.model.prose.cues import CueMatch, words

# --------------------------------------------------------------------------
# Helpers


def wordset(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set (for word lists)."""
    return frozenset(text.split())


CLAUSE_END = compiled_patterns.compile(r"[,.;:!?()\[\]\u2013\u2014]|\s-\s")


def words_after(text: str, end: int, count: int = 3) -> list[str]:
    """Up to ``count`` words after ``end``, within the same clause."""
    tail = text[end : end + 120]
    cut = CLAUSE_END.search(tail)
    return words(tail[: cut.start()] if cut else tail)[:count]


def interior(match: CueMatch) -> list[str]:
    """The words of a match between its first and its last word."""
    return words(match.text)[1:-1]


def goal_statements(plan: Plan) -> Iterator[tuple[str, str, str]]:
    """``(pointer, goal id, statement)`` for each goal with a text statement."""
    for pointer, goal in plan.items("business_goals"):
        statement = goal.get("statement")
        if isinstance(statement, str) and statement.strip():
            ident = goal.get("id") if isinstance(goal.get("id"), str) else pointer
            yield join(pointer, "statement"), ident, statement


# Platforms and words that stand for "social media" in goal prose. Platform
# aliases are normalized in channel keys, not in prose, so both spellings.
PLATFORMS = f"({'|'.join(PROSE_NAMES)}|social|social media|socials|social networks|social channels)"
