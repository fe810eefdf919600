"""``smaudit report``: the client audit in HTML and markdown.

The model is checked on results built by hand with a plan context of the
test's own, so the assertions do not move with the rule catalog; the command
runs on ``tests/data/report_flawed.yaml`` (a flawed plan with one waiver) and
on small plans written here. Printing and phone layout are checked with a
real browser in ``test_report_browser.py``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import textwrap
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

from smaudit.cli.main import main
from smaudit.cli.report_command import choose_format
from smaudit.engine.score import readiness
from smaudit.formats import RuleMeta
from smaudit.model.errors import UsageError
from smaudit.model.findings import AREAS, Finding, Location, Result, Severity, Suppression
from smaudit.model.rule import RuleDocs
from smaudit.report.advice import ADVICE, advice_for, article_title, fill, generic_advice
from smaudit.report.chart import area_bars, color, trend_svg
from smaudit.report.context import build_context
from smaudit.report.html import doc_html, render_html
from smaudit.report.markdown import bar, render_markdown
from smaudit.report.readiness import (
    Branding,
    HistoryPoint,
    ReadinessReport,
    band,
    build_report,
    compare,
    history,
)

DATA = Path(__file__).parent / "data"
FLAWED = DATA / "report_flawed.yaml"
DATE = dt.date(2027, 3, 1)
EVIL = "<script>alert('x')</script>"


def meta(code: str, slug: str, severity: str, area: str, *, effort: str = "low",
         impact: str = "medium", sources: tuple[str, ...] = ("001",),
         docs: RuleDocs | None = None) -> RuleMeta:
    return RuleMeta(code=code, slug=slug, severity=severity, area=area,
                    summary=slug.replace("-", " ").capitalize() + ".", plugin="smaudit",
                    sources=sources, docs=docs or RuleDocs(), effort=effort, impact=impact)


RULES = {
    "SMA002": meta("SMA002", "schema", "error", "plan"),
    "SMA102": meta("SMA102", "social-as-strategy", "warning", "goals", impact="high"),
    "SMA104": meta("SMA104", "unmeasurable-goal", "warning", "goals"),
    "SMA402": meta("SMA402", "unmeasured-goal", "warning", "measurement"),
    "SMA206": meta("SMA206", "no-channel-rationale", "info", "channels", sources=("003",)),
    "SMA301": meta("SMA301", "no-customer-service", "error", "service", effort="medium",
                   impact="high", sources=("004",)),
    "SMA401": meta("SMA401", "vanity-metric", "warning", "measurement", impact="high"),
    "SMA602": meta("SMA602", "overloaded-owner", "warning", "resources", effort="high",
                   impact="high", sources=("000",)),
    "SMA704": meta("SMA704", "no-call-to-action", "info", "tactics", impact="low",
                   sources=("000",)),
    "ZZZ900": RuleMeta(
        code="ZZZ900", slug="house-style", severity="warning", area="channels",
        summary="Posts ignore the house style guide.", plugin="zzz", sources=("House guide",),
        docs=RuleDocs(why="A feed that looks like three companies confuses people. It also "
                          "looks careless. Third sentence.",
                      instead="```yaml\nx-style: {guide: brand.pdf}\n```")),
}

PLAN = {
    "organization": {"name": f"Lantern & {EVIL} Bakery", "industry": "bakery",
                     "values": ["friendly service"]},
    "business_goals": [{"id": "orders", "statement": "More cake orders"},
                       {"id": "regulars", "statement": "More weekday regulars"}],
    "channels": [{"platform": "instagram", "owner": "Noor"}, {"platform": "tiktok"},
                 {"platform": "google_business"}],
    "tactics": [{"name": "Tasting Tuesday"}],
    "team": [{"name": "Noor", "role": "baker", "responsibilities": ["social media"]}],
    "metrics": [{"name": "followers"}, {"name": "likes"}],
}


def finding(code: str, line: int, pointer: str, message: str, *, hint: str | None = None,
            suppressed: Suppression | None = None) -> Finding:
    rule = RULES[code]
    return Finding(code=code, slug=rule.slug, severity=Severity.parse(rule.severity),
                   message=message, location=Location("plan.yaml", line, 3, line, 8, pointer),
                   hint=hint, area=rule.area, suppressed=suppressed)


FINDINGS = (
    finding("SMA206", 12, "/channels/0", "instagram has no rationale"),
    finding("SMA206", 14, "/channels/1", "tiktok has no rationale"),
    finding("SMA301", 1, "", f"nobody answers {EVIL}"),
    finding("SMA401", 30, "/metrics/0/name", "followers is a vanity metric"),
    finding("SMA401", 31, "/metrics/1/name", "likes is a vanity metric"),
    finding("SMA602", 25, "/team/0/hours_per_week", "Noor has 1 hour"),
    finding("SMA704", 20, "/tactics/0", "Tasting Tuesday asks nothing"),
    finding("SMA002", 8, "/channels/2/cadence", "cadence must be text", hint="Write `3/week`."),
    finding("ZZZ900", 16, "/channels/2", "no style", hint="Add `x-style: {guide: FILE}`."),
    finding("SMA401", 32, "/metrics/1", "waived one",
            suppressed=Suppression(f"agreed with the owner {EVIL}", "2027-06-30", "comment")),
)


def result(findings: tuple[Finding, ...] = FINDINGS, *, scored: bool = True) -> Result:
    return Result(path="plan.yaml", findings=findings,
                  score=readiness(findings) if scored else None,
                  organization=PLAN["organization"]["name"])


def report(findings: tuple[Finding, ...] = FINDINGS, *, plan: dict | None = None,
           scored: bool = True, **kwargs: object) -> ReadinessReport:
    plan = PLAN if plan is None else plan
    org = plan.get("organization")
    name = (org.get("name") if isinstance(org, dict) else None) or "Plan"
    return build_report(result(findings, scored=scored), RULES, date=DATE, version="9.9",
                        context=build_context(plan, name), **kwargs)


def client_part(page: str) -> str:
    """The page without the appendix, the plan-file box and the masthead's file name."""
    page = re.sub(r'<section id="appendix".*?</section>', "", page, flags=re.S)
    page = re.sub(r'<section id="plan-file".*?</section>', "", page, flags=re.S)
    return re.sub(r"<footer>.*?</footer>", "", page, flags=re.S)


