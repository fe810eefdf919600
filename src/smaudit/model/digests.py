"""Hash functions that do not load OpenSSL.

``hashlib`` imports ``_hashlib``, which loads OpenSSL's libcrypto: about 3.5 MiB
of resident memory in every process of a run, more than anything smaudit reads
for one plan, to hash a few kilobytes. CPython builds its own implementations of
SHA-256 and BLAKE2 into the interpreter (``hashlib`` falls back to them), and
they give the same digests, so they are used directly, and ``hashlib`` only on
an interpreter without them.

- ``sha256`` where the digest is part of the output (finding fingerprints);
- ``content_hash`` (BLAKE2b, 32 bytes) for cache keys and cache checksums, where
  only equality matters: the built-in SHA-256 is about two and a half times slower
  than OpenSSL's on the megabytes a large run hashes (every plan's bytes), and
  BLAKE2b is as fast as OpenSSL's SHA-256.
"""

from __future__ import annotations

from typing import Any

try:
    from _sha2 import sha256  # CPython 3.12 and later
except ImportError:
    try:
        from _sha256 import sha256  # CPython 3.10 and 3.11
    except ImportError:  # pragma: no cover - an interpreter without the built-in hashes
        from hashlib import sha256

try:
    from _blake2 import blake2b as _blake2b
except ImportError:  # pragma: no cover - an interpreter without the built-in hashes
    from hashlib import blake2b as _blake2b

__all__ = ["content_hash", "sha256"]


def content_hash(data: bytes = b"") -> Any:
    """A hash object (``update``, ``digest``, ``hexdigest``) of 32-byte BLAKE2b."""
    return _blake2b(data, digest_size=32)
