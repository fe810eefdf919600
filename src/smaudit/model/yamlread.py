"""YAML text to positioned data: the one reader of plans, config files and rule packs.

They are all read here, once each: the bytes are
decoded, parsed, and composed into plain data, a table of spans (a JSON pointer
to where each node and each mapping key is written) and, on demand, the
file's comments with their positions. The back end is chosen here and nowhere
else: libyaml through PyYAML's C parser (the fast path) or ruamel.yaml's
round-trip parser (the reference). Both emit the same event stream, and one
iterative composer turns events into data, so the two paths give identical
data, positions and comments; nothing recurses (10,000-deep nesting is a
problem, not a crash), aliases are shared rather than copied (no exponential
blow-up) and are weighed as they are resolved against the alias limit, and no
tag ever constructs anything: every scalar is resolved by the YAML 1.2 core
schema, timestamps stay text (the plan format reads dates itself).

Every problem with the file comes back as a ``Problem`` of a ``ProblemKind``;
nothing raises past this module. Which rule reports a kind, and how a config
file or rule pack words it, is the caller's business (``loader`` for plans):
callers choose by kind and never read a message to learn what went wrong. The
``noun`` a caller passes ("plan", "config file") names the document in
messages about its size and shape.
"""

from __future__ import annotations

import bisect
import codecs
import enum
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from smaudit.model.findings import Span
from smaudit.model.pointers import join


@dataclass(frozen=True, slots=True)
class Limits:
    """Input limits (SMA006 for plans); defaults from the rule catalog."""

    max_bytes: int = 2 * 1024 * 1024
    max_depth: int = 64
    max_aliases: int = 10_000
    max_nodes: int = 20_000
    """Values in one plan: a real plan has a few hundred; far more is generated or hostile,
    and stopping early keeps such a file within a second."""


class ProblemKind(enum.Enum):
    """What is wrong with a YAML file. Its ``family`` says how bad: ``syntax`` (the
    file cannot be read as the document expected), ``limit`` (reading it would cost
    more than any real document needs) or ``value`` (it reads, but a key or number in
    it cannot be used; the data is still given, without that entry)."""

    NOT_TEXT = "not-text"
    """Not UTF-8, or not valid in the encoding its byte-order mark names."""
    EMPTY = "empty"
    """Nothing but blank lines and comments."""
    SYNTAX = "syntax"
    """The YAML parser's own complaint (indentation, quotes, colons, tabs)."""
    CONTROL_CHARACTER = "control-character"
    """A character YAML does not allow (NUL, most control characters)."""
    UNDEFINED_ALIAS = "undefined-alias"
    """``*name`` before any ``&name``."""
    EXTRA_DOCUMENT = "extra-document"
    """A second ``---`` document: the first is read, the rest ignored."""
    NOT_A_MAPPING = "not-a-mapping"
    """The document is a list, a single value or nothing, not a mapping of keys."""
    TOO_LARGE = "too-large"
    TOO_DEEP = "too-deep"
    TOO_MANY_NODES = "too-many-nodes"
    TOO_MANY_ALIASES = "too-many-aliases"
    NON_TEXT_KEY = "non-text-key"
    """A mapping or list used as a mapping key (the entry is dropped)."""
    UNUSABLE_NUMBER = "unusable-number"
    """A number too large for a float, infinite, or not a number (kept as text)."""

    @property
    def family(self) -> str:
        return _FAMILIES.get(self, "syntax")


