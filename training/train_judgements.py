#!/usr/bin/env python3
"""Train the learned reading of smaudit's prose judgements and write its weights.

    python3 training/train_judgements.py            # rewrite the weights file
    python3 training/train_judgements.py --check    # exit 1 if it is not current

The prose rules weigh their role frames against a small linear model per
judgement (see ``smaudit.model.prose.learned``, which explains how the two are
combined). This script is the only way that model is made. It learns from
labelled texts written for smaudit, all in this repository:

- ``training/texts/*.yaml``: texts written to teach the judgements, each with
  its judgement, field and whether it shows the anti-pattern;
- ``benchmarks/corpora/independent-*``: one-field variants of healthy plans;
  the field that differs from the variant's base plan is the labelled text, and
  every other prose field of a base plan is a healthy example for the
  judgements that read it;
- ``benchmarks/corpora/whole-*``: whole plans; each prose field of a plan
  labelled *absent* for a judgement is a healthy example for it (a whole
  plan's *present* label does not say which field shows the problem, so those
  plans teach only what is healthy).

The held-out sets the figures in ``docs/detection.md`` are measured on are not
read here. Training is deterministic (liblinear with a fixed seed, inputs
sorted), and the weights are rounded so that the file is byte-stable;
``tests/test_learned_judgement.py`` runs ``--check``'s comparison.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from smaudit.model.prose.learned import WEIGHTS, features  # noqa: E402

#: The fields each judgement reads, by the kind of field (as the rules read them).
READS: dict[str, frozenset[str]] = {
    "social-as-strategy": frozenset({"goal"}),
    "outcome-as-goal": frozenset({"goal"}),
    "no-strategy": frozenset({"strategy"}),
    "box-checking": frozenset({"motivation", "rationale"}),
    "bandwagon-leap": frozenset({"motivation", "rationale"}),
    "bragging-rights": frozenset({"motivation", "rationale"}),
    "no-audience-research": frozenset({"research"}),
    "direct-roi-expectation": frozenset({"expectations", "goal", "motivation"}),
    "overnight-expectation": frozenset({"expectations", "goal"}),
    "viral-expectation": frozenset({"expectations", "goal", "motivation"}),
}
#: Regularisation strength (inverse), chosen on sets kept out of training.
C = 8.0
#: The words and word pairs kept per judgement, by the size of their weight: the
#: rest move a text's score too little to matter and would only slow loading.
KEPT = 500
#: A text the frames found nothing in is reported when the model is this sure...
SUGGEST = 0.8
#: ... and a role the frames found stands unless the model is below this.
CONFIRM = 0.1
#: Decimal places kept in the file: enough for the scores, few enough to be stable.
PLACES = 4

Example = tuple[str, str, int]  # (judgement, text, 1 if it shows the anti-pattern)


def field_kind(path: tuple[Any, ...]) -> str | None:
    """The kind of prose field at a path in a plan, or None if no judgement reads it."""
    keys = [key for key in path if isinstance(key, str)]
    if keys == ["motivation"]:
        return "motivation"
    if keys == ["strategy"]:
        return "strategy"
    if keys[:1] == ["expectations"]:
        return "expectations"
    if keys == ["audience", "research"]:
        return "research"
    if keys == ["channels", "rationale"]:
        return "rationale"
    if keys == ["business_goals", "statement"]:
        return "goal"
    return None


def leaves(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Every scalar of a plan with its path."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield from leaves(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from leaves(value, (*path, index))
    else:
        yield path, data


def prose(flat: dict[tuple[Any, ...], Any]) -> list[tuple[str, str]]:
    """``(kind, text)`` for every prose field a judgement reads, of a plan given as
    path -> value, in a fixed order."""
    return [(kind, value) for path, value in sorted(flat.items(), key=lambda kv: str(kv[0]))
            if isinstance(value, str) and (kind := field_kind(path)) is not None]


def load(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError):
        return None


def bases(corpus: Path, plans: list[Any]) -> list[dict[tuple[Any, ...], Any]]:
    """The healthy base plans of a one-field corpus, as path -> value.

    A corpus with a ``bases/`` folder says them; for one without, each
    organization's base is what most of its variants agree on, field by field."""
    folder = corpus / "bases"
    if folder.is_dir():
        return [dict(leaves(plan)) for path in sorted(folder.glob("*.yaml"))
                if isinstance(plan := load(path), dict)]
    groups: dict[str, list[dict[tuple[Any, ...], Any]]] = collections.defaultdict(list)
    for plan in plans:
        if isinstance(plan, dict):
            org = plan.get("organization")
            groups[str(org.get("name") if isinstance(org, dict) else None)].append(
                dict(leaves(plan)))
    out = []
    for _, members in sorted(groups.items()):
        votes: dict[tuple[Any, ...], collections.Counter[str]] = collections.defaultdict(
            collections.Counter)
        for member in members:
            for path, value in member.items():
                votes[path][json.dumps(value, default=str)] += 1
        out.append({path: json.loads(counter.most_common(1)[0][0])
                    for path, counter in votes.items()
                    if counter.most_common(1)[0][1] * 2 > len(members)})
    return out


