"""``smaudit report``: the client readiness report in HTML and markdown.

Content is checked on results built by hand, so the assertions do not move
with the rule catalog; the command itself runs on ``tests/data/report_flawed.yaml``
(a copy of a shared flawed fixture with one waiver added).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from smaudit.cli import main
from smaudit.errors import UsageError
from smaudit.formatters import RuleMeta
from smaudit.model import AREAS, Finding, Location, Result, Severity, Suppression
from smaudit.report.chart import bar_chart, color
from smaudit.report.command import choose_format
from smaudit.report.html import doc_html, render_html
from smaudit.report.markdown import bar, render_markdown
from smaudit.report.model import ReadinessReport, band, build_report, compare
from smaudit.rule import RuleDocs
from smaudit.score import readiness

DATA = Path(__file__).parent / "data"
FLAWED = DATA / "report_flawed.yaml"
DATE = dt.date(2027, 3, 1)
EVIL = "<script>alert('x')</script>"

RULES = {
    "SMA101": RuleMeta(
        code="SMA101", slug="no-business-goal", severity="error", area="goals",
        summary="No business goal.", plugin="smaudit", sources=("001",),
        docs=RuleDocs(what="w", why="Without a goal nothing says what social media is for.",
                      example="e", instead="```yaml\nbusiness_goals:\n  - id: leads\n```")),
    "SMA303": RuleMeta(
        code="SMA303", slug="slow-response", severity="warning", area="service",
        summary="Slow response.", plugin="smaudit", sources=("004",),
        docs=RuleDocs(why="Customers expect an answer the same day.",
                      instead="Promise `4h`.")),
    "SMA401": RuleMeta(
        code="SMA401", slug="vanity-metric", severity="warning", area="measurement",
        summary="A vanity metric.", plugin="smaudit", sources=("001",),
        docs=RuleDocs(why="Followers do not pay the bills.",
                      instead="Measure **inquiries**.")),
    "SMA704": RuleMeta(
        code="SMA704", slug="no-call-to-action", severity="info", area="tactics",
        summary="No call to action.", plugin="smaudit", sources=("000",),
        docs=RuleDocs(why="A tactic without a mission gets watched, not acted on.",
                      instead="- ask for a booking\n- ask for a share")),
}


def finding(code: str, line: int, pointer: str, message: str, *, hint: str | None = None,
            suppressed: Suppression | None = None) -> Finding:
    meta = RULES[code]
    return Finding(code=code, slug=meta.slug, severity=Severity.parse(meta.severity),
                   message=message, location=Location("plan.yaml", line, 3, line, 8, pointer),
                   hint=hint, area=meta.area, suppressed=suppressed)


FINDINGS = (
    finding("SMA101", 1, "/business_goals", f"no business goals {EVIL}", hint="Add one."),
    finding("SMA401", 20, "/metrics/0", "\"followers\" is a vanity metric",
            hint="Tie it to a goal."),
    finding("SMA401", 22, "/metrics/1", "\"likes\" is a vanity metric", hint="Tie it to a goal."),
    finding("SMA704", 30, "/tactics/0", "tactic \"Tips\" asks for nothing"),
    finding("SMA303", 40, "/customer_service/response_time", "customers wait 2 days",
            suppressed=Suppression(f"assistant starts in March {EVIL}", "2027-03-31",
                                   "comment")),
)


def result(findings: tuple[Finding, ...] = FINDINGS, organization: str = f"Rosa & {EVIL}"
           ) -> Result:
    return Result(path="plan.yaml", findings=findings, score=readiness(findings),
                  organization=organization)


def report(**kwargs: object) -> ReadinessReport:
    return build_report(result(**kwargs), RULES, date=DATE, version="9.9")


class TagBalance(HTMLParser):
    """Checks that every element that must be closed is closed, in order."""

    VOID = {"meta", "br", "hr", "img", "input", "link", "line", "rect", "path", "circle"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
            return
        self.stack.pop()


# --- the model --------------------------------------------------------------------------


def test_model_scores_groups_and_summary():
    model = report()
    assert model.organization == f"Rosa & {EVIL}"
    assert model.overall == readiness(FINDINGS).overall
    assert [a.area for a in model.areas] == list(AREAS)
    assert [s.area for s in model.sections] == ["goals", "measurement", "tactics"]
    vanity = model.sections[1].rules[0]
    assert vanity.code == "SMA401" and len(vanity.occurrences) == 2, "one group per rule"
    assert vanity.title == "A vanity metric", "titles drop the full stop"
    summary = model.summary
    assert summary.critical == 1 and summary.warnings == 2 and summary.notes == 1
    assert [p.code for p in summary.priorities] == ["SMA101", "SMA401", "SMA704"]
    assert summary.priorities[0].todo == "Add one."
    assert summary.verdict == "Needs work", "a critical finding caps the verdict"
    text = " ".join(summary.sentences)
    assert "Weakest: Goals and strategy (75)" in text
    assert "1 critical issue must be fixed" in text
    assert [g.code for g in model.suppressed] == ["SMA303"]
    assert model.sources == ("Your SMB is a Success, So Why is Your Social Media a Failure?",
                             "Why Small Businesses Fail at Social Media",
                             "Goals vs. outcomes, box checking and bandwagon leaps "
                             "(untitled article)")


def test_priorities_are_three_distinct_rules_most_severe_first():
    many = (*(finding("SMA704", n, f"/tactics/{n}", "nothing asked") for n in range(5)),
            finding("SMA401", 50, "/metrics/0", "vanity"))
    priorities = report(findings=many).summary.priorities
    assert [p.code for p in priorities] == ["SMA401", "SMA704"]


def test_bands():
    assert band(100)[0] == "Ready"
    assert band(88)[0] == "Nearly ready"
    assert band(99, critical=1)[0] == "Needs work"
    assert band(40, critical=2)[0] == "Not ready"


def test_unreadable_plan_is_not_ready():
    broken = Finding(code="SMA001", slug="yaml-syntax", severity=Severity.ERROR,
                     message="bad indentation", location=Location("plan.yaml", 3, 1, 3, 2),
                     area="plan")
    model = report(findings=(broken,))
    assert model.verdict == "Not ready"
    assert "could not be read" in model.summary.sentences[0]
    assert "1 critical issue must be fixed before the plan can work." in model.summary.sentences
    assert model.sections[0].title == "The plan file"


def test_clean_plan_summary():
    model = report(findings=())
    assert model.overall == 100
    assert model.summary.priorities == ()
    assert "Every area scores 100." in model.summary.sentences
    assert "No findings" in render_html(model)
    assert "No findings" in render_markdown(model)


# --- HTML -------------------------------------------------------------------------------


def test_html_is_self_contained_and_well_formed():
    page = render_html(report())
    assert page.startswith("<!DOCTYPE html>")
    checker = TagBalance()
    checker.feed(page)
    checker.close()
    assert checker.errors == [] and checker.stack == []
    assert "script" not in checker.tags, "no script, from the plan or otherwise"
    for needle in ("<link", " src=", "@import", "url("):
        assert needle not in page
    assert "<style>" in page


def test_html_escapes_everything_from_the_plan():
    page = render_html(report())
    assert "<script" not in page.lower()
    assert "Rosa &amp; &lt;script&gt;" in page
    assert "no business goals &lt;script&gt;alert('x')&lt;/script&gt;" in page
    assert "assistant starts in March &lt;script&gt;" in page


def test_html_content():
    page = render_html(report())
    model = report()
    assert "<h1>Rosa &amp; &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;</h1>" in page
    assert "1 March 2027" in page
    assert f'<span class="score-value">{model.overall:g}</span>' in page
    assert "<svg" in page and "Readiness by area" in page
    for f in FINDINGS:
        if f.suppressed is None:
            assert f"plan.yaml:{f.location.line}:3" in page
    assert '"followers" is a vanity metric' in page
    assert "Without a goal nothing says what social media is for." in page
    assert "<pre><code>business_goals:\n  - id: leads</code></pre>" in page
    assert "Measure <strong>inquiries</strong>." in page
    assert "<li>ask for a booking</li>" in page
    assert "In each case:" in page, "a hint shared by every occurrence is shown once"
    assert "Waived findings" in page and "2027-03-31" in page
    assert "Why Small Businesses Fail at Social Media" in page
    assert "Generated by smaudit 9.9" in page
    for title in ("Executive summary", "Top priorities", "Findings by area"):
        assert title in page


def test_chart_svg():
    model = report()
    svg = bar_chart(model.areas)
    root = ET.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    ns = {"s": "http://www.w3.org/2000/svg"}
    bars = [r for r in root.findall("s:rect", ns) if r.get("fill") != "#eef0f3"]
    assert len(bars) == len(AREAS)
    widths = {float(r.get("width")) for r in bars}
    assert max(widths) > min(widths)
    labels = [t.text for t in root.findall("s:text", ns)]
    assert "Goals and strategy" in labels and "75" in labels
    assert root.find("s:title", ns).text.startswith("Readiness by area")
    assert color(100) != color(40)


def test_doc_html_escapes_and_formats():
    html = doc_html("Use `<b>` and **bold**.\n\n```\n<i>x</i>\n```\n- one\n- two")
    assert html == ("<p>Use <code>&lt;b&gt;</code> and <strong>bold</strong>.</p>\n"
                    "<pre><code>&lt;i&gt;x&lt;/i&gt;</code></pre>\n"
                    "<ul><li>one</li><li>two</li></ul>")


# --- markdown ---------------------------------------------------------------------------


def test_markdown_report():
    text = render_markdown(report())
    assert text.startswith("# Social media readiness report: Rosa &amp; &lt;script&gt;")
    assert "<script" not in text.lower()
    assert f"## Readiness: {report().overall:g}/100 (Needs work)" in text
    assert "| Goals and strategy | 75 | `███████████████░░░░░` |" in text
    assert "1. **No business goal** (SMA101, Goals and strategy): Add one." in text
    assert "#### Critical: No business goal" in text
    assert "Without a goal nothing says what social media is for." in text
    assert "| Slow response (SMA303) |" in text and "2027\\-03\\-31" not in text
    assert bar(50) == "██████████░░░░░░░░░░"


# --- comparing with a previous audit ----------------------------------------------------


def previous_json(path: str = "plan.yaml") -> dict:
    """A previous ``--format json`` output: SMA101 and SMA401#0 as now, one fixed, one later
    waived; SMA401#1 and SMA704 are new since."""
    def old(code: str, pointer: str, message: str, line: int) -> dict:
        meta = RULES.get(code)
        return {"code": code, "slug": meta.slug if meta else "x", "severity": "warning",
                "area": meta.area if meta else "channels", "message": message, "path": path,
                "line": line, "column": 3, "end_line": line, "end_column": 8,
                "pointer": pointer, "hint": None, "plugin": "smaudit", "suppressed": None}

    return {"version": 1, "files": [{
        "path": path, "organization": "Rosa", "score": 80.0,
        "areas": {"goals": 75.0, "channels": 90.0, "service": 90.0, "measurement": 90.0,
                  "expectations": 100.0, "resources": 100.0, "tactics": 100.0,
                  "foundations": 100.0},
        "findings": [
            old("SMA101", "/business_goals", "no business goals", 1),
            old("SMA401", "/metrics/0", "followers is a vanity metric (old wording)", 18),
            old("SMA206", "/channels/0", "the instagram channel has no rationale", 9),
            old("SMA303", "/customer_service/response_time", "customers wait 2 days", 40),
            {"code": "SMA105", "pointer": "/channels/1", "message": "waived before",
             "suppressed": {"reason": "r", "until": None}},
        ]}]}


