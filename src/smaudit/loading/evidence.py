"""Which YAML is a plan: the evidence a directory run and the pre-commit hook go by.

A repository that keeps plans also keeps CI workflows, a conda
``environment.yml`` (which has ``channels:``), tool configuration with an
``organization:`` key, and JSON data. Linting those as plans fails commits
with bogus findings, so a file that was found (not named) is taken as a plan
only on positive evidence, tried cheapest first:

1. its file name: ``plan.yaml``, ``social-plan.yaml``, ``*.plan.yaml`` or
   ``*.social-plan.yaml`` (also ``.yml`` and ``.json``; see ``PLAN_NAMES``);
2. a ``$schema`` naming the plan schema (``plan.schema.json``), as a
   yaml-language-server modeline or a JSON ``"$schema"`` key;
3. the format marker ``version: 1`` together with a plan section at the top
   level;
4. at least two plan sections of the right shape (``SHAPES``): an
   ``organization`` mapping with a ``name``, ``business_goals`` as a list of
   mappings with ``statement``, ``channels`` as a list of mappings with
   ``platform``, and so on. A conda ``channels: [conda-forge]`` is a list of
   strings, and ``organization: acme-corp`` is text, so neither counts;
5. a file that is not valid YAML, where shapes cannot be seen: at least two
   plan section keys at the top level (such a plan then gets its syntax
   error reported instead of being passed over). So is a file past a reading
   limit (too large, too deep, too many values or aliases): with two plan
   section keys it is linted, and gets its SMA006 finding.

Steps 1 to 3, and a file without any plan section key, are decided from the
bytes (``evidence_before_reading``). Steps 4 and 5 need the file read, with the
one YAML reader (``model.yamlread``) and the run's limits, so a hostile file
costs here no more than linting it would; the linter reads such a file when it
would lint it, in its worker, decides (``evidence_of``), and makes the plan of
that same reading, so a file is never read twice.

Anything else is skipped, with the reason ``--verbose`` shows.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from smaudit.model.yamlread import Document, Limits, ProblemKind, read

PLAN_NAMES: tuple[str, ...] = (
    "plan.yaml", "plan.yml", "plan.json",
    "social-plan.yaml", "social-plan.yml", "social-plan.json",
    "*.plan.yaml", "*.plan.yml", "*.plan.json",
    "*.social-plan.yaml", "*.social-plan.yml", "*.social-plan.json",
)
"""File names that make a file a plan whatever it holds (matched case-insensitively)."""

_SECTIONS = (
    "organization", "motivation", "business_goals", "strategy", "audience", "channels",
    "tactics", "team", "customer_service", "metrics", "budget", "timeline", "expectations",
)
_SECTION = "|".join(_SECTIONS)
_TOP_KEY = re.compile(rf'(?m)^(?:({_SECTION})|"({_SECTION})"|\'({_SECTION})\')[ \t]*:')
_JSON_KEY = re.compile(rf'"({_SECTION})"[ \t\r\n]*:')
_VERSION = re.compile(r'(?m)^(?:version|"version"|\'version\')[ \t]*:[ \t]*["\']?1["\']?'
                      r'[ \t]*(?:#.*)?\r?$|"version"[ \t\r\n]*:[ \t\r\n]*1[ \t\r\n]*[,}]')
_SCHEMA = re.compile(r'(?:\$schema=|"\$schema"[ \t\r\n]*:[ \t\r\n]*")[^\s"]*plan\.schema\.json')


def _mapping_with(*keys: str) -> Callable[[Any], bool]:
    def check(value: Any) -> bool:
        return isinstance(value, dict) and any(key in value for key in keys)
    return check


def _list_of_mappings_with(*keys: str) -> Callable[[Any], bool]:
    def check(value: Any) -> bool:
        return (isinstance(value, list) and bool(value)
                and all(isinstance(item, dict) for item in value)
                and any(key in item for item in value for key in keys))
    return check


SHAPES: Mapping[str, tuple[str, Callable[[Any], bool]]] = {
    "organization": ("a mapping with `name`", _mapping_with("name")),
    "business_goals": ("a list of mappings with `statement`", _list_of_mappings_with("statement")),
    "channels": ("a list of mappings with `platform`", _list_of_mappings_with("platform")),
    "audience": ("a mapping with `segments` or `research`",
                 _mapping_with("segments", "research")),
    "tactics": ("a list of mappings with `name`", _list_of_mappings_with("name")),
    "team": ("a list of mappings with `name`", _list_of_mappings_with("name")),
    "customer_service": ("a mapping with `platforms` or `response_time`",
                         _mapping_with("platforms", "response_time")),
    "metrics": ("a list of mappings with `name`", _list_of_mappings_with("name")),
    "budget": ("a mapping with `monthly` or `advertising`",
               _mapping_with("monthly", "advertising")),
    "timeline": ("a mapping with `start`, `expect_results_within` or `review_cadence`",
                 _mapping_with("start", "expect_results_within", "review_cadence")),
}
"""Each plan section's shape, as it appears in a plan and rarely anywhere else."""

