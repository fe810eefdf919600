"""Built-in plugin: the channels rules written in Python (SMA201-SMA203, SMA207).

SMA201-SMA203 read why the organization is doing social media at all (its
`motivation`) and why it picked each platform (each channel's `rationale`).
The same texts are read three ways, for a mandate, for a leap after other
organizations and for image. Each judgement looks for the roles a sentence
fills (who acts, what they want, about what) with the sentence frames and
word classes of `channel_roles`, so an authority, a rival or an image
adjective no list foresaw still lands in its role; each also keeps a short
list of fixed idioms ("tick the box", "jump on the bandwagon") that users can
replace or extend through the rule's phrase options. SMA207 weighs the
channels against the hours of the whole team.

Rules simple enough to be a selector and a condition (SMA204-SMA206) live
in the declarative pack `rules/channels.yaml` instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from smaudit.loading.hookspecs import hookimpl
from smaudit.model.findings import Violation
from smaudit.model.plan import Plan, join
from smaudit.model.prose import channel_roles as roles
from smaudit.model.prose.cues import CueMatch, as_texts
from smaudit.model.prose.facts import active_channels
from smaudit.model.prose.phrasing import phrase_options, phrases
from smaudit.model.rule import rule
from smaudit.rules.goals import cue_matches

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


#: A judgement of one text: ``(text, is a rationale) -> (role, quoted sentence)``.
Finder = Callable[[str, bool], "tuple[str, str] | None"]


def report(plan: Plan, finder: Finder, message: str, hint: str) -> Iterator[Violation]:
    """One finding per reason text (or list item) in which ``finder`` finds its role.

    ``message`` is formatted with ``what`` (the field), ``role`` (what was
    found, e.g. "the new CEO's wish is the only reason given") and
    ``sentence`` (the whole sentence that decided it).
    """
    for pointer, label, value in reasons(plan):
        rationale = pointer.endswith("/rationale")
        for index, text in as_texts(value):
            found = finder(text, rationale)
            if found is None:
                continue
            role, sentence = found
            yield Violation(
                message=message.format(what=label, role=role, sentence=sentence),
                pointer=pointer if index is None else join(pointer, index),
                hint=hint,
            )


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
# SMA201 box-checking

#: Fixed idioms of doing it for its own sake (the mandate-giver and directive
#: frames are in `channel_roles`; these are the phrases a user can replace).
BOX_CHECKING = (
    "(tick|check|ticking|checking|ticked|checked) (the|a|that|this|another|off a|off the) box*",
    "box (ticking|checking|ticked|checked|exercise)",
    "(tick box|checkbox|check box) (exercise|item)",
    "for the sake of (it|having|being|presence|social)",
    "presence for (its own sake|the sake of it)",
    "(just|simply|only|merely) (to|so|for) ... presence",
    "to (have|maintain|keep) (a|an|some) presence",
    "(so|so that) (we|you|they) (have|has) (a|an|some) presence",
    "so (we|that we) can say (we|that we|we're|we've)",
    "(because|since|as) (we|you|one) (should|must|have to|need to|ought to)",
    "(part of|added to|landed on|dumped on) (my|our|her|his|their) (job description|job spec"
    "|duties|remit|responsibilities|plate|desk|to-do list)",
    "(to|must|in order to|so we|so that we|we) comply",
    "(for|out of) compliance",
    "(the|a) done thing",
    "(pick|picked|assigned|appointed|nominated|drafted|delegated) (someone|somebody|a person"
    "|an intern|the intern|a volunteer|one of us) (to|who|for)",
)


def mandate_finder(cues: tuple[str, ...]) -> Finder:
    """A mandate role, else an idiom; neither counts when the field also gives
    a customer reason."""

    def find(text: str, rationale: bool) -> tuple[str, str] | None:
        role = roles.mandate(text, rationale=rationale)
        if role is not None:
            return role.says, role.sentence
        found = _cue(cues, text)
        if found is None or roles.customer_reason(text):
            return None
        return f"{found[0]} is the only reason given", found[1]

    return find


@rule(code="SMA201", slug="box-checking", severity="warning", area="channels",
      summary="The motivation or a channel rationale is a mandate, not a reason.",
      options=phrase_options("phrases", BOX_CHECKING,
                             "doing it for its own sake, added to the mandate frames"),
      sources=("004",), effort="low", impact="medium")
def box_checking(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A `motivation`, or a channel `rationale`, whose only reason is an order:
    someone with authority over the organization (an owner, a board, head
    office, a franchisor, a funder, a landlord, a regulator, a new CEO, "the
    boss") or a document that binds it (a policy, a contract, a grant
    condition, a box on a form) wants, asks, tells, requires or expects it to
    be on social media, and the field names no customer reason. The giver is
    recognised by its place in the sentence, not by a list of titles: "the
    area coordinator wants us on Instagram", "we were asked by the chair to",
    "at the request of the vice-chancellor", "a condition of the festival
    funding", "every store needs an Instagram account", "it's expected of
    us", "to tick the box". In a channel `rationale` the platform is implied,
    so "the managing partner asked for it" counts there.

    Not reported: a mandate that comes with what customers do or said, or
    what research found ("head office wants us there because our buyers save
    ideas there"); a denied or rejected one ("nobody at head office asked for
    this", "we're not doing this just because the board said so"); and a
    directive about something other than social media ("the owner wants the
    shop full on Tuesdays").

    ## Why it hurts
    A plan made to satisfy a mandate is judged by whether the accounts
    exist, not by what they achieve, and usually lands on someone with no
    time set aside. "Goals vs. outcomes, box checking and bandwagon
    leaps (untitled article)" names box checking first among the reasons
    organizations flounder in social media: a board decides the organization
    ought to be on social media and the job goes to whoever is nearest. The
    order may be real, but the plan still needs a reason the customers would
    recognise.

    ## Example
    ```yaml
    motivation: The board said it's time we got on social media.
    channels:
      - platform: facebook
        rationale: Required for all branches under the new policy.
    ```

    ## Use instead
    ```yaml
    motivation: >-
      Parents ask at the desk whether storytime is on this week; most of them
      are in the town's Facebook parents group.
    channels:
      - platform: facebook
        rationale: The parents group is where families check what is on.
    ```
    """
    return report(plan, mandate_finder(phrases(options)),
                  '{what} gives a mandate, not a reason: {role}: "{sentence}"',
                  "Say what the organization and its customers gain from being there; if "
                  "the only reason is the order, agree goals with whoever gave it.")