def test_compare_fixed_new_and_moved():
    model = compare(report(), result(), previous_json(), RULES, source="old.json")
    change = model.comparison
    assert change is not None
    assert [c.code for c in change.fixed] == ["SMA206"]
    assert [c.code for c in change.waived] == ["SMA303"]
    assert sorted(c.code for c in change.new) == ["SMA401", "SMA704"]
    assert change.unchanged == 2
    assert change.previous_overall == 80.0
    assert change.overall_delta == round(model.overall - 80.0, 1)
    areas = {a.area: a for a in model.areas}
    assert areas["channels"].previous == 90.0 and areas["channels"].delta == 10.0
    assert areas["goals"].delta == 0
    page = render_html(model)
    assert "Since the last audit" in page
    assert "Fixed (1)" in page and "New (2)" in page and "Waived since (1)" in page
    assert "the instagram channel has no rationale" in page
    assert "+10" in page
    text = render_markdown(model)
    assert "## Since the last audit" in text and "| Motivation and channel choice | 90 |" in text


def test_compare_picks_the_matching_file_or_refuses():
    two = previous_json()
    other = json.loads(json.dumps(two["files"][0]))
    other["path"] = "other.yaml"
    other["organization"] = "Other"
    two["files"].append(other)
    assert compare(report(), result(), two, RULES, source="x").comparison is not None
    two["files"][0]["path"] = "third.yaml"
    two["files"][0]["organization"] = "Third"
    with pytest.raises(UsageError):
        compare(report(), result(), two, RULES, source="x")
    with pytest.raises(UsageError):
        compare(report(), result(), {"not": "smaudit"}, RULES, source="x")


