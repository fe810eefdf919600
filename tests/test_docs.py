"""Everything users read is there: every rule documented in four parts, every hook documented,
and the catalog exactly as the rule catalog specifies it."""

from __future__ import annotations

import inspect
import json

import pytest

from smaudit.cli.main import main
from smaudit.loading import hookspecs
from smaudit.loading.plugins import build
from smaudit.loading.registry import build_registry
from smaudit.model.findings import AREAS, PLAN_AREA
from smaudit.model.sources import SOURCES

# The catalog contract (code, slug, default severity), from the rule catalog.
CATALOG = """
SMA001 yaml-syntax error; SMA002 schema error; SMA003 dangling-reference error;
SMA004 duplicate error; SMA005 unused-suppression info; SMA006 plan-too-large error;
SMA007 unfinished-plan warning;
SMA101 no-business-goal error; SMA102 social-as-strategy warning; SMA103 outcome-as-goal warning;
SMA104 unmeasurable-goal warning; SMA105 orphan-channel warning; SMA106 no-strategy info;
SMA201 box-checking warning; SMA202 bandwagon-leap warning; SMA203 bragging-rights warning;
SMA204 channel-audience-mismatch warning; SMA205 no-audience-research warning;
SMA206 no-channel-rationale info; SMA207 platform-sprawl warning;
SMA301 no-customer-service error; SMA302 uncovered-platform warning; SMA303 slow-response warning;
SMA304 no-listening warning; SMA305 values-not-reflected warning; SMA306 no-values info;
SMA401 vanity-metric warning; SMA402 unmeasured-goal warning; SMA403 no-metrics error;
SMA404 direct-roi-expectation warning; SMA405 no-review-cadence warning;
SMA501 overnight-expectation warning; SMA502 viral-expectation warning;
SMA503 set-and-forget warning; SMA504 sales-without-ecommerce warning;
SMA601 no-owner warning; SMA602 overloaded-owner warning; SMA603 free-lunch warning;
SMA604 leads-without-ads warning;
SMA701 giveaway-without-conversion warning; SMA702 funnel-skip warning;
SMA703 influencer-without-affinity warning; SMA704 no-call-to-action info; SMA705 hard-sell warning;
SMA801 no-value-proposition warning
"""
EXPECTED = sorted(tuple(entry.split()) for entry in CATALOG.replace("\n", " ").split(";"))
AREA_OF = {"0": PLAN_AREA, **{str(i + 1): area for i, area in enumerate(AREAS)}}

REGISTRY = build_registry(build(autoload=False))
BUILTIN = [entry for entry in REGISTRY.sorted_rules() if entry.builtin]


def test_rules_json_lists_the_catalog(capsys):
    assert main(["rules", "--format", "json"]) == 0
    rows = [r for r in json.loads(capsys.readouterr().out) if r["code"].startswith("SMA")]
    assert sorted((r["code"], r["slug"], r["severity"]) for r in rows) == EXPECTED
    for row in rows:
        assert row["area"] == AREA_OF[row["code"][3]], row["code"]


@pytest.mark.parametrize("entry", BUILTIN, ids=lambda e: e.rule.code)
def test_every_rule_is_documented_in_four_parts(entry):
    rule = entry.rule
    assert rule.docs.complete, f"{rule.code} lacks a documentation section"
    assert rule.summary and rule.summary.endswith(".")
    for source in rule.sources:
        assert source in SOURCES, f"{rule.code} cites unknown source {source!r}"
    if not rule.code.startswith("SMA0"):
        assert rule.sources, f"{rule.code} names no source article"
        titles = [SOURCES[s] for s in rule.sources]
        assert any(title.split(":")[0][:20] in rule.docs.why for title in titles), (
            f"{rule.code}: the 'why' section must name its source article by title")


@pytest.mark.parametrize("entry", BUILTIN, ids=lambda e: e.rule.code)
def test_explain_shows_the_docs(entry, capsys):
    assert main(["explain", entry.rule.slug]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"# {entry.rule.code} {entry.rule.slug}\n")
    for heading in ("## What it finds", "## Why it hurts", "## Example", "## Use instead"):
        assert heading in out


def test_explain_unknown_rule_suggests(capsys):
    assert main(["explain", "box-cheking"]) == 2
    assert "did you mean box-checking" in capsys.readouterr().err


HOOKS = [name for name, value in vars(hookspecs).items()
         if name.startswith("smaudit_") and callable(value)]


def test_the_required_hooks_exist():
    assert set(HOOKS) >= {"smaudit_register_rules", "smaudit_register_formats",
                          "smaudit_rule_packs", "smaudit_plan_schema", "smaudit_adjust_config"}


@pytest.mark.parametrize("name", HOOKS)
def test_every_hook_is_documented(name):
    doc = inspect.getdoc(getattr(hookspecs, name))
    assert doc and len(doc.split()) >= 30, f"{name} needs reference documentation"
    for parameter in inspect.signature(getattr(hookspecs, name)).parameters:
        assert parameter in doc, f"{name} does not document its parameter {parameter}"


def test_rules_markdown_has_every_rule(capsys):
    assert main(["rules", "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    for code, slug, _ in EXPECTED:
        assert f"| {code} | `{slug}` |" in out


@pytest.mark.parametrize("entry", BUILTIN, ids=lambda e: e.rule.code)
def test_every_default_phrase_list_is_valid_cue_syntax(entry):
    """Rules trust their phrase lists at run time; this is where they are checked."""
    from smaudit.model.prose.cues import validate_phrases
    from smaudit.model.rule import option_defaults

    for name, value in option_defaults(entry.rule.options_schema).items():
        if name.endswith("phrases") and isinstance(value, list):
            validate_phrases(value)


def test_a_bad_phrase_in_config_is_a_located_configuration_error(tmp_path, capsys):
    (tmp_path / ".smaudit.yaml").write_text(
        "rules:\n  bandwagon-leap:\n    extend_phrases: ['(unclosed group']\n")
    plan = tmp_path / "plan.yaml"
    plan.write_text("organization: {name: A}\n")
    assert main([str(plan), "--config", str(tmp_path / ".smaudit.yaml")]) == 2
    err = capsys.readouterr().err
    assert "extend_phrases" in err and "(unclosed group" in err and err.count("\n") == 1
