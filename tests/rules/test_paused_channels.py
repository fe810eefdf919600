"""Paused channels (``status: paused``) are on hold, not active: no rule judges them as
running. One helper, ``active_channels``, decides for SMA302, SMA503 and SMA207."""

from __future__ import annotations

from smaudit.loading.loader import load
from smaudit.model.prose.facts import active_channels
from smaudit.testing import RuleTester

# Instagram runs; tiktok and facebook are on hold, one of them written in capitals.
PLAN = """
channels:
  - platform: instagram
    owner: Noor
    cadence: 3/week
  - platform: tiktok
    status: paused
  - platform: facebook
    status: Paused
  - platform: pinterest
    status: {status}
customer_service:
  platforms: [instagram]
team:
  - name: Noor
    hours_per_week: 5
"""


def test_active_channels_leave_out_paused_ones() -> None:
    loaded = load(PLAN.format(status="planned").encode(), "plan.yaml")
    assert [(p, c["platform"]) for p, c in active_channels(loaded.plan)] == [
        ("/channels/0", "instagram"), ("/channels/3", "pinterest")]


def test_uncovered_platform_skips_paused_channels() -> None:
    tester = RuleTester("SMA302")
    tester.assert_valid(PLAN.format(status="paused"))
    tester.assert_findings(PLAN.format(status="active"), [("SMA302", 9, 15)])


def test_set_and_forget_skips_paused_channels() -> None:
    tester = RuleTester("SMA503")
    tester.assert_valid(PLAN.format(status="paused"))
    tester.assert_findings(PLAN.format(status="planned"), [("SMA503", 9, 5)])


def test_platform_sprawl_counts_only_running_channels() -> None:
    tester = RuleTester("SMA207")
    tester.assert_valid(PLAN.format(status="paused"))  # one channel running: never sprawl
    (finding,) = tester.assert_findings(PLAN.format(status="active"), [("SMA207", 2, 3)])
    assert finding.message.startswith("2 active or planned channels (instagram, pinterest)")
