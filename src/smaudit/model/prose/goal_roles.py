"""The roles a goal, a strategy or a line of research fills, found by sentence frames.

The goal judgements ask *what a sentence is about*: a social-media quantity
(followers, views, "a presence on"), money (sales, takings, "$2m"), or
something customers do (book, order, sign up, come back). The hollow-text
judgements ask *whether a text says anything*: a fact about the customers or a
way it was learned (research), someone reached and something they are asked
to do (strategy). Each role is a regular expression built from small word
classes and frames, compiled once per process when a text first needs it;
verb classes are set look-ups per token, which cost nothing to build.

Word classes are kept to what is closed: platform names, the counts a
platform itself keeps (its "currency"), the verbs of a transaction, the ways
research is done, hedges and quantifiers. Open classes (who the customers
are, what a business sells) are recognised by the frame they stand in:
"<number> new ___s", "___s who book", "show ___s", "Who: ___". A content word
that had to be listed carries a comment saying why it belongs to its class.

Negation is scoped by clause: texts are split into sentences, sentences into
clauses (at ";", ":", ", but", "however", "although", ", just", "rather
than", "instead of", a dash), and a role counts only where
``smaudit.model.prose.cues.negated`` does not cancel it inside its own clause. The rules
in ``goals.py`` then weigh a field as a whole: any customer behaviour makes a
goal a business goal, any fact or source makes research research.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from types import SimpleNamespace

from smaudit.model.prose.answers import answer
from smaudit.model.prose.cues import negated
from smaudit.model.prose.lazy_pattern import LazyPattern
from smaudit.model.prose.lookback import words_before
from smaudit.model.prose.reported import without_reporting_lead
from smaudit.model.prose.sentences import pieces

#: A field is judged on this many characters at most (about ten pages): what a
#: goal, a strategy or a line of research says is said long before that, and a
#: 2 MB field then costs no more than a long one.
MAX_JUDGED = 20_000

#: A quoted sentence longer than this is cut, so a field without full stops
#: still gives a readable message.
MAX_QUOTE = 400

# --------------------------------------------------------------------------
# Sentences and clauses

_SENTENCE_SPLIT = re.compile(
    r"(?<=[.!?])[\"')\u201d\u2019]*\s+(?=[\"'(\u201c\u2018]*[A-Z0-9\u00c0-\u024f$\u00a3\u20ac])"
    r"|\n[ \t]*\n|\n(?=[ \t]*(?:[-*\u2022]|\d+[.)])[ \t])"
)
_CLAUSE_SPLIT = re.compile(
    r";|(?<=\S):(?!\d)|\s[-\u2013\u2014]+\s|\u2014|,?\s+(?:but|however|although|though|whereas)\b"
    # "not X, just Y": what follows "just" is affirmed, not negated with X
    r"|,\s+(?=(?:just|only|simply|merely)\b)"
    # a self-correction: "2,000 newsletter... no, 2,000 Instagram followers"
    r"|\.\.\.|\u2026"
    r"|(?=\b(?:rather than|instead of)\b)"
)
#: A label before a colon ("Instagram: grow it", "Goal: profit") stays with its
#: clause; a longer lead-in ("Not everyone: till receipts show ...") does not.
_LABEL = re.compile(r"^[\w'&+-]+(?:\s[\w'&+-]+)?:(?!\d)")
_NEGATOR_WORD = re.compile(r"\b(?:not|no|never|n't)\b|n't\b")
_INTERJECTION = re.compile(r"^(?:no|yes|well|ok|okay|so|oh)\s*,\s*")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a field: its whitespace-collapsed text and its clauses.

    ``clauses`` are lowercased, with apostrophes folded to "'", so the frames
    need one spelling only; ``text`` keeps the writer's casing for quoting.
    """

    text: str
    clauses: tuple[str, ...]

    def quote(self) -> str:
        """The sentence as a message quotes it: whole, on one line, bounded."""
        if len(self.text) <= MAX_QUOTE:
            return self.text
        return self.text[: MAX_QUOTE - 1].rstrip() + "\u2026"


def sentences(text: str) -> Iterator[Sentence]:
    """The sentences of ``text`` (its first ``MAX_JUDGED`` characters) in reading
    order, each split into clauses.

    The goal rules read the same statements and strategy again (three rules and the
    judgements of substance): a short text's sentences are kept in a small bounded
    cache (they are frozen), so each is cut once, whichever rule asks first."""
    if len(text) < 2000:
        return iter(_sentences_kept(text))
    return _sentences(text)


@functools.lru_cache(maxsize=256)
def _sentences_kept(text: str) -> tuple[Sentence, ...]:
    return tuple(_sentences(text))


def _sentences(text: str) -> Iterator[Sentence]:
    judged = text[:MAX_JUDGED]
    for start, end in pieces(judged, _SENTENCE_SPLIT, keep_mark=False):
        flat = " ".join(judged[start:end].split())
        if not flat:
            continue
        low = flat.translate(_APOSTROPHES).lower()
        clauses: list[str] = []
        label = _LABEL.match(low)
        if label and _NEGATOR_WORD.search(label.group()):
            label = None
        body = low[label.end() :] if label else low
        for clause in (body[a:b] for a, b in pieces(body, _CLAUSE_SPLIT, keep_mark=False)):
            if label:
                clause, label = f"{low[: label.end()]} {clause.strip()}", None
            clause = clause.strip(" ,")
            if clause.startswith(("rather than", "instead of")) and "," in clause:
                # "Rather than X, Y": the marker governs X only
                head, _, clause = clause.partition(",")
                clauses.append(head)
                clause = clause.strip(" ,")
            # an interjection opening a clause negates nothing after it: "no, 2,000 followers"
            clause = _INTERJECTION.sub("", clause)
            if clause:
                clauses.append(clause)
        yield Sentence(flat, tuple(clauses) or (low,))


def found(pattern: LazyPattern | _WordClass, clause: str) -> re.Match[str] | _Hit | None:
    """The first match of a role in a clause that the clause does not negate."""
    for match in pattern.finditer(clause):
        if not negated(clause, match.start()):
            return match
    return None


# --------------------------------------------------------------------------
# Word classes

# Words and the gaps between them are disjoint character classes, so a frame can
# split a text one way only and every search stays linear in the text's length.
_W = r"\w+"


