"""The plan's own names and vocabulary, for advice written in the client's words.

``Context`` is read from the plan's data once: the organization's name, its
channels, goals, people and measures, who runs social media, and what kind
of organization it is. A business is told about customers and inquiries; a
nonprofit about donors, members and visitors; a public body about residents.
``place`` turns a finding's JSON pointer into the thing it is about
("Instagram", the goal "Increase sales") so one recommendation can name
every place a problem occurs. Nothing here renders or escapes: the renderers
escape whatever comes from the plan.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from smaudit.model.plan import split
from smaudit.model.platforms import display_name

NONPROFIT = re.compile(
    r"non-?profit|not[- ]for[- ]profit|charit|foundation|museum|rescue|shelter|"
    r"association|society|church|congregation|\bngo\b|volunteer|donor|donat|fundrais|"
    r"heritage|sanctuary", re.I)
PUBLIC = re.compile(
    r"librar|government|municipal|\bcouncil\b|\bcity of\b|\bcounty\b|public sector|"
    r"public school|school district|universit|college|higher education|\bparish|"
    r"\bborough\b|\bministry of\b|parks and recreation|public (?:service|agency|health)",
    re.I)


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Who the organization serves and what it wants from them, in its own terms."""

    people: str
    results: str
    results_short: str
    sales: str
    """What money comes in as: sales, donations, sign-ups."""


VOCABULARIES: Mapping[str, Vocabulary] = {
    "business": Vocabulary("customers", "inquiries, visits and repeat purchases",
                           "inquiries", "sales"),
    "nonprofit": Vocabulary("donors, members and visitors",
                            "donations, new members and visits", "donations", "donations"),
    "public": Vocabulary("residents and visitors", "sign-ups, visits and requests",
                         "sign-ups", "sign-ups"),
}

NOUNS: Mapping[str, tuple[str, str, str]] = {
    "channels": ("channel", "channels", "platform"),
    "business_goals": ("goal", "goals", "statement"),
    "metrics": ("measure", "measures", "name"),
    "tactics": ("activity", "activities", "name"),
    "team": ("person", "people", "name"),
}
"""List sections whose items a problem can be about: singular, plural, naming key."""

SECTIONS: Mapping[str, str] = {
    "motivation": "the reason for starting", "expectations": "the expectations",
    "timeline": "the timeline", "customer_service": "customer service",
    "audience": "the audience", "budget": "the budget", "strategy": "the strategy",
    "organization": "the organization's description",
}


@dataclass(frozen=True, slots=True)
class Place:
    """What a finding is about: a channel, a goal, a person, or a part of the plan."""

    noun: str | None
    """``channel``, ``goal``, ... for items of a list section; None otherwise."""
    label: str
    section: str = ""


