"""A shop's pages asked in the shopper's words rather than the page's: "pick up" for Click & Collect,
"swap" for an exchange, "what discount" for "30% off", "what days" for the days a service runs, "and to
new zealand?" after another place; "what should i wear" for "What to wear", "kids club" for "Junior
Riders Club", a surcharge said of what the asked thing is ("bulky items"); a list of what the shop does
not sell that names the kind asked ("engine oil?" and "we don't sell ... oils"); a price match asked; a
version no option value can say; a policy asked whole ("what's your returns policy?") answered with the time
it gives, not the refund's days.
An invented bicycle shop."""

from __future__ import annotations

from pathlib import Path

import pytest

from copilot.service import Copilot
from tests.chat import converse
from tests.small_shop import invented_product, invented_shop, invented_variant

SHOP = "Bellbird Bikes"
PAGES = {
    "shipping.md": """# Shipping

## Rates

| Zone | Standard | Delivery time |
|---|---|---|
| Sydney Metro | $9.00 | 1-2 business days |
| Regional NSW | $14.00 | 2-4 business days |
| New Zealand | $29.00 | 5-8 business days |

## Click & Collect

Click & Collect from our Newtown store is free. We text you when your order is ready to collect.
The free-shipping threshold is worked out after any discount code.

## Newsletter

Sign up to our newsletter and get 10% off your first order.
""",
    "returns.md": """# Returns

## Wrong size

Exchanges for a different frame size are free within 30 days: we send you a prepaid label.

## Crash replacement

Had a crash? If you crash on a frame bought from us within 2 years, we give you 30% off a replacement
frame. Send us photos of the frame and your order number.

Always replace a helmet after a crash, even when you can't see damage.

## Return labels

Return a bike in its box with our prepaid label; a return label for a bike costs $25.

## Returning gifts

A returned gift is refunded as store credit to the person who returns it.

## Returns in store

You can return anything to our Newtown store within 30 days.

## Refunds

We refund within 5 business days of receiving your parcel, to the card you paid with.
""",
    "fitting.md": """# Bike fitting

A bike fit takes 90 minutes with one of our fitters at our Newtown store. If you buy a bike on the day
of your fit, the fee is credited against the bike.

Fits run Wednesday to Sunday, by appointment.
""",
    "rides.md": """# Group rides

## Beginner rides

Beginner group rides leave our Newtown store at 7 am on the first Sunday of each month.

## What to wear

Wear padded shorts and bring a rain jacket; we lend helmets.

## What to bring

- A spare inner tube
- Two full water bottles

## Junior Riders Club

For ages 9 to 15: Thursdays after school, $140 per 8-week term, bikes included.

## Service pickup

Bikes booked in for a service are ready for pickup within 2 days; we text you.
""",
    "bulky.md": """# Bulky items

Bike boxes and indoor trainers are bulky items. Orders with a bulky item pay a bulky item surcharge of
$25.00 per order, on top of the shipping rate.
""",
    "faq.md": """# FAQ

## Do you sell e-scooters or motorbikes?

No. We only sell bicycles and cycling gear: we don't sell e-scooters, motorbikes, car racks or oils, and
we don't sell children's or youth bikes.

## Do you offer lay-by?

We don't offer lay-by; Afterpay lets you pay in instalments.

## Which brands do you carry?

Only our own Kahu frames: we don't carry Brompton, Tern or Dahon, and we don't sell fat (snow) bikes.

## What payment methods do you take?

Visa, Mastercard, American Express and PayPal.

## Do you have a discount code?

Join our club newsletter and we email you a code for 15% off one service. We don't run other codes.

## Do you price match?

Yes: send us a link to the other shop's price and a member of our team will check it.
""",
}
PRODUCTS = [
    invented_product(
        "B1",
        "Kahu Road Bike",
        "Bikes",
        ["Frame: Aluminium", "Gears: 2 x 11", "Weight: 9.4 kg"],
        [invented_variant(f"KAHU-{s}", {"Frame size": s}, 1899.0) for s in ("50", "52", "54", "56")],
        SHOP,
    ),
    invented_product(
        "R1",
        "Saturday Skills Ride Pass",
        "Rides",
        ["See Group rides for times and what to bring."],
        [invented_variant("RIDE-1", {"Pass": "Single"}, 25.0)],
        SHOP,
    ),
    invented_product(
        "H1",
        "Trailtalk Helmet Headset",
        "Electronics",
        ["Bluetooth: 5.2", "Talk time: 11 hours", "Range: Up to 800 m rider to rider"],
        [invented_variant("TT-1", {"Pack": "Single"}, 249.0)],
        SHOP,
    ),
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("bellbird"), SHOP, PRODUCTS, PAGES, currency="AUD")


