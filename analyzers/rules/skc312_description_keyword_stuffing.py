"""SKC312 description-keyword-stuffing: The description is a keyword list, not a sentence.

## What it does
Reports descriptions stuffed with keywords to win skill selection: long comma-separated lists of short terms (15 or more items averaging at most two words, with little else), or a content word repeated six times or more that makes up a quarter of the words.

## Why is this bad?
Agents pick skills by matching the request against descriptions. A keyword dump matches far more requests than the skill serves, which pulls it into unrelated tasks (and its instructions into the context), and tells the agent nothing about when the skill actually helps.

## Example
```
description: pdf, docx, xlsx, csv, json, yaml, xml, html, markdown, images, audio, video, code, python, javascript, sql, email, calendar
```

## Use instead
```
description: Extracts tables from PDF files into CSV. Use when the user asks to pull tabular data out of a PDF.
```
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from skcc.diagnostics import Confidence, Diagnostic, Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC312",
    name="description-keyword-stuffing",
    severity=Severity.WARNING,
    summary="The description is a keyword list, not a sentence.",
    confidence=Confidence.LOW,
)
MIN_ITEMS = 15
MAX_REPEATS = 6
_STOP = frozenset("""a an the and or of to in on for with by from at as is are be this that it
its use used using when user users skill skills you your can will if not any all also into
such e.g etc via files file data""".split())


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    description = skill.description
    entry = skill.frontmatter.field("description") if skill.frontmatter else None
    if not description or entry is None:
        return
    items = [i.strip() for i in re.split(r"[,;/|\n]", description) if i.strip()]
    short = [i for i in items if len(i.split()) <= 3]
    words = [w for w in re.findall(r"[^\W\d_]{3,}", description.casefold()) if w not in _STOP]
    if len(short) >= MIN_ITEMS and sum(len(i.split()) for i in items) / len(items) <= 2.0:
        yield RULE.at(entry.value.span, f"the description lists {len(items)} short terms",
                      "describe what the skill does and when to use it in a sentence or two")
        return
    word, count = Counter(words).most_common(1)[0] if words else ("", 0)
    if count >= MAX_REPEATS and count / max(len(words), 1) >= 0.25:
        yield RULE.at(entry.value.span, f"the description repeats '{word}' {count} times",
                      "say it once; repetition does not make the skill more relevant")
