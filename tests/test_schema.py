"""SMA002: the plan schema, the generated validator against jsonschema, the messages."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smaudit.loading.loader import load
from smaudit.model.data_files import data_dir, schema_path
from smaudit.model.durations import ACCEPTED_DATES, ACCEPTED_DURATIONS
from smaudit.model.findings import Violation
from smaudit.model.plan import Plan
from smaudit.model.schema import (
    PLATFORM_PATTERN,
    SLUG_PATTERN,
    Problem,
    SchemaError,
    _error_key,
    _errors,
    accepts,
    check_schema,
    describe,
    extend_schema,
    generated_source,
    plan_schema,
    validate,
)
from smaudit.model.suggest import did_you_mean
from tests.valid_plans import COMMA_TARGETING, VALID_PLANS

DATA = Path(__file__).parent / "data"
EXAMPLE_TEXT = (DATA / "healthy_example.yaml").read_text(encoding="utf-8")
FIXTURES = VALID_PLANS
REPO = Path(__file__).resolve().parents[1]



def plan_of(text: str) -> Plan:
    loaded = load(text, "plan.yaml")
    assert loaded.plan is not None, loaded.problems
    return loaded.plan


def edited(old: str, new: str) -> Plan:
    assert old in EXAMPLE_TEXT, old
    return plan_of(EXAMPLE_TEXT.replace(old, new, 1))


def findings(plan: Plan) -> list[Violation]:
    return list(check_schema(plan, {}))


def position(plan: Plan, violation: Violation) -> tuple[int, int]:
    location = plan.locate(violation.pointer, key=violation.key)
    return location.line, location.column


def line_col(text: str, needle: str) -> tuple[int, int]:
    """1-based line and column of the first occurrence of ``needle`` in ``text``."""
    before = text[: text.index(needle)]
    return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1


def comparable(errors: list[SchemaError]) -> list[tuple[Any, ...]]:
    """What an error says, with the errors of each ``anyOf`` branch (their paths too)."""
    return [(e.keyword, e.path, repr(e.instance), repr(e.schema_value),
             [(branch, comparable([inner])) for branch, inner in e.context]) for e in errors]


def assert_agree(data: Any, schema: dict[str, Any] | None = None) -> list[SchemaError]:
    """The generated validator vouches only for what jsonschema finds valid, and
    ``validate`` gives jsonschema's errors, sorted, whichever answered."""
    schema = plan_schema() if schema is None else schema
    found = validate(data, schema)
    reference = sorted(_errors(data, schema), key=_error_key)
    if accepts(data, schema):
        assert reference == [], comparable(reference)
    assert comparable(found) == comparable(reference)
    assert [e.schema for e in found] == [e.schema for e in reference]
    return found


# --------------------------------------------------------------------------- the schema file


def walk(schema: Any, where: str = "#") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema object under ``schema`` with its location."""
    if not isinstance(schema, dict):
        return
    yield where, schema
    for keyword in ("properties", "patternProperties", "$defs"):
        for name, sub in schema.get(keyword, {}).items():
            yield from walk(sub, f"{where}/{keyword}/{name}")
    for keyword in ("items", "additionalProperties"):
        yield from walk(schema.get(keyword), f"{where}/{keyword}")
    for index, sub in enumerate(schema.get("anyOf", [])):
        yield from walk(sub, f"{where}/anyOf/{index}")


def test_schema_is_valid_draft_2020_12() -> None:
    from jsonschema import Draft202012Validator

    schema = plan_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == "https://smaudit.dev/schemas/plan.schema.json"


def test_schema_file_is_found_in_the_checkout() -> None:
    assert schema_path("plan.schema.json").is_file()
    assert data_dir("schemas") == schema_path("plan.schema.json").parent


def test_generated_validator_is_current() -> None:
    """After an edit of the plan schema: ``python -c 'from smaudit.model.schema import
    write_generated; write_generated()'``."""
    generated = REPO / "src" / "smaudit" / "model" / "_plan_validator.py"
    assert generated.read_text(encoding="utf-8") == generated_source()


