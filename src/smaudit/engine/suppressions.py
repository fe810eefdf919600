"""Waivers written in the plan as YAML comments, with optional expiry dates.

Three placements, as in ruff, ESLint and yamllint::

    response_time: 6h  # smaudit: disable=slow-response -- pilot staffing
    # smaudit: disable=SMA003,duplicate until=2027-03-31 -- merging two plans
    channels: ...
    # smaudit: disable-file=all -- archived plan, kept for reference

A comment at the end of a line waives findings on that line. A comment alone
on its line waives findings on the next line that is not blank or a comment
and, when that line starts a mapping key or list item whose value runs over
several lines, everything inside it (the plan's position tables give the
extent). ``disable-file`` waives findings anywhere in the file. Rules are
named by code or slug; ``all`` names every rule but SMA005.

A waiver past its ``until`` date stops applying: the finding reports again
with " (waiver expired DATE)" appended, because a waiver nobody renews
should be noticed rather than silently kept. Consultants need exactly this
(no mainstream linter has it).

SMA005 reports every waiver, or rule named in one, that waived nothing, and
every malformed waiver (unknown directive or rule, bad date), at the
comment. An SMA005 finding can itself be waived only by naming SMA005 (or
``unused-suppression``) explicitly.

The comments are the plan's own (``Plan.comments``), found by the YAML reader
from the positions of the scalars it parsed, so ``"Tips #1 # not a comment"``
in quotes or a block scalar is never taken for a waiver and the plan is not
read twice. The engine calls this module only when the text contains
``smaudit:``, so plans without waivers pay nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from smaudit.model.findings import Finding, Location, Suppression
from smaudit.model.plan import Comment, Plan
from smaudit.model.rule import ActiveRule
from smaudit.model.suggest import closest, closest_rule

DIRECTIVES = ("disable", "disable-file")
ALL = "ALL"
SELF = "SMA005"
"""unused-suppression: reported here, and waivable only by naming it."""

_PREFIX = re.compile(r"^\s*smaudit\s*:")
_DIRECTIVE = re.compile(r"^(?P<name>[A-Za-z][A-Za-z0-9_-]*)\s*(?P<eq>=)?\s*(?P<args>.*)$",
                        re.DOTALL)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


# --------------------------------------------------------------------------- parsing


@dataclass(frozen=True, slots=True)
class Waiver:
    """One well-formed suppression comment and the lines it covers."""

    comment: Comment
    file_wide: bool
    names: tuple[str, ...]
    """The rules as written, for messages."""
    codes: tuple[str, ...]
    """The resolved code of each name (``ALL`` for ``all``), same order."""
    until: dt.date | None
    reason: str
    first: int
    last: int

    def covers(self, line: int) -> bool:
        return self.file_wide or self.first <= line <= self.last

    def expired(self, today: dt.date) -> bool:
        """Past its date: ``until`` is the last day the waiver applies."""
        return self.until is not None and self.until < today

    def match(self, code: str, *, meta: bool) -> int | None:
        """The index of the name that waives ``code``; SMA005 only when named."""
        for index, waived in enumerate(self.codes):
            if waived == code or (waived == ALL and code != SELF and not meta):
                return index
        return None

    @property
    def kind(self) -> str:
        return "file-comment" if self.file_wide else "comment"


@dataclass(frozen=True, slots=True)
class Malformed:
    """What is wrong with a suppression comment (reported as SMA005)."""

    comment: Comment
    message: str
    hint: str


@dataclass(frozen=True, slots=True)
class RuleNames:
    """The rules a waiver may name in this run: codes and slugs of the active rules."""

    codes: frozenset[str]
    slugs: Mapping[str, str]

    @classmethod
    def of(cls, by_code: Mapping[str, ActiveRule]) -> RuleNames:
        return cls(frozenset(by_code), {a.rule.slug: code for code, a in by_code.items()})

    def resolve(self, name: str) -> str | None:
        if name.lower() == "all":
            return ALL
        if name.upper() in self.codes:
            return name.upper()
        return self.slugs.get(name.lower())

    def suggest(self, name: str) -> str:
        close = closest_rule(name, self.codes, self.slugs)
        return f"; did you mean {close!r}?" if close else ""


def is_directive(comment: Comment) -> bool:
    """Whether a comment is meant for smaudit (starts with ``smaudit:``)."""
    return _PREFIX.match(comment.text) is not None


def parse_waiver(comment: Comment, names: RuleNames, scope: tuple[int, int]
                 ) -> tuple[Waiver | None, list[Malformed]]:
    """Read one ``smaudit:`` comment: the waiver (if usable) and what is wrong with it.

    Unknown rules are reported but do not void the comment's other rules; a
    bad directive or date voids it, so the findings it meant to waive show.
    """
    body = _PREFIX.sub("", comment.text, count=1)
    head, _, reason = body.partition("--")
    found = _DIRECTIVE.match(head.strip())
    usage = "Write `# smaudit: disable=RULE[,RULE] [until=YYYY-MM-DD] -- reason`."
    if found is None:
        return None, [Malformed(comment, "suppression comment without a directive: expected "
                                "disable=RULE or disable-file=RULE", usage)]
    directive = found.group("name")
    if directive not in DIRECTIVES:
        close = closest(directive.lower(), DIRECTIVES)
        suggestion = f"; did you mean {close!r}?" if close else ""
        return None, [Malformed(comment, f"unknown suppression directive {directive!r} "
                                f"(valid: {', '.join(DIRECTIVES)}){suggestion}", usage)]
    if not found.group("eq"):
        return None, [Malformed(comment, f"{directive} names no rule: expected "
                                f"{directive}=RULE[,RULE]", usage)]
    args = re.sub(r"\s*=\s*", "=", found.group("args"))
    problems: list[Malformed] = []
    until: dt.date | None = None
    written: list[str] = []
    for token in (t for t in re.split(r"[,\s]+", args) if t):
        key, eq, value = token.partition("=")
        if not eq:
            written.append(token)
        elif key.lower() != "until":
            return None, [Malformed(comment, f"unknown suppression option {key!r} (valid: "
                                    "until)", usage)]
        else:
            until = _date(value)
            if until is None:
                return None, [Malformed(comment, f"until={value} is not a date (expected "
                                        "YYYY-MM-DD)", "Write the last day the waiver "
                                        "applies, e.g. until=2027-03-31.")]
    if not written:
        return None, [Malformed(comment, f"{directive} names no rule: expected "
                                f"{directive}=RULE[,RULE]", usage)]
    kept: list[tuple[str, str]] = []
    for name in dict.fromkeys(written):
        code = names.resolve(name)
        if code is None:
            problems.append(Malformed(
                comment, f"suppression names {name!r}, which is not a rule enabled in this "
                f"run{names.suggest(name)}",
                "Name rules by code or slug as `smaudit rules` lists them, or `all`."))
        else:
            kept.append((name, code))
    if not kept:
        return None, problems
    file_wide = directive == "disable-file"
    waiver = Waiver(comment=comment, file_wide=file_wide, names=tuple(n for n, _ in kept),
                    codes=tuple(c for _, c in kept), until=until, reason=reason.strip(),
                    first=scope[0], last=scope[1])
    return waiver, problems


def _date(value: str) -> dt.date | None:
    if not _DATE.match(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


# --------------------------------------------------------------------------- scope


def entry_ends(plan: Plan) -> dict[int, int]:
    """For each line starting a mapping entry or list item: the entry's last line.

    An entry starts at its key (a mapping member) or at its value (a list
    item); when several start on one line (``- platform: x`` starts both an
    item and its first key), the largest wins. The whole document is not an
    entry, or a comment above the first key would waive the whole file.
    """
    ends: dict[int, int] = {}
    for pointer, span in plan.values.items():
        if not pointer:
            continue
        key = plan.keys.get(pointer)
        start = key.line if key is not None else span.line
        end = max(span.end_line, key.end_line if key is not None else start)
        ends[start] = max(ends.get(start, start), end)
    return ends


def _next_content(lines: Sequence[str], comment_lines: set[int]) -> list[int]:
    """For each 1-based line, the first line after it that is neither blank nor a
    comment of its own (0 when there is none): one pass from the end, so a block of
    20,000 waiver comments costs 20,000 steps, not 200 million."""
    following = [0] * (len(lines) + 2)
    for number in range(len(lines), 0, -1):
        content = number not in comment_lines and lines[number - 1].strip()
        following[number - 1] = number if content else following[number]
    return following


def _scope(comment: Comment, following: Sequence[int],
           ends: Mapping[int, int]) -> tuple[int, int]:
    """The lines a line-level waiver covers (1-based, inclusive)."""
    if not comment.own_line:
        return comment.line, comment.line
    number = following[comment.line]
    if number:
        return number, ends.get(number, number)
    return 0, -1  # a comment at the end of the file covers nothing


# --------------------------------------------------------------------------- applying


@dataclass(frozen=True, slots=True)
class _Context:
    plan: Plan
    waivers: tuple[Waiver, ...]
    """Most specific first: line waivers by line, then file waivers by line."""
    today: dt.date
    lines: Mapping[int, tuple[tuple[int, ...], ...]]
    """Line -> indexes of the line waivers covering it, grouped by scope. Scopes are
    YAML nodes, which nest, so this holds at most lines x nesting depth groups."""
    wide: tuple[int, ...]
    """Indexes of the file waivers."""

    @classmethod
    def build(cls, plan: Plan, waivers: Sequence[Waiver], today: dt.date) -> _Context:
        # Many waivers may share one scope (a block of comments above one entry): each
        # distinct scope is spread over its lines once, so the work is lines x nesting.
        scopes: dict[tuple[int, int], list[int]] = {}
        for index, waiver in enumerate(waivers):
            if not waiver.file_wide:
                scopes.setdefault((waiver.first, waiver.last), []).append(index)
        lines: dict[int, list[list[int]]] = {}
        for (first, last), indexes in scopes.items():
            for line in range(first, last + 1):
                lines.setdefault(line, []).append(indexes)
        wide = tuple(i for i, waiver in enumerate(waivers) if waiver.file_wide)
        return cls(plan, tuple(waivers), today,
                   {line: tuple(map(tuple, groups)) for line, groups in lines.items()}, wide)

    def covering(self, line: int) -> tuple[int, ...]:
        """Indexes of the waivers covering ``line``, most specific first."""
        groups = self.lines.get(line, ())
        found = groups[0] if len(groups) == 1 else tuple(sorted(i for g in groups for i in g))
        return found + self.wide


def _judge(finding: Finding, ctx: _Context, used: set[tuple[int, int]], *, meta: bool
           ) -> Finding:
    """``finding`` waived by the first live waiver covering it, or marked as
    expired when only expired ones do, or unchanged."""
    if finding.suppressed is not None:
        return finding
    expired: tuple[int, int, Waiver] | None = None
    for index in ctx.covering(finding.location.line):
        waiver = ctx.waivers[index]
        name = waiver.match(finding.code, meta=meta)
        if name is None:
            continue
        if not waiver.expired(ctx.today):
            used.add((index, name))
            until = waiver.until.isoformat() if waiver.until else None
            return replace(finding, suppressed=Suppression(
                reason=waiver.reason or "no reason given", until=until, kind=waiver.kind))
        if expired is None:
            expired = (index, name, waiver)
    if expired is None:
        return finding
    index, name, waiver = expired
    used.add((index, name))
    assert waiver.until is not None
    return replace(finding, message=f"{finding.message} (waiver expired "
                                    f"{waiver.until.isoformat()})")


def _describe(waiver: Waiver, indexes: Iterable[int], rules: Mapping[str, ActiveRule]) -> str:
    parts = []
    for index in indexes:
        code = waiver.codes[index]
        if code == ALL:
            parts.append("all rules")
        else:
            parts.append(f"{code} ({rules[code].rule.slug})")
    return ", ".join(parts)


def _unused(ctx: _Context, used: set[tuple[int, int]], rules: Mapping[str, ActiveRule],
            *, meta: bool, crashed: frozenset[str] = frozenset()
            ) -> Iterator[tuple[Comment, str, str]]:
    """(comment, message, hint) for each waiver, or rule named in one, that waived
    nothing; ``meta`` selects the names of SMA005 itself (checked last). A rule that
    crashed found nothing to waive, so a waiver naming it is not called unused."""
    for index, waiver in enumerate(ctx.waivers):
        names = [n for n, code in enumerate(waiver.codes)
                 if (code == SELF) == meta and code not in crashed]
        unused = [n for n in names if (index, n) not in used]
        if not unused:
            continue
        whole = len(unused) == len(waiver.codes)
        described = _describe(waiver, unused, rules)
        expired = waiver.expired(ctx.today)
        until = f" (until {waiver.until.isoformat()})" if expired and waiver.until else ""
        kind = "expired suppression" if expired else "suppression"
        outcome = "matches no finding" if expired else "suppressed nothing"
        if whole:
            message = f"{kind} of {described}{until} {outcome}"
            hint = "Remove the comment, or move it to the line of the finding it should waive."
        else:
            message = f"{described}, named in this {kind}{until}, {outcome}"
            hint = "Remove the rule from the comment."
        yield waiver.comment, message, hint


def _report(active: ActiveRule, plan: Plan, comment: Comment, message: str, hint: str
            ) -> Finding:
    end = comment.column + 1 + len(comment.text)
    return Finding(
        code=active.code, slug=active.rule.slug, severity=active.severity, message=message,
        location=Location(plan.path, comment.line, comment.column, comment.line, end, ""),
        hint=hint, area=active.rule.area, plugin=active.plugin,
    )


def collect_waivers(plan: Plan, names: RuleNames) -> tuple[list[Waiver], list[Malformed]]:
    """Every waiver in the plan, most specific first, and the malformed ones."""
    comments = plan.comments
    lines = plan.text.split("\n")
    comment_lines = {c.line for c in comments if c.own_line}
    ends = entry_ends(plan)
    following = _next_content(lines, comment_lines)
    waivers: list[Waiver] = []
    problems: list[Malformed] = []
    for comment in comments:
        if not is_directive(comment):
            continue
        waiver, found = parse_waiver(comment, names, _scope(comment, following, ends))
        problems.extend(found)
        if waiver is not None:
            waivers.append(waiver)
    waivers.sort(key=lambda w: (w.file_wide, w.comment.line))
    return waivers, problems


def apply_suppressions(plan: Plan, findings: Sequence[Finding],
                       by_code: Mapping[str, ActiveRule], today: dt.date,
                       crashed: frozenset[str] = frozenset()) -> list[Finding]:
    """Mark waived findings (``suppressed``), note expired waivers in messages, and
    add SMA005 findings for unused or malformed waivers when SMA005 is active.

    Waived findings stay in the list: they are counted and shown as waived.
    """
    waivers, problems = collect_waivers(plan, RuleNames.of(by_code))
    if not waivers and not problems:
        return list(findings)
    ctx = _Context.build(plan, waivers, today)
    used: set[tuple[int, int]] = set()
    out = [_judge(finding, ctx, used, meta=False) for finding in findings]
    active = by_code.get(SELF)
    if active is None:
        return out
    reports = [_report(active, plan, p.comment, p.message, p.hint) for p in problems]
    reports += [_report(active, plan, *u)
                for u in _unused(ctx, used, by_code, meta=False, crashed=crashed)]
    reports = [_judge(report, ctx, used, meta=True) for report in reports]
    reports += [_report(active, plan, *u) for u in _unused(ctx, used, by_code, meta=True)]
    return out + reports
