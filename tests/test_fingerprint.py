"""A finding's identity is hashed in one place; both published forms keep their bytes,
since users store them (baseline files, code-scanning alerts)."""

from __future__ import annotations

import hashlib

from smaudit.model.findings import Finding, Location, Severity
from smaudit.model.fingerprint import line_fingerprint, node_fingerprints, pointer_shape


def _finding(pointer: str, line: int = 4, message: str = "m") -> Finding:
    return Finding("SMA101", "slug", Severity.ERROR, message,
                   Location("plans/a.yaml", line, 3, line, 9, pointer))


def test_pointer_shape_hides_list_positions_only():
    assert pointer_shape("/channels/12/audience/0") == "/channels/*/audience/*"
    assert pointer_shape("/goals/2x/a1") == "/goals/2x/a1"


def test_line_fingerprint_is_the_published_hash():
    expected = hashlib.sha256(b"SMA101\0/goals/*/statement\0statement: Be big").hexdigest()[:20]
    assert line_fingerprint(_finding("/goals/3/statement"), "   statement: Be big  ") == expected
    moved = _finding("/goals/0/statement", line=40, message="other words")
    assert line_fingerprint(moved, "statement: Be big") == expected


def test_node_fingerprints_are_the_published_hash_with_ordinals_for_repeats():
    first, again, other = _finding("/goals/0"), _finding("/goals/0", line=9), _finding("/goals/1")
    prints = node_fingerprints([first, again, other], {"plans/a.yaml": "a.yaml"})
    assert prints == [hashlib.sha256(b"SMA101\0a.yaml\0/goals/0").hexdigest(),
                      hashlib.sha256(b"SMA101\0a.yaml\0/goals/0\0#2").hexdigest(),
                      hashlib.sha256(b"SMA101\0a.yaml\0/goals/1").hexdigest()]
