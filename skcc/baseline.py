"""Baselines: accept today's findings, report only new ones.

A finding's fingerprint ignores line numbers, so it survives edits above it: it hashes the
rule code, the file (relative to the baseline file's folder) and the whitespace-normalised
source text the finding points at (the message when the text cannot be read). Identical
fingerprints are counted, so a second copy of an accepted line is still reported.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from skcc.diagnostics import Diagnostic

VERSION = 1
MAX_CONTEXT_LINES = 3


class BaselineError(ValueError):
    pass


class SourceLines:
    """Lines of the files diagnostics point at, read once each (None when unreadable)."""

    def __init__(self) -> None:
        self._cache: dict[str, list[str] | None] = {}

    def __call__(self, path: str) -> list[str] | None:
        if path not in self._cache:
            try:
                p = Path(path)
                ok = p.is_file() and p.stat().st_size <= 4 * 1024 * 1024
                self._cache[path] = p.read_bytes().decode("utf-8", "replace").split("\n") \
                    if ok else None
            except OSError:
                self._cache[path] = None
        return self._cache[path]


def _relative(path: str, base: Path | None) -> str:
    if base is None:
        return Path(path).as_posix()
    try:
        return Path(os.path.relpath(Path(path).resolve(), base.resolve())).as_posix()
    except ValueError:  # another drive on Windows
        return Path(path).as_posix()


def context(d: Diagnostic, lines: SourceLines) -> str:
    """The normalised source text a diagnostic points at (its message as a fallback)."""
    source = lines(d.span.path)
    if source is not None and 1 <= d.span.line <= len(source):
        last = min(max(d.span.end_line, d.span.line), d.span.line + MAX_CONTEXT_LINES - 1,
                   len(source))
        text = " ".join(" ".join(source[i - 1].split()) for i in range(d.span.line, last + 1))
        if text.strip():
            return text
    return " ".join(d.message.split())


def fingerprint(d: Diagnostic, lines: SourceLines, base: Path | None = None) -> str:
    key = "\0".join((d.code, _relative(d.span.path, base), context(d, lines)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def write(path: Path, diagnostics: Iterable[Diagnostic]) -> int:
    """Write the baseline of ``diagnostics`` to ``path``; the number of entries."""
    lines = SourceLines()
    base = path.resolve().parent
    counts: Counter[tuple[str, str, str]] = Counter()
    for d in diagnostics:
        counts[(fingerprint(d, lines, base), d.code, _relative(d.span.path, base))] += 1
    entries = [{"fingerprint": fp, "code": code, "path": rel, "count": n}
               for (fp, code, rel), n in sorted(counts.items(), key=lambda kv: kv[0][2:0:-1])]
    document = {"tool": "skcc", "version": VERSION, "findings": entries}
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(document, indent=2) + "\n", "utf-8")
    os.replace(tmp, path)
    return sum(counts.values())


def load(path: Path) -> Counter[str]:
    """Fingerprint -> how many findings with it the baseline accepts."""
    try:
        document = json.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise BaselineError(f"{path}: cannot read the baseline: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BaselineError(f"{path}: not a JSON baseline ({exc}); create one with "
                            "`skcc check --write-baseline FILE`") from exc
    if not isinstance(document, dict) or document.get("tool") != "skcc" or \
            not isinstance(document.get("findings"), list):
        raise BaselineError(f"{path}: not an skcc baseline (expected {{\"tool\": \"skcc\", "
                            "\"findings\": [...]}})")
    if document.get("version") != VERSION:
        raise BaselineError(f"{path}: baseline version {document.get('version')!r} is not "
                            f"supported (expected {VERSION}); write it again")
    accepted: Counter[str] = Counter()
    for entry in document["findings"]:
        if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
            raise BaselineError(f"{path}: every finding needs a 'fingerprint' string")
        count = entry.get("count", 1)
        accepted[entry["fingerprint"]] += count if isinstance(count, int) and count > 0 else 1
    return accepted


def filter_new(diagnostics: list[Diagnostic], path: Path) -> tuple[list[Diagnostic], int]:
    """The diagnostics the baseline at ``path`` does not accept, and how many it hid."""
    accepted = load(path)
    lines = SourceLines()
    base = path.resolve().parent
    kept: list[Diagnostic] = []
    hidden = 0
    for d in diagnostics:
        fp = fingerprint(d, lines, base)
        if accepted[fp] > 0:
            accepted[fp] -= 1
            hidden += 1
        else:
            kept.append(d)
    return kept, hidden
