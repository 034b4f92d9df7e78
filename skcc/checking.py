"""What ``skcc check`` runs: load each skill, run every rule, spread the skills over cores.

Checking is CPU-bound Python (the rules fold and match text), so a batch of skills is split
across worker processes, the way ruff spreads files over threads. Skills with scripts stay
in the calling process, because the semgrep batch pass (one semgrep process for all of them)
needs their loaded IR; every other skill is loaded and checked in a worker, which returns
only diagnostics (a loaded skill costs more to send back than to load again).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from skcc.diagnostics import Diagnostic

# Below this many skills the cost of starting workers (~10-20 ms each) is not worth it.
MIN_PARALLEL_SKILLS = 8


def check_roots(roots: Sequence[Path], jobs: int = 0) -> list[Diagnostic]:
    """Every diagnostic of the skills at ``roots`` (unsorted); ``jobs`` processes at most,
    0 for one per CPU core. The result is the same for any ``jobs``."""
    workers = _workers(jobs, len(roots))
    if workers <= 1:
        return check_batch(roots)
    from skcc.analyzers.scan.semgrep import has_targets

    local: list[Path] = []
    spread: list[tuple[int, Path]] = []
    for root in roots:
        if has_targets(root):
            local.append(root)
        else:
            spread.append((_weight(root), root))
    parts = _balance(spread, workers)
    context = multiprocessing.get_context("fork")
    # The pool forks before this process starts any thread (the semgrep pass runs in one).
    with context.Pool(workers - 1) as pool:
        pending = pool.map_async(_check_without_batch, parts[1:])
        found = check_batch([*local, *parts[0]])
        for diagnostics in pending.get():
            found.extend(diagnostics)
    return found


def check_batch(roots: Sequence[Path], batch: bool = True) -> list[Diagnostic]:
    """Load and check ``roots`` in this process; ``batch`` adds the semgrep batch pass."""
    from skcc.analyzers import check_skills
    from skcc.build import is_security
    from skcc.frontend.loader import load_for_security_scan, load_skill

    loaded = [load_skill(root) for root in roots]
    found: list[Diagnostic] = []
    for _, diagnostics in loaded:
        found.extend(diagnostics)
    for diagnostics in check_skills([skill for skill, _ in loaded if skill is not None],
                                    batch=batch):
        found.extend(diagnostics)
    # A skill whose frontmatter is broken still gets the security rules (SKC3xx-6xx): broken
    # YAML must not be a way to ship a script past the scan.
    unloadable = [s for s in (load_for_security_scan(root) for (skill, _), root
                              in zip(loaded, roots) if skill is None) if s is not None]
    for diagnostics in check_skills(unloadable, batch=batch):
        found.extend(d for d in diagnostics if is_security(d.code))
    return found


def _check_without_batch(roots: list[Path]) -> list[Diagnostic]:
    return check_batch(roots, batch=False)


def _workers(jobs: int, skills: int) -> int:
    if jobs == 1 or skills < MIN_PARALLEL_SKILLS:
        return 1
    # fork is what makes workers cheap (no re-import); where it is unsafe or missing
    # (macOS, Windows), checking stays in one process.
    if sys.platform != "linux" or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else \
        (os.cpu_count() or 1)
    return max(1, min(jobs or cores, skills // (MIN_PARALLEL_SKILLS // 2)))


def _weight(root: Path) -> int:
    """Roughly how long a skill takes to check: the bytes of text an agent would read."""
    total = 0
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d != "node_modules"]
        for name in files:
            if name.lower().endswith((".md", ".markdown", ".txt", ".mdx", ".rst")):
                try:
                    total += os.stat(os.path.join(folder, name)).st_size
                except OSError:
                    pass
    return total + 4096  # loading and the per-skill rules cost something even when tiny


def _balance(weighted: list[tuple[int, Path]], parts: int) -> list[list[Path]]:
    """Split into ``parts`` lists of about equal weight (heaviest first, to the lightest)."""
    out: list[list[Path]] = [[] for _ in range(parts)]
    load = [0] * parts
    for weight, root in sorted(weighted, key=lambda pair: (-pair[0], str(pair[1]))):
        lightest = load.index(min(load))
        out[lightest].append(root)
        load[lightest] += weight
    return out


__all__ = ["check_batch", "check_roots"]
