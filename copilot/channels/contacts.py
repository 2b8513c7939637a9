"""Who writes from where: each sender on a messaging channel, the thread they write in, the customer
record their address is linked to, and when they last wrote (a provider's messaging window opens then).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, insert, select, update

from copilot.channels.base import Destination
from copilot.db.schema import channel_contacts
from copilot.store import as_utc


@dataclass(frozen=True)
class Contact:
    channel: str
    address: str
    conversation_id: str | None
    customer_id: str | None
    last_inbound_at: datetime | None


class Contacts:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def get(self, channel: str, address: str) -> Contact | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(channel_contacts).where(
                    channel_contacts.c.channel == channel, channel_contacts.c.address == address
                )
            ).first()
        if row is None:
            return None
        return Contact(
            channel=row.channel,
            address=row.address,
            conversation_id=row.conversation_id,
            customer_id=row.customer_id,
            last_inbound_at=as_utc(row.last_inbound_at) if row.last_inbound_at else None,
        )

    def of_customer(self, customer_id: str, channel: str) -> Contact | None:
        """The customer's most recently active address on a channel (a Messenger id the shop linked)."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(channel_contacts.c.address)
                .where(channel_contacts.c.customer_id == customer_id, channel_contacts.c.channel == channel)
                .order_by(channel_contacts.c.updated_at.desc())
                .limit(1)
            ).first()
        return self.get(channel, row.address) if row else None

    @staticmethod
    def _upsert(conn: Connection, channel: str, address: str, values: dict[str, object]) -> None:
        now = datetime.now(UTC)
        changed = conn.execute(
            update(channel_contacts)
            .where(channel_contacts.c.channel == channel, channel_contacts.c.address == address)
            .values(updated_at=now, **values)
        ).rowcount
        if not changed:
            conn.execute(
                insert(channel_contacts).values(channel=channel, address=address, updated_at=now, **values)
            )

    @classmethod
    def link(cls, conn: Connection, to: Destination, conversation_id: str) -> None:
        """The sender writes in this conversation (and their address belongs to ``to.customer_id``)."""
        values: dict[str, object] = {"conversation_id": conversation_id}
        if to.customer_id is not None:
            values["customer_id"] = to.customer_id
        cls._upsert(conn, to.channel, to.address, values)

    def wrote(self, channel: str, address: str, at: datetime) -> None:
        """The sender wrote just now: the provider's window for free-form replies is open."""
        with self.engine.begin() as conn:
            self._upsert(conn, channel, address, {"last_inbound_at": at})

    def link_customer(self, conn: Connection, channel: str, address: str, customer_id: str) -> None:
        """The shop says this address is this customer's (a Messenger id from its account linking)."""
        self._upsert(conn, channel, address, {"customer_id": customer_id})
