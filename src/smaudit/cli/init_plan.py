"""``smaudit init [PATH]``: write a commented starter plan.

A blank page is where box-checking plans come from, so ``init`` asks for the
few facts a plan cannot do without (organization, industry, size, one
business goal, the main platform, and who runs it for how many hours) and
writes a plan that already has the shape the rules look for: the goal tied
to a channel, a metric and a tactic, customer service with an owner, a
budget, a review cadence. Prose only the client can write is left as
``TODO`` text with a comment saying what belongs there.

On a terminal it asks, with a default for each answer; with ``--yes``, or
when standard input is not a terminal (CI, a script), it takes the defaults
without asking. It never overwrites a file unless ``--force``, and writes
atomically.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, TextIO

from smaudit.cli.exitcodes import ExitCode
from smaudit.cli.invocation import Invocation
from smaudit.model.errors import UsageError
from smaudit.model.platforms import PLATFORM_ALIASES

SIZES = ("solo", "small", "medium", "large", "enterprise")
DEFAULT_PATH = "plan.yaml"


@dataclass(frozen=True, slots=True)
class Answers:
    """What the questions establish; the defaults are what ``--yes`` writes."""

    organization: str = "Example Organization"
    industry: str = "local services"
    size: str = "small"
    goal: str = "Win 20 new customer inquiries a month from the neighbourhood"
    platform: str = "instagram"
    member: str = "Alex"
    hours: float = 6


@dataclass(frozen=True, slots=True)
class Question:
    """One prompt: which answer it fills, how it asks, how it reads the reply."""

    field: str
    prompt: str
    parse: Callable[[str], Any]


def _text(value: str) -> str:
    value = " ".join(value.split())
    if not value:
        raise ValueError("please type something, or press Enter for the default")
    return value


def _size(value: str) -> str:
    value = value.strip().lower()
    if value not in SIZES:
        raise ValueError(f"choose one of {', '.join(SIZES)}")
    return value


def _platform(value: str) -> str:
    value = value.strip().lower().replace(" ", "_").replace("-", "_")
    value = PLATFORM_ALIASES.get(value, value)
    if not re.fullmatch(r"[a-z][a-z0-9_]*", value):
        raise ValueError("a platform is one lower-case word, e.g. instagram, linkedin, tiktok")
    return value


def _hours(value: str) -> float:
    try:
        hours = float(value.strip().replace(",", "."))
    except ValueError:
        raise ValueError("a number of hours, e.g. 6") from None
    if not 0 <= hours <= 168:
        raise ValueError("between 0 and 168 hours a week")
    return int(hours) if hours.is_integer() else hours


QUESTIONS: tuple[Question, ...] = (
    Question("organization", "Organization name", _text),
    Question("industry", "Industry", _text),
    Question("size", f"Size ({', '.join(SIZES)})", _size),
    Question("goal", "One business goal, in a sentence", _text),
    Question("platform", "Main platform (instagram, facebook, linkedin, tiktok, ...)", _platform),
    Question("member", "Who runs it (a team member's name)", _text),
    Question("hours", "Hours a week they give to social media", _hours),
)


def ask(stdin: TextIO, stderr: TextIO, defaults: Answers | None = None) -> Answers:
    """Ask every question on ``stderr``, read replies from ``stdin``; Enter keeps the default.

    Prompts go to standard error so that nothing but the plan's path is ever
    printed on standard output. End of input keeps the remaining defaults.
    """
    answers = defaults or Answers()
    stderr.write("Answer a few questions to start a plan; press Enter to keep [the default].\n")
    for question in QUESTIONS:
        default = getattr(answers, question.field)
        while True:
            stderr.write(f"{question.prompt} [{_shown(default)}]: ")
            stderr.flush()
            line = stdin.readline()
            if not line:  # end of input: defaults from here on
                stderr.write("\n")
                return answers
            if not line.strip():
                break
            try:
                answers = replace(answers, **{question.field: question.parse(line)})
                break
            except ValueError as exc:
                stderr.write(f"  {exc}\n")
    return answers


def _shown(value: object) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _q(value: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def goal_id(statement: str) -> str:
    """A short slug for the goal (``win-20-new-customer``), valid as a goal id."""
    words = re.findall(r"[a-z0-9]+", statement.lower())
    skip = {"a", "an", "the", "to", "of", "and", "for", "our", "we", "more", "get", "by"}
    kept = [w for w in words if w not in skip][:4]
    return "-".join(kept) or "main-goal"


GOAL_TYPES: tuple[tuple[str, str], ...] = (
    ("lead_generation", r"lead|inquir|enquir|booking|book|quote|demo|sign[ -]?up|appointment"),
    ("sales", r"\bsales?\b|\bsell|revenue|order|purchase|buy"),
    ("retention", r"repeat|retain|retention|loyal|come back|return"),
    ("recruitment", r"recruit|\bhire|hiring|volunteer|applicant"),
    ("customer_service", r"support|complaint|service"),
    ("community", r"community|member"),
    ("feedback", r"feedback|review"),
    ("awareness", r"aware|known|visib|recogni"),
)
"""The goal ``type`` guessed from the goal's words; ``other`` when nothing matches."""


def goal_type(statement: str) -> str:
    text = statement.lower()
    for kind, pattern in GOAL_TYPES:
        if re.search(pattern, text):
            return kind
    return "other"


def _quarter_after(date: dt.date, months: int) -> str:
    month = date.month - 1 + months
    year, month = date.year + month // 12, month % 12 + 1
    return f"{year}-Q{(month - 1) // 3 + 1}"


