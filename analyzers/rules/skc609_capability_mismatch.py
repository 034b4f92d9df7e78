"""SKC609 capability-mismatch: The scripts can do more than the skill declares.

## What it does
Infers what a skill's bundled scripts and load-time commands can do — reach the network,
read secrets, write outside the project — and compares it with what the skill declares:
its `description` and its `allowed-tools`. A capability with no word for it in the
description (for the network: download, API, upload, sync, deploy, URL…; for secrets:
token, credential, key, login…; for writes outside the project: install, configure,
home, system…), or scripts that need a shell when `allowed-tools` grants none, is reported
once per capability, at its first use.

## Why is this bad?
Users and agents choose skills by their description, and `allowed-tools` is the promise a
reviewer checks. A "Markdown table formatter" whose script opens network connections is
either badly described or hiding something; both deserve a look before it is installed.

## Example
```yaml
description: Formats Markdown tables.   # but scripts/fmt.py posts data to a server
```

## Use instead
```yaml
description: Formats Markdown tables and uploads them to the team wiki (needs WIKI_TOKEN).
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from skcc.analyzers.rules._scan import network_use, units
from skcc.analyzers.scan import patterns as p
from skcc.diagnostics import Confidence, Diagnostic, Severity
from skcc.regex_cache import compiled
from skcc.rules import Rule
from skcc.span import Span

RULE = Rule(
    code="SKC609",
    name="capability-mismatch",
    severity=Severity.WARNING,
    summary="The scripts can do more than the skill declares.",
    confidence=Confidence.LOW,
    cwe=912,
)
DECLARED = {
    "network": compiled(r"(?i)\b(fetch|download|upload|api|http|url|web|online|internet|"
                          r"server|remote|deploy|publish|sync|cloud|github|gitlab|slack|"
                          r"notion|jira|linear|email|send|post|request|install|browse|scrap|"
                          r"crawl|search|webhook|network|endpoint|s3|registry|npm|pip|"
                          r"package|update|service|integrat|connect)"),
    "secrets": compiled(r"(?i)\b(token|credential|secret|password|auth|login|key|ssh|aws|"
                          r"keychain|vault|certificate|sign|account|identity)"),
    "writes outside the project": compiled(r"(?i)\b(install|config|setup|set up|home|"
                                             r"dotfile|profile|system|global|environment|"
                                             r"shell|startup|cron|schedul)"),
}
OUTSIDE = compiled(r"""^['"]?(~|\$\{?HOME|/(?!tmp/|dev/|proc/self)|"""
                     r"""%USERPROFILE%|\$env:)|expanduser|Path\.home|homedir""")


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    first: dict[str, Span] = {}
    shell = None
    for facts in units(skill):
        unit = facts.unit
        if unit.origin not in ("script", "load"):
            continue
        shell = shell or Span.point(unit.path, unit.first_line)
        line = network_use(facts)
        if line is not None:
            first.setdefault("network", Span.point(unit.path, line))
        for command in facts.commands:
            if p.KEYCHAIN_COMMANDS.search(command.text) or p.SECRET_NAME.search(command.text):
                first.setdefault("secrets", Span.point(unit.path, command.line))
        for call in facts.calls:
            if p.SECRET_NAME.search(call.text) and re.search(r"environ|getenv|process\.env",
                                                             call.text):
                first.setdefault("secrets", Span.point(unit.path, call.line))
        for access in facts.accesses:
            here = Span.point(unit.path, access.line)
            target = facts.resolve(access.target)
            if not access.write and (p.STRONG_CRED.search(target) or
                                     p.WEAK_CRED.search(target)):
                first.setdefault("secrets", here)
            if access.write and OUTSIDE.search(access.target.strip()):
                first.setdefault("writes outside the project", here)
    declared = f"{skill.description or ''}"
    for capability, span in first.items():
        if not DECLARED[capability].search(declared):
            yield RULE.at(span, f"the scripts {_verb(capability)}, which the description "
                          "does not mention", "say so in the description (and what for), or "
                          "remove the capability")
    fm = skill.frontmatter
    allowed = fm.get("allowed-tools") if fm else None
    if shell is not None and allowed is not None and allowed.kind == "scalar" and \
            allowed.text.strip() and not re.search(r"(?i)bash|shell|powershell|\*",
                                                   allowed.text):
        yield RULE.at(allowed.span, "the skill ships scripts but `allowed-tools` grants no "
                      "shell to run them", "add the narrowest Bash(...) pattern the scripts "
                      "need, or drop the scripts", severity=Severity.INFO)


def _verb(capability: str) -> str:
    return {"network": "reach the network", "secrets": "read secrets",
            "writes outside the project": "write outside the project"}[capability]
