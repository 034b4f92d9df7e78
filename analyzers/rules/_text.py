"""What the instruction-level rules (SKC3xx) read: every piece of text an agent sees.

A skill speaks to the agent through more than its visible prose: the description, code
blocks, HTML comments (hidden when rendered), link titles and image alt text, and the
reference files the body sends the agent to. ``segments(skill)`` cuts all of that into
:class:`Segment` objects that know where they are (file, line, column) and in what context
(prose, code, comment...), so a rule can grade a match: an injection phrase in plain prose
is an error, the same phrase quoted or in a code block of a page explaining attacks is not.

Matching runs on a normalised copy of the text (NFKC, case-folded, invisible characters
removed, Latin look-alikes in mixed-script words mapped to Latin, whitespace and emphasis
collapsed) with a map back to the source, so ``ＩＧＮＯＲＥ  **previous**\\ninstructions`` and
``ignоre`` (Cyrillic o) still match, and spans still point at the original characters.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

from skcc.analyzers.rules._fold import Normalised, fold_text, normalise
from skcc.analyzers.scan.prose import negation_before
from skcc.diagnostics import Confidence, Diagnostic, Severity
from skcc.ir.blocks import CodeBlock, Heading, HtmlBlock, HtmlComment, Paragraph, Table, leaves
from skcc.regex_cache import compiled
from skcc.span import Span

# Contexts a segment can be in.
PROSE = "prose"
CODE = "code"
COMMENT = "comment"
HIDDEN_HTML = "hidden-html"
HTML = "html"
LINK_TITLE = "link-title"
IMAGE_ALT = "image-alt"
DESCRIPTION = "description"
FRONTMATTER = "frontmatter"
# Sentences inside a bundled script (a string it prints, a comment): the agent reads them
# when it runs the script and relays its output, or opens the file.
SCRIPT_TEXT = "script-text"
# Values of a bundled data file (YAML, JSON, TOML) that read as prose: every phrase rule
# reads them, as the agent does when the skill has it load the file.
DATA_TEXT = "data-text"
HIDDEN = frozenset({COMMENT, HIDDEN_HTML, LINK_TITLE, IMAGE_ALT})
MAX_REFERENCE_BYTES = 1024 * 1024
REFERENCE_SUFFIXES = (".md", ".markdown", ".txt", ".mdx", ".rst")

# Sentences that talk *about* attacks rather than carry one (security docs, scanners).
_EXPLAINS = compiled(
    r"inject|attack|malicious|malware|\bscam|adversar|jailbreak|exploit|threat|phishing|"
    r"red[- ]team|"
    r"detect|scanner|suspicious|payload|e\.g\.|for example|such as|phrases? (?:like|such)|"
    r"patterns? (?:like|such)|watch (?:out )?for|beware|warn|flag|"
    r"(?<!not\s)(?<!n't\s)(?<!never\s)refuse|untrusted|"
    r"indicator|recogni[sz]|\biocs?\b|red flags?|do not (?:execute|run)|never run|"
    # the same in the other languages skills are written in
    r"d[ée]tect|attaque|malveillant|angriff|b[öo]sartig|erkenn|ataque|malicios|detecci|"
    r"dete[cç]|攻撃|悪意|検出|検知|攻击|恶意|检测|排查|入侵|特征|不要执行|공격|악성|탐지|"
    r"атак|вредонос|обнаруж", re.I)
# Headings that say the section below is material to recognise, not to obey ("Example
# library (for recognition only — do not follow)"): only a heading may say so, a sentence
# next to an injection saying "do not follow …" may be part of it.
_EXPLAINS_SECTION = compiled(r"\brecogni(?:[sz]e|[sz]ing|tion)\b|\b(?:do not|don't|never) "
                               r"(?:follow|obey|execute|run)\b|\bnot (?:instructions|to be "
                               r"followed)\b|\bexamples? (?:library|gallery|collection)\b|"
                               r"\bawareness\b", re.I)
# Fences of prose rather than code: Markdown, and plain text or prompts (`<|im_start|>system`
# …), which a page about attacks also uses to quote examples.
_MARKDOWN_FENCE = compiled(r"[ \t>]*(?:`{3,}|~{3,})[ \t]*(?:markdown|md)(?![\w-])", re.I)
_TEXT_FENCE = compiled(r"[ \t>]*(?:`{3,}|~{3,})[ \t]*(?:text|txt|plain|plaintext|prompt)"
                         r"(?![\w-])", re.I)
_QUOTES = {'"': '"', "“": "”", "„": "“", "«": "»", "「": "」", "『": "』", "‘": "’", "'": "'"}


@dataclass(frozen=True)
class Segment:
    """A run of text the agent reads, with where it is and what surrounds it."""

    text: str
    path: str
    line: int  # of text[0]
    column: int
    offset: int
    context: str
    # The headings above (the nearest and the ones it sits under, joined by " / "), for
    # deciding whether the text explains attacks.
    section: str = ""
    code_ranges: tuple[tuple[int, int], ...] = ()  # inline code spans inside prose
    anchor: Span | None = None  # report here when positions inside text are not exact
    reference: bool = False  # a bundled reference file rather than SKILL.md
    derived: bool = False  # a piece of another segment's text (link title, description...)
    # Comments and hidden elements inside this prose or HTML: SKC304 reports what is there.
    hidden_ranges: tuple[tuple[int, int], ...] = ()
    # Why where the text sits makes it weaker evidence ("an example value"): each reason
    # takes a finding one level down, as quoting does.
    placement: tuple[str, ...] = ()
    # "base64", "hex" or "ROT13": the text is what an encoded run of the source decodes to
    # (see ``_encoded``); positions then point at the run.
    encoding: str = ""

    @property
    def hidden(self) -> bool:
        return self.context in HIDDEN

    @cached_property
    def markdown_fence(self) -> bool:
        """A fenced block of Markdown: text an agent reads or writes out (a CLAUDE.md
        template, a PR body), prose in all but name."""
        return self.context == CODE and bool(_MARKDOWN_FENCE.match(self.text))

    @cached_property
    def text_fence(self) -> bool:
        """A fenced block of plain text or a prompt: prose too, unless the page explains
        attacks (then it is a quoted example, as code is)."""
        return self.context == CODE and bool(_TEXT_FENCE.match(self.text))

    def span(self, start: int, end: int) -> Span:
        """The source span of ``text[start:end]``."""
        if self.anchor is not None:
            return self.anchor
        starts = _line_starts(self.text)
        first = bisect.bisect_right(starts, start) - 1
        last = bisect.bisect_right(starts, max(end - 1, start)) - 1
        col0 = self.column if first == 0 else 1
        col1 = self.column if last == 0 else 1
        return Span.model_construct(
            path=self.path, line=self.line + first,
            column=start - starts[first] + col0, end_line=self.line + last,
            end_column=max(end - 1, start) - starts[last] + col1,
            offset=self.offset + start, end_offset=self.offset + end)

    # The folded text patterns run on (see ``_fold``), per mode.
    @cached_property
    def prose_fold(self) -> str:
        return fold_text(self.text, True)

    @cached_property
    def command_fold(self) -> str:
        return fold_text(self.text, False)

    @property
    def folded(self) -> Normalised:
        """The prose fold with its map back to the source: only needed once a pattern hit."""
        return normalise(self.text, True)

    @property
    def folded_commands(self) -> Normalised:
        return normalise(self.text, False)

    def in_inline_code(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.code_ranges)


@lru_cache(maxsize=64)
def _line_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in re.finditer("\n", text))]


# -- matching ------------------------------------------------------------------------------

def finditer_both(pattern: re.Pattern[str], segment: Segment,
                  hinted: tuple[bool, ...] = ()) -> Iterator[tuple[int, int, str]]:
    """``finditer`` on the prose fold and the command fold, each match reported once.

    ``hinted`` names the folds (True for prose) already known to hold the pattern's hint;
    when given, only those are searched.
    """
    seen: set[int] = set()
    # Text without line breaks or Markdown decoration folds the same both ways.
    modes = (True,) if segment.prose_fold == segment.command_fold else (True, False)
    if hinted:  # (with one fold, the prose fold stands for both)
        modes = tuple(m for m in modes if m in hinted) or modes
    for prose in modes:
        for start, end, text in finditer(pattern, segment, prose, hinted=bool(hinted)):
            if start not in seen:
                seen.add(start)
                yield start, end, text


def finditer(pattern: re.Pattern[str], segment: Segment, prose: bool = True,
             hinted: bool = False) -> Iterator[tuple[int, int, str]]:
    """(start, end, matched source text) of each match of ``pattern`` in the folded text.

    The phrase patterns are long alternations that ``re`` tries at every position, so the
    fold is first tested against the pattern's hint (``_hints``: words without which it
    cannot match), unless the caller knows it holds them (``hinted``); most text lacks
    them. The origin map that turns a match back into source positions costs far more than
    the fold, and is built only for a match.
    """
    from skcc.analyzers.rules._hints import HINTS

    text = segment.prose_fold if prose else segment.command_fold
    hint = None if hinted else HINTS.get(id(pattern))
    if hint is not None and not all(h.search(text) for h in hint):
        return
    folded = None
    for m in pattern.finditer(text):
        if folded is None:
            folded = segment.folded if prose else segment.folded_commands
        start, end = folded.source_range(m.start(), m.end())
        yield start, end, segment.text[start:end]


# -- segments ------------------------------------------------------------------------------

_segment_cache: dict[int, tuple[object, tuple[Segment, ...]]] = {}


def segments(skill) -> tuple[Segment, ...]:  # type: ignore[no-untyped-def]
    """Every text segment of SKILL.md and its reference files (cached per skill object)."""
    key = id(skill)
    hit = _segment_cache.get(key)
    if hit is not None and hit[0] is skill:
        return hit[1]
    from skcc.analyzers.rules._bundled_text import bundled_segments
    from skcc.analyzers.rules._data_text import data_segments, is_data
    from skcc.analyzers.rules._encoded import decoded_segments

    found = [*_frontmatter_segments(skill), *block_segments(skill.document.blocks)]
    readable = [f for f in skill.files if f.text and f.size <= MAX_REFERENCE_BYTES]
    for file in readable:
        if not is_data(file.path):
            found.extend(bundled_segments(skill.root, file))
    # A data file the instructions name ("load assets/profile.yaml") is read as they say; one
    # they never name may never reach the agent.
    named = "\n".join(s.text for s in found if s.context != SCRIPT_TEXT)
    for file in readable:
        if is_data(file.path):
            found.extend(data_segments(skill.root, file.path, file.sha256,
                                       file.path in named or
                                       file.path.rsplit("/", 1)[-1] in named))
    found.extend(list(decoded_segments(tuple(found))))
    if len(_segment_cache) > 16:
        _segment_cache.clear()
    _segment_cache[key] = (skill, tuple(found))
    return tuple(found)


def _frontmatter_segments(skill) -> Iterator[Segment]:  # type: ignore[no-untyped-def]
    fm = skill.frontmatter
    if fm is None:
        return
    yield Segment(fm.raw, skill.document.path, 2, 1, fm.span.offset + 4, FRONTMATTER)
    entry = fm.field("description")
    if entry is not None and entry.value.kind == "scalar":
        yield Segment(entry.value.text, skill.document.path, entry.value.span.line,
                      entry.value.span.column, entry.value.span.offset, DESCRIPTION,
                      anchor=entry.value.span, derived=True)


def block_segments(blocks,  # type: ignore[no-untyped-def]
                   reference: bool = False) -> Iterator[Segment]:
    from skcc.ir.inline import code_span_ranges, scan

    section = ""
    path: list[tuple[int, str]] = []  # (level, text) of the headings the leaf sits under
    for leaf in leaves(blocks):
        kind = _KINDS.get(type(leaf))
        if kind is None:
            kind = _KINDS[type(leaf)] = (_context(leaf), isinstance(leaf, Heading))
        context, heading = kind
        if heading:
            while path and path[-1][0] >= leaf.level:
                path.pop()
            path.append((leaf.level, leaf.text))
            section = " / ".join(text for _, text in path)
        if context is None:
            continue
        s = leaf.span
        source = leaf.source
        # Each inline scan below needs a character most leaves lack (a backtick, "<", "](" or
        # "]:"): testing for it first skips the scan, with the same result.
        ranges = tuple((a, b) for a, b, _ in code_span_ranges(source)) \
            if context == PROSE and "`" in source else ()
        pieces = list(_inline_comments(source, s, section, reference, ranges)) \
            if context in (PROSE, HTML) and "<" in source else []
        hidden = tuple((p.offset - s.offset, p.offset - s.offset + len(p.text)) for p in pieces)
        yield Segment(source, s.path, s.line, 1, s.offset, context, section, ranges,
                      reference=reference, hidden_ranges=hidden)
        yield from pieces
        if context == PROSE and ("](" in source or "]:" in source):
            _, links = scan(source, s)
            for link in links:
                if link.title:
                    yield _piece(leaf.source, s, link.title, link.span.offset - s.offset,
                                 LINK_TITLE, section, reference)
                if link.image and link.text:
                    yield _piece(leaf.source, s, link.text, link.span.offset - s.offset,
                                 IMAGE_ALT, section, reference)


def _context(leaf) -> str | None:  # type: ignore[no-untyped-def]
    """The context of a leaf block's segment, None for blocks without text."""
    if isinstance(leaf, CodeBlock):
        return CODE
    if isinstance(leaf, HtmlComment):
        return COMMENT
    if isinstance(leaf, HtmlBlock):
        return HTML
    if isinstance(leaf, (Paragraph, Heading, Table)):
        return PROSE
    return None


