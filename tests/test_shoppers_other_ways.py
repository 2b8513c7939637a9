"""The same requests written the ways shoppers write them, on the demo shop: an order number typed in full
width or in Arabic-Indic digits or said digit by digit, a return asked after ("did my return go thru"),
an order named by its item with how it stands ("stove order still pending??"), news of an order asked for
in Portuguese, a charge asked of a cancelled order, a cancellation asked of a named order "before it
ships", how many of a thing an order held, a question after "which email do you have for me?", whether to
send card details in chat, a sum or a game's result, an ankle twisted. Expected values are read from the
demo shop's files."""

from __future__ import annotations

import json
import shutil

import pytest

from copilot.service import Copilot
from copilot.settings import Settings
from copilot.text_forms import ascii_forms
from tests.chat import Chat, as_customer, converse
from tests.conftest import REPO

KNOWLEDGE = REPO / "knowledge"
CUSTOMERS = {c["customer_id"]: c for c in json.loads((KNOWLEDGE / "customers.json").read_text())}
ORDERS = [json.loads(line) for line in (KNOWLEDGE / "orders.jsonl").read_text().splitlines() if line.strip()]


def _order(status: str) -> dict:  # type: ignore[type-arg]
    return next(o for o in ORDERS if o["status"] == status)


def _email(order: dict) -> str:  # type: ignore[type-arg]
    return str(CUSTOMERS[order["customer_id"]]["email"])


@pytest.fixture(scope="module")
def copilot(demo_settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Copilot:
    home = tmp_path_factory.mktemp("other-ways") / "home"
    shutil.copytree(demo_settings.home, home)
    return Copilot(demo_settings.model_copy(update={"home": home}))


def test_digits_typed_in_other_forms_are_read_as_ascii() -> None:
    assert ascii_forms("注文番号はＴＳ－１０６６１１") == "注文番号はTS-106611"
    assert ascii_forms("طلبي TS-١٠٥٣٩٠") == "طلبي TS-105390"
    assert ascii_forms("where's order one zero four eight two six?") == "where's order 104826?"
    assert (
        ascii_forms("I'd like two or three of the one-person tents")
        == "I'd like two or three of the one-person tents"
    )


@pytest.mark.parametrize("written", ["ＴＳ－{digits}", "TS-{arabic}"])
def test_an_order_number_in_full_width_or_arabic_digits_proves_the_order(
    copilot: Copilot, written: str
) -> None:
    order = _order("shipped")
    digits = order["order_id"].split("-")[1]
    arabic = "".join(chr(0x0660 + int(d)) for d in digits)
    fullwidth = "".join(chr(0xFF10 + int(d)) for d in digits)
    number = written.format(digits=fullwidth, arabic=arabic)
    reply = converse(copilot, f"{number} {_email(order)} いつ届きますか？").reply
    assert order["order_id"] in reply and order["status"] in reply, reply


def test_a_charge_asked_of_a_cancelled_order_says_it_was_cancelled(copilot: Copilot) -> None:
    order = _order("cancelled")
    reply = converse(
        copilot,
        f"{order['order_id']} was cancelled right? want to make sure I wasn't charged {_email(order)}",
    ).reply
    assert order["order_id"] in reply and "cancelled" in reply, reply


def test_orders_asked_after_in_shoppers_words(copilot: Copilot) -> None:
    pending = _order("pending")
    item = pending["items"][0]["name"].split()[-1].lower()  # "stove"
    signed_in = Chat(copilot, as_customer(_email(pending)))
    reply = signed_in.say(f"{item} order still pending??").reply
    assert pending["order_id"] in reply and "pending" in reply, reply
    returned = _order("returned")
    reply = converse(copilot, f"{returned['order_id']} {_email(returned)} did my return go thru").reply
    assert returned["order_id"] in reply and "returned" in reply, reply
    asked = converse(copilot, "Olá, quero saber do meu pedido")
    assert asked.action == "ask_verification", asked.reply


def test_a_question_about_a_named_order_after_one_about_what_is_on_file(copilot: Copilot) -> None:
    order = _order("processing")
    chat = Chat(copilot, as_customer(_email(order)))
    chat.say("which email do you have for me?")
    reply = chat.say(f"ok and is {order['order_id']} still processing?").reply
    assert order["order_id"] in reply and "processing" in reply, reply


def test_a_named_order_asked_to_be_cancelled_before_it_ships_goes_to_a_person(copilot: Copilot) -> None:
    order = _order("processing")
    result = Chat(copilot, as_customer(_email(order))).say(
        f"can you cancel my order {order['order_id']} before it ships? found it cheaper locally"
    )
    assert result.action == "escalate", result.reply


def test_how_many_of_a_thing_an_order_held(copilot: Copilot) -> None:
    order = next(o for o in ORDERS if o["items"][0]["quantity"] > 1)
    item = order["items"][0]
    reply = (
        Chat(copilot, as_customer(_email(order))).say(f"how many were on order {order['order_id']}?").reply
    )
    assert f"{item['quantity']} x {item['name']}" in reply, reply


def test_whether_to_send_card_details_gets_the_same_safe_answer(copilot: Copilot) -> None:
    for question in ("do you need my credit card number to verify me?", "should i send you my cvv here?"):
        result = converse(copilot, question)
        assert result.action == "answer" and "Please don't share payment card details" in result.reply


@pytest.mark.parametrize("question", ["whats 17 x 23", "did the leafs win last night?"])
def test_sums_and_scores_are_declined(copilot: Copilot, question: str) -> None:
    assert converse(copilot, question).action == "decline"


def test_a_twisted_ankle_goes_to_a_person(copilot: Copilot) -> None:
    result = converse(copilot, "the strap snapped, she slipped and twisted her ankle and it's really swollen")
    assert result.action == "escalate", result.reply
