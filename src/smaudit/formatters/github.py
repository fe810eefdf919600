"""``--format github``: GitHub Actions workflow commands, one annotation per finding.

``::error file=plan.yaml,line=3,col=5,endLine=3,endColumn=20,title=SMA101
no-business-goal::message`` makes GitHub annotate the plan line in the pull
request. Only findings that count are annotated (a waived finding is not a
problem to show on a diff), ``info`` becomes ``notice``, and problems of the
run itself become plain ``::error::`` lines.

GitHub parses these lines, so values are escaped as its toolkit does: in the
message ``%``, ``\\r`` and ``\\n``; in properties also ``:`` and ``,``, which
would otherwise end a property early.
"""

from __future__ import annotations

from smaudit.formatters import Report
from smaudit.formatters.sarif import artifact_path
from smaudit.model import Finding

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


def annotation(finding: Finding) -> str:
    """The workflow command for one finding."""
    loc = finding.location
    line, column = max(1, loc.line), max(1, loc.column)
    properties: dict[str, str | int] = {
        "file": artifact_path(loc.path)[0],
        "line": line,
        "col": column,
        "endLine": max(line, loc.end_line),
        "endColumn": max(1, loc.end_column),
        "title": f"{finding.code} {finding.slug}",
    }
    message = finding.message
    if finding.hint:
        message += f"\nhint: {finding.hint}"
    return command(COMMANDS[finding.severity.label], properties, message)


def render(report: Report) -> str:
    lines = [annotation(f) for result in report.results for f in result.active]
    lines += [command("error", {"title": "smaudit"}, error) for error in report.errors]
    return "".join(line + "\n" for line in lines)


class GithubFormatter:
    name = "github"
    description = "GitHub Actions workflow commands: annotations on the pull request."

    def render(self, report: Report) -> str:
        return render(report)
