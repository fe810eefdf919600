"""Built-in plugin: the channels rules written in Python (SMA201-SMA203, SMA207).

SMA201-SMA203 read why the organization is doing social media at all (its
`motivation`) and why it picked each platform (each channel's `rationale`).
The same texts are read three ways, for a mandate, for a leap after other
organizations and for image, so they share one walk over the plan. Each
needs more than a cue phrase: a competitor studied to learn from is not a
bandwagon, a mandate that comes with a customer reason is not box checking,
and "we're not some dusty brewery" is as image-driven as "we want to look
modern" even though it is phrased as a negation. SMA207 weighs the channels
against the hours of the whole team.

Rules simple enough to be a selector and a condition (SMA204-SMA206) live
in the declarative pack `rules/channels.yaml` instead.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from smaudit.builtin.facts import active_channels
from smaudit.builtin.goals import (
    PLATFORMS,
    cue_matches,
    words_after,
    words_before,
    wordset,
)
from smaudit.builtin.phrasing import phrase_options, phrases, quote
from smaudit.cues import (
    CueMatch,
    as_texts,
    next_sentence,
    sentence_end,
    sentence_start,
    words,
)
from smaudit.hookspecs import hookimpl
from smaudit.model import Violation
from smaudit.plan import Plan, join
from smaudit.rule import rule

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


Judge = Callable[[CueMatch, str], bool]


def report(plan: Plan, cues: tuple[str, ...], judge: Judge, message: str, hint: str,
           extra: Callable[[str], str | None] | None = None) -> Iterator[Violation]:
    """One finding per reason text (or list item) with a counted cue.

    ``judge(match, text)`` confirms a match in its context; ``extra(text)``
    is a second, rule-specific search returning the quoted phrase or None.
    ``message`` is formatted with ``what`` (the field) and ``quote``.
    """
    for pointer, label, value in reasons(plan):
        for index, text in as_texts(value):
            found = next((m.text for m in cue_matches(cues, text) if judge(m, text)), None)
            if found is None and extra is not None:
                found = extra(text)
            if found is None:
                continue
            yield Violation(
                message=message.format(what=label, quote=quote(found)),
                pointer=pointer if index is None else join(pointer, index),
                hint=hint,
            )


# People whose reasons are reasons: a mandate that comes with what customers
# do ("the board wants it, because our members are there") is not box checking.
_CUSTOMERS = re.compile(
    r"\b(?:because|since|as|where|so that)\b.{0,80}?\b(?:customers?|clients?|patients?"
    r"|residents?|neighbou?rs?|members?|students?|parents?|families|buyers?|guests?|donors?"
    r"|readers?|visitors?|users?|fans|audience|survey|research|data|regulars|diners"
    r"|shoppers|homeowners|couples)\b",
    re.IGNORECASE,
)

# Other organizations, by what they are.
_ORG_NOUNS = (
    "(competitor|competitors|rival|rivals|shelter|shelters|bakery|bakeries|brewery|breweries"
    "|brewers|shop|shops|store|stores|business|businesses|company|companies|brand|brands|firm"
    "|firms|agency|agencies|school|schools|university|universities|library|libraries|church"
    "|churches|restaurant|restaurants|cafe|cafes|café|cafés|gym|gyms|salon|salons|clinic"
    "|clinics|practice|practices|dentist|dentists|realtor|realtors|agents|municipality"
    "|municipalities|council|councils|florist|florists|plumber|plumbers|contractor|contractors"
    "|electricians|lawyers|accountants|vet|vets|garage|garages|bar|bars|pub|pubs|bookshop"
    "|bookshops|bookstore|bookstores|boutique|boutiques|retailer|retailers|sellers|vendors"
    "|labels|club|clubs|venue|venues|gallery|galleries|theatre|theatres|theater|theaters"
    "|college|colleges|departments|cities|towns|counties|parishes|dealer|dealers|dealership"
    "|dealerships|builders|roofers|landscapers|photographers|bistro|bistros|chain|chains"
    "|franchises|players|groomers|trainers|coaches|consultants|therapists|physios"
    "|chiropractors|opticians|pharmacy|pharmacies|charity|charities|rescue|rescues|nonprofit"
    "|nonprofits|startup|startups|peers|museum|museums|hotel|hotels|studio|studios|winery"
    "|wineries|vineyard|vineyards|distillery|distilleries|farm|farms|spa|spas|caterers|bakers"
    "|butchers|delis|barbers|nurseries|inns|guesthouses|others)"
)

# --------------------------------------------------------------------------
# SMA201 box-checking

_ASKERS = wordset("""
    customers clients patients parents residents guests families people users visitors
    readers neighbours neighbors shoppers diners buyers fans followers regulars students
    homeowners couples patrons
