"""The LLM drafter: any OpenAI-compatible chat endpoint through the ``openai`` client.

What the model sees is packed into a token budget (tiktoken) and redacted: the customer's words,
the recent thread, the verified customer's own orders (no addresses or payment details) and the
knowledge passages, all marked as data. Order lookups and catalog searches are offered as tools and
answered from the same scoped context, so a model cannot reach another customer's order.

The code decides before the model is asked (``decisions.py``): proof, refusals of other customers'
orders, declines of off-topic and injection, hand-overs asked for. The request is shaped to what the
endpoint takes (``negotiation.py``); a JSON answer and prose are both answers, and a reply that copies
the template, writes a tool call as text or is not about the data shown is refused (``model_reply.py``,
``guardrails/support.py``). Failures raise ``ProviderError`` or ``ModelOutputError`` with the tokens
they cost; the fallback drafter turns those into offline answers.
"""

from __future__ import annotations

import json
from typing import Any

import openai
import tiktoken
from openai import OpenAI

from copilot import deadline
from copilot.drafting.base import Draft, DraftContext
from copilot.drafting.decisions import decided_by_code
from copilot.drafting.model_client import Completion, make_client, stream_completion
from copilot.drafting.model_reply import ModelAnswer, read_answer, refuse_copies
from copilot.drafting.negotiation import Capabilities, Negotiator, response_format
from copilot.errors import ModelError, ModelOutputError, ProviderError
from copilot.guardrails.grounding import check_grounding, facts_in
from copilot.guardrails.support import support, support_rules
from copilot.lexical import tokenize
from copilot.offline_assets import install_tiktoken_encodings
from copilot.prompts import load_prompt
from copilot.redaction import Redactor, redact
from copilot.retrieval import SearchFilters
from copilot.schemas import Citation, Order, Passage, TranscriptLine, Usage
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


TOOL_NAMES = [tool["function"]["name"] for tool in TOOLS]
ANSWER_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "reply": {"type": "string"},
        "citations": {"type": "array", "items": {"type": ["integer", "string"]}},
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
        "suggestions": {"type": "array", "items": {"type": "string"}, "maxItems": 3},
    },
    "required": ["reply", "citations", "confidence", "suggestions"],
}
PROSE_CONFIDENCE = (0.3, 0.4)  # prose: 0.3 plus 0.4 times the share of its words the sources hold