class Sections(HTMLParser):
    """Section ids, recommendation attributes, and whether every tag is closed in order."""

    VOID = {"meta", "br", "hr", "img", "input", "link", "line", "rect", "path", "circle"}

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.recs: list[dict[str, str]] = []
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attributes = dict(attrs)
        self.tags.add(tag)
        if tag == "section":
            self.ids.append(attributes.get("id", ""))
        if tag == "article":
            self.recs.append(attributes)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
            return
        self.stack.pop()


def parse(page: str) -> Sections:
    parser = Sections()
    parser.feed(page)
    parser.close()
    return parser


# --- the model --------------------------------------------------------------------------


def test_one_recommendation_per_problem_naming_every_place():
    model = report()
    by_code = {r.codes: r for r in model.recommendations}
    rationale = by_code[("SMA206",)]
    assert rationale.where == "2 of 3 channels: Instagram and TikTok"
    assert rationale.count == 2
    vanity = by_code[("SMA401",)]
    assert vanity.where == "Both measures: \u201cfollowers\u201d and \u201clikes\u201d", \
        "the waived third finding is not a place"
    assert model.problems == 6 and model.findings == 8


def test_rules_describing_one_problem_make_one_recommendation():
    both = (*FINDINGS, finding("SMA102", 5, "/business_goals/0/statement", "about followers"))
    model = report(both)
    merged = next(r for r in model.recommendations if "SMA102" in r.codes)
    assert set(merged.codes) == {"SMA102", "SMA401"} and model.problems == 6
    assert merged.title == "Followers and likes treated as results"
    assert merged.where == ("Both measures: \u201cfollowers\u201d and \u201clikes\u201d; "
                            "1 of 2 goals: \u201cMore cake orders\u201d")
    assert "\u201cMore cake orders\u201d" in merged.todo and "\u201clikes\u201d" in merged.todo
    assert merged.count == 3 and merged.impact == "high"
    assert merged.lines == "5, 30, 31", "the appendix lists lines in order"
    rec = next(r for r in parse(render_html(model)).recs if "SMA102" in r["data-rules"])
    assert set(rec["data-rules"].split()) == {"SMA102", "SMA401"}
    alone = report((finding("SMA102", 5, "/business_goals/0/statement", "about followers"),))
    assert alone.recommendations[0].title.startswith("Goals about social media itself")


def test_no_answer_and_a_slow_answer_are_one_problem():
    slow = Finding(code="SMA303", slug="x", severity=Severity.WARNING, message="m",
                   location=Location("plan.yaml", 40, 1, 40, 2, "/customer_service"),
                   area="service")
    model = report((*FINDINGS, slow))
    merged = next(r for r in model.recommendations if "SMA303" in r.codes)
    assert merged.codes == ("SMA301", "SMA303") and merged.rank == 1
    assert merged.title == "Nobody answers customers reliably on social media"
    assert model.problems == report().problems, "one problem, not two"


def test_a_merged_where_reads_as_one_sentence():
    both = (*FINDINGS, finding("SMA102", 5, "/business_goals/0/statement", "about followers"),
            finding("SMA102", 6, "/business_goals/1/statement", "about likes"))
    merged = next(r for r in report(both).recommendations if "SMA102" in r.codes)
    assert merged.where == ("Both goals: \u201cMore cake orders\u201d and "
                            "\u201cMore weekday regulars\u201d; "
                            "both measures: \u201cfollowers\u201d and \u201clikes\u201d")


def test_a_merged_problem_names_each_place_once():
    """Two rules about the same goals list them once, and the second rule's advice does
    not spell the list out again."""
    both = (finding("SMA104", 5, "/business_goals/0", "no target"),
            finding("SMA104", 6, "/business_goals/1", "no target"),
            finding("SMA402", 5, "/business_goals/0", "unmeasured"))
    merged = report(both).recommendations[0]
    assert merged.title == "Goals nobody can check" and merged.count == 3
    assert merged.where == ("Both goals: \u201cMore cake orders\u201d and "
                            "\u201cMore weekday regulars\u201d")
    same = (*both, finding("SMA402", 6, "/business_goals/1", "unmeasured"))
    todo = report(same).recommendations[0].todo
    assert todo.count("\u201cMore weekday regulars\u201d") == 1, todo
    assert "each of them" in todo


def test_each_of_them_only_after_the_places_were_named():
    """A later rule says "each of them" only when an earlier one's advice named the list."""
    def at(code: str, index: int, severity: Severity) -> Finding:
        return Finding(code=code, slug="x", severity=severity, message="m",
                       location=Location("plan.yaml", 5 + index, 1, 5 + index, 2,
                                         f"/business_goals/{index}"), area="expectations")

    found = (at("SMA404", 0, Severity.ERROR), at("SMA404", 1, Severity.ERROR),
             at("SMA103", 0, Severity.WARNING), at("SMA103", 1, Severity.WARNING))
    merged = report(found).recommendations[0]
    assert merged.codes == ("SMA404", "SMA103"), "SMA404's advice names no place"
    assert "Replace \u201cMore cake orders\u201d and \u201cMore weekday regulars\u201d" \
        in merged.todo and "each of them" not in merged.todo


