"""A time bound on one call, so a rule that loops cannot hang a CI job.

Uses a real-time interval timer, which interrupts pure-Python loops. It works
in the main thread of a process (the CLI and its worker processes); elsewhere
(a rule run from a thread of a host application) the call is not bounded.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator


class RuleTimeout(Exception):
    """A rule ran longer than its time bound on one file."""


@contextlib.contextmanager
def time_bound(seconds: float | None) -> Iterator[None]:
    """Raise ``RuleTimeout`` inside the block once ``seconds`` have passed."""
    usable = (seconds and seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise RuleTimeout(f"took longer than {seconds:g} s on this file")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
