"""Bytes to ``Plan``: decode, parse, build data and a position table, enforce limits.

Both YAML back ends (libyaml through PyYAML's C parser, the fast path, and
ruamel.yaml's round-trip parser, the reference) emit the same event stream,
and one iterative composer here turns events into data. So the two paths give
identical data and positions, nothing recurses (10,000-deep nesting is a
finding, not a crash), aliases are shared rather than copied (no exponential
blow-up) and are weighed as they are resolved against the alias limit, and no
tag ever constructs anything: every scalar is resolved by the YAML 1.2 core
schema, timestamps stay text (the plan format reads dates itself).

Every problem with the file becomes a ``Violation`` carrying its rule code
(SMA001, SMA002 for non-text keys, SMA006); nothing raises past this module.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, replace
from typing import Any

from smaudit.model import Span, Violation
from smaudit.plan import Plan, join
from smaudit.platforms import PLATFORM_ALIASES


@dataclass(frozen=True, slots=True)
class Limits:
    """Input limits (SMA006); defaults from the rule catalog."""

    max_bytes: int = 2 * 1024 * 1024
    max_depth: int = 64
    max_aliases: int = 10_000
    max_nodes: int = 20_000
    """Values in one plan: a real plan has a few hundred; far more is generated or hostile,
    and stopping early keeps such a file within a second."""


@dataclass(frozen=True, slots=True)
class Loaded:
    """The outcome of loading one file: a plan (unless it could not be read as
    one) and the problems found on the way."""

    plan: Plan | None
    problems: tuple[Violation, ...] = ()
    text: str | None = None
    """The decoded text, when decoding succeeded (for showing source lines)."""


class _Stop(Exception):
    """Raised inside the composer to abandon a file with one problem."""

    def __init__(self, problem: Violation) -> None:
        self.problem = problem


_UNICODE_BREAKS = re.compile("[\x85\u2028\u2029]")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT10 = re.compile(r"^[-+]?[0-9]+$")
_INT8 = re.compile(r"^0o[0-7]+$")
_INT16 = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
_INF = re.compile(r"^[-+]?\.(?:inf|Inf|INF)$")
_NAN = re.compile(r"^\.(?:nan|NaN|NAN)$")


_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_NUMERIC_START = frozenset("0123456789+-.")
_SURROGATE = re.compile("[\ud800-\udfff]")
_TOO_LARGE = 10**300
"""Numbers at or past this cannot become a float; no plan means them."""


class Unusable(str):
    """A scalar the core schema reads as a number no rule can use (too large to be a
    float, infinite, or not a number). It stays text, and the loader reports it."""

    __slots__ = ()


def _number(value: int | float, text: str) -> int | float | str:
    if isinstance(value, float):
        return value if value - value == 0 else Unusable(text)  # False for inf and nan
    return value if -_TOO_LARGE < value < _TOO_LARGE else Unusable(text)


def resolve_plain(value: str) -> Any:
    """Resolve a plain (unquoted) scalar by the YAML 1.2 core schema.

    A number no rule could use (see ``Unusable``) comes back as ``Unusable`` text:
    read as a number it would crash a rule (``float()`` overflows, ``str()`` refuses
    more than 4,300 digits) or slip through a comparison (``nan``).
    """
    first = value[:1]
    if first not in _NUMERIC_START:  # most plan values are words: test the few that matter
        if value in _NULLS:
            return None
        return _BOOL.get(value, value)
    if _INT10.match(value):
        return _number(int(value), value) if len(value) < 302 else Unusable(value)
    if _INT8.match(value):
        return _number(int(value[2:], 8), value)
    if _INT16.match(value):
        return _number(int(value[2:], 16), value)
    if _FLOAT.match(value):
        return _number(float(value), value)
    if _INF.match(value) or _NAN.match(value):
        return Unusable(value)
    return value


def _unusable_number(text: str, span: Span) -> Violation:
    shown = text if len(text) <= 24 else f"{text[:12]}…{text[-6:]} ({len(text):,} characters)"
    what = "is not a number" if "nan" in text.lower() else \
        "is infinite" if "inf" in text.lower() else "is too large to be a number"
    return Violation(message=f"`{shown}` {what}: no rule can weigh it",
                     hint="Write an ordinary number (or quote the text if it is not one).",
                     span=span, code="SMA002")


def _text(value: str) -> str:
    """A double-quoted scalar's text with escaped UTF-16 surrogate pairs joined (JSON
    writes emoji that way) and lone surrogates replaced: a lone one cannot be written
    out as UTF-8, so one such value would lose the whole run's output."""
    if _SURROGATE.search(value) is None:
        return value
    return value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _violation(code: str, message: str, line: int, column: int, hint: str | None = None,
               end_line: int | None = None, end_column: int | None = None) -> Violation:
    span = Span(line, column, end_line or line, end_column or column)
    return Violation(message=message, hint=hint, span=span, code=code)


