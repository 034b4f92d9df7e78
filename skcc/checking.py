"""What ``skcc check`` runs: load each skill, run every rule, spread the skills over cores.

Checking is CPU-bound Python (the rules fold and match text), so a batch of skills is split
across worker processes, the way ruff spreads files over threads. Skills with scripts stay
in the calling process, because the semgrep batch pass (one semgrep process for all of them)
needs their loaded IR; every other skill is loaded and checked in a worker, which returns
only diagnostics (a loaded skill costs more to send back than to load again).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from skcc.diagnostics import Diagnostic

# Below this many skills the cost of starting workers (a few ms each) is not worth it.
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
    global _WORK
    warm_up()
    context = multiprocessing.get_context("fork")
    # Heaviest first, each taken by whichever process is free: the processes finish
    # together, where a split decided in advance leaves one waiting on the other.
    _WORK = ([root for _, root in sorted(spread, key=lambda p: (-p[0], str(p[1])))],
             context.Value("i", 0))
    try:
        # The workers are forked before this process starts any thread (the semgrep pass
        # runs in one), and inherit the work list.
        forked = [_fork(index) for index in range(workers - 1)]
        try:
            found = check_batch(local)
            found.extend(_drain(-1))
            while forked:
                found.extend(_result(*forked.pop(0)))
        finally:
            for pid, pipe in forked:  # this process failed: stop the rest, leave no zombie
                os.close(pipe)  # (a worker still writing gets EPIPE and exits)
                os.waitpid(pid, 0)
    finally:
        _WORK = None
    return found


def _fork(index: int) -> tuple[int, int]:
    """A worker process draining the work list: (its pid, the pipe its result comes on).

    A bare fork and a pipe rather than a ``multiprocessing.Pool``, whose feeder threads and
    queues cost ~10 ms to start and stop for the one message each worker sends.
    """
    read, write = os.pipe()
    pid = os.fork()
    if pid:
        os.close(write)
        return pid, read
    code = 0
    try:  # the worker: never returns into the caller's code
        os.close(read)
        try:
            payload = pickle.dumps((True, _drain(index)))
        except BaseException as exc:  # noqa: BLE001 - reported by the parent
            payload = pickle.dumps((False, f"{type(exc).__name__}: {exc}"))
        with os.fdopen(write, "wb") as out:
            out.write(payload)
    except BaseException:  # noqa: BLE001 - the parent sees an empty pipe
        code = 1
    finally:
        os._exit(code)


def _result(pid: int, pipe: int) -> list[Diagnostic]:
    with os.fdopen(pipe, "rb") as source:
        data = source.read()
    os.waitpid(pid, 0)
    if not data:
        raise RuntimeError("a check worker process ended without its result")
    done, value = pickle.loads(data)
    if not done:
        raise RuntimeError(f"a check worker failed: {value}")
    return value  # type: ignore[no-any-return]


def warm_up() -> None:
    """Import the rules (compiling their patterns) and build the parser before forking:
    the workers inherit them instead of each paying for them again.

    The collector is off meanwhile: importing allocates a few hundred thousand objects
    (pydantic schemas, pattern tables) and no garbage, and its passes over them cost ~30 ms.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        from skcc import regex_cache
        from skcc.analyzers import check_skills  # noqa: F401 - imported for its side effect
        from skcc.frontend.parser import _parser
        from skcc.rules import catalogue

        catalogue()
        _parser()
        regex_cache.save()
    finally:
        if collecting:
            gc.enable()


# The skills ``check_roots`` spreads, and the index of the next one to take.
_WORK: tuple[list[Path], Any] | None = None


def _drain(_worker: int) -> list[Diagnostic]:
    """Check the shared skills one at a time until none is left."""
    assert _WORK is not None
    roots, next_index = _WORK
    found: list[Diagnostic] = []
    while True:
        with next_index.get_lock():
            index = next_index.value
            next_index.value += 1
        if index >= len(roots):
            return found
        found.extend(check_batch([roots[index]], batch=False))


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


__all__ = ["check_batch", "check_roots", "warm_up"]