def and_list(items: Sequence[str]) -> str:
    """``A``, ``A and B``, ``A, B and C``."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def quoted(text: str) -> str:
    return f"\u201c{text}\u201d"


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if isinstance(value, (str, int, float)) else ""


def _items(data: Mapping[str, Any], section: str) -> list[Mapping[str, Any]]:
    value = data.get(section)
    return [item if isinstance(item, Mapping) else {} for item in value] \
        if isinstance(value, list) else []


def kind_of(data: Mapping[str, Any]) -> str:
    """``business``, ``nonprofit`` or ``public``, from the organization's name and
    industry and from its goals (the offering is left out: a realtor's offering may
    mention school districts without the realtor being a school)."""
    org = data.get("organization") if isinstance(data.get("organization"), Mapping) else {}
    about = " ".join(_text(org.get(key)) for key in ("name", "industry"))
    goals = " ".join(_text(g.get("statement")) for g in _items(data, "business_goals"))
    if NONPROFIT.search(about) or re.search(r"donor|donat|fundrais", goals, re.I):
        return "nonprofit"
    if PUBLIC.search(about):
        return "public"
    return "business"


@dataclass(frozen=True, slots=True)
class Context:
    """The names and words the advice is written with."""

    organization: str
    kind: str = "business"
    channels: tuple[str, ...] = ()
    """The channels in use, as a client names them: a paused channel is left out, so
    advice about running the channels does not ask for work on one already stopped."""
    channel_keys: tuple[str, ...] = ()
    goals: tuple[tuple[str, str], ...] = ()
    """(id, statement) of each business goal."""
    owner: str = ""
    data: Mapping[str, Any] = field(default_factory=dict, repr=False)

    @property
    def vocabulary(self) -> Vocabulary:
        return VOCABULARIES[self.kind]

    def total(self, section: str) -> int:
        """How many items the plan has in ``section`` (``values``: the organization's)."""
        if section == "values":
            org = self.data.get("organization")
            values = org.get("values") if isinstance(org, Mapping) else None
            return len(values) if isinstance(values, list) else 0
        return len(_items(self.data, section))

    def place(self, pointer: str) -> Place | None:
        """What the node at ``pointer`` is about, or None for the plan as a whole."""
        tokens = split(pointer) if pointer else []
        if not tokens:
            return None
        section = tokens[0]
        if section in NOUNS and len(tokens) > 1 and tokens[1].isdigit():
            items = _items(self.data, section)
            index = int(tokens[1])
            item = items[index] if index < len(items) else {}
            singular, _plural, key = NOUNS[section]
            name = _text(item.get(key)) or _text(item.get("id")) or f"{singular} {index + 1}"
            if section == "channels":
                label = display_name(name)
            elif section == "team":
                label = name
            else:
                label = quoted(name)
            return Place(singular, label, section)
        if section == "organization" and len(tokens) > 2 and tokens[1] == "values":
            org = self.data.get("organization")
            values = org.get("values") if isinstance(org, Mapping) else None
            index = int(tokens[2]) if tokens[2].isdigit() else 0
            if isinstance(values, list) and index < len(values):
                return Place("value", quoted(_text(values[index])), "values")
        if section in SECTIONS:
            return Place(None, SECTIONS[section], section)
        return None

    def values(self) -> dict[str, str]:
        """The template fields every piece of advice may use."""
        vocab = self.vocabulary
        channels = and_list(self.channels) or "each channel"
        return {
            "org": self.organization, "owner": self.owner or "one named person",
            "channels": channels, "channel_keys": ", ".join(self.channel_keys) or "...",
            "goals": and_list([quoted(s or i) for i, s in self.goals]) or "each goal",
            "first_goal": self.goals[0][0] if self.goals else "...",
            "people": vocab.people, "people_cap": vocab.people[:1].upper() + vocab.people[1:],
            "results": vocab.results, "results_short": vocab.results_short,
            "sales": vocab.sales,
        }


def _owner(data: Mapping[str, Any]) -> str:
    """Who runs social media: the customer-service owner, the busiest channel owner,
    or the team member whose role or duties name social media.

    When the plan lists a team, only its members count: an owner the team does not
    declare is a broken reference (shown in the plan-file box), and the client should
    not be told to give time to someone who may not exist."""
    team = {_text(m.get("name")) for m in _items(data, "team")} - {""}

    def declared(name: str) -> bool:
        return bool(name) and (not team or name in team)

    service = data.get("customer_service")
    if isinstance(service, Mapping) and declared(_text(service.get("owner"))):
        return _text(service.get("owner"))
    owners = [_text(c.get("owner")) for c in _items(data, "channels")
              if declared(_text(c.get("owner")))]
    if owners:
        return max(owners, key=lambda name: (owners.count(name), -owners.index(name)))
    for member in _items(data, "team"):
        duties = " ".join([_text(member.get("role")),
                           *(_text(r) for r in member.get("responsibilities") or ()
                             if isinstance(member.get("responsibilities"), list))])
        if re.search(r"social", duties, re.I) and _text(member.get("name")):
            return _text(member.get("name"))
    return ""


def build_context(data: Any, organization: str) -> Context:
    """The context of a plan's data (anything: an unreadable plan gives an empty one)."""
    if not isinstance(data, Mapping):
        return Context(organization=organization)
    keys = tuple(dict.fromkeys(_text(c.get("platform")) for c in _items(data, "channels")
                               if _text(c.get("platform")) and c.get("status") != "paused"))
    names = tuple(display_name(k) for k in keys)
    goals = tuple((_text(g.get("id")), _text(g.get("statement")))
                  for g in _items(data, "business_goals") if _text(g.get("id")))
    return Context(organization=organization, kind=kind_of(data), channels=names,
                   channel_keys=keys, goals=goals, owner=_owner(data), data=data)
