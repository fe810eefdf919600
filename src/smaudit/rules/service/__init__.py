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

from smaudit.loading.hookspecs import hookimpl


@hookimpl
def smaudit_register_rules(register):
    """Register the rules, in catalog order; their modules load only now."""
    from smaudit.rules.service.no_listening import no_listening
    from smaudit.rules.service.slow_response import slow_response
    from smaudit.rules.service.uncovered_platform import uncovered_platform
    from smaudit.rules.service.values_not_reflected import values_not_reflected

    for each in (uncovered_platform, slow_response, no_listening, values_not_reflected):
        register(each)
