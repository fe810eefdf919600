"""The report root: the directory that paths in machine-read output are relative to.

CI systems resolve a finding's path against the repository: code scanning
against the checkout, GitLab against the project, Jenkins against the
workspace. So SARIF, GitLab, GitHub, JUnit and JSON output write paths
relative to one root, whatever directory smaudit ran in and however the
plan was named (``plans/a.yaml``, ``./a.yaml`` from ``plans/``, or an
absolute path). The root is ``--root DIR``, else the repository root (the
nearest directory at or above the working directory holding ``.git``, a
folder or, in a git worktree, a file), else the folder of the config file,
else the working directory.
"""

from __future__ import annotations

import os


def find_root(cwd: str, config: str | None = None) -> str:
    """The default root for a run in ``cwd`` that uses the config file ``config``."""
    directory = os.path.abspath(cwd)
    while True:
        if os.path.exists(os.path.join(directory, ".git")):
            return directory
        up = os.path.dirname(directory)
        if up == directory:
            break
        directory = up
    if config:
        return os.path.dirname(os.path.abspath(config))
    return os.path.abspath(cwd)


def _named(path: str) -> bool:
    """Names that are not files (standard input) are shown as they are."""
    return path == "-" or path.startswith("<")


def relative_to_root(path: str, root: str) -> str | None:
    """``path`` relative to ``root`` with ``/`` separators, or ``None`` when it lies
    outside the root (or on another drive). A relative ``path`` is taken from the
    working directory, as the command line names it."""
    try:
        relative = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
    except ValueError:  # another drive on Windows
        return None
    if relative == os.pardir or relative.startswith(os.pardir + os.sep):
        return None
    return relative.replace(os.sep, "/")


def report_path(path: str, root: str) -> str:
    """``path`` as output shows it: relative to ``root`` when inside it, else absolute."""
    if _named(path):
        return path
    inside = relative_to_root(path, root)
    return inside if inside is not None else os.path.abspath(path).replace(os.sep, "/")


def from_root(path: str, root: str) -> str:
    """``path`` relative to ``root`` even when outside it (with ``../``), for formats
    whose consumer resolves every path against the root (SARIF ``%SRCROOT%``,
    GitLab Code Quality); absolute only across drives."""
    if _named(path):
        return path
    try:
        relative = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
    except ValueError:  # another drive on Windows
        return os.path.abspath(path).replace(os.sep, "/")
    return relative.replace(os.sep, "/")
