"""``skcc-pack.json``: what a pack holds, and the check that an archive matches it.

The manifest is written with sorted keys and a fixed layout so it is reproducible too.
Read back from an untrusted archive, every field is type-checked before use, and every
file in the archive must be listed with the same sha256, size and mode -- no more, no less.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from skcc.pack import PackError
from skcc.pack.files import (
    EXEC_MODE,
    FILE_MODE,
    MANIFEST_NAME,
    SKILLS_DIR,
    PackFile,
    check_path,
    is_safe_component,
)

FORMAT = "skcc-pack/1"
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_MODES = {"0644": FILE_MODE, "0755": EXEC_MODE}


@dataclass(frozen=True)
class SkillEntry:
    name: str
    version: str  # metadata.version of the source skill, "" when it has none
    source_sha256: str


@dataclass(frozen=True)
class Manifest:
    name: str
    version: str
    target: str
    skcc_version: str
    source_sha256: str
    skills: tuple[SkillEntry, ...]
    check: Mapping[str, int]  # diagnostics by severity when the pack was made
    layout: Mapping[str, str]  # scope -> discovery folder, as the packing skcc knew it


def render(manifest: Manifest, files: list[PackFile]) -> bytes:
    """The manifest file for a pack of ``files`` (which must not include the manifest)."""
    data = {
        "format": FORMAT,
        "name": manifest.name,
        "version": manifest.version,
        "target": manifest.target,
        "skcc_version": manifest.skcc_version,
        "source_sha256": manifest.source_sha256,
        "layout": dict(manifest.layout),
        "check": dict(manifest.check),
        "skills": [{"name": s.name, "version": s.version, "source_sha256": s.source_sha256}
                   for s in manifest.skills],
        "files": [{"path": f.path, "sha256": f.sha256, "size": len(f.data),
                   "mode": f"{f.mode:04o}"} for f in sorted(files, key=lambda f: f.path)],
    }
    return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()


def parse(files: Mapping[str, PackFile]) -> Manifest:
    """The manifest of an archive's ``files``, checked against them; PackError if not."""
    raw = files.get(MANIFEST_NAME)
    if raw is None:
        raise PackError(f"not a skcc pack: no {MANIFEST_NAME} at the top of the archive")
    if len(raw.data) > MAX_MANIFEST_BYTES:
        raise PackError(f"{MANIFEST_NAME} is larger than {MAX_MANIFEST_BYTES} bytes")
    try:
        data = json.loads(raw.data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise PackError(f"{MANIFEST_NAME} is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise PackError(f"{MANIFEST_NAME} must hold a JSON object")
    if data.get("format") != FORMAT:
        raise PackError(f"{MANIFEST_NAME}: unsupported format {data.get('format')!r} "
                        f"(this skcc reads {FORMAT!r})")
    manifest = Manifest(
        name=_string(data, "name"), version=_string(data, "version"),
        target=_string(data, "target"), skcc_version=_string(data, "skcc_version"),
        source_sha256=_string(data, "source_sha256"),
        skills=tuple(_skill(item) for item in _list(data, "skills")),
        check={k: v for k, v in _mapping(data, "check").items() if isinstance(v, int)},
        layout={k: v for k, v in _mapping(data, "layout").items() if isinstance(v, str)},
    )
    names = [s.name for s in manifest.skills]
    if len(set(names)) != len(names):
        raise PackError(f"{MANIFEST_NAME}: a skill is listed twice")
    _match_files(_list(data, "files"), files, set(names))
    return manifest


def _string(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise PackError(f"{MANIFEST_NAME}: '{key}' must be a string")
    return value


def _list(data: Mapping[str, Any], key: str) -> list[Any]:
    value = data.get(key)
    if not isinstance(value, list):
        raise PackError(f"{MANIFEST_NAME}: '{key}' must be a list")
    return value


def _mapping(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise PackError(f"{MANIFEST_NAME}: '{key}' must be an object")
    return value


def _skill(item: Any) -> SkillEntry:
    if not isinstance(item, dict):
        raise PackError(f"{MANIFEST_NAME}: every entry of 'skills' must be an object")
    name = _string(item, "name")
    if not is_safe_component(name):
        raise PackError(f"{MANIFEST_NAME}: unsafe skill name {name!r}")
    return SkillEntry(name, _string(item, "version"), _string(item, "source_sha256"))


def _match_files(listed: list[Any], files: Mapping[str, PackFile], skills: set[str]) -> None:
    seen: set[str] = set()
    for item in listed:
        if not isinstance(item, dict):
            raise PackError(f"{MANIFEST_NAME}: every entry of 'files' must be an object")
        path = check_path(_string(item, "path"), MANIFEST_NAME)
        sha, mode, size = item.get("sha256"), item.get("mode"), item.get("size")
        if not isinstance(sha, str) or not _SHA256.match(sha):
            raise PackError(f"{MANIFEST_NAME}: {path!r} has no valid sha256")
        if mode not in _MODES:
            raise PackError(f"{MANIFEST_NAME}: {path!r} has mode {mode!r}; only 0644 and "
                            "0755 are allowed")
        if not isinstance(size, int) or isinstance(size, bool):
            raise PackError(f"{MANIFEST_NAME}: {path!r} has no valid size")
        if path in seen:
            raise PackError(f"{MANIFEST_NAME}: {path!r} is listed twice")
        seen.add(path)
        parts = path.split("/")
        if len(parts) < 3 or parts[0] != SKILLS_DIR or parts[1] not in skills:
            raise PackError(f"{MANIFEST_NAME}: {path!r} is not inside {SKILLS_DIR}/<skill>/ "
                            "of a listed skill")
        actual = files.get(path)
        if actual is None:
            raise PackError(f"file listed in {MANIFEST_NAME} is missing from the archive: "
                            f"{path!r}")
        if len(actual.data) != size:
            raise PackError(f"size mismatch: {path!r} (manifest says {size} bytes, archive "
                            f"has {len(actual.data)})")
        if actual.sha256 != sha:
            raise PackError(f"hash mismatch: {path!r} (manifest says {sha[:12]}…, archive "
                            f"has {actual.sha256[:12]}…)")
        if actual.mode != _MODES[mode]:
            raise PackError(f"mode mismatch: {path!r} (manifest says {mode}, archive has "
                            f"{actual.mode:04o})")
    extra = sorted(set(files) - seen - {MANIFEST_NAME})
    if extra:
        raise PackError(f"file not listed in {MANIFEST_NAME}: {extra[0]!r}")
    for skill in skills:
        if f"{SKILLS_DIR}/{skill}/SKILL.md" not in seen:
            raise PackError(f"{MANIFEST_NAME}: skill {skill!r} has no SKILL.md")