def test_every_ref_names_a_definition() -> None:
    for where, node in walk(plan_schema()):
        ref = node.get("$ref")
        if ref is not None:
            assert ref.startswith("#/$defs/") and ref[8:] in plan_schema()["$defs"], where


def test_every_property_has_a_title_and_description() -> None:
    for where, node in walk(plan_schema()):
        for name, prop in node.get("properties", {}).items():
            assert prop.get("title"), f"{where}/properties/{name}"
            assert len(prop.get("description", "")) > 10, f"{where}/properties/{name}"


def test_unknown_keys_are_refused_everywhere() -> None:
    for where, node in walk(plan_schema()):
        if node.get("type") == "object" and "properties" in node:
            assert node.get("additionalProperties") is False, where
    assert list(plan_schema()["patternProperties"]) == ["^x-"]


def test_only_what_the_spec_marks_required_is_required() -> None:
    required = {
        where: node["required"] for where, node in walk(plan_schema()) if "required" in node
    }
    assert required == {
        "#/$defs/organization": ["name"],
        "#/$defs/goal": ["id", "statement"],
        "#/$defs/segment": ["name"],
        "#/$defs/channel": ["platform"],
        "#/$defs/tactic": ["name"],
        "#/$defs/member": ["name"],
        "#/$defs/metric": ["name"],
    }


def test_enums_are_the_specs() -> None:
    defs = plan_schema()["$defs"]
    assert defs["organization"]["properties"]["size"]["enum"] == [
        "solo", "small", "medium", "large", "enterprise"]
    assert defs["goal"]["properties"]["type"]["enum"] == [
        "awareness", "lead_generation", "sales", "customer_engagement", "retention",
        "customer_service", "community", "brand", "recruitment", "feedback", "other"]
    assert defs["channel"]["properties"]["status"]["enum"] == ["planned", "active", "paused"]
    assert defs["tactic"]["properties"]["type"]["enum"] == [
        "content", "advertising", "contest", "giveaway", "influencer", "social_selling",
        "community", "customer_service", "listening", "lead_capture", "event", "other"]
    assert defs["metric"]["properties"]["kind"]["enum"] == [
        "vanity", "engagement", "conversion", "revenue", "sentiment", "service", "retention",
        "reach"]
    assert defs["reviewCadence"]["anyOf"][0]["enum"] == [
        "weekly", "biweekly", "monthly", "quarterly"]


def test_message_patterns_match_the_schema() -> None:
    defs = plan_schema()["$defs"]
    assert defs["platform"]["pattern"] == PLATFORM_PATTERN
    assert defs["slug"]["pattern"] == SLUG_PATTERN


