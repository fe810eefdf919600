"""The parsed plan that rules read: plain data plus a table of source positions.

Rules see ordinary dicts, lists and scalars (so they stay simple and fast) and
name the node they complain about with a JSON pointer; ``Plan.locate`` turns
that pointer into a file position. A pointer to a node that has no position
of its own (a key the plan lacks, or a node inside an alias) is located at
its nearest ancestor that has one, which is where a missing key belongs.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from smaudit.model.findings import Location, Span
from smaudit.model.pointers import escape, join, parent, split, unescape
from smaudit.model.yamlread import Comment

__all__ = ["MISSING", "NO_RUN", "WHOLE_PLAN", "Comment", "Plan", "RunContext", "escape", "join",
           "parent", "split", "unescape"]

WHOLE_PLAN = Span(1, 1, 1, 1)
"""Where a finding about the plan as a whole is reported."""

MISSING: Any = object()
"""Returned by ``Plan.get`` when a pointer leads nowhere (distinct from ``None``)."""


@dataclass(frozen=True, slots=True)
class RunContext:
    """What one run knows beyond the plan itself, for the rules that need it.

    The same for every plan of a run; the linter makes it once from the plugin
    registry and hands it to each plan (``Plan.run``), so the plan stays a
    frozen value that no stage rewrites."""

    schema_sections: Mapping[str, Any] = field(default_factory=dict)
    """Top-level sections plugins declared for this run (checked by the schema rule)."""


NO_RUN = RunContext()
"""The context of a plan loaded outside a run (no plugin sections)."""


@dataclass(frozen=True, slots=True)
class Plan:
    """One loaded plan file, frozen: every rule sees the same plan.

    ``data`` is the document as JSON-compatible Python values, with platform
    aliases normalized. ``values`` and ``keys`` map JSON pointers to the spans
    of each node and of each mapping key. ``run`` is the run's context.
    """

    path: str
    text: str
    data: Any
    values: dict[str, Span] = field(default_factory=dict)
    keys: dict[str, Span] = field(default_factory=dict)
    duplicates: tuple[tuple[str, Span, Span], ...] = ()
    """Duplicate mapping keys: (pointer of the later key, its span, the first key's span)."""
    comments: Sequence[Comment] = ()
    """The plan's YAML comments with their positions, as the reader found them (waivers
    are read from them)."""
    run: RunContext = NO_RUN

    @property
    def schema_sections(self) -> Mapping[str, Any]:
        """Top-level sections plugins declared for this run (checked by the schema rule)."""
        return self.run.schema_sections

    def locate(self, pointer: str, *, key: bool = False) -> Location:
        """The location of the node at ``pointer`` (of its key with ``key=True``).

        Falls back to the nearest ancestor with a position, so a rule can point
        at a key that is missing and be located at the mapping it belongs in.
        A finding about the whole plan (the root, or a missing top-level
        section) is placed at line 1, column 1, as linters report file-level
        problems: the root's own span runs from the first key to the end of
        the file, which CI annotations would show as the whole file, or at its
        last line.
        """
        span = (self.keys.get(pointer) if key else None) or self.values.get(pointer)
        probe = pointer
        while span is None and probe:
            up = parent(probe)
            probe = up if up != probe else ""  # "a/b" has no root: stop, never loop
            span = self.values.get(probe) if probe else None
        if span is None or not probe:
            span = WHOLE_PLAN
        return Location.at(self.path, span, pointer)

    def get(self, pointer: str, default: Any = None) -> Any:
        """The value at ``pointer``, or ``default`` when the path does not exist."""
        node = self.data
        for token in split(pointer):
            if isinstance(node, Mapping):
                if token not in node:
                    return default
                node = node[token]
            elif isinstance(node, list):
                if not token.isdigit() or int(token) >= len(node):
                    return default
                node = node[int(token)]
            else:
                return default
        return node

    def section(self, name: str) -> dict:
        """A top-level mapping section, or ``{}`` when absent or not a mapping."""
        value = self.data.get(name) if isinstance(self.data, dict) else None
        return value if isinstance(value, dict) else {}

    def items(self, name: str) -> Iterator[tuple[str, dict]]:
        """``(pointer, item)`` for each mapping item of a top-level list section."""
        value = self.data.get(name) if isinstance(self.data, dict) else None
        if isinstance(value, list):
            prefix = join("", name)
            for index, item in enumerate(value):
                if isinstance(item, dict):
                    yield f"{prefix}/{index}", item
