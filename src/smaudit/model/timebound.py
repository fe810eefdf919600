"""A time bound on each rule's call, so a rule that loops cannot hang a CI job.

Two layers. Inside the process, a real-time interval timer interrupts a rule
that runs in Python: the signal raises an exception that is *not* an
``Exception`` (so a rule's ``except Exception: pass`` cannot swallow it),
turned into ``RuleTimeout`` as it leaves the rule. That works in the main
thread of a process (the CLI and its worker processes); elsewhere (a rule run
from a thread of a host application) the call is not bounded here.

From outside, a worker process (see ``parallel``) publishes in shared memory
when its current rule must end; the parent kills and replaces a worker whose
rule runs past that (a loop in C code such as ``sum(range(10**11))``, or a
rule that catches every exception), and reports the rule.

A rule that tries to end the process (``sys.exit()``, or ``KeyboardInterrupt``
raised inside a worker, where the user's Ctrl-C is handled by the parent)
gets ``RuleExit`` instead, which the engine reports like any rule failure.

The signal handler is installed once for a run of many calls and only the
timer is set per call: swapping handlers for each of thirty rules on each of a
thousand plans cost more than some of the rules.
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Iterator, MutableSequence


class RuleTimeout(Exception):
    """A rule ran longer than its time bound on one file."""


class RuleExit(Exception):
    """A rule tried to end the process (``sys.exit()``, ``KeyboardInterrupt``)."""


class _Expired(BaseException):
    """Raised by the timer's signal; a ``BaseException`` so that no rule's
    ``except Exception`` can keep running past its bound."""


WATCH: MutableSequence[float] | None = None
"""In a worker process: shared ``[deadline, rules entered]`` the parent reads. While a
rule runs, the deadline is when it must end (``time.monotonic()``; infinite for an
unbounded one); after it, minus the time it ended; 0 before the first rule of a file."""

IN_WORKER = False
"""Set in worker processes: there a ``KeyboardInterrupt`` can only come from a rule."""


class TimeBound:
    """``with bound:`` raises ``RuleTimeout`` inside the block after ``seconds``."""

    __slots__ = ("armed", "seconds")

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.armed = False

    def __enter__(self) -> None:
        watch = WATCH
        if watch is not None:
            watch[0] = time.monotonic() + self.seconds if self.seconds else float("inf")
            watch[1] += 1
        if self.seconds:
            self.armed = True
            signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: object) -> None:
        if self.armed:
            self.armed = False
            signal.setitimer(signal.ITIMER_REAL, 0)
        if WATCH is not None:
            WATCH[0] = -time.monotonic()  # outside any rule since now
        if kind is None or issubclass(kind, Exception):
            return
        if kind is _Expired:
            raise RuleTimeout(str(exc)) from None
        if kind is SystemExit:
            raise RuleExit(f"called sys.exit({getattr(exc, 'code', None)!r})") from None
        if kind is KeyboardInterrupt and IN_WORKER:
            raise RuleExit("raised KeyboardInterrupt") from None


@contextlib.contextmanager
def time_bounds(seconds: float | None) -> Iterator[TimeBound]:
    """A ``TimeBound`` to use around each of many calls; inert where it cannot work."""
    usable = (seconds and seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield TimeBound(None)
        return
    bound = TimeBound(seconds)

    def expire(signum: int, frame: object) -> None:
        if bound.armed:  # not once the block is being left
            raise _Expired(f"took longer than {seconds:g} s on this file")

    previous = signal.signal(signal.SIGALRM, expire)
    try:
        yield bound
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def time_bound(seconds: float | None) -> Iterator[None]:
    """Raise ``RuleTimeout`` inside the block once ``seconds`` have passed."""
    with time_bounds(seconds) as bound, bound:
        yield
