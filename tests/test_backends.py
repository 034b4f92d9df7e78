"""Every target: its own acceptance rules, content preservation, and the portability
diagnostics (SKC202-SKC207) with a positive and a negative case each."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from skcc.backends.registry import get, names
from skcc.build import build_skills
from skcc.frontend.loader import load_skill
from skcc.passes import Options, optimise
from tests.conftest import SKILLS, write_skill
from tests.preservation import missing_from_files
from tests.target_rules import problems
from tests.test_roundtrip import SKILL_PARAMS

TARGETS = names()
SPEC_FIELDS = {"name", "description", "license", "compatibility", "metadata", "allowed-tools"}
# Targets whose frontmatter is the spec's six fields at most: the reference validator judges
# them exactly (it rejects every other key).
SPEC_FAMILY = [t for t in TARGETS if set(get(t).manifest.fields) <= SPEC_FIELDS
               and get(t).MAIN_TEMPLATE == "SKILL.md"]


def emit(text: str, target: str, tmp_path: Path, folder: str = "demo") -> tuple[str, list[Any]]:
    """The compiled SKILL.md text of a one-file skill, and the build's diagnostics."""
    skill, diagnostics = load_skill(write_skill(tmp_path / "src", folder, text))
    assert skill is not None, [d.message for d in diagnostics]
    compiled, found = get(target).emit(skill)
    (skill_md,) = [f for f in compiled.files if f.path == "SKILL.md"]
    assert skill_md.content is not None
    return skill_md.content.decode("utf-8"), found


def codes(diagnostics: list[Any], code: str) -> list[Any]:
    return [d for d in diagnostics if d.code == code]


SPLIT_AT = 200  # tokens: low, so the split pass moves sections in most corpus skills


def compiled_generated(skill: Any) -> tuple[Any, ...]:
    return optimise(skill, Options(split_threshold=SPLIT_AT)).generated


FRONT = "---\nname: demo\ndescription: Demo skill. Use when testing.\n"


# -- every target: accepted by its own rules, nothing lost -------------------------------------

def test_cursor_rules_is_built_only_when_asked_for(tmp_path: Path, monkeypatch) -> None:
    from click.testing import CliRunner

    from skcc.backends.registry import all_targets
    from skcc.cli import cli

    assert "cursor-rules" in TARGETS and "cursor-rules" not in all_targets()
    assert len(all_targets()) == 11
    monkeypatch.chdir(tmp_path)
    write_skill(tmp_path / "src", "demo", FRONT + "---\n# D\n\nText.\n")
    r = CliRunner().invoke(cli, ["build", "src", "-t", "cursor-rules", "--scope", "user"])
    assert r.exit_code == 2 and "cursor-rules has no user scope" in r.output
    r = CliRunner().invoke(cli, ["build", "src", "-t", "cursor-rules"])
    assert r.exit_code == 0, r.output
    rule = tmp_path / "build/cursor-rules/.cursor/rules/demo/demo.mdc"
    assert rule.read_text() == ("---\ndescription: Demo skill. Use when testing.\n"
                                "alwaysApply: false\n---\n# D\n\nText.\n")


def test_every_target_is_registered_with_distinct_project_folders() -> None:
    assert {"agentskills", "claude", "codex", "kimi", "gemini", "copilot", "cursor",
            "opencode", "openclaw", "windsurf", "goose"} <= set(TARGETS)
    # side by side under --out, each in its own tree: <out>/<target>/<project_dir>
    assert len({(t, get(t).manifest.project_dir) for t in TARGETS}) == len(TARGETS)


@pytest.mark.parametrize("target", TARGETS)
def test_example_skills_pass_the_targets_own_rules(tmp_path: Path, target: str) -> None:
    result = build_skills([SKILLS], [target], tmp_path)
    assert result.written and not result.skipped
    for folder in result.written:
        assert problems(folder, get(target).manifest) == [], folder


