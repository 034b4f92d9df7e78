"""A loopback fake model server for offline benchmark runs.

A stdlib ``ThreadingHTTPServer`` on 127.0.0.1 (a free port by default) that answers the
Anthropic Messages, OpenAI Responses and Chat Completions APIs with a scripted policy
(:mod:`.policy`) and counts tokens deterministically (:mod:`.wire`). Every request is
appended to a JSONL log (path, trial, API, tokens, the action taken and the request body),
so a test can see which skills an agent listed in its prompt.

The runner registers each trial under its own API key with the command that runs the
task's reference solution; a standalone server (``skcc bench serve``) can instead be given
the tasks and matches a request to the task whose instruction it contains.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from skcc.bench.fakeserver import wire
from skcc.bench.fakeserver.policy import POLICIES, Context, decide

__all__ = ["POLICIES", "Context", "FakeServer"]

MODEL = "fake-model"


class FakeServer:
    """Use as a context manager, or call :meth:`start` and :meth:`stop`."""

    def __init__(self, policy: str = "oracle", log: Path | None = None, host: str = "127.0.0.1",
                 port: int = 0, tasks: list[Any] | None = None) -> None:
        if policy not in POLICIES:
            raise ValueError(f"unknown policy {policy!r}; choose from {', '.join(POLICIES)}")
        self.policy = policy
        self.log_path = log
        self.tasks = tasks or []  # for standalone use: match requests to tasks
        self._contexts: dict[str, Context] = {}
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer((host, port), _handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True,
                                        name="skcc-fake-model")
        self.requests = 0

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FakeServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def register(self, key: str, context: Context) -> None:
        with self._lock:
            self._contexts[key] = context

    def unregister(self, key: str) -> None:
        with self._lock:
            self._contexts.pop(key, None)

    def context_for(self, key: str, request: wire.Request) -> Context:
        with self._lock:
            context = self._contexts.get(key)
        if context is not None:
            return context
        for task in self.tasks:  # standalone: the task whose instruction was sent
            if task.instruction.strip() and task.instruction.strip() in request.preamble:
                return Context(oracle=f'SKCC_WORKDIR="$PWD" bash {task.solution}',
                               skills=[p.name for p in task.skills()], label=task.id)
        return Context()

    def answer(self, path: str, key: str, body: dict[str, Any]
               ) -> tuple[int, dict[str, Any] | list[wire.Event]]:
        request = wire.parse(path, body)
        if request is None:
            return 404, {"error": {"type": "not_found", "message": f"no route {path}"}}
        context = self.context_for(key, request)
        reply = decide(self.policy, request, context)
        self._log({"time": time.time(), "path": path, "api": request.api, "trial": context.label,
                   "stream": request.stream, "input_tokens": request.input_tokens,
                   "output_tokens": reply.output_tokens, "tool_results": request.tool_results,
                   "reply": {"text": reply.text, "tool": reply.tool,
                             "arguments": reply.arguments},
                   "body": body})
        return 200, wire.ENCODERS[request.api](reply, request, str(body.get("model") or MODEL))

    def _log(self, entry: dict[str, Any]) -> None:
        with self._lock:
            self.requests += 1
            if self.log_path is not None:
                with open(self.log_path, "a", encoding="utf-8") as log:
                    log.write(json.dumps(entry) + "\n")


def _key(headers: Any) -> str:
    auth = headers.get("authorization") or ""
    if auth.lower().startswith("bearer "):
        return str(auth[7:].strip())
    return str(headers.get("x-api-key") or "")


def _handler(server: FakeServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:  # the JSONL log is the record
            pass

        def do_GET(self) -> None:  # noqa: N802 - clients probe the model list
            self._json(200, {"object": "list", "data": [
                {"id": MODEL, "object": "model", "created": 0, "owned_by": "skcc"}]})

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("content-length") or 0)
            try:
                body = json.loads(self.rfile.read(length) or b"{}")
            except ValueError:
                self._json(400, {"error": {"type": "invalid_request_error",
                                           "message": "the body is not JSON"}})
                return
            if not isinstance(body, dict):
                self._json(400, {"error": {"type": "invalid_request_error",
                                           "message": "the body is not a JSON object"}})
                return
            if self.path.split("?", 1)[0].endswith("/count_tokens"):
                self._json(200, {"input_tokens": wire.prompt_tokens(body)})
                return
            status, payload = server.answer(self.path, _key(self.headers), body)
            if isinstance(payload, list):
                self._sse(payload)
            else:
                self._json(status, payload)

        def _json(self, status: int, data: Any) -> None:
            raw = json.dumps(data).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)

        def _sse(self, events: list[wire.Event]) -> None:
            chunks = []
            for name, data in events:
                text = data if isinstance(data, str) else json.dumps(data)
                chunks.append((f"event: {name}\n" if name else "") + f"data: {text}\n\n")
            raw = "".join(chunks).encode()
            self.send_response(200)
            self.send_header("content-type", "text/event-stream")
            self.send_header("cache-control", "no-cache")
            self.send_header("content-length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)

    return Handler
