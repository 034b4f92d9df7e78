"""Drop top-level HTML comment blocks.

Agents read comments although renderers hide them, so they cost tokens and can carry text
the author never sees (a security rule reports comments that give instructions). Comments
holding skcc directives (``skcc: ignore[...]``) are kept: a compiled skill that is checked
again (``skcc verify``) must see the same suppressions.
"""

from __future__ import annotations

from skcc.ir.blocks import HtmlComment
from skcc.ir.skill import Skill
from skcc.passes._edit import with_blocks


def run(skill: Skill, options: object = None) -> Skill:
    blocks = skill.document.blocks
    kept = [b for b in blocks if not (isinstance(b, HtmlComment) and "skcc:" not in b.text)]
    return skill if len(kept) == len(blocks) else with_blocks(skill, kept)
