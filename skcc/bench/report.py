"""Write ``benchmark.json``, ``report.md`` and a self-contained ``report.html``.

The HTML has no external script, style sheet or font: two inline SVG plots (pass rate per
condition with its Wilson 95 % interval; the change in input tokens of each comparison
with its bootstrap 95 % interval) and the same tables as the Markdown report.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path
from typing import Any

COLOURS = {"none": "#9aa0a6", "original": "#4c78a8", "compiled": "#f58518"}


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}%"


def _signed_pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:+.1f}%"


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:,.0f}"


def _p(value: float) -> str:
    return f"{value:.4f}" if value >= 0.0001 else f"{value:.1e}"


def document(records: list[dict[str, Any]], analysis: dict[str, Any],
             metadata: dict[str, Any]) -> dict[str, Any]:
    runs = sorted(records, key=lambda r: (r["task"], r["condition"], int(r["trial"])))
    return {"metadata": metadata, "runs": runs, "summary": analysis}


def _tables(analysis: dict[str, Any]) -> tuple[list[list[str]], list[list[str]]]:
    conditions = [["Condition", "N", "Passed", "Pass rate", "95% CI (Wilson)",
                   "Mean input tokens", "Mean output tokens", "Mean wall (s)"]]
    for name, c in analysis["conditions"].items():
        ci = c["ci"]
        conditions.append([name, str(c["n"]), str(c["passed"]), _pct(c["pass_rate"]),
                           f"{_pct(ci[0])} – {_pct(ci[1])}" if ci else "–",
                           _num(c["mean_input_tokens"]), _num(c["mean_output_tokens"]),
                           "–" if c["mean_wall_s"] is None else f"{c['mean_wall_s']:.1f}"])
    comparisons = [["Comparison", "Tasks", "Δ pass rate", "McNemar (only A / only B, p)",
                    "Sign test (B wins / losses / ties, p)", "Δ input tokens (95% CI)",
                    "Δ output tokens (95% CI)"]]
    for c in analysis["comparisons"]:
        m, s = c["mcnemar"], c["sign_test"]
        cells = []
        for key in ("input_tokens", "output_tokens"):
            t = c[key]
            cells.append("–" if t is None else
                         f"{_signed_pct(t['change'])} ({_signed_pct(t['low'])} to "
                         f"{_signed_pct(t['high'])})")
        comparisons.append([f"{c['a']} → {c['b']}", str(c["tasks"]),
                            _signed_pct(c["delta_pass_rate"]),
                            f"{m['only_a']} / {m['only_b']}, p = {_p(m['p'])}",
                            f"{s['wins']} / {s['losses']} / {s['ties']}, p = {_p(s['p'])}",
                            *cells])
    return conditions, comparisons


def _markdown_table(rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    return "\n".join(lines)


def _per_task(records: list[dict[str, Any]], conditions: list[str]) -> list[list[str]]:
    rows = [["Task", *conditions]]
    for task in sorted({r["task"] for r in records}):
        cells = []
        for condition in conditions:
            runs = [r for r in records if r["task"] == task and r["condition"] == condition]
            passed = sum(1 for r in runs if r["passed"])
            tokens = sum(r["tokens"]["input"] for r in runs) / len(runs) if runs else None
            cells.append(f"{passed}/{len(runs)} · {_num(tokens)} in" if runs else "–")
        rows.append([task, *cells])
    return rows


def _header(metadata: dict[str, Any]) -> str:
    return (f"Agent `{metadata['agent']}` (compiled skills: skcc `{metadata['backend']}` "
            f"backend), model `{metadata['model'] or 'default'}`"
            + (f", fake model server policy `{metadata['policy']}`" if metadata.get("policy")
               else "")
            + f"; {metadata['trials']} trial(s) per task and condition. "
            f"Tokens: {metadata['token_counting']}.")


def markdown(doc: dict[str, Any]) -> str:
    analysis, metadata = doc["summary"], doc["metadata"]
    conditions, comparisons = _tables(analysis)
    names = list(analysis["conditions"])
    parts = ["# Skills benchmark", "", _header(metadata), "",
             f"Paired tasks (present in every condition): {len(analysis['paired_tasks'])}"
             + (f"; left out (missing in some condition): "
                f"{', '.join(analysis['unpaired_tasks'])}" if analysis["unpaired_tasks"]
                else ""), "",
             "## Pass rate", "", _markdown_table(conditions), ""]
    if len(comparisons) > 1:
        parts += ["## Paired comparisons (A → B)", "", _markdown_table(comparisons), "",
                  "McNemar: exact two-sided binomial test on trial pairs where exactly one "
                  "arm passed. Sign test: per-task mean reward, B against A. Token change: "
                  "sum over tasks of B / A − 1, with a seeded bootstrap over tasks.", ""]
    parts += ["## Per task (passed/trials · mean input tokens)", "",
              _markdown_table(_per_task(doc["runs"], names)), ""]
    return "\n".join(parts)


# -- HTML --------------------------------------------------------------------------------

def _svg_pass_rates(analysis: dict[str, Any]) -> str:
    items = [(n, c) for n, c in analysis["conditions"].items() if c["pass_rate"] is not None]
    width, height, left, bottom, top = 480, 260, 50, 40, 20
    plot_h = height - bottom - top
    band = (width - left - 20) / max(1, len(items))
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'role="img" aria-label="Pass rate per condition with 95% Wilson intervals">']
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        y = top + plot_h * (1 - tick)
        out.append(f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" '
                   f'stroke="#e0e0e0"/><text x="{left - 6}" y="{y + 4:.1f}" '
                   f'text-anchor="end" font-size="11">{int(tick * 100)}%</text>')
    for i, (name, c) in enumerate(items):
        x = left + band * i + band * 0.2
        w = band * 0.6
        y = top + plot_h * (1 - c["pass_rate"])
        colour = COLOURS.get(name, "#777")
        out.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" '
                   f'height="{top + plot_h - y:.1f}" fill="{colour}"><title>{escape(name)}: '
                   f'{_pct(c["pass_rate"])} (n={c["n"]})</title></rect>')
        if c["ci"]:
            lo, hi = (top + plot_h * (1 - v) for v in c["ci"])
            cx = x + w / 2
            out.append(f'<path d="M{cx:.1f},{lo:.1f}V{hi:.1f}M{cx - 6:.1f},{lo:.1f}'
                       f'h12M{cx - 6:.1f},{hi:.1f}h12" stroke="#222" stroke-width="1.5"/>')
        out.append(f'<text x="{x + w / 2:.1f}" y="{height - bottom + 16}" text-anchor="middle" '
                   f'font-size="12">{escape(name)} ({_pct(c["pass_rate"])}, n={c["n"]})</text>')
    out.append("</svg>")
    return "".join(out)


def _svg_token_changes(analysis: dict[str, Any]) -> str:
    items = [(f"{c['a']} → {c['b']}", c["input_tokens"]) for c in analysis["comparisons"]
             if c["input_tokens"] is not None]
    if not items:
        return "<p>No paired token data.</p>"
    values = [v for _, t in items for v in (t["low"], t["high"], t["change"])]
    span = max(0.05, max(abs(v) for v in values)) * 1.15
    width, row, left = 520, 34, 150
    height = row * len(items) + 40
    mid = left + (width - left - 20) / 2

    def sx(v: float) -> float:
        return mid + v / span * (width - left - 20) / 2

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           'role="img" aria-label="Change in input tokens with 95% bootstrap intervals">',
           f'<line x1="{mid:.1f}" x2="{mid:.1f}" y1="5" y2="{height - 25}" stroke="#888"/>']
    for v in (-span, -span / 2, span / 2, span):
        out.append(f'<text x="{sx(v):.1f}" y="{height - 8}" text-anchor="middle" '
                   f'font-size="10">{_signed_pct(v)}</text>')
    for i, (label, t) in enumerate(items):
        y = 20 + row * i
        colour = "#2ca02c" if t["change"] < 0 else "#d62728"
        out.append(f'<text x="{left - 8}" y="{y + 4}" text-anchor="end" font-size="12">'
                   f'{escape(label)}</text>'
                   f'<line x1="{sx(t["low"]):.1f}" x2="{sx(t["high"]):.1f}" y1="{y}" y2="{y}" '
                   f'stroke="{colour}" stroke-width="2"/>'
                   f'<circle cx="{sx(t["change"]):.1f}" cy="{y}" r="5" fill="{colour}">'
                   f'<title>{_signed_pct(t["change"])} ({_signed_pct(t["low"])} to '
                   f'{_signed_pct(t["high"])})</title></circle>')
    out.append("</svg>")
    return "".join(out)


def _html_table(rows: list[list[str]]) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>"
                   for row in rows[1:])
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def html(doc: dict[str, Any]) -> str:
    analysis, metadata = doc["summary"], doc["metadata"]
    conditions, comparisons = _tables(analysis)
    style = ("body{font-family:system-ui,sans-serif;max-width:1000px;margin:2em auto;"
             "color:#222}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid "
             "#ccc;padding:4px 8px;font-size:13px;text-align:left}th{background:#f3f3f3}"
             "code{background:#f3f3f3;padding:0 3px}")
    parts = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             "<title>Skills benchmark</title>", f"<style>{style}</style></head><body>",
             "<h1>Skills benchmark</h1>", f"<p>{escape(_header(metadata))}</p>",
             f"<p>Paired tasks: {len(analysis['paired_tasks'])}</p>",
             "<h2>Pass rate (95% Wilson interval)</h2>", _svg_pass_rates(analysis),
             _html_table(conditions)]
    if len(comparisons) > 1:
        parts += ["<h2>Input tokens, B vs A (95% bootstrap interval)</h2>",
                  _svg_token_changes(analysis), _html_table(comparisons)]
    parts += ["<h2>Per task</h2>",
              _html_table(_per_task(doc["runs"], list(analysis["conditions"]))),
              "</body></html>"]
    return "\n".join(parts) + "\n"


def write(out: Path, doc: dict[str, Any]) -> list[Path]:
    """Write the three reports into ``out``; their paths."""
    files = {"benchmark.json": json.dumps(doc, indent=2) + "\n", "report.md": markdown(doc),
             "report.html": html(doc)}
    paths = []
    for name, text in files.items():
        (out / name).write_text(text, "utf-8")
        paths.append(out / name)
    return paths
