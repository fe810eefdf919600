"""Editor support, for real: the YAML language server (the engine of the VS Code YAML
extension and of most editors' YAML support) reads the schema ``smaudit schema`` prints.

The test speaks the Language Server Protocol to ``yaml-language-server --stdio``
(JSON-RPC messages framed by ``Content-Length`` headers over pipes), opens plans
and checks the diagnostics and hovers a writer sees. It is skipped when the
server is not installed (``npm install`` at the repository root installs it).
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 30.0
"""Seconds to wait for any one answer of the server."""

Message = dict[str, Any]


def _server_command() -> list[str] | None:
    found = shutil.which("yaml-language-server")
    local = ROOT / "node_modules" / ".bin" / "yaml-language-server"
    if found is None and local.is_file() and os.access(local, os.X_OK):
        found = str(local)
    return [found, "--stdio"] if found else None


COMMAND = _server_command()
pytestmark = pytest.mark.skipif(COMMAND is None, reason="yaml-language-server is not installed")


class LanguageServer:
    """A minimal LSP client: requests, notifications, and waiting for messages."""

    def __init__(self, command: list[str], settings: Message) -> None:
        self.settings = settings
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL)
        self.inbox: queue.Queue[Message | None] = queue.Queue()
        self.seen: list[Message] = []
        self.next_id = 0
        assert self.process.stdout is not None
        threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True).start()

    def _read(self, stream: IO[bytes]) -> None:
        while True:
            headers: dict[str, str] = {}
            while True:
                line = stream.readline()
                if not line:
                    self.inbox.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode("ascii").partition(":")
                headers[name.strip().lower()] = value.strip()
            body = stream.read(int(headers["content-length"]))
            self.inbox.put(json.loads(body))

    def _send(self, message: Message) -> None:
        data = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
        self.process.stdin.flush()

    def notify(self, method: str, params: Message) -> None:
        self._send({"method": method, "params": params})

    def request(self, method: str, params: Message) -> Any:
        self.next_id += 1
        ident = self.next_id
        self._send({"id": ident, "method": method, "params": params})
        answer = self.wait_for(lambda m: m.get("id") == ident and "method" not in m,
                               what=f"the answer to {method}")
        assert "error" not in answer, answer
        return answer.get("result")

    def _answer(self, message: Message) -> None:
        """Answer the server's own requests as an editor would."""
        result: Any = None
        if message["method"] == "workspace/configuration":
            result = [self.settings.get(item.get("section", ""))
                      for item in message["params"]["items"]]
        self._send({"id": message["id"], "result": result})

    def wait_for(self, predicate: Callable[[Message], bool], *, what: str,
                 timeout: float = TIMEOUT) -> Message:
        """The first message (already seen or still to come) for which ``predicate`` holds."""
        for message in self.seen:
            if predicate(message):
                return message
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                message = self.inbox.get(timeout=left)
            except queue.Empty:
                break
            if message is None:
                pytest.fail(f"the language server exited while waiting for {what}")
            if "method" in message and "id" in message:
                self._answer(message)
                continue
            self.seen.append(message)
            if predicate(message):
                return message
        pytest.fail(f"no {what} within {timeout:.0f}s")

    def open(self, uri: str, text: str) -> None:
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "yaml", "version": 1, "text": text}})

    def diagnostics(self, uri: str, *, nonempty: bool = True) -> list[Message]:
        """The diagnostics published for ``uri`` (the first non-empty set by default)."""
        message = self.wait_for(
            lambda m: m.get("method") == "textDocument/publishDiagnostics"
            and m["params"]["uri"] == uri and (bool(m["params"]["diagnostics"]) or not nonempty),
            what=f"diagnostics for {uri}")
        return list(message["params"]["diagnostics"])

    def close(self) -> None:
        try:
            self.request("shutdown", {})
            self.notify("exit", {})
            self.process.wait(timeout=5)
        except Exception:  # the server is being torn down either way
            pass
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait(timeout=5)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the plan schema exactly as ``smaudit schema`` prints it."""
    folder = tmp_path_factory.mktemp("workspace")
    done = subprocess.run([sys.executable, "-m", "smaudit", "schema"], capture_output=True,
                          text=True, timeout=60, check=True)
    (folder / "plan.schema.json").write_text(done.stdout, encoding="utf-8")
    (folder / "plans").mkdir()
    return folder


@pytest.fixture(scope="module")
def server(workspace: Path) -> Iterator[LanguageServer]:
    assert COMMAND is not None
    schema_uri = (workspace / "plan.schema.json").as_uri()
    settings: Message = {
        "yaml": {"validate": True, "hover": True, "completion": True,
                 "schemas": {schema_uri: "plans/*.yaml"}},
        "http": {}, "[yaml]": {}, "editor": {},
    }
    client = LanguageServer(COMMAND, settings)
    try:
        client.request("initialize", {
            "processId": os.getpid(), "rootUri": workspace.as_uri(),
            "workspaceFolders": [{"uri": workspace.as_uri(), "name": "plans"}],
            "capabilities": {
                "workspace": {"configuration": True, "didChangeConfiguration": {}},
                "textDocument": {"hover": {"contentFormat": ["markdown", "plaintext"]},
                                 "publishDiagnostics": {}},
            },
        })
        client.notify("initialized", {})
        client.notify("workspace/didChangeConfiguration", {"settings": settings})
        yield client
    finally:
        client.close()


def _modeline(workspace: Path) -> str:
    return f"# yaml-language-server: $schema={(workspace / 'plan.schema.json').as_uri()}\n"


PLAN = """\
organization:
  name: Rosa's Bakery
