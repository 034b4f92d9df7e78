"""SkIR: the typed intermediate representation of an agent skill.

Two layers (see DESIGN.md): the *lossless* layer (frontmatter, the block tree, bundled files)
keeps everything of the source; the *semantic views* in :mod:`skcc.ir.views` are derived from
it on demand and never stored twice.
"""

from skcc.ir.blocks import (
    Block,
    BlockQuote,
    Blank,
    CodeBlock,
    Heading,
    HtmlBlock,
    HtmlComment,
    ListBlock,
    ListItem,
    Paragraph,
    Table,
    ThematicBreak,
)
from skcc.ir.frontmatter import Frontmatter, FrontmatterField, YamlMapping, YamlScalar, YamlSequence
from skcc.ir.skill import BundledFile, FileKind, Skill, SkillDocument

__all__ = [
    "Blank", "Block", "BlockQuote", "BundledFile", "CodeBlock", "FileKind", "Frontmatter",
    "FrontmatterField", "Heading", "HtmlBlock", "HtmlComment", "ListBlock", "ListItem",
    "Paragraph", "Skill", "SkillDocument", "Table", "ThematicBreak", "YamlMapping",
    "YamlScalar", "YamlSequence",
]
