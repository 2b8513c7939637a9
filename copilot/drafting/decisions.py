"""What the code decides before any drafter writes a word, the same for the model and the offline path.

Declining an injection or an off-topic request, asking for proof before an order is discussed,
refusing order ids that are not the customer's, handing over when a person is asked for, and the
reply to a verification attempt are decisions with security or product weight: a model never gets
the chance to take them differently, and so a model path has the same actions and guarantees.
"""

from __future__ import annotations

from copilot.drafting.base import Draft, DraftContext
from copilot.identity.messages import IdentityMessages
from copilot.knowledge.catalog import product_text
from copilot.lexical import tokenize, with_heads
from copilot.schemas import Citation, Order, OrderItem
from copilot.store import order_lookup_key
from copilot.understanding import ACTION_INTENTS, ORDER_INTENTS

ASK_VERIFICATION = (
    "I can help with that. To protect your account, please confirm who you are first: "
    "the email address on your account, or your full name and zip code."
)


def decided_by_code(context: DraftContext) -> Draft | None:
    """The draft the code gives for this turn, or None when a drafter should answer."""
    draft = _decision(context)
    return draft.model_copy(update={"drafter": "code"}) if draft is not None else None


def _decision(context: DraftContext) -> Draft | None:
    u = context.understanding
    if u.injection:
        # Instructions inside customer text are data: the attempt is declined, never obeyed, and the
        # reply says how a real customer gets the same help.
        about_an_order = context.customer is None and (u.intent in ORDER_INTENTS or bool(u.order_ids))
        return Draft(
            action="decline",
            reply="I can't change how I work or skip any checks. "
            + (
                "If it's your order, I can help once you confirm who you are: the email address on the "
                "order, or your full name and zip code."
                if about_an_order
                else "I'm glad to help with products, our policies, or your own orders."
            ),
            confidence=0.9,
        )
    if u.intent == "off_topic":
        return Draft(
            action="decline",
            reply=f"Sorry, I can only help with {context.shop} orders, products and policies.",
            confidence=0.9,
        )
    if "asks_secrets" in u.cues:  # whatever a page or a message says, no one sends these in chat
        return Draft(
            action="answer",
            # no "CVV" or "card number": a reply never repeats the words a planted instruction asks for
            reply="Please don't share payment card details, security codes, PINs or passwords in this chat: "
            "I'll never ask for them, and you don't need them to get help here. To look up an order I only "
            "need its number and the email address used for it.",
            confidence=0.9,
        )
    if u.intent == "human":
        return Draft(
            action="escalate",
            reply="I'm connecting you with a member of our team; they will see our conversation so far.",
            confidence=0.95,
        )
    if u.intent == "verification":
        return _after_verification(context)
    return _order_gate(context)


def _after_verification(context: DraftContext) -> Draft:
    if context.customer is None:
        return Draft(
            action="ask_verification",
            reply="I couldn't match those details to an account. Please check the email address, or give "
            "your full name and zip code exactly as on your orders.",
            confidence=0.8,
        )
    name = context.customer.first_name or "there"
    return Draft(
        action="answer",
        reply=f"Thanks, {name}, you're verified. How can I help with your orders?",
        citations=[Citation(kind="customer", id=context.customer.customer_id)],
        confidence=0.9,
    )


def orders_named(context: DraftContext) -> list[Order]:
    """The customer's own orders the message names by id."""
    mentioned = {order_lookup_key(i) for i in context.understanding.order_ids}
    return [o for o in context.orders if order_lookup_key(o.order_id) in mentioned]


def orders_of_items(context: DraftContext) -> list[Order]:
    """The customer's orders holding an item the message names by a word of its name ("has my tent
    shipped?", "where's the sleeping bag I ordered?"), for a message that names no order id."""
    asked = {word for word in tokenize(context.text) if not word.isdigit()}
    for words_of in (_item_name, _item_kind):  # its name first; else its kind ("my wetsuit": a Fullsuit)
        shared = {
            order.order_id: max((len(asked & words_of(item, context)) for item in order.items), default=0)
            for order in context.orders
        }
        best = max(shared.values(), default=0)  # "the alpine down sleeping bag": not the dry bag's order
        if best:
            return [order for order in context.orders if shared[order.order_id] == best]
    return []


def _item_name(item: OrderItem, context: DraftContext) -> set[str]:
    return with_heads(tokenize(item.name))


def _item_kind(item: OrderItem, context: DraftContext) -> set[str]:
    """What the catalog calls the item besides its name: its category and tags ("Wetsuits > Fullsuits")."""
    ids = [i for i in (item.product_id, item.variant_id, item.sku) if i]
    product = next(
        (p for i in ids if context.retriever is not None and (p := context.retriever.product_of(i))), None
    )
    if product is None:
        return set()
    text = product_text(product)
    return with_heads(tokenize(f"{text.header.removeprefix(product.title)} {text.tags}"))


def about_orders(context: DraftContext) -> bool:
    """An order question, or a message naming an order id (anyone's, or nobody's)."""
    return (
        context.understanding.intent in ORDER_INTENTS
        or bool(context.other_order_ids)
        or bool(orders_named(context))
    )


def _order_gate(context: DraftContext) -> Draft | None:
    """No order is discussed before proof; order ids that are not the customer's are refused in the
    same words whether they belong to someone else or to nobody. "Can I cancel after it ships?" with
    no order named is a policy question, left to the drafter."""
    u = context.understanding
    if not about_orders(context):
        return None
    if context.customer is None:
        if u.intent in ACTION_INTENTS and not u.order_ids:
            return None
        return Draft(action="ask_verification", reply=ASK_VERIFICATION, confidence=0.9)
    if context.other_order_ids and not orders_named(context):
        return Draft(
            action="decline",
            reply=IdentityMessages().not_on_account,
            confidence=0.9,
        )
    return None
