"""The rule reference pages in ``docs/rules/`` are generated, and must match the rules.

When a rule changes, ``test_committed_pages_are_current`` fails until the pages are
regenerated with ``python -m smaudit.cli.docgen docs/rules``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from smaudit.cli import docgen
from smaudit.loading.registry import RegisteredRule
from smaudit.model.rule import option_defaults
from smaudit.model.sources import source_title

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PAGES = DOCS / "rules"
FIX = "regenerate them with `python -m smaudit.cli.docgen docs/rules`"

BUILTIN = docgen.builtin_rules()


def test_committed_pages_are_current(tmp_path: Path) -> None:
    assert docgen.main([str(tmp_path)]) == 0
    fresh = {p.name: p.read_bytes() for p in tmp_path.glob("*.md")}
    committed = {p.name: p.read_bytes() for p in PAGES.glob("*.md")} if PAGES.is_dir() else {}
    missing = sorted(set(fresh) - set(committed))
    extra = sorted(set(committed) - set(fresh))
    stale = sorted(n for n in set(fresh) & set(committed) if fresh[n] != committed[n])
    assert not (missing or extra or stale), (
        f"docs/rules is out of date ({FIX}): missing {missing}, extra {extra}, stale {stale}")


def test_check_mode_reports_what_is_wrong(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                          ) -> None:
    assert docgen.main(["--check", str(tmp_path)]) == 1
    assert "index.md: missing" in capsys.readouterr().err
    assert docgen.main([str(tmp_path)]) == 0
    (tmp_path / "index.md").write_text("edited by hand\n", encoding="utf-8")
    (tmp_path / "SMA999-gone.md").write_text(docgen.GENERATED + "\n", encoding="utf-8")
    assert docgen.main(["--check", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "index.md: changed" in err and "SMA999-gone.md: extra" in err
    assert docgen.main(["--check", str(PAGES)]) == 0, capsys.readouterr().err


def test_writing_is_idempotent_and_removes_only_generated_pages(tmp_path: Path) -> None:
    pages = docgen.render_pages(BUILTIN)
    assert docgen.write_pages(tmp_path, pages) == sorted(pages)
    (tmp_path / "SMA998-removed-rule.md").write_text(docgen.GENERATED + "\nold\n",
                                                      encoding="utf-8")
    (tmp_path / "notes.md").write_text("# Notes kept by hand\n", encoding="utf-8")
    assert docgen.write_pages(tmp_path, pages) == ["SMA998-removed-rule.md"]
    assert (tmp_path / "notes.md").exists()
    assert docgen.write_pages(tmp_path, pages) == []


def test_output_is_deterministic() -> None:
    assert docgen.render_pages(BUILTIN) == docgen.render_pages(list(reversed(BUILTIN)))
    assert docgen.render_pages() == docgen.render_pages(BUILTIN)


def test_only_smaudits_own_rules_are_documented(with_installed_plugins: None) -> None:
    assert BUILTIN and all(e.builtin for e in docgen.builtin_rules())


@pytest.mark.parametrize("entry", BUILTIN, ids=lambda e: e.rule.code)
def test_page_carries_the_rule_metadata(entry: RegisteredRule) -> None:
    rule = entry.rule
    page = docgen.render_page(entry)
    assert page.startswith(docgen.GENERATED + "\n\n" + f"# {rule.code} {rule.slug}\n")
    assert f"| Default severity | {rule.severity.label} |" in page
    assert f"| Area | {rule.area} |" in page
    assert f"| Plugin | `{entry.plugin}` |" in page
    assert " ".join(rule.summary.split()) in page
    for title in ("What it finds", "Why it hurts", "Example", "Use instead"):
        assert f"\n## {title}\n" in page
    assert rule.docs.what.strip() in page
    for name, default in option_defaults(rule.options_schema).items():
        assert f"`{name}`" in page
        assert f"Default: `{json.dumps(default, ensure_ascii=False)}`." in page
    for source in rule.sources:
        assert f"- {source_title(source)}\n" in page
    assert page.count("```") % 2 == 0, "unbalanced code fences"


def test_index_lists_and_links_every_rule() -> None:
    index = docgen.render_index(BUILTIN)
    for entry in BUILTIN:
        link = docgen.page_name(entry.rule.code, entry.rule.slug)
        assert f"[{entry.rule.code}]({link})" in index


def _links(path: Path) -> list[str]:
    text = re.sub(r"```.*?```", "", path.read_text(encoding="utf-8"), flags=re.S)
    return re.findall(r"\]\(([^)\s]+)\)", text)


@pytest.mark.parametrize("page", sorted(DOCS.rglob("*.md")) if DOCS.is_dir() else [],
                         ids=lambda p: str(p.relative_to(DOCS)))
def test_documentation_links_resolve(page: Path) -> None:
    """Every relative link between documentation pages points at a page that exists
    (and, with ``#anchor``, at a heading of it)."""
    broken = []
    for link in _links(page):
        if re.match(r"^[a-z]+:", link):
            continue
        target, _, anchor = link.partition("#")
        file = (page.parent / target).resolve() if target else page
        if not file.exists():
            broken.append(link)
        elif anchor and file.suffix == ".md":
            headings = re.findall(r"^#+ (.+)$", file.read_text(encoding="utf-8"), re.M)
            slugs = {re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-") for h in headings}
            if anchor not in slugs:
                broken.append(link)
    assert broken == [], f"{page.relative_to(ROOT)}: broken links {broken}"


def test_area_titles_have_one_home_with_a_column_per_reader():
    from smaudit.model.findings import AREA_TITLES, AREAS, PLAN_AREA, area_title
    from smaudit.report.readiness import area_title as client_title

    assert set(AREA_TITLES) == {PLAN_AREA, *AREAS}
    assert area_title("service") == "Customer service and listening"
    assert client_title("service") == area_title("service", client=True) == "Answering people"
    assert area_title("local_seo") == area_title("local_seo", client=True) == "Local seo"
    index = docgen.render_index(docgen.builtin_rules())
    assert all(f"## {t.reference}" in index for t in AREA_TITLES.values())


@pytest.mark.parametrize("entry", BUILTIN, ids=lambda e: e.rule.code)
def test_explain_prints_the_published_page(entry: RegisteredRule,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    from smaudit.cli.main import main

    assert main(["explain", entry.rule.code]) == 0
    shown = capsys.readouterr().out
    page = (PAGES / docgen.page_name(entry.rule.code, entry.rule.slug)).read_text("utf-8")
    head, footer = docgen.GENERATED + "\n\n", "\n\n---\n\n"
    assert page.startswith(head) and footer in page
    assert shown == page[len(head):page.rindex(footer)] + "\n"
    assert "\n## Configuration\n" in shown


def test_a_pack_rules_tested_examples_are_on_its_page() -> None:
    entry = next(e for e in BUILTIN if getattr(e.rule, "invalid_examples", ()))
    example = entry.rule.invalid_examples[0]
    code, line, column = example.findings[0]
    page = docgen.render_page(entry)
    assert f"## Tested examples\n\n```yaml\n{example.plan.rstrip()}\n```\ngives: " \
           f"{code} at {line}:{column}" in page