_FAMILIES = {
    ProblemKind.TOO_LARGE: "limit", ProblemKind.TOO_DEEP: "limit",
    ProblemKind.TOO_MANY_NODES: "limit", ProblemKind.TOO_MANY_ALIASES: "limit",
    ProblemKind.NON_TEXT_KEY: "value", ProblemKind.UNUSABLE_NUMBER: "value",
}


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem with a YAML file: its kind, words for a person, and where it is."""

    kind: ProblemKind
    message: str
    span: Span
    hint: str | None = None


@dataclass(frozen=True, slots=True)
class Comment:
    """A YAML comment: its text (without ``#``), 1-based line and column, and
    whether it stands alone on its line (as opposed to trailing a node)."""

    text: str
    line: int
    column: int
    own_line: bool


Position = tuple[int, int]  # 0-based (line, column), as the YAML parser reports


class Comments(Sequence[Comment]):
    """The comments of one YAML text, in order, found on first use.

    A ``#`` is a comment when it starts a line or follows whitespace and lies outside
    every scalar the parser read, so ``"Tips #1 # not a comment"`` in quotes or a block
    scalar is never taken for one. The positions of the scalars that could hide a ``#``
    were recorded while the text was parsed, so nothing is read twice, and a caller
    that never asks (most plans have no waiver) pays only for keeping those few.
    """

    __slots__ = ("_found", "_scalars", "_text")

    def __init__(self, text: str, scalars: Sequence[Any] = ()) -> None:
        self._text = text
        self._scalars = scalars
        self._found: tuple[Comment, ...] | None = None

    def _all(self) -> tuple[Comment, ...]:
        if self._found is None:
            self._found = tuple(_find_comments(self._text, _scalar_spans(self._text,
                                                                         self._scalars)))
            self._scalars = ()
        return self._found

    def __getitem__(self, index: Any) -> Any:
        return self._all()[index]

    def __len__(self) -> int:
        return len(self._all())

    def __iter__(self) -> Iterator[Comment]:
        return iter(self._all())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Comments):
            return self._all() == other._all()
        return isinstance(other, Sequence) and self._all() == tuple(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Comments({list(self._all())!r})"


def _scalar_spans(text: str, events: Sequence[Any]) -> list[tuple[Position, Position]]:
    """Start and end of every scalar event's text. An event with an anchor or a tag
    starts at them, and a comment may follow them on their line (``key: &a # note``
    with the text below), so such a start is moved past the properties."""
    spans = []
    lines: list[str] | None = None
    for event in events:
        start, end = event.start_mark, event.end_mark
        begin = (start.line, start.column)
        if event.anchor is not None or event.tag is not None:
            lines = lines or text.split("\n")
            begin = _past_properties(lines, begin)
        spans.append((begin, (end.line, end.column)))
    return spans


_PROPERTY = re.compile(r"[ \t]*(?:[&!][^ \t]*|#.*)?")


def _past_properties(lines: list[str], at: Position) -> Position:
    """Where a scalar's own text starts: past anchors, tags, blanks and comments."""
    line, column = at
    while line < len(lines):
        found = _PROPERTY.match(lines[line], column)
        assert found is not None  # the pattern matches the empty string
        if found.end() == column:
            return line, column
        column = found.end()
        if column >= len(lines[line]):
            line, column = line + 1, 0
    return at


def _find_comments(text: str, spans: list[tuple[Position, Position]]) -> Iterator[Comment]:
    starts = [start for start, _ in spans]
    for index, line in enumerate(text.split("\n")):
        column = line.find("#")
        while column != -1:
            if (column == 0 or line[column - 1] in " \t") and not _inside(
                    spans, starts, (index, column)):
                yield Comment(text=line[column + 1:].rstrip(), line=index + 1,
                              column=column + 1, own_line=not line[:column].strip())
                break
            column = line.find("#", column + 1)


def _inside(spans: Sequence[tuple[Position, Position]], starts: Sequence[Position],
            position: Position) -> bool:
    at = bisect.bisect_right(starts, position) - 1
    return at >= 0 and spans[at][0] <= position < spans[at][1]


@dataclass(frozen=True, slots=True)
class Document:
    """What ``read`` gives: the data, where each node is written, the comments, and
    the problems found. ``data`` is ``None`` when a problem stopped the reading (the
    last problem is then that one); otherwise it is the document's mapping."""

    text: str | None
    """The decoded text (line breaks normalized to ``\\n``), when decoding succeeded."""
    data: dict | None
    values: dict[str, Span]
    """JSON pointer -> span of each node."""
    keys: dict[str, Span]
    """JSON pointer -> span of each mapping key."""
    duplicates: tuple[tuple[str, Span, Span], ...]
    """Duplicate mapping keys: (pointer of the later key, its span, the first key's span)."""
    comments: Comments
    problems: tuple[Problem, ...]

    @property
    def stopped(self) -> Problem | None:
        """The problem that stopped the reading, if one did."""
        return self.problems[-1] if self.data is None and self.problems else None


def _failed(text: str | None, *problems: Problem) -> Document:
    return Document(text, None, {}, {}, (), Comments(text or ""), problems)


class _Stop(Exception):
    """Raised inside the composer to abandon a file with one problem."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem


def _has_unicode_breaks(text: str) -> bool:
    """Whether ``text`` holds NEL, LS or PS (see ``read``): three substring searches,
    some fifty times faster than one search for a character class."""
    return "\x85" in text or "\u2028" in text or "\u2029" in text


_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT10 = re.compile(r"^[-+]?[0-9]+$")
_INT8 = re.compile(r"^0o[0-7]+$")
_INT16 = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
_INF = re.compile(r"^[-+]?\.(?:inf|Inf|INF)$")
_NAN = re.compile(r"^\.(?:nan|NaN|NAN)$")


_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_WORDS: dict[str, Any] = dict.fromkeys(_NULLS) | _BOOL
"""The plain words the core schema reads as null or a boolean; any other word is text."""
_NUMERIC_START = frozenset("0123456789+-.")
_SURROGATE = re.compile("[\ud800-\udfff]")
_TOO_LARGE = 10**300
"""Numbers at or past this cannot become a float; no plan means them."""


class Unusable(str):
    """A scalar the core schema reads as a number no rule can use (too large to be a
    float, infinite, or not a number). It stays text, and the reader reports it."""

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
    if value[:1] not in _NUMERIC_START:  # most plan values are words: test the few that matter
        return _WORDS.get(value, value)
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


def _unusable_number(text: str, span: Span) -> Problem:
    shown = text if len(text) <= 24 else f"{text[:12]}…{text[-6:]} ({len(text):,} characters)"
    what = "is not a number" if "nan" in text.lower() else \
        "is infinite" if "inf" in text.lower() else "is too large to be a number"
    return Problem(ProblemKind.UNUSABLE_NUMBER, f"`{shown}` {what}: no rule can weigh it",
                   span, "Write an ordinary number (or quote the text if it is not one).")


def _text(value: str) -> str:
    """A double-quoted scalar's text with escaped UTF-16 surrogate pairs joined (JSON
    writes emoji that way) and lone surrogates replaced: a lone one cannot be written
    out as UTF-8, so one such value would lose the whole run's output."""
    if _SURROGATE.search(value) is None:
        return value
    return value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _problem(kind: ProblemKind, message: str, line: int, column: int,
             hint: str | None = None) -> Problem:
    return Problem(kind, message, Span(line, column, line, column), hint)


