"""What ``skcc install`` wrote, so ``uninstall`` removes exactly that and ``list`` shows it.

The record lives next to what it describes: ``<discovery folder>/.skcc-installed.json``,
e.g. ``.claude/skills/.skcc-installed.json`` in a project or ``~/.claude/skills/...`` for
the user scope. Keeping it there (not under ``~/.local/state``) means a project moved or
cloned elsewhere still knows what skcc installed in it, and the record never outlives the
folder. Agents only read ``<name>/SKILL.md`` folders, so the dotfile is invisible to them.

For each skill the record keeps the target, pack name and version, and the sha256 and mode
of every file written: a file whose hash differs on disk was changed by the user and is
never overwritten (without ``--force``) nor deleted. ``created`` counts how many folders,
from the discovery folder upwards, the first install had to create; the last uninstall
removes them again when they are empty, so a round trip leaves the tree as it was.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from skcc.pack import PackError
from skcc.pack.files import is_safe_component, unsafe_reason

STATE_NAME = ".skcc-installed.json"
FORMAT = "skcc-installed/1"


@dataclass(frozen=True)
class InstalledFile:
    sha256: str
    mode: int


@dataclass
class InstalledSkill:
    target: str
    pack: str
    version: str
    files: dict[str, InstalledFile]  # path relative to the skill folder -> what was written


@dataclass
class State:
    created: int = 0
    skills: dict[str, InstalledSkill] = field(default_factory=dict)


def load(folder: Path) -> State:
    """The record in the discovery ``folder`` (empty if there is none)."""
    path = folder / STATE_NAME
    if not path.is_file() or path.is_symlink():
        if path.is_symlink():
            raise PackError(f"{path} is a symlink; skcc does not follow it (delete it)")
        return State()
    try:
        data = json.loads(path.read_text("utf-8"))
        return _parse(data)
    except (OSError, UnicodeDecodeError, ValueError, TypeError, KeyError,
            AttributeError) as exc:
        raise PackError(f"{path} is not a valid skcc install record ({exc}); fix or delete "
                        "it (skcc then treats the installed files as yours)") from None


def _parse(data: dict) -> State:  # type: ignore[type-arg]
    if data.get("format") != FORMAT:
        raise ValueError(f"unsupported format {data.get('format')!r}")
    created = data.get("created", 0)
    if not isinstance(created, int) or not 0 <= created <= 8:
        raise ValueError("'created' must be a small number")
    state = State(created=created)
    for name, entry in data["skills"].items():
        if not is_safe_component(name):
            raise ValueError(f"unsafe skill name {name!r}")
        files = {}
        for rel, info in entry["files"].items():
            if unsafe_reason(rel):
                raise ValueError(f"unsafe path {rel!r}")
            files[rel] = InstalledFile(str(info["sha256"]), int(info["mode"], 8))
        state.skills[name] = InstalledSkill(str(entry["target"]), str(entry["pack"]),
                                            str(entry["version"]), files)
    return state


def save(folder: Path, state: State) -> None:
    """Write the record atomically, or remove it when nothing is installed any more."""
    path = folder / STATE_NAME
    if not state.skills:
        if path.exists():
            path.unlink()
        return
    data = {
        "format": FORMAT,
        "created": state.created,
        "skills": {name: {"target": s.target, "pack": s.pack, "version": s.version,
                          "files": {rel: {"sha256": f.sha256, "mode": f"{f.mode:04o}"}
                                    for rel, f in sorted(s.files.items())}}
                   for name, s in sorted(state.skills.items())},
    }
    temp = folder / f"{STATE_NAME}.tmp-{os.getpid()}"
    temp.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", "utf-8")
    os.replace(temp, path)
