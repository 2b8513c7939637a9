"""The structured store: customers, orders and the passage generations, in SQLite or PostgreSQL.

Orders and customers are looked up exactly, never embedded. Passages are stored per generation; a
generation becomes active in the same transaction that replaces the customers and orders, so readers
always see one consistent knowledge state, and a failed ingest leaves the previous one in place.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import phonenumbers
from sqlalchemy import (
    Connection,
    Engine,
    create_engine,
    delete,
    event,
    func,
    insert,
    make_url,
    select,
    update,
)
from sqlalchemy.exc import ArgumentError, InterfaceError, NoSuchModuleError, OperationalError

from copilot.db import migrate
from copilot.db.schema import customer_phones, customers, generations, orders, passages, state
from copilot.errors import ConfigurationError
from copilot.schemas import Customer, Order, Passage
from copilot.settings import Settings

Shapes = dict[str, tuple[int, int]]


def as_utc(value: datetime) -> datetime:
    """SQLite hands datetimes back without their zone; everything here is written in UTC."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def order_lookup_key(order_id: str) -> str:
    """Order ids as people type them: '#W123', 'w123' and 'W 123' are the same order."""
    return "".join(ch for ch in order_id.upper() if ch.isalnum())


def phone_digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def e164(phone: str, region: str) -> str:
    """A phone number as messaging providers address it (+15550102000); numbers on file written
    without a country code are read as ``region``'s. Unparseable input keeps its digits."""
    try:
        parsed = phonenumbers.parse(phone, region)
    except phonenumbers.NumberParseException:
        return "+" + phone_digits(phone)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def same_phone(typed: str, on_file: str) -> bool:
    """Equal digits, or the same number with and without its country code (7+ digits in common)."""
    typed, on_file = phone_digits(typed), phone_digits(on_file)
    if len(on_file) < 7 or len(typed) < 7:
        return False
    short, long = sorted((typed, on_file), key=len)
    return short == long or (long.endswith(short) and len(long) - len(short) <= 3)


def order_shapes(order_ids: Iterable[str]) -> Shapes:
    """The shop's order number shapes: letter prefix -> (fewest, most) digits."""
    shapes: Shapes = {}
    for order_id in order_ids:
        match = re.fullmatch(r"([A-Z]*)(\d+)", order_lookup_key(order_id))
        if match is None:
            continue
        prefix, digits = match.group(1), len(match.group(2))
        low, high = shapes.get(prefix, (digits, digits))
        shapes[prefix] = (min(low, digits), max(high, digits))
    return shapes


def _name_key(first: str | None, last: str | None) -> str:
    return " ".join(" ".join(part.split()).lower() for part in (first, last) if part)


def _zip_key(zip_code: str | None) -> str:
    return "".join((zip_code or "").split()).lower()


@dataclass(frozen=True)
class Generation:
    id: int
    passage_count: int
    fingerprint: str


def create_store_engine(url: str, *, upgrade: bool = True) -> Engine:
    """An engine on the database at ``url``, migrated to this version's schema (unless ``upgrade`` is
    off); a URL that names no usable database is a ``ConfigurationError`` that says so (the password
    never shown)."""
    try:
        engine = _engine(url)
        if upgrade:
            migrate.upgrade(engine)
    except (ArgumentError, NoSuchModuleError, OperationalError, InterfaceError) as exc:
        shown = _shown(url)
        reason = " ".join(str(getattr(exc, "orig", None) or exc).split())[:200]
        raise ConfigurationError(f"database {shown} (COPILOT_DATABASE_URL) cannot be used: {reason}") from exc
    return engine


def _shown(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return repr(url[:80])


def _engine(url: str) -> Engine:
    engine = create_engine(url, future=True, pool_pre_ping=True)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):  # type: ignore[no-untyped-def]
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA busy_timeout=10000")  # first: the next line waits for other writers
            if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":  # kept in the file: once
                cursor.execute("PRAGMA journal_mode=WAL")
            # WAL's recommended durability: commits stay atomic and survive a process crash; only an
            # OS crash or power cut can roll back the last few. Saves an fsync per turn.
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

    return engine


