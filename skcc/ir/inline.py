"""Inline scanning of leaf text: code spans, links and images, bare URLs.

Inline Markdown is regular enough to scan without a grammar. Positions are computed in the
leaf's raw ``source`` so every inline element gets an exact line and column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from skcc.regex_cache import compiled
from skcc.span import Span

_BACKTICKS = compiled(r"`+")
# [text](target "title") and ![alt](target 'title'); target may be <...>.
_INLINE_LINK = compiled(
    r"(!?)\[((?:[^\[\]\\]|\\.|\[[^\[\]]*\])*)\]\(\s*(<[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)"
    r"(?:\s+(\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)"
)
_AUTOLINK = compiled(r"<((?:https?|ftp|mailto):[^\s<>]*)>", re.I)
_BARE_URL = compiled(r"(?<![\w(<\[\"'=/])(?:https?://|www\.)[^\s<>()\[\]`\"']*[^\s<>()\[\]`\"'.,;:!?*_]",
                       re.I)
_REFERENCE_DEF = compiled(r"^ {0,3}\[([^\]]+)\]:\s*(<[^>]*>|\S+)(?:\s+(\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*$",
                            re.M)


@dataclass(frozen=True)
class InlineCode:
    text: str
    span: Span


@dataclass(frozen=True)
class Link:
    text: str
    target: str
    title: str
    span: Span
    image: bool = False
    kind: str = "inline"  # inline | autolink | bare | reference

    @property
    def is_local(self) -> bool:
        """A relative path into the skill (not a URL, anchor, or absolute path)."""
        t = self.target
        return bool(t) and not (t.startswith(("#", "/", "~")) or re.match(r"^[a-z][a-z0-9+.-]*:", t, re.I))


def _locator(source: str, span: Span):  # type: ignore[no-untyped-def]
    line_starts = [0]
    for m in re.finditer("\n", source):
        line_starts.append(m.end())

    def at(start: int, end: int) -> Span:
        import bisect

        li = bisect.bisect_right(line_starts, start) - 1
        le = bisect.bisect_right(line_starts, max(end - 1, start)) - 1
        return Span.model_construct(
            path=span.path, line=span.line + li, column=start - line_starts[li] + 1,
            end_line=span.line + le, end_column=max(end - 1, start) - line_starts[le] + 1,
            offset=span.offset + start, end_offset=span.offset + end)

    return at


def code_span_ranges(source: str) -> list[tuple[int, int, str]]:
    """(start, end, content) of each code span, by CommonMark's equal-length backtick rule."""
    found = []
    runs = list(_BACKTICKS.finditer(source))
    i = 0
    while i < len(runs):
        opener = runs[i]
        n = len(opener.group())
        if opener.start() > 0 and source[opener.start() - 1] == "\\":
            i += 1
            continue
        for j in range(i + 1, len(runs)):
            if len(runs[j].group()) == n:
                content = source[opener.end(): runs[j].start()].replace("\n", " ")
                if content.strip() and content[0] == " " and content[-1] == " ":
                    content = content[1:-1]
                found.append((opener.start(), runs[j].end(), content))
                i = j
                break
        i += 1
    return found


def _inline_link(m: re.Match[str], at) -> Link:  # type: ignore[no-untyped-def]
    target = m.group(3)
    if target.startswith("<") and target.endswith(">"):
        target = target[1:-1]
    return Link(m.group(2), target, (m.group(4) or "")[1:-1], at(m.start(), m.end()),
                image=m.group(1) == "!")


def scan(source: str, span: Span) -> tuple[list[InlineCode], list[Link]]:
    """Code spans and links of one leaf's raw source."""
    at = _locator(source, span)
    codes = code_span_ranges(source)
    code_list = [InlineCode(text, at(s, e)) for s, e, text in codes]
    # Links never start inside a code span: blank the spans out before matching.
    masked = list(source)
    for s, e, _ in codes:
        masked[s:e] = " " * (e - s)
    text = "".join(masked)
    links: list[Link] = []
    taken: list[tuple[int, int]] = []
    for m in _INLINE_LINK.finditer(text):
        links.append(_inline_link(m, at))
        taken.append((m.start(), m.end()))
        if m.group(1) != "!" and "![" in m.group(2):
            # An image inside a link's text (a badge: `[![alt](img "title")](href)`) is a
            # link of its own, with its own target, alt text and title.
            links.extend(_inline_link(inner, at) for inner in
                         _INLINE_LINK.finditer(text, m.start(2), m.end(2))
                         if inner.group(1) == "!")
    for m in _REFERENCE_DEF.finditer(text):
        target = m.group(2).strip("<>")
        links.append(Link(m.group(1), target, (m.group(3) or "")[1:-1],
                          at(m.start(), m.end()), kind="reference"))
        taken.append((m.start(), m.end()))
    for m in _AUTOLINK.finditer(text):
        links.append(Link(m.group(1), m.group(1), "", at(m.start(), m.end()), kind="autolink"))
        taken.append((m.start(), m.end()))
    for m in _BARE_URL.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        links.append(Link(m.group(), m.group(), "", at(m.start(), m.end()), kind="bare"))
    links.sort(key=lambda link: link.span.offset)
    return code_list, links
