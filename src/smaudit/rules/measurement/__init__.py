"""Built-in plugin: the measurement rules written in Python (SMA401, SMA403-SMA405).

SMA402 (unmeasured-goal) is a selector plus a condition and lives in the
declarative pack `measurement.yaml` (in this folder).

One module per rule, named by its slug. This package is the built-in plugin registered as
``smaudit.builtin.measurement``, the name findings have always shown.
"""

from __future__ import annotations

from smaudit.rules.area import area_rules

smaudit_register_rules = area_rules(
    "measurement.vanity_metric",
    "measurement.no_metrics",
    "measurement.direct_roi_expectation",
    "measurement.no_review_cadence",
)
