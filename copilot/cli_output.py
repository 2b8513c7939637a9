"""What every CLI command shares: the consoles and turning our errors into one red line."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from copilot.errors import CopilotError

console = Console()
errors = Console(stderr=True)


@contextmanager
def friendly_errors() -> Iterator[None]:
    """Errors we raise on purpose become one red line and exit code 2, never a traceback."""
    try:
        yield
    except CopilotError as exc:
        errors.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc


@contextmanager
def progress_bar(label: str) -> Iterator[Callable[[int, int], None]]:
    """A transient bar on stderr; yields the ``(done, total)`` callback the library's long jobs take."""
    with Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=errors,
        transient=True,
    ) as bar:
        task = bar.add_task(label, total=None)
        yield lambda done, total: bar.update(task, completed=done, total=total)
