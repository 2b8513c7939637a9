"""What every CLI command shares: the consoles and turning our errors into one red line."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import typer
from rich.console import Console

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