def engine_for_settings(settings: Settings, *, upgrade: bool = False) -> Engine:
    """The configured database (the home's SQLite file unless COPILOT_DATABASE_URL is set)."""
    if settings.database_url is None:
        settings.home.mkdir(parents=True, exist_ok=True)
    return create_store_engine(settings.resolved_database_url, upgrade=upgrade)


class Store:
    """Reads and the one atomic write of an ingest."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def from_url(cls, url: str) -> Store:
        return cls(create_store_engine(url))

    @classmethod
    def for_settings(cls, settings: Settings) -> Store:
        return cls(engine_for_settings(settings, upgrade=True))

    # -- generations ---------------------------------------------------------------------------
    def active_generation(self) -> Generation | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(state.c.value).where(state.c.key == "active_generation")).first()
            if row is None:
                return None
            gen = conn.execute(select(generations).where(generations.c.id == int(row[0]))).first()
        if gen is None:
            return None
        return Generation(id=gen.id, passage_count=gen.passage_count, fingerprint=gen.fingerprint)

    def passage_rows(self, generation_id: int) -> list[tuple[str, str]]:
        """(content_id, passage JSON) of a generation, in a stable order."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(passages.c.content_id, passages.c.data)
                .where(passages.c.generation_id == generation_id)
                .order_by(passages.c.content_id)
            ).all()
        return [(row[0], row[1]) for row in rows]

    def publish(
        self,
        new_passages: Sequence[Passage],
        new_customers: Iterable[Customer],
        new_orders: Iterable[Order],
        *,
        fingerprint: str,
        sources: str,
        shop: str,
    ) -> Generation:
        """Make a new generation active and replace customers and orders, all in one transaction."""
        with self.engine.begin() as conn:
            previous = conn.execute(
                select(state.c.value).where(state.c.key == "active_generation")
            ).scalar_one_or_none()
            gen_id = conn.execute(
                insert(generations)
                .values(
                    created_at=datetime.now(UTC),
                    passage_count=len(new_passages),
                    fingerprint=fingerprint,
                    sources=sources,
                )
                .returning(generations.c.id)
            ).scalar_one()
            rows = [
                {"generation_id": gen_id, "content_id": p.content_id, "data": p.model_dump_json()}
                for p in new_passages
            ]
            for start in range(0, len(rows), 5000):
                conn.execute(insert(passages), rows[start : start + 5000])
            new_customers, new_orders = list(new_customers), list(new_orders)
            self._replace_customers(conn, new_customers)
            self._replace_orders(conn, new_orders)
            shapes = json.dumps(order_shapes(o.order_id for o in new_orders))
            conn.execute(delete(state).where(state.c.key.in_(["shop", "order_shapes"])))
            conn.execute(
                insert(state), [{"key": "shop", "value": shop}, {"key": "order_shapes", "value": shapes}]
            )
            if previous is None:
                conn.execute(insert(state).values(key="active_generation", value=str(gen_id)))
            else:
                conn.execute(
                    update(state).where(state.c.key == "active_generation").values(value=str(gen_id))
                )
                conn.execute(delete(passages).where(passages.c.generation_id != gen_id))
        return Generation(id=int(gen_id), passage_count=len(new_passages), fingerprint=fingerprint)

    @staticmethod
    def _replace_customers(conn: Connection, items: Iterable[Customer]) -> None:
        conn.execute(delete(customers))
        conn.execute(delete(customer_phones))
        rows = [
            {
                "customer_id": c.customer_id,
                "email": (c.email or "").lower() or None,
                "name": _name_key(c.first_name, c.last_name) or None,
                "zip": _zip_key(c.zip or (c.address.zip if c.address else None)) or None,
                "data": c.model_dump_json(),
            }
            for c in items
        ]
        if rows:
            conn.execute(insert(customers), rows)
        phones = [
            {"tail": digits[-7:], "digits": digits, "customer_id": c.customer_id}
            for c in items
            if c.phone and len(digits := phone_digits(c.phone)) >= 7
        ]
        if phones:
            conn.execute(insert(customer_phones), phones)

    @staticmethod
    def _replace_orders(conn: Connection, items: Iterable[Order]) -> None:
        conn.execute(delete(orders))
        rows = [
            {
                "order_id": o.order_id,
                "lookup_key": order_lookup_key(o.order_id),
                "customer_id": o.customer_id,
                "status": o.status,
                "data": o.model_dump_json(),
            }
            for o in items
        ]
        if rows:
            conn.execute(insert(orders), rows)

    @staticmethod
    def put_order(conn: Connection, order: Order) -> None:
        """One order as it now stands (a shop's event), in the caller's transaction; the next ingest
        replaces every order again."""
        key = order_lookup_key(order.order_id)
        conn.execute(delete(orders).where(orders.c.lookup_key == key))
        conn.execute(
            insert(orders).values(
                order_id=order.order_id,
                lookup_key=key,
                customer_id=order.customer_id,
                status=order.status,
                data=order.model_dump_json(),
            )
        )

    def shop_name(self) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(select(state.c.value).where(state.c.key == "shop")).scalar_one_or_none()

    def order_shapes(self) -> Shapes:
        """The shapes of the shop's order numbers (letter prefix -> digit counts), learnt at ingest."""
        with self.engine.connect() as conn:
            raw = conn.execute(
                select(state.c.value).where(state.c.key == "order_shapes")
            ).scalar_one_or_none()
        return {prefix: (low, high) for prefix, (low, high) in json.loads(raw or "{}").items()}

    # -- lookups -------------------------------------------------------------------------------
    def order(self, order_id: str) -> Order | None:
        with self.engine.connect() as conn:
            data = conn.execute(
                select(orders.c.data).where(orders.c.lookup_key == order_lookup_key(order_id))
            ).scalar_one_or_none()
        return Order.model_validate_json(data) if data else None

    def orders_of(self, customer_id: str) -> list[Order]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(orders.c.data).where(orders.c.customer_id == customer_id).order_by(orders.c.order_id)
            ).scalars()
            return [Order.model_validate_json(r) for r in rows]

    def customer(self, customer_id: str) -> Customer | None:
        with self.engine.connect() as conn:
            data = conn.execute(
                select(customers.c.data).where(customers.c.customer_id == customer_id)
            ).scalar_one_or_none()
        return Customer.model_validate_json(data) if data else None

    def customer_by_email(self, email: str) -> Customer | None:
        with self.engine.connect() as conn:
            data = conn.execute(
                select(customers.c.data).where(customers.c.email == email.strip().lower())
            ).first()
        return Customer.model_validate_json(data[0]) if data else None

    def customer_by_phone(self, typed: str) -> Customer | None:
        """The one customer with this phone number on file (typed with or without a country code)."""
        digits = phone_digits(typed)
        if len(digits) < 7:
            return None
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(customer_phones.c.digits, customer_phones.c.customer_id).where(
                    customer_phones.c.tail == digits[-7:]
                )
            ).all()
        owners = {row.customer_id for row in rows if same_phone(digits, row.digits)}
        return self.customer(owners.pop()) if len(owners) == 1 else None

    def customer_by_name_zip(self, first_name: str, last_name: str, zip_code: str) -> Customer | None:
        """Exact match on full name and zip; None if it matches nobody or is ambiguous."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(customers.c.data).where(
                    customers.c.name == _name_key(first_name, last_name),
                    customers.c.zip == _zip_key(zip_code),
                )
            ).all()
        return Customer.model_validate_json(rows[0][0]) if len(rows) == 1 else None

    def all_orders(self) -> list[Order]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(orders.c.data).order_by(orders.c.order_id)).scalars()
            return [Order.model_validate_json(r) for r in rows]

    def all_customers(self) -> list[Customer]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(customers.c.data).order_by(customers.c.customer_id)).scalars()
            return [Customer.model_validate_json(r) for r in rows]

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                "customers": conn.execute(select(func.count()).select_from(customers)).scalar_one(),
                "orders": conn.execute(select(func.count()).select_from(orders)).scalar_one(),
            }
