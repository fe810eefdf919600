"""The plugin system: registration, blocking, entry points, and isolation of broken plugins."""

from __future__ import annotations

import json
import sys
import textwrap
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest

from smaudit.cli.main import main
from smaudit.linter.lint import Linter
from smaudit.loading.plugins import BUILTIN_PLUGINS, build
from smaudit.loading.registry import build_registry
from smaudit.loading.settings import Settings
from smaudit.model.errors import ConfigError

PLAN = "organization:\n  name: Acme\nchannels:\n  - platform: instagram\n"

CRASHING = '''
from smaudit.loading.hookspecs import hookimpl
from smaudit.model.findings import Violation
from smaudit.model.rule import rule

@rule(code="ZZZ101", slug="always-crashes", severity="warning", area="goals",
      summary="Crashes.")
def crashes(plan, options):
    """## What it finds\\nx\\n## Why it hurts\\nx\\n## Example\\nx\\n## Use instead\\nx"""
    raise ZeroDivisionError("boom")
    yield

@rule(code="ZZZ102", slug="returns-junk", severity="warning", area="goals", summary="Junk.")
def junk(plan, options):
    return ["not a violation"]

@rule(code="ZZZ103", slug="works", severity="warning", area="goals", summary="Works.")
def works(plan, options):
    yield Violation("organization found", pointer="/organization/name")

@hookimpl
def smaudit_register_rules(register):
    register(crashes)
    register(junk)
    register(works)
'''


@pytest.fixture
def plugin_dir(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    for name in [m for m in sys.modules if m.startswith("zzz_")]:
        del sys.modules[name]


def write_module(directory, name, source):
    (directory / f"{name}.py").write_text(textwrap.dedent(source))


def test_builtins_register_through_the_same_hooks():
    plugins = build(autoload=False)
    registry = build_registry(plugins)
    names = {entry.plugin for entry in registry.rules.values()}
    assert names <= set(BUILTIN_PLUGINS)
    assert {"SMA001", "SMA002", "SMA003"} <= set(registry.rules)
    assert {"text", "json"} <= set(registry.formats)


def test_blocking_a_builtin_plugin_by_short_name():
    registry = build_registry(build(blocked=["plan_file"], autoload=False))
    assert "SMA003" not in registry.rules


def test_autoload_can_be_turned_off(monkeypatch):
    monkeypatch.setenv("SMAUDIT_DISABLE_PLUGIN_AUTOLOAD", "1")
    plugins = build()
    assert all(name.startswith("smaudit.") for name, _ in plugins.manager.list_name_plugin())


def test_crashing_rule_is_a_run_error_not_a_finding(plugin_dir, tmp_path, capsys):
    write_module(plugin_dir, "zzz_crash", CRASHING)
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN)
    code = main([str(plan), "--plugin", "zzz_crash", "--format", "json",
                 "--select", "ZZZ,SMA003"])
    out, err = capsys.readouterr()
    assert code == 2
    assert "Traceback" not in err
    document = json.loads(out)
    assert [(f["code"], f["message"]) for f in document["files"][0]["findings"]] \
        == [("ZZZ103", "organization found")]
    assert main([str(plan), "--plugin", "zzz_crash", "--format", "json",
                 "--select", "ZZZ103,SMA003"]) == 1
    assert json.loads(capsys.readouterr().out)["files"][0]["score"] \
        == document["files"][0]["score"]  # the crashes do not count in the score
    crash = (f"{plan}: rule ZZZ101 (always-crashes) of plugin zzz_crash crashed: "
             "ZeroDivisionError: boom")
    assert crash in document["errors"]
    assert any("ZZZ102 (returns-junk)" in e and "yielded str, not a Violation" in e
               for e in document["errors"])
    assert f"smaudit: error: {crash}\n" in err


def test_crash_traceback_is_shown_under_debug(plugin_dir, tmp_path, capsys):
    write_module(plugin_dir, "zzz_crash", CRASHING)
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN)
    assert main([str(plan), "--plugin", "zzz_crash", "--select", "ZZZ101", "--debug"]) == 2
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err
    assert 'raise ZeroDivisionError("boom")' in err


def test_crash_cannot_be_waived(plugin_dir, tmp_path, capsys):
    write_module(plugin_dir, "zzz_crash", CRASHING)
    plan = tmp_path / "plan.yaml"
    plan.write_text("# smaudit: disable-file=ZZZ101\n" + PLAN)
    assert main([str(plan), "--plugin", "zzz_crash", "--select", "ZZZ101,SMA005"]) == 2
    captured = capsys.readouterr()
    assert "rule ZZZ101 (always-crashes) of plugin zzz_crash crashed" in captured.err
    # the waiver is not "unused": the rule it names could not look
    assert "SMA005" not in captured.out and "No findings in 1 file" in captured.out


