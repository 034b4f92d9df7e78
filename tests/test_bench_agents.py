"""The real agent CLIs under `skcc bench`, against the fake model server (offline).

For Claude Code, Codex and Kimi Code: the compiled skill is installed where the CLI looks
(the fake server's request log shows the skill listed, then read through the CLI's own
tool), the oracle's shell call runs through the CLI's shell tool and passes the verifier,
the "none" arm lists no skill, and the adapter's usage parser reports exactly the input
tokens the server counted for that trial.

Skipped when a CLI is not installed: they come from npm (`@anthropic-ai/claude-code`,
`@openai/codex`, `@moonshot-ai/kimi-code` with node >= 22.19); put them on PATH or point
SKCC_AGENT_BIN at the folder holding them. CI does not install them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from skcc.bench import adapters
from skcc.bench.tasks import load_tasks
from tests.bench_support import TASKS, bench, server_log

SOURCES = {"claude-code": "stream-json result.usage", "codex": "turn.completed usage",
           "kimi": "wire.jsonl usage.record"}


@pytest.mark.slow
@pytest.mark.parametrize("agent", sorted(SOURCES))
def test_cli_finds_the_compiled_skill_and_reports_usage(
        tmp_path: Path, agent: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if not adapters.get(agent).available():
        pytest.skip(f"the {adapters.get(agent).executable} CLI is not installed "
                    "(see the module docstring)")
    monkeypatch.setenv("SKCC_SEMGREP", "0")
    tasks = load_tasks([TASKS / "csv-cleanup"])
    outcome = bench(tmp_path, agent=agent, policy="read-skill-then-oracle",
                    conditions=("none", "compiled"), tasks=tasks, timeout=180, jobs=1)
    by = {r["condition"]: r for r in outcome.records}
    log = server_log(tmp_path)
    for condition, record in by.items():
        assert record["reward"] == 1.0, (condition, record["error"], record["verifier"])
        assert record["exit_status"] == "ok"
        assert record["usage_source"] == SOURCES[agent]
        mine = [e for e in log if e["trial"] == f"csv-cleanup/{condition}/1"]
        assert mine, f"{agent} sent nothing for {condition}"
        # The server's own count is the ground truth for the adapter's parser.
        assert record["tokens"]["input"] == sum(e["input_tokens"] for e in mine)
        first = json.dumps(mine[0]["body"])
        listed = "csv-hygiene" in first and "cleaning CSV exports" in first
        assert listed == (condition == "compiled"), condition
    reads = [e["reply"] for e in log if e["trial"] == "csv-cleanup/compiled/1"
             and e["reply"]["tool"] and "solve.sh" not in json.dumps(e["reply"]["arguments"])]
    assert len(reads) == 1 and "csv-hygiene" in json.dumps(reads[0]["arguments"])
