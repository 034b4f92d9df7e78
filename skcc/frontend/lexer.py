"""The block lexer: SKILL.md text -> block tokens for the LALR grammar in grammar/skill.lark.

Markdown is not context-free: whether ``---`` is a setext underline, a thematic break or a
frontmatter fence, or whether an indented line belongs to a list item, depends on what is
open. The lexer resolves exactly that context (open containers and the open leaf block) the
way CommonMark's two-phase algorithm does, and emits:

* one token per leaf block, carrying every raw source line it covers, so the grammar's tree
  and the IR built from it reproduce the source byte for byte (the lossless layer);
* zero-width open/close tokens for container blocks (block quotes, lists, list items), the
  INDENT/DEDENT trick of indentation-sensitive languages, so nesting lives in the grammar.
"""

from __future__ import annotations

from dataclasses import dataclass

from skcc.frontend.blocks import (
    ATX_RE,
    BULLET_RE,
    FENCE_RE,
    HTML_KINDS,
    ORDERED_RE,
    QUOTE_RE,
    SETEXT_RE,
    THEMATIC_RE,
    Cursor,
    html_start,
    split_table_row,
    table_alignments,
)
from skcc.frontend.leaf_tokens import BlockToken, LeafTokens, TokenInfo, SourceLine, split_lines


# Block quotes, lists and list items open at once (a list item is two: list + item). 64 is
# 32 levels of nested lists, far beyond any real skill and well within recursion limits.
MAX_CONTAINERS = 64


@dataclass(slots=True)
class _Quote:
    pass


@dataclass(slots=True)
class _List:
    key: tuple[bool, str]  # (ordered, bullet char or delimiter): items of one list share it


@dataclass(slots=True)
class _Item:
    content_indent: int
    empty: bool = False  # opened by a marker with nothing after it, and nothing added yet
    ended: bool = False  # empty and then a blank line: an item starts with at most one


