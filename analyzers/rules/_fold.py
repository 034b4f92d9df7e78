"""Folding text for phrase matching: the reference fold with its origin map, and a fast twin.

``normalise`` is the definition: a pass of Python per character that builds the folded text
and, for every folded character, the index of the source character it came from, so a match
can be reported at the original position. It costs about a microsecond per character, and
nearly all text matches no pattern, so the origin map is almost never read.

``fold_text`` returns the same folded text (``normalise(text, prose).text``, character for
character) from C-level string operations: a few ``re.sub`` passes for the Markdown
decoration, one ``str.translate`` with a table of the text's own non-ASCII characters, and
whitespace collapsing. Patterns run on it; only when one matches is ``normalise`` called for
the origin map, and since the texts are equal the match positions carry over. Text that
contains a look-alike letter takes ``normalise`` directly (mapping look-alikes depends on the
word around them). ``tests/test_fold.py`` checks the two agree on every segment of the test
corpora and on random strings of the characters each step treats specially.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from skcc.regex_cache import compiled

INVISIBLE = frozenset(
    [0x00AD, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0x2061, 0x2062, 0x2063,
     0x2064, 0xFEFF, *range(0x202A, 0x202F), *range(0x2066, 0x206A)])
TAGS = range(0xE0000, 0xE0080)  # Unicode tag characters: invisible, dropped like INVISIBLE
# Letters of other scripts that render like Latin ones; applied only inside words that also
# contain Latin letters, so genuine Russian or Greek text is left alone.
CONFUSABLES = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "ӏ": "l", "һ": "h", "ԛ": "q", "ԝ": "w", "ɡ": "g", "ո": "n", "ս": "u", "օ": "o",
    "α": "a", "ο": "o", "ν": "v", "ι": "i", "κ": "k", "τ": "t", "ρ": "p", "υ": "u", "ε": "e",
}
_WORD = compiled(r"\w+")


@dataclass(frozen=True)
class Normalised:
    text: str
    origin: tuple[int, ...]  # origin[i] = index in the source of text[i]; one extra at end

    def source_range(self, start: int, end: int) -> tuple[int, int]:
        return self.origin[start], self.origin[max(end - 1, start)] + 1


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha() or ("LATIN" in unicodedata.name(ch, ""))


_RUNS = compiled(r"[A-Za-z0-9]+|[ \t]+|.", re.S)


@lru_cache(maxsize=256)
def normalise(text: str, prose: bool = True) -> Normalised:
    """Fold ``text`` for matching (see ``_text``'s module docstring), with the origin map.

    ``prose`` also drops Markdown decoration (emphasis, code ticks, table pipes, quote and
    heading markers, underscores between words) that splits a phrase without changing what
    it says; command patterns match with ``prose=False``, where ``|`` and ``_`` matter, and
    line ends are kept. Runs of ASCII letters and digits are copied whole (the common case);
    only the other characters go through Unicode folding one by one.
    """
    mixed: set[int] = set()
    if not text.isascii():
        for m in _WORD.finditer(text):
            word = m.group()
            if not word.isascii() and any(c in CONFUSABLES for c in word) and \
                    any(_is_latin(c) for c in word):
                mixed.update(range(m.start(), m.end()))
    out: list[str] = []
    origin: list[int] = []
    space = True
    line_start = True
    for m in _RUNS.finditer(text):
        run = m.group()
        i = m.start()
        if run[0].isalnum() and run.isascii():
            out.append(run.lower())
            origin.extend(range(i, m.end()))
            space = line_start = False
            continue
        ch = run[0] if len(run) == 1 or run[0] not in " \t" else " "
        code = ord(ch)
        if code in INVISIBLE or 0xE0000 <= code <= 0xE007F:
            continue
        if prose:
            if ch in "*`" or (ch == "~" and "~~" in text[max(i - 1, 0): i + 2]):
                continue
            if ch == "|" or (line_start and ch in ">#") or (
                    ch == "_" and 0 < i < len(text) - 1 and text[i - 1].isalnum()
                    and text[i + 1].isalnum()):
                ch = " "
        if ch == "\n":
            line_start = True
        elif not ch.isspace() and ch not in ">#":
            line_start = False
        if i in mixed and ch in CONFUSABLES:
            ch = CONFUSABLES[ch]
        for piece in (unicodedata.normalize("NFKC", ch).casefold() if not ch.isascii()
                      else ch.lower()):
            if piece == "\n" and not prose:
                space = True  # commands are line-based: keep line ends
            elif piece.isspace():
                if space:
                    continue
                piece, space = " ", True
            else:
                space = False
            out.append(piece)
            origin.append(i)
    origin.append(len(text))
    return Normalised("".join(out), tuple(origin))


# -- the fast twin -------------------------------------------------------------------------
# Each step below mirrors one branch of ``normalise``; the decoration steps (prose only) look
# at the source characters, as ``normalise`` does, so they run before anything is deleted.

_INVISIBLE_CLASS = "".join(f"\\U{c:08x}" for c in sorted(INVISIBLE)) + \
    f"\\U{TAGS.start:08x}-\\U{TAGS.stop - 1:08x}"
# ``_`` between two letters or digits (Unicode ``isalnum``, which is ``[^\W_]``). Patterns
# start with a literal where they can: ``re`` then skips ahead to it instead of trying every
# position.
_JOINING_UNDERSCORE = compiled(r"_(?<=[^\W_]_)(?=[^\W_])")
# A ``~`` next to another ``~``: every tilde of a run of two or more.
_TILDE_RUN = compiled(r"~~+")
# ``>`` and ``#`` count as quote and heading markers while only blanks, pipes, emphasis and
# invisible characters precede them on their line (``normalise``'s ``line_start``); tilde
# runs are already gone when this runs, and a lone ``~`` ends the prefix as it should.
_NEUTRAL = rf"[^\S\n]|[|*`{_INVISIBLE_CLASS}]"
_LINE_MARKERS = compiled(rf"\n(?:{_NEUTRAL})*[>#](?:{_NEUTRAL}|[>#])*")
_MARKERS_TO_SPACE = str.maketrans(">#", "  ")

# Translation tables map every ASCII character (to itself if nothing else): a character
# missing from the table costs ``str.translate`` a KeyError each time it is looked up.
_LOWER = {c: ord(chr(c).lower()) for c in range(128)}
_BASE = {False: _LOWER, True: {**_LOWER, ord("*"): None, ord("`"): None, ord("|"): " "}}
_ASCII = frozenset(chr(c) for c in range(128))
_DROPPED = frozenset(chr(c) for c in [*INVISIBLE, *TAGS])
_CONFUSABLE = frozenset(CONFUSABLES)
# Fold of each non-ASCII character seen so far (NFKC, then case folding), as ``normalise``
# folds them one at a time; bounded so that hostile text cannot grow it without limit.
_CHAR_FOLDS: dict[str, str | None] = {}
_MAX_CHAR_FOLDS = 1 << 16
_UNSEEN = "unseen"


def _char_fold(ch: str) -> str | None:
    folded = _CHAR_FOLDS.get(ch, _UNSEEN)
    if folded is _UNSEEN:
        if len(_CHAR_FOLDS) >= _MAX_CHAR_FOLDS:
            _CHAR_FOLDS.clear()
        folded = None if ch in _DROPPED else unicodedata.normalize("NFKC", ch).casefold()
        _CHAR_FOLDS[ch] = folded
    return folded


def fold_text(text: str, prose: bool = True) -> str:
    """``normalise(text, prose).text``, computed without the origin map and much faster."""
    table = None
    if not text.isascii():
        wide = set(text)
        wide.difference_update(_ASCII)
        if not _CONFUSABLE.isdisjoint(wide):
            return normalise(text, prose).text
        table = dict(_BASE[prose])
        for ch in wide:
            table[ord(ch)] = _char_fold(ch)
    if prose:
        text = _decoration_to_space(text)  # before anything is deleted: it reads neighbours
    if table is not None:
        text = text.translate(table)
    else:
        text = text.lower()
        if prose:
            text = text.replace("*", "").replace("`", "").replace("|", " ")
    if not prose and "\n" in text:
        return "\n".join(map(_collapse, text.split("\n")))  # commands keep their line ends
    return _collapse(text)


def _collapse(text: str) -> str:
    """Whitespace runs to one space, none at the start (str.split's whitespace is isspace)."""
    folded = " ".join(text.split())
    return folded + " " if folded and text[-1].isspace() else folded


def _decoration_to_space(text: str) -> str:
    """The context-dependent prose steps, on the source text: underscores joining words and
    line-start markers become spaces, tilde runs (strike-through) disappear."""
    if "_" in text:
        text = _JOINING_UNDERSCORE.sub(" ", text)
    if "~~" in text:
        text = _TILDE_RUN.sub("", text)
    if ">" in text or "#" in text:
        # A "\n" in front makes the start of the text a line start like any other.
        text = _LINE_MARKERS.sub(_markers_to_space, "\n" + text)[1:]
    return text


def _markers_to_space(m: re.Match[str]) -> str:
    return m.group().translate(_MARKERS_TO_SPACE)
