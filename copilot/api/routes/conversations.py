"""Conversations as the people who work them read them (``agent`` and ``admin`` keys). A conversation
id alone opens nothing: reading one takes a staff key."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from copilot.api.auth import StaffKey
from copilot.api.deps import CopilotDep
from copilot.api.problems import PROBLEM_RESPONSES
from copilot.conversations import Conversation

router = APIRouter(prefix="/v1/conversations", tags=["conversations"])


@router.get(
    "/{conversation_id}",
    response_model=Conversation,
    responses={**PROBLEM_RESPONSES, 404: {"description": "No such conversation"}},
    summary="Read a conversation's thread",
)
def read_conversation(
    conversation_id: str,
    _: StaffKey,
    copilot: CopilotDep,
    last: Annotated[int | None, Query(ge=1, le=1000, description="Only the newest messages.")] = None,
) -> Conversation:
    return copilot.conversations.get(conversation_id, last=last)
