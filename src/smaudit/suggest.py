"""Did-you-mean: the close match users see for a mistyped key, rule or name.

One place so that a misspelled rule reads the same whether it was typed in a
config file, a suppression comment or on the command line.
"""

from __future__ import annotations

from collections.abc import Iterable


def closest(word: str, choices: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The choice most like ``word`` (ties go to the first in sorted order), if close."""
    import difflib

    best, score = None, cutoff
    for choice in sorted(choices):
        ratio = difflib.SequenceMatcher(None, word, choice).ratio()
        if ratio > score or (ratio == score and best is None):
            best, score = choice, ratio
    return best


def closest_rule(name: str, codes: Iterable[str], slugs: Iterable[str]) -> str | None:
    """A rule close to ``name``: among codes when it has a digit (``SMA30``), else slugs."""
    wanted = name.strip().lower()
    if any(ch.isdigit() for ch in wanted):
        choices = {code.lower(): code for code in codes}
    else:
        choices = {slug: slug for slug in slugs}
    close = closest(wanted, choices)
    return choices[close] if close else None
