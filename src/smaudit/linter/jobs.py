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
    from smaudit.loading.evidence import Undecided
    from smaudit.loading.settings import Settings
    from smaudit.model.rule import ActiveRule


@dataclass(frozen=True, slots=True)
class Job:
    """One file to lint: the name shown in findings and its bytes."""

    path: str
    raw: bytes
    undecided: Undecided | None = None
    """A found file with plan section keys but no plan marker: it is linted only if,
    read, it shows those sections in the right shape (``loading.evidence``). It is read
    where it is linted, once, so deciding costs the parent process nothing."""


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file passed over because nothing shows it is a plan (``--verbose`` lists them)."""

    path: str
    reason: str


class JobLinter(Protocol):
    """What a worker needs of the linter (``smaudit.linter.lint.Linter`` is one)."""

    @property
    def settings(self) -> Settings: ...

    def lint_job(self, job: Job, skip: frozenset[str] = ...) -> Outcome | Skipped: ...

    def rules_to_run(self, path: str, skip: frozenset[str] = ...) -> tuple[ActiveRule, ...]: ...
