"""The LLM drafter: any OpenAI-compatible chat endpoint through the ``openai`` client.

What the model sees is packed into a token budget (tiktoken) and redacted: the customer's words,
the recent thread, the verified customer's own orders (no addresses or payment details) and the
knowledge passages, all marked as data. Order lookups and catalog searches are offered as tools and
answered from the same scoped context, so a model cannot reach another customer's order. Failures
raise ``ProviderError`` or ``ModelOutputError``; the fallback drafter turns those into offline answers.
"""

from __future__ import annotations

import json
import re
from typing import Any, cast

import tiktoken
from openai import OpenAI
from pydantic import BaseModel, Field, ValidationError

from copilot import deadline
from copilot.drafting.base import Draft, DraftContext
from copilot.drafting.model_client import call_model, make_client
from copilot.errors import ModelOutputError
from copilot.offline_assets import install_tiktoken_encodings
from copilot.prompts import load_prompt
from copilot.redaction import Redactor, redact
from copilot.retrieval import SearchFilters
from copilot.schemas import Citation, Order, TranscriptLine, Usage
from copilot.settings import Settings
from copilot.store import order_lookup_key

MAX_TOOL_ROUNDS = 3
TOOLS: list[dict[str, Any]] = [
    {
        "type": "function",
        "function": {
            "name": "lookup_order",
            "description": "Details of one of the verified customer's orders by order id.",
            "parameters": {
                "type": "object",
                "properties": {"order_id": {"type": "string"}},
                "required": ["order_id"],
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "search_catalog",
            "description": "Search products and variants (options, price, availability).",
            "parameters": {
                "type": "object",
                "properties": {"query": {"type": "string"}},
                "required": ["query"],
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "transfer_to_human",
            "description": "Hand the conversation to a human agent, with the reason.",
            "parameters": {
                "type": "object",
                "properties": {"reason": {"type": "string"}},
                "required": ["reason"],
            },
        },
    },
]


class ModelAnswer(BaseModel):
    reply: str = Field(min_length=1)
    suggestions: list[str] = Field(default_factory=list, max_length=3)
    citations: list[int | str] = Field(default_factory=list)
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)


def order_for_model(order: Order) -> dict[str, Any]:
    """What a model may see of an order: no address, no payment details beyond the method."""
    return {
        "order_id": order.order_id,
        "status": order.status,
        "placed_at": order.placed_at,
        "items": [
            {"name": i.name, "options": i.options, "quantity": i.quantity, "unit_price": i.unit_price}
            for i in order.items
        ],
        "total": order.total,
        "currency": order.currency,
        "shipments": [
            {
                "carrier": s.carrier,
                "tracking_numbers": s.tracking_numbers,
                "estimated_delivery": s.estimated_delivery,
            }
            for s in order.shipments
        ],
        "payment_methods": sorted({p.method for p in order.payments if p.method}),
    }


def _encoding(model: str) -> tiktoken.Encoding:
    install_tiktoken_encodings()
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("cl100k_base")


class LLMDrafter:
    name = "llm"

    def __init__(self, settings: Settings, client: OpenAI | None = None) -> None:
        self.settings = settings
        self.model = settings.model
        self.client = client or make_client(settings)
        self.encoding = _encoding(settings.model)

    # -- prompt --------------------------------------------------------------------------------
    def _prompt(self, name: str) -> str:
        return load_prompt(name, self.settings.prompts_dir)

    def messages(self, context: DraftContext) -> tuple[list[dict[str, Any]], list[str]]:
        """The chat messages for a turn and the passage keys offered, in their numbered order."""
        budget = self.settings.llm_context_tokens
        orders = [json.dumps(order_for_model(o), ensure_ascii=False) for o in context.orders]
        order_text = "\n".join(orders) if orders else "(none: the customer is not verified or has no orders)"
        budget -= len(self.encoding.encode(order_text))
        passages: list[str] = []
        keys: list[str] = []
        for hit in context.hits:
            block = f"[{len(keys) + 1}] ({hit.passage.source}) {hit.passage.text}"
            cost = len(self.encoding.encode(block))
            if cost > budget:
                break
            budget -= cost
            passages.append(block)
            keys.append(hit.passage.key)
        customer = "not verified"
        if context.customer is not None:
            customer = f"verified, first name {context.customer.first_name or 'unknown'}"
        system = self._prompt("system").format(shop=context.shop)
        data = self._prompt("context").format(
            customer=customer, orders=order_text, passages="\n".join(passages) or "(none)"
        )
        messages: list[dict[str, Any]] = [
            {"role": "system", "content": system},
            {"role": "system", "content": data},
        ]
        redactor = context.redactor or Redactor()
        names = [context.customer.full_name] if context.customer else []  # a model may greet them, no more
        for role, text in context.history[-6:]:
            if role in ("customer", "bot", "agent"):
                messages.append(
                    {
                        "role": "user" if role == "customer" else "assistant",
                        "content": redactor.redact(text, exempt=names),
                    }
                )
        messages.append({"role": "user", "content": redactor.redact(context.text, exempt=names)})
        return messages, keys

    # -- calls ---------------------------------------------------------------------------------
    def _complete(self, messages: list[dict[str, Any]], usage: Usage, **extra: Any) -> Any:
        response = call_model(
            lambda: self.client.chat.completions.create(
                model=self.model, messages=cast(Any, messages), temperature=0, **extra
            ),
            self.settings,
        )
        if not getattr(response, "choices", None):
            raise ModelOutputError("model response has no choices")
        if response.usage is not None:
            usage.prompt_tokens += response.usage.prompt_tokens or 0
            usage.completion_tokens += response.usage.completion_tokens or 0
        return response.choices[0].message

    def _cost(self, usage: Usage) -> Usage:
        prompt_price, completion_price = self.settings.prices.get(self.model, (0.0, 0.0))
        usage.cost_usd = round(
            (usage.prompt_tokens * prompt_price + usage.completion_tokens * completion_price) / 1_000_000, 6
        )
        return usage

    def draft(self, context: DraftContext) -> Draft:
        with deadline.within(reserve=self.settings.fallback_reserve):  # time left for the fallback
            return self._draft(context)

    def _draft(self, context: DraftContext) -> Draft:
        messages, keys = self.messages(context)
        usage = Usage()
        for _ in range(MAX_TOOL_ROUNDS + 1):
            message = self._complete(messages, usage, tools=TOOLS)
            calls = message.tool_calls or []
            if not calls:
                return self._answer(message.content or "", keys, context, usage)
            messages.append(
                {
                    "role": "assistant",
                    "content": message.content or "",
                    "tool_calls": [
                        {
                            "id": c.id,
                            "type": "function",
                            "function": {"name": c.function.name, "arguments": c.function.arguments},
                        }
                        for c in calls
                    ],
                }
            )
            for call in calls:
                arguments = _arguments(call.function.arguments)
                if call.function.name == "transfer_to_human":
                    reason = str(arguments.get("reason") or "the model asked for a person")
                    return Draft(
                        action="escalate",
                        reply="I'm connecting you with a member of our team; they will see our conversation.",
                        confidence=0.9,
                        usage=self._cost(usage),
                        model=self.model,
                        escalation_reason=f"model: {reason}",
                    )
                messages.append(
                    {
                        "role": "tool",
                        "tool_call_id": call.id,
                        "content": self._tool(call.function.name, arguments, context, keys),
                    }
                )
        raise ModelOutputError(f"no answer after {MAX_TOOL_ROUNDS} rounds of tool calls")

    def _tool(self, name: str, arguments: dict[str, Any], context: DraftContext, keys: list[str]) -> str:
        if name == "lookup_order":
            wanted = order_lookup_key(str(arguments.get("order_id", "")))
            for order in context.orders:  # the verified customer's orders, nobody else's
                if order_lookup_key(order.order_id) == wanted:
                    return json.dumps(order_for_model(order))
            return json.dumps({"error": "no such order on this customer's account"})
        if name == "search_catalog" and context.retriever is not None:
            hits = context.retriever.search(
                str(arguments.get("query", "")), 5, filters=SearchFilters(kinds=["product", "variant"])
            )
            context.hits.extend(h for h in hits if h.passage.key not in {x.passage.key for x in context.hits})
            lines = []
            for hit in hits:
                if hit.passage.key not in keys:
                    keys.append(hit.passage.key)
                lines.append(f"[{keys.index(hit.passage.key) + 1}] {hit.passage.text}")
            return "\n".join(lines) or "no matching products"
        return json.dumps({"error": f"unknown tool {name}"})

    def _answer(self, content: str, keys: list[str], context: DraftContext, usage: Usage) -> Draft:
        answer = parse_answer(content)
        citations: list[Citation] = []
        by_key = {h.passage.key: h.passage for h in context.hits}
        own = {order_lookup_key(o.order_id): o for o in context.orders}
        for ref in answer.citations:
            if isinstance(ref, int) or (isinstance(ref, str) and ref.isdigit()):
                index = int(ref) - 1
                if 0 <= index < len(keys) and keys[index] in by_key:
                    p = by_key[keys[index]]
                    citations.append(Citation(kind="passage", id=p.key, source=p.source, title=p.title))
            elif (order := own.get(order_lookup_key(str(ref)))) is not None:
                citations.append(Citation(kind="order", id=order.order_id, source="orders"))
        return Draft(
            action="answer",
            reply=answer.reply.strip(),
            suggestions=[x.strip() for x in answer.suggestions if x.strip()],
            citations=citations,
            confidence=answer.confidence,
            usage=self._cost(usage),
            model=self.model,
        )

    def summarize(self, transcript: list[TranscriptLine]) -> str:
        """A short summary of a conversation for the agent who takes it over (redacted input)."""
        lines = "\n".join(f"{line.role}: {redact(line.text)}" for line in transcript[-30:])
        messages = [
            {"role": "system", "content": self._prompt("summary")},
            {"role": "user", "content": lines},
        ]
        with deadline.within(reserve=self.settings.fallback_reserve):
            text = (self._complete(messages, Usage()).content or "").strip()
        if not text:
            raise ModelOutputError("the model returned an empty summary")
        return text[:1500]


def _arguments(raw: str | None) -> dict[str, Any]:
    try:
        value = json.loads(raw or "{}")
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


_JSON_OBJECT = re.compile(r"\{.*\}", re.DOTALL)


def parse_answer(content: str) -> ModelAnswer:
    """The model's JSON answer; tolerates a code fence or text around the object, nothing else."""
    match = _JSON_OBJECT.search(content)
    if match is None:
        raise ModelOutputError("model answer is not a JSON object")
    try:
        return ModelAnswer.model_validate_json(match.group(0))
    except ValidationError as exc:
        raise ModelOutputError(f"model answer has the wrong shape: {exc.errors()[0]['msg']}") from exc
