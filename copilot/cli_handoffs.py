"""The people side of the CLI: handoff queues, agents, agent replies, webhook delivery, schemas."""

from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.table import Table

from copilot.cli_output import console, friendly_errors
from copilot.errors import InputError

if TYPE_CHECKING:
    from copilot.escalation.routing import HandoffRecord, Routing
    from copilot.schemas import HandoffPacket

handoffs_app = typer.Typer(
    help="Escalated conversations: list, show, claim, resolve, hand back.", no_args_is_help=True
)
agents_app = typer.Typer(help="Human agents: skills, capacity, online state.", no_args_is_help=True)
schema_app = typer.Typer(help="JSON Schemas of the published formats.", no_args_is_help=True)

AgentOption = Annotated[str, typer.Option("--agent", help="The agent's id.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]


def _routing() -> Routing:
    from copilot.escalation.config import load_policy
    from copilot.escalation.routing import Routing
    from copilot.outbox import Outbox
    from copilot.settings import get_settings
    from copilot.store import Store

    settings = get_settings()
    store = Store.for_settings(settings)
    return Routing(store, load_policy(settings.escalation_file), Outbox(store, settings))


def print_packet(packet: HandoffPacket) -> None:
    """A packet as an agent reads it: why, who, what about, what was said."""
    c = packet.customer
    who = (
        f"{c.name} ({c.verified_by}, tier {c.tier or '-'}, lifetime {c.lifetime_value})"
        if c.verified
        else "unverified"
    )
    console.print(
        f"[bold magenta]Handoff {packet.packet_id}[/bold magenta]  queue [bold]{packet.queue}[/bold], "
        f"priority [bold]{packet.priority}[/bold], {packet.intent}, language {packet.language}"
    )
    console.print(f"conversation {packet.conversation_id} ({packet.channel})")
    console.print("why: " + escape("; ".join(f"{r.rule} ({r.detail})" for r in packet.reasons)))
    console.print(f"customer: {who}; frustration {packet.sentiment.frustration:.2f}")
    for order in packet.orders:
        console.print(
            f"order {order.order_id}: {order.status}, {order.total} {order.currency}, "
            f"{'; '.join(order.items)}"
        )
    console.print(f"[bold]summary ({packet.summary_source}):[/bold] {escape(packet.summary)}")
    for line in packet.transcript:
        console.print(f"  [dim]{line.role}:[/dim] {escape(line.text)}")
    console.print(f"[bold]suggested reply:[/bold] {escape(packet.suggested_reply)}")


def _table(records: list[HandoffRecord]) -> Table:
    table = Table(title="Handoffs (most urgent first)")
    for column in ("packet", "queue", "priority", "status", "agent", "customer", "why", "created"):
        table.add_column(column)
    for r in records:
        table.add_row(
            r.packet_id[:8],
            r.queue,
            r.priority,
            r.status,
            r.agent_id or "-",
            r.packet.customer.name or "unverified",
            ", ".join(x.rule for x in r.packet.reasons),
            r.created_at.strftime("%Y-%m-%d %H:%M"),
        )
    return table


@handoffs_app.command("list")
def list_command(
    status: Annotated[str | None, typer.Option(help="queued, assigned, resolved or handed_back.")] = None,
    queue: Annotated[str | None, typer.Option(help="Only this queue.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Handoffs, most urgent and oldest first."""
    with friendly_errors():
        records = _routing().list(status=status, queue=queue)
    if as_json:
        print(json.dumps([r.model_dump(mode="json") for r in records], indent=2))
    else:
        console.print(_table(records))


def _resolve_id(routing: Routing, packet_id: str) -> str:
    """Full packet ids, or any unambiguous prefix of one (what the table shows)."""
    matches = [r.packet_id for r in routing.list() if r.packet_id.startswith(packet_id)]
    if len(matches) > 1:
        raise InputError(f"'{packet_id}' starts {len(matches)} handoff ids; give more of it")
    return matches[0] if matches else packet_id


@handoffs_app.command("show")
def show_command(
    packet_id: Annotated[str, typer.Argument(help="Packet id (or a prefix).")], as_json: JsonOption = False
) -> None:
    """One handoff packet in full."""
    with friendly_errors():
        routing = _routing()
        record = routing.get(_resolve_id(routing, packet_id))
    if as_json:
        print(record.packet.model_dump_json(indent=2))
    else:
        console.print(f"status {record.status}, agent {record.agent_id or '-'}")
        print_packet(record.packet)


@handoffs_app.command("claim")
def claim_command(
    agent: AgentOption,
    packet_id: Annotated[
        str | None, typer.Argument(help="Packet id; omit to take the next one you can serve.")
    ] = None,
) -> None:
    """Take a queued handoff (the next most urgent one by default)."""
    with friendly_errors():
        routing = _routing()
        record = (
            routing.claim(_resolve_id(routing, packet_id), agent) if packet_id else routing.claim_next(agent)
        )
    if record is None:
        console.print("nothing waiting in your queues")
        return
    console.print(f"[green]claimed[/green] {record.packet_id} for {agent}")
    print_packet(record.packet)


@handoffs_app.command("resolve")
def resolve_command(
    packet_id: Annotated[str, typer.Argument(help="Packet id (or a prefix).")], agent: AgentOption
) -> None:
    """Close a handoff as resolved; the bot answers the customer's next message again."""
    with friendly_errors():
        routing = _routing()
        record = routing.close(_resolve_id(routing, packet_id), agent, "resolved")
    console.print(f"[green]resolved[/green] {record.packet_id}")


@handoffs_app.command("handback")
def handback_command(
    packet_id: Annotated[str, typer.Argument(help="Packet id (or a prefix).")], agent: AgentOption
) -> None:
    """Return the conversation to the bot without resolving it; the thread keeps every turn."""
    with friendly_errors():
        routing = _routing()
        record = routing.close(_resolve_id(routing, packet_id), agent, "handed_back")
    console.print(f"[green]handed back[/green] {record.conversation_id} to the bot")


@agents_app.command("set")
def agents_set_command(
    agent_id: Annotated[str, typer.Argument(help="The agent's id.")],
    name: Annotated[str | None, typer.Option(help="Display name.")] = None,
    skills: Annotated[str | None, typer.Option(help="Comma-separated skills or queue ids.")] = None,
    capacity: Annotated[int | None, typer.Option(min=0, help="Conversations at once.")] = None,
    online: Annotated[bool | None, typer.Option("--online/--offline", help="Availability.")] = None,
) -> None:
    """Create or update an agent."""
    with friendly_errors():
        agent = _routing().set_agent(
            agent_id,
            name=name,
            skills=skills.split(",") if skills else None,
            capacity=capacity,
            online=online,
        )
    console.print(
        f"{agent.agent_id}: {agent.name}, skills {', '.join(agent.skills)}, capacity {agent.capacity}, "
        f"{'online' if agent.online else 'offline'}"
    )


@agents_app.command("list")
def agents_list_command(as_json: JsonOption = False) -> None:
    """Agents with their load."""
    with friendly_errors():
        agents = _routing().agents()
    if as_json:
        print(json.dumps([a.model_dump() for a in agents], indent=2))
        return
    table = Table(title="Agents")
    for column in ("agent", "name", "skills", "load", "online"):
        table.add_column(column)
    for a in agents:
        table.add_row(
            a.agent_id, a.name, ", ".join(a.skills), f"{a.load}/{a.capacity}", "yes" if a.online else "no"
        )
    console.print(table)


def reply_command(
    conversation: Annotated[str, typer.Argument(help="Conversation id.")],
    text: Annotated[str, typer.Argument(help="What the agent sends.")],
    agent: AgentOption,
) -> None:
    """Send an agent's reply; how it relates to the copilot's suggestions is recorded."""
    from copilot.escalation.assist import AgentAssist

    with friendly_errors():
        routing = _routing()
        decision = AgentAssist(routing.store, routing, routing.outbox).reply(conversation, agent, text)
    distance = f", edit distance {decision.edit_distance}" if decision.edit_distance is not None else ""
    console.print(f"sent ({decision.choice}{distance})")


def reject_command(
    conversation: Annotated[str, typer.Argument(help="Conversation id.")], agent: AgentOption
) -> None:
    """Dismiss the copilot's pending suggestions for a conversation."""
    from copilot.escalation.assist import AgentAssist

    with friendly_errors():
        routing = _routing()
        AgentAssist(routing.store, routing, routing.outbox).reject(conversation, agent)
    console.print("suggestions rejected")


def deliver_command(
    loop: Annotated[bool, typer.Option("--loop", help="Keep delivering until interrupted.")] = False,
    interval: Annotated[float, typer.Option(min=0.1, help="Seconds between rounds with --loop.")] = 2.0,
) -> None:
    """POST pending outbox events (handoff packets, agent replies, handovers) to the configured
    webhooks, and send pending messages on messaging channels (replies, alerts, codes); resumes
    whatever a crash left."""
    from copilot.channels.outbox import ChannelOutbox
    from copilot.channels.registry import channel_adapters
    from copilot.outbox import Outbox
    from copilot.settings import get_settings
    from copilot.store import Store

    settings = get_settings()
    with friendly_errors():
        store = Store.for_settings(settings)
        outbox = Outbox(store, settings)
        channel_sends = ChannelOutbox(store, settings, channel_adapters(settings))
        while True:
            report = outbox.deliver_due()
            console.print(f"delivered {report.delivered}, failed {report.failed}, pending {report.pending}")
            sent = channel_sends.deliver_due()
            console.print(
                f"channel messages: sent {sent.delivered}, failed {sent.failed}, pending {sent.pending}"
            )
            if not loop:
                break
            time.sleep(interval)


@schema_app.command("suite")
def schema_suite_command() -> None:
    """The eval suite's JSON Schema (for editors and CI checks of suite files)."""
    from copilot.evals.suite import Suite

    print(json.dumps(Suite.model_json_schema(), indent=2))


@schema_app.command("handoff")
def schema_handoff_command() -> None:
    """The handoff packet's JSON Schema (what webhook receivers get)."""
    from copilot.schemas import HandoffPacket

    print(json.dumps(HandoffPacket.model_json_schema(), indent=2))