class _BlockLexer(LeafTokens):
    """One pass over the lines of a body; ``tokens`` is the output."""

    def __init__(self) -> None:
        self.tokens: list[BlockToken] = []
        self.containers: list[_Quote | _List | _Item] = []
        self.leaf: str | None = None  # para, fence, icode, html, table, blank
        self.info: TokenInfo | None = None
        self.line: SourceLine | None = None
        self.nesting_overflow: int | None = None  # first line that hit MAX_CONTAINERS

    # -- containers -------------------------------------------------------------------------
    def close_containers(self, keep: int) -> None:
        if keep >= len(self.containers):
            return
        self.finish_leaf()
        while len(self.containers) > keep:
            c = self.containers.pop()
            if not isinstance(c, _Item):  # an item ends where the next item or its list ends
                self.emit_marker("QUOTE_CLOSE" if isinstance(c, _Quote) else "LIST_CLOSE")

    def match_containers(self, cur: Cursor) -> int:
        matched = 0
        for c in self.containers:
            if isinstance(c, _Quote):
                if cur.indent() > 3 or not QUOTE_RE.match(cur.rest()):
                    break
                cur.skip_spaces(3)
                cur.advance(1)  # the '>'
                if cur.indent() > 0:
                    cur.advance(1)  # one optional space after '>'
            elif isinstance(c, _Item):
                if cur.is_blank():
                    cur.skip_spaces(c.content_indent)
                    c.ended = c.empty
                elif not c.ended and cur.indent() >= c.content_indent:
                    cur.advance(c.content_indent)
                    c.empty = False
                else:
                    break
            matched += 1
        return matched

    def list_marker(self, cur: Cursor, in_paragraph: bool
                    ) -> tuple[tuple[bool, str], int, str] | None:
        """The list item this line opens: (list key, marker width, marker text), or None."""
        rest = cur.rest()
        m = BULLET_RE.match(rest)
        if m:
            key: tuple[bool, str] = (False, m.group(1))
        else:
            m = ORDERED_RE.match(rest)
            if not m:
                return None
            key = (True, m.group(2))
            if in_paragraph and m.group(1) != "1":
                return None
        after = rest[m.end():]
        if in_paragraph and not after.strip():
            return None
        return key, m.end() - (len(rest) - len(rest.lstrip(" "))), m.group(0).strip()

    # -- the main loop ----------------------------------------------------------------------
    def feed(self, line: SourceLine) -> None:
        self.line = line
        if self.fast_path(line) if not self.containers else self.fast_container_line(line):
            return
        cur = Cursor(line.text)
        matched = self.match_containers(cur)
        all_matched = matched == len(self.containers)

        if self.leaf == "fence":
            if all_matched:
                self.fence_line(cur)
                return
            self.finish_leaf()
        elif self.leaf == "html":
            if all_matched and not (self.info and self.info.extra["end"] is None
                                    and cur.is_blank()):
                self.add_line(cur.rest())
                end = self.info.extra["end"] if self.info else None
                if end is not None and end.search(cur.rest()):
                    self.finish_leaf()
                return
            self.finish_leaf()
        elif self.leaf == "icode":
            if all_matched and (cur.is_blank() or cur.indent() >= 4):
                cur.advance(4) if not cur.is_blank() else cur.skip_spaces(4)
                self.add_line(cur.rest())
                return
            self.finish_leaf()

        # A list whose current item did not match may still continue with a sibling item.
        list_pending = (not all_matched and matched > 0
                        and isinstance(self.containers[matched - 1], _List))
        in_para = self.leaf == "para"
        opened = False
        while cur.indent() < 4:
            if len(self.containers) >= MAX_CONTAINERS:
                # Deeper nesting is no real skill; stop opening containers (the rest of
                # the line stays text, nothing is lost) and let the loader report it.
                if self.nesting_overflow is None:
                    self.nesting_overflow = line.number
                break
            rest = cur.rest()
            if QUOTE_RE.match(rest):
                self.open_container(matched, list_pending, None)
                cur.skip_spaces(3)
                cur.advance(1)
                if cur.indent() > 0:
                    cur.advance(1)
                self.containers.append(_Quote())
                self.emit_marker("QUOTE_OPEN")
            else:
                if THEMATIC_RE.match(rest):
                    break
                marker = self.list_marker(cur, in_para and all_matched and not opened)
                if marker is None:
                    break
                key, width, text = marker
                self.open_container(matched, list_pending, key)
                lead = cur.skip_spaces(3)  # the item's content column counts these too
                cur.advance(width)
                spaces = cur.indent()
                if cur.is_blank() or spaces > 4:
                    spaces = 1 if not cur.is_blank() else 0
                    content_indent = lead + width + 1
                else:
                    content_indent = lead + width + spaces
                cur.advance(spaces)
                if not (self.containers and isinstance(self.containers[-1], _List)):
                    self.containers.append(_List(key))
                    self.emit_marker("LIST_OPEN", ordered=key[0], marker=text)
                self.containers.append(_Item(content_indent, empty=cur.is_blank()))
                self.emit_marker("ITEM_OPEN", marker=text)
            opened = True
            matched = len(self.containers)
            list_pending = False
            all_matched = True
            in_para = False

        if not all_matched:
            if self.leaf == "para" and self.is_lazy_continuation(cur):
                self.add_line(cur.rest())
                return
            self.close_containers(matched - 1 if list_pending else matched)
        self.leaf_line(cur, opened)

    def fast_path(self, line: SourceLine) -> bool:
        """Handle the commonest top-level lines without a cursor; False if unsure.

        Inside a fence, any line that cannot close it is code; in or after a paragraph, a
        line starting with a letter can only be paragraph text; a blank line is blank. The
        general path below gives the same result for these lines, only slower.
        """
        text = line.text
        leaf = self.leaf
        if leaf == "fence":
            info = self.info
            assert info is not None
            extra = info.extra
            stripped = text.lstrip(" ")
            lead = len(text) - len(stripped)
            if "\t" in text[: lead + 1]:
                return False
            if lead > 3 or not stripped.startswith(extra["fence"]):
                info.raw.append(line.raw)
                info.content.append(text[min(lead, extra["indent"]):])
                return True
            if stripped.rstrip(" ") != extra["char"] * len(stripped.rstrip(" ")):
                return False
            self.add_line(text)  # the closing fence
            extra["closed"] = True
            self.finish_leaf()
            return True
        if not text or text.isspace():
            if "\t" in text:
                return False
            if leaf == "blank":
                assert self.info is not None
                self.info.raw.append(line.raw)
                self.info.content.append("")
            elif leaf in (None, "para", "table"):
                self.finish_leaf()
                self.start_leaf("blank", "")
            else:
                return False
            return True
        first = text[0]
        if leaf not in (None, "blank", "para"):
            if leaf == "table" and first == "|":  # a row: `|` starts no other block
                self.add_line(text)
                return True
            return False
        if first.isalpha():
            if leaf == "para":
                assert self.info is not None
                self.info.raw.append(line.raw)
                self.info.content.append(text)
            else:
                self.finish_leaf()
                self.start_leaf("para", text)
            return True
        if first == "#":
            if not ATX_RE.match(text):
                return False  # `#tag`: paragraph text, left to the general path
            self.finish_leaf()
            self.emit_line("ATX_HEADING", text, level=len(text) - len(text.lstrip("#")))
            return True
        if first in "`~":
            m = FENCE_RE.match(text)
            if not m or (first == "`" and "`" in m.group(3)):
                return False
            self.finish_leaf()
            fence = m.group(2)
            self.start_leaf("fence", text, char=first, size=len(fence), fence=fence,
                            info=m.group(3).strip(), indent=0, closed=False)
            return True
        return False

    def fast_container_line(self, line: SourceLine) -> bool:
        """A paragraph's continuation inside list items (no block quotes): the line is
        indented to every item's content column and starts with a letter."""
        if self.leaf != "para":
            return False
        text = line.text
        stripped = text.lstrip(" ")
        if not stripped or not stripped[0].isalpha() or "\t" in text[: len(text) - len(stripped)]:
            return False
        column = 0
        for c in self.containers:
            if isinstance(c, _Item):
                if c.ended:
                    return False
                column += c.content_indent
                c.empty = False
            elif isinstance(c, _Quote):
                return False
        if len(text) - len(stripped) < column:
            return False
        assert self.info is not None
        self.info.raw.append(line.raw)
        self.info.content.append(text[column:])
        return True

    def open_container(self, matched: int, list_pending: bool,
                       key: tuple[bool, str] | None) -> None:
        """Close what the new container replaces; keep a list open for a sibling item."""
        self.finish_leaf()
        if list_pending:
            lst = self.containers[matched - 1]
            assert isinstance(lst, _List)
            self.close_containers(matched if key == lst.key else matched - 1)
        else:
            self.close_containers(matched)

    def is_lazy_continuation(self, cur: Cursor) -> bool:
        if cur.is_blank():
            return False
        if cur.indent() >= 4:
            return True
        rest = cur.rest()
        fence = FENCE_RE.match(rest)
        if fence and fence.group(2)[0] == "`" and "`" in fence.group(3):
            fence = None  # a backtick fence's info string cannot contain a backtick
        return not (ATX_RE.match(rest) or fence or THEMATIC_RE.match(rest)
                    or html_start(rest, True) >= 0)

    def fence_line(self, cur: Cursor) -> None:
        info = self.info
        assert info is not None
        extra = info.extra
        if cur.indent() < 4:
            stripped = cur.rest().strip()
            char, size = extra["char"], extra["size"]
            if (len(stripped) >= size and stripped[0] == char
                    and stripped == char * len(stripped)):
                self.add_line(cur.rest())
                extra["closed"] = True
                self.finish_leaf()
                return
        cur.skip_spaces(extra["indent"])
        self.add_line(cur.rest())

    def leaf_line(self, cur: Cursor, opened: bool) -> None:
        leaf = self.leaf
        if cur.is_blank():
            if leaf != "blank":
                self.finish_leaf()
                self.start_leaf("blank", "")
            else:
                self.add_line("")
            return
        if cur.indent() >= 4:
            if leaf == "para":
                self.add_line(cur.rest())
            else:
                self.finish_leaf()
                cur.advance(4)
                self.start_leaf("icode", cur.rest())
            return
        lead = cur.skip_spaces(3)
        rest = cur.rest()
        first = rest[0]
        if first in "`~":
            m = FENCE_RE.match(rest)
            if m and not (first == "`" and "`" in m.group(3)):
                self.finish_leaf()
                fence = m.group(2)
                info_string = m.group(3).strip()
                self.start_leaf("fence", rest, char=fence[0], size=len(fence), fence=fence,
                                info=info_string, indent=lead, closed=False)
                return
        elif first == "#":
            if ATX_RE.match(rest):
                self.finish_leaf()
                level = len(rest) - len(rest.lstrip("#"))
                self.emit_line("ATX_HEADING", rest, level=level)
                return
        if leaf == "para" and not opened:
            if "|" in rest or first in ":-":
                aligns = table_alignments(rest)
                info = self.info
                assert info is not None
                if aligns is not None:
                    header = info.content[-1]
                    if "|" in header and len(split_table_row(header)) == len(aligns):
                        self.split_paragraph_into_table(aligns, rest)
                        return
            if first in "=-" and SETEXT_RE.match(rest):
                info = self.info
                assert info is not None
                self.leaf = self.info = None
                self.emit("PARAGRAPH", info)
                self.emit_line("SETEXT_UNDERLINE", rest, level=1 if first == "=" else 2)
                return
        if first in "*-_" and THEMATIC_RE.match(rest):
            self.finish_leaf()
            self.emit_line("THEMATIC_BREAK", rest)
            return
        if first == "<":
            kind = html_start(rest, leaf in ("para", "table"))  # type 7 cannot end either
            if kind >= 0:
                self.finish_leaf()
                end = HTML_KINDS[kind][1]
                self.start_leaf("html", rest, kind=kind, end=end)
                if end is not None and end.search(rest, 2):
                    self.finish_leaf()
                return
        if leaf == "para":
            self.add_line(rest)
        elif leaf == "table":
            self.add_line(rest)
        else:
            self.finish_leaf()
            self.start_leaf("para", rest)

    def close(self) -> None:
        self.finish_leaf()
        self.close_containers(0)


