"""The foundations rule SMA801, and the embedded examples of the goals, channels and
foundations packs."""

from __future__ import annotations

from pathlib import Path

import pytest

import smaudit.rules
from smaudit.testing import RuleTester, run_pack_examples

DATA = Path(__file__).resolve().parents[1] / "data"
RULES = Path(smaudit.rules.__file__).parent  # each area's pack sits in its folder

no_offering = RuleTester("SMA801")


def test_sma801_no_organization_at_all():
    no_offering.assert_findings("""
        business_goals:
          - {id: leads, statement: Win catering orders}
    """, [("SMA801", 1, 1)])


def test_sma801_organization_without_offering():
    (finding,) = no_offering.assert_findings("""
        organization:
          name: Whisker Lane Cat Rescue
          industry: animal rescue
    """, [("SMA801", 2, 3)])
    assert finding.location.pointer == "/organization/offering"
    assert finding.message == (
        "the plan does not say what the organization offers that customers value")


def test_sma801_blank_offering():
    no_offering.assert_findings("""
        organization:
          name: Whisker Lane Cat Rescue
          offering: "   "
    """, [("SMA801", 3, 13)])


def test_sma801_offering_present():
    no_offering.assert_valid("""
        organization:
          name: Rosa's Bakery
          offering: Sourdough and custom celebration cakes baked the same day
    """)



@pytest.mark.parametrize("area", ["goals", "channels", "foundations"])
def test_pack_examples_pass(area):
    outcomes = list(run_pack_examples(RULES / area / f"{area}.yaml"))
    assert outcomes
    failed = [f"{o.name}\n{o.detail}" for o in outcomes if not o.ok]
    assert not failed, "\n".join(failed)
