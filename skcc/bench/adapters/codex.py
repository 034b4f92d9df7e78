"""OpenAI Codex CLI (``codex exec``), headless (bench.md §4, §5).

Skills go to ``$HOME/.agents/skills`` (verified). Codex ignores ``OPENAI_BASE_URL`` from
the environment, so a custom endpoint is a ``model_provider`` in the trial's own
``$CODEX_HOME/config.toml``. Usage is the sum of the ``turn.completed`` events' ``usage``;
``input_tokens`` already includes ``cached_input_tokens`` (OpenAI's convention).
"""

from __future__ import annotations

import json
from pathlib import Path

from skcc.bench.adapters.base import Adapter, Endpoint, Trial, Usage, _int, json_lines

DEFAULT_BASE_URL = "https://api.openai.com/v1"
KEY_VARIABLE = "SKCC_BENCH_API_KEY"


def _toml(value: str) -> str:
    return json.dumps(value)  # a JSON string is a valid TOML basic string


class CodexAdapter(Adapter):
    name = "codex"
    backend = "codex"
    executable = "codex"
    harbor_agent = "codex"
    default_key_env = "OPENAI_API_KEY"

    def codex_home(self, trial: Trial) -> Path:
        return trial.home / ".codex"

    def skills_dir(self, trial: Trial) -> Path:
        return trial.home / ".agents" / "skills"

    def command(self, trial: Trial, instruction: str, endpoint: Endpoint
                ) -> tuple[list[str], dict[str, str]]:
        home = self.codex_home(trial)
        home.mkdir(parents=True, exist_ok=True)
        lines = []
        if endpoint.model:
            lines.append(f"model = {_toml(endpoint.model)}")
        lines += ['model_provider = "skcc"', "", "[model_providers.skcc]", 'name = "skcc"',
                  f"base_url = {_toml(_v1(endpoint.base_url or DEFAULT_BASE_URL))}",
                  f'env_key = "{KEY_VARIABLE}"', 'wire_api = "responses"', ""]
        (home / "config.toml").write_text("\n".join(lines), "utf-8")
        argv = ["codex", "exec", "--json", "--skip-git-repo-check",
                "--dangerously-bypass-approvals-and-sandbox", instruction]
        return argv, {"CODEX_HOME": str(home), KEY_VARIABLE: endpoint.api_key}

    def parse_usage(self, stdout: str, trial: Trial | None = None) -> Usage:
        usage, seen = Usage(source="turn.completed usage"), False
        for event in json_lines(stdout):
            if event.get("type") != "turn.completed" or not isinstance(event.get("usage"), dict):
                continue
            seen = True
            numbers = event["usage"]
            usage.input += _int(numbers.get("input_tokens"))
            usage.output += _int(numbers.get("output_tokens"))
            usage.cache_read += _int(numbers.get("cached_input_tokens"))
            usage.cache_write += _int(numbers.get("cache_write_input_tokens"))
        return usage if seen else Usage()


def _v1(url: str) -> str:
    url = url.rstrip("/")
    return url if url.endswith("/v1") else url + "/v1"
