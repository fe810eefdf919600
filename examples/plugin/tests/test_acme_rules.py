"""The plugin's rules, tested the way smaudit's own are: exact codes, lines, columns."""

from __future__ import annotations

from pathlib import Path

from smaudit.testing import RuleTester, run_pack_examples

crisis = RuleTester("no-crisis-contact")
cadence = RuleTester("ACME201")


def test_channels_without_crisis_contact():
    crisis.assert_findings("""
        organization:
          name: Acme
        channels:
          - platform: instagram
    """, [("ACME101", 1, 1)])


def test_crisis_contact_in_the_plugin_section():
    crisis.assert_valid("""
        channels:
          - platform: instagram
        x-acme:
          crisis_contact: Maria Lopez
    """)


def test_empty_crisis_contact_points_at_the_section():
    crisis.assert_findings("""
        channels:
          - platform: instagram
        x-acme:
          approval_required: true
    """, [("ACME101", 4, 3)])


def test_vague_cadence_quotes_the_phrase():
    found = cadence.assert_findings("""
        channels:
          - platform: facebook
            cadence: as needed, really
    """, [("ACME201", 3, 14)])
    assert found[0].message == 'the cadence of facebook is not a rhythm: "as needed"'


def test_regular_cadence_is_fine():
    cadence.assert_valid("""
        channels:
          - platform: facebook
            cadence: daily at 9
    """)


def test_extend_phrases_option():
    tester = RuleTester("ACME201", options={"ACME201": {"extend_phrases": ["now and then"]}})
    tester.assert_findings("""
        channels:
          - platform: x
            cadence: now and then
    """, [("ACME201", 3, 14)])


def test_pack_examples_pass():
    pack = Path(__file__).parents[1] / "src" / "acme_smaudit" / "rules.yaml"
    outcomes = list(run_pack_examples(pack))
    assert outcomes and all(o.ok for o in outcomes), [o.detail for o in outcomes if not o.ok]
