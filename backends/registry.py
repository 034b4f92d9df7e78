"""Backends by name: the built-in targets plus any registered under the ``skcc.backends``
entry-point group by a third-party package."""

from __future__ import annotations

import importlib
from functools import lru_cache

from skcc.backends.base import Backend

BUILTIN = {
    "agentskills": "skcc.backends.agentskills:AgentSkillsBackend",
    "claude": "skcc.backends.claude:ClaudeBackend",
    "codex": "skcc.backends.codex:CodexBackend",
    "kimi": "skcc.backends.kimi:KimiBackend",
    "gemini": "skcc.backends.gemini:GeminiBackend",
    "copilot": "skcc.backends.copilot:CopilotBackend",
    "cursor": "skcc.backends.cursor:CursorBackend",
    "opencode": "skcc.backends.opencode:OpenCodeBackend",
    "openclaw": "skcc.backends.openclaw:OpenClawBackend",
    "windsurf": "skcc.backends.windsurf:WindsurfBackend",
    "goose": "skcc.backends.goose:GooseBackend",
    "cursor-rules": "skcc.backends.cursor_rules:CursorRulesBackend",
}


@lru_cache(maxsize=1)
def _entry_points() -> dict[str, str]:
    from importlib.metadata import entry_points

    return {ep.name: ep.value for ep in entry_points(group="skcc.backends")}


def names() -> list[str]:
    return sorted({**_entry_points(), **BUILTIN})


def all_targets() -> list[str]:
    """What ``--target all`` builds: every target except variants asked for by name."""
    return [name for name in names() if get(name).IN_ALL]


def get(name: str) -> Backend:
    """An instance of the backend called ``name``.

    Raises:
        KeyError: if no backend has that name.
    """
    spec = BUILTIN.get(name) or _entry_points().get(name)
    if spec is None:
        raise KeyError(name)
    module, _, attr = spec.partition(":")
    cls = getattr(importlib.import_module(module), attr)
    return cls()  # type: ignore[no-any-return]