def frontmatter_end(lines: list[SourceLine]) -> int | None:
    """Index of the closing ``---`` line when line 0 opens a frontmatter fence."""
    if not lines or lines[0].text.rstrip() != "---":
        return None
    for i in range(1, len(lines)):
        if lines[i].text.rstrip() == "---":
            return i
    return -1


def tokenize(text: str) -> list[BlockToken]:
    """Block tokens of a whole SKILL.md text (frontmatter fence included)."""
    return lex(text)[0]


def lex(text: str) -> tuple[list[BlockToken], int | None]:
    """Block tokens, and the first line nested deeper than MAX_CONTAINERS (or None)."""
    lines = split_lines(text) if text else []
    lexer = _BlockLexer()
    start = 0
    end = frontmatter_end(lines)
    if end is not None and end > 0:
        fm = lines[: end + 1]
        lexer.emit("FRONTMATTER", TokenInfo(1, 0, [ln.raw for ln in fm],
                                            [ln.text for ln in fm[1:-1]]))
        start = end + 1
    feed = lexer.feed
    for line in lines[start:]:
        feed(line)
    lexer.line = lines[-1] if lines else SourceLine(1, 0, "", "")
    if lexer.containers:
        # Close markers sit after the last line.
        last = lexer.line
        lexer.line = SourceLine(last.number, last.offset + len(last.raw), "", "")
    lexer.close()
    return lexer.tokens, lexer.nesting_overflow
