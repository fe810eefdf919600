"""The prose judgements as a plan is linted by default: frames weighed with the learned reading.

The other modules here pin the role frames alone; these cases, written for
this module, pin how the learned reading changes a verdict: what it adds
when the frames find nothing, what it overrules, and what it leaves alone
(short texts, the user's own phrases, the ``learned: false`` option).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from smaudit.model.prose import learned
from smaudit.testing import RuleTester
from tests.rules import frames_alone, placed

ROOT = Path(__file__).resolve().parents[2]

_SLUG = {"SMA102": "social-as-strategy", "SMA103": "outcome-as-goal", "SMA106": "no-strategy",
         "SMA201": "box-checking", "SMA202": "bandwagon-leap", "SMA203": "bragging-rights",
         "SMA205": "no-audience-research", "SMA404": "direct-roi-expectation",
         "SMA501": "overnight-expectation", "SMA502": "viral-expectation"}


def snippet(code: str, field: str, text: str) -> str:
    return placed(code, field, text)[0]


def expected(code: str, field: str) -> list[tuple[str, int, int]]:
    """The one finding ``code`` reports at the start of the field's value."""
    return [(code, *placed(code, field, "")[1])]


# --------------------------------------------------------------------------
# What the learned reading adds: the frames find nothing, the model is sure

ADDED = [
    ("SMA201", "motivation", "Our grant from the heritage fund comes with a clause saying we "
     "keep an active social media presence for two years."),
    ("SMA203", "motivation", "Having a polished TikTok would show the town that a "
     "sixty-year-old hardware shop can still feel young and fresh."),
    ("SMA502", "expectations", "The whole idea is that one funny clip of the goats gets shared "
     "around the county and brings the crowds in."),
    ("SMA103", "goal", "Increase the annual turnover of the workshop by a quarter so that we "
     "can finally pay ourselves properly"),
]


@pytest.mark.parametrize(("code", "field", "text"), ADDED)
def test_the_learned_reading_reports_what_the_frames_miss(code, field, text):
    frames_alone(code).assert_findings(snippet(code, field, text), [])
    (finding,) = RuleTester(code).assert_findings(snippet(code, field, text), expected(code, field))
    assert f'"{text}' in finding.message  # the whole sentence, as written
    assert "read from \"" in finding.message  # and the words it was read from


@pytest.mark.parametrize(("code", "field", "text"), ADDED)
def test_the_option_off_decides_by_the_frames_alone(code, field, text):
    tester = RuleTester(code, options={code: {"learned": False}})
    tester.assert_findings(snippet(code, field, text), [])


@pytest.mark.parametrize(("code", "field", "text"), ADDED)
def test_evidence_is_never_only_function_words_or_figures(code, field, text):
    weighing = learned.weigh(_SLUG[code], text)
    assert weighing is not None and weighing.evidence
    for gram in weighing.evidence:
        assert any(word not in {"the", "a", "our", "we", "of", "to", "and"}
                   and not word.isdigit() for word in gram.split()), gram


# --------------------------------------------------------------------------
# What it overrules: a frame fooled by a long sentence the model is sure of

OVERRULED = [
    ("SMA202", "motivation", "Everybody is on Facebook these days, our regulars included, and "
     "the weekly quiz results are what they ask us to post."),
    ("SMA202", "motivation", "The other stallholders on the market pointed out that our "
     "customers ask them where to find us, so a page with our pitch number helps."),
]


@pytest.mark.parametrize(("code", "field", "text"), OVERRULED)
def test_the_learned_reading_overrules_a_frame_it_is_sure_is_wrong(code, field, text):
    frames_alone(code).assert_findings(snippet(code, field, text), expected(code, field))
    RuleTester(code).assert_findings(snippet(code, field, text), [])


# --------------------------------------------------------------------------
# Where both agree: paraphrases and healthy neighbours of our own

