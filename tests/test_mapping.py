"""The mapping language on its own: each spec form and transform, and its errors."""

from __future__ import annotations

from importlib import resources
from typing import Any

import pytest
import yaml

from copilot.knowledge.mapping import Scope, SpecError, compile_spec
from copilot.knowledge.sources import PRESETS, SourcesFile

ROW = {
    "Title": "Tee",
    "Variant.Price": "12.50",
    "Zip": "'02134",
    "Option1 Value": "Default Title",
    "Tags": "a, b,, c",
    "Policy": "CONTINUE",
    "rows": [{"title": "Tee - Blue - M"}, {"title": "Tee - Blue - L"}],
    "refunds": [{"total": "-5.50"}, {"total": "-1.25"}],
    "meta": [{"key": "x", "value": 1}, {"key": "_tracking", "value": [{"no": "LC-1"}]}],
    "shipped": "1717632000",
    "body": "<p>Mugs &amp; bowls</p><ul><li>One</li></ul>",
    "escaped": "line one\\nline two",
    "number": 0,
}
PARENT = {"Option1 Name": "Size"}


def value(spec: Any, data: dict[str, Any] = ROW) -> Any:
    return compile_spec(spec).value(Scope(data, "k1", PARENT))


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("Title", "Tee"),
        ("Variant.Price", "12.50"),  # a whole column name with a dot
        ("rows.1.title", "Tee - Blue - L"),
        ("rows.*.title", ["Tee - Blue - M", "Tee - Blue - L"]),
        ("meta.[key=_tracking].value.0.no", "LC-1"),
        ("^Option1 Name", "Size"),
        ("$key", "k1"),
        ("{Title} / {Zip}", "Tee / '02134"),
        ("Missing", None),
        ({"const": "payment"}, "payment"),
        ({"from": ["Missing", "Title"]}, "Tee"),
        ({"from": "Zip", "strip_leading": "'"}, "02134"),
        ({"from": "Option1 Value", "drop": ["default title"]}, None),
        ({"from": "Tags", "split": ","}, ["a", "b", "c"]),
        ({"from": ["Title", "Missing", "Zip"], "join": " / "}, "Tee / '02134"),
        ({"from": "Policy", "map": {"continue": True, "deny": False}}, True),
        ({"from": "Title", "map": {"*": "other"}}, "other"),
        ({"from": "Missing", "map": {"*": True}, "default": False}, False),
        ({"from": "refunds.*.total", "sum": True}, 6.75),
        ({"from": "rows.*.title", "common_prefix": True}, "Tee - Blue"),
        ({"from": "shipped", "unix_time": True}, "2024-06-06 00:00:00 UTC"),
        ({"from": "body", "html": True}, "Mugs & bowls\nOne"),
        ({"from": "escaped", "replace": {"\\n": "\n"}}, "line one\nline two"),
        ({"from": "number", "drop": ["0"]}, None),
        ([{"name": "^Option1 Name", "value": "Title"}], [{"name": "Size", "value": "Tee"}]),
        ({"line1": "Title", "zip": {"from": "Zip", "strip_leading": "'"}}, {"line1": "Tee", "zip": "02134"}),
    ],
)
def test_each_spec_form(spec: Any, expected: Any) -> None:
    assert value(spec) == expected


@pytest.mark.parametrize(
    ("titles", "name"),
    [
        (["Tee - Blue - M", "Tee - Blue - L"], "Tee - Blue"),
        (["Neon Tetra - Pack of 6", "Neon Tetra - Pack of 24"], "Neon Tetra"),
        (["Votive Set of 3", "Votive Set of 6"], "Votive Set"),
        (["Heater 100W", "Heater 200W"], "Heater"),
        (["Only One"], "Only One"),
    ],
)
def test_a_group_is_named_by_what_its_titles_share(titles: list[str], name: str) -> None:
    """A feed's items of one product repeat their values in their titles; the product is what is left."""
    assert (
        value({"from": "rows.*.title", "common_prefix": True}, {"rows": [{"title": t} for t in titles]})
        == name
    )


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ({"from": "Title", "trim": True}, "unknown key 'trim'"),
        ({"from": "Title", "const": 1}, "either 'from' or 'const'"),
        ({"from": []}, "an empty list"),
        ({"from": "Title", "map": ["a"]}, "expected a mapping"),
        (12, "write {const: 12}"),
        ("   ", "empty spec"),
    ],
)
def test_a_bad_spec_says_what_is_wrong(spec: Any, message: str) -> None:
    with pytest.raises(SpecError) as error:
        compile_spec(spec, "fields.name")
    assert message in str(error.value) and str(error.value).startswith("fields.name")


@pytest.mark.parametrize("preset", PRESETS)
def test_every_preset_entry_is_a_valid_source(preset: str) -> None:
    """Each kind and format a preset declares, and each layout of a format (the order-export
    plugins' CSVs), compiles as a source of that kind."""
    entries = yaml.safe_load(
        resources.files("copilot.knowledge.presets").joinpath(f"{preset}.yaml").read_text()
    )
    for kind, formats in entries.items():
        for fmt, entry in formats.items():
            for layout in entry if isinstance(entry, list) else [entry]:
                assert not isinstance(entry, list) or (layout["layout"] and layout["detect"])
                own = {k: v for k, v in layout.items() if k not in ("layout", "detect")}
                source = {**own, "kind": kind, "path": f"x.{fmt}", "format": fmt}
                SourcesFile.model_validate({"sources": [source]})


def test_packed_records_unpack_with_their_escapes() -> None:
    """SkyVerge's line items: `;` between items, `|` between fields, the first `:` between a key and
    its value, and `\\` before a separator that is text."""
    spec = compile_spec({"from": "line_items", "unpack": {"records": ";", "fields": "|", "escape": "\\"}})
    cell = r"name:Tin \| Lid|date:2024-06-10 14\:20\:00|note:a:b;name:Mug|quantity:2"
    assert spec.value(Scope({"line_items": cell})) == [
        {"name": "Tin | Lid", "date": "2024-06-10 14:20:00", "note": "a:b"},
        {"name": "Mug", "quantity": "2"},
    ]


def test_a_key_written_twice_in_a_packed_record_keeps_its_first_value() -> None:
    """WebToffee writes an item's own fields first and its product attributes after them, under the
    attribute's name: a "Quantity" attribute ("quantity:10 bales") is not the quantity bought."""
    spec = compile_spec({"from": "line_item_*", "unpack": True})
    row = {"line_item_1": "name:Briquettes - 10 bales|sku:BRQ-10|quantity:1|total:51.98|quantity:10 bales"}
    assert spec.value(Scope(row)) == [
        {"name": "Briquettes - 10 bales", "sku": "BRQ-10", "quantity": "1", "total": "51.98"}
    ]


def test_a_column_pattern_reads_every_matching_column_and_sum_takes_a_key() -> None:
    items = compile_spec({"from": "line_item_*", "unpack": True})
    row = {"line_item_1": "name:Tea|quantity:1", "line_item_2": "", "line_item_3": "name:Pot|quantity:2"}
    assert items.value(Scope(row)) == [{"name": "Tea", "quantity": "1"}, {"name": "Pot", "quantity": "2"}]
    refunds = compile_spec({"from": "refund_items", "unpack": {"records": ";"}, "sum": "amount"})
    assert refunds.value(Scope({"refund_items": "amount:5.50|reason:x;amount:1.25|reason:y"})) == 6.75
    tracking = compile_spec({"from": "meta", "json": True})
    assert tracking.value(Scope({"meta": '[{"tracking_number": "LC-1"}]'})) == [{"tracking_number": "LC-1"}]
