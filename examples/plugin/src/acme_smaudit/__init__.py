"""Acme Consulting's house rules for smaudit."""
