"""``--format junit``: JUnit XML, for CI systems that show test reports.

Laid out as ESLint's JUnit formatter does it: one ``<testsuite>`` per linted
file (named by its path relative to the report root, ``smaudit.model.roots``),
one ``<testcase>`` per finding that counts, each
with one ``<failure>``, and a single passing test case for a clean file. So
``failures`` never exceeds ``tests``, which some consumers mishandle, and the
CI's test tab lists what to fix per plan. A test case is named by its rule
and node (``SMA302 uncovered-platform /channels/1``), which stays the same
when lines move, so CI history follows a finding across runs. The readiness
score is a ``<property>`` of the suite; waived findings go to its
``<system-out>``; problems of the run itself (a missing file, a crashed
plugin) are test cases with an ``<error>`` in a suite of their own.

Only attributes the Jenkins xUnit JUnit schema allows are written (no
``skipped`` on ``<testsuites>``, no ``file`` on ``<testcase>``). The XML is
built with ``ElementTree`` (so quoting is always right), after removing
characters XML 1.0 cannot carry at all, which would make the whole report
unreadable to the CI.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from smaudit.formats import RunResults, score_text
from smaudit.model.findings import Finding, Result
from smaudit.model.roots import report_path

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
SUITE = "smaudit"


def clean(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids (other control characters)."""
    return _INVALID_XML.sub("\ufffd", text)


def _describe(finding: Finding, root: str) -> str:
    loc = finding.location
    text = (f"{report_path(loc.path, root)}:{loc.line}:{loc.column}: "
            f"{finding.severity.label} {finding.code} {finding.slug} {finding.message}")
    if finding.hint:
        text += f"\nhint: {finding.hint}"
    return text


def _case_name(finding: Finding) -> str:
    pointer = finding.location.pointer
    return f"{finding.code} {finding.slug}" + (f" {pointer}" if pointer else "")


def _suite(name: str, cases: list[ET.Element], *, failures: int = 0, errors: int = 0,
           properties: dict[str, str] | None = None, out: str = "") -> ET.Element:
    suite = ET.Element("testsuite", {"name": clean(name), "tests": str(len(cases)),
                                     "failures": str(failures), "errors": str(errors),
                                     "skipped": "0", "time": "0"})
    if properties:
        holder = ET.SubElement(suite, "properties")
        for key, value in properties.items():
            ET.SubElement(holder, "property", {"name": key, "value": clean(value)})
    suite.extend(cases)
    if out:
        ET.SubElement(suite, "system-out").text = clean(out)
    return suite


def _file_suite(result: Result, root: str) -> ET.Element:
    """A file's suite: a failing test case per finding that counts, or one passing case."""
    path = report_path(result.path, root)
    cases = []
    for finding in result.active:
        case = ET.Element("testcase", {"classname": clean(path),
                                       "name": clean(_case_name(finding)), "time": "0"})
        ET.SubElement(case, "failure", {
            "type": finding.code,
            "message": clean(f"{finding.code} {finding.slug}: {finding.message}"),
        }).text = clean(_describe(finding, root))
        cases.append(case)
    failures = len(cases)
    if not cases:
        cases.append(ET.Element("testcase", {"classname": clean(path),
                                             "name": "no findings", "time": "0"}))
    properties = {}
    if result.score is not None:
        properties["readiness"] = score_text(result.score.overall)
    notes = []
    for finding in result.findings:
        if finding.suppressed is not None:
            waiver = finding.suppressed
            until = f" until {waiver.until}" if waiver.until else ""
            notes.append(f"suppressed ({waiver.kind}{until}: {waiver.reason}): "
                         f"{_describe(finding, root)}")
    return _suite(path, cases, failures=failures, properties=properties,
                  out="\n".join(notes))


def junit_tree(report: RunResults) -> ET.Element:
    """The ``<testsuites>`` element: a suite per file, then one for the run's errors."""
    suites = [_file_suite(result, report.root_dir) for result in report.results]
    if report.errors:
        cases = []
        for error in report.errors:
            case = ET.Element("testcase", {"classname": SUITE, "name": clean(error),
                                           "time": "0"})
            ET.SubElement(case, "error", {"type": "smaudit", "message": clean(error)}).text = \
                clean(error)
            cases.append(case)
        suites.append(_suite(f"{SUITE} run", cases, errors=len(cases)))
    totals = {key: str(sum(int(s.get(key) or 0) for s in suites))
              for key in ("tests", "failures", "errors")}
    root = ET.Element("testsuites", {"name": SUITE, **totals, "time": "0"})
    root.extend(suites)
    return root


def render(report: RunResults) -> str:
    root = junit_tree(report)
    ET.indent(root, space="  ")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            + ET.tostring(root, encoding="unicode") + "\n")


class JunitFormatter:
    name = "junit"
    description = "JUnit XML: a test suite per file, a failing test case per finding."

    def render(self, report: RunResults) -> str:
        return render(report)
