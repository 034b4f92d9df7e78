"""SKC404 raw-socket: A script opens a raw or packet socket.

## What it does
Finds raw and link-layer sockets: Python `socket.socket(…, SOCK_RAW)` or `AF_PACKET`,
`IPPROTO_RAW`, and scapy, the packet-crafting library.

## Why is this bad?
Raw sockets sniff or forge traffic on the user's network and need root. They are tools for
scanning and spoofing, far outside what a skill for an agent should do.

## Example
```python
import socket
s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW)
```

## Use instead
```python
import urllib.request  # talk to the service you need through its normal API
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from skcc.analyzers.rules._scan import once, report, units
from skcc.diagnostics import Confidence, Diagnostic, Severity
from skcc.regex_cache import compiled
from skcc.rules import Rule

RULE = Rule(
    code="SKC404",
    name="raw-socket",
    severity=Severity.WARNING,
    summary="A script opens a raw or packet socket.",
    confidence=Confidence.MEDIUM,
    cwe=250,
)
RAW = compiled(r"SOCK_RAW|AF_PACKET|IPPROTO_RAW|\bscapy\b")


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    yield from once(_check(skill))


def _check(skill) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    for facts in units(skill, "python"):
        for call in facts.calls:
            if RAW.search(call.text) and call.short in ("socket", "sniff", "send", "sendp",
                                                         "sr", "sr1", "srp"):
                yield report(RULE, facts.unit, call.line, "a raw network socket is opened",
                             "use the service's normal API instead of crafting packets")
        m = re.search(r"^\s*(from|import)\s+scapy\b", facts.unit.text, re.M)
        if m:
            line = facts.unit.first_line + facts.unit.text.count("\n", 0, m.start())
            yield report(RULE, facts.unit, line, "the packet-crafting library scapy is "
                         "imported", "use the service's normal API instead of crafting packets")