def decode(raw: bytes, noun: str = "plan") -> str | Problem:
    """Decode YAML bytes: UTF-8 (optional BOM) or UTF-16/32 with a BOM."""
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
                return _problem(ProblemKind.NOT_TEXT, f"the file starts with a {encoding} "
                                "byte-order mark but is not valid in that encoding", 1, 1,
                                f"Save the {noun} as UTF-8.")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1:].decode("utf-8", "replace")) + 1
        return _problem(
            ProblemKind.NOT_TEXT,
            f"the file is not UTF-8: byte 0x{raw[exc.start]:02x} cannot be decoded",
            line, column, f"Save the {noun} as UTF-8 (most editors: File > Save with encoding).",
        )


class _Composer:
    """Turns a YAML event stream into data, positions and duplicate-key records, and
    keeps the scalar events whose written text may hold a ``#`` that is no comment:
    quoted ones whose value holds one, and block scalars (a comment on the ``|``
    line belongs to the scalar). A plain scalar cannot hide one: it ends where
    `` #`` begins, and cannot start with ``#``. Keeping only these costs nothing in
    memory, and the plain scalars, most of a plan, are not even looked at."""

    def __init__(self, lines: list[str], limits: Limits, noun: str) -> None:
        self.noun = noun
        self.limits = limits
        self.lines = lines
        self.line_lengths = list(map(len, lines))
        self.values: dict[str, Any] = {}
        self.keys: dict[str, Span] = {}
        self.duplicates: list[tuple[str, Span, Span]] = []
        self.problems: list[Problem] = []
        self.scalars: list[Any] = []
        self.anchors: dict[str, tuple[Any, int, int]] = {}  # anchor -> (value, weight, size)
        self.resolved = 0
        self.expanded = 0

    def span(self, start: Any, end: Any) -> Span:
        end_line, end_col = end.line, end.column
        if end_col == 0 and end_line > start.line:  # a block node ends at the next line's start
            end_line -= 1
            end_col = self.line_lengths[end_line] if end_line < len(self.line_lengths) else 0
        return _new_span(Span, (start.line + 1, start.column + 1, end_line + 1, end_col + 1))

    def too_many_nodes(self, event: Any) -> None:
        mark = event.start_mark
        noun = self.noun
        raise _Stop(_problem(
            ProblemKind.TOO_MANY_NODES, f"the {noun} has more than {self.limits.max_nodes:,} "
            f"values (keys, texts, lists and mappings); no {noun} needs that many",
            mark.line + 1, mark.column + 1,
            f"Split the file, or raise `limits.max_nodes` if this really is one {noun}."))

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

    def compose(self, events: Iterable[Any]) -> tuple[Any, bool]:
        """Build the first document; report later documents. Returns (data, found).

        A plan is a few hundred events, most of them scalars, so the common cases are
        handled here in line rather than by a call each: a plain word (neither null, a
        boolean nor a number) is its own value, a text key of a block mapping waits for
        its value, and a scalar, mapping or list joins a block mapping (as a key's
        value) or a list. Everything else (flow mappings, repeated or odd keys, merges,
        aliases) goes through the frame's ``add``, which handles every case.
        """
        stack: list[_Frame] = []
        root: Any = None
        found = False
        documents = 0
        kinds = _KINDS
        values = self.values
        keys = self.keys
        budget = self.limits.max_nodes  # values left: scalars (keys too), lists, mappings
        keep = self.scalars.append
        words, numeric, block, new_span = _WORDS, _NUMERIC_START, _BLOCK, _new_span
        events = iter(events)
        for event in events:
            kind = kinds.get(event.__class__) or _kind(event)
            if kind == _SCALAR:  # by far the most common event: kept lean
                budget -= 1
                if budget < 0:
                    self.too_many_nodes(event)
                style = event.style
                text = event.value
                plain = not style and event.tag is None
                if not plain:
                    if style and (style in block or "#" in text):
                        keep(event)
                    value = self.scalar(event)
                    text = event.value  # as ``scalar`` cleaned it
                elif text[:1] not in numeric:  # ``resolve_plain`` on a word
                    value = words.get(text, text)
                else:
                    value = resolve_plain(text)
                    if value.__class__ is Unusable:
                        self.problems.append(_unusable_number(value, self.scalar_span(event)))
                        value = text
                if event.anchor:
                    self.anchors[event.anchor] = (value, 0, 1)
                if not stack:
                    values[""] = self.span(event.start_mark, event.end_mark)
                    root, found = value, True
                    continue
                if style in block:
                    span = self.scalar_span(event)
                else:  # ``scalar_span`` without its block case, on most values
                    start, end = event.start_mark, event.end_mark
                    end_line, end_col = end.line, end.column
                    if end_col == 0 and end_line > start.line:
                        span = self.span(start, end)
                    else:
                        span = new_span(Span, (start.line + 1, start.column + 1, end_line + 1,
                                               end_col + 1))
                frame = stack[-1]
                if frame.__class__ is _SequenceFrame:  # ``_SequenceFrame.add``, in line
                    items = frame.value
                    values[f"{frame.pointer}/{len(items)}"] = span
                    items.append(value)
                    frame.size += 1
                    continue
                if not frame.flow:  # ``_MappingFrame.add``'s common cases, in line
                    key = frame.key
                    if key is _NO_KEY:
                        if value.__class__ is str:
                            frame.key, frame.key_span, frame.key_plain = value, span, plain
                            frame.size += 1
                            continue
                    elif (key.__class__ is str and key not in frame.value
                          and "/" not in key and "~" not in key):
                        pointer = f"{frame.pointer}/{key}"
                        frame.value[key] = value
                        keys[pointer] = frame.key_span
                        values[pointer] = span
                        frame.key = _NO_KEY
                        frame.size += 1
                        continue
                frame.add(self, value, span, 0, 1, is_scalar=True, raw=text, plain=plain)
                continue
            if kind == _END:
                frame = stack.pop()
                if frame.__class__ is _MappingFrame and frame.merges:
                    frame.finish(self)
                value = frame.value
                values[frame.pointer] = span = self.span(frame.start, event.end_mark)
                if frame.anchor:
                    self.anchors[frame.anchor] = (value, frame.weight, frame.size)
                if not stack:
                    root, found = value, True
                    continue
                # the frame's pointer is the entry's (see ``child_pointer``), its span set
                parent = stack[-1]
                if parent.__class__ is _SequenceFrame:
                    parent.value.append(value)
                else:
                    key = parent.key
                    if key.__class__ is not str or parent.flow or key == "<<" \
                            or key in parent.value:
                        parent.add(self, value, span, frame.weight, frame.size,
                                   is_scalar=False)
                        continue
                    parent.value[key] = value
                    keys[frame.pointer] = parent.key_span
                    parent.key = _NO_KEY
                parent.weight += frame.weight
                parent.size += frame.size
                continue
            if kind == _DOCUMENT:
                documents += 1
                if documents == 2:
                    mark = event.start_mark
                    self.problems.append(_problem(
                        ProblemKind.EXTRA_DOCUMENT, f"a {self.noun} is one YAML document; "
                        "this file has more than one (only the first is linted)",
                        mark.line + 1, mark.column + 1,
                        f"Split the documents into separate {self.noun} files."))
                    self.skip(events)
                    break
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
                raise _Stop(_problem(
                    ProblemKind.TOO_DEEP, f"the {self.noun} is nested more than "
                    f"{self.limits.max_depth} levels deep", mark.line + 1, mark.column + 1,
                    f"A {self.noun} needs only a few levels; flatten the structure."))
            pointer = stack[-1].child_pointer() if stack else ""
            frame_type = _MappingFrame if kind == _MAPPING else _SequenceFrame
            stack.append(frame_type(pointer, event.start_mark, event.anchor,
                                    bool(getattr(event, "flow_style", False))))
        return root, found

    def skip(self, events: Iterator[Any]) -> None:
        """The documents after the first: only read to the end (a syntax error there is
        still one), keeping the scalars that may hide a ``#`` that is no comment."""
        keep = self.scalars.append
        for event in events:
            if (_KINDS.get(event.__class__) or _kind(event)) == _SCALAR and event.style and (
                    event.style in _BLOCK or "#" in event.value):
                keep(event)

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
            raise _Stop(_problem(ProblemKind.UNDEFINED_ALIAS, f"alias *{event.anchor} refers "
                                 "to no anchor defined before it", mark.line + 1,
                                 mark.column + 1,
                                 f"Define &{event.anchor} before using *{event.anchor}."))
        value, weight, size = self.anchors[event.anchor]
        self.resolved += 1 + weight
        self.expanded += size
        if self.resolved > self.limits.max_aliases or self.expanded > 100 * self.limits.max_aliases:
            raise _Stop(_problem(
                ProblemKind.TOO_MANY_ALIASES, f"the {self.noun} resolves more than "
                f"{self.limits.max_aliases} aliases (an alias bomb, or far more reuse than a "
                f"{self.noun} needs)", mark.line + 1,
                mark.column + 1, "Write the repeated parts out, or reuse fewer anchors."))
        return value, 1 + weight, size


