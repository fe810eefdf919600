"""The rule SMA203 bragging-rights.

A platform chosen to look good (cool, trendy, modern) rather than to reach anyone.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``bragging_rights`` below, which ``smaudit explain SMA203`` shows.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.findings import Violation
from smaudit.model.plan import Plan
from smaudit.model.prose import channel_roles as roles
from smaudit.model.prose import learned
from smaudit.model.prose.phrasing import phrase_options, phrases
from smaudit.model.rule import rule
from smaudit.rules.channels.shared import Finder, _cue, report

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


@rule(code="SMA203", slug="bragging-rights", severity="warning", area="channels",
      summary="A platform chosen to look good (cool, trendy, modern) rather than to reach anyone.",
      options={
          **learned.OPTION,
          **phrase_options("phrases", BRAGGING,
                           "status and fashion, added to the image frames"),
          **phrase_options("image_phrases", IMAGE,
                           "how the organization wants (not) to be seen; matched even "
                           "inside a negation"),
      },
      sources=("004",), effort="low", impact="medium")
def bragging_rights(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A `motivation`, or a channel `rationale`, that picks a platform for how
    it makes the organization look rather than who it reaches: the
    organization as what is seen ("it makes the practice feel less like a
    dentist from the nineties", "we want the council to come across as
    modern", "so the agency looks bigger than it is"), how others see it
    ("people think of the museum as stuffy", "change how teenagers picture
    us"), its image ("our image is a bit grandad", "gives the brand a premium
    feel"), the platform as fashion ("TikTok is so hot right now", "the
    newest thing"), and bragging rights ("to say our school is on TikTok",
    "impress the investors"). Any word can fill "make us look ___". An
    image stated as what the organization is *not* ("not just dusty
    shelves", "we don't want to seem behind the times") counts, since the
    negation is the brag; a denied motive ("this isn't about looking
    modern", "trendy or not", "looking current would be a nice side effect")
    does not, nor do the organization's products looking good ("our cakes
    look best in natural light").

    ## Why it hurts
    A platform chosen for the image it lends is chosen for the organization,
    not for its customers: whether they are there, and what they would do
    there, was never asked. "Goals vs. outcomes, box checking and bandwagon
    leaps (untitled article)" names bragging rights, joining the newest app to
    seem fashionable, as one of the root causes of flailing in social media. An
    image, if that is truly the aim, is a branding goal with an audience and
    a measure, not a reason to open an account.

    ## Example
    ```yaml
    channels:
      - platform: tiktok
        rationale: Being on TikTok makes us look young and modern.
    ```

    ## Use instead
    ```yaml
    channels:
      - platform: tiktok
        goals: [open-day-signups]
        rationale: >-
          Our open-day survey found 70% of applicants watch campus videos on
          TikTok before they visit.
    ```
    """
    finder = image_finder(phrases(options), phrases(options, "image_phrases"))
    return report(plan, learned.judging("bragging-rights", options), finder,
                  "the platform is chosen for how the organization will look",
                  '{what} picks the platform for the image it gives: {role}: "{sentence}"',
                  "Say who the platform reaches and what they will do there; if the aim is "
                  "a new image, make it a branding goal with an audience and a measure.")
