"""The LangChain integration on the ingested demo shop: LangChain's standard retriever tests, what the
documents carry, the tools' customer binding, the handover, and the example agent against a scripted
OpenAI-compatible server on 127.0.0.1.

Real parts: the demo shop's chromadb and SQLite (copied per test wherever a test writes).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage, ToolMessage
from langchain_core.retrievers import BaseRetriever
from langchain_core.tools import BaseTool
from langchain_core.utils.function_calling import convert_to_openai_tool
from langchain_tests.integration_tests import RetrieversIntegrationTests

from copilot.drafting.offline import OfflineDrafter
from copilot.errors import NotFoundError
from copilot.integrations.langchain import NO_ORDER, CopilotRetriever, copilot_tools
from copilot.retrieval import Retriever, SearchFilters
from copilot.schemas import HandoffPacket
from copilot.service import Copilot
from copilot.settings import Settings, get_settings
from tests.fake_openai import FakeOpenAI
from tests.webhook_receiver import WebhookReceiver

MAYA = "C001"  # owns TS-106837 (processing), TS-100903, TS-103587, TS-104821
ETHAN_ORDER = "TS-102239"  # C002's
NEVER_PLACED = "TS-999999"
SECRET = "s3cret-for-tests"


@pytest.fixture
def env_home(demo_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    """The environment names the demo shop and nothing else, as a shell that ran `copilot demo` would."""
    for name in [n for n in os.environ if n.startswith("COPILOT_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("COPILOT_HOME", str(demo_settings.home))
    get_settings.cache_clear()
    yield demo_settings
    get_settings.cache_clear()


class TestStandardRetrieverTests(RetrieversIntegrationTests):
    """LangChain's own checks (k in the constructor and per call, invoke and ainvoke return documents),
    on a retriever built with no arguments: its settings come from the environment."""

    @pytest.fixture(autouse=True)
    def _environment(self, env_home: Settings) -> None:
        pass

    @property
    def retriever_constructor(self) -> type[BaseRetriever]:
        return CopilotRetriever

    @property
    def retriever_query_example(self) -> str:
        return "waterproof hiking boots"


def test_built_with_no_arguments_it_serves_the_home_in_the_environment(env_home: Settings) -> None:
    retriever = CopilotRetriever()
    assert retriever.retriever.settings.home == env_home.home
    assert retriever.invoke("Cirrus Down Jacket", k=1)[0].metadata["product_id"] == "P1002"


def test_documents_carry_passage_ids_sources_and_scores(demo_settings: Settings) -> None:
    search = Retriever(demo_settings)
    documents = CopilotRetriever(retriever=search, k=5).invoke("waterproof hiking boots")
    hits = search.search("waterproof hiking boots", 5)
    assert [d.id for d in documents] == [h.passage.key for h in hits]
    for document, hit in zip(documents, hits, strict=True):
        assert document.metadata["key"] == document.id
        assert document.page_content == hit.passage.text
        assert document.metadata["source"] == hit.passage.source and document.metadata["score"] == hit.score
    assert {d.metadata["kind"] for d in documents} == {"document", "product", "variant"}
    exact = CopilotRetriever(settings=demo_settings, k=1).invoke("CDJ-BLK-L")[0]  # a SKU: matched as an id
    assert exact.id == "variant:P1002:CDJ-BLK-L" and exact.metadata["variant_id"] == "CDJ-BLK-L"
    assert exact.metadata["source"] == "catalog/products.json" and "id" in exact.metadata["matched"]
    assert exact.metadata["options"] == {"color": "black", "size": "L"}


async def _both(retriever: CopilotRetriever, query: str) -> tuple[list[str], list[str]]:
    sync = [d.id or "" for d in retriever.invoke(query)]
    concurrent = [d.id or "" for d in await retriever.ainvoke(query)]
    return sync, concurrent


async def test_filters_restrict_kinds_in_the_constructor_and_per_call(demo_settings: Settings) -> None:
    query = "waterproof hiking boots"
    catalog = CopilotRetriever(
        settings=demo_settings, k=8, filters=SearchFilters(kinds=["product", "variant"])
    )
    sync, concurrent = await _both(catalog, query)
    assert sync == concurrent and len(sync) == 8
    assert all(key.startswith(("product:", "variant:")) for key in sync)
    documents = catalog.invoke(query, filters=SearchFilters(kinds=["document"], source="docs/care-guide.md"))
    assert documents and {(d.metadata["kind"], d.metadata["source"]) for d in documents} == {
        ("document", "docs/care-guide.md")
    }


@pytest.fixture
def shop(demo_settings: Settings, tmp_path: Path) -> Settings:
    """A private copy of the demo shop: handovers write conversations, handoffs and outbox rows."""
    home = tmp_path / "home"
    shutil.copytree(demo_settings.home, home)
    return Settings(home=home)


@pytest.fixture
def copilot(shop: Settings) -> Copilot:
    return Copilot(shop, drafter=OfflineDrafter())


def _tool(tools: list[BaseTool], name: str) -> BaseTool:
    return next(tool for tool in tools if tool.name == name)


def _call(tool: BaseTool, **args: object) -> ToolMessage:
    """The tool as an agent runs it: a ToolCall in, a ToolMessage out."""
    message = tool.invoke({"type": "tool_call", "name": tool.name, "args": args, "id": "call_1"})
    assert isinstance(message, ToolMessage)
    return message


def test_catalog_search_returns_products_and_variants_only(copilot: Copilot) -> None:
    search = _tool(copilot_tools(copilot), "search_catalog")
    found = json.loads(search.invoke({"query": "waterproof hiking boots", "k": 6}))
    assert len(found) == 6 and found[0]["title"].startswith("Granite Peak Hiking Boots")
    assert all(item["key"].startswith(("product:", "variant:")) for item in found)
    # the same question without the filter is answered by the care guide first
    assert copilot.retriever.search("waterproof hiking boots", 1)[0].passage.kind == "document"


def test_order_lookup_sees_the_bound_customers_orders_alone(copilot: Copilot) -> None:
    look_up = _tool(copilot_tools(copilot, customer_id=MAYA), "look_up_order")
    own = json.loads(look_up.invoke({"order_id": "TS-106837"}))
    assert own["order_id"] == "TS-106837" and own["status"] == "processing"
    assert own["items"] and "address" not in own and "12 Birch Lane" not in json.dumps(own)
    someone_elses = look_up.invoke({"order_id": ETHAN_ORDER})
    never_placed = look_up.invoke({"order_id": NEVER_PLACED})
    assert someone_elses == never_placed == NO_ORDER  # nothing tells the two apart


def test_the_model_cannot_choose_whose_orders_it_sees(copilot: Copilot) -> None:
    look_up = _tool(copilot_tools(copilot, customer_id=MAYA), "look_up_order")
    offered = convert_to_openai_tool(look_up)["function"]["parameters"]
    assert set(offered["properties"]) == {"order_id"} and offered["required"] == ["order_id"]
    # a customer id written into the call anyway is refused, not obeyed
    forced = _call(look_up, order_id=ETHAN_ORDER, customer_id="C002")
    assert forced.status == "error" and "refunded" not in str(forced.content)
    assert ETHAN_ORDER not in str(forced.content)
    # and the binding is the same whatever the call said
    assert _call(look_up, order_id=ETHAN_ORDER).content == NO_ORDER


def test_an_anonymous_shopper_gets_no_order_tool_and_unknown_customers_are_refused(
    copilot: Copilot,
) -> None:
    assert [t.name for t in copilot_tools(copilot)] == ["search_catalog", "hand_over_to_person"]
    with pytest.raises(NotFoundError):
        copilot_tools(copilot, customer_id="C999")


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    server = WebhookReceiver(SECRET).start()
    yield server
    server.stop()


def test_hand_over_queues_and_delivers_a_packet_for_the_bound_customer(
    shop: Settings, receiver: WebhookReceiver
) -> None:
    webhook = {"webhook_urls": receiver.url, "webhook_secret": SECRET}
    copilot = Copilot(shop.model_copy(update=webhook), drafter=OfflineDrafter())
    messages: list[BaseMessage] = [
        SystemMessage("You are the shop's assistant."),
        HumanMessage("where is my order TS-106837? my email is maya.okafor@example.com"),
        AIMessage("", tool_calls=[{"name": "look_up_order", "args": {"order_id": "TS-106837"}, "id": "c0"}]),
        ToolMessage('{"status": "processing"}', tool_call_id="c0"),
        AIMessage("Your order TS-106837 is being processed."),
        HumanMessage("that is too slow, I want to talk to a real person"),
    ]
    tools = copilot_tools(copilot, customer_id=MAYA, history=lambda: messages)
    hand_over = _tool(tools, "hand_over_to_person")
    message = _call(hand_over, reason="the customer asked for a person")
    packet = message.artifact
    assert isinstance(packet, HandoffPacket) and "Tell the customer" in str(message.content)
    assert packet.customer.customer_id == MAYA and packet.customer.verified_by == "channel"
    assert [line.role for line in packet.transcript] == ["customer", "bot", "customer", "bot"]
    # the shop's rules decide (Maya is a gold customer); the model's reason is not needed on top
    assert [r.rule for r in packet.reasons] == ["customer_requested_human", "valuable_customer"]
    assert packet.orders[0].order_id == "TS-106837"  # the order the conversation named comes first
    assert "maya.okafor@example.com" not in packet.model_dump_json()  # the transcript is redacted
    record = copilot.routing.get(packet.packet_id)
    assert record.status == "queued" and record.packet == packet
    thread = copilot.conversations.get(packet.conversation_id)
    assert thread.owner == "agent" and thread.customer_id == MAYA
    assert [m.text for m in thread.messages] == [line.text for line in packet.transcript]
    # delivered to the shop's webhook, signed, once
    assert [(r["event"], r["key"], r["signed"]) for r in receiver.requests] == [
        ("handoff.created", packet.packet_id, True)
    ]
    assert HandoffPacket.model_validate(receiver.packets[packet.packet_id]) == packet
    again = _call(hand_over, reason="asked again")  # one packet per conversation
    assert isinstance(again.artifact, HandoffPacket) and again.artifact.packet_id == packet.packet_id
    assert [r.conversation_id for r in copilot.routing.list()].count(packet.conversation_id) == 1
    assert len(receiver.requests) == 1


def test_the_models_reason_is_one_more_rule_and_the_rules_can_refuse(copilot: Copilot) -> None:
    before = {r.packet_id for r in copilot.routing.list()}  # the copied demo home may hold some
    messages: list[BaseMessage] = [HumanMessage("the pole of my tent snapped on the first night")]
    hand_over = _tool(copilot_tools(copilot, history=lambda: messages), "hand_over_to_person")
    packet = _call(hand_over, reason="a broken tent pole needs a warranty decision").artifact
    assert isinstance(packet, HandoffPacket) and not packet.customer.verified
    assert ("model_proposed", "a broken tent pole needs a warranty decision") in [
        (r.rule, r.detail) for r in packet.reasons
    ]
    off_topic: list[BaseMessage] = [HumanMessage("what will the weather be in Paris tomorrow?")]
    refused = _call(
        _tool(copilot_tools(copilot, history=lambda: off_topic), "hand_over_to_person"), reason="chat"
    )
    assert refused.artifact is None and "rules do not hand" in str(refused.content)
    assert [r.packet_id for r in copilot.routing.list() if r.packet_id not in before] == [packet.packet_id]


def test_the_example_agent_runs_the_tools_a_scripted_model_calls(shop: Settings, copilot: Copilot) -> None:
    from examples.langchain_agent import answer, chat_model

    with FakeOpenAI() as server:
        server.tool_call("look_up_order", {"order_id": "TS-106837"})
        server.reply("Your order TS-106837 is being processed.")
        model = chat_model(
            shop.model_copy(
                update={"openai_base_url": server.base_url, "openai_api_key": "test-key", "llm_retries": 0}
            )
        )
        result = answer("where is my order TS-106837?", copilot=copilot, model=model, customer_id=MAYA)
    assert result.text == "Your order TS-106837 is being processed." and result.handoff is None
    first, second = server.requests
    offered = {t["function"]["name"]: t["function"]["parameters"] for t in first["tools"]}
    assert set(offered) == {"search_catalog", "look_up_order", "hand_over_to_person"}
    assert set(offered["look_up_order"]["properties"]) == {"order_id"}
    sent = second["messages"][-1]
    assert sent["role"] == "tool" and json.loads(sent["content"])["status"] == "processing"
