"""``--format json``: the stable machine format, documented by schemas/results.schema.json.

Paths are relative to the report root (``--root``, by default the repository
root; see ``smaudit.roots``), absolute for a file outside it. The document is
built by ``smaudit.results_json``, which also reads it back (the client
report's ``--compare`` and ``--history``, and the results cache).
"""

from __future__ import annotations

import json

from smaudit.formatters import RunResults
from smaudit.results_json import report_dict


def render(report: RunResults) -> str:
    return json.dumps(report_dict(report), indent=2, ensure_ascii=False) + "\n"


class JsonFormatter:
    name = "json"
    description = "Stable JSON for scripts and dashboards (schemas/results.schema.json)."

    def render(self, report: RunResults) -> str:
        return render(report)
