"""Built-in plugin: the measurement rules written in Python (SMA401, SMA403-SMA405).

SMA402 (unmeasured-goal) is a selector plus a condition and lives in the
declarative pack `measurement.yaml` (in this folder).

One module per rule, named by its slug. This package is the built-in plugin registered as
``smaudit.builtin.measurement``, the name findings have always shown.
"""

from __future__ import annotations

from smaudit.loading.hookspecs import hookimpl


@hookimpl
def smaudit_register_rules(register):
    """Register the rules, in catalog order; their modules load only now."""
    from smaudit.rules.measurement.direct_roi_expectation import direct_roi_expectation
    from smaudit.rules.measurement.no_metrics import no_metrics
    from smaudit.rules.measurement.no_review_cadence import no_review_cadence
    from smaudit.rules.measurement.vanity_metric import vanity_metric

    for each in (vanity_metric, no_metrics, direct_roi_expectation, no_review_cadence):
        register(each)