""")

_AUTHORITY = (
    "(board|boards|management|manager|managers|boss|bosses|owner|owners|ceo|cmo|cfo|coo"
    "|founder|founders|director|directors|president|chair|chairman|chairwoman|chairperson"
    "|mayor|council|councillors|councilors|head office|headquarters|hq|corporate|franchisor"
    "|franchise|parent company|regional office|commission|ministry|government|district|dean"
    "|principal|superintendent|trustees|committee|leadership|higher-ups|higher ups|execs"
    "|executives|executive team|senior management|senior leadership|senior team|investors"
    "|shareholders|bishop|diocese|national office|head teacher|headteacher|governors|vp"
    "|vice president|the top|powers that be|marketing department|comms department|gm"
    "|general manager|md|managing director|area manager|regional manager|district manager"
    "|funder|funders|grant|grant conditions|conditions|sponsor|sponsors|franchise agreement"
    "|agreement|contract|terms)"
)
_MANDATES = (
    "(said|says|say|want|wants|wanted|asked|asks|ask|requested|requests|required|requires"
    "|require|mandated|mandates|insisted|insists|decided|decreed|resolved|instructed"
    "|instructs|ordered|orders|told|tells|directed|directs|demanded|demands|expects|expected"
    "|pushed|pushes|pushing|informed|tasked|assigned|voted|would like|is keen|are keen|set"
    "|declared|prioritised|prioritized|named|put)"
)
_SOCIAL_OBJECT = (
    f"(social|social media|socials|presence|page*|account*|profile*|channel*|handle*"
    f"|{PLATFORMS}|be on|get on|must|should|need|needs|have to|has to|online|active"
    "|get going|start posting|get started)"
)

BOX_CHECKING = (
    # someone above wants it
    f"{_AUTHORITY} ... ({_MANDATES} ... {_SOCIAL_OBJECT}|(wants"
    "|wanted|want|needs|needed) ... done|(requires|required|mandates|mandated|decreed"
    "|instructed|ordered|directed|demands|demanded|insists|insisted|obliges|obliged) (every"
    "|each|all|us|that|branches|locations|stores|franchises|franchisees|members|the team"
    "|staff))",
    f"{_AUTHORITY} (said|says|say|told us|wants|want|wanted|asked for|insists|insisted"
    "|decided|decreed|ordered|demanded|requires|required|mandated) (it|so|this)",
    f"(what|because) (the|our) {_AUTHORITY} (expect|expects|want|wants|asked for|demand"
    "|demands|require|requires)",
    "((required|requested|mandated|demanded|ordered|imposed|decided|dictated|insisted on"
    "|pushed|asked for|decreed|set|requirement|request|requests|orders|instructions"
    "|instruction|wish|wishes|demand|demands|decision|directive|mandate|idea|initiative) (by"
    "|of|from)|(kpi|kpis|list|checklist|scorecard|okr|okrs) ... (from|set by|by|of)) ... "
    f"{_AUTHORITY}",
    "(rolled out|roll out|rolling out|imposed|issued|introduced|brought in|sent|sent round"
    "|sent around|sent out|circulated|handed down|passed down|put out) ... (policy|mandate"
    "|directive|requirement|rule|rules|programme|program|initiative|memo|edict|decree)",
    # the order itself given as the reason: "the directive lists it", "required by the memo"
    "(the|a|this|that|our|their|its|new) (directive|mandate|instruction|instructions|edict"
    "|decree|memo|circular|requirement|requirements) (lists|listed|names|named|says|said"
    "|requires|required|includes|included|covers|covered|specifies|specified|calls for"
    "|demands|mandates|states|stated|tells|told|asks|asked|insists|puts)",
    "(required|requested|mandated|demanded|ordered|dictated|imposed|specified|listed|named"
    "|covered|set out|laid down) (by|in|under) (the|a|our|this|that|their|new) ... (directive"
    "|mandate|instruction|instructions|edict|decree|memo|circular|policy|requirement*)",
    "(policy|mandate|directive|rule|rules|requirement|initiative|rollout|programme|program) "
    "(that|which) (covers|applies to|includes|binds) (all|every|each)",
    "(policy|mandate|directive|rule|rules|requirement|initiative|rollout|programme|program) "
    "(covers|applies to|binding on) (all|every|each)",
    "(job description|job spec|my contract|duties|remit) ... (includes|include|says|requires"
    "|covers)",
    "part of (my|our|her|his|their) (job description|job spec|duties|remit)",
    f"(all|every|each) {_ORG_NOUNS} (must|should|need to|needs to|have to|has to) (be|have|get)",
    f"(all|every|each) ... {_ORG_NOUNS} (must|need to|needs to|have to|has to|is required to"
    "|are required to|is expected to|are expected to|is obliged to|are obliged to) (be|have"
    "|get|run|keep|open|set up|maintain|post|launch|start)",
    "(expects|expected|requires|required|wants|asked|asks|told|tells|instructed|ordered) "
    "(each|every|all) ... (to have|to run|to keep|to open|to be on|to get on|to set up"
    "|to maintain|to post)",
    "(was|been|were|is|has been) (decided|agreed|resolved|ruled|determined) ... (that|we) ... "
    f"({PLATFORMS}|page|account|presence|need|must|should)",
    "(board's|owner's|boss's|ceo's|founder's|director's|president's|mayor's|manager's"
    "|dean's|principal's|council's|chairman's|chair's|management's|leadership's|hq's"
    "|franchisor's|head office's) (idea|request|decision|orders|wish|call|directive|mandate"
    "|initiative|pet project|instruction*|requirement|policy|rule|order)",
    "(under|per|as per|following|because of|due to|according to|to meet|to satisfy|in "
    "accordance with|comply with|complying with|compliance with|to follow|part of) (the|our"
    "|a|new|this|its|their|a new) ... (policy|policies|mandate|directive|requirement*|rule"
    "|rules|regulation*|resolution|decision|guideline*|instruction*|order|orders)",
    "(came|comes|coming|come|sent|handed|given|imposed) ... from (above|the top|head office|hq"
    "|corporate|management|upstairs|the board|headquarters|the group|the franchisor)",
    "(made it|make it|is|as|it's) a (condition|requirement|rule|must)",
    "(condition|conditions|requirement|requirements) of (the|our|a|being|membership|the grant"
    "|funding)",
    "(part of|included in|comes with) (the|our) (group|franchise|brand|corporate|network"
    "|head office|chain) (package|deal|agreement|rollout|plan|programme|program|contract)",
    f"(each|every|all) ... (its|their) own ... ({PLATFORMS}|page|pages|account|accounts"
    "|profile|profiles|channel|channels|presence)",
    "(top-down|from above|from the top|from upstairs)",
    "orders from (above|the top|head office|hq|corporate|management|upstairs|the board"
    "|the boss|the owner|headquarters)",
    # we were told / required
    "(we|i|we're|i'm|we've|i've|we'd) ... (told|instructed|ordered|directed|tasked|mandated"
    "|required|pressured|obliged|obligated) (to|that|by|into)",
    "(we|i|we're|i'm|we've|i've) ... asked (to|that)",
    "been (told|asked|instructed|directed|ordered|tasked|mandated|pressured|nudged) (to|that"
    "|by|into)",
    "(is|are|was|were|been|being|got|get) (nudged|pressured|pushed|forced|made|obliged) "
    "(to|into)",
    "(pushed|pushing|forced|forcing|pressured|pressuring|obliged) (us|me|the team|them) "
    "(into|to)",
    # it is expected / required / time
    "(it's|it is|its|high|about) time (to|we|that we|for us to) ... (social|social media"
    f"|socials|online|{PLATFORMS}|on board|presence|page|account)",
    "time to get (social|online|on|onto|with it|going)",
    "(everyone|everybody) (has|have|needs) (a|an|their|one)",
    "every (business|company|brand|shop|store|restaurant|firm|organization|organisation"
    "|practice|branch|school|library|municipality|church|charity|nonprofit|agency|clinic"
    "|bakery|cafe|bar|gym|salon|council|city|town|department|location|franchise) ... (has to"
    f" have|must have|should have|is expected to have|needs|has) ... ({PLATFORMS}|page"
    "|account|profile|presence|one)",
    "expected to (have|be on|keep|run|maintain|open|get on)",
    "(it's|it is|is|are|was) expected (of|these days|nowadays|now)",
    "expected of (us|a|an|every|all|any|businesses|companies)",
    "(expect|expects) (a|an|every|all|businesses|companies|organizations|organisations"
    "|brands) to (have|be on)",
    "supposed to (have|be on|keep|run|do|get on|be doing)",
    "(the|a) done thing",
    "(is|are|it's|was|were|being|now) (required|mandatory|compulsory|obligatory)",
    "required (for|of|under) (all|every|each|any|the|us|our)",
    "(a|the|new) requirement (of|from|by|for|that)",
    "(mandatory|compulsory|obligatory) (for|to|presence|page|account)",
    # presence for its own sake
    "(just|simply|only|merely) (to|so|for) ... presence",
    "(so|so that) (we|you|they) (have|has) (a|an|some) presence",
    "to (have|maintain|keep) (a|an|some) presence",
    "for the sake of (it|having|being|presence|social)",
    "presence for (its own sake|the sake of it)",
    # the need, with no reason
    "(has to|have to|must|needs to|need to|ought to|got to|gotta) (be|get) (on|onto) "
    f"({PLATFORMS}|every|all|there)",
    f"{_ORG_NOUNS} (has to|must|needs to|should|ought to) (have|be on|be online)",
    "(added|given|handed|assigned|dumped|landed) (to|on) (my|our|her|his|their) "
    "(responsibilities|plate|job|duties|desk|to-do list|list|role)",
    "(we|i|you) (need to|needs to|should|must|have to|has to|ought to|got to|gotta) (be|get)"
    " (on"
    f"|onto|in) ({PLATFORMS}|every|all|there)",
    "(must|need to|needs to|have to|has to|should|ought to) (have|run|keep|open|maintain"
    f"|set up|create|start) ... ({PLATFORMS}|page|pages|account*|profile*|presence)",
    "(because|since|as) (we|you|one) (should|must|have to|need to|ought to|are supposed to"
    "|'re supposed to)",
    # ticking the box
    "(tick|check|ticking|checking|ticked|checked) (the|a|that|this|another|off a|off the) box*",
    "box (ticking|checking|ticked|checked|exercise)",
    "(tick box|checkbox|check box) (exercise|item)",
    "(to|must|in order to|so we|so that we|we) comply",
    "compliance (with|requirement*|reasons|purposes)",
    "for compliance",
    "(pick|picked|assign|assigned|appoint|appointed|nominate|nominated|drafted|delegated) "
    "(someone|somebody|a person|an intern|the intern|a volunteer|one of us) (to|who|for)",
    "(someone|somebody) (has|needs|had) to (do|handle|run|look after|take care of) (it|this"
    "|that|social|the social)",
    "so (we|that we) can say (we|that we|we're|we've)",
)


def not_box_checking(match: CueMatch, text: str) -> bool:
    """A mandate that arrives with a customer reason ("we need to be on
    Nextdoor because that is where neighbours ask") is not box checking, nor
    is an authority reporting what customers do ("our director noticed
    parents ask about term dates on Facebook")."""
    found = words(match.text)
    if _ASKERS.intersection(found):
        return False
    if found[-1] in ("it", "this") and words_after(text, match.end, 1):
        return False  # "the owners want it full" is a goal, "the board wants it" an order
    sentence_rest = text[match.end : sentence_end(text, match.end, reach=200)]
    return not _CUSTOMERS.search(sentence_rest)


@rule(code="SMA201", slug="box-checking", severity="warning", area="channels",
      summary="The motivation or a channel rationale is a mandate, not a reason.",
      options=phrase_options("phrases", BOX_CHECKING, "a mandate given instead of a reason"),
      sources=("004",), effort="low", impact="medium")
def box_checking(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A `motivation`, or a channel `rationale`, that gives an order instead of
    a reason: "the board said it's time to get social", "head office
    requires every branch to", "we were told to", "management asked for an
    Instagram account", "to comply with the new policy", "everyone has a
    Facebook page", "it's expected of us", "just to have a presence", "to
    tick the box", "the directive lists it", "every venue has to run its own
    accounts". A mandate that comes with a customer reason in the same
    sentence ("...because our members are there") is not reported, nor is a
    denied one ("nobody pushed us into this").

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
    return report(plan, phrases(options), not_box_checking,
                  "{what} gives a mandate, not a reason: \"{quote}\"",
                  "Say what the organization and its customers gain from being there; if "
                  "the only reason is the order, agree goals with whoever gave it.")


# --------------------------------------------------------------------------
# SMA202 bandwagon-leap

_ORGS = f"({_ORG_NOUNS}|they|he|she|everyone|everybody)"
_RIVALS = "(competitor*|rival*|other*|another|peers|everyone|everybody)"
_SUCCESS_NOUNS = (
    "(follower*|fans|likes|views|subscriber*|adoption*|customer*|sales|booking*|order*"
    "|client*|student*|member*|lead*|traffic|business|donation*|volunteer*|buzz|success"
    "|patient*|reservation*|signups|sign-ups|enquiries|inquiries|results|engagement|class*"
    "|tables|seats|tickets|events|trade|base|audience|numbers|reach|revenue|income|footfall"
    "|visibility|community|list|queues|lines|crowds|walk-ins|visitors)"
)

# What another business earns, in the words an owner uses for it.
_THEIR_TRADE = (
    f"({_SUCCESS_NOUNS[1:-1]}|work|jobs|trade|calls|custom|clientele|diners|guests|students"
    "|gigs|commissions|referrals)"
)

_SEEN_ON = (
    "(launched|started|opened|joined|moved to|jumped on|switched to|are on|is on|'re on"
    "|went on|got on|are all on|are already on|have been on)"
)

BANDWAGON = (
    # competitors and peers
    "(competitor*|rival*) (are|is|'re|'s|have|has|all|already|got|seem|seems|use|uses|using"
    "|on|there|doing|does|did|grew|grow|gained|get|gets|getting|made|make|making|saw|see"
    "|sees|succeed*|win|wins|winning|beat|beating|ahead|outpac*|thrive|thriving|killing"
    "|crushing|dominat*|posting|post|posts|run|runs|running|jumped|launched|started|joined"
    "|moved|rely|relies)",
    "our (competitor*|rival*)",
    "the competition (is|are|has|have|already|'s|'re|on)",
    "(what|how|like) (our|the) (competitor*|rival*)",
    # other organizations doing well, or simply being there
    f"{_ORGS} ... ((have|has|got|gets|get|getting|gained|grew|went|go|goes|jumped|climbed"
    "|rose|reached|hit|built|racked up|attract*|won|wins|made|makes|sell|sells|sold|fill"
    "|fills|filled|book|books|booked|doubled|tripled|boost*|saw|seeing|report*) ... "
    f"{_SUCCESS_NOUNS}|{_SEEN_ON} ... ({PLATFORMS}|tiktok*)|(sells out|sold out|sell out"
    "|packed|booked up|booked out|fully booked|is full|are full|booming|thriving))",
    "(other|every|all the|all|most|many|so many|lots of|half the) ... "
    f"{_ORG_NOUNS} ... (are|is|'re|have|has|already|seem|seems|got|use|uses|using|post|posts"
    "|posting|get|gets|getting|do|does|doing|fill|fills|pushing|jumping|moving|flocking"
    "|piling)",
    "(all the|every) other * (in|around|near|across) (town|the area|the city|the region"
    "|the county|our area|the neighbourhood|the neighborhood|the industry|our industry"
    "|our field|our sector|our niche|the valley|the state|the country)",
    f"{_RIVALS} ... {_SEEN_ON} ... ({PLATFORMS}|tiktok*|page*|account*|channel*)",
    "(another|other|similar|a similar) ... (was|were|is|are|has been|have been|'s been"
    "|became|become) (successful|a success|a hit|huge|doing well|thriving|booming)",
    "(success stor*|case stud*) (from|of|about|at)",
    "(doing|done|do|did|does) (well|great|brilliantly|nicely|so well) (out of|from|off|on)"
    f" (it|that|this|{PLATFORMS})",
    "(seem|seems) to be (doing well|thriving|killing it|doing great|booming)",
    "(biggest|big|top|leading|major|best-known|famous) (names|players|brands|accounts)",
    # everyone / everybody
    "(everyone|everybody|every one) (is|'s|are|seems to be|seem to be) (on|using|doing"
    "|posting|there|already|moving|switching|jumping|talking|into)",
    "(everyone's|everybody's) (on|using|doing|posting|there|already|into|talking)",
    "(everyone|everybody) (uses|posts|does|has gone|went|moved|switched|jumped|joined)",
    "(all|most|many|so many|lots of|half) (our|my|the) (friends|neighbours|neighbors|peers"
    "|competitors|rivals|colleagues) (are|have|use|uses|post|got|seem)",
    "the whole (town|industry|world|sector|neighbourhood|neighborhood|street|market) (is|'s"
    "|are|seems)",
    "(everyone|everybody|the whole town|people) (talks|is talking|'s talking|are talking)"
    " about (them|it|him|her|their)",
    # it worked for them
    "(worked|works|working|paid off|pays off|took off|did wonders|does wonders|did great"
    "|did so well|was a hit|is a hit|was a success) ... for ((the|a|an|that|this|those"
    f"|these|other|another|many|most|lots of|plenty of|so many) ... {_ORG_NOUNS}|*)",
    "(doing|done|did|working|works|worked|paid off|pays off|great|well) for (other|others"
    "|another|competitor*|rival*|many|most|lots of|plenty of|so many|every|all the)",
    f"{PLATFORMS} (doubled|tripled|boosted|grew|saved|transformed|made|built|changed"
    "|exploded) (her|his|their|its)",
    f"(swear|swears|swore|rave|raves|raved|raving) (by|about) {PLATFORMS}",
    "(best|smartest|greatest) (thing|decision|move|investment) (they|she|he|it)",
    # watching and wanting what they have
    "(saw|seen|seeing|watched|noticed|heard|read about|hear about|heard about|inspired by"
    "|impressed by|jealous of|envious of|look at) ... (competitor*|rival*|other|others"
    "|another|peers)",
    f"(saw|seen|seeing|watched|noticed|heard|read|hear) (how|that|what) ... {_ORG_NOUNS}",
    f"what * (does|do|did|is doing|are doing) on {PLATFORMS}",
    "(whatever|everything|anything) (they|he|she|others|the others|competitors) (are|is|'re"
    "|'s|were|was|have been|has been) (doing|up to)",
    # someone else's trade arriving through a platform: "half his work comes in off Facebook"
    f"(his|her|their|its) ... {_THEIR_TRADE} (comes|come|came|coming|pours|pour|rolls|roll"
    f"|flows|flow|arrives|arrive) ... (from|off|through|via|out of|thanks to) ... {PLATFORMS}",
    "(gets|get|got|getting|takes|took|makes|made|fills|filled|books|booked|sells|sold|wins"
    f"|won|draws|drew) ... (his|her|their|its) ... {_THEIR_TRADE} (from|off|through|via|on"
    f"|out of|thanks to) ... {PLATFORMS}",
    # "if it works for Ray it'll work for us"
    "(doing|does|did|done|do|works|worked|working|work|paying off|pays off|paid off) ... for"
    " * ... (will|it'll|it will|would|it'd|it would|can|could|should|might|must) ... for"
    " (us|me)",
    "(we want|we'd like|we would like|i want|we need) (that|the same|what they have|their"
    " results|their numbers|their success)",
    "(a slice|a piece|a bit|our share|our slice|our piece) of (that|the action|the pie|it"
    "|their success)",
    "(why not us|so can we|we can too|us too|why can't we|why shouldn't we|we can as well"
    "|if they can)",
    # do what they do
    "(because|since|as) (they|he|she|everyone|everybody|others|competitors|our competitors"
    "|other *|all the *|the *) (do|does|did|is doing|are doing|has one|have one) (it|so|that"
    "|too)",
    "(should|could|can|will|want to|going to|let's|must|need to|might as well) (do|try|copy"
    "|follow) (the same|same)",
    "(try|trying|do it|do that|doing it|doing that|do the same|doing the same|join in|jump in"
    "|be there|be on it|be on there) (too|as well|here too|here as well|ourselves too)",
    "(same|similar) (way|thing|approach|playbook|strategy) as (them|they|him|her|other*"
    "|competitor*|rival*|the *)",
    "(copy|copying|copied|clone|cloning|mimic*|emulate|emulating|replicate|replicating"
    "|imitate|imitating) (them|what|their|him|her|how|competitor*|rival*|other*|anybody"
    "|anyone|everyone|everybody)",
    "follow (suit|their lead|the lead|the crowd|the herd|the pack|the trend|in their footsteps)",
    "(jump|jumping|hop|hopping|get|getting|climb|climbing) on (the|this) (bandwagon|trend"
    "|train|hype)",
    "bandwagon",
    "ride (the|this) (wave|trend|hype)",
    # not being left out
    "(keep|keeping) up with (the joneses|the competition|competitor*|rival*|other*|everyone"
    "|everybody|them|the rest|our peers|peers)",
    "(don't|do not|can't|cannot|won't) (want to|afford to) (fall|be left|get left|lag|stay)"
    " behind",
    "(fall|falling|fell|left|lag|lagging) behind (the|our|other*|competitor*|rival*|everyone"
    "|everybody|them)",
    "(being|be|get|getting) left behind",
    "(miss|missed|missing) the (boat|train|wave)",
    "(don't|do not|can't|cannot|won't|shouldn't) (want to|afford to) miss (the boat|out"
    "|the train|the wave|this wave)",
    "(don't|do not|can't|cannot|won't) (want to be|be|afford to be) the only",
    "the only (ones|one|business|shop|company|brand|firm|practice|library|school|store) (not"
    " on|without|missing|left|not using)",
    "(can't|cannot|won't|shouldn't|can not) (sit|stay|miss) (this|it|that) out",
    "(can't|cannot|can not) afford to (miss|ignore|skip|sit)",
)

LEARNING = (
    "(study|studied|studying|studies)", "learn*", "lesson*", "benchmark*", "analy*",
    "audit*", "unlike", "(differently from|different from|better than)",
    "(stand|standing|stands) out", "set* us apart", "differentiat*", "(gap|gaps) (in|that|left)",
    "(slow|too slow|fail*|forget*|neglect*|ignor*) (to|their)", "complain*", "mistake*",
    "what not to do", "weak*", "(poorly|badly)", "unanswered", "takes days",
    "(their|the) (customers|clients|patients) (ask|complain|say|want|need|dislike|hate)",
)

_THIRD_PARTY = re.compile(
    r"^(?:competitor|rival|peer|other|another|everyone|everybody|they|them|their|he|she)",
)
_OURSELVES = wordset("we i us me our my ourselves myself we're i'm we've we'd you your")
_OUR_CLAUSE = re.compile(r"(?:,|;|\b(?:so|and|but|then|because|while|since))\s+"
                         r"(?:we|i)(?:['\u2019](?:re|m|ve|d|ll))?\b", re.IGNORECASE)


# "if it's doing that for Ray it'll do it for us": someone else's result, applied to us.
_FOR_THEM_FOR_US = re.compile(
    r"\bfor\s+(?!(?:us|me|our|my|ourselves|myself)\b)[\w'\u2019]+\b.*\bfor\s+(?:us|me)\b",
    re.IGNORECASE,
)
_THEN_FOR_US = re.compile(r"\b(?:will|would|can|could|should|might|must|it['\u2019](?:ll|d))\b"
                          r"[^.!?;]{0,40}\bfor\s+(?:us|me)\b", re.IGNORECASE)
# A requirement on everyone is a mandate (box-checking's), not a leap after others.
_OBLIGED = re.compile(
    r"\b(?:must|ha(?:s|ve)\s+to|needs?\s+to|(?:is|are)\s+(?:required|expected|obliged"
    r"|obligated|supposed|told|asked|instructed|mandated)\s+to)\b",
    re.IGNORECASE,
)
# The organization's own customers reporting: "patients told us they first saw..."
_CUSTOMER_REPORT = re.compile(
    r"\b(?:customers?|clients?|patients?|guests?|members?|parents?|residents?|visitors?"
    r"|families|buyers?|shoppers|diners|students|readers|donors|regulars|users|callers"
    r"|homeowners|couples|patrons|survey|interviews?|research)\b[^.!?;]{0,60}?"
    r"\b(?:told|tell|tells|said|say|says|mentioned|mention|reported|report|wrote|answered"
    r"|explained|showed|shows|found)\b",
    re.IGNORECASE,
)


def ours(match: CueMatch, text: str) -> bool:
    """Whether a success cue is about the organization itself, not others.

    "Our shop gets orders from Instagram", "the other branches of our
    library", "we do it" and "it worked for us" are experience, not a leap
    after someone else; "works well for showing photos" and "works for
    Instagram" name a use, not a someone.
    """
    found = words(match.text)
    if re.search(r"\bof (?:our|my)\b", match.text, re.IGNORECASE):
        return True  # "the other branches of our library": still us
    if _FOR_THEM_FOR_US.search(match.text):
        return False  # "it worked for Ray, it'll work for us": theirs first
    if _OUR_CLAUSE.search(match.text):
        return True  # "other shops, so we post": the verb is ours
    if any(_THIRD_PARTY.match(w) for w in found):
        return False
    if any(w in ("our", "my") and n in _ASKERS for w, n in itertools.pairwise(found)):
        return True  # "what our customers do on Instagram"
    before = words_before(text, match.start, 3)
    if ({"our", "my"}.intersection(before)
            and not any(_THIRD_PARTY.match(w) for w in before)):
        return True  # "our shop gets most of its orders from Instagram"
    if found[0] in _OURSELVES:
        return True
    if len(found) >= 2 and found[-2] == "for":
        if found[-1] in _OURSELVES:
            return True
        rest = text[match.end : sentence_end(text, match.end)]
        if _THEN_FOR_US.search(rest):
            return False  # "works for the Dolans, it will work for us"
        target = text[match.end - len(found[-1]) : match.end]
        platform = next(cue_matches((PLATFORMS,), target), None) is not None
        return platform or not target[:1].isupper()
    return False


def bandwagon_judge(learning: tuple[str, ...]) -> Judge:
    """A bandwagon cue counts unless it is about ourselves or a lesson learned."""
    def judge(match: CueMatch, text: str) -> bool:
        if ours(match, text):
            return False
        tail = " ".join(words_after(text, match.end, 2))
        if _OBLIGED.search(f"{match.text} {tail}"):
            return False  # "every venue has to run its own accounts": an order
        head = text[sentence_start(text, match.start) : match.start]
        if _CUSTOMER_REPORT.search(head):
            return False  # "patients told us they first saw our results on Instagram"
        if next(cue_matches(learning, match.sentence), None) is not None:
            return False
        # "Competitor X posts constantly. We read their comments to learn...": the
        # lesson is often the next sentence, about the same others.
        following = next_sentence(text, match.end)
        return not (_ABOUT_THEM.search(following)
                    and next(cue_matches(learning, following), None) is not None)

    return judge


_ABOUT_THEM = re.compile(r"\b(?:their|theirs|they|them|competitor\w*|rival\w*)\b",
                         re.IGNORECASE)


@rule(code="SMA202", slug="bandwagon-leap", severity="warning", area="channels",
      summary="The motivation or a rationale cites other organizations' success or presence.",
      options={
          **phrase_options("phrases", BANDWAGON, "other organizations' success or presence"),
          **phrase_options("learning_phrases", LEARNING,
                           "a sentence that learns from others rather than follows them"),
      },
      sources=("004", "003"), effort="medium", impact="medium")
def bandwagon_leap(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A `motivation`, or a channel `rationale`, whose reason is what others do
    or achieve: "our competitors are all on TikTok", "everyone is on
    Instagram now", "it worked for the bakery across town", "the big shelter
    has 20,000 followers", "so we should do the same", "we can't afford to
    fall behind", "Ray tells me half his work comes in off Facebook; if it
    works for Ray it'll work for us". Learning from others is not reported: a sentence that
    studies a competitor, compares with one or sets the organization apart
    ("we studied how X answers complaints and learned...", "unlike our
    competitors, we reply within the hour") is evidence, not a leap. Nor is
    the organization's own experience ("it worked for us last year") or its
    customers' ("patients told us they first saw our results on Instagram"),
    nor a requirement on everyone, which is box checking.

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
    return report(plan, phrases(options), bandwagon_judge(phrases(options, "learning_phrases")),
                  "{what} follows what others do instead of a reason of its own: \"{quote}\"",
                  "Give the organization's own reason: which customers are there, what the "
                  "research shows. Others' results can inform tactics, not replace a reason.")


# --------------------------------------------------------------------------
# SMA203 bragging-rights

_LOOKS = (
    "(cool|cooler|coolest|trendy|trendier|hip|hipper|modern|more modern|young|younger"
    "|youthful|current|contemporary|innovative|cutting edge|cutting-edge|edgy|up to date"
    "|up-to-date|with it|tech savvy|tech-savvy|savvy|forward looking|forward-looking"
    "|forward thinking|forward-thinking|progressive|relevant|fashionable|sexy|on trend"
    "|ahead of the curve|ahead of the times|in touch|of the moment|prestigious|next gen"
    "|next-gen|digital first|digital-first|fresh|established|successful|professional"
    "|credible|bigger|big|serious|legit|premium|polished|slick)"
)
# Without the words that also describe a product or a client ("look younger",
# "look fresh"): used where the subject may not be the organization.
_LOOKS_OF_US = (
    "(cool|cooler|coolest|trendy|trendier|hip|hipper|modern|more modern|current"
    "|contemporary|innovative|cutting edge|cutting-edge|edgy|up to date|up-to-date|with it"
    "|tech savvy|tech-savvy|forward looking|forward-looking|forward thinking|forward-thinking"
    "|progressive|fashionable|sexy|on trend|ahead of the curve|next gen|next-gen"
    "|digital first|digital-first)"
)
_US = (
    "(us|the brand|our brand|the business|our business|the school|our school|the company"
    "|our company|the firm|our firm|the practice|the library|the department|our department"
    "|the shop|our shop|the store|the studio|the brewery|the bakery|the restaurant"
    "|the clinic|the museum|the council|the city|the town|the church|the agency|our name"
    "|the name|the organization|the organisation|our organization|our organisation)"
)
_DATED = (
    "(dusty|stuffy|fusty|old-fashioned|old fashioned|outdated|dated|stale|boring|old-school"
    "|old school|tired|frumpy|dowdy|uncool|square|sleepy|staid|musty|crusty|stodgy|old"
    "|older|dull|lame|quaint|irrelevant|out of touch|behind the times|past it|a dinosaur"
    "|dinosaurs|a relic|chalkboard|boomer|grey|gray)"
)

BRAGGING = (
    f"(make|makes|making|made|help|helps|helping|let|lets|keep|keeps) {_US} (look|seem|appear"
    f"|feel|sound|come across as) ... {_LOOKS}",
    "(we|we'll|we'd|we're|let's|lets|let us) (look|seem|appear|come across as|be seen as"
    "|be perceived as"
    f"|be viewed as|are seen as) ... {_LOOKS}",
    "(to|and) (look|seem|appear|be seen as|be perceived as|be viewed as|come across as) ... "
    f"{_LOOKS_OF_US}",
    "(look|looks|seem|seems) like (a|an) (real|proper|serious|big|bigger|legit|legitimate"
    "|grown-up|major|modern|cool|hip|trendy|premium|luxury|high-end|upmarket|global|national"
    "|serious) (brand|company|business|player|operation|outfit|name)",
    "(be|being|get|getting) seen (on|as)",
    f"{_US} (to|would|will|should) (look|feel|seem|appear|sound|come across as) ... {_LOOKS}",
    f"(make|makes|making|made|help|helps|helping|let|lets|keep|keeps) {_US} (look|seem|appear"
    f"|feel|sound|come across as) (less|not so|not as|a bit less|far less|much less) ... "
    f"{_DATED}",
    "(look|looks|looking|seem|seems|appear|appears|feel|feels|sound|sounds) (less|not so"
    f"|not as|a bit less|far less|much less) {_DATED}",
    "(platform|app|network|channel|place|thing) of the moment",
    "(be|being|become|becoming) (the|a|an) (cool|cooler|coolest|hip|hippest|hipper|trendy"
    "|trendiest|trendier|edgy|edgier|sexy|sexier) *",
    "(fresher|younger|cooler|hipper|trendier|edgier|sexier) (look|image|vibe|feel|persona)",
    "(more modern|updated|refreshed) (image|vibe|persona)",
    "position* (us|ourselves|the brand|our brand|the business|the firm|the school|the library"
    "|the shop|the practice|the company) as ... (innovat*|modern|forward*|cutting*"
    "|progressive|cool|young|fresh|tech*|digital|trend*|hip)",
    "rebrand* (as|ourselves|into)",
    "look* (good|great|impressive|professional|smart) (to have|to be|having|being|on us"
    "|for us|for the brand)",
    f"(think*|see*|view*) (we're|we are|of us as|us as) ... {_LOOKS_OF_US}",
    "(the place to be|where it's at|zeitgeist)",
    "(cool|cooler|hip|hipper|trendy|trendier|young|younger|youthful|edgy|edgier|modern|fresh"
    "|fresher) (vibe|vibes|aura|edge|persona|cred)",
    "(hot|hottest|buzzy|buzziest|trendiest|coolest|hippest|shiny|shiniest) new",
    "(hot|hottest|buzzy|buzziest|trendy|trendiest|cool|coolest|hip|hippest|shiny|fashionable"
    "|sexy|sexiest) (platform|platforms|app|apps|network|channel|place to be|kid on the block"
    "|thing|site|social network|brands|kids|crowd|factor)",
    "(latest|newest) (craze|fad|thing|hype)",
    "the new (thing|craze|fad)",
    "(is|it's|are|'re|feels|looks|so|very|super|really|totally|pretty|quite|more|most) (trendy"
    "|hip|fashionable|sexy|buzzy|on trend|in vogue|edgy|trending)",
    "(because|since|as) (it's|it is) (trendy|hip|trending|new|hot|cool|the future|the hot)",
    "(in vogue|all the rage|the in thing|the it platform)",
    f"(show*|prove*|signal*|demonstrat*) ... (we're|we are|we|we've) ... "
    f"{_LOOKS_OF_US}",
    "(brand|company|business|corporate|public|modern|young|younger|youthful|cool"
    "|cooler|hip|trendy|polished|stale|dated|dusty|old|tired|stuffy"
    "|old-fashioned|boring|outdated|hipper|sexier|edgier) image",
    "(for|about|because of) (our|the|its) image",
    "(improve|polish|boost|refresh|update|modernize|modernise|rejuvenate|revamp|change|fix"
    "|burnish|spruce up|shed|lose|ditch|shake off|escape|get rid of|move past|leave behind"
    "|outgrow|dust off|fight) (our|the|that|its|this) ... (image|stereotype|perception|label)",
    "about how (we|it|the brand|the business) (look|looks|come across|comes across|appear"
    "|appears|are seen|is seen)",
    "(change|changes|changing|shift|improve|update|refresh|modernize|modernise|transform"
    "|reshape) (how|the way) ... (see|sees|perceive*|picture*|view*|think of|thinks of) us",
    "(street|social) cred*",
    "(screams|scream|shouts|shout) (innovation|innovative|modern|young|youth|cool|fresh"
    "|trendy|cutting-edge|future|forward-thinking)",
    "(says|signals|shows|tells people|tells everyone) (we're|we are) ... (young|younger"
    "|youthful|fun|cool|hip|modern|fresh|current|relevant|innovative|with it|dynamic"
    "|vibrant)",
    "status (thing|symbol|item|move)",
    f"(to|can|could|so we can) say (we're|we are) on {PLATFORMS}",
    "(bragging rights|status symbol|wow factor|cool factor|prestige|cachet|kudos|clout)",
    "(brag|brags|bragging|boast|boasts|boasting|show off|showing off) (that|about)",
    "impress ... (board|investors|peers|competitors|rivals|industry|colleagues)",
    "(keep|keeping) up appearances",
    "(for|about) (the|our) (optics|appearances)",
    "about (optics|appearances)",
)

# How the organization wants (not) to be seen. A negation is part of the
# brag here ("we're not your grandparents' department", "we don't want
# anyone thinking we're dusty"), so these are searched without it.
IMAGE = (
    f"{_DATED} (image|reputation|brand|vibe|feel|persona|impression|look|label|stereotype)",
    "(come across|comes across|coming across|came across|seen|viewed|perceived|thought of"
    "|regarded|known|pictured|dismissed|written off|branded|labelled|labeled) as ... "
    f"{_DATED}",
    f"(thinking|think|thinks|thought|see|sees|picture|imagine) (we're|we are|of us as|us as"
    f"|that we're|our * is|the * is) ... {_DATED}",
    "not (your|their|our|a|just your) (grand*|dad's|dads|mom's|mum's|moms|mums|father's"
    "|mother's|parents|grandpa's|grandma's|granny's|nan's|uncle's|boomer*|old|older)",
    f"not (a|some|another|your|the|just a|just some) ... {_DATED} (brand|company|business"
    "|place|shop|school|department|library|brewery|bakery|firm|practice|church|museum"
    "|organization|organisation|institution|outfit|operation)",
    "stuck in (19*|20*|the past|time|a rut|the 19*|the 20*|the seventies|the eighties"
    "|the nineties|the sixties|the fifties|the dark ages|the last century|the old days"
    "|the stone age|the 70s|the 80s|the 90s|the 60s|the 50s)",
    "(behind|with) the times",
    "(won't|will not|don't|do not|wouldn't|would not|never|doesn't|does not) take us seriously",
    "(show*|prove*|signal*|demonstrat*|tell*|say*) ... (isn't|is not|aren't|are not|we're not"
    f"|not) ... {_DATED}",
)


def image_search(cues: tuple[str, ...]) -> Callable[[str], str | None]:
    """A search for phrases that count even inside a negation."""

    def search(text: str) -> str | None:
        found = next(cue_matches(cues, text, negation=False), None)
        return found.text if found else None

    return search


def any_context(match: CueMatch, text: str) -> bool:
    """Image cues need no further context: the phrases carry their subject."""
    return True


@rule(code="SMA203", slug="bragging-rights", severity="warning", area="channels",
      summary="A platform chosen to look good (cool, trendy, modern) rather than to reach anyone.",
      options={
          **phrase_options("phrases", BRAGGING, "a platform chosen for the image"),
          **phrase_options("image_phrases", IMAGE,
                           "how the organization wants (not) to be seen; matched even "
                           "inside a negation"),
      },
      sources=("004",), effort="low", impact="medium")
def bragging_rights(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A `motivation`, or a channel `rationale`, that picks a platform for how
    it makes the organization look: "cool", "trendy", "hip", "the hot new
    app", "look modern", "a younger image", "be seen on", "show we're
    innovative", "shed our dusty image", "it says we're not your
    grandparents' department". Phrasings that describe how the organization
    does *not* want to be seen ("we don't want anyone thinking we're some
    dusty brewery") count too, since the negation is the brag; a negated
    motive ("this is not about looking cool") does not.

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
    return report(plan, phrases(options), any_context,
                  "{what} picks the platform for the image it gives: \"{quote}\"",
                  "Say who the platform reaches and what they will do there; if the aim is "
                  "a new image, make it a branding goal with an audience and a measure.",
                  extra=image_search(phrases(options, "image_phrases")))


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
