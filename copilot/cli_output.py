"""What every CLI command shares: the consoles and turning our errors into one red line."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from copilot.errors import CopilotError

console = Console()
errors = Console(stderr=True, soft_wrap=True)  # an error is one line, however narrow the terminal


@contextmanager
def friendly_errors() -> Iterator[None]:
    """Errors we raise on purpose become one red line and exit code 2, never a traceback."""
    try:
        yield
    except CopilotError as exc:
        fail(str(exc))
        raise typer.Exit(2) from exc
    except OSError as exc:  # a file or folder the user named, unreadable in a way we did not foresee
        where = f"{exc.filename}: " if exc.filename else ""
        fail(f"{where}{exc.strerror or exc}")
        raise typer.Exit(2) from exc


def fail(message: str) -> None:
    """One red line on stderr."""
    errors.print(f"[red]error:[/red] {escape(' '.join(message.split()))}")


def run_guarded(command: Callable[[], object]) -> None:
    """The console script's last line of defence: whatever escapes a command becomes one line on
    stderr (exit 2 for unreadable input, 1 for a bug), never a Python traceback."""
    try:
        command()
    except SystemExit:
        raise
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    except CopilotError as exc:
        fail(str(exc))
        raise SystemExit(2) from None
    except (OSError, UnicodeError, RecursionError) as exc:
        fail(f"cannot read the input: {exc.__class__.__name__}: {exc}")
        raise SystemExit(2) from None
    except Exception as exc:
        fail(f"unexpected {exc.__class__.__name__}: {exc} (this is a bug in copilot; please report it)")
        raise SystemExit(1) from None


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