@pytest.mark.parametrize("target", TARGETS)
def test_target_rules_judge_is_not_vacuous(tmp_path: Path, target: str) -> None:
    if target == "cursor-rules":
        folder = tmp_path / "demo"
        folder.mkdir()
        (folder / "demo.mdc").write_text("---\nname: demo\nalwaysApply: 'false'\n---\n# D\n")
        assert problems(folder, get(target).manifest) == [
            "keys a rule does not have: ['name']", "alwaysApply is not a boolean",
            "no description"]
        return
    folder = write_skill(tmp_path, "demo", "---\nname: Demo_Skill\nunknown-field: 1\n---\n# D\n")
    found = problems(folder, get(target).manifest)
    assert any("name rule" in p for p in found) and any("no description" in p for p in found)
    assert any("unknown-field" in p for p in found)


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("skill_dir", SKILL_PARAMS)
def test_no_content_is_lost_on_any_target(skill_dir: Path, target: str) -> None:
    """Every optimiser pass on (splitting at a low threshold, so it really moves sections),
    then the target's emit: SKILL.md plus the generated references keep all content."""
    skill, _ = load_skill(skill_dir)
    if skill is None:
        pytest.skip("skcc produced no skill")
    backend = get(target)
    compiled, _ = backend.emit(optimise(skill, Options(split_threshold=SPLIT_AT)))
    generated = {g.path for g in compiled_generated(skill)}
    texts = [f.content.decode("utf-8") for f in compiled.files
             if f.path == backend.main_file(skill) or f.path in generated]
    assert missing_from_files(skill, texts) == []


@pytest.mark.parametrize("target", SPEC_FAMILY)
@pytest.mark.parametrize("skill_dir", SKILL_PARAMS)
def test_reference_validator_accepts_spec_family_output(
        tmp_path: Path, skill_dir: Path, target: str) -> None:
    validator = pytest.importorskip("skills_ref.validator")
    if validator.validate(skill_dir):
        pytest.skip("the reference validator rejects the source")
    result = build_skills([skill_dir], [target], tmp_path)
    assert len(result.written) == 1
    assert validator.validate(result.written[0]) == []


def test_user_scope_lays_out_the_user_folders(tmp_path: Path) -> None:
    # The tree under <out>/<target> mirrors the home folder for --scope user.
    result = build_skills([SKILLS / "commit-message"], ["opencode", "windsurf"], tmp_path,
                          scope="user")
    assert sorted(p.relative_to(tmp_path).as_posix() for p in result.written) == [
        "opencode/.config/opencode/skills/commit-message",
        "windsurf/.codeium/windsurf/skills/commit-message"]


# -- tool vocabularies and sidecars ------------------------------------------------------------

def test_allowed_tools_kept_for_claude(tmp_path: Path) -> None:
    text, found = emit(FRONT + "allowed-tools: Bash(git:*) Read\n---\n# D\n", "claude", tmp_path)
    assert "allowed-tools: Bash(git:*) Read" in text and not codes(found, "SKC206")


def test_openclaw_gates_on_the_programs_allowed_tools_runs(tmp_path: Path) -> None:
    text, found = emit(FRONT + "allowed-tools: Bash(git:*) Bash(npm test) Read\n---\n# D\n",
                       "openclaw", tmp_path)
    assert "allowed-tools" not in text
    assert "metadata:\n  openclaw:\n    requires:\n      bins:\n        - git\n        - npm\n" in text
    (diag,) = codes(found, "SKC206")
    assert "metadata.openclaw.requires.bins" in diag.message


def test_codex_sidecar_carries_disable_model_invocation(tmp_path: Path) -> None:
    src = write_skill(tmp_path / "src", "demo", FRONT + "disable-model-invocation: true\n---\n"
                      "# Demo tool\n\nBody.\n")
    result = build_skills([src], ["codex"], tmp_path / "out")
    sidecar = (result.written[0] / "agents/openai.yaml").read_text()
    assert "allow_implicit_invocation: false" in sidecar
    assert 'display_name: "Demo tool"' in sidecar
    (diag,) = codes(result.diagnostics, "SKC207")
    assert "agents/openai.yaml" in diag.message


def test_codex_keeps_an_authors_own_sidecar(tmp_path: Path) -> None:
    src = write_skill(tmp_path / "src", "demo", FRONT + "---\n# D\n")
    (src / "agents").mkdir()
    (src / "agents/openai.yaml").write_text("interface:\n  display_name: Mine\n")
    result = build_skills([src], ["codex"], tmp_path / "out")
    assert (result.written[0] / "agents/openai.yaml").read_text() == \
        "interface:\n  display_name: Mine\n"


# -- SKC202 placeholder-rewritten --------------------------------------------------------------

def test_skc202_arguments_in_prose_are_rewritten_for_codex(tmp_path: Path) -> None:
    text, found = emit(FRONT + "---\n# D\n\nSummarise $ARGUMENTS briefly.\n", "codex", tmp_path)
    assert "Summarise the arguments the user gave briefly." in text
    (diag,) = codes(found, "SKC202")
    assert (diag.span.line, diag.span.column) == (7, 11)


