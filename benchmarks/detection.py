#!/usr/bin/env python3
"""Recall and precision of smaudit's judgements, per rule, on any labelled corpus.

    python3 benchmarks/detection.py CORPUS [CORPUS ...] [--misses] [--json]

A labelled corpus is a folder with ``plans/*.yaml`` and a ``labels.yaml``
mapping each plan's file name to the rule slugs a consultant finds in it
(``present``) and those that must not fire (``absent``); slugs a label does
not mention are not scored. smaudit runs once per corpus, in this Python,
with the cache off, and a slug counts as reported when at least one
unsuppressed finding carries it.

For each rule the table gives recall (present slugs reported), precision
(reported slugs, among those labelled, that were present) and the counts
behind them; the last line of each corpus is the total. ``--misses`` lists
every miss and false alarm with the plan it came from, which is how a class
of misses is found: read them, name what the rule did not recognise, and fix
the class rather than the words.

No figure here is asserted by the test suite: a measurement is not a test.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

BATCH = 200


@dataclass
class Tally:
    """True and false positives and negatives of one rule on one corpus."""

    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0
    misses: list[str] = field(default_factory=list)
    alarms: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None


def reported(plans: list[Path]) -> dict[str, set[str]]:
    """Unsuppressed slugs per resolved plan path, from smaudit's JSON output."""
    out: dict[str, set[str]] = {}
    for start in range(0, len(plans), BATCH):
        batch = [str(p) for p in plans[start:start + BATCH]]
        proc = subprocess.run(
            [sys.executable, "-m", "smaudit", "--no-cache", "--format", "json",
             "--fail-on", "never", *batch],
            capture_output=True, text=True, check=False,
        )
        if proc.returncode not in (0, 1):
            raise SystemExit(f"smaudit failed (exit {proc.returncode}): "
                             f"{(proc.stderr or proc.stdout).strip()[:300]}")
        for file in json.loads(proc.stdout).get("files", []):
            slugs = out.setdefault(str(Path(file["path"]).resolve()), set())
            slugs.update(f["slug"] for f in file.get("findings", []) if not f.get("suppressed"))
    return out


def score(corpus: Path) -> dict[str, Tally]:
    """Every labelled rule's tally on one corpus."""
    labels = yaml.safe_load((corpus / "labels.yaml").read_text(encoding="utf-8")) or {}
    names = sorted(labels)
    got = reported([corpus / "plans" / name for name in names])
    tallies: dict[str, Tally] = {}
    for name in names:
        label = labels[name] or {}
        found = got.get(str((corpus / "plans" / name).resolve()), set())
        for slug in label.get("present") or []:
            tally = tallies.setdefault(slug, Tally())
            if slug in found:
                tally.tp += 1
            else:
                tally.fn += 1
                tally.misses.append(name)
        for slug in label.get("absent") or []:
            tally = tallies.setdefault(slug, Tally())
            if slug in found:
                tally.fp += 1
                tally.alarms.append(name)
            else:
                tally.tn += 1
    return tallies


def _figure(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.3f}"


def table(corpus: Path, tallies: dict[str, Tally], *, misses: bool) -> str:
    """The per-rule table of one corpus, as plain text."""
    lines = [f"{corpus}", f"  {'rule':32} {'recall':>6} {'precision':>9}   tp   fn   fp"]
    total = Tally()
    for slug, tally in sorted(tallies.items()):
        lines.append(f"  {slug:32} {_figure(tally.recall)} {_figure(tally.precision):>9} "
                     f"{tally.tp:4} {tally.fn:4} {tally.fp:4}")
        for attr in ("tp", "fn", "fp", "tn"):
            setattr(total, attr, getattr(total, attr) + getattr(tally, attr))
    lines.append(f"  {'all':32} {_figure(total.recall)} {_figure(total.precision):>9} "
                 f"{total.tp:4} {total.fn:4} {total.fp:4}")
    if misses:
        for slug, tally in sorted(tallies.items()):
            lines.extend(f"  missed {slug}: {name}" for name in tally.misses)
            lines.extend(f"  false alarm {slug}: {name}" for name in tally.alarms)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", type=Path, help="folders with plans/ and labels.yaml")
    parser.add_argument("--misses", action="store_true", help="list every miss and false alarm")
    parser.add_argument("--json", action="store_true", help="print the tallies as JSON")
    args = parser.parse_args(argv)
    # a shell glob over benchmarks/corpora/* also names its README: only folders are corpora
    results = {str(corpus): score(corpus) for corpus in args.corpora if corpus.is_dir()}
    if args.json:
        print(json.dumps({
            corpus: {slug: {"recall": t.recall, "precision": t.precision, "tp": t.tp,
                            "fn": t.fn, "fp": t.fp, "tn": t.tn}
                     for slug, t in sorted(tallies.items())}
            for corpus, tallies in results.items()}, indent=2))
        return 0
    print("\n\n".join(table(Path(c), t, misses=args.misses) for c, t in results.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