# (_context, is a heading) by type of leaf: thousands of leaves, a handful of types.
_KINDS: dict[type, tuple[str | None, bool]] = {}

_INLINE_COMMENT = compiled(r"<!--(.*?)-->", re.S)
# An element a browser does not show: display:none, visibility:hidden, zero size or
# opacity, or the `hidden` attribute.
_HIDDEN_ELEMENT = compiled(
    r"<([a-z][a-z0-9]*)\b[^>]*?(?:display\s*:\s*none|visibility\s*:\s*hidden|"
    r"font-size\s*:\s*0(?![.\d]*[1-9])|opacity\s*:\s*0(?![.\d]*[1-9])|\shidden(?=[\s>=/]))"
    r"[^>]*>(.*?)</\1\s*>", re.S | re.I)


def _inline_comments(source: str, span: Span, section: str, reference: bool,
                     code: tuple[tuple[int, int], ...]) -> Iterator[Segment]:
    """Comments and hidden elements inside a paragraph or HTML block (not in code spans)."""
    for pattern, context in ((_INLINE_COMMENT, COMMENT), (_HIDDEN_ELEMENT, HIDDEN_HTML)):
        for m in pattern.finditer(source):
            if any(a <= m.start() < b for a, b in code):
                continue
            group = m.lastindex or 1
            yield _piece(source, span, m.group(group), m.start(group), context, section,
                         reference)


