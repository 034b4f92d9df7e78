"""Diagnostics as text: ``path:line:col: severity[CODE] message`` plus a code frame."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from skcc.diagnostics import Diagnostic


def _reader(sources: Mapping[str, bytes] | None = None) -> Callable[[str], list[str] | None]:
    """Source lines by path, for code frames: read from disk, or only from ``sources``
    (files that are not on disk under those paths, such as a pack's)."""
    cache: dict[str, list[str] | None] = {}

    def lines(path: str) -> list[str] | None:
        if sources is not None:
            data = sources.get(path)
            return None if data is None else \
                data.decode("utf-8", "replace").lstrip("\ufeff").split("\n")
        if path not in cache:
            try:
                p = Path(path)
                if p.is_file() and not p.is_symlink() and p.stat().st_size <= 4 * 1024 * 1024:
                    cache[path] = p.read_bytes().decode("utf-8", "replace").lstrip(
                        "\ufeff").split("\n")
                else:
                    cache[path] = None
            except OSError:
                cache[path] = None
        return cache[path]

    return lines


def printable(text: str) -> str:
    """Escape control characters so hostile input cannot drive the terminal (ESC sequences,
    carriage returns rewriting the line). Tabs and newlines of multi-line text are kept."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() or c in "\n\t" else
                   c.encode("unicode_escape").decode("ascii") for c in text)


def render_one(d: Diagnostic, source_lines: list[str] | None, concise: bool = False) -> str:
    s = d.span
    head = printable(f"{s.path}:{s.line}:{s.column}: {d.severity.value}[{d.code}] {d.message}")
    if concise:
        return head
    out = [head]
    if source_lines is not None and 1 <= s.line <= len(source_lines):
        text = source_lines[s.line - 1].rstrip("\r").replace("\t", "    ")
        if text.strip():
            width = len(str(s.line))
            gutter = " " * width
            shown = text if len(text) <= 160 else text[:157] + "..."
            end = s.end_column if s.end_line == s.line and s.end_column >= s.column else len(text)
            carets = max(1, min(end, len(shown)) - s.column + 1)
            out.append(f"{gutter} |")
            out.append(f"{s.line} | {printable(shown)}")
            out.append(f"{gutter} | {' ' * (s.column - 1)}{'^' * carets}")
    if d.help:
        out.append(f"  = help: {printable(d.help)}")
    return "\n".join(out)


def render(diagnostics: Iterable[Diagnostic], concise: bool = False,
           sources: Mapping[str, bytes] | None = None) -> str:
    lines = _reader(sources)
    return "\n\n".join(render_one(d, lines(d.span.path), concise) for d in diagnostics)


def summary(diagnostics: list[Diagnostic]) -> str:
    counts = {"error": 0, "warning": 0, "info": 0}
    for d in diagnostics:
        counts[d.severity.value] += 1
    parts = [f"{n} {k}{'s' if n != 1 else ''}" for k, n in counts.items() if n]
    return ", ".join(parts) if parts else "no problems found"
