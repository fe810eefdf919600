"""``--format junit``: JUnit XML, for CI systems that show test reports.

One ``<testsuite>`` named ``smaudit`` holds one ``<testcase>`` per linted
file; each finding that counts is a ``<failure>`` in it, so a clean plan is
a passing test and the CI's test tab lists what to fix per plan. Waived
findings and the readiness score go to the test case's ``<system-out>``;
problems of the run itself (a missing file, a crashed plugin) are a test
case with an ``<error>``. Counts follow junitparser's convention: one
failure per ``<failure>`` element.

The XML is built with ``ElementTree`` (so quoting is always right), after
removing characters XML 1.0 cannot carry at all, which would make the whole
report unreadable to the CI.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from smaudit.formatters import Report, score_text
from smaudit.model import Finding, Result

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
SUITE = "smaudit"


def clean(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids (other control characters)."""
    return _INVALID_XML.sub("\ufffd", text)


def _describe(finding: Finding) -> str:
    loc = finding.location
    text = (f"{loc.path}:{loc.line}:{loc.column}: {finding.severity.label} {finding.code} "
            f"{finding.slug} {finding.message}")
    if finding.hint:
        text += f"\nhint: {finding.hint}"
    return text


def _testcase(result: Result) -> tuple[ET.Element, int]:
    case = ET.Element("testcase", {"classname": SUITE, "name": clean(result.path),
                                   "file": clean(result.path), "time": "0"})
    active = result.active
    for finding in active:
        failure = ET.SubElement(case, "failure", {
            "type": finding.code,
            "message": clean(f"{finding.code} {finding.slug}: {finding.message}"),
        })
        failure.text = clean(_describe(finding))
    notes = []
    if result.is_plan and result.score is not None:
        notes.append(f"readiness {score_text(result.score.overall)}/100")
    for finding in result.findings:
        if finding.suppressed is not None:
            waiver = finding.suppressed
            until = f" until {waiver.until}" if waiver.until else ""
            notes.append(f"suppressed ({waiver.kind}{until}: {waiver.reason}): "
                         f"{_describe(finding)}")
    if notes:
        ET.SubElement(case, "system-out").text = clean("\n".join(notes))
    return case, len(active)


def junit_tree(report: Report) -> ET.Element:
    """The ``<testsuites>`` element with its single ``<testsuite>``."""
    suite = ET.Element("testsuite", {"name": SUITE})
    failures = 0
    for result in report.results:
        case, count = _testcase(result)
        suite.append(case)
        failures += count
    for error in report.errors:
        case = ET.SubElement(suite, "testcase", {"classname": SUITE, "name": "smaudit run",
                                                 "time": "0"})
        ET.SubElement(case, "error", {"type": "smaudit", "message": clean(error)}).text = \
            clean(error)
    counts = {"tests": str(len(report.results) + len(report.errors)),
              "failures": str(failures), "errors": str(len(report.errors)),
              "skipped": "0", "time": "0"}
    for key, value in counts.items():
        suite.set(key, value)
    root = ET.Element("testsuites", {"name": SUITE, **counts})
    root.append(suite)
    return root


def render(report: Report) -> str:
    root = junit_tree(report)
    ET.indent(root, space="  ")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            + ET.tostring(root, encoding="unicode") + "\n")


class JunitFormatter:
    name = "junit"
    description = "JUnit XML: one test case per file, a failure per finding."

    def render(self, report: Report) -> str:
        return render(report)
