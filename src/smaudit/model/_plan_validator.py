"""The plan schema's validator, generated ahead of time: do not edit.

Written by ``smaudit.model.schema.generated_source()`` from ``schemas/plan.schema.json``
with fastjsonschema 2.22.3; a test fails when it is not current. Only
``validate(data, formats)`` is used: it returns when the plan is valid and raises
at the first doubt, after which jsonschema finds and explains every error.
"""
# ruff: noqa
import re

Decimal = float  # plans come from YAML: no Decimal ever reaches the validator


class JsonSchemaValueException(ValueError):
    """Raised at the first value that may break the schema."""


JsonSchemaValuesException = JsonSchemaValueException


REGEX_PATTERNS = {
    '^x-': re.compile('^x-'),
    '^[a-z][a-z0-9_]*$': re.compile('^[a-z][a-z0-9_]*\\Z'),
    '^[a-z0-9][a-z0-9_-]*$': re.compile('^[a-z0-9][a-z0-9_-]*\\Z')
}

NoneType = type(None)

def validate_https___smaudit_dev_schemas_plan_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "version" in data_keys:
            data_keys.remove("version")
            data__version = data["version"]
            if not isinstance(data__version, (int)) and not (isinstance(data__version, float) and data__version.is_integer()) or isinstance(data__version, bool):
                raise JsonSchemaValueException
            if not (isinstance(data__version, (int, float)) and not isinstance(data__version, bool) and data__version == 1):
                raise JsonSchemaValueException
        if "organization" in data_keys:
            data_keys.remove("organization")
            data__organization = data["organization"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_organization(data__organization, custom_formats)
        if "motivation" in data_keys:
            data_keys.remove("motivation")
            data__motivation = data["motivation"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_textorlist(data__motivation, custom_formats)
        if "business_goals" in data_keys:
            data_keys.remove("business_goals")
            data__businessgoals = data["business_goals"]
            if not isinstance(data__businessgoals, (list, tuple)):
                raise JsonSchemaValueException
            data__businessgoals_is_list = isinstance(data__businessgoals, (list, tuple))
            if data__businessgoals_is_list:
                data__businessgoals_len = len(data__businessgoals)
                for data__businessgoals_x, data__businessgoals_item in enumerate(data__businessgoals):
                    validate_https___smaudit_dev_schemas_plan_schema_json___defs_goal(data__businessgoals_item, custom_formats)
        if "strategy" in data_keys:
            data_keys.remove("strategy")
            data__strategy = data["strategy"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_text(data__strategy, custom_formats)
        if "audience" in data_keys:
            data_keys.remove("audience")
            data__audience = data["audience"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_audience(data__audience, custom_formats)
        if "channels" in data_keys:
            data_keys.remove("channels")
            data__channels = data["channels"]
            if not isinstance(data__channels, (list, tuple)):
                raise JsonSchemaValueException
            data__channels_is_list = isinstance(data__channels, (list, tuple))
            if data__channels_is_list:
                data__channels_len = len(data__channels)
                for data__channels_x, data__channels_item in enumerate(data__channels):
                    validate_https___smaudit_dev_schemas_plan_schema_json___defs_channel(data__channels_item, custom_formats)
        if "tactics" in data_keys:
            data_keys.remove("tactics")
            data__tactics = data["tactics"]
            if not isinstance(data__tactics, (list, tuple)):
                raise JsonSchemaValueException
            data__tactics_is_list = isinstance(data__tactics, (list, tuple))
            if data__tactics_is_list:
                data__tactics_len = len(data__tactics)
                for data__tactics_x, data__tactics_item in enumerate(data__tactics):
                    validate_https___smaudit_dev_schemas_plan_schema_json___defs_tactic(data__tactics_item, custom_formats)
        if "team" in data_keys:
            data_keys.remove("team")
            data__team = data["team"]
            if not isinstance(data__team, (list, tuple)):
                raise JsonSchemaValueException
            data__team_is_list = isinstance(data__team, (list, tuple))
            if data__team_is_list:
                data__team_len = len(data__team)
                for data__team_x, data__team_item in enumerate(data__team):
                    validate_https___smaudit_dev_schemas_plan_schema_json___defs_member(data__team_item, custom_formats)
        if "customer_service" in data_keys:
            data_keys.remove("customer_service")
            data__customerservice = data["customer_service"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_customerservice(data__customerservice, custom_formats)
        if "metrics" in data_keys:
            data_keys.remove("metrics")
            data__metrics = data["metrics"]
            if not isinstance(data__metrics, (list, tuple)):
                raise JsonSchemaValueException
            data__metrics_is_list = isinstance(data__metrics, (list, tuple))
            if data__metrics_is_list:
                data__metrics_len = len(data__metrics)
                for data__metrics_x, data__metrics_item in enumerate(data__metrics):
                    validate_https___smaudit_dev_schemas_plan_schema_json___defs_metric(data__metrics_item, custom_formats)
        if "budget" in data_keys:
            data_keys.remove("budget")
            data__budget = data["budget"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_budget(data__budget, custom_formats)
        if "timeline" in data_keys:
            data_keys.remove("timeline")
            data__timeline = data["timeline"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_timeline(data__timeline, custom_formats)
        if "expectations" in data_keys:
            data_keys.remove("expectations")
            data__expectations = data["expectations"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_textorlist(data__expectations, custom_formats)
        for data_key, data_val in data.items():
            if REGEX_PATTERNS['^x-'].search(data_key):
                if data_key in data_keys:
                    data_keys.remove(data_key)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___smaudit_dev_schemas_plan_schema_json___defs_timeline(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "start" in data_keys:
            data_keys.remove("start")
            data__start = data["start"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_date(data__start, custom_formats)
        if "expect_results_within" in data_keys:
            data_keys.remove("expect_results_within")
            data__expectresultswithin = data["expect_results_within"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_duration(data__expectresultswithin, custom_formats)
        if "review_cadence" in data_keys:
            data_keys.remove("review_cadence")
            data__reviewcadence = data["review_cadence"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_reviewcadence(data__reviewcadence, custom_formats)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___smaudit_dev_schemas_plan_schema_json___defs_reviewcadence(data, custom_formats={}, name_prefix=None):
    data_any_of_count1 = 0
    if not data_any_of_count1:
        try:
            if not (isinstance(data, str) and data == 'weekly' or isinstance(data, str) and data == 'biweekly' or isinstance(data, str) and data == 'monthly' or isinstance(data, str) and data == 'quarterly'):
                raise JsonSchemaValueException
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count1:
        try:
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_duration(data, custom_formats)
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count1:
        raise JsonSchemaValueException
    return data

def validate_https___smaudit_dev_schemas_plan_schema_json___defs_duration(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str, int, float, Decimal)) or isinstance(data, bool):
        raise JsonSchemaValueException
    if isinstance(data, str):
        if not custom_formats["smaudit-duration"](data):
            raise JsonSchemaValueException
    if isinstance(data, (int, float, Decimal)) and not isinstance(data, bool):
        if data < 0:
            raise JsonSchemaValueException
    return data

def validate_https___smaudit_dev_schemas_plan_schema_json___defs_date(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException
    if isinstance(data, str):
        if not custom_formats["smaudit-date"](data):
            raise JsonSchemaValueException
    return data

def validate_https___smaudit_dev_schemas_plan_schema_json___defs_budget(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "monthly" in data_keys:
            data_keys.remove("monthly")
            data__monthly = data["monthly"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_money(data__monthly, custom_formats)
        if "advertising" in data_keys:
            data_keys.remove("advertising")
            data__advertising = data["advertising"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_money(data__advertising, custom_formats)
        if "currency" in data_keys:
            data_keys.remove("currency")
            data__currency = data["currency"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_text(data__currency, custom_formats)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___smaudit_dev_schemas_plan_schema_json___defs_money(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (int, float, Decimal)) or isinstance(data, bool):
        raise JsonSchemaValueException
    if isinstance(data, (int, float, Decimal)) and not isinstance(data, bool):
        if data < 0:
            raise JsonSchemaValueException
    return data

def validate_https___smaudit_dev_schemas_plan_schema_json___defs_metric(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_text(data__name, custom_formats)
        if "goals" in data_keys:
            data_keys.remove("goals")
            data__goals = data["goals"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_goalids(data__goals, custom_formats)
        if "target" in data_keys:
            data_keys.remove("target")
            data__target = data["target"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_textornumber(data__target, custom_formats)
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'vanity' or isinstance(data__kind, str) and data__kind == 'engagement' or isinstance(data__kind, str) and data__kind == 'conversion' or isinstance(data__kind, str) and data__kind == 'revenue' or isinstance(data__kind, str) and data__kind == 'sentiment' or isinstance(data__kind, str) and data__kind == 'service' or isinstance(data__kind, str) and data__kind == 'retention' or isinstance(data__kind, str) and data__kind == 'reach'):
                raise JsonSchemaValueException
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___smaudit_dev_schemas_plan_schema_json___defs_textornumber(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str, int, float, Decimal)) or isinstance(data, bool):
        raise JsonSchemaValueException
    return data

def validate_https___smaudit_dev_schemas_plan_schema_json___defs_goalids(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        for data_x, data_item in enumerate(data):
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_text(data_item, custom_formats)
    return data

def validate_https___smaudit_dev_schemas_plan_schema_json___defs_customerservice(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "platforms" in data_keys:
            data_keys.remove("platforms")
            data__platforms = data["platforms"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_platforms(data__platforms, custom_formats)
        if "response_time" in data_keys:
            data_keys.remove("response_time")
            data__responsetime = data["response_time"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_duration(data__responsetime, custom_formats)
        if "hours" in data_keys:
            data_keys.remove("hours")
            data__hours = data["hours"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_text(data__hours, custom_formats)
        if "owner" in data_keys:
            data_keys.remove("owner")
            data__owner = data["owner"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_text(data__owner, custom_formats)
        if "escalation" in data_keys:
            data_keys.remove("escalation")
            data__escalation = data["escalation"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_text(data__escalation, custom_formats)
        if "listening" in data_keys:
            data_keys.remove("listening")
            data__listening = data["listening"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_text(data__listening, custom_formats)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___smaudit_dev_schemas_plan_schema_json___defs_platforms(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        for data_x, data_item in enumerate(data):
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_platform(data_item, custom_formats)
    return data

def validate_https___smaudit_dev_schemas_plan_schema_json___defs_platform(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data):
            raise JsonSchemaValueException
    return data

def validate_https___smaudit_dev_schemas_plan_schema_json___defs_member(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_text(data__name, custom_formats)
        if "role" in data_keys:
            data_keys.remove("role")
            data__role = data["role"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_text(data__role, custom_formats)
        if "hours_per_week" in data_keys:
            data_keys.remove("hours_per_week")
            data__hoursperweek = data["hours_per_week"]
            if not isinstance(data__hoursperweek, (int, float, Decimal)) or isinstance(data__hoursperweek, bool):
                raise JsonSchemaValueException
            if isinstance(data__hoursperweek, (int, float, Decimal)) and not isinstance(data__hoursperweek, bool):
                if data__hoursperweek < 0:
                    raise JsonSchemaValueException
        if "responsibilities" in data_keys:
            data_keys.remove("responsibilities")
            data__responsibilities = data["responsibilities"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_textlist(data__responsibilities, custom_formats)
        if "agency" in data_keys:
            data_keys.remove("agency")
            data__agency = data["agency"]
            if not isinstance(data__agency, (bool)):
                raise JsonSchemaValueException
        for data_key, data_val in data.items():
            if REGEX_PATTERNS['^x-'].search(data_key):
                if data_key in data_keys:
                    data_keys.remove(data_key)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___smaudit_dev_schemas_plan_schema_json___defs_textlist(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        for data_x, data_item in enumerate(data):
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_text(data_item, custom_formats)
    return data

def validate_https___smaudit_dev_schemas_plan_schema_json___defs_tactic(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_text(data__name, custom_formats)
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not (isinstance(data__type, str) and data__type == 'content' or isinstance(data__type, str) and data__type == 'advertising' or isinstance(data__type, str) and data__type == 'contest' or isinstance(data__type, str) and data__type == 'giveaway' or isinstance(data__type, str) and data__type == 'influencer' or isinstance(data__type, str) and data__type == 'social_selling' or isinstance(data__type, str) and data__type == 'community' or isinstance(data__type, str) and data__type == 'customer_service' or isinstance(data__type, str) and data__type == 'listening' or isinstance(data__type, str) and data__type == 'lead_capture' or isinstance(data__type, str) and data__type == 'event' or isinstance(data__type, str) and data__type == 'other'):
                raise JsonSchemaValueException
        if "goals" in data_keys:
            data_keys.remove("goals")
            data__goals = data["goals"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_goalids(data__goals, custom_formats)
        if "channels" in data_keys:
            data_keys.remove("channels")
            data__channels = data["channels"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_platforms(data__channels, custom_formats)
        if "call_to_action" in data_keys:
            data_keys.remove("call_to_action")
            data__calltoaction = data["call_to_action"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_text(data__calltoaction, custom_formats)
        if "conversion" in data_keys:
            data_keys.remove("conversion")
            data__conversion = data["conversion"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_text(data__conversion, custom_formats)
        if "influencer" in data_keys:
            data_keys.remove("influencer")
            data__influencer = data["influencer"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_influencer(data__influencer, custom_formats)
        for data_key, data_val in data.items():
            if REGEX_PATTERNS['^x-'].search(data_key):
                if data_key in data_keys:
                    data_keys.remove(data_key)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___smaudit_dev_schemas_plan_schema_json___defs_influencer(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "handle" in data_keys:
            data_keys.remove("handle")
            data__handle = data["handle"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_text(data__handle, custom_formats)
        if "brand_affinity" in data_keys:
            data_keys.remove("brand_affinity")
            data__brandaffinity = data["brand_affinity"]
            if not isinstance(data__brandaffinity, (bool, str)):
                raise JsonSchemaValueException
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___smaudit_dev_schemas_plan_schema_json___defs_channel(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['platform']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "platform" in data_keys:
            data_keys.remove("platform")
            data__platform = data["platform"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_platform(data__platform, custom_formats)
        if "goals" in data_keys:
            data_keys.remove("goals")
            data__goals = data["goals"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_goalids(data__goals, custom_formats)
        if "rationale" in data_keys:
            data_keys.remove("rationale")
            data__rationale = data["rationale"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_text(data__rationale, custom_formats)
        if "audience" in data_keys:
            data_keys.remove("audience")
            data__audience = data["audience"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_textlist(data__audience, custom_formats)
        if "owner" in data_keys:
            data_keys.remove("owner")
            data__owner = data["owner"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_text(data__owner, custom_formats)
        if "cadence" in data_keys:
            data_keys.remove("cadence")
            data__cadence = data["cadence"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_text(data__cadence, custom_formats)
        if "content_mix" in data_keys:
            data_keys.remove("content_mix")
            data__contentmix = data["content_mix"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_contentmix(data__contentmix, custom_formats)
        if "paid" in data_keys:
            data_keys.remove("paid")
            data__paid = data["paid"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_paid(data__paid, custom_formats)
        if "status" in data_keys:
            data_keys.remove("status")
            data__status = data["status"]
            if not (isinstance(data__status, str) and data__status == 'planned' or isinstance(data__status, str) and data__status == 'active' or isinstance(data__status, str) and data__status == 'paused'):
                raise JsonSchemaValueException
        for data_key, data_val in data.items():
            if REGEX_PATTERNS['^x-'].search(data_key):
                if data_key in data_keys:
                    data_keys.remove(data_key)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___smaudit_dev_schemas_plan_schema_json___defs_paid(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "monthly_budget" in data_keys:
            data_keys.remove("monthly_budget")
            data__monthlybudget = data["monthly_budget"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_money(data__monthlybudget, custom_formats)
        if "targeting" in data_keys:
            data_keys.remove("targeting")
            data__targeting = data["targeting"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_text(data__targeting, custom_formats)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___smaudit_dev_schemas_plan_schema_json___defs_contentmix(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        for data_key in data_keys:
            if data_key not in []:
                data_value = data.get(data_key)
                validate_https___smaudit_dev_schemas_plan_schema_json___defs_percent(data_value, custom_formats)
    return data

def validate_https___smaudit_dev_schemas_plan_schema_json___defs_percent(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (int, float, Decimal)) or isinstance(data, bool):
        raise JsonSchemaValueException
    if isinstance(data, (int, float, Decimal)) and not isinstance(data, bool):
        if data < 0:
            raise JsonSchemaValueException
        if data > 100:
            raise JsonSchemaValueException
    return data

def validate_https___smaudit_dev_schemas_plan_schema_json___defs_audience(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "research" in data_keys:
            data_keys.remove("research")
            data__research = data["research"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_text(data__research, custom_formats)
        if "segments" in data_keys:
            data_keys.remove("segments")
            data__segments = data["segments"]
            if not isinstance(data__segments, (list, tuple)):
                raise JsonSchemaValueException
            data__segments_is_list = isinstance(data__segments, (list, tuple))
            if data__segments_is_list:
                data__segments_len = len(data__segments)
                for data__segments_x, data__segments_item in enumerate(data__segments):
                    validate_https___smaudit_dev_schemas_plan_schema_json___defs_segment(data__segments_item, custom_formats)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___smaudit_dev_schemas_plan_schema_json___defs_segment(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_text(data__name, custom_formats)
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_text(data__description, custom_formats)
        if "platforms" in data_keys:
            data_keys.remove("platforms")
            data__platforms = data["platforms"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_platforms(data__platforms, custom_formats)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___smaudit_dev_schemas_plan_schema_json___defs_text(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException
    return data

def validate_https___smaudit_dev_schemas_plan_schema_json___defs_goal(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'statement']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_slug(data__id, custom_formats)
        if "statement" in data_keys:
            data_keys.remove("statement")
            data__statement = data["statement"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_text(data__statement, custom_formats)
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not (isinstance(data__type, str) and data__type == 'awareness' or isinstance(data__type, str) and data__type == 'lead_generation' or isinstance(data__type, str) and data__type == 'sales' or isinstance(data__type, str) and data__type == 'customer_engagement' or isinstance(data__type, str) and data__type == 'retention' or isinstance(data__type, str) and data__type == 'customer_service' or isinstance(data__type, str) and data__type == 'community' or isinstance(data__type, str) and data__type == 'brand' or isinstance(data__type, str) and data__type == 'recruitment' or isinstance(data__type, str) and data__type == 'feedback' or isinstance(data__type, str) and data__type == 'other'):
                raise JsonSchemaValueException
        if "target" in data_keys:
            data_keys.remove("target")
            data__target = data["target"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_textornumber(data__target, custom_formats)
        if "deadline" in data_keys:
            data_keys.remove("deadline")
            data__deadline = data["deadline"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_date(data__deadline, custom_formats)
        for data_key, data_val in data.items():
            if REGEX_PATTERNS['^x-'].search(data_key):
                if data_key in data_keys:
                    data_keys.remove(data_key)
        if data_keys:
            raise JsonSchemaValueException
    return data

def validate_https___smaudit_dev_schemas_plan_schema_json___defs_slug(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[a-z0-9][a-z0-9_-]*$'].search(data):
            raise JsonSchemaValueException
    return data

def validate_https___smaudit_dev_schemas_plan_schema_json___defs_textorlist(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str, list, tuple)):
        raise JsonSchemaValueException
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        for data_x, data_item in enumerate(data):
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_text(data_item, custom_formats)
    return data

def validate_https___smaudit_dev_schemas_plan_schema_json___defs_organization(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_text(data__name, custom_formats)
        if "industry" in data_keys:
            data_keys.remove("industry")
            data__industry = data["industry"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_text(data__industry, custom_formats)
        if "size" in data_keys:
            data_keys.remove("size")
            data__size = data["size"]
            if not (isinstance(data__size, str) and data__size == 'solo' or isinstance(data__size, str) and data__size == 'small' or isinstance(data__size, str) and data__size == 'medium' or isinstance(data__size, str) and data__size == 'large' or isinstance(data__size, str) and data__size == 'enterprise'):
                raise JsonSchemaValueException
        if "values" in data_keys:
            data_keys.remove("values")
            data__values = data["values"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_textlist(data__values, custom_formats)
        if "offering" in data_keys:
            data_keys.remove("offering")
            data__offering = data["offering"]
            validate_https___smaudit_dev_schemas_plan_schema_json___defs_text(data__offering, custom_formats)
        if "sells_online" in data_keys:
            data_keys.remove("sells_online")
            data__sellsonline = data["sells_online"]
            if not isinstance(data__sellsonline, (bool)):
                raise JsonSchemaValueException
        if data_keys:
            raise JsonSchemaValueException
    return data


def validate(data, formats):
    validate_https___smaudit_dev_schemas_plan_schema_json(data, formats)
