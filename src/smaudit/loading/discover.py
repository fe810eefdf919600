"""Finding the files a run lints.

Files named on the command line are always linted. Directories are walked in
sorted order for ``include`` globs, skipping hidden folders, ``.git``,
``node_modules`` and ``exclude`` globs, never following a symlink loop; of
the files found, only plans are linted (see ``smaudit.loading.evidence``), so a plan
repository's CI workflows, conda environments and other YAML pass silently.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

SKIP_DIRS = frozenset({".git", "node_modules", "__pycache__"})


@dataclass(frozen=True, slots=True)
class Target:
    """A file to lint: its path as shown in findings, and whether it was named explicitly."""

    path: str
    explicit: bool


@dataclass(frozen=True, slots=True)
class Missing:
    """A path that was named but does not exist or cannot be read."""

    path: str
    reason: str


def _excluded(path: str, exclude: Iterable[str]) -> bool:
    normalized = path.replace(os.sep, "/")
    name = normalized.rsplit("/", 1)[-1]
    for glob in exclude:
        if fnmatch.fnmatch(normalized, glob) or fnmatch.fnmatch(name, glob):
            return True
        if fnmatch.fnmatch(normalized, glob.rstrip("/") + "/*") or \
                f"/{glob.strip('/')}/" in f"/{normalized}/":
            return True
    return False


def _walk(root: str, include: tuple[str, ...], exclude: tuple[str, ...]) -> Iterator[str]:
    seen: set[str] = set()
    stack = [root]
    found: list[str] = []
    while stack:
        directory = stack.pop()
        real = os.path.realpath(directory)
        if real in seen:
            continue
        seen.add(real)
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError:
            continue
        subdirs = []
        for entry in entries:
            path = os.path.join(directory, entry.name)
            if _excluded(path, exclude):
                continue
            try:
                is_dir = entry.is_dir()
                is_file = not is_dir and entry.is_file()  # not a FIFO or device: they block
            except OSError:
                continue
            if is_dir:
                if not entry.name.startswith(".") and entry.name not in SKIP_DIRS:
                    subdirs.append(path)
            elif is_file and any(fnmatch.fnmatch(entry.name, glob) for glob in include):
                found.append(path)
        stack.extend(reversed(subdirs))
    yield from sorted(found)


def discover(paths: Iterable[str], *, include: tuple[str, ...], exclude: tuple[str, ...]
             ) -> tuple[list[Target], list[Missing]]:
    """Expand command-line paths into targets (deduplicated, in a stable order)."""
    targets: dict[str, Target] = {}
    missing: list[Missing] = []
    for path in paths:
        if path == "-":
            targets.setdefault("-", Target("-", True))
        elif os.path.isdir(path):
            for found in _walk(path, include, exclude):
                targets.setdefault(found, Target(found, False))
        elif os.path.isfile(path):
            targets[path] = Target(path, True)
        elif os.path.lexists(path):
            missing.append(Missing(path, "not a regular file"))
        else:
            missing.append(Missing(path, "no such file or directory"))
    return list(targets.values()), missing
