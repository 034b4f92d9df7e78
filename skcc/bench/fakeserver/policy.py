"""Scripted model policies: what the fake model does on each turn.

The server keeps no state between requests. A policy lays out the same plan on every turn
from what the request shows (the tools offered and the skills listed before the model's
first turn) and takes the step numbered by how many tool results came back so far:

* ``noop``: answer with text, no tool call (the agent does nothing; the reward is 0);
* ``oracle``: one shell call running the task's ``solution/solve.sh``, then answer;
* ``read-skill-then-oracle``: first read each listed skill's SKILL.md (one call per skill,
  with the agent's own read or skill tool, else ``cat``), then as ``oracle``. The skill
  text then travels in every later request, so the token counts of the arms differ by
  what the skills cost.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from typing import Any

from skcc.bench.fakeserver.wire import Reply, Request, Tool

POLICIES = ("oracle", "noop", "read-skill-then-oracle")
DONE = "DONE"
SHELL_TOOLS = ("bash", "shell", "exec_command", "run_shell_command", "shell_command",
               "local_shell")
READ_TOOLS = ("read", "read_file", "readfile")
SKILL_TOOLS = ("skill",)
# A listed SKILL.md: an absolute, home-relative or relative path ending in <folder>/SKILL.md.
SKILL_PATH = re.compile(r"(?:~|\.{1,2})?/?(?:[\w.@+-]+/)*([\w.@+-]+)/SKILL\.md")
# Codex lists short paths (`r0/<name>/SKILL.md`) under a table of roots: "- `r0` = `/abs`".
SKILL_ROOT = re.compile(r"`(\w+)` = `(/[^`]+)`")


@dataclass
class Context:
    """What the runner tells the server about one trial (looked up by its API key)."""

    oracle: str = ""  # the shell command that runs the reference solution
    # Names installed for this trial; None when unknown (a standalone server): then every
    # listed skill counts, including an agent's own built-in ones.
    skills: list[str] | None = None
    label: str = ""


def _find(tools: list[Tool], names: tuple[str, ...]) -> Tool | None:
    for tool in tools:
        if tool.name.lower() in names:
            return tool
    return None


def _argument(tool: Tool, candidates: tuple[str, ...]) -> str | None:
    for name in candidates:
        if name in tool.properties:
            return name
    strings = [n for n in tool.required if tool.properties.get(n, {}).get("type") == "string"]
    return strings[0] if strings else None


def shell_call(tool: Tool, command: str) -> dict[str, Any]:
    name = _argument(tool, ("command", "cmd")) or "command"
    spec = tool.properties.get(name, {})
    # Some shells take argv (Codex's old `shell` tool): run the line through bash.
    value: Any = ["bash", "-lc", command] if spec.get("type") == "array" else command
    return {name: value}


def skill_references(request: Request, context: Context) -> list[tuple[str, str]]:
    """The skills listed to the model, as ("path", SKILL.md path) or ("name", skill name).

    Only the text before the model's first turn is searched, so the plan is the same on
    every turn. With a trial context, only the skills installed for it count (an agent
    may list built-in skills of its own).
    """
    refs: list[tuple[str, str]] = []
    seen: set[str] = set()
    roots = dict(SKILL_ROOT.findall(request.preamble))
    for match in SKILL_PATH.finditer(request.preamble):
        name, path = match.group(1), match.group(0)
        if name in seen or (context.skills is not None and name not in context.skills):
            continue
        seen.add(name)
        alias, _, rest = path.partition("/")
        refs.append(("path", f"{roots[alias]}/{rest}" if alias in roots else path))
    if _find(request.tools, SKILL_TOOLS):  # agents that list names and load via a tool
        for name in context.skills or []:
            if name not in seen and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])",
                                              request.preamble):
                seen.add(name)
                refs.append(("name", name))
    return refs


def _read(request: Request, kind: str, target: str, shell: Tool) -> tuple[str, dict[str, Any]]:
    skill_tool = _find(request.tools, SKILL_TOOLS)
    if kind == "name" and skill_tool is not None:
        return skill_tool.name, {_argument(skill_tool, ("skill", "command", "name"))
                                 or "skill": target}
    read_tool = _find(request.tools, READ_TOOLS)
    if kind == "path" and read_tool is not None:
        argument = _argument(read_tool, ("file_path", "path", "filePath", "absolute_path"))
        if argument:
            return read_tool.name, {argument: target}
    path = target if kind == "path" else f"{target}/SKILL.md"
    quoted = path if path.startswith("~/") else shlex.quote(path)
    return shell.name, shell_call(shell, f"cat {quoted}")


def decide(policy: str, request: Request, context: Context) -> Reply:
    shell = _find(request.tools, SHELL_TOOLS)
    if policy == "noop" or shell is None:
        # Side requests of a CLI (titles, summaries) offer no shell: answer them plainly.
        return Reply(text=DONE)
    steps: list[tuple[str, dict[str, Any]]] = []
    if policy == "read-skill-then-oracle":
        steps += [_read(request, kind, target, shell)
                  for kind, target in skill_references(request, context)]
    if not context.oracle:
        steps.append((shell.name, shell_call(
            shell, "echo 'skcc fake server: no solution is known for this task' >&2")))
    else:
        steps.append((shell.name, shell_call(shell, context.oracle)))
    step = request.tool_results
    if step >= len(steps):
        return Reply(text=DONE)
    name, arguments = steps[step]
    # Fixed-length, deterministic ids: they are part of later prompts and so of the counts.
    return Reply(tool=name, arguments=arguments, call_id=f"toolu_skcc{step:04d}")
