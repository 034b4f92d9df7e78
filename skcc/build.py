"""``skcc build``: discover skills, compile each for each target, write atomically.

Output for target T lands in ``<out>/<T>/`` under the folder that agent discovers, e.g.
``build/claude/.claude/skills/<name>/``. Each skill folder is assembled in a temporary
folder inside ``<out>`` and renamed into place, so a failed or interrupted build never
leaves a half-written skill, and nothing is written outside ``<out>``.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from skcc.analyzers import CheckContext, check_skills, select
from skcc.passes import Options
from skcc.analyzers.rules import skc012_missing_skill_md as missing_skill_md
from skcc.diagnostics import Diagnostic, Severity
from skcc.frontend.loader import SKILL_FILE, SKIP_DIRS, load_skill
from skcc.span import Span

MAX_DISCOVERY_DEPTH = 6


@dataclass
class BuildResult:
    diagnostics: list[Diagnostic] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)  # skill folders written
    skipped: list[str] = field(default_factory=list)  # skills not emitted (errors)
    # skill folder -> security codes (SKC3xx-SKC6xx) that kept it from being emitted
    unsafe: dict[str, list[str]] = field(default_factory=dict)
    stale: list[str] = field(default_factory=list)  # with check_only: folders that differ


def discover(paths: Iterable[str | Path], exclude: Path | None = None
             ) -> tuple[list[Path], list[Diagnostic]]:
    """Skill folders under ``paths``: a SKILL.md, a skill folder, or a folder of skills."""
    found: list[Path] = []
    diagnostics: list[Diagnostic] = []
    excluded = exclude.resolve() if exclude else None
    for raw in paths:
        path = Path(raw)
        if path.name == SKILL_FILE and path.is_file():
            found.append(path.parent)
            continue
        if not path.is_dir():
            diagnostics.append(missing_skill_md.RULE.at(
                Span.point(path.as_posix()), f"{path} is neither a skill folder nor a SKILL.md",
                "pass a skill folder, its SKILL.md, or a folder of skills"))
            continue
        before = len(found)
        _walk(path, 0, found, excluded)
        if len(found) == before:
            diagnostics.append(missing_skill_md.RULE.at(
                Span.point(path.as_posix()), f"no {SKILL_FILE} in {path}",
                f"a skill is a folder containing a file named exactly {SKILL_FILE}"))
    return list(dict.fromkeys(found)), diagnostics


def _walk(folder: Path, depth: int, found: list[Path], excluded: Path | None) -> None:
    if excluded is not None and folder.resolve() == excluded:
        return
    if (folder / SKILL_FILE).exists() or (folder / SKILL_FILE).is_symlink():
        found.append(folder)
        return
    if depth >= MAX_DISCOVERY_DEPTH:
        return
    try:
        children = sorted(p for p in folder.iterdir()
                          if p.is_dir() and not p.is_symlink() and p.name not in SKIP_DIRS)
    except OSError:
        return
    for child in children:
        _walk(child, depth + 1, found, excluded)


def _safe_component(name: str) -> bool:
    return bool(name) and name not in (".", "..") and "/" not in name and "\\" not in name \
        and "\0" not in name


def build_skills(paths: Iterable[str | Path], targets: list[str], out: str | Path, *,
                 scope: str = "project", check_only: bool = False,
                 select_codes: tuple[str, ...] = (), ignore_codes: tuple[str, ...] = (),
                 passes: Options | None = None, allow_unsafe: bool = False,
                 harden: bool = False, semgrep: bool = False) -> BuildResult:
    """Compile every skill under ``paths`` for every target into ``out``.

    The optimiser ``passes`` (default: all but ``split``) run once per skill, after the
    checks (which see the source as written) and before the backends. A skill with errors is
    not emitted; ``allow_unsafe`` lets one through whose only errors are security findings
    (they are still reported). ``harden`` appends safety rules derived from the skill's
    capabilities (skcc.passes.harden). The security gate runs every per-skill rule
    (tree-sitter included); ``semgrep`` adds the semgrep batch pass, which ``skcc check``
    always runs: it costs seconds to start and found nothing extra on the real-skill corpus.
    """
    from skcc.backends import registry
    from skcc.passes import optimise

    out = Path(out)
    result = BuildResult()
    roots, diagnostics = discover(paths, exclude=out)
    result.diagnostics.extend(diagnostics)
    backends = [registry.get(t) for t in targets]
    seen: dict[str, str] = {}
    loaded = [(root, *load_skill(root)) for root in roots]
    skills = [skill for _, skill, _ in loaded if skill is not None]
    checked = iter(check_skills(skills, CheckContext(), batch=semgrep))
    for root, skill, diags in loaded:
        if skill is not None:
            # SKC113 (fields outside the spec) is replaced by each target's SKC201 below.
            diags += [d for d in next(checked) if d.code != "SKC113"]
        diags = select(diags, select_codes, ignore_codes)
        result.diagnostics.extend(diags)
        errors = [d for d in diags if d.severity is Severity.ERROR]
        security = sorted({d.code for d in errors if is_security(d.code)})
        if skill is None or (errors and not (allow_unsafe and len(security) == len(
                {d.code for d in errors}))):
            result.skipped.append(root.as_posix())
            if skill is not None and security and len(security) == len({d.code for d in errors}):
                result.unsafe[root.as_posix()] = security
            continue
        if skill.name in seen or not _safe_component(skill.name):
            result.skipped.append(root.as_posix())
            continue
        seen[skill.name] = root.as_posix()
        skill = optimise(skill, passes or Options())
        if harden:
            from skcc.passes import harden as harden_pass

            skill = harden_pass.run(skill)
        for backend in backends:
            compiled, portability = backend.emit(skill, scope)
            result.diagnostics.extend(select(portability, select_codes, ignore_codes))
            target_root = out / backend.name
            if check_only:
                if not _matches(target_root / compiled.directory, compiled):
                    result.stale.append((target_root / compiled.directory).as_posix())
                continue
            result.written.append(_write_atomically(target_root, compiled))
    result.diagnostics.sort(key=lambda d: d.sort_key)
    return result


def is_security(code: str) -> bool:
    """Whether ``code`` is a security finding (families 3-6), which --allow-unsafe waives."""
    return code[3:4] in ("3", "4", "5", "6")


def _file_bytes(file) -> bytes:  # type: ignore[no-untyped-def]
    if file.content is not None:
        return file.content  # type: ignore[no-any-return]
    data = Path(file.source).read_bytes()
    if hashlib.sha256(data).hexdigest() != file.sha256:
        raise OSError(f"{file.source} changed while skcc was building")
    return data


def _write_atomically(target_root: Path, compiled) -> Path:  # type: ignore[no-untyped-def]
    final = target_root / compiled.directory
    final.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".skcc-", dir=final.parent))
    try:
        for file in compiled.files:
            dest = staging / file.path
            if not dest.resolve().is_relative_to(staging.resolve()):
                raise OSError(f"refusing to write {file.path}: outside the output folder")
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(_file_bytes(file))
            os.chmod(dest, 0o755 if file.executable else 0o644)
        os.chmod(staging, 0o755)
        trash = None
        if final.exists():
            trash = Path(tempfile.mkdtemp(prefix=".skcc-old-", dir=final.parent))
            os.replace(final, trash / "old")
        os.replace(staging, final)
        if trash is not None:
            shutil.rmtree(trash)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return final


def _matches(folder: Path, compiled) -> bool:  # type: ignore[no-untyped-def]
    if not folder.is_dir():
        return False
    expected = {f.path for f in compiled.files}
    actual = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    if expected != actual:
        return False
    return all((folder / f.path).read_bytes() == _file_bytes(f) for f in compiled.files)
