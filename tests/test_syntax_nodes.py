"""``syntax.nodes`` (a tree-sitter query) yields what filtering ``syntax.walk`` yields, in order.

The fact extractors append commands, calls and file accesses in the order they meet the
nodes, and rules read those lists in order, so the query's captures must come back in the
walk's document order: on every code unit of the test corpora, and on broken code (cut at
random places) whose trees hold ERROR and MISSING nodes.
"""

from __future__ import annotations

import random

import pytest

from skcc.analyzers.scan import syntax
from skcc.analyzers.scan.facts import _POWERSHELL_NODES, _SHELL_NODES
from skcc.analyzers.scan.pyjs import _CODE_NODES
from skcc.analyzers.scan.units import collect
from skcc.frontend.loader import load_skill
from tests.conftest import ROOT

TYPES = {"bash": _SHELL_NODES, "powershell": _POWERSHELL_NODES, "python": _CODE_NODES,
         "javascript": _CODE_NODES, "typescript": _CODE_NODES}


def _code() -> list[tuple[str, str]]:
    found = []
    for folder in ("security_corpus", "security_heldout", "security_heldout2"):
        for path in sorted((ROOT / "tests" / folder).rglob("SKILL.md")):
            skill, _ = load_skill(path.parent)
            if skill is not None:
                found += [(u.language, u.text) for u in collect(skill).units
                          if u.language in TYPES]
    return found


def _walked(root, language: str) -> list:  # type: ignore[no-untyped-def]
    return [n for n in syntax.walk(root) if n.type in TYPES[language]]


def test_query_finds_the_walks_nodes_in_the_walks_order() -> None:
    rng = random.Random(7)
    checked = 0
    for language, text in _code():
        variants = [(language, text)]
        for _ in range(3):  # broken code: a piece cut out, or cut short, in any language
            a, b = sorted(rng.randrange(len(text) + 1) for _ in range(2))
            variants += [(language, text[:a] + text[b:]), (rng.choice(list(TYPES)), text[:b])]
        for lang, code in variants:
            root = syntax.parse(code, lang)
            if root is not None:
                assert syntax.nodes(root, lang, TYPES[lang]) == _walked(root, lang), code
                checked += 1
    assert checked > 500


def test_a_tree_past_the_walk_limit_is_walked(monkeypatch: pytest.MonkeyPatch) -> None:
    root = syntax.parse("echo a | grep b > c\n" * 50, "bash")
    if root is None:
        pytest.skip("no bash grammar")
    assert len(_walked(root, "bash")) > 100
    monkeypatch.setattr(syntax, "WALK_LIMIT", 10)
    cut = _walked(root, "bash")
    assert syntax.nodes(root, "bash", _SHELL_NODES) == cut
    assert len(cut) < 10