class _Frame:
    """A mapping or list being composed: its pointer, where it starts, its anchor, whether
    it is written in flow style, and the alias weight and node count of its contents.
    (Each subclass sets the fields itself, without a ``super().__init__`` call per
    collection.)"""

    __slots__ = ("anchor", "flow", "pointer", "size", "start", "value", "weight")


class _SequenceFrame(_Frame):
    __slots__ = ()

    def __init__(self, pointer: str, start: Any, anchor: str | None, flow: bool) -> None:
        self.pointer, self.start, self.anchor, self.flow = pointer, start, anchor, flow
        self.weight, self.size = 0, 1
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

    def __init__(self, pointer: str, start: Any, anchor: str | None, flow: bool) -> None:
        self.pointer, self.start, self.anchor, self.flow = pointer, start, anchor, flow
        self.weight, self.size = 0, 1
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
        self.weight += weight
        self.size += size
        if self.key is _NO_KEY:
            if not is_scalar:
                kind = "mapping" if isinstance(value, dict) else "list"
                composer.problems.append(Problem(
                    ProblemKind.NON_TEXT_KEY, f"a key must be text; this key is a {kind}",
                    span, "Use a plain text key."))
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

    def finish(self, composer: _Composer) -> None:
        """Adds the entries of ``<<`` merges that the mapping does not write itself."""
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


