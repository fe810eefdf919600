"""``--format github``: GitHub Actions workflow commands, one annotation per finding.

``::error file=plan.yaml,line=3,col=5,endLine=3,endColumn=20,title=SMA101
no-business-goal::message`` makes GitHub annotate the plan line in the pull
request. Only findings that count are annotated (a waived finding is not a
problem to show on a diff), ``info`` becomes ``notice``, and problems of the
run itself become plain ``::error::`` lines.

Columns are given only for an annotation on one line: the runner strips
``col`` and ``endColumn`` from one that spans several, so ``line`` and
``endLine`` are all such a finding gets. A finding about the whole plan is
at line 1 (see ``Plan.locate``), as ruff reports file-level problems. The
runner shows at most 10 errors, 10 warnings and 10 notices per step (50 per
job) and drops the rest; beyond that, upload SARIF (docs/ci.md).

GitHub parses these lines, so values are escaped as its toolkit does: in the
message ``%``, ``\\r`` and ``\\n``; in properties also ``:`` and ``,``, which
would otherwise end a property early.
"""

from __future__ import annotations

import os

from smaudit.formats import RunResults
from smaudit.model.findings import Finding
from smaudit.model.roots import report_path

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message (``@actions/core`` ``escapeData``)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value (``@actions/core`` ``escapeProperty``)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, str | int], message: str) -> str:
    """One workflow command line, properties in the given order."""
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{name}{' ' + props if props else ''}::{escape_data(message)}"


def annotation(finding: Finding, root: str | None = None) -> str:
    """The workflow command for one finding; its path relative to ``root`` (the
    report root, the working directory when not given), as GitHub wants it."""
    loc = finding.location
    line, end_line = max(1, loc.line), max(1, loc.line, loc.end_line)
    properties: dict[str, str | int] = {"file": report_path(loc.path, root or os.getcwd()),
                                           "line": line}
    if end_line == line:  # the runner drops columns from an annotation over several lines
        column = max(1, loc.column)
        properties.update(col=column, endLine=line, endColumn=max(column, loc.end_column))
    else:
        properties["endLine"] = end_line
    properties["title"] = f"{finding.code} {finding.slug}"
    message = finding.message
    if finding.hint:
        message += f"\nhint: {finding.hint}"
    return command(COMMANDS[finding.severity.label], properties, message)


def render(report: RunResults) -> str:
    lines = [annotation(f, report.root_dir) for result in report.results for f in result.active]
    lines += [command("error", {"title": "smaudit"}, error) for error in report.errors]
    return "".join(line + "\n" for line in lines)


class GithubFormatter:
    name = "github"
    description = "GitHub Actions workflow commands: annotations on the pull request."

    def render(self, report: RunResults) -> str:
        return render(report)
