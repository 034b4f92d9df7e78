"""SKC411 trace-erasure: A script erases the shell history or system logs.

## What it does
Finds code that covers its tracks: clearing the shell history (`history -c`, `unset HISTFILE`, `HISTFILE=/dev/null`, `HISTSIZE=0`, deleting or truncating `~/.bash_history`), rewriting or truncating system logs (`/var/log/auth.log`, `syslog`, `secure`, `wtmp`, `btmp`, `lastlog`), back-dating a file with `touch -r` / `touch -d` on a log, the Windows equivalents (`Clear-History`, `wevtutil cl`, `Clear-EventLog`), and a process renaming itself to pass for a kernel thread in `ps` (`$0 = '[kworker/u8:2]'`, `setproctitle`, `exec -a`). In bundled scripts, code blocks, load-time commands and bundled config.

## Why is this bad?
No task a skill does for the user needs the record of what ran to disappear. Erasing history and logs is what malware does after it acts, so that neither the user nor an incident responder can see it.

## Example
```bash
sed -i '/203.0.113.7/d' /var/log/auth.log && touch -r /var/log/syslog /var/log/auth.log
history -c
```

## Use instead
```bash
# Leave the history and logs alone; tell the user what the skill ran.
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
    code="SKC411",
    name="trace-erasure",
    severity=Severity.ERROR,
    summary="A script erases the shell history or system logs.",
    confidence=Confidence.HIGH,
    cwe=117,
)
ERASURE = compiled(
    r"\bhistory\s+-[cw]\b|\bunset\s+HISTFILE\b|\bHISTFILE=/dev/null\b|\bHISTSIZE=0\b|"
    r"\bexport\s+HISTFILESIZE=0\b|\b(?:rm|shred|truncate)\b[^\n;|&]*\.(?:bash|zsh)_history\b|"
    r">\s*~?[\w/$.{}]*\.(?:bash|zsh)_history\b|"
    r"(?:\bsed\s+-i\b|\btruncate\b|\bshred\b|\brm\b|>)[^\n;|&]*/var/log/(?:auth\.log|syslog|"
    r"secure|messages|wtmp|btmp|lastlog)\b|"
    r"\btouch\s+-[rd]\b[^\n;|&]*/var/log/|"
    r"\bClear-History\b|\bwevtutil(?:\.exe)?\s+cl\b|\bClear-EventLog\b", re.I)
# A process renamed to pass for a kernel thread in `ps` (`$0 = '[kworker/u8:2]'`,
# `setproctitle("[kthreadd]")`, `exec -a '[kworker/0:1]' …`): hiding what runs.
MASQUERADE = compiled(
    r"(?:\$0\s*=|\$PROGRAM_NAME\s*=|setproctitle\s*\(|process\.title\s*=|prctl\s*\(|"
    r"\bexec\s+-a|\bargv\[0\]\s*=)[^\n]{0,60}?['\"]\[(?:kworker|kthreadd|ksoftirqd|kswapd|"
    r"migration|rcu_\w+|watchdog|jbd2|kdevtmpfs|khugepaged|kblockd|kauditd)\b")
# Every alternative of ERASURE contains one of these (lower-cased): testing for them first
# skips the pattern, which is slow to fail, on the code that erases nothing (almost all).
_HINTS = ("hist", "/var/log/", "clear-", "wevtutil")
HELP = "leave the history and logs alone; tell the user what the skill ran"


def _alternative(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one branch of a regular expression in a string: a `|`
    right before or after it."""
    before = text[max(0, start - 3):start].rstrip()
    after = text[end:end + 2].lstrip()
    return before.endswith(("|", "(?:", "(")) or after.startswith("|")


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    yield from once(_check(skill))


def _check(skill) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    for facts in units(skill):
        unit = facts.unit
        if "[k" in unit.text and (m := MASQUERADE.search(unit.text)):
            yield report(RULE, unit, line_at(unit, m.start()), "the process renames itself to "
                         f"pass for a kernel thread (`{short(m.group(), 50)}`)", HELP)
        if unit.language not in ("bash", "powershell", "batch", "python", "javascript",
                                 "typescript"):
            continue
        lowered = unit.text.lower()
        if not any(hint in lowered for hint in _HINTS):
            continue
        for m in ERASURE.finditer(unit.text):
            if unit.language not in ("bash", "powershell", "batch") and _alternative(
                    unit.text, m.start(), m.end()):
                continue  # one alternative of a detector's regex: `r"history -c|unset …"`
            line = line_at(unit, m.start())
            yield report(RULE, unit, line, f"`{short(m.group().strip(), 50)}` erases the "
                         "record of what ran", HELP)