_SCALAR, _END, _DOCUMENT, _ALIAS, _MAPPING, _SEQUENCE, _OTHER = range(1, 8)  # none is 0 (falsy)
_KIND_OF_NAME = {
    "ScalarEvent": _SCALAR, "MappingEndEvent": _END, "SequenceEndEvent": _END,
    "DocumentStartEvent": _DOCUMENT, "AliasEvent": _ALIAS, "MappingStartEvent": _MAPPING,
    "SequenceStartEvent": _SEQUENCE,
}
_KINDS: dict[type, int] = {}  # event class -> kind, filled as classes are met (two back ends)


def _kind(event: Any) -> int:
    """The kind of an event whose class is met for the first time."""
    kind = _KINDS[event.__class__] = _KIND_OF_NAME.get(type(event).__name__, _OTHER)
    return kind

_KEY_LIKE = re.compile(r"^[a-z_][a-z0-9_]*$")
_BLOCK = frozenset("|>")
_NO_KEY: Any = object()
_BAD_KEY: Any = object()
_new_span = tuple.__new__
"""``Span``'s constructor without the Python function a named tuple's ``__new__`` is:
``_new_span(Span, (line, column, end_line, end_column))`` (a few hundred a plan)."""


def _events(text: str, reference: bool) -> tuple[Iterator[Any], Callable[[], None]]:
    """The text's events, and what to call when done with them.

    libyaml's events come straight from its parser (PyYAML's ``CParser``: no loader,
    constructor or resolver is needed to read events), through a C iterator that
    stops at the parser's ``None``: no Python frame runs between two events."""
    if not reference:
        try:
            from yaml.cyaml import CParser
        except ImportError:  # pragma: no cover - PyYAML built without libyaml
            pass
        else:
            parser = CParser(text)
            return iter(parser.get_event, None), parser.dispose
    from ruamel.yaml import YAML

    return YAML(typ="rt").parse(text), _nothing