def test_a_value_is_counted_among_all_the_plans_values():
    plan = {**PLAN, "organization": {"name": "Lantern", "values": ["openness", "care"]}}
    broken = Finding(code="SMA305", slug="x", severity=Severity.WARNING, message="m",
                     location=Location("plan.yaml", 4, 1, 4, 2, "/organization/values/0"),
                     area="service")
    rec = report((broken,), plan=plan).recommendations[0]
    assert rec.where == "1 of 2 values: \u201copenness\u201d", "not \"the only value\""


def test_advice_leaves_paused_channels_and_undeclared_people_out():
    plan = {**PLAN,
            "channels": [{"platform": "instagram", "owner": "Noor"},
                         {"platform": "x", "status": "paused", "owner": "Noor"},
                         {"platform": "tiktok", "status": "active"}],
            "customer_service": {"owner": "Ghost"}}
    context = build_context(plan, "Lantern")
    assert context.channels == ("Instagram", "TikTok") and "x" not in context.channel_keys
    assert context.owner == "Noor", "Ghost is not on the team"
    service = report((finding("SMA301", 1, "", "nobody answers"),), plan=plan)
    rec = service.recommendations[0]
    assert "Instagram and TikTok" in rec.todo and "X" not in rec.todo.split()
    assert "Ghost" not in rec.example and "owner: Noor" in rec.example
    teamless = build_context({"customer_service": {"owner": "Ines"}}, "Solo")
    assert teamless.owner == "Ines", "with no team listed, the named owner is all there is"


def test_plan_file_problems_are_kept_out_of_the_priorities():
    model = report()
    assert all(not code.startswith("SMA0") for r in model.recommendations for code in r.codes)
    assert [(p.code, p.location) for p in model.plan_file] == [("SMA002", "plan.yaml:8:3")]
    assert any("plan file itself has 1 problem" in s for s in model.summary)
    assert "until then it lowers the score of every area" in model.summary[-1], \
        "the summary says why every area lost points"
    alone = readiness(tuple(f for f in FINDINGS if f.area == "plan"))
    assert all(score < 100 for _area, score in alone.areas), "and it is true"


def test_ranking_weighs_severity_impact_and_area():
    ranked = [r.codes[0] for r in report().recommendations]
    assert ranked[0] == "SMA301", "critical, high impact, in a heavy area"
    assert ranked.index("SMA401") < ranked.index("SMA206"), "warning before suggestion"
    assert ranked[-1] == "SMA704", "a low-impact suggestion in a light area comes last"
    assert [r.rank for r in report().recommendations] == list(range(1, 7))


def test_advice_uses_the_plans_names_and_its_article():
    model = report()
    by_code = {r.codes[0]: r for r in model.recommendations}
    service = by_code["SMA301"]
    assert "Instagram, TikTok and Google Business Profile" in service.todo
    assert service.title == "Nobody answers customers on social media"
    assert article_title("004") in service.why and service.sources == (article_title("004"),)
    assert "untitled" not in article_title("004")
    assert by_code["SMA602"].title == "Noor has too little time for social media"
    assert "\u201cTasting Tuesday\u201d" in by_code["SMA704"].todo
    assert "x-style" not in by_code["ZZZ900"].todo, "a plugin's YAML hint stays out"
    assert by_code["ZZZ900"].example == "x-style: {guide: FILE}"
    assert by_code["ZZZ900"].why == ("A feed that looks like three companies confuses people. "
                                     "\u201cHouse guide\u201d explains why it matters.")


def test_a_nonprofit_hears_about_donors_not_orders():
    museum = {"organization": {"name": "Harbour Maritime Museum", "industry": "museum"},
              "channels": [{"platform": "facebook"}]}
    model = report((finding("SMA301", 1, "", "nobody answers"),
                    finding("SMA401", 3, "/metrics/0", "vanity")), plan=museum)
    text = " ".join(f"{r.title} {r.why} {r.todo}" for r in model.recommendations)
    assert "donors, members and visitors" in text and "donations" in text
    for word in ("customer", "order", "purchase", "sales"):
        assert word not in text.lower()


def test_a_merged_headline_speaks_the_organizations_words():
    def straight(code: str, line: int) -> Finding:
        return Finding(code=code, slug="x", severity=Severity.WARNING, message="m",
                       location=Location("plan.yaml", line, 1, line, 2, "/expectations"),
                       area="expectations")

    museum = {"organization": {"name": "Quay Museum", "industry": "museum"}}
    both = (straight("SMA404", 3), straight("SMA504", 4))
    assert report(both, plan=museum).recommendations[0].title == \
        "Expecting social media to bring donations straight in"
    assert report(both).recommendations[0].title.endswith("bring sales straight in")


@pytest.mark.parametrize("organization", [
    {"name": "Quay Museum", "industry": "museum"},
    {"name": "Town Library", "industry": "public library"},
], ids=["nonprofit", "public"])
def test_no_advice_speaks_of_business_to_a_museum_or_a_library(organization):
    """Every built-in text, filled for a nonprofit and a public body: no customers,
    sales, purchases, brand or business goals."""
    from smaudit.report.advice import PROBLEMS

    context = build_context({"organization": organization,
                             "channels": [{"platform": "instagram"}]}, organization["name"])
    values = {**context.values(), "places": "the places", "source": "An article", "it": "it"}
    texts = [fill(t, values) for a in ADVICE.values() for t in (a.title, a.why, a.todo)]
    texts += [fill(title, values) for title, _codes in PROBLEMS]
    business = re.compile(r"\b(customers?|sales|purchases?|business|brand|shop)\b", re.I)
    assert [t for t in texts if business.search(t)] == []


