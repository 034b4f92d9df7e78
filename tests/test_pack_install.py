"""skcc install / list / uninstall: round trips leave the folders exactly as they were,
user changes are never overwritten without --force, and never deleted."""

from __future__ import annotations

import json
import tarfile
from pathlib import Path

import pytest

from pack_support import SKILLS, listing, pack_examples, skcc

NAMES = sorted(p.name for p in SKILLS.iterdir() if (p / "SKILL.md").is_file())


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project folder as cwd, with a HOME of its own (tests never touch the real one)."""
    root, home = tmp_path / "project", tmp_path / "home"
    root.mkdir()
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(root)
    return root


@pytest.fixture
def pack(tmp_path) -> Path:
    return pack_examples(tmp_path / "dist", "claude")


def _uninstall_all(*extra: str) -> None:
    for name in NAMES:
        result = skcc("uninstall", name, *extra)
        assert result.exit_code == 0, result.output
        assert f"removed {name} (claude" in result.output


def test_round_trip_leaves_an_empty_project_as_it_was(project, pack):
    before = listing(project)
    assert skcc("verify", pack).exit_code == 0
    result = skcc("install", pack, "--target", "claude", "--scope", "project")
    assert result.exit_code == 0, result.output
    for name in NAMES:
        assert f"installed {name} (" in result.output
        assert (project / ".claude" / "skills" / name / "SKILL.md").is_file()
    shown = skcc("list").output
    assert [line.split()[:3] for line in shown.splitlines()] == \
        [["claude", "project", name] for name in NAMES]
    _uninstall_all()
    assert listing(project) == before == []
    assert "no skills installed by skcc" in skcc("list").output


def test_round_trip_keeps_what_was_there(project, pack):
    mine = project / ".claude" / "skills" / "mine"
    mine.mkdir(parents=True)
    (mine / "SKILL.md").write_text("---\nname: mine\ndescription: Mine. Use always.\n---\n")
    (project / ".claude" / "settings.json").write_text("{}\n")
    before = listing(project)
    assert skcc("install", pack).exit_code == 0
    _uninstall_all("--target", "claude", "--scope", "project")
    assert listing(project) == before


def test_installed_files_match_the_pack_byte_for_byte(project, pack):
    assert skcc("install", pack).exit_code == 0
    with tarfile.open(pack) as tar:
        manifest = json.loads(tar.extractfile("skcc-pack.json").read())
        for entry in manifest["files"]:
            installed = project / ".claude" / entry["path"]
            assert installed.read_bytes() == tar.extractfile(entry["path"]).read()
            assert f"{installed.stat().st_mode & 0o777:04o}" == entry["mode"]


def test_user_scope_goes_under_home_only(project, pack, tmp_path):
    home = tmp_path / "home"
    result = skcc("install", pack, "--scope", "user")
    assert result.exit_code == 0, result.output
    assert (home / ".claude" / "skills" / "log-triage" / "SKILL.md").is_file()
    assert listing(project) == []
    assert "~/.claude/skills/log-triage/" in result.output
    assert all(line.split()[1] == "user" for line in skcc("list").output.splitlines())
    _uninstall_all("--scope", "user")
    assert listing(home) == []


def test_a_changed_file_blocks_reinstall_without_force(project, pack):
    assert skcc("install", pack).exit_code == 0
    changed = project / ".claude" / "skills" / "log-triage" / "SKILL.md"
    changed.write_text(changed.read_text() + "\nMy own note.\n")
    before = listing(project)
    result = skcc("install", pack)
    assert result.exit_code == 1
    assert f"conflict: {changed} was changed since skcc installed it; use --force to " \
        "overwrite it" in result.output
    assert "nothing was installed" in result.output
    assert listing(project) == before
    forced = skcc("install", pack, "--force")
    assert forced.exit_code == 0, forced.output
    assert "overwrote your SKILL.md (--force)" in forced.output
    assert "My own note." not in changed.read_text()


def test_uninstall_keeps_changed_and_added_files(project, pack):
    assert skcc("install", pack).exit_code == 0
    folder = project / ".claude" / "skills" / "csv-profiler"
    (folder / "notes.md").write_text("mine\n")
    (folder / "scripts" / "profile_csv.py").write_text("# my version\n")
    result = skcc("uninstall", "csv-profiler")
    assert result.exit_code == 0
    assert "kept notes.md (not installed by skcc)" in result.output
    assert "kept scripts/profile_csv.py (changed since it was installed)" in result.output
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")) == \
        ["notes.md", "scripts", "scripts/profile_csv.py"]
    # reinstalling over the user's leftovers is a conflict: the folder is no longer skcc's
    again = skcc("install", pack)
    assert again.exit_code == 1 and "exists and was not installed by skcc" in again.output


def test_reinstall_keeps_user_added_files_and_records_only_the_pack(project, pack):
    assert skcc("install", pack).exit_code == 0
    extra = project / ".claude" / "skills" / "log-triage" / "my-notes.md"
    extra.write_text("mine\n")
    result = skcc("install", pack)
    assert result.exit_code == 0, result.output
    assert "kept your my-notes.md" in result.output
    assert extra.read_text() == "mine\n"
    record = json.loads((project / ".claude" / "skills" / ".skcc-installed.json").read_text())
    assert "my-notes.md" not in record["skills"]["log-triage"]["files"]


def test_a_folder_skcc_did_not_install_is_not_replaced_without_force(project, pack):
    theirs = project / ".claude" / "skills" / "log-triage"
    theirs.mkdir(parents=True)
    (theirs / "SKILL.md").write_text("their own\n")
    (theirs / "keep.txt").write_text("keep\n")
    before = listing(project)
    result = skcc("install", pack)
    assert result.exit_code == 1
    assert f"{theirs} exists and was not installed by skcc; use --force" in result.output
    assert listing(project) == before
    forced = skcc("install", pack, "--force")
    assert forced.exit_code == 0, forced.output
    assert (theirs / "keep.txt").read_text() == "keep\n"
    assert (theirs / "SKILL.md").read_text() != "their own\n"


def test_install_never_writes_through_a_symlink_in_a_skill_folder(project, pack, tmp_path):
    assert skcc("install", pack).exit_code == 0
    outside = tmp_path / "outside"
    outside.mkdir()
    scripts = project / ".claude" / "skills" / "log-triage" / "scripts"
    for child in scripts.iterdir():
        child.unlink()
    scripts.rmdir()
    scripts.symlink_to(outside, target_is_directory=True)
    for flags in ((), ("--force",)):
        result = skcc("install", pack, *flags)
        assert result.exit_code == 1
        assert "(a file or a link where the pack has a folder)" in result.output
    assert list(outside.iterdir()) == []


def test_dry_run_writes_nothing(project, pack):
    result = skcc("install", pack, "--dry-run")
    assert result.exit_code == 0
    assert "would install log-triage (" in result.output
    assert listing(project) == []
    assert skcc("install", pack).exit_code == 0
    before = listing(project)
    removal = skcc("uninstall", "log-triage", "--dry-run")
    assert removal.exit_code == 0 and "would remove log-triage" in removal.output
    assert listing(project) == before


def test_install_from_skill_sources_needs_a_target(project):
    refused = skcc("install", SKILLS / "log-triage")
    assert refused.exit_code == 1
    assert "holds skill sources, not a pack: choose the target to compile them for with " \
        "--target" in refused.output
    result = skcc("install", SKILLS / "log-triage", "--target", "codex")
    assert result.exit_code == 0, result.output
    assert (project / ".agents" / "skills" / "log-triage" / "agents" / "openai.yaml").is_file()
    assert skcc("list", "--target", "codex").output.split()[:3] == \
        ["codex", "project", "log-triage"]
    # agentskills shares .agents/skills but did not install it
    assert "no skills installed" in skcc("list", "--target", "agentskills").output
    assert skcc("uninstall", "log-triage").exit_code == 0
    assert listing(project) == []


def test_install_from_an_unpacked_pack_folder(project, pack, tmp_path):
    unpacked = tmp_path / "unpacked"
    with tarfile.open(pack) as tar:
        tar.extractall(unpacked, filter="data")
    assert skcc("verify", unpacked).exit_code == 0
    assert skcc("install", unpacked).exit_code == 0
    assert (project / ".claude" / "skills" / "commit-message" / "SKILL.md").is_file()
    (unpacked / "skills" / "commit-message" / "SKILL.md").write_text("tampered\n")
    result = skcc("verify", unpacked)
    assert result.exit_code == 1 and "size mismatch: 'skills/commit-message/SKILL.md'" in \
        result.output


def test_a_pack_for_another_target_is_refused(project, pack):
    result = skcc("install", pack, "--target", "codex")
    assert result.exit_code == 1
    assert "the pack was built for 'claude', not 'codex'" in result.output
    assert listing(project) == []


def test_uninstall_errors(project, pack, tmp_path):
    missing = skcc("uninstall", "log-triage")
    assert missing.exit_code == 1
    assert "no skill 'log-triage' installed by skcc here" in missing.output
    assert skcc("install", pack).exit_code == 0
    assert skcc("install", pack, "--scope", "user").exit_code == 0
    ambiguous = skcc("uninstall", "log-triage")
    assert ambiguous.exit_code == 2
    assert "log-triage is installed for claude (project), claude (user)" in ambiguous.output
    assert skcc("uninstall", "log-triage", "--scope", "user").exit_code == 0
    assert not (tmp_path / "home" / ".claude" / "skills" / "log-triage").exists()
    assert (project / ".claude" / "skills" / "log-triage").is_dir()


def test_a_corrupt_install_record_is_reported(project, pack):
    assert skcc("install", pack).exit_code == 0
    record = project / ".claude" / "skills" / ".skcc-installed.json"
    record.write_text("{not json")
    for args in (("list",), ("uninstall", "log-triage"), ("install", str(pack))):
        result = skcc(*args)
        assert result.exit_code == 1, args
        assert f"{record} is not a valid skcc install record" in result.output


def test_project_option_points_at_another_folder(project, pack, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    assert skcc("install", pack, "--project", other).exit_code == 0
    assert (other / ".claude" / "skills" / "log-triage").is_dir()
    assert listing(project) == []
    assert "log-triage" in skcc("list", "--project", other).output
    assert skcc("install", pack, "--project", tmp_path / "nope").exit_code == 2


def test_compiled_output_does_not_depend_on_the_scope():
    """One pack serves both scopes (skcc/pack/compile.py relies on this)."""
    from skcc.backends import registry
    from skcc.frontend.loader import load_skill

    for folder in sorted(SKILLS.iterdir()):
        skill, _ = load_skill(folder)
        for target in registry.names():
            backend = registry.get(target)
            project = backend.emit(skill, "project")[0].files
            user = backend.emit(skill, "user")[0].files
            assert project == user, (folder.name, target)


def test_a_folder_where_the_pack_has_a_file_is_a_conflict(project, pack):
    assert skcc("install", pack).exit_code == 0
    skill_md = project / ".claude" / "skills" / "log-triage" / "SKILL.md"
    skill_md.unlink()
    skill_md.mkdir()
    (skill_md / "inside.txt").write_text("mine\n")
    before = listing(project)
    result = skcc("install", pack, "--force")
    assert result.exit_code == 1
    assert f"{skill_md} is a folder where the pack has a file" in result.output
    assert listing(project) == before


def test_verify_reports_the_packers_findings_and_destinations(pack):
    result = skcc("verify", pack)
    assert result.exit_code == 0
    assert "every sha256, size and mode matches the manifest" in result.output
    assert "the packer's checks found: 0 error" in result.output
    assert "  csv-profiler 0.3.1: project .claude/skills/csv-profiler/  user " \
        "~/.claude/skills/csv-profiler/" in result.output