def decode(raw: bytes) -> str | Violation:
    """Decode plan bytes: UTF-8 (optional BOM) or UTF-16/32 with a BOM."""
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                return _violation("SMA001", f"the file starts with a {encoding} byte-order "
                                  "mark but is not valid in that encoding", 1, 1,
                                  "Save the plan as UTF-8.")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1:].decode("utf-8", "replace")) + 1
        return _violation(
            "SMA001",
            f"the file is not UTF-8: byte 0x{raw[exc.start]:02x} cannot be decoded",
            line, column, "Save the plan as UTF-8 (most editors: File > Save with encoding).",
        )


class _Composer:
    """Turns a YAML event stream into data, positions and duplicate-key records."""

    def __init__(self, path: str, lines: list[str], limits: Limits) -> None:
        self.path = path
        self.limits = limits
        self.lines = lines
        self.line_lengths = [len(x) for x in self.lines]
        self.values: dict[str, Any] = {}
        self.keys: dict[str, Span] = {}
        self.duplicates: list[tuple[str, Span, Span]] = []
        self.problems: list[Violation] = []
        self.anchors: dict[str, tuple[Any, int, int]] = {}  # anchor -> (value, weight, size)
        self.resolved = 0
        self.expanded = 0

    def span(self, start: Any, end: Any) -> Span:
        end_line, end_col = end.line, end.column
        if end_col == 0 and end_line > start.line:  # a block node ends at the next line's start
            end_line -= 1
            end_col = self.line_lengths[end_line] if end_line < len(self.line_lengths) else 0
        return Span(start.line + 1, start.column + 1, end_line + 1, end_col + 1)

    def too_many_nodes(self, event: Any) -> None:
        mark = event.start_mark
        raise _Stop(_violation(
            "SMA006", f"the plan has more than {self.limits.max_nodes:,} values (keys, texts, "
            "lists and mappings); no plan needs that many", mark.line + 1, mark.column + 1,
            "Split the file, or raise `limits.max_nodes` if this really is one plan."))

    def scalar_span(self, event: Any) -> Span:
        """A scalar's span; a block scalar (``|`` or ``>``) starts at its first line of
        text rather than at the indicator, so a caret points at words a reader can see."""
        span = self.span(event.start_mark, event.end_mark)
        if event.style not in ("|", ">") or span.end_line <= span.line:
            return span
        for number in range(span.line + 1, span.end_line + 1):  # 1-based line numbers
            text = self.lines[number - 1]
            if text.strip():
                return Span(number, len(text) - len(text.lstrip()) + 1, span.end_line,
                            span.end_column)
        return span

    def compose(self, events: Any) -> tuple[Any, bool]:
        """Build the first document; report later documents. Returns (data, found)."""
        stack: list[_Frame] = []
        root: Any = None
        found = False
        documents = 0
        kinds = _KINDS
        values = self.values
        budget = self.limits.max_nodes  # values left: scalars (keys too), lists, mappings
        for event in events:
            kind = kinds.get(type(event))
            if kind is None:
                kind = kinds[type(event)] = _KIND_OF_NAME.get(type(event).__name__, _OTHER)
            if documents > 1 and kind != _DOCUMENT:
                continue
            if kind == _SCALAR:  # by far the most common event: kept lean
                budget -= 1
                if budget < 0:
                    self.too_many_nodes(event)
                if not event.style and event.tag is None:
                    value = resolve_plain(event.value)
                    if value.__class__ is Unusable:
                        self.problems.append(_unusable_number(value, self.scalar_span(event)))
                        value = event.value
                else:
                    value = self.scalar(event)
                if event.anchor:
                    self.anchors[event.anchor] = (value, 0, 1)
                if stack:
                    stack[-1].add(self, value, self.scalar_span(event), 0, 1,
                                  is_scalar=True, raw=event.value,
                                  plain=not event.style and event.tag is None)
                else:
                    values[""] = self.span(event.start_mark, event.end_mark)
                    root, found = value, True
                continue
            if kind == _END:
                frame = stack.pop()
                frame.finish(self, event)
                value = frame.value
                values[frame.pointer] = self.span(frame.start, event.end_mark)
                if frame.anchor:
                    self.anchors[frame.anchor] = (value, frame.weight, frame.size)
                if stack:
                    stack[-1].add(self, value, values[frame.pointer], frame.weight,
                                  frame.size, is_scalar=False)
                else:
                    root, found = value, True
                continue
            if kind == _DOCUMENT:
                documents += 1
                if documents == 2:
                    mark = event.start_mark
                    self.problems.append(_violation(
                        "SMA001", "a plan is one YAML document; this file has more than one "
                        "(only the first is linted)", mark.line + 1, mark.column + 1,
                        "Split the documents into separate plan files."))
                continue
            if kind == _OTHER:  # stream start and end, document end
                continue
            if kind == _ALIAS:
                value, weight, size = self.alias(event)
                if stack:
                    stack[-1].add(self, value, self.span(event.start_mark, event.end_mark),
                                  weight, size,
                                  is_scalar=not isinstance(value, dict | list))
                else:
                    root, found = value, True
                continue
            # the start of a mapping or a sequence
            budget -= 1
            if budget < 0:
                self.too_many_nodes(event)
            if len(stack) >= self.limits.max_depth:
                mark = event.start_mark
                raise _Stop(_violation(
                    "SMA006", f"the plan is nested more than {self.limits.max_depth} levels "
                    "deep", mark.line + 1, mark.column + 1,
                    "A plan needs only a few levels; flatten the structure."))
            pointer = stack[-1].child_pointer() if stack else ""
            frame_type = _MappingFrame if kind == _MAPPING else _SequenceFrame
            frame = frame_type(pointer, event.start_mark, event.anchor)
            frame.flow = bool(getattr(event, "flow_style", False))
            stack.append(frame)
        return root, found

    def scalar(self, event: Any) -> Any:
        if event.style == '"':
            event.value = _text(event.value)
        plain = not event.style
        if event.style == ">" and "\a" in event.value:
            event.value = event.value.replace("\a", "")  # ruamel marks fold points with BEL
        tag = event.tag
        if tag in (None, "!") or not tag.startswith("tag:yaml.org,2002:"):
            return resolve_plain(event.value) if plain and tag is None else event.value
        short = tag.rsplit(":", 1)[1]
        if short == "str":
            return event.value
        resolved = resolve_plain(event.value)
        if resolved.__class__ is Unusable:
            return event.value
        expected = {"int": int, "float": float, "bool": bool, "null": type(None)}.get(short)
        if expected is not None and isinstance(resolved, expected):
            return resolved
        return event.value

    def alias(self, event: Any) -> tuple[Any, int, int]:
        mark = event.start_mark
        if event.anchor not in self.anchors:
            raise _Stop(_violation("SMA001", f"alias *{event.anchor} refers to no anchor "
                                   "defined before it", mark.line + 1, mark.column + 1,
                                   f"Define &{event.anchor} before using *{event.anchor}."))
        value, weight, size = self.anchors[event.anchor]
        self.resolved += 1 + weight
        self.expanded += size
        if self.resolved > self.limits.max_aliases or self.expanded > 100 * self.limits.max_aliases:
            raise _Stop(_violation(
                "SMA006", f"the plan resolves more than {self.limits.max_aliases} aliases "
                "(an alias bomb, or far more reuse than a plan needs)", mark.line + 1,
                mark.column + 1, "Write the repeated parts out, or reuse fewer anchors."))
        return value, 1 + weight, size


