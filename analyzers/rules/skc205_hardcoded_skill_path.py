"""SKC205 hardcoded-skill-path: The body hard-codes the folder the skill was installed in.

## What it does
Reports paths such as `/root/.claude/skills/<name>/`, `~/.claude/skills/<name>/` or
`.claude/skills/<name>/` that point at this skill's own install location. In free prose the
build rewrites them to the target's way of naming the skill folder (`${CLAUDE_SKILL_DIR}`
for Claude Code, `{baseDir}` for OpenClaw, a relative path elsewhere); in code they are kept
and explained by the note after the title.

## Why is this bad?
The path is right for one agent, one scope and one machine only. Installed for a project,
for another user, or for another agent, the skill points at files that are not there.

## Example
```python
sys.path.append('/root/.claude/skills/mesh-analysis/scripts')
```

## Use instead
```python
sys.path.append('scripts')   # relative to the skill folder, or ${CLAUDE_SKILL_DIR}/scripts
```
"""

from skcc.diagnostics import Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC205",
    name="hardcoded-skill-path",
    severity=Severity.WARNING,
    summary="The body hard-codes the folder the skill was installed in.",
)
