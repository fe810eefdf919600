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

The signal handler is installed once for a run of many calls, and the timer
is set once too, then again only when it fires early (see ``TimeBound``):
swapping handlers for each of thirty rules on each of a thousand plans cost
more than some of the rules, and setting the timer for each cost two system
calls a rule.
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
"""In a worker process: shared ``[deadline, rules entered on this file, files of the batch
linted]`` the parent reads. While a rule runs, the deadline is when it must end
(``time.monotonic()``; infinite for an unbounded one); after it, minus the time it ended;
0 before the first rule of a batch's first file, and minus the time it started before the
first rule of a later one (see ``smaudit.linter.parallel``)."""

IN_WORKER = False
"""Set in worker processes: there a ``KeyboardInterrupt`` can only come from a rule."""


class TimeBound:
    """``with bound:`` raises ``RuleTimeout`` inside the block after ``seconds``.

    The timer is set once, at the first block, not for each one: setting and
    clearing it are two system calls, and a plan's forty-odd rules paid them at every
    rule. Each block only notes its deadline. When the timer fires, a block whose
    deadline has not come yet sets it again for the time it has left; between blocks
    it lets it lapse, and the next block sets it again. Every later block's deadline
    is later than the first's, so the timer never fires after a block's deadline."""

    __slots__ = ("armed", "deadline", "seconds", "ticking")

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.armed = False
        """Whether a block is running (the timer's signal may stop it)."""
        self.ticking = False
        """Whether the timer is set."""
        self.deadline = 0.0

    def __enter__(self) -> None:
        seconds = self.seconds
        watch = WATCH
        if seconds:
            self.deadline = time.monotonic() + seconds
            self.armed = True  # before looking at the timer: a signal between is harmless
            if not self.ticking:
                self.ticking = True
                signal.setitimer(signal.ITIMER_REAL, seconds)
        if watch is not None:
            watch[0] = self.deadline if seconds else float("inf")
            watch[1] += 1

    def expired(self) -> bool:
        """Called when the timer fires: whether the running block is past its deadline;
        if one runs and is not, the timer is set again for the time it has left."""
        self.ticking = False
        if not self.armed:
            return False
        left = self.deadline - time.monotonic()
        if left <= 0:
            return True
        self.ticking = True
        signal.setitimer(signal.ITIMER_REAL, max(left, 1e-4))
        return False

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: object) -> None:
        self.armed = False  # the timer goes on ticking; it lapses if no block runs
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
        if bound.expired():  # not once the block is being left
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
