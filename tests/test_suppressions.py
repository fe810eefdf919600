"""Suppression comments: placement, rule names, expiry, unused and malformed waivers,
and comments that only look like waivers."""

from __future__ import annotations

import datetime as dt
import json
import textwrap

import pytest

from smaudit.cli.main import main
from smaudit.linter.lint import Linter
from smaudit.loading.settings import RuleSetting, Settings
from smaudit.model.findings import Finding, Suppression
from smaudit.model.plan import Comment
from smaudit.model.yamlread import read

STABLE = ("SMA002", "SMA003", "SMA004", "SMA005")

HEAD = """\
organization:
  name: Acme
business_goals:
  - id: leads
    statement: Win catering leads
"""
"""Five lines every plan below starts with: its findings begin at line 6."""


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Settings(select=STABLE))


def lint(linter: Linter, body: str, *, today: dt.date | None = None) -> list[Finding]:
    if today is not None:
        linter.today = today
    try:
        return list(linter.lint_bytes(HEAD + textwrap.dedent(body), "plan.yaml").result.findings)
    finally:
        linter.today = dt.date.today()


def brief(found: list[Finding]) -> list[tuple[str, int, int, str | None]]:
    """(code, line, column, suppression kind or None) of each finding."""
    return [(f.code, f.location.line, f.location.column,
             f.suppressed.kind if f.suppressed else None) for f in found]


# --------------------------------------------------------------------------- placement


def test_trailing_comment_waives_findings_on_its_line(linter):
    found = lint(linter, """\
        channels:
          - platform: instagram
            goals: [lead]  # smaudit: disable=SMA003 -- merging two plans
            owner: Bob
        team: [{name: Someone Else}]
        """)
    assert brief(found) == [("SMA003", 8, 13, "comment"), ("SMA003", 9, 12, None)]
    assert found[0].suppressed == Suppression("merging two plans", None, "comment")


def test_comment_above_a_list_item_waives_the_whole_item_only(linter):
    found = lint(linter, """\
        channels:
          # smaudit: disable=dangling-reference -- the team list comes later
          - platform: instagram
            goals: [lead]
            owner: Bob
          - platform: facebook
            owner: Ann
        team: [{name: Someone Else}]
        """)
    assert brief(found) == [("SMA003", 9, 13, "comment"), ("SMA003", 10, 12, "comment"),
                            ("SMA003", 12, 12, None)]


def test_comment_above_a_key_waives_its_multi_line_value(linter):
    found = lint(linter, """\
        # smaudit: disable=SMA003 -- references are checked in the merged plan

        # (another comment between is fine)
        channels:
          - platform: instagram
            goals: [lead]
          - platform: facebook
            owner: Ann
        team: [{name: Bob}]
        tactics: [{name: x, goals: [nope]}]
        """)
    assert brief(found) == [("SMA003", 11, 13, "comment"), ("SMA003", 13, 12, "comment"),
                            ("SMA003", 15, 29, None)]


def test_comment_above_a_one_line_node_waives_that_line_only(linter):
    found = lint(linter, """\
        channels:
          - platform: instagram
            # smaudit: disable=SMA003
            goals: [lead]
            owner: Bob
        team: [{name: Someone Else}]
        """)
    assert brief(found) == [("SMA003", 9, 13, "comment"), ("SMA003", 10, 12, None)]
    assert found[0].suppressed == Suppression("no reason given", None, "comment")


def test_file_comment_waives_everywhere_even_at_the_end(linter):
    found = lint(linter, """\
        channels:
          - platform: instagram
            goals: [lead]
          - platform: instagram
        # smaudit: disable-file=duplicate,SMA003 -- archived plan
        """)
    assert brief(found) == [("SMA003", 8, 13, "file-comment"), ("SMA004", 9, 15, "file-comment")]
    assert {f.suppressed.reason for f in found} == {"archived plan"}


def test_all_names_every_rule(linter):
    found = lint(linter, """\
        channels:
          - platform: instagram  # smaudit: disable=all -- duplicate on purpose
            goals: [lead]
          - platform: instagram  # smaudit: disable=all -- duplicate on purpose
        """)
    assert brief(found) == [("SMA005", 7, 26, None), ("SMA003", 8, 13, None),
                            ("SMA004", 9, 15, "comment")]
    assert found[0].message == "suppression of all rules suppressed nothing"


def test_rule_names_ignore_case(linter):
    found = lint(linter, """\
        channels:
          - platform: instagram
            goals: [lead]  # smaudit: disable=sma003
        """)
    assert brief(found) == [("SMA003", 8, 13, "comment")]


# --------------------------------------------------------------------------- expiry