def test_jsonschema_is_not_imported_for_a_valid_plan() -> None:
    code = (
        "import sys\n"
        "from smaudit.loading.loader import load\n"
        "from smaudit.model.schema import check_schema\n"
        f"plan = load(open({str(DATA / 'healthy_example.yaml')!r}, 'rb').read()).plan\n"
        "assert list(check_schema(plan, {})) == []\n"
        "assert 'smaudit.model._plan_validator' in sys.modules\n"
        "assert not {'jsonschema', 'fastjsonschema', 'decimal'} & set(sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_jsonschema_is_given_only_the_sections_and_items_in_doubt(monkeypatch) -> None:
    from jsonschema import Draft202012Validator

    text = EXAMPLE_TEXT.replace("    cadence: 3/week\n", "    cadence: 3/week\n  - platform: X\n"
                                "    owner: [Maria]\n", 1) + "extra_notes: none\n"
    plan = plan_of(text)
    given: list[Any] = []
    descend = Draft202012Validator.descend

    def recorded(self: Any, instance: Any, *args: Any, **kwargs: Any) -> Any:
        given.append(instance)
        return descend(self, instance, *args, **kwargs)

    monkeypatch.setattr(Draft202012Validator, "descend", recorded)
    errors = validate(plan.data)
    monkeypatch.undo()
    assert comparable(errors) == comparable(assert_agree(plan.data))
    assert [(e.keyword, e.path) for e in errors] == [
        ("additionalProperties", ()), ("type", ("channels", 1, "owner")),
        ("pattern", ("channels", 1, "platform"))]
    assert errors[0].instance is plan.data
    channels = plan.data["channels"]
    assert any(instance is channels[1] for instance in given)
    doubtless = [plan.data["organization"], plan.data["team"], plan.data["tactics"], channels,
                 channels[0]]
    assert not any(instance is part for instance in given for part in doubtless)


def test_only_a_root_that_ties_no_sections_together_is_checked_by_section() -> None:
    from smaudit.model.schema import _by_section

    assert _by_section(plan_schema())
    assert _by_section(extend_schema(plan_schema(), {"x-notes": {"type": "string"}}))
    assert not _by_section({**plan_schema(), "required": ["organization"]})
    assert not _by_section({**plan_schema(), "minProperties": 2})
    assert not _by_section({**plan_schema(), "patternProperties": {"^x-": {"type": "string"}}})


def test_a_section_added_by_a_plugin_is_checked_whole_beside_the_others() -> None:
    extended = extend_schema(plan_schema(), {
        "x-posts": {"title": "Posts", "description": "Posts.", "type": "array",
                    "items": {"$ref": "#/$defs/platform"}},
    })
    plan = plan_of(EXAMPLE_TEXT.replace("hours_per_week: 8", "hours_per_week: eight", 1)
                   + "x-posts: [instagram, Threads]\n")
    errors = assert_agree(plan.data, extended)
    assert [(e.keyword, e.path) for e in errors] == [
        ("type", ("team", 0, "hours_per_week")), ("pattern", ("x-posts", 1))]


# --------------------------------------------------------------------------- healthy plans


def test_spec_example_validates_on_both_validators() -> None:
    plan = plan_of(EXAMPLE_TEXT)
    assert accepts(plan.data)
    assert _errors(plan.data, plan_schema()) == []
    assert findings(plan) == []


@pytest.mark.parametrize("path", [*FIXTURES, *sorted((REPO / "examples" / "plans").glob("*.yaml"))],
                         ids=lambda p: p.name)
def test_generated_validator_accepts_every_valid_plan(path: Path) -> None:
    """Not only safe but useful: a plan jsonschema finds valid never pays for its import."""
    loaded = load(path.read_text(encoding="utf-8"), "plan.yaml")
    if loaded.plan is not None:
        assert accepts(loaded.plan.data) == (_errors(loaded.plan.data, plan_schema()) == [])


def test_example_plan_in_examples_is_the_spec_example() -> None:
    example = REPO / "examples" / "plans" / "rosas-bakery.yaml"
    assert example.read_text(encoding="utf-8") == EXAMPLE_TEXT


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_generated_agrees_with_jsonschema_on_fixture_plans(path: Path) -> None:
    plan = plan_of(path.read_text(encoding="utf-8"))
    assert_agree(plan.data)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_fixture_plans_have_no_schema_findings(path: Path) -> None:
    plan = plan_of(path.read_text(encoding="utf-8"))
    assert findings(plan) == []


@pytest.mark.parametrize("path", COMMA_TARGETING, ids=lambda p: p.name)
def test_comma_in_flow_mapping_targeting_is_rejoined(path: Path) -> None:
    # These plans write `paid: {..., targeting: dog owners within 8 km, 25-50}`: YAML splits
    # the text at the comma, the loader rejoins it, so the plan has no schema finding.
    text = path.read_text(encoding="utf-8")
    assert re.search(r"paid: \{[^}\n]*targeting: [^}\n]*, [^}\n]*\}", text), "no flow comma"
    plan = plan_of(text)
    assert findings(plan) == []
    targeting = next(channel["paid"]["targeting"] for channel in plan.data["channels"]
                     if "paid" in channel)
    assert ", " in targeting
    assert targeting in text


def test_comma_cut_snake_case_key_is_still_reported() -> None:
    text = EXAMPLE_TEXT.replace("targeting: office managers within 5 km}",
                                "targeting: offices, sells_online}")
    found = findings(plan_of(text))
    assert len(found) == 1 and found[0].key
    assert "cut off by a comma" in found[0].message


def test_plugin_x_section_is_accepted() -> None:
    plan = plan_of(EXAMPLE_TEXT + "x-foo:\n  anything: [1, {nested: true}]\nx-bar: 3\n")
    assert findings(plan) == []
    assert assert_agree(plan.data) == []


# --------------------------------------------------------------------------- findings


def test_misspelled_top_level_key() -> None:
    text = EXAMPLE_TEXT.replace("business_goals:", "buisness_goals:", 1)
    plan = plan_of(text)
    found = findings(plan)
    assert len(found) == 1
    (violation,) = found
    assert violation.key is True
    assert violation.pointer == "/buisness_goals"
    assert position(plan, violation) == line_col(text, "buisness_goals:")
    assert "unknown key `buisness_goals`" in violation.message
    assert "did you mean `business_goals`?" in violation.message
    assert "business_goals" in (violation.hint or "")


def test_each_unknown_key_is_its_own_finding_at_the_key() -> None:
    text = EXAMPLE_TEXT.replace("    role: marketing coordinator",
                                "    rol: marketing coordinator\n    hourz: 3", 1)
    plan = plan_of(text)
    found = findings(plan)
    assert [v.pointer for v in found] == ["/team/0/hourz", "/team/0/rol"]
    assert all(v.key for v in found)
    by_pointer = {v.pointer: v for v in found}
    assert "did you mean `role`?" in by_pointer["/team/0/rol"].message
    assert "in team member 'Maria'" in by_pointer["/team/0/rol"].message
    assert position(plan, by_pointer["/team/0/rol"]) == line_col(text, "rol:")


def test_wrong_type() -> None:
    plan = edited("hours_per_week: 8", "hours_per_week: ten")
    (violation,) = findings(plan)
    assert violation.pointer == "/team/0/hours_per_week"
    assert violation.message == (
        "`hours_per_week` of team member 'Maria' should be a number, not text ('ten')")
    assert not violation.key


def test_a_section_that_should_be_a_mapping() -> None:
    plan = edited("budget: {monthly: 400, advertising: 250, currency: USD}", "budget: 400")
    (violation,) = findings(plan)
    assert violation.message == "`budget` should be a mapping of keys, not a number (400)"


def test_empty_value() -> None:
    plan = edited("strategy: Show the cakes where office managers plan events, then answer fast.",
                  "strategy:")
    (violation,) = findings(plan)
    assert violation.message == "`strategy` is empty; it should be text"


def test_bad_enum_suggests_the_close_value() -> None:
    plan = edited("type: lead_generation", "type: lead-generation")
    (violation,) = findings(plan)
    assert violation.pointer == "/business_goals/0/type"
    assert "`type` of goal 'catering-leads'" in violation.message
    assert "awareness, lead_generation, sales" in violation.message
    assert "did you mean 'lead_generation'?" in violation.message


def test_bad_enum_without_a_close_value_lists_the_choices() -> None:
    plan = edited("size: small", "size: gigantic")
    (violation,) = findings(plan)
    assert violation.message == (
        "`organization.size` is 'gigantic'; expected solo, small, medium, large or enterprise")


def test_unparseable_duration_names_the_accepted_forms() -> None:
    plan = edited("response_time: 4h", "response_time: soon")
    (violation,) = findings(plan)
    assert violation.pointer == "/customer_service/response_time"
    assert "'soon', which is not a duration" in violation.message
    assert ACCEPTED_DURATIONS in violation.message


def test_negative_duration() -> None:
    plan = edited("response_time: 4h", "response_time: -3")
    (violation,) = findings(plan)
    assert violation.message == "`customer_service.response_time` is -3; it cannot be negative"


def test_bad_quarter_date() -> None:
    plan = edited("deadline: 2027-Q2", "deadline: 2027-Q5")
    (violation,) = findings(plan)
    assert violation.pointer == "/business_goals/0/deadline"
    assert "'2027-Q5', which is not a date" in violation.message
    assert ACCEPTED_DATES in violation.message


def test_impossible_iso_date() -> None:
    plan = edited("start: 2027-01-01", "start: 2027-02-30")
    (violation,) = findings(plan)
    assert violation.pointer == "/timeline/start"


def test_missing_required_keys_are_reported_once_at_the_goal() -> None:
    text = EXAMPLE_TEXT.replace(
        "  - id: catering-leads\n    statement: Win catering orders from offices within 5 km\n"
        "    type: lead_generation",
        "  - type: lead_generation", 1)
    plan = plan_of(text)
    (violation,) = findings(plan)
    assert violation.pointer == "/business_goals/0"
    assert not violation.key
    assert violation.message == "goal 1 is missing its required keys `id` and `statement`"
    assert position(plan, violation) == line_col(text, "type: lead_generation")
    assert "`id:`" in (violation.hint or "") and "`statement:`" in (violation.hint or "")


def test_missing_one_required_key() -> None:
    plan = edited("    statement: Win catering orders from offices within 5 km\n", "")
    (violation,) = findings(plan)
    assert violation.message == "goal 'catering-leads' is missing its required key `statement`"


def test_content_mix_must_sum_to_100() -> None:
    plan = edited("promotional: 20", "promotional: 10")
    (violation,) = findings(plan)
    assert violation.pointer == "/channels/0/content_mix"
    assert violation.message == "`content_mix` of channel 'instagram' sums to 90, not 100"


def test_content_mix_percentages_are_bounded() -> None:
    plan = edited("{showcase: 50, behind_the_scenes: 30, promotional: 20}",
                  "{showcase: 150, behind_the_scenes: -30, promotional: -20}")
    found = findings(plan)
    assert [v.pointer for v in found] == [
        "/channels/0/content_mix/behind_the_scenes",
        "/channels/0/content_mix/promotional",
        "/channels/0/content_mix/showcase",
    ]
    assert "a percentage cannot be more than 100" in found[2].message


def test_content_mix_with_text_is_a_type_finding_not_a_sum() -> None:
    plan = edited("promotional: 20", "promotional: twenty")
    (violation,) = findings(plan)
    assert violation.pointer == "/channels/0/content_mix/promotional"


def test_review_cadence_any_of() -> None:
    plan = edited("review_cadence: monthly", "review_cadence: montly")
    (violation,) = findings(plan)
    assert violation.message == (
        "`timeline.review_cadence` is 'montly'; expected weekly, biweekly, monthly, quarterly "
        "or a duration; did you mean 'monthly'?")
    assert findings(edited("review_cadence: monthly", "review_cadence: 6 weeks")) == []


def test_platform_pattern() -> None:
    plan = edited("  - platform: instagram", "  - platform: Instagram")
    (violation,) = findings(plan)
    assert violation.message == (
        "`platform` of channel 1 is 'Instagram'; platforms are lower-case names, "
        "e.g. instagram; did you mean 'instagram'?")
    assert findings(edited("  - platform: instagram", "  - platform: untappd")) == []


def test_version_only_1() -> None:
    (violation,) = findings(edited("version: 1", "version: 2"))
    assert "plan format version 1 only" in violation.message
    (violation,) = findings(edited("version: 1", "version: '1'"))
    assert violation.message == "`version` should be a whole number, not text ('1')"
    assert findings(edited("version: 1", "version: 1.0")) == []


def test_findings_are_sorted_by_pointer_and_unique_per_node_and_keyword() -> None:
    text = (EXAMPLE_TEXT.replace("size: small", "size: tiny")
            .replace("version: 1", "version: 3")
            .replace("hours_per_week: 8", "hours_per_week: lots"))
    found = findings(plan_of(text))
    assert [v.pointer for v in found] == [
        "/organization/size", "/team/0/hours_per_week", "/version"]


# --------------------------------------------------------------------------- plugin sections


CRISIS = {
    "crisis_plan": {
        "title": "Crisis plan",
        "description": "Who speaks for the organization when something goes wrong.",
        "type": "object",
        "properties": {
            "spokesperson": {"title": "Spokesperson", "description": "Who.", "type": "string"},
            "platforms": {"title": "Platforms", "description": "Where.",
                          "$ref": "#/$defs/platforms"},
        },
        "additionalProperties": False,
    }
}


def test_extend_schema_adds_a_section_without_touching_the_base() -> None:
    base = plan_schema()
    before = json.dumps(base, sort_keys=True)
    extended = extend_schema(base, CRISIS)
    assert json.dumps(base, sort_keys=True) == before
    assert "crisis_plan" not in base["properties"]
    assert "crisis_plan" in extended["properties"]
    assert accepts(plan_of(EXAMPLE_TEXT).data, extended)  # the section unused: vouched for

    text = EXAMPLE_TEXT + "crisis_plan:\n  spokesperson: Rosa\n  platforms: [Instagram]\n"
    plan = plan_of(text)
    unknown = findings(plan)
    assert [v.pointer for v in unknown] == ["/crisis_plan"]
    (violation,) = check_schema(plan, {}, schema=extended)
    assert violation.pointer == "/crisis_plan/platforms/0"
    assert_agree(plan.data, extended)


def test_plan_schema_sections_are_used_by_the_rule() -> None:
    from dataclasses import replace

    from smaudit.model.plan import RunContext

    plan = plan_of(EXAMPLE_TEXT + "crisis_plan:\n  spokesman: Rosa\n")
    plan = replace(plan, run=RunContext(schema_sections=CRISIS))
    (violation,) = findings(plan)
    assert violation.pointer == "/crisis_plan/spokesman"
    assert "did you mean `spokesperson`?" in violation.message
    assert "crisis_plan" not in plan_schema()["properties"]


def test_extend_schema_refuses_to_replace_a_core_section() -> None:
    with pytest.raises(ValueError, match="budget"):
        extend_schema(plan_schema(), {"budget": {"type": "string"}})


def test_a_section_may_use_any_keyword() -> None:
    extended = extend_schema(plan_schema(), {
        "x-notes": {"title": "Notes", "description": "Short notes.", "type": "string",
                    "maxLength": 5},
    })
    plan = plan_of(EXAMPLE_TEXT + "x-notes: far too long\n")
    (error,) = validate(plan.data, extended)
    assert (error.keyword, error.path) == ("maxLength", ("x-notes",))
    (violation,) = check_schema(plan, {}, schema=extended)
    assert violation.message == "`x-notes` is too long; it takes at most 5 characters"


@pytest.mark.parametrize(
    "section",
    [
        {"type": "array", "items": False},
        {"type": "string", "format": "email"},
        {"oneOf": [{"type": "string"}, {"type": "number"}]},
        {"$id": "https://example.com/x", "type": "object"},
    ],
)
def test_a_plan_using_a_section_is_always_checked_by_jsonschema(section: dict[str, Any]) -> None:
    extended = extend_schema(plan_schema(), {"x-any": section})
    data = {**plan_of(EXAMPLE_TEXT).data, "x-any": [1]}
    assert accepts(data)  # the plan schema lets any x- section through
    assert not accepts(data, extended)
    assert_agree(data, extended)


def test_other_schemas_are_checked_by_jsonschema() -> None:
    assert not accepts({}, {"type": "object"})
    assert not accepts({}, {**plan_schema(), "required": ["organization"]})
    copied = copy.deepcopy(plan_schema())
    assert not accepts(plan_of(EXAMPLE_TEXT).data, copied)
    assert validate(plan_of(EXAMPLE_TEXT).data, copied) == []


def test_any_schema_is_validated_as_jsonschema_does() -> None:
    schema = {
        "$defs": {"n": {"type": "integer", "minimum": 1, "maximum": 3}},
        "type": "object",
        "properties": {
            "a": {"type": "array", "minItems": 2, "items": {"$ref": "#/$defs/n"}},
            "b": {"type": "string", "minLength": 2, "pattern": "^[a-c]+$"},
            "c": {"enum": [1, "one", None, [1], {"k": True}]},
            "d": {"const": False},
            "e": {"type": "object", "additionalProperties": {"type": "boolean"},
                  "patternProperties": {"^p": {"type": "null"}}},
            "f": {"anyOf": [{"type": "null"}, {"$ref": "#/$defs/n"}]},
        },
        "required": ["a", "z"],
        "additionalProperties": False,
    }
    samples = [
        {"a": [1, 2.0, 4, True, "x"], "b": "d", "c": 1.0, "d": 0, "e": {"p1": 1, "q": 2}},
        {"a": [], "b": "", "c": [1.0], "d": False, "e": {"p": None, "q": True}, "f": 0},
        {"a": [1, 1], "c": {"k": 1}, "f": None, "zz": 1, "y": 2},
        {"c": True, "e": [], "f": 2.5},
        [],
        None,
    ]
    for sample in samples:
        assert_agree(sample, schema)


# --------------------------------------------------------------------------- words


def test_describe_names_nodes_in_plain_words() -> None:
    data = plan_of(EXAMPLE_TEXT).data
    assert describe((), data) == "the plan"
    assert describe(("timeline", "review_cadence"), data) == "`timeline.review_cadence`"
    assert describe(("business_goals", 0), data) == "goal 'catering-leads'"
    assert describe(("business_goals", 3), data) == "goal 4"
    assert describe(("channels", 0, "paid", "monthly_budget"), data) == (
        "`paid.monthly_budget` of channel 'instagram'")
    assert describe(("organization", "values", 1), data) == "item 2 of `organization.values`"
    assert describe(("audience", "segments", 0), data) == "segment 'office managers'"
    assert describe(("channels", 0, "platform"), data) == "`platform` of channel 1"


def test_did_you_mean() -> None:
    keys = ["business_goals", "channels", "customer_service"]
    assert did_you_mean("buisness_goals", keys) == "business_goals"
    assert did_you_mean("Business Goals", keys) == "business_goals"
    assert did_you_mean("customer-service", keys) == "customer_service"
    assert did_you_mean("xylophone", keys) is None
    assert did_you_mean(3, keys) is None


# ------------------------------------------------------------------- agreement under mutation

_EXAMPLE = plan_of(EXAMPLE_TEXT).data


def _keys_of(schema: Any) -> set[str]:
    return {name for _, node in walk(schema) for name in node.get("properties", {})}


KNOWN_KEYS = sorted(_keys_of(plan_schema()))
TRICKY_TEXT = [
    "4h", "soon", "2027-Q2", "2027-Q5", "2027-02-30", "weekly", "montly", "instagram",
    "Instagram", "", "P3M", "-3", "lead_generation", "planned", "x-thing", "catering-leads",
]
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-200, max_value=200),
    st.floats(allow_nan=True, allow_infinity=True), st.sampled_from(TRICKY_TEXT),
    st.text(max_size=8),
)
keys = st.one_of(st.sampled_from(KNOWN_KEYS), st.text(max_size=8), st.just("x-plugin"))
json_values = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=3), st.dictionaries(keys, children, max_size=3)),
    max_leaves=10,
)