def test_rule_tester_lets_the_exception_through(plugin_dir):
    write_module(plugin_dir, "zzz_crash", CRASHING)
    from smaudit.testing import RuleTester

    with pytest.raises(ZeroDivisionError, match="boom"):
        RuleTester("ZZZ101", plugins=["zzz_crash"]).findings(PLAN)


def test_plugin_that_fails_to_import_is_reported_and_skipped(plugin_dir, tmp_path, capsys):
    write_module(plugin_dir, "zzz_broken", "raise RuntimeError('missing licence key')\n")
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN)
    code = main([str(plan), "--plugin", "zzz_broken", "--select", "SMA003"])
    out, err = capsys.readouterr()
    assert code == 2
    assert "plugin zzz_broken failed to load: RuntimeError: missing licence key" in err
    assert "No findings in 1 file" in out  # the run itself completed


def test_duplicate_codes_are_a_configuration_error(plugin_dir):
    write_module(plugin_dir, "zzz_clash", '''
        from smaudit.loading.hookspecs import hookimpl
        from smaudit.rules.plan_file.duplicate import duplicate

        @hookimpl
        def smaudit_register_rules(register):
            register(duplicate)
    ''')
    with pytest.raises(ConfigError, match=r"duplicate\.py:\d+: plugin zzz_clash: rule SMA004 "
                                          r"\(duplicate\): code SMA004 is registered twice: by "
                                          r"smaudit\.builtin\.plan_file \(duplicate\) and by "
                                          r"zzz_clash$"):
        build_registry(build(extra=["zzz_clash"], autoload=False))


def test_plugin_can_adjust_nothing_and_still_load(plugin_dir):
    write_module(plugin_dir, "zzz_empty", "X = 1\n")
    plugins = build(extra=["zzz_empty"], autoload=False)
    assert plugins.manager.has_plugin("zzz_empty")


def acme_installed() -> bool:
    try:
        version("smaudit-acme")
    except PackageNotFoundError:
        return False
    return True


@pytest.mark.skipif(not acme_installed(), reason="examples/plugin is not installed")
def test_installed_example_plugin_is_listed_with_its_rules(capsys, with_installed_plugins):
    assert main(["plugins", "--format", "json"]) == 0
    rows = {row["name"]: row for row in json.loads(capsys.readouterr().out)["plugins"]}
    assert rows["acme"]["version"] == "1.0.0"
    assert rows["acme"]["rules"] == ["ACME101", "ACME201"]
    assert "smaudit_plan_schema" in rows["acme"]["hooks"]


@pytest.mark.skipif(not acme_installed(), reason="examples/plugin is not installed")
def test_installed_example_plugin_rules_fire_and_can_be_blocked(tmp_path, capsys,
                                                               with_installed_plugins):
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN + "    cadence: when we can\n")
    main([str(plan), "--format", "json", "--select", "ACME"])
    codes = [f["code"] for f in json.loads(capsys.readouterr().out)["files"][0]["findings"]]
    assert codes == ["ACME101", "ACME201"]
    main([str(plan), "--format", "json", "--select", "SMA003", "-p", "no:acme"])
    assert json.loads(capsys.readouterr().out)["files"][0]["findings"] == []


def test_linter_reports_plugin_names_on_findings(plugin_dir):
    write_module(plugin_dir, "zzz_ok", CRASHING)
    linter = Linter(Settings(plugins=("zzz_ok",), select=("ZZZ103",)))
    result = linter.lint_bytes(PLAN, "p.yaml").result
    assert [(f.code, f.plugin, f.location.line) for f in result.findings] == [
        ("ZZZ103", "zzz_ok", 2)]


ADJUSTING = '''
from smaudit.loading.hookspecs import hookimpl

@hookimpl
def smaudit_adjust_config(config):
    rules = dict(config["rules"])
    rules.setdefault("duplicate", "warning")
    rules.setdefault("dangling-reference", "off")
    return {**config, "rules": rules, "score_weights": {"warning": 1}}
'''

DUPLICATED = ("organization: {name: A}\nversion: 1\nversion: 1\n"
              "channels:\n  - {platform: x, owner: Nobody}\n")


def test_adjust_config_sets_defaults_under_the_users_choices(plugin_dir):
    write_module(plugin_dir, "zzz_policy", ADJUSTING)
    linter = Linter(Settings(plugins=("zzz_policy",), select=("SMA003", "SMA004")))
    result = linter.lint_bytes(DUPLICATED, "p.yaml").result
    assert [(f.code, f.severity.label) for f in result.findings] == [("SMA004", "warning")]
    assert result.score.areas[0] == ("goals", 99.0)  # the plugin's weight for a warning

    from smaudit.loading.settings import RuleSetting

    user = Settings(plugins=("zzz_policy",), select=("SMA003", "SMA004"),
                    rules={"SMA004": RuleSetting("info")})
    result = Linter(user).lint_bytes(DUPLICATED, "p.yaml").result
    assert [(f.code, f.severity.label) for f in result.findings] == [("SMA004", "info")]


