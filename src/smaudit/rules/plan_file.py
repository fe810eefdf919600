"""Built-in plugin: the plan-file rules SMA001-SMA007.

SMA001 (syntax) and SMA006 (limits) are reported by the loader, SMA005 by the
suppression pass; they are registered here so that they have metadata,
documentation and configurable severities like every other rule. SMA002,
SMA003, SMA004 and SMA007 check the loaded plan.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.loading.hookspecs import hookimpl
from smaudit.model.findings import Violation
from smaudit.model.plan import Plan, join
from smaudit.model.prose.blank import is_blank, is_placeholder
from smaudit.model.rule import rule
from smaudit.model.suggest import closest


@rule(code="SMA001", slug="yaml-syntax", severity="error", area="plan",
      summary="The file is not valid YAML, not UTF-8, empty, or not a mapping at top level.",
      effort="low", impact="high")
def yaml_syntax(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A plan file that cannot be read as a plan: invalid YAML (reported at the
    parser's position), bytes that are not UTF-8, an empty file, more than one
    YAML document, or a top level that is a list or a single value instead of
    a mapping of sections.

    ## Why it hurts
    Nothing else can be checked until the file can be read. A plan that does
    not parse also fails in every other tool the team uses on it (editors,
    review diffs, dashboards), so it is reported first and at the exact spot.

    ## Example
    ```yaml
    organization:
      name: Rosa's Bakery
     industry: food   # one space too few: not valid YAML
    ```

    ## Use instead
    ```yaml
    organization:
      name: Rosa's Bakery
      industry: food
    ```
    """
    return iter(())


@rule(code="SMA002", slug="schema", severity="error", area="plan",
      summary="A value does not match the plan format (type, unknown key, enum, duration, date).",
      effort="low", impact="medium")
