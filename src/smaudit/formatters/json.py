"""``--format json``: the stable machine format, documented by schemas/results.schema.json.

Paths are relative to the report root (``--root``, by default the repository
root; see ``smaudit.roots``), absolute for a file outside it.
"""

from __future__ import annotations

import json
from typing import Any

from smaudit.baseline import fingerprint
from smaudit.formatters import RunResults
from smaudit.model import Finding, Result
from smaudit.roots import report_path

FORMAT_VERSION = 1


def finding_dict(finding: Finding, root: str | None = None,
                 source_line: str = "") -> dict[str, Any]:
    """One finding as the JSON format describes it; with ``root``, its path relative
    to that report root (``smaudit.roots``). ``source_line`` is the text of its line,
    which its ``fingerprint`` (the baseline's, see ``smaudit.baseline``) hashes, so
    ``smaudit report --compare`` can follow a finding that moved to another node."""
    loc = finding.location
    suppressed = None
    if finding.suppressed is not None:
        suppressed = {"reason": finding.suppressed.reason, "until": finding.suppressed.until,
                      "kind": finding.suppressed.kind}
    return {
        "code": finding.code,
        "slug": finding.slug,
        "severity": finding.severity.label,
        "area": finding.area,
        "message": finding.message,
        "path": loc.path if root is None else report_path(loc.path, root),
        "line": loc.line,
        "column": loc.column,
        "end_line": loc.end_line,
        "end_column": loc.end_column,
        "pointer": loc.pointer,
        "hint": finding.hint,
        "plugin": finding.plugin,
        "suppressed": suppressed,
        "fingerprint": fingerprint(finding, source_line),
    }


def result_dict(result: Result, root: str | None = None) -> dict[str, Any]:
    score = result.score
    lines = dict(result.lines)
    return {
        "path": result.path if root is None else report_path(result.path, root),
        "is_plan": True,  # only plans are reported; the key stays for earlier readers
        "organization": result.organization,
        "score": score.overall if score else None,
        "areas": dict(score.areas) if score else {},
        "findings": [finding_dict(f, root, lines.get(f.location.line, ""))
                     for f in result.findings],
    }


def report_dict(report: RunResults) -> dict[str, Any]:
    s = report.summary
    return {
        "version": FORMAT_VERSION,
        "smaudit": report.version,
        "files": [result_dict(r, report.root_dir) for r in report.results],
        "summary": {
            "files": s.files, "errors": s.errors, "warnings": s.warnings, "info": s.infos,
            "suppressed": s.suppressed, "by_code": dict(s.by_code),
        },
        "errors": list(report.errors),
    }


def render(report: RunResults) -> str:
    return json.dumps(report_dict(report), indent=2, ensure_ascii=False) + "\n"


class JsonFormatter:
    name = "json"
    description = "Stable JSON for scripts and dashboards (schemas/results.schema.json)."

    def render(self, report: RunResults) -> str:
        return render(report)
