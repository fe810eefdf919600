#!/usr/bin/env python3
"""Time and memory of smaudit on each hostile input, one process per input.

    python3 benchmarks/hostile.py [--smaudit PATH] [--runs 3]

Generates the large inputs (billion laughs, 10,000-deep nesting, a 50 MB
plan, a 100,000-item list, a 2 MB scalar, a directory symlink loop) and the
inputs that once broke or stalled runs (escaped emoji in JSON, numbers no rule
can use, a syntax error after 2 MB of documents, line separators in a long
file, 20,000 waiver comments, 1.9 MB of cue words, a plan on one line,
terminal escapes, a FIFO in a folder) next to the small ones in
tests/data/hostile, runs ``smaudit --no-cache`` on each
with the healthy example beside it, and prints per input the finding it got,
the median wall time, and the peak resident memory. The bounds it is held to
(under a second, under 200 MB) are recorded in docs/reliability.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = ROOT / "tests" / "data" / "hostile"
HEALTHY = ROOT / "tests" / "data" / "healthy_example.yaml"
GNU_TIME = "/usr/bin/time" if os.path.exists("/usr/bin/time") else None
ANSWERS = ("SMA001", "SMA002", "SMA006")
"""The codes shown as an input's answer: unreadable, a value of the wrong kind, too large."""


def generate(directory: Path) -> list[Path]:
    """The large inputs, written into ``directory``."""
    made = {
        "deep-nesting.yaml": b"organization:\n  name: " + b"[" * 10_000 + b"]" * 10_000 + b"\n",
        "hundred-thousand-items.yaml": b"organization: {name: Long}\nmetrics:\n"
        + b"".join(b"  - {name: m%d}\n" % i for i in range(100_000)),
        "two-megabyte-scalar.yaml": b"organization: {name: Big}\nstrategy: "
        + b"word " * 400_000 + b"\n",
    }
    words = b"the board said we must be on social media because our rivals are there "
    made.update({
        "escaped-emoji.json": json.dumps({"organization": {"name": "Caf\U0001F600 \ud800"}},
                                         ).encode(),
        "huge-numbers.yaml": b"organization: {name: Big}\nbudget: {monthly: 1" + b"0" * 400
        + b"}\nchannels:\n  - platform: 0x" + b"f" * 3600 + b"\nx: " + b"9" * 5000 + b"\n",
        "nan-and-inf.yaml": b"organization: {name: Odd}\nbudget: {monthly: .nan}\n"
        b"team:\n  - {name: Ann, hours_per_week: .inf}\n",
        "documents-then-error.yaml": b"---\norganization: {name: X}\n" * 60_000
        + b"broken: [\n",
        "line-separator-long.yaml": b"# note\xc2\x85\n#" + b"c" * 1_800_000
        + b"\norganization: {name: X}\n",
        "twenty-thousand-waivers.yaml": b"".join(
            b"# smaudit: disable=SMA101 -- %d\n" % i for i in range(20_000))
        + b"organization: {name: X}\n",
        "cue-words-motivation.yaml": b"organization: {name: X}\nmotivation: "
        + words * (1_900_000 // len(words)) + b"\n",
        "one-line-plan.yaml": b'{organization: {name: X}, strategy: "' + b"word " * 380_000
        + b'", chanels: 1}',
        "terminal-escapes.yaml": b'organization: {name: X}\n"odd\\e[2J\\u202e": 1\n',
    })
    paths = []
    for name, content in made.items():
        (directory / name).write_bytes(content)
        paths.append(directory / name)
    huge = directory / "fifty-megabytes.yaml"
    with open(huge, "wb") as handle:
        handle.write(b"organization: {name: Huge}\nnotes:\n")
        line = b"  - " + b"x" * 1020 + b"\n"
        for _ in range(50 * 1024):
            handle.write(line)
    paths.append(huge)
    loop = directory / "symlink-loop"
    loop.mkdir()
    (loop / "self").symlink_to(loop)
    shutil.copy(HEALTHY, loop / "plan.yaml")
    paths.append(loop)
    fifo = directory / "fifo-in-folder"
    fifo.mkdir()
    os.mkfifo(fifo / "x.yaml")  # reading it would block: it must be skipped
    shutil.copy(HEALTHY, fifo / "plan.yaml")
    paths.append(fifo)
    return paths


def run(smaudit: str, target: Path, env: dict[str, str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MiB) and the plan-file finding of one run."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r") as peak:
        command = [smaudit, "--no-cache", "--format", "json", "--jobs", "1", str(target),
                   str(HEALTHY)]
        if GNU_TIME:  # Linux keeps the peak memory of the process that forks across exec:
            # measured through a small process, this one's own memory is not counted
            command = [GNU_TIME, "-q", "-f", "%M", "-o", peak.name, *command]
        started = time.perf_counter()
        proc = subprocess.Popen(command, stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - started
        peak_kib = int(peak.read().strip() or 0) if GNU_TIME else usage.ru_maxrss
        out.seek(0)
        err.seek(0)
        try:
            files = json.loads(out.read())["files"]
            codes = sorted({f["code"] for file in files if file["path"] != str(HEALTHY)
                            for f in file["findings"] if f["code"] in ANSWERS})
            answer = ", ".join(codes) or "linted"
        except (ValueError, KeyError):
            answer = f"exit {os.waitstatus_to_exitcode(status)}: {err.read()[:60]!r}"
    return elapsed, peak_kib / 1024, answer


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smaudit", default=shutil.which("smaudit") or "smaudit")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["SMAUDIT_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    with tempfile.TemporaryDirectory() as tmp:
        inputs = sorted(HOSTILE.iterdir()) + generate(Path(tmp))
        print("| input | answer | median wall | peak RSS |\n|---|---|---|---|")
        for target in inputs:
            runs = [run(args.smaudit, target, env) for _ in range(args.runs)]
            wall = statistics.median(r[0] for r in runs)
            peak = max(r[1] for r in runs)
            print(f"| {target.name} | {runs[0][2]} | {wall * 1000:.0f} ms | {peak:.0f} MiB |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
