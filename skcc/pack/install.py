"""Install a pack into the folder an agent discovers, and take it out again.

``plan_install`` decides everything before anything is written: where each skill goes,
which files the user changed or added since the last install (conflicts, unless forced),
which of the user's files stay. ``apply_install`` then writes each skill folder atomically:
the new folder is assembled in a temporary folder beside it (starting from a copy of the
old one, so the user's own files survive) and renamed into place. Install never deletes a
file it did not write, and never writes through a symlink inside a skill folder.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from skcc.pack import PackError, state
from skcc.pack.files import PackFile
from skcc.pack.verify import LoadedPack

SCOPES = ("project", "user")


def discovery_folder(target: str, scope: str, project: Path, home: Path) -> Path:
    """Where ``target``'s agent looks for skills, from the backend's manifest."""
    from skcc.backends import registry

    m = registry.get(target).manifest
    if scope == "project":
        return project / m.project_dir
    if not m.user_dir:
        raise PackError(f"{target} has no user scope: its agent reads skills from the "
                        "project only; install with --scope project")
    return home / m.user_dir.removeprefix("~/")


@dataclass
class SkillPlan:
    name: str
    folder: Path
    files: list[PackFile]
    overwritten: list[str] = field(default_factory=list)  # user-changed, replaced (--force)
    kept: list[str] = field(default_factory=list)  # the user's files, left in place
    removed: list[str] = field(default_factory=list)  # files of the old install now gone


@dataclass
class InstallPlan:
    target: str
    scope: str
    folder: Path  # the discovery folder
    base: Path  # the project or home folder; never created or removed by skcc
    skills: list[SkillPlan] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _changed(path: Path, sha256: str) -> bool:
    """Whether the file skcc wrote at ``path`` is no longer what it wrote (never blocks on
    a FIFO: only regular files are read)."""
    return path.is_symlink() or not path.is_file() or _sha(path) != sha256


def _on_disk(folder: Path) -> dict[str, Path]:
    """Every non-folder entry under ``folder`` (links included, never followed)."""
    found = {}
    for current, dirs, files in os.walk(folder):
        for name in files + [d for d in dirs if (Path(current) / d).is_symlink()]:
            path = Path(current) / name
            found[path.relative_to(folder).as_posix()] = path
    return found


def plan_install(pack: LoadedPack, scope: str, project: Path, home: Path,
                 force: bool = False) -> InstallPlan:
    target = pack.manifest.target
    folder = discovery_folder(target, scope, project, home)
    plan = InstallPlan(target, scope, folder, project if scope == "project" else home)
    if folder.exists() and not folder.is_dir():
        plan.conflicts.append(f"{folder} is not a folder")
        return plan
    record = state.load(folder) if folder.is_dir() else state.State()
    for entry in pack.manifest.skills:
        plan.skills.append(_plan_skill(entry.name, folder, pack.skill_files(entry.name),
                                       record.skills.get(entry.name), force, plan.conflicts))
    return plan


def _plan_skill(name: str, folder: Path, files: list[PackFile],
                before: state.InstalledSkill | None, force: bool,
                conflicts: list[str]) -> SkillPlan:
    plan = SkillPlan(name, folder / name, files)
    where = plan.folder
    if where.is_symlink() or (where.exists() and not where.is_dir()):
        conflicts.append(f"{where} is a symlink or a file; skcc will not write through it")
        return plan
    if not where.exists():
        return plan
    if before is None and not force:
        conflicts.append(f"{where} exists and was not installed by skcc; use --force to "
                         "install over it (files that are not in the pack are kept)")
        return plan
    ours = before.files if before else {}
    new = {f.path for f in files}
    for rel, path in sorted(_on_disk(where).items()):
        if rel in ours and not _changed(path, ours[rel].sha256):
            if rel not in new:
                plan.removed.append(rel)  # ours, untouched, and gone from the new pack
        elif rel not in new:
            plan.kept.append(rel)  # added or changed by the user: theirs to keep
        elif force:
            plan.overwritten.append(rel)
        elif rel in ours:
            conflicts.append(f"{path} was changed since skcc installed it; use --force to "
                             "overwrite it")
        else:
            conflicts.append(f"{path} was not installed by skcc and the pack would overwrite "
                             "it; use --force to replace it")
    for file in files:  # a user file or link where the pack needs a folder, or vice versa
        if (where / file.path).is_dir() and not (where / file.path).is_symlink():
            conflicts.append(f"{where / file.path} is a folder where the pack has a file")
        parent = Path(file.path).parent
        while parent != Path("."):
            spot = where / parent
            if spot.is_symlink() or (spot.exists() and not spot.is_dir()):
                conflicts.append(f"{spot} is in the way of {file.path} (a file or a link "
                                 "where the pack has a folder)")
                break
            parent = parent.parent
    return plan


def apply_install(plan: InstallPlan, pack: LoadedPack) -> None:
    if plan.conflicts:
        raise PackError("refusing to install: " + "; ".join(plan.conflicts))
    created = _make_folders(plan.folder, plan.base)
    record = state.load(plan.folder)
    record.created = max(record.created, created)
    versions = {s.name: s.version for s in pack.manifest.skills}
    for skill in plan.skills:
        _write_skill(skill)
        record.skills[skill.name] = state.InstalledSkill(
            plan.target, f"{pack.manifest.name} {pack.manifest.version}", versions[skill.name],
            {f.path: state.InstalledFile(f.sha256, f.mode) for f in skill.files})
    state.save(plan.folder, record)


def _make_folders(folder: Path, base: Path) -> int:
    """Create ``folder`` and its missing parents below ``base``; how many were missing."""
    missing = 0
    current = folder
    while not current.exists() and current != base and base in current.parents:
        missing += 1
        current = current.parent
    folder.mkdir(parents=True, exist_ok=True)
    return missing


def _write_skill(skill: SkillPlan) -> None:
    staging = Path(tempfile.mkdtemp(prefix=".skcc-", dir=skill.folder.parent))
    try:
        new = staging / "new"
        if skill.folder.exists():
            shutil.copytree(skill.folder, new, symlinks=True)
        else:
            new.mkdir()
        for rel in skill.removed:
            (new / rel).unlink()
            _prune(new, (new / rel).parent)
        for file in skill.files:
            dest = new / file.path
            dest.parent.mkdir(parents=True, exist_ok=True)
            if not dest.parent.resolve().is_relative_to(new.resolve()):
                raise PackError(f"refusing to write {dest}: outside the skill folder")
            if dest.is_symlink() or dest.exists():
                dest.unlink()  # replace a link itself, never what it points at
            dest.write_bytes(file.data)
            os.chmod(dest, file.mode)
        os.chmod(new, 0o755)
        if skill.folder.exists():
            os.replace(skill.folder, staging / "old")
        os.replace(new, skill.folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _prune(top: Path, folder: Path) -> None:
    """Remove ``folder`` and its parents up to (not including) ``top`` while empty."""
    while folder != top and top in folder.parents:
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent


@dataclass
class Removal:
    name: str
    target: str
    folder: Path  # the skill folder
    removed: list[str] = field(default_factory=list)
    kept: list[tuple[str, str]] = field(default_factory=list)  # (path, why)


def installed(targets: list[str], scopes: tuple[str, ...], project: Path, home: Path
              ) -> list[tuple[str, str, Path, str, state.InstalledSkill]]:
    """(target, scope, discovery folder, name, record) for every skill skcc installed."""
    found = []
    for scope in scopes:
        for target in targets:
            try:
                folder = discovery_folder(target, scope, project, home)
            except PackError:
                continue  # a target with no folder at this scope has nothing installed
            if not folder.is_dir():
                continue
            for name, entry in sorted(state.load(folder).skills.items()):
                if entry.target == target:
                    found.append((target, scope, folder, name, entry))
    return found


def uninstall(folder: Path, name: str, dry_run: bool = False) -> Removal:
    """Remove the files skcc installed for skill ``name`` in discovery ``folder``."""
    record = state.load(folder)
    entry = record.skills[name]
    result = Removal(name, entry.target, folder / name)
    where = result.folder
    on_disk = _on_disk(where) if where.is_dir() and not where.is_symlink() else {}
    for rel, path in sorted(on_disk.items()):
        ours = entry.files.get(rel)
        if ours is None:
            result.kept.append((rel, "not installed by skcc"))
        elif _changed(path, ours.sha256):
            result.kept.append((rel, "changed since it was installed"))
        else:
            result.removed.append(rel)
    if dry_run:
        return result
    for rel in result.removed:
        (where / rel).unlink()
        _prune(where, (where / rel).parent)
    _prune(folder, where)
    del record.skills[name]
    state.save(folder, record)
    if not record.skills:
        current = folder
        for _ in range(record.created):
            try:
                current.rmdir()
            except OSError:
                break
            current = current.parent
    return result