# --------------------------------------------------------------------------
# SMA202 bandwagon-leap

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
    "(looked|look|looking|checked|check|checking) at (how|what|why|where|which)",
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
    return report(plan, bandwagon_finder(phrases(options), phrases(options, "learning_phrases")),
                  '{what} follows what others do instead of a reason of its own: {role}: '
                  '"{sentence}"',
                  "Give the organization's own reason: which customers are there, what the "
                  "research shows. Others' results can inform tactics, not replace a reason.")


# --------------------------------------------------------------------------
# SMA203 bragging-rights

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
    return report(plan, image_finder(phrases(options), phrases(options, "image_phrases")),
                  '{what} picks the platform for the image it gives: {role}: "{sentence}"',
                  "Say who the platform reaches and what they will do there; if the aim is "
                  "a new image, make it a branding goal with an audience and a measure.")


# --------------------------------------------------------------------------
# SMA207 platform-sprawl


def _hours(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


@rule(code="SMA207", slug="platform-sprawl", severity="warning", area="channels",
      summary="More active or planned channels than the team's hours can run.",
      options={"min_hours_per_channel": {
          "type": "number", "minimum": 0, "default": 3,
          "description": "Team hours per week each active or planned channel needs at least."}},
      sources=("003", "002"), effort="medium", impact="high")
def platform_sprawl(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A plan whose active and planned channels (a channel without `status` is
    planned; paused ones do not count) share fewer than 3 team hours a week
    each (option `min_hours_per_channel`): the sum of every member's
    `hours_per_week`, divided by the number of channels. A single channel is
    never sprawl, and a team that gives no hours at all is not judged here:
    both are a shortage of hours, which the resources rules report.

    ## Why it hurts
    Every channel is a place where customers expect posts, answers and
    attention. Spread a few hours over many of them and each gets a
    neglected account, which does more harm than no account.
    "Why So Many Small Businesses Get Social Media Wrong & Some Ideas to Get
    It Right" ties the choice of platforms to the people and resources
    available, and
    "#2 Piece of Advice For SMBs is Social Media – Also Most Frustrating"
    warns that setting up a few sites and hoping is not a plan: each one
    needs someone with the time to listen, track and engage.

    ## Example
    ```yaml
    channels:
      - platform: facebook
      - platform: instagram
      - platform: tiktok
      - platform: linkedin
    team:
      - name: Priya
        hours_per_week: 6
    ```

    ## Use instead
    ```yaml
    channels:
      - platform: facebook
      - platform: instagram
        status: active
      - platform: tiktok
        status: paused   # until there are hours for it
    team:
      - name: Priya
        hours_per_week: 6
    ```
    """  # noqa: RUF002 - the article title has an en dash
    running = [channel for _, channel in active_channels(plan)]
    hours = [h for _, member in plan.items("team")
             if (h := _hours(member.get("hours_per_week"))) is not None]
    if len(running) < 2 or not hours:
        return
    minimum = options.get("min_hours_per_channel", 3)
    total = sum(hours)
    each = total / len(running)
    if each >= minimum:
        return
    names = ", ".join(str(c.get("platform")) for c in running if isinstance(c.get("platform"), str))
    yield Violation(
        message=f"{len(running)} active or planned channels ({names}) share {total:g} team "
                f"hours a week: {each:.1f} h each, below the {minimum:g} h a channel needs",
        pointer="/channels",
        hint="Pause or drop the channels that serve the goals least, or add hours, until each "
             f"channel gets at least {minimum:g} hours a week.",
    )


RULES: tuple = (box_checking, bandwagon_leap, bragging_rights, platform_sprawl)


@hookimpl
def smaudit_register_rules(register):
    for each in RULES:
        register(each)
