"""`smaudit new-rule`: the skeletons it writes work as written, and it refuses bad names."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from smaudit.cli.main import main


@pytest.mark.parametrize("kind, files", [
    ("pack", ["slogan-strategy.yaml", "test_acme_slogan_strategy.py"]),
    ("python", ["acme_slogan_strategy.py", "test_acme_slogan_strategy.py"]),
])
def test_skeleton_and_its_test_pass_as_written(tmp_path, capsys, kind, files):
    folder = tmp_path / "rules"
    assert main(["new-rule", "ACME301", "slogan-strategy", "--kind", kind,
                 "--dir", str(folder)]) == 0
    assert sorted(p.name for p in folder.iterdir()) == sorted(files)
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           str(folder)], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 passed" in done.stdout
    if kind == "pack":
        assert main(["test-rules", str(folder / files[0])]) == 0
        assert capsys.readouterr().out.endswith("2 passed, 0 failed\n")


def test_edited_skeleton_fails_its_test(tmp_path):
    folder = tmp_path / "rules"
    assert main(["new-rule", "ACME301", "slogan-strategy", "--dir", str(folder)]) == 0
    pack = folder / "slogan-strategy.yaml"
    pack.write_text(pack.read_text().replace("column: 11", "column: 12"))
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           str(folder)], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 1 and "1 failed, 1 passed" in done.stdout


@pytest.mark.parametrize("argv, error", [
    (["acme1", "x"], "code 'ACME1' is not an upper-case prefix and three digits, such as "
                     "ACME101"),
    (["SMA901", "x"], "code SMA901: the prefix SMA is reserved for smaudit's own rules"),
    (["ACME301", "Not_Kebab"], "slug 'not_kebab' is not kebab-case, such as "
                               "no-crisis-contact"),
    (["ACME301", "x", "--area", "chanels"], "unknown area 'chanels' (did you mean "
                                            "'channels'?); areas are goals, channels, "
                                            "service, measurement, expectations, resources, "
                                            "tactics, foundations, plan"),
    (["ACME301", "no-business-goal"], "SMA101 no-business-goal of smaudit.builtin.packs "
                                      "already has that slug"),
])
def test_bad_names_are_refused_before_writing(tmp_path, capsys, argv, error):
    assert main(["new-rule", *argv, "--dir", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err == f"smaudit: error: {error}\n"
    assert not (tmp_path / "out").exists()


def test_existing_files_are_never_overwritten(tmp_path, capsys):
    (tmp_path / "slogan-strategy.yaml").write_text("mine\n")
    assert main(["new-rule", "ACME301", "slogan-strategy", "--dir", str(tmp_path)]) == 2
    assert "slogan-strategy.yaml already exists" in capsys.readouterr().err
    assert (tmp_path / "slogan-strategy.yaml").read_text() == "mine\n"
    assert not (tmp_path / "test_acme_slogan_strategy.py").exists()


def test_python_skeleton_starts_use_instead_with_what_to_do(tmp_path, monkeypatch, capsys):
    """The client report shows the prose of `Use instead` before its code as what to do;
    a skeleton that starts with code would teach rules the report cannot advise from."""
    folder = tmp_path / "rules"
    assert main(["new-rule", "ACME302", "slogan-plan", "--kind", "python",
                 "--dir", str(folder)]) == 0
    monkeypatch.syspath_prepend(str(folder))
    from acme_slogan_plan import slogan_plan

    instead = slogan_plan.docs.instead
    assert instead.startswith("Say which customers you want to reach, where, and what they "
                              "should do next.\n\n```yaml\n")
