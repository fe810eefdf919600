"""Same input, same bytes: across --jobs, runs, path order, cold and warm cache, and between
the fast (libyaml) path and the reference (ruamel.yaml) path."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from smaudit.cache import ResultCache
from smaudit.cli import main
from smaudit.lint import Linter

HERE = Path(__file__).resolve().parent
PLANS = sorted([*(HERE / "data" / "schema").glob("*.yaml"),
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
