"""Built-in plugin: the foundations rules written in Python.

The only foundations rule, SMA801 (no-value-proposition), is a selector
plus a condition, so it lives in the declarative pack
`foundations.yaml` (in this folder); this module registers nothing yet and is where a
foundations rule that needs logic would go.
"""

from __future__ import annotations

from smaudit.rules.area import area_rules

smaudit_register_rules = area_rules()
