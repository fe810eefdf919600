"""The rule reference pages, generated from the rule registry.

``python -m smaudit.cli.docgen docs/rules`` writes one markdown page per built-in
rule (``SMA101-no-business-goal.md``) and an ``index.md`` listing them all,
from exactly what the registry holds: code, slug, default severity, area,
summary, the four-part documentation, options with their defaults, source
articles by title, and the plugin that registers the rule. Each page is
exactly what ``smaudit explain`` prints (``smaudit.formats.rule_page`` renders both),
framed by a "generated" marker and a link to the index. The pages are never
edited by hand; change the rule and run the command again.
``--check`` writes nothing and exits 1 when a page is stale, missing or no
longer belongs, which is how CI and the test suite keep the pages honest.

Output is deterministic: rules sorted by code, no dates, no versions, and
the same bytes on every platform. Only smaudit's own rules are documented;
third-party plugins are left out even when installed.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from smaudit.cli.exitcodes import ExitCode
from smaudit.formats.rule_page import escape_cell, render_rule_page
from smaudit.loading.registry import RegisteredRule, build_registry
from smaudit.model.findings import AREAS, PLAN_AREA, area_title

GENERATED = ("<!-- Generated from the rule registry by `python -m smaudit.cli.docgen docs/rules`. "
             "Edit the rule, not this page. -->")
"""The first line of every generated page; only such pages are ever replaced or removed."""

INDEX = "index.md"
_PAGE = re.compile(r"^[A-Z][A-Z0-9]*[0-9]{3}-[a-z0-9-]+\.md$")


def page_name(code: str, slug: str) -> str:
    """The file name of a rule's page: ``SMA101-no-business-goal.md``."""
    return f"{code}-{slug}.md"


def builtin_rules() -> list[RegisteredRule]:
    """smaudit's own rules, sorted by code, whatever plugins are installed."""
    from smaudit.loading.plugins import build

    registry = build_registry(build(autoload=False))
    return [entry for entry in registry.sorted_rules() if entry.builtin]


def render_page(entry: RegisteredRule) -> str:
    """The markdown page of one rule: ``smaudit explain``'s page, framed for the docs."""
    parts = [GENERATED, "", *render_rule_page(entry.rule, entry.plugin)]
    parts += ["", "---", "",
              f"`smaudit explain {entry.rule.slug}` shows this page in the terminal. "
              "[All rules](index.md)"]
    return "\n".join(parts) + "\n"


def render_index(entries: Sequence[RegisteredRule]) -> str:
    """The list of every rule, grouped by the area of the readiness score it weighs on."""
    by_area: dict[str, list[RegisteredRule]] = {}
    for entry in sorted(entries, key=lambda e: e.rule.code):
        by_area.setdefault(entry.rule.area, []).append(entry)
    order = [PLAN_AREA, *AREAS]
    areas = sorted(by_area, key=lambda a: (order.index(a) if a in order else len(order), a))
    parts = [
        GENERATED,
        "",
        "# Rules",
        "",
        f"smaudit has {len(entries)} built-in rules. Every rule has a code (`SMA101`) and a "
        "slug (`no-business-goal`); either works wherever a rule is named: `--select`, "
        "`--ignore`, the `rules:` of the configuration file, and suppression comments.",
        "",
        "Severities are defaults. An `error` is a plan that cannot work as written, a "
        "`warning` an anti-pattern that makes social media fail, and `info` a gap worth "
        "filling. Change any of them in the configuration file "
        "(see [Configuration](../configuration.md)).",
        "",
        "`smaudit rules` prints this list for the rules installed on your machine, "
        "plugins' rules included.",
    ]
    for area in areas:
        title = area_title(area)
        parts += ["", f"## {title}", "", "| Code | Slug | Severity | Finds |", "|---|---|---|---|"]
        for entry in by_area[area]:
            rule = entry.rule
            link = page_name(rule.code, rule.slug)
            parts.append(f"| [{rule.code}]({link}) | [`{rule.slug}`]({link}) | "
                         f"{rule.severity.label} | {escape_cell(rule.summary)} |")
    return "\n".join(parts) + "\n"


def render_pages(entries: Iterable[RegisteredRule] | None = None) -> dict[str, str]:
    """Every page, by file name: ``index.md`` and one page per rule."""
    entries = sorted(builtin_rules() if entries is None else entries, key=lambda e: e.rule.code)
    pages = {INDEX: render_index(entries)}
    for entry in entries:
        pages[page_name(entry.rule.code, entry.rule.slug)] = render_page(entry)
    return dict(sorted(pages.items()))


def _generated(path: Path) -> bool:
    try:
        with path.open(encoding="utf-8") as handle:
            return handle.readline().rstrip("\n") == GENERATED
    except (OSError, UnicodeDecodeError):
        return False


def stale_pages(directory: Path, pages: Mapping[str, str]) -> dict[str, list[str]]:
    """What differs between ``directory`` and ``pages``: ``missing``, ``changed``, ``extra``.

    ``extra`` lists generated pages (and rule-page names) that no rule produces any more.
    """
    present = {p.name for p in directory.glob("*.md")} if directory.is_dir() else set()
    missing = sorted(name for name in pages if name not in present)
    changed = sorted(name for name in pages if name in present
                     and (directory / name).read_bytes() != pages[name].encode("utf-8"))
    extra = sorted(name for name in present - set(pages)
                   if _PAGE.match(name) or _generated(directory / name))
    return {"missing": missing, "changed": changed, "extra": extra}


def write_pages(directory: Path, pages: Mapping[str, str]) -> list[str]:
    """Write changed pages atomically and remove generated pages no rule produces.

    :returns: the names of the files written or removed.
    """
    from smaudit.model.atomic import write_atomic

    directory.mkdir(parents=True, exist_ok=True)
    problems = stale_pages(directory, pages)
    touched = []
    for name in problems["missing"] + problems["changed"]:
        write_atomic(str(directory / name), pages[name])
        touched.append(name)
    for name in problems["extra"]:
        if _generated(directory / name):
            (directory / name).unlink()
            touched.append(name)
    return sorted(touched)


def main(argv: Sequence[str] | None = None) -> ExitCode:
    parser = argparse.ArgumentParser(
        prog="python -m smaudit.cli.docgen",
        description="Write the rule reference pages (one per built-in rule, and an index).")
    parser.add_argument("directory", type=Path, help="where the pages go, e.g. docs/rules")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if any page is stale, missing or extra")
    args = parser.parse_args(argv)
    pages = render_pages()
    if args.check:
        problems = stale_pages(args.directory, pages)
        for kind, names in problems.items():
            for name in names:
                print(f"{args.directory / name}: {kind}", file=sys.stderr)
        if any(problems.values()):
            print("run `python -m smaudit.cli.docgen " f"{args.directory}` to update the pages",
                  file=sys.stderr)
            return ExitCode.FINDINGS
        return ExitCode.OK
    touched = write_pages(args.directory, pages)
    print(f"{len(pages)} pages in {args.directory}, {len(touched)} updated")
    return ExitCode.OK


if __name__ == "__main__":
    sys.exit(main())
