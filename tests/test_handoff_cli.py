"""The handoff side of the CLI: batch escalations as JSON, the schema, queues, agents, replies."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copilot.cli import app
from copilot.schemas import HandoffPacket
from copilot.settings import Settings, get_settings


@pytest.fixture
def runner(demo_settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    home = tmp_path / "home"
    shutil.copytree(demo_settings.home, home)
    monkeypatch.setenv("COPILOT_HOME", str(home))
    monkeypatch.setenv("COLUMNS", "200")
    get_settings.cache_clear()
    yield CliRunner()
    get_settings.cache_clear()


def test_batch_json_returns_escalations_with_their_packet(runner: CliRunner, tmp_path: Path) -> None:
    lines = [
        {"id": 1, "text": "how long do refunds take?"},
        {"id": 2, "text": "my card was stolen and someone ordered from your shop with it"},
        {"id": 3, "text": "please cancel my order TS-106837", "customer_email": "maya.okafor@example.com"},
        {"id": 4, "text": "what do you think about the weather today?", "cart_total": 500},
    ]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(json.dumps(line) for line in lines))
    result = runner.invoke(app, ["ask", "--batch", str(batch), "--json"])
    assert result.exit_code == 0, result.output
    out = {row["id"]: row for row in map(json.loads, result.stdout.splitlines())}
    assert out[1]["action"] == "answer" and out[1]["handoff"] is None
    assert out[2]["action"] == "escalate" and out[2]["handoff"]["queue"] == "payments_fraud"
    assert out[3]["action"] == "escalate" and out[3]["handoff"]["customer"]["verified_by"] == "channel"
    assert {r["rule"] for r in out[3]["handoff"]["reasons"]} >= {"out_of_scope"}
    assert out[4]["action"] == "decline" and out[4]["handoff"] is None  # chatter is declined, never escalated
    HandoffPacket.model_validate(out[2]["handoff"])
    assert len({row["conversation_id"] for row in out.values()}) == 4  # independent conversations


def test_schema_command_prints_the_packet_schema(runner: CliRunner) -> None:
    result = runner.invoke(app, ["schema", "handoff"])
    assert json.loads(result.stdout) == HandoffPacket.model_json_schema()


def test_queue_agents_claim_reply_resolve(runner: CliRunner) -> None:
    asked = json.loads(runner.invoke(app, ["ask", "I need to speak to a manager", "--json"]).stdout)
    conversation, session = asked["conversation_id"], asked["session_token"]
    assert (
        runner.invoke(
            app, ["agents", "set", "ana", "--name", "Ana", "--skills", "general", "--online"]
        ).exit_code
        == 0
    )
    assert "ana" in runner.invoke(app, ["agents", "list"]).stdout
    listed = json.loads(runner.invoke(app, ["handoffs", "list", "--status", "queued", "--json"]).stdout)
    assert [h["conversation_id"] for h in listed] == [conversation]
    packet_id = listed[0]["packet_id"]
    claimed = runner.invoke(app, ["handoffs", "claim", "--agent", "ana"])
    assert claimed.exit_code == 0 and "claimed" in claimed.stdout and packet_id in claimed.stdout
    follow_up = ["ask", "hello? anyone there?", "--conversation", conversation, "--json"]
    refused = runner.invoke(app, follow_up)  # the id alone is not enough to continue it
    assert refused.exit_code == 2 and "cannot be continued" in refused.stderr
    assist = json.loads(runner.invoke(app, [*follow_up, "--session", session]).stdout)
    assert assist["handled_by"] == "agent"
    sent = runner.invoke(app, ["reply", conversation, "Hi, Ana here. How can I help?", "--agent", "ana"])
    assert sent.exit_code == 0 and "sent (" in sent.stdout
    shown = json.loads(runner.invoke(app, ["handoffs", "show", packet_id[:8], "--json"]).stdout)
    assert shown["packet_id"] == packet_id
    assert runner.invoke(app, ["handoffs", "resolve", packet_id, "--agent", "ana"]).exit_code == 0
    again = runner.invoke(app, ["handoffs", "resolve", packet_id, "--agent", "ana"])
    assert again.exit_code == 2 and "already resolved" in again.stderr


def test_unknown_ids_are_clear_errors(runner: CliRunner) -> None:
    result = runner.invoke(app, ["handoffs", "show", "nope"])
    assert result.exit_code == 2 and "unknown handoff 'nope'" in result.stderr
    result = runner.invoke(app, ["reply", "no-such-conversation", "hi", "--agent", "ana"])
    assert result.exit_code == 2 and "unknown conversation" in result.stderr
    result = runner.invoke(app, ["handoffs", "claim", "--agent", "ghost"])
    assert result.exit_code == 2 and "unknown agent 'ghost'" in result.stderr
