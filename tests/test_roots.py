"""The report root: machine formats write paths relative to the repository (or ``--root``),
whatever directory smaudit runs in and however a plan is named."""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from smaudit.cli.main import main
from smaudit.model.roots import find_root, from_root, report_path

PLAN = """\
version: 1
organization:
  name: Lakeside Bakery
channels:
  - platform: instagram
"""


def test_the_root_is_the_nearest_repository(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    deep = tmp_path / "plans" / "2027"
    deep.mkdir(parents=True)
    assert find_root(str(deep)) == str(tmp_path)
    assert find_root(str(deep), str(tmp_path / "plans" / ".smaudit.yaml")) == str(tmp_path)


def test_a_worktree_git_file_marks_a_repository_too(tmp_path: Path) -> None:
    (tmp_path / ".git").write_text("gitdir: /elsewhere/.git/worktrees/x\n")
    (tmp_path / "sub").mkdir()
    assert find_root(str(tmp_path / "sub")) == str(tmp_path)


def test_without_a_repository_the_config_folder_then_the_working_directory(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import smaudit.model.roots as roots

    real_exists = os.path.exists
    monkeypatch.setattr(roots.os.path, "exists",  # no .git anywhere above tmp_path
                        lambda p: not p.endswith(os.sep + ".git") and real_exists(p))
    config = tmp_path / "cfg" / ".smaudit.yaml"
    assert find_root(str(tmp_path / "work"), str(config)) == str(tmp_path / "cfg")
    assert find_root(str(tmp_path / "work")) == str(tmp_path / "work")


def test_paths_relative_to_the_root(tmp_path: Path) -> None:
    root = str(tmp_path / "repo")
    assert report_path(str(tmp_path / "repo" / "plans" / "a.yaml"), root) == "plans/a.yaml"
    outside = str(tmp_path / "other" / "b.yaml")
    assert report_path(outside, root) == outside.replace(os.sep, "/")
    assert from_root(outside, root) == "../other/b.yaml"
    assert report_path("-", root) == "-"
    assert from_root("<stdin>", root) == "<stdin>"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository with a plan under plans/, run from a sibling folder."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "lakeside.yaml").write_text(PLAN, encoding="utf-8")
    (tmp_path / "tools").mkdir()
    monkeypatch.chdir(tmp_path / "tools")
    return tmp_path


def _check(capsys: pytest.CaptureFixture[str], fmt: str, *extra: str) -> str:
    main(["--no-cache", "--select", "SMA403", "--format", fmt, *extra,
          os.path.join("..", "plans", "lakeside.yaml")])
    return capsys.readouterr().out


def test_sarif_paths_are_relative_to_the_repository_not_the_working_directory(
        repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run = json.loads(_check(capsys, "sarif"))["runs"][0]
    assert run["artifacts"][0]["location"] == {"uri": "plans/lakeside.yaml",
                                               "uriBaseId": "%SRCROOT%"}
    location = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location["uri"] == "plans/lakeside.yaml"
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == repo.as_uri() + "/"
    assert "file:" not in json.dumps(run["results"])


@pytest.mark.parametrize("fmt", ["gitlab", "github", "junit", "json"])
def test_other_machine_formats_use_the_same_root(
        fmt: str, repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _check(capsys, fmt)
    if fmt == "gitlab":
        paths = [issue["location"]["path"] for issue in json.loads(out)]
    elif fmt == "github":
        paths = re.findall(r"file=([^,]+),", out)
    elif fmt == "junit":
        root = ET.fromstring(out.encode("utf-8"))
        paths = [s.get("name") for s in root.iter("testsuite")]
        paths += [c.get("classname") for c in root.iter("testcase")]
    else:
        document = json.loads(out)
        paths = [f["path"] for f in document["files"]]
        paths += [f["path"] for file in document["files"] for f in file["findings"]]
    assert paths and set(paths) == {"plans/lakeside.yaml"}


def test_root_option_chooses_the_base(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run = json.loads(_check(capsys, "sarif", "--root", str(repo / "plans")))["runs"][0]
    assert run["artifacts"][0]["location"]["uri"] == "lakeside.yaml"
    gitlab = json.loads(_check(capsys, "gitlab", "--root", str(repo / "tools")))
    assert {issue["location"]["path"] for issue in gitlab} == {"../plans/lakeside.yaml"}


def test_root_must_be_a_directory(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--no-cache", "--root", "missing-dir", str(repo / "plans")])
    assert code == 2
    assert capsys.readouterr().err == "smaudit: error: --root missing-dir: not a directory\n"


def test_text_output_keeps_paths_as_named(repo: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = _check(capsys, "text")
    assert out.startswith(os.path.join("..", "plans", "lakeside.yaml") + ":1:1: ")


def test_files_are_listed_in_the_order_of_the_paths_shown(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # inside the root a plan is shown relative ("a.yaml"), outside it absolute ("/..."),
    # so the order must follow the shown paths, not where the checkout happens to live
    inside = tmp_path / "b-root"
    outside = tmp_path / "c-elsewhere"
    for folder in (inside, outside):
        folder.mkdir()
        (folder / "a.yaml").write_text(PLAN)
    main(["--no-cache", "--format", "json", "--root", str(inside),
          str(inside / "a.yaml"), str(outside / "a.yaml")])
    shown = [f["path"] for f in json.loads(capsys.readouterr().out)["files"]]
    assert shown == [str(outside / "a.yaml").replace(os.sep, "/"), "a.yaml"]
