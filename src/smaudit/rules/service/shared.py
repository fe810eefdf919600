"""Helpers and word data that several service rules use, kept once so that they agree.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from smaudit.model.durations import parse_duration

MAX_RESPONSE = {"type": ["string", "number"], "default": "24h",
                 "description": "The longest acceptable promised time to a first answer "
                                "(a duration; a bare number is days)."}


DEFAULT_LIMIT_HOURS = 24.0


def _limit(options: Mapping[str, Any]) -> float:
    hours = parse_duration(options.get("max_response_time"))
    return DEFAULT_LIMIT_HOURS if hours is None else hours


def _platforms(value: Any) -> set[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return set()
    return {p.strip().lower() for p in value if isinstance(p, str)}
