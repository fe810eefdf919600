"""The wheel, as users get it: built from this checkout, installed into a fresh virtual
environment (dependencies from the configured package indexes), and run from there.

The checkout's own ``schemas/`` and rule packs are invisible to the installed copy, so a
working ``smaudit`` in the fresh environment proves the wheel carries them (under
``smaudit/_data/`` and in the area folders of ``smaudit/rules/``).
One wheel and one environment serve the whole module.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
PLANS = ROOT / "examples" / "plans"
TIMEOUT = 600

Runner = Callable[..., "subprocess.CompletedProcess[str]"]

pytestmark = pytest.mark.skipif(not (ROOT / "pyproject.toml").is_file(),
                                reason="not a source checkout")


def _run(command: Sequence[str | Path], *, cwd: Path | None = None,
         env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(c) for c in command], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=TIMEOUT, check=False)


def _ok(done: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert done.returncode == 0, f"{done.args}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    _ok(_run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet",
              "--wheel-dir", out, ROOT]))
    (built,) = out.glob("smaudit-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh environment with the wheel installed; its ``bin`` directory."""
    root = tmp_path_factory.mktemp("venv")
    # Without pip of its own: this pip installs into it (`--python`), which is much
    # faster than seeding a new pip, and installs exactly what a user's pip would.
    _ok(_run([sys.executable, "-m", "venv", "--without-pip", root]))
    python = root / ("Scripts" if os.name == "nt" else "bin") / "python"
    _ok(_run([sys.executable, "-m", "pip", "--python", python, "install", "--quiet", wheel]))
    return python.parent


@pytest.fixture
def smaudit(venv: Path, tmp_path: Path) -> Runner:
    """Run the installed ``smaudit`` away from the checkout, with no plugins but its own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["PATH"] = os.pathsep.join([str(venv), env.get("PATH", "")])

    def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
        return _run([venv / "smaudit", *args], cwd=tmp_path, env=env)

    return run


def test_healthy_plan_exits_zero(smaudit: Runner) -> None:
    done = smaudit(PLANS / "rosas-bakery.yaml")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No findings" in done.stdout


def test_flawed_plan_exits_one_with_located_findings(smaudit: Runner) -> None:
    done = smaudit(PLANS / "bandwagon-boutique.yaml")
    assert done.returncode == 1, done.stdout + done.stderr
    assert re.search(r"bandwagon-boutique\.yaml:\d+:\d+: (error|warning|info) SMA\d{3} ",
                     done.stdout), done.stdout


def test_rule_packs_ship_in_the_wheel(smaudit: Runner) -> None:
    done = smaudit("rules", "--format", "json")
    assert done.returncode == 0, done.stderr
    listed = {row["code"] for row in json.loads(done.stdout)
              if row["plugin"] == "smaudit.builtin.packs"}
    expected = set()
    for pack in sorted((ROOT / "src" / "smaudit" / "rules").glob("*/*.yaml")):
        expected |= {r["code"] for r in yaml.safe_load(pack.read_text(encoding="utf-8"))["rules"]}
    assert expected and listed == expected


def test_schemas_ship_in_the_wheel(smaudit: Runner) -> None:
    done = smaudit("schema")
    assert done.returncode == 0, done.stderr
    shipped = json.loads((ROOT / "schemas" / "plan.schema.json").read_text(encoding="utf-8"))
    assert json.loads(done.stdout)["$id"] == shipped["$id"]
    # a schema finding needs the plan schema too
    done = smaudit(PLANS / "typos-and-references.yaml", "--select", "SMA002")
    assert done.returncode == 1 and " SMA002 " in done.stdout, done.stdout + done.stderr


def test_installed_copy_reads_its_own_data(venv: Path) -> None:
    done = _ok(_run([venv / "python", "-c",
                     "from smaudit.model.data_files import schema_path; "
                     "from smaudit.rules.packs import smaudit_rule_packs; "
                     "print(schema_path('plan.schema.json')); "
                     "print(*smaudit_rule_packs(), sep='\\n')"]))
    schema, *packs = done.stdout.splitlines()
    assert Path(schema).exists() and "_data" in Path(schema).parts, schema
    assert len(packs) == 5
    for line in [schema, *packs]:
        assert Path(line).exists() and ROOT not in Path(line).parents, line


def test_version_is_the_one_in_about(smaudit: Runner, wheel: Path) -> None:
    about = (ROOT / "src" / "smaudit" / "__about__.py").read_text(encoding="utf-8")
    version = re.search(r'^__version__ = "([^"]+)"$', about, re.M)
    assert version is not None
    assert wheel.name.startswith(f"smaudit-{version[1]}-")
    assert smaudit("--version").stdout.strip() == f"smaudit {version[1]}"


def test_wheel_contents(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA")))
        entry_points = archive.read(
            next(n for n in names if n.endswith(".dist-info/entry_points.txt"))).decode()
    assert "smaudit/py.typed" in names
    expected = {f"smaudit/_data/schemas/{p.name}" for p in (ROOT / "schemas").glob("*.json")}
    packs = ROOT / "src" / "smaudit" / "rules"  # each area's pack beside its rules
    expected |= {f"smaudit/rules/{p.relative_to(packs).as_posix()}" for p in packs.glob("*/*.yaml")}
    assert len(expected) > 5 and expected <= names, sorted(expected - names)
    assert not [n for n in names if "__pycache__" in n or n.startswith(("tests/", "examples/"))]
    assert b"Requires-Python: >=3.10" in metadata
    assert "smaudit = smaudit.cli.main:main" in entry_points


def test_version_lives_only_in_about() -> None:
    """``__about__.py`` is the one place: packaging reads it, nothing repeats it."""
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'^dynamic = \[.*"version".*\]$', pyproject, re.M)
    assert not re.search(r"^version\s*=", pyproject.split("[project]", 1)[1].split("\n[", 1)[0],
                         re.M)
    assert 'path = "src/smaudit/__about__.py"' in pyproject
    about = (ROOT / "src" / "smaudit" / "__about__.py").read_text(encoding="utf-8")
    version = re.search(r'^__version__ = "([^"]+)"$', about, re.M)
    assert version is not None
    literal = re.compile(rf"""["']{re.escape(version[1])}["']""")
    offenders = [str(path.relative_to(ROOT)) for path in (ROOT / "src").rglob("*.py")
                 if path.name != "__about__.py"
                 and literal.search(path.read_text(encoding="utf-8"))]
    assert offenders == []
