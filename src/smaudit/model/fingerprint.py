"""A finding's identity across runs: the one place it is hashed.

A finding's line number and message change for reasons that do not make it
another finding (a line inserted above, a reworded message), so everything
that follows a finding from one run to the next identifies it without them.
Two identities are published, each where the tools reading it need it:

- ``line_fingerprint``: the rule, the *shape* of the node's JSON pointer (list
  indices as ``*``) and the text of the finding's source line. It survives
  list items inserted before the node, so baselines (``smaudit.linter.baseline``)
  and ``--format json`` (whose readers follow a finding that moved) use it.
- ``node_fingerprints``: the rule, the file and the node's exact pointer, with
  an ordinal for repeats. It survives any edit of the line's text, which is
  what code scanning (SARIF ``partialFingerprints``) and GitLab Code Quality
  compare between a branch and its target.

Both are stored by users (baseline files, code-scanning alerts), so neither
may change its bytes; what is shared is the hashing and the pointer shape. The
client report's ``--compare`` matches problems rather than places: by rule
code, the unit its recommendations are made of (``smaudit.report.readiness``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from smaudit.model.digests import sha256
from smaudit.model.findings import Finding

_INDEX = re.compile(r"/\d+(?=/|$)")


def _digest(parts: Iterable[str]) -> str:
    """The SHA-256 of ``parts`` joined by NUL (which no part contains), as hex."""
    identity = "\0".join(parts)
    return sha256(identity.encode("utf-8", "backslashreplace")).hexdigest()


def pointer_shape(pointer: str) -> str:
    """``/channels/3/rationale`` as ``/channels/*/rationale``: the node's kind, not its place."""
    return _INDEX.sub("/*", pointer)


def line_fingerprint(finding: Finding, source_line: str) -> str:
    """20 hex digits of the rule, the pointer's shape and the finding's line text
    (surrounding whitespace removed), independent of its line number and message."""
    return _digest((finding.code, pointer_shape(finding.location.pointer),
                    source_line.strip()))[:20]


def node_identity(finding: Finding, path: str) -> str:
    """What a finding is, independent of its line and wording: rule, file, node."""
    return "\0".join((finding.code, path, finding.location.pointer))


def node_fingerprints(findings: Iterable[Finding], path_of: Mapping[str, str]) -> list[str]:
    """A stable SHA-256 per finding; repeats of one identity get an ordinal.

    ``path_of`` maps each finding's location path to the path written in the
    output. Two findings of one rule on one node (rare, but possible for a
    plugin) would otherwise share a fingerprint and be merged by the CI
    system, so the second gets ``#2`` folded into its hash.
    """
    seen: dict[str, int] = {}
    out = []
    for finding in findings:
        identity = node_identity(finding, path_of[finding.location.path])
        seen[identity] = seen.get(identity, 0) + 1
        parts = [identity]
        if seen[identity] > 1:
            parts.append(f"#{seen[identity]}")
        out.append(_digest(parts))
    return out
