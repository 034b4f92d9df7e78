"""SKC407 sudo-command: A script asks for administrator rights.

## What it does
Finds commands run through `sudo`, `doas`, `pkexec` or `su -c`, and PowerShell
`Start-Process -Verb RunAs`, in bundled scripts, code blocks and load-time commands (a
warning). Taking administrator rights past the UAC prompt — the `DelegateExecute` hijack
of an auto-elevating binary such as `fodhelper`, `EnableLUA` set to 0, adding an account to
Administrators — is an error, and so is root through a container: a bind mount of the host's
`/` that is writable, entered with `chroot` or in a `--privileged` container (`docker run
--privileged -v /:/host alpine chroot /host …`; a read-only mount alone is not reported).

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
from skcc.regex_cache import compiled
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
UAC_BYPASS = compiled(
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
            elif first in ("docker", "podman") and (how := _host_root(command.argv)):
                yield report(RULE, facts.unit, command.line, f"`{short(command.text, 60)}` "
                             f"mounts the host's root filesystem into a container {how}: "
                             "root on the host, without sudo", "mount only the project "
                             "folder, read-only where possible", severity=Severity.ERROR)
        unit = facts.unit
        if unit.language in ("powershell", "batch", "bash"):
            for m in UAC_BYPASS.finditer(unit.text):
                line = line_at(unit, m.start())
                yield report(RULE, unit, line, f"`{short(m.group(), 50)}` takes administrator "
                             "rights without the UAC prompt", "never bypass UAC; ask the "
                             "user to run the step as administrator themselves",
                             severity=Severity.ERROR)


# `-v /:/host`, `--volume=/:/mnt:rw`; `--mount type=bind,source=/,target=/host`
_ROOT_VOLUME = compiled(r"^/:/[\w./-]*(?::(\w+))?$")
_ROOT_MOUNT = compiled(r"(?:^|,)(?:source|src)=/(?:,|$)")


def _host_root(argv: tuple[str, ...]) -> str:
    """How a `docker run` escalates through a bind mount of the host's `/`: written to
    (not `:ro`), entered with `chroot`, or in a `--privileged` container; "" if it does not.
    (A read-only `/` mount alone is what monitoring agents such as cAdvisor use.)"""
    if "run" not in argv[1:4] and "create" not in argv[1:4]:
        return ""
    mounted = writable = False
    for flag, value in zip(("", *argv), argv):  # each argument with the one before it
        option, _, inline = value.partition("=")
        if option in ("--volume", "--mount"):
            spec = inline
        elif flag in ("-v", "--volume", "--mount"):
            spec = value
        else:
            continue
        volume = _ROOT_VOLUME.match(spec)
        if volume or _ROOT_MOUNT.search(spec):
            mounted = True
            writable |= "readonly" not in spec and not (volume and volume.group(1) == "ro")
    if not mounted:
        return ""
    if "chroot" in argv:
        return "and enters it with `chroot`"
    if writable:
        return "writable"
    return "in a privileged container" if "--privileged" in argv else ""
