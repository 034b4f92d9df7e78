"""Block nodes of the SKILL.md body (the lossless layer).

Leaf blocks keep ``source``: the exact source lines they cover, container prefixes
(``> ``, list indentation) included, so concatenating the leaves in document order gives the
body back byte for byte. Their other fields are the content with those prefixes stripped.
Each class is built from the grammar rule of the same name in ``grammar/skill.lark``.
"""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field

from skcc.span import Span


class Node(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    span: Span


class Heading(Node):
    """``# Title`` (atx) or a paragraph underlined with ``===``/``---`` (setext)."""

    kind: Literal["heading"] = "heading"
    source: str
    level: int = Field(ge=1, le=6)
    text: str
    style: Literal["atx", "setext"]


class CodeBlock(Node):
    """Fenced (``` or ~~~, any length, with an info string) or indented code."""

    kind: Literal["code_block"] = "code_block"
    source: str
    code: str
    fenced: bool
    fence: str = ""
    info: str = ""
    closed: bool = True

    @property
    def language(self) -> str:
        return self.info.split(maxsplit=1)[0].lower() if self.info else ""


class Paragraph(Node):
    kind: Literal["paragraph"] = "paragraph"
    source: str
    text: str


class Table(Node):
    """A GFM table; ``aligns`` holds ``left``/``right``/``center`` or ``""`` per column."""

    kind: Literal["table"] = "table"
    source: str
    header: tuple[str, ...]
    aligns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


class HtmlBlock(Node):
    kind: Literal["html_block"] = "html_block"
    source: str
    html: str


class HtmlComment(Node):
    """An HTML comment block (``<!-- ... -->``): invisible when rendered, read by agents."""

    kind: Literal["html_comment"] = "html_comment"
    source: str
    text: str


class ThematicBreak(Node):
    kind: Literal["thematic_break"] = "thematic_break"
    source: str


class Blank(Node):
    kind: Literal["blank"] = "blank"
    source: str


class ListItem(Node):
    kind: Literal["list_item"] = "list_item"
    marker: str
    children: tuple[Block, ...]


class ListBlock(Node):
    kind: Literal["list_block"] = "list_block"
    ordered: bool
    items: tuple[ListItem, ...]


class BlockQuote(Node):
    kind: Literal["block_quote"] = "block_quote"
    children: tuple[Block, ...]


Block = Annotated[
    Union[Heading, CodeBlock, Paragraph, Table, HtmlBlock, HtmlComment, ThematicBreak, Blank,
          ListBlock, BlockQuote],
    Field(discriminator="kind"),
]
LEAF_TYPES = (Heading, CodeBlock, Paragraph, Table, HtmlBlock, HtmlComment, ThematicBreak, Blank)

ListItem.model_rebuild()
ListBlock.model_rebuild()
BlockQuote.model_rebuild()


def walk(blocks: tuple[Block, ...]):  # type: ignore[no-untyped-def]
    """Every block in document order, containers before their children."""
    for block in blocks:
        yield block
        if isinstance(block, ListBlock):
            for item in block.items:
                yield item
                yield from walk(item.children)
        elif isinstance(block, BlockQuote):
            yield from walk(block.children)


def leaves(blocks: tuple[Block, ...]):  # type: ignore[no-untyped-def]
    for block in walk(blocks):
        if isinstance(block, LEAF_TYPES):
            yield block


def render_source(blocks: tuple[Block, ...]) -> str:
    """The exact source text the blocks were parsed from."""
    return "".join(leaf.source for leaf in leaves(blocks))
