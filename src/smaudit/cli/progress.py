"""A progress bar on standard error while a long run lints many files.

Only on a terminal and only when more than ``THRESHOLD`` files actually need
linting (cached results come back instantly and do not count): a pre-commit
hook or a CI log must stay byte-for-byte the same, and a bar that flashes
for a fraction of a second on a small run is noise. The bar is transient, so
the findings that follow it print exactly as without it. It is driven by the
``progress`` callback of ``Linter.lint_paths``.
"""

from __future__ import annotations

import sys
from typing import Any, TextIO

THRESHOLD = 50
"""More files than this to lint, on a terminal, and the bar shows."""


def is_terminal(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return callable(isatty) and bool(isatty())


class ProgressBar:
    """A ``progress(done, total)`` callback that draws a rich bar when it is worth it.

    Use as a context manager so the bar is removed however the run ends.
    """

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self._progress: Any = None
        self._task: Any = None

    def __call__(self, done: int, total: int) -> None:
        if total <= THRESHOLD or not is_terminal(self.stream):
            return
        if self._progress is None:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            self._progress = Progress(TextColumn("Linting"), BarColumn(), MofNCompleteColumn(),
                                      console=Console(file=self.stream), transient=True)
            self._progress.start()
            self._task = self._progress.add_task("lint", total=total)
        self._progress.update(self._task, completed=done)

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None
