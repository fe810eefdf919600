"""The articles the rule catalog draws on, by the short ids rules cite."""

from __future__ import annotations

SOURCES: dict[str, str] = {
    "000": "Your SMB is a Success, So Why is Your Social Media a Failure?",
    "001": "Why Small Businesses Fail at Social Media",
    "002": "#2 Piece of Advice For SMBs is Social Media – Also Most Frustrating",
    "003": "Why So Many Small Businesses Get Social Media Wrong & Some Ideas to Get It Right",
    "004": "Goals vs. outcomes, box checking and bandwagon leaps (untitled article)",
}


def source_title(ref: str) -> str:
    """The title of source ``ref`` (``"001"``), or ``ref`` itself for a plugin's own."""
    return SOURCES.get(str(ref).zfill(3), str(ref)) if str(ref).isdigit() else str(ref)