@pytest.mark.parametrize(
    ("turns", "said", "not_said"),
    [
        (["can i pick up my order from the shop instead?"], "Click & Collect", "newsletter"),
        (["bought the kahu in a 52 and its too small, can i swap for a 54?"], "Exchanges for a", "Weight"),
        (["do you do crash replacement on frames? what discount"], "30% off", "newsletter"),
        (["what days can i book a bike fit"], "Wednesday to Sunday", "Click"),
        (["how long does the battery last on the trailtalk headset"], "Talk time: 11 hours", "800 m"),
        (
            ["whats the range on the trailtalk headset", "and how long does the battery last?"],
            "11 hours",
            "800",
        ),
        (["shipping to sydney?", "and to new zealand?"], "$29.00", "$9.00"),
        # a section headed by what the question asks to do, its items sharing no word with it; and the page a
        # product's line points to ("See Group rides for ... what to bring")
        (["what should i bring on a group ride?"], "spare inner tube", "Wear padded"),
        (["what should i bring to the saturday skills ride?"], "spare inner tube", "See Group rides"),
        # "amex" is American Express, and American Express is a card, no express delivery
        (["do you take amex?"], "American Express", "Click"),
        # the answer the shop wrote under the FAQ closest to the question
        (["any discount codes going?"], "15% off one service", "worked out"),
        # a section headed by the kin of what is asked, found below the first five
        (["once you get my return how long till i see the money?"], "5 business days", "store credit"),
        # the place of the conversation, for a question of what its answer said
        (["do you ship to new zealand?", "how long does it take?"], "5-8 business days", "1-2"),
        (["shipping to regional nsw?", "how much is standard?", "and how long?"], "2-4 business days", "1-2"),
        (["do you sell engine oil?"], "we don't sell", "Kahu"),
        (["do you do kids bikes?"], "we don't sell", "Kahu"),
        (["what should i wear on my first group ride?"], "padded shorts", "7 am"),
        (["do you have a kids riding club? how much"], "$140", "Bike boxes"),
        (["when can i pick up my bike after a service?"], "within 2 days", "Sign up"),
        (["is there extra shipping on an indoor trainer?"], "$25.00", "Click"),
        (["can i buy an e-scooter from you guys?"], "we don't sell", "Kahu"),
        (["got any road bikes?"], "Kahu Road Bike", "don't sell"),
        # a maker the denial lists is the thing's maker; an aside in brackets is no part of an item
        (["do you carry brompton bikes?"], "we don't carry Brompton", "Kahu Road Bike ("),
        (["got any fat bikes?"], "we don't sell fat (snow) bikes", "Kahu Road Bike ("),
        # paying in instalments in other words, answered where the page names the way it is done
        (["can i spread the cost of a road bike?"], "Afterpay", "$1,899.00"),
        (["do you do buy now pay later"], "Afterpay", "Click"),
    ],
)
def test_a_page_answers_in_the_shoppers_words(
    shop: Copilot, turns: list[str], said: str, not_said: str
) -> None:
    result = converse(shop, *turns)
    assert result.action == "answer", result.reply
    assert said in result.reply and not_said not in result.reply, result.reply


@pytest.mark.parametrize("question", ["do you sell road bikes?", "do you have bikes?"])
def test_a_kind_the_shop_sells_is_not_denied_by_another_kinds_item(shop: Copilot, question: str) -> None:
    """ "children's or youth bikes" denies children's bikes, not bikes nor road bikes."""
    reply = converse(shop, question).reply
    assert "don't sell" not in reply and "Kahu Road Bike" in reply, reply


