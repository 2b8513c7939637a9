"""Catalog-wide questions on a store invented here (Gantry Works, 3D printers and cutlery), whose names
share model codes and brands: "the v3 or the k1?" compares the two printers, not a printer and a nozzle
made for one; "the classic chef or the kohler?" the two chef's knives; "which is lighter?" reads each
one's weight, not its "Light source"; "is A harder than B?" and "which has the hardest steel?" read the
hardness lines; "the cheapest bottle of resin" is a resin; the cheapest printer, sold out, is named with
the cheapest that can be ordered; "knives" are the products named "Knife"; "which has the higher
snr, A or B?" compares on SNR though one name says "SNR 35"; a "Hard Hat with Ratchet Harness" is a hard
hat, and the "vented hard hat" is not the Non-Vented one; a glove chart whose first column names its
unit ("Hand circumference (cm)") gives the size."""

from __future__ import annotations

import pytest

from copilot.service import Copilot
from tests.chat import converse
from tests.small_shop import invented_product as _product
from tests.small_shop import invented_shop
from tests.small_shop import invented_variant as _variant

PRODUCTS = [
    _product(
        "V3",
        "Voxelcraft V3 FDM 3D Printer",
        "3D Printers",
        ["Build volume: 220 x 220 x 250 mm", "Printer weight: 7.8 kg", "Light source: none"],
        [_variant("VC-V3", {}, 229.0)],
        "Voxelcraft",
    ),
    _product(
        "V3MAX",
        "Voxelcraft V3 Max FDM 3D Printer",
        "3D Printers",
        ["Build volume: 300 x 300 x 340 mm", "Printer weight: 11.2 kg"],
        [_variant("VC-V3MAX", {}, 329.0)],
        "Voxelcraft",
    ),
    _product(
        "MINI",
        "Voxelcraft Mini DIY FDM Printer Kit",
        "3D Printers",
        ["Build volume: 180 x 180 x 180 mm"],
        [_variant("VC-MINI", {}, 149.0, available=False)],
        "Voxelcraft",
    ),
    _product(
        "K1",
        "Kestrel K1 CoreXY 3D Printer",
        "3D Printers",
        ["Build volume: 256 x 256 x 256 mm", "Printer weight: 12.4 kg"],
        [_variant("KS-K1", {}, 549.0)],
        "Kestrel",
    ),
    _product(
        "K1NOZ",
        "Kestrel K1 Quick-Swap Nozzle",
        "Printer Parts",
        ["Fits: Kestrel K1"],
        [_variant("KS-K1-NOZ", {}, 12.0)],
        "Kestrel",
    ),
    _product(
        "PH8K",
        "Lumina Photon 8K Resin Printer",
        "3D Printers",
        ["Light source: 405 nm matrix LED", "Printer weight: 9.0 kg"],
        [_variant("LM-PH8K", {}, 289.0)],
        "Lumina",
    ),
    _product(
        "M12K",
        "Lumina Mono 12K Resin Printer",
        "3D Printers",
        ["Light source: 405 nm matrix LED", "Printer weight: 10.4 kg"],
        [_variant("LM-M12K", {}, 399.0)],
        "Lumina",
    ),
    _product(
        "RESIN",
        "Lumina Standard Resin",
        "Resin",
        ["Wavelength: 405 nm"],
        [_variant("LM-STD-500", {"Size": "500 g"}, 14.99), _variant("LM-STD-1K", {"Size": "1 kg"}, 24.99)],
        "Lumina",
    ),
    _product(
        "WWRESIN",
        "Lumina Water-Washable Resin",
        "Resin",
        ["Bottle: 1 kg, light-proof bottle"],
        [_variant("LM-WW-1K", {}, 29.99)],
        "Lumina",
    ),
    _product(
        "GUARD",
        "Whetstone Knife Edge Guard",
        "Cutlery",
        ["Fits: blades up to 8 inch"],
        [_variant("WC-GUARD", {}, 9.0)],
        "Whetstone",
    ),
    _product(
        "CHEF",
        "Whetstone Classic Chef's Knife",
        "Cutlery",
        ["Steel: X50CrMoV15 stainless steel", "Hardness: 56 HRC"],
        [
            _variant("WC-CHEF-8", {"Blade Length": '8"'}, 79.0),
            _variant("WC-CHEF-10", {"Blade Length": '10"'}, 94.0),
        ],
        "Whetstone",
    ),
    _product(
        "KSCHEF",
        "Kohler & Sohn Forged Chef's Knife",
        "Cutlery",
        ["Steel: X50CrMoV15 stainless steel", "Hardness: 58 HRC"],
        [
            _variant("KS-CHEF-8", {"Blade Length": '8"'}, 149.0),
            _variant("KS-CHEF-10", {"Blade Length": '10"'}, 169.0),
        ],
        "Kohler & Sohn",
    ),
    _product(
        "KSROD",
        "Kohler & Sohn Steel Honing Rod",
        "Sharpening",
        ["Length: 10 in", "Not for knives harder than 60 HRC."],
        [_variant("KS-ROD", {}, 39.0)],
        "Kohler & Sohn",
    ),
    _product(
        "SEM",
        "Slimline Ear Muffs",
        "Hearing Protection",
        ["SNR: 28 dB", "Weight: 190 g"],
        [_variant("SC-SEM", {}, 32.9)],
        "Steelcap",
    ),
    _product(
        "XTM",
        "Extreme Ear Muffs SNR 35",
        "Hearing Protection",
        ["SNR: 35 dB", "Weight: 320 g"],
        [_variant("SC-XTM", {}, 54.9)],
        "Steelcap",
    ),
    _product(
        "VHH",
        "Vented Hard Hat with Ratchet Harness",
        "Head Protection",
        ["Vents: 4"],
        [_variant("SC-VHH-W", {"Colour": "White"}, 29.9), _variant("SC-VHH-O", {"Colour": "Orange"}, 29.9)],
        "Steelcap",
    ),
    _product(
        "EHH",
        "Electrical Non-Vented Hard Hat",
        "Head Protection",
        ["Class E"],
        [_variant("SC-EHH", {}, 34.9)],
        "Steelcap",
    ),
    _product(
        "CHS",
        "Hard Hat Chin Strap",
        "Head Protection",
        ["Fits: Electrical Non-Vented Hard Hat"],
        [_variant("SC-CHS", {}, 8.5)],
        "Steelcap",
    ),
    _product(
        "MAGNA",
        "Cascade MagnaCut Chef's Knife",
        "Cutlery",
        ["Steel: CPM MagnaCut powder steel", "Hardness: 62 HRC"],
        [_variant("CS-MC-8", {}, 285.0)],
        "Cascade",
    ),
]


