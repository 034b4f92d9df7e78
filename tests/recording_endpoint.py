"""A loopback model endpoint that records what an agent CLI sends and always answers "DONE".

Enough of the Anthropic Messages, OpenAI Responses and Chat Completions wire formats (plain
and SSE) for Claude Code, Codex and Kimi Code to finish one turn without tools
(bench.md §5). Used to see, offline, which skills a CLI lists in its prompt.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

ANSWER = "DONE"
USAGE_IN, USAGE_OUT = 100, 1


class RecordingEndpoint:
    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def do_GET(self) -> None:  # noqa: N802
                self._json({"object": "list", "data": [{"id": "fake-model", "object": "model",
                                                        "owned_by": "skcc"}]})

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("content-length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                endpoint.requests.append({"path": self.path, "body": body})
                path = self.path.split("?", 1)[0]
                if path.endswith("/count_tokens"):
                    self._json({"input_tokens": USAGE_IN})
                elif path.endswith("/messages"):
                    self._anthropic(bool(body.get("stream")))
                elif path.endswith("/responses"):
                    self._responses()
                elif path.endswith("/chat/completions"):
                    self._chat(bool(body.get("stream")))
                else:
                    self.send_error(404)

            # -- wire formats ------------------------------------------------------------
            def _json(self, data: Any) -> None:
                raw = json.dumps(data).encode()
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def _sse(self, events: list[tuple[str | None, Any]]) -> None:
                self.send_response(200)
                self.send_header("content-type", "text/event-stream")
                self.send_header("cache-control", "no-cache")
                self.end_headers()
                for name, data in events:
                    text = data if isinstance(data, str) else json.dumps(data)
                    prefix = f"event: {name}\n" if name else ""
                    self.wfile.write(f"{prefix}data: {text}\n\n".encode())
                self.wfile.flush()
                self.close_connection = True

            def _anthropic(self, stream: bool) -> None:
                message = {"id": "msg_fake", "type": "message", "role": "assistant",
                           "model": "fake-model", "content": [], "stop_reason": None,
                           "stop_sequence": None,
                           "usage": {"input_tokens": USAGE_IN, "output_tokens": 0}}
                if not stream:
                    self._json({**message, "content": [{"type": "text", "text": ANSWER}],
                                "stop_reason": "end_turn",
                                "usage": {"input_tokens": USAGE_IN,
                                          "output_tokens": USAGE_OUT}})
                    return
                self._sse([
                    ("message_start", {"type": "message_start", "message": message}),
                    ("content_block_start", {"type": "content_block_start", "index": 0,
                                             "content_block": {"type": "text", "text": ""}}),
                    ("content_block_delta", {"type": "content_block_delta", "index": 0,
                                             "delta": {"type": "text_delta", "text": ANSWER}}),
                    ("content_block_stop", {"type": "content_block_stop", "index": 0}),
                    ("message_delta", {"type": "message_delta",
                                       "delta": {"stop_reason": "end_turn",
                                                 "stop_sequence": None},
                                       "usage": {"output_tokens": USAGE_OUT}}),
                    ("message_stop", {"type": "message_stop"}),
                ])

            def _responses(self) -> None:
                item = {"type": "message", "id": "msg_fake", "role": "assistant",
                        "status": "completed",
                        "content": [{"type": "output_text", "text": ANSWER,
                                     "annotations": []}]}
                usage = {"input_tokens": USAGE_IN, "input_tokens_details": {"cached_tokens": 0},
                         "output_tokens": USAGE_OUT,
                         "output_tokens_details": {"reasoning_tokens": 0},
                         "total_tokens": USAGE_IN + USAGE_OUT}
                response = {"id": "resp_fake", "object": "response", "status": "completed",
                            "model": "fake-model", "output": [item], "usage": usage}
                self._sse([
                    ("response.created", {"type": "response.created",
                                          "response": {**response, "status": "in_progress",
                                                       "output": []}}),
                    ("response.output_item.added", {"type": "response.output_item.added",
                                                    "output_index": 0, "item": item}),
                    ("response.output_text.delta", {"type": "response.output_text.delta",
                                                    "item_id": "msg_fake", "output_index": 0,
                                                    "content_index": 0, "delta": ANSWER}),
                    ("response.output_item.done", {"type": "response.output_item.done",
                                                   "output_index": 0, "item": item}),
                    ("response.completed", {"type": "response.completed",
                                            "response": response}),
                ])

            def _chat(self, stream: bool) -> None:
                usage = {"prompt_tokens": USAGE_IN, "completion_tokens": USAGE_OUT,
                         "total_tokens": USAGE_IN + USAGE_OUT}
                base = {"id": "chatcmpl_fake", "object": "chat.completion.chunk",
                        "created": 0, "model": "fake-model"}
                if not stream:
                    self._json({**base, "object": "chat.completion", "usage": usage,
                                "choices": [{"index": 0, "finish_reason": "stop",
                                             "message": {"role": "assistant",
                                                         "content": ANSWER}}]})
                    return
                self._sse([
                    (None, {**base, "choices": [{"index": 0, "delta": {
                        "role": "assistant", "content": ANSWER}, "finish_reason": None}]}),
                    (None, {**base, "choices": [{"index": 0, "delta": {},
                                                 "finish_reason": "stop"}]}),
                    (None, {**base, "choices": [], "usage": usage}),
                    (None, "[DONE]"),
                ])

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> RecordingEndpoint:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def sent(self) -> str:
        """Everything the CLI sent, as one string to search."""
        return "\n".join(json.dumps(r["body"]) for r in self.requests)
