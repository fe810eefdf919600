"""The command line: argument parsing and wiring only.

``smaudit plan.yaml`` lints (``check`` is the default command); the other
commands list, explain and test rules, print the schema, list plugins, write
the client report, a starter plan or a rule skeleton. Each command registers
its own parser and handler in a module of its own, named in ``SUBCOMMANDS``;
this module parses the arguments once into a frozen ``Invocation`` and hands
it to the handler. Every failure that is not a finding ends with one line on
standard error and exit code 2; ``--debug`` shows the traceback too.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from smaudit.__about__ import __version__
from smaudit.cli.exitcodes import ExitCode
from smaudit.model.errors import SmauditError


@dataclass(frozen=True, slots=True)
class Subcommand:
    """A command word and the module that adds its parser: ``module.adder(sub, common)``
    adds the parser and sets its ``handler`` (a function of an ``Invocation`` returning
    an ``ExitCode``). The module is imported only when its parser is needed."""

    name: str
    module: str
    adder: str = "add_parser"


SUBCOMMANDS: tuple[Subcommand, ...] = (
    Subcommand("check", "smaudit.cli.commands", "add_check"),
    Subcommand("rules", "smaudit.cli.commands", "add_rules"),
    Subcommand("explain", "smaudit.cli.commands", "add_explain"),
    Subcommand("schema", "smaudit.cli.commands", "add_schema"),
    Subcommand("plugins", "smaudit.cli.commands", "add_plugins"),
    Subcommand("test-rules", "smaudit.cli.commands", "add_test_rules"),
    Subcommand("report", "smaudit.cli.report_command"),
    Subcommand("init", "smaudit.cli.init_plan"),
    Subcommand("new-rule", "smaudit.cli.scaffold"),
)
"""Every command, in the order ``smaudit --help`` lists them."""

COMMANDS = tuple(command.name for command in SUBCOMMANDS)

_GLOBAL_VALUE_OPTIONS = ("--config", "--plugin", "-p", "--rules-pack")
_GLOBAL_FLAGS = ("--debug",)
"""The options every command takes (``common``), which may also come before the command:
``smaudit --rules-pack house.yaml rules``."""


def common(parser: argparse.ArgumentParser) -> None:
    """The options every command takes."""
    parser.add_argument("--config", metavar="FILE", help="use this config file (no discovery)")
    parser.add_argument("--plugin", action="append", default=[], metavar="MODULE",
                        help="load a plugin module (repeatable)")
    parser.add_argument("-p", dest="block", action="append", default=[], metavar="no:NAME",
                        help="block a plugin: -p no:NAME (repeatable)")
    parser.add_argument("--rules-pack", action="append", default=[], metavar="FILE",
                        help="add a declarative rule pack (repeatable)")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser; for ``check`` (the pre-commit path) only that command's,
    so the modules of the other commands are not even imported."""
    import importlib

    parser = argparse.ArgumentParser(
        prog="smaudit",
        description="Lint social media plans for the anti-patterns that make businesses fail "
                    "at social media.",
        epilog="`smaudit PATH` is `smaudit check PATH`. Docs: `smaudit explain RULE`.",
    )
    parser.add_argument("--version", action="version", version=f"smaudit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for subcommand in SUBCOMMANDS:
        if command == "check" and subcommand.name != "check":
            continue
        module = importlib.import_module(subcommand.module)
        getattr(module, subcommand.adder)(sub, common)
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


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``smaudit`` command; returns the exit code."""
    import faulthandler

    if not faulthandler.is_enabled():  # a plugin's segfault says so, never ends silently
        faulthandler.enable()
    argv = normalize_argv(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv[0] if argv else None)
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return ExitCode.ERROR
    debug = getattr(args, "debug", False)
    try:
        from smaudit.cli.invocation import Invocation

        return args.handler(Invocation.from_args(args))
    except SmauditError as exc:
        if debug:
            raise
        from smaudit.formats.text import visible

        print(f"smaudit: error: {visible(str(exc))}", file=sys.stderr)
        return ExitCode.ERROR
    except KeyboardInterrupt:
        print("smaudit: interrupted", file=sys.stderr)
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        return ExitCode.ERROR
    except Exception as exc:  # the last line of defence: one line, no traceback
        if debug:
            raise
        print(f"smaudit: internal error: {type(exc).__name__}: {exc} "
              "(run with --debug for details)", file=sys.stderr)
        return ExitCode.ERROR
