"""Rule time bounds: one timer for a run of rules, each rule still held to its own bound."""

from __future__ import annotations

import signal
import time

import pytest

from smaudit.model.timebound import RuleTimeout, time_bounds


def _spin() -> None:
    while True:
        pass


def test_each_block_has_its_own_seconds_though_the_timer_is_set_once():
    with time_bounds(0.3) as bound:
        for _ in range(2):  # 0.4 s in all: past the first block's bound, not the second's
            with bound:
                time.sleep(0.2)
        time.sleep(0.4)  # the timer fires here, outside any block: nothing is stopped
        started = time.monotonic()
        with pytest.raises(RuleTimeout, match=r"took longer than 0\.3 s"), bound:
            _spin()
        assert 0.25 < time.monotonic() - started < 3.0


def test_the_timer_is_not_set_again_for_each_block(monkeypatch):
    calls = []
    real = signal.setitimer
    monkeypatch.setattr(signal, "setitimer", lambda *a: calls.append(a) or real(*a))
    with time_bounds(30.0) as bound:
        for _ in range(40):
            with bound:
                pass
    assert calls == [(signal.ITIMER_REAL, 30.0), (signal.ITIMER_REAL, 0)]  # set, then cleared


def test_no_timer_is_left_behind():
    with time_bounds(0.3) as bound, bound:
        pass
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
