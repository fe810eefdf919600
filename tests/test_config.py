"""Configuration: discovery, merging, extends, per_file, CLI overrides, and mistakes
answered with exit 2 and a message naming the file and line."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from smaudit.cli.main import main
from smaudit.loading.config import find_config, load_settings, settings_from_mapping
from smaudit.loading.settings import OFF, RuleSetting
from smaudit.model.data_files import schema_path
from smaudit.model.errors import ConfigError
from smaudit.model.findings import Severity

# SMA003 at 9:13 (goal 'lead'), SMA004 at 10:15 (second instagram channel),
# TST101 (the test pack's short strategy) at 6:11.
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

PACK = """\
pack: test-pack
rules:
  - code: TST101
    slug: short-strategy
    severity: info
    area: goals
    summary: The strategy is shorter than min_length characters.
    select: strategy
    condition:
      length: {op: "<", option: min_length}
    options:
      min_length: {type: integer, minimum: 1, default: 5, description: Fewest characters.}
    message: the strategy is shorter than {options[min_length]} characters
    docs:
      what: A short strategy.
      why: A slogan is not a strategy.
      example: "strategy: Go."
      instead: "strategy: Show the cakes where office managers plan events."
"""

STABLE = "select: [SMA002, SMA003, SMA004, SMA005, TST101]\nrules_packs: [packs/test.yaml]\n"
"""Config lines that keep these tests to rules whose behaviour is fixed."""


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


@pytest.fixture()
def repo(tmp_path, monkeypatch):
    """A plan repository: two plans, a drafts folder, a rule pack; cwd is its root."""
    write(tmp_path, {"plans/plan.yaml": PLAN, "drafts/draft.yaml": PLAN,
                     "packs/test.yaml": PACK})
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--no-cache"]) if args[:1] != ("rules",) else main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def findings(out: str) -> dict[str, list[tuple[str, str, int, int]]]:
    """path -> [(code, severity, line, column)] of the findings that count."""
    return {file["path"]: [(f["code"], f["severity"], f["line"], f["column"])
                           for f in file["findings"] if f["suppressed"] is None]
            for file in json.loads(out)["files"]}


def check_json(capsys, *args: str) -> tuple[int, dict[str, list[tuple[str, str, int, int]]]]:
    code, out, err = run(capsys, *args, "--format", "json")
    assert code in (0, 1), err
    return code, findings(out)


# --------------------------------------------------------------------------- behaviour


def test_without_config_defaults_apply(repo, capsys):
    code, found = check_json(capsys, "plans/plan.yaml", "--select", "SMA003,SMA004",
                             "--rules-pack", "packs/test.yaml")
    assert code == 1
    assert found == {"plans/plan.yaml": [("SMA003", "error", 9, 13),
                                         ("SMA004", "error", 10, 15)]}


def test_config_turns_rules_off_changes_severities_and_options_and_excludes(repo, capsys):
    write(repo, {".smaudit.yaml": STABLE + textwrap.dedent("""\
        rules:
          duplicate: off
          SMA003: warning
          short-strategy: {severity: error, min_length: 20}
        exclude: [drafts]
        """)})
    code, found = check_json(capsys, ".")
    assert code == 1
    assert found == {"plans/plan.yaml": [("TST101", "error", 6, 11),
                                         ("SMA003", "warning", 9, 13)]}


def test_option_below_the_value_keeps_the_rule_quiet(repo, capsys):
    write(repo, {".smaudit.yaml": STABLE + "rules: {TST101: {min_length: 3}, SMA004: info}\n"})
    code, found = check_json(capsys, "plans/plan.yaml")
    assert code == 1
    assert found["plans/plan.yaml"] == [("SMA003", "error", 9, 13), ("SMA004", "info", 10, 15)]


def test_fail_on_from_config(repo, capsys):
    write(repo, {".smaudit.yaml": STABLE + "fail_on: error\nrules: {SMA003: warning, "
                 "SMA004: 'off'}\n"})
    code, found = check_json(capsys, "plans/plan.yaml")
    assert code == 0
    assert [f[0] for f in found["plans/plan.yaml"]] == ["SMA003"]


def test_exclude_glob_with_a_folder_path(repo, capsys):
    write(repo, {".smaudit.yaml": STABLE + "exclude: ['drafts/*.yaml']\n"})
    _, found = check_json(capsys, ".")
    assert list(found) == ["plans/plan.yaml"]


def test_extends_merges_bases_in_order_and_the_file_wins(repo, capsys):
    write(repo, {
        "config/base.yaml": "rules: {SMA003: info, SMA004: 'off'}\nexclude: [drafts]\n",
        "config/strict.yaml": "rules: {SMA003: error}\nfail_on: info\n",
        ".smaudit.yaml": STABLE + "extends: [config/base.yaml, config/strict.yaml]\n"
                         "rules: {TST101: 'off'}\n",
    })
    settings = load_settings(None, str(repo))
    assert settings.rules["SMA003"] == RuleSetting(Severity.ERROR)
    assert settings.rules["SMA004"] == RuleSetting(OFF)
    assert settings.fail_on == Severity.INFO
    code, found = check_json(capsys, ".")
    assert code == 1
    assert found == {"plans/plan.yaml": [("SMA003", "error", 9, 13)]}


def test_extends_merges_rule_options(repo):
    write(repo, {
        "base.yaml": "rules: {TST101: {severity: warning, min_length: 30}}\n",
        ".smaudit.yaml": "extends: base.yaml\nrules: {TST101: {min_length: 8}}\n",
    })
    settings = load_settings(None, str(repo))
    assert settings.rules["TST101"] == RuleSetting(Severity.WARNING, {"min_length": 8})


def test_extends_a_rule_pack_adds_it(repo, capsys):
    write(repo, {".smaudit.yaml": "extends: packs/test.yaml\nselect: [TST101]\n"
                                  "rules: {TST101: {min_length: 20}}\n"})
    settings = load_settings(None, str(repo))
    assert settings.rules_packs == (str(repo / "packs" / "test.yaml"),)
    _, found = check_json(capsys, "plans/plan.yaml")
    assert found["plans/plan.yaml"] == [("TST101", "info", 6, 11)]


def test_per_file_overrides_apply_only_to_matching_files(repo, capsys):
    write(repo, {
        "legacy/old.yaml": PLAN,
        ".smaudit.yaml": STABLE + textwrap.dedent("""\
            per_file:
              "legacy/*.yaml": {SMA003: 'off', duplicate: warning}
              "*.yaml": {TST101: 'off'}
            """),
    })
    _, found = check_json(capsys, "plans/plan.yaml", "legacy/old.yaml")
    assert found == {
        "legacy/old.yaml": [("SMA004", "warning", 10, 15)],
        "plans/plan.yaml": [("SMA003", "error", 9, 13), ("SMA004", "error", 10, 15)],
    }


def test_per_file_globs_are_relative_to_the_config_directory(repo, capsys, monkeypatch):
    write(repo, {".smaudit.yaml": STABLE + "per_file: {'plans/*.yaml': {SMA003: 'off'}}\n"})
    monkeypatch.chdir(repo / "plans")
    _, found = check_json(capsys, "plan.yaml")
    assert [f[0] for f in found["plans/plan.yaml"]] == ["SMA004"]  # relative to the config


def test_discovery_walks_up_and_prefers_dot_smaudit(repo, monkeypatch):
    write(repo, {"smaudit.yaml": "fail_on: info\n", ".smaudit.yaml": "fail_on: error\n"})
    (repo / "plans" / "deep").mkdir()
    assert find_config(str(repo / "plans" / "deep")) == str(repo / ".smaudit.yaml")
    assert load_settings(None, str(repo / "plans" / "deep")).fail_on == Severity.ERROR


@pytest.mark.parametrize(("text", "found"), [
    ('[tool.smaudit]\nfail_on = "never"\n', True),
    ('[tool."smaudit".rules]\nSMA003 = "off"\n', True),
    ('[tool]\nsmaudit.fail_on = "never"\n', True),
    ('[tool]\nsmaudit = { fail_on = "never" }\n', True),
    ('tool.smaudit.fail_on = "never"\n', True),
    ('tool = { smaudit = { fail_on = "never" } }\n', True),
    ('[project]\nname = "smaudit"\ndependencies = ["smaudit>=0.1"]\n', False),
    ('[project]\nname = "plans"\n\n[tool.ruff]\nexclude = ["smaudit"]\n', False),
])
def test_pyproject_is_read_only_when_it_can_configure_smaudit(tmp_path, text, found):
    """A project that merely depends on smaudit (or is smaudit) is not parsed as config."""
    (tmp_path / "pyproject.toml").write_text(text)
    expected = str(tmp_path / "pyproject.toml") if found else None
    assert find_config(str(tmp_path)) == expected


def test_pyproject_tool_section_is_found_and_others_skipped(tmp_path):
    write(tmp_path, {
        "pyproject.toml": '[tool.smaudit]\nfail_on = "never"\n\n[tool.smaudit.rules]\n'
                          'SMA003 = "off"\n',
        "sub/pyproject.toml": '[project]\nname = "unrelated"\n',
    })
    assert find_config(str(tmp_path / "sub")) == str(tmp_path / "pyproject.toml")
    settings = load_settings(None, str(tmp_path / "sub"))
    assert settings.fail_on is None
    assert settings.rules == {"SMA003": RuleSetting(OFF)}


def test_explicit_config_wins_over_discovery(repo, capsys):
    write(repo, {".smaudit.yaml": STABLE + "rules: {SMA003: 'off'}\n",
                 "other.yaml": STABLE + "rules: {SMA004: 'off'}\n"})
    _, found = check_json(capsys, "plans/plan.yaml", "--config", "other.yaml")
    assert [f[0] for f in found["plans/plan.yaml"]] == ["SMA003"]


def test_empty_config_is_defaults(repo):
    write(repo, {".smaudit.yaml": "# nothing yet\n"})
    settings = load_settings(None, str(repo))
    assert settings.rules == {} and settings.fail_on == Severity.WARNING


def test_limits_from_config(repo):
    write(repo, {".smaudit.yaml": "limits: {max_depth: 10}\n"})
    limits = load_settings(None, str(repo)).limits
    assert (limits.max_bytes, limits.max_depth) == (2 * 1024 * 1024, 10)


def test_settings_from_mapping_validates_without_a_file():
    settings = settings_from_mapping({"rules": {"SMA003": "info"}, "select": "SMA003, SMA004"},
                                     None)
    assert settings.select == ("SMA003", "SMA004")
    assert settings.rules == {"SMA003": RuleSetting(Severity.INFO)}
    with pytest.raises(ConfigError, match=r"unknown key `rulez`; did you mean `rules`\? Keys"):
        settings_from_mapping({"rulez": {}}, None)


# --------------------------------------------------------------------------- CLI vs config


def test_cli_extend_select_adds_to_config_select(repo, capsys):
    write(repo, {".smaudit.yaml": "select: [SMA003]\n"})
    _, found = check_json(capsys, "plans/plan.yaml", "--extend-select", "duplicate")
    assert [f[0] for f in found["plans/plan.yaml"]] == ["SMA003", "SMA004"]


def test_cli_select_replaces_config_select(repo, capsys):
    write(repo, {".smaudit.yaml": "select: [SMA003]\n"})
    _, found = check_json(capsys, "plans/plan.yaml", "--select", "SMA004")
    assert [f[0] for f in found["plans/plan.yaml"]] == ["SMA004"]


def test_config_ignore_still_applies_to_cli_select(repo, capsys):
    write(repo, {".smaudit.yaml": "ignore: [duplicate]\n"})
    code, found = check_json(capsys, "plans/plan.yaml", "--select", "SMA00")
    assert code == 1
    assert [f[0] for f in found["plans/plan.yaml"]] == ["SMA003"]


def test_cli_ignore_adds_to_config_select_by_prefix(repo, capsys):
    write(repo, {".smaudit.yaml": "select: SMA00\n"})
    _, found = check_json(capsys, "plans/plan.yaml", "--ignore", "dangling-reference")
    assert [f[0] for f in found["plans/plan.yaml"]] == ["SMA004"]


def test_config_and_cli_select_the_same_way(repo, capsys):
    write(repo, {"cfg.yaml": "select: [dangling-reference, SMA004]\nignore: [SMA004]\n"})
    _, from_config = check_json(capsys, "plans/plan.yaml", "--config", "cfg.yaml")
    _, from_cli = check_json(capsys, "plans/plan.yaml", "--select",
                             "dangling-reference,SMA004", "--ignore", "SMA004")
    assert from_config == from_cli == {"plans/plan.yaml": [("SMA003", "error", 9, 13)]}


def test_bad_cli_selector_is_reported_as_the_option(repo, capsys):
    code, _, err = run(capsys, "plans/plan.yaml", "--select", "dupliate")
    assert code == 2
    assert err.strip() == ("smaudit: error: --select: no rule matches 'dupliate' (a code, "
                           "slug, code prefix or ALL; `smaudit rules` lists them); did you "
                           "mean 'duplicate'?")


# --------------------------------------------------------------------------- mistakes


RULE_SETTING = ("A severity or 'off', or a mapping of an optional severity and the rule's "
                "options (checked against the rule's own options schema).")
"""The description of a rule's setting in the config schema: the hint when one is wrong."""


