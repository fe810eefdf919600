#!/usr/bin/env python3
"""Write smaudit's output for every example, fixture and benchmark plan in every
format, so that a change meant to keep behaviour can be checked byte for byte:

    python3 benchmarks/outputs.py /tmp/before            # on the old commit
    python3 benchmarks/outputs.py /tmp/after             # on the new one
    diff -r /tmp/before/output /tmp/after/output

The plans are copied under ``DIR/input`` (the examples, the labelled fixtures
given with ``--fixtures``, and ``--plans`` generated benchmark plans), and
smaudit runs there with ``--no-cache``, so the paths in the output are the same
whichever checkout runs it. Every check format is written for each folder of
plans; each of the first 20 plans of a folder alone, in every format and in
the client report's two; and the ``rules``, ``schema``
and ``explain`` pages. Standard library only; smaudit is the one on ``PATH``
beside this interpreter.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
FORMATS = ("text", "json", "sarif", "junit", "github", "gitlab", "markdown")
REPORTS = ("html", "markdown")
REPORT_DATE = "2026-01-15"
ALONE = 20
"""Plans of a folder also run alone (each in every format, and its report)."""


def smaudit(args: list[str], cwd: Path) -> bytes:
    """stdout, stderr and exit code of one run, together: all of them are behaviour."""
    exe = Path(sys.executable).with_name("smaudit")
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    env.pop("FORCE_COLOR", None)
    done = subprocess.run([str(exe), *args], cwd=cwd, capture_output=True, env=env)
    return (done.stdout + b"\n--- stderr ---\n" + done.stderr
            + f"\n--- exit {done.returncode} ---\n".encode())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", type=Path)
    parser.add_argument("--fixtures", type=Path, default=ROOT.parent / "shared" / "fixtures",
                        help="a labelled corpus whose plans/ are included (default: %(default)s)")
    parser.add_argument("--plans", type=int, default=200, help="generated plans (default 200)")
    args = parser.parse_args()
    inputs, outputs = args.dir / "input", args.dir / "output"
    shutil.rmtree(args.dir, ignore_errors=True)
    outputs.mkdir(parents=True)
    shutil.copytree(ROOT / "examples" / "plans", inputs / "examples")
    (inputs / "examples" / "labels.yaml").unlink(missing_ok=True)
    if (args.fixtures / "plans").is_dir():
        shutil.copytree(args.fixtures / "plans", inputs / "fixtures")
    subprocess.run([sys.executable, str(HERE / "gen_plans.py"), str(inputs / "generated"),
                    str(args.plans)], check=True, capture_output=True)
    folders = sorted(p.name for p in inputs.iterdir() if p.is_dir())
    for fmt in FORMATS:
        for folder in folders:
            out = smaudit(["check", "--no-cache", "--jobs", "2", "--format", fmt, folder], inputs)
            (outputs / f"{folder}.{fmt}").write_bytes(out)
    for folder in folders:
        plans = sorted((inputs / folder).glob("*.yaml"))
        for plan in plans[:ALONE]:
            name = f"{folder}/{plan.name}"
            target = outputs / folder / plan.stem
            target.mkdir(parents=True)
            for fmt in FORMATS:
                (target / fmt).write_bytes(smaudit(["check", "--no-cache", "--format", fmt, name],
                                                   inputs))
            for fmt in REPORTS:
                (target / f"report.{fmt}").write_bytes(smaudit(
                    ["report", "--format", fmt, "--date", REPORT_DATE, name], inputs))
    (outputs / "rules").write_bytes(smaudit(["rules"], inputs))
    (outputs / "schema").write_bytes(smaudit(["schema"], inputs))
    codes = [line.split()[0] for line in smaudit(["rules"], inputs).decode().splitlines()
             if line[:3] == "SMA"]
    for code in codes:
        (outputs / f"explain-{code}").write_bytes(smaudit(["explain", code], inputs))
    print(f"{sum(1 for p in outputs.rglob('*') if p.is_file())} outputs in {outputs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
