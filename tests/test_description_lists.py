"""A description's list read as one line: its items run while they are alike, an unlabelled item may be
a longer name ("1 x ... Battery (200 Ah or 300 Ah, as you choose)"), and a short heading before labelled
lines ("Specifications") ends it rather than joining it."""

from __future__ import annotations

from copilot.drafting.description import first_list

KIT = """What's in the kit:
2 x Wren 200 W Panel
1 x Wren Charge Controller
1 x Wren 12 V Lithium Battery (200 Ah or 300 Ah, whichever you choose at checkout)
1 x Wren 2000 W Inverter
Specifications
System voltage: 12 V
Solar: 400 W
"""


def test_a_longer_unlabelled_item_stays_in_the_list_and_a_heading_ends_it() -> None:
    listed = first_list(KIT)
    assert listed is not None
    assert "2000 W Inverter" in listed and "300 Ah" in listed, listed
    assert "Specifications" not in listed and "System voltage" not in listed, listed


def test_long_labelled_lines_are_no_list() -> None:
    lines = (
        "Matte 6-Set: six 100 ml jars of satin white, ash, oatmeal, slate, moss and rust\n"
        "Gloss 4-Set: four 100 ml jars of celadon, tenmoku, shino, amber and a sample tile\n"
    )
    assert first_list(lines) is None


def test_a_short_last_item_before_labelled_lines_stays() -> None:
    listed = first_list("In the bundle:\n2 bath towels\n2 hand towels\n2 washcloths\nWeight: 550 gsm\n")
    assert listed is not None and "2 washcloths" in listed, listed
