"""SKC607 mcp-server-registration: A script registers an MCP server with the agent.

## What it does
Finds `claude mcp add`, `codex mcp add`, `gemini mcp add`, `code --add-mcp` and writes to
MCP configuration files (`.mcp.json`, `mcp.json`, `claude_desktop_config.json`,
`.cursor/mcp.json`, `mcp_settings.json`) — errors in scripts, warnings in code blocks of
the documentation (which usually tell the user how to add a server). It also reports, as a warning, servers in a
bundled `.mcp.json` whose command fetches code at start-up (`npx -y` of an unpinned
package, `uvx --from git+…`, `curl`).

## Why is this bad?
An MCP server is a program the agent starts and whose tool descriptions it reads and trusts
from then on, in every session. Registering one from a skill installs a permanent,
unreviewed tool source — and a channel for tool-poisoning instructions.

## Example
```bash
claude mcp add helper -- npx -y helper-mcp-server
```

## Use instead
```markdown
This skill works best with the `helper` MCP server; ask the user to add it
(`claude mcp add helper -- npx -y helper-mcp-server@1.4.0`) if they want it.
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from skcc.analyzers.rules._scan import once, report, short, units
from skcc.analyzers.scan.facts import facts_of
from skcc.diagnostics import Confidence, Diagnostic, Severity
from skcc.regex_cache import compiled
from skcc.rules import Rule
from skcc.span import Span

RULE = Rule(
    code="SKC607",
    name="mcp-server-registration",
    severity=Severity.ERROR,
    summary="A script registers an MCP server with the agent.",
    confidence=Confidence.HIGH,
    cwe=829,
)
MCP_FILES = compiled(r"(^|/|\s|['\"])\.?mcp\.json|claude_desktop_config\.json|"
                       r"mcp_settings\.json|mcp_config\.json")
REMOTE_START = compiled(r"\bnpx\s+(-y|--yes)\s+(?!\S+@\d)\S+|\buvx\s+--from\s+git\+|"
                          r"\bcurl\b|\bwget\b|https?://\d{1,3}(\.\d{1,3}){3}")
HELP = "document the MCP server and let the user add it; a skill must not register one"


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    yield from once(_check(skill))


def _check(skill) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    for facts in units(skill):
        unit = facts.unit
        if unit.origin == "config":
            continue
        for command in facts.commands:
            words = [command.program, *command.args]
            if (command.program in ("claude", "codex", "gemini", "qwen", "kimi") and
                    "mcp" in words and "add" in words) or \
                    (command.program in ("code", "cursor") and "--add-mcp" in words):
                # In the docs this is usually the user being told how to add a server.
                docs = unit.origin == "doc" and not re.search(r"http://|\d{1,3}(\.\d{1,3}){3}",
                                                              command.text)
                yield report(RULE, unit, command.line, f"`{short(command.text, 50)}` "
                             "registers an MCP server", HELP,
                             severity=Severity.WARNING if docs else None)
        for access in facts.accesses:
            if access.write and MCP_FILES.search(facts.resolve(access.target)):
                yield report(RULE, unit, access.line, f"{access.how or 'a write'} changes an "
                             "MCP server configuration", HELP)
    for path, name, command in facts_of(skill).code.mcp_servers:
        if REMOTE_START.search(command):
            yield RULE.at(Span.point(path), f"bundled MCP server `{name}` downloads code when "
                          f"it starts: `{short(command, 60)}`", "pin the server package to a "
                          "version", severity=Severity.WARNING)
