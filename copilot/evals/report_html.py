"""A self-contained HTML report of an eval run: no scripts, no network, charts drawn as inline SVG.

A person opens it in a browser: the headline metrics, pass rate per tag, the latency distribution,
the confusion matrix of expected and actual actions, and every failing case with its conversation,
the reply, what was expected and which passages the reply cited.
"""

from __future__ import annotations

from collections import Counter
from html import escape

from copilot.evals.metrics import CaseRun, EvalReport, Metrics, percentile

ACTIONS = ["answer", "ask_verification", "escalate", "decline"]
_CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1100px;color:#1f2328;padding:0 1rem}
h1{font-size:1.5rem}
h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #d0d7de}
.cards{display:flex;flex-wrap:wrap;gap:.6rem}
.card{border:1px solid #d0d7de;border-radius:6px;padding:.5rem .8rem}
.card b{display:block;font-size:1.25rem}
.bad{color:#cf222e}
.good{color:#1a7f37}
table{border-collapse:collapse;margin:.5rem 0}
td,th{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:right}
td:first-child,th:first-child{text-align:left}
.case{border:1px solid #d0d7de;border-radius:6px;padding:.6rem;margin:.6rem 0}
.case pre{white-space:pre-wrap;background:#f6f8fa;padding:.4rem;margin:.3rem 0}
.tag{background:#ddf4ff;border-radius:4px;padding:0 .3rem;margin-right:.2rem;font-size:.8rem}
"""


def _fmt(value: float | int | None) -> str:
    if value is None:
        return "–"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.3f}"
    return str(value)


def _cards(m: Metrics, gate_failures: list[str]) -> str:
    items = [
        ("pass rate", m.pass_rate),
        ("action accuracy", m.action_accuracy),
        ("escalation F1", m.escalation_f1),
        ("fact accuracy", m.fact_accuracy),
        ("leaks", m.leaks),
        ("hit@k", m.hit_at_k),
        ("MRR", m.mrr),
        ("groundedness", m.groundedness),
        ("latency p50 ms", m.latency_p50_ms),
        ("latency p95 ms", m.latency_p95_ms),
        ("pass^k", m.pass_hat_k),
        ("cost USD", m.cost_usd),
    ]
    cards = "".join(f'<div class="card">{escape(name)}<b>{_fmt(v)}</b></div>' for name, v in items)
    verdict = (
        '<p class="good"><b>Gate passed.</b></p>'
        if not gate_failures
        else '<p class="bad"><b>Gate failed:</b></p><ul>'
        + "".join(f"<li>{escape(f)}</li>" for f in gate_failures)
        + "</ul>"
    )
    return f'<div class="cards">{cards}</div>{verdict}'


def _tag_bars(by_tag: dict[str, Metrics]) -> str:
    rows = [(tag, m.pass_rate or 0.0, m.cases) for tag, m in by_tag.items()]
    height = 22 * len(rows) + 10
    bars = []
    for i, (tag, rate, cases) in enumerate(rows):
        y = 5 + 22 * i
        colour = "#1a7f37" if rate >= 0.9 else "#bf8700" if rate >= 0.7 else "#cf222e"
        bars.append(
            f'<text x="0" y="{y + 14}" font-size="12">{escape(tag)} ({cases})</text>'
            f'<rect x="230" y="{y}" width="{rate * 400:.1f}" height="16" fill="{colour}"/>'
            f'<text x="{236 + rate * 400:.1f}" y="{y + 13}" font-size="12">{rate:.2f}</text>'
        )
    return (
        f'<svg role="img" aria-label="pass rate per tag" width="700" height="{height}">{"".join(bars)}</svg>'
    )


def _latency_histogram(runs: list[CaseRun]) -> str:
    values = [r.latency_ms for r in runs if r.error is None]
    if not values:
        return "<p>No latencies.</p>"
    top = percentile(values, 99) or max(values) or 1.0  # rare slow outliers share the last bar
    bins = 20
    counts = Counter(min(bins - 1, int(v / top * bins)) for v in values)
    peak = max(counts.values())
    bars = "".join(
        f'<rect x="{40 + i * 30}" y="{180 - counts[i] / peak * 160:.1f}" width="26" '
        f'height="{counts[i] / peak * 160:.1f}" fill="#0969da"><title>{counts[i]} runs</title></rect>'
        for i in range(bins)
        if counts[i]
    )
    axis = (
        '<text x="40" y="198" font-size="11">0 ms</text>'
        f'<text x="570" y="198" font-size="11">{top:.0f} ms and over</text>'
    )
    return f'<svg role="img" aria-label="latency distribution" width="660" height="205">{bars}{axis}</svg>'


def _confusion(runs: list[CaseRun]) -> str:
    pairs = Counter((r.expected_action, r.action) for r in runs if r.expected_action)
    actual = ACTIONS + sorted({a for _, a in pairs} - set(ACTIONS))
    peak = max(pairs.values(), default=1)
    head = "".join(f"<th>{escape(a)}</th>" for a in actual)
    rows = []
    for expected in ACTIONS:
        cells = []
        for a in actual:
            n = pairs.get((expected, a), 0)
            shade = 0.15 + 0.6 * n / peak if n else 0
            hue = "26,127,55" if a == expected else "207,34,46"
            cells.append(f'<td style="background:rgba({hue},{shade:.2f})">{n}</td>')
        rows.append(f"<tr><th>{escape(expected)}</th>{''.join(cells)}</tr>")
    return f"<table><tr><th>expected \\ actual</th>{head}</tr>{''.join(rows)}</table>"


def _failures(runs: list[CaseRun]) -> str:
    failing = [r for r in runs if not r.passed]
    if not failing:
        return "<p>Every case passed.</p>"
    blocks = []
    for run in failing:
        turns = "".join(f"<pre>customer: {escape(t)}</pre>" for t in run.turns)
        cited = ""
        if run.result is not None and run.result.citations:
            cited = (
                "<p>cited: "
                + ", ".join(
                    escape(f"{c.kind} {c.id}" + (f" ({c.source})" if c.source else ""))
                    for c in run.result.citations
                )
                + "</p>"
            )
        tags = "".join(f'<span class="tag">{escape(t)}</span>' for t in run.tags)
        blocks.append(
            f'<div class="case" id="case-{escape(run.case_id)}"><b>{escape(run.case_id)}</b> {tags}'
            f" repeat {run.repeat}{turns}<pre>{escape(run.action)}: {escape(run.reply)}</pre>"
            f"<p>expected: {escape(run.expected_action or 'any action')}</p>"
            f'<ul class="bad">{"".join(f"<li>{escape(f)}</li>" for f in run.failures)}</ul>{cited}</div>'
        )
    return "".join(blocks)


def render_html(report: EvalReport) -> str:
    failing = sum(not r.passed for r in report.runs)
    title = f"{report.suite}: eval report"
    return (
        f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{escape(title)}</title>"
        f"<style>{_CSS}</style></head><body><h1>{escape(title)}</h1>"
        f"<p>{report.overall.cases} cases, {report.repeats} repeat(s), {escape(report.drafter_summary())}, "
        f"{report.created_at:%Y-%m-%d %H:%M} UTC; {failing} failing run(s).</p>"
        f"{_cards(report.overall, report.gate_failures)}"
        f"<h2>Pass rate per tag</h2>{_tag_bars(report.by_tag)}"
        f"<h2>Latency per case (ms)</h2>{_latency_histogram(report.runs)}"
        f"<h2>Actions: expected and actual</h2>{_confusion(report.runs)}"
        f"<h2>Failing cases</h2>{_failures(report.runs)}</body></html>"
    )
