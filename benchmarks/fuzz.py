#!/usr/bin/env python3
"""A fuzz campaign against the ``smaudit`` command: hostile plans in batches.

    python3 benchmarks/fuzz.py [--inputs 10000] [--seed 1] [--batch 250] [--jobs 2]
                               [--smaudit PATH]

Each batch of generated inputs (mutated example plans with hostile values spliced in,
byte-level damage, random structures, JSON written with escaped emoji, and now and then
a large input near the 2 MiB limit) is written to a temporary folder and linted by one
``smaudit --no-cache --format json`` run, as CI runs it. The campaign counts:

- internal errors: an ``internal error`` line, or a built-in rule that crashed;
- hangs: a batch that does not end within its time bound;
- lost outputs: unparseable output, or an input that is neither in the output nor named
  in a one-line error (each file must get exactly one outcome);
- misplaced findings: a finding whose line is not in its file.

It prints one line per batch and a summary; the exit code is 1 if any count is not 0.
The figures of a run are in docs/reliability.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = [ROOT / "tests" / "data" / "healthy_example.yaml",
         *sorted((ROOT / "examples" / "plans").glob("*.yaml"))]

HOSTILE_VALUES = [
    "1" + "0" * 400, "0x" + "f" * 3600, "9" * 5000, "-" + "9" * 320, "1e400", ".nan", ".inf",
    "-.inf", ".NaN", "0o" + "7" * 500, '"\\ud800"', '"\\ud83d\\ude00 caf\\u00e9"', '"\\udfff x"',
    '"\\e[2J\\e]0;title\\a"', '"\\u202e reversed"', "'\\x1b[31m'", "&a [*a, *a, *a]",
    "!!python/object/apply:os.system ['echo pwned']", "!custom {a: 1}", "!!int x", "!!float .nan",
    "[" * 80 + "]" * 80, "{a: {b: {c: {d: {e: {}}}}}}", "*nowhere", "null", "~", "''", '""',
    "true", "- - - x", "? complex\n  : key", "|\n    block\x85text", ">\n    folded\u2028text",
    "word\x85word", "2027-02-30", "P99999999999Y", "999999999h", "-1", "0", "1e-400",
    "x" * 5000, '"' + "\\u0000" * 10 + '"', "{" + ", ".join(f"k{i}: {i}" for i in range(300)) + "}",
]

KEYS = ["organization", "name", "business_goals", "id", "statement", "channels", "platform",
        "goals", "team", "hours_per_week", "metrics", "kind", "customer_service",
        "response_time", "timeline", "motivation", "budget", "monthly", "audience", "tactics",
        "promotional_share", "expectations", "<<", "? x", "\ud800", "odd\x85key"]


@dataclass
class Counts:
    inputs: int = 0
    internal: list[str] = field(default_factory=list)
    hangs: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    misplaced: list[str] = field(default_factory=list)
    seconds: float = 0.0
    slowest: float = 0.0
    results: int = 0
    findings: int = 0
    errors: int = 0


def mutate_text(rng: random.Random, text: str) -> str:
    """A seed plan with a hostile value, key or line spliced in, or damaged."""
    lines = text.split("\n")
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(lines))
        line = lines[i]
        choice = rng.random()
        if choice < 0.45 and ":" in line:  # replace a value
            head = line.split(":", 1)[0]
            lines[i] = f"{head}: {rng.choice(HOSTILE_VALUES)}"
        elif choice < 0.6:  # a hostile key
            indent = line[:len(line) - len(line.lstrip())]
            lines.insert(i, f"{indent}{json.dumps(rng.choice(KEYS))}: {rng.choice(HOSTILE_VALUES)}")
        elif choice < 0.7:  # a waiver comment, well or badly formed
            lines.insert(i, rng.choice(["# smaudit: disable=SMA101 -- reason",
                                        "# smaudit: disable=", "# smaudit: disable-file=ALL",
                                        "# smaudit: disable=SMA999 until=2020-13-45",
                                        "# smaudit: " + "x" * 3000]))
        elif choice < 0.8:  # delete or duplicate lines
            if rng.random() < 0.5:
                del lines[i:i + rng.randint(1, 5)]
            else:
                lines[i:i] = lines[i:i + rng.randint(1, 8)]
        elif choice < 0.9:  # re-indent
            lines[i] = " " * rng.randint(0, 9) + line.lstrip()
        else:  # a document marker, a tab, a control character
            lines.insert(i, rng.choice(["---", "...", "\t- x", "\x00", "\x1b", "%YAML 1.1"]))
        if not lines:
            lines = [""]
    return "\n".join(lines)


def mutate_bytes(rng: random.Random, raw: bytes) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 8)):
        if not data:
            break
        i = rng.randrange(len(data))
        op = rng.random()
        if op < 0.4:
            data[i] ^= 1 << rng.randrange(8)
        elif op < 0.7:
            data[i:i] = rng.choice([b"\xff", b"\xc3", b"\x00", b"\xef\xbb\xbf", b"\r", b"\xe2\x80",
                                    b"\x85", b"&a", b"*a", b"!!", b"{", b"[", b"'", b'"'])
        else:
            del data[i:i + rng.randint(1, 40)]
    return bytes(data)


def random_value(rng: random.Random, depth: int = 0):
    kind = rng.random()
    if depth > 4 or kind < 0.4:
        return rng.choice([None, True, 0, -1, 10**30, 1.5, float("1e308"), "", "x", "\ud83d\ude00",
                           "2027-01-01", "4h", rng.choice(KEYS), "caf\u00e9 \u2028 line"])
    if kind < 0.7:
        return [random_value(rng, depth + 1) for _ in range(rng.randint(0, 5))]
    return {rng.choice(KEYS): random_value(rng, depth + 1) for _ in range(rng.randint(0, 6))}


def large_input(rng: random.Random) -> bytes:
    """Something near the size limit that once took seconds or minutes."""
    kind = rng.randrange(6)
    if kind == 0:
        return b"---\norganization: {name: Big}\n" * 60_000 + b"broken: [\n"
    if kind == 1:
        return b"# note\xc2\x85\n#" + b"c" * 1_800_000 + b"\norganization: {name: Big}\n"
    if kind == 2:
        return b"".join(b"# smaudit: disable=SMA101 -- %d\n" % i for i in range(20_000)) \
            + b"organization: {name: Big}\n"
    if kind == 3:
        words = b"the board said we must be on social media because our rivals are there "
        return b"organization: {name: Big}\nmotivation: " + words * 25_000 + b"\n"
    if kind == 4:
        return b'{organization: {name: Big}, strategy: "' + b"word " * 380_000 + b'", x: 1}'
    return b"organization: {name: Big}\nnotes:\n" + b"  - " + b"[" * 70 + b"]" * 70 + b"\n"


def generate(rng: random.Random, seeds: list[str]) -> tuple[str, bytes]:
    """One input: (file suffix, bytes)."""
    roll = rng.random()
    if roll < 0.005:
        return ".yaml", large_input(rng)
    if roll < 0.55:
        return ".yaml", mutate_text(rng, rng.choice(seeds)).encode("utf-8", "surrogatepass")
    if roll < 0.7:
        return ".yaml", mutate_bytes(rng, rng.choice(seeds).encode())
    if roll < 0.85:
        import yaml

        try:
            data = yaml.safe_load(rng.choice(seeds))
        except yaml.YAMLError:
            data = {}
        if isinstance(data, dict) and data:
            key = rng.choice(list(data))
            data[key] = random_value(rng)
        return ".json", json.dumps(data, default=str).encode()  # emoji as surrogate pairs
    value = random_value(rng)
    text = json.dumps({"organization": {"name": "R"}, "x": value})
    return ".yaml", text.encode("utf-8", "surrogatepass")


def run_batch(smaudit: list[str], folder: Path, names: list[str], jobs: int, bound: float,
              counts: Counts) -> None:
    env = {**os.environ, "SMAUDIT_DISABLE_PLUGIN_AUTOLOAD": "1"}
    started = time.monotonic()
    try:
        proc = subprocess.run([*smaudit, "--no-cache", "--format", "json", "--jobs", str(jobs),
                               "--select", "ALL", *names], cwd=folder, env=env,
                              capture_output=True, timeout=bound)
    except subprocess.TimeoutExpired:
        counts.hangs.append(f"batch in {folder} (kept)")
        shutil.copytree(folder, folder.with_name(folder.name + "-hang"), dirs_exist_ok=True)
        return
    elapsed = time.monotonic() - started
    counts.seconds += elapsed
    counts.slowest = max(counts.slowest, elapsed)
    err = proc.stderr.decode("utf-8", "replace")
    for line in err.splitlines():
        if "internal error" in line or ("crashed" in line and "smaudit." in line):
            counts.internal.append(line[:300])
    try:
        files = json.loads(proc.stdout)["files"]
    except (ValueError, KeyError):
        counts.lost.append(f"unreadable output, exit {proc.returncode}: {err[:200]}")
        return
    seen: dict[str, int] = {}
    counts.results += len(files)
    counts.findings += sum(len(entry["findings"]) for entry in files)
    counts.errors += len(err.splitlines())
    for entry in files:
        seen[entry["path"]] = seen.get(entry["path"], 0) + 1
        raw = (folder / entry["path"]).read_bytes()
        total = raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n").count(b"\n") + 1
        for finding in entry["findings"]:
            if not 1 <= finding["line"] <= total:
                counts.misplaced.append(f"{entry['path']}:{finding['line']} {finding['code']}")
    for name in names:  # exactly one outcome: one result, or none and a line naming it
        found = seen.get(name, 0)
        if found > 1 or (found == 0 and f"{name}:" not in err):
            counts.lost.append(f"{name}: {found} results")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=250)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--smaudit", default=None,
                        help="the command to run (default: this Python's -m smaudit)")
    args = parser.parse_args()
    smaudit = [args.smaudit] if args.smaudit else [sys.executable, "-m", "smaudit"]
    rng = random.Random(args.seed)
    seeds = [p.read_text(encoding="utf-8") for p in SEEDS]
    counts = Counts()
    with tempfile.TemporaryDirectory(prefix="smaudit-fuzz-") as tmp:
        done = 0
        while done < args.inputs:
            folder = Path(tmp) / f"batch-{done:06}"
            folder.mkdir()
            names = []
            for number in range(min(args.batch, args.inputs - done)):
                suffix, raw = generate(rng, seeds)
                name = f"input-{done + number:06}{suffix}"
                (folder / name).write_bytes(raw)
                names.append(name)
            # generous: a batch of small inputs takes a few seconds; each large one about one
            run_batch(smaudit, folder, names, args.jobs, 120.0, counts)
            done += len(names)
            counts.inputs = done
            print(f"{done:>6} inputs: {len(counts.internal)} internal errors, "
                  f"{len(counts.hangs)} hangs, {len(counts.lost)} lost, "
                  f"{len(counts.misplaced)} misplaced", flush=True)
            shutil.rmtree(folder)
    for label, items in (("internal error", counts.internal), ("hang", counts.hangs),
                         ("lost", counts.lost), ("misplaced", counts.misplaced)):
        for item in items[:20]:
            print(f"{label}: {item}")
    print(f"\n{counts.inputs} inputs ({counts.results} reported with {counts.findings} "
          f"findings, {counts.errors} one-line errors) in {counts.seconds:.0f} s of linting "
          f"(slowest batch {counts.slowest:.1f} s): {len(counts.internal)} internal errors, "
          f"{len(counts.hangs)} hangs, {len(counts.lost)} lost outputs, "
          f"{len(counts.misplaced)} misplaced findings")
    return 1 if counts.internal or counts.hangs or counts.lost or counts.misplaced else 0


if __name__ == "__main__":
    sys.exit(main())
