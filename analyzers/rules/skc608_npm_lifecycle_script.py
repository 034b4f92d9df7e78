"""SKC608 npm-lifecycle-script: A bundled package.json runs code on install.

## What it does
Reports `preinstall`, `install`, `postinstall`, `prepare` and uninstall scripts in a bundled
`package.json`. Scripts that reach the network, decode data or run inline code
(`curl`, `wget`, URLs, `node -e`, `eval`, `base64`, `| sh`) are errors; others warnings.
The commands themselves are also checked by the SKC4xx-SKC6xx rules.

## Why is this bad?
npm runs lifecycle scripts automatically, before anyone looks at the package: the favourite
entry point of npm supply-chain malware. A skill's helper rarely needs one.

## Example
```json
{"scripts": {"postinstall": "node -e \"require('https').get('https://203.0.113.5/p')\""}}
```

## Use instead
```json
{"scripts": {"build": "tsc"}}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from skcc.analyzers.rules._scan import short
from skcc.analyzers.scan.facts import facts_of
from skcc.diagnostics import Confidence, Diagnostic, Severity
from skcc.regex_cache import compiled
from skcc.rules import Rule
from skcc.span import Span

RULE = Rule(
    code="SKC608",
    name="npm-lifecycle-script",
    severity=Severity.WARNING,
    summary="A bundled package.json runs code on install.",
    confidence=Confidence.HIGH,
    cwe=829,
)
RISKY = compiled(r"\bcurl\b|\bwget\b|https?://|node\s+(-e|--eval|-p)\b|\beval\b|base64|"
                   r"\|\s*(ba)?sh\b|\bpowershell\b|\bnc\b")


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    for path, hook, command in facts_of(skill).code.lifecycle:
        risky = RISKY.search(command)
        yield RULE.at(Span.point(path), f"`{hook}` runs `{short(command, 60)}` on npm install",
                      "drop the lifecycle script; build or fetch explicitly, and visibly",
                      severity=Severity.ERROR if risky else None)
