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
from collections.abc import Iterator
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


def select(data: Any, selector: str) -> Iterator[Node]:
    """Every node ``selector`` names in ``data`` (see the module docstring)."""
    yield from _walk(data, "", parse(selector), None)


def _walk(value: Any, pointer: str, steps: tuple[str | int, ...], item: Any) -> Iterator[Node]:
    if not steps:
        yield Node(pointer, value, item)
        return
    step, rest = steps[0], steps[1:]
    if step == "*":
        if isinstance(value, list):
            for index, child in enumerate(value):
                yield from _walk(child, join(pointer, index), rest, child)
        return
    if isinstance(step, int):
        if isinstance(value, list) and step < len(value):
            yield from _walk(value[step], join(pointer, step), rest, value[step])
        return
    if isinstance(value, dict):
        child = value.get(step, MISSING)
        if child is MISSING:
            if "*" not in rest:
                yield Node(join(pointer, step, *rest), MISSING, item)
            return
        yield from _walk(child, join(pointer, step), rest, item)
    elif value is MISSING or value is None:
        return

