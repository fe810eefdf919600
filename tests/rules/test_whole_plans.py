"""Whole plans: the healthy example is clean under every rule, and every plan the rule
tests use is a valid plan (so a finding in it is the rule's, not a format problem's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from smaudit.testing import RuleTester

DATA = Path(__file__).resolve().parents[1] / "data"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "plans"

every_rule = RuleTester("SMA")
format_only = RuleTester("SMA001", "SMA002")


@pytest.mark.parametrize("path", [DATA / "healthy_example.yaml", EXAMPLES / "rosas-bakery.yaml"],
                         ids=lambda p: p.name)
def test_the_healthy_example_lints_clean_under_every_rule(path):
    assert len(every_rule.codes) == 45
    assert every_rule.codes_in(path) == []


@pytest.mark.parametrize("path", sorted((DATA / "paraphrase").glob("*.yaml")),
                         ids=lambda p: p.name)
def test_paraphrase_plans_are_valid_plans(path):
    assert format_only.codes_in(path) == []
