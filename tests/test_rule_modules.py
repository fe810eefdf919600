"""Where a built-in rule lives: one module per Python rule, named by its slug in its
area's folder, and no rule module reaching into another's helpers."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from smaudit.cli.docgen import builtin_rules
from smaudit.model.rule import FunctionRule

RULES = Path(__file__).resolve().parents[1] / "src" / "smaudit" / "rules"
FOLDER = {"plan": "plan_file"}  # the one area whose folder name differs
PYTHON_RULES = [entry for entry in builtin_rules() if isinstance(entry.rule, FunctionRule)]


def _folder(area: str) -> Path:
    return RULES / FOLDER.get(area, area)


@pytest.mark.parametrize("entry", PYTHON_RULES, ids=lambda entry: entry.rule.code)
def test_a_python_rule_is_found_by_its_slug_in_its_area_folder(entry):
    rule = entry.rule
    expected = _folder(rule.area) / f"{rule.slug.replace('-', '_')}.py"
    assert Path(rule.function.__code__.co_filename).resolve() == expected.resolve()


def test_each_rule_module_holds_one_rule():
    modules = [path for path in RULES.glob("*/*.py")
               if path.name not in {"__init__.py", "shared.py"}]
    assert sorted(modules) == sorted(
        _folder(entry.rule.area) / f"{entry.rule.slug.replace('-', '_')}.py"
        for entry in PYTHON_RULES)


def test_each_pack_rule_is_in_its_area_pack():
    packs = [entry for entry in builtin_rules() if not isinstance(entry.rule, FunctionRule)]
    assert packs
    for entry in packs:
        pack = _folder(entry.rule.area) / f"{entry.rule.area}.yaml"
        assert f"code: {entry.rule.code}" in pack.read_text(encoding="utf-8"), entry.rule.code


@pytest.mark.parametrize("path", sorted(RULES.glob("*/*.py")), ids=lambda p: p.stem)
def test_a_rule_module_imports_only_its_area_shared_helpers(path):
    """Helpers that several areas use live in ``smaudit.model.prose``; within an area,
    in its ``shared`` module. Only an area's plugin (``__init__``) imports rules."""
    if path.name == "__init__.py":
        return
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree)
                if isinstance(node, ast.ImportFrom) and node.module}
    rules_imports = {m for m in imported if m.startswith("smaudit.rules")}
    assert rules_imports <= {f"smaudit.rules.{path.parent.name}.shared"}, rules_imports


def test_an_area_plugin_registers_the_rules_it_lists_in_that_order():
    from smaudit.rules.area import area_rules

    registered = []
    area_rules("channels.no_audience_research", "goals.no_strategy")(registered.append)
    assert [(r.code, r.slug) for r in registered] == [
        ("SMA205", "no-audience-research"), ("SMA106", "no-strategy")]


@pytest.mark.parametrize("folder", sorted(p.parent.name for p in RULES.glob("*/__init__.py")))
def test_every_area_plugin_uses_the_one_hook_of_rules_area(folder):
    import importlib

    from smaudit.rules.area import area_rules

    hook = importlib.import_module(f"smaudit.rules.{folder}").smaudit_register_rules
    assert hook.__code__ is area_rules().__code__