class _Frame:
    __slots__ = ("anchor", "flow", "pointer", "size", "start", "value", "weight")

    def __init__(self, pointer: str, start: Any, anchor: str | None) -> None:
        self.flow = False
        self.pointer = pointer
        self.start = start
        self.anchor = anchor
        self.weight = 0
        self.size = 1

    def grow(self, weight: int, size: int) -> None:
        self.weight += weight
        self.size += size

    def finish(self, composer: _Composer, event: Any) -> None:
        pass


class _SequenceFrame(_Frame):
    __slots__ = ()

    def __init__(self, pointer: str, start: Any, anchor: str | None) -> None:
        super().__init__(pointer, start, anchor)
        self.value: list = []

    def child_pointer(self) -> str:
        return f"{self.pointer}/{len(self.value)}"

    def add(self, composer: _Composer, value: Any, span: Span, weight: int,
            size: int, *, is_scalar: bool, raw: str | None = None, plain: bool = False) -> None:
        pointer = f"{self.pointer}/{len(self.value)}"
        if is_scalar or pointer not in composer.values:
            composer.values[pointer] = span
        self.value.append(value)
        self.weight += weight
        self.size += size


class _MappingFrame(_Frame):
    __slots__ = ("key", "key_plain", "key_span", "last_text", "merges")

    def __init__(self, pointer: str, start: Any, anchor: str | None) -> None:
        super().__init__(pointer, start, anchor)
        self.value: dict = {}
        self.key: Any = _NO_KEY
        self.key_plain = False
        self.key_span: Span | None = None
        self.last_text: str | None = None  # the previous entry's key, if its value was plain text
        self.merges: list[tuple[Any, Span]] = []

    def continues_text(self, key: str, value: Any) -> bool:
        """``{targeting: our six zip codes, Oct-Feb}``: YAML ends the text at the comma and
        reads ``Oct-Feb`` as a key without a value. Its author meant one text, so the entry
        rejoins the text before it when that is prose (several words) or when the entry
        cannot be a plan key (keys are snake_case). ``{platform: x, paid}`` stays a key."""
        if not (self.flow and self.key_plain and value is None and self.last_text is not None):
            return False
        return " " in str(self.value[self.last_text]) or not _KEY_LIKE.match(key)

    def child_pointer(self) -> str:
        if self.key is _NO_KEY or not isinstance(self.key, str):
            return self.pointer  # a key is being composed: it has no pointer of its own
        return join(self.pointer, self.key)

    def add(self, composer: _Composer, value: Any, span: Span, weight: int,
            size: int, *, is_scalar: bool, raw: str | None = None, plain: bool = False) -> None:
        self.grow(weight, size)
        if self.key is _NO_KEY:
            if not is_scalar:
                kind = "mapping" if isinstance(value, dict) else "list"
                composer.problems.append(Violation(
                    message=f"a key must be text; this key is a {kind}",
                    hint="Use a plain text key.", span=span, code="SMA002"))
                self.key, self.key_span = _BAD_KEY, span
                return
            self.key = raw if raw is not None and not isinstance(value, str) else value
            if not isinstance(self.key, str):
                self.key = "null" if self.key is None else str(self.key)
            self.key_span, self.key_plain = span, plain
            return
        key, key_span = self.key, self.key_span
        self.key, self.key_span = _NO_KEY, None
        if key is _BAD_KEY:
            return
        if self.continues_text(key, value):
            previous = join(self.pointer, self.last_text)
            self.value[self.last_text] = f"{self.value[self.last_text]}, {key}"
            first = composer.values[previous]
            composer.values[previous] = Span(first.line, first.column, key_span.end_line,
                                             key_span.end_column)
            return
        self.last_text = key if plain and isinstance(value, str) else None
        assert key_span is not None
        if key == "<<" and isinstance(value, dict | list):
            self.merges.append((value, span))
            return
        pointer = join(self.pointer, key)
        if key in self.value:
            composer.duplicates.append((pointer, key_span, composer.keys[pointer]))
            return
        self.value[key] = value
        composer.keys[pointer] = key_span
        if is_scalar or pointer not in composer.values:
            composer.values[pointer] = span

    def finish(self, composer: _Composer, event: Any) -> None:
        for merged, span in self.merges:
            sources = merged if isinstance(merged, list) else [merged]
            for source in sources:
                if not isinstance(source, dict):
                    continue
                for key, value in source.items():
                    if key not in self.value:
                        self.value[key] = value
                        pointer = join(self.pointer, key)
                        composer.keys[pointer] = span
                        composer.values[pointer] = span