@pytest.mark.parametrize(("config", "expected"), [
    ("select: [SMA003]\nrulez:\n  SMA003: 'off'\n",
     ":2: unknown key `rulez`; did you mean `rules`? Keys allowed here: extends, rules, "
     "plugins, disable_plugins, rules_packs, include, exclude, per_file, fail_on, "
     "score_weights, report, select, extend_select, ignore, rule_timeout, limits.\n"),
    ("rules:\n  SMA003: warn\n",
     ":2: `rules.SMA003` is 'warn'; expected error, warning, info, off or a mapping of keys; "
     f"did you mean 'warning'? {RULE_SETTING}\n"),
    ("rules:\n  SMA003: {severity: eror}\n",
     ":2: `rules.SMA003.severity` is 'eror'; expected error, warning, info or off; did you "
     "mean 'error'? Write 'error'.\n"),
    ("rules:\n  SMA003: 3\n",
     ":2: `rules.SMA003` is 3; expected error, warning, info, off or a mapping of keys. "
     f"{RULE_SETTING}\n"),
    ("rules:\n  SMA003: [info]\n",
     ":2: `rules.SMA003` is a list; expected error, warning, info, off or a mapping of keys. "
     f"{RULE_SETTING}\n"),
    ("\n\nfail_on: warnings\n",
     ":3: `fail_on` is 'warnings'; expected error, warning, info or never; did you mean "
     "'warning'? Write 'warning'.\n"),
    ("score_weights:\n  error: -5\n",
     ":2: `score_weights.error` is -5; it cannot be negative. Correct the number.\n"),
    ("score_weights:\n  fatal: 5\n",
     ":2: unknown key `fatal` in `score_weights`. Keys allowed here: error, warning, info.\n"),
    ("exclude: drafts\n",
     ":1: `exclude` should be a list, not text ('drafts'). Write a list: one `- item` per "
     "line below it, or [a, b] on one line.\n"),
    ("rules:\n  SMA003: info\n  SMA003: error\n",
     ":3: duplicate key 'SMA003' (first defined at line 2); YAML would keep only one of them\n"),
    ("rules: [SMA003\n", ":2: invalid YAML"),
    ("- SMA003\n", ":1: the top level of a config file must be a mapping of keys\n"),
])
def test_schema_mistakes_are_located(repo, capsys, config, expected):
    write(repo, {".smaudit.yaml": config})
    code, out, err = run(capsys, "plans/plan.yaml")
    assert code == 2
    assert out == ""
    if expected.endswith("\n"):  # the whole message
        assert err == f"smaudit: error: {repo / '.smaudit.yaml'}{expected}"
    assert err.startswith(f"smaudit: error: {repo / '.smaudit.yaml'}{expected}"), err
    assert err.count("\n") == 1


