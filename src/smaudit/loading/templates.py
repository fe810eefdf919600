"""Rule-pack message templates: data with a few named fields, never code.

A pack's ``message`` and ``hint`` look like ``str.format`` templates
(``{item[platform]} has no rationale``), but a pack is third-party YAML, and
``str.format`` would let it walk attributes (``{options.__class__...}``) into
the process's memory and environment, or ask for a field width of a hundred
million characters. So a template is parsed once, at load time, into literal
text and the documented fields only, and rendered by substitution:

- ``{value}``, ``{match}``, ``{key}``;
- ``{item[FIELD]}``: a field of the enclosing list item;
- ``{options[NAME]}``: an option's value;
- ``!r`` (quoted) or ``!s`` after any of them.

Anything else (attribute access, a second index, a format specification, an
unknown field, an unbalanced brace) is a ``TemplateError`` when the pack loads.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Callable, Mapping

FIELDS = ("value", "match", "key", "item", "options")
"""The fields a template may use; ``item`` and ``options`` take one ``[NAME]``."""

_FIELD = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)(?:\[([A-Za-z0-9_-]+)\])?")

Piece = tuple[str, "str | None", "str | None", "str | None"]
"""``(literal text, field, [NAME] or None, conversion or None)``."""


class TemplateError(ValueError):
    """A template uses something other than the documented fields."""


@functools.lru_cache(maxsize=1024)
def parse_template(template: str) -> tuple[Piece, ...]:
    """The pieces of ``template``; ``TemplateError`` naming the first problem."""
    from smaudit.model.suggest import closest

    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise TemplateError(f"{exc} (write {{{{ or }}}} for a literal brace)") from None
    pieces: list[Piece] = []
    for literal, name, spec, conversion in parsed:
        if name is None:
            pieces.append((literal, None, None, None))
            continue
        shown = "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec
                                                                          else "") + "}"
        if spec:
            raise TemplateError(f"field {shown}: format specifications are not supported")
        if conversion not in (None, "r", "s"):
            raise TemplateError(f"field {shown}: only !r and !s conversions are supported")
        match = _FIELD.fullmatch(name)
        if match is None:
            raise TemplateError(f"field {shown}: use {{value}}, {{match}}, {{key}}, "
                                "{item[FIELD]} or {options[NAME]}")
        root, key = match.groups()
        if root not in FIELDS:
            close = closest(root, FIELDS)
            hint = f" (did you mean {{{close}{f'[{key}]' if key else ''}}}?)" if close else ""
            raise TemplateError(f"unknown field {shown}{hint}; fields are {{value}}, "
                                "{match}, {key}, {item[FIELD]}, {options[NAME]}")
        if root in ("item", "options") and key is None:
            raise TemplateError(f"field {shown} needs a name: {{{root}[NAME]}}")
        if root not in ("item", "options") and key is not None:
            raise TemplateError(f"field {shown}: {{{root}}} takes no [NAME]")
        pieces.append((literal, root, key, conversion))
    return tuple(pieces)


def option_names(template: str) -> list[str]:
    """The options a (valid) template names, in order."""
    return [key for _, root, key, _ in parse_template(template) if root == "options" and key]


def item_fields(template: str) -> list[str]:
    """The item fields a (valid) template names, in order."""
    return [key for _, root, key, _ in parse_template(template) if root == "item" and key]


def render(template: str, values: Mapping[str, str],
           lookup: Callable[[str, str], str]) -> str:
    """Substitute ``values`` (value, match, key) and ``lookup(root, NAME)`` (item, options)."""
    out: list[str] = []
    for literal, root, key, conversion in parse_template(template):
        out.append(literal)
        if root is None:
            continue
        text = lookup(root, key) if key is not None else values.get(root, "")
        out.append(repr(text) if conversion == "r" else text)
    return "".join(out)