GLOVES = """# Sizing guide

## Glove sizes

Measure around your palm just below the knuckles, not including the thumb.

| Hand circumference (cm) | Glove size |
|---|---|
| 18 | 7 / S |
| 20 | 8 / M |
| 23 | 9 / L |
| 25 | 10 / XL |
"""


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    root = tmp_path_factory.mktemp("gantry_works")
    return invented_shop(root, "Gantry Works", PRODUCTS, {"sizing.md": GLOVES}, currency="GBP")


@pytest.mark.parametrize(
    "question", ["which is cheaper, the v3 or the k1?", "v3 vs k1 - which is cheaper and by how much roughly"]
)
def test_a_model_code_two_names_share_means_the_one_like_the_other_product(
    shop: Copilot, question: str
) -> None:
    reply = converse(shop, question).reply
    assert "Voxelcraft V3 FDM 3D Printer" in reply and "Kestrel K1 CoreXY 3D Printer" in reply, reply
    assert "£229.00" in reply and "£549.00" in reply and "Nozzle" not in reply, reply
    assert "V3 Max" not in reply, reply


def test_a_brand_several_names_share_means_the_product_like_the_other(shop: Copilot) -> None:
    reply = converse(shop, "which is cheaper, the classic 8 inch chef or the kohler 8 inch?").reply
    assert "Whetstone Classic Chef's Knife" in reply and "Kohler & Sohn Forged Chef's Knife" in reply, reply
    assert "£79.00" in reply and "£149.00" in reply and "Honing Rod" not in reply, reply


