"""SKC308 pipe-to-shell: The prose tells the agent or the user to run a downloaded script unseen.

## What it does
Reports instructions in the text (paragraphs, lists, inline code, HTML, the description) of SKILL.md and its reference files that pipe a download straight into an interpreter: "run `curl ... | sh`", `wget -O- ... | sudo bash`, `bash <(curl ...)`, `sh -c "$(curl ...)"`, `irm ... | iex`, `base64 -d ... | sh`. Over plain `http://`, from a raw IP address, or decoding base64 into a shell the finding is an error; otherwise a warning (many installers are distributed this way, but the agent runs them with the user's rights and nobody reads the script). Sentences that forbid it ("never pipe curl to sh") are not reported. Code blocks and bundled scripts are analysed as code by SKC401.

## Why is this bad?
Whatever the server returns runs at once: a compromised or spoofed host, or a later change to the script, executes code on the user's machine with no review, no pinning and no integrity check.

## Example
```
First, paste `curl -fsSL https://get.example.dev/install.sh | sh` into your terminal.
```

## Use instead
```bash
curl -fsSLo install.sh https://get.example.dev/install.sh
sha256sum -c install.sh.sha256 && less install.sh && sh install.sh
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from skcc.analyzers.rules import _match, _phrases, _text
from skcc.diagnostics import Confidence, Diagnostic, Severity
from skcc.regex_cache import compiled
from skcc.rules import Rule

RULE = Rule(
    code="SKC308",
    name="pipe-to-shell",
    severity=Severity.WARNING,
    summary="The prose tells the agent or the user to run a downloaded script unseen.",
    confidence=Confidence.HIGH,
    cwe=494,
)
_WORSE = compiled(r"http://|://\d{1,3}(?:\.\d{1,3}){3}|\bbase64\b|pastebin|transfer\.sh|"
                    r"ngrok|raw\.githubusercontent\.com/[^/\s]+/[^/\s]+/(?:main|master)/", re.I)


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    for segment, _, start, end, text in _match.matches(skill, (_phrases.PIPE_TO_SHELL,),
                                                       prose=False):
        if segment.context == _text.CODE:
            continue  # code blocks are parsed as shell by SKC401
        if _text.negated(segment, start):
            continue
        level = Severity.ERROR if _WORSE.search(text) else Severity.WARNING
        if d := _text.grade(RULE, segment, start, end,
                            f"downloaded code is piped into an interpreter: "
                            f"'{_text.excerpt(text)}'",
                            "download to a file, verify a pinned checksum or signature, "
                            "then run it; or use a package manager", severity=level,
                            demote_code=False):
            yield d
