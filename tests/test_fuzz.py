"""Property-based fuzzing of the whole pipeline with hypothesis.

For random YAML documents, random text, and mutations of the example plans
(deleted keys, wrong types, swapped nesting, random unicode): no exception
escapes, every finding points inside the file, both parsers agree, and the
output is the same run after run.

The CI profile runs a few thousand examples in total; ``HYPOTHESIS_PROFILE=long``
runs many more (figures in docs/reliability.md).
"""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smaudit.linter.lint import Linter
from smaudit.loading.loader import load
from smaudit.loading.settings import Settings

settings.register_profile("ci", max_examples=400, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=5_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

HERE = Path(__file__).resolve().parent
SEEDS = [HERE / "data" / "healthy_example.yaml",
         *sorted((HERE.parent / "examples" / "plans").glob("*.yaml"))]
SEED_DATA = [d for d in (yaml.safe_load(p.read_text()) for p in SEEDS
                         if p.name != "broken-syntax.yaml") if isinstance(d, dict)]
LINTER = Linter(Settings(select=tuple(os.environ.get("FUZZ_SELECT", "ALL").split(","))))

KEYS = ["version", "organization", "name", "business_goals", "id", "statement", "channels",
        "platform", "goals", "team", "hours_per_week", "metrics", "kind", "customer_service",
        "response_time", "timeline", "expect_results_within", "motivation", "content_mix"]

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-10**6, 10**6),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.text(max_size=40), st.sampled_from(KEYS), st.sampled_from(["4h", "2027-Q2", "P3M", "x"]),
)
values = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=5),
        st.dictionaries(st.one_of(st.sampled_from(KEYS), st.text(min_size=1, max_size=12)),
                        children, max_size=6),
    ),
    max_leaves=40,
)


def check_outcome(text: str) -> None:
    outcome = LINTER.lint_bytes(text, "fuzz.yaml")
    assert outcome.crashes == (), [c.describe() for c in outcome.crashes]
    first = outcome.result
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for finding in first.findings:
        loc = finding.location
        assert 1 <= loc.line <= len(lines), (finding, len(lines))
        assert 1 <= loc.column <= len(lines[loc.line - 1]) + 1, finding
        assert (loc.end_line, loc.end_column) >= (loc.line, loc.column), finding
    again = LINTER.lint_bytes(text, "fuzz.yaml").result
    assert again == first


def check_parsers_agree(text: str) -> None:
    fast, reference = load(text, "f.yaml"), load(text, "f.yaml", reference=True)
    assert (fast.plan is None) == (reference.plan is None)
    if fast.plan is not None:
        assert json.dumps(fast.plan.data, sort_keys=True, default=str) == \
            json.dumps(reference.plan.data, sort_keys=True, default=str)
        assert fast.plan.values == reference.plan.values
        assert fast.plan.keys == reference.plan.keys


@given(values, st.sampled_from([False, True]))
def test_random_yaml_documents(value, flow):
    text = yaml.safe_dump(value, default_flow_style=flow, allow_unicode=True, sort_keys=False)
    check_outcome(text)
    check_parsers_agree(text)


@given(st.text(max_size=300))
def test_random_text(text):
    check_outcome(text)


@given(st.binary(max_size=300))
def test_random_bytes(raw):
    outcome = LINTER.lint_bytes(raw, "fuzz.yaml")
    assert all(f.location.line >= 1 and f.location.column >= 1 for f in outcome.result.findings)
    assert outcome.crashes == ()


def paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, child in node.items():
            yield from paths(child, (*prefix, key))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from paths(child, (*prefix, index))


def mutate(data, path, operation, replacement):
    data = copy.deepcopy(data)
    if not path:
        return replacement if operation == "replace" else data
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if operation == "delete":
        del parent[last]
    elif operation == "replace":
        parent[last] = replacement
    elif operation == "wrap":
        parent[last] = [parent[last]]
    elif operation == "unwrap" and isinstance(parent[last], list | dict) and parent[last]:
        inner = parent[last]
        parent[last] = inner[0] if isinstance(inner, list) else next(iter(inner.values()))
    elif operation == "nest":
        parent[last] = {"value": parent[last]}
    return data


@st.composite
def mutated_plans(draw):
    data = draw(st.sampled_from(SEED_DATA))
    for _ in range(draw(st.integers(1, 4))):
        candidates = list(paths(data))
        path = draw(st.sampled_from(candidates))
        operation = draw(st.sampled_from(["delete", "replace", "wrap", "unwrap", "nest"]))
        replacement = draw(values)
        data = mutate(data, path, operation, replacement)
    return data


@given(mutated_plans(), st.sampled_from([False, None]))
def test_mutated_example_plans(data, flow):
    text = yaml.safe_dump(data, default_flow_style=flow, allow_unicode=True, sort_keys=False)
    check_outcome(text)
    check_parsers_agree(text)


@given(st.sampled_from(SEEDS), st.integers(0, 10_000), st.text(min_size=1, max_size=8))
def test_random_edits_of_example_files(path, offset, insertion):
    text = path.read_text()
    offset %= len(text) + 1
    check_outcome(text[:offset] + insertion + text[offset:])


def test_the_fuzz_campaign_finds_nothing_in_a_short_run():
    """``benchmarks/fuzz.py`` itself, for a few hundred inputs (docs/reliability.md has the
    figures of a 10,000-input run): no internal error, hang, lost output or misplaced finding."""
    import subprocess
    import sys

    script = HERE.parent / "benchmarks" / "fuzz.py"
    proc = subprocess.run([sys.executable, str(script), "--inputs", "300", "--seed", "5",
                           "--batch", "150"], capture_output=True, text=True, timeout=600)
    summary = proc.stdout.strip().splitlines()[-1]
    assert proc.returncode == 0, proc.stdout[-2000:]
    assert summary.startswith("300 inputs (300 reported with ")
    assert summary.endswith(": 0 internal errors, 0 hangs, 0 lost outputs, 0 misplaced findings")
