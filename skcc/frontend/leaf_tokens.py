"""Block tokens and the leaf half of the block lexer (see ``lexer``).

A leaf block (paragraph, fenced or indented code, HTML, table, blank lines) is collected
line by line while it is open and emitted as block tokens when it ends: one token per leaf,
carrying every raw source line it covers, except fences (open, body, close), tables (head,
delimiter, rows) and indented code (trailing blank lines are blank). ``LeafTokens`` is that
half of ``lexer._BlockLexer``, which decides when a leaf opens and ends.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from skcc.frontend.blocks import HTML_COMMENT_KIND
from skcc.regex_cache import compiled


@dataclass(slots=True)
class TokenInfo:
    """What a block token covers: raw source lines (with line endings) and their content
    once container prefixes are stripped. ``extra`` holds per-kind facts (fence, level...)."""

    line: int  # 1-based number of the first source line
    offset: int  # character offset of the first source line
    raw: list[str] = field(default_factory=list)
    content: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


class BlockToken(str):
    """A block token: the source text it covers, the grammar terminal it is (``type``, as
    named in grammar/skill.lark) and its :class:`TokenInfo`."""

    __slots__ = ("type", "value", "info")
    type: str
    value: str
    info: TokenInfo


@dataclass(slots=True)
class SourceLine:
    number: int
    offset: int
    text: str  # without the line ending
    raw: str  # with the line ending


_LINE_RE = compiled(r"([^\r\n]*)(\r\n|\r|\n|$)")


def split_lines(text: str, first_line: int = 1, offset: int = 0) -> list[SourceLine]:
    """Split on LF, CRLF or a lone CR, as CommonMark does (``str.splitlines`` would also
    split on U+2028, form feeds and other characters that are not Markdown line endings)."""
    lines: list[SourceLine] = []
    number, pos = first_line, offset
    if "\r" not in text:  # the common case, at C speed
        for raw in text.split("\n"):
            lines.append(SourceLine(number, pos, raw, raw + "\n"))
            number += 1
            pos += len(raw) + 1
        last = lines[-1]
        if last.raw == "\n":  # text ended with a newline: no further line
            lines.pop()
        else:
            last.raw = last.text
        return lines
    for m in _LINE_RE.finditer(text):
        if not m.group(0):
            break
        lines.append(SourceLine(number, pos, m.group(1), m.group(0)))
        number += 1
        pos += len(m.group(0))
    return lines


class LeafTokens:
    """Token emission and the open leaf block, for ``lexer._BlockLexer``."""

    tokens: list[BlockToken]
    leaf: str | None  # para, fence, icode, html, table, blank
    info: TokenInfo | None
    line: SourceLine | None

    def emit(self, kind: str, info: TokenInfo) -> None:
        value = "".join(info.raw)
        tok = str.__new__(BlockToken, value)
        tok.type = kind
        tok.value = value
        tok.info = info
        self.tokens.append(tok)

    def emit_marker(self, kind: str, **extra: Any) -> None:
        line = self.line
        assert line is not None
        self.emit(kind, TokenInfo(line.number, line.offset, extra=extra))

    def emit_line(self, kind: str, content: str, **extra: Any) -> None:
        """Emit a one-line leaf token for the current line."""
        line = self.line
        assert line is not None
        self.emit(kind, TokenInfo(line.number, line.offset, [line.raw], [content], extra))

    def start_leaf(self, leaf: str, content: str, **extra: Any) -> None:
        line = self.line
        assert line is not None
        self.leaf = leaf
        self.info = TokenInfo(line.number, line.offset, [line.raw], [content], extra)

    def add_line(self, content: str) -> None:
        assert self.info is not None and self.line is not None
        self.info.raw.append(self.line.raw)
        self.info.content.append(content)

    def finish_leaf(self) -> None:
        kind, info = self.leaf, self.info
        self.leaf = self.info = None
        if kind is None or info is None:
            return
        if kind == "para":
            self.emit("PARAGRAPH", info)
        elif kind == "blank":
            self.emit("BLANK", info)
        elif kind == "fence":
            self._emit_fence(info)
        elif kind == "icode":
            self._emit_indented_code(info)
        elif kind == "html":
            self.emit("HTML_COMMENT" if info.extra["kind"] == HTML_COMMENT_KIND else "HTML_BLOCK",
                      info)
        elif kind == "table":
            self._emit_table(info)

    def _emit_fence(self, info: TokenInfo) -> None:
        n = len(info.raw)
        closed = info.extra["closed"]
        body_end = n - 1 if closed else n
        self.emit("FENCE_OPEN", TokenInfo(info.line, info.offset, info.raw[:1], info.content[:1],
                                          info.extra))
        offset = info.offset + len(info.raw[0])
        if body_end > 1:
            body = TokenInfo(info.line + 1, offset, info.raw[1:body_end],
                             info.content[1:body_end])
            self.emit("CODE_TEXT", body)
            offset += sum(len(r) for r in body.raw)
        if closed:
            self.emit("FENCE_CLOSE", TokenInfo(info.line + n - 1, offset, info.raw[-1:],
                                               info.content[-1:]))

    def _emit_indented_code(self, info: TokenInfo) -> None:
        # Trailing blank lines are not part of an indented code block.
        keep = len(info.content)
        while keep > 1 and not info.content[keep - 1].strip():
            keep -= 1
        self.emit("INDENTED_CODE", TokenInfo(info.line, info.offset, info.raw[:keep],
                                             info.content[:keep]))
        if keep < len(info.raw):
            offset = info.offset + sum(len(r) for r in info.raw[:keep])
            self.emit("BLANK", TokenInfo(info.line + keep, offset, info.raw[keep:],
                                         info.content[keep:]))

    def _emit_table(self, info: TokenInfo) -> None:
        offset = info.offset
        for i, (raw, content) in enumerate(zip(info.raw, info.content)):
            kind = "TABLE_HEAD" if i == 0 else "TABLE_DELIM" if i == 1 else "TABLE_ROW"
            extra = {"aligns": info.extra["aligns"]} if i == 1 else {}
            self.emit(kind, TokenInfo(info.line + i, offset, [raw], [content], extra))
            offset += len(raw)

    def split_paragraph_into_table(self, aligns: list[str], delim: str) -> None:
        info = self.info
        assert info is not None and self.line is not None
        self.leaf = self.info = None
        if len(info.raw) > 1:
            offset_head = info.offset + sum(len(r) for r in info.raw[:-1])
            self.emit("PARAGRAPH", TokenInfo(info.line, info.offset, info.raw[:-1],
                                             info.content[:-1]))
            head = TokenInfo(info.line + len(info.raw) - 1, offset_head, info.raw[-1:],
                             info.content[-1:], {"aligns": aligns})
        else:
            head = TokenInfo(info.line, info.offset, info.raw, info.content, {"aligns": aligns})
        head.raw.append(self.line.raw)
        head.content.append(delim)
        self.leaf, self.info = "table", head
