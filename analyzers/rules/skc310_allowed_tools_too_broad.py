"""SKC310 allowed-tools-too-broad: `allowed-tools` pre-approves more than the skill needs.

## What it does
Reports `allowed-tools` entries that grant unrestricted power the skill's own text never uses: `Bash`, `Bash(*)` or `*` in a skill that runs no command and bundles no script, and `WebFetch`/`WebSearch` in a skill that never touches the network (warnings). When the skill does run commands, unrestricted `Bash` is reported as info, suggesting patterns for the commands it runs.

## Why is this bad?
Tools in `allowed-tools` run without asking the user. An unrestricted shell pre-approved for a writing skill turns any injected instruction into code execution with no prompt in between (least privilege).

## Example
```
name: release-notes
description: Writes release notes from a list of merged pull requests.
allowed-tools: Bash(*) Read Write
```

## Use instead
```
name: release-notes
description: Writes release notes from a list of merged pull requests.
allowed-tools: Read Write
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from skcc.analyzers.rules import _spec
from skcc.diagnostics import Diagnostic, Severity
from skcc.ir.frontmatter import YamlScalar, YamlSequence
from skcc.regex_cache import compiled
from skcc.rules import Rule

RULE = Rule(
    code="SKC310",
    name="allowed-tools-too-broad",
    severity=Severity.WARNING,
    summary="`allowed-tools` pre-approves more than the skill needs.",
    cwe=250,
)
_TOKEN = compiled(r"[\w.*-]+(?:\([^)]*\))?")
_UNRESTRICTED_SHELL = compiled(
    r"^(?:Bash|PowerShell|Shell|shell)(?:\(\s*\**\s*(?::\s*\*+)?\s*\))?$")
_WEB = frozenset({"WebFetch", "WebSearch"})
_MENTIONS_WEB = compiled(r"https?://|\bweb\b|\bonline\b|\binternet\b|\burl\b|\bsearch\b|"
                           r"\bwebsite|\bdocs? site|\bfetch", re.I)


def tools(value) -> list[tuple[str, object]]:  # type: ignore[no-untyped-def]
    """(tool rule, YAML node) for each entry of ``allowed-tools``, scalar or list."""
    if isinstance(value, YamlScalar):
        return [(t, value) for t in _TOKEN.findall(value.text)]
    if isinstance(value, YamlSequence):
        return [(t, item) for item in value.items if isinstance(item, YamlScalar)
                for t in _TOKEN.findall(item.text)]
    return []


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    entry = _spec.field(skill, "allowed-tools")
    if entry is None:
        return
    views = skill.views
    runs_commands = bool(views.commands) or any(f.kind.value == "script" for f in skill.files)
    uses_web = any(c.name == "network" for c in views.capabilities) or \
        bool(_MENTIONS_WEB.search(skill.document.body + " " + (skill.description or "")))
    for tool, node in tools(entry.value):
        span = node.span  # type: ignore[attr-defined]
        if tool == "*":
            yield RULE.at(span, "`*` pre-approves every tool",
                          "list the tools the skill uses, e.g. `Read Grep`")
        elif _UNRESTRICTED_SHELL.match(tool):
            if not runs_commands:
                yield RULE.at(span, f"`{tool}` pre-approves any shell command, but the skill "
                              "runs no command and bundles no script",
                              "remove it from allowed-tools")
            else:
                yield RULE.at(span, f"`{tool}` pre-approves any shell command",
                              "narrow it to the commands the skill runs, e.g. "
                              "`Bash(git log:*) Bash(python scripts/report.py:*)`",
                              severity=Severity.INFO)
        elif tool in _WEB and not uses_web:
            yield RULE.at(span, f"`{tool}` is pre-approved, but the skill never uses the web",
                          "remove it from allowed-tools")
