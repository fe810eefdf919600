"""The loader: positions of keys, values and items, and every way a file can be unreadable."""

from __future__ import annotations

import codecs

import pytest

from smaudit.loading.loader import Limits, load, resolve_plain

PLAN = """\
version: 1   # the format version
organization:
  name: "Rosa's Bakery"
  values: [craftsmanship, friendly service]
motivation: >-
  Regulars ask for photos
  of cakes.
channels:
  - platform: twitter
    goals:
      - catering-leads
    paid: {monthly_budget: 250, targeting: offices}
  - &ig
    platform: instagram
    cadence: |
      three times
      a week
copy: *ig
"""


@pytest.fixture(params=[False, True], ids=["libyaml", "ruamel"])
def plan(request):
    loaded = load(PLAN.encode(), "plan.yaml", reference=request.param)
    assert loaded.problems == ()
    return loaded.plan


def where(plan, pointer, key=False):
    loc = plan.locate(pointer, key=key)
    return (loc.line, loc.column, loc.end_line, loc.end_column)


def test_scalar_value_and_key_positions(plan):
    assert where(plan, "/version") == (1, 10, 1, 11)
    assert where(plan, "/version", key=True) == (1, 1, 1, 8)
    assert where(plan, "/organization/name") == (3, 9, 3, 24)
    assert where(plan, "/organization/name", key=True)[:2] == (3, 3)


def test_flow_sequence_items(plan):
    assert where(plan, "/organization/values/0")[:2] == (4, 12)
    assert where(plan, "/organization/values/1")[:2] == (4, 27)


def test_folded_block_scalar_starts_at_its_first_line_of_text(plan):
    assert where(plan, "/motivation") == (6, 3, 7, 12)
    assert plan.data["motivation"] == "Regulars ask for photos of cakes."


def test_nested_block_items_and_flow_mapping(plan):
    assert where(plan, "/channels/0")[:2] == (9, 5)
    assert where(plan, "/channels/0/goals/0")[:2] == (11, 9)
    assert where(plan, "/channels/0/paid/monthly_budget")[:2] == (12, 28)
    assert where(plan, "/channels/0/paid/targeting", key=True)[:2] == (12, 33)


def test_literal_block_scalar_keeps_newlines(plan):
    assert plan.data["channels"][1]["cadence"] == "three times\na week\n"
    assert where(plan, "/channels/1/cadence")[:2] == (16, 7)


def test_anchor_and_alias(plan):
    assert plan.data["copy"] == plan.data["channels"][1]
    assert where(plan, "/copy")[:2] == (18, 7)
    # a node inside an alias is located at the alias
    assert where(plan, "/copy/platform")[:2] == (18, 7)


def test_missing_key_is_located_at_its_mapping(plan):
    assert where(plan, "/channels/1/owner")[:2] == (13, 5)
    assert where(plan, "/budget/monthly")[:2] == (1, 1)


def test_whole_plan_findings_are_at_line_one_not_over_the_whole_file():
    text = "# header comment\n# second line\n\n" + PLAN
    loaded = load(text.encode(), "plan.yaml")
    assert loaded.plan.values[""][0] == 4  # the root itself runs from its first key ...
    assert loaded.plan.values[""][2] >= 20  # ... to the end of the file
    for pointer in ("", "/strategy", "/budget/monthly"):
        loc = loaded.plan.locate(pointer)
        assert (loc.line, loc.column, loc.end_line, loc.end_column, loc.pointer) == (
            1, 1, 1, 1, pointer)
    assert where(loaded.plan, "/channels/1/owner")[:2] == (16, 5)


def test_platform_aliases_are_normalized(plan):
    assert plan.data["channels"][0]["platform"] == "x"


def test_comments_do_not_disturb_positions(plan):
    assert plan.data["version"] == 1


def test_both_parsers_agree_on_every_position():
    fast = load(PLAN.encode(), "p.yaml").plan
    reference = load(PLAN.encode(), "p.yaml", reference=True).plan
    assert fast.data == reference.data
    assert fast.values == reference.values
    assert fast.keys == reference.keys


def test_unicode_columns_count_characters():
    text = "organization:\n  name: Café Ümlaut\n  industry: x\n"
    for reference in (False, True):
        plan = load(text.encode(), "p.yaml", reference=reference).plan
        assert plan.locate("/organization/industry").column == 13


@pytest.mark.parametrize("value, expected", [
    ("true", True), ("False", False), ("yes", "yes"), ("~", None), ("", None),
    ("12", 12), ("0x1f", 31), ("0o17", 15), ("1.5", 1.5), ("1e3", 1000.0),
    ("2027-06-30", "2027-06-30"), ("2027-Q2", "2027-Q2"), ("4h", "4h"),
])
def test_scalars_resolve_by_yaml_1_2_core_schema(value, expected):
    assert resolve_plain(value) == expected


def problems(raw, **kwargs):
    loaded = load(raw, "p.yaml", **kwargs)
    return loaded, [(p.code, p.span.line, p.span.column) for p in loaded.problems]


def test_syntax_error_at_the_parsers_mark():
    loaded, found = problems(b"organization:\n  name: Acme\n industry: food\n")
    assert loaded.plan is None
    assert found == [("SMA001", 3, 2)]
    assert "invalid YAML" in loaded.problems[0].message


def test_a_top_level_list_is_located_where_it_starts_not_over_the_file():
    loaded = load(b"# channels\n- instagram\n- facebook\n- tiktok\n", "plan.yaml")
    assert loaded.plan is None
    (problem,) = loaded.problems
    assert problem.code == "SMA001" and "holds a list" in problem.message
    assert problem.span == (2, 1, 2, 1)


