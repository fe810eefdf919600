"""``--format gitlab``: a GitLab Code Quality report (``artifacts:reports:codequality``).

A JSON array with one issue per finding that counts: ``description``,
``check_name``, ``fingerprint``, ``severity`` and ``location`` (``path``
relative to the report root, by default the repository, and ``lines.begin``). GitLab compares the
fingerprints of the merge request with those of the target branch to say
which issues are new and which were fixed, so a fingerprint must not change
when a line is inserted above a finding or a message is reworded: it hashes
the rule code, the path and the node's JSON pointer (see
``smaudit.model.fingerprint.node_fingerprints``), never the line or the message.

GitLab has no notion of a waived finding, so suppressed findings are left out.
"""

from __future__ import annotations

import json
from typing import Any

from smaudit.formats import RunResults
from smaudit.formats.sarif import artifact_path
from smaudit.loading.loader import PARSE_LEVEL
from smaudit.model.findings import Finding
from smaudit.model.fingerprint import node_fingerprints

BLOCKERS = PARSE_LEVEL
"""Findings that stop the plan from being read at all: nothing else was checked."""

SEVERITIES = {"error": "critical", "warning": "major", "info": "info"}
"""smaudit severities on GitLab's scale (blocker, critical, major, minor, info)."""


def severity(finding: Finding) -> str:
    """GitLab's severity: ``blocker`` for an unreadable plan, else by smaudit severity."""
    if finding.code in BLOCKERS:
        return "blocker"
    return SEVERITIES[finding.severity.label]


def issues(report: RunResults) -> list[dict[str, Any]]:
    """The Code Quality issues, in smaudit's finding order."""
    out: list[dict[str, Any]] = []
    for result in report.results:
        active = result.active
        written = {f.location.path: artifact_path(f.location.path, report.root_dir)[0]
                   for f in active}
        for finding, print_ in zip(active, node_fingerprints(active, written), strict=True):
            loc = finding.location
            description = finding.message
            if finding.hint:
                description += f" (hint: {finding.hint})"
            out.append({
                "type": "issue",
                "description": description,
                "check_name": f"{finding.code} {finding.slug}",
                "fingerprint": print_,
                "severity": severity(finding),
                "engine_name": "smaudit",
                "location": {"path": written[loc.path],
                             "lines": {"begin": max(1, loc.line),
                                       "end": max(1, loc.line, loc.end_line)}},
            })
    return out


def render(report: RunResults) -> str:
    return json.dumps(issues(report), indent=2, ensure_ascii=False) + "\n"


class GitlabFormatter:
    name = "gitlab"
    description = "GitLab Code Quality JSON, with fingerprints stable across runs."

    def render(self, report: RunResults) -> str:
        return render(report)
