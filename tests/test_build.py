"""skcc build: golden output trees, byte-exact resources, atomic writes, --check."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from skcc.backends.registry import get, names
from skcc.build import build_skills
from skcc.cli import cli
from tests.conftest import SKILLS, example_skills, write_skill

TARGETS = names()
TARGET_DIRS = {name: get(name).manifest.project_dir for name in TARGETS}


def tree(root: Path) -> dict[str, str]:
    """Every file under root: text (or sha256 for binary) and the executable bit."""
    out = {}
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        data = path.read_bytes()
        try:
            body = data.decode("utf-8") if b"\0" not in data else None
        except UnicodeDecodeError:
            body = None
        mode = "x" if os.access(path, os.X_OK) else "-"
        out[f"{path.relative_to(root).as_posix()} [{mode}]"] = (
            body if body is not None else f"<binary sha256 {hashlib.sha256(data).hexdigest()}>")
    return out


def test_there_are_at_least_six_example_skills() -> None:
    assert len(example_skills()) >= 6


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("skill", example_skills(), ids=lambda p: p.name)
def test_golden_output_tree(tmp_path: Path, snapshot, skill: Path, target: str) -> None:
    result = build_skills([skill], [target], tmp_path)
    assert not result.skipped, [d.message for d in result.diagnostics]
    out = tmp_path / target / TARGET_DIRS[target] / skill.name
    assert result.written == [out]
    assert tree(out) == snapshot


@pytest.mark.parametrize("skill", example_skills(), ids=lambda p: p.name)
def test_resources_are_copied_byte_exact_with_their_mode(tmp_path: Path, skill: Path) -> None:
    build_skills([skill], ["claude"], tmp_path)
    out = tmp_path / "claude" / ".claude" / "skills" / skill.name
    for src in (p for p in skill.rglob("*") if p.is_file() and p.name != "SKILL.md"):
        dst = out / src.relative_to(skill)
        assert dst.read_bytes() == src.read_bytes()
        assert os.access(dst, os.X_OK) == os.access(src, os.X_OK)


def test_building_twice_gives_identical_trees(tmp_path: Path) -> None:
    build_skills([SKILLS], TARGETS, tmp_path / "a")
    build_skills([SKILLS], TARGETS, tmp_path / "b")
    build_skills([SKILLS], TARGETS, tmp_path / "b")  # rebuilding over existing output
    assert tree(tmp_path / "a") == tree(tmp_path / "b")
    assert tree(tmp_path / "a")


def test_nothing_is_written_outside_out_and_no_staging_is_left(tmp_path: Path) -> None:
    src = tmp_path / "src"
    write_skill(src, "demo", "---\nname: demo\ndescription: Demo. Use when testing.\n---\n# D\n")
    before = {p for p in tmp_path.rglob("*")}
    out = tmp_path / "out"
    result = build_skills([src], TARGETS, out)
    after = {p for p in tmp_path.rglob("*")}
    assert all(out in p.parents or p == out for p in after - before)
    assert not [p for p in out.rglob(".skcc-*")]
    assert len(result.written) == len(TARGETS)


def test_unsupported_field_is_reported_not_silently_dropped(tmp_path: Path) -> None:
    skill = write_skill(tmp_path, "deploy", "---\nname: deploy\ndescription: Deploys. Use when "
                        "shipping.\nargument-hint: \"[env]\"\n---\n# Deploy $ARGUMENTS\n")
    result = build_skills([skill], ["agentskills", "claude"], tmp_path / "out")
    portability = [d for d in result.diagnostics if d.code == "SKC201"]
    assert len(portability) == 1  # agentskills drops it, claude keeps it
    assert "argument-hint" in portability[0].message and (portability[0].span.line, portability[0].span.column) == (4, 1)
    spec = (tmp_path / "out/agentskills/.agents/skills/deploy/SKILL.md").read_text()
    claude = (tmp_path / "out/claude/.claude/skills/deploy/SKILL.md").read_text()
    assert "argument-hint" not in spec
    assert 'argument-hint: "[env]"' in claude


def test_skill_with_errors_is_not_emitted(tmp_path: Path) -> None:
    skill = write_skill(tmp_path, "bad", "---\nname: Bad_Name\ndescription: d\n---\n# B\n")
    result = build_skills([skill], ["claude"], tmp_path / "out")
    assert result.skipped == [skill.as_posix()]
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").rglob("SKILL.md"))


def test_build_check_reports_stale_output(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_skill(tmp_path / "skills", "demo", "---\nname: demo\ndescription: Demo. Use when "
                "testing.\n---\n# D\n")
    runner = CliRunner()
    assert runner.invoke(cli, ["build", "skills", "--target", "claude", "--check"]).exit_code == 1
    assert runner.invoke(cli, ["build", "skills", "--target", "claude"]).exit_code == 0
    assert runner.invoke(cli, ["build", "skills", "--target", "claude", "--check"]).exit_code == 0
    (tmp_path / "skills/demo/SKILL.md").write_text("---\nname: demo\ndescription: Changed. Use "
                                                   "when testing.\n---\n# D\n")
    assert runner.invoke(cli, ["build", "skills", "--target", "claude", "--check"]).exit_code == 1


def test_config_supplies_target_and_out(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_skill(tmp_path / "skills", "demo", "---\nname: demo\ndescription: Demo. Use when "
                "testing.\n---\n# D\n")
    (tmp_path / "skcc.toml").write_text('targets = ["agentskills"]\nout = "dist-skills"\n')
    result = CliRunner().invoke(cli, ["build", "skills"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "dist-skills/agentskills/.agents/skills/demo/SKILL.md").is_file()
    (tmp_path / "skcc.toml").write_text('colour = "red"\n')
    bad = CliRunner().invoke(cli, ["build", "skills"])
    assert bad.exit_code == 2 and "unknown skcc setting(s): colour" in bad.output


def test_pyproject_tool_table_is_read(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_skill(tmp_path / "skills", "demo", "---\nname: demo\ndescription: Demo. Use when "
                "testing.\n---\n# D\n")
    (tmp_path / "pyproject.toml").write_text('[project]\nname="x"\n[tool.skcc]\ntargets = '
                                             '["claude"]\n')
    result = CliRunner().invoke(cli, ["build", "skills"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "build/claude/.claude/skills/demo/SKILL.md").is_file()


def test_unknown_target_and_missing_target_are_usage_errors(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    r = runner.invoke(cli, ["build", ".", "--target", "nope"])
    assert r.exit_code == 2 and "unknown target(s): nope" in r.output
    r = runner.invoke(cli, ["build", "."])
    assert r.exit_code == 2 and "choose a target" in r.output


def test_targets_lists_discovery_paths() -> None:
    r = CliRunner().invoke(cli, ["targets"])
    assert r.exit_code == 0
    assert "claude" in r.output and ".claude/skills/<name>" in r.output
    assert "agentskills" in r.output and ".agents/skills/<name>" in r.output


def test_build_runs_semgrep_only_when_asked(tmp_path: Path, monkeypatch) -> None:
    """The build gate runs the per-skill rules; the semgrep batch pass only with semgrep=True
    (a semgrep that cannot start is reported as SKC910, so its absence shows it never ran)."""
    monkeypatch.setenv("SKCC_SEMGREP", str(tmp_path / "no-such-semgrep"))
    src = write_skill(tmp_path / "src", "demo", "---\nname: demo\ndescription: Demo. Use when "
                      "testing.\n---\n# D\n\nRun the script.\n")
    (src / "scripts").mkdir()
    (src / "scripts/run.py").write_text("print('hello')\n")
    quick = build_skills([src], ["claude"], tmp_path / "a")
    assert quick.written and not [d for d in quick.diagnostics if d.code == "SKC910"]
    deep = build_skills([src], ["claude"], tmp_path / "b", semgrep=True)
    assert deep.written and [d for d in deep.diagnostics if d.code == "SKC910"]
