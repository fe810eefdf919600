"""Built-in plugin: the service rules written in Python (SMA302-SMA305).

SMA301 (no-customer-service) and SMA306 (no-values) are a selector plus a
condition and live in the declarative pack `service.yaml` (in this folder). The rules
here stay quiet when `customer_service` is absent altogether: SMA301 already
reports that, and one missing section should not read as four problems.

One module per rule, named by its slug; what several of them share is in
``shared``. This package is the built-in plugin registered as
``smaudit.builtin.service``, the name findings have always shown.
"""

from __future__ import annotations

from smaudit.rules.area import area_rules

smaudit_register_rules = area_rules(
    "service.uncovered_platform",
    "service.slow_response",
    "service.no_listening",
    "service.values_not_reflected",
)
