"""SKC407 sudo-command: A script asks for administrator rights.

## What it does
Finds commands run through `sudo`, `doas`, `pkexec` or `su -c`, and PowerShell
`Start-Process -Verb RunAs`, in bundled scripts, code blocks and load-time commands (a
warning). Taking administrator rights past the UAC prompt — the `DelegateExecute` hijack
of an auto-elevating binary such as `fodhelper`, `EnableLUA` set to 0, adding an account to
Administrators — is an error.

## Why is this bad?
Root can change anything on the machine; an agent that runs the command may not notice what
it grants. Legitimate uses exist (installing a system package on a build host) — then the
skill should say why, and this warning can be suppressed with that explanation.

## Example
```bash
sudo cp tool /usr/local/bin/
```

## Use instead
```bash
install -m 755 tool "$HOME/.local/bin/"  # user-level install, no root needed
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from skcc.analyzers.rules._scan import line_at, once, report, short, units
from skcc.diagnostics import Confidence, Diagnostic, Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC407",
    name="sudo-command",
    severity=Severity.WARNING,
    summary="A script asks for administrator rights.",
    confidence=Confidence.HIGH,
    cwe=250,
)


# Windows: admin rights taken without the UAC prompt (the DelegateExecute hijack of an
# auto-elevating binary such as fodhelper), UAC switched off, or an account made admin.
UAC_BYPASS = re.compile(
    r"DelegateExecute|\bEnableLUA\b[^\n]{0,40}?(?:-Value\s+|/d\s+|=\s*)0\b|"
    r"ConsentPromptBehaviorAdmin\b[^\n]{0,40}?(?:-Value\s+|/d\s+|=\s*)0\b|"
    r"Add-LocalGroupMember\b[^\n]*Administrators|net\s+localgroup\s+administrators\s+\S+"
    r"\s+/add", re.I)


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    yield from once(_check(skill))


def _check(skill) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    for facts in units(skill):
        for command in facts.commands:
            first = command.argv[0].rsplit("/", 1)[-1].lower()
            elevated = first in ("sudo", "doas", "pkexec") or (
                first == "su" and "-c" in command.argv) or (
                first == "start-process" and any(a.lower() == "runas" for a in command.argv))
            if elevated:
                yield report(RULE, facts.unit, command.line, f"`{short(command.text, 60)}` "
                             "runs with administrator rights",
                             "avoid root (user-level installs, a container), or explain in "
                             "SKILL.md why it is needed")
        unit = facts.unit
        if unit.language in ("powershell", "batch", "bash"):
            for m in UAC_BYPASS.finditer(unit.text):
                line = line_at(unit, m.start())
                yield report(RULE, unit, line, f"`{short(m.group(), 50)}` takes administrator "
                             "rights without the UAC prompt", "never bypass UAC; ask the "
                             "user to run the step as administrator themselves",
                             severity=Severity.ERROR)
