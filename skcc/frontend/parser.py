"""SKILL.md text -> SkIR document, through the LALR grammar in grammar/skill.lark.

The transformer runs inside lark's LALR parser (no intermediate parse tree): each grammar
rule's callback builds the IR class of the same name directly from the block tokens.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

from lark import Lark, Transformer
from lark.exceptions import LarkError

from skcc.frontend.blocks import split_table_row
from skcc.frontend.lexer import BlockToken, SkillLexer
from skcc.ir.blocks import (
    Blank,
    BlockQuote,
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
from skcc.span import Span

_ATX_TRAILER = __import__("re").compile(r"(?:^|[ \t]+)#+[ \t]*$")


def _line_span(path: str, tokens: list[BlockToken]) -> Span:
    first, last = tokens[0].info, tokens[-1].info
    last_raw = last.raw[-1] if last.raw else ""
    end_offset = last.offset + sum(len(r) for r in last.raw)
    return Span(
        path=path, line=first.line, column=1, end_line=last.line + max(len(last.raw) - 1, 0),
        end_column=max(len(last_raw.rstrip("\r\n")), 1), offset=first.offset,
        end_offset=end_offset,
    )


def _join_spans(path: str, spans: list[Span]) -> Span:
    first, last = spans[0], spans[-1]
    return Span(
        path=path, line=first.line, column=first.column, end_line=last.end_line,
        end_column=last.end_column, offset=first.offset, end_offset=last.end_offset,
    )


def _source(tokens: list[BlockToken]) -> str:
    return "".join(str(t) for t in tokens)


class IRBuilder(Transformer):  # type: ignore[type-arg]
    """Grammar rule -> IR node. ``path`` is set per parse by :func:`parse_document`."""

    path = "SKILL.md"
    __visit_tokens__ = False  # tokens reach the rule callbacks as they are

    def start(self, children: list[Any]) -> list[Any]:
        return children[0]  # type: ignore[no-any-return]

    def skill_document(self, children: list[Any]) -> list[Any]:
        return children

    def frontmatter(self, children: list[BlockToken]) -> BlockToken:
        return children[0]

    def heading(self, children: list[BlockToken]) -> Heading:
        span = _line_span(self.path, children)
        if children[0].type == "ATX_HEADING":
            tok = children[0]
            text = tok.info.content[0].strip()[tok.info.extra["level"]:]
            text = _ATX_TRAILER.sub("", text).strip()
            return Heading(source=str(tok), level=tok.info.extra["level"], text=text,
                           style="atx", span=span)
        para, underline = children
        text = "\n".join(line.strip() for line in para.info.content)
        return Heading(source=_source(children), level=underline.info.extra["level"],
                       text=text, style="setext", span=span)

    def code_block(self, children: list[BlockToken]) -> CodeBlock:
        span = _line_span(self.path, children)
        first = children[0]
        if first.type == "INDENTED_CODE":
            code = "\n".join(first.info.content) + "\n"
            return CodeBlock(source=str(first), code=code, fenced=False, span=span)
        body = next((c for c in children if c.type == "CODE_TEXT"), None)
        code = "\n".join(body.info.content) + "\n" if body else ""
        extra = first.info.extra
        return CodeBlock(source=_source(children), code=code, fenced=True, fence=extra["fence"],
                         info=extra["info"], closed=children[-1].type == "FENCE_CLOSE",
                         span=span)

    def paragraph(self, children: list[BlockToken]) -> Paragraph:
        tok = children[0]
        return Paragraph(source=str(tok), text="\n".join(c.strip() for c in tok.info.content),
                         span=_line_span(self.path, children))

    def table(self, children: list[BlockToken]) -> Table:
        head, delim, *rows = children
        return Table(
            source=_source(children), header=tuple(split_table_row(head.info.content[0])),
            aligns=tuple(delim.info.extra["aligns"]),
            rows=tuple(tuple(split_table_row(r.info.content[0])) for r in rows),
            span=_line_span(self.path, children),
        )

    def html_block(self, children: list[BlockToken]) -> HtmlBlock:
        tok = children[0]
        return HtmlBlock(source=str(tok), html="\n".join(tok.info.content),
                         span=_line_span(self.path, children))

    def html_comment(self, children: list[BlockToken]) -> HtmlComment:
        tok = children[0]
        text = "\n".join(tok.info.content).strip()
        text = text.removeprefix("<!--").removesuffix("-->").strip()
        return HtmlComment(source=str(tok), text=text, span=_line_span(self.path, children))

    def thematic_break(self, children: list[BlockToken]) -> ThematicBreak:
        return ThematicBreak(source=str(children[0]), span=_line_span(self.path, children))

    def blank(self, children: list[BlockToken]) -> Blank:
        return Blank(source=str(children[0]), span=_line_span(self.path, children))

    def list_item(self, children: list[Any]) -> ListItem:
        open_tok, *blocks = children
        return ListItem(marker=open_tok.info.extra["marker"], children=tuple(blocks),
                        span=_join_spans(self.path, [blocks[0].span, blocks[-1].span]))

    def list_block(self, children: list[Any]) -> ListBlock:
        open_tok, *items, _close = children
        return ListBlock(ordered=open_tok.info.extra["ordered"], items=tuple(items),
                         span=_join_spans(self.path, [items[0].span, items[-1].span]))

    def block_quote(self, children: list[Any]) -> BlockQuote:
        _open, *blocks, _close = children
        return BlockQuote(children=tuple(blocks),
                          span=_join_spans(self.path, [blocks[0].span, blocks[-1].span]))


@lru_cache(maxsize=1)
def _parser() -> tuple[Lark, IRBuilder]:
    grammar = resources.files("skcc.grammar").joinpath("skill.lark").read_text("utf-8")
    builder = IRBuilder()
    return Lark(grammar, parser="lalr", lexer=SkillLexer, transformer=builder,
                maybe_placeholders=False), builder


def parse_blocks(text: str, path: str) -> tuple[BlockToken | None, list[Any]]:
    """Parse a whole SKILL.md text: (frontmatter token or None, top-level blocks).

    Raises:
        LarkError: never for any input the lexer produces; kept as an internal error.
    """
    lark, builder = _parser()
    builder.path = path
    children = lark.parse(text)
    if children and isinstance(children[0], BlockToken):
        return children[0], children[1:]
    return None, children


__all__ = ["LarkError", "parse_blocks"]
