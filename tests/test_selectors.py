"""Selectors: which nodes a pack rule's selector names, where, and in what order."""

from __future__ import annotations

from smaudit.loading.selectors import Node, select
from smaudit.model.plan import MISSING

FIRST = {"platform": "a", "goals": ["g1"], "owner": {"name": "Ann"}}
SECOND = {"goals": []}
FOURTH = {"platform": "c", "owner": {"name": "Bo"}}
PLAN = {"channels": [FIRST, SECOND, "a text, not a channel", FOURTH]}


def test_a_missing_key_is_a_node_where_it_belongs_in_document_order():
    assert select(PLAN, "channels[*].owner.name") == [
        Node("/channels/0/owner/name", "Ann", FIRST),
        Node("/channels/1/owner/name", MISSING, SECOND),  # at the path it would have
        Node("/channels/3/owner/name", "Bo", FOURTH),
    ]


def test_a_wildcard_under_a_missing_or_empty_node_selects_nothing():
    assert select(PLAN, "channels[*].goals[*]") == [Node("/channels/0/goals/0", "g1", "g1")]
    assert select(PLAN, "audience.segments[*].platforms") == []


def test_keys_and_indexes():
    assert select(PLAN, "organization.name") == [Node("/organization/name", MISSING, None)]
    assert select(PLAN, "channels[1].goals") == [Node("/channels/1/goals", [], SECOND)]
    assert select(PLAN, "channels[9].goals") == []
    assert select(PLAN, "channels[2].goals") == []  # not a mapping: no key to miss
    assert select(PLAN, "") == [Node("", PLAN, None)]
