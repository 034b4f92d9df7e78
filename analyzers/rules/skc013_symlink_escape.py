"""SKC013 symlink-escape: A symlink in the skill points outside the skill folder.

## What it does
Reports symbolic links (SKILL.md itself or a bundled file or folder) whose target resolves outside the skill folder. skcc never follows them.

## Why is this bad?
A link to `~/.ssh/id_rsa` or `/etc/passwd` would be copied into the compiled skill or its package and shipped to every user. Links that leave the folder also break when the skill is installed elsewhere.

## Example
```
skills/demo/references/key -> ../../../.ssh/id_rsa
```

## Use instead
```
Copy the file into the skill folder, or remove the link.
```
"""

from skcc.diagnostics import Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC013",
    name="symlink-escape",
    severity=Severity.ERROR,
    summary="A symlink in the skill points outside the skill folder.",
)
