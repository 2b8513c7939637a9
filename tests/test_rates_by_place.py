"""Questions on a store invented here (Ridge Solar, in British Columbia: a parcel rate table by zone, a
tax table by province, a freight table by zone, a returns fee) whose tables name the provinces or zones:
the rate asked picks the table. "do you ship to toronto, how much" asks the zone's price, "how much is
freight to toronto" the freight row of the zone the rates table puts Ontario in, "what tax do i pay if you
ship to ontario?" the province's rate (a percent, not a price), and "is vat included in the price?"
whether prices include tax (a yes or no, not the one sentence with a percent fee). A spec asked by the
short name in its label's brackets ("voc") is that line; "the most amps" measures each product's line in
amps."""

from __future__ import annotations

import pytest

from copilot.drafting.places import named_places
from copilot.drafting.text import swap_name
from copilot.service import Copilot
from tests.chat import assert_reply, converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Ridge Solar"
PRODUCTS = [
    *(
        invented_product(
            f"PANEL{watts}",
            f"Ridge {watts} W Mono Panel",
            "Solar Panels",
            [
                f"Rated power (Pmax): {watts} W",
                f"Open-circuit voltage (Voc): {voc} V",
                "Cells: rated for snow",
            ],
            [_variant(f"RP-{watts}", {"Title": "Default Title"}, price)],
            MAKER,
        )
        for watts, voc, price in ((100, "22.6", 159.0), (200, "24.3", 289.0))
    ),
    *(
        invented_product(
            f"MPPT{volts}{amps}",
            f"Ridge MPPT {volts}/{amps} Charge Controller",
            "Charge Controllers",
            [f"Max PV input voltage: {volts} V", f"Rated charge current: {amps} A"],
            [_variant(f"RM-{volts}{amps}", {"Title": "Default Title"}, price)],
            MAKER,
        )
        for volts, amps, price in ((100, 30, 239.0), (150, 60, 549.0), (75, 15, 129.0))
    ),
    *(
        invented_product(
            f"BATT{ah}",
            f"Ridge 12 V {ah} Ah Lithium Battery",
            "Batteries",
            [f"Capacity: {ah} Ah", f"Energy: {wh} Wh", "BMS continuous current: 100 A"],
            [_variant(f"RB-{ah}", {"Title": "Default Title"}, price)],
            MAKER,
        )
        for ah, wh, price in ((100, 1280, 649.0), (200, 2560, 1149.0))
    ),
    invented_product(
        "FLEX",
        "Ridge Flexible Panel",
        "Solar Panels",
        ["Open-circuit voltage (Voc) 100 W: 21.6 V", "Open-circuit voltage (Voc) 175 W: 23.4 V"],
        [_variant(f"RF-{w}", {"Power": f"{w} W"}, p) for w, p in ((100, 199.0), (175, 329.0))],
        MAKER,
    ),
]
PAGES = {
    "shipping.html": """<html><body><h1>Shipping</h1>
<h2>Parcel rates by zone</h2>
<table><thead><tr><th>Zone</th><th>Where</th><th>Standard parcel</th><th>Delivery time</th></tr></thead>
<tbody>
<tr><td>Zone 1</td><td>British Columbia and Alberta</td><td>$19.95</td><td>2-4 business days</td></tr>
<tr><td>Zone 2</td><td>Saskatchewan and Manitoba</td><td>$29.95</td><td>3-5 business days</td></tr>
<tr><td>Zone 3</td><td>Ontario and Quebec</td><td>$34.95</td><td>4-7 business days</td></tr>
</tbody></table>
<h2>Freight (on a pallet)</h2>
<p>Big panels ship by freight only.</p>
<table><thead><tr><th>Zone</th><th>Freight rate</th></tr></thead>
<tbody><tr><td>Zone 1</td><td>$95.00</td></tr><tr><td>Zone 2</td><td>$199.00</td></tr>
<tr><td>Zone 3</td><td>$259.00</td></tr></tbody></table>
<h2>Christmas delivery</h2>
<p>Order by these dates for parcel delivery before Christmas:</p>
<table><thead><tr><th>Zones</th><th>Order by</th></tr></thead>
<tbody><tr><td>Zones 1 and 2</td><td>Friday, December 18</td></tr>
<tr><td>Zone 3</td><td>Tuesday, December 15</td></tr></tbody></table>
<h2>Returns</h2><p>Opened charge controllers that aren't faulty carry a 15% restocking fee.</p>
</body></html>""",
    "faq.html": """<html><body><h1>FAQ</h1>
<h2>Do your prices include tax?</h2>
<p>No. Our prices are in Canadian dollars and don't include tax. Sales tax is added at checkout by the
province we ship to:</p>
<table><thead><tr><th>Shipping to</th><th>Tax charged</th></tr></thead><tbody>
<tr><td>British Columbia</td><td>GST 5% + PST 7%</td></tr>
<tr><td>Alberta</td><td>GST 5%</td></tr>
<tr><td>Ontario</td><td>HST 13%</td></tr>
</tbody></table>
</body></html>""",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("ridge"), MAKER, PRODUCTS, PAGES, currency="CAD")


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("do you ship to toronto, how much", ["34.95"], ["13%"]),
        ("do u ship to edmonton how much", ["19.95"], ["GST"]),
        ("what tax do i pay if you ship to ontario?", ["HST 13%"], ["34.95"]),
        # a freight table by zone: the zone the rates table puts the place in, then its freight row
        ("how much is freight to toronto", ["259.00"], ["34.95", "95.00"]),
        ("freight cost to saskatoon for a few 200w panels?", ["199.00"], ["95.00"]),
        ("is vat included in the price?", ["don't include tax"], ["restocking"]),
        # the zone's row of the Christmas table, though the sentence above it names no place
        ("last day to order for christmas delivery to ontario?", ["December 15"], ["34.95"]),
        ("do your prices include gst?", ["don't include tax"], ["restocking"]),
    ],
)
def test_the_rate_asked_picks_its_table(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        # a word the question says in brackets of a label names that line, not a line "rated" something
        ("what's the voc of the ridge 200w panel", ["24.3 V"], ["Rated power", "snow"]),
        # "100" is in one name and in another's version: the name that says more of the question
        ("whats the voc on the 100 w ridge mono", ["22.6 V"], ["21.6"]),
        # "rating" alone labels no line: the "Rated power" line is no ip rating
        ("what's the ip rating on the ridge 200 w mono panel?", ["doesn't say"], ["Rated power"]),
        # "200w" is the name's "200 W": the watts are the name's, not a power asked
        ("what's the idle draw on the ridge 200w mono panel?", ["doesn't say"], ["Rated power"]),
    ],
)
def test_a_spec_asked_by_its_short_name(
    shop: Copilot, question: str, said: list[str], not_said: list[str]
) -> None:
    assert_reply(shop, question, said, not_said)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        # what is measured is a unit: each product's first line in it
        ("which charge controller handles the most amps?", ["MPPT 150/60", "60 A"], ["restocking"]),
        ("which battery has the most amp hours?", ["200 Ah Lithium Battery", "200 Ah"], ["restocking"]),
    ],
)
def test_the_most_of_a_unit(shop: Copilot, question: str, said: list[str], not_said: list[str]) -> None:
    assert_reply(shop, question, said, not_said)


def test_a_region_written_as_a_stop_word_is_no_region() -> None:
    # Ontario's "ON" tokenizes to nothing, which every sentence would hold
    assert all(named_places("last day to order for delivery to ontario?")[1])


def test_a_name_said_with_its_amount_joined_is_the_name() -> None:
    # "3000w" is the name's "3000 W": the run of the name's words goes through it
    said = swap_name(
        "what's the idle draw on the kestrel 3000w inverter-charger?", "Kestrel 3000 W Inverter-Charger", "it"
    )
    assert said == "what's the idle draw on the it"


def test_a_follow_up_naming_another_amount_asks_the_same_of_that_product(shop: Copilot) -> None:
    # "and the 100?" after "the ridge 200w mono": the Ridge 100 W Mono Panel's Voc
    reply = converse(shop, "whats the voc on the ridge 200w mono", "and the 100?").reply
    assert "22.6" in reply and "24.3" not in reply, reply
