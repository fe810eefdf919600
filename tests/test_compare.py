"""``smaudit report --compare``: a finding is the same finding when its node moved (list
items inserted, removed or reordered), judged by the fingerprint baselines use.

The identity is ``smaudit.baseline.compare_findings``, tested here between a real
``--format json`` report and a real run; the report's rendering of the comparison is
tested with the report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smaudit.baseline import Changes, Mark, compare_findings, pair_marks
from smaudit.cli import main
from smaudit.lint import Linter
from smaudit.model import Finding
from smaudit.settings import Settings

PLAN = """\
version: 1
organization:
  name: Riverside Cycles
business_goals:
  - id: repairs
    statement: Book 40 repairs a month
channels:
{channels}customer_service:
  platforms: [instagram, facebook]
"""

INSTAGRAM = "  - platform: instagram\n    goals: [repairs]\n"
FACEBOOK = "  - platform: facebook\n    goals: [repairs]\n"
TIKTOK = "  - platform: tiktok\n    goals: [repairs]\n"
YOUTUBE = "  - platform: youtube\n    goals: [repairs]\n"


def _audit(tmp_path: Path, capsys: pytest.CaptureFixture[str], channels: str,
           strip_fingerprints: bool = False) -> dict:
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN.format(channels=channels), encoding="utf-8")
    main(["--no-cache", "--select", "SMA302", "--format", "json", str(plan)])
    document = json.loads(capsys.readouterr().out)
    if strip_fingerprints:  # a report written before findings carried one
        for file in document["files"]:
            for finding in file["findings"]:
                del finding["fingerprint"]
    return document


def _compare(tmp_path: Path, previous: dict, channels: str
             ) -> tuple[list[dict], list[Finding], Changes]:
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN.format(channels=channels), encoding="utf-8")
    (result,) = Linter(Settings(select=("SMA302",))).lint_paths([str(plan)]).results
    before = previous["files"][0]["findings"]
    return before, list(result.findings), compare_findings(before, result.findings,
                                                            dict(result.lines))


def _platform(message: str) -> str:
    return message.split()[4]  # "customers who ask on PLATFORM get no answer ..."


@pytest.mark.parametrize("strip", [False, True], ids=["fingerprint", "older-report"])
def test_a_finding_that_moved_is_still_open_not_fixed_and_new(tmp_path, capsys, strip):
    previous = _audit(tmp_path, capsys, TIKTOK + INSTAGRAM, strip_fingerprints=strip)
    _, after, changes = _compare(tmp_path, previous, INSTAGRAM + FACEBOOK + TIKTOK)
    assert [f.location.pointer for f in after] == ["/channels/2/platform"]  # was /channels/0
    assert changes == Changes(fixed=frozenset(), waived=frozenset(), new=frozenset())


def test_an_item_inserted_before_is_the_new_finding(tmp_path, capsys):
    previous = _audit(tmp_path, capsys, TIKTOK)
    _, after, changes = _compare(tmp_path, previous, YOUTUBE + TIKTOK)  # youtube at /0
    assert [_platform(after[j].message) for j in changes.new] == ["youtube"]
    assert changes.fixed == changes.waived == frozenset()


def test_fixed_and_new_are_still_told_apart(tmp_path, capsys):
    previous = _audit(tmp_path, capsys, TIKTOK + INSTAGRAM)
    before, after, changes = _compare(tmp_path, previous, INSTAGRAM + YOUTUBE)
    assert [_platform(before[i]["message"]) for i in changes.fixed] == ["tiktok"]
    assert [_platform(after[j].message) for j in changes.new] == ["youtube"]


def test_a_moved_finding_now_waived_counts_as_waived(tmp_path, capsys):
    previous = _audit(tmp_path, capsys, TIKTOK + INSTAGRAM)
    waived = "  - platform: tiktok  # smaudit: disable=SMA302 -- closing it in May\n" \
             "    goals: [repairs]\n"
    _, after, changes = _compare(tmp_path, previous, INSTAGRAM + waived)
    assert [f.suppressed is not None for f in after] == [True]
    assert changes == Changes(fixed=frozenset(), waived=frozenset({0}), new=frozenset())


def test_pairing_prefers_the_same_node_then_the_moved_one() -> None:
    before = [Mark("SMA302", "/channels/0/platform", "a", "f-tiktok"),
              Mark("SMA401", "/metrics/0", "old wording", None)]
    after = [Mark("SMA302", "/channels/0/platform", "b", "f-youtube"),
             Mark("SMA302", "/channels/1/platform", "a", "f-tiktok"),
             Mark("SMA401", "/metrics/0", "new wording", "f-metric")]
    assert pair_marks(before, after) == {0: 1, 1: 2}
