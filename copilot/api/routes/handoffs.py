"""Handover control, as the people who take over use it (the Messenger handover protocol's names in
brackets): the queue of handoffs, an agent taking control of a conversation (take_thread_control:
claim one, or the next they can serve), releasing it back to the bot (release_thread_control: resolve
or hand back), and replying in it. An ``agent`` key acts only as its own agent; an ``admin`` key reads."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel, ConfigDict, Field

from copilot.api.auth import AgentKey, StaffKey
from copilot.api.deps import CopilotDep
from copilot.api.problems import PROBLEM_RESPONSES
from copilot.escalation.assist import Decision
from copilot.escalation.routing import HandoffRecord, HandoffStatus

router = APIRouter(prefix="/v1", tags=["handover"])
_RESPONSES = {
    **PROBLEM_RESPONSES,
    404: {"description": "No such handoff"},
    409: {"description": "Its state forbids it"},
}


class ReplyIn(BaseModel):
    """What the agent sends the customer."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"text": "Hi, Ana here: your parcel left today."}]}
    )

    text: str = Field(min_length=1, max_length=4000)


@router.get("/handoffs", response_model=list[HandoffRecord], responses=PROBLEM_RESPONSES, summary="The queue")
def list_handoffs(
    _: StaffKey,
    copilot: CopilotDep,
    status: Annotated[HandoffStatus | None, Query()] = None,
    queue: Annotated[str | None, Query(max_length=64)] = None,
) -> list[HandoffRecord]:
    """Most urgent first, then oldest first: the order to take them in."""
    return copilot.routing.list(status=status, queue=queue)


@router.get(
    "/handoffs/{packet_id}", response_model=HandoffRecord, responses=_RESPONSES, summary="One handoff"
)
def read_handoff(packet_id: str, _: StaffKey, copilot: CopilotDep) -> HandoffRecord:
    return copilot.routing.get(packet_id)


@router.post(
    "/handoffs/next",
    response_model=HandoffRecord,
    responses={**_RESPONSES, 204: {"description": "Nothing waits in the agent's queues"}},
    summary="Take control of the next conversation this agent can serve (take_thread_control)",
)
def claim_next(key: AgentKey, copilot: CopilotDep) -> HandoffRecord | Response:
    record = copilot.routing.claim_next(str(key.agent_id))
    return record if record is not None else Response(status_code=204)


@router.post(
    "/handoffs/{packet_id}/claim",
    response_model=HandoffRecord,
    responses=_RESPONSES,
    summary="Take control of this conversation (take_thread_control)",
)
def claim(packet_id: str, key: AgentKey, copilot: CopilotDep) -> HandoffRecord:
    return copilot.routing.claim(packet_id, str(key.agent_id))


@router.post(
    "/handoffs/{packet_id}/resolve",
    response_model=HandoffRecord,
    responses=_RESPONSES,
    summary="Close it as resolved; the bot answers the next message (release_thread_control)",
)
def resolve(packet_id: str, key: AgentKey, copilot: CopilotDep) -> HandoffRecord:
    return copilot.routing.close(packet_id, str(key.agent_id), "resolved")


@router.post(
    "/handoffs/{packet_id}/handback",
    response_model=HandoffRecord,
    responses=_RESPONSES,
    summary="Give the conversation back to the bot unresolved (release_thread_control)",
)
def hand_back(packet_id: str, key: AgentKey, copilot: CopilotDep) -> HandoffRecord:
    return copilot.routing.close(packet_id, str(key.agent_id), "handed_back")


@router.post(
    "/conversations/{conversation_id}/replies",
    response_model=Decision,
    responses=_RESPONSES,
    summary="The agent's reply; how it relates to the copilot's suggestions is recorded",
)
def reply(conversation_id: str, body: ReplyIn, key: AgentKey, copilot: CopilotDep) -> Decision:
    return copilot.assist.reply(conversation_id, str(key.agent_id), body.text)


@router.post(
    "/conversations/{conversation_id}/suggestions/reject",
    response_model=Decision,
    responses=_RESPONSES,
    summary="Dismiss the pending suggestions without sending any",
)
def reject(conversation_id: str, key: AgentKey, copilot: CopilotDep) -> Decision:
    return copilot.assist.reject(conversation_id, str(key.agent_id))
