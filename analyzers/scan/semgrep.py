"""The semgrep batch pass: the taint rules of ``analyzers/semgrep`` over every bundled script
of every skill, in ONE semgrep process per batch (semgrep costs ~2.3 s to start).

Each semgrep rule names the skcc rule it reports for (``metadata.skcc-code``), so its
findings come out as ordinary SKC4xx-SKC6xx diagnostics; a finding the tree-sitter rules
already made at the same line is dropped. Without semgrep, or if it fails, ``skcc check``
still runs every tree-sitter rule and says once (SKC910) that the semgrep rules were
skipped. ``SKCC_SEMGREP=0`` turns the pass off; ``SKCC_SEMGREP=/path/to/semgrep`` picks the
executable.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from skcc.analyzers.scan.units import EXTENSIONS, MAX_SCAN_BYTES
from skcc.diagnostics import Diagnostic, Severity
from skcc.span import Span

RULES_DIR = Path(__file__).resolve().parent.parent / "semgrep"
LANGUAGES = {"python", "javascript", "typescript", "bash"}
TIMEOUT_S = 300


def executable() -> str | None:
    chosen = os.environ.get("SKCC_SEMGREP", "")
    if chosen == "0":
        return None
    if chosen:
        return chosen
    beside = Path(sys.executable).parent / "semgrep"  # the venv skcc runs from
    return str(beside) if beside.is_file() else shutil.which("semgrep")


def targets(skills) -> dict[str, tuple[int, str, str]]:  # type: ignore[no-untyped-def]
    """Real path of every script semgrep can read -> (skill index, display path, sha256)."""
    found: dict[str, tuple[int, str, str]] = {}
    for index, skill in enumerate(skills):
        for f in skill.files:
            if f.text and f.size <= MAX_SCAN_BYTES and \
                    EXTENSIONS.get(Path(f.path).suffix.lower()) in LANGUAGES:
                path = Path(skill.root) / f.path
                if path.is_file() and not path.is_symlink():
                    found[str(path.resolve())] = (index, f"{skill.root}/{f.path}", f.sha256)
    return found


def has_targets(root: Path) -> bool:
    """Whether the skill folder holds a script this pass would scan (a quick walk, before
    loading): ``skcc check`` keeps such skills in the process that runs semgrep."""
    from skcc.frontend.loader import SKIP_DIRS

    for _, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in SKIP_DIRS]
        if any(EXTENSIONS.get(os.path.splitext(name)[1].lower()) in LANGUAGES
               for name in files):
            return True
    return False


# Findings by file content (sha256): semgrep's answer depends only on the bytes and the
# rules, so a process that checks the same scripts again (`skcc build` per target, the test
# suite, an editor integration) spawns semgrep only for content it has not seen.
_FINDINGS: dict[str, tuple[tuple[int, str, str], ...]] = {}
_CACHE_LIMIT = 4096


def run(skills, context) -> list[list[Diagnostic]]:  # type: ignore[no-untyped-def]
    out: list[list[Diagnostic]] = [[] for _ in skills]
    files = targets(skills)
    if not files:
        return out
    todo: dict[str, str] = {}  # one path per unseen content
    for path, (_, _, sha) in sorted(files.items()):
        if sha not in _FINDINGS:
            todo.setdefault(sha, path)
    if todo:
        first = min(files[path][0] for path in todo.values())
        program = executable()
        if program is None:
            if os.environ.get("SKCC_SEMGREP") != "0":
                out[first].append(_skipped(skills[first], "semgrep is not installed"))
            return out
        try:
            results = _scan(program, sorted(todo.values()))
        except (OSError, subprocess.SubprocessError, ValueError) as exc:
            out[first].append(_skipped(skills[first], f"semgrep failed ({_reason(exc)})"))
            return out
        _remember(todo, results)
    from skcc.rules import catalogue

    rules = catalogue()
    for index, display, sha in files.values():
        for line, code, message in _FINDINGS.get(sha, ()):
            out[index].append(rules[code].rule.at(Span.point(display, line), message,
                                                  "see the rule's page for the safe pattern"))
    for index, found in enumerate(out):
        if found:
            out[index] = _new(skills[index], context, found)
    return out


def _remember(todo: dict[str, str], results: list[dict]) -> None:  # type: ignore[type-arg]
    from skcc.rules import catalogue

    by_path: dict[str, list[tuple[int, str, str]]] = {path: [] for path in todo.values()}
    for result in results:
        extra = result.get("extra", {})
        code = extra.get("metadata", {}).get("skcc-code", "")
        if result.get("path") in by_path and code in catalogue():
            rule_id = result.get("check_id", "").rsplit(".", 1)[-1]
            by_path[result["path"]].append((int(result.get("start", {}).get("line", 1)), code,
                                            f"{extra.get('message', '').strip()} "
                                            f"(semgrep: {rule_id})"))
    if len(_FINDINGS) > _CACHE_LIMIT:
        _FINDINGS.clear()
    for sha, path in todo.items():
        _FINDINGS[sha] = tuple(by_path[path])


def _scan(program: str, files: list[str]) -> list[dict]:  # type: ignore[type-arg]
    """Run semgrep once over copies of ``files``; result paths are rewritten to the originals.

    The copies sit flat in one temporary folder (``<n><suffix>``) because semgrep pays a
    large cost per command-line target (~0.15 s each, measured) but not per file inside one
    folder, and because its default ignore list would skip skills under a ``tests/`` path.
    """
    with tempfile.TemporaryDirectory(prefix="skcc-semgrep-") as scratch:
        # semgrep keeps settings, logs and caches under ~/.semgrep: point its HOME at the
        # scratch folder so that `skcc check` never writes into the user's home.
        env = {**os.environ, "SEMGREP_ENABLE_VERSION_CHECK": "0",
               "SEMGREP_SEND_METRICS": "off", "HOME": scratch, "XDG_CACHE_HOME": scratch,
               "XDG_CONFIG_HOME": scratch}
        copies: dict[str, str] = {}
        targets = Path(scratch) / "targets"
        targets.mkdir()
        for n, path in enumerate(sorted(files)):
            copy = targets / f"{n}{Path(path).suffix.lower()}"
            shutil.copyfile(path, copy)
            copies[copy.name] = path
        command = [program, "scan", "--config", str(RULES_DIR), "--json", "--metrics=off",
                   "--disable-version-check", "--quiet", "--no-git-ignore",
                   "--max-target-bytes", str(MAX_SCAN_BYTES), "--timeout", "20",
                   str(targets)]
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_S,
                              env=env, check=False, stdin=subprocess.DEVNULL, cwd=scratch)
    if done.returncode not in (0, 1) or not done.stdout.strip():
        raise ValueError(f"exit {done.returncode}: {done.stderr.strip()[-200:]}")
    results = list(json.loads(done.stdout).get("results", []))
    for result in results:
        result["path"] = copies.get(Path(result.get("path", "")).name, "")
    return results


def _new(skill, context,  # type: ignore[no-untyped-def]
         found: list[Diagnostic]) -> list[Diagnostic]:
    """Only what the tree-sitter rules did not already report at that line."""
    from skcc.rules import catalogue

    codes = {d.code for d in found}
    known = {(d.code, d.span.path, d.span.line) for code in codes
             for d in (catalogue()[code].check or (lambda s, c: ()))(skill, context)}
    fresh, seen = [], set()
    for d in found:
        key = (d.code, d.span.path, d.span.line)
        if key not in known and key not in seen:
            seen.add(key)
            fresh.append(d)
    return fresh


def _skipped(skill, why: str) -> Diagnostic:  # type: ignore[no-untyped-def]
    from skcc.analyzers.rules.skc910_semgrep_skipped import RULE

    return RULE.at(Span.point(skill.document.path), f"{why}: the semgrep rules were skipped "
                   "for this run; the tree-sitter rules ran", "pip install semgrep (or "
                   "skcc[test]) for the taint rules", severity=Severity.INFO)


def _reason(exc: BaseException) -> str:
    return "timed out" if isinstance(exc, subprocess.TimeoutExpired) else str(exc)[:200]
