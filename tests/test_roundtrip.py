"""Round trip through the canonical target: parse -> emit agentskills -> parse again.

For every example skill in skills/ and every skill of the real-world corpus
(../shared/corpus, skipped when absent): the IR of the output equals the IR of the source
(spans and raw frontmatter text aside; frontmatter restricted to the fields the target
keeps), no content is lost, and the Agent Skills reference validator accepts the output
whenever it accepts the source. Building twice gives byte-identical trees.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from skcc.backends import registry
from skcc.build import build_skills
from skcc.frontend.loader import load_skill
from skcc.ir.skill import Skill
from tests.conftest import CORPUS, SKILLS, write_skill
from tests.preservation import missing_content

TARGET = "agentskills"
VOLATILE_KEYS = frozenset({"span", "key_span", "raw", "path"})


def _skill_params() -> list[Any]:
    params = [pytest.param(p, id=f"skills/{p.name}") for p in sorted(
        path.parent for path in SKILLS.glob("*/SKILL.md"))]
    if CORPUS.is_dir():
        params += [pytest.param(p, id=f"corpus/{p.relative_to(CORPUS).as_posix()}")
                   for p in sorted(path.parent for path in CORPUS.rglob("SKILL.md"))]
    else:
        params.append(pytest.param(None, id="corpus-absent", marks=pytest.mark.skip(
            reason="the shared corpus (../shared/corpus/skills) is not present")))
    return params


SKILL_PARAMS = _skill_params()


def stripped(value: Any) -> Any:
    """A model dump without the keys that legitimately differ between source and output."""
    if isinstance(value, dict):
        return {k: stripped(v) for k, v in value.items() if k not in VOLATILE_KEYS}
    if isinstance(value, (list, tuple)):
        return [stripped(v) for v in value]
    return value


def document_ir(skill: Skill) -> dict[str, Any]:
    """The body IR of ``skill`` (frontmatter compared separately), spans removed."""
    dump = stripped(skill.document.model_dump())
    dump.pop("frontmatter", None)
    return dump  # type: ignore[no-any-return]


def frontmatter_ir(skill: Skill, keys: set[str]) -> list[Any] | None:
    fm = skill.document.frontmatter
    if fm is None:
        return None
    return [stripped(entry.model_dump()) for entry in fm.fields if entry.key in keys]


def compile_and_reload(skill_dir: Path, tmp_path: Path) -> tuple[Skill, Skill, Path]:
    """Load ``skill_dir``, emit it, write the output SKILL.md to ``tmp_path/<name>``, reload."""
    skill, diagnostics = load_skill(skill_dir)
    if skill is None:
        pytest.skip(f"skcc produced no skill: {[d.code for d in diagnostics]}")
    compiled, _ = registry.get(TARGET).emit(skill)
    (skill_md,) = [f for f in compiled.files if f.path == "SKILL.md"]
    assert skill_md.content is not None
    out = tmp_path / skill.name
    out.mkdir()
    (out / "SKILL.md").write_bytes(skill_md.content)
    again, diagnostics = load_skill(out)
    assert again is not None, [f"{d.code} {d.message}" for d in diagnostics]
    return skill, again, out


@pytest.mark.parametrize("skill_dir", SKILL_PARAMS)
def test_ir_survives_the_round_trip(skill_dir: Path, tmp_path: Path) -> None:
    skill, again, _ = compile_and_reload(skill_dir, tmp_path)
    assert document_ir(again) == document_ir(skill)
    kept = set(registry.get(TARGET).manifest.fields)
    assert frontmatter_ir(again, kept) == frontmatter_ir(skill, kept)
    if again.frontmatter is not None:
        assert set(again.frontmatter.keys) <= kept


@pytest.mark.parametrize("skill_dir", SKILL_PARAMS)
def test_no_content_is_lost(skill_dir: Path, tmp_path: Path) -> None:
    skill, again, _ = compile_and_reload(skill_dir, tmp_path)
    assert missing_content(skill, again) == []


@pytest.mark.parametrize("skill_dir", SKILL_PARAMS)
def test_reference_validator_accepts_the_output(skill_dir: Path, tmp_path: Path) -> None:
    """Valid in, valid out; and an invalid source never gains a new validator error."""
    validator = pytest.importorskip("skills_ref.validator")
    skill, _, out = compile_and_reload(skill_dir, tmp_path)
    before = validator.validate(skill_dir)
    after = validator.validate(out)
    if not before:
        assert after == []
    else:
        assert set(after) <= set(before)


def test_reference_validator_cli_accepts_an_output(tmp_path: Path) -> None:
    """One run of the validator's own command line, to show the in-process call agrees."""
    validator = pytest.importorskip("skills_ref.validator")
    candidates = [p.values[0] for p in SKILL_PARAMS if p.values[0] is not None]
    valid = next((d for d in candidates if not validator.validate(d)), None)
    if valid is None:
        pytest.skip("no skill the reference validator accepts")
    _, _, out = compile_and_reload(valid, tmp_path)
    run = subprocess.run([sys.executable, "-m", "skills_ref.cli", "validate", str(out)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr


def test_missing_content_reports_what_an_output_drops(tmp_path: Path) -> None:
    """The preservation check is not vacuous: each kind of content is noticed when lost."""
    front = "---\nname: demo\ndescription: Shows content. Use when testing.\n---\n"
    body = ("Run `make test` and read [the guide](references/guide.md).\n\n"
            "| option | meaning |\n| --- | --- |\n| `-v` | verbose |\n\n"
            "1. First step\n2. Second step\n\n```bash\nmake all\n```\n")
    source, _ = load_skill(write_skill(tmp_path / "a", "demo", front + body))
    full, _ = load_skill(write_skill(tmp_path / "b", "demo", front + body))
    assert source is not None and full is not None
    assert missing_content(source, full) == []
    cut = body.replace("`make test`", "make test").replace("(references/guide.md)", "")
    cut = cut.replace("| `-v` | verbose |\n", "").replace("2. Second step\n", "")
    cut = cut.replace("```bash\nmake all\n```\n", "```sh\nmake all\n```\n")
    lost, _ = load_skill(write_skill(tmp_path / "c", "demo", front + cut))
    assert lost is not None
    assert missing_content(source, lost) == [
        "code block (info 'bash'): 'make all\\n'",
        "inline code: '-v'",
        "inline code: 'make test'",
        "link: 'references/guide.md'",
        "list item: 'Second step'",
        "table cell: '`-v`'",
        "table cell: 'verbose'",
    ]


def tree(root: Path) -> dict[str, tuple[bytes, bool]]:
    """Every file under ``root``: its bytes and whether it is executable."""
    return {p.relative_to(root).as_posix(): (p.read_bytes(), os.access(p, os.X_OK))
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_building_twice_gives_byte_identical_trees(tmp_path: Path) -> None:
    sources = [p for p in (SKILLS, CORPUS) if p.is_dir() and any(p.rglob("SKILL.md"))]
    if not sources:
        pytest.skip("no example skills and no corpus to build")
    targets = ["agentskills", "claude"]
    first = build_skills(sources, targets, tmp_path / "a")
    second = build_skills(sources, targets, tmp_path / "b")
    assert first.written, "nothing was built"
    assert [p.relative_to(tmp_path / "a") for p in first.written] == \
        [p.relative_to(tmp_path / "b") for p in second.written]
    reference = tree(tmp_path / "a")
    assert tree(tmp_path / "b") == reference
    # The command line, over the first build's output: rewriting a tree in place is stable.
    run = subprocess.run([sys.executable, "-m", "skcc", "build", *map(str, sources),
                          "--target", ",".join(targets), "--out", str(tmp_path / "a")],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode in (0, 1), run.stderr
    assert tree(tmp_path / "a") == reference
