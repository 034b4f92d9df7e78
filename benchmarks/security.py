"""Security efficacy benchmark: skcc against Cisco's skill-scanner, on the same inputs.

    python benchmarks/security.py [--cisco PATH | --no-cisco] [--real DIR] [--repeat N]

Inputs: the labelled corpus ``tests/security_corpus`` (malicious and benign skills, see
``labels.toml``) and the real skills of ``../shared/corpus/skills`` (unlabelled, taken as
benign; skipped when absent). Each tool is run once per input folder as a command line, the
way a user runs it, from byte-compiled modules as ``pip install`` leaves them, and timed
wall-clock:

- skcc: ``python -m skcc check DIR --format json``, as installed (with semgrep when
  present; over every core, and with ``--jobs 1``) and with the tree-sitter rules only
  (``SKCC_SEMGREP=0``); a skill is *flagged* when it has an error-level diagnostic of a
  security family (SKC3xx-SKC6xx).
- Cisco: ``skill-scanner scan-all DIR --recursive --format json`` (static analyzers only,
  no LLM, as installed; see reference/security-anchors.md 2.7); a skill is flagged when
  Cisco marks it unsafe (a HIGH or CRITICAL finding: its default gate).

Printed: recall per category and overall on the malicious skills, false-positive rate on
the benign skills and on the real corpus, recall and false positives on the held-out sets
(``tests/security_heldout*``, written by people who had not read the rules), the skills behind every miss and false positive,
wall time per tool and the speed ratio. The speed ratio compares medians: the real corpus
(or the labelled one when it is absent) is timed ``--repeat`` times per tool, the tools
taking turns so that a slow spell of a shared machine falls on both. Targets (issue 4): recall >= 95 % (on every
labelled set), FP <= 3 % on
real benign skills, ``skcc check`` over the real corpus >= 10x faster than Cisco's static
mode on the same folder.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parents[1]
LABELLED = ROOT / "tests" / "security_corpus"
# Sets written later by people who had not read the rules (see their labels.toml): the
# labelled corpus above grew with the rules, these measure how well the rules generalise.
# Each was measured once unseen, then (except the newest) used to improve the rules; the
# newest set is the honest estimate of how the rules do on skills nobody tuned them for.
HELD_OUT = {f"held-out {p.name.removeprefix('security_heldout') or '1'}": p
            for p in sorted((ROOT / "tests").glob("security_heldout*"),
                            key=lambda p: int(p.name.removeprefix("security_heldout") or 1))}
REAL = ROOT.parent / "shared" / "corpus" / "skills"
# Cisco's scanner lives in its own venv (its dependencies clash with ours); by default the
# one the README creates next to this checkout.
CISCO = Path(__file__).resolve().parents[1] / ".cisco-venv" / "bin" / "skill-scanner"
SECURITY_FAMILIES = ("SKC3", "SKC4", "SKC5", "SKC6")
TARGET_RECALL, TARGET_FP, TARGET_SPEEDUP = 0.95, 0.03, 10.0


def load_labels(corpus: Path = LABELLED) -> dict[str, dict[str, str]]:
    """Skill folder name -> {"label": malicious|benign, "category": ..., "family": ...}."""
    with (corpus / "labels.toml").open("rb") as handle:
        return dict(tomllib.load(handle)["skills"])


def skill_roots(base: Path) -> list[Path]:
    return sorted(p.parent.resolve() for p in base.rglob("SKILL.md"))


def owner(path: str, roots: list[Path]) -> Path | None:
    """The skill folder a reported file belongs to (the deepest one containing it)."""
    resolved = Path(path).resolve()
    best = None
    for root in roots:
        if resolved == root or root in resolved.parents:
            if best is None or len(root.parts) > len(best.parts):
                best = root
    return best


def flagged_by(diagnostics: list[dict],  # type: ignore[type-arg]
               roots: list[Path]) -> dict[Path, list[str]]:
    """skcc's gate: error-level findings of the security families, per skill folder."""
    out: dict[Path, list[str]] = defaultdict(list)
    for d in diagnostics:
        if d["severity"] == "error" and d["code"].startswith(SECURITY_FAMILIES):
            root = owner(d["location"]["path"], roots)
            if root is not None:
                out[root].append(d["code"])
    return dict(out)


@dataclass
class Run:
    tool: str
    seconds: float
    flagged: dict[Path, list[str]] = field(default_factory=dict)
    error: str = ""


# How each skcc variant is run: (semgrep on, --jobs). The default spreads skills over every
# core; "skcc -j1" is one process, for a core-for-core comparison (Cisco uses one).
SKCC_VARIANTS = {"skcc": (True, 0), "skcc -j1": (True, 1), "skcc-no-semgrep": (False, 0)}


def compile_skcc() -> None:
    """Byte-compile skcc's modules, as ``pip install`` does for an installed package (and
    did for Cisco's): a development checkout (an editable install, or PYTHONDONTWRITEBYTECODE
    set) would otherwise compile every module from source on each run."""
    for package in ("skcc", "skcc.analyzers", "skcc.backends"):
        spec = importlib.util.find_spec(package)
        for folder in (spec.submodule_search_locations or []) if spec else []:
            compileall.compile_dir(folder, quiet=1)