def _nodes(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _nodes(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _nodes(value, (*path, index))


INTERESTING = [  # leaves with a format, pattern or bound, where plausible values matter
    ("customer_service", "response_time"), ("timeline", "expect_results_within"),
    ("timeline", "review_cadence"), ("timeline", "start"), ("business_goals", 0, "deadline"),
    ("business_goals", 0, "id"), ("channels", 0, "platform"), ("tactics", 0, "channels", 0),
    ("customer_service", "platforms", 0), ("audience", "segments", 0, "platforms", 1),
    ("budget", "monthly"), ("channels", 0, "content_mix", "showcase"),
    ("team", 0, "hours_per_week"), ("channels", 0, "paid", "monthly_budget"), ("version",),
]
PLAUSIBLE = st.one_of(
    st.sampled_from(TRICKY_TEXT), st.sampled_from([-5, 0, 99.5, 150, 1.0, True, "P1DT", "4 hrs"]))


def _exists(data: Any, path: tuple[Any, ...]) -> bool:
    for token in path:
        in_dict = isinstance(data, dict) and token in data
        in_list = isinstance(data, list) and isinstance(token, int) and token < len(data)
        if not (in_dict or in_list):
            return False
        data = data[token]
    return True


def _mutate(data: Any, draw: Any) -> Any:
    operation = draw(st.sampled_from(["replace", "delete", "add_key", "wrong_type", "tweak"]))
    candidates = [p for p in INTERESTING if _exists(data, p)] if operation == "tweak" else []
    path = draw(st.sampled_from(candidates or list(_nodes(data))))
    if not path:
        return draw(json_values) if operation == "replace" else data
    parent = data
    for token in path[:-1]:
        parent = parent[token]
    last = path[-1]
    if operation == "delete":
        del parent[last]
    elif operation == "add_key":
        target = parent[last]
        if isinstance(target, dict):
            target[draw(keys)] = draw(json_values)
        elif isinstance(target, list):
            target.append(draw(json_values))
        else:
            parent[last] = draw(json_values)
    elif operation == "tweak":
        parent[last] = draw(PLAUSIBLE)
    elif operation == "wrong_type":
        parent[last] = draw(st.sampled_from(
            [None, True, 0, -1, 1.5, "text", [], {}, ["a"], {"a": 1}, [{"id": 3}]]))
    else:
        parent[last] = draw(json_values)
    return data


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_generated_agrees_with_jsonschema_on_mutated_plans(data: st.DataObject) -> None:
    plan = copy.deepcopy(_EXAMPLE)
    for _ in range(data.draw(st.integers(min_value=1, max_value=4))):
        plan = _mutate(plan, data.draw)
    assert_agree(plan)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(keys, json_values, max_size=6))
def test_generated_agrees_with_jsonschema_on_random_plans(data: dict[str, Any]) -> None:
    assert_agree(data)


# --------------------------------------------------------------------------- other documents


def test_one_line_problems_say_what_sma002_says_with_the_hint() -> None:
    from smaudit.model.schema import CONFIG, Document, problems

    schema = {"type": "object", "properties": {"size": {"enum": ["small", "large"]}},
              "additionalProperties": False}
    assert problems({"size": "Small"}, schema, CONFIG) == [Problem(
        "`size` is 'Small'; expected small or large; did you mean 'small'? Write 'small'.",
        "/size")]
    named = Document("inventory", "the inventory", {"shelves": ("shelf", "label")})
    assert problems({"shelves": [{"label": "A1", "size": 3}]}, {
        "type": "object", "properties": {"shelves": {"type": "array", "items": {
            "type": "object", "properties": {"label": {"type": "string"},
                                              "size": {"type": "string"}}}}}}, named) == [
        Problem("`size` of shelf 'A1' should be text, not a number (3). Put the value in "
                "quotes to make it text: '3'.", "/shelves/0/size")]


def test_a_missing_key_beside_an_unknown_one_is_said_once() -> None:
    from smaudit.model.schema import CONFIG, problems

    schema = {"type": "object", "required": ["condition"], "additionalProperties": False,
              "properties": {"condition": {"type": "string"}}}
    (problem,) = problems({"conditon": "x"}, schema, CONFIG)
    assert problem == Problem("unknown key `conditon`; did you mean `condition`? Keys allowed "
                              "here: condition.", "/conditon", key=True)


def test_a_mapping_is_explained_inside_the_branch_meant_for_mappings() -> None:
    from smaudit.model.schema import CONFIG, problems

    schema = {"anyOf": [{"enum": ["on", "off"]}, {"type": "object", "properties": {
        "level": {"type": "integer"}}}]}
    assert problems({"level": "high"}, schema, CONFIG) == [Problem(
        "`level` should be a whole number, not text ('high'). Write a plain number, without "
        "units or quotes.", "/level")]
    assert problems("of", schema, CONFIG) == [Problem(
        "the config is 'of'; expected on, off or a mapping of keys; did you mean 'off'? Check "
        "the config format for what this key takes.", "")]


def test_bounded_patterns_refuse_a_pattern_that_cannot_be_used() -> None:
    from smaudit.model.schema import OPTIONS, problems

    schema = {"type": "object", "properties": {"word": {"type": "string", "pattern": "(a"}}}
    (problem,) = problems({"word": "a"}, schema, OPTIONS, bounded=True)
    assert problem.message.startswith("the pattern for `word` cannot be used: ")
    assert problem.pointer == "/word"
