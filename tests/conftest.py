"""Test-wide settings: caches go to a temporary directory, never into the checkout, and
installed third-party plugins stay out of the way unless a test asks for them."""

from __future__ import annotations

import os
import tempfile

import pytest

from smaudit.loading.plugins import AUTOLOAD_ENV

os.environ.setdefault("SMAUDIT_CACHE_DIR", tempfile.mkdtemp(prefix="smaudit-test-cache-"))


@pytest.fixture(autouse=True)
def no_third_party_plugins(monkeypatch):
    monkeypatch.setenv(AUTOLOAD_ENV, "1")


@pytest.fixture
def with_installed_plugins(monkeypatch):
    """Let entry-point plugins load (for tests of plugin discovery itself)."""
    monkeypatch.delenv(AUTOLOAD_ENV)
