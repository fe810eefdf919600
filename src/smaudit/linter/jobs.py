"""A file to lint and what lints it, as the worker processes see them.

``lint.py`` makes the jobs and ``parallel.py`` runs them in workers; both import
these types from here, so the worker pool needs nothing of the linter's module
(which imports the pool) and the two never import each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from smaudit.engine.run_rules import Outcome
    from smaudit.loading.settings import Settings
    from smaudit.model.rule import ActiveRule


@dataclass(frozen=True, slots=True)
class Job:
    """One file to lint: the name shown in findings and its bytes."""

    path: str
    raw: bytes


class JobLinter(Protocol):
    """What a worker needs of the linter (``smaudit.linter.lint.Linter`` is one)."""

    @property
    def settings(self) -> Settings: ...

    def lint_job(self, job: Job, skip: frozenset[str] = ...) -> Outcome: ...

    def rules_to_run(self, path: str, skip: frozenset[str] = ...) -> tuple[ActiveRule, ...]: ...
