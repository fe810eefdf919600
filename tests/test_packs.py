"""Declarative rule packs: validation with locations, conditions, examples, bounded patterns."""

from __future__ import annotations

import json
import textwrap
import time
from pathlib import Path

import jsonschema
import pytest

from smaudit.cli.main import main
from smaudit.linter.lint import Linter
from smaudit.loading.pack_compiler import load_pack
from smaudit.loading.settings import Settings
from smaudit.model.errors import ConfigError
from smaudit.rules.packs import smaudit_rule_packs
from smaudit.testing import RuleTester

ROOT = Path(__file__).resolve().parents[1]
HOUSE = ROOT / "examples" / "rules" / "house-style.yaml"

RULE = """\
pack: test
rules:
  - code: TST101
    slug: test-rule
    severity: warning
    area: channels
    summary: A test rule.
    select: {select}
    condition: {condition}
    message: '{message}'
    docs: {{what: a, why: b, example: c, instead: d}}
{extra}"""


def pack(tmp_path, select="channels[*].rationale", condition="{empty: true}",
         message="{key} of {item[platform]} is empty", extra=""):
    path = tmp_path / "pack.yaml"
    path.write_text(RULE.format(select=select, condition=condition, message=message,
                                extra=textwrap.indent(extra, "    ")))
    return path


def test_every_builtin_pack_is_valid():
    schema = json.loads((ROOT / "schemas" / "rule-pack.schema.json").read_text())
    packs = smaudit_rule_packs()
    assert len(packs) == 5
    for path in [*packs, HOUSE]:
        from smaudit.loading.loader import load

        jsonschema.Draft202012Validator(schema).validate(load(path.read_bytes()).plan.data)
        assert load_pack(path)


def test_bad_pack_names_file_line_and_problem(tmp_path):
    path = pack(tmp_path, condition="{emptyy: true}")
    with pytest.raises(ConfigError) as caught:
        load_pack(path)
    assert str(caught.value) == (
        f"{path}:9: unknown key `emptyy` in `condition` of rule 'TST101'; did you mean "
        "`empty`? Keys allowed here: missing, present, empty, matches, not_matches, compare, "
        "length, count, references, all, any, not.")


def test_bad_severity_is_located(tmp_path):
    path = tmp_path / "pack.yaml"
    path.write_text(RULE.format(select="strategy", condition="{empty: true}", message="m",
                                extra="").replace("severity: warning", "severity: loud"))
    with pytest.raises(ConfigError) as caught:
        load_pack(path)
    assert str(caught.value) == (f"{path}:5: `severity` of rule 'TST101' is 'loud'; expected "
                                 "error, warning or info. Use one of these values, exactly as "
                                 "written.")


def test_bad_selector_and_bad_regex(tmp_path):
    with pytest.raises(ConfigError, match=r"pack\.yaml:8: "):
        load_pack(pack(tmp_path, select="channels[x]"))
    with pytest.raises(ConfigError, match="bad regex"):
        load_pack(pack(tmp_path, condition="{matches: {regex: '(unclosed'}}"))


def test_pack_that_is_a_list(tmp_path):
    path = tmp_path / "pack.yaml"
    path.write_text("- code: TST101\n")
    assert load_error(path) == (f"{path}:1: the top level of a rule pack must be a mapping "
                                "with a `rules:` list")


def test_pack_that_is_not_yaml(tmp_path):
    path = tmp_path / "pack.yaml"
    path.write_text("rules: [\n")
    with pytest.raises(ConfigError, match=r"pack\.yaml:2: rule pack is not valid YAML"):
        load_pack(path)


