"""A minimal built-in agent: a tool loop over HTTP with only the standard library.

It lists the installed skills in its system prompt the way the Agent Skills reference
client does (``<available_skills>`` with each SKILL.md's location), offers two tools
(``bash`` and ``read_file``), and loops until the model answers without a tool call. It
speaks the Anthropic Messages API (``--wire anthropic``) or OpenAI Chat Completions
(``--wire chat``), so it runs against the fake server, any OpenAI-compatible server or
Anthropic's API; no agent CLI has to be installed.
"""

from __future__ import annotations

import json
import subprocess
import time
import urllib.error
import urllib.request
from html import escape
from pathlib import Path
from typing import Any

from skcc.bench.adapters.base import Adapter, AgentRun, Endpoint, Trial, Usage, _int

WIRES = ("anthropic", "chat")
MAX_TURNS = 40
MAX_TOOL_OUTPUT = 20_000
SYSTEM = ("You are a careful software agent working in the folder {work}. Use the bash tool "
          "to run commands and read_file to read files. When the task is done, reply with a "
          "short summary and no tool call.\n")
TOOLS = [
    ("bash", "Run a bash command in the working folder; returns stdout and stderr.",
     {"command": {"type": "string", "description": "The command line."}}, ["command"]),
    ("read_file", "Read a text file (absolute, or relative to the working folder).",
     {"path": {"type": "string", "description": "The file to read."}}, ["path"]),
]


class AgentError(Exception):
    pass


class ScriptedAdapter(Adapter):
    name = "scripted"
    backend = "agentskills"
    executable = ""
    harbor_agent = ""
    default_key_env = "SKCC_BENCH_API_KEY"

    def __init__(self, wire: str = "anthropic") -> None:
        if wire not in WIRES:
            raise ValueError(f"unknown wire format {wire!r}; choose from {', '.join(WIRES)}")
        self.wire = wire

    def available(self) -> bool:
        return True

    def skills_dir(self, trial: Trial) -> Path:
        return trial.home / ".agents" / "skills"

    def system_prompt(self, trial: Trial) -> str:
        prompt = SYSTEM.format(work=trial.work)
        skills = sorted(p for p in self.skills_dir(trial).glob("*/SKILL.md"))
        if not skills:
            return prompt
        entries = []
        for path in skills:
            name, description = _frontmatter(path.read_text("utf-8", errors="replace"))
            entries.append(f"<skill>\n<name>{escape(name or path.parent.name)}</name>\n"
                           f"<description>{escape(description)}</description>\n"
                           f"<location>{escape(str(path))}</location>\n</skill>")
        return (prompt + "\nSkills are folders of instructions. When a skill matches the task, "
                "read its SKILL.md before you start.\n<available_skills>\n"
                + "\n".join(entries) + "\n</available_skills>\n")

    def run(self, trial: Trial, instruction: str, endpoint: Endpoint,
            timeout: float) -> AgentRun:
        started = time.monotonic()
        deadline = started + timeout
        usage = Usage(source=f"{self.wire} response usage")
        transcript = open(trial.agent_dir / "transcript.jsonl", "w", encoding="utf-8")
        env = self.base_env(trial)
        status, error = "ok", ""
        try:
            conversation = _Conversation(self.wire, self.system_prompt(trial), instruction)
            for _ in range(MAX_TURNS):
                if time.monotonic() >= deadline:
                    raise TimeoutError
                response = _post(endpoint, self.wire, conversation.request(endpoint.model),
                                 deadline - time.monotonic())
                transcript.write(json.dumps({"response": response}) + "\n")
                usage.input += response["_in"]
                usage.output += response["_out"]
                calls = conversation.take(response)
                if not calls:
                    break
                results = []
                for call_id, name, arguments in calls:
                    output = _run_tool(name, arguments, trial, env, deadline)
                    transcript.write(json.dumps({"tool": name, "arguments": arguments,
                                                 "output": output[:2000]}) + "\n")
                    results.append((call_id, output))
                conversation.give(results)
            else:
                status, error = "error", f"no final answer after {MAX_TURNS} turns"
        except TimeoutError:
            status = "timeout"
        except AgentError as exc:
            status, error = "error", str(exc)
        finally:
            transcript.close()
        return AgentRun(status, 0 if status == "ok" else None, usage,
                        time.monotonic() - started, error=error)

    def parse_usage(self, stdout: str, trial: Trial) -> Usage:  # pragma: no cover - unused
        return Usage()


def _frontmatter(text: str) -> tuple[str, str]:
    """name and description from a SKILL.md, read leniently (the agent, not the checker)."""
    import yaml

    if not text.startswith("---"):
        return "", ""
    end = text.find("\n---", 3)
    try:
        data = yaml.safe_load(text[3:end]) if end > 0 else None
    except yaml.YAMLError:
        return "", ""
    if not isinstance(data, dict):
        return "", ""
    return str(data.get("name") or ""), " ".join(str(data.get("description") or "").split())


