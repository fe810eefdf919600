"""The command line: argument parsing and wiring only.

``smaudit plan.yaml`` lints (``check`` is the default command); the other
commands list, explain and test rules, print the schema, and list plugins.
Every failure that is not a finding ends with one line on standard error and
exit code 2; ``--debug`` shows the traceback too.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from dataclasses import replace

from smaudit.__about__ import __version__
from smaudit.commands import EXIT_ERROR
from smaudit.errors import SmauditError

COMMANDS = ("check", "rules", "explain", "report", "init", "schema", "plugins", "test-rules",
            "new-rule")

_GLOBAL_VALUE_OPTIONS = ("--config", "--plugin", "-p", "--rules-pack")
_GLOBAL_FLAGS = ("--debug",)
"""The options every command takes (``_common``), which may also come before the command:
``smaudit --rules-pack house.yaml rules``."""


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", metavar="FILE", help="use this config file (no discovery)")
    parser.add_argument("--plugin", action="append", default=[], metavar="MODULE",
                        help="load a plugin module (repeatable)")
    parser.add_argument("-p", dest="block", action="append", default=[], metavar="no:NAME",
                        help="block a plugin: -p no:NAME (repeatable)")
    parser.add_argument("--rules-pack", action="append", default=[], metavar="FILE",
                        help="add a declarative rule pack (repeatable)")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")


def _check_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="lint plans (the default command)",
                       description="Lint social media plans.")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="plan files, directories, or - for standard input")
    _common(p)
    p.add_argument("--select", default=None, metavar="RULES",
                   help="only these rules (codes, slugs or prefixes, comma-separated)")
    p.add_argument("--extend-select", default=None, metavar="RULES",
                   help="add these rules to the selection")
    p.add_argument("--ignore", default=None, metavar="RULES", help="skip these rules")
    p.add_argument("--fail-on", choices=("error", "warning", "info", "never"), default=None,
                   help="lowest severity that makes the exit code 1 (default: warning)")
    p.add_argument("--format", default="text", metavar="FORMAT",
                   help="output format: text, json, ... (see `smaudit check --format help`)")
    p.add_argument("-o", "--output", metavar="FILE", help="write the output to FILE")
    p.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                   help="worker processes (default: all cores)")
    p.add_argument("--no-cache", action="store_true", help="do not read or write the cache")
    p.add_argument("--baseline", metavar="FILE", help="report only findings not in FILE")
    p.add_argument("--write-baseline", metavar="FILE",
                   help="record the current findings in FILE and exit 0")
    p.add_argument("--statistics", action="store_true", help="count findings per rule")
    p.add_argument("-q", "--quiet", action="store_true", help="one line per finding, no summary")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    p.add_argument("--show-score", action="store_true",
                   help="show the readiness score per area for each plan")
    p.add_argument("--stdin-filename", metavar="PATH", help="the name to report for -")
    p.add_argument("--root", metavar="DIR",
                   help="write paths in sarif, gitlab, github, junit and json output relative "
                        "to DIR (default: the repository root, else the config file's folder, "
                        "else the working directory)")
    p.add_argument("--only-plans", action="store_true",
                   help="skip named files that are not plans too (for pre-commit hooks)")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="say on standard error which files were skipped as not plans, and why")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser; for ``check`` (the pre-commit path) only that command's,
    so the modules of the other commands are not even imported."""
    parser = argparse.ArgumentParser(
        prog="smaudit",
        description="Lint social media plans for the anti-patterns that make businesses fail "
                    "at social media.",
        epilog="`smaudit PATH` is `smaudit check PATH`. Docs: `smaudit explain RULE`.",
    )
    parser.add_argument("--version", action="version", version=f"smaudit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _check_parser(sub)
    if command == "check":
        return parser
    p = sub.add_parser("rules", help="list every rule")
    p.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    _common(p)
    p = sub.add_parser("explain", help="show a rule's documentation")
    p.add_argument("rule", metavar="RULE", help="code or slug")
    _common(p)
    p = sub.add_parser("schema", help="print the plan JSON Schema (for editors)")
    _common(p)
    p = sub.add_parser("plugins", help="list loaded plugins and the rules each adds")
    p.add_argument("--format", choices=("text", "json"), default="text")
    _common(p)
    p = sub.add_parser("test-rules", help="run the examples embedded in rule packs")
    p.add_argument("packs", nargs="+", metavar="PACK")
    _common(p)
    from smaudit.commands import extra_parsers

    extra_parsers(sub, _common)
    return parser


def normalize_argv(argv: Sequence[str]) -> list[str]:
    """Put the command first and prepend ``check`` when there is none.

    Options every command takes may come before the command word (``smaudit
    --rules-pack X rules`` runs ``rules``); they are moved after it. Otherwise a
    first word that is not a command, ``--version`` or help means ``check``.
    """
    argv = list(argv)
    position = 0
    while position < len(argv):
        word = argv[position]
        if word in _GLOBAL_VALUE_OPTIONS:
            position += 2
        elif word in _GLOBAL_FLAGS or word.split("=", 1)[0] in _GLOBAL_VALUE_OPTIONS \
                or (word.startswith("-p") and not word.startswith("--") and len(word) > 2):
            position += 1
        else:
            break
    if 0 < position < len(argv) and argv[position] in COMMANDS:
        return [argv[position], *argv[:position], *argv[position + 1:]]
    if not argv or argv[0] in COMMANDS or argv[0] in ("-h", "--help", "--version"):
        return argv
    return ["check", *argv]


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split(",") if v.strip())


def use_color(choice: str, stream: object) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return bool(getattr(stream, "isatty", lambda: False)())


def load_settings(args: argparse.Namespace):
    """The config file (found or named) with command-line options on top."""
    from smaudit.config import load_settings as from_files
    from smaudit.model import Severity

    settings = from_files(getattr(args, "config", None), os.getcwd())
    blocked = tuple(b[3:] if b.startswith("no:") else b for b in getattr(args, "block", []))
    settings = replace(
        settings,
        plugins=settings.plugins + tuple(getattr(args, "plugin", [])),
        disable_plugins=settings.disable_plugins + blocked,
        rules_packs=settings.rules_packs + tuple(getattr(args, "rules_pack", [])),
    )
    if getattr(args, "select", None) is not None:
        settings = replace(settings, select=_split(args.select))
    if getattr(args, "extend_select", None):
        settings = replace(settings, extend_select=settings.extend_select
                           + _split(args.extend_select))
    if getattr(args, "ignore", None):
        settings = replace(settings, ignore=settings.ignore + _split(args.ignore))
    if getattr(args, "fail_on", None):
        fail_on = None if args.fail_on == "never" else Severity.parse(args.fail_on)
        settings = replace(settings, fail_on=fail_on)
    return settings


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``smaudit`` command; returns the exit code."""
    argv = normalize_argv(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv[0] if argv else None)
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_ERROR
    try:
        from smaudit import commands

        return commands.dispatch(args)
    except SmauditError as exc:
        if getattr(args, "debug", False):
            raise
        print(f"smaudit: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("smaudit: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_ERROR
    except Exception as exc:  # the last line of defence: one line, no traceback
        if getattr(args, "debug", False):
            raise
        print(f"smaudit: internal error: {type(exc).__name__}: {exc} "
              "(run with --debug for details)", file=sys.stderr)
        return EXIT_ERROR

