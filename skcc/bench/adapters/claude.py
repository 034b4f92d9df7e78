"""Claude Code (``claude``), headless (bench.md §4, §5).

Skills go to ``$CLAUDE_CONFIG_DIR/skills`` (the trial's own config dir, verified to be
discovered). Usage is the ``result`` event's ``usage`` at the end of the stream-json
output: per-message usage in the stream shows only the ``message_start`` values.
"""

from __future__ import annotations

from pathlib import Path

from skcc.bench.adapters.base import Adapter, Endpoint, Trial, Usage, _int, json_lines


class ClaudeAdapter(Adapter):
    name = "claude-code"
    backend = "claude"
    executable = "claude"
    harbor_agent = "claude-code"
    default_key_env = "ANTHROPIC_API_KEY"

    def config_dir(self, trial: Trial) -> Path:
        return trial.home / ".claude"

    def skills_dir(self, trial: Trial) -> Path:
        return self.config_dir(trial) / "skills"

    def command(self, trial: Trial, instruction: str, endpoint: Endpoint
                ) -> tuple[list[str], dict[str, str]]:
        env = {"CLAUDE_CONFIG_DIR": str(self.config_dir(trial)),
               "ANTHROPIC_API_KEY": endpoint.api_key,
               "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1", "DISABLE_TELEMETRY": "1",
               "DISABLE_AUTOUPDATER": "1",
               # bypassPermissions is refused as root unless the CLI knows it is sandboxed.
               "IS_SANDBOX": "1"}
        if endpoint.base_url:
            env["ANTHROPIC_BASE_URL"] = endpoint.base_url
        if endpoint.model:
            env["ANTHROPIC_MODEL"] = endpoint.model
            # Background and subagent calls would otherwise ask for other models.
            for alias in ("ANTHROPIC_DEFAULT_SONNET_MODEL", "ANTHROPIC_DEFAULT_OPUS_MODEL",
                          "ANTHROPIC_DEFAULT_HAIKU_MODEL", "CLAUDE_CODE_SUBAGENT_MODEL"):
                env[alias] = endpoint.model
        argv = ["claude", "-p", instruction, "--output-format", "stream-json", "--verbose",
                "--permission-mode", "bypassPermissions"]
        return argv, env

    def parse_usage(self, stdout: str, trial: Trial | None = None) -> Usage:
        result = None
        for event in json_lines(stdout):
            if event.get("type") == "result" and isinstance(event.get("usage"), dict):
                result = event["usage"]
        if result is None:
            return Usage()
        cache_read = _int(result.get("cache_read_input_tokens"))
        cache_write = _int(result.get("cache_creation_input_tokens"))
        return Usage(input=_int(result.get("input_tokens")) + cache_read + cache_write,
                     output=_int(result.get("output_tokens")), cache_read=cache_read,
                     cache_write=cache_write, source="stream-json result.usage")
