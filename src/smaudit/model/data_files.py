"""Where smaudit's JSON Schemas live on disk.

The files are kept once, at the repository root (``schemas/``), so editors and
other tools can use them straight from a checkout. A wheel carries copies as
package data under ``smaudit/_data/`` (see the hatch ``force-include`` in
``pyproject.toml``). This module hides the difference: it prefers the package
data when it exists and falls back to the checkout, which is what an editable
install sees. (The built-in rule packs live inside the package, beside their
area's rules, so they need no such lookup.)
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]
_CHECKOUT = _PACKAGE.parents[1]  # src/smaudit -> repository root


def data_dir(kind: str) -> Path:
    """The directory holding data files of ``kind`` (``"schemas"``)."""
    packaged = _PACKAGE / "_data" / kind
    if packaged.is_dir():
        return packaged
    return _CHECKOUT / kind


def schema_path(name: str) -> Path:
    """The path of the JSON Schema file ``name``, e.g. ``"plan.schema.json"``."""
    return data_dir("schemas") / name
