"""Helpers and word data that several channels rules use, kept once so that they agree.
"""

from __future__ import annotations

import functools
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
#: Whether a neighbouring judgement's frames find their own role in a text: anything
#: false when they do not (a ``Finder`` is one: its role, or None).
Explains = Callable[[str, bool], object]


def report(plan: Plan, judgement: str | None, finder: Finder, learned_role: str, message: str,
           hint: str, *, explained_by: Explains | None = None) -> Iterator[Violation]:
    """One finding per reason text (or list item) in which ``finder`` finds its role,
    weighed against the learned reading of ``judgement`` (see ``learned``; None
    decides by ``finder`` alone).

    ``message`` is formatted with ``what`` (the field), ``role`` (what was
    found, e.g. "the new CEO's wish is the only reason given", or for a text
    only the learned reading reports, ``learned_role`` and the words it was
    read from) and ``sentence`` (the whole sentence that decided it).

    ``explained_by`` is a neighbouring judgement's frames (``Explains``): a text
    they find their own role in is left to that judgement when only the learned
    reading would report it here. The model reads words, and the words of "every other club has
    a page, so we must too" lean toward an order as well as toward a leap; the
    frames say which role the sentence has.
    """
    for pointer, label, value in reasons(plan):
        rationale = pointer.endswith("/rationale")
        for index, text in as_texts(value):
            found = answer(_judged, text, finder, rationale, judgement, learned_role,
                           explained_by)
            if found is None:
                continue
            role, sentence = found
            yield Violation(
                message=message.format(what=label, role=role, sentence=sentence),
                pointer=pointer if index is None else join(pointer, index),
                hint=hint,
            )


def _judged(text: str, finder: Finder, rationale: bool, judgement: str | None,
            learned_role: str, explained_by: Explains | None) -> tuple[str, str] | None:
    """What ``report`` says of one text: the role and its sentence, from the finder
    unless the learned reading overrules it, else from the learned reading alone
    (unless a neighbouring judgement's frames explain the text); kept per text
    (``answers``), as plans repeat their motivations and rationales."""
    found = finder(text, rationale)
    if found is not None:
        return found if learned.confirms(judgement, text) else None
    weighed = learned.suggests(judgement, text)
    if weighed is None or (explained_by is not None and explained_by(text, rationale)):
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


# --------------------------------------------------------------------------
# The bandwagon and image judgements' phrases and finders: their own rules use them with
# the user's phrases, and a neighbouring rule with the defaults, to leave to them a text
# their frames explain (``report``'s ``explained_by``)

#: Fixed idioms of following the crowd (the other-organization frames are in
#: `channel_roles`; these are the phrases a user can replace).
BANDWAGON = (
    "(jump|jumping|hop|hopping|get|getting|climb|climbing) on (the|this) (bandwagon|trend"
    "|train|hype)",
    "bandwagon",
    "ride (the|this) (wave|trend|hype)",
    "follow (suit|their lead|the lead|the crowd|the herd|the pack|the trend|the market"
    "|the sector|the industry|the others)",
    "(keep|keeping) up with (the joneses|the competition|competitor*|rival*|other*|everyone"
    "|everybody|them|the rest|our peers|peers)",
    "(fall|falling|fell|left|lag|lagging) behind",
    "(don't|do not|can't|cannot|won't) (want to|afford to) (fall|be left|get left|lag|stay)"
    " behind",
    "(miss|missed|missing) the (boat|train|wave)",
    "(don't|do not|can't|cannot|won't|shouldn't) (want to|afford to) miss (out|the boat"
    "|the train|the wave)",
    "fear of missing out",
    "(everyone|everybody|the whole town|people) (talks|is talking|'s talking|are talking|raves"
    "|rave|is raving|are raving) about (them|him|her|their)",
    "fomo",
    "(don't|do not|can't|cannot|won't) (want to be|be|afford to be) the only",
    "the only (one|ones) (not on|without|missing|left|not using)",
    "(can't|cannot|won't|shouldn't|can not) (sit|stay|miss) (this|it|that) out",
    "(why not us|so can we|we can too|why can't we|why shouldn't we|if they can)",
    "(should|could|can|will|want to|going to|let's|must|need to|might as well) (do|try|copy"
    "|follow) (the same|same)",
    "(do|doing) the same (here|too|as them)",
    "(we'd|we'll|we should|we could|let's|we will|we would|we might as well|figured we'd) do"
    " the same",
    "(copy|copying|copied|clone|cloning|mimic*|emulate|emulating|replicate|replicating"
    "|imitate|imitating) (them|what they|their|him|her|competitor*|rival*|other*|anybody"
    "|anyone|everyone|everybody)",
    "(a slice|a piece|our share|our slice|our piece) of (that|the action|the pie|their success)",
    "(we want|we'd like|we would like|i want) (that|the same|what they have|their results"
    "|their numbers|their success)",
    "(whatever|everything|anything) (they|he|she|others|the others|competitors) (are|is|'re"
    "|'s|were|was|have been|has been) (doing|up to)",
)