def test_waiver_until_a_future_date_applies(linter):
    found = lint(linter, """\
        channels:
          - platform: instagram
            goals: [lead]  # smaudit: disable=SMA003 until=2999-12-31 -- pilot until then
        """)
    assert found[0].suppressed == Suppression("pilot until then", "2999-12-31", "comment")


def test_waiver_applies_on_its_last_day(linter):
    found = lint(linter, """\
        channels:
          - platform: instagram
            goals: [lead]  # smaudit: disable=SMA003 until=2027-03-31 -- pilot
        """, today=dt.date(2027, 3, 31))
    assert brief(found) == [("SMA003", 8, 13, "comment")]


def test_expired_waiver_stops_applying_and_says_so(linter):
    found = lint(linter, """\
        channels:
          - platform: instagram
            goals: [lead]  # smaudit: disable=SMA003 until=2020-01-01 -- pilot
        """)
    assert brief(found) == [("SMA003", 8, 13, None)]
    assert found[0].message == ("goal 'lead' is not declared in business_goals (declared: "
                                "'leads') (waiver expired 2020-01-01)")


def test_expired_file_waiver(linter):
    found = lint(linter, """\
        # smaudit: disable-file=SMA003 until=2027-03-31 -- until the merge
        channels:
          - platform: instagram
            goals: [lead]
        """, today=dt.date(2027, 4, 1))
    assert brief(found) == [("SMA003", 9, 13, None)]
    assert found[0].message.endswith(" (waiver expired 2027-03-31)")


def test_live_waiver_wins_over_an_expired_one(linter):
    found = lint(linter, """\
        # smaudit: disable-file=SMA003 until=2020-01-01 -- old
        channels:
          - platform: instagram
            goals: [lead]  # smaudit: disable=SMA003 -- new
        """)
    assert brief(found) == [("SMA005", 6, 1, None), ("SMA003", 9, 13, "comment")]
    assert found[0].message == ("expired suppression of SMA003 (dangling-reference) (until "
                                "2020-01-01) matches no finding")


# --------------------------------------------------------------------------- SMA005


def test_unused_waiver_is_reported_at_the_comment(linter):
    found = lint(linter, """\
        channels:
          - platform: instagram  # smaudit: disable=SMA004 -- not a duplicate
            goals: [leads]
        """)
    assert brief(found) == [("SMA005", 7, 26, None)]
    finding = found[0]
    assert finding.message == "suppression of SMA004 (duplicate) suppressed nothing"
    assert (finding.slug, finding.severity.label, finding.location.end_column) == (
        "unused-suppression", "info", 70)


def test_unused_rule_in_a_waiver_is_reported_by_name(linter):
    found = lint(linter, """\
        channels:
          - platform: instagram
            goals: [lead]  # smaudit: disable=SMA003,duplicate -- merging
        """)
    assert brief(found) == [("SMA003", 8, 13, "comment"), ("SMA005", 8, 20, None)]
    assert found[1].message == ("SMA004 (duplicate), named in this suppression, suppressed "
                                "nothing")


def test_waiver_at_the_end_of_the_file_covers_nothing(linter):
    found = lint(linter, """\
        channels:
          - platform: instagram
        # smaudit: disable=SMA003
        """)
    assert brief(found) == [("SMA005", 8, 1, None)]


@pytest.mark.parametrize(("comment", "message"), [
    ("# smaudit: disable=dangling-refrence -- typo",
     "suppression names 'dangling-refrence', which is not a rule enabled in this run; did "
     "you mean 'dangling-reference'?"),
    ("# smaudit: disable=SMA003 until=2027-02-30 -- no such day",
     "until=2027-02-30 is not a date (expected YYYY-MM-DD)"),
    ("# smaudit: disable=SMA003 until=31/03/2027",
     "until=31/03/2027 is not a date (expected YYYY-MM-DD)"),
    ("# smaudit: disabel=SMA003",
     "unknown suppression directive 'disabel' (valid: disable, disable-file); did you mean "
     "'disable'?"),
    ("# smaudit: disable",
     "disable names no rule: expected disable=RULE[,RULE]"),
    ("# smaudit: disable= -- nothing named",
     "disable names no rule: expected disable=RULE[,RULE]"),
    ("# smaudit: disable=SMA003 expires=2027-01-01",
     "unknown suppression option 'expires' (valid: until)"),
    ("# smaudit:", "suppression comment without a directive: expected disable=RULE or "
     "disable-file=RULE"),
])
def test_malformed_waiver_is_reported_and_not_applied(linter, comment, message):
    found = lint(linter, f"""\
        channels:
          - platform: instagram
            goals: [lead]  {comment}
        """)
    assert brief(found) == [("SMA003", 8, 13, None), ("SMA005", 8, 20, None)]
    assert found[1].message == message


