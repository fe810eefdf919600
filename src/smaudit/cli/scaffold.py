"""``smaudit new-rule``: write a working rule skeleton and its test, ready to edit.

The fastest way to a rule of one's own is a rule that already runs: the
command writes a pack rule (``--kind pack``, the default) or a Python plugin
module (``--kind python``) that finds a slogan in place of a strategy, with
docs, an option, examples and a pytest file that passes as written. The
author then changes the selector, condition or check, and the test tells
them when they broke something.

Code, slug and area are checked before anything is written, with the same
rules (and did-you-mean) as at registration, and no existing file is ever
overwritten.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from smaudit.cli.exitcodes import ExitCode
from smaudit.cli.invocation import Invocation
from smaudit.model.errors import UsageError

_PACK = '''\
# A rule pack written by `smaudit new-rule`. Change the selector, the condition,
# the message and the docs to your rule; `smaudit test-rules __FILE__` and
# `pytest` check it. The format is described in smaudit's docs/rule-packs.md.
pack: __PACK__
description: Rules of our own for social media plans.
rules:
  - code: __CODE__
    slug: __SLUG__
    severity: __SEVERITY__
    area: __AREA__
    summary: The strategy is a slogan rather than a plan.
    select: strategy
    condition:
      matches: {option: phrases}
    options:
      phrases:
        type: array
        items: {type: string}
        default: [just post more, be everywhere]
        description: Slogans that stand in for a strategy.
    message: 'the strategy is a slogan: "{match}"'
    hint: Say which customers you want to reach, where, and what they should do next.
    docs:
      what: A `strategy` that contains a slogan in place of a plan.
      why: A slogan gives nobody anything to do on Monday morning, so nothing changes.
      example: |
        strategy: We will just post more.
      instead: |
        strategy: Reach office managers on LinkedIn and win catering orders.
    examples:
      valid:
        - |
          strategy: Reach office managers on LinkedIn and win catering orders.
      invalid:
        - plan: |
            strategy: We will just post more.
          findings: [{code: __CODE__, line: 1, column: 11}]
'''

_PACK_TEST = '''\
"""Tests of __CODE__ __SLUG__ (written by `smaudit new-rule`); run them with pytest."""

from pathlib import Path

from smaudit.testing import RuleTester, run_pack_examples

PACK = Path(__file__).with_name("__FILE__")


def test_the_examples_embedded_in_the_pack():
    failed = [outcome for outcome in run_pack_examples(PACK) if not outcome.ok]
    assert not failed, "\\n".join(f"{o.name}\\n{o.detail}" for o in failed)


def test_a_slogan_in_place_of_a_strategy():
    tester = RuleTester("__SLUG__", packs=[PACK])
    found = tester.assert_findings("strategy: We will just post more.\\n",
                                   [("__CODE__", 1, 11)])
    assert found[0].message == 'the strategy is a slogan: "just post more"'
    tester.assert_valid("strategy: Reach office managers on LinkedIn.\\n")
'''

_MODULE = '''\
"""__CODE__ __SLUG__: a smaudit plugin rule written by `smaudit new-rule`.

Load it for one run with `smaudit --plugin __MODULE__ plan.yaml` (this folder on
the Python path), or publish it under the `smaudit` entry-point group; see
smaudit's docs/writing-plugins.md.
"""

from smaudit import hookimpl
from smaudit.model import Violation
from smaudit.rule import rule


@rule(code="__CODE__", slug="__SLUG__", severity="__SEVERITY__", area="__AREA__",
      summary="The strategy is a slogan rather than a plan.",
      options={"phrases": {"type": "array", "items": {"type": "string"},
                           "default": ["just post more", "be everywhere"],
                           "description": "Slogans that stand in for a strategy."}})
def __FUNCTION__(plan, options):
    """
    ## What it finds

    A `strategy` that contains a slogan in place of a plan.

    ## Why it hurts

    A slogan gives nobody anything to do on Monday morning, so nothing changes.

    ## Example

    ```yaml
    strategy: We will just post more.
    ```

    ## Use instead

    Say which customers you want to reach, where, and what they should do next.

    ```yaml
    strategy: Reach office managers on LinkedIn and win catering orders.
    ```
    """
    strategy = plan.data.get("strategy")
    if not isinstance(strategy, str):
        return
    for phrase in options["phrases"]:
        if phrase.lower() in strategy.lower():
            yield Violation(
                message=f'the strategy is a slogan: "{phrase}"',
                pointer="/strategy",
                hint="Say which customers you want to reach, where, and what they should do "
                     "next.",
            )
            return


@hookimpl
def smaudit_register_rules(register):
    register(__FUNCTION__)
'''

_MODULE_TEST = '''\
"""Tests of __CODE__ __SLUG__ (written by `smaudit new-rule`); run them with pytest."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # until the plugin is installed