AGREED = [
    ("SMA202", "motivation", "Honestly the joinery firms near us all seem to be doing well out "
     "of their Instagram pages these days.", True),
    ("SMA202", "motivation", "We looked at how the garden centres along the ring road answer "
     "questions and saw that nobody replies at weekends.", False),
    ("SMA201", "motivation", "The regional office has made an Instagram account a condition of "
     "keeping the franchise, and that is the whole story.", True),
    ("SMA201", "motivation", "Head office left the choice to each branch; we picked Instagram "
     "because our walk-in customers told us they look there first.", False),
    ("SMA203", "motivation", "We chose Pinterest because couples planning weddings save ideas "
     "there, and our cake photos are exactly what they keep.", False),
    ("SMA502", "expectations", "Nobody expects the videos to spread on their own: each one goes "
     "to the mailing list and to the two partner shops.", False),
    ("SMA501", "expectations", "Within a few weeks of launching the account we expect the phone "
     "to start ringing with new clients every day.", True),
    ("SMA501", "expectations", "We will watch replies and saves in the first weeks, but we judge "
     "the page on bookings only after a full year.", False),
    ("SMA404", "expectations", "Every photo we post of the finished kitchens should bring in at "
     "least one paying job, or it is not worth posting.", True),
    ("SMA404", "expectations", "Each post should answer one question customers ask at the "
     "counter, so that fewer of them need to phone us.", False),
    ("SMA102", "goal", "Get at least four thousand people following the bakery's Instagram "
     "account and liking our posts by next summer", True),
    ("SMA102", "goal", "Use Instagram to bring thirty new families a month to the Saturday "
     "swimming lessons and keep them coming back", False),
    ("SMA103", "goal", "Raise the money for the new minibus by getting forty more families to "
     "sign up for the Saturday club this year", False),
    ("SMA205", "research", "Our customers are all sorts really, young and old, from round here "
     "and further afield, we like everyone.", True),
    ("SMA205", "research", "A survey of 140 customers at the till in March showed most are "
     "retired couples who use Facebook daily.", False),
    ("SMA106", "strategy", "We will post regularly on every platform, keep the content fresh and "
     "engaging, and build our brand online.", True),
    ("SMA106", "strategy", "Show new parents in the town our baby-massage classes through short "
     "videos and ask them to book a free first class.", False),
]


@pytest.mark.parametrize(("code", "field", "text", "fires"), AGREED)
def test_paraphrases_and_neighbours_by_default(code, field, text, fires):
    RuleTester(code).assert_findings(snippet(code, field, text),
                                     expected(code, field) if fires else [])


# --------------------------------------------------------------------------
# What it leaves alone


def test_a_short_text_is_left_to_the_frames():
    # the model would read a mailing list as a social-media number, and doubts a
    # short mandate; under twelve words it has too little to weigh either way
    listing = "Double the number of people on our mailing list"
    assert learned.weigh("social-as-strategy", listing).probability >= 0.8
    RuleTester("SMA102").assert_findings(snippet("SMA102", "goal", listing), [])
    orders = "Head office's orders, plain and simple."
    assert learned.weigh("box-checking", orders).probability < 0.1
    RuleTester("SMA201").assert_findings(snippet("SMA201", "motivation", orders),
                                         [("SMA201", 1, 13)])


def test_a_text_the_bandwagon_frames_explain_is_left_to_the_bandwagon_leap():
    """The words of "every other studio has one, so we must too" lean toward an order
    as well as a leap; the frames find others' example as the reason, so box checking
    leaves the text to SMA202 rather than report what only the model read."""
    text = ("Every other tattoo studio on the high street has an Instagram account now, so we "
            "must have one as well.")
    assert learned.weigh("box-checking", text).probability >= 0.8
    RuleTester("SMA201").assert_findings(snippet("SMA201", "motivation", text), [])
    RuleTester("SMA202").assert_findings(snippet("SMA202", "motivation", text),
                                         [("SMA202", 1, 13)])


