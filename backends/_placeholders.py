"""Carry Claude Code's body placeholders to targets that do not substitute them.

Claude Code substitutes ``$ARGUMENTS``, ``$N``/``$ARGUMENTS[N]``, named ``$arg`` and
``${CLAUDE_*}`` variables, and runs ``!`cmd``` before the model reads the body
(platforms.md §2.3). No other target does; §17.3 says how to carry each one over. What a
target substitutes itself is listed in its manifest's ``placeholders`` and left alone.
Hard-coded install paths (``/root/.claude/skills/<name>/``) are rewritten on every target
that rewrites at all, Claude Code included: they are wrong at any other scope.

Where: only *free prose* is rewritten -- paragraphs and headings, outside code spans and
links. Text the content-preservation check (tests/preservation.py) needs byte-exact keeps
the placeholder as written: fenced and indented code, inline code, link targets, table
cells and the first paragraph of a list item. For those, one note after the title says what
each kept placeholder stands for. OpenClaw would substitute ``{baseDir}`` inside code as
well, but code is copied unchanged on every target; the note carries ``{baseDir}``, so
OpenClaw's agent still sees the real folder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from skcc.analyzers.rules import (
    skc202_placeholder_rewritten as rewritten_rule,
    skc203_placeholder_kept_verbatim as kept_rule,
    skc204_dynamic_context_unsupported as dynamic_rule,
    skc205_hardcoded_skill_path as install_rule,
)
from skcc.diagnostics import Diagnostic, Severity
from skcc.ir.blocks import CodeBlock, Heading, ListItem, Paragraph, Table, leaves, walk
from skcc.ir.frontmatter import YamlScalar, YamlSequence
from skcc.ir.inline import code_span_ranges, scan
from skcc.ir.skill import Skill
from skcc.regex_cache import compiled
from skcc.span import Span

# Manifest spellings -> the kinds of placeholder they cover.
KINDS_BY_SPELLING = {
    "$ARGUMENTS": ("arguments",), "$N": ("positional",), "$name": ("named",),
    "${CLAUDE_SKILL_DIR}": ("skill_dir",), "${CLAUDE_PROJECT_DIR}": ("project_dir",),
    "${CLAUDE_*}": ("skill_dir", "project_dir", "claude_var"), "!`cmd`": ("dynamic",),
}
_PATH = r"(?:/(?:[^\s`'\"()\[\]<>,;]*[^\s`'\"()\[\]<>,;.:!?])?)?"
_DYNAMIC = compiled(r"!`([^`\n]+)`")
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth")


@dataclass(frozen=True)
class Dialect:
    """How a target spells what Claude Code substitutes."""

    title: str
    native: frozenset[str]  # kinds the target substitutes itself: left alone
    folder: str = ""  # the skill folder in prose: "{baseDir}", "${CLAUDE_SKILL_DIR}" or ""
    resolves_relative: bool = False  # its prompt says relative paths start at the skill folder

    @classmethod
    def of(cls, title: str, spellings: tuple[str, ...], folder: str = "",
           resolves_relative: bool = False) -> Dialect:
        kinds = {k for s in spellings for k in KINDS_BY_SPELLING.get(s, ())}
        return cls(title, frozenset(kinds), folder, resolves_relative)


@dataclass
class Notes:
    """What the note after the title must explain: spellings kept verbatim, by kind."""

    kept: dict[str, list[str]] = field(default_factory=dict)
    relative: bool = False  # a ${CLAUDE_SKILL_DIR}/x became the relative path x

    def keep(self, kind: str, text: str) -> None:
        spellings = self.kept.setdefault(kind, [])
        if text not in spellings:
            spellings.append(text)


@dataclass
class Rewrite:
    head: str  # the body up to and including its title, where the note goes after
    rest: str
    notes: Notes
    diagnostics: list[Diagnostic]


def _argument_names(skill: Skill) -> tuple[str, ...]:
    value = skill.frontmatter.get("arguments") if skill.frontmatter else None
    if isinstance(value, YamlScalar):
        names = re.split(r"[\s,]+", value.text)
    elif isinstance(value, YamlSequence):
        names = [i.text for i in value.items if isinstance(i, YamlScalar)]
    else:
        return ()
    return tuple(n for n in names if re.fullmatch(r"[A-Za-z_][\w-]*", n) and
                 n != "ARGUMENTS")


def _pattern(skill: Skill) -> re.Pattern[str]:
    fm = skill.frontmatter
    body = skill.document.body
    # A bare $1 is Claude's only when the skill takes arguments; otherwise it is shell or money.
    takes_arguments = "$ARGUMENTS" in body or (fm is not None and (
        fm.get("argument-hint") is not None or fm.get("arguments") is not None))
    alternatives = [
        r"(?<!\\)\$ARGUMENTS\[(?P<index>\d+)\]",
        r"(?<!\\)(?P<arguments>\$ARGUMENTS)(?!\w)",
        r"(?<!\\)\$\{(?P<var>CLAUDE_[A-Z_]+)\}(?P<vpath>" + _PATH + ")",
        r"(?<![\w./~$-])(?P<install>(?:(?:~|\$HOME|\$\{HOME\}|(?:/[\w.@-]+)+)/)?"
        r"\.(?:claude|codex|agents)/skills/" + re.escape(skill.name) + r"(?![\w-]))"
        r"(?P<ipath>" + _PATH + ")",
    ]
    if takes_arguments:
        alternatives.append(r"(?<![\w\\$])\$(?P<n>\d)(?!\w)")
    names = _argument_names(skill)
    if names:
        alternatives.append(r"(?<![\w\\$])\$(?P<name>" + "|".join(map(re.escape, names)) +
                            r")(?![\w-])")
    return compiled("|".join(alternatives))


class _Rewriter:
    def __init__(self, skill: Skill, dialect: Dialect) -> None:
        self.skill = skill
        self.dialect = dialect
        self.pattern = _pattern(skill)
        self.notes = Notes()
        self.diagnostics: list[Diagnostic] = []

    # -- positions ---------------------------------------------------------------------
    def _span(self, leaf, start: int, end: int) -> Span:  # type: ignore[no-untyped-def]
        """Where ``source[start:end]`` (one line) of ``leaf`` is in SKILL.md."""
        source = leaf.source
        line = leaf.span.line + source.count("\n", 0, start)
        column = start - source.rfind("\n", 0, start)
        return Span.model_construct(
            path=leaf.span.path, line=line, column=column, end_line=line,
            end_column=column + max(end - start, 1) - 1, offset=leaf.span.offset + start,
            end_offset=leaf.span.offset + end)

    # -- one leaf ----------------------------------------------------------------------
    def leaf(self, leaf, free: bool, where: str) -> str:  # type: ignore[no-untyped-def]
        source = leaf.source
        # Every placeholder has a "$", "!`" or "/skills/" in it (plain substring tests are
        # far cheaper than the pattern's look-behinds), and a ```! block its info string.
        if "!`" not in source and not (("$" in source or "/skills/" in source) and
                                       self.pattern.search(source)) and not (
                isinstance(leaf, CodeBlock) and leaf.fenced and leaf.info.strip() == "!"):
            return source  # nothing to carry over: skip the inline scan (most leaves)
        if isinstance(leaf, CodeBlock):
            if leaf.fenced and leaf.info.strip() == "!" and "dynamic" not in self.dialect.native:
                self.notes.keep("dynamic_block", "```!")
                self.diagnostics.append(dynamic_rule.RULE.at(
                    leaf.span, f"{self.dialect.title} does not run the commands of a ```! block "
                    "before the model reads the skill; the block is kept and the note after "
                    "the title asks the agent to run them first",
                    "run the commands as an explicit step of the procedure"))
            for m in self.pattern.finditer(source):
                self._kept(leaf, m, "a code block")
            return source
        if not isinstance(leaf, (Paragraph, Heading, Table)):
            return source  # HTML and comments are copied as written
        spans = code_span_ranges(source)
        code = [(s, e) for s, e, _ in spans]
        _, links = scan(source, leaf.span)
        linked = [(li.span.offset - leaf.span.offset, li.span.end_offset - leaf.span.offset)
                  for li in links]
        edits: list[tuple[int, int, str]] = []
        for m in _DYNAMIC.finditer(source):
            start = m.start()
            if (start + 1, m.end()) not in code or (start and not source[start - 1].isspace()):
                continue  # not Claude's syntax (or a mention of it inside inline code)
            if "dynamic" in self.dialect.native:
                continue
            if free and not _inside(start, linked):
                edits.append((start, m.end(), self._dynamic(leaf, source, m)))
            else:
                self.notes.keep("dynamic", "!`cmd`")
                self.diagnostics.append(dynamic_rule.RULE.at(
                    self._span(leaf, start, m.end()), f"{self.dialect.title} does not run "
                    f"!`{m.group(1)}` before the model reads the skill; it is kept in {where} "
                    "and the note after the title asks the agent to run it first",
                    "make running the command an explicit step"))
        for m in self.pattern.finditer(source):
            if _inside(m.start(), code):
                self._kept(leaf, m, "inline code")
            elif _inside(m.start(), linked):
                self._kept(leaf, m, "a link")
            elif not free:
                self._kept(leaf, m, where)
            else:
                replacement = self._rewrite(leaf, m)
                if replacement is not None:
                    edits.append((m.start(), m.end(), replacement))
        for start, end, text in sorted(edits, reverse=True):
            source = source[:start] + text + source[end:]
        return source

    # -- what each kind becomes --------------------------------------------------------
    def _kind(self, m: re.Match[str]) -> str:
        if m.group("install"):
            return "install_path"
        if m.group("var"):
            return {"CLAUDE_SKILL_DIR": "skill_dir",
                    "CLAUDE_PROJECT_DIR": "project_dir"}.get(m.group("var"), "claude_var")
        if m.group("index") is not None or (m.groupdict().get("n") is not None):
            return "positional"
        if m.groupdict().get("name"):
            return "named"
        return "arguments"

    def _kept(self, leaf, m: re.Match[str], where: str) -> None:  # type: ignore[no-untyped-def]
        kind = self._kind(m)
        if kind in self.dialect.native:
            return
        text = m.group("install") or (f"${{{m.group('var')}}}" if m.group("var") else m.group())
        span = self._span(leaf, m.start(), m.end())
        if kind == "install_path":
            self.notes.keep("skill_dir", text)
            self.diagnostics.append(install_rule.RULE.at(
                span, f"`{text}` hard-codes where the skill was installed; it is kept in "
                f"{where} and the note after the title says it stands for the skill's folder",
                "use a path relative to the skill folder"))
        elif kind == "claude_var":
            self.diagnostics.append(kept_rule.RULE.at(
                span, f"`{text}` has no equivalent on {self.dialect.title}; it is kept as "
                f"written in {where}", "describe the value in words, or drop it",
                severity=Severity.WARNING))
        else:
            self.notes.keep(kind, text)
            self.diagnostics.append(kept_rule.RULE.at(
                span, f"{self.dialect.title} does not substitute `{text}`; it is kept as "
                f"written in {where} and explained by the note after the title"))

    def _folder(self, path: str) -> str:
        """The skill folder (plus ``path``) as the target names it in prose."""
        if self.dialect.folder:
            return self.dialect.folder + path
        if path.strip("/"):
            self.notes.relative = not self.dialect.resolves_relative
            return path.lstrip("/")
        return "this skill's folder"

    def _rewrite(self, leaf, m: re.Match[str]) -> str | None:  # type: ignore[no-untyped-def]
        kind = self._kind(m)
        if kind in self.dialect.native and kind != "install_path":
            return None
        span = self._span(leaf, m.start(), m.end())
        if kind == "claude_var":
            self._kept(leaf, m, "prose")
            return None
        if kind == "install_path":
            text = self._folder(m.group("ipath"))
            self.diagnostics.append(install_rule.RULE.at(
                span, f"`{m.group('install')}` hard-codes where the skill was installed; "
                f"rewritten as `{text}`", "use a path relative to the skill folder"))
            return text
        if kind == "skill_dir":
            text = self._folder(m.group("vpath"))
        elif kind == "project_dir":
            text = m.group("vpath").lstrip("/") or "the project's root folder"
        elif kind == "positional":
            index = int(m.group("index") if m.group("index") is not None else m.group("n"))
            ordinal = _ORDINALS[index] if index < len(_ORDINALS) else f"number {index + 1}"
            text = f"the {ordinal} argument the user gave"
        elif kind == "named":
            text = f"the {m.group('name')} argument the user gave"
        else:
            text = "the arguments the user gave"
        self.diagnostics.append(rewritten_rule.RULE.at(
            span, f"{self.dialect.title} does not substitute `{m.group()}`; rewritten as "
            f"'{text}'", "check that the sentence still reads well"))
        return text

    def _dynamic(self, leaf, source: str, m: re.Match[str]) -> str:  # type: ignore[no-untyped-def]
        line_start = source.rfind("\n", 0, m.start()) + 1
        line_end = source.find("\n", m.end())
        before = source[line_start:m.start()].strip(" \t>")
        after = source[m.end(): len(source) if line_end < 0 else line_end].strip()
        command = f"`{m.group(1)}`"
        text = (f"Run {command} first and use its output." if not before and not after
                else f"the output of {command} (run it first)")
        self.diagnostics.append(dynamic_rule.RULE.at(
            self._span(leaf, m.start(), m.end()), f"{self.dialect.title} does not run {m.group()} "
            f"before the model reads the skill; rewritten as '{text}'",
            "make running the command an explicit step"))
        return text


def _inside(offset: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in ranges)


def _protected_paragraphs(skill: Skill) -> dict[int, str]:
    """Leaves the preservation check compares as a whole: table cells, list items' text."""
    found: dict[int, str] = {}
    for block in walk(skill.document.blocks):
        if isinstance(block, Table):
            found[id(block)] = "a table cell"
        elif isinstance(block, ListItem):
            first = next((c for c in block.children if isinstance(c, Paragraph)), None)
            if first is not None:
                found[id(first)] = "a list item"
    return found


def rewrite(skill: Skill, dialect: Dialect) -> Rewrite:
    """The body with placeholders carried over to ``dialect``, split after its title."""
    rewriter = _Rewriter(skill, dialect)
    blocks = skill.document.blocks
    all_leaves = list(leaves(blocks))
    first = next((i for i, leaf in enumerate(all_leaves) if leaf.kind != "blank"), None)
    title = first if first is not None and isinstance(all_leaves[first], Heading) and \
        any(b is all_leaves[first] for b in blocks) else None
    body = skill.document.body
    if "$" in body or "!" in body or "/skills/" in body:  # else nothing can need carrying
        protected = _protected_paragraphs(skill)
        parts = [rewriter.leaf(leaf, id(leaf) not in protected,
                               protected.get(id(leaf), "prose")) for leaf in all_leaves]
    else:
        parts = [leaf.source for leaf in all_leaves]
    cut = title + 1 if title is not None else 0
    return Rewrite("".join(parts[:cut]), "".join(parts[cut:]), rewriter.notes,
                   rewriter.diagnostics)
