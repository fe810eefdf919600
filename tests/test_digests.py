"""The built-in hashes give the digests ``hashlib`` gives, and a run loads no OpenSSL."""

from __future__ import annotations

import hashlib
import subprocess
import sys

import pytest

from smaudit.model.digests import content_hash, sha256


@pytest.mark.parametrize("data", [b"", b"SMA101\0a.yaml\0/goals/0", "café ✓".encode() * 999])
def test_the_digests_are_hashlibs(data):
    assert sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
    assert content_hash(data).digest() == hashlib.blake2b(data, digest_size=32).digest()
    incremental = content_hash()
    incremental.update(data[:7])
    incremental.update(data[7:])
    assert incremental.hexdigest() == content_hash(data).hexdigest()


def test_linting_a_plan_loads_no_openssl(tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text("plan_format: 1\nbusiness:\n  name: Corner shop\n", encoding="utf-8")
    code = ("import sys\nfrom smaudit.cli.main import main\n"
            f"sys.argv = ['smaudit', '--jobs', '1', {str(plan)!r}]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print('loaded' if '_hashlib' in sys.modules else 'not loaded', file=sys.stderr)\n")
    env = {"SMAUDIT_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=120)
    assert done.stderr.strip().splitlines()[-1] == "not loaded", done.stderr
