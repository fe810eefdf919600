"""smaudit's own output formats, registered through the same hook as any plugin's.

Each format's module is imported when it first renders (or is asked for its
description), not when the registry is built: a run that prints text does not
import the XML, hashing and URL modules the other formats need.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from smaudit.formats import Formatter, RunResults
from smaudit.loading.hookspecs import hookimpl

BUILTIN_FORMATS: tuple[tuple[str, str], ...] = (
    ("text", "smaudit.formats.text:TextFormatter"),
    ("json", "smaudit.formats.json:JsonFormatter"),
    ("sarif", "smaudit.formats.sarif:SarifFormatter"),
    ("github", "smaudit.formats.github:GithubFormatter"),
    ("junit", "smaudit.formats.junit:JunitFormatter"),
    ("gitlab", "smaudit.formats.gitlab:GitlabFormatter"),
    ("markdown", "smaudit.formats.markdown:MarkdownFormatter"),
)
"""Each format's name and the class that renders it."""


class LazyFormatter:
    """A format whose class is imported on first use."""

    __slots__ = ("_loaded", "_target", "name")

    def __init__(self, name: str, target: str) -> None:
        self.name = name
        self._target = target
        self._loaded: Any = None

    def load(self) -> Formatter:
        if self._loaded is None:
            module, cls = self._target.split(":")
            self._loaded = getattr(importlib.import_module(module), cls)()
        return self._loaded

    @property
    def description(self) -> str:
        return self.load().description

    def render(self, report: RunResults) -> str:
        return self.load().render(report)


@hookimpl
def smaudit_register_formats(register: Callable[[Formatter], None]) -> None:
    for name, target in BUILTIN_FORMATS:
        register(LazyFormatter(name, target))