def one_field_examples(corpus: Path) -> Iterator[Example]:
    """The labelled field of each variant, and the base plans' fields as healthy."""
    labels = yaml.safe_load((corpus / "labels.yaml").read_text(encoding="utf-8")) or {}
    names = sorted(labels)
    plans = [load(corpus / "plans" / name) for name in names]
    known = bases(corpus, plans)
    for base in known:
        for kind, text in prose(base):
            for judgement, reads in READS.items():
                if kind in reads:
                    yield judgement, text, 0
    for name, plan in zip(names, plans, strict=True):
        if not isinstance(plan, dict) or not known:
            continue
        mine = dict(leaves(plan))
        nearest = min(known, key=lambda base: sum(
            1 for path in set(mine) | set(base) if mine.get(path) != base.get(path)))
        changed = [value for path, value in sorted(mine.items(), key=lambda kv: str(kv[0]))
                   if isinstance(value, str) and field_kind(path) is not None
                   and nearest.get(path) != value]
        label = labels[name] or {}
        for text in changed:
            for judgement in label.get("present") or []:
                if judgement in READS:
                    yield judgement, text, 1
            for judgement in label.get("absent") or []:
                if judgement in READS:
                    yield judgement, text, 0


def whole_plan_examples(corpus: Path) -> Iterator[Example]:
    """Every prose field of a whole plan, healthy for the judgements labelled absent."""
    labels = yaml.safe_load((corpus / "labels.yaml").read_text(encoding="utf-8")) or {}
    for name in sorted(labels):
        plan = load(corpus / "plans" / name)
        absent = set((labels[name] or {}).get("absent") or [])
        for kind, text in prose(dict(leaves(plan))):
            for judgement, reads in READS.items():
                if judgement in absent and kind in reads:
                    yield judgement, text, 0


def written_examples(folder: Path) -> Iterator[Example]:
    """The texts written to teach the judgements."""
    for path in sorted(folder.glob("*.yaml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if entry.get("rule") in READS and isinstance(entry.get("text"), str):
                yield entry["rule"], entry["text"], int(bool(entry.get("present")))


def examples(root: Path) -> list[Example]:
    """Every training example, each (judgement, text, label) once, in a fixed order."""
    found: list[Example] = list(written_examples(root / "training" / "texts"))
    corpora = root / "benchmarks" / "corpora"
    for corpus in sorted(corpora.glob("independent-*")):
        found.extend(one_field_examples(corpus))
    for corpus in sorted(corpora.glob("whole-*")):
        found.extend(whole_plan_examples(corpus))
    return sorted(set(found))


def train(found: list[Example]) -> dict[str, Any]:
    """The weights file's content, learned from ``found``."""
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import normalize

    judgements: dict[str, Any] = {}
    for judgement in sorted(READS):
        rows = [(text, label) for name, text, label in found if name == judgement]
        vectorizer = CountVectorizer(analyzer=features, binary=True)
        matrix = normalize(vectorizer.fit_transform([text for text, _ in rows]).astype(float))
        model = LogisticRegression(C=C, class_weight="balanced", solver="liblinear",
                                   max_iter=10_000, random_state=0)
        model.fit(matrix, [label for _, label in rows])
        names = vectorizer.get_feature_names_out()
        coef = model.coef_[0]
        order = sorted(range(len(names)), key=lambda i: (-abs(float(coef[i])), names[i]))
        judgements[judgement] = {
            "bias": round(float(model.intercept_[0]), PLACES),
            "examples": {"showing": sum(label for _, label in rows),
                         "healthy": sum(1 - label for _, label in rows)},
            "weights": {str(names[i]): round(float(coef[i]), PLACES)
                        for i in sorted(order[:KEPT], key=lambda i: names[i])
                        if round(float(coef[i]), PLACES) != 0.0},
        }
    return {
        "about": "Weights of smaudit's learned prose judgements; written by "
                 "training/train_judgements.py, do not edit.",
        "thresholds": {"suggest": SUGGEST, "confirm": CONFIRM},
        "judgements": judgements,
    }


def render(content: dict[str, Any]) -> str:
    return json.dumps(content, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if the weights file is not what training gives")
    args = parser.parse_args(argv)
    text = render(train(examples(ROOT)))
    if args.check:
        current = WEIGHTS.read_text(encoding="utf-8") if WEIGHTS.exists() else ""
        if current != text:
            print(f"{WEIGHTS} is not current: run training/train_judgements.py",
                  file=sys.stderr)
            return 1
        return 0
    WEIGHTS.write_text(text, encoding="utf-8")
    print(f"wrote {WEIGHTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
