"""The results JSON: the one writer and the one reader of a run's results.

``--format json`` writes what ``schemas/results.schema.json`` documents; the
client report's ``--compare`` and ``--history`` read such files back; the
results cache (``smaudit.model.cache``) and the worker processes
(``smaudit.linter.parallel``) store and send each file's result in the same shape,
with its source lines added (``lines=True``), and read it back with
``result_from_dict``. One shape, written and read here, means a field added to
a finding reaches every one of them, and what the cache returns is exactly
what the formatter would have printed.

Reading is strict for what smaudit wrote itself (a cache entry that does not
parse is dropped and the file linted again) and lenient for the user's old
reports, which may come from an older version: ``read_results`` only checks
that the file is JSON and ``previous_file`` that it lists files.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from smaudit.model.errors import UsageError
from smaudit.model.findings import Finding, Location, Result, Score, Severity, Suppression
from smaudit.model.fingerprint import line_fingerprint
from smaudit.model.roots import report_path

FORMAT_VERSION = 1

MAX_BYTES = 64 * 2**20
"""An old JSON report larger than this is not one smaudit wrote for one plan."""


# --- writing ----------------------------------------------------------------------


def finding_dict(finding: Finding, root: str | None = None,
                 source_line: str | None = "") -> dict[str, Any]:
    """One finding as the JSON format describes it; with ``root``, its path relative
    to that report root (``smaudit.model.roots``). ``source_line`` is the text of its line,
    which its ``fingerprint`` (the baseline's, see ``smaudit.model.fingerprint``) hashes, so
    ``smaudit report --compare`` can follow a finding that moved to another node.
    With ``source_line=None`` (the cache's copy, which keeps the lines themselves)
    the fingerprint is left for the format to compute."""
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
        "fingerprint": None if source_line is None else line_fingerprint(finding, source_line),
    }


def result_dict(result: Result, root: str | None = None, *,
                lines: bool = False) -> dict[str, Any]:
    """One file's result as the JSON format describes it; ``lines`` adds the source
    lines its findings point at instead of their fingerprints (the cache's copy,
    which rebuilds both exactly)."""
    score = result.score
    texts = None if lines else dict(result.lines)
    out = {
        "path": result.path if root is None else report_path(result.path, root),
        "is_plan": True,  # only plans are reported; the key stays for earlier readers
        "organization": result.organization,
        "score": score.overall if score else None,
        "areas": dict(score.areas) if score else {},
        "findings": [finding_dict(f, root, None if texts is None
                                  else texts.get(f.location.line, ""))
                     for f in result.findings],
    }
    if lines:
        out["lines"] = [list(line) for line in result.lines]
    return out


# --- reading ----------------------------------------------------------------------

_SEVERITIES = {severity.label: severity for severity in Severity}


def finding_from_dict(data: Mapping[str, Any]) -> Finding:
    """The finding ``finding_dict`` wrote (its path as written).

    :raises KeyError, TypeError, ValueError: when ``data`` is not such a finding.
    """
    sup = data["suppressed"]
    return Finding(
        data["code"], data["slug"], _SEVERITIES[data["severity"]], data["message"],
        Location(data["path"], data["line"], data["column"], data["end_line"],
                 data["end_column"], data["pointer"]),
        data["hint"], data["area"], data["plugin"],
        Suppression(sup["reason"], sup["until"], sup["kind"]) if sup is not None else None,
    )


def result_from_dict(data: Mapping[str, Any]) -> Result:
    """The result ``result_dict`` wrote (with its ``lines`` when it kept them).

    :raises KeyError, TypeError, ValueError: when ``data`` is not such a result.
    """
    overall = data["score"]
    return Result(
        path=data["path"],
        findings=tuple(finding_from_dict(f) for f in data["findings"]),
        score=None if overall is None else Score(overall, tuple(data["areas"].items())),
        organization=data["organization"],
        lines=tuple((number, text) for number, text in data.get("lines", ())),
    )


def read_results(path: str, option: str = "--compare") -> Any:
    """The document of a ``--format json`` file named by the command-line ``option``.

    :raises UsageError: when it cannot be read, is too large or is not JSON.
    """
    import json

    from smaudit.model.files import read_regular

    try:
        raw = read_regular(path, MAX_BYTES)
        if len(raw) > MAX_BYTES:
            raise UsageError(f"{option} {path} is over {MAX_BYTES // 2**20} MiB")
        return json.loads(raw.decode("utf-8"))
    except OSError as exc:
        raise UsageError(f"{option} {path}: {exc.strerror or exc}") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise UsageError(f"{option} {path} is not JSON: {exc}") from None
    except RecursionError:
        raise UsageError(f"{option} {path} is nested far too deeply to be a smaudit "
                         "report") from None


def previous_file(document: Any, result: Result, option: str = "--compare") -> Mapping[str, Any]:
    """The entry of ``files`` in an old JSON report that describes the same plan."""
    if not isinstance(document, Mapping) or not isinstance(document.get("files"), list):
        raise UsageError(f"the {option} file is not `smaudit --format json` output "
                         "(no `files` list)")
    files = [f for f in document["files"] if isinstance(f, Mapping)]
    if not files:
        raise UsageError(f"the {option} file lists no files")
    candidates = (
        [f for f in files if f.get("path") == result.path],
        [f for f in files if os.path.basename(str(f.get("path", "")))
         == os.path.basename(result.path)],
        [f for f in files if result.organization
         and f.get("organization") == result.organization],
        files if len(files) == 1 else [],
    )
    for found in candidates:
        if len(found) == 1:
            return found[0]
    raise UsageError(f"the {option} file has {len(files)} files and none is clearly "
                     f"{result.path}")