@pytest.mark.parametrize(
    "question", ["do you have bike trailers?", "do you have e-bikes?", "do you sell tandem bikes?"]
)
def test_a_kind_no_product_is_lists_none(shop: Copilot, question: str) -> None:
    """A road bike says "bike", but it is no bike trailer, no e-bike, and no tandem (a word the shop never
    writes)."""
    reply = converse(shop, question).reply
    assert "Kahu Road Bike" not in reply and "don't sell" not in reply, reply


def test_a_kind_the_shop_never_writes_is_not_answered_by_a_word_like_it(shop: Copilot) -> None:
    """ "got any axes?" (its stem "ax", two letters) is nothing the shop writes: not found, a person
    offered; never "Always replace a helmet after a crash"."""
    result = converse(shop, "got any throwing axes?")
    assert "couldn't find" in result.reply and "axes" in result.reply, result.reply


def test_a_denial_that_does_not_name_the_thing_is_no_answer(shop: Copilot) -> None:
    """ "do you have e-bikes?" is not answered by the FAQ's "No. ... we don't sell e-scooters,
    motorbikes, car racks or oils": it says nothing of e-bikes, so a person is offered."""
    result = converse(shop, "do you have e-bikes?")
    assert "don't sell" not in result.reply and not result.reply.startswith("No."), result.reply


def test_a_denial_that_goes_on_to_say_the_thing_answers(shop: Copilot) -> None:
    """ "We don't offer lay-by; Afterpay lets you pay in instalments" answers "can i pay in instalments?"."""
    result = converse(shop, "can i pay in instalments?")
    assert result.action == "answer" and "Afterpay" in result.reply, result.reply


def test_a_price_to_match_goes_to_a_person(shop: Copilot) -> None:
    result = converse(shop, "bikebarn has the kahu road bike in 54 for $1,699, can you match that for me?")
    assert result.action == "escalate", result.reply
    assert result.handoff is not None
    assert [r.rule for r in result.handoff.reasons] == ["out_of_scope"]


def test_a_version_its_sizes_cannot_say_is_not_guessed(shop: Copilot) -> None:
    """Sizes 50 to 56 say nothing of a step-through frame: the sizes, that our information does not
    say, and a person."""
    result = converse(shop, "does the kahu road bike come in a step-through frame?")
    assert "doesn't mention" in result.reply and "step through frame" in result.reply, result.reply
    assert result.action == "escalate" or "member of our team" in result.reply
    plain = converse(shop, "what frame sizes does the kahu road bike come in?")
    assert plain.action == "answer" and "50, 52, 54 and 56" in plain.reply, plain.reply


RATES = """# Shipping

We ship from our workshop in Hobart to every state and territory in Australia, by Australia Post.

## Free shipping

Standard shipping is free on orders over $150 anywhere in Australia.

## Rates

| Zone | States | Standard |
|---|---|---|
| Zone 1 | Tasmania, Victoria | $8.95 |
| Zone 2 | New South Wales, Queensland, ACT | $11.95 |
| Zone 3 | Western Australia, Northern Territory, South Australia | $16.95 |
| Rural delivery | Any rural address | Add $6.00 per parcel |

## Return shipping

Return shipping within Australia costs $12.95 for a prepaid Australia Post label.

## Shipping times

Shipping within Australia takes 2 to 6 business days after dispatch.

## Shipping outside Australia

We don't ship outside Australia yet.

## Tracking your shipping

Every shipping label within Australia is tracked; we email the link.

## Shipping large items

Large shipping items within Australia go by courier at no extra charge.
"""


def test_a_towns_rate_is_its_states_row_not_a_sentence_about_the_country(tmp_path: Path) -> None:
    """ "shipping to geelong?": Geelong is in Victoria, so Zone 1's rate; not the return label's price
    from a sentence that says only "Australia"."""
    shop = invented_shop(tmp_path, "Huon Pine Works", PRODUCTS[:1], {"shipping.md": RATES}, currency="AUD")
    reply = converse(shop, "how much is shipping to geelong?").reply
    assert "$8.95" in reply and "$12.95" not in reply, reply


