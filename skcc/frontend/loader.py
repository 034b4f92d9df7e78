"""Read a skill folder safely and build its SkIR.

Everything that can go wrong with untrusted input on disk is turned into a diagnostic here:
huge files are rejected before they are read, binary and non-UTF-8 text are located,
symlinks are resolved and never followed out of the skill folder, special files are refused.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from skcc.analyzers.rules import (
    skc001_unreadable_file as unreadable,
    skc002_file_too_large as too_large,
    skc003_binary_file as binary_file,
    skc004_invalid_utf8 as invalid_utf8,
    skc005_missing_frontmatter as missing_fm,
    skc006_unclosed_frontmatter as unclosed_fm,
    skc012_missing_skill_md as missing_skill_md,
    skc013_symlink_escape as symlink_escape,
    skc016_special_file as special_file,
    skc017_nesting_too_deep as too_deep,
    skc114_byte_order_mark as bom_rule,
    skc115_blank_before_frontmatter as blank_before,
)
from skcc.diagnostics import Diagnostic
from skcc.frontend.lexer import MAX_CONTAINERS
from skcc.ir.skill import BundledFile, FileKind, Skill, SkillDocument
from skcc.span import Span

SKILL_FILE = "SKILL.md"
MAX_SKILL_MD_BYTES = 4 * 1024 * 1024
MAX_BUNDLED_FILES = 5000
SKIP_DIRS = frozenset({".git", ".hg", ".svn", "__pycache__", "node_modules", ".DS_Store"})
_KIND_BY_DIR = {"scripts": FileKind.SCRIPT, "references": FileKind.REFERENCE,
                "assets": FileKind.ASSET}
SCRIPT_SUFFIXES = frozenset({".py", ".sh", ".bash", ".zsh", ".js", ".mjs", ".cjs", ".ts",
                             ".ps1", ".rb", ".pl"})


@dataclass(frozen=True)
class SourceText:
    """SKILL.md decoded: the text skcc parses plus what was found about its encoding."""

    text: str
    bom: bool
    newline: str


def find_skill_root(path: Path) -> Path | None:
    """The skill folder for a path naming either the folder or its SKILL.md."""
    if path.name == SKILL_FILE and not path.is_dir():
        return path.parent
    if path.is_dir() and ((path / SKILL_FILE).exists() or (path / SKILL_FILE).is_symlink()):
        return path
    return None


def read_source(path: Path, display: str, max_bytes: int = MAX_SKILL_MD_BYTES
                ) -> tuple[SourceText | None, list[Diagnostic]]:
    """Read and decode SKILL.md; None with an error diagnostic if it cannot be used."""
    here = Span.point(display)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            return None, [unreadable.RULE.at(here, f"{display} is a directory, not a file",
                                             "SKILL.md must be a regular Markdown file")]
        if not stat.S_ISREG(info.st_mode):
            return None, [special_file.RULE.at(here, f"{display} is not a regular file",
                                               "replace it with a regular Markdown file")]
        if info.st_size > max_bytes:
            return None, [too_large.RULE.at(
                here, f"{display} is {info.st_size:,} bytes; the limit is {max_bytes:,}",
                "move long material into references/*.md, loaded on demand")]
        data = path.read_bytes()
    except OSError as exc:
        return None, [unreadable.RULE.at(here, f"cannot read {display}: {exc.strerror or exc}",
                                         "check that the file exists and is readable")]
    if b"\0" in data[:8192] or b"\0" in data:
        return None, [binary_file.RULE.at(here, f"{display} is a binary file (it contains NUL "
                                          "bytes)", "SKILL.md must be UTF-8 Markdown text")]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        return None, [invalid_utf8.RULE.at(
            Span.point(display, line, column, exc.start),
            f"invalid UTF-8 byte 0x{data[exc.start]:02x} at byte offset {exc.start}",
            "re-save the file as UTF-8")]
    bom = text.startswith("\ufeff")
    if bom:
        text = text[1:]
    newline = "\r\n" if "\r\n" in text[:4096] else "\n"
    return SourceText(text, bom, newline), []


def parse_document(source: SourceText, display: str
                   ) -> tuple[SkillDocument | None, list[Diagnostic]]:
    """Parse decoded SKILL.md text into the document IR."""
    from skcc.frontend.frontmatter import load_frontmatter
    from skcc.frontend.parser import parse_blocks

    text = source.text
    diagnostics: list[Diagnostic] = []
    if source.bom:
        diagnostics.append(bom_rule.RULE.at(
            Span.point(display), "SKILL.md starts with a UTF-8 byte-order mark",
            "save the file as UTF-8 without BOM; the reference validator and several agents "
            "then fail to find the frontmatter"))
    first_line = re.split(r"\r\n|\r|\n", text, maxsplit=1)[0]
    if first_line.rstrip() != "---":
        stripped = text.lstrip()
        if stripped.startswith("---") and text[: len(text) - len(stripped)].count("\n"):
            line = text[: len(text) - len(stripped)].count("\n") + 1
            diagnostics.append(blank_before.RULE.at(
                Span.point(display, line), "the frontmatter fence is not on the first line",
                "delete the blank lines before `---`; frontmatter must start the file"))
            return None, diagnostics
        diagnostics.append(missing_fm.RULE.at(
            Span.point(display), "SKILL.md does not start with YAML frontmatter (`---`)",
            "add `---`, `name: ...`, `description: ...` and `---` as the first lines"))
    fm_token, blocks, overflow = parse_blocks(text, display)
    if overflow is not None:
        diagnostics.append(too_deep.RULE.at(
            Span.point(display, overflow), "block quotes and lists are nested more than "
            f"{MAX_CONTAINERS // 2} levels deep; deeper markers are read as text",
            "flatten the structure; no agent needs instructions nested this deep"))
    frontmatter = None
    if fm_token is not None:
        raw_lines = fm_token.info.raw
        fence_span = Span.model_construct(
            path=display, line=1, column=1, end_line=len(raw_lines), end_column=3,
            offset=0, end_offset=len(str(fm_token)))
        frontmatter, fm_diags = load_frontmatter(
            "".join(raw_lines[1:-1]), display, fence_span, first_line=2,
            offset=len(raw_lines[0]))
        diagnostics.extend(fm_diags)
        if frontmatter is None:
            return None, diagnostics
    elif first_line.rstrip() == "---":
        diagnostics.append(_unclosed(text, display))
        return None, diagnostics
    end = len(text)
    span = Span.model_construct(path=display, line=1, column=1,
                                end_line=text.count("\n") + 1, end_column=1, offset=0,
                                end_offset=end)
    return SkillDocument(path=display, frontmatter=frontmatter, blocks=tuple(blocks),
                         span=span), diagnostics


def _unclosed(text: str, display: str) -> Diagnostic:
    """SKC006, pointing at a near-miss closing fence (``--- # end``) when there is one."""
    for number, line in enumerate(re.split(r"\r\n|\r|\n", text)[1:], start=2):
        if line.startswith("---") and line.rstrip() != "---":
            return unclosed_fm.RULE.at(
                Span.point(display, number, 1),
                f"the frontmatter is never closed: `{line.strip()}` on line {number} is not "
                "a closing fence", "write the closing fence as `---` alone on its line; Codex "
                "and other line-based readers do not accept anything after it")
    return unclosed_fm.RULE.at(
        Span.point(display), "the frontmatter opened on line 1 is never closed",
        "add a line containing only `---` after the last frontmatter field")


def _within(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
    except ValueError:
        return False
    return True


def scan_files(root: Path, display_root: str) -> tuple[list[BundledFile], list[Diagnostic]]:
    """Describe every bundled file (sorted by path); refuse links out and special files."""
    real_root = root.resolve()
    files: list[BundledFile] = []
    diagnostics: list[Diagnostic] = []
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            diagnostics.append(unreadable.RULE.at(
                Span.point(f"{display_root}/{folder.relative_to(root).as_posix()}"),
                f"cannot list folder: {exc.strerror or exc}", "check its permissions"))
            continue
        for entry in entries:
            path = Path(entry.path)
            rel = path.relative_to(root).as_posix()
            display = f"{display_root}/{rel}"
            if rel == SKILL_FILE or entry.name in SKIP_DIRS:
                continue
            if entry.is_symlink():
                target = path.resolve()
                if not _within(target, real_root) or target == real_root:
                    diagnostics.append(symlink_escape.RULE.at(
                        Span.point(display), f"symlink {rel} points outside the skill folder "
                        f"(to {os.readlink(path)})", "copy the file into the skill folder or "
                        "remove the link; skcc never follows links out of a skill"))
                    continue
                if target.is_dir():
                    continue  # links to folders inside the skill: their files are listed anyway
            try:
                mode = path.stat().st_mode
            except OSError:
                diagnostics.append(unreadable.RULE.at(Span.point(display),
                                                      f"cannot read {rel}", "fix or remove it"))
                continue
            if stat.S_ISDIR(mode):
                stack.append(path)
                continue
            if not stat.S_ISREG(mode):
                diagnostics.append(special_file.RULE.at(
                    Span.point(display), f"{rel} is not a regular file (device, FIFO or "
                    "socket)", "remove it from the skill folder"))
                continue
            if len(files) >= MAX_BUNDLED_FILES:
                diagnostics.append(too_large.RULE.at(
                    Span.point(display), f"more than {MAX_BUNDLED_FILES} bundled files",
                    "a skill should bundle a handful of scripts, references and assets"))
                return sorted(files, key=lambda f: f.path), diagnostics
            files.append(_describe(path, rel, mode))
    return sorted(files, key=lambda f: f.path), diagnostics


def _describe(path: Path, rel: str, mode: int) -> BundledFile:
    digest = hashlib.sha256()
    size = 0
    head = b""
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 16), b""):
            if not head:
                head = chunk[:8192]
            digest.update(chunk)
            size += len(chunk)
    top = rel.split("/", 1)[0] if "/" in rel else ""
    kind = _KIND_BY_DIR.get(top, FileKind.OTHER)
    if kind is FileKind.OTHER and Path(rel).suffix in SCRIPT_SUFFIXES:
        kind = FileKind.SCRIPT
    is_text = b"\0" not in head
    if is_text:
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as exc:
            is_text = exc.start > len(head) - 4  # a multi-byte char cut by the 8 KiB window
    return BundledFile(path=rel, kind=kind, sha256=digest.hexdigest(), size=size,
                       executable=bool(mode & 0o111), text=is_text)


