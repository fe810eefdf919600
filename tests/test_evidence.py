"""Which YAML is a plan: directory runs and ``--only-plans`` lint a file only on positive
evidence, and ``--verbose`` says what they passed over and why."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smaudit.cli.main import main
from smaudit.linter.lint import Linter
from smaudit.loading.evidence import plan_evidence

CONDA_ENV = """\
name: churn-model
channels:
  - conda-forge
  - defaults
dependencies:
  - python=3.12
  - pandas>=2.1
  - scikit-learn
  - pip
  - pip:
      - mlflow==2.9.2
"""

ORG_CONFIG = """\
organization: acme-corp
region: eu-central-1
replicas: 3
"""

SHAPED_PLAN = """\
organization:
  name: Harbour Kayaks
business_goals:
  - id: rentals
    statement: Fill weekday kayak rentals in June
channels:
  - platform: instagram
    goals: [rentals]
"""

VERSIONED_PLAN = """\
version: 1
organization: Harbour Kayaks
"""

MODELINE_PLAN = """\
# yaml-language-server: $schema=../schemas/plan.schema.json
organization: Harbour Kayaks
"""

BROKEN_PLAN = """\
organization:
  name: Harbour Kayaks
 industry: rentals
channels: [instagram
"""


@pytest.mark.parametrize(("name", "text", "because"), [
    ("plan.yaml", "just: text\n", "its name matches plan.yaml"),
    ("summer.plan.yml", "{}\n", "its name matches *.plan.yml"),
    ("Social-Plan.JSON", "[]\n", "its name matches social-plan.json"),
    ("kayaks.yaml", MODELINE_PLAN, "its $schema names the plan schema"),
    ("kayaks.json", '{"$schema": "https://smaudit.dev/schemas/plan.schema.json"}',
     "its $schema names the plan schema"),
    ("kayaks.yaml", VERSIONED_PLAN, "it has `version: 1` and plan sections (organization)"),
    ("kayaks.yaml", SHAPED_PLAN,
     "it has plan sections of the right shape (organization, business_goals, channels)"),
    ("kayaks.json", json.dumps({"organization": {"name": "K"}, "team": [{"name": "Ana"}]}),
     "it has plan sections of the right shape (organization, team)"),
    ("kayaks.yaml", BROKEN_PLAN,
     "it is not valid YAML but has plan sections (channels, organization)"),
])
def test_plans_are_recognized_by_positive_evidence(name: str, text: str, because: str) -> None:
    evidence = plan_evidence(text.encode(), f"repo/{name}")
    assert evidence.is_plan
    assert evidence.reason == because


@pytest.mark.parametrize(("text", "why"), [
    (CONDA_ENV, "`channels` is not a list of mappings with `platform`"),
    (ORG_CONFIG, "`organization` is not a mapping with `name`"),
    ("organization:\n  name: Acme\nbuild: {}\n", "shape: only organization has it"),
    ("version: 2\norganization: acme-corp\nchannels: [stable]\n",
     "`organization` is not a mapping with `name`; "
     "`channels` is not a list of mappings with `platform`"),
    ("on: push\njobs: {}\n", "no plan section"),
    ("version: 1\nservices: {web: {image: nginx}}\n", "it has `version: 1` but no plan section"),
    ("- organization\n- channels\n", "no plan section"),
    ("organization: [\n", "not valid YAML, and only one plan section"),
])
def test_other_yaml_is_not_a_plan(text: str, why: str) -> None:
    evidence = plan_evidence(text.encode(), "repo/config.yml")
    assert not evidence.is_plan
    assert why in evidence.reason


def test_a_top_level_list_or_scalar_is_not_a_plan() -> None:
    evidence = plan_evidence(b"'organization: x'\n", "a.yaml")
    assert not evidence.is_plan


def test_hostile_content_never_raises() -> None:
    deep = "organization:\n  name: x\nchannels: " + "[" * 5000 + "]" * 5000 + "\n"
    assert isinstance(plan_evidence(deep.encode(), "deep.yaml").is_plan, bool)
    assert not plan_evidence(b"channels: \xff\xfe\x00\n", "bin.yaml").is_plan


def _repo(tmp_path: Path) -> Path:
    (tmp_path / "env").mkdir()
    (tmp_path / "env" / "environment.yml").write_text(CONDA_ENV)
    (tmp_path / "deploy.yaml").write_text(ORG_CONFIG)
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "kayaks.yaml").write_text(SHAPED_PLAN)
    return tmp_path


def test_directory_run_lints_the_plan_and_skips_conda_and_config(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _repo(tmp_path)
    code = main(["--no-cache", "--format", "json", "--select", "SMA002", str(root)])
    out, err = capsys.readouterr()
    assert [f["path"] for f in json.loads(out)["files"]] == [str(root / "plans" / "kayaks.yaml")]
    assert code == 0
    assert err == ""  # silent without --verbose


def test_verbose_says_what_was_skipped_and_why(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _repo(tmp_path)
    main(["--no-cache", "--select", "SMA002", "--verbose", str(root)])
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"smaudit: skipped {root / 'deploy.yaml'}: not a plan: no plan marker (`version: 1`, "
        "a plan $schema, a plan file name) and fewer than 2 plan sections of the right shape: "
        "`organization` is not a mapping with `name`",
        f"smaudit: skipped {root / 'env' / 'environment.yml'}: not a plan: no plan marker "
        "(`version: 1`, a plan $schema, a plan file name) and fewer than 2 plan sections of "
        "the right shape: `channels` is not a list of mappings with `platform`",
    ]


def test_a_named_file_is_always_linted(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    conda = _repo(tmp_path) / "env" / "environment.yml"
    code = main(["--no-cache", "--format", "json", "--select", "SMA002", str(conda)])
    out = json.loads(capsys.readouterr().out)
    assert [f["path"] for f in out["files"]] == [str(conda)]
    assert code == 1  # `name` and `dependencies` are not plan keys


def test_only_plans_applies_the_evidence_test_to_named_files(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _repo(tmp_path)
    named = [str(root / "env" / "environment.yml"), str(root / "deploy.yaml"),
             str(root / "plans" / "kayaks.yaml")]
    code = main(["--no-cache", "--only-plans", "-v", "--format", "json", "--select", "SMA002",
                 *named])
    out, err = capsys.readouterr()
    assert [f["path"] for f in json.loads(out)["files"]] == [named[2]]
    assert code == 0
    assert [line.split(": not a plan")[0] for line in err.splitlines()] == [
        f"smaudit: skipped {named[0]}", f"smaudit: skipped {named[1]}"]


def test_a_run_that_finds_no_plan_says_how_many_files_it_skipped(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "environment.yml").write_text(CONDA_ENV)
    (tmp_path / "deploy.yaml").write_text(ORG_CONFIG)
    assert main(["--no-cache", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert out == "No findings in 0 files.\n"
    assert err == ("smaudit: no plans found; 2 files skipped as not plans "
                   "(--verbose says why)\n")


LAUGHS = "organization: {name: Laughs}\n" + "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 9 if prev else ['ha'] * 9)}]\n"
    for prev, name in zip(["", "a", "b", "c", "d", "e"], "abcdef", strict=True))
HOSTILE = {
    "deep.yaml": "organization:\n  name: Deep\nchannels: " + "[" * 200 + "]" * 200 + "\n",
    "laughs.yaml": LAUGHS.replace("organization: {name: Laughs}\n",
                                  "organization: {name: Laughs}\nchannels: [x]\n"),
    "long.yaml": "organization: {name: Long}\nmetrics:\n"
                 + "".join(f"  - {{name: m{i}}}\n" for i in range(7000)),
}


@pytest.mark.parametrize(("name", "location"), [
    ("deep.yaml", (3, 74)), ("laughs.yaml", (8, 8)), ("long.yaml", (6667, 6))])
def test_a_found_file_past_a_limit_with_plan_sections_gets_its_finding(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str,
        location: tuple[int, int]) -> None:
    (tmp_path / name).write_text(HOSTILE[name])
    code = main(["--no-cache", "--format", "json", "--select", "SMA006", "-v", str(tmp_path)])
    out, err = capsys.readouterr()
    (file,) = json.loads(out)["files"]
    assert [(f["code"], f["line"], f["column"]) for f in file["findings"]] == [
        ("SMA006", *location)]
    assert (code, err) == (1, "")


def test_a_found_file_past_a_limit_with_one_plan_section_is_skipped_saying_so() -> None:
    text = "channels:\n  - " + "[" * 100 + "]" * 100 + "\n"
    evidence = plan_evidence(text.encode(), "repo/deep.yaml")
    assert not evidence.is_plan
    assert evidence.reason == ("it cannot be read whole (the plan is nested more than 64 "
                               "levels deep), and has only one plan section")


def test_a_found_plan_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Deciding that a file is a plan by its shapes reads it where it is linted; the plan
    is made of that reading."""
    from smaudit.loading import evidence, loader
    from smaudit.model import yamlread

    texts = {text.encode(): name for name, text in (
        ("plan", SHAPED_PLAN), ("conda", CONDA_ENV), ("config", ORG_CONFIG))}
    read: list[str] = []

    def counting(real):
        def reading(source, **options):
            if source in texts:  # not the rule packs, which are read with the registry
                read.append(texts[source])
            return real(source, **options)
        return reading

    for module in (yamlread, evidence, loader):
        monkeypatch.setattr(module, "read", counting(module.read))
    root = _repo(tmp_path)
    run = Linter().lint_paths([str(root)])
    assert [result.path for result in run.results] == [str(root / "plans" / "kayaks.yaml")]
    assert [skipped.path for skipped in run.skipped] == [
        str(root / "deploy.yaml"), str(root / "env" / "environment.yml")]
    assert sorted(read) == ["conda", "config", "plan"]  # each read once


def test_a_cached_result_of_a_named_file_does_not_make_it_a_plan_when_found(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SMAUDIT_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "repo").mkdir()
    root = _repo(tmp_path / "repo")
    conda = root / "env" / "environment.yml"
    kayaks = root / "plans" / "kayaks.yaml"
    for _ in range(2):  # cold, then warm
        main(["--format", "json", "--select", "SMA002", str(conda), str(kayaks)])
        assert len(json.loads(capsys.readouterr().out)["files"]) == 2
        main(["--format", "json", "--select", "SMA002", "-v", str(root)])
        out, err = capsys.readouterr()
        assert [f["path"] for f in json.loads(out)["files"]] == [str(kayaks)]
        assert len(err.splitlines()) == 2  # deploy.yaml and environment.yml skipped