def run_skcc(base: Path, tool: str = "skcc") -> Run:
    """``skcc check`` as the variant ``tool`` of SKCC_VARIANTS runs it."""
    semgrep, jobs = SKCC_VARIANTS[tool]
    roots = skill_roots(base)
    env = {**os.environ, **({} if semgrep else {"SKCC_SEMGREP": "0"})}
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "skcc", "check", str(base), "--format", "json",
                           "--jobs", str(jobs)],
                          capture_output=True, text=True, check=False, env=env)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        return Run(tool, seconds, error=done.stderr[-500:])
    return Run(tool, seconds, flagged_by(json.loads(done.stdout)["diagnostics"], roots))


def run_cisco(base: Path, program: Path) -> Run:
    roots = skill_roots(base)
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "report.json"
        start = time.perf_counter()
        done = subprocess.run([str(program), "scan-all", str(base), "--recursive", "--format",
                               "json", "--output", str(report)], capture_output=True, text=True,
                              check=False, stdin=subprocess.DEVNULL)
        seconds = time.perf_counter() - start
        if not report.is_file():
            return Run("cisco", seconds, error=(done.stderr or done.stdout)[-500:])
        results = json.loads(report.read_text("utf-8")).get("results", [])
    flagged: dict[Path, list[str]] = {}
    for result in results:
        if result.get("is_safe") is False:
            root = owner(result.get("skill_path", ""), roots)
            if root is not None:
                flagged[root] = sorted({f["rule_id"] for f in result.get("findings", [])
                                        if f.get("severity") in ("HIGH", "CRITICAL")})
    return Run("cisco", seconds, flagged)


@dataclass
class Score:
    recall: dict[str, tuple[int, int]]  # category -> (caught, total); "all" included
    benign_fp: tuple[int, int]
    misses: list[str]
    false_positives: list[str]


def score(labels: dict[str, dict[str, str]], flagged: dict[Path, list[str]],
          corpus: Path = LABELLED, families: tuple[str, ...] | None = None) -> Score:
    """Recall per category (optionally only for some label families) and benign FP."""
    hit = {root.name for root in flagged}
    recall: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses, fps, benign = [], [], [0, 0]
    for name, label in sorted(labels.items()):
        if label["label"] == "malicious":
            if families is not None and label.get("family") not in families:
                continue
            for key in (label["category"], "all"):
                recall[key][1] += 1
                recall[key][0] += name in hit
            if name not in hit:
                misses.append(f"{name} ({label['category']})")
        else:
            benign[1] += 1
            if name in hit:
                benign[0] += 1
                fps.append(name)
    return Score({k: (v[0], v[1]) for k, v in recall.items()}, (benign[0], benign[1]),
                 misses, fps)


