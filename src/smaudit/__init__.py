"""smaudit: a linter for social media plans.

The Python API mirrors the command line::

    import smaudit
    result = smaudit.lint_text(open("plan.yaml").read(), path="plan.yaml")
    for finding in result.findings:
        print(finding.location.line, finding.code, finding.message)

Heavy modules load on first use, so ``import smaudit`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smaudit.__about__ import __version__

if TYPE_CHECKING:
    from smaudit.loading.settings import Settings
    from smaudit.model.findings import Result

__all__ = ["__version__", "hookimpl", "lint_paths", "lint_text"]


def __getattr__(name: str) -> object:
    """``smaudit.hookimpl``, the marker of plugin hooks, imported on first use so that
    ``import smaudit`` does not load pluggy."""
    if name == "hookimpl":
        from smaudit.loading.hookspecs import hookimpl

        return hookimpl
    raise AttributeError(f"module 'smaudit' has no attribute {name!r}")


def lint_text(text: str | bytes, path: str | None = None, settings: Settings | None = None
              ) -> Result:
    """Lint one plan given as text; ``path`` only names it in findings. ``settings``
    (a ``smaudit.loading.settings.Settings``, e.g. from ``smaudit.loading.config.load_settings``)
    default to every rule at its default severity; no config file is read."""
    from smaudit.linter.lint import Linter

    return Linter(settings).lint_bytes(text, path or "<string>").result


def lint_paths(paths: list[str], settings: Settings | None = None) -> list[Result]:
    """Lint files and directories (as the command line does); results sorted by path."""
    from smaudit.linter.lint import Linter

    return Linter(settings).lint_paths(paths).results
