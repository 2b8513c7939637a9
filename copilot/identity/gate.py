"""The identity step of a turn: who is proven, what this turn may see, and what to say when it may not.

It runs before any drafter. It records proofs (a channel's assertion, a one-time code, typed facts
that match an order), counts failed ones and locks a conversation past the limits, and hands the rest
of the turn only the orders the proofs unlock, without the addresses or payments their scopes do not
cover. When the message asks for more than is proven, the reply is decided here, in the same words
whether an order number exists, belongs to someone else, or was never issued.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache
from typing import cast

from copilot.conversations import Conversations
from copilot.drafting.base import Draft
from copilot.drafting.on_file import asks_card
from copilot.errors import CopilotError
from copilot.escalation.signals import action_request
from copilot.identity.attempts import Attempts
from copilot.identity.codes import Codes
from copilot.identity.facts import (
    customer_facts,
    emails_in,
    facts_held,
    held_facts,
    offers_facts,
    order_facts,
    phones_in,
    proves,
)
from copilot.identity.instructions import reads_as_instructions
from copilot.identity.plain_text import unreadable
from copilot.identity.policy import ACCOUNT_SCOPES, Fact, IdentityPolicy, Method, Scope
from copilot.identity.references import order_references
from copilot.identity.sender import CodeMessage, CodeSender
from copilot.identity.sessions import Proofs, Sessions
from copilot.identity.tokens import read_customer_token
from copilot.logs import get_logger
from copilot.schemas import Action, Customer, Order
from copilot.store import Shapes, Store, order_lookup_key
from copilot.understanding import ACTION_INTENTS, ORDER_INTENTS, Understanding, understand

log = get_logger(__name__)
_CODE_REQUEST = re.compile(
    r"\b(?:(?:one[- ]time|verification|security|login)\s+code|otp|send (?:me )?a code)\b", re.I
)
AFTER_INJECTION = "after an injection"  # why typed facts prove nothing, besides an unreadable message
READ_AS_INSTRUCTIONS = "words that read as instructions to the assistant"
NEED_CODE = "need_code"  # a bot reply that asked where to send a one-time code (kept in its message data)


@dataclass(frozen=True)
class Caller:
    """Who sends the message, as the edge authenticated it; never taken from the message text.

    ``customer_email`` / ``customer_id``: the customer an authenticated channel vouches for (a signed-in
    shopper, a bot key, a shop-signed token). ``source``: who is on the other end for rate limits.
    ``conversation_id``: the thread a messaging channel's records say this sender writes in (the
    provider signed the webhook naming the sender): it may be continued without a session token, and
    carries no identity by itself.
    """

    customer_email: str | None = None
    customer_id: str | None = None
    source: str = "local"
    conversation_id: str | None = None

    @property
    def asserts_customer(self) -> bool:
        return bool(self.customer_email or self.customer_id)


def caller_from(
    *, customer_email: str | None, customer_token: str | None, token_secret: str | None, source: str
) -> Caller:
    """The caller a trusted channel describes: a shop-signed customer token proves itself (and wins);
    an email is the channel's own word for who is signed in."""
    if customer_token:
        claims = read_customer_token(customer_token, token_secret)
        return Caller(customer_id=claims.customer_id, customer_email=claims.email, source=source)
    return Caller(customer_email=customer_email, source=source)


@dataclass
class LockEvent:
    """This turn crossed a limit: the conversation is locked and goes to the fraud queue."""

    reason: str
    queue: str


@dataclass
class Identity:
    """What the rest of the turn may know about the customer."""

    customer: Customer | None = None
    proofs: Proofs = field(default_factory=lambda: Proofs(None, None, frozenset()))
    orders: list[Order] = field(default_factory=list)
    scopes: frozenset[Scope] = frozenset()
    other_refs: list[str] = field(default_factory=list)  # order references this turn may not see
    refs: list[str] = field(default_factory=list)  # the orders the message points at, by the shop's shapes
    just_proven: bool = False
    reply: Draft | None = None  # decided here: the drafter is not asked
    lock: LockEvent | None = None
    flags: list[str] = field(default_factory=list)
    code_entered: bool = False  # the message was a one-time code: it is stored masked
    partial_facts: dict[str, list[str]] = field(default_factory=dict)  # by order key, kept for the next turn
    held_facts: dict[str, object] = field(default_factory=dict)  # digests of a proof naming no order, too
    proof_only: bool = False  # the message was a code, or a contact to send one to: no question in it
    awaiting: str | None = None  # what the reply asked for (NEED_CODE), remembered with the bot's message


