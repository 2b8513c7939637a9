"""One customer turn, end to end, as named steps over one ``TurnState`` (``Copilot._steps``):
thread, understanding, identity (and the orders it unlocks), retrieval, draft, grounding, escalation,
store.

This is the only place that decides what a drafter may see. Orders reach a drafter only when they
belong to the customer verified in this conversation; ids of anyone else's orders arrive as bare ids.
Drafters, models and customer text cannot widen that.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import UTC, datetime

from sqlalchemy import Connection, text
from sqlalchemy.exc import SQLAlchemyError

from copilot import deadline
from copilot.channels.base import Destination
from copilot.channels.contacts import Contacts
from copilot.channels.messaging import load_channel_messages
from copilot.channels.outbox import ChannelCodeSender, ChannelOutbox
from copilot.channels.registry import channel_adapters
from copilot.conversations import Conversation, Conversations, Role
from copilot.drafting.base import Draft, DraftContext, Drafter
from copilot.drafting.fallback import make_drafter
from copilot.drafting.holidays import dated
from copilot.drafting.llm import LLMDrafter
from copilot.drafting.offline import OfflineDrafter
from copilot.errors import ForbiddenError, InputError, NotFoundError, NotReadyError
from copilot.escalation.assist import AgentAssist
from copilot.escalation.config import load_policy
from copilot.escalation.handoff import Summarizer, build_packet, handoff_reply
from copilot.escalation.routing import Routing
from copilot.escalation.rules import Decision, PastTurn, TurnFacts, evaluate
from copilot.escalation.signals import echoes_knowledge
from copilot.follow_ups import NOT_QUESTIONS, beside_product_names, effective_question
from copilot.guardrails import check_grounding
from copilot.identity.gate import ANOTHER_ACCOUNT, Caller, Gate
from copilot.identity.policy import load_identity_policy
from copilot.identity.references import numbers_as_products
from copilot.identity.sender import CodeSender, WebhookCodeSender
from copilot.logs import get_logger
from copilot.outbox import Outbox
from copilot.proactive import Proactive
from copilot.redaction import EMAIL, Redactor, own_data
from copilot.redaction.shop import shop_redactor
from copilot.retrieval import Retriever
from copilot.schemas import (
    Cart,
    Citation,
    Customer,
    CustomerThread,
    DrafterInfo,
    EscalationReason,
    HandoffPacket,
    Order,
    SearchHit,
    TranscriptLine,
    TurnResult,
)
from copilot.settings import Settings
from copilot.store import Store
from copilot.text_forms import ascii_forms
from copilot.turn import (
    TurnState,
    awaiting,
    bot_data,
    customer_data,
    focus_of,
    last_facts,
    last_text,
    order_focus_of,
    past_turns,
    with_order_focus,
    with_purchase_named,
)
from copilot.understanding import ORDER_INTENTS, Understanding, classify, numbers_as_orders, understand

log = get_logger(__name__)


class Copilot:
    """The library's front door for conversations; the CLI and the HTTP API call only this."""

    def __init__(
        self,
        settings: Settings,
        *,
        drafter: Drafter | None = None,
        store: Store | None = None,
        retriever: Retriever | None = None,
        shop: str | None = None,
        summarizer: Summarizer | None = None,
    ) -> None:
        self.settings = settings
        self.store = store or Store.for_settings(settings)
        self.retriever = retriever or Retriever(settings, store=self.store)
        self.conversations = Conversations(self.store)
        self.drafter: Drafter = drafter or make_drafter(settings)
        self.shop = shop or self.store.shop_name() or "our shop"
        self.policy = load_policy(settings.escalation_file)
        self.outbox = Outbox(self.store, settings)
        self.routing = Routing(self.store, self.policy, self.outbox)
        self.channel_sends = ChannelOutbox(self.store, settings, channel_adapters(settings))
        self.assist = AgentAssist(
            self.store, self.routing, self.outbox, lambda: self.redactor, self.channel_sends
        )
        identity_policy = load_identity_policy(settings.identity_file)
        sender: CodeSender | None = (
            WebhookCodeSender(settings.verification_hook_url, settings.webhook_secret)
            if settings.verification_hook_url
            else None
        )
        if identity_policy.one_time_code.phone_channel != "hook":  # codes to phones go as messages
            wording = load_channel_messages(settings.channel_messages_file)
            sender = ChannelCodeSender(
                self.channel_sends,
                identity_policy.one_time_code.phone_channel,
                wording.code_text,
                wording.code_template,
                settings.phone_region,
                sender,
            )
        self.gate = Gate(self.store, identity_policy, sender, self.shop)
        if summarizer is None and settings.llm_enabled:
            summarizer = LLMDrafter(settings).summarize
        self.summarizer = summarizer
        self.proactive = Proactive(  # help offered at checkout; ``record_order`` counts carts saved
            self.store,
            self.routing,
            self.outbox,
            settings.proactive_file,
            redactor=lambda: self.redactor,
            summarizer=summarizer,
            deliver=self._deliver_now,
            customer_data=settings.packet_customer_data,
        )

    def turn(
        self,
        text: str,
        *,
        conversation_id: str | None = None,
        session_token: str | None = None,
        caller: Caller | None = None,
        channel: str = "chat",
        cart_total: float | None = None,
        cart: Cart | None = None,
        reply_to: Destination | None = None,
        on_step: Callable[[str, TurnState], None] | None = None,
    ) -> TurnResult:
        """One customer message in, one result out; everything the turn writes commits together.

        A new conversation starts when ``conversation_id`` is None (the result carries its session
        token, once); continuing one takes that token, or a ``caller`` whose authenticated channel
        asserts the customer the conversation belongs to. ForbiddenError otherwise. ``cart`` is the
        shopper's cart as the shop's page reported it (its value counts as ``cart_total`` when that is
        not given); it goes into the handoff packet. ``reply_to``: the messaging channel's sender
        the turn answers; the bot's reply is queued to them with the turn, and the sender is linked
        to the conversation. ``on_step`` hears each step's name once it is done (what a streaming
        client shows while it waits).
        """
        if cart_total is None and cart is not None:
            cart_total = cart.value
        state = TurnState(
            text, conversation_id, session_token, caller or Caller(), channel, cart_total, cart, reply_to
        )
        with deadline.within(self.settings.turn_deadline):
            for name, step in self._steps():
                if not state.done or name == "store":
                    step(state)
                    if on_step is not None:
                        on_step(name, state)
        return state.result

    def _steps(self) -> list[tuple[str, Callable[[TurnState], None]]]:
        """The turn, in order: each step reads what the ones before it put in the state."""
        return [
            ("thread", self._open_thread),
            ("understanding", self._understand),
            ("identity", self._identify),
            ("retrieval", self._retrieve),
            ("draft", self._draft),
            ("grounding", self._check_grounding),
            ("escalation", self._decide_escalation),
            ("store", self._store),
        ]

    # -- steps ---------------------------------------------------------------------------------
    def _open_thread(self, state: TurnState) -> None:
        """Check the message, then find the conversation it continues, or start one."""
        state.text = ascii_forms(state.text).strip()
        if not state.text:
            raise InputError("the message is empty")
        if state.cart_total is not None and state.cart_total < 0:
            raise InputError("cart_total cannot be negative")
        if len(state.text) > self.settings.max_message_chars:
            raise InputError(
                f"the message has {len(state.text)} characters; "
                f"the limit is {self.settings.max_message_chars}"
            )
        state.asserted = self._asserted_customer(state.caller)
        state.thread, state.new_token = self._thread(
            state.conversation_id, state.session_token, state.channel, state.asserted, state.caller
        )

    def _read(self, text: str) -> Understanding:
        """How a message reads at this shop: its product names and option values are no order's."""
        return beside_product_names(text, understand(text), self.retriever)

    def _understand(self, state: TurnState) -> None:
        state.order_focus = order_focus_of(state.thread)
        understanding = self._read(state.text)
        if state.asserted is not None:  # signed in: numbers are orders, not proof
            understanding = numbers_as_orders(understanding, state.text)
        # "how much is a 3s 5000 lipo?": a number of the shop's product names, not an order
        understanding = numbers_as_products(
            understanding, state.text, lambda word: self.retriever.name_word_products(word) > 0
        )
        state.understanding = with_order_focus(understanding, state.order_focus, state.text)
        if state.understanding.injection:
            state.flags.append("prompt_injection")

    def _identify(self, state: TurnState) -> None:
        """Who the customer is proven to be, and the orders that proof lets this turn see."""
        thread = state.thread
        with self._waiting():  # a slow code hook leaves time for the answer
            state.identity = self.gate.check(
                conversation_id=thread.id,
                bound_customer_id=thread.customer_id,
                channel_customer=state.asserted,
                caller=state.caller,
                text=state.text,
                understanding=state.understanding,
                pending_text=last_text(thread, "customer"),
                pending_facts=last_facts(thread),
                pending_held=last_facts(thread, "held"),
                focus_order=state.order_focus if state.understanding.order_ids else None,
                awaiting=awaiting(thread),
                shapes=self.store.order_shapes(),
                is_catalog_id=self.retriever.is_catalog_id,
                code_timeout=self.settings.webhook_timeout,
                read=self._read,
            )
        state.flags.extend(state.identity.flags)
        refs, understanding = state.identity.refs, state.understanding
        if refs and refs != understanding.order_ids:
            # the orders as the gate reads them, by the shop's own order numbers: "order 18406" where
            # orders have five digits is that order, not a zip code (nor the order talked of before)
            zips = [z for z in understanding.zips if z not in refs]
            intent = understanding.intent
            if intent == "verification" and _asks(state.text):  # a proof only as no order was seen
                # "can u check order 18531?" asks about that order once 18531 is one, "which company has
                # order 41060? (ruby@example.net)" what it says; "it's megan@example.com" after "where is
                # order 5126?" stays a proof, and that question is answered
                intent = classify(state.text)
            state.understanding = understanding.model_copy(
                update={"order_ids": refs, "zips": zips, "intent": intent}
            )

    def _retrieve(self, state: TurnState) -> None:
        """The question this message asks (a follow-up, or the one a proof was waiting for), and the
        passages about it."""
        state.focus = focus_of(state.thread)
        question, state.understanding = effective_question(state, self.retriever)
        # "open on boxing day?" as "... boxing day (December 26)?", for a page that writes the date
        mended = self.retriever.mended(question)
        state.question = dated(mended, state.today)
        if mended != question:  # "how much to delivr a bath?" asks what delivery costs, as mended
            state.understanding = _read_again(mended, state.understanding)
        state.hits = self.retriever.search(_without_emails(state.question), self.settings.context_passages)

    def _draft(self, state: TurnState) -> None:
        """The drafter's reply, unless the identity step already decided what to say."""
        customer = state.customer
        state.understanding = with_purchase_named(state.understanding, state.identity.orders)
        state.context = DraftContext(
            shop=self.shop,
            text=state.question,
            understanding=state.understanding,
            customer=customer,
            proof=state.identity.proofs.strongest,
            orders=state.identity.orders,
            other_order_ids=state.identity.other_refs,
            hits=state.hits,
            history=[(m.role, m.text) for m in state.thread.messages],
            retriever=self.retriever,
            redactor=self.redactor,
            own_data=own_data(customer),
            focus=state.focus,
            today=state.today,
        )
        reply = state.identity.reply
        if reply is not None:
            state.draft = reply.model_copy(update={"drafter": "code"})
        else:
            state.draft = self.drafter.draft(state.context)
        notes = [
            note
            for note, due in (
                # "TS-1 is shipped. I can't find the other order ...": the same words whoever's it is
                (self.gate.messages.others_not_on_account, bool(state.identity.other_refs)),
                (self.gate.messages.another_account, ANOTHER_ACCOUNT in state.identity.flags),
            )
            if due
        ]
        if reply is None and notes and state.draft.action == "answer":
            state.draft = state.draft.model_copy(update={"reply": " ".join([state.draft.reply, *notes])})

    def _check_grounding(self, state: TurnState) -> None:
        """Numbers, ids and claims must rest on what the reply cites (the identity gate's own words
        need no grounding); then the result as it will be given."""
        if state.identity.reply is None:
            state.draft, flags = self._ground(state.draft, state.identity.orders, state.customer, state.text)
            state.flags.extend(flags)
        draft = state.draft
        state.result = TurnResult(
            conversation_id=state.thread.id,
            session_token=state.new_token,
            action=draft.action,
            reply=draft.reply,
            suggestions=draft.suggestions[:3],
            citations=draft.citations,
            evidence=draft.evidence,
            confidence=draft.confidence,
            intent=state.understanding.intent,
            verified=state.customer is not None,
            flags=state.flags,
            usage=draft.usage,
            drafter=DrafterInfo(
                name=draft.drafter or self.drafter.name,
                model=draft.model,
                fallback=draft.fallback_reason is not None,
                fallback_reason=draft.fallback_reason,
            ),
        )

    def _decide_escalation(self, state: TurnState) -> None:
        """The shop's rules decide whether a person takes over; the packet is built for them. While a
        person owns the conversation the draft becomes their suggestions instead, and nothing is sent."""
        draft, result, identity = state.draft, state.result, state.identity
        if state.thread.owner != "bot":
            result.handled_by = "agent"
            result.suggestions = list(dict.fromkeys([draft.reply, *draft.suggestions]))[:3]
            state.done = True
            return
        decision = self._decision(state)
        if decision.escalate:
            queue = self.policy.queue(decision.queue)
            result.action = "escalate"
            if identity.lock is None:
                result.reply = handoff_reply(
                    draft, decision, queue, self.routing.available(queue.id), self.policy
                )
            state.packet = result.handoff = self._packet(state, decision)
        elif draft.action == "escalate":  # the drafter wanted a person, but the shop's rules say no
            fallback = self._ground(
                OfflineDrafter().draft(state.context), identity.orders, state.customer, state.text
            )[0]
            result.action, result.reply, result.citations = (
                fallback.action,
                fallback.reply,
                fallback.citations,
            )
        state.decision = decision

    def _decision(self, state: TurnState) -> Decision:
        identity, draft = state.identity, state.draft
        if identity.lock is not None:
            return Decision(
                reasons=[EscalationReason(rule="identity_attempts", detail=identity.lock.reason)],
                queue=identity.lock.queue,
                priority="urgent",
                frustration=0.0,
            )
        decision = evaluate(
            TurnFacts(
                text=self.retriever.without_names(state.text),  # "the Melting Balm" reports no melting
                understanding=state.understanding,
                draft=draft,
                customer=state.customer,
                orders=identity.orders,
                cart_total=state.cart_total,
                history=past_turns(state.thread),
                identity_step=identity.reply is not None,
                shop_words=self.retriever.name_words_spelled(),
                cited=[
                    p.text
                    for p in self.retriever.cited(draft.citations)
                    if p.kind in ("document", "product") and not p.flags
                ],
            ),
            self.policy,
        )
        if (
            draft.action == "escalate"
            and draft.escalation_reason
            and echoes_knowledge(
                draft.escalation_reason,
                [state.text, *(m.text for m in state.thread.messages if m.role == "customer")],
                [h.passage.text for h in state.hits],
            )
        ):  # a handoff the knowledge asked for, not the customer: the rules decide without it
            state.result.flags.append("knowledge_escalation_ignored")
            decision = dataclasses.replace(
                decision, reasons=[r for r in decision.reasons if r.rule != "model_proposed"]
            )
        return decision

    def _waiting(self, seconds: float | None = None) -> AbstractContextManager[deadline.Deadline]:
        """A step of the turn that waits on a server: it ends early enough to answer and store."""
        return deadline.within(seconds, reserve=self.settings.fallback_reserve)

    @property
    def redactor(self) -> Redactor:
        """The active shop's redactor (rebuilt when a new knowledge generation is published)."""
        snapshot = self.retriever.snapshot()  # the generation the retriever serves, checked once a second
        return shop_redactor(self.store, snapshot.generation if snapshot else None)

    def warm_up(self) -> None:
        """Load now what the first turns would otherwise wait for: the knowledge snapshot and its
        vectors, the embedding model, the shop's redactor, the words slips are mended to. A server
        calls this before it serves."""
        if self.retriever.snapshot() is not None:
            self.retriever.search("warm up", 1)
            self.retriever.mended("warmm up")  # a slip: loads the word lists it is checked against
            _ = self.redactor

    def readiness(self) -> int:
        """The knowledge generation being served, once the database answers and something is
        ingested; NotReadyError saying which is missing otherwise."""
        try:
            with self.store.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except SQLAlchemyError as exc:
            raise NotReadyError(f"the database does not answer ({exc.__class__.__name__})") from exc
        snapshot = self.retriever.snapshot()
        if snapshot is None:
            raise NotReadyError("no knowledge ingested yet: run `copilot ingest`")
        return snapshot.generation.id

    def start(self, channel: str = "chat") -> tuple[str, str]:
        """A new, empty conversation: (its id, its session token). ``turn`` without an id starts one too,
        or, for a caller whose channel asserts a customer, continues that customer's newest thread."""
        thread, token = self.conversations.create(channel)
        return thread.id, token

    def _asserted_customer(self, caller: Caller) -> Customer | None:
        """The customer an authenticated channel vouches for, if the shop knows them."""
        if caller.customer_id:
            return self.store.customer(caller.customer_id)
        if caller.customer_email:
            return self.store.customer_by_email(caller.customer_email)
        return None

    def _thread(
        self,
        conversation_id: str | None,
        session_token: str | None,
        channel: str,
        asserted: Customer | None,
        caller: Caller | None = None,
    ) -> tuple[Conversation, str | None]:
        """The conversation this turn continues, or a new one with its session token."""
        if conversation_id is None:
            if (
                asserted is not None
                and (found := self.conversations.latest_for(asserted.customer_id, channel)) is not None
            ):
                return found, None
            return self.conversations.create(channel)
        return self._continued(conversation_id, session_token, asserted, last=20, caller=caller), None

    def _continued(
        self,
        conversation_id: str,
        session_token: str | None,
        asserted: Customer | None,
        *,
        last: int,
        caller: Caller | None = None,
    ) -> Conversation:
        """A conversation its session token, or the customer it belongs to, may continue (its ``last``
        messages); ForbiddenError for anyone else, the same whether or not it exists."""
        refused = ForbiddenError(
            f"conversation '{conversation_id}' cannot be continued: "
            "unknown conversation or wrong session token"
        )
        try:
            thread = self.conversations.get(conversation_id, last=last)
        except NotFoundError:
            raise refused from None
        same_customer = asserted is not None and thread.customer_id == asserted.customer_id
        channel_thread = caller is not None and caller.conversation_id == thread.id
        if not (same_customer or channel_thread or self.gate.sessions.valid(thread.id, session_token)):
            raise refused
        # a customer's thread is not continued by a channel vouching for someone else, nor, where a
        # channel vouched for its customer, by one vouching for an address the shop does not know
        vouches = asserted is not None or (
            caller is not None and caller.asserts_customer and thread.verified_by == "channel"
        )
        if vouches and thread.customer_id not in (None, asserted.customer_id if asserted else None):
            raise ForbiddenError(
                f"conversation '{conversation_id}' belongs to another customer; start a new conversation"
            )
        return thread

    def customer_thread(
        self, conversation_id: str, *, session_token: str | None, caller: Caller, last: int = 200
    ) -> CustomerThread:
        """The conversation as its customer reads it back: proven as a turn that continues it is."""
        thread = self._continued(conversation_id, session_token, self._asserted_customer(caller), last=last)
        return CustomerThread(
            conversation_id=thread.id,
            handled_by="bot" if thread.owner == "bot" else "agent",
            messages=[m.for_customer() for m in thread.messages],
        )

    def _store(self, state: TurnState) -> None:
        """The turn, its handoff and its deliveries in one transaction; then a first delivery try.
        The reply shows the proven customer their own data; what is stored shows no one's but their name."""
        result, packet, customer, thread = state.result, state.packet, state.customer, state.thread
        redactor = self.redactor
        # what the shop published and this turn retrieved or cited: a reply may quote its address or phone
        found = {h.passage.key: h.passage for h in state.hits}
        passages = {**found, **{p.key: p for p in self.retriever.cited(result.citations)}}.values()
        shop = [p.text for p in passages if p.kind != "order" and not p.flags]
        own = own_data(customer)
        # the bot's words are the shop's pages and records: the rules read them, the learned reader does not
        result.reply = redactor.redact(result.reply, exempt=own, published=shop, learned=False)
        result.suggestions = [
            redactor.redact(s, exempt=own, published=shop, learned=False) for s in result.suggestions
        ]
        keep = customer is not None and self.settings.packet_customer_data != "none"
        name = [customer.full_name] if customer is not None and keep else []
        stored = result.model_copy(
            update={
                "reply": redactor.redact(result.reply, exempt=name, published=shop, learned=False),
                "suggestions": [
                    redactor.redact(s, exempt=name, published=shop, learned=False) for s in result.suggestions
                ],
            }
        )
        with self.store.engine.begin() as conn:
            if packet is not None and not self.conversations.hand_to_agent(conn, thread.id):
                # A concurrent turn escalated this conversation first: one packet only, and this
                # message goes to the person who now owns it, like any later one.
                packet = state.packet = None
                result.handoff, result.handled_by = None, "agent"
                result.suggestions = [result.reply]
            outcome = "suggested" if result.handled_by == "agent" else "escalated" if packet else "sent"
            stored.handoff, stored.handled_by = result.handoff, result.handled_by
            stored.suggestions = stored.suggestions if result.handled_by == "bot" else result.suggestions
            result.draft_id = self.conversations.record_turn(
                conn,
                thread.id,
                redactor.redact(state.stored_text, exempt=name),
                stored,
                outcome,
                bot_data(state),
                customer_data(state),
            )
            if packet is not None:
                self.routing.enqueue(conn, packet)
                self.outbox.enqueue(conn, "handoff.created", packet.packet_id, packet)
            if state.reply_to is not None:
                self._reply_on_channel(conn, state, thread.id)
        if packet is not None:
            self._deliver_now(packet)

    def _reply_on_channel(self, conn: Connection, state: TurnState, conversation_id: str) -> None:
        """The sender writes in this conversation from now on; the bot's reply (the words telling
        them a person takes over included) goes back to them."""
        to = state.reply_to
        assert to is not None
        Contacts.link(conn, to, conversation_id)
        if state.result.handled_by == "bot" and state.result.reply:
            self.channel_sends.enqueue(
                conn,
                to.channel,
                to.address,
                state.result.reply,
                "reply",
                conversation_id=conversation_id,
                customer_id=to.customer_id,
            )

    def _deliver_now(self, packet: HandoffPacket) -> None:
        """One delivery try of a stored packet, within what the turn has left."""
        if not (self.outbox.subscribed("handoff.created") and self.settings.deliver_inline):
            return
        try:  # the packet is stored and waits in the outbox: delivery can only be late
            with self._waiting(self.settings.inline_delivery_timeout):
                self.outbox.deliver_due(key=packet.packet_id)
        except Exception:
            log.exception("inline delivery of handoff %s failed; it stays in the outbox", packet.packet_id)

    def hand_over(
        self,
        transcript: list[TranscriptLine],
        *,
        reason: str,
        customer: Customer | None = None,
        channel: str = "chat",
        hits: list[SearchHit] | None = None,
    ) -> tuple[HandoffPacket | None, str]:
        """A hand-over asked for by an outside agent (a LangChain tool) for a conversation held
        elsewhere: the shop's rules decide, with ``reason`` as the model's proposal; a packet is built,
        the conversation stored redacted and handed to a person, the packet queued and delivered, as a
        turn's escalation is. ``customer`` is the one the caller's code proved. Returns the packet (None
        when the rules say no) and the words for the customer."""
        asked = [line.text for line in transcript if line.role == "customer"]
        text = asked[-1] if asked else ""
        understanding = understand(text)
        draft = Draft(action="escalate", reply="", confidence=0.0, escalation_reason=reason)
        orders = self.store.orders_of(customer.customer_id) if customer is not None else []
        facts = TurnFacts(
            text=text,
            understanding=understanding,
            draft=draft,
            customer=customer,
            orders=orders,
            history=[PastTurn(customer_text=earlier) for earlier in asked[:-1]],
        )
        decision = evaluate(facts, self.policy)
        if not decision.escalate:  # off-topic chatter or an injected instruction: the rules say no
            return None, ""
        queue = self.policy.queue(decision.queue)
        reply = handoff_reply(draft, decision, queue, self.routing.available(queue.id), self.policy)
        transcript = [*transcript, TranscriptLine(role="bot", text=reply, at=datetime.now(UTC))]
        thread, _ = self.conversations.create(channel)
        if customer is not None:
            self.conversations.bind_customer(thread.id, customer.customer_id, "channel")
        packet = build_packet(
            conversation_id=thread.id,
            channel=channel,
            transcript=transcript,
            intent=understanding.intent,
            decision=decision,
            draft=draft,
            customer=customer,
            verified_by="channel" if customer is not None else None,
            orders=orders,
            hits=hits or [],
            cart_total=None,
            summarizer=self.summarizer,
            redactor=self.redactor,
            customer_data=self.settings.packet_customer_data,
        )
        with self.store.engine.begin() as conn:
            for line in packet.transcript:  # redacted, as the packet carries it
                role: Role = "customer" if line.role == "customer" else "bot"
                self.conversations.add_message(conn, packet.conversation_id, role, line.text)
            self.conversations.hand_to_agent(conn, packet.conversation_id)
            self.routing.enqueue(conn, packet)
            self.outbox.enqueue(conn, "handoff.created", packet.packet_id, packet)
        self._deliver_now(packet)
        return packet, reply

    def evidence(
        self, citations: list[Citation], orders: list[Order], customer: Customer | None, texts: list[str]
    ) -> list[str]:
        """What a reply may rest on: the unflagged passages and the orders (of ``orders``) it cites, the
        proven customer's record, and ``texts`` (facts computed from records). The customer's own words
        are not evidence of a claim; ``check_grounding`` takes them apart."""
        cited = {c.id for c in citations}
        evidence = [p.text for p in self.retriever.cited(citations)]
        # field names as words too: "refunded_amount" is evidence that something was refunded
        for order in (o for o in orders if o.order_id in cited):
            evidence += [as_json := order.model_dump_json(), as_json.replace("_", " ")]
        evidence += texts
        if customer is not None:
            evidence.append(customer.model_dump_json())
        return evidence

    def _ground(
        self, draft: Draft, orders: list[Order], customer: Customer | None, customer_text: str
    ) -> tuple[Draft, list[str]]:
        """Numbers and ids must come from what the reply cites or the customer's words; claims (prices,
        discounts, codes, promises) from what it cites alone."""
        evidence = self.evidence(draft.citations, orders, customer, draft.evidence)
        words = [customer_text]
        # Alternative replies an agent might send are held to the same rule; unsupported ones are dropped.
        suggestions = [x for x in draft.suggestions if not check_grounding(x, evidence, words).repaired]
        if suggestions != draft.suggestions:
            draft = draft.model_copy(update={"suggestions": suggestions})
        grounding = check_grounding(draft.reply, evidence, words)
        if not grounding.repaired:
            return draft, []
        repaired = draft.model_copy(
            update={
                "reply": grounding.reply or "I'm not certain about the details; let me check with our team.",
                "confidence": round(draft.confidence * 0.5, 2),
            }
        )
        return repaired, ["ungrounded_repaired"]

    def _packet(self, state: TurnState, decision: Decision) -> HandoffPacket:
        thread = self.conversations.get(state.thread.id)  # the whole thread
        transcript = [TranscriptLine(role=m.role, text=m.text, at=m.created_at) for m in thread.messages]
        now = datetime.now(UTC)
        transcript += [
            TranscriptLine(role="customer", text=state.stored_text, at=now),
            TranscriptLine(role="bot", text=state.result.reply, at=now),
        ]
        identity = state.identity
        return build_packet(
            conversation_id=thread.id,
            channel=state.channel,
            transcript=transcript,
            intent=state.result.intent,
            decision=decision,
            draft=state.draft,
            customer=identity.customer,
            verified_by=identity.proofs.strongest,
            orders=identity.orders,
            hits=state.hits,
            cart_total=state.cart_total,
            cart=state.cart,
            earlier_citations=self.conversations.citations(thread.id),
            summarizer=self.summarizer,
            identity_attempts=self.gate.attempts.history(thread.id),
            redactor=self.redactor,
            customer_data=self.settings.packet_customer_data,
        )


def _asks(text: str) -> bool:
    """A message asks something besides the proof and the order it names: a question mark (outside an
    email address, which may hold one), or words of an order question ("can u check order 18531");
    not "it's megan@example.com" or "the email i used was sam@example.co.uk"."""
    return "?" in _without_emails(text) or classify(text) in ORDER_INTENTS


def _read_again(mended: str, understanding: Understanding) -> Understanding:
    """What a question asks once its slips are mended to the shop's words: the intent of the mended text
    and its cues besides the first reading's, for a question of products or the shop's terms (an order's
    or a proof's reading stays; so do cues the turn set, "after_purchase" of a signed-in shopper's "wo sind
    meine zwei Trinkflaschen?")."""
    kept = ORDER_INTENTS | NOT_QUESTIONS
    again = understand(mended)
    if understanding.intent in kept or again.intent in kept:
        return understanding
    cues = list(dict.fromkeys([*understanding.cues, *again.cues]))
    return understanding.model_copy(update={"intent": again.intent, "cues": cues})


def _without_emails(text: str) -> str:
    """An email address says who is asking, not what about: "do you have an account for x@y?" finds
    the same passages whoever x@y is (else the reply would tell addresses apart)."""
    return EMAIL.sub(" ", text)
