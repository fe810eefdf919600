"""Patterns built from stored opcodes are the patterns ``re.compile`` builds, and a
damaged, foreign or unwritable store only means compiling again."""

from __future__ import annotations

import gc
import importlib
import re
from pathlib import Path

import pytest

from smaudit.model import compiled_patterns
from smaudit.model.cache import Store
from smaudit.model.prose.lazy_pattern import LazyPattern

TEXTS = (
    "Our competitors across the road all post reels, so the owner wants us there too.",
    "We expect the posts to pay for themselves within a month; going viral would be nice.",
    "No one here expects a single post to sell anything, but we will measure visits.",
    "Café Ünïcode & co. — 3 posts/week on Instagram; TODO: fill in the targets.",
)


@pytest.fixture
def store(tmp_path, monkeypatch) -> Path:
    """A fresh, empty store in its own directory; the process's store is put back after."""
    monkeypatch.setenv("SMAUDIT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(compiled_patterns, "_STORE", None)
    return tmp_path


def stored_file(directory: Path) -> Path:
    [entry] = directory.glob("patterns-*.bin")
    return entry


def fresh_process(monkeypatch) -> None:
    """Forget what this process loaded, as a new run would start."""
    monkeypatch.setattr(compiled_patterns, "_STORE", None)


def builtin_patterns() -> list[tuple[str, int]]:
    for name in ("channel_roles", "goal_roles", "expectation_roles"):
        importlib.import_module(f"smaudit.model.prose.{name}")
    gc.unfreeze()  # objects frozen before a fork (an in-process worker run) are not listed
    found = {(p.pattern, int(p.flags)) for p in gc.get_objects() if isinstance(p, LazyPattern)}
    return sorted(found)


def same(built: re.Pattern[str], reference: re.Pattern[str]) -> None:
    assert built == reference  # flags, pattern and every opcode
    assert (built.groups, built.groupindex) == (reference.groups, reference.groupindex)
    for text in TEXTS:
        assert [m.span() for m in built.finditer(text)] == \
            [m.span() for m in reference.finditer(text)]


def test_every_builtin_frame_comes_back_from_the_store_as_re_compiles_it(store, monkeypatch):
    patterns = builtin_patterns()
    assert len(patterns) > 100
    for pattern, flags in patterns:
        same(compiled_patterns.compile(pattern, flags), re.compile(pattern, flags))
    compiled_patterns.save()
    assert stored_file(store).is_file()

    fresh_process(monkeypatch)
    for pattern, flags in patterns:
        assert (pattern, flags) in compiled_patterns._store().index
        same(compiled_patterns.compile(pattern, flags), re.compile(pattern, flags))
    assert not compiled_patterns._store().dirty  # nothing compiled afresh, nothing to write


def test_a_damaged_store_is_ignored_and_rebuilt(store, monkeypatch):
    pattern = r"(?P<who>\w+) across the (?:road|street)"
    compiled_patterns.compile(pattern, re.IGNORECASE)
    compiled_patterns.save()
    entry = stored_file(store)
    data = bytearray(entry.read_bytes())
    data[-5] ^= 0x01  # one flipped bit in the opcodes
    entry.write_bytes(bytes(data))

    fresh_process(monkeypatch)
    assert compiled_patterns._store().keys() == set()
    same(compiled_patterns.compile(pattern, re.IGNORECASE), re.compile(pattern, re.IGNORECASE))
    compiled_patterns.save()
    fresh_process(monkeypatch)
    assert list(compiled_patterns._store().index) == [(pattern, int(re.IGNORECASE))]


def test_a_store_written_by_another_python_is_ignored(store, monkeypatch):
    compiled_patterns.compile(r"\bviral\b")
    compiled_patterns.save()
    fresh_process(monkeypatch)
    monkeypatch.setattr(compiled_patterns, "_build", lambda: "another interpreter")
    assert compiled_patterns._store().keys() == set()


def test_no_cache_directory_or_a_read_only_one_only_means_compiling(tmp_path, monkeypatch):
    monkeypatch.setattr(compiled_patterns, "_STORE", None)
    monkeypatch.setattr(compiled_patterns, "_location", lambda: None)
    same(compiled_patterns.compile(r"\bboard\b"), re.compile(r"\bboard\b"))
    compiled_patterns.save()  # nowhere to write: nothing happens

    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory")
    monkeypatch.setattr(compiled_patterns, "_STORE", None)
    monkeypatch.setattr(compiled_patterns, "_location",
                        lambda: (Store(str(blocked / "sub"), "patterns", keep=2), "key"))
    same(compiled_patterns.compile(r"\bowner\b"), re.compile(r"\bowner\b"))
    assert compiled_patterns._store().dirty
    compiled_patterns.save()  # cannot be written (even by root): nothing is raised
    assert not compiled_patterns._store().dirty and blocked.read_text() == "not a directory"


def test_a_bad_pattern_raises_as_re_compile_does(store):
    with pytest.raises(re.error):
        compiled_patterns.compile(r"(unclosed")


def test_a_process_keeps_the_index_and_reads_opcodes_only_for_the_patterns_it_builds(
        store, monkeypatch):
    patterns = [(r"\bcompetitors?\b", 0), (r"(?P<who>owner|boss) wants", re.IGNORECASE),
                (r"within (?:a|one) month", 0)]
    for pattern, flags in patterns:
        compiled_patterns.compile(pattern, flags)
    compiled_patterns.save()

    fresh_process(monkeypatch)
    loaded = compiled_patterns._store()
    assert set(loaded.index) == set(patterns) and not loaded.added
    held = [value for indexed in loaded.index.values() for value in indexed]
    assert not any(isinstance(value, bytes) for value in held)  # no opcodes in memory
    reads: list[tuple[int, int]] = []
    blob_read = type(loaded.blob).read
    monkeypatch.setattr(type(loaded.blob), "read",
                        lambda self, offset, size: reads.append((offset, size))
                        or blob_read(self, offset, size))
    pattern, flags = patterns[1]
    same(compiled_patterns.compile(pattern, flags), re.compile(pattern, flags))
    assert len(reads) == 1  # one pattern built: its opcodes read, no other's
    assert not loaded.dirty


def test_a_store_truncated_after_it_was_opened_only_means_compiling(store, monkeypatch):
    pattern = r"\b(?:reels?|stories)\b"
    compiled_patterns.compile(pattern)
    compiled_patterns.save()
    fresh_process(monkeypatch)
    assert (pattern, 0) in compiled_patterns._store().index
    entry = stored_file(store)
    with entry.open("r+b") as handle:  # cut in place, under the open file
        handle.truncate(entry.stat().st_size - 8)

    same(compiled_patterns.compile(pattern), re.compile(pattern))
    assert compiled_patterns._store().dirty  # compiled afresh, to be written again
    compiled_patterns.save()
    fresh_process(monkeypatch)
    assert list(compiled_patterns._store().index) == [(pattern, 0)]
    same(compiled_patterns.compile(pattern), re.compile(pattern))


def test_a_blob_that_fails_while_it_is_written_leaves_the_entry_as_it_was(tmp_path):
    cache = Store(str(tmp_path), "patterns", keep=2)
    cache.write("key", {"a": (0, 3)}, lambda: iter([b"one", b"two"]))
    before = (tmp_path / "patterns-key.bin").read_bytes()

    def failing():
        yield b"one"
        raise ValueError("a piece could not be read")

    cache.write("key", {"a": (0, 3), "b": (3, 3)}, failing)
    assert (tmp_path / "patterns-key.bin").read_bytes() == before
    value, blob = cache.open_blob("key")
    assert value == {"a": (0, 3)}
    assert (blob.read(0, 3), blob.read(3, 3), blob.read(6, 1)) == (b"one", b"two", None)
    blob.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".gitignore", "patterns-key.bin"]