_SCALAR, _END, _DOCUMENT, _ALIAS, _MAPPING, _SEQUENCE, _OTHER = range(7)
_KIND_OF_NAME = {
    "ScalarEvent": _SCALAR, "MappingEndEvent": _END, "SequenceEndEvent": _END,
    "DocumentStartEvent": _DOCUMENT, "AliasEvent": _ALIAS, "MappingStartEvent": _MAPPING,
    "SequenceStartEvent": _SEQUENCE,
}
_KINDS: dict[type, int] = {}  # event class -> kind, filled as classes are met (two back ends)
_KEY_LIKE = re.compile(r"^[a-z_][a-z0-9_]*$")
_NO_KEY: Any = object()
_BAD_KEY: Any = object()


def _drain(parser: Any) -> Any:
    """Events straight from libyaml, without PyYAML's per-event ``check_event`` wrapper."""
    get = parser.get_event
    try:
        while (event := get()) is not None:
            yield event
    finally:
        parser.dispose()


def _events(text: str, reference: bool) -> Any:
    if not reference:
        try:
            import yaml

            loader = getattr(yaml, "CSafeLoader", None)
            if loader is not None:
                return _drain(loader(text))
        except ImportError:  # pragma: no cover - PyYAML is a dependency
            pass
    from ruamel.yaml import YAML

    return YAML(typ="rt").parse(text)


