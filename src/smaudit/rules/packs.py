"""Built-in plugin: the catalog rules written as declarative packs.

Each area keeps its pack in its own folder (``goals/goals.yaml``), beside its
Python rules; they ship as package data. Built-in packs are validated against
the rule-pack schema by the test suite, not at every start-up, to keep a
pre-commit run fast.
"""

from __future__ import annotations

from pathlib import Path

from smaudit.loading.hookspecs import hookimpl


@hookimpl
def smaudit_rule_packs() -> list[Path]:
    return sorted(Path(__file__).resolve().parent.glob("*/*.yaml"))
