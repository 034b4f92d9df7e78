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

import re
from collections.abc import Iterator

from skcc.diagnostics import Diagnostic, Severity
from skcc.regex_cache import compiled
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
    for link in local_candidates(skill):
        if not link.is_local:
            continue
        target = unquote(link.target.split("#", 1)[0].split("?", 1)[0]).removeprefix("./")
        if not target or target == "SKILL.md":
            continue
        if target not in known and not any(p.startswith(target.rstrip("/") + "/")
                                           for p in known):
            yield RULE.at(link.span, f"link target '{target}' is not a file of this skill",
                          "fix the path, or add the file to the skill folder")


# A bare "www." address has no scheme, so it counts as local (same flag as inline._BARE_URL).
_WWW = compiled(r"www\.", re.I)


def local_candidates(skill) -> Iterator:  # type: ignore[no-untyped-def,type-arg]
    """The links of ``skill.views.links`` that can be local, in the same order.

    The views scan every paragraph, heading and table for links, bare URLs included. A
    local link needs "](" (inline), "]:" (reference definition) or a bare "www." address;
    autolinks and http(s) URLs have a scheme. Leaves without any of them are skipped.
    """
    from skcc.ir.blocks import Heading, Paragraph, Table, leaves
    from skcc.ir.inline import scan

    for leaf in leaves(skill.document.blocks):
        if isinstance(leaf, (Paragraph, Heading, Table)):
            source = leaf.source
            if "](" in source or "]:" in source or _WWW.search(source):
                yield from scan(source, leaf.span)[1]