def _reader_error(exc: Exception, text: str) -> Violation:
    """A character YAML does not allow (NUL, most control characters), located by index."""
    index = max(0, min(int(getattr(exc, "position", 0) or 0), len(text)))
    before = text[:index]
    line = before.count("\n") + 1
    column = index - (before.rfind("\n") + 1) + 1
    char = getattr(exc, "character", None)
    shown = f"{char:#04x}" if isinstance(char, int) else repr(char)
    return _violation("SMA001", f"invalid YAML: the character {shown} is not allowed in a "
                      "YAML file", line, column, "Remove the control character; "
                      "binary data does not belong in a plan.")


def _parse_error(exc: Exception, text: str) -> Violation:
    if type(exc).__name__ == "ReaderError":
        return _reader_error(exc, text)
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    context = getattr(exc, "context", None)
    message = f"invalid YAML: {problem}"
    if context:
        message += f" ({context})"
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    lines = text.split("\n")
    if line > len(lines):  # "end of file" after a final line without a line break
        line, column = len(lines), len(lines[-1]) + 1
    column = min(column, len(lines[line - 1]) + 1)
    hint = "Check indentation, colons and quotes at this position."
    if "\t" in problem or "tab" in problem:
        hint = "YAML indentation must use spaces, not tabs."
    return _violation("SMA001", message, line, column, hint)


REPARSE_LIMIT = 32 * 1024
"""Characters of a broken file the reference parser re-reads for its wording of the
error: it reads about 60 KB a second, so a whole 2 MiB file would take half a minute."""


