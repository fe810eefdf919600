"""Cue matching over one prose field (a text or a list of texts), shared by
the goals and channels rules; it agrees with :mod:`smaudit.model.prose.cues`
(a test checks it).
"""

from __future__ import annotations

from collections.abc import Iterator

from smaudit.model.prose.cues import CueMatch, Text, compile_cues


def cue_matches(phrases: tuple[str, ...], value: Text, *, negation: bool = True
                ) -> Iterator[CueMatch]:
    """The matches of a phrase list in a prose field, in reading order (with
    ``negation=False`` negated matches count too)."""
    if not phrases:
        return iter(())
    return compile_cues(phrases).finditer(value, negation=negation)
