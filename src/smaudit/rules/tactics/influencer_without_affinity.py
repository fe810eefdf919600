"""The rule SMA703 influencer-without-affinity.

An influencer tactic with an influencer who has shown no affinity for the brand.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``influencer_without_affinity`` below, which ``smaudit explain SMA703``
shows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model import compiled_patterns
from smaudit.model.findings import Violation
from smaudit.model.plan import Plan, join
from smaudit.model.prose.cues import CuePhrases, compile_cues
from smaudit.model.prose.phrasing import phrase_options, phrases
from smaudit.model.rule import rule
from smaudit.rules.tactics.shared import _kind, _name

# --------------------------------------------------------------------------
# SMA703

_TALKS = ("(mention*|tag*|post*|review*|recommend*|feature*|share*|wrote|writes|write|"
          "talk*|rave*|prais*|vlog*|blog*|film*|photograph*|shout* out)")


_PLACE = ("(brand|business|company|shop|store|school|department|clinic|studio|restaurant|"
          "bakery|brewery|taproom|cafe|gym|salon|library|museum|products|app)")


_PATRON = ("(customer*|client*|regular*|patient*|member*|guest*|student*|alum*|subscriber*|"
           "shopper*|donor*|volunteer*|diner*|visitor*|user*|fan|fans|supporter*)")


AFFINITY: tuple[str, ...] = (
    f"{_TALKS} (us|our|ours|about us|about our|on our|of us|of our)",
    f"{_TALKS} (the|this|about the|about this|on the|of the) {_PLACE}",
    f"{_TALKS} (a|an|the|one|two|three|several|many|some|*) (video*|post*|review*|reel*|"
    "stor*|photo*|blog*|thread*|tweet*|shout* out*) (about|of|on|at|from) (us|our)",
    "already (mention*|tag*|post*|review*|recommend*|feature*|share*|talk*|rave*|use*|"
    "love*|like*|buy*|bought|shop*|order*|wear*|drink*|eat*|visit*|come*|follow*|know*|"
    "film*|vlog*|blog*)",
    f"(loyal|longtime|long time|long standing|repeat|former|past|existing|paying|happy|"
    f"satisfied|devoted|big|huge) {_PATRON}",
    f"(a|an) {_PATRON} (of|at|with) (us|ours|our)", f"(a|an) {_PATRON} (since|for) *",
    "(a|an) regular", f"one of our {_PATRON}", f"{_PATRON} of (us|ours)",
    "(follows|followed|following) (us|our)",
    "(uses|used|loves|loved|likes|liked|buys|bought|orders|ordered|drinks|drank|eats|ate|"
    "wears|wore|visits|visited|shops|shopped|attends|attended|recommends|trusts|swears by) "
    "(us|our|ours)",
    "(bought|buys|ordered|orders|shopped|shops|booked|books|ate|eats|stayed|studied|trained) "
    "(from|with|at) (us|our)",
    "(comes|came) (here|to us|to our)", "(studied|trained|grew up|works|worked) here",
    # someone who has been through what the organization offers: "took our beginners'
    # course", "did our 10-week programme", "joined one of our tours"
    "(took|takes|taken|did|does|done|joined|joins|completed|completes|finished|attended"
    "|enrolled in|signed up for|hired|hires|rented|rents|booked|books) (our|one of our)",
    # still doing something with what the organization has: "still fires her work in
    # our kiln", "still trains at our gym"
    "still ... (in|at|with|from|through|on) our",
    "(approached|contacted|reached out to) us",
    "(asked|offered|volunteered) to (work|collaborate|partner) with (us|our)",
    "(genuine|real|strong|existing|proven|natural|obvious|clear|high|good|deep) affinity",
    "(affinity|connection|link|relationship|bond|ties) (to|with) (us|our|the brand)",
    "(long|long standing|longstanding|existing|prior|previous|past) (relationship|partnership|"
    "collaboration|connection)",
)
"""Evidence in a text `brand_affinity` that the influencer already likes the brand."""


_SAYS_NO = compiled_patterns.compile(
    r"^\W*(?:no|nope|n|false|none|nil|low|weak|unknown|unclear|unsure|not\s+(?:yet|really|sure"
    r"|known|much)|tbd|tba|n/?a|\?+|-+)\b\W*(?:$|[,.;:(-])", re.IGNORECASE)


_SAYS_YES = compiled_patterns.compile(
    r"^\W*(?:yes|yep|y|true|strong|high|some|moderate|medium|partial|confirmed|proven|"
    r"definitely|absolutely)\b\W*"
    r"(?:$|[,.;:(-])", re.IGNORECASE)


def _has_affinity(value: Any, cues: CuePhrases) -> bool:
    """Whether a `brand_affinity` value shows affinity: ``true``, or a text that says so
    ("already posts about our shop"), not one that denies it ("has never mentioned us")."""
    if isinstance(value, bool):
        return value
    if not isinstance(value, str) or not value.strip():
        return False
    if _SAYS_NO.match(value):
        return False
    return bool(_SAYS_YES.match(value) or cues.find(value))


@rule(code="SMA703", slug="influencer-without-affinity", severity="warning", area="tactics",
      summary="An influencer tactic with an influencer who has shown no affinity for the brand.",
      options=phrase_options("phrases", AFFINITY,
                             "evidence of affinity in a text `brand_affinity`"),
      sources=("000",), effort="medium", impact="high")
def influencer_without_affinity(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    An `influencer` tactic (or any tactic with an `influencer` block) whose
    influencer has no `brand_affinity`: the key is missing, `false`, or a text
    that does not show the influencer already likes the brand ("has never
    mentioned us", "huge audience in our age group"). A text that does show it
    ("already posts about our shop", "a regular for years", "took our
    course and still rehearses at our studio") counts as affinity.

    ## Why it hurts
    "Your SMB is a Success, So Why is Your Social Media a Failure?" describes
    influencer work that pays off: the brand joins people who already create
    content, already command an audience and already like the brand, and asks
    them to keep doing what they do. Their followers trust a friend's
    recommendation far more than an advertiser's. A paid post by someone who
    never cared about the brand is just an advertisement with a face, and the
    audience can tell.

    ## Example
    ```yaml
    tactics:
      - name: Lifestyle blogger collab
        type: influencer
        influencer:
          handle: "@marta.fit.life"
          brand_affinity: false
    ```

    ## Use instead
    ```yaml
    tactics:
      - name: Regular patient shares her results
        type: influencer
        influencer:
          handle: "@anna.runs.krakow"
          brand_affinity: A patient since 2021 who already posts about her visits
    ```
    """
    cues = compile_cues(phrases(options))
    for pointer, tactic in plan.items("tactics"):
        block = tactic.get("influencer")
        if _kind(tactic) != "influencer" and not isinstance(block, dict):
            continue
        if isinstance(block, str) and block.strip():
            block = {"handle": block}
        if not isinstance(block, dict):
            yield Violation(
                message=f"influencer tactic {_name(tactic, '')} does not say who the influencer "
                        "is or whether they already like the brand".replace("  ", " "),
                pointer=join(pointer, "influencer"),
                hint="Add `influencer: {handle, brand_affinity}` and choose someone who already "
                     "talks about the brand.",
            )
            continue
        value = block.get("brand_affinity")
        if _has_affinity(value, cues):
            continue
        handle = block.get("handle")
        who = f"influencer {handle}" if isinstance(handle, str) and handle.strip() else \
            f"the influencer of {_name(tactic, 'this tactic')}"
        shown = ("is not stated" if value is None or value == ""
                 else "is false" if value is False
                 else f'is "{" ".join(str(value).split())}"')
        yield Violation(
            message=f"{who} has shown no affinity for the brand (brand_affinity {shown})",
            pointer=join(pointer, "influencer", "brand_affinity"),
            hint="Work with someone who already uses, mentions or recommends the brand, and "
                 "say so in `brand_affinity`.",
        )