def _reparsed_error(exc: Exception, text: str, lines: list[str], path: str, limits: Limits,
                    problems: list[Violation]) -> Loaded:
    """A syntax error libyaml found, in the reference parser's wording when that is cheap.

    Syntax errors are reported in one wording whichever parser found them, so the
    reference parser re-reads the file, but only up to two lines past the error (a
    parser stops at the first error, so the rest cannot change it) and only when
    that prefix is short; otherwise libyaml's own error is reported, at its mark.
    (libyaml also refuses a few things the reference parser reads, such as escaped
    surrogate pairs; a short file the reference parser reads whole is linted.)
    """
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    if type(exc).__name__ != "ReaderError" and mark is not None:
        end = mark.line + 3
        prefix = "\n".join(lines[:end])
        if len(prefix) <= REPARSE_LIMIT:
            again = load(prefix + ("\n" if end < len(lines) else ""), path, limits=limits,
                         reference=True)
            if end >= len(lines):  # the whole file: the reference parser's answer stands
                return again
            last = again.problems[-1] if again.plan is None and again.problems else None
            if last is not None and last.span is not None and last.span.line <= mark.line + 1:
                return Loaded(None, again.problems, text)
    if "escape" in str(getattr(exc, "problem", "")) and _SURROGATE_ESCAPE.search(text):
        return load(_SURROGATE_ESCAPE.sub(_joined_escape, text), path, limits=limits)
    return Loaded(None, (*problems, _parse_error(exc, text)), text)


_SURROGATE_ESCAPE = re.compile(r"\\u([dD][89abAB][0-9a-fA-F]{2})"
                               r"(?:\\u([dD][c-fC-F][0-9a-fA-F]{2}))?"
                               r"|\\u[dD][c-fC-F][0-9a-fA-F]{2}")


def _joined_escape(found: re.Match[str]) -> str:
    """JSON's escaped surrogate pair as one YAML escape (``\\U0001f600``), which libyaml
    reads; a lone surrogate escape as U+FFFD, as ``_text`` would make it."""
    high, low = found.group(1), found.group(2)
    if high and low:
        return f"\\U{0x10000 + ((int(high, 16) - 0xD800) << 10) + int(low, 16) - 0xDC00:08x}"
    return "\\ufffd"


def _normalize_platforms(data: dict) -> None:
    def fix(value: Any) -> Any:
        return PLATFORM_ALIASES.get(value, value) if isinstance(value, str) else value

    def fix_list(container: Any, key: str) -> None:
        if isinstance(container, dict) and isinstance(container.get(key), list):
            container[key] = [fix(v) for v in container[key]]

    def items(container: Any, key: str) -> list:
        value = container.get(key) if isinstance(container, dict) else None
        return value if isinstance(value, list) else []

    for channel in items(data, "channels"):
        if isinstance(channel, dict) and "platform" in channel:
            channel["platform"] = fix(channel["platform"])
    for tactic in items(data, "tactics"):
        fix_list(tactic, "channels")
    fix_list(data.get("customer_service"), "platforms")
    for segment in items(data.get("audience"), "segments"):
        fix_list(segment, "platforms")