from smaudit.testing import RuleTester  # noqa: E402

tester = RuleTester("__SLUG__", plugins=["__MODULE__"])


def test_a_slogan_in_place_of_a_strategy():
    found = tester.assert_findings("strategy: We will just post more.\\n",
                                   [("__CODE__", 1, 11)])
    assert found[0].message == 'the strategy is a slogan: "just post more"'


def test_a_strategy_that_says_something():
    tester.assert_valid("strategy: Reach office managers on LinkedIn.\\n")
'''


def _fill(template: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        template = template.replace(f"__{key}__", value)
    return template


def _check(code: str, slug: str, area: str) -> None:
    from smaudit.model.rule import CODE, RULE_AREAS, SLUG
    from smaudit.model.suggest import closest

    if not CODE.match(code):
        raise UsageError(f"code {code!r} is not an upper-case prefix and three digits, "
                         "such as ACME101")
    if code.startswith("SMA"):
        raise UsageError(f"code {code}: the prefix SMA is reserved for smaudit's own rules")
    if not SLUG.match(slug):
        raise UsageError(f"slug {slug!r} is not kebab-case, such as no-crisis-contact")
    if area not in RULE_AREAS:
        close = closest(area, RULE_AREAS)
        hint = f" (did you mean {close!r}?)" if close else ""
        raise UsageError(f"unknown area {area!r}{hint}; areas are {', '.join(RULE_AREAS)}")


def files_for(kind: str, code: str, slug: str, severity: str, area: str
              ) -> dict[str, str]:
    """The files a skeleton consists of: name to content."""
    prefix = code.rstrip("0123456789").lower()
    module = f"{prefix}_{slug.replace('-', '_')}"
    values = {"CODE": code, "SLUG": slug, "SEVERITY": severity, "AREA": area,
              "PACK": prefix, "MODULE": module, "FUNCTION": slug.replace("-", "_")}
    if kind == "pack":
        values["FILE"] = f"{slug}.yaml"
        return {values["FILE"]: _fill(_PACK, values),
                f"test_{module}.py": _fill(_PACK_TEST, values)}
    return {f"{module}.py": _fill(_MODULE, values), f"test_{module}.py": _fill(_MODULE_TEST,
                                                                               values)}


def run(args: Invocation) -> ExitCode:
    code, slug = args.code.strip().upper(), args.slug.strip().lower()
    _check(code, slug, args.area)
    from smaudit.cli.commands import lenient_linter

    registry = lenient_linter(args).registry
    taken = registry.resolve(code) or registry.resolve(slug)
    if taken:
        entry = registry.rules[taken]
        raise UsageError(f"{taken} {entry.rule.slug} of {entry.plugin} already has that "
                         f"{'code' if taken == code else 'slug'}")
    folder = Path(args.dir)
    files = files_for(args.kind, code, slug, args.severity, args.area)
    existing = [name for name in files if (folder / name).exists()]
    if existing:
        raise UsageError(f"{', '.join(str(folder / n) for n in existing)} already "
                         f"exist{'s' if len(existing) == 1 else ''}; "
                         "choose another --dir or slug")
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
        print(f"wrote {folder / name}", file=sys.stderr)
    test = folder / next(name for name in files if name.startswith("test_"))
    print(f"next: edit the rule, then run `pytest {test}`", file=sys.stderr)
    return ExitCode.OK


def add_parser(sub: argparse._SubParsersAction,
               common: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add ``new-rule`` to the command line."""
    p = sub.add_parser("new-rule", help="write a rule skeleton (pack or Python) and its test",
                       description="Write a working rule skeleton and a pytest file that "
                                   "passes as written, ready to edit.")
    p.add_argument("code", metavar="CODE", help="the rule's code, e.g. ACME101")
    p.add_argument("slug", metavar="SLUG", help="the rule's kebab-case slug")
    p.add_argument("--kind", choices=("pack", "python"), default="pack",
                   help="a declarative pack rule (default) or a Python plugin module")
    p.add_argument("--area", default="foundations", help="the readiness-score area")
    p.add_argument("--severity", choices=("error", "warning", "info"), default="warning")
    p.add_argument("--dir", default=".", metavar="DIR", help="where to write (default: .)")
    common(p)
    p.set_defaults(handler=run)
