"""SKC207 field-relocated: A frontmatter field was moved to where the target reads it.

## What it does
Reports a field that the target does not accept in SKILL.md frontmatter but can still
express elsewhere, and says where it went: for Codex, `disable-model-invocation` becomes
`policy.allow_implicit_invocation` in `agents/openai.yaml`, and `compatibility` (which
OpenAI's validator rejects) becomes a line at the top of the body.

## Why is this bad?
It is not an error. The report keeps the move visible: tools that read only SKILL.md
frontmatter will not find the field there.

## Example
```
compatibility: Needs bash 4 or newer.      (building --target codex)
```

## Use instead
```
Nothing to do.
```
"""

from skcc.diagnostics import Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC207",
    name="field-relocated",
    severity=Severity.INFO,
    summary="A frontmatter field was moved to where the target reads it.",
)