@pytest.mark.parametrize(("config", "expected"), [
    ("rules:\n  SMA003: info\n  duplicat: 'off'\n",
     ":3: rules: unknown rule 'duplicat' (a code or slug; `smaudit rules` lists them); "
     "did you mean 'duplicate'?"),
    ("rules:\n  dangling-refrence: 'off'\n",
     ":2: rules: unknown rule 'dangling-refrence' (a code or slug; `smaudit rules` lists "
     "them); did you mean 'dangling-reference'?"),
    ("per_file:\n  'nothing/*.yaml':\n    SMA03: 'off'\n",
     ":3: per_file['nothing/*.yaml']: unknown rule 'SMA03' (a code or slug; `smaudit rules` "
     "lists them); did you mean 'SMA003'?"),
    ("select:\n  - SMA003\n  - SMA9\n",
     ":3: select: no rule matches 'SMA9' (a code, slug, code prefix or ALL; `smaudit rules` "
     "lists them)"),
    ("rules_packs: [packs/test.yaml]\nrules:\n  TST101: {min_lenght: 3}\n",
     ":3: rules.TST101: rule TST101 (short-strategy): unknown key `min_lenght`; did you mean "
     "`min_length`? Keys allowed here: min_length.\n"),
    ("rules_packs: [packs/test.yaml]\nrules:\n  TST101:\n    min_length: ten\n",
     ":3: rules.TST101: rule TST101 (short-strategy): `min_length` should be a whole number, "
     "not text ('ten'). Write a plain number, without units or quotes.\n"),
])
def test_registry_mistakes_are_located(repo, capsys, config, expected):
    write(repo, {".smaudit.yaml": config})
    code, out, err = run(capsys, "plans/plan.yaml")
    assert (code, out) == (2, "")
    if expected.endswith("\n"):  # the whole message
        assert err == f"smaudit: error: {repo / '.smaudit.yaml'}{expected}"
    assert err.startswith(f"smaudit: error: {repo / '.smaudit.yaml'}{expected}"), err


