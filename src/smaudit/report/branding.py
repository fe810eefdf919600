"""The consultant's settings (``report:`` in the config), read and checked.

The config has already made the logo and notes paths absolute and refused
any outside the config's folder (``config._report_section``). Here the files
are read, with limits: the logo must be a raster image by its first bytes
(PNG, JPEG, GIF or WebP; SVG can carry script and is refused) and small
enough to embed as a ``data:`` URI, the notes must be UTF-8 text of a sane
size. A problem is a ``ConfigError`` naming the config file, never a
traceback and never a half-branded report.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Mapping

from smaudit.model.errors import ConfigError
from smaudit.report.readiness import Branding

MAX_LOGO = 512 * 1024
MAX_NOTES = 64 * 1024
IMAGE_TYPES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)
ACCENT = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


def image_type(data: bytes) -> str | None:
    """The MIME type of a PNG, JPEG, GIF or WebP image from its first bytes."""
    for magic, mime in IMAGE_TYPES:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def _read(path: str, limit: int, what: str, source: str | None) -> bytes:
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise ConfigError(f"report.{what}: cannot read {path}: {exc.strerror or exc}",
                          path=source) from None
    if len(data) > limit:
        raise ConfigError(f"report.{what}: {path} is larger than {limit // 1024} KiB",
                          path=source)
    return data


def load_branding(section: Mapping[str, str], source: str | None = None) -> Branding:
    """A ``Branding`` from the config's ``report:`` section (empty when there is none)."""
    logo = ""
    if section.get("logo"):
        data = _read(section["logo"], MAX_LOGO, "logo", source)
        mime = image_type(data)
        if mime is None:
            raise ConfigError(f"report.logo: {section['logo']} is not a PNG, JPEG, GIF or "
                              "WebP image", path=source)
        logo = f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
    notes = ""
    if section.get("notes"):
        raw = _read(section["notes"], MAX_NOTES, "notes", source)
        try:
            notes = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ConfigError(f"report.notes: {section['notes']} is not UTF-8 text",
                              path=source) from None
        if "\x00" in notes:
            raise ConfigError(f"report.notes: {section['notes']} is not a text file",
                              path=source)
    accent = section.get("accent", "")
    if accent and not ACCENT.match(accent):
        raise ConfigError(f"report.accent: {accent!r} is not a colour like #1d4ed8",
                          path=source)
    return Branding(consultant=" ".join(str(section.get("consultant", "")).split()),
                    logo=logo, accent=accent, notes=notes)