TWICE = '''
from smaudit.loading.hookspecs import hookimpl
from smaudit.model.findings import Violation
from smaudit.model.rule import rule

@rule(code="ZZZ201", slug="says-it-twice", severity="warning", area="goals", summary="Twice.")
def twice(plan, options):
    yield Violation("same problem", pointer="/organization/name")
    yield Violation("same problem", pointer="/organization/name")

@hookimpl
def smaudit_register_rules(register):
    register(twice)
'''


def test_a_violation_reported_twice_is_one_finding_and_costs_once(plugin_dir):
    write_module(plugin_dir, "zzz_twice", TWICE)
    result = Linter(Settings(plugins=("zzz_twice",), select=("ZZZ201",))).lint_bytes(
        PLAN, "p.yaml").result
    assert [f.code for f in result.findings] == ["ZZZ201"]
    assert dict(result.score.areas)["goals"] == 90.0


def test_hookimpl_is_exported_and_is_the_hookspecs_marker():
    import smaudit
    from smaudit.loading.hookspecs import hookimpl

    assert smaudit.hookimpl is hookimpl
    assert "hookimpl" in smaudit.__all__


def test_hooks_taking_fewer_arguments_are_called_through_pluggy(plugin_dir):
    write_module(plugin_dir, "zzz_partial", '''
        from smaudit import hookimpl

        CALLS = []

        @hookimpl
        def smaudit_adjust_config():
            CALLS.append("adjust")
            return {"rules": {"no-channel-rationale": "off"}}

        @hookimpl
        def smaudit_register_formats():
            CALLS.append("formats")
    ''')
    linter = Linter(Settings(plugins=("zzz_partial",)))
    assert not linter.plugins.failures
    assert linter.run_settings.rules["no-channel-rationale"].severity == "off"
    assert "no-channel-rationale" not in linter.settings.rules  # the user's, as given
    assert "text" in linter.registry.formats
    assert sys.modules["zzz_partial"].CALLS == ["adjust", "formats"]


def test_adjust_config_that_raises_is_a_configuration_error_naming_the_plugin(plugin_dir):
    write_module(plugin_dir, "zzz_adjust", '''
        from smaudit import hookimpl

        @hookimpl
        def smaudit_adjust_config(config):
            raise KeyError("rules")
    ''')
    with pytest.raises(ConfigError, match=r"plugin zzz_adjust: smaudit_adjust_config raised "
                                          r"KeyError: 'rules'"):
        Linter(Settings(plugins=("zzz_adjust",))).plugins  # noqa: B018


def test_builtin_flag_is_recorded_at_registration_not_guessed_from_the_name(plugin_dir):
    write_module(plugin_dir, "zzz_named", '''
        from smaudit import hookimpl
        from smaudit.model.rule import rule

        @rule(code="ZZZ201", slug="zzz-named", severity="info", area="goals", summary="s")
        def named(plan, options):
            return []

        @hookimpl
        def smaudit_register_rules(register):
            register(named)
    ''')
    plugins = build(extra=["zzz_named"], autoload=False)
    plugins.manager.unregister(name="zzz_named")
    plugins.manager.register(sys.modules["zzz_named"], name="smaudit.zzz_named")
    registry = build_registry(plugins)
    entry = registry.rules["ZZZ201"]
    assert entry.plugin == "smaudit.zzz_named" and not entry.builtin
    assert registry.rules["SMA101"].builtin
    infos = {info.name: info.builtin for info in plugins.info()}
    assert infos["smaudit.zzz_named"] is False and infos["smaudit.builtin.goals"] is True


def define(**overrides):
    from smaudit.model.rule import rule

    doc = overrides.pop("doc", "## What it finds\nx\n## Why it hurts\nx\n## Example\nx\n"
                               "## Use instead\nx")
    spec = {"code": "ZZZ301", "slug": "defined", "severity": "warning", "area": "service",
            "summary": "s", **overrides}

    def check(plan, options):
        return []

    check.__doc__ = doc
    return rule(**spec)(check)


