"""``allowed-tools``: read the spec's list and name the same tools in a target's vocabulary.

The spec writes a space-separated string (``Bash(git:*) Read``); Claude Code also accepts
commas and a YAML list (platforms.md §1.2, §2.2). Vocabularies come from each manifest's
``[tools]`` table, which follows the crosswalk in platforms.md §15 (Claude name -> target
name).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from skcc.ir.frontmatter import YamlMapping, YamlScalar, YamlSequence
from skcc.regex_cache import compiled

_TOKEN = compiled(r"[^\s,()]+(?:\([^)]*\))?")
_BIN = compiled(r"[A-Za-z0-9_.+-]+")


def tokens(value: YamlScalar | YamlSequence | YamlMapping) -> list[str]:
    """Each tool rule of an ``allowed-tools`` value, e.g. ``["Bash(git:*)", "Read"]``."""
    if isinstance(value, YamlScalar):
        return _TOKEN.findall(value.text)
    if isinstance(value, YamlSequence):
        return [t for item in value.items if isinstance(item, YamlScalar)
                for t in _TOKEN.findall(item.text)]
    return []


def tool(token: str) -> str:
    """The tool a rule names: ``Bash`` for ``Bash(git:*)``."""
    return token.split("(", 1)[0]


def translate(rules: list[str], vocabulary: Mapping[str, str]) -> list[str]:
    """The target's names for the tools of ``rules`` (unknown ones left out), in order."""
    return list(dict.fromkeys(vocabulary[tool(r)] for r in rules if tool(r) in vocabulary))


def rename(rules: list[str], vocabulary: Mapping[str, str]) -> list[str]:
    """``rules`` with each tool renamed into the vocabulary, its ``(...)`` pattern kept."""
    return [vocabulary.get(tool(r), tool(r)) + r[len(tool(r)):] for r in rules]


def binaries(rules: list[str]) -> list[str]:
    """Programs that ``Bash(...)`` rules run: ``git`` for ``Bash(git:*)`` or ``Bash(git log *)``.

    Rules naming a path (``Bash(./scripts/x.sh)``) or a wildcard name no program.
    """
    found = []
    for rule in rules:
        if tool(rule) != "Bash" or "(" not in rule:
            continue
        pattern = rule[rule.index("(") + 1: -1].strip()
        program = re.split(r"[\s:]", pattern, maxsplit=1)[0]
        if _BIN.fullmatch(program) and program not in found:
            found.append(program)
    return found
