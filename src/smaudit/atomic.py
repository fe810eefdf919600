"""Atomic file writes: a killed run never leaves a truncated file behind.

Everything smaudit writes (output files, baselines, reports, cache entries)
goes to a temporary file in the same directory and is renamed into place.
"""

from __future__ import annotations

import contextlib
import os
import tempfile


def write_atomic(path: str, data: str | bytes) -> None:
    """Replace ``path`` with ``data`` in one rename."""
    directory = os.path.dirname(os.path.abspath(path))
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=".smaudit-", dir=directory)
    try:
        os.fchmod(fd, _mode_for(path))
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _mode_for(path: str) -> int:
    """The existing file's permissions, or what the umask gives a new file (not
    the 0600 of a temporary file)."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
