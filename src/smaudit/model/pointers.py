"""JSON pointers (RFC 6901), the way every node of a plan is named: rules name the
node they complain about, the reader records where each one is written."""

from __future__ import annotations


def escape(token: str | int) -> str:
    """Escape one reference token per RFC 6901 (``~`` and ``/``)."""
    if type(token) is int:
        return str(token)
    if "~" in token or "/" in token:
        return token.replace("~", "~0").replace("/", "~1")
    return token


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join(pointer: str, *tokens: str | int) -> str:
    """Extend ``pointer`` by ``tokens``: ``join("/channels", 0, "owner")``.

    Called for most nodes of every plan (by the reader, the selectors and the rules),
    so a token that needs no escaping (nearly all) is added without a call."""
    for token in tokens:
        if type(token) is int or ("~" not in token and "/" not in token):
            pointer = f"{pointer}/{token}"
        else:
            pointer = f"{pointer}/{escape(token)}"
    return pointer


def split(pointer: str) -> list[str]:
    """The unescaped tokens of ``pointer``; ``""`` (the whole plan) has none."""
    if not pointer:
        return []
    return [unescape(t) for t in pointer[1:].split("/")]


def parent(pointer: str) -> str:
    """The pointer one level up; the root is its own parent."""
    return pointer.rsplit("/", 1)[0] if pointer else ""
