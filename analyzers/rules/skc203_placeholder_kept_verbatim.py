"""SKC203 placeholder-kept-verbatim: A placeholder the target does not substitute is kept as written.

## What it does
Reports a Claude Code placeholder (`$ARGUMENTS`, `${CLAUDE_SKILL_DIR}`, a hard-coded install
path...) inside text skcc copies byte for byte: code blocks, inline code, link targets,
table cells and the first paragraph of a list item. The target does not substitute it, so
skcc adds one short note after the skill's title saying what it stands for (for OpenClaw
the note carries `{baseDir}`, which OpenClaw replaces with the real folder). A placeholder
with no equivalent at all (e.g. `${CLAUDE_SESSION_ID}`) is reported as a warning and gets
no note.

## Why is this bad?
The agent reads the placeholder literally: a shell command such as
`python3 "${CLAUDE_SKILL_DIR}/scripts/x.py"` runs `/scripts/x.py` unless the agent
substitutes the folder itself. The note makes that substitution explicit, at the cost of
one sentence of context.

## Example
```bash
python3 "${CLAUDE_SKILL_DIR}/scripts/profile_csv.py" "$ARGUMENTS[0]"
```

## Use instead
```bash
python3 scripts/profile_csv.py "data.csv"    # paths relative to the skill folder
```
"""

from skcc.diagnostics import Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC203",
    name="placeholder-kept-verbatim",
    severity=Severity.INFO,
    summary="A placeholder the target does not substitute is kept as written.",
)