@pytest.mark.parametrize("overrides, error", [
    ({"severity": "warn"}, "rule ZZZ301 (defined): unknown severity 'warn': expected error, "
                           "warning or info (did you mean 'warning'?)"),
    ({"slug": "Defined_Rule"}, "rule ZZZ301 (Defined_Rule): slug 'Defined_Rule' is not "
                               "kebab-case, such as no-crisis-contact"),
    ({"code": "zzz31"}, "rule zzz31 (defined): code 'zzz31' is not an upper-case prefix and "
                        "three digits, such as ACME101"),
    ({"area": "servce"}, "rule ZZZ301 (defined): unknown area 'servce'; areas are goals, "
                         "channels, service, measurement, expectations, resources, tactics, "
                         "foundations, plan (did you mean 'service'?)"),
    ({"options": {"max_hours": {"type": "number"}}},
     "rule ZZZ301 (defined): option 'max_hours' has no default: every option needs one, so "
     "the rule runs without configuration"),
    ({"options": {"max_hours": {"type": "number", "default": "24"}}},
     "rule ZZZ301 (defined): option 'max_hours': default '24' is not of type number"),
    ({"options": {"max_hours": {"type": "integr", "default": 24}}},
     "rule ZZZ301 (defined): option 'max_hours': type 'integr' is not a JSON Schema type "
     "(types are string, integer, number, boolean, array, object, null); did you mean "
     "'integer'?"),
    ({"sources": "Acme playbook"}, "rule ZZZ301 (defined): sources must be a list of titles, "
                                   "not text: sources=('Acme playbook',)"),
    ({"docs_url": "zzz301.html"}, "rule ZZZ301 (defined): docs_url 'zzz301.html' is not an "
                                  "http:// or https:// address"),
    ({"doc": "## What it finds\nx\n## Why it hurst\nx\n"},
     "rule ZZZ301 (defined): docstring heading '## Why it hurst' is not one of '## What it "
     "finds', '## Why it hurts', '## Example', '## Use instead'; its section would be dropped "
     "(did you mean 'Why it hurts'?)"),
    ({"doc": "# Example\nx\n"},
     "rule ZZZ301 (defined): docstring heading '# Example' is not one of '## What it finds', "
     "'## Why it hurts', '## Example', '## Use instead'; its section would be dropped (did you "
     "mean 'Example'?)"),
])
def test_rule_definition_mistakes_name_the_rule(overrides, error):
    import os

    from smaudit.model.rule import RuleDefinitionError

    with pytest.raises(RuleDefinitionError) as caught:
        define(**overrides)
    lines = Path(__file__).read_text(encoding="utf-8").splitlines()
    line = lines.index("    def check(plan, options):") + 1  # where `define` makes the rule
    assert str(caught.value) == f"{os.path.relpath(__file__)}:{line}: {error}"


def test_a_rule_defined_wrongly_in_a_plugin_is_located_in_its_file(plugin_dir, tmp_path,
                                                                  monkeypatch, capsys):
    monkeypatch.chdir(plugin_dir)
    write_module(plugin_dir, "zzz_wrong_area", '''
        from smaudit import hookimpl
        from smaudit.model.rule import rule

        @rule(code="ZZZ501", slug="wrong-area", severity="info", area="servce", summary="s")
        def wrong(plan, options):
            return []
    ''')
    (plugin_dir / "plan.yaml").write_text(PLAN)
    assert main(["plan.yaml", "--plugin", "zzz_wrong_area", "--select", "SMA003"]) == 2
    assert capsys.readouterr().err == (
        "smaudit: error: plugin zzz_wrong_area failed to load: zzz_wrong_area.py:5: rule ZZZ501 "
        "(wrong-area): unknown area 'servce'; areas are goals, channels, service, measurement, "
        "expectations, resources, tactics, foundations, plan (did you mean 'service'?)\n")


def test_yaml_comments_inside_fences_are_not_headings_and_bare_examples_are_fenced():
    defined = define(doc="## Example\n```yaml\n# a comment\nchannels: []\n```\n"
                         "## Use instead\nchannels:\n  - platform: x\n")
    assert defined.docs.example == "```yaml\n# a comment\nchannels: []\n```"
    assert defined.docs.instead == "```yaml\nchannels:\n  - platform: x\n```"
    prose = define(doc="## Use instead\nName an owner for each channel.\n")
    assert prose.docs.instead == "Name an owner for each channel."


def test_reserved_prefix_and_docs_url_for_python_rules(plugin_dir, capsys, tmp_path):
    write_module(plugin_dir, "zzz_reserved", '''
        from smaudit import hookimpl
        from smaudit.model.rule import rule

        @rule(code="SMA990", slug="borrowed-prefix", severity="info", area="goals",
              summary="s")
        def borrowed(plan, options):
            return []

        @rule(code="ZZZ990", slug="own-page", severity="info", area="goals", summary="s",
              docs_url="https://example.org/zzz990")
        def own(plan, options):
            return []

        @hookimpl
        def smaudit_register_rules(register):
            register(own)
            register(borrowed)
    ''')
    with pytest.raises(ConfigError, match=r"zzz_reserved\.py:5: plugin zzz_reserved: rule SMA990 "
                                          r"\(borrowed-prefix\): the code prefix SMA is reserved"):
        build_registry(build(extra=["zzz_reserved"], autoload=False))
    assert main(["rules", "--plugin", "zzz_reserved", "--format", "json"]) == 2
    urls = {row["code"]: row["url"] for row in json.loads(capsys.readouterr().out)}
    assert urls["ZZZ990"] == "https://example.org/zzz990" and "SMA990" not in urls


