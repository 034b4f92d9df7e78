"""SKC306 mixed-script-word: A word mixes Latin letters with look-alike letters of another script.

## What it does
Reports words in which Latin letters are mixed with Cyrillic, Greek or Armenian letters that look like Latin ones (`pаypal` with a Cyrillic `а`, `ignоre` with a Cyrillic `о`). Inside a URL or host name the finding is an error; elsewhere a warning. Words written wholly in one script, and symbols such as `µs`, are not reported.

## Why is this bad?
Homoglyphs make a word look like another: a link that reads `github.com` but resolves elsewhere, or a keyword that slips past filters (`ignоre previous instructions`) while the agent reads it as intended.

## Example
```
Download the tool from https://gіthub.com/acme/tool (the i is Cyrillic).
```

## Use instead
```
Download the tool from https://github.com/acme/tool.
```
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from skcc.analyzers.rules import _fold, _text
from skcc.diagnostics import Confidence, Diagnostic, Severity
from skcc.regex_cache import compiled
from skcc.rules import Rule

RULE = Rule(
    code="SKC306",
    name="mixed-script-word",
    severity=Severity.WARNING,
    summary="A word mixes Latin letters with look-alike letters of another script.",
    confidence=Confidence.MEDIUM,
    cwe=1007,
)
_WORD = compiled(r"[^\W\d_]+", re.U)


def _token(text: str, start: int, end: int) -> str:
    """The whitespace-delimited token around ``text[start:end]``."""
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min([i for i in (text.find(" ", end), text.find("\n", end)) if i >= 0] or [len(text)])
    return text[left:right].strip("()<>[]\"'`")


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else ""


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    for segment in _text.raw(skill):
        text = segment.text
        if text.isascii():
            continue
        for m in _WORD.finditer(text):
            word = m.group()
            if word.isascii():
                continue
            lookalikes = [c for c in word if c in _fold.CONFUSABLES]
            if not lookalikes or not any(_fold._is_latin(c) for c in word):
                continue
            token = _token(text, m.start(), m.end())
            in_url = "://" in token or token.startswith("www.") or \
                bool(re.search(r"\w\.[a-z]{2,}\b", token, re.I))
            scripts = sorted({_script(c) for c in lookalikes})
            latin = "".join(_fold.CONFUSABLES.get(c, c) for c in word)
            yield RULE.at(segment.span(m.start(), m.end()),
                          f"'{word}' mixes Latin with {', '.join(s.title() for s in scripts)} "
                          f"look-alike letters (reads as '{latin}')"
                          + (" in a URL" if in_url else ""),
                          "retype the word in one script", severity=Severity.ERROR if in_url
                          else None)
