"""The sentences inside bundled data files: YAML, JSON and TOML values an agent reads.

A skill that says "load `assets/profile.yaml` and adopt its briefing" makes the file's values
instructions as surely as a reference document; a settings fragment or a fixture is read
whenever the agent opens it. ``data_sentences`` finds the values that read as prose: quoted
strings and comments (as in scripts, see ``_script_text``), and for YAML also plain scalars
(`note: keep the old rows`) and block scalars (`briefing: |` and the indented lines under it,
read as one sentence). Keys, numbers, short values and identifiers are left out.

Where the text sits grades what is found in it (``Segment.placement``, one level down each):
under a key that holds samples (`example:`, `utterances:`), in a file the instructions never
name, in a file that says at its top it is about attacks. Checked on 1,240 YAML/JSON/TOML
files of installed Python packages (detector rule packs among them): without these, a
detector's rules were errors.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import PurePosixPath

from skcc.analyzers.rules._script_text import MIN_WORDS, sentences
from skcc.analyzers.rules._text import DATA_TEXT, Segment, talks_about_attacks
from skcc.regex_cache import compiled
from skcc.span import Span

DATA_SUFFIXES = frozenset({".yaml", ".yml", ".json", ".jsonc", ".toml"})

# `key: value` or `- value` (a list item, maybe `- key: value`) with a plain value: no quote,
# flow collection, anchor, alias or tag first.
_PLAIN = compiled(r"^([ \t]*)(?:-[ \t]+(?:[^\s#'\"][^:#\n]*:[ \t]+)?|[^\s#'\"-][^:#\n]*:[ \t]+)"
                    r"(?P<value>[^\s\"'#|>&*!\[{%@`-][^\n]*?)[ \t]*(?:[ \t]#[^\n]*)?$", re.M)
# `key: |` / `key: >-` / `- |`: a block scalar; its lines are the indented ones below.
_BLOCK = compiled(r"^([ \t]*)(?:-[ \t]+)?(?:[^\s#'\"][^:#\n]*:[ \t]*)?[|>][-+0-9]*[ \t]*"
                    r"(?:#[^\n]*)?$", re.M)


# Keys under which a data file keeps samples of what it looks for, not instructions:
# `example:`, `regex:`, `utterances:`, `example_sentences:`, `known_bad_prompts:`.
_SAMPLE_KEY = compiled(r"regex|pattern|example|sample|match|test|payload|indicator|\bioc|"
                         r"signature|\bbad\b|_bad|bad_|ruleid|detect|utterance|sentence|"
                         r"phrase|jailbreak|attack|injection|corpus|blocklist|denylist|"
                         r"red_?team|adversar|canary|trigger", re.I)
NOT_NAMED = "in a file the instructions do not name"
_TOPIC_CHARS = 400


@lru_cache(maxsize=256)
def data_segments(root: str, path: str, sha256: str, named: bool) -> tuple[Segment, ...]:
    """Segments of the values of a bundled YAML, JSON or TOML file that read as prose;
    ``named``: whether the skill's instructions name the file."""
    from skcc.analyzers.rules._bundled_text import read_inside

    text = read_inside(root, path)
    if text is None:
        return ()
    display = f"{root}/{path}"
    # A file that says at its top what it is about ("# Prompt injection detection",
    # `description: Detects jailbreak attempts`) is a detector's data, as a page about
    # attacks is.
    about = ("in a file about attacks",) if talks_about_attacks(text[:_TOPIC_CHARS]) else ()
    found = []
    for sentence, line, column, key in data_sentences(text, path):
        placement = (("an example value",) if _SAMPLE_KEY.search(key) else ()) + about + \
            (() if named else (NOT_NAMED,))
        # The key stands where a document's heading would: the section the text is under.
        found.append(Segment(sentence, display, line, column, 0, DATA_TEXT, key,
                             anchor=Span.point(display, line, column), derived=True,
                             placement=placement))
    return tuple(found)


def is_data(path: str) -> bool:
    return PurePosixPath(path).suffix.lower() in DATA_SUFFIXES


# The key a value is given on its line: `example: '...'`, `"regex": "..."`, `- note: ...`.
_KEY = compiled(r"""^[ \t]*(?:-[ \t]*)?["']?([\w.-]+)["']?[ \t]*[:=]""")


def data_sentences(text: str, path: str) -> list[tuple[str, int, int, str]]:
    """(sentence, line, column, key) of each value of ``text`` that reads as prose; ``key``
    is the name the value is given on its line, or ""."""
    found = sentences(text)
    if PurePosixPath(path).suffix.lower() in (".yaml", ".yml"):
        found = [*found, *_yaml_scalars(text)]
        found.sort(key=lambda s: (s[1], s[2]))
    lines = text.split("\n")
    keyed = []
    memo: dict[int, str] = {}
    for sentence, line, column in found:
        key = _KEY.match(lines[line - 1][: column - 1]) if line <= len(lines) else None
        keyed.append((sentence, line, column, key.group(1) if key else
                      _parent_key(lines, line - 1, memo)))
    return keyed


def _parent_key(lines: list[str], index: int, memo: dict[int, str]) -> str:
    """The key a line without one sits under: a block scalar's or a list's (`tips:` above
    `- Book early`, `"examples": [` above a JSON array's strings). Siblings above are
    skipped; the nearest line that opens a container is the parent. ``memo`` keeps the
    answer for every sibling passed on the way, so a list of thousands is walked once."""
    if index >= len(lines):
        return ""
    indent = len(lines[index]) - len(lines[index].lstrip())
    siblings = [index]
    found = ""
    for above in range(index - 1, -1, -1):
        text = lines[above]
        stripped = text.strip()
        if not stripped or stripped.startswith("#"):
            continue
        depth = len(text) - len(text.lstrip())
        key = _KEY.match(text)
        if depth < indent:
            found = key.group(1) if key else ""
            break
        if depth == indent:
            if key and _OPENS.search(text):
                found = key.group(1)  # YAML's `tips:` with its items at the same indent
                break
            if above in memo:
                found = memo[above]
                break
            siblings.append(above)
    for sibling in siblings:
        memo[sibling] = found
    return found


# A keyed line whose value is below it: `tips:`, `"examples": [`, `briefing: |`.
_OPENS = compiled(r"[:=][ \t]*(?:[\[{|>][-+0-9]*)?[ \t]*(?:#.*)?$")


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


__all__ = ["DATA_SUFFIXES", "data_segments", "data_sentences", "is_data"]
