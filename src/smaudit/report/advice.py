"""What the client report says about each rule, in the client's words.

A rule's own documentation is written for the person editing the plan file:
it quotes keys and shows YAML. The client reads something else: a headline,
why it matters in two sentences naming the article it comes from, and what
to do in plain words that use the plan's own names (its channels, goals and
people) and the vocabulary of its kind of organization, so that a museum is
told about visitors and donors rather than orders. All of that client-facing
text lives here, keyed by rule code, so it can be read and edited in one
place; a plugin's rule, which has no entry, gets a plain fallback built from
its documentation and hints (``generic_advice``).

Texts are ``str.format`` templates over a ``Context`` (see ``context.py``) and
the places a problem was found: ``{org}``, ``{owner}``, ``{places}``,
``{channels}``, ``{goals}``, ``{people}``, ``{results}``, ``{sales}``, ``{it}``,
``{source}``. ``example`` is a short snippet for the appendix, where the
plan's editor finds the YAML.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from smaudit.formats import RuleMeta
from smaudit.model.prose.sentences import pieces
from smaudit.model.sources import source_title


@dataclass(frozen=True, slots=True)
class Advice:
    """The client-facing text of one rule."""

    title: str
    why: str
    todo: str
    example: str = ""


def article_title(ref: str) -> str:
    """The title the report gives source ``ref`` (a catalog id or a plugin's own title):
    the client wording of ``smaudit.model.sources``."""
    return source_title(ref, client=True)


ADVICE: Mapping[str, Advice] = {
    "SMA101": Advice(
        "The plan states no goal",
        "Without a goal, nobody can say what social media is for or whether it works. "
        "\u201c{source}\u201d puts the organization's own goal first and treats social media "
        "as one way of reaching it.",
        "Agree on one or two things {org} wants to achieve this year, such as more "
        "{results}, each with a number and a date, and make every channel serve one of them.",
        "business_goals: [{id: main, statement: ..., type: lead_generation, target: ..., "
        "deadline: 2027-Q4}]"),
    "SMA102": Advice(
        "Goals about social media itself, not about {org}",
        "Followers and likes measure attention, not what {org} gains. \u201c{source}\u201d "
        "warns that social media is a tactic serving the organization's goals, never the goal "
        "itself.",
        "Rewrite {places} as what {org} should gain, such as more {results}, and keep "
        "follower counts as a measure of progress towards it.",
        "statement: \"40 more {results_short} a month by June\""),
    "SMA103": Advice(
        "Money named as the goal, with no step that leads to it",
        "More money is the outcome a plan hopes for, not something a post can do directly. "
        "\u201c{source}\u201d advises naming the step that leads to the money and aiming "
        "social media at that.",
        "Replace {places} with the step that brings the money in, such as more {results}, "
        "and keep the money as the result to watch.",
        "statement: \"More {results_short} from people who found us online\""),
    "SMA104": Advice(
        "Goals with no target or no date",
        "A goal without a number and a date cannot be met or missed, so nobody can tell "
        "whether the effort paid off. \u201c{source}\u201d asks for goals that can be "
        "measured.",
        "Give {places} a target and a deadline, for example a number of {results_short} "
        "by the end of a quarter.",
        "target: 40, deadline: 2027-Q2"),
    "SMA105": Advice(
        "Channels that serve no goal",
        "A channel that serves no goal takes time without moving anything {org} cares "
        "about. \u201c{source}\u201d says every channel should follow from one of the "
        "goals.",
        "For {places}, say which goal {it} serves; stop using any channel that serves none "
        "and give its time to the ones that do.",
        "goals: [{first_goal}]"),
    "SMA106": Advice(
        "No strategy linking the channels to the goals",
        "Without a strategy, the channels are a list of places to post rather than a plan. "
        "\u201c{source}\u201d describes the order: goal first, then strategy, then tactics.",
        "Write two or three sentences on how {channels} will move each goal: who you reach, "
        "with what, and what you ask them to do.",
        "strategy: Reach ... on ... with ..., and invite them to ..."),
    "SMA201": Advice(
        "Reasons that are orders, not reasons",
        "\u201cWe were told to be there\u201d does not say what the effort is for, so it "
        "cannot be judged. \u201c{source}\u201d names box checking among the commonest "
        "reasons plans fail.",
        "Replace the mandate in {places} with the reason in {org}'s own words: which "
        "{people} are there and what you want them to do.",
        "rationale: Our ... are on ..., where they ..."),
    "SMA202": Advice(
        "Following what others do instead of a reason of its own",
        "What works for another organization says little about {org}'s own {people}. "
        "\u201c{source}\u201d calls this the bandwagon leap and shows why it rarely pays.",
        "In {places}, replace what others do with {org}'s own reason: which {people} use "
        "the platform and what you know about them.",
        "rationale: Our ... use ... to ..., as our survey showed"),
    "SMA203": Advice(
        "Platforms chosen to look good",
        "Picking a platform for the image it gives reaches nobody in particular. "
        "\u201c{source}\u201d lists these bragging rights among the reasons plans "
        "go wrong.",
        "For {places}, say who the platform reaches and what they will do there; if a "
        "fresher image is the aim, make that a goal of its own with a way to measure it.",
        "rationale: Reaches ... who ..."),
    "SMA204": Advice(
        "Channels where the audience is not",
        "Posting where none of {org}'s {people} are spends the team's time on strangers. "
        "\u201c{source}\u201d urges choosing platforms by who the {people} are, not by "
        "hype.",
        "Check whether your {people} really use {places}; if not, move the time to a "
        "platform they do use.",
        "audience: {segments: [{name: ..., platforms: [...]}]}"),
    "SMA205": Advice(
        "Nothing written down about who the {people} are",
        "Without knowing who the {people} are and where they spend time online, every "
        "choice of channel is a guess. \u201c{source}\u201d treats that insight as the "
        "starting point.",
        "Write down what {org} already knows about its {people} and how you learned it: a "
        "short survey, your records, conversations. Then check the channels against it.",
        "audience: {research: ..., segments: [...]}"),
    "SMA206": Advice(
        "Channels with no stated reason",
        "A channel nobody can explain is hard to judge and easy to neglect. "
        "\u201c{source}\u201d asks why each platform fits the organization and its "
        "{people}.",
        "In a sentence for each, say why {org} is on {places}: who is there and what they "
        "will do.",
        "rationale: ..."),
    "SMA207": Advice(
        "More channels than the team has time for",
        "Several channels run on a few hours each are all done badly. \u201c{source}\u201d "
        "warns against spreading a small team across every platform.",
        "Keep the one or two channels that serve the goals best, pause the rest, and "
        "return to them when there are more hours.",
        "status: paused"),
    "SMA301": Advice(
        "Nobody answers {people} on social media",
        "{people_cap} who ask a question or complain in public and get no answer tell "
        "others. \u201c{source}\u201d treats answering them as the heart of social media, "
        "not an extra.",
        "Name who answers questions and complaints on {channels}, when they answer, and "
        "how fast, and tell {people} where to ask.",
        "customer_service: {platforms: [{channel_keys}], response_time: 4h, hours: ..., "
        "owner: {owner}}"),
    "SMA302": Advice(
        "Channels where nobody answers",
        "{people_cap} expect an answer wherever {org} is present. \u201c{source}\u201d "
        "points out how rarely organizations answer online, and what that costs them.",
        "Make sure someone reads and answers messages on {places}, or say clearly where "
        "{people} should ask instead.",
        "customer_service: {platforms: [{channel_keys}]}"),
    "SMA303": Advice(
        "Answers promised too slowly, or not at all",
        "On social media a day without an answer feels like no answer. \u201c{source}\u201d "
        "says an organization that values service must answer online promptly.",
        "Promise a first answer within a working day at most, within a few hours if you "
        "can, and give {owner} the time to keep that promise.",
        "response_time: 4h"),
    "SMA304": Advice(
        "Nobody listens beyond direct messages",
        "Most of what {people} say about {org} is never sent to it directly. "
        "\u201c{source}\u201d counts listening among the jobs that need a person.",
        "Decide what to keep an eye on (mentions of {org}, reviews, questions about what "
        "you offer), how often, and who does it.",
        "listening: Mentions of ... and reviews, checked daily"),
    "SMA305": Advice(
        "The plan does not live up to {org}'s values",
        "Values that the plan contradicts are noticed quickly in public. \u201c{source}\u201d "
        "asks that the strategy follow from the values the organization holds.",
        "Make {places} visible in what the plan does, for example a named person who "
        "answers questions promptly and takes criticism openly, in public.",
        "customer_service: {owner: {owner}, response_time: 4h}"),
    "SMA306": Advice(
        "No values stated",
        "Values say how {org} wants to come across and guide what it posts and how it "
        "answers. \u201c{source}\u201d ties a good strategy to the organization's values.",
        "Write down the two or three values {org} holds itself to, and check the plan "
        "against them.",
        "values: [..., ...]"),
    "SMA401": Advice(
        "Measuring attention instead of results",
        "Counts of followers and likes can rise while nothing changes for {org}. "
        "\u201c{source}\u201d calls them secondary measures that hide whether social "
        "media works.",
        "Keep {places} if you like, but add a measure of what the goals need, such as "
        "{results}, and judge the plan by that.",
        "metrics: [{name: {results_short} from social media, goals: [{first_goal}], "
        "target: ...}]"),
    "SMA402": Advice(
        "Goals that nothing measures",
        "A goal nobody measures cannot be reviewed or improved. \u201c{source}\u201d asks "
        "that each goal have a measure of its own.",
        "For {places}, choose one figure that shows progress, such as {results}, with a "
        "target, and check it at every review.",
        "metrics: [{name: ..., goals: [{first_goal}], target: ...}]"),
    "SMA403": Advice(
        "Nothing is measured",
        "Without measures nobody will know whether the time spent is paying off. "
        "\u201c{source}\u201d puts measuring results against goals at the centre.",
        "Pick one measure per goal, such as {results}, each with a target, and review them "
        "every month.",
        "metrics: [{name: ..., goals: [...], target: ...}]"),
    "SMA404": Advice(
        "Every post is expected to bring money straight in",
        "Without a way to act online or paid promotion, a post cannot turn directly into money. "
        "\u201c{source}\u201d explains why social media pays back through relationships, "
        "not straight {sales}.",
        "Judge posts by what they start, such as {results}, rather than by money on the "
        "day.",
        "expectations: [Posts bring ... and ...]"),
    "SMA405": Advice(
        "No regular review of results",
        "A plan that is never reviewed keeps what does not work. \u201c{source}\u201d "
        "recommends checking what works and adjusting.",
        "Set a monthly review: look at the measures, keep what works, change what does "
        "not.",
        "timeline: {review_cadence: monthly}"),
    "SMA501": Advice(
        "Results expected too soon",
        "Trust, and the results it brings, take months to build on social media. "
        "\u201c{source}\u201d warns that impatience makes plans stop just before they "
        "work.",
        "Give the plan at least six months, and judge the first months by early signs "
        "such as replies, shares and {results_short}.",
        "timeline: {expect_results_within: 6 months}"),
    "SMA502": Advice(
        "Counting on going viral",
        "Very few posts spread widely, and nobody can plan for it. \u201c{source}\u201d "
        "warns against expecting instant, viral returns.",
        "Plan for steady, useful posts and a clear next step for {people}; treat a post "
        "that spreads as a bonus.",
        "expectations: [Steady growth in ...]"),
    "SMA503": Advice(
        "Channels set up and left to run themselves",
        "A channel with nobody posting on a rhythm looks abandoned to the {people} who "
        "find it. \u201c{source}\u201d warns that setting up a few profiles and hoping "
        "does not work.",
        "Name who runs {places} and how often {it} posts; close any channel nobody can "
        "keep up.",
        "owner: {owner}, cadence: 3/week"),
    "SMA504": Advice(
        "A goal of more {sales} with no way to act online",
        "If {people} cannot act online and see no paid promotion, posts cannot turn "
        "directly into {sales}. \u201c{source}\u201d names this among the commonest "
        "disappointments.",
        "Aim social media at a step it can move, such as visits or questions, or add the "
        "missing piece: a way to act online, or paid promotion.",
        "sells_online: true"),
    "SMA601": Advice(
        "Nobody is responsible",
        "Work that belongs to nobody does not get done. \u201c{source}\u201d says social "
        "media needs a dedicated person or agency.",
        "Name one person responsible for {places}, with the hours to do the work.",
        "owner: ..."),
    "SMA602": Advice(
        "{owner} has too little time for social media",
        "Social media squeezed between other duties is the first thing dropped on a busy "
        "week. \u201c{source}\u201d warns against one person juggling every "
        "communications job.",
        "Give {owner} at least five protected hours a week and move some other duties "
        "elsewhere, or bring in help.",
        "hours_per_week: 5"),
    "SMA603": Advice(
        "Social media planned as free",
        "With no budget and almost no hours, nothing in the plan can happen. "
        "\u201c{source}\u201d is clear that social media is not free.",
        "Set a monthly budget, give someone real weekly hours, or both, sized to the "
        "channels you keep.",
        "budget: {monthly: ...}"),
    "SMA604": Advice(
        "Growth goals with no money for promotion",
        "Unpaid posts now reach few people beyond those who already follow. "
        "\u201c{source}\u201d notes that reaching new people usually needs targeted "
        "advertising.",
        "Set aside a small monthly amount for targeted ads on the channel that serves "
        "{places}, or choose goals unpaid posts can reach.",
        "budget: {advertising: ...}"),
    "SMA701": Advice(
        "Giveaways with no next step",
        "A giveaway draws people who want the prize; without a next step they leave with "
        "it. \u201c{source}\u201d warns that fans drawn by giveaways rarely become "
        "{people}.",
        "For {places}, decide what happens to entrants afterwards: an offer, an "
        "invitation, a follow-up.",
        "conversion: Entrants get ..."),
    "SMA702": Advice(
        "Asking for commitment before building trust",
        "People rarely commit to an organization they have just met. \u201c{source}\u201d "
        "describes building familiarity and trust before asking.",
        "Before asking for {results_short} in {places}, plan useful or entertaining posts "
        "that let people get to know {org}.",
        "tactics: [{name: ..., type: content}]"),
    "SMA703": Advice(
        "Influencers with no link to {org}",
        "An influencer with no affinity for {org} lends reach but not trust, and may not "
        "fit its values. \u201c{source}\u201d warns against hiring influencers who have "
        "shown no liking for the organization.",
        "For {places}, work with someone who already uses or praises {org}, and check "
        "what they post first.",
        "influencer: {handle: ..., brand_affinity: ...}"),
    "SMA704": Advice(
        "Activities that ask for nothing",
        "An activity without a request is watched and forgotten. \u201c{source}\u201d "
        "says every activity needs a mission for its audience.",
        "Give {places} one simple thing to ask: come by, sign up, share, reply.",
        "call_to_action: ..."),
    "SMA705": Advice(
        "Too much selling",
        "Feeds made mostly of promotion get ignored. \u201c{source}\u201d favours useful "
        "posts that build a relationship over constant selling.",
        "On {places}, make most posts useful or entertaining, and keep promotion to about "
        "one post in five.",
        "content_mix: {educational: 50, community: 30, promotional: 20}"),
    "SMA801": Advice(
        "No statement of what {org} offers that people value",
        "Social media can amplify what people already value; it cannot create it. "
        "\u201c{source}\u201d calls this the foundation everything else rests on.",
        "Write one sentence on what {org} already does well that {people} come back for, "
        "and build the posts around it.",
        "offering: ..."),
}
"""Client-facing text per built-in rule. Plan-file rules (SMA0xx) have none: they
appear in the plan-file box, which tells the editor to fix the file."""


PROBLEMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Not enough time or money to run the plan", ("SMA603", "SMA602", "SMA207")),
    ("Expecting social media to bring {sales} straight in", ("SMA404", "SMA504", "SMA103")),
    ("Followers and likes treated as results", ("SMA102", "SMA401")),
    ("Goals nobody can check", ("SMA104", "SMA402")),
    ("Results expected too soon, or from going viral", ("SMA501", "SMA502")),
    ("Nobody answers {people} reliably on social media", ("SMA301", "SMA302", "SMA303")),
)
"""Rules that describe one problem from different sides: when two or more of a group
fire, the report gives them one recommendation under the group's headline, with each
rule's "what to do" in turn, so a client counts problems rather than rule codes. A
rule firing alone keeps its own headline. Headlines are templates like the advice, so
a museum reads "donations" where a shop reads "sales"."""


_CODE_BLOCK = re.compile(r"```.*?(```|$)", re.S)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])")


_FIELD = re.compile(r"\{([a-z_]+)\}")


def fill(template: str, values: Mapping[str, str]) -> str:
    """``template`` with each known ``{field}`` filled. Only bare names are fields, so
    YAML flow mappings in examples (``{review_cadence: monthly}``) pass through. A name
    ending in a full stop ("Brewing Co.") does not end a sentence with two."""
    filled = _FIELD.sub(lambda m: values.get(m.group(1), m.group(0)), template)
    return re.sub(r"(?<!\.)\.\.(?=\s|$)", ".", filled)


_CODE_SPAN = re.compile(r"`([^`\n]+)`")


def _words(key: str) -> str:
    """A key quoted in prose as the words it is made of: ``customer_service.owner`` is
    "customer service owner" to a client, who has never seen the plan file."""
    return " ".join(re.split(r"[_.\-/\[\]]+", key)).strip()


def _prose(markdown: str) -> str:
    """Markdown documentation as one line of prose: no code blocks, no backticks, and
    keys quoted in it turned into plain words."""
    text = _CODE_BLOCK.sub(" ", markdown or "")
    text = " ".join(line.strip().lstrip("-* ") for line in text.splitlines() if line.strip())
    text = _CODE_SPAN.sub(lambda m: _words(m.group(1)), text)
    return text.replace("`", "").replace("**", "").strip()


def sentences(text: str, count: int) -> str:
    """The first ``count`` sentences of ``text``."""
    stripped = text.strip()
    parts = [stripped[a:b] for a, b in pieces(stripped, _SENTENCE_END, keep_mark=False) if b > a]
    return " ".join(parts[:count])


def generic_advice(meta: RuleMeta, hint: str | None) -> Advice:
    """Advice for a rule with no entry here (a plugin's), from its docs and hint.

    Only prose reaches the client: code in the docs or the hint goes to the
    appendix's example instead."""
    title = (meta.summary or meta.slug.replace("-", " ")).strip().rstrip(".")
    why = sentences(_prose(meta.docs.why), 2)
    if meta.sources and why:
        why = sentences(why, 1) + " \u201c{source}\u201d explains why it matters."
    todo = sentences(_prose(meta.docs.instead), 2)
    if len(todo.split()) < 4 or todo.endswith(":"):
        plain = (hint or "") if "`" not in (hint or "") else ""
        todo = plain or ("Ask whoever keeps the plan to put this right; the appendix "
                         "shows how.")
    spans = re.findall(r"`([^`]+)`", hint or "")
    block = re.search(r"```[a-z]*\n(.*?)```", meta.docs.instead or "", re.S)
    example = "; ".join(spans)
    if not example and block:
        example = " ".join(line.strip() for line in block.group(1).splitlines()
                           if line.strip() and not line.strip().startswith("#"))
    return Advice(title=title, why=why, todo=todo, example=example)


def advice_for(meta: RuleMeta, hint: str | None = None) -> Advice:
    """The client-facing text of rule ``meta``: its entry, or the plugin fallback."""
    return ADVICE.get(meta.code) or generic_advice(meta, hint)