@pytest.mark.parametrize(("organization", "goal", "kind"), [
    ({"name": "Eastgate Homes", "industry": "real estate",
      "offering": "Selling homes in the best school districts"}, "More listings", "business"),
    ({"name": "Westbrook Public Library", "industry": "public library"}, "More visits",
     "public"),
    ({"name": "Tide Pool Friends", "industry": "marine education"},
     "Raise 20,000 in donations for the new tank", "nonprofit"),
    ({"name": "Riverside Borough", "industry": "parks and recreation"}, "More volunteers",
     "public"),
    ({"name": "Harbourside Maritime Museum"}, "Fix the roof", "nonprofit"),
    ({"name": "Copper Kettle Brewing Co.", "industry": "craft brewery with a taproom"},
     "Sell more beer", "business"),
])
def test_kind_of_organization(organization, goal, kind):
    from smaudit.report.context import kind_of

    assert kind_of({"organization": organization,
                    "business_goals": [{"id": "g", "statement": goal}]}) == kind


def test_summary_agrees_with_the_scores():
    model = report()
    top = max(a.score for a in model.areas)
    bottom = min(a.score for a in model.areas)
    best = [a for a in model.areas if a.score == top]
    worst = [a.title.lower() for a in model.areas if a.score == bottom]
    text = " ".join(model.summary)
    assert len(best) > 2 and f"Its best score, {top:g}, is shared by {len(best)} areas" in text
    assert f"weakest on {worst[0]} ({bottom:g})" in text and len(worst) == 1
    assert "6 distinct problems (8 findings in all), 1 of them critical" in text
    assert "foundations are missing" not in text
    assert model.verdict == band(model.overall, 1)[0]


def test_summary_explains_a_first_problem_in_the_strongest_area():
    """"Strongest on answering people" beside "start with: nobody answers" is explained,
    not left to read as a contradiction."""
    from smaudit.report.readiness import AreaScore, _summary

    items = report().recommendations
    assert items[0].area == "service"
    strong = (AreaScore("service", "Answering people", 90, 1),
              AreaScore("goals", "Goals and strategy", 40, 3))
    text = " ".join(_summary("Lantern", 65, "Not ready", "", strong, items, (), 8))
    assert "strongest on answering people (90)" in text
    assert "Answering people is its strongest area, but a problem there is among the " \
        "first" in text
    weak = (AreaScore("service", "Answering people", 40, 1),
            AreaScore("goals", "Goals and strategy", 90, 3))
    assert "is its strongest area" not in " ".join(
        _summary("Lantern", 65, "Not ready", "", weak, items, (), 8))


def test_summary_ends_once_when_a_problem_title_ends_with_a_full_stop():
    """An organization called "Northgate Ltd." must not end the summary on "Ltd..":
    the sentence takes its full stop from the title when it has one."""
    from smaudit.report.readiness import AreaScore, _summary

    items = report().recommendations[:1]
    titled = (replace(items[0], title="Influencers with no link to Northgate Ltd."),)
    areas = (AreaScore("goals", "Goals and strategy", 80, 1),)
    text = " ".join(_summary("Northgate Ltd.", 80, "Needs work", "", areas, titled, (), 1))
    assert "start with: influencers with no link to northgate ltd." in text.lower()
    assert ".." not in text


def test_a_clean_plan_is_ready_with_nothing_left_to_refine():
    text = " ".join(report(()).summary)
    assert "scores 100 out of 100. It is ready to put into action. The audit found no " \
        "problem" in text
    assert "refinements" not in text
    one = (finding("SMA704", 20, "/tactics/0", "asks nothing"),)
    assert "what remains are refinements" in " ".join(report(one).summary)


def test_a_crashed_rule_never_reaches_the_report():
    crash = Finding(code="SMA301", slug="no-customer-service", severity=Severity.ERROR,
                    message="rule SMA301 crashed: ZeroDivisionError", area="service",
                    location=Location("plan.yaml", 1, 1, 1, 1, ""))
    model = report((crash, FINDINGS[0]), crashed={"SMA301"})
    assert [r.codes for r in model.recommendations] == [("SMA206",)]
    assert "crashed" not in render_html(model) and "crashed" not in render_markdown(model)


def test_a_plan_without_a_score_renders_as_no_score():
    broken = Finding(code="SMA002", slug="schema", severity=Severity.ERROR, area="plan",
                     message="not a plan", location=Location("plan.yaml", 1, 1, 1, 2, ""))
    model = report((broken,), plan={}, scored=False)
    assert model.overall is None and model.verdict == "No score" and model.areas == ()
    assert "no score yet" in model.summary[0]
    page = render_html(model)
    assert '<span class="verdict">No score</span>' in page and "not a plan" in page
    assert "could not be audited yet" in page and "nothing to fix" not in page
    assert "\n## Summary: no score\n" in render_markdown(model)


