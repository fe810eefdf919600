"""The results JSON is written and read in one place (smaudit.model.results_json): the
format, the cache, the worker processes and the report's --compare share it."""

from __future__ import annotations

import json
import marshal
from pathlib import Path

import pytest

from smaudit.linter.lint import Linter
from smaudit.loading.settings import Settings
from smaudit.model.cache import dump_result, load_result
from smaudit.model.errors import UsageError
from smaudit.model.findings import Result
from smaudit.model.results_json import previous_file, read_results, result_dict, result_from_dict

PLANS = sorted((Path(__file__).resolve().parents[1] / "examples" / "plans").glob("*.yaml"))

WAIVED = """\
organization:
  name: Harbour Kayaks
# smaudit: disable-file=no-business-goal until=2099-01-01 -- set next quarter
channels:
  - platform: twitter
"""


def _results() -> list[Result]:
    linter = Linter(Settings())
    results = [linter.lint_bytes(p.read_bytes(), str(p)).result for p in PLANS]
    return [*results, linter.lint_bytes(WAIVED, "waived.yaml").result]


RESULTS = _results()


@pytest.mark.parametrize("result", RESULTS, ids=lambda r: Path(r.path).name)
def test_a_result_survives_the_cache_and_the_workers_exactly(result: Result) -> None:
    assert result.findings
    assert load_result(marshal.loads(marshal.dumps(dump_result(result)))) == result


def test_the_format_reads_back_as_the_same_findings_without_the_source_lines() -> None:
    waived = RESULTS[-1]
    assert any(f.suppressed is not None for f in waived.findings)
    data = json.loads(json.dumps(result_dict(waived)))
    assert all(len(f["fingerprint"]) == 20 for f in data["findings"])
    assert result_from_dict(data) == Result(waived.path, waived.findings, waived.score,
                                             organization=waived.organization)


def test_a_damaged_entry_is_refused_not_half_read() -> None:
    data = dump_result(RESULTS[0])
    data["findings"][0]["severity"] = "fatal"
    with pytest.raises(KeyError):
        load_result(data)
    del data["findings"]
    with pytest.raises(KeyError):
        load_result(data)


def test_an_old_report_is_read_and_its_plan_found(tmp_path: Path) -> None:
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"files": [result_dict(r) for r in RESULTS]}), encoding="utf-8")
    document = read_results(str(old))
    assert previous_file(document, RESULTS[1])["path"] == RESULTS[1].path
    old.write_text("{not json", encoding="utf-8")
    with pytest.raises(UsageError, match=r"^--history .*old.json is not JSON"):
        read_results(str(old), "--history")
