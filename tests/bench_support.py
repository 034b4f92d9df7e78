"""Helpers shared by the benchmark tests: run the example tasks through the runner."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from skcc.bench import adapters
from skcc.bench.runner import RunConfig, run
from skcc.bench.tasks import load_tasks

ROOT = Path(__file__).resolve().parents[1]
TASKS = ROOT / "benchmarks" / "tasks"


def example_tasks() -> list[Any]:
    return load_tasks([TASKS])


def bench(out: Path, *, agent: str = "scripted", policy: str = "oracle",
          conditions: tuple[str, ...] = ("none", "original", "compiled"), tasks: Any = None,
          wire: str = "anthropic", trials: int = 1, jobs: int = 2, timeout: float = 60,
          progress: Any = None) -> Any:
    config = RunConfig(tasks=tasks if tasks is not None else example_tasks(),
                       conditions=list(conditions), adapter=adapters.get(agent, wire),
                       out=out, trials=trials, jobs=jobs, fake=True, policy=policy,
                       timeout=timeout)
    return run(config, progress)


def server_log(out: Path) -> list[dict[str, Any]]:
    path = out / "fake-server.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []
