"""Built-in plugin: the tactics rules SMA701-SMA705, written in Python.

Every one of them judges a field against its siblings (a `conversion`
missing only on giveaways, a `brand_affinity` only on influencer tactics, a
content mix weighed category by category), or the tactics against the
channels and goals, which a declarative pack rule, judging one selected node
at a time, cannot express.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from smaudit.loading.hookspecs import hookimpl
from smaudit.model import compiled_patterns
from smaudit.model.findings import Violation
from smaudit.model.plan import Plan, join
from smaudit.model.prose.blank import is_blank
from smaudit.model.prose.cues import CuePhrases, compile_cues
from smaudit.model.prose.facts import number
from smaudit.model.prose.phrasing import phrase_options, phrases
from smaudit.model.rule import rule

PROMOTIONAL: tuple[str, ...] = (
    "promo*", "promotion*", "self promotion*", "advertorial*",
    "sale", "sales", "selling", "sell", "hard sell*", "upsell*", "cross sell*", "flash sale*",
    "offer", "offers", "special offer*", "specials", "deal", "deals", "discount*", "coupon*",
    "voucher*", "promo code*", "clearance", "price", "prices", "pricing", "price (cut*|drop*)",
    "ads", "adverts", "advertising", "advertisement*", "sponsored (posts|content)",
    "pitch", "pitches", "pitching", "buy", "buy now", "shop now", "book now", "order now",
    "listings", "new listings", "just listed", "for sale",
    "product (launch*|push*|plug*|pitch*|ads|announcement*)", "plugs", "shameless plug*",
    "lead (ads|capture|gen|generation|magnet*)", "conversion (posts|ads)",
)
"""Content-mix categories that sell rather than inform, entertain or connect."""

HELPFUL: tuple[str, ...] = (
    "tip", "tips", "how to", "how tos", "guide*", "tutorial*", "advice", "faq*", "q&a",
    "ask (me|us|the) *", "explain*", "explainer*", "education*", "educational", "learn*",
    "lesson*", "story", "stories", "behind the scenes", "community", "answers", "questions",
    "insight*", "checklist*", "myth*", "mistakes", "market (report*|update*)",
)
"""Words that make a category or tactic helpful even when it also names selling
("selling tips", "buyer's guide to deals")."""

_COMPOUND = compiled_patterns.compile(r"\b(non|after)\s+", re.IGNORECASE)


def _category(name: str) -> str:
    """A content-mix key as words: ``price_cuts`` -> ``price cuts``; ``non_promo`` and
    ``after_sales`` stay one word so that they are not taken for ``promo`` or ``sales``."""
    return _COMPOUND.sub(r"\1-", re.sub(r"[_./]+", " ", name))


def _share(value: Any) -> float:
    found = number(value)
    return found if found is not None and found > 0 else 0.0


class _Selling:
    """Tells promotional names from helpful ones with a rule's two phrase options."""

    def __init__(self, options: Mapping[str, Any]) -> None:
        self.promo = compile_cues(phrases(options))
        self.helpful = compile_cues(phrases(options, "helpful_phrases"))

    def __call__(self, name: Any) -> bool:
        if not isinstance(name, str):
            return False
        text = _category(name)
        return bool(self.promo.find(text)) and not self.helpful.find(text)


def _selling_options(what: str) -> dict[str, Any]:
    return {
        **phrase_options("phrases", PROMOTIONAL, what),
        "helpful_phrases": {
            "type": "array", "items": {"type": "string"}, "default": list(HELPFUL),
            "description": "Words that make a name helpful even when it mentions selling "
                           "(replaces the defaults)."},
        "extend_helpful_phrases": {
            "type": "array", "items": {"type": "string"}, "default": [],
            "description": "Added to `helpful_phrases` instead of replacing them."},
    }