def _nothing() -> None:
    """Nothing to release: ruamel.yaml's parser is a generator, closed when dropped."""


def _reader_error(exc: Exception, text: str, noun: str) -> Problem:
    """A character YAML does not allow (NUL, most control characters), located by index."""
    index = max(0, min(int(getattr(exc, "position", 0) or 0), len(text)))
    before = text[:index]
    line = before.count("\n") + 1
    column = index - (before.rfind("\n") + 1) + 1
    char = getattr(exc, "character", None)
    shown = f"{char:#04x}" if isinstance(char, int) else repr(char)
    return _problem(ProblemKind.CONTROL_CHARACTER, f"invalid YAML: the character {shown} is "
                    "not allowed in a YAML file", line, column, "Remove the control "
                    f"character; binary data does not belong in a {noun}.")


def _parse_error(exc: Exception, text: str, noun: str) -> Problem:
    if type(exc).__name__ == "ReaderError":
        return _reader_error(exc, text, noun)
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
    return _problem(ProblemKind.SYNTAX, message, line, column, hint)


REPARSE_LIMIT = 32 * 1024
"""Characters of a broken file the reference parser re-reads for its wording of the
error: it reads about 60 KB a second, so a whole 2 MiB file would take half a minute."""


def _reparsed_error(exc: Exception, text: str, lines: list[str], limits: Limits, noun: str,
                    problems: list[Problem]) -> Document:
    """A syntax error libyaml found, in the reference parser's wording when that is cheap.

    Syntax errors are reported in one wording whichever parser found them, so the
    reference parser re-reads the file, but only up to two lines past the error (a
    parser stops at the first error, so the rest cannot change it) and only when
    that prefix is short; otherwise libyaml's own error is reported, at its mark.
    (libyaml also refuses a few things the reference parser reads, such as escaped
    surrogate pairs; a short file the reference parser reads whole is read.)
    """
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    if type(exc).__name__ != "ReaderError" and mark is not None:
        end = mark.line + 3
        prefix = "\n".join(lines[:end])
        if len(prefix) <= REPARSE_LIMIT:
            again = read(prefix + ("\n" if end < len(lines) else ""), limits=limits,
                         reference=True, noun=noun)
            if end >= len(lines):  # the whole file: the reference parser's answer stands
                return again
            last = again.stopped
            if last is not None and last.span.line <= mark.line + 1:
                return _failed(text, *again.problems)
    if "escape" in str(getattr(exc, "problem", "")) and _SURROGATE_ESCAPE.search(text):
        return read(_SURROGATE_ESCAPE.sub(_joined_escape, text), limits=limits, noun=noun)
    return _failed(text, *problems, _parse_error(exc, text, noun))


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


