"""Helpers and word data that several resources rules use, kept once so that they agree.
"""

from __future__ import annotations

import re
from typing import Any

from smaudit.model import compiled_patterns
from smaudit.model.plan import Plan
from smaudit.model.prose.blank import is_blank

# --------------------------------------------------------------------------
# Helpers shared with the tactics rules


NOBODY = compiled_patterns.compile(
    r"""^\W*(?:
        nobody|no\ ?one|unassigned|vacant|open\ (?:role|position)|to\ hire|hiring
      | (?:any|some|every)(?:one|body)(?:\ (?:who|with|that|in).*)? | whoever.* | all\ staff
      | (?:the\ )?whole\ (?:team|staff|office) | all\ of\ us | we\ all
    )\W*$""",
    re.IGNORECASE | re.VERBOSE,
)


def texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [part.strip() for part in re.split(r"[,;\n]", value) if part.strip()]
    if isinstance(value, list):
        return [v.strip() for v in value if isinstance(v, str) and v.strip()]
    return []


def _members(plan: Plan) -> list[tuple[str, dict]]:
    return list(plan.items("team"))


def _owner(value: Any) -> str | None:
    """The owner a field names, or None for nobody, a placeholder or "whoever"."""
    if not isinstance(value, str) or is_blank(value) or NOBODY.match(value.strip()):
        return None
    return value.strip()


def _owners(plan: Plan) -> set[str]:
    """Everyone named owner of a channel or of customer service."""
    fields = [channel.get("owner") for _, channel in plan.items("channels")]
    fields.append(plan.section("customer_service").get("owner"))
    return {name for name in map(_owner, fields) if name}


def quote(items: list[str], limit: int = 4) -> str:
    shown = ", ".join(items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")


SOCIAL_WORK: tuple[str, ...] = (
    "social media*", "socials", "social networking",
    "social (channel*|account*|page*|post*|posting|content|network*|presence|profile*|"
    "platform*|inbox|calendar|campaign*|ads|advertising|listening|engagement|strategy)",
    "(facebook|fb|instagram|insta|ig|linkedin|tiktok*|tik tok|twitter|tweets|tweeting|"
    "youtube|pinterest|threads|bluesky|reddit|mastodon|whatsapp|nextdoor|snapchat|"
    "discord|twitch|google business*)",
    "community manag*", "online community", "(dms|direct messages)",
    "(write|writes|writing|draft*|create|creates|creating|schedule|schedules|scheduling|"
    "publish*|film*|shoot*) ... (posts|reels|stories|tiktoks|shorts|videos for *)",
    "posting", "content (creation|calendar|scheduling)", "(create|creating) content",
    "(reply*|respond*|answer*|moderat*) ... (comments|mentions)",
    "influencer*", "hashtag*",
)
"""What counts as social media work in a member's responsibilities or role."""
