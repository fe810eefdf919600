"""The bottom layer: frozen values (findings, the plan, results), the rule and
format interfaces, the schema service and leaf helpers. It imports nothing
from the layers above.

``from smaudit.model import Violation`` (the path plugins use) reaches the
finding types of :mod:`smaudit.model.findings`; they load on first use, so
importing another module of this layer does not pull them in.
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    import importlib

    findings = importlib.import_module("smaudit.model.findings")
    try:
        return getattr(findings, name)
    except AttributeError:
        raise AttributeError(f"module 'smaudit.model' has no attribute {name!r}") from None
