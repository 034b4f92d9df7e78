"""Open what ``skcc verify`` and ``skcc install`` are given, and check it.

A pack (archive or unpacked folder with ``skcc-pack.json``) is read with the safe reader,
its manifest checked against every file, and its skills re-checked by the analyzers in a
temporary folder: a pack is untrusted even when its manifest reports no findings. Skill
sources (a folder of skills, or a ``.skill``/zip without a manifest) are compiled for the
requested target first, so every input reaches ``install`` as the same ``LoadedPack``.
"""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from skcc.diagnostics import Diagnostic
from skcc.pack import PackError, manifest
from skcc.pack.files import MANIFEST_NAME, SKILLS_DIR, PackFile
from skcc.pack.reader import read_pack_source


@dataclass(frozen=True)
class LoadedPack:
    manifest: manifest.Manifest
    files: Mapping[str, PackFile]  # every file but the manifest, by path in the pack
    diagnostics: tuple[Diagnostic, ...] = ()  # from compiling a source, if it was one

    def skill_files(self, name: str) -> list[PackFile]:
        """The files of skill ``name``, with paths relative to its folder."""
        prefix = f"{SKILLS_DIR}/{name}/"
        return [PackFile(path[len(prefix):], f.data, f.executable)
                for path, f in sorted(self.files.items()) if path.startswith(prefix)]


def open_pack(path: str | Path, target: str | None = None, *, sources: bool = True
              ) -> LoadedPack:
    """The pack at ``path``; with ``sources``, skill folders and zips are compiled too."""
    from skcc.backends import registry

    path = Path(path)
    if path.is_dir() and not path.is_symlink() and not (path / MANIFEST_NAME).exists():
        if not sources:
            raise PackError(f"not a skcc pack: no {MANIFEST_NAME} in {path}")
        if target is None:
            raise PackError(f"{path} holds skill sources, not a pack: choose the target to "
                            "compile them for with --target")
        return _compile_source(path, {}, target)
    files = read_pack_source(path)
    if MANIFEST_NAME not in files:
        if not sources:
            manifest.parse(files)  # raises the "not a skcc pack" error
        if target is None:
            raise PackError(f"{path} holds skill sources, not a pack: choose the target to "
                            "compile them for with --target")
        return _compile_source(Path(path), files, target)
    info = manifest.parse(files)
    if info.target not in registry.names():
        raise PackError(f"the pack is for target {info.target!r}, which this skcc does not "
                        f"know (known: {', '.join(registry.names())})")
    if target is not None and target != info.target:
        raise PackError(f"the pack was built for {info.target!r}, not {target!r}; pack the "
                        f"skills again with --target {target}")
    return LoadedPack(info, {p: f for p, f in files.items() if p != MANIFEST_NAME})


def _compile_source(path: Path, files: Mapping[str, PackFile], target: str) -> LoadedPack:
    from skcc.pack import forms
    from skcc.pack.compile import prepare

    with tempfile.TemporaryDirectory(prefix="skcc-src-") as temp:
        root = Path(temp)
        if path.is_dir():
            root = path  # already on disk; the loader reads folders safely itself
        else:
            _write_tree(root, files.values())
        prepared = prepare([root])
        if prepared.refused:
            raise SourceRefused(prepared.diagnostics, prepared.refused)
        name = prepared.skills[0].name if len(prepared.skills) == 1 else path.stem
        version = next(iter(prepared.versions.values()), "") if len(prepared.skills) == 1 \
            else ""
        built = forms.skcc_pack(prepared, target, name, version or "0.0.0")
    by_path = {f.path: f for f in built.files}
    info = manifest.parse(by_path)
    return LoadedPack(info, {p: f for p, f in by_path.items() if p != MANIFEST_NAME},
                      tuple([*prepared.diagnostics, *built.diagnostics]))


class SourceRefused(PackError):
    """Skill sources that do not compile: the diagnostics say why."""

    def __init__(self, diagnostics: list[Diagnostic], reasons: list[str]) -> None:
        super().__init__("; ".join(reasons))
        self.diagnostics = diagnostics


def _write_tree(root: Path, files: object) -> None:
    for file in files:  # type: ignore[attr-defined]
        dest = root / file.path  # paths were checked by the reader: relative, no ".."
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(file.data)
        dest.chmod(file.mode)


def recheck(pack: LoadedPack) -> list[Diagnostic]:
    """The analyzers' findings on the pack's skills, unpacked into a temporary folder."""
    from skcc.analyzers import CheckContext, check_skills
    from skcc.backends import registry
    from skcc.frontend.loader import load_skill

    fields = frozenset(registry.get(pack.manifest.target).manifest.fields)
    temp = Path(tempfile.mkdtemp(prefix="skcc-verify-"))
    try:
        _write_tree(temp, [PackFile(p, f.data, f.executable) for p, f in pack.files.items()])
        diagnostics: list[Diagnostic] = []
        skills = []
        # Loaded from where they were unpacked: the rules read bundled files through the
        # skill's root, so a root like "skills/x" would read the working folder instead.
        for entry in pack.manifest.skills:
            skill, found = load_skill(temp / SKILLS_DIR / entry.name)
            diagnostics.extend(found)
            if skill is not None:
                skills.append(skill)
        for found in check_skills(skills, CheckContext(allowed_fields=fields)):
            diagnostics.extend(found)
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    # Reported as paths inside the pack (skills/x/...), the keys of ``pack.files``.
    inside = [_relocate(d, f"{temp.as_posix()}/") for d in diagnostics]
    return sorted(inside, key=lambda d: d.sort_key)


def _relocate(d: Diagnostic, prefix: str) -> Diagnostic:
    def span(s):  # type: ignore[no-untyped-def]
        return s.model_copy(update={"path": s.path.removeprefix(prefix)})

    return dataclasses.replace(d, span=span(d.span), related=tuple(map(span, d.related)),
                               message=d.message.replace(prefix, ""),
                               help=d.help.replace(prefix, ""))
