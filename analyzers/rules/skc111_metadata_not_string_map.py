"""SKC111 metadata-not-string-map: `metadata` is not a map of strings to strings.

## What it does
Reports a `metadata` field that is not a mapping, or whose values are lists, mappings or non-string scalars.

## Why is this bad?
The spec defines `metadata` as string keys to string values. Claude Code drops a non-map value, the reference validator turns nested maps into Python repr strings, so the data does not survive. (A warning: the reference validator does not reject it.)

## Example
```
metadata:
  version: 1.2
  tags:
    - pdf
```

## Use instead
```
metadata:
  version: "1.2"
  tags: pdf
```
"""

from __future__ import annotations

from collections.abc import Iterator

from skcc.analyzers.rules import _spec
from skcc.diagnostics import Diagnostic, Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC111",
    name="metadata-not-string-map",
    severity=Severity.WARNING,
    summary="`metadata` is not a map of strings to strings.",
)


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    entry = _spec.field(skill, "metadata")
    if entry is None:
        return
    value = entry.value
    if value.kind != "mapping":
        if not (value.kind == "scalar" and value.tag == "null"):
            yield RULE.at(value.span, "`metadata` must be a map of strings",
                          "write `metadata:` followed by indented `key: \"value\"` lines")
        return
    for item in value.entries:
        if item.value.kind != "scalar":
            yield RULE.at(item.value.span, f"metadata value '{item.key}' is a "
                          f"{item.value.kind}, not a string", "flatten it into a string")
        elif item.value.tag != "str":
            yield RULE.at(item.value.span, f"metadata value '{item.key}' is a YAML "
                          f"{item.value.tag}, not a string",
                          f"quote it: {item.key}: \"{item.value.text}\"")