def _pct(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f} %)" if whole else "n/a"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cisco", type=Path, default=Path(os.environ.get("SKCC_CISCO",
                                                                          str(CISCO))))
    parser.add_argument("--no-cisco", action="store_true")
    parser.add_argument("--real", type=Path, default=REAL)
    parser.add_argument("--extra", type=Path, action="append", default=[],
                        help="another folder of real, presumed benign skills (e.g. a "
                             "checkout of anthropics/skills, which bundles scripts)")
    parser.add_argument("--repeat", type=int, default=5,
                        help="times each tool is timed on the speed corpus (median; "
                             "default 5)")
    args = parser.parse_args(argv)

    labels = load_labels()
    tools = [*SKCC_VARIANTS] + ([] if args.no_cisco else ["cisco"])
    if "cisco" in tools and not args.cisco.is_file():
        print(f"cisco: {args.cisco} not found; install cisco-ai-skill-scanner into its own "
              "venv (see README) or pass --no-cisco", file=sys.stderr)
        tools.remove("cisco")
    inputs = {"labelled": LABELLED}
    inputs.update({name: folder for name, folder in HELD_OUT.items()
                   if (folder / "labels.toml").is_file()})
    labelled_sets = [n for n in inputs]
    if args.real.is_dir():
        inputs["real"] = args.real
    else:
        print(f"real corpus {args.real} absent: skipped", file=sys.stderr)
    for extra in args.extra:
        inputs[f"extra {extra.name}"] = extra

    compile_skcc()
    runs: dict[tuple[str, str], Run] = {}
    for tool in tools:
        for name, folder in inputs.items():
            run = run_cisco(folder, args.cisco) if tool == "cisco" else run_skcc(folder, tool)
            if run.error:
                print(f"{tool} failed on {name}: {run.error}", file=sys.stderr)
                return 1
            runs[tool, name] = run
    # One timing on a shared machine can be off by a third; time the speed corpus again,
    # the tools taking turns, and compare medians.
    measured = "real" if "real" in inputs else "labelled"
    timings = {tool: [runs[tool, measured].seconds] for tool in tools}
    for _ in range(max(args.repeat, 1) - 1):
        for tool in tools:
            folder = inputs[measured]
            run = run_cisco(folder, args.cisco) if tool == "cisco" else run_skcc(folder, tool)
            timings[tool].append(run.seconds)
    median = {tool: statistics.median(times) for tool, times in timings.items()}

    scores = {tool: score(labels, runs[tool, "labelled"].flagged) for tool in tools}
    categories = sorted({c for s in scores.values() for c in s.recall if c != "all"})
    width = max(len(c) for c in [*categories, *inputs]) + 12
    print(f"{'category':<{width}}" + "".join(f"{t:>22}" for t in tools))
    for category in [*categories, "all"]:
        row = "".join(f"{_pct(*scores[t].recall.get(category, (0, 0))):>22}" for t in tools)
        print(f"{('recall ' + category) if category == 'all' else category:<{width}}{row}")
    print(f"{'benign FP (labelled)':<{width}}" +
          "".join(f"{_pct(*scores[t].benign_fp):>22}" for t in tools))
    held = {(t, n): score(load_labels(inputs[n]), runs[t, n].flagged, inputs[n])
            for t in tools for n in labelled_sets[1:]}
    for name in labelled_sets[1:]:
        print(f"{'recall, ' + name:<{width}}" +
              "".join(f"{_pct(*held[t, name].recall['all']):>22}" for t in tools))
        print(f"{'benign FP, ' + name:<{width}}" +
              "".join(f"{_pct(*held[t, name].benign_fp):>22}" for t in tools))
    for name in [n for n in inputs if n not in labelled_sets]:
        total = len(skill_roots(inputs[name]))
        print(f"{'flagged, ' + name:<{width}}" +
              "".join(f"{_pct(len(runs[t, name].flagged), total):>22}" for t in tools))
    for name in inputs:
        print(f"{'wall s, ' + name:<{width}}" +
              "".join(f"{runs[t, name].seconds:>22.2f}" for t in tools))
    total_s = {t: sum(runs[t, n].seconds for n in inputs) for t in tools}
    print(f"{'wall s, total':<{width}}" + "".join(f"{total_s[t]:>22.2f}" for t in tools))
    print(f"{f'wall s, {measured}, median of {len(timings[tools[0]])}':<{width}}" +
          "".join(f"{median[t]:>22.2f}" for t in tools))
    print(f"{'  (min-max)':<{width}}" +
          "".join(f"{f'{min(timings[t]):.2f}-{max(timings[t]):.2f}':>22}" for t in tools))

    for tool in tools:
        s = scores[tool]
        print(f"\n{tool}: missed {len(s.misses)}: {', '.join(s.misses) or '-'}")
        print(f"{tool}: benign flagged: {', '.join(s.false_positives) or '-'}")
        for name in labelled_sets[1:]:
            print(f"{tool}: missed in {name}: {', '.join(held[tool, name].misses) or '-'}")
            print(f"{tool}: benign flagged in {name}: "
                  f"{', '.join(held[tool, name].false_positives) or '-'}")
        for name in [n for n in inputs if n not in labelled_sets]:
            real = sorted(str(p.relative_to(inputs[name].resolve()))
                          for p in runs[tool, name].flagged)
            print(f"{tool}: flagged in {name}: {', '.join(real) or '-'}")

    # Recall must hold on every labelled set, the held-out ones included.
    recalls = {"labelled": scores["skcc"].recall["all"],
               **{n: held["skcc", n].recall["all"] for n in labelled_sets[1:]}}
    unlabelled = [n for n in inputs if n not in labelled_sets]
    real_total = sum(len(skill_roots(inputs[n])) for n in unlabelled)
    real_fp = sum(len(runs["skcc", n].flagged) for n in unlabelled) / real_total \
        if real_total else 0.0
    shown = ", ".join(f"{n} {c / w:.1%}" for n, (c, w) in recalls.items())
    print(f"\ntargets: recall {shown} (>= {TARGET_RECALL:.0%} on each), real-corpus FP "
          f"{real_fp:.1%} (<= {TARGET_FP:.0%})", end="")
    ok = all(c / w >= TARGET_RECALL for c, w in recalls.values()) and real_fp <= TARGET_FP
    if "cisco" in tools:
        # The measure: `skcc check` over the real corpus against Cisco on the same
        # folder, in this run: the medians of the timings above.
        speed = {t: median["cisco"] / median[t] for t in tools if t != "cisco"}
        ok = ok and speed["skcc"] >= TARGET_SPEEDUP
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else \
            os.cpu_count()
        print(f", speed-up on the {measured} corpus {speed['skcc']:.1f}x ({cores} cores; "
              f"{speed['skcc -j1']:.1f}x in one process, "
              f"{speed['skcc-no-semgrep']:.1f}x tree-sitter only; medians of "
              f"{len(timings['skcc'])} runs; all inputs once, totals "
              f"{total_s['cisco'] / total_s['skcc']:.1f}x) (>= {TARGET_SPEEDUP:.0f}x)", end="")
    print(f": {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
