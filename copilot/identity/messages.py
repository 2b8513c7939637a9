"""What the bot says about identity. The same words whatever the records hold: a reply never tells
whether an order number, an email address or a phone number exists, or whose it is, and it repeats no
order number: an order that is not the shopper's is "that order", whatever they typed (a tracking number
typed as one is someone's secret too)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class IdentityMessages(BaseModel):
    model_config = ConfigDict(extra="forbid")

    ask_order: str = (
        "I can help with that. To protect your account, please send the order number together with the "
        "email address used for the order (or your full name and zip code)."
    )
    proof_failed: str = (
        "I couldn't match those details to an order. Please check the order number and the email "
        "address used for it (or your full name and zip code)."
    )
    account_proof_failed: str = (
        "I couldn't match those details to an account. Please check them and try again."
    )
    not_on_account: str = (
        "I can't find that order on your account, so I can't share anything about it. Your own orders "
        "I'm happy to help with."
    )
    another_account: str = (
        "I can only help with the orders on your own account, so I can't look up anything for another "
        "email address. Whoever that account belongs to can ask us themselves."
    )
    others_not_on_account: str = (
        "I can't find the other order number you gave on your account, so I can't share anything about it."
    )
    offer_code: str = (
        "Or, to see all your orders, I can send a one-time code to the email address or phone number on "
        "your account: just tell me which one."
    )
    ask_code: str = (
        "To {what}, I need to confirm it's you with a one-time code. Which email address or phone number "
        "is on your account? I'll send the code there."
    )
    ask_sign_in: str = (
        "For your security I can only {what} for a signed-in customer. Please sign in to your account "
        "and ask again, or I can pass you to a member of our team."
    )
    change_by_person: str = (
        "For your security, a change to an order goes through a member of our team, who will confirm it "
        "with you first, so I'm passing your request on"
    )
    code_sent: str = (
        "If that matches an account, a one-time code is on its way to it. Please type the code here; "
        "it's valid for {minutes} minutes."
    )
    proof_not_plain: str = (
        "I can only check an order from details sent as plain text. Please send just the order number "
        "and the email address used for it (or your full name and zip code), with nothing else in the "
        "message."
    )
    after_injection: str = (
        "For your security, details typed in this conversation no longer confirm who you are."
    )
    code_wrong: str = "That code doesn't match. Please check it and type it again."
    code_void: str = (
        "That code has expired or can no longer be used. Tell me the email address or phone number on "
        "your account and I'll send a new one."
    )
    code_limit: str = "I can't send another code right now. Please try again later."
    locked: str = (
        "For your security, I can't look up account details in this conversation right now. A member of "
        "our team will follow up with you."
    )
    scope_names: dict[str, str] = Field(
        default_factory=lambda: {
            "order": "look up an order",
            "order_list": "show all your orders",
            "addresses": "show the addresses on your account",
            "payment": "show payment details",
            "changes": "change, cancel or return an order",
        }
    )
