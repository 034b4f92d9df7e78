"""Line-level recognisers for CommonMark/GFM block starts.

Markdown's block structure is context-sensitive (a line's meaning depends on the containers
it sits in and on the block that is open), so, like Python's tokenizer feeding INDENT and
DEDENT to its grammar, :mod:`skcc.frontend.lexer` resolves that context and hands the LALR
grammar in ``grammar/skill.lark`` a stream of block tokens. This module holds the pure,
stateless pieces: a tab-aware cursor over one line and the regexes of the CommonMark 0.31
spec (https://spec.commonmark.org/0.31.2/) plus GFM tables, as markdown-it-py implements them.
"""

from __future__ import annotations

import re

from skcc.regex_cache import compiled

ATX_RE = compiled(r" {0,3}(#{1,6})(?:[ \t]+|$)")
ATX_CLOSE_RE = compiled(r"(?:^|[ \t]+)#+[ \t]*$")
FENCE_RE = compiled(r"( {0,3})(`{3,}|~{3,})(.*)$")
THEMATIC_RE = compiled(r" {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
SETEXT_RE = compiled(r" {0,3}(=+|-+)[ \t]*$")
BULLET_RE = compiled(r" {0,3}([-+*])(?=[ \t]|$)")
ORDERED_RE = compiled(r" {0,3}(\d{1,9})([.)])(?=[ \t]|$)")
QUOTE_RE = compiled(r" {0,3}>")
TABLE_DELIM_CELL_RE = compiled(r":?-+:?$")

_BLOCK_TAGS = (
    "address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|"
    "details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|"
    "h1|h2|h3|h4|h5|h6|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|"
    "noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|"
    "thead|title|tr|track|ul"
)
_ATTR = r"""(?:\s+[a-zA-Z_:][a-zA-Z0-9_.:-]*(?:\s*=\s*(?:[^"'=<>`\x00-\x20]+|'[^']*'|"[^"]*"))?)"""
_OPEN_TAG = r"<[A-Za-z][A-Za-z0-9-]*" + _ATTR + r"*\s*/?>"
_CLOSE_TAG = r"</[A-Za-z][A-Za-z0-9-]*\s*>"

# (start regex, end regex or None for "ends at a blank line", may interrupt a paragraph)
HTML_KINDS: tuple[tuple[re.Pattern[str], re.Pattern[str] | None, bool], ...] = (
    (compiled(r" {0,3}<(?:script|pre|style|textarea)(?=[\s>]|$)", re.I),
     compiled(r"</(?:script|pre|style|textarea)>", re.I), True),
    (compiled(r" {0,3}<!--"), compiled(r"-->"), True),
    (compiled(r" {0,3}<\?"), compiled(r"\?>"), True),
    (compiled(r" {0,3}<![A-Za-z]"), compiled(r">"), True),
    (compiled(r" {0,3}<!\[CDATA\["), compiled(r"\]\]>"), True),
    (compiled(r" {0,3}</?(?:" + _BLOCK_TAGS + r")(?=[\s/>]|$)", re.I), None, True),
    (compiled(r" {0,3}(?:" + _OPEN_TAG + "|" + _CLOSE_TAG + r")\s*$"), None, False),
)
HTML_COMMENT_KIND = 1


def html_start(text: str, in_paragraph: bool) -> int:
    """Index into HTML_KINDS of the HTML block ``text`` opens, or -1."""
    for kind, (start, _end, interrupts) in enumerate(HTML_KINDS):
        if start.match(text) and (interrupts or not in_paragraph):
            return kind
    return -1


def split_table_row(text: str) -> list[str]:
    """Cells of a GFM table row; ``\\|`` escapes a pipe, leading/trailing pipes are optional."""
    cells: list[str] = []
    current: list[str] = []
    escaped = False
    for ch in text.strip():
        if ch == "|" and not escaped:
            cells.append("".join(current))
            current = []
        else:
            current.append(ch)
        escaped = ch == "\\" and not escaped
    cells.append("".join(current))
    if cells and not cells[0].strip():
        cells.pop(0)
    if cells and not cells[-1].strip():
        cells.pop()
    return [c.strip() for c in cells]


def table_alignments(text: str) -> list[str] | None:
    """Alignments of a GFM delimiter row (``|:--|--:|``), or None if it is not one."""
    stripped = text.strip()
    if not stripped or stripped[0] not in "|-:":
        return None
    parts = stripped.split("|")
    aligns: list[str] = []
    for i, part in enumerate(parts):
        cell = part.strip()
        if not cell:
            if i == 0 or i == len(parts) - 1:
                continue
            return None
        if not TABLE_DELIM_CELL_RE.match(cell):
            return None
        left, right = cell.startswith(":"), cell.endswith(":")
        aligns.append("center" if left and right else "right" if right else "left" if left else "")
    return aligns or None


class Cursor:
    """A position in one line that understands tab stops (4 columns), as CommonMark does.

    Container prefixes (``>``, list indentation) are consumed column by column; a tab that is
    only partly consumed leaves virtual spaces, which :meth:`rest` materialises.
    """

    __slots__ = ("text", "pos", "col", "partial")

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.col = 0
        self.partial = 0  # columns of a partly consumed tab still to be read

    def _next_nonspace(self) -> tuple[int, int]:
        text, i = self.text, self.pos
        col = self.col + self.partial
        if self.partial:
            i += 1  # the partly consumed tab itself
        n = len(text)
        while i < n:
            c = text[i]
            if c == " ":
                col += 1
            elif c == "\t":
                col += 4 - (col % 4)
            else:
                break
            i += 1
        return i, col

    def indent(self) -> int:
        return self._next_nonspace()[1] - self.col

    def is_blank(self) -> bool:
        i = self._next_nonspace()[0]
        return i >= len(self.text) or self.text[i] in "\r\n"

    def advance(self, columns: int) -> None:
        """Consume ``columns`` columns of whitespace or text, splitting a tab if needed."""
        text = self.text
        while columns > 0 and self.pos < len(text):
            c = text[self.pos]
            if c == "\t":
                width = self.partial or 4 - (self.col % 4)
                step = min(columns, width)
                self.col += step
                columns -= step
                if step < width:
                    self.partial = width - step
                else:
                    self.partial = 0
                    self.pos += 1
            else:
                self.partial = 0
                self.pos += 1
                self.col += 1
                columns -= 1

    def skip_spaces(self, limit: int) -> int:
        """Consume up to ``limit`` columns of spaces/tabs; return how many were consumed."""
        taken = min(self.indent(), limit)
        self.advance(taken)
        return taken

    def rest(self) -> str:
        if self.partial:
            return " " * self.partial + self.text[self.pos + 1 :]
        return self.text[self.pos :]