def test_skc202_ok_claude_substitutes_arguments_itself(tmp_path: Path) -> None:
    text, found = emit(FRONT + "---\n# D\n\nSummarise $ARGUMENTS briefly.\n", "claude", tmp_path)
    assert "Summarise $ARGUMENTS briefly." in text and not codes(found, "SKC202")


# -- SKC203 placeholder-kept-verbatim ----------------------------------------------------------

def test_skc203_placeholder_in_code_is_kept_and_explained(tmp_path: Path) -> None:
    body = '# D\n\n```bash\npython3 "${CLAUDE_SKILL_DIR}/scripts/x.py"\n```\n'
    text, found = emit(FRONT + "---\n" + body, "gemini", tmp_path)
    assert 'python3 "${CLAUDE_SKILL_DIR}/scripts/x.py"' in text
    assert "`${CLAUDE_SKILL_DIR}` stands for the folder containing this SKILL.md" in text
    (diag,) = codes(found, "SKC203")
    assert diag.span.line == 8


def test_skc203_ok_openclaw_names_the_folder_in_prose(tmp_path: Path) -> None:
    text, found = emit(FRONT + "---\n# D\n\nRun ${CLAUDE_SKILL_DIR}/scripts/x.py now.\n",
                       "openclaw", tmp_path)
    assert "Run {baseDir}/scripts/x.py now." in text
    assert not codes(found, "SKC203") and codes(found, "SKC202")


# -- SKC204 dynamic-context-unsupported --------------------------------------------------------

def test_skc204_dynamic_context_becomes_an_instruction(tmp_path: Path) -> None:
    text, found = emit(FRONT + "---\n# D\n\n!`git status --short`\n", "kimi", tmp_path)
    assert "Run `git status --short` first and use its output." in text
    assert "!`git status" not in text
    (diag,) = codes(found, "SKC204")
    assert diag.span.line == 7


def test_skc204_ok_claude_runs_it_and_inline_mentions_are_not_commands(tmp_path: Path) -> None:
    source = FRONT + "---\n# D\n\n!`git status --short`\n"
    text, found = emit(source, "claude", tmp_path)
    assert "!`git status --short`" in text and not codes(found, "SKC204")
    _, found = emit(FRONT + "---\n# D\n\nClaude's syntax is `` !`cmd` ``.\n", "kimi", tmp_path / "b")
    assert not codes(found, "SKC204")


# -- SKC205 hardcoded-skill-path ---------------------------------------------------------------

def test_skc205_install_path_is_rewritten_even_for_claude(tmp_path: Path) -> None:
    source = FRONT + "---\n# D\n\nRun ~/.claude/skills/demo/scripts/x.sh to start.\n"
    text, found = emit(source, "claude", tmp_path)
    assert "Run ${CLAUDE_SKILL_DIR}/scripts/x.sh to start." in text
    (diag,) = codes(found, "SKC205")
    assert (diag.span.line, diag.span.column) == (7, 5)
    text, _ = emit(source, "codex", tmp_path / "codex")
    assert "Run scripts/x.sh to start." in text


def test_skc205_ok_another_skills_folder_is_not_this_skill(tmp_path: Path) -> None:
    source = FRONT + "---\n# D\n\nSee ~/.claude/skills/demo-other/README.md for more.\n"
    text, found = emit(source, "codex", tmp_path)
    assert "~/.claude/skills/demo-other/README.md" in text and not codes(found, "SKC205")


# -- SKC206 allowed-tools-unsupported ----------------------------------------------------------

def test_skc206_allowed_tools_reported_with_the_targets_tool_names(tmp_path: Path) -> None:
    text, found = emit(FRONT + "allowed-tools: Bash(git:*) Read\n---\n# D\n", "gemini", tmp_path)
    assert "allowed-tools" not in text
    (diag,) = codes(found, "SKC206")
    assert "run_shell_command, read_file" in diag.message
    assert (diag.span.line, diag.span.column) == (4, 1)


def test_skc206_ok_without_allowed_tools(tmp_path: Path) -> None:
    _, found = emit(FRONT + "---\n# D\n", "gemini", tmp_path)
    assert not codes(found, "SKC206")


# -- SKC207 field-relocated --------------------------------------------------------------------

def test_skc207_codex_moves_compatibility_into_the_body(tmp_path: Path) -> None:
    text, found = emit(FRONT + "compatibility: Needs git 2.40 or newer.\n---\n# D\n\nBody.\n",
                       "codex", tmp_path)
    assert "compatibility:" not in text.split("---")[1]
    assert "Compatibility: Needs git 2.40 or newer." in text
    (diag,) = codes(found, "SKC207")
    assert "compatibility" in diag.message


