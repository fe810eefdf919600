"""Checking a rule's options against the rule's options schema.

Options come from users' config files, so every problem must read as one
plain sentence ("`min_length` should be a whole number, not text ('ten')"),
not a validator's dump: the schema service (``smaudit.model.schema``) words it.
jsonschema is imported only when a user sets options.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def check_options(schema: Mapping[str, Any], options: Mapping[str, Any]) -> str | None:
    """``None`` when ``options`` satisfy ``schema``; else the first problem, in words.

    The schema service words it as SMA002 words a plan's mistakes; ``pattern`` is
    matched under a time bound, since the schema comes from a plugin or pack and
    the value from a config file.
    """
    from smaudit.model.schema import OPTIONS, problems

    found = problems(dict(options), schema, OPTIONS, bounded=True)
    if found:
        return found[0].message
    return _bad_phrase(options)


JSON_TYPES = {"string": (str,), "integer": (int,), "number": (int, float), "boolean": (bool,),
              "array": (list, tuple), "object": (dict,), "null": (type(None),)}


def option_spec_problem(name: str, spec: Mapping[str, Any]) -> str | None:
    """What is wrong with one option's declaration (its JSON Schema and default), or
    ``None``; checked when a rule is defined or a pack loads, before any user sets it.

    Only the ``type`` keyword is read, which needs no JSON Schema library: a type
    that does not exist (``integr``) would otherwise fail the first user to set the
    option, and a default of the wrong type (``default: three`` for an integer)
    would make the rule compare against a value it can never match, silently.
    """
    from smaudit.model.suggest import did_you_mean

    declared = spec.get("type")
    types = declared if isinstance(declared, list) else [declared] if declared else []
    for kind in types:
        if kind not in JSON_TYPES:
            close = did_you_mean(str(kind), list(JSON_TYPES))
            hint = f"; did you mean {close!r}?" if close else ""
            return (f"option {name!r}: type {kind!r} is not a JSON Schema type (types are "
                    f"{', '.join(JSON_TYPES)}){hint}")
    default = spec.get("default")
    if types and not any(_is(default, kind) for kind in types):
        return (f"option {name!r}: default {default!r} is not of type "
                f"{' or '.join(map(str, types))}")
    return None


def _is(value: Any, kind: str) -> bool:
    if isinstance(value, bool) and kind in ("integer", "number"):
        return False  # JSON Schema: true is not a number
    if kind == "integer" and isinstance(value, float):
        return value.is_integer()
    return isinstance(value, JSON_TYPES[kind])


def _bad_phrase(options: Mapping[str, Any]) -> str | None:
    """A phrase list option (``phrases``, ``extend_phrases``, ``image_phrases``...) with a
    phrase the cue matcher cannot read: rules trust their phrases, so check them here."""
    from smaudit.model.prose.cues import CueSyntaxError, validate_phrases

    for name, value in options.items():
        if name.endswith("phrases") and isinstance(value, list):
            try:
                validate_phrases(value)
            except CueSyntaxError as exc:
                return f"{name!r}: {exc}"
    return None
