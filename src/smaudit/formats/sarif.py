"""``--format sarif``: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

The log holds one run: the tool with every registered rule (help text in
plain text and markdown from the rule's four-part documentation, a help URI
and a default level), one artifact per linted file, and one result per
finding. Suppressed findings stay in the log, marked with a ``suppressions``
entry (``inSource`` for a waiver comment, ``external`` for a baseline), as
the SARIF standard asks, so viewers can show them as dismissed.

Paths are written relative to the report root (``--root``, by default the
repository root; see ``smaudit.model.roots``) with ``uriBaseId`` ``%SRCROOT%``,
because code scanning resolves them against the repository; the run's
``originalUriBaseIds`` gives the root's own ``file:`` URI, as SARIF intends,
so a viewer elsewhere can still find the files. A plan outside the root is
written relative to it too (``../``), never as an absolute ``file:`` URI
that would tie the log to one machine's layout. ``partialFingerprints`` key
results on the rule, the file and the node's JSON pointer, so a result
keeps its identity when lines move.

The helper ``artifact_path`` is shared with the GitLab format, which needs the
same relative paths, and both take their stable identities from
``smaudit.model.fingerprint.node_fingerprints``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from smaudit.formats import RuleMeta, RunResults
from smaudit.model.findings import Finding
from smaudit.model.fingerprint import node_fingerprints as fingerprints
from smaudit.model.roots import from_root
from smaudit.model.sources import source_title

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://smaudit.dev"
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "smauditNodeHash/v1"

LEVELS = {"error": "error", "warning": "warning", "info": "note"}
"""smaudit severities as SARIF levels (SARIF has no ``info``)."""

SUPPRESSION_KINDS = {"comment": "inSource", "file-comment": "inSource", "baseline": "external"}


def artifact_path(path: str, root: str | None = None) -> tuple[str, bool]:
    """``(path, relative)``: a finding's path as CI systems want it, relative to the
    report ``root`` (the working directory when not given), with ``/`` separators
    and ``../`` for a file outside it. ``relative`` is false only for a path that
    cannot be relative at all (on another Windows drive), which stays absolute."""
    written = from_root(path, root or os.getcwd())
    return written, not (os.path.isabs(written) or written.startswith("/"))


def _uri(path: str, relative: bool) -> dict[str, Any]:
    if relative:
        return {"uri": quote(_name_bytes(path), safe="/"), "uriBaseId": SRCROOT}
    if not path.startswith("/"):
        path = "/" + path
    return {"uri": "file://" + quote(_name_bytes(path), safe="/:")}


def _name_bytes(path: str) -> bytes:
    """A file name's bytes: an undecodable name (``caf\\udce9.yaml``) gets its own bytes
    back, percent-encoded in the URI, instead of failing the whole output."""
    try:
        return path.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return path.encode("utf-8", "backslashreplace")


def _sentence(text: str) -> str:
    """SARIF viewers show messages as sentences; end one with a full stop."""
    text = text.strip()
    return text if not text or text[-1] in ".!?" else text + "."


def _unwrap(text: str) -> str:
    """Markdown paragraphs as single lines: viewers wrap descriptions themselves."""
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


def _plain_help(meta: RuleMeta) -> str:
    docs = meta.docs
    parts = [(title, body) for title, body in (("What it finds", docs.what),
                                                ("Why it hurts", docs.why),
                                                ("Example", docs.example),
                                                ("Use instead", docs.instead)) if body]
    if not parts:
        return _sentence(meta.summary or meta.slug)
    return "\n\n".join(f"{title}:\n{body}" for title, body in parts)


def _markdown_help(meta: RuleMeta) -> str:
    body = meta.docs.to_markdown() or _sentence(meta.summary or meta.slug)
    sources = [source_title(s) for s in meta.sources]
    if sources:
        body += "\n\n## Sources\n\n" + "\n".join(f"- {title}" for title in sources)
    return body + (f"\n\n[Rule documentation]({meta.help_uri})" if meta.help_uri else "")


def rule_descriptor(meta: RuleMeta) -> dict[str, Any]:
    """One ``reportingDescriptor``: what code scanning shows in a rule's panel."""
    descriptor = {
        "id": meta.code,
        "name": meta.slug,
        "shortDescription": {"text": _sentence(meta.summary or meta.slug)},
        "fullDescription": {"text": _sentence(_unwrap(meta.docs.what) or meta.summary
                                              or meta.slug)},
        "help": {"text": _plain_help(meta), "markdown": _markdown_help(meta)},
        "helpUri": meta.help_uri,
        "defaultConfiguration": {"level": LEVELS.get(meta.severity, "warning")},
        "properties": {"tags": ["social-media", meta.area], "area": meta.area,
                       "plugin": meta.plugin},
    }
    if not meta.help_uri:  # a third-party rule without a page of its own
        del descriptor["helpUri"]
    return descriptor


def _rules(report: RunResults) -> tuple[list[dict[str, Any]], dict[str, int]]:
    metas: dict[str, RuleMeta] = dict(report.rules)
    for result in report.results:  # a finding whose rule the report does not describe
        for finding in result.findings:
            if finding.code not in metas:
                metas[finding.code] = RuleMeta(
                    code=finding.code, slug=finding.slug, severity=finding.severity.label,
                    area=finding.area, summary=finding.slug, plugin=finding.plugin)
    codes = sorted(metas)
    return [rule_descriptor(metas[c]) for c in codes], {c: i for i, c in enumerate(codes)}