def test_skc207_ok_targets_that_read_compatibility_keep_it(tmp_path: Path) -> None:
    text, found = emit(FRONT + "compatibility: Needs git.\n---\n# D\n", "kimi", tmp_path)
    assert "compatibility: Needs git." in text and not codes(found, "SKC207")


# -- SKC208 resource-link-added ----------------------------------------------------------------

def _with_script(tmp_path: Path, body: str) -> Path:
    src = write_skill(tmp_path / "src", "demo", FRONT + "---\n" + body)
    (src / "scripts").mkdir()
    (src / "scripts/check.py").write_text("print('ok')\n")
    return src


def test_skc208_copilot_links_files_the_body_only_mentions(tmp_path: Path) -> None:
    src = _with_script(tmp_path, "# D\n\nRun `scripts/check.py` first.\n")
    result = build_skills([src], ["copilot", "codex"], tmp_path / "out")
    copilot = (tmp_path / "out/copilot/.github/skills/demo/SKILL.md").read_text()
    assert copilot.endswith("\nFiles of this skill: [scripts/check.py](scripts/check.py).\n")
    assert "Files of this skill" not in (tmp_path / "out/codex/.agents/skills/demo/SKILL.md"
                                         ).read_text()
    (diag,) = codes(result.diagnostics, "SKC208")
    assert "scripts/check.py" in diag.message


def test_skc208_ok_files_already_linked(tmp_path: Path) -> None:
    src = _with_script(tmp_path, "# D\n\nRun [the check](./scripts/check.py) first.\n")
    result = build_skills([src], ["copilot"], tmp_path / "out")
    assert not codes(result.diagnostics, "SKC208")
    assert "Files of this skill" not in (tmp_path / "out/copilot/.github/skills/demo/SKILL.md"
                                         ).read_text()


def test_a_third_party_target_registers_through_an_entry_point(tmp_path: Path,
                                                               monkeypatch) -> None:
    """A separately installed package (a dist-info on sys.path) adds a target with its own
    manifest, inheriting the templates of the target it subclasses."""
    package = tmp_path / "acme_target"
    (package / "manifests").mkdir(parents=True)
    (package / "__init__.py").write_text(
        "from skcc.backends.portable import PortableBackend\n\n"
        "class AcmeBackend(PortableBackend):\n"
        "    name = 'acme'\n"
        "    PACKAGE = 'acme_target'\n")
    (package / "manifests/acme.toml").write_text(
        'name = "acme"\ntitle = "Acme Agent"\nproject_dir = ".acme/skills"\n'
        'user_dir = "~/.acme/skills"\nfields = ["name", "description"]\n'
        "description_max = 1024\nname_max = 64\n")
    dist = tmp_path / "acme_target-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-target\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[skcc.backends]\nacme = acme_target:AcmeBackend\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    from skcc.backends import registry

    registry._entry_points.cache_clear()
    try:
        assert "acme" in registry.names() and "acme" in registry.all_targets()
        src = write_skill(tmp_path / "src", "demo", FRONT + "license: MIT\n---\n# D\n\nText.\n")
        result = build_skills([src], ["acme"], tmp_path / "out")
        text = (tmp_path / "out/acme/.acme/skills/demo/SKILL.md").read_text()
        assert text == "---\nname: demo\ndescription: Demo skill. Use when testing.\n---\n" \
                       "# D\n\nText.\n"
        assert [d.code for d in result.diagnostics] == ["SKC201"]
    finally:
        registry._entry_points.cache_clear()


@pytest.mark.parametrize("target", TARGETS)
def test_local_links_in_the_output_resolve(tmp_path: Path, target: str) -> None:
    """Every relative link of a compiled example skill points at a file of its output tree
    (the split pass at a low threshold adds links to generated references too)."""
    from posixpath import normpath

    from skcc.frontend.loader import SourceText, parse_document
    from skcc.ir.skill import Skill as SkillModel

    backend = get(target)
    result = build_skills([SKILLS], [target], tmp_path, passes=Options(split_threshold=SPLIT_AT))
    checked = 0
    for folder in result.written:
        main = folder / backend.main_file(SkillModel.model_construct(name=folder.name))
        document, _ = parse_document(SourceText(main.read_text("utf-8"), False, "\n"), "x")
        assert document is not None
        skill = SkillModel(name=folder.name, root=str(folder), document=document)
        for link in skill.views.links:
            if link.is_local:
                target_path = normpath(link.target.split("#", 1)[0].strip("<>"))
                assert (folder / target_path).exists(), (folder.name, link.target)
                checked += 1
    assert checked >= len(result.written)  # every example skill links something
