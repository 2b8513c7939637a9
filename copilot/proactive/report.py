"""What proactive help at checkout achieved: offers by kind, how many were accepted, and carts saved
(offers whose customer placed an order soon after, with the carts' value). Read from the database, so
every worker reports the same; ``/metrics`` and ``GET /v1/reports/proactive`` both use it."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field
from sqlalchemy import func, select

from copilot.db.schema import checkout_offers
from copilot.proactive.policy import OfferKind
from copilot.store import Store

KINDS: tuple[OfferKind, ...] = ("person", "bot")


class KindCounts(BaseModel):
    kind: OfferKind
    offers: int
    accepted: int
    acceptance_rate: float = Field(description="accepted / offers, 0 to 1")
    carts_saved: int
    saved_value: float = Field(description="the saved carts' value as reported at checkout")


class ProactiveReport(BaseModel):
    since: datetime | None = Field(description="offers made from then on; none: all of them")
    offers: int
    accepted: int
    carts_saved: int = Field(description="offers followed by the customer's order_created")
    carts_saved_after_accepting: int
    saved_value: float
    by_kind: list[KindCounts]


def proactive_report(store: Store, *, since: datetime | None = None) -> ProactiveReport:
    """The figures over the offers made since ``since`` (all of them when None)."""
    offers = checkout_offers.c
    query = select(
        offers.kind,
        func.count(),
        func.count(offers.accepted_at),
        func.count(offers.completed_at),
        func.count(offers.completed_at).filter(offers.accepted_at.is_not(None)),
        func.coalesce(func.sum(offers.cart_value).filter(offers.completed_at.is_not(None)), 0.0),
    ).group_by(offers.kind)
    if since is not None:
        query = query.where(offers.created_at >= since)
    with store.engine.connect() as conn:
        rows = {row[0]: row[1:] for row in conn.execute(query).all()}
    by_kind = []
    for kind in KINDS:
        made, accepted, saved, _, value = rows.get(kind, (0, 0, 0, 0, 0.0))
        by_kind.append(
            KindCounts(
                kind=kind,
                offers=made,
                accepted=accepted,
                acceptance_rate=accepted / made if made else 0.0,
                carts_saved=saved,
                saved_value=round(float(value), 2),
            )
        )
    return ProactiveReport(
        since=since,
        offers=sum(k.offers for k in by_kind),
        accepted=sum(k.accepted for k in by_kind),
        carts_saved=sum(k.carts_saved for k in by_kind),
        carts_saved_after_accepting=sum(int(rows.get(kind, (0, 0, 0, 0, 0.0))[3]) for kind in KINDS),
        saved_value=round(sum(k.saved_value for k in by_kind), 2),
        by_kind=by_kind,
    )
