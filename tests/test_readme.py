"""The README shows real output: its excerpt must be what smaudit prints today."""

from __future__ import annotations

import re
from pathlib import Path

from smaudit.cli.main import main

ROOT = Path(__file__).resolve().parents[1]


def test_readme_excerpt_is_real_output(capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    excerpt = re.search(r"```text\n(.*?)```", readme, re.DOTALL).group(1)
    shown = [line for line in excerpt.splitlines() if line and line != "..."]
    code = main([str(ROOT / "examples" / "plans" / "bandwagon-boutique.yaml"), "--no-cache",
                 "--color", "never"])
    out = capsys.readouterr().out.replace(str(ROOT) + "/", "")
    assert code == 1
    for line in shown:
        assert line in out.splitlines(), line


def test_readme_quick_start_commands_name_real_files():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert (ROOT / "examples" / "plans" / "bandwagon-boutique.yaml").exists()
    assert "-e ./examples/plugin" in readme and (ROOT / "examples" / "plugin").is_dir()
    for link in re.findall(r"\]\(((?:docs|examples)/[^)#]+)\)", readme):
        assert (ROOT / link).exists(), link
