"""smaudit's own rules, registered through the same hooks as any plugin."""
