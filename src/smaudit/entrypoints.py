"""Discovery of third-party plugins through the ``smaudit`` entry-point group.

Scanning installed distributions (``importlib.metadata``) costs tens of
milliseconds, too much for every pre-commit run. The list is therefore cached
on disk, keyed by the import path and the modification times of its
directories: installing, upgrading or removing a distribution changes the
directory it lives in, which invalidates the cache. A cache that cannot be
read is simply rebuilt.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
from dataclasses import asdict, dataclass

GROUP = "smaudit"
_FORMAT = 1


@dataclass(frozen=True, slots=True)
class EntryPoint:
    """One advertised plugin: its name, where it lives, and its distribution's version."""

    name: str
    module: str
    attr: str
    version: str | None


def environment_key() -> str:
    """A fingerprint of the installed distributions: sys.path and its directories' mtimes."""
    digest = hashlib.sha256()
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


def _cache_file() -> str | None:
    from smaudit.cache import user_cache_dir

    directory = user_cache_dir()
    return os.path.join(directory, "entry-points.json") if directory else None


def _parse(stored: object, key: str) -> tuple[EntryPoint, ...] | None:
    """The cached list if it is exactly what ``smaudit_entry_points`` writes for ``key``;
    ``None`` (rebuild) for anything else, however it was damaged."""
    if not isinstance(stored, dict) or stored.get("format") != _FORMAT \
            or stored.get("key") != key or not isinstance(stored.get("entry_points"), list):
        return None
    found = []
    for item in stored["entry_points"]:
        if not isinstance(item, dict) or set(item) != {"name", "module", "attr", "version"}:
            return None
        if not all(isinstance(item[f], str) for f in ("name", "module", "attr")) or \
                not isinstance(item["version"], str | None):
            return None
        found.append(EntryPoint(**item))
    return tuple(found)


@functools.lru_cache(maxsize=1)
def smaudit_entry_points() -> tuple[EntryPoint, ...]:
    """Every ``smaudit`` entry point of the installed distributions, sorted by name."""
    path = _cache_file()
    key = environment_key()
    if path:
        try:
            with open(path, encoding="utf-8") as handle:
                stored = _parse(json.load(handle), key)
            if stored is not None:
                return stored
        except (OSError, ValueError, RecursionError):
            pass  # missing or corrupt: rebuild
    found = _scan()
    if path:
        from smaudit.atomic import write_atomic

        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            write_atomic(path, json.dumps({"format": _FORMAT, "key": key,
                                           "entry_points": [asdict(e) for e in found]}))
        except OSError:
            pass  # a read-only home is no reason to fail
    return found