def _open(path: Path, max_bytes: int
          ) -> tuple[Path | None, str, SourceText | None, list[Diagnostic]]:
    """The skill folder, its display path and its decoded SKILL.md (None where it fails).

    The display path is the path as given: the rules also read bundled files through it
    (``Skill.root``), so it must lead to the folder from the working directory.
    """
    display_root = path.as_posix()
    root = find_skill_root(path)
    if root is None:
        return None, display_root, None, [missing_skill_md.RULE.at(
            Span.point(display_root), f"no {SKILL_FILE} in {display_root}",
            f"a skill is a folder containing a file named exactly {SKILL_FILE}")]
    if root is not path:
        display_root = Path(display_root).parent.as_posix()
    skill_md = root / SKILL_FILE
    display_md = f"{display_root}/{SKILL_FILE}"
    if skill_md.is_symlink() and not _within(skill_md.resolve(), root.resolve()):
        return root, display_root, None, [symlink_escape.RULE.at(
            Span.point(display_md), f"{SKILL_FILE} is a symlink to {os.readlink(skill_md)}, "
            "outside the skill folder", "replace the link with the file itself")]
    source, diagnostics = read_source(skill_md, display_md, max_bytes)
    return root, display_root, source, diagnostics


def _assemble(root: Path, display_root: str, document: SkillDocument, source: SourceText
              ) -> tuple[Skill, list[Diagnostic]]:
    files, diagnostics = scan_files(root, display_root)
    name = root.resolve().name if root.name in ("", ".", "..") else root.name
    return Skill(name=name, root=display_root, document=document, files=tuple(files),
                 bom=source.bom, newline=source.newline), diagnostics


