"""Rule packs through the command line: loaded once, named, checked as `check` checks them."""

from __future__ import annotations

import json
import textwrap

import pytest

from smaudit.cli.main import main, normalize_argv

PACK = """\
pack: house
description: House rules for plans we write with clients.
rules:
  - code: {code}
    slug: {slug}
    severity: warning
    area: foundations
    summary: The strategy is a slogan.
    select: strategy
    condition: {{matches: [just post more]}}
    message: the strategy is still "{{match}}"
    docs: {{what: a, why: b, example: 'strategy: just post more', instead: 'strategy: Win.'}}
    {extra}
    examples:
      invalid:
        - plan: "strategy: just post more\\n"
          findings: [{{code: {code}, line: 1, column: 11}}]
"""


def write_pack(directory, code="HSE101", slug="placeholder-strategy", extra="", name="house.yaml"):
    path = directory / name
    path.write_text(PACK.format(code=code, slug=slug, extra=extra))
    return path


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.yaml").write_text("organization: {name: A}\nstrategy: just post more\n")
    return tmp_path


def test_same_pack_in_config_and_on_the_command_line_loads_once(project, capsys):
    write_pack(project)
    (project / ".smaudit.yaml").write_text("rules_packs: [house.yaml]\n")
    code = main(["plan.yaml", "--rules-pack", "./house.yaml", "--select", "HSE101",
                 "--format", "json"])
    out = capsys.readouterr().out
    assert code == 1
    findings = json.loads(out)["files"][0]["findings"]
    assert [(f["code"], f["plugin"]) for f in findings] == [("HSE101", "pack:house")]


def test_plugins_lists_the_pack_by_name_with_its_description(project, capsys):
    pack = write_pack(project)
    assert main(["plugins", "--rules-pack", str(pack), "--format", "json"]) == 0
    rows = {row["name"]: row for row in json.loads(capsys.readouterr().out)["plugins"]}
    assert rows["pack:house"]["description"] == "House rules for plans we write with clients."
    assert rows["pack:house"]["rules"] == ["HSE101"] and rows["pack:house"]["path"] == str(pack)
    assert main(["plugins", "--rules-pack", str(pack)]) == 0
    out = capsys.readouterr().out
    assert "pack:house\n    file:    " in out
    assert "    about:   House rules for plans we write with clients.\n" in out


def test_options_before_the_command_word(project, capsys):
    pack = write_pack(project)
    assert normalize_argv(["--rules-pack", "x.yaml", "rules"]) == ["rules", "--rules-pack",
                                                                   "x.yaml"]
    assert normalize_argv(["--debug", "-pno:acme", "plugins"]) == ["plugins", "--debug",
                                                                   "-pno:acme"]
    assert normalize_argv(["--rules-pack", "x.yaml", "plan.yaml"]) == [
        "check", "--rules-pack", "x.yaml", "plan.yaml"]
    assert main(["--rules-pack", str(pack), "rules"]) == 0
    assert "HSE101  placeholder-strategy" in capsys.readouterr().out


def test_slug_clash_with_a_builtin_is_reported_but_listing_commands_work(project, capsys):
    pack = write_pack(project, slug="no-business-goal")
    clash = (f"smaudit: error: {pack}:4: rule HSE101 (no-business-goal): slug no-business-goal "
             "is registered twice: by smaudit.builtin.packs (SMA101) and by pack:house\n")
    assert main(["--rules-pack", str(pack), "plugins"]) == 2
    captured = capsys.readouterr()
    assert captured.err == clash and "smaudit.builtin.packs" in captured.out
    assert main(["--rules-pack", str(pack), "rules"]) == 2
    captured = capsys.readouterr()
    assert captured.err == clash and "SMA101  no-business-goal" in captured.out
    assert main(["explain", "SMA101", "--rules-pack", str(pack)]) == 2
    captured = capsys.readouterr()
    assert captured.err == clash and captured.out.startswith("# SMA101 no-business-goal")
    assert main(["plan.yaml", "--rules-pack", str(pack)]) == 2
    assert capsys.readouterr().err == clash


@pytest.mark.parametrize("code, slug, error", [
    ("SMA101", "placeholder-strategy", "rule SMA101 (placeholder-strategy): code SMA101 is "
                                       "registered twice: by smaudit.builtin.packs "
                                       "(no-business-goal) and by pack:house"),
    ("HSE101", "no-business-goal", "rule HSE101 (no-business-goal): slug no-business-goal is "
                                   "registered twice: by smaudit.builtin.packs (SMA101) and by "
                                   "pack:house"),
])
def test_test_rules_refuses_what_check_refuses(project, capsys, code, slug, error):
    pack = write_pack(project, code=code, slug=slug)
    assert main(["test-rules", str(pack)]) == 2
    assert capsys.readouterr().err == f"smaudit: error: {pack}:4: {error}\n"
    assert main(["plan.yaml", "--rules-pack", str(pack)]) == 2
    assert capsys.readouterr().err == f"smaudit: error: {pack}:4: {error}\n"


