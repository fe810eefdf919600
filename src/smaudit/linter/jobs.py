"""A file to lint and what lints it, as the worker processes see them.

``lint.py`` makes the jobs and ``parallel.py`` runs them in workers; both import
these types from here, so the worker pool needs nothing of the linter's module
(which imports the pool) and the two never import each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from smaudit.engine.run_rules import Outcome
    from smaudit.loading.settings import Settings
    from smaudit.model.rule import ActiveRule
    from smaudit.model.yamlread import Document


@dataclass(frozen=True, slots=True)
class Job:
    """One file to lint: the name shown in findings and its bytes."""

    path: str
    raw: bytes
    document: Document | None = field(default=None, compare=False, repr=False)
    """The bytes as the YAML reader read them, when deciding that the file is a plan
    needed that (``loading.evidence``): linting makes the plan of it instead of reading
    the bytes again. Workers inherit it when they are forked; it never travels."""


class JobLinter(Protocol):
    """What a worker needs of the linter (``smaudit.linter.lint.Linter`` is one)."""

    @property
    def settings(self) -> Settings: ...

    def lint_job(self, job: Job, skip: frozenset[str] = ...) -> Outcome: ...

    def rules_to_run(self, path: str, skip: frozenset[str] = ...) -> tuple[ActiveRule, ...]: ...
