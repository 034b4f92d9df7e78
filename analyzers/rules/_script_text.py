"""The sentences inside a bundled script: the strings it prints and the comments it carries.

A script speaks to the agent too. What it prints comes back as tool output that the skill
may tell the agent to relay and follow; its comments are read whenever the agent opens the
file. ``sentences`` finds both, language by language only as far as quotes and comment
markers go: runs of string literals glued by implicit concatenation, ``+`` or ``.`` become
one sentence (``"forget the " "previous rules"`` reads as the phrase it spells), and
consecutive comment lines become one. Identifiers, short strings and format specs are not
sentences and are left out.
"""

from __future__ import annotations

import bisect
import re
from pathlib import PurePosixPath

from skcc.regex_cache import compiled

SCRIPT_SUFFIXES = frozenset({".py", ".sh", ".bash", ".zsh", ".js", ".mjs", ".cjs", ".ts",
                             ".mts", ".ps1", ".psm1", ".rb", ".go", ".pl", ".php", ".lua",
                             ".bat", ".cmd", ".rs", ".java", ".kt", ".swift"})
_STRING = compiled(r'"""(.*?)"""|\'\'\'(.*?)\'\'\'|"((?:[^"\\\n]|\\.)*)"|'
                     r"'((?:[^'\\\n]|\\.)*)'|`([^`]*)`", re.S)
# What may stand between two literals of one sentence: whitespace, `+`, `.`, a line
# continuation, the parenthesis that opens a wrapped expression.
_GLUE = compiled(r"[\s+.\\(]*")
_COMMENT = compiled(r"^[ \t]*(?:#(?!!)|//)[ \t]?(.*)$", re.M)
MIN_WORDS = 6


def is_script(path: str) -> bool:
    return PurePosixPath(path).suffix.lower() in SCRIPT_SUFFIXES


def sentences(text: str) -> list[tuple[str, int, int]]:
    """(sentence, line, column) of each run of literals or comment lines of ``text`` that
    reads as prose (at least MIN_WORDS words)."""
    found: list[tuple[str, int]] = []  # (sentence, offset)
    run: list[str] = []
    run_start = last_end = -1
    for m in _STRING.finditer(text):
        if run and _GLUE.fullmatch(text, last_end, m.start()) is None:
            found.append(("".join(run), run_start))
            run = []
        if not run:
            run_start = m.start()
        run.append(next(g for g in m.groups() if g is not None))
        last_end = m.end()
    if run:
        found.append(("".join(run), run_start))
    block: list[str] = []
    block_start = previous_line = -2
    line = counted = 0  # line numbers counted forwards, once over the text
    for m in _COMMENT.finditer(text):
        line += text.count("\n", counted, m.start())
        counted = m.start()
        if block and line != previous_line + 1:
            found.append((" ".join(block), block_start))
            block = []
        if not block:
            block_start = m.start()
        block.append(m.group(1).strip())
        previous_line = line
    if block:
        found.append((" ".join(block), block_start))
    kept = [(sentence, at) for sentence, at in found if len(sentence.split()) >= MIN_WORDS]
    if not kept:
        return []
    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    located = []
    for sentence, at in kept:
        index = bisect.bisect_right(starts, at) - 1
        located.append((sentence, index + 1, at - starts[index] + 1))
    return located