def _mix(channel: Mapping[str, Any], selling: _Selling) -> tuple[list[tuple[str, float]],
                                                                 list[tuple[str, float]], float]:
    """Split a channel's ``content_mix`` into promotional and other categories (with their
    percentages) and return the total."""
    mix = channel.get("content_mix")
    promo: list[tuple[str, float]] = []
    other: list[tuple[str, float]] = []
    if not isinstance(mix, dict):
        return promo, other, 0.0
    for key, value in mix.items():
        share = _share(value)
        # a key joining kinds ("information_and_prices") is that many categories sharing
        # one number: each part is classified on its own and gets an even share, so only
        # the promotional part counts as promotion (the catalog counts categories that are
        # promotional, sales or offers, and half of this one is information)
        parts = [part for part in _JOINED.split(str(key)) if part.strip(" _-./")]
        selling_parts = sum(1 for part in parts if selling(part)) if len(parts) > 1 else (
            len(parts) if selling(str(key)) else 0)
        if selling_parts and selling_parts < len(parts):
            promo.append((str(key), share * selling_parts / len(parts)))
            other.append((str(key), share * (len(parts) - selling_parts) / len(parts)))
            continue
        (promo if selling_parts else other).append((str(key), share))
    return promo, other, sum(s for _, s in promo) + sum(s for _, s in other)


#: Where a content-mix key joins two kinds: "and", "&", "+" between words.
_JOINED = re.compile(r"(?:[\s_./-]+and[\s_./-]+|\s*[&+]\s*)", re.IGNORECASE)


def _kind(item: Mapping[str, Any]) -> str:
    """An item's ``type`` when it is a string (a malformed one is the schema rule's
    business), else ``""``."""
    kind = item.get("type")
    return kind if isinstance(kind, str) else ""


def _name(item: Mapping[str, Any], fallback: str) -> str:
    name = item.get("name")
    return f'"{" ".join(name.split())}"' if isinstance(name, str) and name.strip() else fallback


# --------------------------------------------------------------------------
# SMA701

GIVEAWAY: tuple[str, ...] = (
    "giveaway*", "give away", "giving away", "contest*", "competition*", "sweepstake*",
    "raffle*", "prize draw*", "lucky draw*", "(win|won) (a|an|free|one|our|the|yourself)",
    "free * for a year", "tag (a|two|three|3|2|your) friend*",
)
"""Tactic names that announce a giveaway, for tactics without a `type` (or `other`)."""


@rule(code="SMA701", slug="giveaway-without-conversion", severity="warning", area="tactics",
      summary="A contest or giveaway with no plan to turn entrants into customers.",
      options=phrase_options("phrases", GIVEAWAY, "giveaway names on tactics without a type"),
      sources=("001",), effort="low", impact="medium")
