"""Proactive help at checkout: offers to shoppers who stall, by the shop's policy, and what they saved."""

from copilot.proactive.offers import (
    AcceptedOffer,
    CheckoutActivity,
    CheckoutDecision,
    Offer,
    Proactive,
    Shopper,
)
from copilot.proactive.policy import ProactivePolicy, load_proactive_policy
from copilot.proactive.report import ProactiveReport, proactive_report

__all__ = [
    "AcceptedOffer",
    "CheckoutActivity",
    "CheckoutDecision",
    "Offer",
    "Proactive",
    "ProactivePolicy",
    "ProactiveReport",
    "Shopper",
    "load_proactive_policy",
    "proactive_report",
]
