"""Rules that skip work a cheap test shows to be useless find exactly what they found before.

SKC120 scans for links only the leaves that can hold a local one; its links must be the
local links of ``skill.views.links``, in the same order.
"""

from __future__ import annotations

from pathlib import Path

from skcc.analyzers.rules.skc120_broken_resource_link import local_candidates
from skcc.frontend.loader import load_skill
from tests.conftest import CORPUS, ROOT, write_skill

_LINKS = """---
name: links
description: Test skill. Use when testing.
---
# Links [in](a-heading.md)

See [the guide](references/guide.md "title"), ![alt](img.png) and `[not](code.md)`.
Bare WWW.Example.com/page and www.example.org, <https://example.com>, https://x.invalid/y.

| a | [cell](cell.md) |
|---|---|
| www.table.example | [ref][r] |

[r]: references/ref.md "Ref"
"""


def _local(links) -> list:  # type: ignore[no-untyped-def]
    return [link for link in links if link.is_local]


def test_skc120_links_are_the_views_local_links(tmp_path: Path) -> None:
    roots = [write_skill(tmp_path, "links", _LINKS)]
    for folder in (ROOT / "tests").glob("security_*"):
        roots += [p.parent for p in sorted(folder.rglob("SKILL.md"))]
    if CORPUS.is_dir():
        roots += [p.parent for p in sorted(CORPUS.rglob("SKILL.md"))]
    compared = 0
    for root in roots:
        skill, _ = load_skill(root)
        if skill is not None:
            expected = _local(skill.views.links)
            assert _local(local_candidates(skill)) == expected, root
            compared += len(expected)
    assert compared > 5
