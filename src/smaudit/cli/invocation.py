"""One run of the command line, frozen: the command, its options and the settings.

``cli.main`` parses the arguments once into an ``Invocation``; every command reads
its options from it and its settings through ``Invocation.settings``, which
reads the config file and lays the command-line options over it the first time
it is asked for, and only then (``smaudit init`` never reads a config file).
Commands never parse arguments or read the config file themselves.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cached_property
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from smaudit.loading.settings import Settings


@dataclass(frozen=True)
class Invocation:
    """The parsed command line. Options read as attributes (``invocation.format``),
    as they would on argparse's namespace, but cannot be changed."""

    command: str
    options: Mapping[str, Any]
    cwd: str

    @classmethod
    def from_args(cls, args: argparse.Namespace, cwd: str | None = None) -> Invocation:
        options = {k: tuple(v) if isinstance(v, list) else v for k, v in vars(args).items()}
        return cls(args.command, MappingProxyType(options), cwd or os.getcwd())

    def __getattr__(self, name: str) -> Any:
        options = self.__dict__.get("options")
        if options is None or name.startswith("__") or name not in options:
            raise AttributeError(name)
        return options[name]

    @cached_property
    def settings(self) -> Settings:
        """The config file (found from ``cwd``, or ``--config``) with the command
        line's options on top; read once per invocation."""
        return command_line_settings(self.options, self.cwd)


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split(",") if v.strip())


def command_line_settings(options: Mapping[str, Any], cwd: str) -> Settings:
    """The config file (found or named) with command-line options on top."""
    from smaudit.loading.config import load_settings as from_files
    from smaudit.model.findings import Severity

    settings = from_files(options.get("config"), cwd)
    blocked = tuple(b[3:] if b.startswith("no:") else b for b in options.get("block", ()))
    settings = replace(
        settings,
        plugins=settings.plugins + tuple(options.get("plugin", ())),
        disable_plugins=settings.disable_plugins + blocked,
        rules_packs=settings.rules_packs + tuple(options.get("rules_pack", ())),
    )
    if options.get("select") is not None:
        settings = replace(settings, select=_split(options["select"]))
    if options.get("extend_select"):
        settings = replace(settings, extend_select=settings.extend_select
                           + _split(options["extend_select"]))
    if options.get("ignore"):
        settings = replace(settings, ignore=settings.ignore + _split(options["ignore"]))
    if options.get("fail_on"):
        fail_on = None if options["fail_on"] == "never" else Severity.parse(options["fail_on"])
        settings = replace(settings, fail_on=fail_on)
    return settings


def use_color(choice: str, stream: object) -> bool:
    """``--color``: ``always``/``never``, else ``NO_COLOR``/``FORCE_COLOR``, else a terminal."""
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return bool(getattr(stream, "isatty", lambda: False)())
