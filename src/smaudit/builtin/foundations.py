"""Built-in plugin: the foundations rules written in Python.

Rules simple enough to be a selector and a condition live in the
declarative pack `rules/foundations.yaml` instead.
"""

from __future__ import annotations

from smaudit.hookspecs import hookimpl

RULES: tuple = ()


@hookimpl
def smaudit_register_rules(register):  # noqa: ANN001 - hook signature
    for each in RULES:
        register(each)
