"""API keys, managed over HTTP by ``admin`` keys as ``copilot keys`` does: a new key is in the
response once and never again."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from copilot.access.keys import ApiKey, Role
from copilot.api.auth import AdminKey
from copilot.api.deps import KeysDep
from copilot.api.problems import PROBLEM_RESPONSES

router = APIRouter(prefix="/v1/keys", tags=["keys"])
_RESPONSES = {**PROBLEM_RESPONSES, 404: {"description": "No such key"}}


class KeyIn(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"role": "agent", "agent_id": "ana", "label": "Ana's console"}, {"role": "bot"}]
        }
    )

    role: Role
    agent_id: str | None = Field(
        default=None, min_length=1, max_length=100, description="An agent key's agent."
    )
    label: str = Field(default="", max_length=200)


class NewKey(ApiKey):
    key: str = Field(description="The key itself: shown here once, kept only as a hash.")


@router.get(
    "", response_model=list[ApiKey], responses=PROBLEM_RESPONSES, summary="Every key, without secrets"
)
def list_keys(_: AdminKey, keys: KeysDep) -> list[ApiKey]:
    return keys.list()


@router.post("", response_model=NewKey, status_code=201, responses=PROBLEM_RESPONSES, summary="Make a key")
def create_key(body: KeyIn, _: AdminKey, keys: KeysDep) -> NewKey:
    record, key = keys.create(body.role, agent_id=body.agent_id, label=body.label)
    return NewKey(**record.model_dump(), key=key)


@router.post("/{key_id}/revoke", response_model=ApiKey, responses=_RESPONSES, summary="Revoke a key at once")
def revoke_key(key_id: str, _: AdminKey, keys: KeysDep) -> ApiKey:
    return keys.revoke(key_id)
