"""A plugin cannot end, hang or silently change a run: rules that exit, crash the process,
loop in C code or swallow every exception, a worker killed from outside, plugins that exit
while imported, malformed violations and hooks that return junk. Each file still gets
exactly one outcome and the run never ends with exit 0 and no output."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from smaudit.cli.main import main
from smaudit.linter.lint import Linter
from smaudit.loading.settings import Settings
from smaudit.model.findings import Violation
from smaudit.model.plan import Plan
from tests.valid_plans import VALID_PLANS

HEALTHY = Path(__file__).parent / "data" / "healthy_example.yaml"

FAULTS = '''
import ctypes, os, sys, time
from smaudit.loading.hookspecs import hookimpl
from smaudit.model.findings import Violation
from smaudit.model.rule import rule

def make(code, body):
    @rule(code=code, slug="fault-" + code[-3:].lower(), severity="warning", area="goals",
          summary="A fault.")
    def check(plan, options):
        body(plan)
        yield Violation("reached the end", "/organization")
    return check

def swallows_everything(plan):
    while True:
        try:
            while True:
                pass
        except Exception:
            pass

def interrupt(plan):
    raise KeyboardInterrupt

def slow(plan):
    time.sleep(0.25)

FAULTS = {
    "FLT101": lambda plan: sys.exit(0),
    "FLT102": interrupt,
    "FLT103": lambda plan: os._exit(0),
    "FLT104": lambda plan: ctypes.string_at(0),
    "FLT105": swallows_everything,
    "FLT106": lambda plan: sum(range(10**11)),
    "FLT107": slow,
    "FLT108": lambda plan: plan.data.clear(),
    "FLT109": slow, "FLT110": slow, "FLT111": slow,
}

@hookimpl
def smaudit_register_rules(register):
    for code, body in FAULTS.items():
        register(make(code, body))
'''


@pytest.fixture
def workspace(tmp_path):
    (tmp_path / "faults.py").write_text(FAULTS)
    (tmp_path / ".smaudit.yaml").write_text("rule_timeout: 0.5\nplugins: [faults]\n")
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / name).write_bytes(HEALTHY.read_bytes())
    return tmp_path


def smaudit(workspace: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(workspace), "SMAUDIT_DISABLE_PLUGIN_AUTOLOAD": "1",
           "SMAUDIT_CACHE_DIR": str(workspace / ".cache")}
    return subprocess.run([sys.executable, "-m", "smaudit", "--no-cache", "--format", "json",
                           *args], cwd=workspace, env=env, capture_output=True, text=True,
                          timeout=timeout)


def files(proc: subprocess.CompletedProcess) -> dict[str, list[str]]:
    return {f["path"]: sorted({x["code"] for x in f["findings"]})
            for f in json.loads(proc.stdout)["files"]}


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("code, how", [
    ("FLT101", "RuleExit: called sys.exit(0)"),
    ("FLT102", "RuleExit: raised KeyboardInterrupt"),
    ("FLT103", "its worker process ended (exit code 0) while it ran"),
    ("FLT104", "its worker process ended (killed by SIGSEGV) while it ran"),
])
def test_a_rule_that_ends_its_process_costs_only_itself(workspace, code, how, jobs):
    proc = smaudit(workspace, "--select", f"{code},SMA101", "--jobs", jobs, "a.yaml", "b.yaml")
    assert proc.returncode == 2
    assert set(files(proc)) == {"a.yaml", "b.yaml"}  # each file reported once, still linted
    errors = proc.stderr.splitlines()
    assert errors and all(f"rule {code} (" in e and "of plugin faults crashed" in e for e in errors)
    assert all(how in e for e in errors), errors


@pytest.mark.parametrize("code, how", [
    ("FLT105", "RuleTimeout: took longer than 0.5 s on this file"),
    ("FLT106", "ran past its 0.5 s time bound; its worker process was stopped and replaced"),
])
def test_a_rule_cannot_defeat_its_time_bound(workspace, code, how):
    started = time.monotonic()
    proc = smaudit(workspace, "--select", f"{code},FLT107", "--jobs", "1", "a.yaml", "b.yaml",
                   timeout=30)
    assert time.monotonic() - started < 15
    assert proc.returncode == 2
    found = {path: [c for c in codes if c != code] for path, codes in files(proc).items()}
    assert found == {"a.yaml": ["FLT107"], "b.yaml": ["FLT107"]}  # the others still ran
    assert all(f"rule {code} (" in e and "of plugin faults crashed" in e and how in e
               for e in proc.stderr.splitlines())


def test_a_worker_killed_from_outside_is_replaced_and_its_file_named(workspace):
    for number in range(12):
        (workspace / f"p{number:02}.yaml").write_bytes(HEALTHY.read_bytes())
    env = {**os.environ, "PYTHONPATH": str(workspace), "SMAUDIT_DISABLE_PLUGIN_AUTOLOAD": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "smaudit", "--no-cache", "--format", "json",
                             "--jobs", "2", "--select", "FLT107", "."], cwd=workspace, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    children: list[str] = []
    deadline = time.monotonic() + 20
    while len(children) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
        with open(f"/proc/{proc.pid}/task/{proc.pid}/children") as handle:
            children = handle.read().split()
    time.sleep(0.4)  # into a rule
    os.kill(int(children[0]), signal.SIGKILL)  # as the out-of-memory killer does
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 2
    assert len(json.loads(out)["files"]) == 14
    (error,) = err.splitlines()
    assert "killed by SIGKILL" in error and ".yaml" in error


@pytest.mark.parametrize("body, what", [
    ("import sys\nsys.exit(0)", "called sys.exit(0) while being imported"),
    ("import os\nos._exit(0)", "called os._exit(0) while being imported"),
    ("raise KeyboardInterrupt", "raised KeyboardInterrupt while being imported"),
])
def test_a_plugin_that_exits_while_imported_is_reported(workspace, body, what):
    (workspace / "exits.py").write_text(body + "\n")
    proc = smaudit(workspace, "--plugin", "exits", "--select", "SMA1", "a.yaml")
    assert proc.returncode == 2
    assert set(files(proc)) == {"a.yaml"}
    assert proc.stderr == f"smaudit: error: plugin exits failed to load: PluginExit: {what}\n"


def test_a_plugin_that_crashes_the_process_while_imported_does_not_end_silently(workspace):
    (workspace / "crashes.py").write_text("import ctypes\nctypes.string_at(0)\n")
    proc = smaudit(workspace, "--plugin", "crashes", "a.yaml")
    assert proc.returncode not in (0, 1)
    assert "Segmentation fault" in proc.stderr and "crashes.py" in proc.stderr


def test_a_plugin_emptying_the_plan_takes_no_finding_from_the_built_in_rules(workspace):
    (workspace / "gaps.yaml").write_text("organization: {name: Shop}\n")
    clean = files(smaudit(workspace, "--select", "SMA", "gaps.yaml"))["gaps.yaml"]
    proc = smaudit(workspace, "--select", "SMA,FLT108", "gaps.yaml")
    assert set(clean) <= set(files(proc)["gaps.yaml"]) and "SMA101" in clean
    assert "PlanChanged: check() changed the top level of plan.data" in proc.stderr


# --- violations and hook results checked where they enter --------------------------------------

SHAPES = '''
from smaudit.loading.hookspecs import hookimpl
from smaudit.model.findings import Violation
from smaudit.model.rule import rule

CASES = {
    "SHP101": dict(message="no slash", pointer="channels/0"),
    "SHP102": dict(message=12345),
    "SHP103": dict(message="odd hint", hint=["a"]),
    "SHP104": dict(message="odd span", span=(1, 1, 1, 1)),
}

def make(code, fields):
    @rule(code=code, slug="shape-" + code[-3:], severity="warning", area="goals",
          summary="Shape.")
    def check(plan, options):
        yield Violation(**fields)
    return check

@hookimpl
def smaudit_register_rules(register):
    for code, fields in CASES.items():
        register(make(code, fields))
'''


@pytest.fixture
def shapes(tmp_path, monkeypatch):
    (tmp_path / "zzz_shapes.py").write_text(SHAPES)
    monkeypatch.syspath_prepend(str(tmp_path))
    yield "zzz_shapes"
    sys.modules.pop("zzz_shapes", None)


@pytest.mark.parametrize("code, problem", [
    ("SHP101", "pointer 'channels/0' must be empty or start with '/'"),
    ("SHP102", "message must be text, not int"),
    ("SHP103", "hint must be text or None, not list"),
    ("SHP104", "span must be a Span or None, not tuple"),
])
def test_a_malformed_violation_is_a_crash_naming_its_plugin(shapes, code, problem):
    linter = Linter(Settings(plugins=(shapes,), select=(code, "SMA101")))
    outcome = linter.lint_bytes(HEALTHY.read_bytes(), "plan.yaml")
    (crash,) = outcome.crashes
    assert (crash.code, crash.plugin) == (code, shapes)
    assert crash.error == f"TypeError: Violation {problem}"


def test_locating_a_pointer_without_a_leading_slash_ends():
    plan = Plan(path="p.yaml", text="a: 1\n", data={"a": 1})
    assert plan.locate("channels/0").line == 1


HOOKS = '''
from smaudit.loading.hookspecs import hookimpl

@hookimpl
def smaudit_plan_schema():
    return {RESULT}

@hookimpl
def smaudit_adjust_config(config):
    {ADJUST}
'''


@pytest.mark.parametrize("result, adjust, error", [
    ('"not a mapping"', "return None",
     "plugin zzz_hooks: smaudit_plan_schema returned str, not a mapping"),
    ('{"x-extra": 5}', "return None",
     "plugin zzz_hooks: smaudit_plan_schema section 'x-extra' is not a section name with a "
     "JSON Schema"),
    ('{"x-extra": {"type": 7}}', "return None",
     "plugin zzz_hooks: smaudit_plan_schema section 'x-extra' has type 7"),
    ("{}", "raise RuntimeError('no config today')",
     "plugin zzz_hooks: smaudit_adjust_config raised RuntimeError: no config today"),
])
def test_a_hook_returning_junk_or_raising_is_an_error_naming_its_plugin(
        tmp_path, monkeypatch, capsys, result, adjust, error):
    (tmp_path / "zzz_hooks.py").write_text(textwrap.dedent(
        HOOKS.replace("{RESULT}", result).replace("{ADJUST}", adjust)))
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        assert main(["--no-cache", "--plugin", "zzz_hooks", str(HEALTHY)]) == 2
    finally:
        sys.modules.pop("zzz_hooks", None)
    err = capsys.readouterr().err
    assert err.startswith(f"smaudit: error: {error}") and err.count("\n") == 1


def test_violation_shape_is_checked_at_construction():
    with pytest.raises(TypeError, match="pointer 'a' must be empty or start with '/'"):
        Violation("text", pointer="a")
    assert Violation("text", pointer="/a/0").pointer == "/a/0"


def test_jobs_are_capped_at_the_cores(monkeypatch, capsys):
    import smaudit.linter.lint
    import smaudit.linter.parallel

    seen = []
    real = smaudit.linter.parallel.lint_in_workers
    monkeypatch.setattr(smaudit.linter.parallel, "lint_in_workers",
                        lambda linter, jobs, workers:
                        seen.append(workers) or real(linter, jobs, workers))
    assert main(["--no-cache", "--jobs", "300", *[str(HEALTHY)] * 1]) == 0
    assert seen == [1]  # one file: one worker, never 300
    files_ = [str(p) for p in VALID_PLANS[:12]]
    main(["--no-cache", "--jobs", "300", *files_])
    assert seen[1] <= smaudit.linter.lint.default_jobs()
    capsys.readouterr()


def test_a_cancelled_run_leaves_no_worker_behind(workspace):
    env = {**os.environ, "PYTHONPATH": str(workspace), "SMAUDIT_DISABLE_PLUGIN_AUTOLOAD": "1"}
    (workspace / ".smaudit.yaml").write_text("rule_timeout: 60\nplugins: [faults]\n")
    proc = subprocess.Popen([sys.executable, "-m", "smaudit", "--no-cache", "--jobs", "1",
                             "--select", "FLT106", "a.yaml"], cwd=workspace, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    children: list[str] = []
    deadline = time.monotonic() + 20
    while not children and time.monotonic() < deadline:
        time.sleep(0.05)
        with open(f"/proc/{proc.pid}/task/{proc.pid}/children") as handle:
            children = handle.read().split()
    time.sleep(0.3)  # into the rule that loops in C code
    proc.terminate()  # what a cancelled CI job sends
    proc.communicate(timeout=20)
    assert proc.returncode == 128 + signal.SIGTERM
    time.sleep(0.2)
    assert not os.path.exists(f"/proc/{children[0]}/status") or \
        "zombie" in Path(f"/proc/{children[0]}/status").read_text()


def test_many_slow_rules_on_one_file_are_not_taken_for_a_stuck_worker(workspace, monkeypatch,
                                                                      capsys):
    import smaudit.linter.parallel

    monkeypatch.setattr(smaudit.linter.parallel, "LOAD_BOUND", 0.6)  # less than the rules' total
    monkeypatch.chdir(workspace)
    monkeypatch.syspath_prepend(str(workspace))
    try:
        code = main(["--no-cache", "--format", "json", "--jobs", "1", "--select",
                     "FLT107,FLT109,FLT110,FLT111", "a.yaml"])
    finally:
        sys.modules.pop("faults", None)
    out, err = capsys.readouterr()
    assert (code, err) == (1, "")
    (file,) = json.loads(out)["files"]
    assert sorted({f["code"] for f in file["findings"]}) == ["FLT107", "FLT109", "FLT110",
                                                            "FLT111"]


@pytest.mark.parametrize("deadline, since, now, stopped", [
    (100.0, 0.0, 101.0, False),  # a rule within its bound and grace
    (100.0, 0.0, 103.0, True),  # past both
    (-150.0, 0.0, 200.0, False),  # between rules: 50 s since the last one ended
    (-150.0, 0.0, 211.0, True),  # 61 s outside any rule
    (0.0, 100.0, 150.0, False),  # reading the file, 50 s
    (0.0, 100.0, 161.0, True),
    (float("inf"), 0.0, 1e9, False),  # a rule with no bound
])
def test_the_watchdog_stops_a_worker_only_when_overdue(deadline, since, now, stopped):
    from smaudit.linter.parallel import overdue

    assert (overdue(deadline, since, now, 5.0) is not None) is stopped


@pytest.mark.parametrize("deadline, lost", [(200.0, False), (-200.0, True)])
def test_a_dead_worker_s_linted_files_are_linted_again_and_its_current_one_charged(deadline,
                                                                                   lost):
    from collections import deque

    from smaudit.engine.run_rules import RuleCrash
    from smaudit.linter.jobs import Job
    from smaudit.linter.parallel import Lost, _replace, _Task, _Worker

    linter = Linter(Settings(select=("SMA101",)))
    tasks = deque(_Task(index, Job(f"p{index}.yaml", b"strategy: x\n")) for index in range(4))
    # it had linted two files of its batch and was in the third, in its first rule or after
    worker = _Worker(0, -1, -1, [deadline, 1.0, 2.0], tasks)  # type: ignore[arg-type]
    pending: deque = deque()
    results: list = [None] * 4
    assert _replace(linter, worker, "killed by SIGKILL", pending, results, RuleCrash) == lost
    if lost:
        assert [task.index for task in pending] == [0, 1, 3]
        assert results == [None, None, Lost("linting stopped: the worker process ended "
                                            "(killed by SIGKILL)"), None]
    else:
        assert [task.index for task in pending] == [0, 1, 2, 3]
        assert pending[2].skip == {"SMA101"} and pending[0].skip == frozenset()
        assert [crash.describe() for crash in pending[2].crashes] == [
            "p2.yaml: rule SMA101 (no-business-goal) of plugin smaudit.builtin.packs crashed: "
            "its worker process ended (killed by SIGKILL) while it ran"]
        assert results == [None] * 4