business_goals:
  - id: catering-leads
    statement: Win catering orders from offices within 5 km
team:
  - name: Maria
    hours_per_week: ten
"""


def test_modeline_schema_flags_a_wrong_type_at_its_line(
        server: LanguageServer, workspace: Path) -> None:
    uri = (workspace / "modeline.yaml").as_uri()
    server.open(uri, _modeline(workspace) + PLAN)
    found = server.diagnostics(uri)
    # line 9 of the file (0-based 8): `hours_per_week: ten`, the value underlined
    assert [(d["range"]["start"]["line"], d["range"]["start"]["character"]) for d in found] \
        == [(8, 20)], found
    assert "number" in found[0]["message"].lower()


def test_configured_schema_flags_an_unknown_key(
        server: LanguageServer, workspace: Path) -> None:
    """``yaml.schemas`` associates the schema with ``plans/*.yaml``: no modeline needed."""
    uri = (workspace / "plans" / "typo.yaml").as_uri()
    server.open(uri, PLAN.replace("hours_per_week: ten", "hours_per_week: 10")
                + "stratgey: Show the cakes where office managers plan events.\n")
    found = server.diagnostics(uri)
    assert [d["range"]["start"]["line"] for d in found] == [8], found
    assert "stratgey" in found[0]["message"] and "not allowed" in found[0]["message"]


def test_healthy_example_plan_has_no_diagnostics(
        server: LanguageServer, workspace: Path) -> None:
    healthy = (ROOT / "examples" / "plans" / "rosas-bakery.yaml").read_text(encoding="utf-8")
    healthy_uri = (workspace / "plans" / "rosas-bakery.yaml").as_uri()
    flawed_uri = (workspace / "plans" / "flawed.yaml").as_uri()
    server.open(healthy_uri, healthy)
    server.open(flawed_uri, PLAN)
    server.diagnostics(flawed_uri)  # validated after the healthy plan, with the same schema
    published = [m["params"]["diagnostics"] for m in server.seen
                 if m.get("method") == "textDocument/publishDiagnostics"
                 and m["params"]["uri"] == healthy_uri]
    assert published and published[-1] == [], published


def test_hover_shows_the_schema_description(server: LanguageServer, workspace: Path) -> None:
    uri = (workspace / "hover.yaml").as_uri()
    text = _modeline(workspace) + PLAN
    server.open(uri, text)
    line = text.splitlines().index("business_goals:")
    hover = server.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                  "position": {"line": line, "character": 4}})
    assert hover is not None
    contents = hover["contents"]
    value = contents["value"] if isinstance(contents, dict) else str(contents)
    schema = json.loads((workspace / "plan.schema.json").read_text(encoding="utf-8"))
    assert schema["properties"]["business_goals"]["description"] in value
    assert hover["range"]["start"]["line"] == line