def test_plan_of_action_follows_rank_and_effort():
    model = report()
    first, _, third = model.phases
    assert [r.rank for r in first.items][:3] == [1, 2, 3], "the top three start at once"
    assert all(r.effort == "high" for r in third.items)
    placed = sorted(r.rank for phase in model.phases for r in phase.items)
    assert placed == [r.rank for r in model.recommendations], "each exactly once"
    assert len(first.items) <= max(5, -(-model.problems // 3))


def test_every_builtin_rule_is_rated_and_has_client_advice():
    from smaudit.formats.catalog import rule_meta
    from smaudit.linter.lint import Linter
    from smaudit.loading.settings import Settings

    metas = rule_meta(Linter(Settings()).registry)
    builtin = {code: m for code, m in metas.items() if code.startswith("SMA")}
    assert len(builtin) == 45
    for code, rule in builtin.items():
        assert rule.effort in ("low", "medium", "high"), code
        assert rule.impact in ("low", "medium", "high"), code
        if rule.area != "plan":
            assert code in ADVICE, f"{code} has no client advice"
    yaml_key = re.compile(r"`|\b[a-z]+_[a-z_]+\b|\w+:\s*\[")
    for code, advice in ADVICE.items():
        for text in (advice.title, advice.why, advice.todo):
            prose = re.sub(r"\{[a-z_]+\}", "", text)
            assert not yaml_key.search(prose), f"{code}: {text}"
        assert advice.why.count("{source}") == 1, code
    known = set(build_context(PLAN, "x").values()) | {"places", "source", "it"}
    for code, advice in ADVICE.items():
        for text in (advice.title, advice.why, advice.todo, advice.example):
            unknown = set(re.findall(r"\{([a-z_]+)\}", text)) - known
            assert not unknown, f"{code} uses {unknown}"


def test_no_other_business_names_in_the_client_part(tmp_path):
    """Names from the catalog's own examples (its YAML) never reach the client's pages."""
    from smaudit.formats.catalog import rule_meta
    from smaudit.linter.lint import Linter
    from smaudit.loading.settings import Settings

    names = set()
    for rule in rule_meta(Linter(Settings()).registry).values():
        for text in (rule.docs.example, rule.docs.instead):
            names |= {m.strip(" \"'") for m in
                      re.findall(r"(?:name|handle|owner): ([A-Z@][^,\n}\]]+)", text)}
    own = FLAWED.read_text(encoding="utf-8")
    names = {n for n in names if len(n) > 3 and n not in own}
    assert names, "the catalog's examples name someone"
    out = tmp_path / "r.html"
    assert main(["report", str(FLAWED), "-o", str(out)]) == 0
    client = client_part(out.read_text(encoding="utf-8"))
    assert [n for n in names if n in client] == []


def test_templates_fit_one_place_or_several_and_names_ending_in_a_full_stop():
    plan = {**PLAN, "organization": {"name": "Lantern Baking Co."}}
    one = report((finding("SMA401", 30, "/metrics/0/name", "vanity"),), plan=plan,
                 organization="Lantern Baking Co.")
    assert "nothing changes for Lantern Baking Co. \u201c" in one.recommendations[0].why
    assert fill("Close {it}.", {"it": "it"}) == "Close it."
    assert fill("{x: 1} {org}", {"org": "A"}) == "{x: 1} A", "YAML flow maps pass through"
    assert fill("offering: ...", {}) == "offering: ...", "an ellipsis stays"


def test_generic_advice_for_a_plugin_rule_without_prose():
    rule = RuleMeta(code="ZZZ1", slug="x", severity="info", area="goals", summary="X.",
                    plugin="zzz", docs=RuleDocs(instead="```yaml\nx: 1\n```"))
    advice = generic_advice(rule, "Add `x: 1`.")
    assert "`" not in advice.todo and advice.example == "x: 1"
    assert advice_for(RULES["SMA301"]) is ADVICE["SMA301"]


def test_generic_advice_turns_quoted_keys_into_words():
    rule = RuleMeta(code="ZZZ2", slug="x", severity="info", area="service",
                    summary="No escalation.", plugin="zzz",
                    docs=RuleDocs(why="When `customer_service.escalation` is empty, angry "
                                      "people wait. Second.",
                                  instead="Name who takes over in `customer_service` when a "
                                          "complaint grows.\n```yaml\nescalation: x\n```"))
    advice = generic_advice(rule, None)
    assert advice.why == "When customer service escalation is empty, angry people wait. " \
        "Second."
    assert advice.todo == "Name who takes over in customer service when a complaint grows."
    assert advice.example == "escalation: x"


# --- HTML -------------------------------------------------------------------------------


def test_html_sections_and_recommendation_markup():
    page = render_html(report(branding=Branding(notes="Hello")))
    sections = parse(page)
    assert sections.errors == [] and sections.stack == []
    assert sections.ids == ["summary", "scores", "plan-file", "priorities", "plan-of-action",
                            "notes", "appendix", "sources"]
    recs = sections.recs
    assert recs[0]["data-rules"] == "SMA301"
    clean = parse(render_html(report(())))
    assert clean.ids == ["summary", "scores", "plan-file", "priorities", "plan-of-action",
                         "appendix", "sources"], "every section but the notes, always"
    assert clean.recs == []
    assert all(r["data-effort"] in ("low", "medium", "high") for r in recs)
    assert all(r["data-impact"] in ("low", "medium", "high") for r in recs)
    assert len(recs) == 6
    links = re.findall(r'<a href="#(rec-\d+)">', page)
    assert sorted(links) == sorted(f"rec-{n}" for n in range(1, 7)), \
        "the plan of action links each item to its recommendation"
    assert all(f'id="{target}"' in page for target in links)


def test_html_rank_and_title_are_separate_words():
    """A copied or extracted title reads "10. No strategy", not "10.No strategy"."""
    page = render_html(report())
    titles = re.findall(r'<h3><span class="rank">(\d+)\.</span>(.)', page)
    assert titles and all(char == " " for _rank, char in titles)
    clean = render_html(report(tuple(f for f in FINDINGS if f.code != "SMA002")))
    box = re.search(r'<section id="plan-file".*?</section>', clean, re.S).group(0)
    text = re.sub(r"<[^>]+>", " ", box).split()
    assert text.count("plan") == 1, "the heading is not repeated in the sentence"


def test_html_is_self_contained_and_escapes_the_plan():
    page = render_html(report())
    assert page.startswith("<!DOCTYPE html>")
    assert "script" not in parse(page).tags
    for needle in ("<link", " src=", "@import", "url(", "<script"):
        assert needle not in page
    assert "Lantern &amp; &lt;script&gt;" in page
    assert "agreed with the owner &lt;script&gt;" in page


def test_html_client_part_has_no_yaml_or_codes():
    page = render_html(report())
    client = client_part(page)
    assert "<code>" not in client and "SMA" not in re.sub(r'data-rules="[^"]*"', "", client)
    appendix = re.search(r'<section id="appendix".*?</section>', page, re.S).group(0)
    assert "SMA401" in appendix and "<code>metrics: [{name: inquiries" in appendix
    assert "<td data-label='Rule'>SMA401</td>" in appendix, "labelled when stacked on a phone"
    assert "data-label='Lines'>30, 31</td>" in appendix


def test_chart_reads_without_a_picture():
    bars = area_bars(report().areas)
    assert bars.count('<li class="bar-row">') == len(AREAS)
    assert "Answering people</span>" in bars
    assert color(100) != color(40)
    svg = trend_svg((HistoryPoint("jan", 40.0), HistoryPoint("feb", None),
                     HistoryPoint("This audit", 72.5)))
    assert "<polyline" not in svg, "a missing score breaks the line"
    assert svg.count("<circle") == 2 and "no score" in svg and ">72.5<" in svg
    many = trend_svg(tuple(HistoryPoint(f"audit-2027-{n:02}", 50.0 + n) for n in range(1, 9)))
    labels = re.findall(r"<text[^>]*>([^<]*)</text>", many)
    assert "\u202627-01" in labels and "\u202627-08" in labels, "long labels keep their end"
    assert "audit-2027-01: 51" in many, "the description has them in full"


def test_notes_are_markdown_rendered_safely():
    html = doc_html(f"# Next steps\n\nCall **Noor** {EVIL}\n\n1. one\n2. two\n\n- a\n- b")
    assert html == ("<h3>Next steps</h3>\n<p>Call <strong>Noor</strong> &lt;script&gt;alert('x')"
                    "&lt;/script&gt;</p>\n<ol><li>one</li><li>two</li></ol>\n"
                    "<ul><li>a</li><li>b</li></ul>")
    page = render_html(report(branding=Branding(consultant="Fern & Co", notes=EVIL,
                                                accent="#aa3300")))
    assert "Notes from Fern &amp; Co" in page and "&lt;script&gt;" in page
    assert ":root { --accent: #aa3300; }" in page and "prepared by Fern &amp; Co" in page
    assert "&lt;script&gt;" in render_markdown(report(branding=Branding(notes=EVIL)))
    typed = render_markdown(report(branding=Branding(notes="Q&A on **Friday** &copy;")))
    assert "Q&A on **Friday** &amp;copy;" in typed, "as typed, in plain text and rendered"


# --- markdown ---------------------------------------------------------------------------


def test_markdown_report():
    model = report()
    text = render_markdown(model)
    assert text.startswith("# Social media audit: Lantern & &lt;script&gt;"), \
        "a lone ampersand reads as typed in plain text and in markdown alike"
    assert "<script" not in text.lower()
    assert f"## Summary: {model.overall:g}/100 ({model.verdict})" in text
    assert "### 1. Nobody answers customers on social media" in text
    assert "2 of 3 channels: Instagram and TikTok" in text
    assert "## Fix the plan file before the audit is complete" in text
    assert "cadence must be text (plan.yaml:8:3, SMA002)<br>Write `3/week`." in text, \
        "the hint is shown, its key as code"
    assert "## Plan of action\n\nThe priorities spread over three months" in text
    assert "**First 30 days**" in text
    assert "| 1 | Nobody answers customers on social media | SMA301 | 1 |" in text
    assert bar(50) == "██████████░░░░░░░░░░"


def test_markdown_keeps_code_spans_of_plan_file_messages():
    from smaudit.report.markdown import with_code

    assert with_code("`customer_service.response_time` is 'x_y'") == \
        "`customer_service.response_time` is 'x\\_y'"
    assert with_code("one ` alone <b>") == "one \\` alone &lt;b&gt;"


@pytest.mark.parametrize(("typed", "shown"), [
    ("Juniper & Co.", "Juniper & Co."),
    ("R&D", "R&D"),
    ("&lt; is an entity", "&amp;lt; is an entity"),
    ("&#38; too", "&amp;#38; too"),
    ("a & <b>", "a & &lt;b&gt;"),
])
def test_markdown_keeps_a_lone_ampersand_as_typed(typed, shown):
    from smaudit.report.markdown import md_text

    assert md_text(typed) == shown


# --- comparing with earlier audits ------------------------------------------------------


def previous_json(path: str = "plan.yaml", score: float = 60.0) -> dict:
    def old(code: str, pointer: str, line: int, area: str) -> dict:
        return {"code": code, "slug": "x", "severity": "warning", "area": area,
                "message": "old wording", "path": path, "line": line, "column": 3,
                "pointer": pointer, "hint": None, "plugin": "smaudit", "suppressed": None}

    return {"version": 1, "files": [{
        "path": path, "organization": "Lantern", "score": score,
        "areas": {"goals": 100.0, "channels": 70.0},
        "findings": [old("SMA206", "/channels/4", 40, "channels"),
                     old("SMA206", "/channels/5", 44, "channels"),
                     old("SMA206", "/channels/6", 48, "channels"),
                     old("SMA401", "/metrics/0", 30, "measurement"),
                     old("SMA105", "/channels/0", 9, "goals"),
                     old("SMA002", "/x", 2, "plan"),
                     {**old("ZZZ777", "", 1, "goals"),
                      "message": "rule ZZZ777 (x) of plugin zzz crashed: boom"}]}]}


def test_compare_by_problem_fixed_new_still_open():
    model = compare(report(), result(), previous_json(), RULES, source="old.json")
    change = model.comparison
    assert [c.codes for c in change.fixed] == [("SMA105",)], "no plan file, no crash"
    assert sorted(c.codes[0] for c in change.new) == ["SMA301", "SMA602", "SMA704", "ZZZ900"]
    still = {c.codes[0]: (c.before, c.now) for c in change.still_open}
    assert still == {"SMA206": (3, 2), "SMA401": (1, 2)}, "moved nodes are the same problem"
    assert change.previous_overall == 60.0
    page = render_html(model)
    assert "Fixed (1)" in page and "Still open (2)" in page and "(2 places, was 3)" in page
    moved = [a for a in model.areas if a.delta]
    assert {a.area for a in moved} == {"goals", "channels"}
    assert page.count(" since ") == 2 and "since 70)" in page and "since 100)" in page
    text = render_markdown(model)
    assert "## Since the last audit" in text and "(2 places, was 3)" in text
    assert "was 0" not in text, "a new problem's count says nothing"


def test_compare_matches_grouped_problems_by_any_of_their_rules():
    old = previous_json()
    entry = old["files"][0]
    entry["findings"] = [f for f in entry["findings"] if f["code"] != "SMA401"]
    entry["findings"] += [{**entry["findings"][0], "code": code, "area": "goals",
                           "pointer": pointer}
                          for code, pointer in (("SMA102", "/business_goals/0"),
                                                ("SMA104", "/business_goals/1"),
                                                ("SMA402", "/business_goals/1"))]
    now = (*FINDINGS, finding("SMA102", 5, "/business_goals/0/statement", "about followers"))
    change = compare(report(now), result(now), old, RULES, source="old.json").comparison
    assert ("Goals nobody can check", 2) in [(c.title, c.before) for c in change.fixed]
    still = {c.title: (c.before, c.now) for c in change.still_open}
    assert still["Followers and likes treated as results"] == (1, 3), \
        "open while one of its rules still fires, now in more places"
    assert "Followers and likes treated as results" not in [c.title for c in change.new]


def test_compare_titles_fixed_problems_in_the_plans_words():
    museum = {"organization": {"name": "Quay Museum", "industry": "museum"}}
    old = previous_json()
    old["files"][0]["findings"].append({**old["files"][0]["findings"][0], "code": "SMA301",
                                        "area": "service", "pointer": ""})
    now = report((FINDINGS[0],), plan=museum)
    change = compare(now, result((FINDINGS[0],)), old, RULES, source="old.json",
                     context=build_context(museum, "Quay Museum")).comparison
    assert "Nobody answers donors, members and visitors on social media" in \
        [c.title for c in change.fixed]


def test_compare_picks_the_matching_file_or_refuses():
    two = previous_json()
    other = json.loads(json.dumps(two["files"][0]))
    other.update(path="other.yaml", organization="Other")
    two["files"].append(other)
    assert compare(report(), result(), two, RULES, source="x").comparison is not None
    two["files"][0].update(path="third.yaml", organization="Third")
    with pytest.raises(UsageError):
        compare(report(), result(), two, RULES, source="x")
    with pytest.raises(UsageError):
        compare(report(), result(), {"not": "smaudit"}, RULES, source="x")


def test_history_draws_the_trend():
    model = history(report(), result(), [("2026-09", previous_json(score=41.5)),
                                         ("2026-12", previous_json(score=55.0))])
    assert [p.label for p in model.history] == ["2026-09", "2026-12", "This audit"]
    assert [p.score for p in model.history][:2] == [41.5, 55.0]
    page = render_html(model)
    assert "Overall score over time" in page and ">41.5<" in page
    assert "2026-09 41.5 → 2026-12 55" in render_markdown(model)


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
    assert "Hollis Joinery - Tom Hollis" in page and "15 February 2027" in page
    assert "Accepted for now (waived)" in page and "an apprentice joins in September" in page
    assert md_out.read_text(encoding="utf-8").startswith(
        "# Social media audit: Hollis Joinery")
    assert "wrote" in capsys.readouterr().err


def test_command_covers_every_active_finding(capsys):
    assert main([str(FLAWED), "--format", "json"]) == 1
    run = json.loads(capsys.readouterr().out)
    active = [f for f in run["files"][0]["findings"] if f["suppressed"] is None]
    assert main(["report", str(FLAWED), "--format", "html"]) == 0
    page = capsys.readouterr().out
    covered = " ".join(r["data-rules"] for r in parse(page).recs).split()
    assert sorted(set(covered)) == sorted({f["code"] for f in active if f["area"] != "plan"})
    score = run["files"][0]["score"]
    assert f'<span class="score-value">{score:g}</span>' in page


def test_command_compare_and_history_with_real_runs(tmp_path):
    before = tmp_path / "report_flawed.yaml"
    text = FLAWED.read_text(encoding="utf-8")
    before.write_text(text.replace("  review_cadence: monthly\n", ""), encoding="utf-8")
    old = tmp_path / "old.json"
    assert main([str(before), "--format", "json", "-o", str(old)]) == 1
    out = tmp_path / "report.md"
    assert main(["report", str(FLAWED), "--compare", str(old), "--history", str(old),
                 "-o", str(out)]) == 0
    report_text = out.read_text(encoding="utf-8")
    assert "## Since the last audit" in report_text
    assert re.search(r"### Fixed \(\d+\)", report_text)
    assert "**Overall score over time:** old " in report_text


def test_command_report_of_an_unreadable_plan(tmp_path, capsys):
    plan = tmp_path / "broken.yaml"
    plan.write_text("organization: [unclosed\n", encoding="utf-8")
    out = tmp_path / "r.html"
    assert main(["report", str(plan), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert 'id="plan-file" class="box"' in page and "SMA001" in page
    assert "no score" in capsys.readouterr().err


def test_command_leaves_a_crashing_rule_out(tmp_path, monkeypatch, capsys):
    monkeypatch.syspath_prepend(str(tmp_path))
    (tmp_path / "zzz_report_crash.py").write_text(textwrap.dedent('''
        from smaudit.loading.hookspecs import hookimpl
        from smaudit.model.rule import rule

        @rule(code="ZZZ501", slug="always-crashes", severity="error", area="goals",
              summary="Crashes.", effort="low", impact="high")
        def crashes(plan, options):
            """## Why it hurts\\nx"""
            raise ZeroDivisionError("boom")
            yield

        @hookimpl
        def smaudit_register_rules(register):
            register(crashes)
        '''), encoding="utf-8")
    try:
        out = tmp_path / "r.html"
        code = main(["report", str(FLAWED), "--plugin", "zzz_report_crash",
                     "-o", str(out)])
        page = out.read_text(encoding="utf-8")
    finally:
        sys.modules.pop("zzz_report_crash", None)
    assert code == 2 and "ZZZ501" in capsys.readouterr().err
    assert "ZZZ501" not in page and "crash" not in page.lower()


@pytest.mark.parametrize("args", [
    ["report", "missing.yaml", "-o", "r.html"],
    ["report", str(FLAWED), "-o", "report.pdf"],
    ["report", str(FLAWED), "--date", "March"],
    ["report", str(FLAWED), "--history", "missing.json"],
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


# --- the consultant's settings ----------------------------------------------------------

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00"
       b"\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05"
       b"\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")


def project(tmp_path: Path, report_section: str) -> Path:
    """A folder with a config, a logo, notes and the flawed plan; returns the config."""
    (tmp_path / "brand").mkdir()
    (tmp_path / "brand" / "logo.png").write_bytes(PNG)
    (tmp_path / "brand" / "notes.md").write_text("Talk to **Tom** first.\n<b>x</b>\n",
                                                 encoding="utf-8")
    config = tmp_path / ".smaudit.yaml"
    config.write_text("report:\n" + textwrap.indent(report_section, "  "), encoding="utf-8")
    return config


def test_config_brands_the_report(tmp_path):
    config = project(tmp_path, "consultant: Fern Studio\nlogo: brand/logo.png\n"
                               "accent: '#0f766e'\nnotes: brand/notes.md\n")
    out = tmp_path / "r.html"
    assert main(["report", str(FLAWED), "--config", str(config), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert '<img src="data:image/png;base64,' in page
    assert "prepared by Fern Studio" in page and "--accent: #0f766e" in page
    assert "Talk to <strong>Tom</strong> first. &lt;b&gt;x&lt;/b&gt;" in page
    assert 'id="notes"' in page


@pytest.mark.parametrize(("section", "error"), [
    ("logo: ../outside.png\n", "outside the folder of the config file"),
    ("notes: /etc/hostname\n", "outside the folder of the config file"),
    ("logo: brand/notes.md\n", "is not a PNG, JPEG, GIF or WebP image"),
    ("logo: brand/big.png\n", "larger than 512 KiB"),
    ("logo: brand/missing.png\n", "cannot read"),
    ("accent: red\n", "accent"),
])
def test_config_report_files_are_checked(tmp_path, capsys, section, error):
    config = project(tmp_path, section)
    (tmp_path.parent / "outside.png").write_bytes(PNG)
    (tmp_path / "brand" / "big.png").write_bytes(PNG + b"\0" * 600_000)
    assert main(["report", str(FLAWED), "--config", str(config), "-o",
                 str(tmp_path / "r.html")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("smaudit: error:") and error in err
    assert not (tmp_path / "r.html").exists()


def test_config_refuses_a_symlink_out_of_the_folder(tmp_path, capsys):
    config = project(tmp_path, "logo: brand/link.png\n")
    (tmp_path.parent / "secret.png").write_bytes(PNG)
    (tmp_path / "brand" / "link.png").symlink_to(tmp_path.parent / "secret.png")
    assert main(["report", str(FLAWED), "--config", str(config)]) == 2
    assert "outside the folder" in capsys.readouterr().err


# --- effort and impact in rule metadata -------------------------------------------------

PACK = """\
pack: house
rules:
  - code: HSE101
    slug: no-strategy-text
    severity: info
    area: goals
    summary: No strategy text.
    {rating}
    select: strategy
    condition: {{empty: true}}
    message: no strategy
    docs: {{what: a, why: b, example: c, instead: d}}
"""


def test_rule_packs_and_python_rules_rate_effort_and_impact(tmp_path):
    from smaudit.loading.pack_compiler import load_pack
    from smaudit.model.errors import ConfigError
    from smaudit.model.rule import rule

    path = tmp_path / "pack.yaml"
    path.write_text(PACK.format(rating="effort: high\n    impact: low"), encoding="utf-8")
    (loaded,) = load_pack(path)
    assert (loaded.effort, loaded.impact) == ("high", "low")
    path.write_text(PACK.format(rating="effort: huge"), encoding="utf-8")
    with pytest.raises(ConfigError, match="huge"):
        load_pack(path)

    @rule(code="ZZZ301", slug="rated", severity="info", area="goals", summary="Rated.",
          effort="low", impact="high")
    def rated(plan, options):
        return iter(())

    assert (rated.effort, rated.impact) == ("low", "high")
    with pytest.raises(ValueError, match="impact must be one of low, medium, high"):
        rule(code="ZZZ302", slug="bad", severity="info", area="goals", summary="Bad.",
             impact="enormous")(lambda plan, options: ())


@pytest.mark.parametrize("data", [
    None, "a string", [], {"organization": "text", "channels": "instagram"},
    {"channels": [1, None, {"platform": ["x"]}, {"platform": "myspace", "owner": 3}],
     "team": [None, {"name": {"a": 1}, "responsibilities": "all"}],
     "business_goals": [{"id": ["a"]}, {"id": "g", "statement": None}],
     "organization": {"name": None, "values": "honesty"}, "metrics": [{"name": 7}]},
])
def test_context_survives_any_plan_shape(data):
    context = build_context(data, "Org")
    for pointer in ("", "/channels/0", "/channels/3/owner", "/channels/9", "/team/1",
                    "/business_goals/x", "/organization/values/0", "/metrics/0/name",
                    "/unknown/1", "/motivation"):
        context.place(pointer)
    assert context.values()["org"] == "Org"
    model = report(FINDINGS, plan=data if isinstance(data, dict) else {})
    assert render_html(model) and render_markdown(model)
