"""The paths plugins import from keep working now that the modules live in layer folders:
``smaudit.hookimpl``, ``smaudit.model``, ``smaudit.plan``, ``smaudit.rule``."""

from __future__ import annotations

import subprocess
import sys

import pytest


def test_the_public_paths_give_the_objects_of_the_layer_modules():
    import smaudit
    from smaudit.loading.hookspecs import hookimpl
    from smaudit.model import Finding, Result, Severity, Violation, findings
    from smaudit.model import plan as model_plan
    from smaudit.model import rule as model_rule
    from smaudit.plan import Plan
    from smaudit.rule import Rule, rule

    assert (Finding, Result, Severity, Violation) == (
        findings.Finding, findings.Result, findings.Severity, findings.Violation)
    assert (Plan, Rule, rule) == (model_plan.Plan, model_rule.Rule, model_rule.rule)
    assert smaudit.hookimpl is hookimpl


def test_the_model_package_loads_the_finding_types_only_when_asked():
    code = ("import sys, smaudit.model.errors\n"
            "assert 'smaudit.model.findings' not in sys.modules\n"
            "from smaudit.model import Violation\n"
            "assert 'smaudit.model.findings' in sys.modules\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_a_name_the_model_package_does_not_have_is_an_attribute_error():
    import smaudit.model

    with pytest.raises(AttributeError, match=r"module 'smaudit\.model' has no attribute 'Nothing'"):
        smaudit.model.Nothing  # noqa: B018
