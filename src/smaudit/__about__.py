"""The one place the version lives: packaging, ``--version`` and cache keys read it."""

__version__ = "0.1.0"