def test_x_keys_are_allowed_inside_channels_goals_members_and_tactics():
    from smaudit.testing import RuleTester

    schema = RuleTester("SMA002")
    schema.assert_valid("""
        business_goals:
          - {id: leads, statement: Win catering orders, x-crm-campaign: Q3}
        channels:
          - platform: instagram
            x-backup_owner: Dana
        team:
          - {name: Dana, x-desk: Berlin}
        tactics:
          - {name: Tasting event, x-budget-code: EV-12}
    """)
    found = schema.assert_findings("""
        channels:
          - platform: instagram
            backup_owner: Dana
    """, [("SMA002", 3, 5)])
    assert "backup_owner" in found[0].message


def test_crash_is_absent_from_the_client_report(plugin_dir, tmp_path, capsys):
    write_module(plugin_dir, "zzz_crash", CRASHING)
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN)
    assert main(["report", str(plan), "--plugin", "zzz_crash", "--format", "markdown"]) == 2
    captured = capsys.readouterr()
    assert "ZZZ101" not in captured.out and "crashed" not in captured.out
    assert "ZZZ103" in captured.out  # the rule that worked is reported
    assert (f"smaudit: error: {plan}: rule ZZZ101 (always-crashes) of plugin zzz_crash "
            "crashed: ZeroDivisionError: boom\n") in captured.err


@pytest.mark.skipif(not acme_installed(), reason="examples/plugin is not installed")
def test_example_plugin_rule_links_its_own_page(capsys, with_installed_plugins):
    assert main(["rules", "--format", "json"]) == 0
    urls = {row["code"]: row["url"] for row in json.loads(capsys.readouterr().out)}
    assert urls["ACME101"] == "https://acme.example/smaudit/no-crisis-contact"
    assert urls["ACME201"] is None


def test_plan_schema_hook_returning_text_names_the_plugin(plugin_dir):
    write_module(plugin_dir, "zzz_schema", '''
        from smaudit import hookimpl

        @hookimpl
        def smaudit_plan_schema():
            return "x-zzz"
    ''')
    with pytest.raises(ConfigError, match=r"^plugin zzz_schema: smaudit_plan_schema returned "
                                          r"str, not a mapping of section names to schemas$"):
        build_registry(build(extra=["zzz_schema"], autoload=False))


def test_a_hook_that_raises_is_a_named_plugin_failure_and_the_run_goes_on(plugin_dir, tmp_path,
                                                                           capsys):
    write_module(plugin_dir, "zzz_hooks", '''
        from smaudit import hookimpl

        @hookimpl
        def smaudit_rule_packs():
            raise OSError("pack folder missing")

        @hookimpl
        def smaudit_register_formats(register):
            raise RuntimeError("no printer")
    ''')
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN)
    assert main([str(plan), "--plugin", "zzz_hooks", "--select", "SMA003"]) == 2
    captured = capsys.readouterr()
    assert "No findings in 1 file" in captured.out
    assert captured.err.splitlines() == [
        "smaudit: error: plugin zzz_hooks failed to load: smaudit_rule_packs raised OSError: "
        "pack folder missing",
        "smaudit: error: plugin zzz_hooks failed to load: smaudit_register_formats raised "
        "RuntimeError: no printer",
    ]


EDITED_RULE = '''
from smaudit.loading.hookspecs import hookimpl
from smaudit.model.findings import Violation
from smaudit.model.rule import rule

@rule(code="ZZZ401", slug="edited-rule", severity="warning", area="goals", summary="Edited.")
def edited(plan, options):
    """## What it finds\\nx\\n## Why it hurts\\nx\\n## Example\\nx\\n## Use instead\\nx"""
    yield Violation("MESSAGE", pointer="/organization/name")

@hookimpl
def smaudit_register_rules(register):
    register(edited)
'''


def test_editing_an_installed_plugin_invalidates_the_results_cache(plugin_dir, tmp_path,
                                                                  monkeypatch, capsys,
                                                                  with_installed_plugins):
    """An editable install keeps its version while its author edits it: the cache must
    not serve the old rule's findings (nor hide that the rule now crashes)."""
    from smaudit.loading import entrypoints

    package = plugin_dir / "zzz_edited"
    package.mkdir()
    (package / "__init__.py").write_text("")
    write_module(package, "plugin", EDITED_RULE.replace("MESSAGE", "first wording"))
    monkeypatch.setattr(entrypoints, "smaudit_entry_points", lambda: (
        entrypoints.EntryPoint("edited", "zzz_edited.plugin", "", "1.0"),))
    monkeypatch.setenv("SMAUDIT_CACHE_DIR", str(tmp_path / "cache"))
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN)
    argv = [str(plan), "--select", "ZZZ401", "-q"]
    assert main(argv) == 1
    assert "first wording" in capsys.readouterr().out
    for name in [m for m in sys.modules if m.startswith("zzz_edited")]:
        del sys.modules[name]
    write_module(package, "plugin", EDITED_RULE.replace("MESSAGE", "second wording"))
    assert main(argv) == 1
    assert "second wording" in capsys.readouterr().out
    for name in [m for m in sys.modules if m.startswith("zzz_edited")]:
        del sys.modules[name]
    write_module(package, "plugin", EDITED_RULE.replace('yield Violation', 'raise KeyError("x")'
                                                        '\n    yield Violation'))
    assert main(argv) == 2
    assert "rule ZZZ401 (edited-rule) of plugin edited crashed" in capsys.readouterr().err