def read(source: bytes | str, *, limits: Limits | None = None, reference: bool = False,
         noun: str = "plan") -> Document:
    """Read one YAML document that should be a mapping. Never raises for bad input:
    problems come back typed, in ``Document.problems``.

    :param source: the file's bytes (decoded here) or its text.
    :param noun: what the caller expects the file to be ("plan", "config file",
        "rule pack"), for messages about its size and shape.
    :param reference: parse with ruamel.yaml's round-trip parser instead of libyaml;
        the results are identical, only slower (tests compare the two).
    """
    limits = limits or Limits()
    size = len(source.encode("utf-8")) if isinstance(source, str) else len(source)
    if size > limits.max_bytes:
        return _failed(None, _problem(
            ProblemKind.TOO_LARGE,
            f"the file is {'more than ' if size == limits.max_bytes + 1 else ''}"
            f"{size:,} bytes, over the {limits.max_bytes:,}-byte limit",
            1, 1, f"Split the {noun}, or raise the limit if this really is one {noun}."))
    text = source if isinstance(source, str) else decode(source, noun)
    if isinstance(text, Problem):
        return _failed(None, text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if not text.strip() or all(
        not line.strip() or line.lstrip().startswith("#") for line in lines
    ):
        return _failed(text, _problem(ProblemKind.EMPTY, "the file is empty", 1, 1))
    parsed = text
    if not reference and _has_unicode_breaks(text):
        # libyaml counts NEL, LS and PS as line breaks; editors and ruamel do not, so the
        # reference parser reads such a file. It is slow (minutes for some 2 MB files), so
        # a long one is read by libyaml with stand-in characters, put back below.
        if len(text) <= REPARSE_LIMIT or _STAND_INS.search(text):
            reference = True
        else:
            parsed = text.translate(_TO_STAND_IN)
    composer = _Composer(lines, limits, noun)
    events, done = _events(parsed, reference)
    try:
        data, found = composer.compose(events)
    except _Stop as stop:
        return _failed(text, *composer.problems, stop.problem)
    except RecursionError:
        return _failed(text, _problem(ProblemKind.TOO_DEEP,
                                      f"the {noun} is nested too deeply to read", 1, 1))
    except Exception as exc:  # every YAML back-end error: MarkedYAMLError, ReaderError, ...
        if not reference:
            return _reparsed_error(exc, text, lines, limits, noun, composer.problems)
        return _failed(text, *composer.problems, _parse_error(exc, text, noun))
    finally:
        done()
    if not found or not isinstance(data, dict):
        kind = "nothing" if not found or data is None else (
            "a list" if isinstance(data, list) else f"a single value ({data!r:.40})")
        start = composer.values.get("") or Span(1, 1, 1, 1)
        # where it starts: the whole document's span would mark the entire file in CI
        # annotations
        return _failed(text, *composer.problems, _problem(
            ProblemKind.NOT_A_MAPPING, f"the top level of a {noun} must be a mapping of "
            f"keys; this file holds {kind}", start.line, start.column))
    if parsed is not text:
        data = _put_back(data)
        _put_back_pointers(composer)
    return Document(text, data, composer.values, composer.keys, tuple(composer.duplicates),
                    Comments(text, composer.scalars), tuple(composer.problems))


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
