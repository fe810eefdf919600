"""The hook contract: written down for every hook, and every call made through pluggy."""

from __future__ import annotations

import inspect
import textwrap
from pathlib import Path

import pytest

from smaudit.linter.lint import Linter
from smaudit.loading import hookspecs
from smaudit.loading.plugins import build
from smaudit.loading.settings import Settings

HOOKS = sorted(name for name, value in vars(hookspecs).items()
               if name.startswith("smaudit_") and callable(value))
CONTRACT = ("**Called**", "**Results**", "**Attribution**", "**Errors**")
DOCS = Path(__file__).resolve().parent.parent / "docs"


@pytest.mark.parametrize("name", HOOKS)
def test_every_hook_states_its_contract(name):
    doc = inspect.getdoc(getattr(hookspecs, name))
    missing = [part for part in CONTRACT if part not in doc]
    assert not missing, f"{name} does not say {', '.join(missing)}"


@pytest.mark.parametrize("name", HOOKS)
def test_every_hook_is_in_the_plugin_guide_and_the_architecture(name):
    assert f"`{name}" in (DOCS / "writing-plugins.md").read_text(encoding="utf-8")
    assert f"`{name}" in (DOCS / "architecture.md").read_text(encoding="utf-8")


EVERY_HOOK = '''
    from smaudit import hookimpl
    from smaudit.model.rule import rule

    @rule(code="ZZZ901", slug="watched", severity="info", area="goals", summary="Watched.")
    def watched(plan, options):
        """## What it finds\\nx\\n## Why it hurts\\nx\\n## Example\\nx\\n## Use instead\\nx"""
        return ()

    class Format:
        name = "zzz-watched"
        description = "Watched."

        def render(self, report):
            return ""

    @hookimpl
    def smaudit_adjust_config(config):
        return None

    @hookimpl
    def smaudit_plan_schema():
        return {"x-watched": {"type": "object"}}

    @hookimpl
    def smaudit_register_rules(register):
        register(watched)

    @hookimpl
    def smaudit_rule_packs():
        return []

    @hookimpl
    def smaudit_register_formats(register):
        register(Format())
'''


def test_every_hook_is_called_through_pluggy_one_plugin_at_a_time(tmp_path, monkeypatch):
    """pluggy's call monitor sees every call: an implementation called directly
    (``impl.function(...)``) would bypass it."""
    (tmp_path / "zzz_watched.py").write_text(textwrap.dedent(EVERY_HOOK), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    plugins = build(extra=("zzz_watched",), autoload=False)
    calls: list[tuple[str, tuple[str, ...]]] = []
    plugins.manager.add_hookcall_monitoring(
        lambda hook, impls, kwargs: calls.append((hook, tuple(i.plugin_name for i in impls))),
        lambda outcome, hook, impls, kwargs: None)
    from smaudit.loading.adjust import apply_config_hooks

    apply_config_hooks(plugins, Settings())  # as the linter does when it loads the plugins
    registry = Linter(Settings(), plugins=plugins).registry
    assert registry.rules["ZZZ901"].plugin == "zzz_watched"
    assert registry.format_plugins["zzz-watched"] == "zzz_watched"
    mine = [hook for hook, impls in calls if impls == ("zzz_watched",)]
    assert sorted(set(mine)) == HOOKS
    assert all(len(impls) == 1 for _, impls in calls)  # attributed: one plugin per call
    order = list(dict.fromkeys(mine))
    assert order == ["smaudit_adjust_config", "smaudit_plan_schema", "smaudit_register_rules",
                     "smaudit_rule_packs", "smaudit_register_formats"]
