"""Compile skill folders into a pack, in memory, with the same checks as ``skcc build``.

``prepare`` loads and checks the sources once; ``pack_files`` emits them for one target.
A pack is all or nothing: if any skill has an error-level finding, ``prepare`` reports it
and no pack is made for any target (``skcc build`` would skip that skill; a published pack
missing a skill silently would be worse).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from skcc.diagnostics import Diagnostic, Severity
from skcc.pack import PackError
from skcc.pack.files import SKILLS_DIR, PackFile, is_safe_component


@dataclass
class Prepared:
    """Skills ready to emit, or the reasons they are not."""

    skills: list[Any] = field(default_factory=list)  # optimised Skill IR, error-free
    diagnostics: list[Diagnostic] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # why packing is refused, one per line
    sources: dict[str, str] = field(default_factory=dict)  # skill name -> source sha256
    versions: dict[str, str] = field(default_factory=dict)  # skill name -> metadata.version


def prepare(paths: Iterable[str | Path], select_codes: tuple[str, ...] = (),
            ignore_codes: tuple[str, ...] = (), exclude: Path | None = None) -> Prepared:
    """Load and check the skills under ``paths`` (skipping ``exclude``, the output folder,
    whose plugin form holds skill folders of its own)."""
    from skcc.analyzers import CheckContext, check_skills, select
    from skcc.build import discover
    from skcc.frontend.loader import load_skill
    from skcc.passes import Options, optimise

    result = Prepared()
    roots, found = discover(paths, exclude=exclude)
    result.diagnostics.extend(found)
    loaded = [(root, *load_skill(root)) for root in roots]
    checked = iter(check_skills([s for _, s, _ in loaded if s is not None], CheckContext()))
    for root, skill, diags in loaded:
        if skill is not None:
            # SKC113 (fields outside the spec) is the target's business, as in build.
            diags += [d for d in next(checked) if d.code != "SKC113"]
        diags = select(diags, select_codes, ignore_codes)
        result.diagnostics.extend(diags)
        if skill is None or any(d.severity is Severity.ERROR for d in diags):
            result.refused.append(f"{root.as_posix()}: fix the errors above")
            continue
        if not is_safe_component(skill.name):
            result.refused.append(f"{root.as_posix()}: {skill.name!r} is not a folder name")
            continue
        if skill.name in result.sources:
            result.refused.append(f"{root.as_posix()}: a second skill named {skill.name!r}")
            continue
        result.sources[skill.name] = _source_hash(root, skill)
        result.versions[skill.name] = metadata_version(skill)
        result.skills.append(optimise(skill, Options()))
    if not roots and not result.refused:
        result.refused.append("no skills found")
    result.diagnostics.sort(key=lambda d: d.sort_key)
    return result


def metadata_version(skill: Any) -> str:
    """``metadata.version`` of a skill as a string, or ""."""
    from skcc.ir.frontmatter import YamlMapping, YamlScalar

    metadata = skill.frontmatter.get("metadata") if skill.frontmatter else None
    if not isinstance(metadata, YamlMapping):
        return ""
    version = metadata.get("version")
    return version.text if isinstance(version, YamlScalar) else ""


def _source_hash(root: Path, skill: Any) -> str:
    # Paths relative to the skill folder and content hashes only: two checkouts of the
    # same commit agree whatever their location or file times.
    lines = [f"SKILL.md\0{hashlib.sha256((root / 'SKILL.md').read_bytes()).hexdigest()}"]
    lines += [f"{f.path}\0{f.sha256}" for f in sorted(skill.files, key=lambda f: f.path)]
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def combined_source_hash(sources: dict[str, str]) -> str:
    text = "\n".join(f"{name}\0{sha}" for name, sha in sorted(sources.items()))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def pack_files(prepared: Prepared, target: str) -> tuple[list[PackFile], list[Diagnostic]]:
    """Every skill compiled for ``target``, as ``skills/<name>/...`` files."""
    from skcc.backends import registry

    backend = registry.get(target)
    files: list[PackFile] = []
    diagnostics: list[Diagnostic] = []
    for skill in prepared.skills:
        # The output does not depend on the scope (checked in tests), so one pack serves
        # both; the project layout is the one emitted.
        compiled, portability = backend.emit(skill, "project")
        diagnostics.extend(portability)
        for out in compiled.files:
            files.append(PackFile(f"{SKILLS_DIR}/{skill.name}/{out.path}", _bytes(out),
                                  out.executable))
    return files, diagnostics


def _bytes(out: Any) -> bytes:
    if out.content is not None:
        return out.content  # type: ignore[no-any-return]
    data = Path(out.source).read_bytes()
    if hashlib.sha256(data).hexdigest() != out.sha256:
        raise PackError(f"{out.source} changed while skcc was packing it; run skcc pack again")
    return data


def severity_counts(diagnostics: Iterable[Diagnostic]) -> dict[str, int]:
    counts = {s.value: 0 for s in Severity}
    for d in diagnostics:
        counts[d.severity.value] += 1
    return counts
