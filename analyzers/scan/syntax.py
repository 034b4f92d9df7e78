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


WALK_LIMIT = 200_000


def walk(node: Any, limit: int | None = None):  # type: ignore[no-untyped-def]
    """Every node under ``node`` in document order (iterative: deep trees do not recurse),
    at most ``limit`` (default ``WALK_LIMIT``) of them."""
    limit = WALK_LIMIT if limit is None else limit
    stack = [node]
    seen = 0
    while stack and seen < limit:
        current = stack.pop()
        seen += 1
        yield current
        stack.extend(reversed(current.children))


def nodes(root: Any, language: str, types: frozenset[str]) -> list[Any]:
    """The nodes of ``types`` under ``root``, in the order ``walk`` visits them.

    A tree-sitter query finds them in C, so only they become Python objects (a walk makes
    one for every node of the tree, some twenty times as many). The captures come grouped
    by pattern and are sorted into document order: by start, the enclosing node first.
    The walk decides where the two could differ: a tree with syntax errors (a query skips
    the MISSING nodes error recovery inserts), nodes sharing a range (only their depth
    could order them), a tree past the walk's limit.
    """
    query = _query(language, types)
    if query is not None and not root.has_error and root.descendant_count <= WALK_LIMIT:
        import tree_sitter

        cursor = tree_sitter.QueryCursor(query)
        found = cursor.captures(root).get("node", [])
        found.sort(key=lambda n: (n.start_byte, -n.end_byte))
        if not cursor.did_exceed_match_limit and all(
                (a.start_byte, a.end_byte) != (b.start_byte, b.end_byte)
                for a, b in zip(found, found[1:])):
            return found
    return [n for n in walk(root) if n.type in types]


@lru_cache(maxsize=None)
def _query(language: str, types: frozenset[str]) -> Any | None:
    """A query capturing the named nodes of ``types`` (those the grammar has) as "node"."""
    p = parser(language)
    if p is None:
        return None
    try:
        import tree_sitter

        kinds = [t for t in sorted(types) if p.language.id_for_node_kind(t, True)]
        return tree_sitter.Query(p.language, " ".join(f"({t}) @node" for t in kinds)) \
            if kinds else None
    except Exception:  # noqa: BLE001 - an incompatible binding: walk the tree instead
        return None
