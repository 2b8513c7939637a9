"""The third-party tau-bench store ingests unchanged through examples/tau_retail.yaml."""

from __future__ import annotations

import json

from copilot.retrieval import Retriever
from copilot.settings import Settings
from copilot.store import Store
from tests.conftest import TAU_DIR


def test_counts_match_the_data(tau_settings: Settings) -> None:
    store = Store.from_url(tau_settings.resolved_database_url)
    assert store.counts() == {"customers": 500, "orders": 1000}
    active = store.active_generation()
    assert active is not None
    kinds = [json.loads(data)["kind"] for _, data in store.passage_rows(active.id)]
    assert kinds.count("product") == 50 and kinds.count("variant") == 591 and kinds.count("document") > 5


def test_orders_and_customers_map_every_field(tau_settings: Settings) -> None:
    raw = json.loads((TAU_DIR / "orders.json").read_text())["#W2611340"]
    store = Store.from_url(tau_settings.resolved_database_url)
    order = store.order("#W2611340")
    assert order is not None and order.customer_id == raw["user_id"] and order.status == raw["status"]
    assert [i.variant_id for i in order.items] == [i["item_id"] for i in raw["items"]]
    assert order.total == round(sum(i["price"] for i in raw["items"]), 2)
    assert order.shipments[0].tracking_numbers == raw["fulfillments"][0]["tracking_id"]
    assert order.payments[0].amount == raw["payment_history"][0]["amount"]
    user = json.loads((TAU_DIR / "users.json").read_text())[raw["user_id"]]
    by_email = store.customer_by_email(user["email"])
    by_name = store.customer_by_name_zip(
        user["name"]["first_name"], user["name"]["last_name"], user["address"]["zip"]
    )
    assert by_email is not None and by_name is not None and by_email.customer_id == by_name.customer_id
    assert "payment_methods" in by_email.extra
    assert {o.order_id for o in store.orders_of(by_email.customer_id)} == set(user["orders"])


def test_policy_and_variant_search(tau_settings: Settings) -> None:
    retriever = Retriever(tau_settings)
    refund = retriever.search("how many days until I get refunded to my credit card", 5)
    assert any("5 to 7 business days" in h.passage.text for h in refund)
    [hit] = retriever.search("9612497925", 1)
    assert hit.passage.key == "variant:9523456873:9612497925" and "$50.88" in hit.passage.text