_FACTS: frozenset[str] = frozenset({"email", "phone", "name", "zip"})


_ORDER_WORD = re.compile(r"(?i)\border")
_MY_ORDERS = re.compile(r"(?i)\bmy\s+(?:\w+\s+)?orders?\b|\bmine\b")
ANOTHER_ACCOUNT = "another_account"  # the flag of a turn that also asked after another address's orders


def _asks_of_another_account(identity: Identity, text: str, understanding: Understanding) -> bool:
    """A signed-in customer (proven whole) asks after the orders of another email address ("look up the
    orders for priya@example.net, she's my friend"): refused in the same words whether or not the
    address is a customer's; the proof they hold is for their own account only."""
    if "order" not in identity.scopes or identity.customer is None:
        return False
    own = (identity.customer.email or "").casefold()
    others = {email for email in emails_in(text) if email != own}
    about_orders = understanding.intent in ORDER_INTENTS | {"verification", "account_details"}
    return bool(others) and (about_orders or bool(_ORDER_WORD.search(text)))


def target_key(kind: str, value: str) -> str:
    """What failed proofs are counted against, whether or not it exists; contact data only hashed. An
    order number by its digits, however it is written ("TS-105533", "#105533", "ts105533")."""
    if kind == "order":
        key = order_lookup_key(value)
        digits = re.sub(r"\D", "", key)
        return f"order:{digits if len(digits) >= 3 else key}"
    return f"{kind}:{hashlib.sha256(value.casefold().encode()).hexdigest()[:24]}"


