"""The articles the rule catalog draws on, by the short ids rules cite.

Each article's title is kept here once, in two wordings where they differ, as the
area titles are (``model.findings.AREA_TITLES``): the catalog's (rule pages,
SARIF), which says plainly when an article has no title of its own, and the
client report's, which gives such an article a description to read instead.
"""

from __future__ import annotations

SOURCES: dict[str, str] = {
    "000": "Your SMB is a Success, So Why is Your Social Media a Failure?",
    "001": "Why Small Businesses Fail at Social Media",
    "002": "#2 Piece of Advice For SMBs is Social Media – Also Most Frustrating",
    "003": "Why So Many Small Businesses Get Social Media Wrong & Some Ideas to Get It Right",
    "004": "Goals vs. outcomes, box checking and bandwagon leaps (untitled article)",
}

CLIENT_TITLES: dict[str, str] = {
    "004": "Goals versus outcomes: box checking and bandwagon leaps in social media",
}
"""The client report's title where it differs from ``SOURCES``: a client should read a
description, not "(untitled article)"."""


def source_title(ref: str, *, client: bool = False) -> str:
    """The title of source ``ref`` (``"001"``), or ``ref`` itself for a plugin's own;
    ``client`` for the report's wording."""
    if not str(ref).isdigit():
        return str(ref)
    key = str(ref).zfill(3)
    return (client and CLIENT_TITLES.get(key)) or SOURCES.get(key, str(ref))
