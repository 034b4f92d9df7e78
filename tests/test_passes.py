"""Optimiser passes: each does its job on a positive case, leaves a negative case alone, and
never changes its input. Content preservation on every target is in test_backends.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from skcc.cli import cli
from skcc.frontend.loader import load_skill
from skcc.ir.skill import Skill
from skcc.passes import NONE, ORDER, Options, optimise
from tests.conftest import write_skill

FRONT = "---\nname: demo\ndescription: Demo skill. Use when testing.\n---\n"
LONG = " ".join(f"word{i}" for i in range(400))  # about 1,000 tokens of prose


def skill_of(tmp_path: Path, body: str) -> Skill:
    skill, diagnostics = load_skill(write_skill(tmp_path, "demo", FRONT + body))
    assert skill is not None, [d.message for d in diagnostics]
    return skill


def only(name: str, **kwargs: int) -> Options:
    return Options(skip=frozenset(ORDER) - {name}, **kwargs)


def body(skill: Skill) -> str:
    return skill.document.body


def test_passes_never_change_their_input(tmp_path: Path) -> None:
    skill = skill_of(tmp_path, "\n\n# T\n\n<!-- c -->\n\n## Empty\n\n| a  |  b |\n|--|--|\n")
    before = skill.model_dump()
    optimise(skill, Options(split_threshold=1))
    assert skill.model_dump() == before


def test_no_pass_enabled_is_the_identity(tmp_path: Path) -> None:
    skill = skill_of(tmp_path, "# T\n\n<!-- c -->\n\n\n\nText.  \n")
    assert optimise(skill, NONE) is skill


def test_comments_are_dropped_but_skcc_directives_kept(tmp_path: Path) -> None:
    skill = skill_of(tmp_path, "# T\n\n<!-- note to maintainers -->\n\n<!-- skcc: ignore[SKC301] "
                               "-->\n\nText.\n")
    out = body(optimise(skill, only("comments")))
    assert "maintainers" not in out and "skcc: ignore[SKC301]" in out


def test_comments_ok_inline_html_and_code_are_kept(tmp_path: Path) -> None:
    source = "# T\n\nText <!-- inline --> here.\n\n```html\n<!-- in code -->\n```\n"
    skill = skill_of(tmp_path, source)
    assert body(optimise(skill, only("comments"))) == source


def test_empty_sections_are_dropped(tmp_path: Path) -> None:
    skill = skill_of(tmp_path, "# T\n\n## Notes\n\n\n## Steps\n\nDo it.\n")
    out = body(optimise(skill, only("empty-sections")))
    assert "## Notes" not in out and "## Steps\n\nDo it." in out


def test_empty_sections_ok_heading_with_subsections_or_text(tmp_path: Path) -> None:
    source = "# T\n\n## Parent\n\n### Child\n\nText.\n"
    skill = skill_of(tmp_path, source)
    assert body(optimise(skill, only("empty-sections"))) == source


def test_dedupe_drops_repeated_prose(tmp_path: Path) -> None:
    repeated = "Always keep the user informed about what you are changing and why."
    skill = skill_of(tmp_path, f"# T\n\n{repeated}\n\n## More\n\n{repeated}\n")
    assert body(optimise(skill, only("dedupe"))).count(repeated) == 1


def test_dedupe_ok_repeated_code_and_short_lines_stay(tmp_path: Path) -> None:
    repeated = "Run `make test` after every change you make to the parser module."
    source = f"# T\n\n{repeated}\n\nExample:\n\n{repeated}\n\nExample:\n"
    skill = skill_of(tmp_path, source)
    assert body(optimise(skill, only("dedupe"))) == source


def test_whitespace_is_normalised(tmp_path: Path) -> None:
    skill = skill_of(tmp_path, "\n\n# T   \n\n\n\nLine one  \nline two   \n\n| a   |   b |\n"
                               "|:----|----:|\n| 1   |   2 |\n\n\n")
    assert body(optimise(skill, only("whitespace"))) == (
        "# T\n\nLine one  \nline two\n\n| a | b |\n| :--- | ---: |\n| 1 | 2 |\n")


def test_whitespace_ok_code_and_lists_untouched(tmp_path: Path) -> None:
    source = "# T\n\n```\nx   \n\n\n\ny\n```\n\n- item   \n  more   \n"
    skill = skill_of(tmp_path, source)
    assert body(optimise(skill, only("whitespace"))) == source


def test_split_moves_long_reference_sections(tmp_path: Path) -> None:
    skill = skill_of(tmp_path, f"# T\n\n## Steps\n\n{LONG}\n\n## API reference\n\n### Calls\n\n"
                               f"{LONG}\n\n## Constraints\n\nNEVER guess.\n")
    out = optimise(skill, only("split", split_threshold=300))
    (moved,) = out.generated
    assert moved.path == "references/api-reference.md"
    assert moved.text == f"## API reference\n\n### Calls\n\n{LONG}\n\n"
    assert "## API reference\n\nDetails in [references/api-reference.md]" \
           "(references/api-reference.md): Calls.\n\n## Constraints" in body(out)
    assert f"## Steps\n\n{LONG}" in body(out)  # the procedure stays, however long


@pytest.mark.parametrize("section", [
    "## Examples\n\nshort text\n",  # under the threshold
    f"## Workflow\n\n{LONG}\n",  # the procedure itself
    f"## Examples\n\nSee [the guide](references/guide.md).\n\n{LONG}\n",  # a relative link
    f"## Examples\n\nPass $ARGUMENTS on.\n\n{LONG}\n",  # a placeholder
])
def test_split_ok_sections_that_stay(tmp_path: Path, section: str) -> None:
    skill = skill_of(tmp_path, "# T\n\n" + section)
    out = optimise(skill, only("split", split_threshold=300))
    assert out.generated == () and body(out) == body(skill)


def test_split_never_overwrites_a_bundled_file(tmp_path: Path) -> None:
    folder = write_skill(tmp_path, "demo", FRONT + f"# T\n\n## Reference\n\n{LONG}\n")
    (folder / "references").mkdir()
    (folder / "references/reference.md").write_text("mine\n")
    skill, _ = load_skill(folder)
    assert skill is not None
    out = optimise(skill, only("split", split_threshold=300))
    assert [g.path for g in out.generated] == ["references/reference-2.md"]


def test_build_writes_split_sections_and_cli_switches(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_skill(tmp_path / "src", "demo", FRONT + f"# T\n\n<!-- c -->\n\n## Reference\n\n{LONG}\n")
    runner = CliRunner()
    r = runner.invoke(cli, ["build", "src", "-t", "claude", "--split-threshold", "300"])
    assert r.exit_code == 0, r.output
    out = tmp_path / "build/claude/.claude/skills/demo"
    assert (out / "references/reference.md").read_text().startswith("## Reference\n")
    assert "<!-- c -->" not in (out / "SKILL.md").read_text()
    r = runner.invoke(cli, ["build", "src", "-t", "claude", "--skip-pass", "all"])
    assert r.exit_code == 0 and "<!-- c -->" in (out / "SKILL.md").read_text()
    assert not (out / "references").exists()
    r = runner.invoke(cli, ["build", "src", "-t", "claude", "--skip-pass", "nope"])
    assert r.exit_code == 2 and "unknown pass(es): nope" in r.output


def test_split_moves_sections_in_most_of_the_corpus(corpus: Path) -> None:
    """The split pass is not vacuous on real skills (content kept: test_backends.py)."""
    folders = sorted(p.parent for p in corpus.rglob("SKILL.md"))
    moved = 0
    for folder in folders:
        skill, _ = load_skill(folder)
        if skill is not None and optimise(skill, Options(split_threshold=300)).generated:
            moved += 1
    assert moved >= len(folders) // 3, moved
