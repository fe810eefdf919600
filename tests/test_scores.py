"""Scores describe what was checked: a plan that cannot be read has none (and stays out
of every mean), and a baseline changes what fails a build, not how ready a plan is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import smaudit
from smaudit.cli.main import main
from smaudit.loading.loader import Limits
from smaudit.loading.settings import Settings

READABLE = """\
version: 1
organization:
  name: Ferry Street Florist
business_goals:
  - id: weddings
    statement: Book 6 wedding consultations a month
channels:
  - platform: pinterest
    goals: [weddings]
"""

BROKEN = """\
version: 1
organization:
  name: Ferry Street Florist
 industry: flowers
channels: [pinterest
"""


@pytest.fixture
def plans(tmp_path: Path) -> tuple[Path, Path]:
    readable, broken = tmp_path / "a-readable.yaml", tmp_path / "b-broken.yaml"
    readable.write_text(READABLE, encoding="utf-8")
    broken.write_text(BROKEN, encoding="utf-8")
    return readable, broken


def test_an_unreadable_plan_has_no_score() -> None:
    result = smaudit.lint_text(BROKEN, path="broken.yaml")
    assert [f.code for f in result.findings] == ["SMA001"]
    assert result.score is None
    assert smaudit.lint_text(READABLE, path="ok.yaml").score is not None


def test_a_plan_over_the_limits_has_no_score() -> None:
    settings = Settings(limits=Limits(max_depth=3))
    deep = READABLE + "audience:\n  segments:\n    - name: brides\n      platforms: [x]\n"
    result = smaudit.lint_text(deep, path="deep.yaml", settings=settings)
    assert [f.code for f in result.findings] == ["SMA006"]
    assert result.score is None


def test_json_score_is_null_and_means_leave_it_out(plans, capsys) -> None:
    readable, broken = plans
    main(["--no-cache", "--format", "json", str(readable), str(broken)])
    files = {Path(f["path"]).name: f for f in json.loads(capsys.readouterr().out)["files"]}
    assert files["b-broken.yaml"]["score"] is None
    assert files["b-broken.yaml"]["areas"] == {}
    alone = files["a-readable.yaml"]["score"]
    assert isinstance(alone, float) and alone != 75.0  # what an unreadable plan scored
    main(["--no-cache", str(readable), str(broken)])
    summary = capsys.readouterr().out.splitlines()[-1]
    assert summary.endswith(f"; readiness {alone:g}/100; 1 plan with no score "
                            "(could not be read).")


def test_text_and_markdown_say_no_score(plans, capsys) -> None:
    readable, broken = plans
    main(["--no-cache", str(broken)])
    assert capsys.readouterr().out.splitlines()[-1] == (
        "Found 1 finding (1 error, 0 warnings, 0 info) in 1 file; "
        "no score (the plan could not be read).")
    main(["--no-cache", "--show-score", str(broken)])
    assert capsys.readouterr().out.splitlines()[-1] == f"  {broken}: no score (could not be read)"
    main(["--no-cache", "--format", "markdown", str(readable), str(broken)])
    out = capsys.readouterr().out
    assert out.splitlines()[0].endswith(" · 1 plan with no score (could not be read)")
    assert f"| {broken} | no score |" in out.replace("\\", "")


def test_baselined_findings_still_count_in_the_score(plans, tmp_path, capsys) -> None:
    readable, _ = plans
    baseline = tmp_path / "baseline.json"
    main(["--no-cache", "--format", "json", str(readable)])
    before = json.loads(capsys.readouterr().out)["files"][0]
    assert before["findings"] and before["score"] < 100
    assert main(["--no-cache", "--format", "json", str(readable),
                 "--write-baseline", str(baseline)]) == 0
    out, err = capsys.readouterr()
    count = len(before["findings"])
    assert err == f"smaudit: wrote {count} findings to {baseline}\n"
    assert json.loads(out)["files"][0]["score"] == before["score"]
    assert main(["--no-cache", "--format", "json", str(readable), "--baseline",
                 str(baseline)]) == 0
    after = json.loads(capsys.readouterr().out)["files"][0]
    assert all(f["suppressed"]["kind"] == "baseline" for f in after["findings"])
    assert (after["score"], after["areas"]) == (before["score"], before["areas"])
