"""SKC204 dynamic-context-unsupported: The target does not run `!`command`` before loading the skill.

## What it does
Reports Claude Code's dynamic-context injection (`` !`git status` `` at the start of a line
or after a space, or a ```` ```! ```` block) when building for a target that does not run
the command. In free prose the line becomes an instruction ("Run `git status` first and use
its output."); elsewhere it is kept and explained by the note after the title.

## Why is this bad?
On Claude Code the command runs before the model sees the skill, without a tool call or a
permission prompt. Elsewhere the agent has to run it itself: one more tool call, possibly a
permission prompt, and the command runs with the agent's own shell and working folder.

## Example
```
Working tree status:

!`git status --short`
```

## Use instead
```
Working tree status: run `git status --short` first.
```
"""

from skcc.diagnostics import Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC204",
    name="dynamic-context-unsupported",
    severity=Severity.WARNING,
    summary="The target does not run `!`command`` before loading the skill.",
)
