"""Questions about products on a store invented here (Hollow Oak Games & Gifts): a fact only the
product's own data can give is never answered by a page's sentence about something else; the word
after a product's name belongs to it; an option whose name measures what is asked lists its values;
"what kind of X have you got" and "which X do you carry" list the kind, sold-out ones too; a short
question about a part of the product in focus goes on with it; the shop's phone number comes from
the sentence that has one; an order's platform status says whether it has shipped, and one waiting for its
payment says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from copilot.drafting.orders import order_facts
from copilot.schemas import Order, Shipment
from copilot.service import Copilot
from tests.chat import converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

PRODUCTS = [
    {
        "product_id": "G1",
        "name": "Lantern Harbor",
        "category": "Board Games",
        "description": "<p>Guide your fleet home through the fog.</p><p>Players: 1-4</p><p>Play time: 60-90 "
        "minutes</p><h3>What's in the box</h3><ul><li>Game board</li><li>40 wooden ships</li></ul>",
        "variants": [_variant("LH-1", {}, 49.0)],
    },
    {
        "product_id": "E1",
        "name": "Lantern Harbor: Stormwatch Expansion",
        "category": "Expansions",
        "description": "Adds storms and a fifth player. Requires the Lantern Harbor base game.",
        "variants": [_variant("LH-E1", {}, 25.0, available=False)],
    },
    {
        "product_id": "E2",
        "name": "Lantern Harbor: Lighthouse Expansion",
        "category": "Expansions",
        "description": "Adds a lighthouse keeper role. Requires Lantern Harbor.",
        "variants": [_variant("LH-E2", {}, 19.0)],
    },
    {
        "product_id": "W1",
        "name": "Petite Mesh Watch",
        "category": "Watches",
        "description": "A slim watch on a fine mesh strap. Case: 28mm stainless steel.",
        "variants": [_variant("PMW-S", {"Strap colour": "Silver"}, 120.0)],
    },
    {
        "product_id": "N1",
        "name": "Pearl Drop Pendant",
        "category": "Necklaces",
        "description": "A freshwater pearl on a fine chain. Chain: Sterling silver trace chain, 1mm.",
        "variants": [
            _variant("PDP-16", {"Chain Length": '16"'}, 65.0),
            _variant("PDP-18", {"Chain Length": '18"'}, 69.0),
        ],
    },
    {
        "product_id": "B1",
        "name": "Charm Bracelet",
        "category": "Bracelets",
        "description": "A rolo chain bracelet with a heart tag.",
        "variants": [_variant("CB-1", {}, 52.0)],
    },
    {
        "product_id": "B2",
        "name": "Tennis Bracelet",
        "category": "Bracelets",
        "description": "A line of small stones.",
        "variants": [_variant("TB-1", {}, 120.0)],
    },
    {
        "product_id": "J1",
        "name": "Autumn Harbour Jigsaw",
        "category": "Puzzles",
        "description": "<p>A harbour at dusk.</p>"
        "<ul><li>500 pieces: 19 x 14 in</li><li>1000 pieces: 27 x 19 in</li></ul>",
        "variants": [
            _variant("AHJ-500", {"Piece count": "500 pieces"}, 16.99),
            _variant("AHJ-1000", {"Piece count": "1000 pieces"}, 18.99),
        ],
    },
]

PRODUCTS += [
    {
        "product_id": "S1",
        "name": "Starforge Frontier",
        "category": "Board Games",
        "description": "<p>Pre-order: a space exploration game.</p><p>Release date: March 12, 2027.</p>",
        "variants": [{**_variant("SF-1", {}, 79.99, available=False), "backorder": True}],
    },
    {
        "product_id": "P1",
        "name": "Miniature Acrylic Paint",
        "category": "Paints",
        "description": "Highly pigmented acrylic paint for miniatures.",
        "variants": [
            _variant("MAP-GG-12", {"Colour": "Goblin Green", "Pot size": "12 ml"}, 3.75),
            _variant("MAP-GG-18", {"Colour": "Goblin Green", "Pot size": "18 ml"}, 4.95, available=False),
            _variant("MAP-DR-18", {"Colour": "Dragon Red", "Pot size": "18 ml"}, 4.95),
        ],
    },
    {
        "product_id": "C1",
        "name": "Glacier Trek",
        "category": "Board Games > Cooperative Games",
        "description": "Rope up and reach the summit together.",
        "variants": [_variant("GT-1", {}, 49.99)],
    },
]

PRODUCTS += [
    {
        "product_id": "T1",
        "name": "Turkish Cotton Towel",
        "category": "Towels",
        "description": "<p>Plush Turkish cotton.</p><table><tr><th>Towel</th><th>Size</th></tr>"
        "<tr><td>Washcloth</td><td>13 x 13 in</td></tr>"
        "<tr><td>Bath Sheet</td><td>40 x 70 in</td></tr></table>",
        "variants": [
            _variant("TCT-W", {"Towel": "Washcloth"}, 9.0),
            _variant("TCT-B", {"Towel": "Bath Sheet"}, 39.0),
        ],
    },
    {
        "product_id": "D1",
        "name": "Down Pillow",
        "category": "Pillows",
        "description": "<p>A squashy pillow.</p>"
        "<p>Fill: 75% white duck down, 25% feather; 600 fill power.</p>",
        "variants": [_variant(f"DP-{f}", {"Fill Firmness": f}, 79.0) for f in ("Soft", "Medium", "Firm")],
    },
    {
        "product_id": "SS1",
        "name": "Sateen Sheet Set",
        "category": "Sheet Sets",
        "description": "<p>Thread count: 400.</p>"
        "<p>Set includes a flat sheet, a fitted sheet and two pillowcases.</p>",
        "variants": [
            _variant("SSS-Q", {"Bed Size": "Queen"}, 119.0),
            _variant("SSS-K", {"Bed Size": "King"}, 139.0),
        ],
    },
    {
        "product_id": "SS2",
        "name": "Flannel Sheet Set",
        "category": "Sheet Sets",
        "description": "<p>Brushed cotton flannel.</p>",
        "variants": [
            _variant("FSS-T", {"Bed Size": "Twin"}, 79.0),
            _variant("FSS-K", {"Bed Size": "King"}, 129.0),
        ],
    },
]

WARRANTY = """# Warranty

