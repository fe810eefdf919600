"""Regular expressions that cost nothing until a text calls for them.

The role readers (``channel_roles``, ``goal_roles``, ``expectation_roles``) hold
hundreds of frames. Compiling them all at import would cost a cold run on one
plan more than reading it, and most plans need only a few, so each frame is
compiled the first time it is searched. A frame may also name ``anchors``:
substrings of which every match holds at least one, so a text without any of
them is refused without compiling or searching (the channel rules' tests check
the anchors against every development text).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

from smaudit.model import compiled_patterns


@functools.lru_cache(maxsize=256)
def folded(text: str) -> str:
    """``text`` lowercased with its whitespace collapsed, as anchors are written.

    The same clause is checked against dozens of frames' anchors; folding it once
    (a small bounded cache) saves folding it again for each.
    """
    return " ".join(text.lower().split())


class LazyPattern:
    """A ``re.Pattern`` compiled on first use, skipped when its anchors are absent.

    ``anchors`` are space-separated, lowercase, with "_" for a space. The search
    methods honour them; any other attribute is the compiled pattern's.
    """

    __slots__ = ("__dict__", "_compiled", "anchors", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0, anchors: str = "") -> None:
        self.pattern = pattern
        self.flags = flags
        words = tuple(dict.fromkeys(a.replace("_", " ") for a in anchors.split()))
        # an anchor holding a shorter one adds nothing ("nearby" after "near"):
        # dropped, so a text without any of them is refused after fewer checks
        self.anchors = tuple(a for a in words if not any(b != a and b in a for b in words))
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = compiled = compiled_patterns.compile(self.pattern, self.flags)
            if not self.anchors:
                # nothing to check before a search: from now on the engine's own methods
                # answer (an instance attribute comes before the class's method), with no
                # frame of Python per search, on a path taken hundreds of times per plan
                self.finditer = compiled.finditer  # type: ignore[method-assign]
                self.search = compiled.search  # type: ignore[method-assign]
                self.match = compiled.match  # type: ignore[method-assign]
        return self._compiled

    def may_match(self, text: str) -> bool:
        if not self.anchors:
            return True
        low = folded(text)
        return any(map(low.__contains__, self.anchors))  # no Python frame per anchor

    # Half the searches of a run are by patterns without anchors: once compiled, those
    # go straight to the compiled pattern (see ``compiled``).

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        anchors = self.anchors
        if anchors and not any(map(folded(text).__contains__, anchors)):  # may_match, inline
            return iter(())
        return (self._compiled or self.compiled()).finditer(text, *args)

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        anchors = self.anchors
        if anchors and not any(map(folded(text).__contains__, anchors)):  # may_match, inline
            return None
        return (self._compiled or self.compiled()).search(text, *args)

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        anchors = self.anchors
        if anchors and not any(map(folded(text).__contains__, anchors)):  # may_match, inline
            return None
        return (self._compiled or self.compiled()).match(text, *args)

    def fullmatch(self, text: str, *args: int) -> re.Match[str] | None:
        return self.compiled().fullmatch(text, *args) if self.may_match(text) else None

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        return self.compiled().sub(repl, text, count=count) if self.may_match(text) else text

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled(), name)
