"""Built-in plugin: the catalog rules written as declarative packs (``rules/*.yaml``).

Built-in packs are validated against the rule-pack schema by the test suite,
not at every start-up, to keep a pre-commit run fast.
"""

from __future__ import annotations

from pathlib import Path

from smaudit.loading.hookspecs import hookimpl
from smaudit.model.data_files import rules_dir


@hookimpl
def smaudit_rule_packs() -> list[Path]:
    return sorted(rules_dir().glob("*.yaml"))