def test_mistake_in_an_extended_file_names_that_file(repo, capsys):
    write(repo, {"base.yaml": "rules:\n  SMA003: fatal\n", ".smaudit.yaml": "extends: base.yaml\n"})
    code, _, err = run(capsys, "plans/plan.yaml")
    assert code == 2
    assert err.startswith(f"smaudit: error: {repo / 'base.yaml'}:2: `rules.SMA003` is 'fatal';")


def test_unknown_rule_in_an_extended_file_names_that_file(repo, capsys):
    write(repo, {"base.yaml": "\nrules:\n  duplicat: info\n",
                 ".smaudit.yaml": "extends: base.yaml\n"})
    code, _, err = run(capsys, "plans/plan.yaml")
    assert code == 2
    assert err.startswith(f"smaudit: error: {repo / 'base.yaml'}:3: rules: unknown rule "
                          "'duplicat'")


def test_extends_cycle_is_detected(repo, capsys):
    write(repo, {"a.yaml": "extends: b.yaml\n", "b.yaml": "fail_on: info\nextends: [a.yaml]\n",
                 ".smaudit.yaml": "extends: a.yaml\n"})
    code, _, err = run(capsys, "plans/plan.yaml")
    assert code == 2
    assert err == (f"smaudit: error: {repo / 'b.yaml'}:2: extends: cycle .smaudit.yaml -> "
                   "a.yaml -> b.yaml -> a.yaml\n")