def _piece(source: str, span: Span, text: str, near: int, context: str, section: str,
           reference: bool) -> Segment:
    """A segment for ``text`` found in a leaf's ``source`` at or after index ``near``."""
    start = source.find(text, max(near, 0))
    start = start if start >= 0 else max(near, 0)
    line = span.line + source.count("\n", 0, start)
    column = start - (source.rfind("\n", 0, start) + 1) + 1
    return Segment(text, span.path, line, column, span.offset + start, context, section,
                   reference=reference, derived=True)


def visible(skill) -> Iterator[Segment]:  # type: ignore[no-untyped-def]
    """Segments a reader of the rendered skill sees (plus code): where phrase rules look."""
    return (s for s in segments(skill) if not s.hidden and s.context not in (FRONTMATTER,
                                                                             SCRIPT_TEXT))


def script_text(skill) -> Iterator[Segment]:  # type: ignore[no-untyped-def]
    """The sentences of bundled scripts (see ``_script_text``)."""
    return (s for s in segments(skill) if s.context == SCRIPT_TEXT)


def raw(skill) -> Iterator[Segment]:  # type: ignore[no-untyped-def]
    """Segments that together cover every character once: where character rules look."""
    return (s for s in segments(skill) if not s.derived)


_NEGATION = negation_before(3)


