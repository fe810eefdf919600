"""The YAML reader's contract: data, spans and comments from one read, the limits,
and problems as kinds (what each caller words for itself)."""

from __future__ import annotations

import textwrap

import pytest

from smaudit.loading.loader import LIMITS, PARSE_LEVEL, SYNTAX, load
from smaudit.model.errors import ConfigError
from smaudit.model.findings import Span
from smaudit.model.yamlread import Comment, Limits, ProblemKind, read

TEXT = textwrap.dedent("""\
    # heading, alone on its line
    name: "Tips #1 # in quotes"   # after a value
    notes: |
      # inside a block scalar
      text
    tagged: !!str # after a tag, before its text
      below
    anchored: &a # after an anchor
      - one
    again: *a
    url: http://example.com/#part
""")


@pytest.fixture(params=[False, True], ids=["libyaml", "ruamel"])
def document(request):
    return read(TEXT, reference=request.param)


def test_data_and_spans_from_one_read(document):
    assert document.problems == ()
    assert document.data == {"name": "Tips #1 # in quotes",
                             "notes": "# inside a block scalar\ntext\n", "tagged": "below",
                             "anchored": ["one"], "again": ["one"],
                             "url": "http://example.com/#part"}
    assert document.keys["/name"] == Span(2, 1, 2, 5)
    assert document.values["/name"] == Span(2, 7, 2, 28)
    assert document.values["/anchored/0"] == Span(9, 5, 9, 8)


def test_comments_with_positions_and_never_inside_text(document):
    assert list(document.comments) == [
        Comment(" heading, alone on its line", 1, 1, True),
        Comment(" after a value", 2, 31, False),
        Comment(" after a tag, before its text", 6, 15, False),
        Comment(" after an anchor", 8, 14, False),
    ]


def test_both_back_ends_give_the_same_document():
    fast, reference = read(TEXT), read(TEXT, reference=True)
    assert (fast.data, fast.values, fast.keys, fast.duplicates, fast.problems) == (
        reference.data, reference.values, reference.keys, reference.duplicates,
        reference.problems)
    assert list(fast.comments) == list(reference.comments)


def test_comments_cover_later_documents_too():
    document = read("a: 1\n---\nb: '# text'  # real\n")
    assert [p.kind for p in document.problems] == [ProblemKind.EXTRA_DOCUMENT]
    assert document.data == {"a": 1}
    assert [(c.text, c.line) for c in document.comments] == [(" real", 3)]


@pytest.mark.parametrize(("source", "kind", "where"), [
    (b"a: \xff\n", ProblemKind.NOT_TEXT, (1, 4)),
    ("# only a comment\n\n", ProblemKind.EMPTY, (1, 1)),
    ("a: [1, 2\n", ProblemKind.SYNTAX, (2, 1)),
    ("a: b\x00\n", ProblemKind.CONTROL_CHARACTER, (1, 5)),
    ("a: *nowhere\n", ProblemKind.UNDEFINED_ALIAS, (1, 4)),
    ("- a\n- b\n", ProblemKind.NOT_A_MAPPING, (1, 1)),
])
def test_problems_that_stop_the_reading_are_typed_and_located(source, kind, where):
    document = read(source)
    assert document.data is None
    assert document.stopped is not None
    assert document.stopped.kind is kind and kind.family == "syntax"
    assert (document.stopped.span.line, document.stopped.span.column) == where


@pytest.mark.parametrize(("source", "kind", "line"), [
    ("a: 1e999\n", ProblemKind.UNUSABLE_NUMBER, 1),
    ("a: 1\n? [x]\n: 2\n", ProblemKind.NON_TEXT_KEY, 2),
])
def test_value_problems_keep_the_rest_of_the_data(source, kind, line):
    document = read(source)
    (problem,) = document.problems
    assert problem.kind is kind and kind.family == "value"
    assert problem.span.line == line
    assert document.stopped is None and document.data is not None and "a" in document.data


@pytest.mark.parametrize(("source", "limits", "kind"), [
    ("a: " + "x" * 200 + "\n", Limits(max_bytes=100), ProblemKind.TOO_LARGE),
    ("a:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 12)), Limits(max_depth=5),
     ProblemKind.TOO_DEEP),
    ("".join(f"k{i}: {i}\n" for i in range(20)), Limits(max_nodes=10),
     ProblemKind.TOO_MANY_NODES),
    ("a: &a [x, x]\nb: [*a, *a, *a, *a]\n", Limits(max_aliases=3),
     ProblemKind.TOO_MANY_ALIASES),
])
def test_limits_stop_the_reading_on_both_back_ends(source, limits, kind):
    for reference in (False, True):
        document = read(source, limits=limits, reference=reference)
        assert document.data is None
        assert document.stopped is not None and document.stopped.kind is kind
        assert kind.family == "limit"


def test_the_caller_names_the_document_in_messages_about_it():
    deep = "a:\n  b:\n    c: 1\n"
    assert read(deep, limits=Limits(max_depth=2), noun="rule pack").stopped.message == (
        "the rule pack is nested more than 2 levels deep")
    assert read("- a\n", noun="config file").stopped.message == (
        "the top level of a config file must be a mapping of keys; this file holds a list")


