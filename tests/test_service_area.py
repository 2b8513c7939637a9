"""Questions on a store invented here (Weald Floors: carpets, fitted by the shop's own fitters in the
counties its services page lists) about where its people work: a place the page's list names is covered
("Yes: ..."), by a county or a town in brackets; a county of the same country it leaves out is answered
by the list and the page's "We don't fit outside these counties"; where things are sent stays the rates
table's, and "in teal" names no place. A page headed by another product the question names too answers:
"can a weald gift card be used for the carpet fitting service?" and the FAQ's "Gift cards". "Are your
fitters certified?" is the section headed "Our fitters"."""

from __future__ import annotations

import pytest

from copilot.drafting.service_area import places_asked
from copilot.service import Copilot
from tests.chat import converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Weald Floors"
PRODUCTS = [
    invented_product(
        "TWIST",
        "Heathfield Twist Carpet",
        "Carpets",
        ["Pile: 100% wool twist", "Width: 4 m or 5 m"],
        [_variant("TW-OAT", {"Colour": "Oatmeal"}, 32.0), _variant("TW-TEAL", {"Colour": "Teal"}, 34.0)],
        MAKER,
    ),
    invented_product(
        "GIFT",
        "Weald Floors Gift Card",
        "Gift Cards",
        ["Sent by email."],
        [_variant("GIFT-25", {"Amount": "£25"}, 25.0), _variant("GIFT-50", {"Amount": "£50"}, 50.0)],
        MAKER,
    ),
    invented_product(
        "STAIR",
        "Stair Fitting by a Certified Fitter",
        "Services",
        ["Stair carpet fitted by our certified fitters, per flight."],
        [_variant("STAIR-1", {}, 60.0)],
        MAKER,
    ),
    invented_product(
        "FIT",
        "Carpet Fitting Service",
        "Services",
        ["Fitting of any carpet we supply, with gripper and underlay laid."],
        [_variant("FIT-1", {}, 8.0)],
        MAKER,
    ),
]
PAGES = {
    "services.md": "# Fitting\n\n## Where we fit\n\nOur fitters cover Kent, Surrey and East Sussex "
    "(Tunbridge Wells, Sevenoaks and Crawley). We don't fit outside these counties, but we deliver "
    "carpets anywhere in Great Britain for your own fitter.\n\n## Our fitters\n\n"
    "All our fitters are FITA-trained and carry public liability insurance.\n\n"
    "## Booking\n\nFitting is booked about two weeks ahead.\n",
    "faq.md": "# FAQ\n\n## Gift cards\n\nOur gift cards come in £25 and £50 and never expire. They can be "
    "used for carpets and for our fitting service.\n",
    "delivery.md": "# Delivery\n\n## Rates\n\n| Zone | Where | Rate |\n|---|---|---|\n"
    "| South East | Kent, Surrey, Sussex, Essex | £15 |\n| Rest of Great Britain | Everywhere else | £35 |\n",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("weald"), MAKER, PRODUCTS, PAGES, currency="GBP")


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("do you fit carpets in sevenoaks?", ["Yes: Our fitters cover Kent"], ["don't"]),
        ("would your fitters come out to a house in surrey", ["Yes: Our fitters cover Kent"], []),
        (
            "can you fit a carpet in essex?",
            ["Our fitters cover Kent", "We don't fit outside these counties"],
            ["Yes"],
        ),
    ],
)
def test_where_the_shops_people_work_is_the_pages_list_of_places(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    reply = converse(shop, question).reply
    assert all(s in reply for s in said) and not any(s in reply for s in not_said), reply


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("how much is delivery to essex?", "£15"),
        ("do you deliver locally in surrey? how much?", "£15"),
        ("do you have the heathfield twist in teal?", "Teal"),
    ],
)
def test_sending_and_versions_are_not_asked_of_the_fitters_area(
    shop: Copilot, question: str, said: str
) -> None:
    reply = converse(shop, question).reply
    assert said in reply and "fitters cover" not in reply, reply


def test_a_page_on_another_product_the_question_names_answers(shop: Copilot) -> None:
    reply = converse(shop, "can a weald gift card be used for the carpet fitting service").reply
    assert "used for carpets and for our fitting service" in reply, reply


def test_the_shops_own_people_are_the_section_it_heads_with_them(shop: Copilot) -> None:
    reply = converse(shop, "are your fitters certified?").reply
    assert reply.startswith("All our fitters are FITA-trained"), reply


def test_a_word_of_the_shops_products_is_no_place_no_list_knows() -> None:
    """ "in the nordic 1200x1200" names a tile, not a place; "in thurles" may be a place a page lists."""
    assert (
        places_asked("10 square metres in the nordic 1200x1200, how many boxes?", lambda w: w == "nordic")
        == []
    )
    assert places_asked("would ye sweep a chimney in thurles?", lambda w: w == "nordic") == ["thurles"]