def giveaway_without_conversion(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A tactic of type `contest` or `giveaway` (or, when it has no type or
    `other`, one whose name announces a giveaway: "Win a free...", "prize
    draw") with no `conversion`, or a placeholder one ("TBD", "none"): nothing
    says how the people who enter become leads or customers.

    ## Why it hurts
    "Why Small Businesses Fail at Social Media" asks what a business gets from
    giving away a car for 50,000 new fans: what will it do with them, and how
    will it turn them into sales? A giveaway without a next step buys
    prize-hunters who leave with the prize, and a follower count that proves
    nothing.

    ## Example
    ```yaml
    tactics:
      - name: Win a free whitening!
        type: giveaway
        call_to_action: Like, follow and tag 3 friends
    ```

    ## Use instead
    ```yaml
    tactics:
      - name: Win a free whitening!
        type: giveaway
        call_to_action: Book a free check-up to enter the draw
        conversion: Every entrant gets a check-up slot and a whitening quote
    ```
    """
    named = compile_cues(phrases(options))
    for pointer, tactic in plan.items("tactics"):
        kind = _kind(tactic)
        if kind in ("contest", "giveaway"):
            what = kind
        elif kind in ("", "other") and named.find(tactic.get("name")):
            what = "giveaway"
        else:
            continue
        if not is_blank(tactic.get("conversion")):
            continue
        yield Violation(
            message=f"{what} {_name(tactic, 'tactic')} has no `conversion` plan: nothing turns "
                    "the people who enter into leads or customers",
            pointer=join(pointer, "conversion"),
            hint="Say what happens to entrants afterwards: an offer, a booking, a follow-up "
                 "call, a sign-up that leads to a sale.",
        )


# --------------------------------------------------------------------------
# SMA702


@rule(code="SMA702", slug="funnel-skip", severity="warning", area="tactics",
      summary="Asking for leads or sales with nothing that builds know, like and trust first.",
      options={
          "trust_tactic_types": {
              "type": "array", "items": {"type": "string"},
              "default": ["content", "community", "event", "customer_service"],
              "description": "Tactic types that build know, like and trust."},
          "trust_goal_types": {
              "type": "array", "items": {"type": "string"},
              "default": ["awareness", "community", "customer_engagement"],
              "description": "Goal types whose tactics build know, like and trust."},
          **_selling_options("promotional content-mix categories and tactic names"),
      },
      sources=("004",), effort="medium", impact="medium")
def funnel_skip(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A plan that asks for leads (a `lead_capture` or `social_selling` tactic,
    or a `lead_generation` goal) while nothing in it builds an audience's
    trust first: no `content`, `community`, `event` or `customer_service`
    tactic (the option `trust_tactic_types`) that is not itself a sales
    push, no tactic serving an awareness, community or engagement goal, and
    no channel whose `content_mix` holds anything but promotion. A plan that
    states neither tactics nor content mixes is left to the rules that ask
    for those.

    ## Why it hurts
    "Goals vs. outcomes, box checking and bandwagon leaps (untitled article)"
    draws the funnel and describes the businesses that jump straight to the
    leads: nobody wants your e-book before they know who you are and like
    what they see. Know, like and trust come in that order and cannot be
    skipped, so a plan made only of offers and sign-up forms gets ignored,
    and its owners conclude that social media does not work.

    ## Example
    ```yaml
    channels:
      - platform: facebook
        content_mix: {promotional: 70, offers: 30}
    tactics:
      - name: Free home valuation
        type: lead_capture
    ```

    ## Use instead
    ```yaml
    channels:
      - platform: facebook
        content_mix: {market_updates: 40, neighbourhood_stories: 30, promotional: 30}
    tactics:
      - name: Monthly market report
        type: content
      - name: Free home valuation
        type: lead_capture
    ```
    """
    selling = _Selling(options)
    tactics = list(plan.items("tactics"))
    goals = list(plan.items("business_goals"))
    asks = [(join(p, "type"), f"tactic {_name(t, '')} ({_kind(t).replace('_', ' ')})")
            for p, t in tactics if _kind(t) in ("lead_capture", "social_selling")]
    asks += [(join(p, "type"), f"goal {g['id'] if isinstance(g.get('id'), str) else ''} "
                               "(lead generation)")
             for p, g in goals if _kind(g) == "lead_generation"]
    if not asks:
        return
    channels = list(plan.items("channels"))
    mixes = [_mix(channel, selling) for _, channel in channels]
    if not tactics and not any(total for _, _, total in mixes):
        return  # nothing said about what is posted: no evidence either way
    trust_types = set(options.get("trust_tactic_types") or ())
    trust_goal_types = set(options.get("trust_goal_types") or ())
    trust_goal_ids = {g["id"] for _, g in goals
                      if isinstance(g.get("id"), str) and _kind(g) in trust_goal_types}
    for _, tactic in tactics:
        served = tactic.get("goals") if isinstance(tactic.get("goals"), list) else []
        if _kind(tactic) in trust_types and not selling(tactic.get("name")):
            return
        if trust_goal_ids.intersection(g for g in served if isinstance(g, str)):
            return
    if any(share > 0 for _, other, _ in mixes for _, share in other):
        return
    pointer, what = asks[0]
    mixed = sum(1 for _, _, total in mixes if total)
    content = ("every channel's content mix is promotion" if mixed == len(channels) and mixed
               else "no channel's content mix holds anything but promotion" if mixed
               else "no channel states a content mix beyond promotion")
    yield Violation(
        message=f"{' '.join(what.split())} asks for leads, but no tactic builds know, like "
                f"and trust first and {content}",
        pointer=pointer,
        hint="Add content, community or event tactics (useful tips, stories, answers to "
             "questions) and give each channel a mix that is mostly not promotion, before "
             "asking for contact details.",
    )


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


# --------------------------------------------------------------------------
# SMA704


@rule(code="SMA704", slug="no-call-to-action", severity="info", area="tactics",
      summary="A tactic that does not ask its audience to do anything.",
      options={
          "exempt_types": {
              "type": "array", "items": {"type": "string"}, "default": ["listening"],
              "description": "Tactic types that address no audience and need no call to "
                             "action."},
      },
      sources=("000",), effort="low", impact="low")
def no_call_to_action(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A tactic without a `call_to_action`, or with a placeholder one ("TBD",
    "none"). Tactics of the types in `exempt_types` (default: `listening`,
    which monitors rather than addresses anyone) are not checked.

    ## Why it hurts
    "Your SMB is a Success, So Why is Your Social Media a Failure?" observes
    that the social tactics with positive, measurable results nearly always
    give the audience a mission: join, send, share, give. A tactic that asks
    for nothing gets nothing measurable back, and its success can only be
    guessed from likes.

    ## Example
    ```yaml
    tactics:
      - name: Liquid nitrogen Fridays
        type: content
        channels: [tiktok, youtube]
    ```

    ## Use instead
    ```yaml
    tactics:
      - name: Liquid nitrogen Fridays
        type: content
        channels: [tiktok, youtube]
        call_to_action: Book a lab tour on our spring visit day
    ```
    """
    exempt = set(options.get("exempt_types") or ())
    for pointer, tactic in plan.items("tactics"):
        if _kind(tactic) in exempt or not is_blank(tactic.get("call_to_action")):
            continue
        yield Violation(
            message=f"tactic {_name(tactic, '')} does not ask its audience to do anything "
                    "(no `call_to_action`)".replace("  ", " "),
            pointer=join(pointer, "call_to_action"),
            hint="Give the audience one simple, concrete thing to do: book, join, share, "
                 "sign up, come by.",
        )


# --------------------------------------------------------------------------
# SMA705


@rule(code="SMA705", slug="hard-sell", severity="warning", area="tactics",
      summary="A channel whose content mix is mostly promotion.",
      options={
          "max_promotional": {"type": "number", "minimum": 0, "maximum": 100, "default": 50,
                              "description": "Highest promotional share, in percent."},
          **_selling_options("promotional content-mix categories"),
      },
      sources=("004", "002"), effort="medium", impact="medium")
def hard_sell(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A channel whose `content_mix` is more than `max_promotional` percent
    (default 50) promotion. Categories are classified by name with the
    `phrases` option: `promotional`, `promotions`, `offers`, `sales`,
    `deals`, `discounts`, `price_cuts`, `ads`, `listings` and the like count
    as promotion; `tips`, `showcase`, `behind_the_scenes`, `community` do not,
    and neither does a name that also says it helps (`selling_tips`,
    `deals_explained`: the `helpful_phrases` option). A key that joins kinds
    with "and", `&` or `+` (`information_and_prices`) is that many categories
    sharing one number: each part is judged on its own and gets an even share,
    so `information_and_prices: 60` counts 30 as promotion, since the rule
    counts the categories that are promotional, sales or offers and half of
    this one is information. Shares are taken of the mix's total, so a mix
    that does not add up to 100 is still judged fairly.

    ## Why it hurts
    "Goals vs. outcomes, box checking and bandwagon leaps (untitled article)"
    warns that a like or an accepted connection request is no invitation to
    hound someone toward a sale: relationships come first and take time. "#2
    Piece of Advice For SMBs is Social Media – Also Most Frustrating" adds
    that social media is not direct marketing and builds loyalty and trust
    rather than leads. A feed that is mostly offers reads as an advertising
    flyer, and people unfollow flyers.

    ## Example
    ```yaml
    channels:
      - platform: instagram
        content_mix: {promotions: 60, before_after: 25, tips: 15}
    ```

    ## Use instead
    ```yaml
    channels:
      - platform: instagram
        content_mix: {tips: 40, before_after: 30, team: 10, promotions: 20}
    ```
    """  # noqa: RUF002 - the article title has an en dash
    selling = _Selling(options)
    limit = float(options.get("max_promotional", 50))
    for pointer, channel in plan.items("channels"):
        promo, _, total = _mix(channel, selling)
        if not total:
            continue
        percent = sum(share for _, share in promo) * 100 / total
        if percent <= limit:
            continue
        parts = ", ".join(f"{key} {share:g}" for key, share in promo)
        platform = channel.get("platform")
        where = f"the {platform} content mix" if isinstance(platform, str) else "this content mix"
        yield Violation(
            message=f"{where} is {percent:.0f}% promotion ({parts}), more than {limit:g}%",
            pointer=join(pointer, "content_mix"),
            hint="Make most posts useful, entertaining or personal (tips, stories, answers, "
                 "behind the scenes) and keep offers to a minority.",
        )


RULES = (giveaway_without_conversion, funnel_skip, influencer_without_affinity,
         no_call_to_action, hard_sell)


@hookimpl
def smaudit_register_rules(register: Callable[[Any], None]) -> None:
    for each in RULES:
        register(each)