def test_bad_pack_on_command_line_is_exit_two(tmp_path, capsys):
    path = pack(tmp_path, condition="{emptyy: true}")
    plan = tmp_path / "plan.yaml"
    plan.write_text("organization: {name: A}\n")
    assert main([str(plan), "--rules-pack", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"smaudit: error: {path}:9: ") and err.count("\n") == 1


def test_empty_condition_and_message_fields(tmp_path):
    tester = RuleTester("TST101", packs=[pack(tmp_path)])
    found = tester.assert_findings("""
        channels:
          - platform: instagram
            rationale: Office managers browse cakes there.
          - platform: facebook
            rationale: "  "
          - platform: x
    """, [("TST101", 5, 16), ("TST101", 6, 5)])
    assert [f.message for f in found] == ["rationale of facebook is empty",
                                          "rationale of x is empty"]


@pytest.mark.parametrize("condition, plan, expected", [
    ("{count: {op: '>', value: 1}}", "channels: [{platform: a}, {platform: b}]", [(1, 11)]),
    ("{count: {op: '>', value: 2}}", "channels: [{platform: a}, {platform: b}]", []),
    ("{missing: true}", "organization: {name: A}", [(1, 1)]),
    ("{present: true}", "channels: []", [(1, 11)]),
])
def test_count_missing_present(tmp_path, condition, plan, expected):
    tester = RuleTester("TST101", packs=[pack(tmp_path, select="channels", condition=condition,
                                              message="m")])
    tester.assert_findings(plan, [("TST101", line, col) for line, col in expected])


def test_compare_with_option_and_when_precondition(tmp_path):
    path = pack(tmp_path, select="team[*].hours_per_week",
                condition="{compare: {op: '<', option: min_hours}}", message="{value} hours",
                extra="options: {min_hours: {type: number, default: 5}}\n"
                      "when: [{select: channels, count: {op: '>', value: 0}}]\n")
    tester = RuleTester("TST101", packs=[path])
    plan = ("channels: [{platform: x}]\nteam:\n  - {name: A, hours_per_week: 2}\n"
            "  - {name: B, hours_per_week: 8}\n")
    assert tester.assert_findings(plan, [("TST101", 3, 31)])[0].message == "2 hours"
    tester.assert_valid(plan.replace("channels: [{platform: x}]", "channels: []"))
    strict = RuleTester("TST101", packs=[path], options={"TST101": {"min_hours": 10}})
    strict.assert_findings(plan, [("TST101", 3, 31), ("TST101", 4, 31)])


def test_phrases_and_references(tmp_path):
    phrases = pack(tmp_path, select="motivation", message='"{match}"',
                   condition="{matches: [board (wants|said), everyone is on]}")
    tester = RuleTester("TST101", packs=[phrases])
    assert tester.assert_findings("motivation: Our board wants TikTok.",
                                  [("TST101", 1, 13)])[0].message == '"board wants"'
    tester.assert_valid("motivation: It is not because everyone is on it.")
    refs = tmp_path / "refs"
    refs.mkdir()
    tester = RuleTester("TST101", packs=[pack(refs, select="metrics[*].goals",
                                              condition="{references: 'business_goals[*].id'}",
                                              message="{match}")])
    found = tester.assert_findings(
        "business_goals: [{id: a, statement: s}]\nmetrics:\n  - {name: m, goals: [a, b, c]}\n",
        [("TST101", 3, 22)])
    assert found[0].message == "b, c"


def test_catastrophic_regex_cannot_hang_a_run(tmp_path):
    path = pack(tmp_path, select="strategy", condition="{matches: {regex: '(a+)+$'}}",
                message="m")
    text = "strategy: " + "a" * 1_000_000 + "b\n"
    linter = Linter(Settings(rules_packs=(str(path),), select=("TST101",)))
    linter.rules_for("plan.yaml")  # plugins, packs and settings loaded before timing
    started = time.monotonic()
    outcome = linter.lint_bytes(text, "plan.yaml")
    assert time.monotonic() - started < 1.0
    assert outcome.result.findings == ()
    assert [c.code for c in outcome.crashes] == ["TST101"]
    assert "crashed: PatternTimeout" in outcome.crashes[0].describe()


def test_test_rules_command(capsys, tmp_path):
    assert main(["test-rules", str(HOUSE)]) == 0
    out = capsys.readouterr().out
    assert out.strip().endswith("7 passed, 0 failed")
    broken = tmp_path / "broken.yaml"
    broken.write_text(HOUSE.read_text().replace("findings: [{code: HOUSE102, line: 1, column: 11}]",
                                                "findings: [{code: HOUSE102, line: 2, column: 1}]"))
    assert main(["test-rules", str(broken)]) == 1
    out = capsys.readouterr().out
    assert "FAIL broken.yaml HOUSE102 too-many-channels invalid #1" in out
    assert "expected [('HOUSE102', 2, 1)]" in out and "got      [('HOUSE102', 1, 11)]" in out


@pytest.mark.parametrize("value, blank", [
    ("TODO: describe our customers", True), ("TBD", True), ("n/a", True), ("-", True),
    ("to be decided", True), ("none yet", True), ("", True), ("  ", True), ([], True),
    ("None of our competitors answer at night", False), ("Todos Santos bakery", False),
    ("Surveyed 120 customers", False), (0, False),
])
def test_placeholders_count_as_blank(value, blank):
    from smaudit.model.prose.blank import is_blank

    assert is_blank(value) is blank


def load_error(path) -> str:
    with pytest.raises(ConfigError) as caught:
        load_pack(path)
    return str(caught.value)


@pytest.mark.parametrize("message, error", [
    ("{itme[id]} is empty", "unknown field {itme[id]} (did you mean {item[id]}?); fields are "
                            "{value}, {match}, {key}, {item[FIELD]}, {options[NAME]}"),
    ("{value is empty", "expected '}' before end of string (write {{ or }} for a literal "
                        "brace)"),
    ("{options.__missing__.__globals__[os].environ[HOME]}",
     "field {options.__missing__.__globals__[os].environ[HOME]}: use {value}, {match}, "
     "{key}, {item[FIELD]} or {options[NAME]}"),
    ("{value:>100000000}", "field {value:>100000000}: format specifications are not "
                           "supported"),
    ("{value:Q}", "field {value:Q}: format specifications are not supported"),
    ("{value!a}", "field {value!a}: only !r and !s conversions are supported"),
    ("{item}", "field {item} needs a name: {item[NAME]}"),
    ("{options[limit]}", "{options[limit]} names no option of the rule"),
])
def test_message_templates_are_checked_at_load(tmp_path, message, error):
    path = tmp_path / "pack.yaml"
    path.write_text(RULE.format(select="strategy", condition="{empty: true}", message="m",
                                extra="").replace("message: 'm'", f"message: '{message}'"))
    assert load_error(path) == f"{path}:10: rule TST101: message: {error}"


def test_templates_render_only_documented_fields(tmp_path, monkeypatch):
    monkeypatch.setenv("SMAUDIT_TEST_SECRET", "hunter2")
    path = pack(tmp_path, select="channels[*].rationale", message="{key}: {value!r} on "
                "{item[platform]}, {{literal}} {options[limit]}",
                extra="options: {limit: {type: integer, default: 3}}\n")
    tester = RuleTester("TST101", packs=[path])
    found = tester.assert_findings("channels:\n  - {platform: x, rationale: ''}\n",
                                   [("TST101", 2, 30)])
    assert found[0].message == "rationale: '' on x, {literal} 3"


def test_undefined_option_is_named_with_did_you_mean(tmp_path):
    path = pack(tmp_path, select="strategy", condition="{matches: {option: phrase}}",
                message="m", extra="options: {phrases: {type: array, default: [a b]}}\n")
    assert load_error(path) == (
        f"{path}:9: rule TST101: {{option: phrase}} names no option of the rule (declared: "
        "extend_phrases, phrases); did you mean 'phrases'?")


@pytest.mark.parametrize("select, line, error", [
    ("buisness_goals[*].id", 8, "selector 'buisness_goals[*].id': 'buisness_goals' is not a "
                                "key at the top of the plan; did you mean 'business_goals'?"),
    ("channels[*].rationle", 8, "selector 'channels[*].rationle': 'rationle' is not a key at "
                                "'channels[*]'; did you mean 'rationale'?"),
])
def test_misspelled_selector_is_located(tmp_path, select, line, error):
    path = pack(tmp_path, select=select, message="m")
    assert load_error(path) == f"{path}:{line}: rule TST101: {error}"


def test_selectors_may_name_x_keys_and_plugin_sections(tmp_path):
    assert load_pack(pack(tmp_path, select="x-acme.contact", message="m"))
    path = pack(tmp_path, select="crisis_plan.owner", message="m")
    assert "'crisis_plan' is not a key" in load_error(path)
    assert load_pack(path, roots=("crisis_plan",))


def test_schema_errors_name_the_rule_and_suggest_the_key(tmp_path):
    path = pack(tmp_path, select="strategy", message="m").read_text()
    typo = tmp_path / "typo.yaml"
    typo.write_text(path.replace("    condition:", "    conditon:"))
    assert load_error(typo).startswith(
        f"{typo}:9: unknown key `conditon` in rule 'TST101'; did you mean `condition`? Keys "
        "allowed here: code, slug, severity,")
    bad_select = tmp_path / "select.yaml"
    bad_select.write_text(path.replace("select: strategy", "select: channels..platform"))
    assert load_error(bad_select) == (
        f"{bad_select}:8: `select` of rule 'TST101' is 'channels..platform', which does not "
        "have the expected form. A path such as channels[*].rationale; $ is the whole plan.")


@pytest.mark.parametrize("condition, error", [
    ("{empty: true, present: true}",
     "`condition` of rule 'TST101' has 2 keys; it takes at most 1 key. Exactly one condition: "
     "missing, present, empty, matches, not_matches, compare, length, count, references, all, "
     "any or not."),
    ("{compare: {op: '<'}}",
     "`condition.compare` of rule 'TST101' is a mapping; expected another form. `op` and "
     'exactly one of `value` or `option`, such as {op: "<", value: 3}.'),
    ("{matches: {option: x, other: 1}}",
     "`condition.matches` of rule 'TST101' is a mapping; expected a list or a mapping of keys. "
     "A list of phrases, {option: NAME} or {regex: PATTERN}."),
])
def test_conditions_of_the_wrong_shape_are_explained(tmp_path, condition, error):
    path = pack(tmp_path, condition=condition)
    assert load_error(path) == f"{path}:9: {error}"


def test_examples_must_match_the_plan_format(tmp_path):
    path = pack(tmp_path, select="strategy", message="m",
                extra="examples:\n  valid:\n    - |\n      strategy: Grow.\n"
                      "      chanels: []\n")
    assert load_error(path) == (
        f"{path}:15: rule TST101: valid example #1 does not match the plan format (its line "
        "2): unknown key `chanels`; did you mean `channels`?")


def test_nested_counted_regex_is_a_located_load_error(tmp_path):
    path = pack(tmp_path, select="strategy", message="m",
                condition="{matches: {regex: '((((a{100}){100}){100}){100})'}}")
    started = time.monotonic()
    error = load_error(path)
    assert time.monotonic() - started < 1.0
    assert error.startswith(f"{path}:9: rule TST101: bad regex: pattern ")
    assert error.endswith("its counted repetitions make more than 10,000 copies; simplify it")


@pytest.mark.parametrize("select, message, error", [
    ("channels[*].rationale", "{item[platfrom]} has none",
     "{item[platfrom]} is always empty: the items 'channels[*].rationale' passes through have "
     "no key 'platfrom'; did you mean 'platform'?"),
    ("strategy", "{item[id]} is vague",
     "{item[id]} is always empty: selector 'strategy' passes through no list, so there is no "
     "enclosing item"),
])
def test_item_fields_that_can_never_be_filled_are_refused(tmp_path, select, message, error):
    path = pack(tmp_path, select=select, message=message)
    assert load_error(path) == f"{path}:10: rule TST101: message: {error}"


def test_item_fields_of_x_keys_and_plugin_sections_are_allowed(tmp_path):
    assert load_pack(pack(tmp_path, select="channels[*].rationale",
                          message="{item[x-backup_owner]} {item[platform]}"))
    assert load_pack(pack(tmp_path, select="x-acme.contacts[*].name", message="{item[phone]}"))


def test_a_huge_wrong_value_is_shortened_in_the_error(tmp_path):
    path = pack(tmp_path, select="channels[x" + "y" * 5000, message="m")
    error = load_error(path)
    assert len(error) < 300 and error.startswith(
        f"{path}:8: `select` of rule 'TST101' is 'channels[xyyy")
    assert "yyy…', which does not have the expected form" in error
