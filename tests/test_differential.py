"""Differential test of the block parser against markdown-it-py (CommonMark + GFM tables).

For every Markdown file of the real-world corpus (SKILL.md and references; skipped when
../shared/corpus is absent) and for a set of adversarial snippets, the headings (line,
level) and fenced code blocks (line, info string) skcc finds must be exactly those
markdown-it finds, and so must the block structure as a whole (every block's kind and first
line, containers included). markdown-it is fed the same text with the frontmatter lines
blanked, so line numbers align.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from skcc.frontend.lexer import frontmatter_end, split_lines
from skcc.frontend.parser import parse_blocks
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
    walk,
)
from tests.conftest import CORPUS

markdown_it = pytest.importorskip("markdown_it")
MD = markdown_it.MarkdownIt("commonmark").enable("table")

Found = tuple[list[tuple[int, int]], list[tuple[int, str]]]


def _corpus_params() -> list[Any]:
    if not CORPUS.is_dir():
        return [pytest.param(None, id="corpus-absent", marks=pytest.mark.skip(
            reason="the shared corpus (../shared/corpus/skills) is not present"))]
    return [pytest.param(p, id=p.relative_to(CORPUS).as_posix())
            for p in sorted(CORPUS.rglob("*.md"))]


CORPUS_FILES = _corpus_params()


def read_text(path: Path) -> str:
    """The text skcc parses: UTF-8, BOM dropped, line endings untouched."""
    return path.read_bytes().decode("utf-8").removeprefix("\ufeff")


def blank_frontmatter(text: str) -> str:
    """``text`` with the frontmatter lines (fences included) replaced by empty lines."""
    lines = split_lines(text)
    end = frontmatter_end(lines)
    if end is None or end <= 0:
        return text
    return "\n" * (end + 1) + "".join(line.raw for line in lines[end + 1:])


def skcc_found(text: str) -> Found:
    blocks = parse_blocks(text, "doc.md").blocks
    headings, fences = [], []
    for block in walk(tuple(blocks)):
        if isinstance(block, Heading):
            headings.append((block.span.line, block.level))
        elif isinstance(block, CodeBlock) and block.fenced:
            fences.append((block.span.line, block.info.strip()))
    return headings, fences


def markdown_it_found(text: str) -> Found:
    headings, fences = [], []
    for token in MD.parse(blank_frontmatter(text)):
        if token.type == "heading_open":
            headings.append((token.map[0] + 1, int(token.tag[1:])))
        elif token.type == "fence":
            fences.append((token.map[0] + 1, token.info.strip()))
    return headings, fences


_KIND = {BlockQuote: "blockquote", ListItem: "list_item", Paragraph: "paragraph",
         Heading: "heading", Table: "table", HtmlBlock: "html_block",
         HtmlComment: "html_block", ThematicBreak: "hr"}


def skcc_structure(text: str) -> list[tuple[str, int]]:
    """Every block skcc builds, in document order: (kind in markdown-it's terms, line)."""
    blocks = parse_blocks(text, "doc.md").blocks
    out = []
    for block in walk(tuple(blocks)):
        if isinstance(block, Blank):
            continue
        if isinstance(block, ListBlock):
            kind = "ordered_list" if block.ordered else "bullet_list"
        elif isinstance(block, CodeBlock):
            kind = "fence" if block.fenced else "code_block"
        else:
            kind = _KIND[type(block)]
        out.append((kind, block.span.line))
    return out


def markdown_it_structure(text: str) -> list[tuple[str, int]]:
    out = []
    for token in MD.parse(blank_frontmatter(text)):
        if token.nesting == 1 or token.type in ("fence", "code_block", "html_block", "hr"):
            kind = token.type.removesuffix("_open")
            if kind not in ("thead", "tbody", "tr", "th", "td"):
                out.append((kind, token.map[0] + 1))
    return out


@pytest.mark.parametrize("path", CORPUS_FILES)
def test_corpus_headings_and_fences_match_markdown_it(path: Path) -> None:
    text = read_text(path)
    assert skcc_found(text) == markdown_it_found(text)


@pytest.mark.parametrize("path", CORPUS_FILES)
def test_corpus_block_structure_matches_markdown_it(path: Path) -> None:
    text = read_text(path)
    assert skcc_structure(text) == markdown_it_structure(text)


ADVERSARIAL = {
    # fences nested in containers
    "fence-in-list-item": "- item\n\n  ```bash\n  echo hi\n  ```\n- next\n",
    "fence-in-nested-list": "1. one\n   - two\n     ```py\n     x = 1\n     ```\n",
    "fence-in-quote": "> ```js\n> let a\n> ```\n",
    "fence-closed-by-quote-end": "> ```\n> code\nnot code\n```\n# after\n",
    "fence-in-list-in-quote": "> - a\n>   ~~~ sh\n>   ls\n>   ~~~\n",
    "fence-in-list-under-indented": "- a\n ```\n # in fence\n",
    # list items indented by 1-3 spaces: their content column counts the indentation
    "indented-item-fence-outside": "  - item\n   ```\n# inside the fence\n",
    "indented-item-fence-inside": "  - item\n      ```\n      # code\n      ```\n# heading\n",
    "indented-items-are-siblings": "- a\n    - b\n    - c\n  - d\n",
    # an item starts with at most one blank line
    "empty-item-then-blank": "-\n\n   ```\n```py\n# still code\n",
    "empty-item-then-blank-sibling": "-\n\n- b\n  # heading in b\n",
    # tabs
    "tab-indented-code": "\tcode\n# h\n",
    "tab-after-hash": "#\tTitle\n",
    "tab-list-fence": "-\t```\n\tcode\n\t```\n",
    "tab-in-quote": ">\t```\n>\tcode\n>\t```\n",
    "tab-nested-list": "- a\n\t- b\n\t\t```\n\t\tx\n\t\t```\n",
    # setext headings versus thematic breaks
    "setext-vs-thematic": "Title\n---\n\n---\n\nPara\n***\n",
    "setext-two-lines": "A\nB\n===\n",
    "setext-after-list": "- item\n---\n",
    "setext-in-quote": "> a\n> ---\n",
    "setext-in-item": "- # h\n- b\n  ===\n",
    "empty-setext": "\n===\n",
    # lazy continuation lines
    "lazy-quote-then-hr": "> quote\nlazy\n---\n",
    "lazy-list-then-heading": "- a\nlazy\n# h\n",
    "lazy-not-a-fence": "- a\n``` a`b\n-\n",
    "lazy-ordered-not-1": "- a\n2) two\n===\n",
    # HTML blocks
    "html-block-hides-heading": "<div>\n# not heading\n\n# heading\n",
    "html-comment-hides-fence": "<!--\n```\n-->\n```x\ny\n```\n",
    "html-pre-with-blank": "<pre>\n```\n\n# x\n</pre>\n# y\n",
    "html-type7-in-table": "| a | b |\n| - | - |\n<span>\n    code\n~~~ a`b\n",
    "html-type7-no-interrupt": "para\n<span>\n# h\n",
    # fences of fences
    "four-backticks-hold-three": "````md\n```py\nx\n```\n````\n",
    "tilde-inside-backticks": "```\n~~~\n```\n",
    "close-fence-shorter": "````\n```\n# in code\n",
    "close-fence-with-info": "```\n``` nope\n```\n",
    "backtick-info-with-backtick": "``` a`b\ncode\n```\n",
    "tilde-info-with-backtick": "~~~ a`b\ncode\n~~~\n",
    "indented-three-fence": "   ```\n   x\n  ```\n",
    "indented-four-not-fence": "    ```\n    x\n    ```\n",
    # unterminated fences run to the end of their container
    "unterminated-fence": "# a\n```py\n# not heading\n",
    "unterminated-in-list": "- ```\n  code\n- # head\n",
    # assorted
    "atx-variants": "#no\n####### seven\n###### six ###\n # one\n#\n",
    "heading-interrupts-paragraph": "para\n# heading\ntext\n",
    "table-then-heading": "| a | b |\n| - | - |\n| 1 | 2 |\n# h\n",
    "crlf": "# h\r\n```sh\r\nx\r\n```\r\n",
    "frontmatter-blanked": "---\nname: x\n---\n# Title\n```\ncode\n```\n",
    "unclosed-frontmatter": "---\nname: x\n# Title\n",
}


@pytest.mark.parametrize("text", list(ADVERSARIAL.values()), ids=list(ADVERSARIAL))
def test_adversarial_headings_and_fences_match_markdown_it(text: str) -> None:
    assert skcc_found(text) == markdown_it_found(text)


@pytest.mark.parametrize("text", list(ADVERSARIAL.values()), ids=list(ADVERSARIAL))
def test_adversarial_block_structure_matches_markdown_it(text: str) -> None:
    assert skcc_structure(text) == markdown_it_structure(text)
