"""smaudit's one cache scheme, and the results cache built on it.

Three things are worth remembering between runs: each file's lint result (so an
unchanged re-run does no linting), the list of installed plugins' entry points
(scanning distributions costs tens of milliseconds), and which rule packs
passed their checks (jsonschema costs more to import than the rest of a run).
All three use one scheme:

- **One store.** A ``Store`` is one kind of value in one folder, one file per
  key (``KIND-KEY.bin``): a magic line, a checksum (BLAKE2b) of the payload, and the
  payload in ``marshal`` form. Writes are atomic; a file that is missing,
  truncated, altered or unreadable reads as no entry, never as a value, and
  is simply written again.
- **One way to key.** ``cache_key`` hashes everything the value was computed
  from, always together with smaudit's version, the modification times of its
  own files (an edited checkout never reads what older code stored) and the
  Python version. Results are keyed by the settings, rule packs and plugins
  (``run_key``), entry points by the import path and its directories'
  modification times (``smaudit.loading.entrypoints``), packs by their text and the
  plugin sections they may name (``smaudit.loading.pack_compiler``).
- **One way to invalidate.** Nothing is ever updated in place: a changed input
  is a new key, and writing an entry removes the oldest entries of its kind
  beyond the store's ``keep``, so stale entries never pile up.

Results live in ``.smaudit_cache/`` in the working directory (ignored by git
through its own ``.gitignore``), the other two in the user's cache folder
(``$XDG_CACHE_HOME/smaudit``); ``$SMAUDIT_CACHE_DIR`` puts all three in one
folder, and ``--no-cache`` turns the results cache off. Within the results of
one run key, a file's entry is keyed by its path and bytes (``file_key``). A
warm run never imports the YAML parser, the plugins or the rules.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import marshal
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from smaudit.__about__ import __version__
from smaudit.model.digests import content_hash
from smaudit.model.findings import Result
from smaudit.model.results_json import result_dict, result_from_dict

CACHE_ENV = "SMAUDIT_CACHE_DIR"
_MAGIC = b"SMAUDIT-CACHE-4\n"
"""Followed by the BLAKE2b (32 bytes, ``smaudit.model.digests``) of the payload: a
flipped bit anywhere means the whole file is rebuilt, never that a changed finding (or
none) is trusted."""
MAX_ENTRIES = 20_000
"""Files remembered per results entry; the newest are kept."""
RESULTS_KEPT = 8
"""Results entries (one per run key: settings, packs, plugins) kept side by side, so
that a pre-commit hook, an editor and a CI job with different settings all hit."""


def user_cache_dir() -> str | None:
    """Per-user cache directory (plugin discovery), or ``None`` when there is no home."""
    if os.environ.get(CACHE_ENV):
        return os.environ[CACHE_ENV]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "smaudit") if base and base != ".cache" else None


def results_cache_dir() -> str:
    return os.environ.get(CACHE_ENV) or os.path.join(os.getcwd(), ".smaudit_cache")


@dataclass(frozen=True, slots=True)
class Blob:
    """The blob of a stored entry (``Store.open_blob``), read piece by piece.

    ``fd`` stays open for the life of the process and is shared with forked workers:
    ``os.pread`` reads at an offset without moving a shared file position.
    """

    fd: int
    start: int

    def read(self, offset: int, size: int) -> bytes | None:
        """``size`` bytes at ``offset`` of the blob, or ``None`` when they cannot be read."""
        try:
            data = os.pread(self.fd, size, self.start + offset)
        except OSError:
            return None
        return data if len(data) == size else None

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self.fd)


@dataclass(frozen=True, slots=True)
class Store:
    """One kind of cached value in one folder (see the module docstring).

    ``directory`` ``None`` (no home folder) stores nothing; ``keep`` is how many
    entries of this kind survive a write.
    """

    directory: str | None
    kind: str
    keep: int

    def path(self, key: str) -> str | None:
        """The file of ``key``'s entry."""
        if self.directory is None:
            return None
        return os.path.join(self.directory, f"{self.kind}-{key}.bin")

    def read(self, key: str) -> Any:
        """The value stored under ``key``, or ``None`` when there is none to trust."""
        path = self.path(key)
        if path is None:
            return None
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError:
            return None
        start = len(_MAGIC)
        checksum, payload = data[start:start + 32], data[start + 32:]
        if not data.startswith(_MAGIC) or content_hash(payload).digest() != checksum:
            return None
        try:
            return marshal.loads(payload)
        except (EOFError, ValueError, TypeError):
            return None

    def write(self, key: str, value: Any,
              blob: Callable[[], Iterable[bytes]] | None = None) -> None:
        """Store ``value`` (plain values only) under ``key`` atomically, then remove
        the oldest entries of this kind beyond ``keep``; a read-only folder stores
        nothing, which is no reason to fail a run.

        ``blob`` gives the pieces of a blob stored after the value, under the same
        checksum, for ``open_blob`` to read piece by piece. It is called twice, once to
        checksum the pieces and once to write them, so that no more than one piece is
        held at a time; raising ``ValueError`` from it stores nothing."""
        path = self.path(key)
        if path is None or self.directory is None:
            return
        from smaudit.model.atomic import write_atomic

        try:
            head = marshal.dumps(value)
            digest = content_hash(head)
            for piece in blob() if blob else ():
                digest.update(piece)
            os.makedirs(self.directory, exist_ok=True)
            ignore = os.path.join(self.directory, ".gitignore")
            if not os.path.exists(ignore):
                write_atomic(ignore, "# Created by smaudit.\n*\n")
            write_atomic(path, itertools.chain((_MAGIC, digest.digest(), head),
                                               blob() if blob else ()))
        except (OSError, ValueError):
            return
        self._prune(os.path.basename(path))

    def open_blob(self, key: str) -> tuple[Any, Blob] | None:
        """The value stored under ``key`` and the ``blob`` written after it, left on disk,
        or ``None`` when there is none to trust.

        The whole file is checked against its checksum as ``read`` checks it, but in
        pieces, and nothing of the blob is kept: a process reads only the parts it needs
        (``Blob.read``), so it does not hold the whole entry in memory. The file stays
        open, so an entry replaced by a later write (a rename) is not seen half-way.
        """
        path = self.path(key)
        if path is None:
            return None
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            return None
        try:
            with os.fdopen(fd, "rb", closefd=False) as handle:
                head = handle.read(len(_MAGIC) + 32)
                digest = content_hash()
                for chunk in iter(functools.partial(handle.read, 1 << 16), b""):
                    digest.update(chunk)
                if head[:len(_MAGIC)] != _MAGIC or head[len(_MAGIC):] != digest.digest():
                    raise ValueError("damaged")
                handle.seek(len(head))
                value = marshal.load(handle)  # reads the value only, not the blob after it
                return value, Blob(fd, handle.tell())
        except (OSError, EOFError, ValueError, TypeError):
            os.close(fd)
            return None

    def _prune(self, written: str) -> None:
        prefix, directory = f"{self.kind}-", str(self.directory)
        try:
            entries = [(entry.stat().st_mtime_ns, entry.name) for entry in os.scandir(directory)
                       if entry.name.startswith(prefix) and entry.name.endswith(".bin")
                       and entry.name != written]
        except OSError:
            return
        for _, name in sorted(entries, reverse=True)[max(0, self.keep - 1):]:
            with contextlib.suppress(OSError):  # another run removed it first
                os.remove(os.path.join(directory, name))


