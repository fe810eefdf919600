"""The pre-commit hook, for real: ``pre-commit try-repo`` installs smaudit from this
repository into its own environment and runs the ``smaudit`` hook on a plan repository.

``try-repo`` sees only committed and tracked files, so the hook is tried from a
snapshot: the files a build needs, copied into a fresh git repository and
committed. Each ``try-repo`` builds its own environment (pip installs the
snapshot and its dependencies from the configured indexes), so there are as
few runs as the behaviour needs: one that fails and one that passes.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest
import yaml

from smaudit.cli.main import main

ROOT = Path(__file__).resolve().parents[1]
PLANS = ROOT / "examples" / "plans"
BUILD_FILES = (".pre-commit-hooks.yaml", "pyproject.toml", "README.md", "CHANGELOG.md")
BUILD_DIRS = ("src", "schemas")
TIMEOUT = 600

pytestmark = pytest.mark.skipif(not (ROOT / ".pre-commit-hooks.yaml").is_file(),
                                reason="not a source checkout (no .pre-commit-hooks.yaml)")

WORKFLOW = """\
name: CI
on: [push, pull_request]
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
"""

CONDA_ENVIRONMENT = """\
name: forecasting
channels:
  - conda-forge
  - defaults
dependencies:
  - python=3.11
  - numpy>=1.26
  - pandas
  - pip
  - pip:
      - prophet==1.1.5
"""

DEPLOY_CONFIG = "organization: acme-corp\nregion: eu-west-1\nreplicas: 2\n"


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env.update(PRE_COMMIT_HOME=str(home), NO_COLOR="1",
               GIT_AUTHOR_NAME="smaudit tests", GIT_AUTHOR_EMAIL="tests@example.invalid",
               GIT_COMMITTER_NAME="smaudit tests", GIT_COMMITTER_EMAIL="tests@example.invalid")
    return env


def _git(cwd: Path, env: Mapping[str, str], *args: str) -> None:
    subprocess.run(["git", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false",
                    *args], cwd=cwd, env=env, check=True, capture_output=True, timeout=60)


# --------------------------------------------------------------------------- fast checks


def test_manifest_declares_the_hook() -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "smaudit" and hook["entry"] == "smaudit"
    assert hook["language"] == "python" and hook["types_or"] == ["yaml", "json"]
    assert "--only-plans" in hook["args"]
    pytest.importorskip("pre_commit")
    done = subprocess.run([sys.executable, "-m", "pre_commit", "validate-manifest",
                           str(ROOT / ".pre-commit-hooks.yaml")],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_only_plans_skips_named_files_that_are_not_plans(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """What the hook is handed: every YAML file of a commit, named explicitly."""
    workflow = tmp_path / "ci.yml"
    workflow.write_text(WORKFLOW, encoding="utf-8")
    flawed = tmp_path / "boutique.yaml"
    flawed.write_text((PLANS / "bandwagon-boutique.yaml").read_text(encoding="utf-8"),
                      encoding="utf-8")
    assert main(["--no-cache", str(workflow)]) == 1  # named, so linted: not a plan at all
    capsys.readouterr()
    assert main(["--only-plans", "--no-cache", str(workflow)]) == 0
    assert "ci.yml" not in capsys.readouterr().out
    assert main(["--only-plans", "--no-cache", str(workflow), str(flawed)]) == 1
    out = capsys.readouterr().out
    assert "boutique.yaml:" in out and "ci.yml" not in out


# --------------------------------------------------------------------------- pre-commit itself


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return _env(tmp_path_factory.mktemp("pre-commit-home"))


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory, env: dict[str, str]) -> Path:
    """A committed snapshot of what building smaudit needs, as a git repository."""
    pytest.importorskip("pre_commit")
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    snapshot = tmp_path_factory.mktemp("smaudit-snapshot")
    for name in BUILD_FILES:
        if (ROOT / name).is_file():
            shutil.copy2(ROOT / name, snapshot / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", ".*")
    for name in BUILD_DIRS:
        shutil.copytree(ROOT / name, snapshot / name, ignore=ignore)
    _git(snapshot, env, "init", "-q")
    _git(snapshot, env, "add", "-A")
    _git(snapshot, env, "commit", "-q", "-m", "snapshot")
    return snapshot


def _plan_repo(root: Path, env: Mapping[str, str], files: Mapping[str, str]) -> Path:
    root.mkdir()
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    _git(root, env, "init", "-q")
    _git(root, env, "add", "-A")
    return root


def _try_repo(hook_repo: Path, cwd: Path, env: Mapping[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "pre_commit", "try-repo", str(hook_repo), "smaudit",
         "--all-files", "--color=never"],
        cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def _finish(process: subprocess.Popen[str]) -> tuple[int, str]:
    try:
        output, _ = process.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        output, _ = process.communicate()
        pytest.fail(f"pre-commit try-repo took more than {TIMEOUT}s:\n{output}")
    return process.returncode, output


@pytest.fixture(scope="module")
def runs(hook_repo: Path, env: dict[str, str], tmp_path_factory: pytest.TempPathFactory
         ) -> dict[str, tuple[int, str]]:
    """Both plan repositories, hooked at once: each run spends most of its time
    installing its own environment, so running them side by side saves the wait."""
    flawed = (PLANS / "bandwagon-boutique.yaml").read_text(encoding="utf-8")
    healthy = (PLANS / "rosas-bakery.yaml").read_text(encoding="utf-8")
    repos = {
        "flawed": _plan_repo(tmp_path_factory.mktemp("flawed") / "plans", env, {
            "plans/boutique.yaml": flawed,
            ".github/workflows/ci.yml": WORKFLOW,
            "environment.yml": CONDA_ENVIRONMENT,
        }),
        "healthy": _plan_repo(tmp_path_factory.mktemp("healthy") / "plans", env, {
            "plans/rosas-bakery.yaml": healthy,
            ".github/workflows/ci.yml": WORKFLOW,
            "data/settings.json": '{"theme": "dark", "channels_enabled": true}\n',
            "environment.yml": CONDA_ENVIRONMENT,
            "deploy/app.yaml": DEPLOY_CONFIG,
        }),
    }
    started = {name: _try_repo(hook_repo, repo, env) for name, repo in repos.items()}
    return {name: _finish(process) for name, process in started.items()}


def test_hook_fails_a_flawed_plan_with_located_findings(
        runs: dict[str, tuple[int, str]]) -> None:
    returncode, output = runs["flawed"]
    assert returncode != 0, output
    assert re.search(r"^smaudit\.+Failed$", output, re.M), output
    located = re.findall(r"^plans/boutique\.yaml:(\d+):(\d+): (?:error|warning|info) "
                         r"(SMA\d{3}) [a-z-]+ ", output, re.M)
    assert len(located) >= 3, output
    assert all(int(line) >= 1 and int(column) >= 1 for line, column, _ in located)
    assert "= hint:" in output  # the compiler-style excerpt and fix, as on a terminal
    assert "ci.yml" not in output  # the workflow is passed over, not linted
    assert "environment.yml" not in output  # and so is the conda environment


def test_hook_passes_a_healthy_plan_next_to_other_yaml(
        runs: dict[str, tuple[int, str]]) -> None:
    returncode, output = runs["healthy"]
    assert returncode == 0, output
    assert re.search(r"^smaudit\.+Passed$", output, re.M), output
