"""``--format json``: the stable machine format, documented by schemas/results.schema.json.

Paths are relative to the report root (``--root``, by default the repository
root; see ``smaudit.model.roots``), absolute for a file outside it. Each file's
result is written by ``smaudit.model.results_json``, which also reads it back (the
client report's ``--compare`` and ``--history``, and the results cache).
"""

from __future__ import annotations

import json
from typing import Any

from smaudit.formats import RunResults
from smaudit.model.results_json import FORMAT_VERSION, result_dict


def report_dict(report: RunResults) -> dict[str, Any]:
    """A whole run: every file's result, the summary and the run's errors."""
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
