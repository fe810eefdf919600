"""What an output format receives and what it must provide.

``RunResults`` is a finished run (sorted, suppressed, scored results, counts,
rule metadata and the run's problems); a ``Formatter`` turns it into text.
These are the interface between the linter and every format, built-in or a
plugin's (``smaudit_register_formats``), so they sit below both: the hook
specifications name them, the formats in ``smaudit.formats`` implement them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from smaudit.model.findings import Result, RunSummary
from smaudit.model.rule import RuleDocs

DOCS_URL = "https://smaudit.dev/rules/{slug}"
"""Where each rule's page lives; SARIF and the report link to it."""


@dataclass(frozen=True, slots=True)
class RuleMeta:
    """What formatters need to know about a rule (without importing it)."""

    code: str
    slug: str
    severity: str
    area: str
    summary: str
    plugin: str
    docs: RuleDocs = field(default_factory=RuleDocs)
    sources: tuple[str, ...] = ()
    url: str | None = ""
    """The rule's documentation page: ``""`` for smaudit's own page (built-in rules),
    ``None`` for none (a third-party rule that sets no ``docs_url``), else its own."""
    effort: str | None = None
    impact: str | None = None

    @property
    def help_uri(self) -> str | None:
        return DOCS_URL.format(slug=self.slug, code=self.code) if self.url == "" else self.url


@dataclass(frozen=True, slots=True)
class FormatOptions:
    """Presentation choices from the command line."""

    color: bool = False
    show_score: bool = False
    statistics: bool = False
    quiet: bool = False


@dataclass(frozen=True, slots=True)
class RunResults:
    """Everything a formatter may show: results, counts, rules, problems of the run."""

    results: tuple[Result, ...]
    summary: RunSummary
    rules: Mapping[str, RuleMeta] = field(default_factory=dict)
    version: str = ""
    options: FormatOptions = field(default_factory=FormatOptions)
    errors: tuple[str, ...] = ()
    root: str = ""
    """The directory machine formats write paths relative to (``--root``; see
    ``smaudit.model.roots``); empty means the working directory."""

    @property
    def root_dir(self) -> str:
        return self.root or os.getcwd()


@runtime_checkable
class Formatter(Protocol):
    """An output format: ``--format NAME`` renders the report with it."""

    name: str
    description: str

    def render(self, report: RunResults) -> str:
        """The complete output, ending with a newline unless empty."""
        ...
