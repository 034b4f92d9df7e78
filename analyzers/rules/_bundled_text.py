"""Segments of the files a skill bundles: reference documents, the sentences of scripts, and
the hidden text of SVG images (see ``_text``: the agent reads all of them). Data files are
read by ``_data_text``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from skcc.analyzers.rules._script_text import is_script, sentences
from skcc.analyzers.rules._text import (
    HIDDEN_HTML,
    MAX_REFERENCE_BYTES,
    PROSE,
    REFERENCE_SUFFIXES,
    SCRIPT_TEXT,
    Segment,
    block_segments,
)
from skcc.regex_cache import compiled
from skcc.span import Span


def bundled_segments(root: str, file) -> tuple[Segment, ...]:  # type: ignore[no-untyped-def]
    """The segments of one bundled file (text, within the size limit), by its kind."""
    path = file.path
    if path.lower().endswith(REFERENCE_SUFFIXES) and file.kind.value in ("reference", "other"):
        return reference_segments(root, path, file.sha256)
    if is_script(path):
        return script_segments(root, path, file.sha256)
    if path.lower().endswith(".svg"):
        return svg_segments(root, path, file.sha256)
    return ()


@lru_cache(maxsize=256)
def reference_segments(root: str, path: str, sha256: str) -> tuple[Segment, ...]:
    """Segments of a bundled reference file; empty when it cannot be read safely."""
    from skcc.frontend.parser import parse_blocks

    text = read_inside(root, path)
    if text is None:
        return ()
    display = f"{root}/{path}"
    if path.lower().endswith((".txt", ".rst")):
        return (Segment(text, display, 1, 1, 0, PROSE, reference=True),)
    try:
        parsed = parse_blocks(text, display)
    except Exception:  # noqa: BLE001 - an unparsable reference is still scanned as text
        return (Segment(text, display, 1, 1, 0, PROSE, reference=True),)
    found = list(block_segments(tuple(parsed.blocks), reference=True))
    if parsed.frontmatter is not None:
        found.insert(0, Segment(str(parsed.frontmatter), display, 1, 1, 0, PROSE,
                                reference=True))
    return tuple(found)


@lru_cache(maxsize=256)
def script_segments(root: str, path: str, sha256: str) -> tuple[Segment, ...]:
    """Segments of the sentences in a bundled script (``_script_text``)."""
    text = read_inside(root, path)
    if text is None:
        return ()
    display = f"{root}/{path}"
    return tuple(Segment(sentence, display, line, column, 0, SCRIPT_TEXT,
                         anchor=Span.point(display, line, column), derived=True)
                 for sentence, line, column in sentences(text))


# Text an SVG carries but a viewer does not show: elements drawn transparent, at a size of a
# pixel or less, or not displayed, and the description and metadata elements.
_SVG_TEXT = compiled(r"<(text|tspan|desc|metadata)\b([^>]*)>(.*?)</\1\s*>", re.S | re.I)
_SVG_HIDDEN = compiled(r"(?:fill-)?opacity\s*[=:]\s*[\"']?0*(?:\.0*)?[\"';\s>]|"
                         r"font-size\s*[=:]\s*[\"']?(?:0|1|0?\.\d+)(?:px)?[\"';\s]|"
                         r"display\s*[=:]\s*[\"']?none|visibility\s*[=:]\s*[\"']?hidden", re.I)


@lru_cache(maxsize=256)
def svg_segments(root: str, path: str, sha256: str) -> tuple[Segment, ...]:
    """Hidden text of a bundled SVG: an agent told to read the image reads it all."""
    import html

    text = read_inside(root, path)
    if text is None or "<" not in text:
        return ()
    display = f"{root}/{path}"
    found = []
    for m in _SVG_TEXT.finditer(text):
        kind, attributes, body = m.group(1).lower(), m.group(2), m.group(3)
        if kind in ("text", "tspan") and not _SVG_HIDDEN.search(attributes + " "):
            continue
        content = html.unescape(re.sub(r"<[^>]+>", " ", body)).strip()
        if len(content.split()) < 4:
            continue
        line = text.count("\n", 0, m.start(3)) + 1
        found.append(Segment(content, display, line, 1, m.start(3), HIDDEN_HTML,
                             anchor=Span.point(display, line), derived=True))
    return tuple(found)


def read_inside(root: str, path: str) -> str | None:
    """A bundled file's UTF-8 text, None when it cannot be read or lies outside the skill."""
    base = Path(root)
    file = base / path
    try:
        if not file.resolve().is_relative_to(base.resolve()):
            return None
        return file.read_bytes()[:MAX_REFERENCE_BYTES].decode("utf-8")
    except (OSError, UnicodeDecodeError, ValueError):
        return None
