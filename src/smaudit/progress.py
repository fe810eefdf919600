"""A progress bar on standard error while a long run lints many files.

Only on a terminal and only when more than ``THRESHOLD`` files actually need
linting (cached results come back instantly and do not count): a pre-commit
hook or a CI log must stay byte-for-byte the same, and a bar that flashes
for a fraction of a second on a small run is noise. The bar is transient, so
the findings that follow it print exactly as without it.

The ``Linter`` has no progress callback, so this wraps its step that lints
the files left after the cache, handing it the files in batches (each batch
still spread over the worker processes) and advancing the bar after each.
Results, their order and the exit code are those of ``Linter.lint_paths``,
which still does all the work; should that step ever be renamed, runs go on
without a bar (``tests/test_formats.py`` checks that the bar still shows).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from smaudit.lint import Linter, Run

THRESHOLD = 50
"""More files than this to lint, on a terminal, and the bar shows."""

STEP = "_lint_many"
"""The ``Linter`` method that lints a list of read files: ``(files, jobs) -> outcomes``."""


def is_terminal(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return callable(isatty) and bool(isatty())


def _batch_size(jobs: int) -> int:
    return 8 if jobs <= 1 else jobs * 16


def lint_paths(linter: Linter, paths: Sequence[str], *, jobs: int, stdin: bytes | None = None,
               stdin_filename: str | None = None, stream: TextIO | None = None) -> Run:
    """``linter.lint_paths(...)``, with a progress bar on ``stream`` (stderr) when wanted."""
    stream = stream if stream is not None else sys.stderr
    original = getattr(linter, STEP, None)
    if original is None or not is_terminal(stream):
        return linter.lint_paths(paths, jobs=jobs, stdin=stdin, stdin_filename=stdin_filename)

    def with_bar(files: list[Any], jobs: int) -> list[Any]:
        if len(files) <= THRESHOLD:
            return original(files, jobs)
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        out: list[Any] = []
        with Progress(TextColumn("Linting"), BarColumn(), MofNCompleteColumn(),
                      console=Console(file=stream), transient=True) as progress:
            task = progress.add_task("lint", total=len(files))
            size = _batch_size(jobs)
            for start in range(0, len(files), size):
                batch = files[start:start + size]
                out += original(batch, jobs)
                progress.advance(task, len(batch))
        return out

    setattr(linter, STEP, with_bar)
    try:
        return linter.lint_paths(paths, jobs=jobs, stdin=stdin, stdin_filename=stdin_filename)
    finally:
        delattr(linter, STEP)