def load(raw: bytes | str, path: str = "<stdin>", *, limits: Limits | None = None,
         reference: bool = False) -> Loaded:
    """Load one plan. Never raises for bad input: problems come back as violations.

    ``reference=True`` parses with ruamel.yaml's round-trip parser instead of
    libyaml; the results are identical, only slower (tests compare the two).
    """
    limits = limits or Limits()
    size = len(raw.encode("utf-8")) if isinstance(raw, str) else len(raw)
    if size > limits.max_bytes:
        return Loaded(None, (_violation(
            "SMA006", f"the file is {'more than ' if size == limits.max_bytes + 1 else ''}"
            f"{size:,} bytes, over the {limits.max_bytes:,}-byte limit",
            1, 1, "Split the plan, or raise the limit if this really is one plan."),))
    text = raw if isinstance(raw, str) else decode(raw)
    if isinstance(text, Violation):
        return Loaded(None, (text,))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if not text.strip() or all(
        not line.strip() or line.lstrip().startswith("#") for line in lines
    ):
        return Loaded(None, (_violation(
            "SMA001", "the file is empty: a plan needs at least an organization", 1, 1,
            "Start from `smaudit init` or the example in the plan-format docs."),), text)
    parsed = text
    if not reference and _UNICODE_BREAKS.search(text):
        # libyaml counts NEL, LS and PS as line breaks; editors and ruamel do not, so the
        # reference parser reads such a file. It is slow (minutes for some 2 MB files), so
        # a long one is read by libyaml with stand-in characters, put back below.
        if len(text) <= REPARSE_LIMIT or _STAND_INS.search(text):
            reference = True
        else:
            parsed = text.translate(_TO_STAND_IN)
    composer = _Composer(path, lines, limits)
    try:
        data, found = composer.compose(_events(parsed, reference))
    except _Stop as stop:
        return Loaded(None, (*composer.problems, stop.problem), text)
    except RecursionError:
        return Loaded(None, (_violation("SMA006", "the plan is nested too deeply to read",
                                        1, 1),), text)
    except Exception as exc:  # every YAML back-end error: MarkedYAMLError, ReaderError, ...
        if not reference:
            return _reparsed_error(exc, text, lines, path, limits, composer.problems)
        return Loaded(None, (*composer.problems, _parse_error(exc, text)), text)
    if not found or not isinstance(data, dict):
        kind = "nothing" if not found or data is None else (
            "a list" if isinstance(data, list) else f"a single value ({data!r:.40})")
        start = composer.values.get("") or Span(1, 1, 1, 1)
        span = Span(start.line, start.column, start.line, start.column)  # where it starts:
        # the whole document's span would mark the entire file in CI annotations
        return Loaded(None, (*composer.problems, Violation(
            message=f"the top level of a plan must be a mapping of keys; this file holds {kind}",
            hint="Start the plan with `organization:` and the other sections as keys.",
            span=span, code="SMA001")), text)
    if parsed is not text:
        data = _put_back(data)
        _put_back_pointers(composer)
    _normalize_platforms(data)
    plan = Plan(path=path, text=text, data=data, values=composer.values, keys=composer.keys,
                duplicates=tuple(composer.duplicates))
    return Loaded(plan, tuple(composer.problems), text)


_TO_STAND_IN = {0x85: 0xFDD0, 0x2028: 0xFDD1, 0x2029: 0xFDD2}
"""NEL, LS and PS as noncharacters: printable to libyaml, never in a real plan, and one
code point each, so every line and column stays where it was."""
_FROM_STAND_IN = {v: k for k, v in _TO_STAND_IN.items()}
_STAND_INS = re.compile("[\ufdd0-\ufdd2]")


def _put_back(data: Any) -> Any:
    """``data`` with the stand-ins of ``_TO_STAND_IN`` turned back, in keys and texts;
    without recursion, and sharing what aliases shared."""
    done: dict[int, Any] = {}

    def text(value: Any) -> Any:
        return value.translate(_FROM_STAND_IN) if isinstance(value, str) else value

    def shell(value: Any) -> Any:
        if isinstance(value, dict | list):
            if id(value) not in done:
                done[id(value)] = {} if isinstance(value, dict) else []
                stack.append(value)
            return done[id(value)]
        return text(value)

    stack: list[Any] = []
    root = shell(data)
    while stack:
        node = stack.pop()
        new = done[id(node)]
        if isinstance(node, dict):
            for key, value in node.items():
                new[text(key)] = shell(value)
        else:
            new.extend(shell(value) for value in node)
    return root


def _put_back_pointers(composer: _Composer) -> None:
    def fix(pointer: str) -> str:
        return pointer.translate(_FROM_STAND_IN)

    composer.values = {fix(k): v for k, v in composer.values.items()}
    composer.keys = {fix(k): v for k, v in composer.keys.items()}
    composer.duplicates = [(fix(p), a, b) for p, a, b in composer.duplicates]
    composer.problems = [replace(p, message=p.message.translate(_FROM_STAND_IN))
                         for p in composer.problems]
