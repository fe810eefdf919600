"""Same input, same bytes: across --jobs, runs, path order, cold and warm cache, and between
the fast (libyaml) path and the reference (ruamel.yaml) path."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from smaudit.cli.main import main
from smaudit.linter.lint import Linter
from smaudit.model.cache import ResultCache
from tests.valid_plans import VALID_PLANS

HERE = Path(__file__).resolve().parent
PLANS = sorted([*VALID_PLANS,
                *(HERE.parent / "examples" / "plans").glob("*.yaml"),
                *(HERE / "data" / "paraphrase").glob("*.yaml"),
                HERE / "data" / "healthy_example.yaml"])


@pytest.fixture
def corpus(tmp_path):
    """Every example and fixture plan, several times over, so workers share the load."""
    for copy in range(3):
        for plan in PLANS:
            shutil.copy(plan, tmp_path / f"{copy}-{plan.name}")
    return tmp_path


def output(capsys, *args):
    main(list(args))
    return capsys.readouterr().out


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_jobs_and_order_do_not_change_the_output(capsys, corpus, fmt):
    files = sorted(str(p) for p in corpus.iterdir())
    one = output(capsys, "--no-cache", "--format", fmt, "--jobs", "1", *files)
    two = output(capsys, "--no-cache", "--format", fmt, "--jobs", "2", *files)
    reversed_order = output(capsys, "--no-cache", "--format", fmt, "--jobs", "2", *files[::-1])
    directory = output(capsys, "--no-cache", "--format", fmt, "--jobs", "2", str(corpus))
    assert one == two == reversed_order == directory
    assert len(one) > 1000


def test_cold_and_warm_cache_give_the_same_bytes(capsys, corpus, monkeypatch, tmp_path_factory):
    monkeypatch.setenv("SMAUDIT_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    cold = output(capsys, "--format", "json", str(corpus))
    warm = output(capsys, "--format", "json", str(corpus))
    uncached = output(capsys, "--no-cache", "--format", "json", str(corpus))
    assert cold == warm == uncached


def test_warm_run_does_not_lint(corpus, monkeypatch, tmp_path_factory):
    monkeypatch.setenv("SMAUDIT_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    Linter(cache=True).lint_paths([str(corpus)])
    warm = Linter(cache=True)
    monkeypatch.setattr(Linter, "lint_bytes", lambda *a, **k: pytest.fail("linted again"))
    run = warm.lint_paths([str(corpus)])
    assert len(run.results) == len(list(corpus.iterdir()))
    assert warm._registry is None and warm._plugins is None  # nothing was even loaded


def test_corrupt_cache_is_rebuilt(capsys, corpus, monkeypatch, tmp_path_factory):
    cache_dir = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("SMAUDIT_CACHE_DIR", str(cache_dir))
    expected = output(capsys, "--no-cache", "--format", "json", str(corpus))
    output(capsys, "--format", "json", str(corpus))
    (entry,) = cache_dir.glob("results-*.bin")
    entry.write_bytes(entry.read_bytes()[:100])  # a run killed mid-write, or disk trouble
    assert output(capsys, "--format", "json", str(corpus)) == expected
    entry.write_bytes(b"SMAUDIT-CACHE-1\n" + b"\x00garbage")
    assert output(capsys, "--format", "json", str(corpus)) == expected
    for rewritten in cache_dir.glob("results-*.bin"):  # rewritten whole
        assert ResultCache.open(rewritten.name[8:-4], str(cache_dir)).entries


def test_settings_change_is_a_cache_miss(capsys, corpus, monkeypatch, tmp_path_factory):
    monkeypatch.setenv("SMAUDIT_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    everything = output(capsys, "--format", "json", str(corpus))
    only_schema = output(capsys, "--format", "json", "--select", "SMA002", str(corpus))
    assert everything != only_schema
    assert output(capsys, "--format", "json", str(corpus)) == everything


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.name)
def test_fast_path_gives_the_same_findings_as_the_reference_path(plan):
    raw = plan.read_bytes()
    fast = Linter().lint_bytes(raw, plan.name).result
    reference = Linter(reference=True).lint_bytes(raw, plan.name).result
    assert fast == reference


def test_a_flipped_bit_or_a_forged_entry_is_never_trusted(capsys, corpus, monkeypatch,
                                                          tmp_path_factory):
    import marshal

    from smaudit.model.digests import content_hash

    cache_dir = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("SMAUDIT_CACHE_DIR", str(cache_dir))
    expected = output(capsys, "--no-cache", "--format", "json", str(corpus))
    output(capsys, "--format", "json", str(corpus))
    (entry,) = cache_dir.glob("results-*.bin")
    good = entry.read_bytes()
    for position in (len(good) // 3, len(good) // 2, len(good) - 5):  # one bit each
        flipped = bytearray(good)
        flipped[position] ^= 0x04
        entry.write_bytes(bytes(flipped))
        assert output(capsys, "--format", "json", str(corpus)) == expected
    header = good[:16 + 32]
    entries = marshal.loads(good[16 + 32:])
    forged = {key: {**data, "findings": []} for key, data in entries.items()}  # no findings
    entry.write_bytes(header + marshal.dumps(forged))
    assert output(capsys, "--format", "json", str(corpus)) == expected
    assert content_hash(entry.read_bytes()[48:]).digest() == entry.read_bytes()[16:48]


def test_editing_a_plugin_outside_site_packages_changes_the_cache_key(tmp_path, monkeypatch):
    from smaudit.loading.entrypoints import EntryPoint
    from smaudit.loading.settings import Settings
    from smaudit.model.cache import run_key

    package = tmp_path / "edited_plugin"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "plugin.py").write_text("RULES = 1\n")
    (package / "rules.yaml").write_text("rules: []\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    by_entry_point = [EntryPoint("edited", "edited_plugin.plugin", "", "1.0")]
    by_option = Settings(plugins=("edited_plugin.plugin",))
    keys = [(run_key(Settings(), by_entry_point), run_key(by_option, ()))]
    (package / "plugin.py").write_text("RULES = 2\n")  # same version, new code
    keys.append((run_key(Settings(), by_entry_point), run_key(by_option, ())))
    (package / "rules.yaml").write_text("rules: [{}]\n")  # and a new pack
    keys.append((run_key(Settings(), by_entry_point), run_key(by_option, ())))
    assert len({k for pair in keys for k in pair}) == 6


@pytest.mark.parametrize("content", [None, [], (("acme", "acme.rules", "", 1),), b"{", "rows"])
def test_a_malformed_plugin_discovery_cache_is_rebuilt(tmp_path, monkeypatch, content):
    import marshal

    from smaudit.loading import entrypoints
    from smaudit.model.cache import Store, cache_key

    monkeypatch.setenv("SMAUDIT_CACHE_DIR", str(tmp_path))
    store = Store(str(tmp_path), "entry-points", entrypoints.KEPT)
    key = cache_key("entry-points", entrypoints.environment_key())
    if isinstance(content, bytes):  # damaged on disk: not even the checksum holds
        path = tmp_path / f"entry-points-{key}.bin"
        path.write_bytes(b"SMAUDIT-CACHE-4\n" + bytes(32) + marshal.dumps(content))
    else:
        store.write(key, content)
    entrypoints.smaudit_entry_points.cache_clear()
    try:
        found = entrypoints.smaudit_entry_points()
    finally:
        entrypoints.smaudit_entry_points.cache_clear()
    assert found == entrypoints._scan()
    assert [item[0] for item in store.read(key)] == [e.name for e in found]


def test_every_cache_is_one_store_that_keeps_its_newest_entries(tmp_path):
    from smaudit.model.cache import Store, cache_key

    store = Store(str(tmp_path), "things", keep=2)
    keys = [cache_key("things", str(n)) for n in range(4)]
    assert len(set(keys)) == 4 and cache_key("other", "0") != keys[0]
    for n, key in enumerate(keys):
        store.write(key, {"n": n})
        os.utime(store.path(key), ns=(n * 10**9, n * 10**9))
    Store(str(tmp_path), "unrelated", keep=1).write("x", 1)
    assert [store.read(k) for k in keys] == [None, None, {"n": 2}, {"n": 3}]
    assert store.read("x") is None and Store(None, "things", 2).read(keys[3]) is None
    path = Path(store.path(keys[3]))
    data = bytearray(path.read_bytes())
    data[-2] ^= 1
    path.write_bytes(bytes(data))
    assert store.read(keys[3]) is None


def test_a_valid_pack_is_checked_once(tmp_path, monkeypatch):
    from smaudit.loading import pack_compiler as packs

    monkeypatch.setenv("SMAUDIT_CACHE_DIR", str(tmp_path))
    checked = []
    real = packs._check
    monkeypatch.setattr(packs, "_check", lambda *a: checked.append(1) or real(*a))
    pack = tmp_path / "house.yaml"
    shutil.copy(HERE.parent / "examples" / "rules" / "house-style.yaml", pack)
    first, again = packs.load_pack(pack), packs.load_pack(pack)
    assert [r.code for r in first] == [r.code for r in again] and first
    assert checked == [1]
    assert len(list(tmp_path.glob("valid-packs-*.bin"))) == 1
