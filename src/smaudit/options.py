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
    for error in sorted(_validator(schema).iter_errors(dict(options)),
                        key=lambda e: list(e.absolute_path)):
        where = ".".join(str(p) for p in error.absolute_path) or "options"
        return f"{where}: {error.message}"
    return _bad_phrase(options)


def _validator(schema: Mapping[str, Any]) -> Any:
    """A JSON Schema validator whose ``pattern`` keyword runs under a time bound.

    jsonschema matches ``pattern`` with Python's ``re``, which can backtrack for
    hours (``(a+)+$`` against thirty-odd ``a`` and a ``!``); the schema comes from a
    plugin or pack and the value from a config file, so both are untrusted. The
    pattern goes through ``compile_user_pattern`` instead: refused when invalid, and
    searched with the ``regex`` package's timeout.
    """
    from jsonschema import Draft202012Validator, validators

    bounded = validators.extend(Draft202012Validator, {"pattern": _bounded_pattern})
    return bounded(dict(schema))


def _bounded_pattern(validator: Any, pattern: Any, instance: Any, schema: Any) -> Any:
    from jsonschema.exceptions import ValidationError

    from smaudit.patterns import PatternTimeout, compile_user_pattern

    if not validator.is_type(instance, "string"):
        return
    try:
        found = compile_user_pattern(pattern, flags="").search(instance)
    except PatternTimeout:
        yield ValidationError(f"{instance[:40]!r} could not be checked against the pattern "
                              f"{pattern!r} in time (the pattern backtracks without bound)")
        return
    except (TypeError, ValueError) as exc:
        yield ValidationError(f"the rule's options schema has a bad pattern: {exc}")
        return
    if found is None:
        yield ValidationError(f"{instance!r} does not match {pattern!r}")
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
    from smaudit.suggest import closest

    declared = spec.get("type")
    types = declared if isinstance(declared, list) else [declared] if declared else []
    for kind in types:
        if kind not in JSON_TYPES:
            close = closest(str(kind), list(JSON_TYPES))
            hint = f" (did you mean {close!r}?)" if close else ""
            return (f"option {name!r}: type {kind!r} is not a JSON Schema type{hint}; types "
                    f"are {', '.join(JSON_TYPES)}")
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
    from smaudit.cues import CueSyntaxError, validate_phrases

    for name, value in options.items():
        if name.endswith("phrases") and isinstance(value, list):
            try:
                validate_phrases(value)
            except CueSyntaxError as exc:
                return f"{name!r}: {exc}"
    return None