def _region(finding: Finding, lines: Mapping[int, str]) -> dict[str, Any]:
    loc = finding.location
    line = max(1, loc.line)
    column = max(1, loc.column)
    end_line = max(line, loc.end_line)
    end_column = max(1, loc.end_column)
    if end_line == line:
        end_column = max(column, end_column)
    region: dict[str, Any] = {"startLine": line, "startColumn": column, "endLine": end_line,
                              "endColumn": end_column}
    if line in lines and len(lines[line]) <= 1000:  # a viewer shows it without the repository
        region["snippet"] = {"text": lines[line]}
    return region


def _suppression(finding: Finding) -> dict[str, Any]:
    assert finding.suppressed is not None
    waiver = finding.suppressed
    entry: dict[str, Any] = {"kind": SUPPRESSION_KINDS.get(waiver.kind, "inSource"),
                             "status": "accepted"}
    if waiver.reason:
        entry["justification"] = waiver.reason
    properties = {"source": waiver.kind}
    if waiver.until:
        properties["until"] = waiver.until
    entry["properties"] = properties
    return entry


def _language(path: str) -> str:
    return "json" if path.lower().endswith(".json") else "yaml"


def root_uri(root: str) -> str:
    """The ``file:`` URI of the root directory, ending in ``/`` as SARIF requires."""
    path = os.path.abspath(root).replace(os.sep, "/")
    if not path.startswith("/"):  # a Windows drive: file:///C:/...
        path = "/" + path
    return "file://" + quote(path.rstrip("/") + "/", safe="/:")


def sarif_log(report: RunResults, root: str | None = None) -> dict[str, Any]:
    """The SARIF log as a dictionary (``render`` serializes it)."""
    root = root or report.root or os.getcwd()
    rules, rule_index = _rules(report)
    artifacts: list[dict[str, Any]] = []
    artifact_index: dict[str, int] = {}
    written: dict[str, str] = {}
    relative: dict[str, bool] = {}
    for result in report.results:
        path, is_relative = artifact_path(result.path, root)
        written[result.path], relative[result.path] = path, is_relative
        if result.path not in artifact_index:
            artifact_index[result.path] = len(artifacts)
            artifacts.append({"location": _uri(path, is_relative), "roles": ["analysisTarget"],
                              "sourceLanguage": _language(path)})
    results = []
    for result in report.results:
        for finding in result.findings:
            written.setdefault(finding.location.path, written[result.path])
            relative.setdefault(finding.location.path, relative[result.path])
        prints = fingerprints(result.findings, written)
        lines = dict(result.lines)
        for finding, print_ in zip(result.findings, prints, strict=True):
            artifact = artifact_index.get(finding.location.path, artifact_index[result.path])
            results.append(_result(finding, print_, rule_index, written, relative, artifact,
                                   lines))
    invocation: dict[str, Any] = {"executionSuccessful": not report.errors}
    if report.errors:
        invocation["toolExecutionNotifications"] = [
            {"level": "error", "message": {"text": _sentence(e)}} for e in report.errors]
    run = {
        "tool": {"driver": {"name": "smaudit", "version": report.version or "0",
                            "informationUri": INFORMATION_URI, "rules": rules}},
        "invocations": [invocation],
        "originalUriBaseIds": {SRCROOT: {"uri": root_uri(root), "description": {
            "text": "The report root (--root; by default the repository root)."}}},
        "artifacts": artifacts,
        "results": results,
        "columnKind": "unicodeCodePoints",
    }
    if report.version:
        run["tool"]["driver"]["semanticVersion"] = report.version
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def _result(finding: Finding, print_: str, rule_index: Mapping[str, int],
            written: Mapping[str, str], relative: Mapping[str, bool],
            artifact: int, lines: Mapping[int, str]) -> dict[str, Any]:
    loc = finding.location
    text = _sentence(finding.message)
    if finding.hint:
        text += "\n" + _sentence(f"Hint: {finding.hint}")
    location = dict(_uri(written[loc.path], relative[loc.path]), index=artifact)
    entry: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": rule_index[finding.code],
        "level": LEVELS[finding.severity.label],
        "message": {"text": text},
        "locations": [{"physicalLocation": {"artifactLocation": location,
                                            "region": _region(finding, lines)}}],
        "partialFingerprints": {FINGERPRINT_KEY: print_},
        "properties": {"slug": finding.slug, "area": finding.area, "plugin": finding.plugin,
                       "pointer": loc.pointer},
    }
    if finding.suppressed is not None:
        entry["suppressions"] = [_suppression(finding)]
    return entry


def render(report: RunResults) -> str:
    return json.dumps(sarif_log(report), indent=2, ensure_ascii=False) + "\n"


class SarifFormatter:
    name = "sarif"
    description = "SARIF 2.1.0 for GitHub code scanning and SARIF viewers."

    def render(self, report: RunResults) -> str:
        return render(report)
