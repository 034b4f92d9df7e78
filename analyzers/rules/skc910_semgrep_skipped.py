"""SKC910 semgrep-skipped: The semgrep rules could not run, so only the tree-sitter rules checked the scripts.

## What it does
Says once per `skcc check` run, as information, that the taint rules in
`analyzers/semgrep` were skipped: semgrep is not installed (it is an optional dependency,
in the `test` extra), or it failed or timed out. The tree-sitter rules SKC4xx-SKC6xx still
ran on every script.

## Why is this bad?
It is not bad by itself; it tells you the scan was narrower than it could be, so a clean
result is not mistaken for a full one.

## Example
```
info[SKC910] semgrep is not installed: the semgrep rules were skipped for this run
```

## Use instead
```
pip install semgrep
```
"""

from skcc.diagnostics import Confidence, Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC910",
    name="semgrep-skipped",
    severity=Severity.INFO,
    summary="The semgrep rules could not run, so only the tree-sitter rules checked the "
            "scripts.",
    confidence=Confidence.HIGH,
)
