"""A content-addressed cache of lint results, so an unchanged re-run does no linting.

An entry is keyed by the file's path and bytes; the whole cache file is keyed
by everything else that could change a result: smaudit's version and code,
the settings, rule packs, plugins and their versions, and the Python version.
A warm run therefore never imports the YAML parser, the plugins or the rules.
The cache lives in ``.smaudit_cache/`` in the working directory (ignored by
git through its own ``.gitignore``) or in ``$SMAUDIT_CACHE_DIR``; ``--no-cache``
turns it off. A corrupt or unreadable cache is ignored and rebuilt, never
trusted; writes are atomic.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from smaudit.__about__ import __version__
from smaudit.model import Finding, Location, Result, Score, Severity, Suppression

CACHE_ENV = "SMAUDIT_CACHE_DIR"
_MAGIC = b"SMAUDIT-CACHE-2\n"
"""Followed by the SHA-256 of the payload: a flipped bit anywhere means the whole file
is rebuilt, never that a changed finding (or none) is trusted."""
MAX_ENTRIES = 20_000


def user_cache_dir() -> str | None:
    """Per-user cache directory (plugin discovery), or ``None`` when there is no home."""
    if os.environ.get(CACHE_ENV):
        return os.environ[CACHE_ENV]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "smaudit") if base and base != ".cache" else None


def results_cache_dir() -> str:
    return os.environ.get(CACHE_ENV) or os.path.join(os.getcwd(), ".smaudit_cache")


def _code_stamp() -> str:
    """Modification times of smaudit's own files, so an edited checkout never reads
    results computed by older code under the same version number."""
    from smaudit.resources import rules_dir

    package = os.path.dirname(os.path.abspath(__file__))
    parts = []
    for directory in (package, os.path.join(package, "builtin"),
                      os.path.join(package, "formatters"), str(rules_dir())):
        try:
            for entry in os.scandir(directory):
                if entry.name.endswith((".py", ".yaml", ".json")):
                    parts.append(f"{entry.name}:{entry.stat().st_mtime_ns}")
        except OSError:
            continue
    return hashlib.sha256("\n".join(sorted(parts)).encode()).hexdigest()


def _file_stamp(path: str) -> str:
    try:
        with open(path, "rb") as handle:
            return hashlib.sha256(handle.read()).hexdigest()
    except OSError:
        return "missing"


_PLUGIN_SUFFIXES = (".py", ".yaml", ".yml", ".json", ".toml")
_PLUGIN_FILES_LIMIT = 2000


def _package_stamp(module: str) -> str:
    """The files of the package a plugin module lives in: names, sizes and mtimes.

    A plugin installed with ``pip install -e`` (or a module on the path) keeps its
    version while its author edits its rules and the packs it ships next to them,
    so the version alone would serve results computed by the old code (and hide a
    rule that now crashes or clashes). An installed distribution changes version
    when its code changes, so a package under site-packages is not walked. Only
    the top-level package is located, which imports nothing, and its folder is
    walked by ``stat``, which reads no file.
    """
    import importlib.util

    top = module.split(".", 1)[0]
    try:
        spec = importlib.util.find_spec(top)
    except Exception:  # a broken import hook must not fail the run: the import will say why
        spec = None
    if spec is None:
        return "none"
    origin = spec.origin or ""
    if any(part in ("site-packages", "dist-packages") for part in origin.split(os.sep)):
        return "installed"
    folders = list(spec.submodule_search_locations or ())
    if not folders:
        return _file_stamp(origin) if origin else "none"
    parts: list[str] = []
    for folder in folders:
        for directory, subdirs, files in os.walk(folder):
            subdirs[:] = sorted(d for d in subdirs if d != "__pycache__")
            for name in sorted(files):
                if not name.endswith(_PLUGIN_SUFFIXES):
                    continue
                path = os.path.join(directory, name)
                try:
                    stat = os.stat(path)
                except OSError:
                    continue
                parts.append(f"{path}:{stat.st_size}:{stat.st_mtime_ns}")
                if len(parts) >= _PLUGIN_FILES_LIMIT:  # a huge namespace: enough to see edits
                    return hashlib.sha256("\n".join(parts).encode("utf-8", "surrogateescape")
                                          ).hexdigest()
    return hashlib.sha256("\n".join(parts).encode("utf-8", "surrogateescape")).hexdigest()


def run_key(settings: Any, entry_points: Iterable[Any], extra: Iterable[str] = ()) -> str:
    """What, besides the file itself, decides a result."""
    digest = hashlib.sha256()
    digest.update(f"{__version__}\n{sys.version_info[:2]}\n{_code_stamp()}\n".encode())
    digest.update(repr(settings).encode())
    for pack in getattr(settings, "rules_packs", ()):
        digest.update(_file_stamp(pack).encode())
    for module in getattr(settings, "plugins", ()):
        digest.update(f"{module}:{_package_stamp(module)}\n".encode())
    for entry in entry_points:
        digest.update(f"{entry.name}={entry.version}:{entry.module}:"
                      f"{_package_stamp(entry.module)}\n".encode())
    for item in extra:
        digest.update(item.encode())
    return digest.hexdigest()[:40]


def file_key(path: str, raw: bytes, today: str) -> str:
    """The entry key of one file; waivers with an expiry also depend on today's date."""
    digest = hashlib.sha256(path.encode("utf-8", "surrogateescape") + b"\0" + raw)
    if b"until=" in raw:
        digest.update(today.encode())
    return digest.hexdigest()


