"""Compiled regular expressions kept between runs, as Python keeps compiled modules.

The prose rules read roles with several hundred frames. ``re`` parses and
compiles a pattern in Python, so compiling the few dozen frames one plan calls
for cost a cold run on one plan more CPU than reading and judging the plan.
What ``re`` hands its C engine is a list of opcodes that depends only on the
pattern, its flags and the Python build, so it is kept in the user cache
directory (the same checksummed, atomic store as the plugin-discovery cache, see
``smaudit.model.cache``), keyed by the Python build, and
a later run gives the stored opcodes to the engine instead of compiling again.

The stored form does not change what a pattern matches:

- an entry is built by ``re``'s own parser and code generator, with the last
  steps of ``re._compiler.compile`` done here as it does them (on the Python
  versions whose ``re`` was read for this); a test checks every built-in
  pattern, built both ways, equal opcode for opcode;
- the entry is checksummed and keyed by the exact Python build that wrote it:
  a damaged entry, or one from another Python, is ignored and rebuilt; the
  engine also validates any opcodes it is given;
- anywhere this cannot work (another Python implementation or version, no
  cache directory, a read-only one) every pattern is compiled by ``re.compile``
  as usual.

Entries are written atomically, so two runs at once at worst each keep their
own additions and the next run completes the entry.

Memory: the entry holds every pattern any run has needed (about 1.4 MB of
opcodes), and a process builds only the few dozen its plans call for, each of
which then holds its own opcodes in the engine. So a process keeps only the
entry's index (each pattern's flags, groups and where its opcodes lie) and reads
a pattern's opcodes from the file when it builds it (``Store.open_blob``): the
file is checked whole when it is opened, and stays open, shared by the forked
workers, so they read what the parent checked.
"""

from __future__ import annotations

import re
import sys
from array import array
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - not CPython 3.11+
    _sre = _compiler = _parser = None  # type: ignore[assignment]

if TYPE_CHECKING:
    from smaudit.model.cache import Blob, Store

MAX_ENTRIES = 5_000
"""More than every built-in frame and cue; past it, a new pattern is compiled, not stored."""

_Entry = tuple
"""``_sre.compile``'s arguments after the pattern: flags, the opcodes (stored as machine
words: loaded as one bytes object, not an object per opcode), groups, groupindex,
indexgroup."""

_Indexed = tuple
"""What the process keeps of a stored pattern: flags, groups, groupindex, indexgroup, and
the offset and size of its opcodes in the entry's blob."""

_WORD = "I"


def _build() -> str:
    """What the stored opcodes depend on: the exact interpreter and its regex engine."""
    return "\0".join((sys.version, sys.implementation.cache_tag or "", str(_sre.MAGIC),
                      str(_sre.CODESIZE), str(_sre.MAXREPEAT), str(_sre.MAXGROUPS)))


class _Patterns:
    """The index of the cache entry for this Python build, loaded once per process, and
    the patterns this process compiled afresh (written back by ``save``)."""

    def __init__(self, location: tuple[Store, str] | None) -> None:
        self.location = location
        self.index: dict[tuple[str, int], _Indexed] = {}
        self.blob: Blob | None = None
        self.added: dict[tuple[str, int], _Entry] = {}
        self.dirty = False
        if location is not None:
            cache, key = location
            opened = cache.open_blob(key)
            if opened is not None:
                if isinstance(opened[0], dict):
                    self.index, self.blob = opened
                else:
                    opened[1].close()

    def keys(self) -> set[tuple[str, int]]:
        """Every pattern this process can build without compiling."""
        return self.index.keys() | self.added.keys()

    def entry(self, key: tuple[str, int]) -> _Entry | None:
        """``key``'s engine arguments, its opcodes read from the file; ``None`` when it
        has none (or they cannot be read: a file truncated since it was checked)."""
        added = self.added.get(key)
        if added is not None:
            return added
        indexed = self.index.get(key)
        if indexed is None or self.blob is None:
            return None
        try:
            final, groups, groupindex, indexgroup, offset, size = indexed
            code = self.blob.read(offset, size)
        except (TypeError, ValueError, OverflowError):  # not an index this code wrote
            return None
        if code is None:
            return None
        return final, code, groups, groupindex, indexgroup

    def forget(self, key: tuple[str, int]) -> None:
        self.index.pop(key, None)
        self.added.pop(key, None)


