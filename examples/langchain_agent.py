"""A LangChain agent that serves one signed-in customer with copilot's tools, on any OpenAI-compatible
endpoint (OpenAI, llama.cpp's server, vLLM, Ollama ...).

    pip install -e '.[langchain]'
    copilot demo                                     # or: copilot ingest knowledge/sources.yaml
    export COPILOT_OPENAI_BASE_URL=http://127.0.0.1:8080/v1 OPENAI_API_KEY=sk-... COPILOT_MODEL=gpt-4o-mini
    python examples/langchain_agent.py --customer C001 "where is my order TS-106837?"

The endpoint, key and model come from copilot's own settings (``COPILOT_OPENAI_BASE_URL`` or
``OPENAI_BASE_URL``, ``COPILOT_OPENAI_API_KEY`` or ``OPENAI_API_KEY``, ``COPILOT_MODEL``), the shop from
``COPILOT_HOME``. ``--customer`` stands for what your sign-in proved: the order tool is bound to that
customer, and nothing the model writes changes it. The loop runs only tool calls the model made as
tool calls; text that merely looks like one is an answer like any other.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage, ToolMessage
from langchain_core.tools import BaseTool
from langchain_openai import ChatOpenAI
from pydantic import SecretStr

from copilot.drafting.offline import OfflineDrafter
from copilot.integrations.langchain import copilot_tools
from copilot.schemas import HandoffPacket
from copilot.service import Copilot
from copilot.settings import Settings, get_settings

SYSTEM = (
    "You are the customer assistant of {shop}. Answer from what the tools return and nothing else. "
    "Use search_catalog for products, look_up_order for the customer's orders, and "
    "hand_over_to_person when they ask for a person or you cannot help. Be brief."
)


@dataclass
class Answer:
    text: str
    messages: list[BaseMessage]
    handoff: HandoffPacket | None = None


def chat_model(settings: Settings) -> ChatOpenAI:
    """ChatOpenAI on the endpoint copilot is configured for (a local server may need no key)."""
    return ChatOpenAI(
        model=settings.model,
        base_url=settings.openai_base_url,
        api_key=SecretStr(settings.openai_api_key or "no-key"),
        timeout=settings.llm_timeout,
        max_retries=settings.llm_retries,
    )


def answer(
    question: str,
    *,
    copilot: Copilot,
    model: BaseChatModel,
    customer_id: str | None = None,
    max_steps: int = 6,
) -> Answer:
    """Run the agent on one customer message: the model calls tools until it answers in words."""
    messages: list[BaseMessage] = [SystemMessage(SYSTEM.format(shop=copilot.shop)), HumanMessage(question)]
    tools = copilot_tools(copilot, customer_id=customer_id, history=lambda: messages)
    agent = model.bind_tools(tools)
    by_name: dict[str, BaseTool] = {tool.name: tool for tool in tools}
    handoff: HandoffPacket | None = None
    for _ in range(max_steps):
        reply = agent.invoke(messages)
        messages.append(reply)
        if not reply.tool_calls:
            return Answer(str(reply.text), messages, handoff)
        for call in reply.tool_calls:
            tool = by_name.get(call["name"])
            if tool is None:
                result = ToolMessage(f"no tool {call['name']!r}", tool_call_id=call["id"], status="error")
            else:
                result = tool.invoke(call)  # a ToolCall in, a ToolMessage out
            messages.append(result)
            if isinstance(result, ToolMessage) and isinstance(result.artifact, HandoffPacket):
                handoff = result.artifact
    return Answer("Sorry, I could not finish that in time.", messages, handoff)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("question")
    parser.add_argument("--customer", help="the customer id your sign-in verified (omit: anonymous)")
    args = parser.parse_args()
    settings = get_settings()
    # The agent writes the replies; copilot's own drafter is not needed, its summarizer still is.
    copilot = Copilot(settings, drafter=OfflineDrafter())
    result = answer(args.question, copilot=copilot, model=chat_model(settings), customer_id=args.customer)
    print(result.text)
    if result.handoff is not None:
        print(f"\nhandoff {result.handoff.packet_id} -> queue {result.handoff.queue}")


if __name__ == "__main__":
    main()
