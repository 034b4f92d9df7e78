"""SKC206 allowed-tools-unsupported: The target does not pre-approve the skill's `allowed-tools`.

## What it does
Reports `allowed-tools` when building for a target that does not act on it, and leaves the
field out of that target's output. Only Claude Code pre-approves the listed tools
(platforms.md §15); Codex, Gemini CLI, Kimi CLI and OpenCode ignore the field, and the other
targets do not document it. The message names the target's own tools for the ones listed,
so the author can grant them in that agent's settings instead.

## Why is this bad?
The skill expects its commands to run without a permission prompt. On this target the agent
asks (or, under a strict policy, refuses), so an unattended run can stall.

## Example
```
allowed-tools: Bash(git:*) Read      (building --target gemini)
```

## Use instead
```
Pre-approve the commands in the target's own configuration, e.g. Gemini CLI's tool
allow-list for run_shell_command(git).
```
"""

from skcc.diagnostics import Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC206",
    name="allowed-tools-unsupported",
    severity=Severity.WARNING,
    summary="The target does not pre-approve the skill's `allowed-tools`.",
)
