"""Helpers and word data that several channels rules use, kept once so that they agree.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from smaudit.model.findings import Violation
from smaudit.model.plan import Plan, join
from smaudit.model.prose import channel_roles as roles
from smaudit.model.prose import learned
from smaudit.model.prose.answers import answer
from smaudit.model.prose.cue_matching import cue_matches
from smaudit.model.prose.cues import CueMatch, as_texts

# --------------------------------------------------------------------------
# Shared: the texts that say why


def reasons(plan: Plan) -> Iterator[tuple[str, str, Any]]:
    """``(pointer, label, value)`` for `motivation` and each channel's `rationale`."""
    data = plan.data if isinstance(plan.data, dict) else {}
    if "motivation" in data:
        yield "/motivation", "motivation", data["motivation"]
    for pointer, channel in plan.items("channels"):
        if "rationale" in channel:
            platform = channel.get("platform")
            name = platform if isinstance(platform, str) else "channel"
            yield join(pointer, "rationale"), f"the {name} rationale", channel["rationale"]


#: A judgement of one text: ``(text, is a rationale) -> (role, quoted sentence)``. It
#: must depend on nothing else, as its answers are kept per text (``answers``): a rule
#: builds it once per set of options (``functools.lru_cache`` on its factory), so that
#: the same options give the same finder, which names the kept answers.
Finder = Callable[[str, bool], "tuple[str, str] | None"]


def report(plan: Plan, judgement: str | None, finder: Finder, learned_role: str, message: str,
           hint: str) -> Iterator[Violation]:
    """One finding per reason text (or list item) in which ``finder`` finds its role,
    weighed against the learned reading of ``judgement`` (see ``learned``; None
    decides by ``finder`` alone).

    ``message`` is formatted with ``what`` (the field), ``role`` (what was
    found, e.g. "the new CEO's wish is the only reason given", or for a text
    only the learned reading reports, ``learned_role`` and the words it was
    read from) and ``sentence`` (the whole sentence that decided it).
    """
    for pointer, label, value in reasons(plan):
        rationale = pointer.endswith("/rationale")
        for index, text in as_texts(value):
            found = answer(_judged, text, finder, rationale, judgement, learned_role)
            if found is None:
                continue
            role, sentence = found
            yield Violation(
                message=message.format(what=label, role=role, sentence=sentence),
                pointer=pointer if index is None else join(pointer, index),
                hint=hint,
            )


def _judged(text: str, finder: Finder, rationale: bool, judgement: str | None,
            learned_role: str) -> tuple[str, str] | None:
    """What ``report`` says of one text: the role and its sentence, from the finder
    unless the learned reading overrules it, else from the learned reading alone;
    kept per text (``answers``), as plans repeat their motivations and rationales."""
    found = finder(text, rationale)
    if found is not None:
        return found if learned.confirms(judgement, text) else None
    weighed = learned.suggests(judgement, text)
    if weighed is None:
        return None
    return learned.role_found(learned_role, weighed), weighed.sentence


def _cue(cues: tuple[str, ...], text: str, *, negation: bool = True,
         judge: Callable[[CueMatch], bool] | None = None) -> tuple[str, str] | None:
    """A phrase cue as a found role: the phrase and its whole sentence."""
    for match in cue_matches(cues, text, negation=negation):
        if negation and match.index is None and roles.scoped_out(text, match.start):
            continue
        if judge is None or judge(match):
            return f'"{" ".join(match.text.split())}"', match.sentence
    return None
