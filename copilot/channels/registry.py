"""The messaging channels this build knows, by the name their webhook path and conversations use."""

from __future__ import annotations

from copilot.channels.base import ChannelAdapter
from copilot.channels.messenger import MessengerAdapter
from copilot.channels.sms import TwilioSmsAdapter
from copilot.channels.webhook import WebhookAdapter
from copilot.channels.whatsapp import WhatsAppAdapter
from copilot.settings import Settings


def channel_adapters(settings: Settings) -> dict[str, ChannelAdapter]:
    """Every adapter, configured or not (an unconfigured one serves no webhook and sends nothing)."""
    adapters: list[ChannelAdapter] = [
        WhatsAppAdapter(settings),
        MessengerAdapter(settings),
        TwilioSmsAdapter(settings),
        WebhookAdapter(settings),
    ]
    return {adapter.name: adapter for adapter in adapters}
