"""`--format markdown` (registered through ``smaudit_register_formats``)."""

from __future__ import annotations
