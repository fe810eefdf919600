"""The kept answers of the prose judgements (``smaudit.model.prose.answers``)."""

from __future__ import annotations

import pytest

from smaudit.model.prose import answers
from smaudit.model.prose.answers import answer
from smaudit.model.prose.expectation_roles import Context


@pytest.fixture(autouse=True)
def _empty():
    answers.clear()
    yield
    answers.clear()


class Reader:
    """A reader that counts its calls and answers with them."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[object, ...]]] = []

    def __call__(self, text: str, *args: object) -> tuple[str, int]:
        self.calls.append((text, args))
        return text.upper(), len(self.calls)


def test_a_text_is_read_once_per_reader_and_arguments():
    read = Reader()
    first = answer(read, "the board wants it", True)
    # an equal text from another plan (another string object) gets the kept answer
    again = answer(read, "".join(["the board ", "wants it"]), True)
    assert first == again == ("THE BOARD WANTS IT", 1)
    assert answer(read, "the board wants it", False) == ("THE BOARD WANTS IT", 2)
    assert answer(read, "the board wants it") == ("THE BOARD WANTS IT", 3)
    assert len(read.calls) == 3


def test_readers_keep_their_own_answers_for_one_text():
    one, other = Reader(), Reader()
    assert answer(one, "same text") == ("SAME TEXT", 1)
    assert answer(other, "same text") == ("SAME TEXT", 1)
    assert answer(one, "same text") == ("SAME TEXT", 1)
    assert len(one.calls) == len(other.calls) == 1


def test_an_answer_of_none_is_kept_too():
    calls = []

    def nothing(text: str) -> None:
        calls.append(text)

    assert answer(nothing, "no role here") is None
    assert answer(nothing, "no role here") is None
    assert calls == ["no role here"]


def test_a_long_text_is_read_every_time():
    read = Reader()
    text = "word " * 200  # 1,000 characters
    assert answer(read, text) == (text.upper(), 1)
    assert answer(read, text) == (text.upper(), 2)


def test_the_oldest_texts_are_dropped_first():
    read = Reader()
    for number in range(answers._TEXTS + 1):
        answer(read, f"text {number}")
    answer(read, "text 0")  # dropped: read again
    answer(read, f"text {answers._TEXTS}")  # the newest: kept
    assert len(read.calls) == answers._TEXTS + 2


def test_equal_keys_are_held_once():
    read = Reader()
    for number in range(3):
        answer(read, f"sentence {number}", ("phrase",), True)
    keys = [key for key in answers._KEYS if isinstance(key, tuple) and key[0] is read]
    assert len(keys) == 1


def test_a_context_names_the_same_answers_whatever_its_text():
    # the text is part of a kept answer's key already; the context adds only the rest
    assert Context("motivation", "one text") == Context("motivation", "another")
    assert hash(Context("motivation", "one")) == hash(Context("motivation", "two"))
    assert Context("motivation", "a", start=(2027, 1)) != Context("motivation", "a")


def test_a_text_holds_a_bounded_number_of_answers():
    # arguments that change with every plan must not grow one text's record for ever
    read = Reader()
    for number in range(answers._KEYS_PER_TEXT * 3):
        answer(read, "the same text", number)
    assert len(answers._record("the same text")) <= answers._KEYS_PER_TEXT
    assert answer(read, "the same text", 0) == ("THE SAME TEXT", answers._KEYS_PER_TEXT * 3 + 1)
