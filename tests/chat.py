"""A conversation as a test holds it: the id and the session token the first turn returned."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

from copilot.identity.gate import Caller
from copilot.schemas import TurnResult
from copilot.service import Copilot


def _anonymous() -> Caller:
    """A caller of its own: failed proofs in one test never count against another's source."""
    return Caller(source=f"test-{uuid.uuid4().hex[:12]}")


@dataclass
class Chat:
    copilot: Copilot
    caller: Caller = field(default_factory=_anonymous)
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


def as_customer(email: str) -> Caller:
    """A caller whose authenticated channel vouches for this customer (a signed-in shopper)."""
    return Caller(customer_email=email, source=f"test-{uuid.uuid4().hex[:12]}")


def converse(copilot: Copilot, *texts: str) -> TurnResult:
    """Say each text in one new conversation; the last result."""
    chat = Chat(copilot)
    for text in texts:
        chat.say(text)
    return chat.results[-1]


def assert_reply(copilot: Copilot, question: str, said: list[str], not_said: Sequence[str] = ()) -> None:
    """The reply to ``question`` in a new conversation says every one of ``said`` and none of ``not_said``."""
    reply = converse(copilot, question).reply
    assert all(s in reply for s in said), reply
    assert not any(s in reply for s in not_said), reply
