"""Exact lookups of customers and orders, on SQLite and (when a server can be started) PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from copilot.ingest import ingest
from copilot.settings import Settings
from copilot.store import Store
from tests.small_shop import write_small_shop


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    settings = Settings(home=tmp_path / "home")
    if request.param == "postgresql":
        url = request.getfixturevalue("postgres_database")  # each test starts from an empty database
        settings = Settings(home=tmp_path / "home", database_url=url)
    ingest(write_small_shop(tmp_path / "shop"), settings)
    return Store.from_url(settings.resolved_database_url)


@pytest.mark.parametrize("typed", ["#T1001", "T1001", "t1001", "#t 1001"])
def test_order_by_id_as_people_type_it(store: Store, typed: str) -> None:
    order = store.order(typed)
    assert order is not None and order.order_id == "#T1001" and order.status == "shipped"
    assert order.total == 28.0 and order.shipments[0].tracking_numbers == ["1Z999"]


def test_unknown_order_is_none(store: Store) -> None:
    assert store.order("#T9999") is None


def test_customer_by_email_ignores_case_and_spaces(store: Store) -> None:
    customer = store.customer_by_email("  ANN@example.com ")
    assert customer is not None and customer.customer_id == "C1"
    assert store.customer_by_email("nobody@example.com") is None


@pytest.mark.parametrize(
    ("first", "last", "zip_code", "expected"),
    [
        ("Ann", "Lee", "10001", "C1"),
        ("ann", " LEE ", "10001", "C1"),
        ("Ann", "Lee", "10002", None),
        ("Bo", "Lee", "10001", None),
        ("Bo", "Park", "94110", "C2"),
    ],
)
def test_customer_by_name_and_zip_is_exact(
    store: Store, first: str, last: str, zip_code: str, expected: str | None
) -> None:
    found = store.customer_by_name_zip(first, last, zip_code)
    assert (found.customer_id if found else None) == expected


def test_orders_of_a_customer(store: Store) -> None:
    assert [o.order_id for o in store.orders_of("C1")] == ["#T1001", "#T1002"]
    assert store.orders_of("C404") == []
    assert store.counts() == {"customers": 2, "orders": 3}