LEARNING = (
    "(studied|studying)", "(to|we|i|and|will|must|should|they) study", "learn*", "lesson*",
    "benchmark*", "analy*",
    "audit*", "unlike", "(differently from|different from|better than)", "taught",
    "(to|and) (find|see|spot|check|work out|understand) (what|which|how|where|whether|why"
    "|the gap|gaps|a gap)",
    "(looked|look|looking|checked|check|checking) ... at (how|what|why|where|which)",
    # a gap found beside the others: "saw room for something slower", "spotted an opening"
    "(saw|see|sees|spotted|spot|found|find|finds|noticed|notice|left|leaves|leave) ..."
    " (room|space|an opening|a niche|a gap|openings) (for|in|to)",
    "(checked|check|checking) (how|what|why|where|which)",
    "decided against", "(showed|shown|shows|taught|teaches) (us|me)",
    "(stand|standing|stands) out", "set* us apart", "differentiat*", "(gap|gaps) (in|that|left)",
    "(that|this|the) (gap|gaps)",
    "(slow|too slow|fail*|forget*|neglect*|ignor*) (to|their)", "complain*", "mistake*",
    "what not to do", "weak*", "(poorly|badly)", "unanswered", "takes days",
    "(angry|negative|bad|poor|critical|unhappy|furious) (comments|reviews|feedback|replies"
    "|customers|clients)", "backlash", "critici*",
    "(mocked|ridiculed|slated|panned|trolled|roasted|laughed at)",
    "(their|the) (customers|clients|patients) (ask|complain|say|want|need|dislike|hate)",
)


@functools.lru_cache(maxsize=16)  # one finder per set of phrases: it names kept answers
def bandwagon_finder(cues: tuple[str, ...], learning: tuple[str, ...]) -> Finder:
    """Other organizations being there or doing well, else an idiom of following;
    a sentence that studies them (``learning``) is research, not a leap."""

    def is_learning(sentence: str) -> bool:
        return next(cue_matches(learning, sentence), None) is not None

    def find(text: str, rationale: bool) -> tuple[str, str] | None:
        role = roles.others_role(text, is_learning, rationale=rationale)
        if role is not None:
            return role.says, role.sentence
        found = _cue(cues, text, judge=lambda m: not is_learning(m.sentence)
                     and not roles.after_own_gain(text, m.start, m.text)
                     and not roles.that_opens_clause(text, m.start + len(m.text)))
        return None if found is None else (f"{found[0]} is the reason given", found[1])

    return find


#: Fixed idioms of status and fashion (the image frames are in `channel_roles`).
BRAGGING = (
    "(hot|hottest|buzzy|buzziest|shiny|shiniest) new",
    "(latest|newest) (craze|fad|hype)",
    "(street|social) cred*",
    "(in vogue|all the rage|the in thing|the it platform)",
    "(bragging rights|status symbol|wow factor|cool factor|cachet|clout)",
    "ahead of the curve",
    "(screams|scream|shouts|shout) (innovation|innovative|modern|young|youth|cool|fresh"
    "|trendy|cutting-edge|future|forward-thinking)",
    "rebrand* (as|ourselves|into)",
    "about (optics|appearances)",
    "for (show|appearances|the look of it)",
)


# How the organization wants (not) to be seen: matched even inside a negation,
# since "we're no dinosaurs" is as much a brag as "we're modern".
IMAGE = (
    "stuck in (19*|20*|the past|time|a rut|the 19*|the 20*|the dark ages|the last century"
    "|the old days|the stone age)",
    "(behind|with) the times",
    "take us seriously",
    "dinosaur*",
    "not (your|their|just your) (grand*|dad's|dads|mom's|mum's|parents)",
)


@functools.lru_cache(maxsize=16)  # one finder per set of phrases: it names kept answers
def image_finder(cues: tuple[str, ...], image_cues: tuple[str, ...]) -> Finder:
    """An image role, else a fashion idiom, else a dated-image idiom."""

    def find(text: str, rationale: bool) -> tuple[str, str] | None:
        role = roles.image_role(text)
        if role is not None:
            return role.says, role.sentence
        found = _cue(cues, text) or _cue(image_cues, text, negation=False)
        return None if found is None else (f"{found[0]} is the reason given", found[1])

    return find
