"""Content preservation: what a compiled skill must still say, whatever the target.

A target may rewrite the frontmatter, re-fence code or move text around, but the content an
agent acts on must survive: every code block (code and info string), inline code span, link
target, table cell and list item (the first paragraph of each item) of the source skill must
be found in the output skill, at least as many times as in the source. Reused by the
round-trip test of every target.
"""

from __future__ import annotations

from collections import Counter

from collections.abc import Iterable

from skcc.frontend.loader import SourceText, parse_document
from skcc.ir.blocks import CodeBlock, ListItem, Paragraph, Table, walk
from skcc.ir.skill import Skill


def _item_text(item: ListItem) -> str:
    for child in item.children:
        if isinstance(child, Paragraph):
            return child.text
    return ""


def content_items(skill: Skill) -> Counter[str]:
    """Every piece of content of ``skill`` that a target must keep, described and counted."""
    items: Counter[str] = Counter()
    for block in walk(skill.document.blocks):
        if isinstance(block, CodeBlock):
            items[f"code block (info {block.info!r}): {block.code!r}"] += 1
        elif isinstance(block, Table):
            for cell in (*block.header, *(cell for row in block.rows for cell in row)):
                if cell:
                    items[f"table cell: {cell!r}"] += 1
        elif isinstance(block, ListItem):
            text = _item_text(block)
            if text:
                items[f"list item: {text!r}"] += 1
    for code in skill.views.inline_code:
        items[f"inline code: {code.text!r}"] += 1
    for link in skill.views.links:
        if link.target:
            items[f"link: {link.target!r}"] += 1
    return items


def missing_content(source_skill: Skill, output_skill: Skill) -> list[str]:
    """What the output lost: one line per missing item (with a count when it lost several)."""
    lost = content_items(source_skill) - content_items(output_skill)
    return [item if count == 1 else f"{item} (x{count})" for item, count in sorted(lost.items())]


def missing_from_files(source_skill: Skill, texts: Iterable[str]) -> list[str]:
    """``missing_content`` when the output is several Markdown files (SKILL.md plus the
    references a pass generated), each parsed on its own as the agent would read it."""
    found: Counter[str] = Counter()
    for number, text in enumerate(texts):
        document, _ = parse_document(SourceText(text, False, "\n"), f"output-{number}.md")
        if document is None:
            return [f"output file {number} does not parse"]
        found += content_items(Skill(name=source_skill.name, root="output", document=document))
    lost = content_items(source_skill) - found
    return [item if count == 1 else f"{item} (x{count})" for item, count in sorted(lost.items())]