def _dump(result: Result) -> tuple:
    score = (result.score.overall, result.score.areas) if result.score else None
    findings = tuple(
        (f.code, f.slug, int(f.severity), f.message, tuple(_loc(f.location)), f.hint, f.area,
         f.plugin, (f.suppressed.reason, f.suppressed.until, f.suppressed.kind)
         if f.suppressed else None)
        for f in result.findings
    )
    return (result.path, findings, score, result.organization, result.lines)


def _loc(loc: Location) -> tuple:
    return (loc.path, loc.line, loc.column, loc.end_line, loc.end_column, loc.pointer)


def _load(data: tuple) -> Result:
    path, findings, score, organization, lines = data
    return Result(
        path=path,
        findings=tuple(
            Finding(code, slug, Severity(sev), message, Location(*loc), hint, area, plugin,
                    Suppression(*sup) if sup else None)
            for code, slug, sev, message, loc, hint, area, plugin, sup in findings
        ),
        score=Score(score[0], tuple(tuple(a) for a in score[1])) if score else None,
        organization=organization,
        lines=tuple(tuple(line) for line in lines),
    )


dump_result, load_result = _dump, _load
"""A result as plain values and back: what the cache stores, and what worker processes
send their parent (``marshal`` reads them far faster than pickled dataclasses)."""


@dataclass
class ResultCache:
    """The entries of one run key: read once at the start, written once at the end."""

    path: str
    entries: dict[str, tuple] = field(default_factory=dict)
    dirty: bool = False

    @classmethod
    def open(cls, key: str, directory: str | None = None) -> ResultCache:
        directory = directory or results_cache_dir()
        cache = cls(os.path.join(directory, f"results-{key}.bin"))
        try:
            with open(cache.path, "rb") as handle:
                data = handle.read()
            checksum, payload = data[len(_MAGIC):len(_MAGIC) + 32], data[len(_MAGIC) + 32:]
            if data.startswith(_MAGIC) and hashlib.sha256(payload).digest() == checksum:
                loaded = marshal.loads(payload)
                if isinstance(loaded, dict):
                    cache.entries = loaded
        except (OSError, EOFError, ValueError, TypeError):
            cache.entries = {}  # missing or corrupt: start afresh
        return cache

    def get(self, key: str) -> Result | None:
        data = self.entries.get(key)
        if data is None:
            return None
        try:
            return _load(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            del self.entries[key]
            return None

    def put(self, key: str, result: Result) -> None:
        self.entries[key] = _dump(result)
        self.dirty = True

    def save(self) -> None:
        """Write the entries (newest last, at most ``MAX_ENTRIES``) atomically."""
        if not self.dirty:
            return
        from smaudit.atomic import write_atomic

        entries = self.entries
        if len(entries) > MAX_ENTRIES:
            entries = dict(list(entries.items())[-MAX_ENTRIES:])
        directory = os.path.dirname(self.path)
        try:
            os.makedirs(directory, exist_ok=True)
            ignore = os.path.join(directory, ".gitignore")
            if not os.path.exists(ignore):
                write_atomic(ignore, "# Created by smaudit.\n*\n")
            payload = marshal.dumps(entries)
            write_atomic(self.path, _MAGIC + hashlib.sha256(payload).digest() + payload)
        except OSError:
            pass  # a read-only checkout still lints; it just does not cache
