"""Files are read as the linting needs them, so no process holds every plan's bytes: the
parent reads a bounded window ahead of its workers, each file once, and the outcomes
and progress are those of reading everything first."""

from __future__ import annotations

from pathlib import Path

from smaudit.linter.feed import AHEAD, Feed
from smaudit.linter.jobs import Job
from smaudit.linter.lint import Linter
from smaudit.linter.parallel import CHUNK, lint_in_workers

HEALTHY = Path(__file__).parent / "data" / "healthy_example.yaml"


def _jobs(count: int, read: list[str]):
    raw = HEALTHY.read_bytes()
    for number in range(count):
        read.append(f"plan{number:03}.yaml")
        yield Job(f"plan{number:03}.yaml", raw if number % 3 else b"{broken: [")


def test_workers_get_files_as_they_need_them_not_all_at_once() -> None:
    count, workers = AHEAD * 3, 2
    read: list[str] = []
    feed = Feed(_jobs(count, read))
    assert feed.total is None and len(read) == AHEAD + 1  # a large run: a window first
    held: list[int] = []
    finished = feed.finished

    def counting(number: int = 1) -> None:
        held.append(len(read) - feed.done)  # read and not yet back from a worker
        finished(number)

    feed.finished = counting  # type: ignore[method-assign]
    linter = Linter()
    outcomes = lint_in_workers(linter, feed, workers)
    assert read == [f"plan{number:03}.yaml" for number in range(count)]  # each once, in order
    assert feed.total == count and feed.done == count
    assert max(held) <= AHEAD + 1 + workers * CHUNK < count
    alone = [linter.lint_job(job) for job in _jobs(count, [])]
    assert [outcome.result for outcome in outcomes] == [outcome.result for outcome in alone]
    assert {outcome.result.findings[0].code for outcome in outcomes[::3]} == {"SMA001"}


def test_progress_of_a_large_run_starts_at_zero_once_its_size_is_known() -> None:
    calls: list[tuple[int, int]] = []
    count = AHEAD + 10
    feed = Feed(_jobs(count, []), lambda done, total: calls.append((done, total)))
    assert calls == []  # not yet known
    for number, _ in enumerate(feed, 1):
        if number <= 5:
            feed.finished()
    assert calls[:2] == [(0, count), (5, count)]
    for _ in range(count - 5):
        feed.finished()
    assert calls[-1] == (count, count)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_a_small_run_is_counted_before_it_is_linted() -> None:
    calls: list[tuple[int, int]] = []
    feed = Feed(_jobs(3, []), lambda done, total: calls.append((done, total)))
    assert feed.total == 3 and calls == [(0, 3)]
    empty = Feed(iter(()), lambda done, total: calls.append((done, total)))
    assert empty.total == 0 and calls[-1] == (0, 0)
