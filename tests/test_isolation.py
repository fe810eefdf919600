"""Plugin isolation: a rule or formatter that raises, returns junk or loops is reported by
name, and the rest of the run completes."""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

import pytest

from smaudit.cli import commands
from smaudit.cli.main import main
from smaudit.linter.lint import Linter
from smaudit.loading.settings import Settings

HEALTHY = Path(__file__).parent / "data" / "healthy_example.yaml"

PLUGIN = '''
from smaudit.loading.hookspecs import hookimpl
from smaudit.model.rule import rule

@rule(code="LOOP101", slug="loops-forever", severity="warning", area="goals", summary="Loops.")
def loops(plan, options):
    while True:
        pass

class Raises:
    name = "raises"
    description = "Raises."
    def render(self, report):
        raise RuntimeError("printer on fire")

class Junk:
    name = "junk"
    description = "Returns a number."
    def render(self, report):
        return 42

class Slow:
    name = "slow"
    description = "Loops."
    def render(self, report):
        while True:
            pass

@hookimpl
def smaudit_register_rules(register):
    register(loops)

@hookimpl
def smaudit_register_formats(register):
    register(Raises())
    register(Junk())
    register(Slow())
'''


@pytest.fixture
def plugin(tmp_path, monkeypatch):
    (tmp_path / "zzz_isolation.py").write_text(textwrap.dedent(PLUGIN))
    monkeypatch.syspath_prepend(str(tmp_path))
    yield "zzz_isolation"
    sys.modules.pop("zzz_isolation", None)


def test_looping_rule_is_stopped_and_named(plugin):
    linter = Linter(Settings(plugins=(plugin,), select=("LOOP101", "SMA003"), rule_timeout=0.2))
    plan = "channels:\n  - {platform: x, owner: Nobody}\nteam: [{name: Ann}]\n"
    outcome = linter.lint_bytes(plan, "p.yaml")
    codes = [f.code for f in outcome.result.findings]
    assert "LOOP101" not in codes and "SMA003" in codes  # the other rules still ran
    assert [c.describe() for c in outcome.crashes] == [
        "p.yaml: rule LOOP101 (loops-forever) of plugin zzz_isolation crashed: "
        "RuleTimeout: took longer than 0.2 s on this file"]


@pytest.mark.parametrize("fmt, error", [
    ("raises", "output format 'raises' of plugin zzz_isolation failed: RuntimeError: printer "
               "on fire"),
    ("junk", "output format 'junk' of plugin zzz_isolation failed: TypeError: render() "
             "returned int, not text"),
    ("slow", "output format 'slow' of plugin zzz_isolation failed: RuleTimeout: took longer "
             "than 0.3 s on this file"),
])
def test_broken_formatter_is_named_with_exit_two(plugin, capsys, monkeypatch, fmt, error):
    monkeypatch.setattr(commands, "FORMAT_TIMEOUT", 0.3)
    code = main([str(HEALTHY), "--plugin", plugin, "--select", "SMA0", "--format", fmt])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.err == f"smaudit: error: {error}\n"
    assert captured.out == ""


def test_working_formats_still_work_with_the_broken_plugin_loaded(plugin, capsys):
    code = main([str(HEALTHY), "--plugin", plugin, "--select", "SMA0", "--format", "json"])
    assert code == 0
    assert json.loads(capsys.readouterr().out)["files"][0]["findings"] == []
