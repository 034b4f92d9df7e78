"""SKC202 placeholder-rewritten: A Claude Code body placeholder was rewritten for the target.

## What it does
Reports each place where the build rewrote a placeholder that only Claude Code substitutes
(`$ARGUMENTS`, `$N`, `$ARGUMENTS[N]`, named `$arg`, `${CLAUDE_SKILL_DIR}`,
`${CLAUDE_PROJECT_DIR}`) into what the target understands: `{baseDir}` for OpenClaw, a path
relative to the skill folder, or plain words such as "the arguments the user gave". Only
free prose is rewritten; see SKC203 for text that must stay byte-exact.

## Why is this bad?
It is not an error: the output says the same thing in the target's terms. The report exists
so no change to the author's words happens silently, and so the author can check that the
rewritten sentence still reads well.

## Example
```
Extra guidance from the user, if any: $ARGUMENTS       (building --target codex)
```

## Use instead
```
Nothing to do; or write the sentence so it reads well on every target:
Extra guidance from the user, if any, is in the request.
```
"""

from skcc.diagnostics import Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC202",
    name="placeholder-rewritten",
    severity=Severity.INFO,
    summary="A Claude Code body placeholder was rewritten for the target.",
)
