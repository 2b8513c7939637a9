"""What a product is made of, on an invented outdoor furniture shop (Tidewater Outdoor). A description's
table whose rows are each a bold label and its value, with no heading row ("**Material** | FSC acacia",
"**Table** | 180 x 90 cm"), is read as labelled lines: its first row had been taken for a heading, so
every other row read "Table FSC acacia: 180 x 90 cm". The line labelled for what is asked ("Material:
...") answers before a list item that only uses one of its words with a measure ("8 mm tempered glass
top"). "what timber ...?" asks the material; "deciding between A and B, what's each one made of?"
compares the two. "biggest umbrella?" is read from the options whose values are all lengths, whatever
the shop calls them ("Canopy: 3.5 m Round", "Spread: 2.7 m")."""

from __future__ import annotations

import pytest

from copilot.knowledge.cleaning import visible_text
from copilot.service import Copilot
from tests.chat import converse
from tests.small_shop import invented_shop
from tests.small_shop import invented_variant as _variant

SHOP = "Tidewater Outdoor"


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td><strong>{label}</strong></td><td>{value}</td></tr>" for label, value in rows)
    return f"<table><tbody>{cells}</tbody></table>"


def _product(
    pid: str, name: str, features: list[str], rows: list[tuple[str, str]], price: float
) -> dict[str, object]:
    items = "".join(f"<li>{line}</li>" for line in features)
    return {
        "product_id": pid,
        "name": name,
        "category": "Outdoor Dining",
        "description": f"<p>{name} from {SHOP}.</p><h4>Features</h4><ul>{items}</ul>"
        f"<h4>Specifications</h4>{_table(rows)}",
        "variants": [_variant(f"{pid}-1", {"Colour": "Natural"}, price)],
    }


PRODUCTS = [
    _product(
        "HARBOUR",
        "Harbour Dining Table",
        ["Seats six", "8 mm tempered glass top insert", "Umbrella hole"],
        [("Material", "FSC acacia hardwood, oiled"), ("Table", "180 x 90 x 75 cm"), ("Weight", "41 kg")],
        899.0,
    ),
    _product(
        "COVE",
        "Cove Wicker Dining Table",
        ["Seats four", "Rust-proof frame"],
        [("Material", "Resin wicker over powder-coated aluminium"), ("Table", "120 x 120 x 74 cm")],
        649.0,
    ),
]


UMBRELLAS = [
    {
        "product_id": "MARKET",
        "name": "Market Umbrella",
        "category": "Umbrellas",
        "description": "<p>A centre-pole umbrella.</p>",
        "variants": [
            _variant("MK-24", {"Spread": "2.4 m", "Colour": "Sand"}, 219.0),
            _variant("MK-27", {"Spread": "2.7 m", "Colour": "Sand"}, 259.0),
        ],
    },
    {
        "product_id": "CANTI",
        "name": "Cantilever Umbrella",
        "category": "Umbrellas",
        "description": "<p>An offset umbrella that swivels.</p>",
        "variants": [
            _variant("CT-30", {"Canopy": "3.0 m Round"}, 799.0),
            _variant("CT-35", {"Canopy": "3.5 m Round"}, 949.0),
        ],
    },
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(tmp_path_factory.mktemp("tidewater"), SHOP, PRODUCTS + UMBRELLAS, {}, "AUD")


def test_a_table_of_bold_labels_is_read_row_by_row() -> None:
    text = visible_text(_table([("Material", "FSC acacia"), ("Table", "180 x 90 cm")]))
    assert text.splitlines() == ["Material: FSC acacia", "Table: 180 x 90 cm"]


def test_a_table_whose_rows_each_start_with_a_heading_cell_is_read_row_by_row() -> None:
    # the first row's words over the next row's numbers do not make it a heading row
    rows = [
        ("Steel", "Molybdenum vanadium stainless"),
        ("Blade length", "240 mm (9.4 in)"),
        ("Weight", "140 g"),
    ]
    html = (
        "<table><tbody>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows) + "</tbody></table>"
    )
    assert visible_text(html).splitlines() == [f"{k}: {v}" for k, v in rows]


@pytest.mark.parametrize(
    "html",
    [
        "<table><tr><td>Size</td><td>Chest</td></tr><tr><td>S</td><td>90 cm</td></tr></table>",
        "<table><tr><th>Size</th><th>Chest</th></tr><tr><th>S</th><td>90 cm</td></tr></table>",
    ],
)
def test_a_heading_row_is_still_a_heading(html: str) -> None:
    assert visible_text(html).splitlines() == ["S Chest: 90 cm"]


def test_a_chart_written_sideways_keeps_its_first_row_as_headings() -> None:
    html = (
        "<table><tr><th>Size</th><td>S</td><td>M</td></tr>"
        "<tr><th>Chest</th><td>90 cm</td><td>95 cm</td></tr></table>"
    )
    assert visible_text(html).splitlines() == ["Chest S: 90 cm", "Chest M: 95 cm"]


@pytest.mark.parametrize(
    "question",
    ["what's the harbour dining table made of?", "what timber is the harbour dining table?"],
)
def test_the_line_labelled_material_answers(shop: Copilot, question: str) -> None:
    reply = converse(shop, question).reply
    assert "FSC acacia hardwood" in reply and "glass" not in reply, reply


def test_deciding_between_two_compares_them(shop: Copilot) -> None:
    reply = converse(
        shop, "deciding between the harbour table and the cove wicker table, what's each one made of?"
    ).reply
    assert "FSC acacia hardwood" in reply and "Resin wicker" in reply, reply


@pytest.mark.parametrize(
    ("question", "said", "not_first"),
    [
        ("biggest umbrella you've got?", "Cantilever Umbrella: 3.5 m", "Market"),
        ("smallest umbrella?", "Market Umbrella", "Cantilever"),
    ],
)
def test_sizes_are_read_from_options_of_lengths(
    shop: Copilot, question: str, said: str, not_first: str
) -> None:
    reply = converse(shop, question).reply
    assert said in reply, reply
    assert not_first not in reply.split(said)[0], reply  # the other one is only the runner-up
