"""Testing rules: assert exactly which findings a YAML snippet produces.

In the spirit of ESLint's RuleTester and yamllint's RuleTestCase::

    from smaudit.testing import RuleTester

    tester = RuleTester("no-business-goal")

    def test_missing_goals():
        tester.assert_findings('''
            organization:
              name: Acme
        ''', [("SMA101", 1, 1)])

    def test_goals_present():
        tester.assert_valid('''
            business_goals:
              - {id: leads, statement: Win catering orders}
        ''')

Snippets are dedented and a leading blank line dropped, so line 1 is the
first line of text. Only the named rules run (plus SMA001, so a snippet that
does not parse fails loudly). With pytest installed this module is also a
pytest plugin giving a ``rule_tester`` fixture factory.
"""

from __future__ import annotations

import functools
import textwrap
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from smaudit.model.findings import Finding

Expected = tuple[str, int, int]


def snippet(text: str) -> str:
    """Dedent ``text`` and drop one leading newline (line 1 is the first line)."""
    text = textwrap.dedent(text)
    return text[1:] if text.startswith("\n") else text


@functools.lru_cache(maxsize=16)
def _linter(plugins: tuple[str, ...], packs: tuple[str, ...]):
    from smaudit.linter.lint import Linter
    from smaudit.loading.settings import Settings

    return Linter(Settings(plugins=plugins, rules_packs=packs))


class RuleTester:
    """Runs selected rules on snippets and compares (code, line, column) exactly.

    Rules are named by code, slug or code prefix (``"SMA3"``; ``"SMA"`` for
    every built-in rule).
    """

    def __init__(self, *rules: str, options: Mapping[str, Mapping[str, Any]] | None = None,
                 plugins: Iterable[str] = (), packs: Iterable[str | Path] = (),
                 severity: Mapping[str, str] | None = None) -> None:
        from smaudit.loading.settings import RuleSetting

        base = _linter(tuple(plugins), tuple(str(p) for p in packs))
        failures = base.plugins.failures
        if failures:  # one line each; the traceback would bury the reason
            raise AssertionError("plugins failed to load: "
                                 + "; ".join(f"{f.name}: {f.reason}" for f in failures))
        selected = {rule: base.registry.select(rule) for rule in rules}
        unknown = [rule for rule, codes in selected.items() if not codes]
        if unknown:
            from smaudit.model.suggest import closest_rule

            def named(rule: str) -> str:
                close = closest_rule(rule, base.registry.rules, base.registry.slugs)
                return f"{rule} (did you mean {close!r}?)" if close else rule

            raise AssertionError(f"no such rule(s): {', '.join(map(named, unknown))}")
        self.codes = tuple(dict.fromkeys(c for codes in selected.values() for c in codes))
        settings_rules = {code: RuleSetting(options=dict(opts))
                          for code, opts in (options or {}).items()}
        for code, sev in (severity or {}).items():
            previous = settings_rules.get(code)
            settings_rules[code] = RuleSetting(sev, previous.options if previous else {})
        from smaudit.linter.lint import Linter

        settings = replace(base.run_settings, select=(*self.codes, "SMA001"), rules=settings_rules)
        self.linter = Linter(settings, plugins=base.plugins, registry=base.registry)
        self.linter.propagate = True  # a crashing rule fails the test with its own traceback

    def findings(self, text: str, path: str = "plan.yaml") -> list[Finding]:
        """All findings (suppressed ones included) of the selected rules on ``text``."""
        return list(self.linter.lint_bytes(snippet(text), path).result.findings)

    def assert_findings(self, text: str, expected: Iterable[Expected]) -> list[Finding]:
        """Assert the active findings are exactly ``expected`` (code, line, column)."""
        findings = [f for f in self.findings(text) if f.suppressed is None]
        got = sorted((f.code, f.location.line, f.location.column) for f in findings)
        want = sorted(expected)
        if got != want:
            detail = "\n".join(f"  {f.code} {f.location.line}:{f.location.column} {f.message}"
                               for f in findings) or "  (none)"
            raise AssertionError(f"expected findings {want}, got {got}:\n{detail}")
        return findings

    def codes_in(self, path: str | Path) -> list[Expected]:
        """``(code, line, column)`` of the active findings of the selected rules in a plan
        file, sorted: for tests over whole plans (the file is read as it is, not dedented)."""
        raw = Path(path).read_bytes()
        findings = self.linter.lint_bytes(raw, str(path)).result.active
        return sorted((f.code, f.location.line, f.location.column) for f in findings
                      if f.code in self.codes)

    def assert_valid(self, text: str) -> None:
        """Assert the snippet produces no active finding of the selected rules."""
        self.assert_findings(text, [])


@dataclass(frozen=True, slots=True)
class ExampleOutcome:
    """The result of one embedded pack example."""

    name: str
    ok: bool
    detail: str = ""


def run_pack_examples(pack: str | Path, linter: Any = None) -> Iterator[ExampleOutcome]:
    """Run every ``examples`` entry of a rule pack as a test (``smaudit test-rules``)."""
    from smaudit.engine.run_rules import lint_loaded
    from smaudit.loading.loader import load
    from smaudit.loading.pack_compiler import read_pack
    from smaudit.model.rule import ActiveRule, option_defaults

    path = Path(pack)
    loaded_pack = read_pack(path)
    for rule in loaded_pack.rules:
        active = ActiveRule(rule.code, rule, loaded_pack.plugin, rule.severity,
                            option_defaults(rule.options_schema))
        cases = [("valid", i, ex) for i, ex in enumerate(rule.valid_examples, 1)]
        cases += [("invalid", i, ex) for i, ex in enumerate(rule.invalid_examples, 1)]
        if not cases:
            yield ExampleOutcome(f"{path.name} {rule.code} {rule.slug}", False,
                                 "  the rule has no examples")
        for kind, index, example in cases:
            name = f"{path.name} {rule.code} {rule.slug} {kind} #{index}"
            text = snippet(example.plan)
            loaded = load(text, "example.yaml")
            if loaded.plan is None:
                yield ExampleOutcome(name, False, f"  the example plan does not parse: "
                                     f"{loaded.problems[0].message}")
                continue
            outcome = lint_loaded(loaded, "example.yaml", (active,))
            if outcome.crashes:
                yield ExampleOutcome(name, False, f"  the rule crashed: {outcome.crashes[0].error}")
                continue
            result = outcome.result
            got = sorted((f.code, f.location.line, f.location.column) for f in result.active)
            want = sorted(example.findings)
            if got == want:
                yield ExampleOutcome(name, True)
            else:
                messages = "\n".join(f"    {f.code} {f.location.line}:{f.location.column} "
                                     f"{f.message}" for f in result.active)
                yield ExampleOutcome(name, False, f"  expected {want}\n  got      {got}\n"
                                     f"{messages}")


try:  # the pytest plugin part: only when pytest is there
    import pytest

    @pytest.fixture
    def rule_tester() -> type[RuleTester]:
        """A factory: ``rule_tester("SMA101")`` gives a ``RuleTester`` for that rule."""
        return RuleTester
except ImportError:  # pragma: no cover - smaudit itself does not need pytest
    pass