def _wordset(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` (a closed word class) as a set."""
    return frozenset(text.split())


def _gap(n: int) -> str:
    """Up to ``n`` words between two parts of a frame (lazy, bounded: linear time)."""
    return rf"(?:{_W}\W+){{0,{n}}}?"


#: The base forms of the verb classes: a base form is a verb only where a verb can
#: stand ("to book", "families book", "Book 40 parties"), not after "the lines".
_BASES: set[str] = set()
#: Words after which a base form is a verb: infinitive and modal markers,
#: pronoun subjects, conjunctions joining verbs.
_VERB_BEFORE = _wordset(
    "to who that they we you i will can could should would must may might and or then please "
    "let help them us also now again 'll")


def _inflect(stems: str) -> frozenset[str]:
    """A verb class: each stem's regular forms (and listed irregular ones).

    ``stems`` holds ``base`` or ``base/irregular,...`` entries separated by
    spaces ("_" joins a particle: ``sign_up``); a base ending in "e" drops it
    before "-ing" and "-ed".
    """
    forms: set[str] = set()
    for entry in stems.split():
        base, _, extra = entry.partition("/")
        forms.update(x.replace("_", " ") for x in extra.split(",") if x)
        word = base.replace("_", " ")
        head, sep, tail = word.partition(" ")
        _BASES.add(head)
        stem = head[:-1] if head.endswith("e") and not head.endswith("ee") else head
        if re.fullmatch(r"[^aeiou]{1,2}[aeiou][bdgklmnprt]", head):
            stem = head + head[-1]  # a short closed syllable doubles: tag, tagging, tagged
        plural = f"{head[:-1]}ies" if head.endswith("y") and head[-2:-1] not in "aeiou" \
            else f"{head}es" if head.endswith(("s", "sh", "ch", "x")) else f"{head}s"
        past = f"{head[:-1]}ied" if head.endswith("y") and head[-2:-1] not in "aeiou" \
            else f"{stem}ed"
        for form in (head, plural, f"{stem}ing", past):
            forms.add(form + sep + tail)
    return frozenset(forms)


def _alternation(forms: frozenset[str]) -> str:
    """A small word class as a regex alternation (longest first, then in alphabetical
    order, so that the pattern is the same text in every process and the compiled-pattern
    store recognises it), for use inside a frame."""
    return "|".join(sorted((re.escape(f).replace(r"\ ", r"[\s-]") for f in forms),
                           key=lambda form: (-len(form), form)))


_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?")
_JOINER = re.compile(r"[\s-]+")


class _Hit:
    """A word-class match, shaped like a regex match for the callers that use both."""

    __slots__ = ("span", "text")

    def __init__(self, span: tuple[int, int], text: str) -> None:
        self.span = span
        self.text = text

    def start(self) -> int:
        return self.span[0]

    def end(self) -> int:
        return self.span[1]

    def group(self, _: int = 0) -> str:
        return self.text


class _WordClass:
    """A closed class of words and short phrases, found by a set look-up per token.

    A big alternation of inflected verbs costs ``re`` milliseconds to compile
    on every cold run; a set of forms costs nothing and matches the same way
    (whole words, a particle after a space or a hyphen: "sign up", "sign-up").
    """

    def __init__(self, forms: frozenset[str]) -> None:
        index: dict[str, list[tuple[str, ...]]] = {}
        for form in forms:
            words = tuple(form.split())
            index.setdefault(words[0], []).append(words)
        self._index = {k: sorted(v, key=lambda words: (-len(words), words))
                       for k, v in index.items()}

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[_Hit]:
        tokens = list(_TOKEN.finditer(text, pos, len(text) if endpos is None else endpos))
        for i, token in enumerate(tokens):
            if token.start() and text[token.start() - 1] == "-":
                continue  # inside a compound: "hard-working" is not someone working
            for words in self._index.get(token.group(), ()):
                last = i + len(words) - 1
                if last < len(tokens) and all(
                        tokens[i + k].group() == words[k]
                        and _JOINER.fullmatch(text, tokens[i + k - 1].end(), tokens[i + k].start())
                        for k in range(1, len(words))) and _whole(text, token.start(),
                                                                   tokens[last].end()):
                    yield _Hit((token.start(), tokens[last].end()),
                               text[token.start() : tokens[last].end()])
                    break

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> _Hit | None:
        return next(self.finditer(text, pos, endpos), None)


def _whole(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is whole words (no letter or digit glued on)."""
    return not (start and (text[start - 1].isalnum() or text[start - 1] == "_")) and not (
        end < len(text) and (text[end].isalnum() or text[end] == "_"))


#: Platform names are proper nouns of a small, closed set; "social" and
#: "online" stand for all of them. "X" is the platform only where it cannot
#: be the letter: after "on" or before an account word.
PLATFORM = (
    r"(?:facebook|fb|instagram|insta|ig|linkedin|twitter|tiktok|tik\s?tok|snapchat|youtube"
    r"|pinterest|threads|bluesky|reddit|mastodon|whatsapp|nextdoor|discord|twitch|houzz|vimeo"
    r"|strava|goodreads|yelp|tripadvisor|telegram|wechat|xing|behance|meetup|eventbrite|etsy"
    r"|patreon|substack|spotify"
    # a platform's communities, named by its suffix: "BookTok", "Bookstagram", "FoodTok"
    r"|\b[a-z]{2,12}(?:stagram|tok)\b"
    r"|social[\s-]media|socials|social\s(?:networks?|channels?|platforms?|accounts?|pages?)"
    r"|(?<=\bon\s)social\b"
    r"|(?<=\bon\s)x\b|\bx(?=\s(?:account|page|profile|feed|followers|handle))"
    # the company that runs Facebook and Instagram, named for both
    r"|(?<=\bon\s)meta\b|\bmeta(?=\s(?:platforms?|apps?|accounts?|business\s+suite)))"
)
#: What a platform holds for an organization; a quantity of these (or growing
#: them) is still the platform's, not the business's.
CONTAINER = (r"(?:pages?|accounts?|profiles?|channels?|feeds?|grids?|handles?|posts?|reels?"
             r"|stor(?:y|ies)|videos?|pins?|lives|tweets|tiktoks|shorts|clips|content|hashtags?"
             r"|timelines?|vlogs?|livestreams?)")
#: The account words that mean the platform presence itself (not "a story" or
#: "a video", which can be told or shown anywhere).
_ACCOUNT = r"(?:page|pages|profile|channel|feed|grid|handle|posts|reels|pins|tweets)"
#: The counts a platform itself keeps: they exist only on social media.
_STRONG_UNITS = (
    r"followers?|follower[\s-]count|follows|fans|fan[\s-]?base|likes|page[\s-]likes|reactions"
    r"|retweets|reposts|repins|impressions|plays|saves|hearts|share[\s-]of[\s-]voice"
    r"|engagement[\s-]rate|viewership|viewers|watchers|hashtags?|retweet\w*|repost\w*"
    # engagement is the platform's unless it is people's engagement with something
    r"|(?<!customer\s)(?<!client\s)(?<!patient\s)(?<!member\s)(?<!donor\s)(?<!parent\s)"
    r"(?<!student\s)(?<!resident\s)(?<!employee\s)(?<!staff\s)(?<!community\s)"
    r"engagement(?!\s+(?:with|among|amongst|from)\b)"
    r"|following(?=\W+(?:on|of|across|to|by|from|in)\b|\W*$)"
)
#: Words that are a platform's count only when the clause names a platform or
#: something on one: "3,000 subscribers" to a newsletter is an owned list.
_WEAK_UNITS = (
    r"views|shares|comments|mentions|subscribers?|connections|audience|community|groups?"
    r"|reach|engagement|interactions|visibility|presence|footprint|profile|buzz|awareness"
    # "subs" are subscribers on a channel but subscriptions (members' dues) off it
    r"|subs"
    r"|watch[\s-]time"
)
UNITS = rf"(?:{_STRONG_UNITS}|{_WEAK_UNITS})"
_STRONG = LazyPattern(rf"(?:{_STRONG_UNITS})\b")
#: Verbs of a platform's own activity: liking, sharing, following and
#: watching are what the platform counts, not what the business gains.
_SOCIAL_VERBS = _alternation(_inflect(
    "comment like share follow tag react watch view engage repost retweet see/saw,seen play "
    "subscribe save talk mention"))

#: The verbs of a transaction: what a customer, client, patient, member or
#: donor does that a business can count. Closed in practice: a business
#: gains when someone buys, books, signs up, comes back, asks, gives or joins.
ACTIONS = _inflect(
    "buy/bought purchase order book reserve sign_up sign register enrol enroll visit "
    "come/came return call phone ring "
    "enquire inquire request apply donate/gave,given give/gave,given sponsor refer recommend "
    "renew rejoin join attend adopt foster hire recruit volunteer convert upgrade complete "
    "redeem switch choose/chose,chosen download install claim reactivate sell_out/sold_out "
    "pay/paid win_back/won_back "
    "bring_back/brought_back stay use report contact fill rent subscribe shop_with"
    # the ways of coming in, beside come and visit: "walk in on a Saturday", "pop in"
    " walk_in drop_in/dropped_in pop_in/popped_in stop_by/stopped_by call_in"
)
#: The same transactions as nouns: what a business counts when they happen.
GAIN_NOUNS = (
    # a transaction repeated is one too: "rebookings", "re-enrolments", "revisits"
    r"(?:re-?)?(?:orders?|bookings?|reservations?|sign[\s-]?ups?|registrations?|enrol(?:l)?ments?"
    r"|enquir(?:y|ies)|inquir(?:y|ies)|requests?|applications?|appointments?|consultations?"
    r"|referrals?|renewals?|donations?|leads|mqls|sqls|demos?|trials?|tickets|covers|walk-ins"
    r"|footfall|foot[\s-]traffic|visits|visitors|calls|contracts|memberships|subscriptions"
    r"|conversions?|adoptions?|attendance|admissions|hires|purchases|quotes?|tastings"
    r"|cancellations|churn|retention|repeat\s\w+|downloads|stockists|placements|pipeline"
    # customers not turning up, which a business counts and works to cut
    r"|no[\s-]shows?|missed\s+appointments"
    r"|email\saddress(?:es)?|newsletter\ssign[\s-]?ups?|recruits|volunteers"
    # how fast customers are served: "response times", "the phone queue"
    r"|response\stimes?|waiting\stimes?|queues?"
    # a way for customers to buy: "an Instagram shop", "an online store"
    r"|(?:[a-z]+\s)?(?:shop|store|checkout|storefront|marketplace)(?=\s+(?:for|with|on|to)\b))"
)
#: Determiners and possessives before a verb's base form make it a noun
#: ("the order", "a call", "our book"), which is not a customer acting.
_NOUN_BEFORE = _wordset(
    "the a an our their its his her my your this that each every per monthly weekly annual"
)
#: Money as the subject of a verb ("money coming in") is not a customer acting.
_MONEY_SUBJECT = LazyPattern(r"^(?:money|cash|revenues?|income|sales|profits?|takings|tills?"
                            r"|registers?|checkouts?|turnover|earnings)$")
#: Money as what an action turns into ("comes back as EUR 3") is a return, not a sale.
_AS_MONEY = LazyPattern(r"(?:\s+(?:back|in|out))?\s+(?:as|in)\s+"
                       r"(?:[$\u00a3\u20ac]|(?:eur|usd|gbp)\b|\d|(?:\w+\s+){0,2}?(?:pounds|dollars|euros|bucks|quid|money|cash|revenue"
                       r"|sales|profit|takings|income)\b)")
#: Money as the object of the verb ("fill the coffers", "bring in more cash") is
#: the organization's takings, not a customer acting.
_MONEY_OBJECT = LazyPattern(r"\s+(?:in\s+)?(?:\w+\s+){0,2}?(?:coffers|tills?|money|cash|revenues?"
                      r"|sales|profits?|income|takings|turnover|bills|rent|wages|salaries"
                      r"|overheads)\b")
#: A money noun right after a transaction noun is the head of the phrase: "booking
#: value", "order revenue" count money, not bookings or orders.
_MONEY_HEAD = LazyPattern(r"\s+(?:values?|revenues?|income|takings|worth|gmv)\b")
_MONEY_HEAD_NEAR = LazyPattern(r"(?:\s+[\w-]+)?\s+(?:values?|revenues?|income|takings|worth|gmv)\b")
#: A platform's count as the object of the verb ("give the likes", "leave more
#: hearts"): the platform's currency, not a customer's transaction.
_SOCIAL_OBJECT = LazyPattern(rf"\s+(?:(?:the|a|an|us|our|some|more|many|lots\s+of|loads\s+of)"
                             rf"\s+)*(?:{_STRONG_UNITS})\b")
#: A social count or an account as the subject of a passive verb: "our hashtag
#: used by customers" is the platform's number, not customers buying.
#: The platforms themselves count too ("the social media platforms used by students"):
#: people using a platform is the platform's reach, not a purchase.
_SOCIAL_SUBJECT = LazyPattern(rf"(?:{_STRONG_UNITS}|hashtags?|{CONTAINER}|{PLATFORM}|platforms?"
                              rf"|networks?)\s+(?:[#@]?\w+\s+)?$")
#: "In order to/that/for" is a purpose, not anyone ordering: the phrase is fixed, so
#: its "order" is never a customer's order.
_IN_ORDER = LazyPattern(r"in\s+order\s+(?:to|that|for)\b")
#: A platform's own count right before a verb is its subject: "keep the likes coming"
#: is likes arriving, not customers coming (as in ``_caused``, units are not people).
_UNIT_SUBJECT = LazyPattern(rf"\b(?:{_STRONG_UNITS})\s+$")
#: A platform or account word right before a noun makes it the platform's count.
_ACCOUNT_BEFORE = LazyPattern(rf"(?:{PLATFORM}|{CONTAINER})\s+$")
#: A count an account grows to: "grow the WhatsApp channel to 1,000 members".
_ACCOUNT_TO = LazyPattern(rf"(?:{PLATFORM}|{CONTAINER}|group)\s+(?:\w+\s+)?(?:to|past|beyond)\s+$")
#: A social count's target: "reach from 1,900 to 4,000 accounts" counts accounts reached,
#: the noun after the number is the unit's own (taken only when the clause's object is a
#: social quantity, so "grow the club from 40 to 90 families" keeps its families).
_UNIT_TO = LazyPattern(rf"\b(?:{UNITS})\s+(?:from\s+\S+\s+)?(?:to|past|beyond)\s+$")
#: People counted where the platform keeps them: "2,000 members in our Facebook group".
_ON_PLATFORM = LazyPattern(rf"\s+(?:in|on|of|at)\s+(?:(?:our|the|a|its|their)\s+)?(?:[\w'-]+\s+)?"
                     rf"{PLATFORM}")
#: Units of time, share and money after a number: "20 years", "100,000 times".
_NOT_COUNTED = (r"(?:years?|months?|weeks?|days?|hours?|minutes?|times|points?|percent|per\s?cent"
                r"|pounds?|dollars?|euros?|quid|bucks|sites|locations|people|users|eyes|posts"
                r"|things|ones|photos|pictures|images|videos|clips|posts|stories|reels|pins"
                # function words that end in "s" are not counted nouns
                r"|across|always|perhaps|towards|afterwards|besides|unless|less|plus|thus|this"
                r"|does|various|whereas|sometimes|nowadays|overseas|upstairs|downstairs)")
#: People counted or qualified as customers: "200 new patients", "lapsed
#: donors", "first-time buyers". The noun is open; the qualifier is the frame.
_QUALIFIER = (r"(?:new|repeat|returning|lapsed|first[\s-]time|existing|regular|loyal|paying"
              r"|monthly|one-off|trade|wholesale|corporate|retainer|key)")


def _person_gain() -> str:
    count = r"(?<![$\u00a3\u20ac.,:\d])\d{1,3}(?:[ ,]\d{3})*(?![.,]?\d)(?!\s*%)"
    word = rf"(?!{_NOT_COUNTED}\b)[\w-]+\s+"
    noun = rf"(?!{_NOT_COUNTED}\b)[a-z][\w-]{{2,}}s\b"
    return (# people turned into customers: "convert newsletter readers into paying
            # members", "turn browsers into regular clients" (the noun after "into" is
            # what is gained; a platform's count there is caught by the caller)
            rf"\b(?:turn|convert)(?:s|ed|ing)?\s+(?:[\w'-]+\s+){{1,10}}?into\s+"
            rf"(?:(?:new|more|regular|paying|loyal|repeat|our|the)\s+)?(?:[\w-]+\s+)?"
            rf"(?P<into>(?!{_NOT_COUNTED}\b)[a-z][\w-]{{2,}}s)\b|"
            # someone brought somewhere: "bring 300 people to the open day"
            r"\bbr(?:ing|ings|inging|ought)\s+(?:[\w-]+\s+){1,4}?(?:to|into|back)\b|"
            rf"\b{_QUALIFIER}\s+(?:{word}){{0,2}}?(?P<who>{noun})"
            rf"|{count}\s+(?:(?:more|new|extra|additional)\s+)?(?:{word}){{0,2}}?"
            rf"(?P<counted>{noun})")


# --------------------------------------------------------------------------
# Compiled roles (once per process, each pattern on its first use)




@functools.cache
def roles() -> SimpleNamespace:
    """The role patterns, each compiled on first use (a cold run pays only for what it
    reads); a namespace rather than a dataclass, which would cost a cold run more to
    define than it holds."""
    number = (r"(?:\d[\d,.]*\s*(?:k|m|thousand|million)?\+?|hundreds|thousands|millions"
              r"|a\s(?:thousand|million))")
    grow = (r"(?:more|most|higher|bigger|larger|grow|growing|gain|boost|increase|raise|double"
            r"|triple|maximi[sz]e|hit|reach|win|get|drive|improve|lift|build|achieve|average"
            r"|rack\sup|attract|extend|expand)")
    social = (
        # a count in the platform's currency: "3,000 followers", "10k LinkedIn connections"
        rf"\b{number}\s+(?:[\w'-]+\s+){{0,2}}?(?P<unit>{UNITS})\b",
        # growing it: "more likes", "grow the hospital's LinkedIn audience"
        rf"\b{grow}\W+{_gap(5)}(?P<unit>{UNITS})\b",
        # reaching a crowd with a post: "reach 1 million people with our video"
        rf"\breach\w*\W+{number}\s+(?:of\s+)?(?:unique\s+)?(?P<unit>people|viewers|users|eyes"
        r"|eyeballs|accounts)\b",
        # its rates and counts: "engagement rate", "subscriber count"
        r"\b(?P<unit>(?:engagement|follower|subscriber|fan|like|view|share|interaction)s?)"
        r"[\s-](?:rate|count|numbers?|growth|total)\b",
        # a state of the organization on the platforms: "be present on", "famous on
        # TikTok", "visible on every social network", "be everywhere"
        r"\b(?P<unit>present|visible|active|seen|noticed|consistent|famous|popular|known|big"
        r"|huge|viral|recognised|recognized|everywhere|a\s+(?:hit|star|name))\b\W+"
        rf"{_gap(3)}(?:on|across|in)\W+{_gap(2)}(?:{PLATFORM}|{CONTAINER}|every|all|each"
        r"|platforms?|networks?)",
        r"\b(?P<unit>present|visible|active|famous|popular|known|big|huge|viral|everywhere)"
        r"\s+(?:\w+\s+)?online\b",
        # a rank among accounts: "the top 10 accounts for gardening"
        r"\b(?:top|best|leading|number\s+one|no\.?\s*1)\s+(?:\d+\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?P<unit>accounts?|pages?|channels?|creators?|profiles?|influencers?)\b",
        r"\b(?:be|being)\s+(?P<unit>everywhere)\b",
        rf"\b(?:digital|online|social|web|internet|{PLATFORM})\s+(?P<unit>presence|footprint"
        r"|community|audience|following|fan\s?base|fans|profile)\b",
        # getting onto a platform as the goal: "launch the firm on TikTok"
        rf"(?:^|\bto\s+|\bwe\s+(?:will\s+|want\s+to\s+)?)(?:launch|start|set\s+up|open|join|go"
        rf"|get)\W+{_gap(3)}(?:on|onto)\s+(?P<unit>{PLATFORM})",
        # the account as the topic: "Instagram: grow it"
        rf"^(?P<unit>{PLATFORM})\s*:\s*(?:grow|build|boost|double|triple|more|bigger|expand"
        r"|increase)\b",
        # the account itself as the object: "grow the foundation's X account to 20k"
        rf"\b(?:grow|build|boost|expand|raise|make|get|take|push|double|triple|turn)\W+{_gap(3)}"
        rf"(?P<unit>{PLATFORM})(?:\s+(?:{CONTAINER}))?\s+(?:to|past|from|beyond|into|more|bigger"
        r"|busier|popular|famous|lively|alive)\b",
        rf"\b(?:keep|make|get)\W+{_gap(3)}(?P<unit>{CONTAINER})\s+(?:\w+\s+)?(?:busy|busier"
        r"|alive|lively|active|popular|famous|buzzing|looking\s(?:alive|good|busy))\b",
        # an award for the account itself: "win best social media account"
        rf"\b(?:win|earn|awards?|prize|trophy|title|category|accolade|nomination)\W+{_gap(6)}"
        rf"(?P<unit>{PLATFORM})\W+{CONTAINER}\b",
        rf"(?P<unit>{PLATFORM})\W+{CONTAINER}\W+{_gap(4)}(?:awards?|prize|trophy|title"
        r"|category|accolade|nomination)\b",
        # a count per post: "reactions per post", "comments on every reel"
        rf"\b(?P<unit>{UNITS})\s+(?:per|a|each|on\s+(?:every|each))\s+{CONTAINER}\b",
        # the account as the subject of growth: "so our Instagram grows", "the pages
        # keep growing"
        rf"\b(?P<unit>{PLATFORM}|{_ACCOUNT}|accounts?)\s+(?:\w+\s+){{0,2}}?(?:grows?|growing"
        r"|grew|takes?\s+off|blows?\s+up)\b",
        # trending is something only a platform does
        r"\b(?P<unit>trending)\b",
        r"\bto\s+(?P<unit>trend)\b",
        # the platform's passive: "get tagged in 50 photos", "be featured by big accounts"
        r"\b(?:get|gets|getting|be|being|become)\s+(?P<unit>tagged|mentioned|retweeted|reposted"
        r"|shared|featured|followed|liked|reshared)\b",
        # following the organization: "get famous chefs to follow us"
        r"\b(?P<unit>follow|like|tag|mention)(?:s|ed|ing)?\s+(?:us|our)\b",
        # others posting about the organization: "influencers post about us"
        r"\b(?P<unit>influencers|creators|bloggers|big\s+accounts)\W+(?:\w+\W+){0,4}?"
        r"(?:post|share|mention|feature|tag|repost)\w*\s+(?:about\s+)?(?:us|our)\b",
        # being an account: "become a well-known account", "become an influencer"
        r"\b(?:become|be|being)\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,3}?(?P<unit>account|page"
        r"|profile|channel|creator|influencer)\b",
        # an account that stands out as an account: "the most active page in our sector"
        rf"\b(?P<unit>{PLATFORM}|{CONTAINER})\W+{_gap(5)}(?:the\s+)?most[\s-](?:active|popular"
        r"|visible|engaging|influential|followed)\b",
        # superlatives of the platform's counts: "the most liked cafe page"
        r"\bmost[\s-](?P<unit>followed|liked|viewed|shared|watched|subscribed|talked[\s-]about"
        r"|tagged|mentioned|engaged)\b",
        # people or posts doing what the platform counts: "people watching our Lives"
        rf"\b(?:people|users|members|fans|followers|everyone|viewers)\W+{_gap(3)}"
        rf"(?:who\s+|that\s+)?(?P<unit>{_SOCIAL_VERBS})\b",
        rf"\b(?:{CONTAINER})\s+(?:\w+\s+){{0,3}}?(?:get|be|are|being|getting)?\s*(?P<unit>shared|watched"
        r"|viewed|liked|seen|played|reposted)\b",
        # activity as the goal: "a new post every day", "post daily"
        # a count only a platform keeps, named at all, with nothing gained beside it
        rf"\b(?P<unit>{_STRONG_UNITS})\b",
        r"(?<!per\s)\b(?P<unit>post(?:s|ing)?|publish(?:ing)?|upload(?:ing)?|something\s+up)\W+"
        r"(?:\w+\W+){0,2}?(?:every|each|daily|weekly|more\soften|regularly|consistently)\b",
    )
    money_noun = (
        # each names an amount the organization receives
        r"sales|revenues?|profits?|profitability|profitable|income|turnover|takings|earnings"
        r"|margins?|money|cash|bottom[\s-]line|top[\s-]line|billings|fees?|collections|arr|mrr"
        r"|recurring\srevenue|ebitda|ebit|operating\s(?:profit|income)"
        r"|financial\s(?:results?|performance|position|health|situation)|shareholder\svalue"
        r"|(?:written\s)?premiums?|proceeds|receipts|gmv|revpar|the\stills?|pay\sits\sway"
        r"|coffers"
        # the clipped form of revenue in note form ("Rev +20% YoY"), not the verb "rev up"
        r"|rev(?!\s+(?:up|it|them|the|our|its|their|this)\b)"
        # a return on spend is money back: "4:1 ROAS", "ROI of 300%"
        r"|roi|roas|return\son\s(?:ad\s)?(?:spend|investment)|\d+(?:\.\d+)?\s?:\s?1"
        # paying back: "earn back the cost of the oven", "pay for itself", "break even"
        r"|earn\s+back|pays?\s+for\s+(?:it|them)sel(?:f|ves)|cover\w*\s+(?:the|its|our)\s+"
        r"(?:\w+\s+)?costs?|break[\s-]?even|fundrais\w*\s+(?:total|income|target|results?)"
        r"|funds\s+raised|amount\s+raised|earn\s+(?:enough|a\s+living)"
        r"|pay\s+(?:the|our|its)\s+(?:bills|rent|wages|salaries|overheads)"
        r"|financially"
        # the selling as a noun, in a learner's English: "increase the selling of the company"
        r"|(?<=\bthe\s)sellings?(?!\s+points?\b)"
        # the ledger's colours: "back in the black", "out of the red"
        r"|in(?:to)?\s+the\s+black|out\s+of\s+the\s+red"
        # the till ringing is the sale: "keep the registers ringing"
        r"|(?:tills?|registers?|checkouts?)\s+(?:ringing|ring|busy|full)"
    )
    currency = (r"(?:[$\u00a3\u20ac\u00a5]\s?\d[\d,.]*\s*(?:k|m|bn|million|thousand)?"
                r"|\b(?:eur|usd|gbp|chf|aud|cad)\s?\d[\d,.]*\s*(?:k|m|bn|million|thousand)?"
                r"|\b\d[\d,.]*\s*(?:k|m|bn|million|thousand)?\s*(?:eur|euros?|usd|dollars"
                r"|gbp|pounds|quid|bucks|chf|francs)\b)")
    money = (
        # a transaction noun modifying a money head is money: "booking value", "ticket
        # revenue", "gross ticket value" (the head decides what the phrase counts, so
        # this comes first); an average per order is a customer's basket, an objective
        rf"(?<!average\s)(?<!avg\s)(?<!mean\s)\b(?P<money>(?:(?:{GAIN_NOUNS})|gross|net|total"
        r"|transaction)\s+(?:(?!(?:and|or|but|to|from|in|on|for|of|by|with)\b)[\w-]+\s+)?(?:values?|revenues?|income|takings|worth|gmv))\b"
        # "booking value per client" is an average too
        r"(?!\s+(?:per|a|each|for\s+each)\s+(?:client|customer|guest|visit|order|booking|head"
        r"|member|patient|person|diner|table|cover|basket|transaction)\b)",
        rf"\b(?P<money>{money_noun})\b",
        # "take" as a noun is the takings: after a determiner and up to two modifiers
        # ("a bigger weekly take"), not a verb ("take bookings") or a view ("our take on")
        r"\b(?:a|the|our|its|their|this|each)\s+(?:(?!take\b)[\w'-]+\s+){0,2}?(?P<money>take)\b"
        r"(?!\s+(?:on|part|place|care|off|over|up|away|in|out|time|a|an|the|it|them|us|our"
        r"|more|advantage|pride|notice|stock)\b)",
        rf"(?P<money>{currency})",
        r"\b(?P<money>sell(?:ing)?\s+more)\b(?!\W+(?!than|this|next|in|at|from|through|on)"
        r"[a-z])",
        r"\b(?P<money>make\s+(?:more\s+)?money|monetis\w*|monetiz\w*|make\s+\w+(?:\s\w+)?\spay)\b",
    )
    return SimpleNamespace(
        social=tuple(LazyPattern(p) for p in social),
        platform=LazyPattern(rf"\b{PLATFORM}|\b{CONTAINER}\b"),
        action=_WordClass(ACTIONS),
        gain_noun=LazyPattern(rf"\b(?:{GAIN_NOUNS})\b"),
        person_gain=LazyPattern(_person_gain()),
        money=tuple(LazyPattern(p) for p in money),
        # joining, following or visiting the account is the platform's count:
        # "join our Facebook group", "visit our page"
        platform_object=LazyPattern(rf"\s+(?:to\s+)?(?:(?:our|the|my|its|their|a)\s+)?"
                              r"(?:(?!on|in|at|through|via|using|from|with|by)[\w'-]+\s+)?"
                              rf"(?:{PLATFORM}|{_ACCOUNT})\b"),
        # serving customers is a business gain: "answer every question patients send",
        # "help residents find the form"
        # informing the public and selling a product are business work too:
        # "announce closures", "publish the planning decisions", "sell the bread"
        service=LazyPattern(r"\b(?:answer|respond|reply|resolve|handle|help|support|inform|advise|remind"
                      r"|reassure|warn|alert|serve|guide|announce|publish|communicate|notify"
                      r"|explain|sell|hire|find|train)(?:s|es|ed|d|ing)?\s+(?:to\s+)?"
                      r"(?:more\s+|our\s+|the\s+|new\s+)?"
                      r"(?!(?:stuff|things|products|goods|items|units|content|more)\b)"
                      r"(?:(?:every|each|all|the|our|their|any|a|an)\s+)?"
                      r"(?!(?:posts?|followers|fans|likes|views|page|account|profile|channel|feed"
                      # a determiner is not the object: the object follows it
                      r"|every|each|all|any|the|our|their"
                      # nor a conjunction or preposition: "income from room hire and ..."
                      # has no object, so "hire" there is a noun
                      r"|and|or|but|nor|from|with|for|of|in|on|at|to|by|as|so|then|than"
                      r"|brand|business|company|firm|revenue|sales|profits?|money|income|turnover"
                      r"|grow|us|it)\b)[a-z][\w'-]{2,}"),
        # the platform or the account itself, when nothing else is the goal's object
        account=LazyPattern(rf"\b(?:{PLATFORM})(?!\w)|\b(?:{_ACCOUNT})\b"),
        beneficiary=LazyPattern(r"\b(?:for|to|among|amongst)\s+(?:[\w'-]+\s+){0,2}?(?P<who>[a-z]\w*s)\b"),
        # a platform named as the means: "through LinkedIn", "use Pinterest to"
        means=LazyPattern(r"\b(?:through|via|using|with|by|from)\s+(?:(?:a|an|the|our|its|their)\s+)?"
                    r"(?:[\w'-]+\s+){0,2}$|\buse\s+(?:(?:our|the)\s+)?$"),
        not_own_money=LazyPattern(
            r"\b(?:save|saves|saving|spend|spends|spending|manage|managing|waste|wasting"
            r"|lend|borrow|owe)\W+(?:\w+\W+){0,3}?$"),
    )


# --------------------------------------------------------------------------
# The roles a clause fills


def social_quantity(clause: str) -> str | None:
    """``_social_quantity``, kept per text (``answers``): several judgements ask it of the
    same clauses, and plans repeat their sentences."""
    return answer(_social_quantity, clause)


def _social_quantity(clause: str) -> str | None:
    """The social-media quantity a clause makes its object, if any (its unit word).

    A unit that exists off the platforms too ("views", "subscribers",
    "audience") counts only when the clause names a platform or a post.
    """
    r = roles()
    on_platform: bool | None = None
    for pattern in r.social:
        for match in pattern.finditer(clause):
            unit = match.group("unit")
            if negated(clause, match.start()):
                continue
            if in_means_phrase(clause, match.start()):
                continue  # "using the company's Facebook presence to reach ...": the means
            if _COMES_AFTER.match(clause) and unit == "follows":
                continue  # "revenue follows.": a verb, what comes after, not a count of follows
            # strong where it stands: "engagement with parents" is not the platform's
            if pattern in r.social[:3] and not _STRONG.match(clause, match.start("unit")):
                if on_platform is None:
                    on_platform = bool(r.platform.search(clause))
                if not on_platform:
                    continue
            return " ".join(unit.split())
    for match in _ACCOUNT_ACTS.finditer(clause):
        if not negated(clause, match.start()):
            return " ".join(match.group("unit").split())
    return None


def _word_before(clause: str, start: int) -> list[str]:
    """The word before ``clause[start]``, as a list of at most one (a bounded look back,
    so a long clause with many matches stays linear)."""
    return words_before(clause, start, 1, reach=40)


#: The account given a job after it: "the page serving only as the noticeboard",
#: "the group acting as the help desk", "the account used as a timetable". A
#: platform in the role of a tool is the means, not the goal. The verbs are the
#: closed class that assign a function ("serve, act, work, function, be used as").
_AS_INSTRUMENT = LazyPattern(
    r"(?:\s+[\w'-]+){0,2}?\s+(?:(?:serv|act|work|function)(?:e|es|ed|ing|s)?|(?:is|are|be|being)?\s*used"
    r"|doubl(?:e|es|ing)|stand(?:s|ing)?\s+in)\s+(?:(?:merely|only|just|simply|mainly|mostly"
    r"|purely)\s+)?as\b")


def platform_itself(clause: str) -> str | None:
    """The platform or account a clause names, when the goal names nothing else it
    gains (no customer behaviour and no money): "put the brewery on the map on
    Instagram", "our page should look as professional as the competition's"."""
    r = roles()
    for hit in r.account.finditer(clause):
        if negated(clause, hit.start()) or r.means.search(
                clause, max(0, hit.start() - 40), hit.start()) \
                or _AS_INSTRUMENT.match(clause, hit.end()):
            continue
        if _TIME_OF.search(clause, max(0, hit.start() - 40), hit.start()):
            continue  # "in the first month of Instagram": the platform dates the goal
        return " ".join(hit.group(0).split())
    return None


#: A platform as the complement of a stretch of time ("the first month of Instagram",
#: "after a year on TikTok", "six weeks into our Facebook page") says when, not what the
#: goal is about. The units of time and the prepositions are closed classes.
_TIME_OF = LazyPattern(
    r"\b(?:days?|weeks?|fortnights?|months?|quarters?|terms?|seasons?|years?)\s+"
    r"(?:of|on|in|into)\s+(?:(?:our|the|a|its|their|being\s+on)\s+)?(?:new\s+)?$")


def _action_counts(clause: str, match: re.Match[str]) -> bool:
    """Whether an action word is a verb of someone acting, not a noun ("the order")."""
    before = _word_before(clause, match.start())
    # "that" after a plural noun relates a clause to it ("garages that order"): a verb
    # follows, not a noun as after the determiner ("that order")
    relative = before == ["that"] and _relative_that(clause, match.start())
    # "the order", "a call", "a 5:1 return", "money coming in": a noun, or money
    # acting; a plain count is a subject ("so 12 book a tasting"); a possessive
    # owns a noun ("the firm's returns", "the gallery's books")
    if before and not relative and (
            before[0] in _NOUN_BEFORE or _MONEY_SUBJECT.match(before[0])
            or _OUTCOME_SUBJECT.match(before[0])
            or (before[0].endswith(("'s", "s'")) and before[0] not in _PRONOUN_IS)
            or (any(c.isdigit() for c in before[0]) and not before[0].isdigit())):
        return False
    if relative:
        return True
    if before and _thing_subject(clause, match):
        return False
    if before and before[0] in ("and", "or") and _compound_noun(clause, match):
        return False
    if re.split(r"[\s-]", match.group(0))[0] not in _BASES or not before:
        return True  # an inflected form, or an imperative opening the clause
    word = before[0].strip("\"'(")
    if word in _VERB_BEFORE or word.endswith("ly") or word.isdigit():
        return True
    # a plural subject ("families book"), unless it is inside a noun phrase
    # ("across the personal lines book")
    head = clause[max(0, match.start() - 80) : match.start()].split()[-3:-1]
    return (len(word) > 3 and word.endswith("s") and not word.endswith("ss")
            and not _NOUN_BEFORE.intersection(head))


#: A singular subject that is a person: a verb after it is someone acting ("a
#: patient returns", "each family books"). Agent nouns (-er, -or, -ist, -ent)
#: are found by their ending; these are the people nouns that end otherwise.
_PERSON_ONE = _wordset(
    "guest family couple local regular child kid adult teen pupil person someone somebody "
    "everyone everybody anyone anybody household neighbour neighbor homeowner parent mum mom "
    "dad woman man")
#: Organizations as a singular subject: the organization itself after "the"/"our"
#: ("so the business stays afloat"), a customer after "a"/"each" ("each school books").
_ORG_ONE = _wordset("school firm company business club charity shop cafe restaurant team")
#: Determiners that pick out one known thing: "the theatre", "our lease".
_DEFINITE = _wordset("the our its this that my their his her")
_INDEFINITE = _wordset("a an each every one another")


def _thing_subject(clause: str, match: re.Match[str] | _Hit) -> bool:
    """Whether a third-person verb has a thing for its subject ("so the theatre stays
    in the black", "before the lease comes up"): things do not buy or book, so the
    verb is not a customer acting. The subject is the determiner and noun right
    before the verb; a person ("a patient returns") or, after "a"/"each", an
    organization ("each school books") is a customer."""
    verb = match.group(0).split()[0].split("-")[0]
    if not verb.endswith("s") or verb.endswith("ss") or verb in _BASES:
        return False
    words_ = clause[max(0, match.start() - 60) : match.start()].split()[-2:]
    if len(words_) < 2:
        return False
    det, noun = words_[0], words_[1].strip(",\"'")
    if (det not in _DEFINITE and det not in _INDEFINITE) or noun in ACTIONS:
        return False
    if noun in _PERSON_ONE or _AGENT_ONE.match(noun):
        return False
    return not (det in _INDEFINITE and noun in _ORG_ONE)


#: Singular agent nouns: "customer", "visitor", "patient", "tenant", "optician".
_AGENT_ONE = LazyPattern(r"[a-z]{2,}(?:er|or|ist|ian|ant|ent|ee)$")
#: Words that cannot be the head of a noun phrase after a verb's base form.
_NOT_A_NOUN = _wordset(
    "the a an our their its his her my your this that these those us them it him me you "
    "more again back in up online now here there to for with by at on from of and or")


def _compound_noun(clause: str, match: re.Match[str] | _Hit) -> bool:
    """Whether a base form after "and"/"or" is the first half of a compound noun
    coordinated with another noun ("sales of frames and contact lenses", "gift cards
    and book tokens"): a plural noun before "and", a noun right after the word. Verbs
    are coordinated with verbs ("come in and book a table")."""
    first = match.group(0).split()[0]
    if first not in _BASES:
        return False
    end = match.start() + len(first)
    head = clause[max(0, match.start() - 60) : match.start()].split()
    after_ = clause[end : end + 40].split()[:1]
    if len(head) < 2 or not after_:
        return False
    noun_before, noun_after = head[-2].strip(",\"'"), after_[0].strip(",.;:\"'")
    return (len(noun_before) > 3 and noun_before.endswith("s") and noun_before not in ACTIONS
            and noun_after.isalpha() and noun_after not in _NOT_A_NOUN
            and noun_after not in ACTIONS)


#: Contractions that are a pronoun and a verb, not a possessive: "it's booked", "who's
#: coming", "let's".
_PRONOUN_IS = _wordset("it's he's she's that's who's what's there's here's let's")
#: Outcomes as the subject of a verb ("then the results come in on their own",
#: "growth follows"): the writer hoping for a result, not anyone acting. The
#: class is the nouns that name a result itself rather than who produces it.
_OUTCOME_SUBJECT = LazyPattern(r"^(?:success|results?|growth|momentum|traction|reach|buzz|fame"
                         r"|recognition|visibility)$")


#: A clause that is only a subject and "follows": "Revenue follows.", "and the money
#: follows": the verb of coming after, not the platform's count.
_COMES_AFTER = LazyPattern(r"^\W*(?:and\s+|then\s+)?(?:the\s+)?[\w'-]+\s+(?:then\s+)?follows\W*$")
#: A means phrase the quantity stands in, not the goal's object: "using our Facebook
#: presence to reach hall committees", "through the page's followers". Narrower than
#: ``roles().means``: "with" and "by" also name the goal's own measure ("grow by 500
#: followers", "a page with 5,000 followers"), which must still count.
_MEANS_BEFORE = LazyPattern(r"\b(?:using|via|through|by\s+means\s+of|by\s+way\s+of)\s+"
                            r"(?:[\w'-]+\s+){0,4}$")
def in_means_phrase(text: str, start: int) -> bool:
    """Whether what stands at ``text[start]`` is inside a means phrase ("using our
    Facebook presence to reach hall committees"): the way to the goal, not its object."""
    return _MEANS_BEFORE.search(text, max(0, start - 60), start) is not None


#: A purpose clause: "..., so (that) ...", "... in order to ...".
_SO_PURPOSE = LazyPattern(r"\b(?:so(?:\s+that)?|in\s+order\s+to)\s+")
#: A lead-in that says who the writer is: a participle of speaking or an "as the
#: one who ..." phrase, up to the next comma or colon (bounded, no backtracking
#: past punctuation).
_WRITER_LEAD_IN = LazyPattern(
    r"^(?:(?:speaking|writing|talking)\s+as\b|as\s+(?:the|a|an|someone|somebody|one)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:who|that)\b)[^,:;]{0,120}")


def _relative_that(clause: str, start: int) -> bool:
    """Whether the "that" ending just before ``start`` opens a relative clause: it
    follows a plural noun ("garages that order", "families that come back")."""
    words_ = clause[max(0, start - 60) : start].split()
    if len(words_) < 2:
        return False
    noun = words_[-2].strip(",\"'")
    return noun in _PEOPLE or noun in _PERSON_ONE or bool(_AGENT_ONE.match(noun)) or (
        len(noun) > 3 and noun.endswith("s") and not noun.endswith("ss"))


#: A time clause with a subject and a verb of its own ("before the lease comes up for
#: renewal", "until the new wing opens"): it says when, not what the goal gains. It
#: runs to the next comma or semicolon.
_TIME_CLAUSE = LazyPattern(
    r"\b(?:before|until|till|by\s+the\s+time)\s+(?:the|our|its|their|this|that|my)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:is|are|was|were|has|have|had|[a-z]+s|[a-z]+ed)\b[^,;]*")


def without_time_clauses(text: str) -> str:
    """``text`` with its time clauses blanked (same length, so positions hold)."""
    if "before" not in text and "until" not in text and "till" not in text \
            and "the time" not in text:
        return text
    return _TIME_CLAUSE.sub(lambda m: " " * len(m.group(0)), text)


def business_gain(clause: str) -> str | None:
    """``_business_gain``, kept per text (``answers``): several judgements ask it of the
    same clauses, and plans repeat their sentences."""
    return answer(_business_gain, clause)


def _business_gain(clause: str) -> str | None:
    """What a clause says customers do, or what the business counts when they do it."""
    r = roles()
    clause = without_time_clauses(clause)
    if "in order" in clause:  # blanked, same length, so positions hold
        clause = _IN_ORDER.sub(lambda m: " " * len(m.group(0)), clause)
    # work done for the account's sake: "answer every reply so our profile keeps
    # growing" serves the purpose after "so"; what that purpose gains is the gain
    # (the first purpose only, judged once: a clause costs one more look, not one per "so")
    purpose = _SO_PURPOSE.search(clause)
    if purpose and social_quantity(clause[purpose.end() :]):
        clause = clause[purpose.end() :]
    # who is writing ("writing as the partner who orders the stock", "as someone who
    # books our own holidays, ...") is the writer's standing, not the goal's object
    lead_in = _WRITER_LEAD_IN.match(clause)
    if lead_in:
        clause = clause[lead_in.end() :]
    # a reporting lead ("it was resolved that ...") says who recorded the goal; its verb
    # of deciding is not something a customer does
    clause = without_reporting_lead(clause)
    for match in r.action.finditer(clause):
        if _action_counts(clause, match) and not negated(clause, match.start()) \
                and not _AS_MONEY.match(clause, match.end()) \
                and not _MONEY_OBJECT.match(clause, match.end()) \
                and not _MONEY_HEAD.match(clause, match.end()) \
                and not _SOCIAL_OBJECT.match(clause, match.end()) \
                and not _UNIT_SUBJECT.search(clause, max(0, match.start() - 30),
                                             match.start()) \
                and not r.platform_object.match(clause, match.end()) \
                and not _ACCOUNT_BEFORE.search(clause, max(0, match.start() - 30),
                                               match.start()) \
                and not (match.group(0).startswith("subscrib")
                         and r.account.search(clause)) \
                and not (clause.startswith(" by", match.end())  # passive: "used by"
                         and _SOCIAL_SUBJECT.search(clause, max(0, match.start() - 40),
                                                    match.start())):
            return match.group(0)
    moved = _caused(clause) or _more_people(clause)
    if moved:
        return moved
    service = found(r.service, clause)
    if service and _word_before(clause, service.start()) in (["and"], ["or"]) \
            and _compound_noun(clause, service):
        service = None  # "wetsuits and hire boards": a thing sold, not a service done
    hit = _own_gain_noun(clause) or found(r.person_gain, clause) \
        or service or _beneficiary(clause)
    if hit is None or _MONEY_HEAD_NEAR.match(clause, hit.end()):
        return None  # "monthly gross bookings value": the money is the head
    groups = hit.groupdict()
    noun = groups.get("who") or groups.get("counted") or groups.get("into")
    # "new wholesale accounts" are customers; "corporate channels", or accounts in a
    # clause that names a platform, are the platform's
    singular = noun and (f"{noun[:-3]}y" if noun.endswith("ies") else noun[:-1])
    platform_noun = noun and (r.platform.fullmatch(singular) or r.platform.fullmatch(noun)) \
        and (noun != "accounts" or r.account.search(clause))
    if noun and (re.match(rf"^(?:{UNITS})$", noun) or re.match(rf"^(?:{_money_words()})$", noun)
                 or platform_noun or _ON_PLATFORM.match(clause, hit.end())
                 or _ACCOUNT_TO.search(clause, max(0, hit.start() - 40), hit.start())
                 or (_UNIT_TO.search(clause, max(0, hit.start() - 40), hit.start())
                     and social_quantity(clause))):
        return None
    acting = _ACCOUNT_ACTS.search(clause, hit.start()) if _COUNTED.search(hit.group(0)) else None
    if acting and acting.start() < hit.end():
        return None  # "2,000 locals following the practice page": the page's count of people
    return hit.group(0)


#: A figure: people counted ("2,000 locals") rather than described ("the parents who ...").
_COUNTED = LazyPattern(r"\d")


#: Someone got to do something: "getting walkers to stop for lunch", "persuade
#: parents to try a taster". Whatever the verb, people moved to act are a customer
#: behaviour; the causative verbs are a closed class, the people an open one.
_CAUSATIVE = LazyPattern(
    r"\b(?:get|gets|getting|got|persuad\w*|convinc\w*|encourag\w*|tempt\w*|entic\w*"
    r"|coax\w*|nudg\w*)\s+(?:(?:more|the|our|new|local|a\s+few|some)\s+)?"
    r"(?:[\w'-]+\s+){0,2}?(?P<who>[a-z][\w'-]*s)\s+"
    # who they are, in a relative clause: "get members who watch our videos to commission"
    r"(?:(?:who|that)\s+(?:[\w'-]+\s+){1,6}?)?to\s+(?P<act>[a-z]+)\b")


#: People brought somewhere: "getting students back for a second film", "draw office
#: workers down to the market". A verb of bringing or drawing (a closed class) and people,
#: then a particle of motion (a closed class: back, in, along, down, through ...): the
#: people come, which is a customer behaviour whatever the place.
_BROUGHT = LazyPattern(
    r"\b(?:get|gets|getting|got|bring|brings|bringing|brought|draw|draws|drawing|drew|drawn"
    r"|lur(?:e|es|ed|ing)|tempt\w*|entic\w*|pull|pulls|pulling|pulled|welcom\w*|coax\w*)\s+"
    r"(?:(?:more|the|our|new|local|a\s+few|some)\s+)?(?:[\w'-]+\s+){0,2}?"
    r"(?P<who>[a-z][\w'-]*s)\s+(?P<act>back|in|inside|along|down|over|round|around|through"
    r"|into|across|up\s+to|out\s+to)\b")


def _caused(clause: str) -> str | None:
    """People got to act ("getting walkers to stop for lunch") or brought somewhere
    ("getting students back"), unless they are a platform's count doing what it counts
    ("get followers to share the post", "bring followers over to the new page")."""
    for match in _BROUGHT.finditer(clause):
        who = match.group("who")
        if (who in _PEOPLE or who in _GENERIC_WHO or _AGENT.match(who)) \
                and who not in _NOT_PEOPLE and not re.fullmatch(rf"(?:{UNITS})", who) \
                and not negated(clause, match.start()):
            return match.group(0)
    if " to " not in clause:
        return None
    for match in _CAUSATIVE.finditer(clause):
        who, act = match.group("who"), match.group("act")
        if not (who in _PEOPLE or who in _GENERIC_WHO or _AGENT.match(who)) \
                or who in _NOT_PEOPLE or re.fullmatch(rf"(?:{UNITS})", who) \
                or re.fullmatch(rf"(?:{_SOCIAL_VERBS})", act) or negated(clause, match.start()):
            continue
        return match.group(0)
    return None


#: "More under-5s at the reading hour", "more over-60s in the morning classes": more
#: people somewhere is a customer behaviour. The people are an open class, told by
#: their form (an agent noun, an age group) or the small list of people nouns.
_MORE = LazyPattern(r"\bmore\s+(?:[\w-]+\s+){0,2}?(?P<who>[a-z][\w-]*s)\b")
_AGE_GROUP = LazyPattern(r"^(?:under|over|pre|post)?-?\d+s$")


def _more_people(clause: str) -> str | None:
    if "more" not in clause:
        return None
    for match in _MORE.finditer(clause):
        who = match.group("who")
        if re.fullmatch(rf"(?:{UNITS})", who) or who in _NOT_PEOPLE or negated(
                clause, match.start()) or _ON_PLATFORM.match(clause, match.end()) \
                or roles().platform.search(match.group(0)) \
                or _word_before(clause, match.start()) in (["by"], ["from"]) \
                or _ACCOUNT_ACTS.match(clause, match.start("who")):
            # "more members in our Facebook group", "tagged by more guests", "more
            # parents liking and sharing our posts"
            continue
        if who in _PEOPLE or _AGE_GROUP.match(who) or (
                _AGENT.match(who) and not re.fullmatch(rf"(?:{_money_words()})", who)):
            return match.group(0)
    return None


def _own_gain_noun(clause: str) -> re.Match[str] | None:
    """A transaction noun that is not the platform's own count ("profile visits",
    "page requests")."""
    r = roles()
    for match in r.gain_noun.finditer(clause):
        if negated(clause, match.start()) or _ACCOUNT_BEFORE.search(
                clause, max(0, match.start() - 30), match.start()) \
                or _MONEY_HEAD.match(clause, match.end()):
            continue
        return match
    return None


def _beneficiary(clause: str) -> re.Match[str] | None:
    """Particular people a goal serves: "opening the kitchen on Sundays for families",
    "visible on Instagram to couples planning weddings"."""
    r = roles()
    for match in r.beneficiary.finditer(clause):
        person = _PLURAL_AT.match(clause, match.start("who"))
        if not person or not _specific(clause, person) or negated(clause, match.start()):
            continue
        # "the go-to TikTok for bread lovers": an account's audience, not customers served
        if r.account.search(clause, max(0, match.start() - 30), match.start()):
            continue
        return match
    return None


@functools.cache
def _money_words() -> str:
    return (r"sales|revenues|profits|margins|fees|collections|earnings|takings|billings"
            r"|premiums|proceeds|receipts|roas|rois|funds")


def money_object(clause: str) -> str | None:
    """``_money_object``, kept per text (``answers``): several judgements ask it of the
    same clauses, and plans repeat their sentences."""
    return answer(_money_object, clause)


def _money_object(clause: str) -> str | None:
    """The money a clause makes its object: a money word or an amount, not someone
    else's money ("help tenants save money")."""
    r = roles()
    for pattern in r.money:
        for match in pattern.finditer(clause):
            if negated(clause, match.start()):
                continue
            if r.not_own_money.search(clause, max(0, match.start() - 80), match.start()):
                continue
            word = match.group("money")
            if word.startswith("sales") and re.match(r"sales\s+(?:leads?|team|calls?|reps?)",
                                                     clause[match.start():]):
                continue
            return " ".join(word.split())
    return None


# --------------------------------------------------------------------------
# Hollow text: research that states nothing, a strategy that says nothing

#: The ways an organization learns about its customers.
_METHOD = (
    r"\b(?:survey\w*|poll(?:ed|s)?|questionnaires?|interview\w*|focus[\s-]groups?|asked"
    r"|counted|tallied|observed|noted|recorded|tracked|data|records|register|analytics"
    r"|insights|stats|statistics|crm|ga4|receipts|reviews|feedback|census|stud(?:y|ies)"
    r"|reports?|panel|forms?|replies|responses|respondents|chats|logs|checked|according\sto"
    r"|looked\sat|went\sthrough|reviewed|pulled|measured|sampled|spoke\s(?:to|with)"
    r"|talked\s(?:to|with)|chatted|loyalty[\s-](?:card|scheme)s?|booking\ssystem|n\s?=\s?\d)\b"
)
#: A figure about the customers: a share, an age, a distance, a count. A bare
#: year ("since 1998") or a span of years in business says nothing about them.
_FIGURE = (
    r"\d+(?:[.,]\d+)?\s?%|\b\d+(?:\s?[-\u2013]\s?\d+)?\s*(?:km|miles?|m|minutes?|mins?)\b"
    r"|\b(?:over|under|above|below|aged|age)\s+\d+|\bin\s+their\s+\d0s\b|\b\d{1,3}\s?[-\u2013]\s?\d{1,3}\b"
    r"|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|of|out\sof)\s+(?:every\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b|\bhalf\s+of|\ba\s+(?:third|quarter)\s+of"
    r"|\b(?!(?:19|20)\d\d\b)\d(?:[\d,]*\d)?\s+(?!(?:years?|yrs|to|and|or|of|in|at|on|for|from|with"
    r"|by|per|a|an|the)\b)[a-z]"
)
#: An age or size range: a fact about a segment, but not about "everyone from 18 to 80".
_RANGE = r"\b\d{1,3}\s?(?:[-\u2013]|to)\s?\d{1,3}\b"
#: Hedges: a figure someone guesses is not a fact about the customers.
_HEDGE = (
    r"\b(?:i\s+think|i\s+guess|i'd\s+(?:guess|say|imagine)|i\s+suppose|i\s+believe|i\s+reckon"
    r"|we\s+(?:think|assume|guess|believe|reckon)|probably|maybe|perhaps|possibly|presumably"
    r"|must\s+be|i\s+imagine|(?:i|we)\s+(?:have\s+a\s+)?(?:feeling|feel|suspect|sense|hope)"
    r"|gut|seems?|likely"
    # certainty claimed in a word that grants doubt: "pretty sure", "hopefully"
    r"|(?:pretty|fairly|quite|reasonably|almost)\s+(?:sure|certain|confident)|hopefully|surely"
    r"|apparently|supposedly|i\s+(?:would|'d)\s+have\s+thought"
    # a belief with no one holding it: "it is understood that", "is considered to be",
    # "are thought to"; the verbs are the closed class of believing and assuming
    r"|(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:understood|assumed|believed|thought"
    r"|considered|felt|presumed|said|deemed|taken\s+as))\b"
    r"|\d+ish\b|-ish\b|\?"
)
#: Verbs of liking, wanting and needing: what follows them is a wish.
_ATTITUDE = _inflect("love like want need value care appreciate enjoy fancy prefer believe "
                     "wish hope dream expect")
#: Verbs of something customers observably do (not what they like, want or
#: need): "nurses who order from the app after midnight" is a fact about
#: them; "people who appreciate quality" is not.
_BEHAVIOUR = _inflect(
    "buy/bought order book visit come/came shop read/read search browse watch use follow ask "
    "meet/met stop log check scroll commute live work plan compare find/found hear/heard listen "
    "arrive call message email walk drive/drove,driven cycle stream download share post "
    "attend join subscribe pay/paid spend/spent travel/travelled,traveled stay eat/ate,eaten "
    "drink/drank,drunk"
)
#: Quantifiers that cover everyone, so a platform "they are all on" says nothing.
_UNIVERSAL = (r"\b(?:every\w*|all|any\w*|whole|general\s+public)\b"
              # "every August", "all year": a time, not everyone
              r"(?!\s+(?:\d|day|week|month|year|morning|evening|night|weekend|season|time|summer"
              r"|winter|spring|autumn|weekday|january|february|march|april|may|june|july|august"
              r"|september|october|november|december|monday|tuesday|wednesday|thursday|friday"
              r"|saturday|sunday)s?\b)")
#: A named platform (not "online" or "social media"): where a segment is, said specifically.
_NAMED_PLATFORM = (
    r"\b(?:facebook|instagram|insta|linkedin|twitter|tiktok|snapchat|youtube|pinterest|threads"
    r"|bluesky|reddit|mastodon|whatsapp|nextdoor|discord|twitch|houzz|google|trade\s+press"
    r"|strava|goodreads|yelp|tripadvisor|telegram|wechat|xing|behance|meetup|eventbrite|etsy"
    r"|patreon|substack|spotify)\b"
)

#: The customer's side of a transaction, as a strategy asks for it. Narrower
#: than ``ACTIONS``: "use", "stay" and "fill" describe the organization in a
#: strategy ("use a content calendar"), not what it asks of anyone.
_ASKS = _inflect(
    "buy/bought purchase order book reserve sign_up register enrol enroll visit "
    "come_back/came_back come_in/came_in come_by/came_by come_along/came_along return call "
    "phone ring enquire inquire request apply donate/gave,given give_again sponsor refer "
    "recommend renew rejoin join attend adopt foster download claim redeem subscribe "
    "contact rsvp vote try upgrade report raise_their_gift"
    # the other ways of getting in touch, beside call, phone and contact
    " message_us email_us text_us dm_us whatsapp_us message_the_team email_the_team"
)
_CTA = (r"\b(?:ask|asks|asking|invite|invites|inviting|invitation|point|points|pointing|send"
        r"|sends|direct|encourage|in\s+exchange\s+for|call[\s-]to[\s-]action)\b"
        # "prompt" as a verb has someone to prompt; the adjective ("be kind and prompt
        # with anyone who writes", "prompt replies") describes the organization's manners
        r"|\bprompt\b(?!\s*(?:[,.;:!?)]|$|(?:with|in|and|or|at|about|to\s+(?:reply|respond"
        r"|answer)|repl(?:y|ies)|responses?|answers?|service|care|attention)\b))"
        # an offer made to the audience is an ask: "the free valuation offer on each post"
        r"|\bfree\s+(?:[\w-]+\s+){0,2}?(?:offer|valuation|consultation|trial|quote|visit|sample"
        r"|tasting|class|pass|estimate|audit|check|session|lesson|call)\b"
        # a role per platform is a "with what": "Facebook for the practical information"
        rf"|(?:^|,\s*|\band\s+){PLATFORM}\s+(?:is\s+|as\s+)?(?:for|to)\s+(?:the\s+)?[a-z]"
        # test, then concentrate on what works: an allocation decision
        r"|\b(?:double\s+down|focus|concentrate|invest|put\s+(?:more|our)\s+\w+)\s+(?:\w+\s+){0,3}?"
        r"(?:on|into)\s+(?:whichever|whatever|the\s+ones?\s+that|those\s+that|what)\b")
#: Words that name no one in particular: a strategy "for our audience" or
#: "to show people" has not said whom it reaches.
_GENERIC_WHO = _wordset(
    "people everyone everybody audience audiences followers fans users viewers community "
    "public folks customers clients visitors"
)
#: Plural nouns that look like agent nouns but are things, and the go-betweens
#: a strategy works with (influencers, partners), who are not whom it reaches.
_NOT_PEOPLE = _wordset(
    "influencers creators bloggers ambassadors partners vloggers streamers competitors rivals "
    "others offers numbers orders posters stickers flyers banners papers letters covers "
    "filters reminders trailers headers chapters layers matters events comments contents "
    "moments documents segments statements payments updates centres centers"
)
#: People nouns that do not end like agent nouns.
_PEOPLE = _wordset(
    "women men mums moms dads kids children families couples locals regulars guests teens "
    "youths adults pupils seniors staff teams firms companies businesses schools clubs "
    "charities shops cafes restaurants households neighbours neighbors homeowners "
    "parents"
)
_AGENT = LazyPattern(r"[a-z]{2,}(?:ers|ors|ists|ians|ants|ents|ees)$")
#: People doing to the account what the platform counts: "an account readers tag,
#: share and comment on", "a feed that climbers repost". The people are an open
#: class told by form (an agent noun, a plural people noun); the verb is one of the
#: platform's own acts, and its object is the account, the organization, or
#: another such act ("tag and share").
_ACT = (r"(?:tag(?:s|ged|ging)?|shar(?:e|es|ed|ing)|lik(?:e|es|ed|ing)|reshar(?:e|es|ed|ing)"
        r"|(?:comment|repost|retweet|follow|mention|react)(?:s|ed|ing)?)")
_ACCOUNT_ACTS = LazyPattern(
    rf"\b(?P<unit>(?:[a-z]{{2,}}(?:ers|ors|ists|ians|ants|ents|ees)|{'|'.join(sorted(_PEOPLE))})"
    rf"\s+(?:who\s+|that\s+)?(?:\w+ly\s+)?"
    # the acts only a platform knows may take the organization as object: "tag us"
    rf"(?:(?:tag|repost|retweet|mention|follow|reshare)(?:s|ged|ed)?\b(?=\s+(?:us|it)\b)"
    # any act with another act or a post as object: "like and share", "share our reels"
    rf"|{_ACT}\b(?=\s*(?:,\s*|\s+(?:and|or)\s+)(?:\w+ly\s+)?{_ACT}\b"
    rf"|\s+(?:our|the|its|each|every)\s+(?:[\w'-]+\s+)?{CONTAINER}\b"
    rf"|\s+on\s+(?:it|us)\b)))",
    anchors="tag shar like comment repost retweet follow mention react")

#: Adjectives that make a generic noun particular: "lapsed customers", "local people".
_WHO_QUALIFIER = LazyPattern(rf"^(?:{_QUALIFIER}|local|young|younger|older|nearby|past|former"
                            r"|potential|prospective|business|corporate|first-time|our-own)$")
_PLURAL = r"\b[a-z]\w*s\b"
_PLURAL_AT = LazyPattern(_PLURAL)


@functools.cache
def _hollow() -> SimpleNamespace:
    return SimpleNamespace(
        method=LazyPattern(_METHOD), figure=LazyPattern(_FIGURE), hedge=LazyPattern(_HEDGE),
        universal=LazyPattern(_UNIVERSAL), named_platform=LazyPattern(_NAMED_PLATFORM),
        behaviour=_WordClass(_BEHAVIOUR), attitude=_WordClass(_ATTITUDE),
        range=LazyPattern(_RANGE),
        hypothetical=LazyPattern(r"\b(?:could|would|might|should|will|shall|may|plan\s+to|want\s+to"
                           r"|going\s+to|hope\s+to|intend\s+to|need\s+to|one\s+day|someday)\b"),
        # a way of learning put off to later: "a questionnaire to go out in due course"
        later=LazyPattern(r"\b(?:in\s+due\s+course|next\s+(?:week|month|year|spring|summer|autumn"
                          r"|winter|term|season|quarter)|later\s+(?:this|in\s+the|on)\b|at\s+some"
                          r"\s+point|when\s+(?:time|funds?|budget)\s+allows?|in\s+the\s+future"
                          r"|(?:is|are)\s+(?:planned|pending|scheduled|on\s+the\s+list))\b"),
        ask=_WordClass(_ASKS), cta=LazyPattern(_CTA),
        # the writer knowing or finding out, then a question word, right before the verb
        wh_question=LazyPattern(
            r"\b(?:we|i|you)(?:'ll|'ve|'d)?\s+(?:\w+\s+){0,2}?"
            r"(?:know|knew|see|saw|find\s+out|found\s+out|learn|tell|understand|figure\s+out"
            r"|work\s+out|wonder|guess)"
            r"\s+(?:\w+\s+){0,2}?(?:who|what|where|when|how|which|whether|if)\s+"
            r"(?:[\w'-]+\s+){0,3}?$"),
        who=LazyPattern(_PLURAL),
    )


#: Forms of "be" (and "get") before a participle make it passive.
_BE_AUX = _wordset("be been being is are was were get gets got getting")


def research_substance(text: str) -> str | None:
    """``_research_substance``, kept per text (``answers``): several judgements ask it of the
    same texts, and plans repeat their sentences."""
    return answer(_research_substance, text)


def _research_substance(text: str) -> str | None:
    """What in a line of research is concrete: a way it was learned, an unhedged
    figure about the customers, or a named platform a segment (not "everyone")
    uses. None when it states nothing ("our customers are everyone")."""
    h = _hollow()
    for sentence in sentences(text):
        for clause in sentence.clauses:
            method = found(h.method, clause)
            # "we could do a survey one day": a survey not done is no evidence
            # "surveys?": a way of learning asked about is not one used
            if method and not h.hypothetical.search(
                    clause, max(0, method.start() - 40), method.start()) \
                    and not h.later.search(clause) and not clause.endswith("?"):
                return method.group(0)
            if h.hedge.search(clause):
                continue
            for figure in h.figure.finditer(clause):
                if negated(clause, figure.start()) or _only_adults(clause, figure.start()):
                    continue
                if not (h.universal.search(clause) and h.range.fullmatch(figure.group(0))):
                    return figure.group(0)
                break
            ranged = found(h.range, clause)
            if ranged and not h.universal.search(clause) \
                    and not _only_adults(clause, ranged.start()):
                return ranged.group(0)
            if h.universal.search(clause):
                continue
            place = found(h.named_platform, clause)
            if place and not clause.startswith(("we ", "our team")):
                return place.group(0)
            for done in h.behaviour.finditer(clause):
                if negated(clause, done.start()):
                    continue
                # what the organization does ("we see them") is not a fact about customers
                if _word_before(clause, done.start())[-1:] in (["we"], ["i"]):
                    continue
                # after a determiner the word is a noun ("our posts", "the visits"),
                # not something the customers do ("readers that visit" still do)
                if _word_before(clause, done.start())[-1:] and \
                        _word_before(clause, done.start())[0] in _NOUN_BEFORE - {"that"}:
                    continue
                # a gerund heading a noun phrase after a determiner and a singular noun
                # ("at the board meeting", "our staff training") names an event, not
                # customers acting; after a plural ("our regulars visiting") they act
                if done.group(0).endswith("ing") and _in_compound(clause, done.start()):
                    continue
                # an infinitive is a purpose ("a survey to find out who they are"), not
                # something the customers were seen to do
                if _word_before(clause, done.start()) == ["to"]:
                    continue
                # a passive ("to be sorted out", "is being checked") says what is done
                # to something, not what customers do
                if _word_before(clause, done.start())[-1:] and \
                        _word_before(clause, done.start())[0] in _BE_AUX and \
                        not done.group(0).endswith("ing"):
                    continue
                # an indirect question ("we know who walks in", "when we find out
                # who shops online") names what could be known, not a fact
                if h.wh_question.search(clause, max(0, done.start() - 60), done.start()):
                    continue
                # "readers who love a quiet place to browse": a wish, not something
                # observed; "firms that need support and call us" still call
                before = _word_before(clause, done.start())
                since = done.start() if before[-1:] in (["and"], ["then"]) else 0
                if h.attitude.search(clause, since, done.start()):
                    continue
                # "live on their phones", "use social media": what anyone does, not a
                # fact about these customers
                if _ANY_MEDIUM.match(clause, done.end()):
                    continue
                return done.group(0)
    return None


def _in_compound(clause: str, start: int) -> bool:
    """Whether the word at ``start`` heads a noun phrase: a determiner or a possessive
    opens it ("the board meeting", "the partners' planning meeting") with only singular
    modifiers in between. A plural between ("our regulars visiting") is a subject acting.
    """
    between = clause[max(0, start - 80) : start].split()[-3:]
    for index, word in enumerate(reversed(between)):
        if word.endswith(("'s", "s'")) or (index and word in _NOUN_BEFORE):
            return True
        if word.endswith(("s", ",")) or not word.isalpha():
            return False
    return False


#: An age bound that says only "adults": a lower bound at or below the age of
#: majority or of buying alcohol ("anyone over 18", "aged 21+"), or a range
#: spanning most of a life ("aged 16 to 90", "18-80+"). Both fit every grown-up
#: customer a business has, so they are no fact about these customers.
_AGE_BOUND = LazyPattern(
    r"(?:(?P<kind>over|above|older\s+than|aged|age|from)\s+)?(?P<low>\d{1,3})\+?"
    r"(?:\s?(?:[-\u2013]|to|and)\s?(?P<high>\d{1,3})(?P<open>\+)?)?(?!\s?%)")
_ADULT_AGE = 21
_LIFESPAN = 40


def _only_adults(clause: str, start: int) -> bool:
    """Whether the figure at ``start`` is an age bound that says only "adults"."""
    bound = _AGE_BOUND.match(clause, start)
    if bound is None:
        return False
    low, high = int(bound.group("low")), bound.group("high")
    if high is None:
        return bound.group("kind") is not None and bound.group("kind") != "from" \
            and low <= _ADULT_AGE
    # a range of ages, not of anything else ("10-20 minutes", "2 to 3 visits")
    if not (bound.group("kind") or _AGE_AFTER.match(clause, bound.end())):
        return False
    return bound.group("open") is not None or int(high) - low >= _LIFESPAN


#: What makes a bare range an age: "16 to 90 year olds", "18-75+ (years)".
_AGE_AFTER = LazyPattern(r"\+?\s*(?:-?\s*years?[\s-]*olds?|yrs|years\b|y/?o\b)|\+")

#: Media every person uses, as the complement of a behaviour: "live on their
#: phones", "use social media", "spend hours online", "browse the internet".
#: The class is devices and the internet at large, not a named platform, which
#: would say where a segment is.
_ANY_MEDIUM = LazyPattern(
    # between the verb and the medium only words of degree and duration ("basically",
    # "all day", "hours"), never an object of the verb ("book tables by phone")
    r"(?:\s+(?:\w+ly|always|constantly|forever|hours|all|day|night|long|a\s+lot|much|more"
    r"|half|their\s+lives)){0,2}?\s+(?:(?:on|in|at|through|across)\s+)?"
    r"(?:(?:their|the|a|his|her)\s+)?"
    r"(?:(?:mobile|smart|cell)\s*)?(?:phones?|screens?|devices?|tablets?|laptops?|computers?"
    r"|social\s+media|socials|online|internet|web|mobiles?)\b")


def _specific(clause: str, match: re.Match[str]) -> bool:
    """Whether a plural noun names particular people ("lapsed members", "office
    managers", "tenants"), not anyone at all ("people", "our audience")."""
    head = match.group(0)
    if head in _GENERIC_WHO:
        before = _word_before(clause, match.start())
        # "new audiences", "new customers": newness says nothing about who they are
        return bool(before and before[0] != "new" and _WHO_QUALIFIER.match(before[0]))
    if head in _NOT_PEOPLE or head.endswith("ments"):
        return False
    # "the owners' approach is to ...": whose plan it is, not whom it reaches
    if _PLAN_OWNER.match(clause, match.end()):
        return False
    return head in _PEOPLE or bool(_AGENT.match(head))


#: A universal quantifier right before a plural noun: the closed class of
#: determiners that range over everyone ("all", "any", "every", "whichever").
#: It scopes over a coordination too: "any followers or passers-by".
_ALL_OF = LazyPattern(r"\b(?:all|any|every|whichever|whatever)\s+(?:(?:of\s+)?the\s+)?"
                      r"(?:[\w'-]+(?:,\s*|\s+(?:and|or)\s+)){0,2}$")
#: A plural possessive before a noun naming a plan ("the partners' approach", "the
#: trustees' idea"): the nouns are the closed class a writer uses to report a plan.
_PLAN_OWNER = LazyPattern(r"'\s+(?:(?:own|whole|usual|basic|main)\s+)?"
                          r"(?:approach|plan|idea|strategy|aim|goal|view|thinking|way|intention|method|instinct|hope|line)\b")


def strategy_substance(text: str) -> str | None:
    """``_strategy_substance``, kept per text (``answers``): several judgements ask it of the
    same texts, and plans repeat their sentences."""
    return answer(_strategy_substance, text)


def _strategy_substance(text: str) -> str | None:
    """What a strategy says about how social media serves the goals: something
    the audience is asked to do, or particular people it reaches. None when it
    says neither ("post regularly and engage", "be everywhere").

    Each clause is judged alone and the first that says something decides, so a
    clause's answer is kept (``answers``): a strategy new to the run is mostly made
    of clauses read before."""
    for sentence in sentences(text):
        for clause in sentence.clauses:
            said = answer(_strategy_in, clause)
            if said is not None:
                return said
    return None


def _strategy_in(clause: str) -> str | None:
    """What ``_strategy_substance`` finds in one clause, or None."""
    h = _hollow()
    r = roles()
    for match in h.ask.finditer(clause):
        if _action_counts(clause, match) and not negated(clause, match.start()) \
                and not _ANYONE_WHO.search(clause, max(0, match.start() - 40),
                                           match.start()):
            return match.group(0)
    for match in h.who.finditer(clause):
        # "all comers", "any visitors", "all of the readers": a quantifier over
        # everyone who turns up names no one; "all lapsed members" still names
        # the lapsed
        if _specific(clause, match) and not negated(clause, match.start()) \
                and not _ALL_OF.search(clause, max(0, match.start() - 20),
                                       match.start()):
            return match.group(0)
    for hit in r.gain_noun.finditer(clause):
        # "chat with all visitors": everyone who turns up, not whom it reaches
        if negated(clause, hit.start()) or _ALL_OF.search(
                clause, max(0, hit.start() - 20), hit.start()):
            continue
        return hit.group(0)
    for hit in h.cta.finditer(clause):
        if _shared_purpose(clause, hit):
            continue
        return hit.group(0)
    return None


#: Whoever does it, in a relative clause: "be nice to the people who message" asks no
#: one to do anything.
_ANYONE_WHO = LazyPattern(r"\b(?:people|everyone|anyone|everybody|anybody|those|whoever|folk)"
                          r"\s+(?:who|that)\s+$")
#: A platform name at the end of the text before a match.
_PLATFORM_BEFORE = LazyPattern(rf"\b{PLATFORM}\s*,?\s*$")


def _shared_purpose(clause: str, hit: re.Match[str]) -> bool:
    """Whether a "role per platform" is one purpose for several platforms ("leverage
    Instagram and Facebook to maximize exposure"): a role per platform gives each its
    own job ("Facebook for the notices, Instagram for the new routes")."""
    return hit.group(0).startswith(("and", ",")) and bool(
        _PLATFORM_BEFORE.search(clause, max(0, hit.start() - 30), hit.start()))
