"""The rule reference pages, generated from the rule registry.

``python -m smaudit.docgen docs/rules`` writes one markdown page per built-in
rule (``SMA101-no-business-goal.md``) and an ``index.md`` listing them all,
from exactly what the registry holds: code, slug, default severity, area,
summary, the four-part documentation, options with their defaults, source
articles by title, and the plugin that registers the rule. The pages are
never edited by hand; change the rule and run the command again.
``--check`` writes nothing and exits 1 when a page is stale, missing or no
longer belongs, which is how CI and the test suite keep the pages honest.

Output is deterministic: rules sorted by code, no dates, no versions, and
the same bytes on every platform. Only smaudit's own rules are documented;
third-party plugins are left out even when installed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from smaudit.model import AREAS, PLAN_AREA, area_title
from smaudit.registry import RegisteredRule, build_registry
from smaudit.rule import DOC_SECTIONS, option_defaults
from smaudit.sources import source_title

GENERATED = ("<!-- Generated from the rule registry by `python -m smaudit.docgen docs/rules`. "
             "Edit the rule, not this page. -->")
"""The first line of every generated page; only such pages are ever replaced or removed."""

INDEX = "index.md"
_PAGE = re.compile(r"^[A-Z][A-Z0-9]*[0-9]{3}-[a-z0-9-]+\.md$")


def page_name(code: str, slug: str) -> str:
    """The file name of a rule's page: ``SMA101-no-business-goal.md``."""
    return f"{code}-{slug}.md"


def builtin_rules() -> list[RegisteredRule]:
    """smaudit's own rules, sorted by code, whatever plugins are installed."""
    from smaudit.plugins import build

    registry = build_registry(build(autoload=False))
    return [entry for entry in registry.sorted_rules() if entry.builtin]


def _fenced(body: str) -> str:
    """A section body; plain YAML (as a third-party pack may write it) gets a fence."""
    body = body.strip()
    if not body or "```" in body:
        return body
    return f"```yaml\n{body}\n```"


def _escape_cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _options(schema: Mapping[str, Any]) -> list[str]:
    props: Mapping[str, Any] = (schema or {}).get("properties", {})
    if not props:
        return ["This rule has no options."]
    defaults = option_defaults(schema)
    lines = []
    for name in sorted(props):
        spec = props[name]
        kind = spec.get("type")
        kind_text = f" ({' or '.join(kind) if isinstance(kind, list) else kind})" if kind else ""
        description = " ".join(str(spec.get("description", "")).split())
        lines.append(f"- `{name}`{kind_text}{': ' + description if description else ''}")
        if name in defaults:
            default = json.dumps(defaults[name], ensure_ascii=False)
            lines.append(f"  Default: `{default}`.")
        else:
            lines.append("  No default.")
    return lines


def _configure(slug: str, severity: str, schema: Mapping[str, Any]) -> list[str]:
    """How to change the rule's severity and options, or waive it, in the user's own words."""
    defaults = option_defaults(schema)
    example = ["```yaml", "# .smaudit.yaml", "rules:"]
    if defaults:
        name = sorted(defaults)[0]
        value = json.dumps(defaults[name], ensure_ascii=False)
        example += [f"  {slug}:", f"    severity: {severity}   # or error, warning, info, off",
                    f"    {name}: {value}"]
    else:
        example += [f"  {slug}: {severity}   # or error, warning, info, off"]
    example += ["```"]
    return [
        "Set the severity (or `off`) in the configuration file"
        + (", and the options next to it:" if defaults else ":"),
        "",
        *example,
        "",
        "Or waive it in the plan itself, with a reason and, if you like, an expiry date "
        "(see [Suppressions](../suppressions.md)):",
        "",
        "```yaml",
        f"# smaudit: disable-file={slug} until=2027-03-31 -- the reason",
        "```",
    ]


def render_page(entry: RegisteredRule) -> str:
    """The markdown page of one rule."""
    rule = entry.rule
    parts = [
        GENERATED,
        "",
        f"# {rule.code} {rule.slug}",
        "",
        _escape_cell(rule.summary),
        "",
        "| | |",
        "|---|---|",
        f"| Code | `{rule.code}` |",
        f"| Slug | `{rule.slug}` |",
        f"| Default severity | {rule.severity.label} |",
        f"| Area | {rule.area} |",
        f"| Plugin | `{entry.plugin}` |",
    ]
    pack = getattr(rule, "pack", "")
    if pack:
        parts.append(f"| Rule pack | `{pack}` |")
    bodies = (rule.docs.what, rule.docs.why, rule.docs.example, rule.docs.instead)
    for title, body in zip(DOC_SECTIONS, bodies, strict=True):
        if not body.strip():
            continue
        text = _fenced(body) if title in ("Example", "Use instead") else body.strip()
        parts += ["", f"## {title}", "", text]
    parts += ["", "## Options", "", *_options(rule.options_schema)]
    parts += ["", "## Configuration", "",
              *_configure(rule.slug, rule.severity.label, rule.options_schema)]
    if rule.sources:
        parts += ["", "## Sources", ""]
        parts += [f"- {source_title(source)}" for source in rule.sources]
    parts += ["", "---", "",
              f"`smaudit explain {rule.slug}` shows this page in the terminal. "
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
                         f"{rule.severity.label} | {_escape_cell(rule.summary)} |")
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
    from smaudit.atomic import write_atomic

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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m smaudit.docgen",
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
            print("run `python -m smaudit.docgen " f"{args.directory}` to update the pages",
                  file=sys.stderr)
            return 1
        return 0
    touched = write_pages(args.directory, pages)
    print(f"{len(pages)} pages in {args.directory}, {len(touched)} updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