def test_the_plan_loader_gives_each_family_its_rule_code():
    def code(source, **limits):
        return load(source, "p.yaml", limits=Limits(**limits)).problems[-1].code

    assert code("a: [1\n") == SYNTAX
    assert code("a:\n  b:\n    c: 1\n", max_depth=2) == LIMITS
    assert code("a: .nan\n") == "SMA002"


def test_the_parse_level_codes_have_one_home():
    from smaudit.engine import run_rules as engine
    from smaudit.formats import gitlab
    from smaudit.report import readiness as model

    assert engine.PARSE_LEVEL is gitlab.BLOCKERS is model.UNREADABLE is PARSE_LEVEL


def test_the_plan_loader_words_an_empty_file_for_a_plan():
    (problem,) = load("\n# nothing yet\n", "p.yaml").problems
    assert problem.message == "the file is empty: a plan needs at least an organization"
    assert problem.hint is not None and "smaudit init" in problem.hint


def test_config_and_packs_word_problems_by_kind(tmp_path):
    from smaudit.loading.config import read_config
    from smaudit.loading.pack_compiler import read_pack

    config = tmp_path / ".smaudit.yaml"
    config.write_text("# nothing set\n")
    assert read_config(str(config)).data == {}
    config.write_text("- select\n")
    with pytest.raises(ConfigError, match="top level of a config file must be a mapping"):
        read_config(str(config))
    pack = tmp_path / "pack.yaml"
    pack.write_text("")
    with pytest.raises(ConfigError, match="top level of a rule pack must be a mapping"):
        read_pack(pack)
    pack.write_text("rules: [\n")
    with pytest.raises(ConfigError) as error:
        read_pack(pack)
    assert error.value.reason.startswith("rule pack is not valid YAML: invalid YAML")
    assert error.value.line == 2


def test_a_comment_on_a_block_scalars_indicator_line_belongs_to_the_value():
    document = read("notes: | # part of the value\n  text\n# own line\n")
    assert [(c.text, c.line) for c in document.comments] == [(" own line", 3)]


@pytest.mark.parametrize("reference", [False, True])
def test_a_hash_on_a_quoted_texts_next_line_is_text(reference):
    document = read('a: "one\n  # two"  # three\n', reference=reference)
    assert document.data == {"a": "one # two"}
    assert [(c.text, c.line, c.column) for c in document.comments] == [(" three", 2, 11)]


def test_waivers_come_from_the_one_reading_not_a_second_scan(monkeypatch):
    from smaudit.engine.suppressions import RuleNames, collect_waivers
    from smaudit.model import yamlread

    plan = load('organization:\n  name: "Acme # x"  # smaudit: disable=SMA003 -- kept\n',
                "p.yaml").plan

    def no_second_read(*args, **kwargs):
        raise AssertionError("the plan was parsed again")

    monkeypatch.setattr(yamlread, "_events", no_second_read)
    waivers, malformed = collect_waivers(plan, RuleNames(frozenset({"SMA003"}), {}))
    assert malformed == []
    assert [(w.codes, w.first, w.last, w.reason) for w in waivers] == [
        (("SMA003",), 2, 2, "kept")]


ENTRIES = [
    "a/b:\n  c~d: [1]\n",
    "a:\n  b: [1]\n  b: {c: 1}\n",
    "a: {b: [1], c: {d: 1}, e}\n",
    "a: [[1], {x: 1}, *z]\nz: &z [2]\n",
    "z: &z [2]\na: [[1], {x: 1}, *z]\nb: *z\n",
    "x: {<<: {a: 1}, b: 2}\ny:\n  <<: [{c: 3}]\n  c: 4\n",
    "? [1]\n: x\nb:\n  - {c: d}\n",
    "~: 1\ntrue: [2]\n3: {four: 4}\n",
    "a: 1\r\nb: |\r\n  two # not a comment\r\n",
    "a: 1\n--- |\n  # not a comment either\n",
]


@pytest.mark.parametrize("text", ENTRIES)
def test_both_back_ends_agree_on_every_kind_of_entry(text):
    fast, reference = read(text), read(text, reference=True)
    assert (fast.data, fast.values, fast.keys, fast.duplicates, fast.problems) == (
        reference.data, reference.values, reference.keys, reference.duplicates,
        reference.problems)
    assert list(fast.comments) == list(reference.comments) == []


def test_escaped_keys_and_collections_as_values_are_placed():
    document = read("a/b:\n  c~d: [1]\n  e: {f: 1}\n")
    assert document.data == {"a/b": {"c~d": [1], "e": {"f": 1}}}
    assert document.keys["/a~1b/c~0d"] == Span(2, 3, 2, 6)
    assert document.values["/a~1b/c~0d"] == Span(2, 8, 2, 11)
    assert document.values["/a~1b/c~0d/0"] == Span(2, 9, 2, 10)
    assert document.keys["/a~1b/e"] == Span(3, 3, 3, 4)
    assert document.values["/a~1b/e/f"] == Span(3, 10, 3, 11)


def test_a_repeated_key_with_a_collection_keeps_the_first():
    document = read("a:\n  b: [1]\n  b: {c: 1}\n")
    assert document.data == {"a": {"b": [1]}}
    assert document.duplicates == (("/a/b", Span(3, 3, 3, 4), Span(2, 3, 2, 4)),)