POLICIES = {
    "returns.md": """# Returns

## Change of mind

You can send back unworn items within 45 days of delivery for a refund or an exchange.

## Return postage

Return postage is at your cost unless the item is faulty. Drop returns at the shop to save the postage.

## Refunds

Refunds go back to your card within 7 working days of your return reaching us.
""",
    "warranty.md": """# Warranty

We stand behind our bikes against manufacturing defects for these periods:

| Product | Warranty |
|---|---|
| Frames | 5 years |
| Wheels | 12 months |

## Claims

We assess claims within 3 working days and repair, replace or refund.
""",
    "services.md": """# Services

## Frame painting

| Service | Price |
|---|---|
| Logo setup for paint, per logo | $65.00 |
| Logo setup for decals, per logo | $45.00 |
| Custom paint, per frame | $240.00 |

We keep your logo on file, so repeat orders don't pay the setup fee again.
""",
}


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("whats ur returns polcy", "within 45 days", "7 working days"),
        ("what's your return policy?", "within 45 days", "7 working days"),
        ("refund policy?", "within 7 working days", "Return postage"),
        ("warranty policy?", "5 years", "3 working days"),
        # whether a charge comes again is a yes or no, not its amount
        ("do we pay the logo setup fee again if we reorder?", "don't pay the setup fee again", "decals"),
    ],
)
def test_a_policy_asked_whole_is_answered_with_its_own_window(
    tmp_path: Path, question: str, said: str, not_said: str
) -> None:
    """ "what's your returns policy?" asks the rule itself, the time it gives to return, not what the
    postage costs or how many days a refund takes."""
    shop = invented_shop(tmp_path, "Huon Pine Works", PRODUCTS[:1], POLICIES, currency="AUD")
    reply = converse(shop, question).reply
    assert said in reply and not_said not in reply, reply


@pytest.mark.parametrize(
    "question", ["is there extra to deliver to a rural address?", "is it extra for rural?"]
)
def test_is_there_extra_asks_the_amount_on_top(tmp_path: Path, question: str) -> None:
    """ "is there extra to deliver to a rural address?" asks what is added, and the row that says it
    answers, not the sentence that says rural addresses are delivered to."""
    pages = {"shipping.md": RATES.replace("every state", "every state and rural address")}
    shop = invented_shop(tmp_path, "Huon Pine Works", PRODUCTS[:1], pages, currency="AUD")
    reply = converse(shop, question).reply
    assert "$6.00" in reply, reply


def test_the_price_of_work_on_a_product_is_the_works_price(tmp_path: Path) -> None:
    """ "how much to service a kahu road bike?" asks what the service costs (the page's row), not the
    bike's price."""
    pages = {
        "services.md": "# Services\n\n## Workshop\n\n| Service | Price |\n|---|---|\n"
        "| Bike service, road | $95.00 |\n| Bike service, e-bike | $140.00 |\n"
    }
    shop = invented_shop(tmp_path, SHOP, PRODUCTS[:1], pages, currency="NZD")
    for question in (
        "how much to service a kahu road bike?",
        "what do you charge to service my kahu road bike",
    ):
        reply = converse(shop, question).reply
        assert "$95.00" in reply and "1,899" not in reply, reply


def test_a_row_named_by_a_number_answers_only_what_it_holds(tmp_path: Path) -> None:
    """ "the delivery charge on a 16kg anchor" asks a price: the heavy-items row answers, not the anchor
    guide's row that says "16 kg" and no price."""
    pages = {
        "guide.md": "# Anchor guide\n\n## Which anchor\n\n| Boat length | Delta | Plough |\n|---|---|---|\n"
        "| 8 to 10 m | 10 kg | 12 kg |\n| 10 to 12 m | 16 kg | 16 kg |\n",
        "shipping.md": "# Shipping\n\n## Heavy items\n\n| Item | Price |\n|---|---|\n"
        "| Anchors of 10 kg and over | $14.95 |\n| Everything else | $4.95 |\n",
    }
    anchor = invented_product(
        "A1",
        "Galvanised Plough Anchor",
        "Anchors",
        ["Material: galvanised steel"],
        [
            invented_variant(f"PLG-{kg}", {"Weight": f"{kg} kg"}, price)
            for kg, price in ((12, 89.0), (16, 119.0))
        ],
        SHOP,
    )
    shop = invented_shop(tmp_path, SHOP, [anchor], pages, currency="AUD")
    reply = converse(shop, "whats the delivery charge on a 16kg anchor").reply
    assert "$14.95" in reply and "10 to 12 m" not in reply, reply
