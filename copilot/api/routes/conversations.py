"""Conversations as the people who work them read them (``agent`` and ``admin`` keys). A conversation
id alone opens nothing: reading one takes a staff key."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from copilot.api.auth import StaffKey
from copilot.api.deps import CopilotDep
from copilot.api.problems import PROBLEM_RESPONSES
from copilot.conversations import ConversationPage
from copilot.escalation.assist import ConversationDetail

router = APIRouter(prefix="/v1/conversations", tags=["conversations"])


@router.get(
    "",
    response_model=ConversationPage,
    responses={**PROBLEM_RESPONSES, 404: {"description": "The `after` cursor names no conversation"}},
    summary="List conversations",
)
def list_conversations(
    _: StaffKey,
    copilot: CopilotDep,
    customer_id: Annotated[str | None, Query(max_length=200)] = None,
    owner: Annotated[Literal["bot", "agent"] | None, Query(description="Who answers it now.")] = None,
    channel: Annotated[str | None, Query(max_length=50)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    after: Annotated[str | None, Query(max_length=100, description="`next` of the page before.")] = None,
) -> ConversationPage:
    """Newest first."""
    return copilot.conversations.page(
        customer_id=customer_id, owner=owner, channel=channel, limit=limit, after=after
    )


@router.get(
    "/{conversation_id}",
    response_model=ConversationDetail,
    responses={**PROBLEM_RESPONSES, 404: {"description": "No such conversation"}},
    summary="Read a conversation: its thread, drafts and their outcomes",
)
def read_conversation(
    conversation_id: str,
    _: StaffKey,
    copilot: CopilotDep,
    last: Annotated[int | None, Query(ge=1, le=1000, description="Only the newest messages.")] = None,
) -> ConversationDetail:
    """The messages as stored (redacted), and for each customer message the copilot's draft: what it
    said or suggested, its citations and confidence, whether it was sent, escalated or suggested, and
    what the agent did with a suggestion (accepted, edited, written, rejected)."""
    return copilot.assist.detail(conversation_id, last=last)
