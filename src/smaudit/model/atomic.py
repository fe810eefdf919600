"""File writes that never leave a torn file and never replace what is not a file.

Everything smaudit writes (output files, baselines, reports, cache entries)
to a regular file goes to a temporary file in the same directory and is
renamed into place, so a killed run leaves the old file whole. Only a regular
file is replaced: a symlink is followed and its target replaced (the link
stays a link), and a device, pipe or socket (``-o /dev/null``, ``-o
/dev/stdout``, ``-o /proc/self/fd/1``) is written to directly, since renaming
over it would replace the node itself.

Text is encoded as UTF-8 with ``backslashreplace``: a character UTF-8 cannot
carry (a lone surrogate in a plugin's message or an undecodable file name)
is written as its escape instead of losing the whole output.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable

from smaudit.model.errors import SmauditError


def encode(data: str | bytes) -> bytes:
    """UTF-8 bytes of ``data``; characters UTF-8 cannot carry become ``\\udxxx`` escapes."""
    return data if isinstance(data, bytes) else data.encode("utf-8", "backslashreplace")


def write_atomic(path: str, data: str | bytes | Iterable[bytes]) -> None:
    """Replace ``path`` (or, for a symlink, its target) with ``data`` in one rename;
    write a device, pipe or socket directly. Raises ``OSError``. Pieces of bytes are
    written one after another, never joined (a large cache entry is not copied); an
    exception raised while they are produced leaves the old file as it was."""
    payload = [encode(data)] if isinstance(data, str | bytes) else data
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        mode = None
    except NotADirectoryError:
        raise
    if mode is not None and not stat.S_ISREG(mode):
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(21, "is a directory", path)
        with open(path, "wb") as handle:  # a device, pipe or socket: no rename, no truncation
            handle.writelines(payload)
        return
    target = os.path.realpath(path) if os.path.islink(path) else path
    directory = os.path.dirname(os.path.abspath(target))
    fd, tmp = tempfile.mkstemp(prefix=".smaudit-", dir=directory)
    try:
        os.fchmod(fd, _mode_for(target))
        with os.fdopen(fd, "wb") as handle:
            handle.writelines(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_output(path: str, data: str | bytes, *, what: str = "output") -> None:
    """``write_atomic`` for a file the user named: any failure is a one-line error."""
    try:
        write_atomic(path, data)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        if isinstance(exc, FileNotFoundError):
            folder = os.path.dirname(os.path.abspath(path))
            reason = "no such folder" if not os.path.isdir(folder) else \
                "no file can be created in that folder"
        raise SmauditError(f"cannot write {what} {path}: {reason}") from None


def _mode_for(path: str) -> int:
    """The existing file's permissions, or what the umask gives a new file (not
    the 0600 of a temporary file)."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_stdout(text: str) -> None:
    """Write ``text`` to standard output as ``encode`` does, whatever its encoding."""
    import sys

    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # replaced by a text-only stream (a host application, a test)
        sys.stdout.write(encode(text).decode("utf-8"))
        return
    sys.stdout.flush()
    buffer.write(encode(text))
    buffer.flush()
