"""A conversation as a test holds it: the id and the session token the first turn returned."""

from __future__ import annotations

from dataclasses import dataclass, field

from copilot.identity.gate import Caller
from copilot.schemas import TurnResult
from copilot.service import Copilot


@dataclass
class Chat:
    copilot: Copilot
    caller: Caller = field(default_factory=Caller)
    conversation_id: str | None = None
    session_token: str | None = None
    results: list[TurnResult] = field(default_factory=list)

    def say(self, text: str, *, caller: Caller | None = None, cart_total: float | None = None) -> TurnResult:
        result = self.copilot.turn(
            text,
            conversation_id=self.conversation_id,
            session_token=self.session_token,
            caller=caller or self.caller,
            cart_total=cart_total,
        )
        self.conversation_id = result.conversation_id
        self.session_token = self.session_token or result.session_token
        self.results.append(result)
        return result


def as_customer(email: str, source: str = "test") -> Caller:
    """A caller whose authenticated channel vouches for this customer (a signed-in shopper)."""
    return Caller(customer_email=email, source=source)
