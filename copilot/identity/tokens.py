"""Shop-signed customer tokens: the shop's site vouches for a signed-in shopper (HS256 JWT).

The token carries the customer's id (``sub``) or email (``email``) and an expiry (``exp``, required);
it is signed with ``COPILOT_CUSTOMER_TOKEN_SECRET``, which only the shop's back end and copilot know.
"""

from __future__ import annotations

import jwt
from pydantic import BaseModel

from copilot.errors import ForbiddenError, InputError


class TokenClaims(BaseModel):
    customer_id: str | None = None
    email: str | None = None


def read_customer_token(token: str, secret: str | None) -> TokenClaims:
    """The customer a token vouches for; ForbiddenError when it is forged, expired or incomplete."""
    if not secret:
        raise InputError("this shop does not accept customer tokens: COPILOT_CUSTOMER_TOKEN_SECRET is unset")
    try:
        claims = jwt.decode(token, secret, algorithms=["HS256"], options={"require": ["exp"]})
    except jwt.PyJWTError as exc:
        raise ForbiddenError(f"customer token rejected: {exc}") from exc
    customer_id, email = claims.get("sub"), claims.get("email")
    if not isinstance(customer_id, str) and not isinstance(email, str):
        raise ForbiddenError("customer token rejected: it names no customer (sub or email)")
    return TokenClaims(
        customer_id=customer_id if isinstance(customer_id, str) else None,
        email=email if isinstance(email, str) else None,
    )


def make_customer_token(
    secret: str, *, customer_id: str | None = None, email: str | None = None, ttl: int = 3600
) -> str:
    """What a shop's back end does to sign a shopper in (for tests, examples and the docs)."""
    import time

    claims: dict[str, object] = {"exp": int(time.time()) + ttl}
    if customer_id:
        claims["sub"] = customer_id
    if email:
        claims["email"] = email
    return jwt.encode(claims, secret, algorithm="HS256")
