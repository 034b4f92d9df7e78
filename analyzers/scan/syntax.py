"""tree-sitter parsers, loaded lazily: one Parser per language, created on first use.

A missing grammar wheel or a parse failure yields None, never an exception, so the rules
fall back to the text checks they also run.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Any

# Our language name -> (grammar module, attribute of the module returning the language).
GRAMMARS = {
    "bash": ("tree_sitter_bash", "language"),
    "python": ("tree_sitter_python", "language"),
    "javascript": ("tree_sitter_javascript", "language"),
    "typescript": ("tree_sitter_typescript", "language_typescript"),
    "powershell": ("tree_sitter_powershell", "language"),
}


@lru_cache(maxsize=None)
def parser(language: str) -> Any | None:
    spec = GRAMMARS.get(language)
    if spec is None:
        return None
    try:
        import tree_sitter

        grammar = importlib.import_module(spec[0])
        return tree_sitter.Parser(tree_sitter.Language(getattr(grammar, spec[1])()))
    except Exception:  # noqa: BLE001 - an absent or incompatible grammar disables the language
        return None


def parse(text: str, language: str) -> Any | None:
    """The root node of ``text``'s syntax tree, or None if the language is unavailable."""
    p = parser(language)
    if p is None:
        return None
    try:
        return p.parse(text.encode("utf-8", "surrogatepass")).root_node
    except Exception:  # noqa: BLE001 - tree-sitter rejects some inputs (e.g. lone surrogates)
        return None


def node_text(node: Any) -> str:
    return node.text.decode("utf-8", "replace") if node is not None and node.text else ""


def walk(node: Any, limit: int = 200_000):  # type: ignore[no-untyped-def]
    """Every node under ``node`` in document order (iterative: deep trees do not recurse)."""
    stack = [node]
    seen = 0
    while stack and seen < limit:
        current = stack.pop()
        seen += 1
        yield current
        stack.extend(reversed(current.children))
