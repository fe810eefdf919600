"""The command line: exit codes, paths, stdin, formats, and no traceback on any input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from smaudit.cli.main import main, normalize_argv

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "plans"
HEALTHY = ROOT / "tests" / "data" / "healthy_example.yaml"

TYPO_PLAN = """\
organization:
  name: Acme
buisness_goals: []
business_goals:
  - id: leads
    statement: Win leads
channels:
  - platform: instagram
    goals: [lead]
"""


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def findings_of(out):
    return [(f["code"], f["line"], f["column"]) for file in json.loads(out)["files"]
            for f in file["findings"]]


def test_healthy_plan_exits_zero(capsys):
    code, out, err = run(capsys, str(HEALTHY))
    assert code == 0, out
    assert "No findings in 1 file" in out
    assert err == ""


def test_findings_exit_one_with_compiler_style_lines(capsys, tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text(TYPO_PLAN)
    code, out, _ = run(capsys, str(plan), "--select", "SMA002,SMA003")
    assert code == 1
    assert f"{plan}:3:1: error SMA002 schema unknown key `buisness_goals`" in out
    assert f"{plan}:9:13: error SMA003 dangling-reference goal 'lead'" in out
    assert "    9 |     goals: [lead]\n      |             ^^^^\n" in out
    assert "= hint:" in out
    assert "Found 2 findings (2 errors, 0 warnings, 0 info) in 1 file" in out


def test_check_subcommand_is_the_default():
    assert normalize_argv(["plan.yaml"]) == ["check", "plan.yaml"]
    assert normalize_argv(["--format", "json", "plan.yaml"])[0] == "check"
    assert normalize_argv(["rules"]) == ["rules"]
    assert normalize_argv(["./rules"]) == ["check", "./rules"]
    assert normalize_argv(["-"]) == ["check", "-"]


def test_json_output_is_valid_against_its_schema(capsys, tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text(TYPO_PLAN)
    code, out, _ = run(capsys, "--format", "json", str(plan), str(EXAMPLES / "broken-syntax.yaml"),
                       str(HEALTHY))
    assert code == 1
    document = json.loads(out)
    schema = json.loads((ROOT / "schemas" / "results.schema.json").read_text())
    jsonschema.Draft202012Validator(schema).validate(document)
    assert [f["path"] for f in document["files"]] == sorted(f["path"] for f in document["files"])
    assert document["summary"]["files"] == 3


def test_fail_on(capsys, tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text(TYPO_PLAN)
    assert run(capsys, str(plan), "--fail-on", "never")[0] == 0
    assert run(capsys, str(plan), "--fail-on", "error")[0] == 1


def test_missing_path_is_one_line_exit_two_and_others_still_linted(capsys, tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text(TYPO_PLAN)
    code, out, err = run(capsys, "--format", "json", str(tmp_path / "nope.yaml"), str(plan))
    assert code == 2
    assert err.strip().splitlines() == [f"smaudit: error: {tmp_path / 'nope.yaml'}: "
                                        "no such file or directory"]
    assert findings_of(out)  # the readable plan was still linted


def test_stdin_with_filename(capsys, monkeypatch):
    import io

    stdin = io.TextIOWrapper(io.BytesIO(TYPO_PLAN.encode()))
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = run(capsys, "-", "--stdin-filename", "plans/acme.yaml", "--format", "json",
                       "--select", "SMA003")
    assert code == 1
    document = json.loads(out)
    assert document["files"][0]["path"] == "plans/acme.yaml"
    assert findings_of(out) == [("SMA003", 9, 13)]


def test_directory_skips_non_plan_yaml_and_hidden_folders(capsys, tmp_path):
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    (tmp_path / ".github" / "workflows" / "ci.yaml").write_text("on: push\njobs: {}\n")
    (tmp_path / "docker-compose.yml").write_text("services:\n  web: {image: nginx}\n")
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "acme.yaml").write_text(TYPO_PLAN)
    (tmp_path / "plans" / "notes.txt").write_text("organization: not yaml\n")
    code, out, _ = run(capsys, str(tmp_path), "--format", "json", "--select", "SMA002")
    paths = [f["path"] for f in json.loads(out)["files"]]
    assert paths == [str(tmp_path / "plans" / "acme.yaml")]
    assert code == 1


def test_explicit_non_plan_file_is_linted(capsys, tmp_path):
    other = tmp_path / "compose.yml"
    other.write_text("services: {}\n")
    code, out, _ = run(capsys, str(other), "--format", "json", "--select", "SMA002")
    assert findings_of(out) == [("SMA002", 1, 1)]
    assert code == 1


def test_output_file(capsys, tmp_path):
    target = tmp_path / "out.json"
    code, out, _ = run(capsys, str(HEALTHY), "--format", "json", "--output", str(target))
    assert code == 0 and out == ""
    assert json.loads(target.read_text())["files"][0]["findings"] == []


def test_format_help_lists_every_format_with_its_description(capsys):
    code, out, _ = run(capsys, "--format", "help")
    assert code == 0
    names = [line.split()[0] for line in out.splitlines()]
    assert names == ["github", "gitlab", "json", "junit", "markdown", "sarif", "text"]
    assert "sarif     SARIF 2.1.0 for GitHub code scanning" in out


def test_unknown_format_is_usage_error(capsys):
    code, _, err = run(capsys, str(HEALTHY), "--format", "yaml")
    assert code == 2
    assert "unknown format 'yaml'" in err and "json" in err


def test_color(capsys, tmp_path, monkeypatch):
    plan = tmp_path / "plan.yaml"
    plan.write_text(TYPO_PLAN)
    monkeypatch.delenv("NO_COLOR", raising=False)
    _, out, _ = run(capsys, str(plan), "--color", "always")
    assert "\x1b[" in out
    _, out, _ = run(capsys, str(plan), "--color", "never")
    assert "\x1b[" not in out
    monkeypatch.setenv("NO_COLOR", "1")
    _, out, _ = run(capsys, str(plan))
    assert "\x1b[" not in out


def test_quiet_prints_only_finding_lines(capsys, tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text(TYPO_PLAN)
    _, out, _ = run(capsys, str(plan), "-q", "--select", "SMA003")
    assert out == f"{plan}:9:13: error SMA003 dangling-reference goal 'lead' is not declared " \
                  "in business_goals (declared: 'leads')\n"


def test_syntax_error_plan_is_a_finding_not_exit_two(capsys):
    code, out, err = run(capsys, str(EXAMPLES / "broken-syntax.yaml"))
    assert code == 1
    assert "broken-syntax.yaml:3:2: error SMA001 yaml-syntax" in out
    assert err == ""


def test_schema_command_prints_the_plan_schema(capsys):
    code, out, _ = run(capsys, "schema")
    assert code == 0
    schema = json.loads(out)
    assert schema["$schema"].endswith("2020-12/schema")
    assert "business_goals" in schema["properties"]


def test_version_and_module_entry_point():
    from smaudit import __version__

    proc = subprocess.run([sys.executable, "-m", "smaudit", "--version"], capture_output=True,
                          text=True, check=True)
    assert proc.stdout.strip() == f"smaudit {__version__}"


@pytest.mark.parametrize("content", [
    b"\x00\x01\x02binary", b"\xff\xfe\xfd", b"[[[[", b"key: [unclosed", b"- just\n- a list\n",
    b"!!python/object:os.system [1]", b"a: *nowhere\n",
])
def test_no_traceback_on_any_input(capsys, tmp_path, content):
    plan = tmp_path / "bad.yaml"
    plan.write_bytes(content)
    code, out, err = run(capsys, str(plan))
    assert code == 1
    assert "Traceback" not in out + err
    assert ":1:" in out or ":2:" in out


def test_references_are_checked_only_against_sections_that_exist(capsys, tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text("channels:\n  - {platform: x, owner: Kai, goals: [leads]}\n"
                    "customer_service: {platforms: [x], owner: TBD}\n")
    _, out, _ = run(capsys, str(plan), "--select", "SMA003", "--format", "json")
    assert findings_of(out) == []  # no team and no goals: SMA101/SMA601 say so, once
    plan.write_text(plan.read_text() + "team: [{name: Ana}]\n")
    _, out, _ = run(capsys, str(plan), "--select", "SMA003", "--format", "json")
    assert findings_of(out) == [("SMA003", 2, 26)]  # Kai; the placeholder is not a name
