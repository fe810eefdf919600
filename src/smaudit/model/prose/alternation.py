"""Word-class alternations grouped by their first letter, for a faster regex engine run.

The role readers' word classes are long alternations (``(?:customers?|clients?|
patients?|...)``, a hundred nouns). Python's ``re`` tries the alternatives one by
one at every word start, so a class of a hundred words costs a hundred
comparisons per word of every clause it reads: it was the costliest search of a
plan. ``by_first_letter`` rewrites such a group as
``(?:c(?:ustomers?|lients?|...)|p(?:atients?|...)|...)``: the engine then
compares one letter per group and enters only the group that can match.

The rewrite never changes what a pattern matches. ``cX|cY`` and ``c(?:X|Y)``
are the same ordered choice, and two alternatives that begin with different
letters cannot both match at one position, so putting the groups in a
different order than their members had changes no leftmost-first choice (the
members of one group keep their order). A group the rewrite cannot read with
certainty (an alternative that begins with anything but a lowercase letter, or
with a letter that a quantifier follows) is returned unchanged.
"""

from __future__ import annotations

__all__ = ["alternatives", "by_first_letter"]


def alternatives(body: str) -> list[str] | None:
    """The top-level alternatives of a regex body (the text between ``(?:`` and its
    ``)``), or ``None`` when its parentheses or classes do not balance."""
    out: list[str] = []
    depth = 0
    in_class = escaped = False
    begin = 0
    for i, char in enumerate(body):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            if body.startswith(("[]", "[^]"), i):
                return None  # a "]" first in a class: not worth reading
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return None
        elif char == "|" and depth == 0:
            out.append(body[begin:i])
            begin = i + 1
    if depth or in_class or escaped:
        return None
    out.append(body[begin:])
    return out


def by_first_letter(group: str) -> str:
    """``group``, a non-capturing group of alternatives ``(?:a|b|...)``, with its
    alternatives gathered under their first letter (see the module's docstring)."""
    if not (group.startswith("(?:") and group.endswith(")")):
        return group
    found = alternatives(group[3:-1])
    if found is None or len(found) < 2:
        return group
    groups: dict[str, list[str]] = {}
    for alternative in found:
        if not alternative or not ("a" <= alternative[0] <= "z") or alternative[1:2] in (
                "?", "*", "+", "{"):
            return group
        groups.setdefault(alternative[0], []).append(alternative[1:])
    parts = []
    for letter, rests in groups.items():
        parts.append(letter + rests[0] if len(rests) == 1 else f"{letter}(?:{'|'.join(rests)})")
    return f"(?:{'|'.join(parts)})"