MIN_SHAPED_SECTIONS = 2
"""Plan sections of the right shape that make a file without other evidence a plan."""


@dataclass(frozen=True, slots=True)
class Evidence:
    """Whether a file is a plan, and why (shown by ``--verbose`` for skipped files)."""

    is_plan: bool
    reason: str


@dataclass(frozen=True, slots=True)
class Undecided:
    """A file with plan section keys (``sections``) but no plan marker: whether it is a
    plan depends on the shape of those sections, seen only once it is read."""

    sections: frozenset[str]


def name_matches(path: str) -> str | None:
    """The ``PLAN_NAMES`` pattern the file name matches, if any."""
    name = os.path.basename(path).lower()
    return next((p for p in PLAN_NAMES if fnmatch.fnmatchcase(name, p)), None)


def plan_evidence(raw: bytes, path: str, *, limits: Limits | None = None,
                  reference: bool = False) -> Evidence:
    """Whether ``raw`` (the content of the file ``path``) is a plan; see the module doc.

    Never raises: the file may be anything. ``limits`` and ``reference`` are the
    run's, as ``loading.loader.load`` would read the file with them."""
    first = evidence_before_reading(raw, path)
    if isinstance(first, Evidence):
        return first
    return evidence_of(read(raw, limits=limits, reference=reference, noun="plan"), first)


def evidence_before_reading(raw: bytes, path: str) -> Evidence | Undecided:
    """What the name and the bytes alone show (steps 1 to 3, or no plan section at
    all); ``Undecided`` when only the shapes of the sections can tell."""
    pattern = name_matches(path)
    if pattern:
        return Evidence(True, f"its name matches {pattern}")
    head = raw[:4096].decode("utf-8", "replace")
    if _SCHEMA.search(head):
        return Evidence(True, "its $schema names the plan schema")
    text = raw.decode("utf-8", "replace")
    keys = {next(g for g in m.groups() if g) for m in _TOP_KEY.finditer(text)}
    keys |= {m.group(1) for m in _JSON_KEY.finditer(text)} if text.lstrip()[:1] == "{" else set()
    if keys and _VERSION.search(text):
        return Evidence(True, f"it has `version: 1` and plan sections ({', '.join(sorted(keys))})")
    if not keys and _VERSION.search(text):  # docker-compose files have a version too
        return Evidence(False, "it has `version: 1` but no plan section")
    if not keys:
        return Evidence(False, "no plan marker (`version: 1`, a plan $schema, a plan file "
                               "name) and no plan section")
    return Undecided(frozenset(keys))


def evidence_of(document: Document, undecided: Undecided) -> Evidence:
    """Steps 4 and 5: whether the file, read as ``document``, shows its plan sections
    (``undecided.sections``, found by their keys) in the right shape."""
    keys = undecided.sections
    sections = ", ".join(sorted(keys))
    stopped = document.stopped
    if stopped is not None and stopped.kind.family == "limit":
        if len(keys) >= MIN_SHAPED_SECTIONS:
            return Evidence(True, f"it has plan sections ({sections}) but cannot be read "
                                  f"whole: {stopped.message}")
        return Evidence(False, f"it cannot be read whole ({stopped.message}), and has only "
                               "one plan section")
    if stopped is not None and stopped.kind in (ProblemKind.NOT_A_MAPPING, ProblemKind.EMPTY):
        return Evidence(False, "its top level is not a mapping")
    if document.data is None or any(p.kind.family == "syntax" for p in document.problems):
        if len(keys) >= MIN_SHAPED_SECTIONS:
            return Evidence(True, f"it is not valid YAML but has plan sections ({sections})")
        return Evidence(False, "not valid YAML, and only one plan section")
    data = document.data
    shaped = [key for key in SHAPES if key in data and SHAPES[key][1](data[key])]
    if len(shaped) >= MIN_SHAPED_SECTIONS:
        return Evidence(True, f"it has plan sections of the right shape ({', '.join(shaped)})")
    wrong = [f"`{key}` is not {SHAPES[key][0]}" for key in SHAPES
             if key in data and key not in shaped]
    detail = "; ".join(([f"only {', '.join(shaped)} has it"] if shaped else []) + wrong) \
        or "none"
    return Evidence(False, f"no plan marker (`version: 1`, a plan $schema, a plan file name) "
                           f"and fewer than {MIN_SHAPED_SECTIONS} plan sections of the right "
                           f"shape: {detail}")