Watches carry a 2-year guarantee on the movement; straps, glass and batteries are not covered.
Jewellery is guaranteed against manufacturing faults for 12 months.
"""

CONTACT = """# Contact us

Our team answers chat every weekday. Email hello@hollowoak.example or call (503) 555-0147, Monday to
Friday, 9am to 5pm. Please have your order number ready.
"""


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(
        tmp_path_factory.mktemp("hollow_oak"),
        "Hollow Oak Games & Gifts",
        PRODUCTS,
        {"warranty.md": WARRANTY, "contact.md": CONTACT},
    )


def test_a_products_own_fact_is_not_answered_by_a_page_about_something_else(shop: Copilot) -> None:
    battery = converse(shop, "what battery does the petite mesh watch take?")
    assert "not covered" not in battery.reply, battery.reply
    assert battery.action == "escalate" or "doesn't say" in battery.reply, battery.reply
    covered = converse(shop, "is the battery covered by the warranty on the petite mesh watch?")
    assert "batteries are not covered" in covered.reply, covered.reply  # the warranty page's to answer


def test_the_word_after_a_products_name_belongs_to_it(shop: Copilot) -> None:
    heavy = converse(shop, "how heavy is the lantern harbor box")
    assert "What's in the box" not in heavy.reply and "wooden ships" not in heavy.reply, heavy.reply
    players = converse(shop, "how many players is lantern harbor?")
    assert "1-4" in players.reply, players.reply


def test_an_option_that_measures_what_is_asked_lists_its_values(shop: Copilot) -> None:
    chain = converse(shop, "tell me about the pearl drop pendant", "how long is the chain?")
    assert '16"' in chain.reply and '18"' in chain.reply, chain.reply
    pieces = converse(shop, "what piece counts can i get autumn harbour in")
    assert "500 pieces" in pieces.reply and "1000 pieces" in pieces.reply, pieces.reply


def test_a_kind_asked_for_is_listed_with_what_is_sold_out(shop: Copilot) -> None:
    bracelets = converse(shop, "what kind of bracelets have you got")
    assert "Charm Bracelet" in bracelets.reply and "Tennis Bracelet" in bracelets.reply, bracelets.reply
    expansions = converse(shop, "which expansions do you carry")
    assert "Lighthouse Expansion" in expansions.reply and "Stormwatch Expansion" in expansions.reply
    assert "out of stock" in expansions.reply.lower(), expansions.reply


def test_the_shops_phone_number_comes_from_the_sentence_that_has_one(shop: Copilot) -> None:
    phone = converse(shop, "whats your phone number")
    assert "(503) 555-0147" in phone.reply and phone.action == "answer", phone.reply


def test_an_orders_platform_status_says_whether_it_has_shipped() -> None:
    order = Order(
        order_id="4812",
        customer_id="C1",
        status="completed",
        fulfillment_status="fulfilled",
        shipments=[Shipment(carrier="ups", tracking_numbers=["1ZHYTR087622926458"])],
    )
    assert order_facts(order, "order_tracking").startswith("Order 4812 is completed and has shipped;")
    assert "has shipped" in order_facts(order, "order_status")
    fulfilled = order.model_copy(update={"status": "fulfilled"})
    assert "fulfilled and has shipped" in order_facts(fulfilled, "order_tracking")
    shipped = order.model_copy(update={"status": "shipped"})
    assert "and has shipped" not in order_facts(shipped, "order_status")


def test_where_is_an_order_waiting_for_its_payment_says_so() -> None:
    order = Order(order_id="2414", customer_id="C1", status="unfulfilled", payment_status="pending")
    assert order_facts(order, "order_tracking").endswith("has no tracking number yet. Payment: pending.")
    paid = order.model_copy(update={"payment_status": "paid"})
    assert "Payment" not in order_facts(paid, "order_tracking")


def test_two_versions_of_one_product_are_compared_on_their_own_lines(shop: Copilot) -> None:
    bigger = converse(shop, "which is bigger, the 500 or the 1000 piece autumn harbour?")
    assert "19 x 14 in" in bigger.reply and "27 x 19 in" in bigger.reply, bigger.reply


def test_a_product_that_says_pre_order_is_offered_for_pre_order_with_its_date(shop: Copilot) -> None:
    result = converse(shop, "can I buy starforge frontier yet? when does it come out")
    assert "pre-order" in result.reply and "March 12, 2027" in result.reply, result.reply


def test_a_heading_brings_its_list_and_an_expansion_says_what_it_needs(shop: Copilot) -> None:
    box = converse(shop, "whats in the box for lantern harbor")
    assert "40 wooden ships" in box.reply, box.reply
    base = converse(shop, "do i need the base game for stormwatch??")
    assert "Requires the Lantern Harbor base game" in base.reply, base.reply


def test_two_option_values_name_a_variant_without_its_product(shop: Copilot) -> None:
    result = converse(shop, "goblin green 18 ml - got any?")
    assert "Miniature Acrylic Paint" in result.reply and "out of stock" in result.reply, result.reply


def test_anything_of_a_kind_or_a_section_lists_it(shop: Copilot) -> None:
    cooperative = converse(shop, "we hate competitive games, do you have anything cooperative?")
    assert "Glacier Trek" in cooperative.reply and "Lantern Harbor" not in cooperative.reply, (
        cooperative.reply
    )
    section = converse(shop, "what's in your expansions section")
    assert "Lighthouse Expansion" in section.reply, section.reply


def test_an_option_kind_asked_of_a_product_whose_option_is_named_otherwise_reads_its_table(
    shop: Copilot,
) -> None:
    sizes = converse(shop, "turkish cotton towels - what sizes are there")
    # the table's rows, named by their row and column (e7826fd): "Washcloth Size: 13 x 13 in"
    assert "Washcloth Size: 13 x 13 in" in sizes.reply and "Bath Sheet Size: 40 x 70 in" in sizes.reply, (
        sizes.reply
    )


def test_an_options_name_is_no_value_and_a_line_that_says_more_wins(shop: Copilot) -> None:
    firmness = converse(shop, "down pillow firmness options?")
    assert all(f in firmness.reply for f in ("Soft", "Medium", "Firm")), firmness.reply
    power = converse(shop, "fill power on the down pillow?")
    assert "600 fill power" in power.reply, power.reply


def test_set_contents_thread_count_and_the_cheapest_in_a_size(shop: Copilot) -> None:
    contents = converse(shop, "what comes in the sateen sheet set sz queen?")
    assert "flat sheet" in contents.reply and "pillowcases" in contents.reply, contents.reply
    count = converse(shop, "whats the tc on the sateen sheet set?")
    assert "400" in count.reply, count.reply
    cheapest = converse(shop, "cheapest sheet set in king size")
    assert "Flannel Sheet Set" in cheapest.reply and "$129.00" in cheapest.reply, cheapest.reply


BOOKS = [
    {
        "product_id": "B1",
        "name": "The Salt Road",
        "category": "Books > Fiction",
        "description": "<p>Two sisters walk the old salt road.</p><ul><li>Author: Mira Castellane</li>"
        "<li>Publisher: Northwind Press</li><li>Pages: 384</li><li>Publication date: April 8, 2025</li></ul>",
        "variants": [
            _variant("SR-HC", {"Format": "Hardcover"}, 34.99),
            _variant("SR-PB", {"Format": "Paperback"}, 22.99),
        ],
    },
]


def test_a_books_own_facts_are_answered_and_what_it_does_not_say_is_said(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    books = invented_shop(tmp_path_factory.mktemp("margin"), "Margin Books", BOOKS)
    assert "Mira Castellane" in converse(books, "who wrote the salt road?").reply  # published, not personal
    assert "Northwind Press" in converse(books, "who's the publisher of the salt road").reply
    assert "384" in converse(books, "how many pages is the salt road?").reply
    assert "April 8, 2025" in converse(books, "when did the salt road come out?").reply
    narrator = converse(books, "who narrates the salt road audiobook?")
    assert "doesn't say" in narrator.reply and "member of our team" in narrator.reply, narrator.reply


def test_a_description_that_ends_in_a_list_ends_there(tmp_path: Path) -> None:
    """A description whose last line is a list item ("Best for: a quick clean before the weekend") is
    not read on into the product's price line."""
    vacuum = invented_product(
        "VAC",
        "Pool Vacuum Head",
        "Cleaning",
        ["Width: 35 cm", "Best for: a quick clean before the weekend"],
        [_variant("PV-35", {}, 59.0)],
        "Saltbush",
    )
    shop = invented_shop(tmp_path, "Saltbush Pools", [vacuum], {}, "AUD")
    reply = converse(shop, "pool vacuum for weekend cleaning?").reply
    assert "before the weekend" in reply and "weekend Price" not in reply, reply