_STORE: _Patterns | None = None
_VERSIONS = ((3, 11), (3, 12), (3, 13))
"""The versions whose ``re._compiler.compile`` ends as ``_entry`` does (checked by hand;
on another version every pattern is compiled by ``re.compile``)."""

_USABLE = _sre is not None and sys.implementation.name == "cpython" and \
    sys.version_info[:2] in _VERSIONS and \
    hasattr(_compiler, "_code") and hasattr(_parser, "parse") and \
    array(_WORD).itemsize == _sre.CODESIZE


def _location() -> tuple[Store, str] | None:
    """Where the entries live: smaudit's one cache scheme (``smaudit.model.cache``), keyed by
    the Python build, so another interpreter's opcodes are never read."""
    from smaudit.model.cache import Store, cache_key, user_cache_dir

    directory = user_cache_dir()
    if directory is None:
        return None
    return Store(directory, "patterns", keep=2), cache_key("patterns", _build())


def _store() -> _Patterns | None:
    global _STORE
    if _STORE is None and _USABLE:
        _STORE = _Patterns(_location())
    return _STORE


def preload() -> None:
    """Read the stored patterns now (before forking workers, so each need not)."""
    _store()


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the stored opcodes when this Python stored them."""
    store = _store()
    if store is None or not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    flags = int(flags)  # a ``re.RegexFlag`` is not a plain value to store
    key = (pattern, flags)
    entry = store.entry(key)
    if entry is not None:
        try:
            return _built(pattern, entry)
        except Exception:  # refused by the engine: compiled afresh below
            pass
    store.forget(key)
    try:
        entry = _entry(pattern, flags)
        compiled = _built(pattern, entry)
    except Exception:  # a bad pattern: raised by ``re.compile`` below, in its words
        return re.compile(pattern, flags)
    if len(store.index) + len(store.added) < MAX_ENTRIES:
        store.added[key] = entry
        store.dirty = True
    return compiled


def _built(pattern: str, entry: _Entry) -> re.Pattern[str]:
    final, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, final, array(_WORD, code).tolist(), groups, groupindex,
                        indexgroup)


def _entry(pattern: str, flags: int) -> _Entry:
    """The engine's arguments for ``pattern``, built as ``re.compile`` builds them (its
    parser and code generator, then ``re._compiler.compile``'s own last steps), so that a
    first run costs what compiling did; a test checks every built-in pattern equal to
    ``re.compile``'s, opcode for opcode."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[Any] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    words = array(_WORD, code)  # the opcodes are int subclasses: stored as plain words
    return (int(flags | parsed.state.flags), words.tobytes(), parsed.state.groups - 1,
            groupindex, tuple(indexgroup))


def save() -> None:
    """Write the stored patterns if this process added any (a failure is ignored: the
    next run compiles again)."""
    store = _STORE
    if store is None or not store.dirty or store.location is None:
        return
    store.dirty = False
    index: dict[tuple[str, int], _Indexed] = {}
    offset = 0
    for key in dict.fromkeys((*store.index, *store.added)):
        added = store.added.get(key)
        if added is not None:
            final, code, groups, groupindex, indexgroup = added
            size = len(code)
        else:
            try:
                final, groups, groupindex, indexgroup, _, size = store.index[key]
            except (TypeError, ValueError):  # not an index this code wrote
                continue
            if not isinstance(size, int):
                continue
        index[key] = (final, groups, groupindex, indexgroup, offset, size)
        offset += size

    def pieces() -> Iterator[bytes]:
        """Each pattern's opcodes, read one at a time; one that cannot be read now
        stores nothing (the next run that needs it compiles it again)."""
        for key, indexed in index.items():
            entry = store.entry(key)
            if entry is None or len(entry[1]) != indexed[5]:
                raise ValueError("a stored pattern could not be read back")
            yield entry[1]

    cache, key = store.location
    cache.write(key, index, pieces)
