"""A rule's documentation page: the one renderer behind ``smaudit explain`` and
``docs/rules/*.md``.

Both show the same page, so what the terminal says about a rule is what the
published reference says: code, slug, default severity, area, plugin (and rule
pack), the summary, the four-part documentation, options with their defaults,
how to configure or waive the rule, a pack rule's tested examples, the source
articles by title, and a third-party rule's own documentation link. The
reference generator (``smaudit.cli.docgen``) only frames it: a "generated" marker
above and a link to the index below.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from smaudit.model.rule import DOC_SECTIONS, Rule, option_defaults
from smaudit.model.sources import source_title


def _fenced(body: str) -> str:
    """A section body; plain YAML (as a third-party pack may write it) gets a fence."""
    body = body.strip()
    if not body or "```" in body:
        return body
    return f"```yaml\n{body}\n```"


def escape_cell(text: str) -> str:
    """``text`` on one line, safe inside a markdown table cell."""
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


def _examples(rule: Rule) -> list[str]:
    """A pack rule's ``invalid`` examples with what each gives (they are its tests)."""
    lines: list[str] = []
    for example in getattr(rule, "invalid_examples", ()):
        found = ", ".join(f"{c} at {ln}:{col}" for c, ln, col in example.findings)
        lines += ["", "```yaml", example.plan.rstrip(), "```", f"gives: {found or 'nothing'}"]
    return ["", "## Tested examples", *lines] if lines else []


def render_rule_page(rule: Rule, plugin: str) -> list[str]:
    """The lines of ``rule``'s page (registered by ``plugin``), without a final newline."""
    parts = [
        f"# {rule.code} {rule.slug}",
        "",
        escape_cell(rule.summary),
        "",
        "| | |",
        "|---|---|",
        f"| Code | `{rule.code}` |",
        f"| Slug | `{rule.slug}` |",
        f"| Default severity | {rule.severity.label} |",
        f"| Area | {rule.area} |",
        f"| Plugin | `{plugin}` |",
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
    parts += _examples(rule)
    if rule.sources:
        parts += ["", "## Sources", ""]
        parts += [f"- {source_title(source)}" for source in rule.sources]
    url = getattr(rule, "docs_url", None)
    if url:  # a third-party rule's own page (built-in pages are these very docs)
        parts += ["", f"Documentation: {url}"]
    return parts
