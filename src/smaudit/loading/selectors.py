"""Selectors: the paths rule packs use to name nodes (``channels[*].rationale``).

A selector is dotted keys with ``[*]`` (every item) and ``[N]`` (one item).
Evaluating it yields each matching node's JSON pointer and value, including
nodes that do not exist (value ``MISSING``) when their parent does, so a
``required`` check can point at the mapping where the key belongs. A
wildcard over a missing or non-list section yields nothing.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from smaudit.model.plan import MISSING, join

_TOKEN = re.compile(r"([A-Za-z_][A-Za-z0-9_\-]*)|\[(\*|[0-9]+)\]|(\.)")


@dataclass(frozen=True, slots=True)
class Node:
    """A selected node: where it is, its value (or ``MISSING``), and the
    nearest enclosing list item (a channel, a tactic...) for messages."""

    pointer: str
    value: Any
    item: Any = None


@functools.lru_cache(maxsize=512)
def parse(selector: str) -> tuple[str | int, ...]:
    """Split a selector into keys, indexes and ``"*"``; ``ValueError`` if malformed."""
    steps: list[str | int] = []
    position = 0
    expect_name = True
    text = selector.strip()
    if text in ("", "$"):
        return ()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if not match:
            raise ValueError(f"selector {selector!r}: unexpected {text[position]!r} at "
                             f"position {position + 1}")
        name, index, _dot = match.groups()
        if name is not None:
            if not expect_name:
                raise ValueError(f"selector {selector!r}: missing '.' before {name!r}")
            steps.append(name)
            expect_name = False
        elif index is not None:
            steps.append("*" if index == "*" else int(index))
            expect_name = False
        else:
            expect_name = True
        position = match.end()
    if expect_name and steps:
        raise ValueError(f"selector {selector!r}: ends with '.'")
    return tuple(steps)


def select(data: Any, selector: str) -> list[Node]:
    """Every node ``selector`` names in ``data``, in document order (see the module
    docstring)."""
    return _evaluate(data, parse(selector))


def _evaluate(data: Any, steps: tuple[str | int, ...]) -> list[Node]:
    """The nodes ``steps`` reach, found one step at a time over a list of candidates.

    Pack rules select a few nodes of every plan, several times a plan, so this is a
    loop over plain tuples rather than a recursive generator, and a pointer is the
    parent's with one token added: selector keys and indexes never need escaping.
    Each step expands its candidates in order, so the nodes keep document order. A
    key a mapping lacks ends its branch there, as a ``MISSING`` node at the pointer
    the whole selector would have had, which the remaining steps pass along."""
    # (pointer, value, item, finished): finished candidates are missing nodes
    found: list[tuple[str, Any, Any, bool]] = [("", data, None, False)]
    for position, step in enumerate(steps):
        reached: list[tuple[str, Any, Any, bool]] = []
        add = reached.append
        if step == "*":
            for candidate in found:
                pointer, value, _item, finished = candidate
                if finished:
                    add(candidate)
                elif isinstance(value, list):
                    for index, child in enumerate(value):
                        add((f"{pointer}/{index}", child, child, False))
        elif isinstance(step, int):
            for candidate in found:
                pointer, value, _item, finished = candidate
                if finished:
                    add(candidate)
                elif isinstance(value, list) and step < len(value):
                    add((f"{pointer}/{step}", value[step], value[step], False))
        else:
            rest = steps[position + 1:]
            for candidate in found:
                pointer, value, item, finished = candidate
                if finished:
                    add(candidate)
                elif isinstance(value, dict):
                    child = value.get(step, MISSING)
                    if child is not MISSING:
                        add((f"{pointer}/{step}", child, item, False))
                    elif "*" not in rest:
                        add((join(pointer, step, *rest), MISSING, item, True))
        found = reached
        if not found:
            break
    return [Node(pointer, value, item) for pointer, value, item, _finished in found]
