"""The three wire formats the fake server speaks, reduced to what a policy needs.

Requests: Anthropic Messages (``/v1/messages``), OpenAI Responses (``/v1/responses``) and
Chat Completions (``/v1/chat/completions``) are read into one :class:`Request` view (the
tools offered, the text before the model's first turn, how many tool results came back).
Replies: a text answer or one tool call, as plain JSON or as the SSE stream each client
expects (bench.md §5: Claude Code and Kimi Code stream; Codex always streams Responses).

Token counting (the same for every API and every condition, so arms compare fairly):
input tokens = ceil(UTF-8 bytes of every string in the prompt fields / 4), output tokens
= ceil(UTF-8 bytes of the answer text or tool-call arguments / 4). JSON keys and escaping
are not counted, so a skill's text costs the same whichever API carries it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

PROMPT_FIELDS = ("system", "instructions", "messages", "input", "tools")
TOOL_RESULT_TYPES = frozenset({"tool_result", "function_call_output",
                               "custom_tool_call_output", "local_shell_call_output"})


def tokens_of_text(text: str) -> int:
    return -(-len(text.encode("utf-8")) // 4)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def prompt_tokens(body: dict[str, Any]) -> int:
    size = sum(len(s.encode("utf-8")) for key in PROMPT_FIELDS if key in body
               for s in _strings(body[key]))
    return -(-size // 4)


@dataclass(frozen=True)
class Tool:
    name: str
    properties: dict[str, Any]
    required: tuple[str, ...]


@dataclass
class Request:
    api: str  # anthropic | responses | chat
    body: dict[str, Any]
    stream: bool
    tools: list[Tool] = field(default_factory=list)
    preamble: str = ""  # everything before the model's first turn (where skills are listed)
    tool_results: int = 0
    input_tokens: int = 0


@dataclass(frozen=True)
class Reply:
    text: str = ""
    tool: str = ""  # a tool call when set
    arguments: dict[str, Any] = field(default_factory=dict)
    call_id: str = ""

    @property
    def output_tokens(self) -> int:
        payload = json.dumps(self.arguments) if self.tool else self.text
        return max(1, tokens_of_text(payload))


def _tool(spec: Any) -> Tool | None:
    if not isinstance(spec, dict):
        return None
    function = spec.get("function") if isinstance(spec.get("function"), dict) else spec
    name = function.get("name")
    schema = function.get("input_schema") or function.get("parameters") or {}
    if not isinstance(name, str) or not isinstance(schema, dict):
        return None
    props = schema.get("properties") if isinstance(schema.get("properties"), dict) else {}
    required = schema.get("required") if isinstance(schema.get("required"), list) else []
    return Tool(name, props, tuple(r for r in required if isinstance(r, str)))


def _count_tool_results(value: Any) -> int:
    if isinstance(value, list):
        return sum(_count_tool_results(v) for v in value)
    if not isinstance(value, dict):
        return 0
    own = int(value.get("type") in TOOL_RESULT_TYPES or value.get("role") == "tool")
    return own + sum(_count_tool_results(v) for v in value.values() if isinstance(v, list))


def _before_first_turn(items: Any) -> list[Any]:
    if not isinstance(items, list):
        return [items]
    out = []
    for item in items:
        if isinstance(item, dict) and (item.get("role") == "assistant"
                                       or item.get("type") == "function_call"):
            break
        out.append(item)
    return out


def parse(path: str, body: dict[str, Any]) -> Request | None:
    """The request view, or None for a path the server does not serve."""
    route = path.split("?", 1)[0].rstrip("/")
    if route.endswith("/messages"):
        api, conversation, head = "anthropic", body.get("messages"), body.get("system")
    elif route.endswith("/responses"):
        api, conversation, head = "responses", body.get("input"), body.get("instructions")
    elif route.endswith("/chat/completions"):
        api, conversation, head = "chat", body.get("messages"), None
    else:
        return None
    tools = [t for t in map(_tool, body.get("tools") or []) if t is not None]
    preamble = "\n".join([*_strings(head), *_strings(_before_first_turn(conversation))])
    # Codex sends Responses as a stream even without "stream": true in some versions.
    stream = bool(body.get("stream")) or api == "responses" and body.get("stream") is None
    return Request(api, body, stream, tools, preamble, _count_tool_results(conversation),
                   prompt_tokens(body))


# -- replies -----------------------------------------------------------------------------

Event = tuple[str | None, Any]  # (SSE event name or None, data)


def anthropic(reply: Reply, request: Request, model: str) -> dict[str, Any] | list[Event]:
    usage_in = {"input_tokens": request.input_tokens, "output_tokens": 0,
                "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0}
    if reply.tool:
        block = {"type": "tool_use", "id": reply.call_id, "name": reply.tool,
                 "input": reply.arguments}
        stop = "tool_use"
    else:
        block = {"type": "text", "text": reply.text}
        stop = "end_turn"
    message = {"id": f"msg_{reply.call_id or 'text'}", "type": "message", "role": "assistant",
               "model": model, "content": [block], "stop_reason": stop, "stop_sequence": None,
               "usage": {**usage_in, "output_tokens": reply.output_tokens}}
    if not request.stream:
        return message
    start = {**block, "input": {}} if reply.tool else {"type": "text", "text": ""}
    delta = ({"type": "input_json_delta", "partial_json": json.dumps(reply.arguments)}
             if reply.tool else {"type": "text_delta", "text": reply.text})
    return [
        ("message_start", {"type": "message_start",
                           "message": {**message, "content": [], "stop_reason": None,
                                       "usage": usage_in}}),
        ("content_block_start", {"type": "content_block_start", "index": 0,
                                 "content_block": start}),
        ("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": delta}),
        ("content_block_stop", {"type": "content_block_stop", "index": 0}),
        ("message_delta", {"type": "message_delta",
                           "delta": {"stop_reason": stop, "stop_sequence": None},
                           "usage": {"output_tokens": reply.output_tokens}}),
        ("message_stop", {"type": "message_stop"}),
    ]


def responses(reply: Reply, request: Request, model: str) -> dict[str, Any] | list[Event]:
    if reply.tool:
        item: dict[str, Any] = {"type": "function_call", "id": f"fc_{reply.call_id}",
                                "call_id": reply.call_id, "name": reply.tool,
                                "arguments": json.dumps(reply.arguments),
                                "status": "completed"}
    else:
        item = {"type": "message", "id": "msg_text", "role": "assistant",
                "status": "completed",
                "content": [{"type": "output_text", "text": reply.text, "annotations": []}]}
    usage = {"input_tokens": request.input_tokens,
             "input_tokens_details": {"cached_tokens": 0},
             "output_tokens": reply.output_tokens,
             "output_tokens_details": {"reasoning_tokens": 0},
             "total_tokens": request.input_tokens + reply.output_tokens}
    response = {"id": f"resp_{reply.call_id or 'text'}", "object": "response",
                "created_at": 0, "status": "completed", "model": model, "output": [item],
                "usage": usage}
    if not request.stream:
        return response
    return [
        ("response.created", {"type": "response.created",
                              "response": {**response, "status": "in_progress",
                                           "output": [], "usage": None}}),
        ("response.output_item.added", {"type": "response.output_item.added",
                                        "output_index": 0, "item": item}),
        ("response.output_item.done", {"type": "response.output_item.done",
                                       "output_index": 0, "item": item}),
        ("response.completed", {"type": "response.completed", "response": response}),
    ]


def chat(reply: Reply, request: Request, model: str) -> dict[str, Any] | list[Event]:
    usage = {"prompt_tokens": request.input_tokens, "completion_tokens": reply.output_tokens,
             "total_tokens": request.input_tokens + reply.output_tokens}
    call = {"id": reply.call_id, "type": "function",
            "function": {"name": reply.tool, "arguments": json.dumps(reply.arguments)}}
    finish = "tool_calls" if reply.tool else "stop"
    base = {"id": f"chatcmpl_{reply.call_id or 'text'}", "created": 0, "model": model}
    if not request.stream:
        message = {"role": "assistant", "content": None if reply.tool else reply.text}
        if reply.tool:
            message["tool_calls"] = [call]
        return {**base, "object": "chat.completion", "usage": usage,
                "choices": [{"index": 0, "message": message, "finish_reason": finish}]}
    chunk = {**base, "object": "chat.completion.chunk"}
    delta: dict[str, Any] = {"role": "assistant"}
    if reply.tool:
        delta.update(content=None, tool_calls=[{"index": 0, **call}])
    else:
        delta["content"] = reply.text
    return [
        (None, {**chunk, "choices": [{"index": 0, "delta": delta, "finish_reason": None}]}),
        (None, {**chunk, "choices": [{"index": 0, "delta": {}, "finish_reason": finish}]}),
        (None, {**chunk, "choices": [], "usage": usage}),
        (None, "[DONE]"),
    ]


ENCODERS = {"anthropic": anthropic, "responses": responses, "chat": chat}