def test_extends_missing_file(repo, capsys):
    write(repo, {".smaudit.yaml": "fail_on: info\nextends:\n  - nope.yaml\n"})
    code, _, err = run(capsys, "plans/plan.yaml")
    assert code == 2
    assert err == (f"smaudit: error: {repo / '.smaudit.yaml'}:3: extends: no such file "
                   f"{str(repo / 'nope.yaml')!r}\n")


def test_toml_mistakes_are_located(tmp_path, monkeypatch, capsys):
    write(tmp_path, {"plan.yaml": PLAN, "pyproject.toml": (
        '[project]\nname = "x"\n\n[tool.smaudit]\nselect = ["SMA003"]\n\n'
        '[tool.smaudit.rules]\nSMA003 = "info"\nduplicat = "off"\n')})
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "plan.yaml")
    assert code == 2
    assert err.startswith(f"smaudit: error: {tmp_path / 'pyproject.toml'}:9: rules: unknown "
                          "rule 'duplicat'")
    (tmp_path / "pyproject.toml").write_text('[tool.smaudit]\nselect = ["SMA003"]\n'
                                             'fail-on = "error"\n')
    code, _, err = run(capsys, "plan.yaml")
    assert code == 2
    assert err.startswith(f"smaudit: error: {tmp_path / 'pyproject.toml'}:3: unknown key "
                          "`fail-on`; did you mean `fail_on`? Keys allowed here: extends,")


def test_invalid_toml_is_located(tmp_path):
    write(tmp_path, {"pyproject.toml": '[tool.smaudit]\nfail_on = "error\n'})
    with pytest.raises(ConfigError) as caught:
        load_settings(None, str(tmp_path))
    assert caught.value.path == str(tmp_path / "pyproject.toml")
    assert caught.value.line == 2


def test_missing_config_file(repo, capsys):
    code, _, err = run(capsys, "plans/plan.yaml", "--config", "nope.yaml")
    assert code == 2
    assert err == "smaudit: error: nope.yaml: config file not found\n"


# --------------------------------------------------------------------------- the schema


