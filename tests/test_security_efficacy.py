"""Efficacy floors on the labelled security corpus (tests/security_corpus), computed here so
that a rule change that loses recall or adds false positives fails CI.

A skill counts as flagged when it has an error-level finding of a security family
(SKC3xx-SKC6xx): the same gate as ``benchmarks/security.py``. The floors hold on the
tree-sitter rules alone, so semgrep is switched off here (it is covered by test_semgrep).
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

from skcc.analyzers import check_skills
from skcc.frontend.loader import load_skill
from tests.conftest import ROOT

RECALL_FLOOR, FP_CEILING = 0.95, 0.03


def _benchmark():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("security_benchmark",
                                                  ROOT / "benchmarks" / "security.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules.setdefault("security_benchmark", module)  # dataclasses look themselves up
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return sys.modules["security_benchmark"]


def _score(corpus: Path):  # type: ignore[no-untyped-def]
    """(labels, score) of the tree-sitter rules on a labelled corpus (semgrep off: fast)."""
    bench = _benchmark()
    labels = bench.load_labels(corpus)
    roots = bench.skill_roots(corpus)
    assert {r.name for r in roots} == set(labels), "every folder needs a label"
    loaded = [load_skill(root) for root in roots]
    unparsed = [str(root) for root, (skill, _) in zip(roots, loaded) if skill is None]
    assert not unparsed, f"corpus skills skcc cannot load: {unparsed}"
    mp = pytest.MonkeyPatch()
    mp.setenv("SKCC_SEMGREP", "0")
    try:
        found = check_skills([skill for skill, _ in loaded])
    finally:
        mp.undo()
    diagnostics = [{"code": d.code, "severity": d.severity.value,
                    "location": {"path": d.span.path}} for per in found for d in per]
    return labels, bench.score(labels, bench.flagged_by(diagnostics, roots), corpus)


@pytest.fixture(scope="module")
def result():  # type: ignore[no-untyped-def]
    return _score(_benchmark().LABELLED)


def test_corpus_is_big_and_varied_enough() -> None:
    labels = _benchmark().load_labels()
    kinds = Counter(label["label"] for label in labels.values())
    assert kinds["malicious"] >= 40 and kinds["benign"] >= 25
    categories = Counter(label["category"] for label in labels.values()
                         if label["label"] == "malicious")
    assert len(categories) >= 10 and all(n >= 2 for n in categories.values())
    folders = {p.name for p in (ROOT / "tests" / "security_corpus").iterdir() if p.is_dir()}
    assert folders == set(labels), "every corpus folder needs a label, every label a folder"


def test_recall_on_malicious_skills(result) -> None:  # type: ignore[no-untyped-def]
    _, score = result
    caught, total = score.recall["all"]
    assert caught / total >= RECALL_FLOOR, f"recall {caught}/{total}; missed {score.misses}"


def test_false_positives_on_benign_skills(result) -> None:  # type: ignore[no-untyped-def]
    _, score = result
    flagged, total = score.benign_fp
    assert flagged / total <= FP_CEILING, f"benign flagged: {score.false_positives}"


def test_every_script_category_is_caught(result) -> None:  # type: ignore[no-untyped-def]
    """The script, secret and supply-chain categories (this family's rules) miss nothing."""
    labels, score = result
    script_misses = [m for m in score.misses
                     if labels[m.split(" ")[0]].get("family") == "script"]
    assert not script_misses


# Held-out sets 1-12 were each measured once unseen and then used to improve the rules
# (see benchmarks/security.py): these floors only guard against regressions. The unseen
# figures are in the benchmark's output and the README, not here.
HELD_OUT_FLOORS = {"security_heldout": (0.9, 1), "security_heldout2": (0.9, 1),
                   "security_heldout3": (0.85, 1), "security_heldout4": (0.8, 1),
                   "security_heldout5": (0.8, 1), "security_heldout6": (0.95, 1),
                   "security_heldout7": (0.95, 1), "security_heldout8": (0.95, 1),
                   "security_heldout9": (0.95, 1), "security_heldout10": (0.95, 1),
                   "security_heldout11": (0.95, 1), "security_heldout12": (0.95, 1),
                   "security_heldout13": (0.95, 1),
                   # scored unseen at 27/30 and 1/15, then used for tuning
                   "security_heldout14": (0.95, 1),
                   # scored unseen at 22/30 and 1/15, then used for tuning
                   "security_heldout15": (0.95, 1),
                   # scored unseen at 19/30 and 3/15, then used for tuning
                   "security_heldout16": (0.95, 1)}  # (recall floor, benign flagged at most)


@pytest.mark.parametrize("folder", sorted(HELD_OUT_FLOORS))
def test_held_out_sets_do_not_regress(folder: str) -> None:
    _, score = _score(ROOT / "tests" / folder)
    floor, most = HELD_OUT_FLOORS[folder]
    caught, total = score.recall["all"]
    assert caught / total >= floor, f"{folder}: recall {caught}/{total}; missed {score.misses}"
    assert score.benign_fp[0] <= most, f"{folder}: benign flagged {score.false_positives}"