def test_unclosed_flow_sequence():
    _, found = problems(b"organization: {name: Acme}\nchannels: [a, b\n")
    assert found[0][0] == "SMA001"


def test_invalid_utf8_is_located():
    _, found = problems(b"organization:\n  name: Caf\xe9\n")
    assert found == [("SMA001", 2, 12)]


def test_utf16_with_bom_is_read():
    raw = codecs.BOM_UTF16_LE + "organization:\n  name: Acme\n".encode("utf-16-le")
    loaded, found = problems(raw)
    assert found == []
    assert loaded.plan.data["organization"]["name"] == "Acme"


@pytest.mark.parametrize("raw", [b"", b"   \n\n", b"# only a comment\n"])
def test_empty_file(raw):
    loaded, found = problems(raw)
    assert found == [("SMA001", 1, 1)]
    assert "empty" in loaded.problems[0].message


@pytest.mark.parametrize("raw, kind", [(b"- a\n- b\n", "a list"), (b"just text\n", "single")])
def test_top_level_must_be_a_mapping(raw, kind):
    loaded, found = problems(raw)
    assert found == [("SMA001", 1, 1)]
    assert kind in loaded.problems[0].message


def test_multiple_documents_reported_and_first_linted():
    loaded, found = problems(b"organization: {name: A}\n---\norganization: {name: B}\n")
    assert found == [("SMA001", 2, 1)]
    assert loaded.plan.data["organization"]["name"] == "A"


def test_duplicate_keys_recorded_with_both_positions():
    loaded, _ = problems(b"version: 1\norganization: {name: A}\nversion: 2\n")
    (pointer, span, first), = loaded.plan.duplicates
    assert pointer == "/version" and span.line == 3 and first.line == 1
    assert loaded.plan.data["version"] == 1


def test_size_limit():
    loaded, found = problems(b"a: b\n" * 100, limits=Limits(max_bytes=100))
    assert found == [("SMA006", 1, 1)]
    assert "over the 100-byte limit" in loaded.problems[0].message


def test_depth_limit_is_a_finding_not_a_crash():
    raw = b"a: " + b"[" * 10_000 + b"]" * 10_000 + b"\n"
    for reference in (False, True):
        _, found = problems(raw, reference=reference)
        assert found == [("SMA006", 1, 67)]  # the 65th level: root mapping + 64th bracket


def test_alias_bomb_stops_early():
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 10):
        prev = chr(ord("a") + i - 1)
        name = chr(ord("a") + i)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    loaded, found = problems("\n".join(lines).encode() + b"\n")
    assert loaded.plan is None
    assert found[-1][0] == "SMA006"
    assert "aliases" in loaded.problems[-1].message


def test_tags_never_construct_anything():
    raw = b"organization: !!python/object/apply:os.system ['echo hi']\nx: !custom {a: 1}\n"
    loaded, found = problems(raw)
    assert found == []
    assert loaded.plan.data["organization"] == ["echo hi"]
    assert loaded.plan.data["x"] == {"a": 1}


def test_non_text_keys():
    loaded, found = problems(b"organization: {name: A}\n? [a, b]\n: 1\nnull: 2\n2027-01-01: 3\n")
    assert found == [("SMA002", 2, 3)]
    assert loaded.plan.data["null"] == 2 and loaded.plan.data["2027-01-01"] == 3


def test_merge_keys():
    raw = b"base: &b {cadence: daily, owner: Ann}\nchannel:\n  <<: *b\n  owner: Bo\n"
    plan = load(raw, "p.yaml").plan
    assert plan.data["channel"] == {"owner": "Bo", "cadence": "daily"}


def test_crlf_and_tabs_in_values():
    loaded, found = problems(b"organization:\r\n  name: \"A\\tB\"\r\n")
    assert found == []
    assert loaded.plan.data["organization"]["name"] == "A\tB"
    assert loaded.plan.locate("/organization/name").line == 2


def test_tab_indentation_is_a_located_syntax_error():
    _, found = problems(b"organization:\n\tname: A\n")
    assert found[0][:2] == ("SMA001", 2)


def test_comma_inside_unquoted_flow_text_continues_the_text():
    raw = b"paid: {monthly_budget: 150, targeting: our six zip codes, Oct-Feb}\n" \
          b"other: {a: b, c}\n"
    for reference in (False, True):
        plan = load(raw, "p.yaml", reference=reference).plan
        assert plan.data["paid"]["targeting"] == "our six zip codes, Oct-Feb"
        assert plan.data["other"] == {"a": "b", "c": None}  # a key-like word stays a key
        assert where(plan, "/paid/targeting") == (1, 40, 1, 66)


def test_unicode_line_separators_count_as_editors_count_them():
    text = 'a: "x\u2028y"\nb: 1\n'
    assert load(text, "p.yaml").plan.locate("/b").line == 2


def test_parse_error_at_end_of_file_stays_inside_the_file():
    loaded = load(b"{", "p.yaml")
    assert (loaded.problems[0].span.line, loaded.problems[0].span.column) == (1, 2)


def test_value_limit_counts_keys_scalars_and_collections():
    assert problems(b"a: [1, 2, 3]\n", limits=Limits(max_nodes=6))[1] == []
    loaded, found = problems(b"a: [1, 2, 3]\n", limits=Limits(max_nodes=5))
    assert found == [("SMA006", 1, 11)]
    assert "more than 5 values" in loaded.problems[0].message


def test_comma_after_prose_continues_the_prose_whatever_follows():
    raw = b"paid: {monthly_budget: 300, targeting: 22-45 within 1 km, commuters}\n"
    for reference in (False, True):
        plan = load(raw, "p.yaml", reference=reference).plan
        assert plan.data["paid"]["targeting"] == "22-45 within 1 km, commuters"
