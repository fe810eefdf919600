"""Discovery of third-party plugins through the ``smaudit`` entry-point group.

Scanning installed distributions (``importlib.metadata``) costs tens of
milliseconds, too much for every pre-commit run. The list is therefore kept
in the user's cache by smaudit's one cache scheme (``smaudit.model.cache``), keyed
by the import path and the modification times of its directories:
installing, upgrading or removing a distribution changes the directory it
lives in, which makes a new key. An entry that cannot be read, or does not
hold exactly what this module stores, is simply rebuilt.
"""

from __future__ import annotations

import functools
import os
import sys
from dataclasses import astuple, dataclass
from typing import TYPE_CHECKING

from smaudit.model.digests import content_hash

if TYPE_CHECKING:
    from smaudit.model.cache import Store

GROUP = "smaudit"


@dataclass(frozen=True, slots=True)
class EntryPoint:
    """One advertised plugin: its name, where it lives, and its distribution's version."""

    name: str
    module: str
    attr: str
    version: str | None


def environment_key() -> str:
    """A fingerprint of the installed distributions: sys.path and its directories' mtimes."""
    digest = content_hash()
    for entry in sys.path:
        try:
            stamp = os.stat(entry or ".").st_mtime_ns
        except OSError:
            stamp = 0
        digest.update(f"{entry}\0{stamp}\n".encode())
    return digest.hexdigest()[:32]


def _scan() -> tuple[EntryPoint, ...]:
    from importlib.metadata import entry_points

    found = []
    for entry in entry_points(group=GROUP):
        module, _, attr = entry.value.partition(":")
        dist = getattr(entry, "dist", None)
        version = getattr(dist, "version", None)
        found.append(EntryPoint(entry.name, module.strip(), attr.strip(), version))
    return tuple(sorted(found, key=lambda e: e.name))


KEPT = 4
"""Entry-point lists kept (a few virtual environments side by side)."""


def _store() -> Store:
    from smaudit.model.cache import Store, user_cache_dir

    return Store(user_cache_dir(), "entry-points", KEPT)


def _parse(stored: object) -> tuple[EntryPoint, ...] | None:
    """The cached list if it is exactly what ``smaudit_entry_points`` stores;
    ``None`` (rebuild) for anything else, however it was damaged."""
    if not isinstance(stored, tuple):
        return None
    found = []
    for item in stored:
        if not isinstance(item, tuple) or len(item) != 4:
            return None
        name, module, attr, version = item
        if not all(isinstance(f, str) for f in (name, module, attr)) or \
                not isinstance(version, str | None):
            return None
        found.append(EntryPoint(name, module, attr, version))
    return tuple(found)


@functools.lru_cache(maxsize=1)
def smaudit_entry_points() -> tuple[EntryPoint, ...]:
    """Every ``smaudit`` entry point of the installed distributions, sorted by name."""
    from smaudit.model.cache import cache_key

    store, key = _store(), cache_key("entry-points", environment_key())
    stored = _parse(store.read(key))
    if stored is not None:
        return stored
    found = _scan()
    store.write(key, tuple(astuple(e) for e in found))
    return found
