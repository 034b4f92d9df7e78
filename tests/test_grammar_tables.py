"""grammar/skill_tables.json holds lark's LALR tables of grammar/skill.lark, current."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from skcc.frontend import parser, tables
from tests.conftest import ROOT

SAMPLE = """---
name: sample
description: One of each block.
---
# Title

Text with `code`.

- item
  > quoted

1. first
2. second

| a | b |
|---|---|
| 1 | 2 |

```python
print("hi")
```

<!-- comment -->
<div>html</div>

Setext
------

***

    indented
"""


def test_stored_tables_are_larks_tables_of_the_grammar() -> None:
    stored = json.loads((ROOT / "grammar" / tables.TABLES_FILE).read_text("utf-8"))
    fresh = tables.lark_tables(tables.grammar_text())
    assert stored == fresh, "grammar/skill.lark changed: run `python -m skcc.frontend.tables`"
    assert (ROOT / "grammar" / tables.TABLES_FILE).read_text("utf-8") == tables.dumps(fresh)


def test_tables_do_not_depend_on_string_hashing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    outputs = []
    for seed in ("1", "2"):
        target = tmp_path / f"tables-{seed}.json"
        subprocess.run([sys.executable, "-m", "skcc.frontend.tables", str(target)], check=True,
                       capture_output=True, env={"PYTHONHASHSEED": seed, "PATH": ""})
        outputs.append(target.read_text("utf-8"))
    assert outputs[0] == outputs[1]


def test_stale_tables_are_recomputed_from_the_grammar(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = parser.parse_blocks(SAMPLE, "SKILL.md")
    monkeypatch.setattr(tables, "grammar_digest", lambda grammar: "not-the-stored-digest")
    loaded = tables.load_tables()
    assert loaded["grammar_sha256"] == "not-the-stored-digest"  # computed now, by lark
    builder = parser.IRBuilder()
    monkeypatch.setattr(parser, "_parser", lambda: (parser._flatten(loaded, builder), builder))
    again = parser.parse_blocks(SAMPLE, "SKILL.md")
    assert [b.model_dump() for b in again.blocks] == [b.model_dump() for b in expected.blocks]
    assert str(again.frontmatter) == str(expected.frontmatter)
    assert [b.kind for b in expected.blocks if b.kind != "blank"] == [
        "heading", "paragraph", "list_block", "list_block", "table", "code_block",
        "html_comment", "html_block", "heading", "thematic_break", "code_block"]


def test_parsing_does_not_import_lark() -> None:
    code = ("import sys\nfrom skcc.frontend.parser import parse_blocks\n"
            f"parse_blocks({SAMPLE!r}, 'SKILL.md')\nprint('lark' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"
