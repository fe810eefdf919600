"""The client report of whole flawed plans, read as their client would read it.

``tests/data/report/`` holds plans of organizations unlike the catalog's own
examples: a museum raising money for its roof (a nonprofit) and a city
council department (a public body), each with many mistakes at once. The
command writes their reports, and the tests read the client-facing part
(everything but the appendix, the plan-file box and the footer) for what a
client must never see (rule codes, YAML, other businesses' names), for the
plan's own names and its kind of organization's words, for problems merged
across the places they occur, and for a summary that agrees with the scores.
The findings' wording may change with the rules, so nothing here depends on a
message: only on the plans' own names and the report's structure.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from smaudit.cli.main import main

PLANS = Path(__file__).parent / "data" / "report"
MUSEUM = PLANS / "museum_roof_appeal.yaml"
COUNCIL = PLANS / "council_parks.yaml"
CODE = re.compile(r"\b[A-Z]{2,6}\d{3}\b")
YAML = re.compile(r"\b[a-z]+_[a-z_]+\b|\w+:\s*[\[{]|[\[{]\s*\w+:|\w+: \.\.\.")


class Page(HTMLParser):
    """The client part's text, the recommendations, the bars and the plan-file box."""

    def __init__(self) -> None:
        super().__init__()
        self.client: list[str] = []
        self.box: list[str] = []
        self.recs: list[dict] = []
        self.bars: list[list[str]] = []
        self._skip = 0
        self._depth = 0
        self._in: str | None = None
        self._bar = False
        self._main = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        a = dict(attrs)
        self._main = self._main or tag == "main"
        if tag == "section" and a.get("id") in ("appendix", "plan-file"):
            self._in = a["id"]
        if tag == "footer":
            self._in = "footer"
        if tag == "section" and self._in:
            self._depth += 1
        if tag == "article":
            self.recs.append({**a, "text": []})
        if tag == "li" and "bar-row" in (a.get("class") or ""):
            self._bar = True
            self.bars.append([])

    def handle_endtag(self, tag: str) -> None:
        if tag == "section" and self._in in ("appendix", "plan-file"):
            self._depth -= 1
            if self._depth == 0:
                self._in = None
        if tag == "footer":
            self._in = None
        if tag == "li":
            self._bar = False
        if tag == "article":
            self.recs[-1]["closed"] = True

    def handle_data(self, data: str) -> None:
        if self._in == "plan-file":
            self.box.append(data)
        elif self._in is None and self._main:
            self.client.append(data)
            if self.recs and not self.recs[-1].get("closed"):
                self.recs[-1]["text"].append(data)
            if self._bar and data.strip():
                self.bars[-1].append(data.strip())

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.client).split())


def render(plan: Path, tmp_path: Path, *extra: str) -> tuple[Page, str]:
    html, md = tmp_path / "r.html", tmp_path / "r.md"
    assert main(["report", str(plan), "-o", str(html), "--date", "2027-03-01", *extra]) == 0
    assert main(["report", str(plan), "-o", str(md), "--date", "2027-03-01", *extra]) == 0
    page = Page()
    page.feed(html.read_text(encoding="utf-8"))
    return page, md.read_text(encoding="utf-8")


@pytest.fixture(params=[MUSEUM, COUNCIL], ids=["museum", "council"])
def plan(request) -> Path:
    return request.param


def test_the_client_part_has_no_codes_and_no_yaml(plan, tmp_path):
    page, md = render(plan, tmp_path)
    assert CODE.findall(page.text) == []
    assert YAML.findall(page.text) == [], "keys and YAML stay in the appendix"
    assert page.recs and all(not code.startswith("SMA0")
                             for rec in page.recs for code in rec["data-rules"].split())
    assert CODE.search(" ".join(page.box)), "the plan file's own problems are in the box"
    client_md = md.split("## Appendix")[0]
    client_md = re.sub(r"## Fix the plan file.*?(?=\n## )", "", client_md, flags=re.S)
    spans = re.findall(r"`([^`]*)`", client_md)
    assert CODE.findall(client_md) == [] and spans
    assert [s for s in spans if s.strip("\u2588\u2591")] == [], "only the chart's bars"


