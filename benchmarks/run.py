#!/usr/bin/env python3
"""Benchmark smaudit against its peers on one plan and on a corpus of plans.

    python3 benchmarks/run.py                # set up, generate, measure, print
    python3 benchmarks/run.py --plans 1000 --runs 5 --markdown results.md

It builds its own environment under ``benchmarks/.env`` (smaudit installed
from this checkout as a wheel, as users get it, plus yamllint and
check-jsonschema from PyPI, and Spectral from npm when npm is available),
generates a deterministic corpus of realistic plans with ``gen_plans.py``,
then times whole commands, alternating the tools run by run so that drift in
machine speed affects all alike. It reports the median (and min and max) wall
time, the peak resident memory of the main process, and ratios computed from
the medians of the same run:

- one plan, cold cache (a pre-commit hook on one changed plan);
- N plans, cold cache, all cores; N plans, warm cache (an unchanged re-run);
- ``--jobs 2`` against ``--jobs 1``; time per plan at N/4, N/2 and N plans;
- the floor: Python importing only the libraries smaudit is built on.

No figure here is asserted by the test suite: a benchmark is not a test.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
ENV = HERE / ".env"
CORPUS = HERE / ".corpus"
FLOOR_IMPORTS = "import argparse, dataclasses, pluggy, yaml"
SPECTRAL_RULESET = """\
extends: []
rules:
  plan-schema:
    description: The plan matches the smaudit plan schema.
    given: $
    severity: error
    then:
      function: schema
      functionOptions:
        schema:
          $ref: "{schema}"
"""


@dataclass
class Sample:
    """The wall times (seconds) and peak memory (MiB) of repeated runs of one command."""

    label: str
    times: list[float] = field(default_factory=list)
    memory: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    def row(self) -> str:
        return (f"| {self.label} | {self.median * 1000:,.0f} ms | {min(self.times) * 1000:,.0f}"
                f"–{max(self.times) * 1000:,.0f} ms | {max(self.memory):.0f} MiB |")


def sh(*args: str, **kwargs) -> None:
    subprocess.run(args, check=True, **kwargs)


def setup(spectral: bool) -> dict[str, list[str]]:
    """Create the benchmark environment once; return the command prefix of each tool."""
    python = ENV / "bin" / "python"
    if not python.exists():
        sh(sys.executable, "-m", "venv", str(ENV))
        sh(str(python), "-m", "pip", "install", "--quiet", "--upgrade", "pip")
        sh(str(python), "-m", "pip", "install", "--quiet", str(ROOT), "yamllint",
           "check-jsonschema")
    else:  # the checkout may have changed since: reinstall smaudit only
        sh(str(python), "-m", "pip", "install", "--quiet", "--force-reinstall", "--no-deps",
           str(ROOT))
    tools = {
        "smaudit": [str(ENV / "bin" / "smaudit")],
        "yamllint": [str(ENV / "bin" / "yamllint"), "-f", "parsable"],
        "check-jsonschema": [str(ENV / "bin" / "check-jsonschema"), "--schemafile",
                             str(ROOT / "schemas" / "plan.schema.json")],
    }
    if spectral and shutil.which("npm"):
        node = HERE / ".node"
        binary = node / "node_modules" / ".bin" / "spectral"
        if not binary.exists():
            sh("npm", "install", "--silent", "--prefix", str(node), "@stoplight/spectral-cli")
        ruleset = node / "spectral.yaml"
        ruleset.write_text(SPECTRAL_RULESET.format(schema=ROOT / "schemas" / "plan.schema.json"))
        tools["spectral"] = [str(binary), "lint", "--quiet", "-r", str(ruleset)]
    return tools


def corpus(count: int) -> list[Path]:
    marker = CORPUS / f".complete-{count}"
    if not marker.exists():
        shutil.rmtree(CORPUS, ignore_errors=True)
        sh(sys.executable, str(HERE / "gen_plans.py"), str(CORPUS), str(count),
           stdout=subprocess.DEVNULL)
        marker.touch()
    return sorted(CORPUS.glob("plan_*.yaml"))[:count]


def measure(command: list[str], env: dict[str, str], before=None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one run of ``command``."""
    if before:
        before()
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{command[0]} exited {proc.returncode}: {' '.join(command[:6])} ...")
    return elapsed, usage.ru_maxrss / 1024


