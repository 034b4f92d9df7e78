"""Text a skill hides by encoding it: base64, hex or ROT13 in the prose, with a request to
decode it and do what it says.

An agent decodes base64 or hex in its head and reads ROT13 as easily as English, so an
instruction encoded in a skill reaches it as surely as one written plainly, while a reviewer
(and every phrase list) sees noise. ``decoded_segments`` turns each encoded run that decodes
to readable text into a segment of its own, at the place of the run, so the phrase rules
read the plain text. Runs that decode to bytes rather than prose (images, keys, hashes,
compressed data) are left alone, which keeps base64 fixtures and checksums quiet.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import dataclasses
from collections.abc import Iterable, Iterator
from itertools import compress

from skcc.analyzers.rules._text import CODE, DESCRIPTION, PROSE, SCRIPT_TEXT, Segment
from skcc.regex_cache import compiled

# A run long enough to hold a sentence (24 bytes decoded): shorter ones are ids and hashes.
_BASE64 = compiled(r"(?<![A-Za-z0-9+/=_-])(?:[A-Za-z0-9+/]{4}){8,}(?:[A-Za-z0-9+/]{2}==|"
                   r"[A-Za-z0-9+/]{3}=)?(?![A-Za-z0-9+/=_-])|(?<![A-Za-z0-9=_-])"
                   r"[A-Za-z0-9_-]{32,}={0,2}(?![A-Za-z0-9=_-])")
_HEX = compiled(r"(?<![0-9A-Za-z])(?:[0-9A-Fa-f]{2}(?::|\\x)?){24,}(?![0-9A-Za-z])|"
                r"(?:\\x[0-9A-Fa-f]{2}){24,}")
_RUN = compiled(r"[A-Za-z0-9+/=_-]{32}")  # what a base64 run starts with
_HEX_RUN = compiled(r"[0-9A-Fa-f]{32}|(?:\\x[0-9A-Fa-f]{2}){8}|(?:[0-9A-Fa-f]{2}:){8}")
# "49 67 6e 6f …": read only where the text says hex, the run being no single long word.
_HEX_SPACED = compiled(r"(?<![0-9A-Za-z])(?:[0-9A-Fa-f]{2} ){23,}[0-9A-Fa-f]{2}(?![0-9A-Za-z])")
# ROT13 is read only where the text names it: any English sentence is also valid ROT13.
_ROT13_NAMES = ("rot13", "rot-13", "rot 13", "caesar", "césar", "cesar", "rotate each letter",
                "rotate every letter")
_PIECE = compiled(r"[^\s:\"“”«»`](?:[^\n:\"“”«»`]*[^\s:\"“”«»`])?")
_WORD = compiled(r"[^\W\d_]{2,}")
_CONTEXTS = frozenset({PROSE, CODE, DESCRIPTION, SCRIPT_TEXT, "comment", "hidden-html", "html",
                       "link-title", "image-alt", "data-text"})
_MAX_SEGMENT = 200_000  # past this, a segment is data, not a message


def decoded_segments(segments: Iterable[Segment]) -> Iterator[Segment]:
    """Segments for the encoded runs of ``segments`` that decode to readable text."""
    # base64 in a Python or shell block is data the code handles: only prose and plain
    # fences are read.
    segments = tuple(s for s in segments if s.context in _CONTEXTS and
                     len(s.text) <= _MAX_SEGMENT and (s.context != CODE or _plain_fence(s)))
    # The patterns below cost a scan of the text each. These tests, on all the text at
    # once and at C speed, rule out what cannot match (in nearly every skill, everything).
    joined = "\n".join([s.text for s in segments])
    long_words = _has_encoded_word(joined)
    says_hex = "hex" in joined or "Hex" in joined or "HEX" in joined
    says_rot13 = _names_rot13(joined)
    if not (long_words or says_hex or says_rot13):
        return
    previous = ""  # the text before: "the next line is ROT13" names the encoding there
    for segment in segments:
        before, previous = previous, segment.text[-300:]
        text = segment.text
        if long_words and len(text) >= 32 and _has_encoded_word(text):
            for m in _BASE64.finditer(text):
                plain = _base64_text(m.group())
                if plain is not None:
                    yield _decoded(segment, m.start(), m.end(), plain, "base64")
            for m in _HEX.finditer(text):
                plain = _hex_text(m.group())
                if plain is not None:
                    yield _decoded(segment, m.start(), m.end(), plain, "hex")
        if says_hex and len(text) >= 71 and ("hex" in text or "Hex" in text or "HEX" in text):
            for m in _HEX_SPACED.finditer(text):
                plain = _hex_text(m.group())
                if plain is not None:
                    yield _decoded(segment, m.start(), m.end(), plain, "hex")
        if says_rot13 and (_names_rot13(text) or _names_rot13(segment.section) or
                           _names_rot13(before)):
            # The encoded part is one piece of the text (after a colon, on its own line,
            # in quotes); the words around it that ask for the decoding are plain.
            for m in _PIECE.finditer(text):
                plain = codecs.decode(m.group(), "rot13")
                if len(plain) >= 12 and _more_words(plain, m.group()):
                    yield _decoded(segment, m.start(), m.end(), plain, "ROT13")


def _has_encoded_word(text: str) -> bool:
    words = text.split()
    return any(map(_may_be_encoded, compress(words, map((32).__le__, map(len, words)))))


def _may_be_encoded(word: str) -> bool:
    """Whether a long word may hold a base64 run (which mixes cases and digits, unlike the
    paths, identifiers and rules a skill's text is full of) or a hex one."""
    if _HEX_RUN.search(word):
        return True
    return bool(_RUN.search(word)) and any(c.isdigit() for c in word) and \
        any(c.isupper() for c in word) and any(c.islower() for c in word)


def _names_rot13(text: str) -> bool:
    low = text.lower()
    return any(name in low for name in _ROT13_NAMES)


def _plain_fence(segment: Segment) -> bool:
    """A fenced block without a language (or marked as text): a message, not code."""
    text = segment.text
    first = text[:text.find("\n")] if "\n" in text else text
    return first.strip().lstrip("`~").strip().lower() in _PLAIN_INFO


_PLAIN_INFO = frozenset({"", "text", "txt", "plain", "plaintext", "base64", "hex"})


def _decoded(segment: Segment, start: int, end: int, plain: str, encoding: str) -> Segment:
    # Where the run sits; the decoded text has no positions in the source of its own.
    context = PROSE if segment.context == CODE else segment.context
    return dataclasses.replace(
        segment, text=plain, context=context, anchor=segment.span(start, end), derived=True,
        code_ranges=(), hidden_ranges=(), encoding=encoding)


def _base64_text(run: str) -> str | None:
    try:
        data = base64.b64decode(run.replace("-", "+").replace("_", "/") + "=" * (-len(run) % 4),
                                validate=True)
    except (binascii.Error, ValueError):
        return None
    return _readable(data)


def _hex_text(run: str) -> str | None:
    digits = run.replace("\\x", "").replace(" ", "").replace(":", "")
    try:
        data = bytes.fromhex(digits)
    except ValueError:
        return None
    return _readable(data)


def _readable(data: bytes) -> str | None:
    """The text ``data`` holds when it is prose (UTF-8, printable, several words)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    printable = sum(c.isprintable() or c in "\n\t" for c in text)
    if printable < len(text) * 0.95 or len(_WORD.findall(text)) < 4 or " " not in text:
        return None
    return text


# Words common enough that any English sentence has some, and ROT13 noise almost none.
_COMMON = frozenset("the and to of a in is you it that for on with as be this are or your "
                    "all not run do if any from by at an can will file user instructions "
                    "send without".split())


def _more_words(plain: str, original: str) -> bool:
    """Whether ROT13 made the text more English than it was."""
    def count(text: str) -> int:
        return sum(w.lower() in _COMMON for w in _WORD.findall(text))
    return count(plain) >= 3 and count(plain) > 2 * count(original)

