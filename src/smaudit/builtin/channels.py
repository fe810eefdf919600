"""Built-in plugin: the channels rules written in Python.

Rules simple enough to be a selector and a condition live in the
declarative pack `rules/channels.yaml` instead.
"""

from __future__ import annotations

from smaudit.hookspecs import hookimpl

RULES: tuple = ()


@hookimpl
def smaudit_register_rules(register):  # noqa: ANN001 - hook signature
    for each in RULES:
        register(each)
