"""Move long reference sections into ``references/<slug>.md``, loaded on demand.

Progressive disclosure: the agent reads SKILL.md whole when the skill activates, but a
file under ``references/`` only when it follows the link. A section moves when

- it is a level-2 section (or a level-3 one inside a level-2 section that stays) longer
  than ``split_threshold`` tokens,
- its heading does not name the procedure itself (steps, workflow, rules, usage, when to
  use...: what the agent needs on every run stays in SKILL.md), and
- it is self-contained: no relative links (they would resolve against references/), no
  Claude Code placeholders (targets rewrite those only in SKILL.md).

The heading stays, followed by one line linking the new file and naming its sub-sections,
so the agent knows what it would find there. The moved text is byte for byte the source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from skcc import tokens
from skcc.ir.blocks import Block, Heading, Paragraph, leaves, render_source
from skcc.ir.inline import scan
from skcc.ir.skill import GeneratedFile, Skill
from skcc.ir.views import PLACEHOLDER_RE
from skcc.passes._edit import blank_like, section_end, with_blocks
from skcc.regex_cache import compiled

# Headings of what an agent needs every time the skill runs.
CORE_HEADING = compiled(
    r"(?i)\b(when (?:to|not to) use|use when|steps?|workflow|procedure|instructions?|process|"
    r"quick ?start|overview|rules?|guidelines?|core|principles?|usage|how to|checklist|"
    r"important|critical|requirements?|prerequisites?|constraints?|must|never|always|"
    r"do not|don'?t|output format|getting started)\b")
_INSTALL_PATH = compiled(r"\.(?:claude|codex|agents)/skills/")
MAX_LISTED = 5


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:48].strip("-")
    return slug or "section"


def _movable(blocks: Sequence[Block], start: int, end: int, threshold: int) -> bool:
    heading = blocks[start]
    assert isinstance(heading, Heading)
    if CORE_HEADING.search(heading.text):
        return False
    text = render_source(tuple(blocks[start:end]))
    if PLACEHOLDER_RE.search(text) or _INSTALL_PATH.search(text):
        return False
    for leaf in leaves(tuple(blocks[start:end])):
        source = leaf.source
        if "](" in source or "]:" in source:
            _, links = scan(source, leaf.span)
            if any(link.is_local for link in links):
                return False
    return tokens.count(text) > threshold


def _pointer(heading: Heading, path: str, subsections: list[str], nl: str) -> Paragraph:
    listed = ", ".join(subsections[:MAX_LISTED]) + (", ..." if len(subsections) > MAX_LISTED
                                                    else "")
    text = f"Details in [{path}]({path})" + (f": {listed}." if listed else ".")
    return Paragraph.model_construct(span=heading.span, source=text + nl, text=text,
                                     kind="paragraph")


def run(skill: Skill, options) -> Skill:  # type: ignore[no-untyped-def]
    threshold = options.split_threshold
    blocks = list(skill.document.blocks)
    taken = {f.path for f in skill.files} | {g.path for g in skill.generated}
    out: list[Block] = []
    generated: list[GeneratedFile] = []
    nl = skill.newline

    def move(start: int, end: int) -> None:
        heading = blocks[start]
        assert isinstance(heading, Heading)
        slug, n = _slug(heading.text), 1
        path = f"references/{slug}.md"
        while path in taken:
            n += 1
            path = f"references/{slug}-{n}.md"
        taken.add(path)
        generated.append(GeneratedFile(path=path, text=render_source(tuple(blocks[start:end]))))
        subs = [b.text for b in blocks[start + 1:end] if isinstance(b, Heading)]
        out.extend([heading, blank_like(heading, nl), _pointer(heading, path, subs, nl)])
        if end < len(blocks):
            out.append(blank_like(heading, nl))

    i = 0
    parent_is_core = False  # the enclosing level-2 section stays because it is the procedure
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, Heading) and block.level <= 3:
            if block.level <= 2:
                parent_is_core = bool(CORE_HEADING.search(block.text))
            end = section_end(blocks, i)
            if block.level >= 2 and not (block.level == 3 and parent_is_core) and \
                    _movable(blocks, i, end, threshold):
                move(i, end)
                i = end
                continue
        out.append(block)
        i += 1
    return with_blocks(skill, out, generated) if generated else skill
