"""``copilot eval``: run suites, compare runs, gate CI, and turn field feedback into cases.

``copilot eval SUITE.yaml`` runs a suite (the ``run`` subcommand is implied when the first argument
is not a subcommand), so both ``copilot eval evals/demo_shop.yaml`` and ``copilot eval run ...`` work.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table
from typer.core import TyperGroup

from copilot.cli_output import console, errors, friendly_errors, progress_bar
from copilot.errors import InputError

if TYPE_CHECKING:
    from copilot.evals.metrics import EvalReport
    from copilot.evals.suite import Gate


class _SuiteOrCommand(TyperGroup):
    """``copilot eval SUITE.yaml ...`` means ``copilot eval run SUITE.yaml ...``."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:  # a click Context (typer vendors click)
        if args and not args[0].startswith("-") and args[0] not in self.commands:
            args = ["run", *args]
        return super().parse_args(ctx, args)


eval_app = typer.Typer(help="Run evaluation suites.", no_args_is_help=True, cls=_SuiteOrCommand)
PER_TAG = [  # what fits an 80-column terminal; the overall block below has everything
    ("pass_rate", "pass"),
    ("action_accuracy", "action"),
    ("escalation_f1", "esc F1"),
    ("fact_accuracy", "facts"),
    ("leaks", "leaks"),
]


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if isinstance(value, float) and not float(value).is_integer() else str(value)


def print_report(report: EvalReport) -> None:
    o = report.overall
    console.print(
        f"[bold]{report.suite}[/bold]: {o.cases} cases x {report.repeats}, {report.drafter_summary()}"
    )
    overall = Table(show_header=False, box=None, pad_edge=False)
    for name, value in o.model_dump().items():
        if name not in ("cases", "runs", "fallback_reasons"):
            overall.add_row(name, _cell(value))
    console.print(overall)
    table = Table(title="per tag")
    table.add_column("tag", overflow="fold")
    table.add_column("cases", justify="right")
    for _, label in PER_TAG:
        table.add_column(label, justify="right")
    for tag, metrics in report.by_tag.items():
        values = metrics.model_dump()
        table.add_row(tag, str(metrics.cases), *[_cell(values[name]) for name, _ in PER_TAG])
    console.print(table)
    for run in report.runs:
        if not run.passed:
            console.print(
                f"[yellow]fail[/yellow] {run.case_id}: {escape(run.turns[-1][:90])} -> {run.action}: "
                f"{escape('; '.join(run.failures))}"
                + (
                    f" [dim](fell back: {escape('; '.join(run.fallback_reasons))})[/dim]"
                    if run.fallback_reasons
                    else ""
                )
            )


def _floors(values: list[str]) -> dict[str, float]:
    floors = {}
    for item in values:
        name, _, number = item.partition("=")
        try:
            floors[name.strip()] = float(number)
        except ValueError as exc:
            raise typer.BadParameter(f"expected METRIC=VALUE, got {item!r}", param_hint="--min") from exc
    return floors


@eval_app.command("run")
def run_command(
    suite: Annotated[Path, typer.Argument(help="Suite YAML: the shop's sources and the cases.")],
    repeat: Annotated[
        int, typer.Option("--repeat", min=1, max=20, help="Run every case K times (pass^k).")
    ] = 1,
    drafter: Annotated[
        str, typer.Option(help="offline, or llm (needs OPENAI_BASE_URL / OPENAI_API_KEY).")
    ] = "offline",
    judge: Annotated[
        bool, typer.Option("--judge", help="Also grade replies against rubrics with the model.")
    ] = False,
    workers: Annotated[int, typer.Option(min=1, max=32, help="Cases run in parallel.")] = 2,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Write the full report (JSON) here.")
    ] = None,
    html_out: Annotated[
        Path | None, typer.Option("--html", help="Write a self-contained HTML report here.")
    ] = None,
    baseline: Annotated[
        Path | None, typer.Option(help="A previous --json report: fail on regressions.")
    ] = None,
    floor: Annotated[
        list[str] | None, typer.Option("--min", help="METRIC=VALUE floor (adds to the suite's).")
    ] = None,
) -> None:
    """Run a suite in a temporary home; exit 1 when the gate fails (floors, leaks, regressions)."""
    from pydantic import ValidationError

    from copilot.evals.report_html import render_html
    from copilot.evals.runner import run_suite
    from copilot.evals.suite import Gate, load_suite

    if drafter not in ("offline", "llm"):
        raise typer.BadParameter("drafter must be offline or llm", param_hint="--drafter")
    with friendly_errors():
        gate = load_suite(suite).gate
        try:
            gate = Gate.model_validate({**gate.model_dump(), "min": {**gate.min, **_floors(floor or [])}})
        except ValidationError as exc:
            raise typer.BadParameter(exc.errors()[0]["msg"], param_hint="--min") from exc
        with progress_bar("cases") as progress:
            report = run_suite(
                suite,
                repeats=repeat,
                drafter=drafter,  # type: ignore[arg-type]
                judge=judge,
                workers=workers,
                gate=gate,
                progress=progress,
            )
        if baseline is not None:
            report.gate_failures += [
                f"against {baseline.name}: {f}" for f in _regressions(report, baseline, gate)
            ]
    print_report(report)
    for out in (json_out, html_out):
        if out is not None:
            out.parent.mkdir(parents=True, exist_ok=True)
    if json_out:
        json_out.write_text(report.model_dump_json(indent=2), encoding="utf-8")
        console.print(f"JSON report: {json_out}")
    if html_out:
        html_out.write_text(render_html(report), encoding="utf-8")
        console.print(f"HTML report: {html_out}")
    if report.gate_failures:
        for failure in report.gate_failures:
            errors.print(f"[red]gate:[/red] {failure}")
        raise typer.Exit(1)
    console.print("[green]gate passed[/green]")


