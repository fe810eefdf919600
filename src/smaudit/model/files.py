"""Reading a file a user named, without ever blocking or reading without bound.

``open()`` on a FIFO waits for a writer, and reading a device or ``/dev/zero``
never ends; a plan, a baseline, a report to compare with and a config file
are all regular files, so anything else is refused before a byte is read.
"""

from __future__ import annotations

import os
import stat


class NotRegularFile(OSError):
    """The path is a FIFO, device, socket or directory, not a regular file."""


def read_regular(path: str, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of the regular file ``path`` (one more than the
    limit, so a caller can tell the file is too large).

    :raises NotRegularFile: for anything but a regular file (also via a symlink).
    :raises OSError: when the file cannot be opened or read.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = "a directory" if stat.S_ISDIR(mode) else "not a regular file"
            raise NotRegularFile(21 if stat.S_ISDIR(mode) else 22, kind, path)
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)
