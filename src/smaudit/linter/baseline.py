"""Baselines: record today's findings, then report only the new ones.

For consultants: audit a client's plans once, ``--write-baseline``, and
later runs with ``--baseline`` show what is new (and, by the suppressed
count, what remains); what was fixed simply stops matching.

An entry identifies a finding without its line number, so editing elsewhere
in a plan does not invalidate it: the rule code, the file (relative to the
baseline file, with ``/``), the JSON pointer of the node, and a fingerprint
hashing the rule code, the pointer's shape (list indices replaced by ``*``)
and the text of the finding's source line with surrounding whitespace
removed. The message is left out on purpose: wording changes between
versions, and some messages name lines.

A finding matches an entry of its file and code, and entries are consumed
(``count`` says how many findings an entry stands for), in three passes:

1. same pointer and same fingerprint: the finding did not move;
2. same fingerprint, another pointer: the node moved because list items
   were inserted or removed before it (``/channels/0`` became ``/channels/1``);
3. same pointer, another fingerprint: the flagged line was edited in place
   and the problem remains.

Passes run in this order so that a new item inserted before an old one
cannot take the old one's entry. The file is JSON, sorted, with a format
``version``, written atomically, so it diffs cleanly in a repository.

``--format json`` writes the same fingerprint with every finding, so other
tools can follow a finding across runs as the baseline does; both take it from
``smaudit.model.fingerprint``, the one place a finding's identity is hashed.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from smaudit.model.errors import ConfigError
from smaudit.model.findings import Result, Suppression
from smaudit.model.fingerprint import line_fingerprint

VERSION = 1
MAX_BYTES = 64 * 2**20
"""A baseline larger than this is not one smaudit wrote for plans of at most 2 MiB each."""


@dataclass(frozen=True, slots=True, order=True)
class Entry:
    """One baselined finding: where, which rule, and its line-independent fingerprint."""

    path: str
    code: str
    pointer: str
    fingerprint: str


def relative_path(path: str, base_dir: str) -> str:
    """``path`` as recorded: relative to the baseline's directory, ``/``-separated.

    Names that are not files (``<stdin>``) are kept as they are.
    """
    if path.startswith("<") or path == "-":
        return path
    try:
        relative = os.path.relpath(os.path.abspath(path), base_dir)
    except ValueError:  # another drive on Windows
        relative = os.path.abspath(path)
    return relative.replace(os.sep, "/")


def _entries(result: Result, base_dir: str) -> Iterator[tuple[int, Entry]]:
    """(index in ``result.findings``, entry) for each finding that counts (not waived)."""
    lines = dict(result.lines)
    path = relative_path(result.path, base_dir)
    for index, finding in enumerate(result.findings):
        if finding.suppressed is None:
            text = lines.get(finding.location.line, "")
            yield index, Entry(path, finding.code, finding.location.pointer,
                               line_fingerprint(finding, text))


def _base_dir(path: str) -> str:
    return os.path.dirname(os.path.abspath(path))


def render_baseline(results: Iterable[Result], base_dir: str) -> str:
    """The baseline document for ``results``: deterministic, sorted JSON."""
    counts: Counter[Entry] = Counter()
    for result in results:
        counts.update(entry for _, entry in _entries(result, base_dir))
    findings = [{"path": e.path, "code": e.code, "pointer": e.pointer,
                 "fingerprint": e.fingerprint, "count": counts[e]} for e in sorted(counts)]
    document = {"version": VERSION, "findings": findings}
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def write_baseline(path: str, results: Sequence[Result]) -> int:
    """Record the findings that count in ``results`` in the baseline file ``path``;
    return how many findings it records (so the run can confirm what it wrote)."""
    from smaudit.model.atomic import write_atomic

    try:
        write_atomic(path, render_baseline(results, _base_dir(path)))
    except OSError as exc:
        raise ConfigError(f"cannot write baseline: {exc.strerror or exc}", path=path) from None
    return sum(1 for result in results for _ in _entries(result, _base_dir(path)))


def read_baseline(path: str) -> Counter[Entry]:
    """The entries of a baseline file, each with its count.

    :raises ConfigError: when the file is missing, not JSON, or not a baseline.
    """
    from smaudit.model.files import read_regular

    try:
        raw = read_regular(path, MAX_BYTES)
        if len(raw) > MAX_BYTES:
            raise ConfigError(f"baseline is over {MAX_BYTES // 2**20} MiB", path=path)
        text = raw.decode("utf-8")
    except FileNotFoundError:
        raise ConfigError("baseline file not found (write one with --write-baseline)",
                          path=path) from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise ConfigError(f"cannot read baseline: {reason}", path=path) from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"baseline is not valid JSON: {exc.msg}", path=path,
                          line=exc.lineno) from None
    except RecursionError:
        raise ConfigError("not a smaudit baseline (nested far too deeply)", path=path) from None
    return _parse(document, path)


def _parse(document: object, path: str) -> Counter[Entry]:
    if not isinstance(document, dict) or "findings" not in document:
        raise ConfigError("not a smaudit baseline (no findings list)", path=path)
    if document.get("version") != VERSION:
        raise ConfigError(f"unsupported baseline version {document.get('version')!r} "
                          f"(this smaudit reads version {VERSION})", path=path)
    findings = document["findings"]
    if not isinstance(findings, list):
        raise ConfigError("not a smaudit baseline (findings is not a list)", path=path)
    entries: Counter[Entry] = Counter()
    for index, item in enumerate(findings):
        fields = ("path", "code", "pointer", "fingerprint")
        if not isinstance(item, dict) or not all(isinstance(item.get(f), str) for f in fields):
            raise ConfigError(f"findings[{index}] is not a baseline entry (needs "
                              f"{', '.join(fields)})", path=path)
        count = item.get("count", 1)
        if not isinstance(count, int) or isinstance(count, bool) or count < 1:
            raise ConfigError(f"findings[{index}].count must be a whole number from 1",
                              path=path)
        entries[Entry(*(item[f] for f in fields))] += count
    return entries


_PASSES: tuple[Callable[[Entry], Hashable], ...] = (
    lambda entry: entry,
    lambda entry: (entry.code, entry.fingerprint),
    lambda entry: (entry.code, entry.pointer),
)
"""How a finding may match an entry of its file, in order (see the module docstring)."""


def _match(candidates: Sequence[tuple[int, Entry]], remaining: Counter[Entry]) -> set[int]:
    """The finding indexes baseline entries cover, consuming the entries' counts."""
    matched: set[int] = set()
    for key in _PASSES:
        pool: dict[Hashable, list[Entry]] = {}
        for entry in sorted(remaining):
            if remaining[entry] > 0:
                pool.setdefault(key(entry), []).append(entry)
        for index, entry in candidates:
            if index in matched:
                continue
            for stored in pool.get(key(entry), ()):
                if remaining[stored] > 0:
                    remaining[stored] -= 1
                    matched.add(index)
                    break
    return matched


def apply_baseline(path: str, results: Sequence[Result]) -> list[Result]:
    """``results`` with the findings recorded in the baseline ``path`` marked
    suppressed (kind ``baseline``). Scores are left as they are: baselined
    findings still describe the plan (see ``smaudit.engine.score``); only the exit code
    and the listing change.

    :raises ConfigError: when the baseline cannot be read.
    """
    by_file: dict[str, Counter[Entry]] = {}
    for entry, count in read_baseline(path).items():
        by_file.setdefault(entry.path, Counter())[entry] = count
    base = _base_dir(path)
    waiver = Suppression(reason=f"in baseline {path}", until=None, kind="baseline")
    out = []
    for result in results:
        candidates = list(_entries(result, base))
        remaining = by_file.get(candidates[0][1].path) if candidates else None
        matched = _match(candidates, remaining) if remaining else set()
        if not matched:
            out.append(result)
            continue
        findings = tuple(replace(f, suppressed=waiver) if i in matched else f
                         for i, f in enumerate(result.findings))
        out.append(replace(result, findings=findings))
    return out
