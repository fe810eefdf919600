"""The learned reading of a prose field: a small linear model per judgement.

The role frames of ``goal_roles``, ``channel_roles`` and ``expectation_roles``
recognise an anti-pattern by the structure of a sentence, and say exactly
which role they found. They miss wordings nobody foresaw, and measured on
plans written by people who never saw them they found about six problems in
seven. A statistical reading of the same fields, trained on labelled texts,
closes much of that gap, so each prose judgement weighs the two:

- where the frames find a role, the model must not be nearly sure the text is
  healthy (the ``confirm`` threshold, 0.1): a frame fooled by an unusual
  sentence is overruled;
- where the frames find nothing, the model alone may report the text when it
  is sure (the ``suggest`` threshold, 0.8), quoting the sentence that weighed
  most and the words that weighed most in it, so the finding stays
  explainable;
- a text of fewer than 12 words is left to the frames either way: the model
  sees too few words in it to weigh.

The model is logistic regression over the distinct words and word pairs of a
text (a bag of n-grams, normalised to unit length), one per judgement; a
word in a clause after a negator is also a feature of its own (``~others`` in
"not because the others are there"), so that "not viral" and "viral" can
weigh differently. It is
trained ahead of time by ``training/train_judgements.py`` from labelled texts
written for smaudit and kept in the repository; the weights ship beside this
module as JSON (``judgement_weights.json``), so nothing is downloaded and every
run gives the same answer. A test retrains it and checks the file is current.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smaudit.model.prose.kept import Shared, kept
from smaudit.model.prose.sentences import pieces

__all__ = ["OPTION", "Weighing", "confirms", "features", "hollow_quote", "judging", "role_found",
           "suggests", "weigh"]

#: The weights file, written by the training script.
WEIGHTS = Path(__file__).with_name("judgement_weights.json")

#: A word: letters and digits, with an apostrophe inside ("don't", "owner's").
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
#: Where a clause ends: the reach of a negation ("not because the others are there,
#: but because ...": the others are negated, the reason after the comma is not).
_CLAUSE_END = re.compile(
    r"[.;:!?,()\n]|\s[-\u2013\u2014]\s|\b(?:but|although|though|however|yet)\b")
#: The words that negate what follows them in their clause; a negated word is a
#: feature of its own ("~viral"), so "not viral" and "viral" weigh differently.
_NEGATOR = re.compile(r"not|no|never|nobody|nothing|none|neither|nor|without|cannot|[a-z]+n't")
#: A clause without this holds no negator, so its words need no look (a quick test
#: that every word ``_NEGATOR`` matches passes).
_MAY_NEGATE = re.compile(r"n't|\b(?:not|no|never|nobody|nothing|none|neither|nor|without"
                         r"|cannot)\b")
#: Curly apostrophes read as straight ones, so both spellings of "don't" are one word.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
#: Where a sentence ends, for choosing the sentence to quote.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n|\n\s*[-*]\s+")
#: A text shorter than this many words is left to the frames: it gives the model too
#: few words to weigh, either way. In "For prestige, mostly." the frames see the
#: role, while the model sees three words it may never have met; in "Grow our
#: newsletter to 2,000 subscribers" it sees "subscribers" and little else.
_READS_FROM = 12
#: Words that say nothing by themselves, never quoted as what a finding was read from
#: (a closed class: articles, pronouns, prepositions, auxiliaries, conjunctions).
_FUNCTION_WORDS = frozenset((
    "a", "an", "the", "and", "or", "but", "if", "so", "as", "of", "to", "in", "on", "at", "by",
    "for", "from", "with", "into", "onto", "about", "than", "then", "this", "that", "these",
    "those", "it", "its", "it's", "we", "we're", "we'll", "we've", "our", "ours", "us", "i",
    "i'm", "my", "me", "you", "your", "he", "she", "his", "her", "they", "their", "them",
    "there", "here", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does",
    "did", "have", "has", "had", "will", "would", "shall", "should", "can", "could", "may",
    "might", "must", "just", "very", "also", "too",
    # quantifiers, particles and adverbs of time and degree: they lean, but say nothing
    # a reader could check ("read from "all" and "now"" explains nothing)
    "all", "any", "some", "each", "every", "more", "most", "much", "many", "few", "no", "not",
    "now", "then", "still", "already", "yet", "ever", "even", "only", "really", "quite",
    "up", "out", "off", "over", "down", "back", "away", "what", "which", "who", "how", "when",
    "where", "why", "get", "got", "one", "ones",
))
#: Only a text's first characters are weighed, as the frames judge only theirs.
_WEIGHED = 4000


#: The option each prose rule offers to decide by its frames alone.
OPTION: dict[str, Any] = {"learned": {
    "type": "boolean", "default": True,
    "description": "Weigh the role frames against the learned reading of this judgement "
                   "(docs/detection.md): on a text of 12 words or more it reports what the "
                   "frames missed when it is sure, and overrules a role it is nearly sure "
                   "is wrong. False decides by the frames alone."}}


def judging(judgement: str, options: Mapping[str, Any]) -> str | None:
    """``judgement`` when the rule's ``learned`` option is on (the default), else None,
    which ``confirms`` and ``suggests`` read as "frames alone"."""
    return judgement if options.get("learned", True) else None


def features(text: str) -> tuple[str, ...]:
    """The distinct words and adjacent word pairs of ``text``, lower-cased, sorted.

    The training script calls this same function, so a text is cut the same way
    when the model learns and when it judges."""
    return tuple(sorted(_gram_set(text)))


def _gram_set(text: str) -> tuple[str, ...]:
    """The n-grams of ``features``, unsorted (a tuple, which holds them in a tenth of a
    set's room): the union of its clauses' n-grams.

    No word or word pair spans a clause (the clause's end is not part of either
    clause), so a text's n-grams are exactly its clauses' together; plans repeat
    their clauses far more than their fields (of 32,000 clauses 1,000 generated plans
    weighed, 4,500 were distinct), so each clause's are kept (``_clause_grams``)."""
    # ``split`` cuts as ``pieces(..., keep_mark=False)`` does (the pattern captures
    # nothing), without keeping the marks of a text cut only here
    folded = text[:_WEIGHED].translate(_APOSTROPHES).lower()
    return tuple(frozenset().union(*map(_clause_grams, _CLAUSE_END.split(folded))))


#: One string object for every equal n-gram the kept clauses hold: the n-grams of a
#: run are few (4,600 in 1,000 generated plans) while the clauses holding them are
#: many, so a kept clause costs its tuple, not copies of its words.
_GRAMS = Shared(8192)


@kept(512, below=500)
def _clause_grams(clause: str) -> tuple[str, ...]:
    """The n-grams of one folded clause: its words, their adjacent pairs and, after a
    negator, its negated words (``~word``)."""
    words = _WORD.findall(clause)
    grams = {*words, *map(" ".join, itertools.pairwise(words))}
    if _MAY_NEGATE.search(clause):
        negated = next((i for i, word in enumerate(words) if _NEGATOR.fullmatch(word)), None)
        if negated is not None:
            grams.update(["~" + word for word in words[negated + 1 :]])
    return _GRAMS.each(grams)


@dataclass(frozen=True, slots=True)
class _Model:
    """One judgement's weights: the bias and a weight per word or word pair."""

    bias: float
    weights: dict[str, float]

    def score(self, grams: tuple[str, ...]) -> float:
        """The probability that a text with these n-grams shows the anti-pattern (in any
        order: ``math.fsum`` rounds the exact sum once, so the order cannot change it)."""
        if not grams:
            return 1.0 / (1.0 + math.exp(-self.bias))
        total = math.fsum(map(self.weights.get, grams, itertools.repeat(0.0)))
        total /= math.sqrt(len(grams))
        return 1.0 / (1.0 + math.exp(-(self.bias + total)))


@dataclass(frozen=True, slots=True)
class _Weights:
    """Every judgement's model and the two thresholds the training chose."""

    suggest: float
    confirm: float
    models: dict[str, _Model]


@functools.lru_cache(maxsize=1)
def _weights() -> _Weights:
    data: dict[str, Any] = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return _Weights(
        suggest=float(data["thresholds"]["suggest"]),
        confirm=float(data["thresholds"]["confirm"]),
        models={name: _Model(float(model["bias"]), model["weights"])
                for name, model in data["judgements"].items()},
    )


@dataclass(frozen=True, slots=True)
class Weighing:
    """The model's reading of one text for one judgement.

    ``probability`` is the model's confidence that the text shows the
    anti-pattern; ``sentence`` is the whole sentence that weighs most toward
    it; ``evidence`` the words or word pairs in that sentence that weigh most.
    """

    probability: float
    sentence: str
    evidence: tuple[str, ...]

    def because(self) -> str:
        """The evidence (at most two word groups) as a finding can say it: ``read from "x"
        and "y"``."""
        if not self.evidence:
            return ""
        return "read from " + " and ".join(f'"{gram}"' for gram in self.evidence)


def weigh(judgement: str, text: str) -> Weighing | None:
    """The model's reading of ``text`` for ``judgement`` (a rule slug), or None when
    no model is shipped for that judgement."""
    model = _weights().models.get(judgement)
    if model is None:
        return None
    best: tuple[float, str, tuple[str, ...]] | None = None
    weighed = text[:_WEIGHED]
    for start, end in pieces(weighed, _SENTENCE_END, keep_mark=False):
        sentence = " ".join(weighed[start:end].split())
        if not sentence:
            continue
        leaning = sorted(((model.weights.get(g, 0.0), g) for g in features(sentence)),
                         reverse=True)
        pull = sum(w for w, _ in leaning if w > 0)
        if best is None or pull > best[0]:
            evidence = tuple([g for w, g in leaning if w > 0 and _telling(g)][:2])
            best = (pull, sentence, evidence)
    probability = _probability(text, judgement)
    if best is None:
        return Weighing(probability, " ".join(text.split()), ())
    return Weighing(probability, best[1], best[2])


@kept(256, below=10_000)
def _probability(text: str, judgement: str) -> float:
    """The model's probability for a judgement that has a model, kept per text and
    judgement (the judgements that read one field ask for it in turn; a field another
    plan had is mostly answered whole before, by ``answers``)."""
    return _weights().models[judgement].score(_grams(text))


@kept(256, below=10_000)
def _words_weighed(text: str) -> int:
    """How many words of ``text`` the model weighs: counted alone, so that a text too
    short to weigh is never cut into n-grams."""
    return len(_WORD.findall(text[:_WEIGHED]))


@kept(64, below=10_000)
def _grams(text: str) -> tuple[str, ...]:
    """The n-grams of ``features(text)``, kept for the last few texts: every prose
    judgement that reads a field asks for them while its plan is linted, and a text's
    n-grams take some kilobytes, so few are kept. Unsorted: the score needs no order."""
    return _gram_set(text)


def hollow_quote(judgement: str | None, text: str, frames_quote: str | None) -> str | None:
    """For a judgement that finds a whole text hollow (a strategy or research that says
    nothing), the sentence to quote when ``text`` is reported, else None.

    ``frames_quote`` is the frames' verdict: the sentence they would quote when
    they find the text hollow, None when they find substance in it."""
    if frames_quote is not None:
        return frames_quote if confirms(judgement, text) else None
    weighed = suggests(judgement, text)
    return None if weighed is None else weighed.sentence


def role_found(role: str, weighing: Weighing) -> str:
    """A finding's account of a role only the learned reading found: the role the
    judgement looks for and the words it was read from."""
    because = weighing.because()
    if not role:
        return because or "read as a whole"
    return f"{role} ({because})" if because else role


def _telling(gram: str) -> bool:
    """Whether a word or word pair says something by itself: not only function words
    or figures ("the", "to the", "000"), and not a negated word (which a reader would
    not find written as such)."""
    return not gram.startswith("~") and any(
        not word.isdigit() and word not in _FUNCTION_WORDS for word in gram.split())


def confirms(judgement: str | None, text: str) -> bool:
    """Whether the model lets a role the frames found in ``text`` stand: it does
    unless it is nearly sure the text is healthy, and always when ``judgement``
    is None (the rule's ``learned`` option is off)."""
    if judgement is None or judgement not in _weights().models:
        return True
    if _words_weighed(text) < _READS_FROM:
        return True
    return _probability(text, judgement) >= _weights().confirm


def suggests(judgement: str | None, text: str) -> Weighing | None:
    """The model's reading of ``text`` when it is sure enough to report the text on
    its own (the frames found nothing), else None; always None when ``judgement``
    is None (the rule's ``learned`` option is off)."""
    if judgement is None or judgement not in _weights().models:
        return None
    if _words_weighed(text) < _READS_FROM or _probability(text, judgement) < _weights().suggest:
        return None
    weighed = weigh(judgement, text)
    # a reading that leans only on words that say nothing cannot be explained to whoever
    # reads the finding, so it is not reported
    return weighed if weighed is not None and weighed.evidence else None