def test_a_clash_between_two_packs_names_the_second_file_and_line(project, capsys):
    first = write_pack(project)
    second = write_pack(project, slug="other-slug", name="agency.yaml")
    second.write_text(second.read_text().replace("pack: house", "pack: agency"))
    assert main(["plan.yaml", "--rules-pack", str(first), "--rules-pack", str(second)]) == 2
    assert capsys.readouterr().err == (
        f"smaudit: error: {second}:4: rule HSE101 (other-slug): code HSE101 is registered "
        "twice: by pack:house (placeholder-strategy) and by pack:agency\n")


def test_two_pack_files_may_share_a_pack_name_and_are_listed_each(project, capsys):
    """``smaudit new-rule`` writes one file per rule, all with the prefix as pack name."""
    first = write_pack(project)
    second = write_pack(project, code="HSE102", slug="other-slug", name="copy.yaml")
    assert main(["plugins", "--rules-pack", str(first), "--rules-pack", str(second),
                 "--format", "json"]) == 0
    rows = [row for row in json.loads(capsys.readouterr().out)["plugins"]
            if row["name"] == "pack:house"]
    assert [(row["path"], row["rules"]) for row in rows] == [(str(second), ["HSE102"]),
                                                             (str(first), ["HSE101"])]


def test_duplicate_code_inside_one_pack_fails_test_rules(project, capsys):
    pack = write_pack(project)
    text = pack.read_text()
    rules = text[text.index("  - code"):]
    pack.write_text(text + rules.replace("slug: placeholder-strategy", "slug: other-slug"))
    assert main(["test-rules", str(pack)]) == 2
    assert capsys.readouterr().err == (
        f"smaudit: error: {pack}:18: rule HSE101 (other-slug, #2): code HSE101 is already used "
        "by rule HSE101 (placeholder-strategy, #1) of this pack\n")


def test_reserved_prefix_is_refused_for_packs(project, capsys):
    pack = write_pack(project, code="SMA999")
    assert main(["test-rules", str(pack)]) == 2
    assert capsys.readouterr().err == (
        f"smaudit: error: {pack}:4: rule SMA999 (placeholder-strategy): the code "
        "prefix SMA is reserved for smaudit's own rules; use a prefix of your own\n")


@pytest.mark.parametrize("text", ["", "# only a comment\n"])
def test_an_empty_pack_says_what_a_pack_needs(project, capsys, text):
    (project / "empty.yaml").write_text(text)
    assert main(["test-rules", "empty.yaml"]) == 2
    assert capsys.readouterr().err == ("smaudit: error: empty.yaml:1: the top level of a rule "
                                       "pack must be a mapping with a `rules:` list\n")


def test_docs_url_is_the_pack_rules_own_or_none(project, capsys):
    plain = write_pack(project)
    linked = write_pack(project, code="HSE102", slug="linked-placeholder", name="linked.yaml",
                        extra="docs_url: https://example.org/rules/linked")
    linked.write_text(linked.read_text().replace("pack: house", "pack: linked"))
    assert main(["rules", "--format", "json", "--rules-pack", str(plain), "--rules-pack",
                 str(linked)]) == 0
    urls = {row["code"]: row["url"] for row in json.loads(capsys.readouterr().out)}
    assert urls["HSE101"] is None
    assert urls["HSE102"] == "https://example.org/rules/linked"
    assert urls["SMA101"] == "https://smaudit.dev/rules/no-business-goal"
    assert main(["plan.yaml", "--rules-pack", str(plain), "--select", "HSE101",
                 "--format", "sarif"]) == 1
    rules = json.loads(capsys.readouterr().out)["runs"][0]["tool"]["driver"]["rules"]
    assert "helpUri" not in rules[0]
    assert main(["explain", "HSE102", "--rules-pack", str(linked)]) == 0
    assert capsys.readouterr().out.endswith("\nDocumentation: https://example.org/rules/linked\n")


def test_explain_fences_a_bare_yaml_example(project, capsys):
    pack = write_pack(project)
    assert main(["explain", "HSE101", "--rules-pack", str(pack)]) == 0
    out = capsys.readouterr().out
    assert textwrap.dedent("""\
        ## Example

        ```yaml
        strategy: just post more
        ```
    """) in out


@pytest.mark.parametrize("spec, problem", [
    ("{type: integer, default: three}", "option 'limit': default 'three' is not of type integer"),
    ("{type: integr, default: 3}", "option 'limit': type 'integr' is not a JSON Schema type "
                                   "(types are string, integer, number, boolean, array, "
                                   "object, null); did you mean 'integer'?"),
    ("{type: integer, minimum: 1, default: 0}",
     "option 'limit': the default is 0; it cannot be less than 1. Correct the number."),
    ("{type: integer, minimum: one, default: 3}",
     "option 'limit' is not a valid JSON Schema: 'one' is not of type 'number'"),
])
def test_an_option_whose_default_or_schema_is_wrong_is_refused_at_load(project, capsys, spec,
                                                                        problem):
    """Else the rule compares with a default it can never match, silently, or the first
    user to set the option meets the validator's own error."""
    pack = write_pack(project, extra=f"options: {{limit: {spec}}}")
    assert main(["test-rules", str(pack)]) == 2
    assert capsys.readouterr().err == f"smaudit: error: {pack}:13: rule HSE101: {problem}\n"