def test_no_other_business_is_named(plan, tmp_path):
    """Names from the rule catalog's examples never reach this plan's client."""
    from smaudit.formats.catalog import rule_meta
    from smaudit.linter.lint import Linter
    from smaudit.loading.settings import Settings

    own = plan.read_text(encoding="utf-8")
    names = set()
    for rule in rule_meta(Linter(Settings()).registry).values():
        for text in (rule.docs.example, rule.docs.instead, rule.docs.why):
            names |= {m.strip(" \"'") for m in
                      re.findall(r"(?:name|handle|owner): ([A-Z@][^,\n}\]]+)", text)}
            names |= set(re.findall(r"@[a-z][\w.]+", text))
    names = {n for n in names if len(n) > 3 and n not in own}
    assert names
    page, _md = render(plan, tmp_path)
    assert sorted(n for n in names if n in page.text) == []


def test_the_advice_uses_the_plans_own_names(plan, tmp_path):
    page, _md = render(plan, tmp_path)
    text = page.text
    own = {MUSEUM: ("Harbourside Maritime Museum", "Priya", "Instagram", "TikTok",
                    "\u201cShip-in-a-bottle selfie week\u201d",
                    "\u201cRaise 180,000 for the new roof over the boat hall\u201d"),
           COUNCIL: ("Millbrook City Council Parks Department", "Tomasz", "Nextdoor",
                     "\u201cRecruit park volunteers\u201d")}[plan]
    assert [name for name in own if name not in text] == []
    assert "Bartholomew" not in text, "an owner the team does not declare is not advised"


def test_a_nonprofit_hears_donors_and_a_council_residents(plan, tmp_path):
    page, _md = render(plan, tmp_path)
    text = page.text.lower()
    if plan == MUSEUM:
        assert "donors" in text and "donations" in text and "visitors" in text
    else:
        assert "residents" in text
    for word in ("customer", "purchase", "sales", "inquiries"):
        assert word not in text, word


def test_one_recommendation_covers_every_place_it_occurs(plan, tmp_path):
    page, _md = render(plan, tmp_path)
    texts = [" ".join(" ".join(r["text"]).split()) for r in page.recs]
    merged = [re.search(r"(All (\d+)|(\d+) of (\d+)|Both) channels: ([^;]+?)(?= Why|;|$)", t)
              for t in texts]
    merged = [m for m in merged if m]
    assert merged, "a problem of several channels is one recommendation"
    for m in merged:
        listed = re.split(r", | and ", m.group(5))
        expected = 2 if m.group(1) == "Both" else int(m.group(2) or m.group(3))
        assert len(listed) == expected, m.group(0)
    assert len(set(texts)) == len(texts), "no problem is repeated"
    covered = sum(1 for r in page.recs if len(r["data-rules"].split()) > 1)
    assert covered, "rules describing one problem share a recommendation"
    found = re.search(r"found (\d+) distinct problems? \((\d+) findings in all\)", page.text)
    assert found and int(found.group(1)) == len(page.recs) < int(found.group(2))
    for rec in page.recs:
        assert rec["data-effort"] in ("low", "medium", "high")
        assert rec["data-impact"] in ("low", "medium", "high")


def test_the_summary_agrees_with_the_scores(plan, tmp_path):
    page, _md = render(plan, tmp_path)
    scores = {label.lower(): float(value) for label, value, *_ in page.bars}
    top, bottom = max(scores.values()), min(scores.values())
    strongest = re.search(r"strongest on (.+?) \((\d+(?:\.\d+)?)\)", page.text)
    weakest = re.search(r"weakest on (.+?) \((\d+(?:\.\d+)?)(?: each)?\)", page.text)
    assert strongest and float(strongest.group(2)) == top
    assert strongest.group(1).split(" and ")[0] in scores
    assert weakest and float(weakest.group(2)) == bottom
    overall = re.search(r"scores (\d+(?:\.\d+)?) out of 100", page.text)
    assert overall and bottom <= float(overall.group(1)) <= top
