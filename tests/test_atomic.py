"""Writes are atomic: a failed or killed write leaves the old file whole and no debris."""

from __future__ import annotations

import contextlib
import os
import stat

import pytest

from smaudit.model import atomic
from smaudit.model.atomic import write_atomic


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


# --- what -o may replace ------------------------------------------------------------------------

HEALTHY = os.path.join(os.path.dirname(__file__), "data", "healthy_example.yaml")


def _check(*args):
    from smaudit.cli.main import main

    return main(["--no-cache", "--format", "json", *args, HEALTHY])


def test_output_through_a_symlink_replaces_its_target_and_keeps_the_link(tmp_path):
    target = tmp_path / "real.json"
    target.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert _check("-o", str(link)) == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert '"files"' in target.read_text()


def test_output_to_a_pipe_or_device_is_written_directly(tmp_path):
    read_end, write_end = os.pipe()
    try:
        assert _check("-o", f"/proc/self/fd/{write_end}") == 0
        os.close(write_end)
        with os.fdopen(read_end, "rb") as handle:
            assert b'"files"' in handle.read()
    finally:
        for fd in (read_end, write_end):
            with contextlib.suppress(OSError):
                os.close(fd)
    before = os.stat("/dev/null")
    assert _check("-o", "/dev/null") == 0
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino
    assert not [p for p in os.listdir("/dev") if p.startswith(".smaudit-")]


@pytest.mark.parametrize("where, reason", [
    ("nodir/out.json", "no such folder"),
    (".", "is a directory"),
    ("/proc/out.json", "no file can be created in that folder"),
])
def test_output_that_cannot_be_written_is_a_one_line_error(tmp_path, capsys, monkeypatch,
                                                           where, reason):
    monkeypatch.chdir(tmp_path)
    assert _check("-o", where) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"smaudit: error: cannot write output {where}: ")
    assert reason in err and err.count("\n") == 1
