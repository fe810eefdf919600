"""Did-you-mean: the close match users see for a mistyped key, value, rule or name.

One place so that a misspelled name reads the same wherever it was typed: in a
plan, a config file, a rule pack, a rule's options, a suppression comment or on
the command line. ``did_you_mean`` is the one users see for what they wrote in a
file (forgiving case, spaces and hyphens); ``closest`` is its plain core for
names that must match exactly, and ``closest_rule`` picks codes or slugs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any


def closest(word: str, choices: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The choice most like ``word`` (ties go to the first in sorted order), if close."""
    import difflib

    best, score = None, cutoff
    for choice in sorted(choices):
        ratio = difflib.SequenceMatcher(None, word, choice).ratio()
        if ratio > score or (ratio == score and best is None):
            best, score = choice, ratio
    return best


def normalize(text: str) -> str:
    """``Business Goals`` and ``business-goals`` as ``business_goals``."""
    return re.sub(r"[\s-]+", "_", text.strip().lower())


def did_you_mean(word: Any, choices: Iterable[Any]) -> str | None:
    """The closest of ``choices`` to ``word`` (case, spaces and hyphens forgiven), or
    ``None`` when ``word`` is one of them, is not text, or nothing is close."""
    import difflib

    if not isinstance(word, str):
        return None
    options = [c for c in choices if isinstance(c, str)]
    if word in options:
        return None
    normalized = normalize(word)
    for option in options:
        if normalize(option) == normalized:
            return option
    lowered = {option.lower(): option for option in options}
    close = difflib.get_close_matches(normalized, list(lowered), n=1, cutoff=0.6)
    return lowered[close[0]] if close else None


def closest_rule(name: str, codes: Iterable[str], slugs: Iterable[str]) -> str | None:
    """A rule close to ``name``: among codes when it has a digit (``SMA30``), else slugs."""
    wanted = name.strip().lower()
    if any(ch.isdigit() for ch in wanted):
        choices = {code.lower(): code for code in codes}
    else:
        choices = {slug: slug for slug in slugs}
    close = closest(wanted, choices)
    return choices[close] if close else None
