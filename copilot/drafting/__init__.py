"""Drafters: turn a prepared context into a reply. Two implementations behind one small protocol."""

from copilot.drafting.base import Draft, DraftContext, Drafter

__all__ = ["Draft", "DraftContext", "Drafter"]
