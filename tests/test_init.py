"""``smaudit init``: the starter plan, its questions, and its refusal to overwrite."""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

import pytest
import yaml

from smaudit.cli.init_plan import Answers, ask, goal_id, goal_type, starter_plan
from smaudit.cli.main import main
from smaudit.linter.lint import Linter
from smaudit.model.findings import Finding, Severity

TODAY = dt.date(2027, 1, 15)


class Terminal(io.StringIO):
    """Standard input that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def lint(text: str) -> tuple[Finding, ...]:
    return Linter().lint_bytes(text, "plan.yaml").result.findings


def test_default_plan_passes_the_schema_and_flags_only_its_todo_lines():
    text = starter_plan(Answers(), today=TODAY)
    findings = lint(text)
    codes = [f.code for f in findings]
    assert "SMA001" not in codes and "SMA002" not in codes, codes
    # the one error is that the plan is still a template
    assert [f.code for f in findings if f.severity == Severity.ERROR] == ["SMA007"], codes
    lines = text.splitlines()
    assert findings, "an unfilled starter plan is not a finished plan"
    for finding in findings:  # what is left to do is exactly what the TODO lines ask
        assert "TODO" in lines[finding.location.line - 1], (finding.code, finding.message)
    assert text.count("\n#") + text.count("  #") >= 10, "the plan explains itself"
    data = yaml.safe_load(text)
    assert data["timeline"]["start"] == dt.date(2027, 2, 1)
    assert data["business_goals"][0]["deadline"] == "2028-Q1"


def test_untouched_starter_plan_does_not_score_as_nearly_ready():
    from smaudit.engine.score import readiness
    from smaudit.report.readiness import BANDS

    score = readiness(lint(starter_plan(Answers(), today=TODAY)))
    nearly_ready = next(floor for floor, verdict, _ in BANDS if verdict == "Nearly ready")
    assert score.overall < 70 < nearly_ready, score
    # every area loses points: a template is unfinished everywhere, not in one section
    assert all(value < 90 for _, value in score.areas), score.areas


def test_filled_in_starter_plan_loses_the_template_finding():
    text = starter_plan(Answers(), today=TODAY)
    text = "\n".join(line for line in text.splitlines() if "TODO" not in line)
    assert "SMA007" not in [f.code for f in lint(text)]


def test_answers_that_look_like_yaml_stay_text():
    answers = Answers(organization='Bob\'s "Best": #1, {really}', industry="- list? no",
                      goal="Sell: more & better\u2028cakes", member="O'Neil: Jr.",
                      platform="x", hours=2.5)
    text = starter_plan(answers, today=TODAY)
    data = yaml.safe_load(text)
    assert data["organization"]["name"] == answers.organization
    assert data["organization"]["industry"] == answers.industry
    assert data["business_goals"][0]["statement"] == answers.goal
    assert data["team"][0] == {"name": "O'Neil: Jr.", "role": "social media lead",
                               "hours_per_week": 2.5, "responsibilities": ["social media"]}
    assert data["channels"][0]["owner"] == "O'Neil: Jr."
    codes = [f.code for f in lint(text)]
    assert "SMA001" not in codes and "SMA002" not in codes and "SMA003" not in codes, codes


def test_ask_reads_answers_and_keeps_defaults():
    replies = io.StringIO("Rosa's Bakery\n\nhuge\nsmall\nWin catering orders\nTwitter\n"
                          "Maria\nlots\n8\n")
    prompts = io.StringIO()
    answers = ask(replies, prompts)
    assert answers == Answers(organization="Rosa's Bakery", industry="local services",
                              size="small", goal="Win catering orders", platform="x",
                              member="Maria", hours=8)
    shown = prompts.getvalue()
    assert "Organization name [Example Organization]: " in shown
    assert "choose one of solo, small, medium, large, enterprise" in shown
    assert "a number of hours" in shown


def test_ask_stops_at_end_of_input():
    answers = ask(io.StringIO("Acme\n"), io.StringIO())
    assert answers == Answers(organization="Acme")


def test_goal_helpers():
    assert goal_id("Win 20 new customer inquiries a month") == "win-20-new-customer"
    assert goal_id("!!!") == "main-goal"
    assert goal_type("Win catering inquiries from offices") == "lead_generation"
    assert goal_type("Grow online sales of gift boxes") == "sales"
    assert goal_type("Bring customers back for a second visit") == "other"
    assert goal_type("Get regulars to come back monthly") == "retention"


def test_init_yes_writes_defaults_and_refuses_to_overwrite(tmp_path, capsys):
    target = tmp_path / "plan.yaml"
    assert main(["init", str(target), "--yes"]) == 0
    text = target.read_text(encoding="utf-8")
    assert 'name: "Example Organization"' in text
    err = capsys.readouterr().err
    assert "wrote" in err and "?" not in err
    target.write_text("mine", encoding="utf-8")
    assert main(["init", str(target), "--yes"]) == 2
    assert "already exists" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "mine"
    assert main(["init", str(target), "--yes", "--force"]) == 0
    assert target.read_text(encoding="utf-8") == text


def test_init_without_a_terminal_does_not_ask(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO("Should not be read\n"))
    monkeypatch.chdir(tmp_path)
    assert main(["init"]) == 0
    assert 'name: "Example Organization"' in (tmp_path / "plan.yaml").read_text("utf-8")
    assert "Organization name" not in capsys.readouterr().err


def test_init_asks_on_a_terminal(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", Terminal("Harbor Library\npublic library\nmedium\n"
                                               "Double sign-ups for reading clubs\nfacebook\n"
                                               "Kim\n6\n"))
    assert main(["init", str(tmp_path)]) == 0
    written = tmp_path / "plan.yaml"
    data = yaml.safe_load(written.read_text(encoding="utf-8"))
    assert data["organization"]["name"] == "Harbor Library"
    assert data["organization"]["size"] == "medium"
    assert data["channels"][0]["platform"] == "facebook"
    assert data["business_goals"][0]["type"] == "lead_generation"
    assert data["team"][0]["hours_per_week"] == 6
    assert "Organization name" in capsys.readouterr().err
    findings = Linter().lint_paths([str(written)]).results[0].findings
    assert not [f for f in findings if f.code in ("SMA001", "SMA002")]


def test_init_yes_on_a_terminal_does_not_ask(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", Terminal("Ignored\n"))
    assert main(["init", str(tmp_path / "p.yaml"), "-y"]) == 0
    assert "Organization name" not in capsys.readouterr().err


def test_init_into_a_missing_directory_fails_cleanly(tmp_path, capsys):
    assert main(["init", str(tmp_path / "nope" / "plan.yaml"), "--yes"]) == 2
    assert "no such directory" in capsys.readouterr().err


@pytest.mark.parametrize("path", ["examples/plans/rosas-bakery.yaml"])
def test_init_never_touches_existing_examples(path, capsys):
    root = Path(__file__).resolve().parents[1]
    target = root / path
    if not target.exists():
        pytest.skip("example not present")
    before = target.read_bytes()
    assert main(["init", str(target), "--yes"]) == 2
    assert target.read_bytes() == before