@pytest.mark.parametrize("source, reason", [
    ('''
        from smaudit import hookimpl

        @hookimpl
        def smaudit_register_rule(register):
            pass
     ''', "smaudit_register_rule is not a smaudit hook (did you mean 'smaudit_register_rules'?); "
          "hooks are smaudit_adjust_config, smaudit_plan_schema, smaudit_register_formats, "
          "smaudit_register_rules, smaudit_rule_packs"),
    ('''
        from smaudit import hookimpl

        @hookimpl
        def smaudit_register_rules(register, extra):
            pass
     ''', "Plugin 'zzz_hooks' for hook 'smaudit_register_rules' hookimpl definition: "
          "smaudit_register_rules(register, extra) Argument(s) {'extra'} are declared in the "
          "hookimpl but can not be found in the hookspec"),
])
def test_a_hook_pluggy_refuses_is_a_one_line_plugin_failure(plugin_dir, tmp_path, capsys,
                                                            source, reason):
    write_module(plugin_dir, "zzz_hooks", source)
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN)
    assert main([str(plan), "--plugin", "zzz_hooks", "--select", "SMA003"]) == 2
    assert capsys.readouterr().err == f"smaudit: error: plugin zzz_hooks failed to load: {reason}\n"
    assert main(["plugins", "--plugin", "zzz_hooks"]) == 2
    assert f"zzz_hooks: FAILED TO LOAD: {reason}\n" in capsys.readouterr().out


@pytest.mark.parametrize("command", [["check"], ["report", "--format", "markdown"],
                                     ["plugins"]])
def test_a_plugin_that_fails_to_load_shows_its_traceback_under_debug(plugin_dir, tmp_path,
                                                                     capsys, command):
    write_module(plugin_dir, "zzz_broken", "raise RuntimeError('missing licence key')\n")
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN)
    argv = [*command, *([str(plan)] if command[0] != "plugins" else []), "--plugin",
            "zzz_broken"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert main([*argv, "--debug"]) == 2
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err
    assert "raise RuntimeError('missing licence key')" in err


def test_the_client_report_says_a_plugin_failed_to_load(plugin_dir, tmp_path, capsys):
    """Its rules are missing from the report, so the report cannot pass for complete."""
    write_module(plugin_dir, "zzz_broken", "raise RuntimeError('missing licence key')\n")
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN)
    assert main(["report", str(plan), "--plugin", "zzz_broken", "--format", "markdown"]) == 2
    assert capsys.readouterr().err == ("smaudit: error: plugin zzz_broken failed to load: "
                                       "RuntimeError: missing licence key\n")


def test_a_plugin_that_failed_to_load_fails_every_run_not_only_the_first(plugin_dir, tmp_path,
                                                                        monkeypatch, capsys):
    """Results computed without the broken plugin's rules are not cached, so the next
    run cannot answer from the cache without loading (and reporting) the plugin."""
    monkeypatch.setenv("SMAUDIT_CACHE_DIR", str(tmp_path / "cache"))
    write_module(plugin_dir, "zzz_broken", "raise RuntimeError('missing licence key')\n")
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN)
    for _ in range(2):
        assert main([str(plan), "--plugin", "zzz_broken", "--select", "SMA003"]) == 2
        assert "plugin zzz_broken failed to load" in capsys.readouterr().err


SECTION_PLUGIN = '''
from smaudit import hookimpl

@hookimpl
def smaudit_plan_schema():
    return {"x-zzz": {"type": "object", "additionalProperties": False,
                      "properties": {"crisis_line": {"type": "string"}}}}
'''

SECTION_PACK = """\
pack: zzz
rules:
  - code: ZZZ601
    slug: no-crisis-line
    severity: info
    area: service
    summary: No crisis line.
    select: SELECTOR
    condition: {empty: true}
    message: no crisis line
    docs: {what: a, why: b, example: 'channels: []', instead: 'channels: []'}
"""


def test_a_pack_selector_is_checked_inside_a_section_a_plugin_declared(plugin_dir, tmp_path,
                                                                      capsys):
    """The plugin's schema says which keys its section has, so a typo there is caught
    at load like one in a core section, not left to select nothing."""
    write_module(plugin_dir, "zzz_section", SECTION_PLUGIN)
    pack = tmp_path / "zzz.yaml"
    pack.write_text(SECTION_PACK.replace("SELECTOR", "x-zzz.crisis_lin"))
    assert main(["test-rules", str(pack), "--plugin", "zzz_section"]) == 2
    assert capsys.readouterr().err == (
        f"smaudit: error: {pack}:8: rule ZZZ601: selector 'x-zzz.crisis_lin': 'crisis_lin' is "
        "not a key at 'x-zzz'; did you mean 'crisis_line'?\n")
    pack.write_text(SECTION_PACK.replace("SELECTOR", "x-zzz.crisis_line"))
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN)
    assert main([str(plan), "--plugin", "zzz_section", "--rules-pack", str(pack),
                 "--select", "ZZZ601", "-q"]) == 0  # info: below --fail-on
    assert capsys.readouterr().out == f"{plan}:1:1: info ZZZ601 no-crisis-line no crisis line\n"


