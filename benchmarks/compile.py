"""Compile-time benchmark: per-skill cost of each phase, and the CLI's cold start.

    python benchmarks/compile.py [--corpus DIR] [--repeat N]

Over every skill (a folder with SKILL.md) under the corpus, in process, times: read
(read_source), parse+IR (parse_document), check (check_skill), emit per target, and the total
parse+IR+emit per target. Each skill is measured N times and its minimum kept; the median
and p95 over skills are printed in milliseconds. Then the cold start of ``skcc --version``
(``python -m skcc`` and the console script) against ``python -c pass``, and a final line
with the targets of the issue: median parse+IR+emit <= 1 ms per skill per target, and
``skcc --version`` <= 150 ms.
"""

from __future__ import annotations

import argparse
import math
import statistics
import subprocess
import sys
import time
from pathlib import Path

from skcc.analyzers import CheckContext, check_skill
from skcc.backends import registry
from skcc.backends.base import Backend
from skcc.frontend.loader import SKILL_FILE, load_skill, parse_document, read_source
from skcc.ir.skill import Skill

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "skills"
TARGETS = tuple(registry.names())
PARSE_EMIT_BUDGET_MS = 1.0
VERSION_BUDGET_MS = 150.0
SPAWN_RUNS = 10


def timed(fn, *args):  # type: ignore[no-untyped-def]
    """(result, milliseconds) of one call."""
    start = time.perf_counter_ns()
    result = fn(*args)
    return result, (time.perf_counter_ns() - start) / 1e6


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(math.ceil(0.95 * len(ordered)) - 1, 0)]


def measure_skill(folder: Path, backends: dict[str, Backend], repeat: int
                  ) -> dict[str, float] | None:
    """Per-phase minimum over ``repeat`` runs for one skill, or None if it does not load."""
    skill, _ = load_skill(folder)
    if skill is None:
        return None
    path, display = folder / SKILL_FILE, f"{skill.root}/{SKILL_FILE}"
    context = CheckContext()

    def rebuild(source):  # type: ignore[no-untyped-def]
        # parse+IR: the document, then the Skill around it (files were scanned once, above).
        document, _ = parse_document(source, display)
        return skill.model_copy(update={"document": document})

    best: dict[str, float] = {}

    def keep(phase: str, ms: float) -> None:
        best[phase] = min(ms, best.get(phase, math.inf))

    for _ in range(repeat):
        # `--target all`: one parse, then every target's emit; reported per target.
        start = time.perf_counter_ns()
        (source, _) = read_source(path, display)
        rebuilt = rebuild(source)
        for backend in backends.values():
            backend.emit(rebuilt)
        keep("all targets, per target", (time.perf_counter_ns() - start) / 1e6 / len(backends))
        (source, _), ms = timed(read_source, path, display)
        keep("read", ms)
        _, ms = timed(parse_document, source, display)
        keep("parse+IR", ms)
        fresh = Skill.model_validate(skill.model_dump())  # no cached views carried over
        _, ms = timed(check_skill, fresh, context)
        keep("check", ms)
        for name, backend in backends.items():
            _, ms = timed(backend.emit, skill)
            keep(f"emit {name}", ms)
            start = time.perf_counter_ns()
            backend.emit(rebuild(source))
            keep(f"parse+IR+emit {name}", (time.perf_counter_ns() - start) / 1e6)
    return best


def spawn_median(command: list[str], runs: int = SPAWN_RUNS) -> float:
    subprocess.run(command, capture_output=True, check=True)  # warm the file cache, untimed
    times = []
    for _ in range(runs):
        start = time.perf_counter_ns()
        subprocess.run(command, capture_output=True, check=True)
        times.append((time.perf_counter_ns() - start) / 1e6)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=None,
                        help=f"folder of skills (default: {DEFAULT_CORPUS}, else skills/)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per skill (default 5)")
    args = parser.parse_args()
    corpus = args.corpus or (DEFAULT_CORPUS if DEFAULT_CORPUS.is_dir() else ROOT / "skills")
    folders = sorted(p.parent for p in corpus.rglob(SKILL_FILE))
    if not folders:
        print(f"no skills under {corpus}", file=sys.stderr)
        return 2
    backends = {name: registry.get(name) for name in TARGETS}
    for folder in folders[:3]:  # warm-up: grammar, templates, rule catalogue, lazy imports
        measure_skill(folder, backends, 1)

    results = [r for r in (measure_skill(f, backends, max(args.repeat, 1)) for f in folders)
               if r is not None]
    print(f"corpus: {corpus}")
    print(f"skills: {len(results)} measured of {len(folders)} found, "
          f"minimum of {args.repeat} runs each\n")
    print(f"{'phase':<28}{'median ms':>11}{'p95 ms':>10}")
    medians: dict[str, float] = {}
    for phase in results[0]:
        values = [r[phase] for r in results]
        medians[phase] = statistics.median(values)
        print(f"{phase:<28}{medians[phase]:>11.3f}{p95(values):>10.3f}")

    print(f"\ncold start, median of {SPAWN_RUNS} runs:")
    floor = spawn_median([sys.executable, "-c", "pass"])
    print(f"  {'python -c pass':<28}{floor:>9.1f} ms  (interpreter floor)")
    module = spawn_median([sys.executable, "-m", "skcc", "--version"])
    print(f"  {'python -m skcc --version':<28}{module:>9.1f} ms")
    version_ms, version_what = module, "python -m skcc --version"
    script = Path(sys.executable).parent / "skcc"
    if script.is_file():
        version_ms = spawn_median([str(script), "--version"])
        version_what = "skcc --version"
        print(f"  {'skcc --version':<28}{version_ms:>9.1f} ms  ({script})")
    else:
        print(f"  skcc console script not found next to {sys.executable}")

    all_ms = medians["all targets, per target"]
    print(f"\n--target all ({len(TARGETS)} targets): median read+parse+IR+emit per skill per "
          f"target {all_ms:.3f} ms: {'PASS' if all_ms <= PARSE_EMIT_BUDGET_MS else 'FAIL'} "
          f"(<= {PARSE_EMIT_BUDGET_MS:g} ms)")
    worst = max(TARGETS, key=lambda t: medians[f"parse+IR+emit {t}"])
    worst_ms = medians[f"parse+IR+emit {worst}"]
    emit_ok = worst_ms <= PARSE_EMIT_BUDGET_MS
    version_ok = version_ms <= VERSION_BUDGET_MS
    print(f"\ntargets: median parse+IR+emit <= {PARSE_EMIT_BUDGET_MS:g} ms per skill per target: "
          f"{'PASS' if emit_ok else 'FAIL'} (worst {worst} {worst_ms:.3f} ms); "
          f"skcc --version <= {VERSION_BUDGET_MS:g} ms: {'PASS' if version_ok else 'FAIL'} "
          f"({version_what} {version_ms:.1f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
