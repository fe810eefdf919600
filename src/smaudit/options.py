"""Checking a rule's options against the rule's options schema.

Options come from users' config files, so every problem must read as one
plain sentence ("max_response_time: 'soon' is not a duration"), not a
validator's dump. jsonschema is imported only when a user sets options.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def check_options(schema: Mapping[str, Any], options: Mapping[str, Any]) -> str | None:
    """``None`` when ``options`` satisfy ``schema``; else the first problem, in words."""
    import difflib

    known = list((schema.get("properties") or {}).keys())
    for name in options:
        if known is not None and name not in known and schema.get("additionalProperties") is False:
            close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
            valid = ", ".join(known) or "none"
            hint = f"; did you mean {close[0]!r}?" if close else ""
            return f"{name!r} is unknown (valid: {valid}){hint}"
    from jsonschema import Draft202012Validator

    for error in sorted(Draft202012Validator(dict(schema)).iter_errors(dict(options)),
                        key=lambda e: list(e.absolute_path)):
        where = ".".join(str(p) for p in error.absolute_path) or "options"
        return f"{where}: {error.message}"
    return _bad_phrase(options)


def _bad_phrase(options: Mapping[str, Any]) -> str | None:
    """A phrase list option (``phrases``, ``extend_phrases``, ``image_phrases``...) with a
    phrase the cue matcher cannot read: rules trust their phrases, so check them here."""
    from smaudit.cues import CueSyntaxError, validate_phrases

    for name, value in options.items():
        if name.endswith("phrases") and isinstance(value, list):
            try:
                validate_phrases(value)
            except CueSyntaxError as exc:
                return f"{name!r}: {exc}"
    return None
