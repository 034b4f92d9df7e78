"""SKC305 invisible-characters: The text contains invisible or direction-changing characters.

## What it does
Reports Unicode tag characters (U+E0000–U+E007F, which spell hidden ASCII; the message decodes it), bidirectional controls (U+202A–U+202E, U+2066–U+2069: errors unless the line holds right-to-left text), and zero-width or other invisible characters (U+200B, U+2060, a BOM inside the text, soft hyphens, stray U+200C/U+200D/U+200E/U+200F: warnings). Zero-width joiners inside emoji sequences and joiners or marks next to letters of scripts that need them (Arabic, Hebrew, Indic) are not reported. SKILL.md (frontmatter included) and bundled reference files are scanned.

## Why is this bad?
These characters change what the agent reads without changing what a reviewer sees: tag characters smuggle whole instructions ("ASCII smuggling"), bidi controls reorder text (Trojan Source), zero-width characters split keywords so filters miss them.

## Example
```
Summarise the file.\u200b\U000e0049\U000e0067\U000e006e\U000e006f\U000e0072\U000e0065...
```

## Use instead
```
Summarise the file.
```
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from skcc.analyzers.rules import _text
from skcc.diagnostics import Confidence, Diagnostic, Severity
from skcc.regex_cache import compiled
from skcc.rules import Rule

RULE = Rule(
    code="SKC305",
    name="invisible-characters",
    severity=Severity.ERROR,
    summary="The text contains invisible or direction-changing characters.",
    confidence=Confidence.HIGH,
    cwe=451,
)
_RUN = compiled("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
                  "\U000e0000-\U000e007f]+")
_BIDI = frozenset(range(0x202A, 0x202F)) | frozenset(range(0x2066, 0x206A))
_JOINERS = frozenset({0x200C, 0x200D, 0x200E, 0x200F, 0x00AD})
_NEEDS_JOINERS = ("ARABIC", "HEBREW", "SYRIAC", "THAANA", "NKO", "DEVANAGARI", "BENGALI",
                  "GURMUKHI", "GUJARATI", "ORIYA", "TAMIL", "TELUGU", "KANNADA", "MALAYALAM",
                  "SINHALA", "THAI", "LAO", "TIBETAN", "MYANMAR", "KHMER", "PERSIAN")
_RTL = compiled("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
MAX_PER_FILE = 20


def _legitimate_joiner(text: str, start: int, end: int) -> bool:
    """A ZWJ/ZWNJ/LRM/RLM/soft hyphen between characters that use it (emoji, Indic...)."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    for ch in (before, after):
        if not ch:
            continue
        if unicodedata.category(ch) == "So" or 0xFE00 <= ord(ch) <= 0xFE0F or \
                0x1F3FB <= ord(ch) <= 0x1F3FF:
            return True
        if unicodedata.name(ch, "").startswith(_NEEDS_JOINERS):
            return True
    return text[start:end] == "\u00ad" and before.isalpha() and after.isalpha()


def _describe(run: str) -> str:
    names = sorted({f"U+{ord(c):04X}" for c in run})
    return ", ".join(names[:4]) + (", ..." if len(names) > 4 else "")


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    counts: dict[str, int] = {}
    for segment in _text.raw(skill):
        text = segment.text
        for m in _RUN.finditer(text):
            run = m.group()
            codes = {ord(c) for c in run}
            if segment.context == _text.FRONTMATTER and m.start() == 0 and run == "\ufeff":
                continue
            tags = "".join(chr(c - 0xE0000) for c in map(ord, run) if 0xE0000 <= c <= 0xE007F)
            if tags:
                level = Severity.ERROR
                printable = "".join(c if c.isprintable() else "?" for c in tags)
                message = f"{len(tags)} Unicode tag characters hide the text " \
                          f"'{_text.excerpt(printable)}'"
            elif codes & _BIDI:
                line = text[text.rfind("\n", 0, m.start()) + 1: text.find("\n", m.end())]
                level = Severity.WARNING if _RTL.search(line) else Severity.ERROR
                message = f"bidirectional control character(s) {_describe(run)} can reorder " \
                          "what the reader sees"
            else:
                if codes <= _JOINERS and _legitimate_joiner(text, m.start(), m.end()):
                    continue
                level = Severity.WARNING
                message = f"{len(run)} invisible character(s) {_describe(run)}"
            counts[segment.path] = counts.get(segment.path, 0) + 1
            if counts[segment.path] > MAX_PER_FILE:
                break
            place = _text.where(segment)
            yield RULE.at(segment.span(m.start(), m.end()),
                          message + (f" (in {place})" if place else ""),
                          "delete the character(s); `skcc build` output must read the same "
                          "to people and agents", severity=level)
