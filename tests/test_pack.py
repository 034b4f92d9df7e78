"""skcc pack: reproducible archives, their manifest, and the plugin and .skill forms."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import tarfile
import zipfile
from pathlib import Path

import pytest
import yaml

from pack_support import SKILLS, pack_examples, skcc
from conftest import write_skill

SPEC_FIELDS = {"name", "description", "license", "compatibility", "metadata", "allowed-tools"}


def _members(archive: Path) -> list[tarfile.TarInfo]:
    with tarfile.open(archive) as tar:
        return tar.getmembers()


def _manifest(archive: Path) -> dict:
    with tarfile.open(archive) as tar:
        return json.loads(tar.extractfile("skcc-pack.json").read())


def test_two_checkouts_with_different_file_times_pack_byte_identical(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first, second = tmp_path / "a" / "skills", tmp_path / "b" / "skills"
    shutil.copytree(SKILLS, first)
    shutil.copytree(SKILLS, second)
    for path in second.rglob("*"):  # a later checkout: every file has another mtime
        os.utime(path, (1_700_000_000, 1_700_000_000))
    one = pack_examples(tmp_path / "out1", "claude")
    two = skcc("pack", first, "--target", "claude", "--version", "1.0.0", "--out",
               tmp_path / "out2")
    three = skcc("pack", second, "--target", "claude", "--version", "1.0.0", "--out",
                 tmp_path / "out3")
    assert two.exit_code == 0 and three.exit_code == 0, two.output + three.output
    name = "skills-1.0.0-claude.skcc.tar.gz"
    data = {(tmp_path / d / name).read_bytes() for d in ("out2", "out3")}
    assert len(data) == 1
    assert one.read_bytes() == data.pop()


def test_archive_metadata_is_fixed(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    archive = pack_examples(tmp_path, "codex")
    raw = archive.read_bytes()
    assert raw[:2] == b"\x1f\x8b" and raw[4:8] == b"\0\0\0\0"  # gzip mtime 0
    members = _members(archive)
    assert members[0].name == "skcc-pack.json"
    assert [m.name for m in members[1:]] == sorted(m.name for m in members[1:])
    for member in members:
        assert member.isreg()
        assert (member.uid, member.gid, member.uname, member.gname) == (0, 0, "", "")
        assert member.mtime == 315532800
        assert member.mode in (0o644, 0o755)
    assert any(m.mode == 0o755 for m in members)  # the example scripts stay executable


def test_source_date_epoch_sets_the_timestamps(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    archive = pack_examples(tmp_path, "claude")
    assert {m.mtime for m in _members(archive)} == {1700000000}
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    bad = skcc("pack", SKILLS, "--target", "claude", "--out", tmp_path / "bad")
    assert bad.exit_code == 1
    assert "SOURCE_DATE_EPOCH must be a whole number of seconds, not 'yesterday'" in bad.output
    assert not (tmp_path / "bad").exists()


def test_manifest_describes_every_file(tmp_path):
    archive = pack_examples(tmp_path, "claude")
    manifest = _manifest(archive)
    assert manifest["format"] == "skcc-pack/1"
    assert manifest["target"] == "claude" and manifest["version"] == "1.0.0"
    assert manifest["layout"] == {"project": ".claude/skills", "user": "~/.claude/skills"}
    versions = {s["name"]: s["version"] for s in manifest["skills"]}
    assert versions["csv-profiler"] == "0.3.1" and versions["log-triage"] == ""
    assert set(versions) == {p.name for p in SKILLS.iterdir() if (p / "SKILL.md").exists()}
    assert set(manifest["check"]) == {"error", "warning", "info"}
    assert manifest["check"]["error"] == 0
    assert len(manifest["source_sha256"]) == 64
    with tarfile.open(archive) as tar:
        for entry in manifest["files"]:
            member = tar.getmember(entry["path"])
            data = tar.extractfile(member).read()
            assert hashlib.sha256(data).hexdigest() == entry["sha256"]
            assert len(data) == entry["size"]
            assert entry["mode"] == f"{member.mode:04o}"
        assert {m.name for m in tar.getmembers()} == \
            {e["path"] for e in manifest["files"]} | {"skcc-pack.json"}


def test_source_hash_follows_the_content(tmp_path):
    source = tmp_path / "skills"
    shutil.copytree(SKILLS / "log-triage", source / "log-triage")
    one = skcc("pack", source, "--target", "claude", "--out", tmp_path / "one")
    with (source / "log-triage" / "references").joinpath("extra.md").open("w") as handle:
        handle.write("# More\n")
    two = skcc("pack", source, "--target", "claude", "--out", tmp_path / "two")
    assert one.exit_code == two.exit_code == 0
    hashes = [_manifest(next((tmp_path / d).glob("*.tar.gz")))["source_sha256"]
              for d in ("one", "two")]
    assert hashes[0] != hashes[1]


def test_a_skill_with_errors_is_never_packed(tmp_path):
    source = tmp_path / "skills"
    shutil.copytree(SKILLS / "log-triage", source / "log-triage")
    write_skill(source, "broken", "---\nname: Not_Valid\ndescription: x\n---\n# Broken\n")
    result = skcc("pack", source, "--target", "claude", "--out", tmp_path / "dist")
    assert result.exit_code == 1
    assert "nothing was packed: a pack never leaves a skill out" in result.output
    assert "SKC1" in result.output  # the diagnostic that refused it is shown
    assert not (tmp_path / "dist").exists()


def test_usage_errors_exit_2(tmp_path):
    assert skcc("pack", SKILLS, "--out", tmp_path).exit_code == 2  # no target
    assert skcc("pack", SKILLS, "--target", "nope", "--out", tmp_path).exit_code == 2
    bad = skcc("pack", SKILLS, "--target", "claude", "--version", "../1", "--out", tmp_path)
    assert bad.exit_code == 2 and "--version '../1'" in bad.output
    assert list(tmp_path.iterdir()) == []


def test_every_target_packs_and_verifies(tmp_path):
    result = skcc("pack", SKILLS, "--target", "all", "--version", "2.0.0", "--out", tmp_path)
    assert result.exit_code == 0, result.output
    from skcc.backends import registry

    expected = getattr(registry, "all_targets", registry.names)()
    archives = sorted(tmp_path.glob("*.skcc.tar.gz"))
    assert [a.name for a in archives] == sorted(f"skills-2.0.0-{t}.skcc.tar.gz"
                                                for t in expected)
    for archive in archives:
        verified = skcc("verify", archive)
        assert verified.exit_code == 0, (archive.name, verified.output)


def test_claude_plugin_form(tmp_path):
    result = skcc("pack", SKILLS, "--form", "plugin", "--version", "1.1.0", "--owner",
                  "Example Co", "--out", tmp_path)
    assert result.exit_code == 0, result.output
    plugin = tmp_path / "skills-plugin"
    manifest = json.loads((plugin / ".claude-plugin" / "plugin.json").read_text())
    assert manifest["name"] == "skills" and manifest["version"] == "1.1.0"
    market = json.loads((plugin / ".claude-plugin" / "marketplace.json").read_text())
    assert market["owner"] == {"name": "Example Co"}
    assert market["plugins"] == [{"name": "skills", "source": "./", "version": "1.1.0",
                                  "description": manifest["description"]}]
    names = sorted(p.name for p in SKILLS.iterdir() if (p / "SKILL.md").exists())
    assert sorted(p.name for p in (plugin / "skills").iterdir()) == names
    for name in names:
        assert (plugin / "skills" / name / "SKILL.md").is_file()
    assert os.access(plugin / "skills" / "csv-profiler" / "scripts" / "profile_csv.py",
                     os.X_OK)


def test_skill_upload_zip_has_spec_fields_only_and_fixed_times(tmp_path):
    args = ("pack", SKILLS / "release-checklist", "--form", "skill")
    assert skcc(*args, "--out", tmp_path / "a").exit_code == 0
    assert skcc(*args, "--out", tmp_path / "b").exit_code == 0
    one, two = (tmp_path / d / "release-checklist.skill" for d in ("a", "b"))
    assert one.read_bytes() == two.read_bytes()
    with zipfile.ZipFile(one) as archive:
        infos = archive.infolist()
        assert all(i.filename.startswith("release-checklist/") for i in infos)
        assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
        text = archive.read("release-checklist/SKILL.md").decode()
    frontmatter = yaml.safe_load(io.StringIO(text.split("---\n")[1]))
    assert set(frontmatter) <= SPEC_FIELDS
    assert frontmatter["name"] == "release-checklist"


def test_skill_upload_refuses_a_reserved_name(tmp_path):
    write_skill(tmp_path / "src", "claude-helper",
                "---\nname: claude-helper\ndescription: Helps with things. Use when asked.\n"
                "---\n# Helper\n\nDo the thing.\n")
    result = skcc("pack", tmp_path / "src", "--form", "skill", "--out", tmp_path / "dist")
    assert result.exit_code == 1
    assert "claude.ai rejects skill names containing 'claude' or 'anthropic': " \
        "'claude-helper'" in result.output
    assert not (tmp_path / "dist").exists()


@pytest.mark.parametrize("form", ["skcc", "plugin"])
def test_pack_of_a_single_skill_takes_its_name_and_version(tmp_path, form):
    result = skcc("pack", SKILLS / "csv-profiler", "--target", "claude", "--form", form,
                  "--out", tmp_path)
    assert result.exit_code == 0, result.output
    expected = "csv-profiler-0.3.1-claude.skcc.tar.gz" if form == "skcc" \
        else "csv-profiler-plugin"
    assert [p.name for p in tmp_path.iterdir()] == [expected]


def test_the_output_folder_inside_the_sources_is_not_packed(tmp_path):
    source = tmp_path / "skills"
    shutil.copytree(SKILLS / "log-triage", source / "log-triage")
    args = ("pack", source, "--target", "claude", "--form", "skcc", "--form", "plugin",
            "--out", source / "dist")
    assert skcc(*args).exit_code == 0
    again = skcc(*args)  # dist/log-triage-plugin/skills/log-triage/ is not a second source
    assert again.exit_code == 0, again.output
    assert [s["name"] for s in _manifest(source / "dist" /
                                         "log-triage-0.0.0-claude.skcc.tar.gz")["skills"]] \
        == ["log-triage"]