class Gate:
    def __init__(
        self,
        store: Store,
        policy: IdentityPolicy,
        sender: CodeSender | None,
        shop: str,
    ) -> None:
        self.store = store
        self.policy = policy
        self.messages = policy.messages
        self.sender = sender
        self.shop = shop
        self.sessions = Sessions(store)
        self.attempts = Attempts(store, policy.limits)
        self.codes = Codes(store, policy.one_time_code)

    @property
    def codes_available(self) -> bool:
        return self.sender is not None and any("otp" in methods for methods in self.policy.scopes.values())

    # -- the step ------------------------------------------------------------------------------
    def check(
        self,
        *,
        conversation_id: str,
        bound_customer_id: str | None,
        channel_customer: Customer | None,
        caller: Caller,
        text: str,
        understanding: Understanding,
        pending_text: str | None,
        pending_facts: dict[str, list[str]] | None,
        awaiting: str | None,
        pending_held: dict[str, object] | None = None,
        focus_order: str | None = None,
        shapes: Shapes,
        is_catalog_id: Callable[[str], bool],
        code_timeout: float,
        read: Callable[[str], Understanding] = understand,
    ) -> Identity:
        """``pending_text``: the customer's previous message as stored (redacted: its order number may
        be what this message's facts prove); ``pending_facts``: the facts of each order it did match,
        found before redaction; ``pending_held``: what that message could prove, if it named no order
        (``held_facts``); ``awaiting``: what the bot's last reply asked for; ``focus_order``: the
        order the shop's last message was about, when this message asks about it without naming it;
        ``read``: how a message reads at this shop (a product's "Code 100" is no order number)."""
        identity = Identity()
        if self.attempts.locked(conversation_id):
            identity.reply = self._reply("decline", self.messages.locked)
            identity.flags.append("identity_locked")
            return identity
        bound = bound_customer_id
        if channel_customer is not None:
            self._prove(conversation_id, channel_customer.customer_id, "channel")
            bound = channel_customer.customer_id
        # whether an earlier message tried to change the rules: looked up once, and only when typed
        # facts are weighed (most turns offer none), or before this message's attempt is counted
        injected = cache(lambda: self.attempts.tried_injection(conversation_id))
        if understanding.injection:  # counted like a failed proof: enough of them lock the conversation
            injected()  # read now: _fail below records this message's own attempt
            detail = "a message tried to change how the assistant works"
            target = f"conversation:{conversation_id}"
            self._fail(identity, conversation_id, caller, target, "injection", detail, text)
            if identity.lock is not None:
                return identity
        pending = read(pending_text) if pending_text else None
        pending_refs = (
            order_references(pending_text, pending, shapes, is_catalog_id) if pending_text and pending else []
        )
        if pending_refs and pending_text and self._distrust(pending_text, injected) is not None:
            pending_refs = []
        # a customer the channel proves has no facts to offer: a number shaped like the shop's order
        # numbers is an order ("can you attach 106870 to my account?"), whoever's it is; so is one
        # sent right after an order question ("where is my order?", then "it's 8820, me@example.org")
        asked_order = pending is not None and pending.intent in ORDER_INTENTS
        about_orders = bool(pending_refs) or channel_customer is not None or asked_order
        refs = order_references(text, understanding, shapes, is_catalog_id, follows_order=about_orders)
        if not refs and focus_order is not None:  # "when will it arrive?" after the shop's alert about it
            refs = [focus_order]
        earlier: dict[str, list[str]] = {}
        if not refs and pending_refs and offers_facts(text, []):
            # "it's maya@example.com" after "where is TS-104821?" (or a corrected zip after a wrong
            # one): the two messages together are the proof of the order asked about
            refs, earlier = pending_refs, pending_facts or {}
        identity.refs = refs
        # "where is TS-1042?" after "my email is maya@example.com": the earlier message's facts count
        held = pending_held if refs and pending_held and not earlier and not offers_facts(text, refs) else {}

        window = timedelta(minutes=self.policy.limits.window_minutes)
        if self.codes.sent_since(conversation_id, window) and (code := self._code_in(text)) is not None:
            bound = self._enter_code(identity, conversation_id, bound, caller, code)
        self._load_access(identity, conversation_id, bound)
        unproven = [r for r in refs if order_lookup_key(r) not in _keys(identity.orders)]
        wants_code = (
            self.codes_available
            and (awaiting == NEED_CODE or bool(_CODE_REQUEST.search(text)))
            and bool(emails_in(text) or phones_in(text))
        )
        if (
            identity.code_entered
            or wants_code  # "send a code to +1 415 ...": where to send it, not facts of an order
            or "order" in identity.scopes
            or not self.policy.unlocks("knowledge", "order")
            or understanding.injection  # a message that tries to rewrite the rules proves nothing
        ):
            pass  # a code was the message, every order is open already, or typed facts prove nothing here
        elif unproven and (offers_facts(text, refs) or held):
            if (distrust := self._distrust(text, injected)) is not None:
                self._refuse_typed_facts(identity, distrust)
            else:
                bound = self._prove_orders(
                    identity, conversation_id, bound, caller, text, unproven, earlier, held
                )
        elif self.policy.knowledge.account and (emails_in(text) or phones_in(text)):
            if (distrust := self._distrust(text, injected)) is not None:
                self._refuse_typed_facts(identity, distrust)
            else:
                bound = self._prove_account(identity, conversation_id, bound, caller, text)
        if identity.reply is None and wants_code:
            identity.proof_only = True
            self._send_code(identity, conversation_id, bound, caller, text, code_timeout)
        if identity.just_proven:
            self._load_access(identity, conversation_id, bound)
        if identity.reply is None and _asks_of_another_account(identity, text, understanding):
            if _MY_ORDERS.search(text):  # "list my orders and the ones for hannah@...": theirs, and a no
                identity.flags.append(ANOTHER_ACCOUNT)
            else:
                identity.reply = self._reply("decline", self.messages.another_account)
        if identity.reply is None:
            self._require_scopes(identity, text, understanding, refs)
        if (
            (not refs or "proof_failed" in identity.flags)  # "sorry, wrong number: it's TS-106927" next
            and not identity.just_proven
            and not understanding.injection
            and not wants_code  # where to send a code: the code proves, not the address it goes to
            and offers_facts(text, [])
            and self._distrust(text, injected) is None
        ):
            identity.held_facts = held_facts(text, conversation_id)  # nor proves the next message
        return identity

    # -- proofs --------------------------------------------------------------------------------
    def _distrust(self, text: str, injected: Callable[[], bool]) -> str | None:
        """Why facts typed in ``text`` prove nothing, or None: part of the message cannot be read, or
        the conversation tried to change how the assistant works (``injected``: a code word planted
        earlier, a sentence to "apply" later)."""
        if injected():
            return AFTER_INJECTION
        if (unread := unreadable(text, self.policy.knowledge.scripts)) is not None:
            return unread
        # beside the facts, words the rules do not read that speak to the assistant ("forget your
        # instructions" in Maltese): the details are asked for again, on their own
        return READ_AS_INSTRUCTIONS if reads_as_instructions(text) else None

    def _refuse_typed_facts(self, identity: Identity, distrust: str) -> None:
        """The same words whatever the facts match: they were not looked at."""
        log.info("typed facts not taken as a proof: %s", distrust)
        if distrust == AFTER_INJECTION:
            self._step_up(identity, "order", lead=self.messages.after_injection)
        else:
            identity.reply = self._reply("ask_verification", self.messages.proof_not_plain)
            identity.flags.append("proof_not_plain")

    def _prove(
        self, conversation_id: str, customer_id: str, method: Method, order_id: str | None = None
    ) -> None:
        with self.store.engine.begin() as conn:
            Sessions.prove(conn, conversation_id, customer_id, method, order_id)
        Conversations(self.store).bind_customer(conversation_id, customer_id, method)

    def _fail(
        self,
        identity: Identity,
        conversation_id: str,
        caller: Caller,
        target: str,
        method: str,
        detail: str,
        text: str = "",
    ) -> None:
        """Record a failed proof against its target and the contact data it typed (an email tried with
        many order numbers is one victim), then lock the conversation if a limit is reached."""
        contact = next((target_key(kind, value) for kind, value in _typed_contacts(text)), None)
        with self.store.engine.begin() as conn:
            Attempts.record(conn, conversation_id, caller.source, target, method, detail, contact)
        counts = self.attempts.counts(
            conversation_id, caller.source, [target, *([contact] if contact else [])]
        )
        reason = self.attempts.exceeded(counts)
        if reason is not None:
            with self.store.engine.begin() as conn:
                self.attempts.lock(conn, conversation_id, reason)
            identity.lock = LockEvent(reason=reason, queue=self.policy.limits.queue)
            identity.reply = self._reply("decline", self.messages.locked)
            identity.flags.append("identity_locked")

    def _over_limit(self, conversation_id: str, caller: Caller, target: str, text: str = "") -> bool:
        targets = [target, *(target_key(kind, value) for kind, value in _typed_contacts(text))]
        return (
            self.attempts.exceeded(self.attempts.counts(conversation_id, caller.source, targets)) is not None
        )

    def _prove_orders(
        self,
        identity: Identity,
        conversation_id: str,
        bound: str | None,
        caller: Caller,
        text: str,
        refs: list[str],
        earlier: dict[str, list[str]] | None = None,
        held: dict[str, object] | None = None,
    ) -> str | None:
        failed: list[str] = []
        for ref in refs:
            target = target_key("order", ref)
            over = self._over_limit(conversation_id, caller, target, text)
            order = None if over else self.store.order(ref)
            owner = self.store.customer(order.customer_id) if order is not None else None
            found: set[Fact] = set()
            if order is not None:
                found = order_facts(text, order, owner) | {"order_number"}
                found |= {
                    cast(Fact, f) for f in (earlier or {}).get(order_lookup_key(ref), []) if f in _FACTS
                }
                found |= facts_held(held, conversation_id, order, owner) if held else set()
                identity.partial_facts[order_lookup_key(ref)] = sorted(found - {"order_number"})
            if (
                order is not None
                and proves(found, self.policy.knowledge.order)
                and bound in (None, order.customer_id)
            ):
                self._prove(conversation_id, order.customer_id, "knowledge", order.order_id)
                bound = order.customer_id
                identity.just_proven = True
                continue
            failed.append(ref)
            self._fail(
                identity,
                conversation_id,
                caller,
                target,
                "knowledge",
                f"order {order_lookup_key(ref)}: details did not match",
                text,
            )
            if identity.lock is not None:
                return bound
        if failed and not identity.just_proven:
            identity.reply = self._reply("ask_verification", self.messages.proof_failed)
            identity.flags.append("proof_failed")
        return bound

    def _prove_account(
        self, identity: Identity, conversation_id: str, bound: str | None, caller: Caller, text: str
    ) -> str | None:
        for kind, value, customer in self._contacts(text):
            target = target_key(kind, value)
            if (
                customer is not None
                and not self._over_limit(conversation_id, caller, target)
                and proves(customer_facts(text, customer), self.policy.knowledge.account)
                and bound in (None, customer.customer_id)
            ):
                self._prove(conversation_id, customer.customer_id, "knowledge")
                identity.just_proven = True
                return customer.customer_id
            self._fail(
                identity, conversation_id, caller, target, "knowledge", f"{kind}: details did not match"
            )
            if identity.lock is None:
                identity.reply = self._reply("ask_verification", self.messages.account_proof_failed)
                identity.flags.append("proof_failed")
            return bound
        return bound

    def _contacts(self, text: str) -> list[tuple[str, str, Customer | None]]:
        found: list[tuple[str, str, Customer | None]] = [
            ("email", email, self.store.customer_by_email(email)) for email in sorted(emails_in(text))
        ]
        found += [
            ("phone", digits, self.store.customer_by_phone(digits)) for digits in sorted(phones_in(text))
        ]
        return found

    # -- one-time codes ------------------------------------------------------------------------
    def _code_in(self, text: str) -> str | None:
        digits = self.policy.one_time_code.digits
        match = re.fullmatch(rf"\D{{0,40}}?\b(\d{{{digits}}})\b\D{{0,40}}", text.strip())
        return match.group(1) if match else None

    def _enter_code(
        self, identity: Identity, conversation_id: str, bound: str | None, caller: Caller, code: str
    ) -> str | None:
        identity.code_entered = identity.proof_only = True
        check = self.codes.check(conversation_id, code)
        if check.outcome == "ok" and check.customer_id is not None and bound in (None, check.customer_id):
            self._prove(conversation_id, check.customer_id, "otp")
            identity.just_proven = True
            return check.customer_id
        if check.outcome == "wrong":
            self._fail(
                identity, conversation_id, caller, f"code:{conversation_id}", "otp", "wrong one-time code"
            )
            if identity.lock is None:
                identity.reply = self._reply("ask_verification", self.messages.code_wrong)
        else:
            identity.reply = self._reply("ask_verification", self.messages.code_void)
        identity.flags.append("code_failed")
        return bound

    def _send_code(
        self,
        identity: Identity,
        conversation_id: str,
        bound: str | None,
        caller: Caller,
        text: str,
        timeout: float,
    ) -> None:
        """Send a code to the contact the customer named if it is on file; the reply is the same either
        way, so it tells nobody whether an address or number belongs to an account."""
        assert self.sender is not None
        window = timedelta(minutes=self.policy.limits.window_minutes)
        for kind, value, customer in self._contacts(text)[:1]:
            target = target_key(kind, value)
            if self.codes.sends(conversation_id, target, window) >= self.policy.one_time_code.max_sends:
                identity.reply = self._reply("ask_verification", self.messages.code_limit)
                return
            identity.reply = self._reply(
                "ask_verification",
                self.messages.code_sent.format(minutes=f"{self.policy.one_time_code.expires_minutes:g}"),
            )
            if customer is None or bound not in (None, customer.customer_id):
                return
            code, expires = self.codes.issue(conversation_id, customer.customer_id, target)
            message = CodeMessage(
                channel="email" if kind == "email" else "sms",
                to=value if kind == "email" else (customer.phone or value),
                code=code,
                expires_at=expires,
                shop=self.shop,
                customer_id=customer.customer_id,
                conversation_id=conversation_id,
            )
            try:
                self.sender.send(message, timeout)
            except CopilotError as exc:  # the customer can ask again; the code itself is never logged
                log.warning("one-time code for conversation %s not sent: %s", conversation_id, exc)

    # -- what the turn may see -----------------------------------------------------------------
    def _load_access(self, identity: Identity, conversation_id: str, bound: str | None) -> None:
        proofs = self.sessions.live(conversation_id, bound, timedelta(minutes=self.policy.proof_minutes))
        identity.proofs = proofs
        if proofs.customer_id is None or proofs.strongest is None:
            return
        identity.customer = self.store.customer(proofs.customer_id)
        all_scopes: tuple[Scope, ...] = ("order", *ACCOUNT_SCOPES)
        scopes = {s for s in all_scopes if self.policy.unlocks(proofs.method, s)}
        identity.scopes = frozenset(scopes)
        everything = self.store.orders_of(proofs.customer_id)
        visible = (
            everything if "order" in scopes else [o for o in everything if o.order_id in proofs.order_ids]
        )
        identity.orders = [self._scoped(order, scopes) for order in visible]

    @staticmethod
    def _scoped(order: Order, scopes: set[Scope]) -> Order:
        """An order without the parts its scopes do not cover."""
        update: dict[str, object] = {}
        if "addresses" not in scopes:
            update["shipping_address"] = None
        if "payment" not in scopes:
            update["payments"] = []
        return order.model_copy(update=update) if update else order

    def _require_scopes(
        self, identity: Identity, text: str, understanding: Understanding, refs: list[str]
    ) -> None:
        """The reply when the message asks for more than is proven; None when it may go on."""
        if understanding.injection:
            return  # declined by the code in the same words whatever it names, proven or not
        visible = _keys(identity.orders)
        identity.other_refs = [r for r in refs if order_lookup_key(r) not in visible]
        intent = understanding.intent
        wants: Scope | None = None
        if intent == "order_list":
            wants = "order_list"
        elif intent == "account_details":  # "is 97232 the zip you have for me?": only with the proof it asks
            wants = "payment" if asks_card(text) else "addresses"
        elif intent in ACTION_INTENTS and (refs or action_request(text)) and (refs or identity.customer):
            wants = "changes"
        if wants is not None and wants not in identity.scopes:
            if wants == "changes" and refs and not identity.other_refs and not self.codes_available:
                # "please cancel 4122, dana@...": the order is proven, a change needs more than that and
                # no code can prove it here, so a person takes the request and confirms it themselves
                identity.reply = Draft(
                    action="escalate",
                    reply=self.messages.change_by_person,
                    confidence=0.9,
                    escalation_reason="a change to an order proven only by its details",
                )
                identity.flags.append("needs_changes")
                return
            self._step_up(identity, wants)
            return
        # "where are TS-1 (mine, proven) and TS-2?": the proven one is answered, the other refused by
        # the drafter in the same words whether it is someone else's or nobody's
        own_named = len(identity.other_refs) < len(refs)
        if identity.other_refs and not own_named:
            if "order" in identity.scopes:  # the whole account is proven: theirs or not at all
                identity.reply = self._reply("decline", self.messages.not_on_account)
            else:
                identity.reply = self._reply("ask_verification", self.messages.ask_order + self._code_offer())
            return
        # an account proven whole that holds no order is told so by the drafter, not asked for one
        account_open = "order" in identity.scopes and identity.customer is not None
        if (
            intent in ORDER_INTENTS
            and not identity.orders
            and intent not in ACTION_INTENTS
            and not account_open
        ):
            identity.reply = self._reply("ask_verification", self.messages.ask_order + self._code_offer())

    def _step_up(self, identity: Identity, scope: Scope, lead: str = "") -> None:
        methods = self.policy.scopes[scope]
        what = self.messages.scope_names.get(scope, scope.replace("_", " "))
        lead = f"{lead} " if lead else ""
        if "otp" in methods and self.codes_available:
            identity.reply = self._reply("ask_verification", lead + self.messages.ask_code.format(what=what))
            identity.awaiting = NEED_CODE
        else:
            identity.reply = self._reply(
                "ask_verification", lead + self.messages.ask_sign_in.format(what=what)
            )
        identity.flags.append(f"needs_{scope}")

    def _code_offer(self) -> str:
        return f" {self.messages.offer_code}" if self.codes_available else ""

    @staticmethod
    def _reply(action: Action, text: str) -> Draft:
        return Draft(action=action, reply=text, confidence=0.9)


def _typed_contacts(text: str) -> list[tuple[str, str]]:
    return [("email", e) for e in sorted(emails_in(text))] + [("phone", p) for p in sorted(phones_in(text))]


def _keys(orders: list[Order]) -> set[str]:
    return {order_lookup_key(o.order_id) for o in orders}
