"""What the prose-reading rules share: their phrase options and how they quote a match.

Every phrase list a rule reads is an option users can replace (``phrases``)
or extend (``extend_phrases``); messages quote the matched words, on one line
and bounded, so a client sees exactly what triggered a finding.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


def phrase_options(name: str, default: Iterable[str], what: str) -> dict[str, Any]:
    """A phrase option and its ``extend_`` counterpart, as JSON Schemas with defaults."""
    items = {"type": "string", "minLength": 1}
    return {
        name: {"type": "array", "items": items, "default": list(default),
               "description": f"Cue phrases for {what} (replaces the defaults)."},
        f"extend_{name}": {"type": "array", "items": items, "default": [],
                           "description": f"Added to `{name}` instead of replacing them."},
    }


def phrases(options: Mapping[str, Any], name: str = "phrases") -> tuple[str, ...]:
    """An option's phrase list plus its ``extend_`` counterpart, without duplicates."""
    base = tuple(options.get(name) or ())
    return base + tuple(p for p in options.get(f"extend_{name}") or () if p not in base)


def quote(text: str, limit: int = 70) -> str:
    """A matched phrase as a message quotes it: one line, bounded."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"