def test_unknown_rule_does_not_void_the_other_rules(linter):
    found = lint(linter, """\
        channels:
          - platform: instagram
            goals: [lead]  # smaudit: disable=SMA003,no-such-rule -- merging
        """)
    assert brief(found) == [("SMA003", 8, 13, "comment"), ("SMA005", 8, 20, None)]
    assert "'no-such-rule', which is not a rule enabled in this run" in found[1].message


def test_sma005_is_waived_only_by_name(linter):
    found = lint(linter, """\
        # smaudit: disable-file=unused-suppression -- waivers kept for the next audit
        channels:
          - platform: instagram  # smaudit: disable=SMA004
            goals: [leads]  # smaudit: disable=all
        """)
    assert brief(found) == [("SMA005", 8, 26, "file-comment"), ("SMA005", 9, 21, "file-comment")]


def test_unused_waiver_of_sma005_is_reported(linter):
    found = lint(linter, """\
        channels:  # smaudit: disable=SMA005
          - platform: instagram
        """)
    assert brief(found) == [("SMA005", 6, 12, None)]
    assert found[0].message == "suppression of SMA005 (unused-suppression) suppressed nothing"


def test_no_sma005_when_it_is_not_selected():
    linter = Linter(Settings(select=("SMA003",)))
    found = linter.lint_bytes(HEAD + "channels: [{platform: x}]  # smaudit: disable=SMA003\n",
                              "plan.yaml").result.findings
    assert found == ()


def test_sma005_severity_follows_the_config():
    linter = Linter(Settings(select=STABLE, rules={"SMA005": RuleSetting("warning")}))
    found = linter.lint_bytes(HEAD + "channels: [{platform: x}]  # smaudit: disable=SMA003\n",
                              "plan.yaml").result.findings
    assert [(f.code, f.severity.label) for f in found] == [("SMA005", "warning")]


# --------------------------------------------------------------------------- real comments


def test_hash_inside_quoted_text_is_not_a_waiver(linter):
    found = lint(linter, """\
        channels:
          - platform: instagram
            goals: [lead]
            rationale: "Tips #1 # smaudit: disable=SMA003 -- not a comment"
            cadence: 'daily # smaudit: disable-file=all'
        """)
    assert brief(found) == [("SMA003", 8, 13, None)]


def test_hash_inside_a_block_scalar_is_not_a_waiver(linter):
    found = lint(linter, """\
        channels:
          - platform: instagram
            rationale: |
              # smaudit: disable-file=SMA003 -- text, not a comment
            goals: [lead]
        """)
    assert brief(found) == [("SMA003", 10, 13, None)]


def test_hash_without_space_is_not_a_comment(linter):
    found = lint(linter, """\
        channels:
          - platform: instagram
            goals: [lead]
            rationale: see#smaudit:disable=SMA003
        """)
    assert brief(found) == [("SMA003", 8, 13, None)]


def test_comments_positions():
    text = ('a: "x # no"  # trailing\n'
            '# own line\n'
            'b: |\n'
            '  # inside the block\n'
            '  #also\n'
            'c: d#e #f\n')
    assert read(text).comments == [
        Comment(" trailing", 1, 14, False),
        Comment(" own line", 2, 1, True),
        Comment("f", 6, 8, False),
    ]


def test_comments_without_libyaml_uses_ruamel(monkeypatch):
    import yaml

    text = 'a: "x # no"  # trailing\nb: |\n  # inside\n# own\n'
    expected = read(text).comments
    monkeypatch.delattr(yaml, "CSafeLoader", raising=False)
    assert read(text).comments == expected == [Comment(" trailing", 1, 14, False),
                                               Comment(" own", 4, 1, True)]


# --------------------------------------------------------------------------- CLI


def test_cli_counts_and_carries_suppressed_findings(tmp_path, monkeypatch, capsys):
    plan = tmp_path / "plan.yaml"
    plan.write_text(HEAD + textwrap.dedent("""\
        channels:
          - platform: instagram
            goals: [lead]  # smaudit: disable=SMA003 until=2999-01-01 -- pilot
        """))
    monkeypatch.chdir(tmp_path)
    code = main(["plan.yaml", "--select", ",".join(STABLE), "--format", "json", "--no-cache"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0
    assert report["summary"]["suppressed"] == 1
    assert report["summary"]["errors"] == 0
    assert report["files"][0]["score"] == 100.0
    assert report["files"][0]["findings"][0]["suppressed"] == {
        "reason": "pilot", "until": "2999-01-01", "kind": "comment"}

    code = main(["plan.yaml", "--select", ",".join(STABLE), "--no-cache"])
    out = capsys.readouterr().out
    assert code == 0
    assert out == "No findings in 1 file; 1 finding suppressed; readiness 100/100.\n"