def starter_plan(answers: Answers, *, today: dt.date) -> str:
    """The plan's YAML text, with a comment on each section."""
    a = answers
    start = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    gid = goal_id(a.goal)
    hours = _shown(float(a.hours))
    platform = a.platform
    return f"""\
# Social media plan for {a.organization}, started with `smaudit init` on {today.isoformat()}.
# Check it with `smaudit <this file>`; `smaudit explain RULE` says why a rule matters.
# Lines with TODO are yours to write: what is true for {a.organization}, in plain words.
version: 1

organization:
  name: {_q(a.organization)}
  industry: {_q(a.industry)}
  size: {a.size}
  # The values you hold yourselves to; the plan should live them (e.g. answer fast).
  values: [helpful service]
  # What customers already value. Social media can amplify it, not create it.
  offering: {_q(f"TODO: what {a.organization} delivers that customers come back for")}
  sells_online: false  # true if a customer can buy from you online

# Why now, in your own words: a reason from your customers, not a mandate or a trend.
motivation: "TODO: what customers ask for or do that makes social media worth the time now"

# What the business wants; social media is one of the means. Give every goal a
# measurable target and a deadline.
business_goals:
  - id: {gid}
    statement: {_q(a.goal)}
    type: {goal_type(a.goal)}
    target: "TODO: the number that means success, e.g. 20 a month"
    deadline: {_quarter_after(start, 12)}

# How social media serves the goal: goal, then strategy, then tactics.
strategy: "TODO: how {platform} will move people toward the goal, and how you will answer them"

audience:
  # What you know about your customers and how you learned it (survey, interviews, analytics).
  research: "TODO: what you know about your customers, where they are online, and how you know"
  segments:
    - name: main customers
      description: "TODO: who they are"
      platforms: [{platform}]

channels:
  - platform: {platform}
    status: planned
    goals: [{gid}]
    rationale: "TODO: why your customers are on {platform} and what they come there for"
    audience: [main customers]
    owner: {_q(a.member)}
    cadence: 3/week
    # Percent of posts by kind; keep promotion a minority.
    content_mix: {{educational: 40, community: 30, behind_the_scenes: 15, promotional: 15}}
    paid:  # leads and awareness need some advertising; TODO: your real figures
      monthly_budget: 150
      targeting: "TODO: who the ads reach, e.g. within 10 km"

tactics:
  - name: "TODO: a first campaign"
    type: content
    goals: [{gid}]
    channels: [{platform}]
    call_to_action: "TODO: what the audience is asked to do (book, ask, join, visit)"
    conversion: "TODO: how a reply or a visit becomes a customer"

team:
  - name: {_q(a.member)}
    role: social media lead
    hours_per_week: {hours}
    responsibilities: [social media]

# Customers will ask and complain where you post: say who answers, how fast, when.
customer_service:
  platforms: [{platform}]
  response_time: 1 business day
  hours: Mon-Fri 9-17
  owner: {_q(a.member)}
  escalation: "TODO: who handles a complaint that needs more than a reply"
  listening: "TODO: mentions, keywords and questions you watch beyond direct messages"

# Measure what the goal needs (inquiries, bookings, repeat visits), not followers.
metrics:
  - name: "{platform} inquiries"
    goals: [{gid}]
    kind: conversion
    target: "TODO: same as the goal's target"

budget:  # TODO: your real figures; social media is not free
  monthly: 300
  advertising: 150
  currency: USD

timeline:
  start: {start.isoformat()}
  expect_results_within: 6 months  # trust takes months, not weeks
  review_cadence: monthly
"""


def write_plan(path: str, text: str, *, force: bool) -> str:
    """Write ``text`` to ``path`` (``plan.yaml`` inside a directory); return the path written."""
    from smaudit.model.atomic import write_atomic

    if os.path.isdir(path):
        path = os.path.join(path, DEFAULT_PATH)
    if os.path.lexists(path) and not force:
        raise UsageError(f"{path} already exists; pass --force to overwrite it")
    parent = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(parent):
        raise UsageError(f"{os.path.dirname(path) or parent}: no such directory")
    write_atomic(path, text)
    return path


def run(args: Invocation) -> ExitCode:
    """Ask (or take defaults), write the plan, say what to do next."""
    interactive = not args.yes and bool(getattr(sys.stdin, "isatty", lambda: False)())
    answers = ask(sys.stdin, sys.stderr) if interactive else Answers()
    written = write_plan(args.path, starter_plan(answers, today=dt.date.today()),
                         force=args.force)
    print(f"smaudit: wrote {written}; fill in the TODO lines, then run `smaudit {written}`",
          file=sys.stderr)
    return ExitCode.OK


def add_parser(sub: argparse._SubParsersAction,
               common: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add ``init`` to the command line."""
    p = sub.add_parser("init", help="write a starter plan, asking its questions on a terminal",
                       description="Write a commented starter plan. On a terminal, asks a few "
                                   "questions first; with --yes or without a terminal, uses "
                                   "the defaults.")
    p.add_argument("path", nargs="?", default=DEFAULT_PATH, metavar="PATH",
                   help=f"where to write the plan (default: {DEFAULT_PATH})")
    p.add_argument("-y", "--yes", action="store_true", help="use the defaults without asking")
    p.add_argument("--force", action="store_true", help="overwrite PATH if it exists")
    common(p)
    p.set_defaults(handler=run)