# --- the command ------------------------------------------------------------------------


def test_format_from_suffix():
    assert choose_format(None, "out/report.HTML") == "html"
    assert choose_format(None, "report.md") == "markdown"
    assert choose_format("html", "report.md") == "html"
    assert choose_format(None, None) == "markdown"
    with pytest.raises(UsageError):
        choose_format(None, "report.pdf")


def test_command_writes_html_and_markdown(tmp_path, capsys):
    html_out, md_out = tmp_path / "report.html", tmp_path / "report.md"
    assert main(["report", str(FLAWED), "-o", str(html_out), "--date", "2027-02-15"]) == 0
    assert main(["report", str(FLAWED), "-o", str(md_out)]) == 0
    page = html_out.read_text(encoding="utf-8")
    assert "Keystone Realty - Priya Raman" in page and "15 February 2027" in page
    assert "<svg" in page and "Waived findings" in page
    assert "an assistant starts in September" in page
    assert md_out.read_text(encoding="utf-8").startswith(
        "# Social media readiness report: Keystone Realty")
    assert "wrote" in capsys.readouterr().err


def test_command_lists_every_active_finding(tmp_path, capsys):
    assert main([str(FLAWED), "--format", "json"]) == 1
    run = json.loads(capsys.readouterr().out)
    active = [f for f in run["files"][0]["findings"] if f["suppressed"] is None]
    assert active, "the flawed plan has findings"
    assert main(["report", str(FLAWED), "--format", "html"]) == 0
    page = capsys.readouterr().out
    for f in active:
        assert f"{f['path']}:{f['line']}:{f['column']}" in page
    score = run["files"][0]["score"]
    assert f'<span class="score-value">{score:g}</span>' in page


def test_command_compare_with_a_real_previous_run(tmp_path, capsys):
    before = tmp_path / "report_flawed.yaml"
    text = FLAWED.read_text(encoding="utf-8")
    before.write_text(text.replace("  review_cadence: monthly\n", ""), encoding="utf-8")
    old = tmp_path / "old.json"
    assert main([str(before), "--format", "json", "-o", str(old)]) == 1
    out = tmp_path / "report.md"
    assert main(["report", str(FLAWED), "--compare", str(old), "-o", str(out)]) == 0
    report_text = out.read_text(encoding="utf-8")
    assert "## Since the last audit" in report_text
    assert re.search(r"### Fixed \(\d+\)", report_text)


@pytest.mark.parametrize("args", [
    ["report", "missing.yaml", "-o", "r.html"],
    ["report", str(FLAWED), "-o", "report.pdf"],
    ["report", str(FLAWED), "--date", "March"],
])
def test_command_errors_exit_two(args, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(args) == 2
    assert capsys.readouterr().err.startswith("smaudit: error:")


def test_command_compare_rejects_bad_json(tmp_path, capsys):
    bad = tmp_path / "old.json"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["report", str(FLAWED), "--compare", str(bad)]) == 2
    assert "not JSON" in capsys.readouterr().err
