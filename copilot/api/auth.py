"""Who is calling: an API key from ``Authorization: Bearer KEY`` and the role it has. Routes declare
the roles they serve (``BotKey``, ``AgentKey``, ``StaffKey``, ``AdminKey``, or ``require(...)``); no key
or an unknown one is 401, a key of another role 403, a key past its rate limit 429 with Retry-After."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from copilot.access.keys import ROLES, ApiKey, Role
from copilot.access.limits import RateLimiter
from copilot.api.deps import KeysDep
from copilot.api.problems import ApiProblem

_bearer = HTTPBearer(auto_error=False, description="An API key made by `copilot keys create`.")
_CHALLENGE = {"WWW-Authenticate": "Bearer"}


def caller_key(
    request: Request,
    keys: KeysDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> ApiKey:
    if credentials is None:
        raise ApiProblem(401, "Unauthorized", "send an API key: Authorization: Bearer KEY", _CHALLENGE)
    key = keys.verify(credentials.credentials)
    if key is None:
        raise ApiProblem(401, "Unauthorized", "the API key is unknown or revoked", _CHALLENGE)
    limiter: RateLimiter = request.app.state.limiter
    decision = limiter.hit(key.key_id)
    if not decision.allowed:
        wait = decision.retry_after
        detail = f"this key may make {limiter.per_minute} requests a minute; try again in {wait} s"
        raise ApiProblem(429, "Too many requests", detail, {"Retry-After": str(wait)})
    return key


def require(*roles: Role) -> Callable[[ApiKey], ApiKey]:
    """A dependency that lets only keys of ``roles`` through."""

    def allowed(key: Annotated[ApiKey, Depends(caller_key)]) -> ApiKey:
        if key.role not in roles:
            raise ApiProblem(
                403, "Forbidden", f"a {key.role} key may not do this (needs: {', '.join(roles)})"
            )
        return key

    return allowed


AnyKey = Annotated[ApiKey, Depends(require(*ROLES))]
BotKey = Annotated[ApiKey, Depends(require("bot"))]
StaffKey = Annotated[ApiKey, Depends(require("agent", "admin"))]
AgentKey = Annotated[ApiKey, Depends(require("agent"))]  # acts as key.agent_id, always set
AdminKey = Annotated[ApiKey, Depends(require("admin"))]
