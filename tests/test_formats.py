"""The CI output formats: SARIF, GitHub, JUnit, GitLab and markdown, plus the progress bar.

Exact content is checked on reports built by hand (so these tests do not
move when the rule catalog does), with hostile text in messages and paths;
each format is also run once end to end on a real plan.

``tests/data/sarif-schema-2.1.0.json`` is the SARIF 2.1.0 JSON Schema as
shipped in the npm package ``@microsoft/sarif-multitool-linux`` 5.7.0
(``sarif-2.1.0.json``, MIT licence, microsoft/sarif-sdk). Microsoft's own
validator runs too when ``SMAUDIT_SARIF_MULTITOOL`` names it (for example
``node_modules/.bin/sarif-multitool`` after ``npm ci``).
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from smaudit.cli.main import main
from smaudit.formats import RuleMeta, RunResults
from smaudit.formats.github import annotation, escape_data, escape_property
from smaudit.formats.github import render as render_github
from smaudit.formats.gitlab import issues
from smaudit.formats.junit import render as render_junit
from smaudit.formats.markdown import md_text
from smaudit.formats.markdown import render as render_markdown
from smaudit.formats.sarif import artifact_path, sarif_log
from smaudit.formats.sarif import render as render_sarif
from smaudit.model.findings import (
    Finding,
    Location,
    Result,
    RunSummary,
    Score,
    Severity,
    Suppression,
)
from smaudit.model.rule import RuleDocs

DATA = Path(__file__).parent / "data"
SCHEMA = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
FLAWED = DATA / "report_flawed.yaml"

HOSTILE = "50% off, today: <script>alert(1)</script> | *now*\r\nline two\x01"
PATH = "plans/my plan, v2.yaml"

RULES = {
    "SMA101": RuleMeta(code="SMA101", slug="no-business-goal", severity="error", area="goals",
                       summary="No business goal.", plugin="smaudit",
                       docs=RuleDocs(what="Finds plans without goals.", why="Nothing to aim at.",
                                     example="```yaml\nchannels: []\n```",
                                     instead="Add `business_goals`."),
                       sources=("001",)),
    "SMA303": RuleMeta(code="SMA303", slug="slow-response", severity="warning", area="service",
                       summary="Slow response.", plugin="smaudit"),
    "SMA704": RuleMeta(code="SMA704", slug="no-call-to-action", severity="info",
                       area="tactics", summary="No call to action.", plugin="smaudit"),
}


def finding(code: str, severity: Severity, line: int, *, pointer: str = "/x",
            message: str = "a message", path: str = PATH, hint: str | None = None,
            suppressed: Suppression | None = None) -> Finding:
    slug = RULES[code].slug if code in RULES else "plugin-rule"
    area = RULES[code].area if code in RULES else "channels"
    return Finding(code=code, slug=slug, severity=severity, message=message,
                   location=Location(path, line, 3, line, 9, pointer), hint=hint, area=area,
                   suppressed=suppressed)


def sample_report(errors: tuple[str, ...] = ()) -> RunResults:
    findings = (
        finding("SMA101", Severity.ERROR, 2, pointer="/business_goals", message=HOSTILE,
                hint="Add a goal: sales, leads"),
        finding("SMA303", Severity.WARNING, 7, pointer="/customer_service/response_time",
                suppressed=Suppression("pilot staffing", "2027-03-31", "comment")),
        finding("SMA704", Severity.INFO, 9, pointer="/tactics/0"),
        finding("SMA704", Severity.INFO, 12, pointer="/tactics/1",
                suppressed=Suppression("accepted at the last audit", None, "baseline")),
    )
    plan = Result(path=PATH, findings=findings,
                  score=Score(72.5, (("goals", 75.0), ("service", 100.0))),
                  organization="Acme", lines=((2, "business_goals: []"),))
    clean = Result(path="clean.yaml", score=Score(100.0, (("goals", 100.0),)))
    summary = RunSummary(files=2, errors=1, warnings=0, infos=1, suppressed=2,
                         by_code=(("SMA101", 1), ("SMA704", 1)))
    return RunResults(results=(plan, clean), summary=summary, rules=RULES, version="1.2.3",
                  errors=errors)


# --- SARIF ------------------------------------------------------------------------------


def test_sarif_matches_the_official_schema():
    log = sarif_log(sample_report(errors=("plugin acme failed to load: boom",)))
    jsonschema.Draft202012Validator(SCHEMA).validate(log)


def test_sarif_end_to_end_matches_the_schema(tmp_path, capsys):
    out = tmp_path / "out.sarif"
    assert main([str(FLAWED), "--format", "sarif", "-o", str(out)]) == 1
    log = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(SCHEMA).validate(log)
    assert log["runs"][0]["results"], "the flawed plan has findings"


def test_sarif_tool_and_rules():
    run = sarif_log(sample_report())["runs"][0]
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("smaudit", "1.2.3")
    assert driver["informationUri"].startswith("https://")
    assert run["columnKind"] == "unicodeCodePoints"
    rule = next(r for r in driver["rules"] if r["id"] == "SMA101")
    assert rule["name"] == "no-business-goal"
    assert rule["shortDescription"]["text"] == "No business goal."
    assert rule["fullDescription"]["text"] == "Finds plans without goals."
    assert rule["defaultConfiguration"]["level"] == "error"
    assert rule["helpUri"] == "https://smaudit.dev/rules/no-business-goal"
    for part in ("Finds plans without goals.", "Nothing to aim at.", "channels: []",
                 "Add `business_goals`."):
        assert part in rule["help"]["text"]
        assert part in rule["help"]["markdown"]
    assert "## Why it hurts" in rule["help"]["markdown"]
    assert "Why Small Businesses Fail at Social Media" in rule["help"]["markdown"]
    levels = {r["id"]: r["defaultConfiguration"]["level"] for r in driver["rules"]}
    assert levels == {"SMA101": "error", "SMA303": "warning", "SMA704": "note"}


def test_sarif_results_locations_and_suppressions():
    run = sarif_log(sample_report())["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    assert len(results) == 4, "suppressed findings are kept, marked as suppressed"
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert location["artifactLocation"]["uri"] == "plans/my%20plan%2C%20v2.yaml"
        artifact = run["artifacts"][location["artifactLocation"]["index"]]
        assert artifact["location"]["uri"] == location["artifactLocation"]["uri"]
    first = results[0]
    assert first["level"] == "error"
    assert first["message"]["text"].startswith(HOSTILE.strip())
    assert "Hint: Add a goal: sales, leads." in first["message"]["text"]
    region = first["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 2, "startColumn": 3, "endLine": 2, "endColumn": 9,
                      "snippet": {"text": "business_goals: []"}}
    assert "suppressions" not in first
    waiver, baseline = results[1]["suppressions"][0], results[3]["suppressions"][0]
    assert waiver["kind"] == "inSource"
    assert waiver["justification"] == "pilot staffing"
    assert waiver["properties"]["until"] == "2027-03-31"
    assert baseline["kind"] == "external"
    assert baseline["justification"] == "accepted at the last audit"
    assert results[2]["level"] == "note"
    assert [a["location"]["uri"] for a in run["artifacts"]] == \
        ["plans/my%20plan%2C%20v2.yaml", "clean.yaml"]


def test_sarif_run_errors_are_notifications():
    run = sarif_log(sample_report(errors=("missing.yaml: no such file",)))["runs"][0]
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["message"]["text"] == \
        "missing.yaml: no such file."


def test_sarif_fingerprints_ignore_lines_and_messages():
    def prints(line: int, message: str) -> str:
        report = RunResults(results=(Result(PATH, (finding("SMA704", Severity.INFO, line,
                                                       message=message),)),),
                        summary=RunSummary(files=1), rules=RULES)
        return sarif_log(report)["runs"][0]["results"][0]["partialFingerprints"]

    assert prints(3, "old wording") == prints(30, "new wording")
    report = sample_report()
    values = [r["partialFingerprints"]["smauditNodeHash/v1"]
              for r in sarif_log(report)["runs"][0]["results"]]
    assert len(set(values)) == len(values)


def test_sarif_paths(tmp_path):
    inside = str(tmp_path / "plans" / "a.yaml")
    assert artifact_path(inside, str(tmp_path)) == ("plans/a.yaml", True)
    assert artifact_path("./b.yaml", os.getcwd()) == ("b.yaml", True)
    outside = str(tmp_path.parent / "elsewhere.yaml")
    assert artifact_path(outside, str(tmp_path)) == ("../elsewhere.yaml", True)
    report = RunResults(results=(Result(outside),), summary=RunSummary(files=1), root=str(tmp_path))
    run = sarif_log(report)["runs"][0]
    assert run["artifacts"][0]["location"] == {"uri": "../elsewhere.yaml",
                                               "uriBaseId": "%SRCROOT%"}
    base = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert base == tmp_path.as_uri() + "/"
    jsonschema.Draft202012Validator(SCHEMA).validate(sarif_log(report))


def test_sarif_rule_missing_from_metadata_is_described():
    plugin = finding("ACME101", Severity.WARNING, 4)
    report = RunResults(results=(Result(PATH, (plugin,)),), summary=RunSummary(files=1), rules={})
    run = sarif_log(report)["runs"][0]
    assert run["tool"]["driver"]["rules"][0]["id"] == "ACME101"
    assert run["results"][0]["ruleIndex"] == 0


def _multitool() -> str | None:
    """The validator named by SMAUDIT_SARIF_MULTITOOL, else the one `npm install` put in
    node_modules (CI installs it from package.json), else one on PATH."""
    named = os.environ.get("SMAUDIT_SARIF_MULTITOOL")
    if named:
        return shutil.which(named) or (named if os.path.exists(named) else None)
    local = Path(__file__).resolve().parents[1] / "node_modules" / ".bin" / "sarif-multitool"
    return str(local) if local.exists() else shutil.which("sarif-multitool")


@pytest.mark.skipif(_multitool() is None,
                    reason="run `npm install` (package.json) for Microsoft's SARIF validator")
def test_microsoft_sarif_validator_accepts_the_output(tmp_path):
    tool = _multitool()
    assert tool is not None
    target = tmp_path / "smaudit.sarif"
    target.write_text(render_sarif(sample_report(errors=("x.yaml: no such file",))),
                      encoding="utf-8")
    end_to_end = tmp_path / "flawed.sarif"
    assert main([str(FLAWED), "--format", "sarif", "-o", str(end_to_end)]) == 1
    outside = tmp_path / "outside.sarif"  # a plan outside the root: ../ against %SRCROOT%
    (tmp_path / "repo").mkdir()
    assert main([str(FLAWED), "--format", "sarif", "--root", str(tmp_path / "repo"),
                 "-o", str(outside)]) == 1
    assert '"uri": "../' in outside.read_text(encoding="utf-8")
    for sarif in (target, end_to_end, outside):
        log = tmp_path / f"{sarif.stem}.validation.sarif"
        # The validator exits 0 whatever it finds, and says nothing at all about a file it
        # cannot read: so ask for notes too, require some (proof the file was analysed),
        # and fail on any error or warning.
        done = subprocess.run([tool, "validate", str(sarif), "--level", "Error", "Warning",
                               "Note", "--output", str(log)],
                              capture_output=True, text=True, timeout=300, check=False)
        assert done.returncode == 0, done.stdout + done.stderr
        results = json.loads(log.read_text(encoding="utf-8-sig"))["runs"][0].get("results", [])
        assert results, f"the validator did not analyse {sarif.name}: {done.stdout}"
        problems = [r for r in results if r.get("level", "warning") in ("error", "warning")]
        assert not problems, json.dumps(problems, indent=2)


# --- GitHub -----------------------------------------------------------------------------


def test_github_escaping_follows_the_actions_toolkit():
    assert escape_data("100% done\r\nnext") == "100%25 done%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_github_annotations():
    lines = render_github(sample_report(errors=("boom, bang: crash",))).splitlines()
    assert len(lines) == 3, "suppressed findings are not annotated"
    assert lines[0].startswith(
        "::error file=plans/my plan%2C v2.yaml,line=2,col=3,endLine=2,endColumn=9,"
        "title=SMA101 no-business-goal::50%25 off, today: <script>")
    assert "%0D%0Aline two" in lines[0]
    assert lines[0].endswith("%0Ahint: Add a goal: sales, leads")
    assert lines[1].startswith("::notice file=plans/my plan%2C v2.yaml,line=9,")
    assert lines[2] == "::error title=smaudit::boom, bang: crash"
    for line in lines:
        assert "\r" not in line


def test_github_columns_only_on_one_line():
    multi = Finding(code="SMA303", slug="slow-response", severity=Severity.WARNING,
                    message="m", location=Location(PATH, 4, 3, 9, 12, "/customer_service"),
                    area="service")
    assert annotation(multi).startswith(
        "::warning file=plans/my plan%2C v2.yaml,line=4,endLine=9,title=SMA303 slow-response::")
    narrow = Finding(code="SMA303", slug="slow-response", severity=Severity.WARNING,
                     message="m", location=Location(PATH, 4, 9, 4, 2, "/x"), area="service")
    assert ",line=4,col=9,endLine=4,endColumn=9," in annotation(narrow)


WHOLE_PLAN_FILE = """\
# The spring plan of a two-person bike repair shop.
# Reviewed every quarter.
version: 1
organization:
  name: Spoke & Chain
