"""SKC104 name-invalid-characters: `name` has characters other than a-z, 0-9 and `-`.

## What it does
Reports names with uppercase letters, underscores, spaces, dots, slashes or non-ASCII letters, and names that are paths such as `../x`.

## Why is this bad?
The spec allows lowercase letters, digits and hyphens only. Agents use the name as a folder and command name: a name that is a path could make an installer write outside its skills folder.

## Example
```
name: My_Skill
```

## Use instead
```
name: my-skill
```
"""

from __future__ import annotations

from collections.abc import Iterator

from skcc.analyzers.rules import _spec
from skcc.diagnostics import Diagnostic, Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC104",
    name="name-invalid-characters",
    severity=Severity.ERROR,
    summary="`name` has characters other than a-z, 0-9 and `-`.",
    stricter_than_reference=(
        "The reference validator accepts any Unicode letter (str.isalnum after NFKC), e.g. "
        "'unicode-ñame'. The spec text says a-z, and Copilot and OpenCode match "
        "^[a-z0-9]+(-[a-z0-9]+)*$, so skcc rejects non-ASCII letters."
    ),
)


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    name = _spec.normalized_name(skill)
    entry = _spec.field(skill, "name")
    if name is None or entry is None:
        return
    span = entry.value.span
    if "/" in name or "\\" in name or name in (".", "..") or name.startswith("."):
        yield RULE.at(span, f"name '{name}' is a path, not a name",
                      "use lowercase letters, digits and hyphens only, e.g. `my-skill`")
        return
    if name != name.lower():
        import re

        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        yield RULE.at(span, f"name '{name}' must be lowercase",
                      f"write `name: {slug}` (and name the folder the same)")
        return
    bad = sorted({c for c in name if not (c.isascii() and (c.isalnum() or c == "-"))})
    if bad:
        shown = ", ".join(repr(c) for c in bad)
        yield RULE.at(span, f"name '{name}' contains invalid characters: {shown}",
                      "use lowercase a-z, digits 0-9 and hyphens only")
