"""The platforms smaudit knows by name: the one list every part reads.

The plan format allows any lower-case platform name (a plugin may know
more), but these are the ones smaudit itself knows: the schema suggests them
for a misspelling, the client report writes them as the client would
("LinkedIn", "the e-mail newsletter"), ``smaudit init`` and the loader
normalize their aliases, and the goal rules recognise them in prose.
"""

from __future__ import annotations

from collections.abc import Mapping

PLATFORMS: Mapping[str, str] = {
    "facebook": "Facebook", "instagram": "Instagram", "linkedin": "LinkedIn", "x": "X",
    "tiktok": "TikTok", "snapchat": "Snapchat", "youtube": "YouTube",
    "pinterest": "Pinterest", "threads": "Threads", "bluesky": "Bluesky",
    "reddit": "Reddit", "mastodon": "Mastodon", "whatsapp": "WhatsApp",
    "nextdoor": "Nextdoor", "google_business": "Google Business Profile",
    "foursquare": "Foursquare", "discord": "Discord", "twitch": "Twitch", "blog": "the blog",
    "email": "the e-mail newsletter",
}
"""Each known platform's name in a plan, and as a client writes it, in the order
messages list them."""

KNOWN_PLATFORMS: tuple[str, ...] = tuple(PLATFORMS)
"""The known names alone, in order (the schema's did-you-mean reads them)."""

PLATFORM_ALIASES: Mapping[str, str] = {"twitter": "x"}
"""Other names of a known platform, normalized before rules run so that rules
compare canonical names only."""

PROSE_NAMES: tuple[str, ...] = (
    "facebook", "fb", "instagram", "insta", "linkedin", "twitter", "x", "tiktok", "snapchat",
    "youtube", "pinterest", "threads", "bluesky", "reddit", "mastodon", "whatsapp",
    "nextdoor", "discord", "twitch",
)
"""The social platforms as people name them in a sentence: nicknames and aliases
too, since prose is not normalized; places that are not a social network (a blog,
e-mail, a business listing) are left out."""


def display_name(platform: str) -> str:
    """A platform as a client writes it; an unknown one with its first letter raised."""
    return PLATFORMS.get(platform, platform[:1].upper() + platform[1:])
