"""Discovery of third-party plugins through the ``smaudit`` entry-point group.

Scanning installed distributions costs tens of milliseconds, so it happens
only when a run needs the rule registry, and at most once per process.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

GROUP = "smaudit"


@dataclass(frozen=True, slots=True)
class EntryPoint:
    """One advertised plugin: its name, where it lives, and its distribution's version."""

    name: str
    module: str
    attr: str
    version: str | None


@functools.lru_cache(maxsize=1)
def smaudit_entry_points() -> tuple[EntryPoint, ...]:
    """Every ``smaudit`` entry point of the installed distributions, sorted by name."""
    from importlib.metadata import entry_points

    found = []
    for entry in entry_points(group=GROUP):
        module, _, attr = entry.value.partition(":")
        dist = getattr(entry, "dist", None)
        version = getattr(dist, "version", None)
        found.append(EntryPoint(entry.name, module.strip(), attr.strip(), version))
    return tuple(sorted(found, key=lambda e: e.name))