def test_config_schema_is_valid_and_documents_every_key():
    schema = json.loads(schema_path("config.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    for name, spec in schema["properties"].items():
        assert spec.get("description"), name
    for name, spec in schema["$defs"].items():
        assert spec.get("description"), name
    for nested in ("score_weights", "limits"):
        for name, spec in schema["properties"][nested]["properties"].items():
            assert spec.get("description"), f"{nested}.{name}"


def test_jsonschema_is_not_imported_without_a_config(tmp_path):
    write(tmp_path, {"plan.yaml": PLAN})
    code = ("import sys; from smaudit.cli.main import main; "
            "main(['plan.yaml', '--select', 'SMA003', '--no-cache', '--quiet']); "
            "print('jsonschema' in sys.modules, file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                          text=True, check=False)
    assert done.stderr.strip().splitlines()[-1] == "False", done.stderr


# --------------------------------------------------------------------------- hostile configs

@pytest.mark.parametrize("make, what", [
    (lambda p: p.mkdir(), "this config file is a directory"),
    (lambda p: p.symlink_to(p.parent / "gone.yaml"), "this config file is a symlink to nothing"),
])
def test_a_config_that_is_not_a_file_is_an_error_not_skipped(repo, capsys, make, what):
    make(repo / ".smaudit.yaml")
    code, _, err = run(capsys, "plans")
    assert code == 2
    assert err == f"smaudit: error: {repo / '.smaudit.yaml'}: {what}: a config file must be " \
        "a regular file\n"


@pytest.mark.parametrize("target, what", [
    ("/dev/null", "is not a regular file (a device, pipe or socket)"),
    ("plans", "is a directory"),
])
def test_extending_a_device_or_folder_says_what_it_is(repo, capsys, target, what):
    write(repo, {".smaudit.yaml": f"extends: [{target}]\n"})
    code, _, err = run(capsys, "plans")
    assert code == 2
    shown = repr(str(repo / target))  # relative to the config file; /dev/null stays
    assert err == f"smaudit: error: {repo / '.smaudit.yaml'}:1: extends: {shown} {what}: a " \
        "config file must be a regular file\n"


@pytest.mark.parametrize("line", ["score_weights: {error: .nan}", "score_weights: {info: .inf}",
                                  "limits: {max_bytes: 1" + "0" * 40 + "}",
                                  "rule_timeout: .inf", "rule_timeout: 0"])
def test_numbers_no_setting_can_use_are_refused(repo, capsys, line):
    write(repo, {".smaudit.yaml": line + "\n"})
    code, _, err = run(capsys, "plans")
    assert code == 2 and err.startswith(f"smaudit: error: {repo / '.smaudit.yaml'}:1: ")
    assert err.count("\n") == 1


def test_rule_timeout_from_the_config(repo):
    write(repo, {".smaudit.yaml": "rule_timeout: 1.5\n"})
    assert load_settings(None, str(repo)).rule_timeout == 1.5


PATTERN_PLUGIN = '''
from smaudit.loading.hookspecs import hookimpl
from smaudit.model.rule import rule

@rule(code="PAT101", slug="patterned", severity="warning", area="goals", summary="Pattern.",
      options={"word": {"type": "string", "pattern": "^(a|aa)+$", "default": "a"}})
def patterned(plan, options):
    return []

@hookimpl
def smaudit_register_rules(register):
    register(patterned)
'''


def test_an_option_pattern_that_backtracks_is_stopped_with_a_located_error(repo, capsys,
                                                                          monkeypatch):
    import time

    write(repo, {"zzz_pattern.py": PATTERN_PLUGIN, ".smaudit.yaml":
                 "plugins: [zzz_pattern]\nrules:\n  PAT101:\n    word: " + "a" * 34 + "!\n"})
    monkeypatch.syspath_prepend(str(repo))
    started = time.monotonic()
    try:
        code, _, err = run(capsys, "plans")
    finally:
        sys.modules.pop("zzz_pattern", None)
    assert time.monotonic() - started < 10
    assert code == 2
    assert err == (f"smaudit: error: {repo / '.smaudit.yaml'}:3: rules.PAT101: rule PAT101 "
                   "(patterned): `word` could not be checked against the pattern ^(a|aa)+$ in "
                   "time (the pattern backtracks without bound). Simplify the pattern in the "
                   "schema that declares it.\n")
