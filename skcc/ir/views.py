"""Semantic views of a skill, derived from the lossless layer on demand (never stored).

Sections nest the flat block list by heading level; the rest are what analyzers and
backends ask about a skill: its triggers, steps, examples, constraints, referenced
resources, tool and command mentions, placeholders, and inferred capabilities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from skcc.ir.blocks import (
    Block,
    BlockQuote,
    CodeBlock,
    Heading,
    ListBlock,
    ListItem,
    Paragraph,
    Table,
    leaves,
    walk,
)
from skcc.ir.inline import InlineCode, Link, scan
from skcc.regex_cache import compiled
from skcc.span import Span

if TYPE_CHECKING:
    from skcc.ir.skill import Skill


@dataclass(frozen=True)
class Section:
    heading: Heading | None  # None for the preamble before the first heading
    blocks: tuple[Block, ...]
    children: tuple[Section, ...] = ()

    @property
    def level(self) -> int:
        return self.heading.level if self.heading else 0

    @property
    def title(self) -> str:
        return self.heading.text if self.heading else ""


@dataclass(frozen=True)
class Mention:
    """Something the text refers to, with where: a step, constraint, tool, command..."""

    kind: str
    text: str
    span: Span
    in_code: bool = False


@dataclass(frozen=True)
class Capability:
    name: str  # network | file-write | shell | secrets
    evidence: tuple[Mention, ...] = field(default=())


PLACEHOLDER_RE = compiled(
    r"\$ARGUMENTS(?:\[\d+\])?|\$\{CLAUDE_[A-Z_]+\}|(?<![\w\\$])\$\d\b|(?:^|(?<=\s))!`[^`\n]+`",
    re.M)
CONSTRAINT_RE = compiled(r"\b(MUST NOT|MUST|NEVER|ALWAYS|DO NOT|SHOULD NOT|SHOULD|REQUIRED)\b")
TOOL_NAMES = frozenset({
    "Read", "Write", "Edit", "MultiEdit", "Bash", "Glob", "Grep", "WebFetch", "WebSearch",
    "NotebookEdit", "TodoWrite", "Task", "Agent", "Skill", "AskUserQuestion", "PowerShell",
})
_TOOL_RE = compiled(r"\b(" + "|".join(sorted(TOOL_NAMES)) + r")\b(?:\(|\s+tool)")
SHELL_LANGS = frozenset({"bash", "sh", "shell", "zsh", "console", "shell-session", "powershell",
                         "ps1", "pwsh", "fish", "!"})
_CAPABILITY_PATTERNS = {
    "network": compiled(r"\b(curl|wget|https?://|requests\.(?:get|post)|fetch\(|urllib|"
                          r"git clone|npm install|pip install|ssh |scp |nc )", re.I),
    "file-write": compiled(r"(?<![<>=-])>>?\s*[\w./~$]|\b(tee|rm|mv|cp|mkdir|touch|chmod|"
                             r"sed -i|write_text|open\([^)]*['\"][wa]['\"])\b"),
    "secrets": compiled(r"(~/\.ssh|~/\.aws|\.env\b|API_KEY|SECRET|TOKEN|PASSWORD|"
                          r"credentials|keychain|id_rsa)", re.I),
}


def _sections(blocks: tuple[Block, ...]) -> tuple[Section, ...]:
    """Nest top-level blocks by heading level (a heading owns what follows until one of
    the same or a higher level)."""
    root: list[tuple[Heading | None, list[Block], list[Section]]] = [(None, [], [])]
    stack = root[:]

    def close(entry: tuple[Heading | None, list[Block], list[Section]]) -> Section:
        heading, body, children = entry
        return Section(heading, tuple(body), tuple(children))

    for block in blocks:
        if isinstance(block, Heading):
            while len(stack) > 1 and stack[-1][0] is not None and \
                    stack[-1][0].level >= block.level:  # type: ignore[union-attr]
                done = stack.pop()
                stack[-1][2].append(close(done))
            stack.append((block, [], []))
        else:
            stack[-1][1].append(block)
    while len(stack) > 1:
        done = stack.pop()
        stack[-1][2].append(close(done))
    preamble = close(stack[0])
    result = [Section(None, preamble.blocks)] if preamble.blocks else []
    return tuple(result + list(preamble.children))


class SemanticViews:
    """Lazily computed views; obtain with ``skill.views``."""

    def __init__(self, skill: Skill) -> None:
        self.skill = skill

    @classmethod
    def of(cls, skill: Skill) -> SemanticViews:
        return cls(skill)

    @cached_property
    def sections(self) -> tuple[Section, ...]:
        return _sections(self.skill.document.blocks)

    @cached_property
    def _inline(self) -> tuple[tuple[InlineCode, ...], tuple[Link, ...]]:
        codes: list[InlineCode] = []
        links: list[Link] = []
        for leaf in leaves(self.skill.document.blocks):
            if isinstance(leaf, (Paragraph, Heading, Table)):
                c, li = scan(leaf.source, leaf.span)
                codes.extend(c)
                links.extend(li)
        return tuple(codes), tuple(links)

    @property
    def inline_code(self) -> tuple[InlineCode, ...]:
        return self._inline[0]

    @property
    def links(self) -> tuple[Link, ...]:
        return self._inline[1]

    @cached_property
    def code_blocks(self) -> tuple[CodeBlock, ...]:
        return tuple(b for b in walk(self.skill.document.blocks) if isinstance(b, CodeBlock))

    @cached_property
    def triggers(self) -> tuple[str, ...]:
        """Phrases of the description that say when to use the skill."""
        description = self.skill.description or ""
        found = []
        for sentence in re.split(r"(?<=[.!?])\s+", description.strip()):
            m = re.search(r"\b(?:use (?:this skill )?(?:when|for|if)|trigger(?:s|ed)? (?:on|when)|"
                          r"when (?:the )?user)\b(.*)", sentence, re.I)
            if m:
                found.append(sentence.strip())
        found.extend(re.findall(r"\"([^\"]{2,60})\"", description))
        return tuple(dict.fromkeys(found))

    @cached_property
    def steps(self) -> tuple[Mention, ...]:
        """Items of ordered lists: the procedure the skill prescribes."""
        steps = []
        for block in walk(self.skill.document.blocks):
            if isinstance(block, ListBlock) and block.ordered:
                for item in block.items:
                    steps.append(Mention("step", _item_text(item), item.span))
        return tuple(steps)

    @cached_property
    def examples(self) -> tuple[Section, ...]:
        return tuple(s for s in _all_sections(self.sections) if "example" in s.title.lower())

    @cached_property
    def constraints(self) -> tuple[Mention, ...]:
        out = []
        for leaf in leaves(self.skill.document.blocks):
            if isinstance(leaf, (Paragraph, Heading)):
                for sentence in re.split(r"(?<=[.!?])\s+|\n", leaf.text):
                    m = CONSTRAINT_RE.search(sentence)
                    if m:
                        out.append(Mention(m.group(1), sentence.strip(), leaf.span))
        return tuple(out)

    @cached_property
    def resources(self) -> tuple[Link, ...]:
        """Links into the skill's own files (``references/x.md``, ``scripts/run.py``)."""
        return tuple(link for link in self.links if link.is_local)

    @cached_property
    def placeholders(self) -> tuple[Mention, ...]:
        out = []
        for leaf in leaves(self.skill.document.blocks):
            in_code = isinstance(leaf, CodeBlock)
            if in_code and leaf.fenced and leaf.info.strip() == "!":
                out.append(Mention("placeholder", "```!", leaf.span, in_code=True))
            # Every placeholder has a `$` or a "!`"; most leaves have neither, and the
            # pattern's lookbehind alternation is slow to fail at every position.
            if "$" not in leaf.source and "!`" not in leaf.source:
                continue
            for m in PLACEHOLDER_RE.finditer(leaf.source):
                line = leaf.span.line + leaf.source.count("\n", 0, m.start())
                out.append(Mention("placeholder", m.group().strip(),
                                   Span.point(leaf.span.path, line,
                                              m.start() - leaf.source.rfind("\n", 0, m.start()),
                                              leaf.span.offset + m.start()),
                                   in_code=in_code))
        return tuple(out)

    @cached_property
    def tools(self) -> tuple[Mention, ...]:
        """Agent tools named in the text (``Bash(...)``, "the Read tool") or allowed-tools."""
        out = []
        fm = self.skill.frontmatter
        allowed = fm.get("allowed-tools") if fm else None
        if allowed is not None and allowed.kind == "scalar":
            for tool in re.findall(r"[\w.-]+(?:\([^)]*\))?", allowed.text):
                out.append(Mention("tool", tool, allowed.span))
        for leaf in leaves(self.skill.document.blocks):
            if isinstance(leaf, (Paragraph, Heading)):
                for m in _TOOL_RE.finditer(leaf.text):
                    out.append(Mention("tool", m.group(1), leaf.span))
        return tuple(out)

    @cached_property
    def commands(self) -> tuple[Mention, ...]:
        """Shell commands: lines of shell code blocks and inline code that runs a program."""
        out = []
        for block in self.code_blocks:
            if block.language in SHELL_LANGS or (not block.fenced):
                for i, line in enumerate(block.code.splitlines()):
                    line = line.strip().removeprefix("$ ").strip()
                    if line and not line.startswith("#"):
                        out.append(Mention("command", line, Span.point(
                            block.span.path, block.span.line + i + (1 if block.fenced else 0)),
                            in_code=True))
        for placeholder in self.placeholders:
            if placeholder.text.startswith("!`"):
                out.append(Mention("command", placeholder.text[2:-1], placeholder.span))
        return tuple(out)

    @cached_property
    def capabilities(self) -> tuple[Capability, ...]:
        """What running this skill can do, inferred from its commands, code and scripts."""
        evidence: dict[str, list[Mention]] = {}
        texts = [(c.text, c.span) for c in self.commands]
        texts += [(b.code, b.span) for b in self.code_blocks if b.language not in SHELL_LANGS]
        for text, span in texts:
            for name, pattern in _CAPABILITY_PATTERNS.items():
                if pattern.search(text):
                    evidence.setdefault(name, []).append(Mention(name, text[:120], span))
        if self.commands or any(f.kind.value == "script" for f in self.skill.files):
            shell = [c for c in self.commands][:5] or [
                Mention("shell", f.path, Span.point(f"{self.skill.root}/{f.path}"))
                for f in self.skill.files if f.kind.value == "script"][:5]
            evidence.setdefault("shell", []).extend(shell)
        return tuple(Capability(name, tuple(ev)) for name, ev in sorted(evidence.items()))


def _item_text(item: ListItem) -> str:
    for child in item.children:
        if isinstance(child, Paragraph):
            return child.text
    return ""


def _all_sections(sections: tuple[Section, ...]):  # type: ignore[no-untyped-def]
    for s in sections:
        yield s
        yield from _all_sections(s.children)


__all__ = ["BlockQuote", "Capability", "Mention", "Section", "SemanticViews"]
