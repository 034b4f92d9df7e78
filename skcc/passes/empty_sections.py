"""Drop headings whose section holds nothing but blank lines (and no sub-headings).

An empty "## Notes" tells the agent nothing and costs a few tokens every time the skill
loads. Headings are not content the preservation check counts; everything else is kept.
"""

from __future__ import annotations

from skcc.ir.blocks import Blank, Heading
from skcc.ir.skill import Skill
from skcc.passes._edit import section_end, with_blocks


def run(skill: Skill, options: object = None) -> Skill:
    blocks = skill.document.blocks
    drop = set()
    for i, block in enumerate(blocks):
        if isinstance(block, Heading) and \
                all(isinstance(b, Blank) for b in blocks[i + 1:section_end(blocks, i)]):
            drop.add(i)
    if not drop:
        return skill
    return with_blocks(skill, [b for i, b in enumerate(blocks) if i not in drop])