class _Conversation:
    """The message list in one wire format, with its tool calls taken and answered."""

    def __init__(self, wire: str, system: str, instruction: str) -> None:
        self.wire, self.system = wire, system
        self.messages: list[dict[str, Any]] = [{"role": "user", "content": instruction}]
        if wire == "chat":
            self.messages.insert(0, {"role": "system", "content": system})

    def request(self, model: str | None) -> dict[str, Any]:
        if self.wire == "anthropic":
            tools = [{"name": n, "description": d,
                      "input_schema": {"type": "object", "properties": p, "required": r}}
                     for n, d, p, r in TOOLS]
            return {"model": model or "fake-model", "max_tokens": 4096, "system": self.system,
                    "messages": self.messages, "tools": tools}
        tools = [{"type": "function", "function": {
            "name": n, "description": d,
            "parameters": {"type": "object", "properties": p, "required": r}}}
            for n, d, p, r in TOOLS]
        return {"model": model or "fake-model", "messages": self.messages, "tools": tools}

    def take(self, response: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
        """Record the model's turn; its tool calls as (id, name, arguments)."""
        if self.wire == "anthropic":
            content = response.get("content") or []
            self.messages.append({"role": "assistant", "content": content})
            return [(b.get("id", ""), b.get("name", ""), b.get("input") or {})
                    for b in content if isinstance(b, dict) and b.get("type") == "tool_use"]
        choices = response.get("choices") or [{}]
        message = choices[0].get("message") or {}
        self.messages.append({k: v for k, v in message.items()
                              if k in ("role", "content", "tool_calls")})
        calls = []
        for call in message.get("tool_calls") or []:
            function = call.get("function") or {}
            try:
                arguments = json.loads(function.get("arguments") or "{}")
            except ValueError:
                arguments = {}
            calls.append((call.get("id", ""), function.get("name", ""), arguments))
        return calls

    def give(self, results: list[tuple[str, str]]) -> None:
        if self.wire == "anthropic":
            self.messages.append({"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": i, "content": out} for i, out in results]})
        else:
            self.messages += [{"role": "tool", "tool_call_id": i, "content": out}
                              for i, out in results]


def _url(base: str, wire: str) -> str:
    base = base.rstrip("/")
    if not base.endswith("/v1"):
        base += "/v1"
    return base + ("/messages" if wire == "anthropic" else "/chat/completions")


def _post(endpoint: Endpoint, wire: str, body: dict[str, Any], remaining: float
          ) -> dict[str, Any]:
    if not endpoint.base_url:
        raise AgentError("the scripted agent needs a base URL (or the built-in fake server)")
    headers = {"content-type": "application/json"}
    if wire == "anthropic":
        headers.update({"x-api-key": endpoint.api_key, "anthropic-version": "2023-06-01"})
    else:
        headers["authorization"] = f"Bearer {endpoint.api_key}"
    request = urllib.request.Request(_url(endpoint.base_url, wire),
                                     data=json.dumps(body).encode(), headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=max(1.0, min(remaining, 600))) as reply:
            data = json.loads(reply.read())
    except urllib.error.HTTPError as exc:
        detail = exc.read()[:300].decode("utf-8", errors="replace")
        raise AgentError(f"the model endpoint answered HTTP {exc.code}: {detail}") from None
    except TimeoutError:
        raise
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise AgentError(f"cannot reach the model endpoint {endpoint.base_url}: {exc}") from None
    if not isinstance(data, dict):
        raise AgentError("the model endpoint did not answer with a JSON object")
    numbers = data.get("usage") or {}
    if wire == "anthropic":
        data["_in"] = (_int(numbers.get("input_tokens"))
                       + _int(numbers.get("cache_read_input_tokens"))
                       + _int(numbers.get("cache_creation_input_tokens")))
        data["_out"] = _int(numbers.get("output_tokens"))
    else:
        data["_in"] = _int(numbers.get("prompt_tokens"))
        data["_out"] = _int(numbers.get("completion_tokens"))
    return data


def _run_tool(name: str, arguments: dict[str, Any], trial: Trial, env: dict[str, str],
              deadline: float) -> str:
    if name == "bash":
        command = arguments.get("command")
        if not isinstance(command, str):
            return "error: bash needs a string `command`"
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        try:
            done = subprocess.run(["bash", "-c", command], cwd=trial.work, env=env,
                                  capture_output=True, timeout=remaining,
                                  stdin=subprocess.DEVNULL, start_new_session=True)
        except subprocess.TimeoutExpired:
            raise TimeoutError from None
        text = (done.stdout + done.stderr).decode("utf-8", errors="replace")
        return f"{text[-MAX_TOOL_OUTPUT:]}\n[exit code {done.returncode}]"
    if name == "read_file":
        path = arguments.get("path")
        if not isinstance(path, str):
            return "error: read_file needs a string `path`"
        # "~" is the trial's HOME, where the skills are installed, not the runner's.
        target = trial.home / path[2:] if path.startswith("~/") else trial.work / path
        try:
            return target.read_text("utf-8", errors="replace")[:MAX_TOOL_OUTPUT * 5]
        except OSError as exc:
            return f"error: {exc.strerror or exc}"
    return f"error: no tool named {name!r}; use bash or read_file"