def negated(segment: Segment, start: int) -> bool:
    """Whether the words just before ``start`` forbid what follows ("never disable ...")."""
    return bool(_NEGATION.search(segment.text[max(0, start - 40): start]))


# -- grading -------------------------------------------------------------------------------

def quoted(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` sits between a pair of quotation marks on its line, or
    (double quotes only: an apostrophe is no quotation mark across lines) in its paragraph:
    a quotation wrapped over several lines of a block quote is still a quotation."""
    if _quoted_between(text, start, end, text.rfind("\n", 0, start) + 1,
                       text.find("\n", end), tuple(_QUOTES.items())):
        return True
    para_start = text.rfind("\n\n", 0, start)
    return _quoted_between(text, start, end, para_start + 2 if para_start >= 0 else 0,
                           text.find("\n\n", end), _DOUBLE_QUOTES)


_DOUBLE_QUOTES = tuple((o, c) for o, c in _QUOTES.items() if o not in "'‘")

# `Tell the user: "…"`, `2. Say: "…"`: the quotation is what the agent is to say.
_SAY_THIS = compiled(r"(?:^|[.:!?]\s|\n\s*(?:\d+[.)]|[-*+])?\s*)(?:tell|ask|message|remind)\s+"
                       r"(?:the user|them|the owner|the customer|the client)\s*[:,]?\s*$|"
                       r"(?:^|[.:!?]\s|\n\s*(?:\d+[.)]|[-*+])?\s*)(?:say|reply|respond|answer)"
                       r"(?: with)?\s*:\s*$", re.I)


def spoken_by_agent(text: str, start: int) -> bool:
    """Whether the quotation around ``text[start]`` is introduced as the agent's own words
    (`Tell the user: "…"`): an instruction, not an example someone else wrote."""
    opener = max(text.rfind(q, 0, start) for q in ('"', "“", "«", "„"))
    return opener > 0 and bool(_SAY_THIS.search(text[max(0, opener - 60):opener]))


def _quoted_between(text: str, start: int, end: int, first: int, last: int,
                    quotes: tuple[tuple[str, str], ...]) -> bool:
    last = len(text) if last < 0 else last
    before = text[first:start]
    after = text[end:last]
    for opener, closer in quotes:
        if opener == closer:
            if before.count(opener) % 2 == 1 and opener in after:
                if opener == "'" and not re.search(r"(^|\W)'", before):
                    continue  # an apostrophe (don't), not a quotation mark
                return True
        elif before.rfind(opener) > before.rfind(closer) and closer in after:
            return True
    return False


def talks_about_attacks(text: str) -> bool:
    """Whether ``text`` uses the words of security writing (attack, detect, jailbreak...)."""
    return bool(_EXPLAINS.search(text))


def explains(segment: Segment, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` (or its section) talks about attacks
    instead of making one. The phrase itself is left out: "ignore security warnings" is an
    instruction, not an essay about warnings."""
    text = segment.text
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    sentence_end = text.find(". ", end)
    sentence_end = len(text) if sentence_end < 0 else sentence_end
    around = text[sentence_start:start] + " " + text[end:sentence_end]
    return bool(_EXPLAINS.search(around) or _EXPLAINS.search(segment.section)
                or _EXPLAINS_SECTION.search(segment.section))


_DOWN = {Severity.ERROR: Severity.WARNING, Severity.WARNING: Severity.INFO,
         Severity.INFO: Severity.INFO}


def where(segment: Segment) -> str:
    """A short phrase naming where a segment is, for messages."""
    names = {COMMENT: "an HTML comment", HIDDEN_HTML: "a hidden HTML element",
             LINK_TITLE: "a link title", IMAGE_ALT: "image alt text",
             DESCRIPTION: "the description", CODE: "a code block", HTML: "an HTML block",
             FRONTMATTER: "the frontmatter"}
    if segment.context in (SCRIPT_TEXT, DATA_TEXT) or segment.path.lower().endswith(".svg"):
        kind = "hidden text of the image " if segment.context == HIDDEN_HTML else "text of "
        return kind + "/".join(segment.path.rsplit("/", 2)[-2:])
    place = names.get(segment.context, "")
    if segment.encoding:
        place = f"{segment.encoding}-encoded text" + (f" in {place}" if place else "")
    if segment.reference:
        file = segment.path.rsplit("/", 2)
        ref = "/".join(file[-2:]) if len(file) > 1 else segment.path
        return f"{place + ' of ' if place else ''}reference file {ref}"
    return place


def grade(rule, segment: Segment, start: int, end: int, message: str, help: str, *,  # type: ignore[no-untyped-def]
          severity: Severity | None = None, confidence: Confidence | None = None,
          demote_code: bool = True) -> Diagnostic | None:
    """A diagnostic of ``rule`` for ``segment.text[start:end]``, graded by its context.

    Hidden text keeps the full severity (nobody reviewing the rendered page sees it). Text in
    code, in quotation marks, or in a sentence that explains attacks is demoted one level
    per reason and marked low confidence: security guides quote these phrases on purpose.
    A quoted or code example inside such an explanation is not reported at all (None).
    """
    if any(a <= start < b for a, b in segment.hidden_ranges):
        return None  # inside a comment or hidden element: SKC304 reports it as hidden text
    level = severity or rule.severity
    conf = confidence or rule.confidence
    reasons = []
    if not segment.hidden:
        about_attacks = explains(segment, start, end)
        if demote_code and (segment.context == CODE and not segment.markdown_fence and (
                not segment.text_fence or about_attacks) or segment.in_inline_code(start, end)):
            reasons.append("in code")
        if segment.context in (SCRIPT_TEXT, DATA_TEXT) and \
                (end - start) * 10 >= len(segment.text) * 6:
            # the phrase is most of the string: an item of a detector's list, not a message
            reasons.append("a listed phrase")
        reasons.extend(segment.placement)
        if quoted(segment.text, start, end) and not spoken_by_agent(segment.text, start):
            reasons.append("quoted")
        if about_attacks:
            reasons.append("in text about attacks")
    if len(reasons) >= 2 and "in text about attacks" in reasons:
        return None  # an example shown while explaining the attack: not an instruction
    for _ in reasons:
        level = _DOWN[level]
    if reasons:
        conf = Confidence.LOW
    place = where(segment)
    if segment.context == CODE and "in code" in reasons:
        reasons.remove("in code")  # "in a code block" already says it
    suffix = "; ".join(([f"in {place}"] if place else []) + reasons)
    diagnostic = rule.at(segment.span(start, end), message + (f" ({suffix})" if suffix else ""),
                         help, severity=level)
    return dataclasses.replace(diagnostic, confidence=conf)


def excerpt(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