def schema(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A value that does not match plan format v1: a wrong type, a key the format
    does not have (with a "did you mean" when one is close), a value outside
    a fixed list, a duration or date that cannot be read, a content mix that
    does not add up to 100. One finding per problem, at the node.

    ## Why it hurts
    A misspelled section is a section the plan silently lacks: `buisness_goals`
    looks like goals to a reader but every rule sees a plan without any. Schema
    findings keep the other rules honest.

    ## Example
    ```yaml
    buisness_goals:
      - id: leads
        statement: Win catering orders
    team:
      - name: Maria
        hours_per_week: ten
    ```

    ## Use instead
    ```yaml
    business_goals:
      - id: leads
        statement: Win catering orders
    team:
      - name: Maria
        hours_per_week: 10
    ```
    """
    from smaudit.model.schema import check_schema

    return check_schema(plan, options)


def _declared(values: Any, key: str) -> list[str]:
    if not isinstance(values, list):
        return []
    names = (item.get(key) for item in values if isinstance(item, dict))
    return list(dict.fromkeys(n for n in names if isinstance(n, str)))


def _suggest(name: str, choices: list[str]) -> str:
    close = closest(name, choices)
    return f" Did you mean {close!r}?" if close else ""


def _dangling(plan: Plan, pointer: str, value: Any, declared: list[str], what: str,
              where: str) -> Iterator[Violation]:
    if not declared:
        # Nothing declared at all is its own finding (no-business-goal, no-owner...);
        # calling every reference dangling as well would only pile on.
        return
    names = value if isinstance(value, list) else [value]
    for index, name in enumerate(names):
        if not isinstance(name, str) or name in declared or is_blank(name):
            continue  # a placeholder ("TBD") is not a name; the rules on owners report it
        node = join(pointer, index) if isinstance(value, list) else pointer
        known = ", ".join(repr(d) for d in declared) if declared else "none"
        yield Violation(
            message=f"{what} {name!r} is not declared in {where} (declared: {known})",
            pointer=node,
            hint=f"Declare it in {where}, or refer to one that is.{_suggest(name, declared)}",
        )


@rule(code="SMA003", slug="dangling-reference", severity="error", area="plan",
      summary="A goal id, team member, segment or platform referred to but not declared.",
      effort="low", impact="medium")
def dangling_reference(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A reference to something the plan does not declare: a goal id in
    `channels[].goals`, `tactics[].goals` or `metrics[].goals` that is not in
    `business_goals`; an `owner` who is not in `team`; a `channels[].audience`
    segment not in `audience.segments`; a `tactics[].channels` platform with no
    channel. References are checked against sections that exist: a plan with
    no goals, team or channels at all gets that finding instead, and a
    placeholder owner ("TBD") is left to the rules on owners.

    ## Why it hurts
    The links between goals, channels, tactics and metrics are what make a
    plan a plan. A broken link means a channel serves a goal nobody set, or a
    metric measures nothing, and the rules that follow those links cannot see
    the real picture.

    ## Example
    ```yaml
    business_goals:
      - id: catering-leads
        statement: Win catering orders
    channels:
      - platform: instagram
        goals: [catering-lead]
    ```

    ## Use instead
    ```yaml
    channels:
      - platform: instagram
        goals: [catering-leads]
    ```
    """
    data = plan.data
    goals = _declared(data.get("business_goals"), "id")
    members = _declared(data.get("team"), "name")
    audience = plan.section("audience")
    segments = _declared(audience.get("segments"), "name")
    platforms = _declared(data.get("channels"), "platform")
    for section in ("channels", "tactics", "metrics"):
        for pointer, item in plan.items(section):
            if "goals" in item:
                yield from _dangling(plan, join(pointer, "goals"), item["goals"], goals,
                                     "goal", "business_goals")
    for pointer, channel in plan.items("channels"):
        if "owner" in channel:
            yield from _dangling(plan, join(pointer, "owner"), channel["owner"], members,
                                 "owner", "team")
        if "audience" in channel:
            yield from _dangling(plan, join(pointer, "audience"), channel["audience"], segments,
                                 "audience segment", "audience.segments")
    for pointer, tactic in plan.items("tactics"):
        if "channels" in tactic:
            yield from _dangling(plan, join(pointer, "channels"), tactic["channels"], platforms,
                                 "platform", "channels")
    service = plan.section("customer_service")
    if "owner" in service:
        yield from _dangling(plan, "/customer_service/owner", service["owner"], members,
                             "owner", "team")


@rule(code="SMA004", slug="duplicate", severity="error", area="plan",
      summary="A duplicate mapping key, goal id, member name or channel platform.",
      effort="low", impact="medium")
def duplicate(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    The same mapping key twice in one mapping, two goals with one `id`, two team
    members with one `name`, two channels for one `platform`. Reported at the
    second occurrence, naming the line of the first.

    ## Why it hurts
    YAML keeps only one of two equal keys, so half of what was written is
    silently lost; two goals or members with one name make every reference to
    them ambiguous; two channels on one platform split one audience's
    attention and one owner's time without saying why.

    ## Example
    ```yaml
    channels:
      - platform: instagram
        cadence: 3/week
      - platform: instagram
        cadence: daily
    ```

    ## Use instead
    ```yaml
    channels:
      - platform: instagram
        cadence: 3/week
    ```
    """
    for pointer, span, first in plan.duplicates:
        key = pointer.rsplit("/", 1)[-1]
        yield Violation(
            message=f"duplicate key {key!r}: already defined at line {first.line}; "
                    "YAML keeps only one of them",
            pointer=pointer, span=span,
            hint="Merge the two entries into one.",
        )
    for section, key, what in (("business_goals", "id", "goal id"), ("team", "name", "member"),
                               ("channels", "platform", "channel platform")):
        seen: dict[str, str] = {}
        for pointer, item in plan.items(section):
            value = item.get(key)
            if not isinstance(value, str):
                continue
            node = join(pointer, key)
            if value in seen:
                first_line = plan.locate(seen[value]).line
                yield Violation(
                    message=f"duplicate {what} {value!r}: already declared at line {first_line}",
                    pointer=node,
                    hint=f"Give each entry of {section} a distinct {key}, or merge them.",
                )
            else:
                seen[value] = node


@rule(code="SMA005", slug="unused-suppression", severity="info", area="plan",
      summary="A suppression comment that suppressed nothing.", effort="low", impact="low")
def unused_suppression(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A `# smaudit: disable=...` comment (or `disable-file=`) that suppressed no
    finding: the problem it waived has been fixed, the rule name is wrong, or
    the comment sits on the wrong line.

    ## Why it hurts
    A stale waiver hides the next real problem at that spot and tells readers
    the plan has an exception it no longer has. Waivers should be as visible
    and as short-lived as the problems they excuse.

    ## Example
    ```yaml
    customer_service:
      response_time: 4h  # smaudit: disable=slow-response -- pilot staffing
    ```

    ## Use instead
    ```yaml
    customer_service:
      response_time: 4h
    ```
    """
    return iter(())  # reported by the suppression pass, which sees every finding


@rule(code="SMA006", slug="plan-too-large", severity="error", area="plan",
      summary="Input over the limits: size, nesting depth, aliases resolved or values.",
      effort="medium", impact="high")
def plan_too_large(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A file over the input limits: larger than 2 MiB, nested more than 64 levels
    deep, resolving more than 10,000 aliases, or holding more than 20,000 values
    (a real plan has a few hundred). The file is not linted further. The limits
    can be changed under `limits` in the configuration.

    ## Why it hurts
    No social media plan comes near these limits; a file that does is
    generated, corrupted or hostile (an "alias bomb" that expands to billions
    of nodes). Stopping early keeps a CI job from hanging or running out of
    memory on it.

    ## Example
    ```yaml
    a: &a [x, x, x, x, x, x, x, x, x]
    b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
    c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
    # ... and so on: nine times more at every level
    ```

    ## Use instead
    Write the plan out plainly; split a genuinely large document into several
    plan files.
    """
    return iter(())


def _placeholders(node: Any, pointer: str = "") -> Iterator[tuple[str, str]]:
    """``(pointer, text)`` of every text value that is a placeholder, in document order."""
    if isinstance(node, str):
        if is_placeholder(node):
            yield pointer, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _placeholders(value, join(pointer, str(key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _placeholders(value, join(pointer, index))


@rule(code="SMA007", slug="unfinished-plan", severity="warning", area="plan",
      summary="The plan still holds placeholders (TODO, TBD, n/a, lorem ipsum).",
      options={"max_placeholders": {
          "type": "integer", "minimum": 0, "default": 2,
          "description": "More placeholders than this make the finding an error: the plan "
                         "is still a template."}},
      effort="medium", impact="high")
def unfinished_plan(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A plan with text values that are placeholders rather than content: "TODO:
    ...", "TBD", "n/a", "to be decided", "lorem ipsum", "xxx", "[your
    research here]". One finding per plan, at the first placeholder, with the
    count; more than two placeholders (option `max_placeholders`) make it an
    error, since the plan is then still a template. `smaudit init` writes its
    starter plan with TODO lines, so an untouched starter plan is reported.

    ## Why it hurts
    A placeholder is a decision not yet taken. Every rule counts it as
    missing, but most rules judge one field each, so a plan full of TODO lines
    could otherwise pass most checks on the strength of its structure alone
    and look nearly ready. The readiness score should say what a consultant
    would: this is a draft.

    ## Example
    ```yaml
    motivation: "TODO: why social media, in your customers' words"
    strategy: TBD
    audience:
      research: n/a
    ```

    ## Use instead
    ```yaml
    motivation: Office managers ask us for catering photos they can share.
    strategy: >-
      Show office managers our platters on LinkedIn and ask them to request
      a tasting box for their next meeting.
    audience:
      research: Counter survey of 120 customers in September.
    ```
    """
    found = list(_placeholders(plan.data))
    if not found:
        return
    pointer, text = found[0]
    where = pointer.lstrip("/").replace("/", ".") or "the plan"
    count = f"{len(found)} placeholders" if len(found) > 1 else "a placeholder"
    yield Violation(
        message=f"the plan still holds {count}, first at {where} "
                f"(\"{' '.join(text.split())[:60]}\"): it is a draft, not yet a plan",
        pointer=pointer,
        hint="Replace each TODO, TBD or n/a with what is true for the organization; "
             "a field that does not apply can be left out.",
        escalate=len(found) > options.get("max_placeholders", 2),
    )


RULES = (yaml_syntax, schema, dangling_reference, duplicate, unused_suppression, plan_too_large,
         unfinished_plan)


@hookimpl
def smaudit_register_rules(register):
    for each in RULES:
        register(each)
