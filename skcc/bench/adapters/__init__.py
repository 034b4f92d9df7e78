"""Agent adapters by name: ``claude-code``, ``codex``, ``kimi`` and the built-in ``scripted``."""

from __future__ import annotations

from skcc.bench.adapters.base import Adapter, AgentRun, Endpoint, Trial, Usage
from skcc.bench.adapters.claude import ClaudeAdapter
from skcc.bench.adapters.codex import CodexAdapter
from skcc.bench.adapters.kimi import KimiAdapter
from skcc.bench.adapters.scripted import ScriptedAdapter

__all__ = ["AGENTS", "Adapter", "AgentRun", "Endpoint", "Trial", "Usage", "get"]

AGENTS = {"claude-code": ClaudeAdapter, "codex": CodexAdapter, "kimi": KimiAdapter,
          "scripted": ScriptedAdapter}


def get(name: str, wire: str = "anthropic") -> Adapter:
    """The adapter called ``name``.

    Raises:
        KeyError: for an unknown agent.
    """
    if name == "scripted":
        return ScriptedAdapter(wire)
    return AGENTS[name]()