def compare(runs: int, cases: list[tuple[str, list[str], object]], env: dict[str, str]
            ) -> dict[str, Sample]:
    """Run the cases in turn, ``runs`` times each after one warm-up round."""
    samples = {label: Sample(label) for label, _, _ in cases}
    for round_ in range(runs + 1):
        for label, command, before in cases:
            elapsed, memory = measure(command, env, before)
            if round_:
                samples[label].times.append(elapsed)
                samples[label].memory.append(memory)
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5, help="counted runs per command")
    parser.add_argument("--no-spectral", action="store_true")
    parser.add_argument("--markdown", help="also write the tables to this file")
    args = parser.parse_args()

    tools = setup(spectral=not args.no_spectral)
    plans = corpus(args.plans)
    cache = Path(tempfile.mkdtemp(prefix="smaudit-bench-cache-"))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(SMAUDIT_CACHE_DIR=str(cache), NO_COLOR="1")
    env.pop("SMAUDIT_DISABLE_PLUGIN_AUTOLOAD", None)

    def cold() -> None:
        for entry in cache.glob("results-*"):
            entry.unlink()

    smaudit = tools["smaudit"]
    one = [str(plans[0])]
    every = [str(p) for p in plans]
    mean_lines = sum(len(p.read_text().splitlines()) for p in plans) // len(plans)
    lines = [f"Machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; corpus: "
             f"{len(plans)} generated plans (~{mean_lines} lines each); {args.runs} counted "
             "runs per command after a warm-up.", ""]

    single = [("smaudit, 1 plan, cold cache", smaudit + one, cold),
              ("yamllint, 1 plan", tools["yamllint"] + one, None),
              ("check-jsonschema, 1 plan", tools["check-jsonschema"] + one, None)]
    if "spectral" in tools:
        single.append(("spectral, 1 plan", tools["spectral"] + one, None))
    # The floor of a cold run: Python importing the libraries smaudit is built on
    # (the YAML parser, the plugin manager, dataclasses, argparse), and nothing else.
    single.append(("python, importing smaudit's dependencies only",
                   [str(ENV / "bin" / "python"), "-c", FLOOR_IMPORTS], None))
    many = [("smaudit, all plans, cold cache, all cores", smaudit + every, cold),
            ("smaudit, all plans, warm cache", smaudit + every, None),
            ("smaudit, all plans, cold cache, --jobs 1", [*smaudit, "--jobs", "1", *every], cold),
            ("smaudit, all plans, cold cache, --jobs 2", [*smaudit, "--jobs", "2", *every], cold),
            ("yamllint, all plans", tools["yamllint"] + every, None),
            ("check-jsonschema, all plans", tools["check-jsonschema"] + every, None)]
    results: dict[str, Sample] = {}
    results.update(compare(args.runs, single, env))
    results.update(compare(max(3, args.runs // 2), many, env))
    scaling = []
    for count in (len(plans) // 4, len(plans) // 2, len(plans)):
        label = f"smaudit, {count} plans, cold cache"
        scaling.append(label)
        results.update(compare(3, [(label, smaudit + every[:count], cold)], env))

    def ratio(a: str, b: str) -> str:
        return f"{results[a].median / results[b].median:.3f}"

    lines += ["| command | median | min–max | peak RSS (main process) |", "|---|---|---|---|"]
    lines += [sample.row() for sample in results.values()]
    rows = [("smaudit 1 plan cold / yamllint 1 plan", single[0][0], single[1][0], "≤ 0.75"),
            ("smaudit all plans cold / yamllint all plans", many[0][0], many[4][0], "≤ 0.07"),
            ("smaudit all plans cold / check-jsonschema all plans", many[0][0], many[5][0], ""),
            ("smaudit warm / smaudit cold (all plans)", many[1][0], many[0][0], "≤ 0.1"),
            ("smaudit --jobs 1 / --jobs 2 (all plans)", many[2][0], many[3][0], "≥ 1.7")]
    if "spectral" in tools:
        rows.append(("smaudit 1 plan cold / spectral 1 plan", single[0][0], single[3][0], ""))
    rows.append(("dependency imports alone / yamllint 1 plan", single[-1][0], single[1][0], ""))
    lines += ["", "| ratio (medians) | value | target |", "|---|---|---|"]
    lines += [f"| {name} | {ratio(a, b)} | {target} |" for name, a, b, target in rows]
    lines += ["", "| plans | median | per plan |", "|---|---|---|"]
    for label in scaling:
        count = int(label.split()[1])
        lines.append(f"| {count} | {results[label].median:.2f} s | "
                     f"{results[label].median / count * 1000:.2f} ms |")
    text = "\n".join(lines) + "\n"
    print(text)
    if args.markdown:
        Path(args.markdown).write_text(text)
    shutil.rmtree(cache, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
