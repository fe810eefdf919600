"""Helpers and word data that several tactics rules use, kept once so that they agree.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from smaudit.model import compiled_patterns
from smaudit.model.prose.cues import compile_cues
from smaudit.model.prose.facts import number
from smaudit.model.prose.phrasing import phrase_options, phrases

PROMOTIONAL: tuple[str, ...] = (
    "promo*", "promotion*", "self promotion*", "advertorial*",
    "sale", "sales", "selling", "sell", "hard sell*", "upsell*", "cross sell*", "flash sale*",
    "offer", "offers", "special offer*", "specials", "deal", "deals", "discount*", "coupon*",
    "voucher*", "promo code*", "clearance", "price", "prices", "pricing", "price (cut*|drop*)",
    "ads", "adverts", "advertising", "advertisement*", "sponsored (posts|content)",
    "pitch", "pitches", "pitching", "buy", "buy now", "shop now", "book now", "order now",
    "listings", "new listings", "just listed", "for sale",
    "product (launch*|push*|plug*|pitch*|ads|announcement*)", "plugs", "shameless plug*",
    "lead (ads|capture|gen|generation|magnet*)", "conversion (posts|ads)",
)
"""Content-mix categories that sell rather than inform, entertain or connect."""


HELPFUL: tuple[str, ...] = (
    "tip", "tips", "how to", "how tos", "guide*", "tutorial*", "advice", "faq*", "q&a",
    "ask (me|us|the) *", "explain*", "explainer*", "education*", "educational", "learn*",
    "lesson*", "story", "stories", "behind the scenes", "community", "answers", "questions",
    "insight*", "checklist*", "myth*", "mistakes", "market (report*|update*)",
)
"""Words that make a category or tactic helpful even when it also names selling
("selling tips", "buyer's guide to deals")."""


COMPOUND = compiled_patterns.compile(r"\b(non|after)\s+", re.IGNORECASE)


def _category(name: str) -> str:
    """A content-mix key as words: ``price_cuts`` -> ``price cuts``; ``non_promo`` and
    ``after_sales`` stay one word so that they are not taken for ``promo`` or ``sales``."""
    return COMPOUND.sub(r"\1-", re.sub(r"[_./]+", " ", name))


def _share(value: Any) -> float:
    found = number(value)
    return found if found is not None and found > 0 else 0.0


class Selling:
    """Tells promotional names from helpful ones with a rule's two phrase options."""

    def __init__(self, options: Mapping[str, Any]) -> None:
        self.promo = compile_cues(phrases(options))
        self.helpful = compile_cues(phrases(options, "helpful_phrases"))

    def __call__(self, name: Any) -> bool:
        if not isinstance(name, str):
            return False
        text = _category(name)
        return bool(self.promo.find(text)) and not self.helpful.find(text)


def selling_options(what: str) -> dict[str, Any]:
    return {
        **phrase_options("phrases", PROMOTIONAL, what),
        "helpful_phrases": {
            "type": "array", "items": {"type": "string"}, "default": list(HELPFUL),
            "description": "Words that make a name helpful even when it mentions selling "
                           "(replaces the defaults)."},
        "extend_helpful_phrases": {
            "type": "array", "items": {"type": "string"}, "default": [],
            "description": "Added to `helpful_phrases` instead of replacing them."},
    }


def _mix(channel: Mapping[str, Any], selling: Selling) -> tuple[list[tuple[str, float]],
                                                                 list[tuple[str, float]], float]:
    """Split a channel's ``content_mix`` into promotional and other categories (with their
    percentages) and return the total."""
    mix = channel.get("content_mix")
    promo: list[tuple[str, float]] = []
    other: list[tuple[str, float]] = []
    if not isinstance(mix, dict):
        return promo, other, 0.0
    for key, value in mix.items():
        share = _share(value)
        # a key joining kinds ("information_and_prices") is that many categories sharing
        # one number: each part is classified on its own and gets an even share, so only
        # the promotional part counts as promotion (the catalog counts categories that are
        # promotional, sales or offers, and half of this one is information)
        parts = [part for part in JOINED.split(str(key)) if part.strip(" _-./")]
        selling_parts = sum(1 for part in parts if selling(part)) if len(parts) > 1 else (
            len(parts) if selling(str(key)) else 0)
        if selling_parts and selling_parts < len(parts):
            promo.append((str(key), share * selling_parts / len(parts)))
            other.append((str(key), share * (len(parts) - selling_parts) / len(parts)))
            continue
        (promo if selling_parts else other).append((str(key), share))
    return promo, other, sum(s for _, s in promo) + sum(s for _, s in other)


#: Where a content-mix key joins two kinds: "and", "&", "+" between words.
JOINED = re.compile(r"(?:[\s_./-]+and[\s_./-]+|\s*[&+]\s*)", re.IGNORECASE)


def _kind(item: Mapping[str, Any]) -> str:
    """An item's ``type`` when it is a string (a malformed one is the schema rule's
    business), else ``""``."""
    kind = item.get("type")
    return kind if isinstance(kind, str) else ""


def _name(item: Mapping[str, Any], fallback: str) -> str:
    name = item.get("name")
    return f'"{" ".join(name.split())}"' if isinstance(name, str) and name.strip() else fallback
