"""The known platforms are written once (smaudit.model.platforms); every reader agrees."""

from __future__ import annotations

import json
import re

from smaudit.model.data_files import schema_path
from smaudit.model.platforms import KNOWN_PLATFORMS, PLATFORM_ALIASES, PROSE_NAMES, display_name


def test_the_plan_schema_describes_the_known_platforms_in_order():
    schema = json.loads(schema_path("plan.schema.json").read_text(encoding="utf-8"))
    description = schema["$defs"]["platform"]["description"]
    listed = re.search(r"Known: (.*?)\. Others", description).group(1)
    names = [re.sub(r" \(alias (\w+)\)", "", n) for n in listed.split(", ")]
    aliases = dict(reversed(m.groups()) for m in re.finditer(r"(\w+) \(alias (\w+)\)", listed))
    assert names == list(KNOWN_PLATFORMS)
    assert aliases == dict(PLATFORM_ALIASES)


def test_prose_names_are_known_platforms_aliases_or_nicknames():
    nicknames = {"fb", "insta"}
    unknown = set(PROSE_NAMES) - set(KNOWN_PLATFORMS) - set(PLATFORM_ALIASES) - nicknames
    assert unknown == set()


def test_display_names():
    assert display_name("linkedin") == "LinkedIn"
    assert display_name("email") == "the e-mail newsletter"
    assert display_name("mastodonish") == "Mastodonish"

