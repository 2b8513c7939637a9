"""The people who take over, over HTTP: who is on, with which skills and room (presence and
capacity). An agent key sets its own presence; an admin key adds agents and sets their skills and
capacity; staff keys read the roster."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path
from pydantic import BaseModel, ConfigDict, Field

from copilot.api.auth import AdminKey, AgentKey, StaffKey
from copilot.api.deps import CopilotDep
from copilot.api.problems import PROBLEM_RESPONSES
from copilot.escalation.routing import Agent

router = APIRouter(prefix="/v1/agents", tags=["agents"])
_RESPONSES = {**PROBLEM_RESPONSES, 404: {"description": "No such agent"}}


class Presence(BaseModel):
    """Whether the agent takes conversations now."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"online": True}]})

    online: bool


class AgentIn(BaseModel):
    """An agent's profile; what is left out keeps its value (new agents: their id as name, the
    general skill, capacity 3, offline)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"name": "Ana", "skills": ["orders", "returns"], "capacity": 3, "online": True}]
        },
    )

    name: str | None = Field(default=None, min_length=1, max_length=200)
    skills: list[str] | None = Field(default=None, max_length=50, description="queue ids or skills")
    capacity: int | None = Field(default=None, ge=0, le=1000, description="conversations at once")
    online: bool | None = None


@router.get("", response_model=list[Agent], responses=PROBLEM_RESPONSES, summary="The roster")
def list_agents(_: StaffKey, copilot: CopilotDep) -> list[Agent]:
    """Every agent with skills, capacity, presence and current load (conversations assigned now)."""
    return copilot.routing.agents()


@router.get("/me", response_model=Agent, responses=_RESPONSES, summary="The calling agent")
def read_me(key: AgentKey, copilot: CopilotDep) -> Agent:
    return copilot.routing.agent(str(key.agent_id))


@router.put("/me/presence", response_model=Agent, responses=_RESPONSES, summary="Go online or offline")
def set_presence(body: Presence, key: AgentKey, copilot: CopilotDep) -> Agent:
    """Offline agents are offered no handoffs; conversations they hold stay theirs."""
    agent_id = str(key.agent_id)
    copilot.routing.agent(agent_id)  # 404 for an agent removed since the key was made
    return copilot.routing.set_agent(agent_id, online=body.online)


@router.put(
    "/{agent_id}", response_model=Agent, responses=PROBLEM_RESPONSES, summary="Add or update an agent"
)
def put_agent(
    agent_id: Annotated[str, Path(min_length=1, max_length=100, pattern=r"^[\w.@-]+$")],
    body: AgentIn,
    _: AdminKey,
    copilot: CopilotDep,
) -> Agent:
    """Unknown skills are refused (422), so a typo cannot hide a queue from its agents."""
    return copilot.routing.set_agent(
        agent_id, name=body.name, skills=body.skills, capacity=body.capacity, online=body.online
    )
