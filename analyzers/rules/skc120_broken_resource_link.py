"""SKC120 broken-resource-link: The body links to a bundled file that does not exist.

## What it does
Reports relative links and image references in the body (e.g. `[guide](references/guide.md)`) whose target is not a file of the skill folder.

## Why is this bad?
The agent follows the link when it needs the detail and finds nothing; the usual cause is a renamed or forgotten file.

## Example
```
See [the guide](references/gide.md).
```

## Use instead
```
See [the guide](references/guide.md).
```
"""

from __future__ import annotations

from collections.abc import Iterator

from skcc.analyzers.rules import _spec
from skcc.diagnostics import Diagnostic, Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC120",
    name="broken-resource-link",
    severity=Severity.WARNING,
    summary="The body links to a bundled file that does not exist.",
)


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    from urllib.parse import unquote

    known = {f.path for f in skill.files}
    for link in skill.views.links:
        if not link.is_local:
            continue
        target = unquote(link.target.split("#", 1)[0].split("?", 1)[0]).removeprefix("./")
        if not target or target == "SKILL.md":
            continue
        if target not in known and not any(p.startswith(target.rstrip("/") + "/")
                                           for p in known):
            yield RULE.at(link.span, f"link target '{target}' is not a file of this skill",
                          "fix the path, or add the file to the skill folder")
