"""Building a new skill from an old one with different top-level blocks.

The IR is frozen; ``model_construct`` (not ``model_copy``) is used so cached views of the
old document are never carried over to the new one.
"""

from __future__ import annotations

from collections.abc import Sequence

from skcc.ir.blocks import Block, Blank, Heading
from skcc.ir.skill import GeneratedFile, Skill, SkillDocument


def with_blocks(skill: Skill, blocks: Sequence[Block],
                generated: Sequence[GeneratedFile] = ()) -> Skill:
    doc = skill.document
    document = SkillDocument.model_construct(path=doc.path, frontmatter=doc.frontmatter,
                                             blocks=tuple(blocks), span=doc.span)
    fields = {name: getattr(skill, name) for name in type(skill).model_fields}
    fields["document"] = document
    fields["generated"] = (*skill.generated, *generated)
    return Skill.model_construct(**fields)


def section_end(blocks: Sequence[Block], start: int) -> int:
    """The index after the section the heading at ``start`` owns (top-level blocks)."""
    level = blocks[start].level  # type: ignore[union-attr]
    for i in range(start + 1, len(blocks)):
        block = blocks[i]
        if isinstance(block, Heading) and block.level <= level:
            return i
    return len(blocks)


def blank_like(block: Block, source: str = "\n") -> Blank:
    return Blank.model_construct(span=block.span, source=source, kind="blank")