def test_rule_tester_names_a_misspelled_rule_and_a_broken_plugin_in_one_line(plugin_dir):
    from smaudit.testing import RuleTester

    with pytest.raises(AssertionError, match=r"^no such rule\(s\): no-busines-goal \(did you "
                                             r"mean 'no-business-goal'\?\)$"):
        RuleTester("no-busines-goal")
    write_module(plugin_dir, "zzz_broken", "raise RuntimeError('missing licence key')\n")
    with pytest.raises(AssertionError) as caught:
        RuleTester("no-business-goal", plugins=["zzz_broken"])
    assert str(caught.value) == ("plugins failed to load: zzz_broken: RuntimeError: missing "
                                 "licence key")


@pytest.mark.parametrize("body, error", [
    ("return 42", "check() returned int, not violations (yield each Violation, or return a "
                  "list)"),
    ("return 'not a list'", "check() returned str, not violations (yield each Violation, or "
                            "return a list)"),
    ("yield Violation('m', pointer=5)", "Violation pointer must be text, not int"),
])
def test_a_rule_returning_junk_is_told_what_a_check_returns(plugin_dir, body, error):
    module = f"zzz_junk_{abs(hash(body))}"  # RuleTester keeps a linter per plugin list
    write_module(plugin_dir, module, f'''
        from smaudit import hookimpl
        from smaudit.model.findings import Violation
        from smaudit.model.rule import rule

        @rule(code="ZZZ701", slug="junk", severity="info", area="goals", summary="s")
        def junk(plan, options):
            {body}

        @hookimpl
        def smaudit_register_rules(register):
            register(junk)
    ''')
    from smaudit.testing import RuleTester

    with pytest.raises(TypeError) as caught:
        RuleTester("ZZZ701", plugins=[module]).findings(PLAN)
    assert str(caught.value) == error


def test_registering_something_that_is_not_a_rule_names_what_it_was(plugin_dir):
    write_module(plugin_dir, "zzz_notrule", '''
        from smaudit import hookimpl

        @hookimpl
        def smaudit_register_rules(register):
            register("no-crisis-line")
    ''')
    with pytest.raises(ConfigError) as caught:
        build_registry(build(extra=["zzz_notrule"], autoload=False))
    assert str(caught.value) == ("plugin zzz_notrule: register() was given str "
                                 "'no-crisis-line', not a rule (a function under @rule)")


def test_a_plugins_own_pack_named_again_on_the_command_line_loads_once(plugin_dir, tmp_path,
                                                                       capsys):
    pack = tmp_path / "zzz.yaml"
    pack.write_text(SECTION_PACK.replace("SELECTOR", "x-zzz.crisis_line"))
    write_module(plugin_dir, "zzz_ships_pack", SECTION_PLUGIN + f'''

@hookimpl
def smaudit_rule_packs():
    return [{str(pack)!r}]
''')
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN)
    assert main([str(plan), "--plugin", "zzz_ships_pack", "--rules-pack", str(pack),
                 "--select", "ZZZ601", "--format", "json"]) == 0
    findings = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    assert [(f["code"], f["plugin"]) for f in findings] == [("ZZZ601", "zzz_ships_pack")]


@pytest.mark.parametrize("returned, error", [
    ('{"rule": {"no-channel-rationale": "off"}}',
     "plugin zzz_house: smaudit_adjust_config returned the key 'rule' (did you mean 'rules'?); "
     "a plugin may adjust rules and score_weights"),
    ('{"rules": {"no-channel-rationle": "off"}}',
     "plugin zzz_house (smaudit_adjust_config): rules: unknown rule 'no-channel-rationle' (a "
     "code or slug; `smaudit rules` lists them); did you mean 'no-channel-rationale'?"),
    ('{"rules": {"slow-response": {"max_hours": "soon"}}}',
     "plugin zzz_house (smaudit_adjust_config): rules.slow-response: rule SMA303 "
     "(slow-response): unknown key `max_hours`. Keys allowed here: max_response_time."),
])
def test_a_house_default_that_cannot_apply_names_the_plugin(plugin_dir, tmp_path, capsys,
                                                            returned, error):
    write_module(plugin_dir, "zzz_house", f'''
        from smaudit import hookimpl

        @hookimpl
        def smaudit_adjust_config(config):
            return {returned}
    ''')
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN)
    assert main([str(plan), "--plugin", "zzz_house"]) == 2
    assert capsys.readouterr().err.startswith(f"smaudit: error: {error}")


