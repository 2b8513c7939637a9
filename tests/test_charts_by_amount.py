"""Questions on a store invented here (Saltmarsh Ponds: pond treatments, a dosing chart by pond volume
long enough to be split over two passages, and a postage table by weight) that a chart's cell answers:
the row the question's words name, in the column of the amount it gives ("how much dechlorinator for a
12,000 litre pond?"), also when the row sits in the part of the chart after the split (which keeps
its header row, also on a saved HTML page, whose table has no Markdown rule) and when the amount is
written "12 000 L"; not the "Per 1,000 L" column, and no cell when no row is named."""

from __future__ import annotations

import pytest

from copilot.service import Copilot
from tests.chat import converse
from tests.small_shop import invented_product, invented_shop
from tests.small_shop import invented_variant as _variant

MAKER = "Saltmarsh Ponds"
PRODUCTS = [
    invented_product(
        "DECHLOR",
        "Pond Dechlorinator 1 L",
        "Treatments",
        ["Makes tap water safe for fish"],
        [_variant("DC-1", {"Title": "Default Title"}, 14.0)],
        MAKER,
    ),
]

TREATMENTS = [
    ("Dechlorinator after a top-up with tap water", "ml"),
    ("Pond salt for a tonic dose of 1 g per litre", "kg"),
    ("Barley straw extract against green water", "ml"),
    ("Beneficial bacteria to start a new filter", "ml"),
    ("Sludge remover for a silty bottom", "g"),
    ("Water hardness raiser for soft rainwater ponds", "g"),
    ("Phosphate binder against string algae", "g"),
    ("Clay granules to settle suspended dirt", "g"),
    ("Autumn leaf digester before the frost", "ml"),
    ("Spring wake-up tonic for sluggish koi", "ml"),
    ("Pond dye to shade the water dark blue", "ml"),
    ("Oxygen boost tablets on hot still nights", "tablets"),
]
VOLUMES = [1000, 4000, 8000, 12000, 16000, 20000]


def _chart() -> str:
    header = "| Treatment | Per 1,000 L | " + " | ".join(f"{v:,} L" for v in VOLUMES[1:]) + " |"
    rule = "|" + "---|" * (len(VOLUMES) + 1)
    rows = [
        f"| {name} | 5 {unit} | " + " | ".join(f"{5 * v // 1000 + i} {unit}" for v in VOLUMES[1:]) + " |"
        for i, (name, unit) in enumerate(TREATMENTS)
    ]
    return "\n".join(
        [
            "# Pond care",
            "",
            "## Dosing chart",
            "",
            "Amounts for each pond volume. Add one treatment a day with the pump running.",
            "",
            header,
            rule,
            *rows,
            "",
            "## Postage",
            "",
            "| Service | 2 kg | 10 kg |",
            "|---|---|---|",
            "| Standard | £4.95 | £8.95 |",
            "| Next day | £7.95 | £12.95 |",
            "",
        ]
    )


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(
        tmp_path_factory.mktemp("saltmarsh"), MAKER, PRODUCTS, {"pond-care.md": _chart()}, "GBP"
    )


def _chart_html() -> str:
    """The dosing chart as a saved storefront page writes it: a <table> whose first row is <th> cells."""
    head = "".join(f"<th>{v:,} L</th>" for v in VOLUMES[1:])
    rows = "".join(
        f"<tr><td>{name}</td><td>5 {unit}</td>"
        + "".join(f"<td>{5 * v // 1000 + i} {unit}</td>" for v in VOLUMES[1:])
        + "</tr>"
        for i, (name, unit) in enumerate(TREATMENTS)
    )
    return (
        "<html><head><title>Pond care</title></head><body><main><h1>Pond care</h1><h2>Dosing chart</h2>"
        "<p>Amounts for each pond volume. Add one treatment a day with the pump running.</p>"
        f"<table><tr><th>Treatment</th><th>Per 1,000 L</th>{head}</tr>{rows}</table></main></body></html>"
    )


@pytest.fixture(scope="module")
def html_shop(tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    return invented_shop(
        tmp_path_factory.mktemp("saltmarsh-html"), MAKER, PRODUCTS, {"pond-care.html": _chart_html()}, "GBP"
    )


def _cell(row: int, volume: int) -> str:
    unit = TREATMENTS[row][1]
    return f"{5 * volume // 1000 + row} {unit}"


@pytest.mark.parametrize(
    ("question", "row", "volume"),
    [
        ("how much dechlorinator after a top-up for a 12,000 litre pond?", 0, 12000),
        ("pond is 16000 L, how much sludge remover?", 4, 16000),
        # a row in the part of the chart after the split, its header row kept over it
        ("how many oxygen boost tablets for a 20 000 L pond on a hot night?", 11, 20000),
        ("8000 litre pond, how much pond dye to shade it blue?", 10, 8000),
    ],
)
def test_a_charts_cell_answers_the_row_named_in_the_column_of_the_amount(
    shop: Copilot, question: str, row: int, volume: int
) -> None:
    reply = converse(shop, question).reply
    assert f"{volume:,} L: {_cell(row, volume)}" in reply, reply


def test_the_per_litre_column_is_no_pond_size(shop: Copilot) -> None:
    reply = converse(shop, "how much barley straw extract for a 1,000 L pond?").reply
    assert "Per 1,000 L" not in reply, reply


def test_a_weight_column_of_the_postage_table(shop: Copilot) -> None:
    reply = converse(shop, "next day postage on a 10 kg parcel?").reply
    assert "£12.95" in reply and "£8.95" not in reply, reply


def test_a_split_html_chart_keeps_its_header_over_its_last_rows(html_shop: Copilot) -> None:
    snapshot = html_shop.retriever.snapshot()
    assert snapshot is not None
    passages = html_shop.retriever.passages([k for k in snapshot.keys if k.startswith("doc:")])
    assert len(passages) >= 2 and all("| Treatment | Per 1,000 L |" in p.text for p in passages), passages
    reply = converse(html_shop, "how many oxygen boost tablets for a 20 000 L pond on a hot night?").reply
    assert f"20,000 L: {_cell(11, 20000)}" in reply, reply
