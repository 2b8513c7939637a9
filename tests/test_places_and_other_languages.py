"""An invented Canadian tea shop (Laurentide Tea Co., CAD). A city asked about is answered by its
province's row of the rates table, however the pages found first speak of shipping in general ("how much
is shipping to montreal?" and "Ontario and Quebec: $14.95", not "We don't ship anywhere else."), and with
or without its accents ("Montréal"). A question in French or Spanish reads as the English the page is
written in: "jamais utilisée" and "sin usar" are "unused", "livrez-vous" asks about delivery, and a word
the glossary does not read ("théière", "tetera") is one we cannot read, not a brand the shop is silent
on. A product's price, stock or sale asked in another language ("combien coûte le sencha ?", "¿tienen
el matcha?", "c'è uno sconto sul genmaicha?") is answered as in English, not handed to a person."""

from __future__ import annotations

from pathlib import Path

import pytest

from copilot.service import Copilot
from copilot.understanding import classify
from tests.chat import assert_reply, converse
from tests.small_shop import invented_shop
from tests.small_shop import invented_variant as _variant

SHOP = "Laurentide Tea Co."

PRODUCTS = [
    {
        "product_id": "POT",
        "name": "Cast Iron Teapot",
        "category": "Teaware",
        "description": "<p>A 0.8 L cast iron teapot with a stainless infuser.</p>",
        "variants": [_variant("POT-08", {"Colour": "Black"}, 64.00)],
    },
    {
        "product_id": "SENCHA",
        "name": "Organic Sencha",
        "category": "Green tea",
        "description": "<p>A steamed Japanese green tea.</p>",
        "variants": [_variant("SEN-100", {"Size": "100 g"}, 18.50)],
    },
    {
        "product_id": "MATCHA",
        "name": "Ceremonial Matcha",
        "category": "Green tea",
        "description": "<p>Stone-ground tencha from Uji.</p>",
        "variants": [_variant("MAT-30", {"Size": "30 g"}, 32.00, available=False)],
    },
    {
        "product_id": "GENMAI",
        "name": "Genmaicha",
        "category": "Green tea",
        "description": "<p>Green tea with toasted rice.</p>",
        "variants": [_variant("GEN-100", {"Size": "100 g"}, 12.00, compare_at_price=15.00)],
    },
]

PAGES = {
    "shipping.md": """# Shipping

We ship from our warehouse in Calgary to every province and territory in Canada and to the United
States. We don't ship anywhere else. All prices are in Canadian dollars.

## Rates and delivery times

| Destination | Standard | Delivery |
|---|---|---|
| Alberta | $9.95 | 2-4 business days |
| British Columbia, Saskatchewan and Manitoba | $12.95 | 3-5 business days |
| Ontario and Quebec | $14.95 | 4-7 business days |
| Atlantic Canada (NB, NS, PE, NL) | $16.95 | 5-9 business days |
| United States | $24.95 | 5-9 business days |

## Free shipping

Standard shipping is free on Canadian orders of $150 or more, before tax. US orders always pay the
rate in the table.

## When your order ships

Orders placed by 1 pm on a business day leave the same day. You get an email with tracking when your
parcel ships.

## Shipping to the United States

US orders ship by UPS with duties paid by us: there is nothing more to pay on delivery.

## Shipping gifts

Add a gift note at checkout and we leave the prices off the packing slip.
""",
    "returns.md": """# Returns

## Returns

You can return unused teaware within 30 days of delivery for a refund.

## Sale items

Items bought on sale can be returned within 14 days of delivery, for store credit.

## How to start a return

Email returns@laurentide.example with your order number. We reply within one business day.
""",
    "faq.md": """# FAQ

## Parlez-vous français ?

Oui ! Écrivez-nous en français : nous répondons en français en un jour ouvrable.
""",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("laurentide"), SHOP, PRODUCTS, PAGES, "CAD")


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("how much is shipping to montreal?", ["14.95"], ["anywhere else"]),
        ("combien coûte la livraison à Montréal ?", ["14.95"], ["9.95"]),
        ("how long does delivery to halifax take?", ["5-9 business days"], ["2-4"]),
        ("how much is shipping to winnipeg?", ["12.95"], ["anywhere else"]),
        # whether a tax is paid on arrival is a yes or no the place's own sentence answers, not its rate
        (
            "will i have to pay import duty if you ship to the united states?",
            ["duties paid by us"],
            ["24.95"],
        ),
    ],
)
def test_a_city_is_answered_by_its_provinces_row(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        (
            "Est-ce que je peux retourner une théière jamais utilisée ? J'ai combien de jours ?",
            ["30 days"],
            ["14 days", "français"],
        ),
        ("¿Puedo devolver una tetera sin usar? ¿Cuántos días tengo?", ["30 days"], ["14 days"]),
        ("Livrez-vous aux États-Unis ? Combien ?", ["24.95"], ["9.95"]),
    ],
)
def test_a_question_in_another_language_reads_as_the_pages_english(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("combien coûte le sencha ?", ["18.50"]),
        ("¿cuánto cuesta el sencha?", ["18.50"]),
        ("quanto costa il sencha?", ["18.50"]),
        ("est-ce que le matcha est en stock ?", ["out of stock"]),
        ("¿tienen el matcha?", ["out of stock"]),
        ("c'è uno sconto sul genmaicha?", ["12.00", "15.00"]),
    ],
)
def test_a_products_price_stock_or_sale_asked_in_another_language(
    shop: Copilot, question: str, said: list[str]
) -> None:
    assert_reply(shop, question, said, ["member of our team"])


@pytest.mark.parametrize(
    "question",
    [
        "A devolução do pedido TS-105533 chegou?",
        "Is mijn retour van bestelling TS-105533 al verwerkt?",
        "¿Ya llegó la devolución del pedido TS-105533?",
    ],
)
def test_a_question_about_a_return_in_another_language_is_not_a_request_to_return(question: str) -> None:
    """Read as English, "did the return of order X arrive?" keeps only "return order X" (the rest is
    unread): asking whether it arrived, not asking to return it (which would need a one-time code)."""
    assert classify(question) not in ("return_order", "cancel_order", "exchange_order", "modify_order")


def test_the_pronoun_us_names_no_united_states(tmp_path: Path) -> None:
    """ "do you ship to the usa?" is not answered by "Call us on ...", whose "us" is no US: by the
    sentence that says where the shop ships."""
    pages = {
        "shipping.md": "# Shipping\n\n## Where\n\nWe don't ship outside the UK, Ireland and the EU.\n",
        "faq.md": "# FAQ\n\n## How do I contact you?\n\nCall us on 023 9283 1140 during opening hours.\n",
    }
    shop = invented_shop(tmp_path, SHOP, PRODUCTS, pages, "GBP")
    for question in ("do you ship to the usa?", "can you post to the us?"):
        reply = converse(shop, question).reply
        assert "don't ship outside the UK" in reply and "Call us" not in reply, reply