def _load_report(path: Path) -> EvalReport:
    from copilot.evals.metrics import EvalReport

    try:
        return EvalReport.model_validate_json(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read report {path}: {exc}") from exc
    except ValueError as exc:
        raise InputError(f"{path} is not a report written by `copilot eval --json`") from exc


def _regressions(report: EvalReport, baseline: Path, gate: Gate) -> list[str]:
    from copilot.evals.compare import compare_reports

    return compare_reports(_load_report(baseline), report, gate.tolerance).regressions


@eval_app.command("compare")
def compare_command(
    base: Annotated[Path, typer.Argument(help="The earlier report (JSON).")],
    new: Annotated[Path, typer.Argument(help="The later report (JSON).")],
    tolerance: Annotated[float, typer.Option(min=0, help="Allowed drop of a metric.")] = 0.02,
) -> None:
    """What got better or worse between two runs, case by case; exit 1 on a regression."""
    from copilot.evals.compare import compare_reports

    with friendly_errors():
        comparison = compare_reports(_load_report(base), _load_report(new), tolerance)
    table = Table(title=f"{base.name} -> {new.name}")
    for column in ("metric", "before", "after", "change"):
        table.add_column(column, justify="left" if column == "metric" else "right")
    for delta in comparison.metrics:
        style = "red" if delta.worse else "green" if delta.better else ""
        change = "-" if delta.change is None else f"{delta.change:+.3f}"
        table.add_row(
            delta.name,
            _cell(delta.before),
            _cell(delta.after),
            f"[{style}]{change}[/{style}]" if style else change,
        )
    console.print(table)
    for case_id, failures in comparison.newly_failing.items():
        console.print(f"[red]now failing[/red] {case_id}: {escape('; '.join(failures))}")
    for case_id in comparison.newly_passing:
        console.print(f"[green]now passing[/green] {case_id}")
    if comparison.regressions:
        for regression in comparison.regressions:
            errors.print(f"[red]regression:[/red] {regression}")
        raise typer.Exit(1)
    console.print("[green]no regression[/green]")


@eval_app.command("from-feedback")
def from_feedback_command(
    sources: Annotated[str, typer.Option(help="The sources YAML the new suite will name (as written).")],
    out: Annotated[Path, typer.Option(help="Where to write the suite of new cases (YAML).")],
) -> None:
    """Turn recorded agent edits and escalations into eval cases for review."""
    from copilot.evals.feedback import cases_from_feedback
    from copilot.evals.suite import suite_yaml
    from copilot.settings import get_settings
    from copilot.store import Store

    with friendly_errors():
        suite = cases_from_feedback(Store.for_settings(get_settings()), sources)
        out.write_text(suite_yaml(suite, "Drawn from agents' edits and escalations: review before use."))
    console.print(f"wrote {len(suite.cases)} cases to {out}")


@eval_app.command("retrieval")
def eval_retrieval_command(
    suite: Annotated[Path, typer.Argument(help="Retrieval suite YAML (questions and expected passages).")],
    k: Annotated[int, typer.Option(min=1, max=50, help="Cut-off for hit@k.")] = 5,
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write the full report here.")] = None,
    min_hit_at_k: Annotated[float, typer.Option(help="Exit 1 when hit@k falls below this.")] = 0.0,
) -> None:
    """Score retrieval on a suite (ingested into a temporary home): hit@1, hit@k, MRR, per tag."""
    from copilot.evals.retrieval import run_retrieval_suite

    with friendly_errors():
        report = run_retrieval_suite(suite, k)
    table = Table(title=f"{report.suite}: retrieval (k={k})")
    for column in ("tag", "cases", "hit@1", f"hit@{k}", "MRR"):
        table.add_column(column, justify="left" if column == "tag" else "right")
    rows = [("all", report.overall), *report.by_tag.items()]
    for tag, scores in rows:
        table.add_row(
            tag, str(scores.cases), f"{scores.hit_at_1:.3f}", f"{scores.hit_at_k:.3f}", f"{scores.mrr:.3f}"
        )
    console.print(table)
    for failure in report.failures:
        console.print(f"[yellow]miss[/yellow] {failure.question!r} -> {', '.join(failure.retrieved[:3])}")
    if json_out:
        json_out.write_text(report.model_dump_json(indent=2))
    if report.overall.hit_at_k < min_hit_at_k:
        errors.print(f"[red]hit@{k} {report.overall.hit_at_k:.3f} is below {min_hit_at_k}[/red]")
        raise typer.Exit(1)