business_goals:
  - id: tune-ups
    statement: Book 25 spring tune-ups a month
    type: sales
channels:
  - platform: instagram
    goals: [tune-ups]
    owner: Lena
    cadence: 2/week
"""


@pytest.mark.parametrize("fmt", ["github", "json", "sarif", "gitlab", "text"])
def test_whole_plan_findings_are_at_line_one_in_every_format(fmt, tmp_path, capsys):
    """No strategy, no metrics: findings about the plan as a whole, which must not span
    the file or land at its end (line 15 here) in any format."""
    plan = tmp_path / "shop.yaml"
    plan.write_text(WHOLE_PLAN_FILE, encoding="utf-8")
    main(["--no-cache", "--select", "SMA106,SMA403", "--format", fmt, str(plan)])
    out = capsys.readouterr().out
    if fmt == "github":
        places = re.findall(r"^::\w+ file=[^,]*,(line=\d+(?:,col=\d+)?,endLine=\d+"
                            r"(?:,endColumn=\d+)?),title=(SMA\d+)", out, re.M)
        assert places == [("line=1,col=1,endLine=1,endColumn=1", "SMA106"),
                          ("line=1,col=1,endLine=1,endColumn=1", "SMA403")]
    elif fmt == "json":
        found = [(f["code"], f["line"], f["column"], f["end_line"], f["end_column"])
                 for f in json.loads(out)["files"][0]["findings"]]
        assert found == [("SMA106", 1, 1, 1, 1), ("SMA403", 1, 1, 1, 1)]
    elif fmt == "sarif":
        regions = [(r["ruleId"], r["locations"][0]["physicalLocation"]["region"])
                   for r in json.loads(out)["runs"][0]["results"]]
        assert [(code, region["startLine"], region["endLine"]) for code, region in regions] \
            == [("SMA106", 1, 1), ("SMA403", 1, 1)]
    elif fmt == "gitlab":
        assert [(i["check_name"].split()[0], i["location"]["lines"]) for i in json.loads(out)] \
            == [("SMA106", {"begin": 1, "end": 1}), ("SMA403", {"begin": 1, "end": 1})]
    else:
        assert re.findall(r"^\S+shop\.yaml:(\d+):(\d+): \w+ (SMA\d+)", out, re.M) == [
            ("1", "1", "SMA106"), ("1", "1", "SMA403")]
        assert "    1 | # The spring plan" in out


def test_github_properties_cannot_be_split():
    hostile = finding("SMA704", Severity.WARNING, 1, path="a,line=99:b.yaml")
    line = annotation(hostile)
    properties = line[2:].split("::", 1)[0].split(" ", 1)[1]
    keys = [item.split("=", 1)[0] for item in properties.split(",")]
    assert keys == ["file", "line", "col", "endLine", "endColumn", "title"]
    assert "file=a%2Cline=99%3Ab.yaml" in line


# --- JUnit ------------------------------------------------------------------------------


JUNIT_XSD = DATA / "junit-jenkins.xsd"


def junit_schema_errors(text: str) -> list[str]:
    """What the Jenkins xUnit JUnit schema rejects in ``text``."""
    xmlschema = pytest.importorskip("xmlschema")
    schema = xmlschema.XMLSchema(str(JUNIT_XSD))
    return [f"{error.path}: {error.reason}" for error in schema.iter_errors(text)]


def test_junit_has_a_suite_per_file_and_a_case_per_finding():
    text = render_junit(sample_report())
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [PATH, "clean.yaml"]
    cases = suites[0].findall("testcase")
    assert [c.get("name") for c in cases] == ["SMA101 no-business-goal /business_goals",
                                              "SMA704 no-call-to-action /tactics/0"]
    assert {c.get("classname") for c in cases} == {PATH}
    assert [len(c.findall("failure")) for c in cases] == [1, 1]
    failure = cases[0].find("failure")
    assert failure.get("type") == "SMA101"
    assert "<script>alert(1)</script>" in failure.get("message")
    assert failure.text.startswith(f"{PATH}:2:3: error SMA101")
    assert "\x01" not in text
    assert "&lt;script&gt;" in text
    (passing,) = suites[1].findall("testcase")
    assert passing.get("name") == "no findings" and list(passing) == []
    readiness = [(p.get("name"), p.get("value")) for p in suites[0].iter("property")]
    assert readiness == [("readiness", "72.5")]
    out = suites[0].find("system-out").text
    assert "pilot staffing" in out and "until 2027-03-31" in out
    counts = [(s.get("tests"), s.get("failures"), s.get("errors")) for s in suites]
    assert counts == [("2", "2", "0"), ("1", "0", "0")]
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("3", "2", "0")


def test_junit_run_errors_are_error_cases():
    root = ET.fromstring(render_junit(sample_report(errors=("gone.yaml: missing",))))
    suite = root.findall("testsuite")[-1]
    assert (suite.get("name"), suite.get("tests"), suite.get("errors")) == ("smaudit run", "1",
                                                                            "1")
    assert suite.find("testcase").find("error").get("message") == "gone.yaml: missing"
    assert root.get("errors") == "1"


def test_junit_is_valid_against_the_jenkins_xunit_schema():
    assert junit_schema_errors(render_junit(sample_report(errors=("gone.yaml: x",)))) == []


def test_the_jenkins_schema_rejects_what_consumers_trip_over():
    """The schema is strict where it matters, so the test above can fail."""
    bad = ('<testsuites skipped="0"><testsuite name="s" tests="1" failures="0" errors="0">'
           '<testcase name="c" file="plan.yaml"/></testsuite></testsuites>')
    assert [error.split(": ", 1)[1] for error in junit_schema_errors(bad)] == [
        "'skipped' attribute not allowed for element",
        "'file' attribute not allowed for element"]


def test_junit_end_to_end_is_valid_and_counts_one_failure_per_case(tmp_path, capsys):
    clean = tmp_path / "clean.yaml"
    clean.write_text((DATA / "healthy_example.yaml").read_text(encoding="utf-8"))
    code = main(["--no-cache", "--format", "junit", "--root", str(DATA), str(FLAWED), str(clean)])
    out = capsys.readouterr().out
    assert code == 1
    assert junit_schema_errors(out) == []
    root = ET.fromstring(out.encode("utf-8"))
    for suite in root.findall("testsuite"):
        cases = suite.findall("testcase")
        assert int(suite.get("tests")) == len(cases)
        assert int(suite.get("failures")) == sum(len(c.findall("failure")) for c in cases)
        assert all(len(c.findall("failure")) <= 1 for c in cases)
    by_name = {suite.get("name"): suite for suite in root.findall("testsuite")}
    flawed, healthy = by_name[FLAWED.name], by_name[str(clean)]  # outside the root: absolute
    assert int(flawed.get("failures")) == int(flawed.get("tests")) > 1
    assert [c.get("name") for c in healthy.findall("testcase")] == ["no findings"]


def test_junit_parses_with_junitparser(tmp_path):
    junitparser = pytest.importorskip("junitparser")
    target = tmp_path / "junit.xml"
    target.write_text(render_junit(sample_report()), encoding="utf-8")
    xml = junitparser.JUnitXml.fromfile(str(target))
    suites = list(xml)
    assert [suite.name for suite in suites] == [PATH, "clean.yaml"]
    cases = list(suites[0])
    assert [[type(r).__name__ for r in case.result] for case in cases] == [["Failure"]] * 2
    assert [case.is_passed for case in suites[1]] == [True]
    for suite in suites:
        before = (suite.tests, suite.failures, suite.errors)
        suite.update_statistics()
        assert (suite.tests, suite.failures, suite.errors) == before
    assert (xml.tests, xml.failures, xml.errors) == (3, 2, 0)


# --- GitLab -----------------------------------------------------------------------------


def test_gitlab_code_quality_fields():
    found = issues(sample_report())
    assert len(found) == 2, "GitLab has no waivers: suppressed findings are left out"
    first = found[0]
    assert first["description"].startswith(HOSTILE)
    assert first["check_name"] == "SMA101 no-business-goal"
    assert first["severity"] == "critical"
    assert first["location"] == {"path": PATH, "lines": {"begin": 2, "end": 2}}
    assert re.fullmatch(r"[0-9a-f]{64}", first["fingerprint"])
    assert found[1]["severity"] == "info"


def test_gitlab_severities():
    def severity(code: str, level: Severity) -> str:
        report = RunResults(results=(Result(PATH, (finding(code, level, 1),)),),
                        summary=RunSummary(files=1))
        return issues(report)[0]["severity"]

    assert severity("SMA001", Severity.ERROR) == "blocker"
    assert severity("SMA101", Severity.ERROR) == "critical"
    assert severity("SMA303", Severity.WARNING) == "major"
    assert severity("SMA704", Severity.INFO) == "info"


def test_gitlab_fingerprints_are_stable_and_distinct():
    def prints(*found: Finding) -> list[str]:
        report = RunResults(results=(Result(PATH, found),), summary=RunSummary(files=1))
        return [i["fingerprint"] for i in issues(report)]

    moved = prints(finding("SMA704", Severity.INFO, 40, pointer="/tactics/0", message="new"))
    assert moved == prints(finding("SMA704", Severity.INFO, 4, pointer="/tactics/0"))
    other = prints(finding("SMA704", Severity.INFO, 4, pointer="/tactics/1"))
    assert other != moved
    twice = prints(finding("SMA704", Severity.INFO, 4, pointer="/tactics/0"),
                   finding("SMA704", Severity.INFO, 5, pointer="/tactics/0"))
    assert len(set(twice)) == 2 and twice[0] == moved[0]


def test_gitlab_end_to_end_is_json(capsys):
    assert main([str(FLAWED), "--format", "gitlab"]) == 1
    found = json.loads(capsys.readouterr().out)
    assert found and all({"description", "check_name", "fingerprint", "severity",
                          "location"} <= set(issue) for issue in found)
    assert all(issue["location"]["lines"]["begin"] >= 1 for issue in found)


# --- markdown ---------------------------------------------------------------------------


def test_markdown_table():
    text = render_markdown(sample_report())
    lines = text.splitlines()
    assert lines[0] == ("### smaudit: 2 findings (1 error, 0 warnings, 1 info) in 2 files "
                        "· mean readiness 86.2/100")
    assert "| Severity | Rule | Location | Message |" in lines
    rows = [line for line in lines if line.startswith("| error") or line.startswith("| info")]
    assert len(rows) == 2
    first = rows[0]
    assert "[`SMA101`](https://smaudit.dev/rules/no-business-goal)" in first
    assert "&lt;script&gt;" in first and "<script>" not in text
    assert first.count(" | ") == 3, "a | in the message must not add a column"
    assert "\\*now\\*" in first
    assert "2 findings suppressed" in text


def test_markdown_escape():
    assert md_text("a|b") == "a\\|b"
    assert md_text("x\ny") == "x<br>y"
    assert md_text("<b>&") == "&lt;b&gt;&amp;"


def test_markdown_clean_run():
    report = RunResults(results=(Result("a.yaml", score=Score(100.0)),),
                    summary=RunSummary(files=1))
    assert render_markdown(report).startswith(
        "### smaudit: no findings in 1 file · readiness 100/100\n")


# --- every format, end to end -----------------------------------------------------------


@pytest.mark.parametrize("fmt", ["sarif", "github", "junit", "gitlab", "markdown"])
def test_every_format_is_registered_and_renders(fmt, capsys):
    code = main([str(FLAWED), "--format", fmt])
    out = capsys.readouterr().out
    assert code == 1
    assert out.endswith("\n")
    if fmt in ("sarif", "gitlab"):
        json.loads(out)
    elif fmt == "junit":
        ET.fromstring(out.encode("utf-8"))


# --- the progress bar -------------------------------------------------------------------


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _plans(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "plans"
    folder.mkdir()
    text = FLAWED.read_text(encoding="utf-8")
    for n in range(count):
        (folder / f"plan{n:03}.yaml").write_text(text, encoding="utf-8")
    return folder


def test_progress_bar_on_a_terminal_for_long_runs(tmp_path):
    from smaudit.cli.progress import THRESHOLD, ProgressBar
    from smaudit.linter.lint import Linter

    folder = _plans(tmp_path, THRESHOLD + 10)
    quiet = Linter().lint_paths([str(folder)], jobs=1)
    stream = Terminal()
    with ProgressBar(stream) as bar:
        shown = Linter().lint_paths([str(folder)], jobs=2, progress=bar)
    assert "Linting" in stream.getvalue()
    assert shown.results == quiet.results


def test_progress_callback_counts_every_file(tmp_path):
    from smaudit.linter.lint import Linter

    folder = _plans(tmp_path, 12)
    for jobs in (1, 2):
        calls: list[tuple[int, int]] = []
        Linter().lint_paths([str(folder)], jobs=jobs,
                            progress=lambda d, t, seen=calls: seen.append((d, t)))
        assert calls[0] == (0, 12) and calls[-1] == (12, 12)
        assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_no_progress_bar_off_a_terminal_or_on_short_runs(tmp_path):
    from smaudit.cli.progress import THRESHOLD, ProgressBar
    from smaudit.linter.lint import Linter

    folder = _plans(tmp_path, THRESHOLD + 10)
    piped = io.StringIO()
    with ProgressBar(piped) as bar:
        Linter().lint_paths([str(folder)], jobs=1, progress=bar)
    assert piped.getvalue() == ""
    few = tmp_path / "few"
    few.mkdir()
    (few / "a.yaml").write_text(FLAWED.read_text(encoding="utf-8"), encoding="utf-8")
    terminal = Terminal()
    with ProgressBar(terminal) as bar:
        Linter().lint_paths([str(few)], jobs=1, progress=bar)
    assert terminal.getvalue() == ""