class LLMDrafter:
    name = "llm"

    def __init__(
        self, settings: Settings, client: OpenAI | None = None, negotiator: Negotiator | None = None
    ) -> None:
        self.settings = settings
        self.model = settings.model
        self.client = client or make_client(settings)
        self.encoding = _encoding(settings.model)
        self.negotiator = negotiator or Negotiator()  # what this endpoint accepts, once learned
        self.endpoint = (settings.openai_base_url or "https://api.openai.com/v1", settings.model)

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
                        "content": redactor.redact(text, exempt=names, learned=role != "bot"),
                    }
                )
        messages.append({"role": "user", "content": redactor.redact(context.text, exempt=names)})
        return messages, keys

    def _templates(self) -> list[str]:
        return [self._prompt(name) for name in ("system", "context", "answer_json", "answer_text", "summary")]

    # -- calls ---------------------------------------------------------------------------------
    def _complete(self, messages: list[dict[str, Any]], usage: Usage, *, answer: bool) -> Completion:
        """One completion in the richest shape the endpoint takes (an answer: a JSON format and tools
        where accepted; a summary: plain text). Tokens of every attempt, failed or not, go to ``usage``."""
        tools = {"auto": None, "on": True, "off": False}[self.settings.llm_tools]
        candidates = (
            self.negotiator.candidates(self.endpoint, self.settings.llm_output, tools)
            if answer
            else [Capabilities("text", False)]
        )
        refused: list[str] = []
        for shape in candidates:
            request: dict[str, Any] = {
                "model": self.model,
                "messages": self._shaped(messages, shape) if answer else messages,
                "temperature": 0,
                "max_tokens": self.settings.llm_max_tokens,
            }
            if (fmt := response_format(shape.output, ANSWER_SCHEMA)) is not None:
                request["response_format"] = fmt
            if shape.tools:
                request["tools"] = TOOLS
            completion = Completion()
            try:
                stream_completion(
                    self.client, self.settings, request, completion, retry_500=fmt is None and not shape.tools
                )
            except openai.APIStatusError as exc:  # the endpoint refused this shape of request
                self.negotiator.refused(self.endpoint, shape)
                refused.append(
                    f"{shape.output}{' with tools' if shape.tools else ''}: HTTP {exc.status_code}"
                )
                continue
            except ProviderError as exc:
                if answer and (completion.content or completion.partial):  # accepted, answered too slowly
                    self.negotiator.worked(self.endpoint, shape)
                if refused:
                    raise ProviderError(f"{exc}; refused before: {'; '.join(refused)}") from exc
                raise
            finally:
                self._add(usage, self._spent(request["messages"], completion))
            if answer:
                self.negotiator.worked(self.endpoint, shape)
            return completion
        raise ProviderError(f"the model endpoint refused every request shape ({'; '.join(refused)})")

    def _shaped(self, messages: list[dict[str, Any]], shape: Capabilities) -> list[dict[str, Any]]:
        """The rules message followed by the answer format this request asks for."""
        format_prompt = self._prompt("answer_text" if shape.output == "text" else "answer_json")
        first = {**messages[0], "content": messages[0]["content"].rstrip() + "\n\n" + format_prompt}
        return [first, *messages[1:]]

    def _spent(self, messages: list[dict[str, Any]], completion: Completion) -> tuple[int, int]:
        """Tokens as the server counted them; estimated for an attempt that broke off."""
        texts = [*completion.partial, completion.content]
        if completion.prompt_tokens is not None and not completion.partial:
            return completion.prompt_tokens, completion.completion_tokens or 0
        if not any(texts) and not completion.tool_calls and not completion.accepted:
            return 0, 0  # refused before the server read anything
        prompt = sum(len(self.encoding.encode(str(m.get("content") or ""))) + 4 for m in messages)
        generated = sum(len(self.encoding.encode(t)) for t in texts)
        # each accepted attempt read the prompt, even one the deadline ended before its first token
        attempts = max(1, completion.accepted, sum(1 for t in texts if t))
        return prompt * attempts, generated

    @staticmethod
    def _add(usage: Usage, spent: tuple[int, int]) -> None:
        usage.prompt_tokens += spent[0]
        usage.completion_tokens += spent[1]

    def _cost(self, usage: Usage) -> Usage:
        prompt_price, completion_price = self.settings.prices.get(self.model, (0.0, 0.0))
        usage.cost_usd = round(
            (usage.prompt_tokens * prompt_price + usage.completion_tokens * completion_price) / 1_000_000, 6
        )
        return usage

    def draft(self, context: DraftContext) -> Draft:
        decided = decided_by_code(context)  # proof, refusals, declines: never the model's call
        if decided is not None:
            return decided
        usage = Usage()
        try:
            with deadline.within(reserve=self.settings.fallback_reserve):  # time left for the fallback
                return self._draft(context, usage)
        except ModelError as exc:
            exc.spent = self._cost(usage)
            raise

    def _draft(self, context: DraftContext, usage: Usage) -> Draft:
        messages, keys = self.messages(context)
        for _ in range(MAX_TOOL_ROUNDS + 1):
            completion = self._complete(messages, usage, answer=True)
            if completion.finish_reason == "length":
                raise ModelOutputError(f"the model's answer was cut at {self.settings.llm_max_tokens} tokens")
            if not completion.tool_calls:
                return self._answer(completion.content, keys, context, usage)
            messages.append(
                {
                    "role": "assistant",
                    "content": completion.content,
                    "tool_calls": [
                        {
                            "id": c.id,
                            "type": "function",
                            "function": {"name": c.name, "arguments": c.arguments},
                        }
                        for c in completion.tool_calls
                    ],
                }
            )
            for call in completion.tool_calls:
                arguments = _arguments(call.arguments)
                if call.name == "transfer_to_human":
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
                        "content": self._tool(call.name, arguments, context, keys),
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
        """The model's words as a draft, if they may reach a customer: not a copied template or a tool
        call in text, and about what it was shown. Prose is an answer too, with a confidence that says
        how much of it the sources hold."""
        answer = read_answer(content, TOOL_NAMES)
        refuse_copies(answer.reply, self._templates())
        offered = [h.passage for h in context.hits if h.passage.key in keys]
        orders = {o.order_id: json.dumps(order_for_model(o)) for o in context.orders}  # as the model saw them
        sources = [
            *(p.text for p in offered),
            *orders.values(),
            context.text,
            *(text for _, text in context.history),
            context.shop,
            context.customer.first_name or "" if context.customer else "",
        ]
        share = support(answer.reply, sources)
        if share is not None and share < support_rules().min_support:
            raise ModelOutputError(
                f"the model's reply is not about the shop's data ({share:.0%} of its words are)"
            )
        if answer.structured and answer.confidence is not None:
            confidence = answer.confidence
        else:
            base, weight = PROSE_CONFIDENCE
            confidence = round(base + weight * (1.0 if share is None else share), 2)
        return Draft(
            action="answer",
            reply=answer.reply,
            suggestions=answer.suggestions,
            citations=_citations(answer, keys, offered, context.orders, orders),
            confidence=confidence,
            usage=self._cost(usage),
            model=self.model,
        )

    def summarize(self, transcript: list[TranscriptLine]) -> str:
        """A short summary of a conversation for the agent who takes it over (redacted input). It may
        state only what the transcript holds: an unsupported number or promise means the extractive
        summary is used instead."""
        lines = [f"{line.role}: {redact(line.text, learned=line.role != 'bot')}" for line in transcript[-30:]]
        messages = [
            {"role": "system", "content": self._prompt("summary")},
            {"role": "user", "content": "\n".join(lines)},
        ]
        with deadline.within(reserve=self.settings.fallback_reserve):
            completion = self._complete(messages, Usage(), answer=False)
        text = read_answer(completion.content, TOOL_NAMES).reply[:1500]
        refuse_copies(text, self._templates())
        grounding = check_grounding(text, lines)
        if grounding.repaired:
            raise ModelOutputError(
                "the model's summary states what the conversation does not: "
                + ", ".join(grounding.unsupported)
            )
        return text


