"""The rule SMA202 bandwagon-leap.

The motivation or a rationale cites other organizations' success or presence.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``bandwagon_leap`` below, which ``smaudit explain SMA202`` shows.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.findings import Violation
from smaudit.model.plan import Plan
from smaudit.model.prose import channel_roles as roles
from smaudit.model.prose import learned
from smaudit.model.prose.cue_matching import cue_matches
from smaudit.model.prose.phrasing import phrase_options, phrases
from smaudit.model.rule import rule
from smaudit.rules.channels.shared import Finder, _cue, report

#: Fixed idioms of following the crowd (the other-organization frames are in
#: `channel_roles`; these are the phrases a user can replace).
BANDWAGON = (
    "(jump|jumping|hop|hopping|get|getting|climb|climbing) on (the|this) (bandwagon|trend"
    "|train|hype)",
    "bandwagon",
    "ride (the|this) (wave|trend|hype)",
    "follow (suit|their lead|the lead|the crowd|the herd|the pack|the trend)",
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


@rule(code="SMA202", slug="bandwagon-leap", severity="warning", area="channels",
      summary="The motivation or a rationale cites other organizations' success or presence.",
      options={
          **learned.OPTION,
          **phrase_options("phrases", BANDWAGON,
                           "following the crowd, added to the other-organization frames"),
          **phrase_options("learning_phrases", LEARNING,
                           "a sentence that learns from others rather than follows them"),
      },
      sources=("004", "003"), effort="medium", impact="medium")
def bandwagon_leap(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A `motivation`, or a channel `rationale`, whose reason is that other
    organizations are on a platform or do well there. The others are
    recognised by how the sentence names them, whatever they are: "the
    taproom across the road gets packed from its reels", "other history
    societies are on Facebook", "every hotel in Lisbon has an Instagram",
    "our competitor Brightwell posts daily", "a friend's pottery studio fills
    its workshops through Instagram", "everyone else in our sector is on
    LinkedIn", "it worked for the florist on our street"; and the idioms of
    following ("we can't afford to fall behind", "jump on the bandwagon").

    Not reported: a sentence that studies others to learn or to find a gap
    ("we studied three rival firms to find the gap", "unlike the other
    spaces, we answer within the hour"), including a lesson in the next
    sentence; others named and then dismissed ("..., but that isn't why we're
    joining", "..., but they are clear that this is not what prompted it",
    "I'm unconvinced that matters"); the organization's own experience or
    branches ("our other branch already runs a page"); its customers'
    reports; others as the route by which someone found the organization
    ("found us through other florists' posts"); and a requirement on
    everyone ("requires every branch to ...") or by a body ("the Executive
    Team has asked ..."), which is box checking.

    ## Why it hurts
    Another organization's success says little about this one: different
    customers, offer, people and budget, and usually a visible result with
    invisible years of work behind it. "Goals vs. outcomes, box checking and
    bandwagon leaps (untitled article)" lists the bandwagon leap, copying an
    organization that seemed to do well, among the root causes of floundering,
    and
    "Why So Many Small Businesses Get Social Media Wrong & Some Ideas to Get
    It Right" warns that some platforms will work and others not, depending
    on the business, its market and its people, whatever is working for
    others.

    ## Example
    ```yaml
    motivation: All the other breweries in town are on TikTok and doing great.
    ```

    ## Use instead
    ```yaml
    motivation: >-
      Weeknights are empty and our table cards say regulars plan their week
      from Facebook events.
    ```
    """
    finder = bandwagon_finder(phrases(options), phrases(options, "learning_phrases"))
    return report(plan, learned.judging("bandwagon-leap", options), finder,
                  "other organizations being there or doing well there is the reason given",
                  '{what} follows what others do instead of a reason of its own: {role}: '
                  '"{sentence}"',
                  "Give the organization's own reason: which customers are there, what the "
                  "research shows. Others' results can inform tactics, not replace a reason.")
