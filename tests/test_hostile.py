"""Hostile input: every file is answered with a located finding or a one-line error, nothing
is constructed or expanded, and the other files of the run are still linted.

Time and memory per input are measured by ``benchmarks/hostile.py`` (figures in
docs/reliability.md); these tests check behaviour, with a generous subprocess
time-out only as a guard against hangs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from smaudit.cli import main

HERE = Path(__file__).resolve().parent
HOSTILE = HERE / "data" / "hostile"
HEALTHY = HERE / "data" / "healthy_example.yaml"

# file -> (code, line, column) of the finding it must produce (None: it must lint normally)
EXPECTED = {
    "billion-laughs.yaml": ("SMA006", 7, 8),  # the alias that crosses 10,000
    "binary.yaml": ("SMA001", 2, 118),  # the first byte that is not UTF-8
    "crlf-tabs.yaml": None,
    "custom-tag.yaml": None,
    "empty.yaml": ("SMA001", 1, 1),
    "invalid-utf8.yaml": ("SMA001", 2, 12),
    "keys-of-every-type.yaml": ("SMA002", 5, 1),
    "multi-document.yaml": ("SMA001", 2, 1),
    "nul-bytes.yaml": ("SMA001", 2, 12),
    "only-comments.yaml": ("SMA001", 1, 1),
    "python-tag.yaml": None,
    "scalar-top-level.yaml": ("SMA001", 1, 1),
    "undefined-alias.yaml": ("SMA001", 1, 15),
    "utf16-bom.yaml": None,
}


def lint(capsys, *paths, select="SMA0"):
    code = main(["--format", "json", "--select", select, "--jobs", "1", *map(str, paths)])
    captured = capsys.readouterr()
    return code, json.loads(captured.out), captured.err


def located(document, name):
    (file,) = [f for f in document["files"] if f["path"].endswith(name)]
    return [(f["code"], f["line"], f["column"]) for f in file["findings"]]


def test_every_hostile_file_is_listed():
    assert sorted(p.name for p in HOSTILE.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_file_gets_a_located_finding_and_the_healthy_one_is_still_linted(capsys, name):
    _, document, err = lint(capsys, HOSTILE / name, HEALTHY)
    expected = EXPECTED[name]
    found = located(document, name)
    if expected is None:
        assert not [f for f in found if f[0] in ("SMA001", "SMA006")], found
    else:
        assert expected in found, found
    assert located(document, "healthy_example.yaml") == []
    assert "Traceback" not in err


def test_tags_construct_nothing(capsys):
    lint(capsys, HOSTILE / "python-tag.yaml")
    assert not os.path.exists("/tmp/smaudit-pwned")


def generated(tmp_path, name, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def test_ten_thousand_deep_nesting(capsys, tmp_path):
    plan = generated(tmp_path, "deep.yaml", b"organization:\n  name: " + b"[" * 10_000
                     + b"]" * 10_000 + b"\n")
    _, document, _ = lint(capsys, plan, HEALTHY)
    assert located(document, "deep.yaml") == [("SMA006", 2, 71)]  # the 65th level


def test_fifty_megabyte_plan_is_refused_without_reading_it_all(capsys, tmp_path):
    plan = tmp_path / "huge.yaml"
    with open(plan, "wb") as handle:
        handle.write(b"organization: {name: Huge}\nnotes:\n")
        chunk = b"  - " + b"x" * 1020 + b"\n"
        for _ in range(50 * 1024):
            handle.write(chunk)
    _, document, _ = lint(capsys, plan, HEALTHY)
    assert located(document, "huge.yaml") == [("SMA006", 1, 1)]


def test_hundred_thousand_item_list_is_refused_early(capsys, tmp_path):
    items = b"".join(b"  - {name: m%d}\n" % i for i in range(100_000))
    plan = generated(tmp_path, "long.yaml", b"organization: {name: Long}\nmetrics:\n" + items)
    _, document, _ = lint(capsys, plan, HEALTHY)
    # 7 values before the list, then 3 per item: the 20,001st is the `name` key of item 6,665
    assert located(document, "long.yaml") == [("SMA006", 6667, 6)]


def test_two_megabyte_scalar(capsys, tmp_path):
    plan = generated(tmp_path, "scalar.yaml", b"organization: {name: Big}\nstrategy: "
                     + b"word " * 400_000 + b"\n")
    code, document, err = lint(capsys, plan, HEALTHY, select="ALL")
    assert [f for f in located(document, "scalar.yaml") if f[0] in ("SMA001", "SMA006")] == []
    assert code == 1 and "crashed" not in err


def test_directory_symlink_loop(capsys, tmp_path):
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "loop").symlink_to(tmp_path / "plans")
    (tmp_path / "plans" / "acme.yaml").write_bytes(HEALTHY.read_bytes())
    code, document, _ = lint(capsys, tmp_path)
    assert [Path(f["path"]).name for f in document["files"]] == ["acme.yaml"]
    assert code == 0


def test_unreadable_path_is_a_one_line_error_and_others_still_linted(capsys, tmp_path):
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)  # reading it would block: it must be refused, not opened
    code, document, err = lint(capsys, fifo, HEALTHY)
    assert code == 2
    assert err == f"smaudit: error: {fifo}: not a regular file\n"
    assert located(document, "healthy_example.yaml") == []


def test_whole_run_in_a_subprocess_never_hangs(tmp_path):
    files = [HOSTILE / name for name in sorted(EXPECTED)] + [HEALTHY]
    proc = subprocess.run([sys.executable, "-m", "smaudit", "--format", "json", *map(str, files)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert len(json.loads(proc.stdout)["files"]) == len(files)
    assert proc.stderr == ""