def _citations(
    answer: ModelAnswer,
    keys: list[str],
    offered: list[Passage],
    customer_orders: list[Order],
    order_texts: dict[str, str],
) -> list[Citation]:
    """The passages and orders the model cited; for a reply that cites none (prose, or a model that
    left the list empty), those that hold the reply's numbers and ids or share its words."""
    by_key = {p.key: p for p in offered}
    own = {order_lookup_key(o.order_id): o for o in customer_orders}
    passages: list[Passage] = []
    orders: list[Order] = []
    for ref in answer.citations:
        if isinstance(ref, int) or ref.isdigit():
            index = int(ref) - 1
            if 0 <= index < len(keys) and keys[index] in by_key:
                passages.append(by_key[keys[index]])
        elif (order := own.get(order_lookup_key(ref))) is not None:
            orders.append(order)
    if not passages and not orders:
        facts = facts_in(answer.reply)
        words = set(tokenize(answer.reply))
        orders = [o for o in customer_orders if facts & facts_in(order_texts[o.order_id])]
        passages = [
            p for p in offered if facts & facts_in(p.text) or len(words & set(tokenize(p.text))) >= 3
        ][:3]
    return [
        *(Citation(kind="passage", id=p.key, source=p.source, title=p.title) for p in passages),
        *(Citation(kind="order", id=o.order_id, source="orders") for o in orders),
    ]


def _arguments(raw: str | None) -> dict[str, Any]:
    try:
        value = json.loads(raw or "{}")
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}
