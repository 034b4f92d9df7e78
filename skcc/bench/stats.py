"""Paired statistics for the benchmark, with exact tails and no third-party packages.

Comparisons are made only on the paired intersection: tasks with results in every
condition, and for the per-trial McNemar test only (task, trial) pairs present in both
arms. Unequal task sets between arms make pass rates incomparable (bench.md §1.6), so N
is always reported.

* Wilson score interval for a pass rate.
* Exact McNemar test on discordant trial pairs, and the sign test on per-task mean
  rewards: both are two-sided binomial tests with p = 1/2, computed exactly from integer
  binomial coefficients.
* A seeded percentile bootstrap over tasks for the relative change in tokens
  (sum over tasks of B / sum of A - 1).
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Iterable, Sequence
from fractions import Fraction
from typing import Any

Z95 = 1.959963984540054
BOOTSTRAP_RESAMPLES = 2000


def wilson(successes: int, n: int, z: float = Z95) -> tuple[float, float] | None:
    """The Wilson score interval of ``successes`` out of ``n`` (None when n = 0)."""
    if n <= 0:
        return None
    p = successes / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


def binomial_cdf_half(k: int, n: int) -> Fraction:
    """P(X <= k) for X ~ Binomial(n, 1/2), exactly."""
    if k < 0:
        return Fraction(0)
    return Fraction(sum(math.comb(n, i) for i in range(min(k, n) + 1)), 2 ** n)


def two_sided_binomial(k: int, n: int) -> float:
    """Exact two-sided p-value of seeing ``k`` of ``n`` under p = 1/2 (1.0 when n = 0)."""
    if n == 0:
        return 1.0
    tail = binomial_cdf_half(min(k, n - k), n)
    return float(min(Fraction(1), 2 * tail))


def mcnemar(pairs: Iterable[tuple[bool, bool]]) -> dict[str, Any]:
    """Exact McNemar test on (A passed, B passed) pairs.

    ``b`` counts pairs only A passed, ``c`` pairs only B passed; p is the exact binomial
    test of b against b + c.
    """
    b = c = concordant = 0
    for a_pass, b_pass in pairs:
        if a_pass and not b_pass:
            b += 1
        elif b_pass and not a_pass:
            c += 1
        else:
            concordant += 1
    return {"only_a": b, "only_b": c, "concordant": concordant,
            "p": two_sided_binomial(b, b + c)}


def sign_test(differences: Iterable[float]) -> dict[str, Any]:
    """Sign test on per-task differences (B - A): wins, losses, ties and the exact p."""
    wins = losses = ties = 0
    for d in differences:
        if d > 0:
            wins += 1
        elif d < 0:
            losses += 1
        else:
            ties += 1
    return {"wins": wins, "losses": losses, "ties": ties,
            "p": two_sided_binomial(wins, wins + losses)}


def _percentile(sorted_values: Sequence[float], q: float) -> float:
    return sorted_values[round(q * (len(sorted_values) - 1))]


def bootstrap_change(pairs: Sequence[tuple[float, float]], seed: int = 0,
                     resamples: int = BOOTSTRAP_RESAMPLES) -> dict[str, Any] | None:
    """Relative change sum(B)/sum(A) - 1 over tasks, with a 95 % percentile bootstrap CI.

    ``pairs`` are per-task (A, B) values (e.g. mean input tokens). Resampling is over
    tasks with ``random.Random(seed)``, so the interval is reproducible.
    """
    pairs = [(a, b) for a, b in pairs]
    total_a = sum(a for a, _ in pairs)
    if not pairs or total_a <= 0:
        return None
    rng = random.Random(seed)
    changes = []
    for _ in range(resamples):
        sample = [pairs[rng.randrange(len(pairs))] for _ in pairs]
        sa = sum(a for a, _ in sample)
        if sa > 0:
            changes.append(sum(b for _, b in sample) / sa - 1)
    changes.sort()
    return {"change": sum(b for _, b in pairs) / total_a - 1,
            "low": _percentile(changes, 0.025), "high": _percentile(changes, 0.975),
            "mean_a": total_a / len(pairs), "mean_b": sum(b for _, b in pairs) / len(pairs),
            "resamples": resamples, "seed": seed}


def _by_task(records: Iterable[dict[str, Any]]) -> dict[str, dict[str, dict[int, dict]]]:
    table: dict[str, dict[str, dict[int, dict]]] = defaultdict(lambda: defaultdict(dict))
    for r in records:
        table[r["task"]][r["condition"]][int(r["trial"])] = r
    return table


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def analyse(records: list[dict[str, Any]], conditions: Sequence[str], seed: int = 0
            ) -> dict[str, Any]:
    """Per-condition pass rates and paired comparisons on the tasks every condition has."""
    table = _by_task(records)
    paired = sorted(t for t, arms in table.items() if all(arms.get(c) for c in conditions))
    per_condition = {}
    for condition in conditions:
        runs = [r for t in paired for r in table[t][condition].values()]
        passed = sum(1 for r in runs if r["passed"])
        interval = wilson(passed, len(runs))
        per_condition[condition] = {
            "n": len(runs), "passed": passed,
            "pass_rate": passed / len(runs) if runs else None,
            "ci": list(interval) if interval else None,
            "mean_reward": _mean([float(r["reward"] or 0) for r in runs]) if runs else None,
            "mean_input_tokens": _mean([r["tokens"]["input"] for r in runs]) if runs else None,
            "mean_output_tokens": _mean([r["tokens"]["output"] for r in runs]) if runs else None,
            "mean_wall_s": _mean([r["wall_s"] for r in runs]) if runs else None,
        }
    comparisons = []
    order = [("original", "compiled"), ("none", "original"), ("none", "compiled")]
    for a, b in order:
        if a not in conditions or b not in conditions or not paired:
            continue
        trial_pairs = [(table[t][a][i]["passed"], table[t][b][i]["passed"])
                       for t in paired for i in sorted(table[t][a]) if i in table[t][b]]
        rewards = [_mean([float(r["reward"] or 0) for r in table[t][b].values()])
                   - _mean([float(r["reward"] or 0) for r in table[t][a].values()])
                   for t in paired]
        tokens_in = [(_mean([r["tokens"]["input"] for r in table[t][a].values()]),
                      _mean([r["tokens"]["input"] for r in table[t][b].values()]))
                     for t in paired]
        tokens_out = [(_mean([r["tokens"]["output"] for r in table[t][a].values()]),
                       _mean([r["tokens"]["output"] for r in table[t][b].values()]))
                      for t in paired]
        rate_a, rate_b = per_condition[a]["pass_rate"], per_condition[b]["pass_rate"]
        comparisons.append({
            "a": a, "b": b, "tasks": len(paired), "trial_pairs": len(trial_pairs),
            "delta_pass_rate": rate_b - rate_a,
            "mcnemar": mcnemar(trial_pairs), "sign_test": sign_test(rewards),
            "input_tokens": bootstrap_change(tokens_in, seed),
            "output_tokens": bootstrap_change(tokens_out, seed),
        })
    unpaired = sorted(set(table) - set(paired))
    return {"paired_tasks": paired, "unpaired_tasks": unpaired,
            "conditions": per_condition, "comparisons": comparisons}
