"""What counts as saying nothing: the one definition every rule uses.

A field is blank when it is absent, null, empty, only punctuation ("...",
"?"), or a placeholder that defers the decision ("TBD", "n/a", "N/A - we'll
see", "to be defined by the agency", "TODO: describe our customers", "lorem
ipsum", "xxx", "[your research here]"). Every rule that reads a field asks
this module, so a placeholder counts as missing everywhere: in targets,
research, strategy, motivation, conversion and escalation alike. A starter
plan full of TODO lines must not pass as a finished one (SMA007 counts them),
and a `conversion: TBD` is no conversion.
"""

from __future__ import annotations

import re
from typing import Any

from smaudit.model import compiled_patterns
from smaudit.model.plan import MISSING
from smaudit.model.prose.kept import kept

_PLACEHOLDER = compiled_patterns.compile(
    r"""^\W*(?:
        (?:todo|fixme|tbd|tba|tbc|xxx+|wip)\b.*       # a marker, whatever follows it
      | n/a(?:\W.*)?                                  # "N/A - we'll work it out"
      | (?:na|nil|null|none(?:\ yet)?|nothing(?:\ yet|\ planned)?|unknown|pending|later
        |placeholder|coming\ soon|work\ in\ progress)
      | no(?:t)?\ (?:yet|one|decided|assigned|planned|sure|known|defined)(?:\ yet)?
      | not\ yet\ (?:decided|assigned|planned|known|defined|written)\b.*
      | to\ be\ (?:decided|determined|confirmed|assigned|defined|hired|agreed|done|written
        |completed|added|filled\ in|updated)\b.*    # "to be defined by the agency"
      | (?:we'?ll\ )?(?:decide|figure\ (?:it\ )?out|see|fill\ (?:it\ )?in)\ later\b.*
      | lorem\ ipsum\b.*
      | [\[<{][^\]>}]*[\]>}]                          # a template slot: "[your research]"
    )\W*$""",
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)
_WORD = compiled_patterns.compile(r"\w")


@kept(512)
def is_placeholder(text: str) -> bool:
    """Whether ``text`` is a placeholder rather than content.

    A short text's answer is kept: the rules ask it of the same fields (and the
    check for an unfinished plan of every text in it). A plan holds a few hundred
    texts, so the last few hundred answers are kept, and no more memory."""
    return bool(_PLACEHOLDER.match(text.strip()))


def is_blank(value: Any) -> bool:
    """Absent, null, empty, punctuation only, or a placeholder (see the module docstring)."""
    if value is None or value is MISSING:
        return True
    if isinstance(value, str):
        return not _WORD.search(value) or is_placeholder(value)
    if isinstance(value, list | dict):
        return not value
    return False