def load_skill(path: str | Path, *, max_bytes: int = MAX_SKILL_MD_BYTES
               ) -> tuple[Skill | None, list[Diagnostic]]:
    """Load one skill (its folder or its SKILL.md) into SkIR.

    Returns:
        The skill, or None when it cannot be parsed, and every diagnostic found on the way.

    Example:
        >>> skill, diagnostics = load_skill("skills/changelog-writer")  # doctest: +SKIP
    """
    root, display_root, source, diagnostics = _open(Path(path), max_bytes)
    if root is None or source is None:
        return None, diagnostics
    document, parse_diags = parse_document(source, f"{display_root}/{SKILL_FILE}")
    diagnostics.extend(parse_diags)
    if document is None:
        return None, diagnostics
    skill, file_diags = _assemble(root, display_root, document, source)
    return skill, diagnostics + file_diags


def load_for_security_scan(path: str | Path) -> Skill | None:
    """A skill whose frontmatter does not parse, loaded anyway for the security rules.

    Broken YAML must not hide a malicious body or script from the scan: the frontmatter
    lines are blanked (line numbers stay right), the body is parsed and the bundled files
    are listed. None when SKILL.md cannot be read at all.
    """
    root, display_root, source, _ = _open(Path(path), MAX_SKILL_MD_BYTES)
    if root is None or source is None:
        return None
    lines = source.text.split("\n")
    if lines and lines[0].strip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")),
                   len(lines) - 1)
        lines[: end + 1] = [""] * (end + 1)
    blanked = SourceText("\n".join(lines), source.bom, source.newline)
    document, _ = parse_document(blanked, f"{display_root}/{SKILL_FILE}")
    if document is None:
        return None
    return _assemble(root, display_root, document, source)[0]