def test_which_is_lighter_reads_a_weight_not_a_light_source(shop: Copilot) -> None:
    reply = converse(shop, "which is lighter, the photon 8k or the mono 12k").reply
    assert "9.0 kg" in reply and "10.4 kg" in reply and "405 nm" not in reply, reply
    assert "So the Lumina Photon 8K Resin Printer is lighter" in reply, reply


@pytest.mark.parametrize(
    "question",
    [
        "which is harder steel, the kohler chef's knife or the magnacut chef's knife?",
        "is the magnacut chef's knife harder than the kohler one?",
    ],
)
def test_harder_compares_the_hardness_lines(shop: Copilot, question: str) -> None:
    reply = converse(shop, question).reply
    assert "58 HRC" in reply and "62 HRC" in reply, reply


def test_the_hardest_of_a_kind_is_measured_not_taken_for_the_kind(shop: Copilot) -> None:
    reply = converse(shop, "which of your knives has the hardest steel?").reply
    assert "Cascade MagnaCut Chef's Knife" in reply and "62 HRC" in reply and "Honing Rod" not in reply, reply


def test_what_a_kind_comes_in_is_no_kind(shop: Copilot) -> None:
    reply = converse(shop, "what's the cheapest bottle of resin").reply
    assert "Lumina Standard Resin" in reply and "£14.99" in reply, reply


def test_the_cheapest_sold_out_is_named_with_the_cheapest_that_can_be_ordered(shop: Copilot) -> None:
    reply = converse(shop, "cheapest fdm printer you do?").reply
    assert "Mini DIY FDM Printer Kit at £149.00, but it is out of stock" in reply, reply
    assert "the cheapest in stock is the Voxelcraft V3 FDM 3D Printer at £229.00" in reply, reply
    reply = converse(shop, "cheapest fdm printer in stock?").reply
    assert "Voxelcraft V3 FDM 3D Printer at £229.00" in reply and "Mini" not in reply, reply


@pytest.mark.parametrize("question", ["cheapest knives?", "cheapest knife youve got?"])
def test_knives_are_the_products_named_knife(shop: Copilot, question: str) -> None:
    """("youve got" is "you've got": no word of a kind)"""
    reply = converse(shop, question).reply
    assert "Whetstone Classic Chef's Knife" in reply and "£79.00" in reply, reply


def test_what_two_are_compared_on_is_read_though_a_name_says_it(shop: Copilot) -> None:
    reply = converse(shop, "which has the higher snr, the slimline muffs or the extreme muffs?").reply
    assert "28 dB" in reply and "35 dB" in reply, reply


def test_a_name_that_says_what_it_comes_with_is_of_its_first_kind(shop: Copilot) -> None:
    reply = converse(shop, "cheapest hard hat you sell?").reply
    assert "Vented Hard Hat with Ratchet Harness" in reply and "£29.90" in reply, reply


@pytest.mark.parametrize(
    ("question", "named", "price"),
    [
        ("how much is the vented hard hat", "Vented Hard Hat with Ratchet Harness", "£29.90"),
        ("price of the non-vented hard hat?", "Electrical Non-Vented Hard Hat", "£34.90"),
    ],
)
def test_a_name_that_negates_a_word_is_not_named_by_it(
    shop: Copilot, question: str, named: str, price: str
) -> None:
    """ "Non-Vented" does not say "vented", though a chin strap made for that hat says "hard hat"."""
    reply = converse(shop, question).reply
    assert f"The {named} costs {price}" in reply, reply


@pytest.mark.parametrize(
    ("question", "size"),
    [
        ("my hand measures 23cm around the palm, what glove size?", "9 / L"),
        ("my hand is 22 cm around, glove size?", "9 / L"),
    ],
)
def test_a_chart_whose_first_column_names_its_unit_gives_the_size(
    shop: Copilot, question: str, size: str
) -> None:
    result = converse(shop, question)
    assert result.action == "answer" and f"our size chart gives {size}" in result.reply, result.reply
    assert "8 / M" not in result.reply, result.reply  # the one size, not the chart's rows
