"""A time bound on each rule's call, so a rule that loops cannot hang a CI job.

Uses a real-time interval timer, which interrupts pure-Python loops. It works
in the main thread of a process (the CLI and its worker processes); elsewhere
(a rule run from a thread of a host application) the call is not bounded.
The signal handler is installed once for a run of many calls and only the
timer is set per call: swapping handlers for each of thirty rules on each of a
thousand plans cost more than some of the rules.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator


class RuleTimeout(Exception):
    """A rule ran longer than its time bound on one file."""


class TimeBound:
    """``with bound:`` raises ``RuleTimeout`` inside the block after ``seconds``."""

    __slots__ = ("seconds",)

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds

    def __enter__(self) -> None:
        if self.seconds:
            signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, *exc: object) -> None:
        if self.seconds:
            signal.setitimer(signal.ITIMER_REAL, 0)


@contextlib.contextmanager
def time_bounds(seconds: float | None) -> Iterator[TimeBound]:
    """A ``TimeBound`` to use around each of many calls; inert where it cannot work."""
    usable = (seconds and seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield TimeBound(None)
        return

    def expire(signum: int, frame: object) -> None:
        raise RuleTimeout(f"took longer than {seconds:g} s on this file")

    previous = signal.signal(signal.SIGALRM, expire)
    try:
        yield TimeBound(seconds)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def time_bound(seconds: float | None) -> Iterator[None]:
    """Raise ``RuleTimeout`` inside the block once ``seconds`` have passed."""
    with time_bounds(seconds) as bound, bound:
        yield