@functools.lru_cache(maxsize=1)
def _code_stamp() -> str:
    """Modification times of smaudit's own files, so an edited checkout never reads
    results computed by older code under the same version number."""
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parts = []
    todo = [(package, package)]
    while todo:  # every folder of the package, by hand: os.walk costs more than the stamp
        top, directory = todo.pop()
        try:
            entries = list(os.scandir(directory))
        except OSError:
            continue
        for entry in entries:
            if entry.name.endswith((".py", ".yaml", ".json")):
                parts.append(f"{entry.path[len(top):]}:{entry.stat().st_mtime_ns}")
            elif entry.name != "__pycache__" and entry.is_dir():
                todo.append((top, entry.path))
    return content_hash("\n".join(sorted(parts)).encode()).hexdigest()


def _file_stamp(path: str) -> str:
    try:
        with open(path, "rb") as handle:
            return content_hash(handle.read()).hexdigest()
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
                    return content_hash("\n".join(parts).encode("utf-8", "surrogateescape")
                                          ).hexdigest()
    return content_hash("\n".join(parts).encode("utf-8", "surrogateescape")).hexdigest()


def cache_key(*parts: str) -> str:
    """The one way a cache entry is keyed: ``parts`` (everything its value was computed
    from) hashed with smaudit's version and code and the Python version."""
    digest = content_hash(f"{__version__}\n{sys.version_info[:2]}\n{_code_stamp()}\n".encode())
    for part in parts:
        digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
    return digest.hexdigest()[:40]


def run_key(settings: Any, entry_points: Iterable[Any], extra: Iterable[str] = ()) -> str:
    """What, besides the file itself, decides a result."""
    parts = [repr(settings)]
    parts += [_file_stamp(pack) for pack in getattr(settings, "rules_packs", ())]
    parts += [f"{module}:{_package_stamp(module)}" for module in getattr(settings, "plugins", ())]
    parts += [f"{entry.name}={entry.version}:{entry.module}:{_package_stamp(entry.module)}"
              for entry in entry_points]
    return cache_key("results", *parts, *extra)


def file_key(path: str, raw: bytes, today: str) -> str:
    """The entry key of one file; waivers with an expiry also depend on today's date."""
    digest = content_hash(path.encode("utf-8", "surrogateescape") + b"\0" + raw)
    if b"until=" in raw:
        digest.update(today.encode())
    return digest.hexdigest()


def dump_result(result: Result) -> dict[str, Any]:
    """A result as plain values: the results JSON's shape with its source lines
    (``smaudit.model.results_json``), which ``marshal`` stores and reads fast."""
    return result_dict(result, lines=True)


load_result = result_from_dict
"""A result back from ``dump_result``'s values; the worker processes send their parent
results the same way."""


@dataclass
class ResultCache:
    """The entries of one run key: read once at the start, written once at the end."""

    store: Store
    key: str
    entries: dict[str, Any] = field(default_factory=dict)
    dirty: bool = False

    @classmethod
    def open(cls, key: str, directory: str | None = None) -> ResultCache:
        cache = cls(Store(directory or results_cache_dir(), "results", RESULTS_KEPT), key)
        loaded = cache.store.read(key)
        if isinstance(loaded, dict):
            cache.entries = loaded
        return cache

    @property
    def path(self) -> str | None:
        return self.store.path(self.key)

    def get(self, key: str) -> Result | None:
        data = self.entries.get(key)
        if data is None:
            return None
        try:
            return load_result(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            del self.entries[key]
            return None

    def put(self, key: str, result: Result) -> None:
        self.entries[key] = dump_result(result)
        self.dirty = True

    def save(self) -> None:
        """Write the entries (newest last, at most ``MAX_ENTRIES``)."""
        if not self.dirty:
            return
        entries = self.entries
        if len(entries) > MAX_ENTRIES:
            entries = dict(list(entries.items())[-MAX_ENTRIES:])
        self.store.write(self.key, entries)
