"""Baselines: written deterministically without line numbers, matched after edits
elsewhere, reporting only new findings, and refusing broken files with exit 2."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from smaudit.cli.main import main
from smaudit.linter.baseline import apply_baseline, read_baseline, render_baseline
from smaudit.linter.lint import Linter
from smaudit.loading.settings import Settings
from smaudit.model.errors import ConfigError
from smaudit.model.fingerprint import line_fingerprint as fingerprint

SELECT = "SMA002,SMA003,SMA004,SMA005"

# SMA003 at 9:13 (goal 'lead' of the instagram channel), SMA004 at 10:15.
PLAN = """\
organization:
  name: Acme
business_goals:
  - id: leads
    statement: Win catering leads
strategy: Be everywhere.
channels:
  - platform: instagram
    goals: [lead]
  - platform: instagram
    goals: [leads]
"""


@pytest.fixture()
def repo(tmp_path, monkeypatch):
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "plan.yaml").write_text(PLAN)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(capsys, *args: str) -> tuple[int, dict, str]:
    code = main([*args, "--select", SELECT, "--format", "json", "--no-cache"])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out else {}), err


def active(report: dict) -> list[tuple[str, int, int]]:
    return [(f["code"], f["line"], f["column"]) for file in report["files"]
            for f in file["findings"] if f["suppressed"] is None]


def baselined(report: dict) -> list[tuple[str, int, int]]:
    return [(f["code"], f["line"], f["column"]) for file in report["files"]
            for f in file["findings"] if (f["suppressed"] or {}).get("kind") == "baseline"]


def edit(repo: Path, old: str, new: str) -> None:
    path = repo / "plans" / "plan.yaml"
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def test_write_baseline_records_findings_without_lines(repo, capsys):
    code, report, err = run(capsys, "plans", "--write-baseline", "baseline.json")
    assert code == 0
    assert err == "smaudit: wrote 2 findings to baseline.json\n"
    assert active(report) == [("SMA003", 9, 13), ("SMA004", 10, 15)]
    document = json.loads((repo / "baseline.json").read_text())
    assert document["version"] == 1
    assert [(e["path"], e["code"], e["pointer"], e["count"]) for e in document["findings"]] == [
        ("plans/plan.yaml", "SMA003", "/channels/0/goals/0", 1),
        ("plans/plan.yaml", "SMA004", "/channels/1/platform", 1),
    ]
    assert all(set(e) == {"path", "code", "pointer", "fingerprint", "count"}
               for e in document["findings"])
    assert "line" not in (repo / "baseline.json").read_text()
    assert sorted(p.name for p in repo.iterdir()) == ["baseline.json", "plans"]


def test_baseline_is_deterministic(repo, capsys):
    run(capsys, "plans", "--write-baseline", "one.json")
    run(capsys, "plans/plan.yaml", "--write-baseline", "two.json", "--jobs", "1")
    one, two = (repo / "one.json").read_bytes(), (repo / "two.json").read_bytes()
    assert one == two
    assert one.endswith(b"\n")


def test_baseline_suppresses_what_it_recorded(repo, capsys):
    run(capsys, "plans", "--write-baseline", "baseline.json")
    code, report, err = run(capsys, "plans", "--baseline", "baseline.json")
    assert (code, err) == (0, "")
    assert active(report) == []
    assert baselined(report) == [("SMA003", 9, 13), ("SMA004", 10, 15)]
    finding = report["files"][0]["findings"][0]
    assert finding["suppressed"] == {"reason": "in baseline baseline.json", "until": None,
                                     "kind": "baseline"}
    assert report["summary"]["suppressed"] == 2
    _, plain, _ = run(capsys, "plans")
    assert report["files"][0]["score"] == plain["files"][0]["score"] < 100.0


def test_baseline_survives_lines_inserted_above(repo, capsys):
    run(capsys, "plans", "--write-baseline", "baseline.json")
    edit(repo, "organization:\n", "# Audit of March\n\norganization:\n  industry: food\n")
    code, report, _ = run(capsys, "plans", "--baseline", "baseline.json")
    assert code == 0
    assert baselined(report) == [("SMA003", 12, 13), ("SMA004", 13, 15)]


def test_new_findings_are_reported(repo, capsys):
    run(capsys, "plans", "--write-baseline", "baseline.json")
    edit(repo, "    goals: [leads]\n", "    goals: [leads, sales]\n")
    code, report, _ = run(capsys, "plans", "--baseline", "baseline.json")
    assert code == 1
    assert active(report) == [("SMA003", 11, 20)]
    assert baselined(report) == [("SMA003", 9, 13), ("SMA004", 10, 15)]
    assert report["files"][0]["score"] < 100.0


def test_item_inserted_before_keeps_old_findings_and_reports_the_new_one(repo, capsys):
    run(capsys, "plans", "--write-baseline", "baseline.json")
    edit(repo, "channels:\n", "channels:\n  - platform: tiktok\n    goals: [sales]\n")
    code, report, _ = run(capsys, "plans", "--baseline", "baseline.json")
    assert code == 1
    assert baselined(report) == [("SMA003", 11, 13), ("SMA004", 12, 15)]
    assert active(report) == [("SMA003", 9, 13)]
    assert report["files"][0]["findings"][0]["pointer"] == "/channels/0/goals/0"


def test_finding_on_an_edited_line_still_matches_its_node(repo, capsys):
    run(capsys, "plans", "--write-baseline", "baseline.json")
    edit(repo, "    goals: [lead]\n", "    goals: [ lead ]   # to do\n")
    code, report, _ = run(capsys, "plans", "--baseline", "baseline.json")
    assert code == 0
    assert baselined(report) == [("SMA003", 9, 14), ("SMA004", 10, 15)]


def test_fixed_findings_are_simply_gone(repo, capsys):
    run(capsys, "plans", "--write-baseline", "baseline.json")
    edit(repo, "    goals: [lead]\n", "    goals: [leads]\n")
    code, report, _ = run(capsys, "plans", "--baseline", "baseline.json")
    assert code == 0
    assert baselined(report) == [("SMA004", 10, 15)]


def test_paths_are_relative_to_the_baseline_file(repo, capsys, monkeypatch):
    run(capsys, "plans/plan.yaml", "--write-baseline", "baseline.json")
    monkeypatch.chdir(repo / "plans")
    code, report, _ = run(capsys, "plan.yaml", "--baseline", "../baseline.json")
    assert code == 0
    assert baselined(report) == [("SMA003", 9, 13), ("SMA004", 10, 15)]


def test_waived_findings_are_not_recorded(repo, capsys):
    edit(repo, "    goals: [lead]\n", "    goals: [lead]  # smaudit: disable=SMA003 -- later\n")
    run(capsys, "plans", "--write-baseline", "baseline.json")
    document = json.loads((repo / "baseline.json").read_text())
    assert [e["code"] for e in document["findings"]] == ["SMA004"]


def test_counts_cover_repeated_findings(repo):
    linter = Linter(Settings(select=("SMA003",)))
    text = PLAN.replace("goals: [lead]", "goals: [lead, lead]")
    result = linter.lint_bytes(text, str(repo / "plans" / "plan.yaml")).result
    document = json.loads(render_baseline([result], str(repo)))
    assert [(e["pointer"], e["count"]) for e in document["findings"]] == [
        ("/channels/0/goals/0", 1), ("/channels/0/goals/1", 1)]
    fewer = linter.lint_bytes(PLAN, str(repo / "plans" / "plan.yaml")).result
    (repo / "b.json").write_text(json.dumps(document))
    [applied] = apply_baseline(str(repo / "b.json"), [fewer])
    assert [f.suppressed is not None for f in applied.findings] == [True]


def test_fingerprint_ignores_line_and_message_but_not_rule_or_text(repo):
    linter = Linter(Settings(select=("SMA003",)))
    [finding] = linter.lint_bytes(PLAN, "plan.yaml").result.findings
    moved = replace(finding, message="reworded")
    assert fingerprint(finding, "    goals: [lead]") == fingerprint(moved, "goals: [lead]")
    assert fingerprint(finding, "goals: [lead]") != fingerprint(finding, "goals: [leed]")


@pytest.mark.parametrize(("content", "message"), [
    (None, "baseline.json: baseline file not found (write one with --write-baseline)"),
    ('{"version": 1,\n "findings": [\n', "baseline.json:3: baseline is not valid JSON: "
     "Expecting value"),
    ('{"version": 9, "findings": []}', "baseline.json: unsupported baseline version 9 (this "
     "smaudit reads version 1)"),
    ('[]', "baseline.json: not a smaudit baseline (no findings list)"),
    ('{"version": 1, "findings": [{"code": "SMA003"}]}', "baseline.json: findings[0] is not "
     "a baseline entry (needs path, code, pointer, fingerprint)"),
    ('{"version": 1, "findings": [{"code": "A", "path": "p", "pointer": "", '
     '"fingerprint": "f", "count": 0}]}', "baseline.json: findings[0].count must be a whole "
     "number from 1"),
])
def test_broken_baseline_is_a_one_line_error(repo, capsys, content, message):
    if content is not None:
        (repo / "baseline.json").write_text(content)
    code, report, err = run(capsys, "plans", "--baseline", "baseline.json")
    assert (code, report) == (2, {})
    assert err == f"smaudit: error: {message}\n"


def test_read_baseline_sums_duplicate_entries(tmp_path):
    entry = {"code": "SMA003", "path": "p.yaml", "pointer": "/a", "fingerprint": "f"}
    (tmp_path / "b.json").write_text(json.dumps({"version": 1, "findings": [entry, entry]}))
    assert list(read_baseline(str(tmp_path / "b.json")).values()) == [2]


def test_unwritable_baseline_is_a_config_error(repo, capsys):
    code, _, err = run(capsys, "plans", "--write-baseline", "missing-dir/baseline.json")
    assert code == 2
    assert err.startswith("smaudit: error: missing-dir/baseline.json: cannot write baseline:")
    with pytest.raises(ConfigError):
        read_baseline(str(repo / "missing-dir" / "baseline.json"))
