"""Writes are atomic: a failed or killed write leaves the old file whole and no debris."""

from __future__ import annotations

import os
import stat

import pytest

from smaudit import atomic
from smaudit.atomic import write_atomic


def test_replaces_content(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old")
    write_atomic(str(target), "new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_failure_mid_write_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "baseline.json"
    target.write_text("the old baseline")

    def killed(src, dst):
        raise KeyboardInterrupt  # as if the run were interrupted just before the rename

    monkeypatch.setattr(atomic.os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(str(target), "x" * 1_000_000)
    assert target.read_text() == "the old baseline"
    assert [p.name for p in tmp_path.iterdir()] == ["baseline.json"]


def test_new_files_get_normal_permissions_and_existing_ones_keep_theirs(tmp_path):
    fresh = tmp_path / "report.html"
    old_umask = os.umask(0o022)
    try:
        write_atomic(str(fresh), "<html>")
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
    kept = tmp_path / "private.json"
    kept.write_text("{}")
    kept.chmod(0o600)
    write_atomic(str(kept), "[]")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
