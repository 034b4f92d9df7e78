"""Normalise whitespace outside code: trailing spaces, runs of blank lines, table padding.

Only top-level blocks are touched; text inside lists and quotes carries container prefixes
and is left as written. Code is never changed. A Markdown hard line break (two or more
trailing spaces before another line of the same paragraph) is kept as exactly two spaces.
"""

from __future__ import annotations

from skcc.ir.blocks import Blank, Block, Heading, Paragraph, Table
from skcc.ir.skill import Skill
from skcc.passes._edit import blank_like, with_blocks
from skcc.regex_cache import compiled

_PIPE = compiled(r"(?<!\\)\|")
_DELIMITER_CELL = compiled(r"^(:?)-+(:?)$")


def _paragraph(source: str) -> str:
    lines = source.split("\n")
    out = []
    for i, line in enumerate(lines):
        body = line.rstrip(" \t\r")
        eol = "\r" if line.endswith("\r") else ""
        last = i >= len(lines) - 2  # the final line (before the trailing "")
        hard_break = not last and line.rstrip("\r").endswith("  ") and body
        out.append(body + ("  " if hard_break else "") + eol)
    return "\n".join(out)


def _table_row(line: str) -> str:
    eol = "\r" if line.endswith("\r") else ""
    text = line.rstrip("\r").strip()
    lead, trail = text.startswith("|"), text.endswith("|") and not text.endswith("\\|")
    inner = text[1 if lead else 0: len(text) - 1 if trail and len(text) > 1 else len(text)]
    cells = [c.strip() for c in _PIPE.split(inner)]
    if all(_DELIMITER_CELL.match(c) for c in cells):
        cells = [_DELIMITER_CELL.sub(r"\1---\2", c) for c in cells]
    return "| " + " | ".join(cells) + " |" + eol


def _table(source: str) -> str:
    lines = source.split("\n")
    return "\n".join(_table_row(line) if line.strip() else line for line in lines)


def _tidy(block: Block) -> Block:
    if isinstance(block, Paragraph):
        source = _paragraph(block.source)
    elif isinstance(block, Heading) and block.style == "atx":
        source = _paragraph(block.source)
    elif isinstance(block, Table):
        source = _table(block.source)
    else:
        return block
    if source == block.source:
        return block
    return type(block).model_construct(**{**dict(block), "source": source})


def run(skill: Skill, options: object = None) -> Skill:
    blocks = skill.document.blocks
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Blank):
            if not out or isinstance(out[-1], Blank):
                continue  # leading blank lines, and all but one of a run
            if block.source != skill.newline:  # several blank lines, or spaces on one
                block = blank_like(block, skill.newline)
        out.append(_tidy(block))
    while out and isinstance(out[-1], Blank):
        out.pop()
    if len(out) == len(blocks) and all(a is b for a, b in zip(out, blocks)):
        return skill
    return with_blocks(skill, out)