@pytest.mark.parametrize("sections, error", [
    ('{"channels": {"type": "array"}}',
     "plugin zzz_sections: smaudit_plan_schema declares 'channels', a section of the plan "
     "format itself; name a section of your own (x-zzz_sections) or use `x-` keys inside "
     "'channels'"),
    ('{"x-zzz": {"type": "object", "properties": {"line": {"type": "strng"}}}}',
     "plugin zzz_sections: smaudit_plan_schema: x-zzz.line: type 'strng' is not a JSON Schema "
     "type; did you mean 'string'?"),
    ('{"x-zzz": {"type": "object", "properties": {"on": {"$ref": "#/$defs/platfrom"}}}}',
     "plugin zzz_sections: smaudit_plan_schema: x-zzz.on: $ref '#/$defs/platfrom' names no "
     "definition of the plan schema; did you mean '#/$defs/platform'?"),
])
def test_a_broken_plan_section_is_the_plugins_error_not_a_schema_rule_crash(
        plugin_dir, tmp_path, capsys, sections, error):
    write_module(plugin_dir, "zzz_sections", f'''
        from smaudit import hookimpl

        @hookimpl
        def smaudit_plan_schema():
            return {sections}
    ''')
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN + "x-zzz: {line: '555', on: instagram}\n")
    assert main([str(plan), "--plugin", "zzz_sections"]) == 2
    assert capsys.readouterr().err == f"smaudit: error: {error}\n"
    assert main(["plugins", "--plugin", "zzz_sections"]) == 2  # still lists everything
    captured = capsys.readouterr()
    assert captured.err == f"smaudit: error: {error}\n" and "zzz_sections" in captured.out


def test_a_section_may_name_a_property_type_and_refer_to_the_plans_definitions():
    from smaudit.model.schema import plan_schema, section_problem

    section = {"type": "object", "properties": {"type": {"type": "string"},
                                                "on": {"$ref": "#/$defs/platform"}}}
    assert section_problem("x-zzz", section, plan_schema()) is None


@pytest.mark.parametrize("command", [["rules"], ["explain", "SMA101"], ["schema"],
                                     ["test-rules", str(Path(__file__).parents[1] / "examples"
                                                        / "rules" / "house-style.yaml")]])
def test_listing_commands_say_a_plugin_failed_to_load(plugin_dir, capsys, command):
    """Its rules (or sections) are missing from what they show, so they exit 2."""
    write_module(plugin_dir, "zzz_broken", "raise RuntimeError('missing licence key')\n")
    assert main([*command, "--plugin", "zzz_broken"]) == 2
    captured = capsys.readouterr()
    assert captured.err == ("smaudit: error: plugin zzz_broken failed to load: RuntimeError: "
                            "missing licence key\n")
    assert captured.out  # the rest is still shown


def test_a_plugin_module_not_on_the_path_says_how_to_put_it_there(tmp_path, capsys):
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN)
    assert main([str(plan), "--plugin", "zzz_nowhere", "--select", "SMA003"]) == 2
    assert capsys.readouterr().err == (
        "smaudit: error: plugin zzz_nowhere failed to load: no module named 'zzz_nowhere' on "
        "the Python path (for a module in this folder, run with PYTHONPATH=.; or install its "
        "package)\n")


CSV_FORMAT = '''
from smaudit import hookimpl

class Csv:
    name = "csv"
    description = "one line per finding, comma-separated"

    def render(self, results):
        return "".join(f"{r.path},{f.code}\\n" for r in results.results for f in r.active)

@hookimpl
def smaudit_register_formats(register):
    register(Csv())
'''


def test_every_format_comes_from_the_format_hook(plugin_dir, tmp_path, capsys):
    write_module(plugin_dir, "zzz_csv", CSV_FORMAT)
    linter = Linter(Settings(plugins=("zzz_csv",)))
    builtin = linter.format_registry("sarif")
    assert builtin.format_plugins["sarif"] == "smaudit.formats.builtin"
    assert "csv" not in builtin.formats  # a built-in name asks the built-in plugins only
    assert linter._plugins is None
    everything = linter.format_registry("csv")
    assert everything.format_plugins["csv"] == "zzz_csv"
    assert sorted(everything.formats) == [
        "csv", "github", "gitlab", "json", "junit", "markdown", "sarif", "text"]
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN)
    assert main([str(plan), "--no-cache", "--plugin", "zzz_csv", "--format", "csv",
                 "--select", "SMA003"]) == 0
    assert capsys.readouterr().out == ""


def test_a_blocked_format_plugin_gives_no_format(tmp_path, capsys):
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN)
    assert main([str(plan), "--no-cache", "-p", "no:builtin", "--format", "json"]) == 2
    err = capsys.readouterr().err
    assert err == ("smaudit: error: unknown format 'json'; no plugin registers an output "
                   "format\n")
