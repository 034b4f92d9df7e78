"""Kimi Code CLI (``kimi``, npm @moonshot-ai/kimi-code), headless (bench.md §4, §5).

Skills go to ``$KIMI_CODE_HOME/skills`` (verified). The endpoint is a provider in the
trial's own ``$KIMI_CODE_HOME/config.toml``. ``-p`` cannot be combined with ``--auto``;
prompt mode approves tools itself. The stream-json output carries no usage: it is in the
session's ``wire.jsonl`` as ``usage.record`` events, found through the session id of the
final ``session.resume_hint`` line (or, failing that, the only session of the trial).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from skcc.bench.adapters.base import Adapter, Endpoint, Trial, Usage, _int, json_lines

DEFAULT_BASE_URL = "https://api.moonshot.ai/v1"


class KimiAdapter(Adapter):
    name = "kimi"
    backend = "kimi"
    executable = "kimi"
    harbor_agent = "kimi-cli"
    default_key_env = "MOONSHOT_API_KEY"

    def kimi_home(self, trial: Trial) -> Path:
        return trial.home / ".kimi-code"

    def skills_dir(self, trial: Trial) -> Path:
        return self.kimi_home(trial) / "skills"

    def command(self, trial: Trial, instruction: str, endpoint: Endpoint
                ) -> tuple[list[str], dict[str, str]]:
        home = self.kimi_home(trial)
        home.mkdir(parents=True, exist_ok=True)
        model = endpoint.model or "kimi-k2"
        base = endpoint.base_url or DEFAULT_BASE_URL
        base = base.rstrip("/") if base.rstrip("/").endswith("/v1") else base.rstrip("/") + "/v1"
        q = json.dumps  # JSON strings are valid TOML basic strings
        (home / "config.toml").write_text(
            f"default_model = {q('skcc/' + model)}\ntelemetry = false\n\n"
            f'[providers.skcc]\ntype = "openai"\nbase_url = {q(base)}\n'
            f"api_key = {q(endpoint.api_key)}\n\n"
            f"[models.{q('skcc/' + model)}]\nprovider = \"skcc\"\nmodel = {q(model)}\n"
            "max_context_size = 131072\n", "utf-8")
        argv = ["kimi", "-p", instruction, "--output-format", "stream-json"]
        return argv, {"KIMI_CODE_HOME": str(home)}

    def parse_usage(self, stdout: str, trial: Trial | None = None) -> Usage:
        if trial is None:
            return Usage()
        sessions = self.kimi_home(trial) / "sessions"
        session_id = _session_id(stdout)
        wires = sorted(sessions.glob(f"*/{session_id}/agents/main/wire.jsonl")) \
            if session_id else []
        if not wires:
            wires = sorted(sessions.glob("*/*/agents/main/wire.jsonl"))
        if len(wires) != 1:
            return Usage()
        return parse_wire(wires[0].read_text("utf-8", errors="replace"))


def _session_id(stdout: str) -> str:
    for event in json_lines(stdout):
        if event.get("type") == "session.resume_hint":
            for key in ("session_id", "sessionId", "session", "id"):
                if isinstance(event.get(key), str):
                    return str(event[key])
    return ""


def _records(value: Any) -> list[dict[str, Any]]:
    # The record may sit at the top of a line or inside an envelope: look everywhere.
    if isinstance(value, list):
        return [r for v in value for r in _records(v)]
    if not isinstance(value, dict):
        return []
    if value.get("type") == "usage.record" and isinstance(value.get("usage"), dict):
        return [value["usage"]]
    return [r for v in value.values() for r in _records(v)]


def parse_wire(text: str) -> Usage:
    """Sum the ``usage.record`` events of a Kimi Code ``wire.jsonl``."""
    usage, seen = Usage(source="wire.jsonl usage.record"), False
    for line in json_lines(text):
        for numbers in _records(line):
            seen = True
            cache_read = _int(numbers.get("inputCacheRead"))
            cache_write = _int(numbers.get("inputCacheCreation"))
            usage.input += _int(numbers.get("inputOther")) + cache_read + cache_write
            usage.output += _int(numbers.get("output"))
            usage.cache_read += cache_read
            usage.cache_write += cache_write
    return usage if seen else Usage()
