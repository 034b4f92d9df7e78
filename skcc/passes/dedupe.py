"""Drop a top-level prose paragraph that repeats an earlier one word for word.

Only plain prose qualifies: a paragraph holding inline code, a link or HTML is kept even
when repeated, because those are content the preservation check counts, and a short
paragraph ("Example:") is kept because repeating it is structure, not redundancy.
"""

from __future__ import annotations

from skcc.ir.blocks import Paragraph
from skcc.ir.skill import Skill
from skcc.passes._edit import with_blocks

MIN_CHARS = 40


def _key(paragraph: Paragraph) -> str | None:
    text = paragraph.text
    if len(text) < MIN_CHARS or any(c in text for c in "`[]<>!$"):
        return None
    return " ".join(text.split()).casefold()


def run(skill: Skill, options: object = None) -> Skill:
    blocks = skill.document.blocks
    seen: set[str] = set()
    drop = set()
    for i, block in enumerate(blocks):
        if not isinstance(block, Paragraph):
            continue
        key = _key(block)
        if key is None:
            continue
        if key in seen:
            drop.add(i)
        seen.add(key)
    if not drop:
        return skill
    return with_blocks(skill, [b for i, b in enumerate(blocks) if i not in drop])
