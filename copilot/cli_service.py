"""``copilot serve`` (the HTTP API) and ``copilot keys`` (who may call it)."""

from __future__ import annotations

import json
import os
import shutil
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.table import Table

from copilot.cli_output import console, friendly_errors

if TYPE_CHECKING:
    from copilot.access.keys import Keys

keys_app = typer.Typer(help="API keys of the HTTP service: create, list, revoke.", no_args_is_help=True)
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]


def serve_command(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8080,
    workers: Annotated[int, typer.Option(min=1, max=64, help="Worker processes (uvicorn).")] = 1,
) -> None:
    """Serve the HTTP API (docs at /docs, OpenAPI at /openapi.json); migrates the database first."""
    import uvicorn

    from copilot.db import migrate
    from copilot.errors import ConfigurationError
    from copilot.settings import get_settings
    from copilot.store import Store

    with friendly_errors():
        settings = get_settings()
        if workers > 1 and settings.chroma_url is None:
            raise ConfigurationError(
                f"--workers {workers} needs a Chroma server (COPILOT_CHROMA_URL): the embedded index "
                "is opened by one process only; run `chroma run --path HOME/chroma` and point at it"
            )
        revision = migrate.current(Store.for_settings(settings).engine)
    if workers > 1:  # per-process metrics are summed across workers through files here
        shared = settings.home / "prometheus"
        shutil.rmtree(shared, ignore_errors=True)
        shared.mkdir(parents=True)
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(shared)
    console.print(f"[dim]database at revision {revision}; serving on http://{host}:{port}[/dim]")
    uvicorn.run("copilot.api.app:create_app", factory=True, host=host, port=port, workers=workers)


def _keys() -> Keys:
    from copilot.access.keys import Keys
    from copilot.settings import get_settings
    from copilot.store import Store

    return Keys(Store.for_settings(get_settings()))


@keys_app.command("create")
def create_command(
    role: Annotated[str, typer.Option(help="bot (posts customer messages), agent or admin.")],
    agent: Annotated[str | None, typer.Option(help="For an agent key: the agent it acts as.")] = None,
    label: Annotated[str, typer.Option(help="A note on what the key is for.")] = "",
    as_json: JsonOption = False,
) -> None:
    """Make a key and print it once: it is kept only as a hash and cannot be shown again."""
    with friendly_errors():
        record, key = _keys().create(role, agent_id=agent, label=label)
    if as_json:
        print(json.dumps({"key": key, **record.model_dump(mode="json")}))
        return
    console.print(f"[bold]{key}[/bold]")
    console.print(f"[dim]{record.role} key {record.key_id}; store it now, it is not shown again[/dim]")


@keys_app.command("list")
def list_command(as_json: JsonOption = False) -> None:
    """Every key, live and revoked (never the keys themselves)."""
    with friendly_errors():
        records = _keys().list()
    if as_json:
        print(json.dumps([r.model_dump(mode="json") for r in records]))
        return
    table = Table(title="API keys")
    for column in ("id", "role", "agent", "label", "created", "revoked"):
        table.add_column(column)
    for r in records:
        revoked = r.revoked_at.isoformat(timespec="seconds") if r.revoked_at else ""
        created = r.created_at.isoformat(timespec="seconds")
        table.add_row(r.key_id, r.role, r.agent_id or "", escape(r.label), created, revoked)
    console.print(table)


@keys_app.command("revoke")
def revoke_command(
    key_id: Annotated[str, typer.Argument(help="The key's id (see `copilot keys list`).")],
) -> None:
    """Stop a key from working, at once and for good."""
    with friendly_errors():
        record = _keys().revoke(key_id)
    console.print(f"revoked {record.role} key {record.key_id}")