def test_a_text_the_image_frames_explain_is_left_to_bragging_rights():
    text = ("Instagram was picked because it is felt the gallery should be seen alongside the "
            "more fashionable studios in the region.")
    assert learned.weigh("bandwagon-leap", text).probability >= 0.8
    RuleTester("SMA202").assert_findings(snippet("SMA202", "motivation", text), [])
    RuleTester("SMA203").assert_findings(snippet("SMA203", "motivation", text),
                                         [("SMA203", 1, 13)])


def test_a_reading_it_cannot_explain_is_not_reported():
    """Sure as the model may be, a finding read only from words that say nothing ("all",
    "now", "so") could not tell the reader why; it is left to the frames."""
    text = ("They all have one now and so do all the others, so we should get one too, all "
            "of us.")
    weighed = learned.weigh("bandwagon-leap", text)
    assert weighed.probability >= 0.8 and weighed.evidence == ()
    frames_alone("SMA202").assert_findings(snippet("SMA202", "motivation", text), [])
    RuleTester("SMA202").assert_findings(snippet("SMA202", "motivation", text), [])


def test_the_users_own_phrases_still_fire():
    plan = snippet("SMA201", "motivation", "On the vicar's say-so.")
    RuleTester("SMA201").assert_findings(plan, [])
    tester = RuleTester("SMA201", options={"SMA201": {"extend_phrases": ["the vicar's say-so"]}})
    tester.assert_findings(plan, [("SMA201", 1, 13)])


# --------------------------------------------------------------------------
# The model itself


def test_features_are_words_pairs_and_negated_words_within_their_clause():
    grams = learned.features("We aren\u2019t here because the others are, but customers asked.")
    assert {"aren't", "others", "customers asked", "~others", "~because"} <= set(grams)
    assert "~customers" not in grams  # the negation ends at "but"
    assert list(grams) == sorted(set(grams))


def test_a_clause_kept_from_another_text_gives_the_same_features():
    # the n-grams are kept per clause: a text met after others that share its clauses
    # is cut exactly as it would be alone, and a word in two clauses counts once
    text = "Our stall sells out early, but regulars never see our posts. Regulars asked."
    learned._clause_grams.cache_clear()
    alone = learned.features(text)
    learned.features("Our stall sells out early, and the queue is long.")
    learned.features("Regulars asked.")
    assert learned.features(text) == alone
    assert alone.count("regulars") == 1 and "~see" in alone and "~our" in alone
    assert "regulars asked" in alone and "early regulars" not in alone
    probability = learned._probability(text, "bragging-rights")
    learned._clause_grams.cache_clear()
    learned._grams.cache_clear()
    learned._probability.cache_clear()
    assert learned._probability(text, "bragging-rights") == probability
    assert learned._weights().models["bragging-rights"].score(alone) == probability


def test_weighing_is_the_same_on_every_call():
    text = ADDED[1][2]
    first = learned.weigh("bragging-rights", text)
    learned._grams.cache_clear()
    assert learned.weigh("bragging-rights", text) == first
    assert learned.weigh("no-such-judgement", text) is None


def test_the_shipped_weights_are_what_training_gives():
    # the pinned trainer needs Python 3.11; the test extra installs it there
    pytest.importorskip("sklearn", reason="scikit-learn 1.9.1 needs Python 3.11 or later")
    spec = importlib.util.spec_from_file_location(
        "train_judgements", ROOT / "training" / "train_judgements.py")
    assert spec is not None and spec.loader is not None
    trainer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trainer)
    fresh = trainer.train(trainer.examples(ROOT))
    shipped = json.loads(learned.WEIGHTS.read_text(encoding="utf-8"))
    assert fresh["thresholds"] == shipped["thresholds"]
    assert fresh["judgements"].keys() == shipped["judgements"].keys()
    for name, model in fresh["judgements"].items():
        kept = shipped["judgements"][name]
        assert model["examples"] == kept["examples"], name
        assert model["weights"].keys() == kept["weights"].keys(), name
        # a last-digit difference between platforms' arithmetic is not staleness
        assert abs(model["bias"] - kept["bias"]) <= 2e-4, name
        assert all(abs(w - kept["weights"][g]) <= 2e-4 for g, w in model["weights"].items())
