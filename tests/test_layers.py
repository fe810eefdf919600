"""The shape of the code: values that stay put, and a command line parsed once."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from smaudit.cli.invocation import Invocation
from smaudit.cli.main import SUBCOMMANDS, build_parser
from smaudit.linter.lint import Linter
from smaudit.loading.loader import load
from smaudit.loading.settings import Settings
from smaudit.model.plan import NO_RUN

PLAN = "organization:\n  name: Acme\nchannels:\n  - platform: instagram\n"


def test_a_loaded_plan_is_frozen_and_carries_no_run_data_of_its_own():
    plan = load(PLAN, "plan.yaml").plan
    with pytest.raises(dataclasses.FrozenInstanceError):
        plan.data = {}  # type: ignore[misc]
    assert plan.run is NO_RUN
    assert plan.schema_sections == {}


def test_the_linter_hands_each_plan_the_run_context_with_the_plugins_sections(
        tmp_path, monkeypatch):
    (tmp_path / "zzz_section.py").write_text(textwrap.dedent('''
        from smaudit import hookimpl
        from smaudit.model.findings import Violation
        from smaudit.model.rule import rule

        SEEN = []

        @rule(code="ZZZ301", slug="sees-sections", severity="info", area="goals",
              summary="Sees the run's sections.")
        def sees(plan, options):
            """## What it finds\\nx\\n## Why it hurts\\nx\\n## Example\\nx\\n## Use instead\\nx"""
            SEEN.append(dict(plan.schema_sections))
            return ()

        @hookimpl
        def smaudit_plan_schema():
            return {"x-zzz": {"type": "object"}}

        @hookimpl
        def smaudit_register_rules(register):
            register(sees)
    '''), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    linter = Linter(Settings(plugins=("zzz_section",), select=("ZZZ301",)))
    linter.lint_bytes(PLAN, "one.yaml")
    linter.lint_bytes(PLAN, "two.yaml")
    import zzz_section

    assert zzz_section.SEEN == [{"x-zzz": {"type": "object"}}] * 2
    assert linter.context.schema_sections == {"x-zzz": {"type": "object"}}


def test_a_rule_that_assigns_plan_data_crashes_and_the_next_rule_sees_the_plan(
        tmp_path, monkeypatch):
    (tmp_path / "zzz_assigns.py").write_text(textwrap.dedent('''
        from smaudit import hookimpl
        from smaudit.model.findings import Violation
        from smaudit.model.rule import rule

        @rule(code="ZZZ311", slug="assigns-data", severity="info", area="goals",
              summary="Assigns plan.data.")
        def assigns(plan, options):
            """## What it finds\\nx\\n## Why it hurts\\nx\\n## Example\\nx\\n## Use instead\\nx"""
            plan.data = {}
            return ()

        @rule(code="ZZZ312", slug="reads-data", severity="info", area="goals",
              summary="Reads the organization.")
        def reads(plan, options):
            """## What it finds\\nx\\n## Why it hurts\\nx\\n## Example\\nx\\n## Use instead\\nx"""
            yield Violation(plan.data["organization"]["name"], pointer="/organization/name")

        @hookimpl
        def smaudit_register_rules(register):
            register(assigns)
            register(reads)
    '''), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    linter = Linter(Settings(plugins=("zzz_assigns",), select=("ZZZ3",)))
    outcome = linter.lint_bytes(PLAN, "plan.yaml")
    (crash,) = outcome.crashes
    assert crash.code == "ZZZ311" and "FrozenInstanceError" in crash.describe()
    assert [(f.code, f.message) for f in outcome.result.findings] == [("ZZZ312", "Acme")]


def test_the_invocation_is_frozen_and_reads_the_config_once(tmp_path, monkeypatch):
    (tmp_path / ".smaudit.yaml").write_text("rules:\n  no-strategy: off\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    args = build_parser("check").parse_args(["check", "plan.yaml", "--ignore", "SMA101"])
    invocation = Invocation.from_args(args)
    assert invocation.paths == ("plan.yaml",)
    with pytest.raises(dataclasses.FrozenInstanceError):
        invocation.command = "rules"  # type: ignore[misc]
    with pytest.raises(TypeError):
        invocation.options["paths"] = ()  # type: ignore[index]
    calls = []
    import smaudit.loading.config

    real = smaudit.loading.config.load_settings
    monkeypatch.setattr(smaudit.loading.config, "load_settings",
                        lambda *a: calls.append(a) or real(*a))
    first, second = invocation.settings, invocation.settings
    assert first is second and len(calls) == 1
    assert first.ignore == ("SMA101",)
    assert first.rules["no-strategy"].severity == "off"


def test_every_subcommand_registers_its_parser_and_a_handler():
    parser = build_parser()
    for command in SUBCOMMANDS:
        required = {"test-rules": ["p.yaml"], "report": ["p.yaml"],
                    "new-rule": ["ACME101", "x-y"], "explain": ["SMA101"]}
        args = parser.parse_args([command.name, *required.get(command.name, [])])
        assert args.command == command.name
        assert callable(args.handler), command.name


ROOT = Path(__file__).resolve().parent.parent


def test_the_import_contract_holds_layers_point_down_and_nothing_imports_in_a_cycle():
    """``.importlinter`` states the layers (command line, formats and report, linter,
    loading/rules/engine, model) and forbids cycles; ``lint-imports`` checks both.
    A new module must be given a layer there: the contract is exhaustive."""
    done = subprocess.run([str(Path(sys.executable).with_name("lint-imports")), "--no-cache"],
                          cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 kept, 0 broken" in done.stdout


def test_the_architecture_guide_names_every_module_of_the_contract_in_its_layer():
    import configparser

    contract = configparser.ConfigParser()
    contract.read(ROOT / ".importlinter", encoding="utf-8")
    layers = [line for line in contract["importlinter:contract:layers"]["layers"].splitlines()
              if line.strip()]
    guide = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    rows = [line for line in guide.splitlines() if line.startswith("| ")][1:]  # no header
    assert len(rows) == len(layers)
    for row, layer in zip(rows, layers, strict=True):
        for module in re.split(r"[:|]", layer):
            name = module.strip()
            assert f"`{name}`" in row or f"`{name}/`" in row, f"{name} is not in the row {row}"


@pytest.mark.parametrize("argv", [["rules"], ["explain", "SMA101"], ["plugins"], ["schema"],
                                  ["check", "--format", "help"]])
def test_every_command_returns_an_exit_code_from_its_one_home(argv, capsys):
    from smaudit.cli.exitcodes import ExitCode
    from smaudit.cli.main import main

    code = main(argv)
    assert type(code) is ExitCode and code is ExitCode.OK, capsys.readouterr().err
