"""``copilot db``: bring the database to this version's schema, or say where it stands."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from copilot.cli_output import console, friendly_errors

db_app = typer.Typer(help="The database: migrate it, show its revision.", no_args_is_help=True)
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]


@db_app.command("upgrade")
def upgrade_command(as_json: JsonOption = False) -> None:
    """Migrate the database (COPILOT_DATABASE_URL, or the home's SQLite file) to the newest revision.
    Safe to run from several processes at once; `serve` and `ingest` run it too."""
    from copilot.db import migrate
    from copilot.settings import get_settings
    from copilot.store import Store

    with friendly_errors():
        store = Store.for_settings(get_settings())  # opening the store migrates it
        revision = migrate.current(store.engine)
    _print(revision, migrate.head(), as_json)


@db_app.command("current")
def current_command(as_json: JsonOption = False) -> None:
    """The database's revision and the newest this version knows, without changing anything."""
    from copilot.db import migrate
    from copilot.settings import get_settings
    from copilot.store import engine_for_settings

    with friendly_errors():
        revision = migrate.current(engine_for_settings(get_settings()))
    _print(revision, migrate.head(), as_json)


def _print(revision: str | None, head: str, as_json: bool) -> None:
    if as_json:
        console.print_json(json.dumps({"revision": revision, "head": head}))
        return
    state = "up to date" if revision == head else f"behind (newest is {head}; run `copilot db upgrade`)"
    console.print(f"database at revision {revision or '(none)'}: {state}")
