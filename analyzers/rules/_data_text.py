"""The sentences inside bundled data files: YAML, JSON and TOML values an agent reads.

A skill that says "load `assets/profile.yaml` and adopt its briefing" makes the file's values
instructions as surely as a reference document; a settings fragment or a fixture is read
whenever the agent opens it. ``data_sentences`` finds the values that read as prose: quoted
strings and comments (as in scripts, see ``_script_text``), and for YAML also plain scalars
(`note: keep the old rows`) and block scalars (`briefing: |` and the indented lines under it,
read as one sentence). Keys, numbers, short values and identifiers are left out.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from skcc.analyzers.rules._script_text import MIN_WORDS, sentences

DATA_SUFFIXES = frozenset({".yaml", ".yml", ".json", ".jsonc", ".toml"})

# `key: value` or `- value` (a list item, maybe `- key: value`) with a plain value: no quote,
# flow collection, anchor, alias or tag first.
_PLAIN = re.compile(r"^([ \t]*)(?:-[ \t]+(?:[^\s#'\"][^:#\n]*:[ \t]+)?|[^\s#'\"-][^:#\n]*:[ \t]+)"
                    r"(?P<value>[^\s\"'#|>&*!\[{%@`-][^\n]*?)[ \t]*(?:[ \t]#[^\n]*)?$", re.M)
# `key: |` / `key: >-` / `- |`: a block scalar; its lines are the indented ones below.
_BLOCK = re.compile(r"^([ \t]*)(?:-[ \t]+)?(?:[^\s#'\"][^:#\n]*:[ \t]*)?[|>][-+0-9]*[ \t]*"
                    r"(?:#[^\n]*)?$", re.M)


def is_data(path: str) -> bool:
    return PurePosixPath(path).suffix.lower() in DATA_SUFFIXES


# The key a value is given on its line: `example: '...'`, `"regex": "..."`, `- note: ...`.
_KEY = re.compile(r"""^[ \t]*(?:-[ \t]*)?["']?([\w.-]+)["']?[ \t]*[:=]""")


def data_sentences(text: str, path: str) -> list[tuple[str, int, int, str]]:
    """(sentence, line, column, key) of each value of ``text`` that reads as prose; ``key``
    is the name the value is given on its line, or ""."""
    found = sentences(text)
    if PurePosixPath(path).suffix.lower() in (".yaml", ".yml"):
        found = [*found, *_yaml_scalars(text)]
        found.sort(key=lambda s: (s[1], s[2]))
    lines = text.split("\n")
    keyed = []
    for sentence, line, column in found:
        key = _KEY.match(lines[line - 1][: column - 1]) if line <= len(lines) else None
        keyed.append((sentence, line, column, key.group(1) if key else
                      _parent_key(lines, line - 1)))
    return keyed


def _parent_key(lines: list[str], index: int) -> str:
    """The key a line without one sits under: a block scalar's or a list's (`tips:` above
    `- Book early`), the nearest keyed line above that is less indented, or as indented and
    not itself an item."""
    if index >= len(lines):
        return ""
    indent = len(lines[index]) - len(lines[index].lstrip())
    for above in range(index - 1, max(index - 200, -1), -1):
        text = lines[above]
        if not text.strip():
            continue
        depth = len(text) - len(text.lstrip())
        if depth < indent or depth == indent and not text.lstrip().startswith("-"):
            key = _KEY.match(text)
            return key.group(1) if key and depth <= indent else ""
    return ""


def _yaml_scalars(text: str) -> list[tuple[str, int, int]]:
    lines = text.split("\n")
    found: list[tuple[str, int, int]] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        block = _BLOCK.match(line)
        if block:
            indent = len(block.group(1))
            body: list[str] = []
            first = index + 1
            index += 1
            while index < len(lines) and (not lines[index].strip() or
                                          len(lines[index]) - len(lines[index].lstrip())
                                          > indent):
                body.append(lines[index].strip())
                index += 1
            sentence = " ".join(part for part in body if part)
            if len(sentence.split()) >= MIN_WORDS and first < len(lines):
                column = len(lines[first]) - len(lines[first].lstrip()) + 1
                found.append((sentence, first + 1, column))
            continue
        plain = _PLAIN.match(line)
        if plain and len(plain.group("value").split()) >= MIN_WORDS:
            found.append((plain.group("value"), index + 1, plain.start("value") + 1))
        index += 1
    return found


__all__ = ["DATA_SUFFIXES", "data_sentences", "is_data"]
