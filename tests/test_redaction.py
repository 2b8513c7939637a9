"""Personal data stays in: what the redactor finds, and that every path out of a turn goes through it.

The corpora in ``tests/data/pii_corpus*.jsonl`` were written by helpers who never saw the redactor.
Each was measured on arrival (figures in docs/security.md); corpora 1-5 were then used to improve the
rules and are regression sets here; corpus 6 was written last and never tuned on.
"""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest

from copilot.conversations import Conversations
from copilot.logs import get_logger
from copilot.redaction import Redactor, own_data, redact
from copilot.redaction.redactor import load_rules
from copilot.schemas import Customer
from copilot.service import Copilot
from copilot.settings import Settings
from tests.chat import Chat, as_customer
from tests.pii_measure import measure
from tests.test_turns import CUSTOMERS, ORDERS

DATA = Path(__file__).with_name("data")
RULES = load_rules()


# -- the rules are data with their own examples ------------------------------------------------------
@pytest.mark.parametrize("example", RULES.examples.redacted, ids=lambda e: str(e["text"])[:40])
def test_rules_redact_their_examples(example: dict[str, object]) -> None:
    text = str(example["text"])
    found = [text[s.start : s.end] for s in Redactor().spans(text, learned=False)]
    assert found == example["spans"]


@pytest.mark.parametrize("text", RULES.examples.kept)
def test_rules_keep_their_examples(text: str) -> None:
    assert Redactor().spans(text) == []


# -- the corpora ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("corpus", "recall", "precision"),
    [  # corpora 1-4 were measured on arrival (docs/security.md), then used to improve the rules
        ("pii_corpus.jsonl", 0.99, 0.97),  # the bar: recall >= 0.99
        ("pii_corpus2.jsonl", 0.99, 0.97),
        ("pii_corpus3.jsonl", 0.96, 0.93),
        ("pii_corpus4.jsonl", 0.92, 0.94),
        ("pii_corpus5.jsonl", 0.92, 0.87),  # first run 0.803 / 0.875, then used
        ("pii_corpus6.jsonl", 0.90, 0.92),  # first run 0.828 / 0.923, then used (phone classes)
        ("pii_corpus7.jsonl", 0.93, 0.97),  # first run 0.900 / 0.969 (b134997); its misses read at 2d2cd74
        ("pii_corpus8.jsonl", 0.90, 0.90),  # held out, never read: first run 0.862 / 0.909 (2d2cd74)
        ("pii_corpus9.jsonl", 0.87, 0.88),  # first run 0.826 / 0.883 (99be0a9), then used
        ("pii_corpus10.jsonl", 0.86, 0.89),  # held out, never read: first run 0.801 / 0.893 (a95e111)
        ("pii_corpus11.jsonl", 0.81, 0.89),  # first run 0.691 / 0.894 (eb3404a), then used
        ("pii_corpus12.jsonl", 0.82, 0.89),  # first run 0.753 / 0.894 (81ec205); misses read
        ("pii_corpus13.jsonl", 0.80, 0.92),  # held out, never read: first run 0.713 / 0.931 (d096510)
        ("pii_corpus14.jsonl", 0.86, 0.91),  # first run 0.833 / 0.919 (2bc8493); misses read
        ("pii_corpus15.jsonl", 0.89, 0.94),  # first run 0.883 / 0.947 (bd21c48); misses read
        ("pii_corpus16.jsonl", 0.89, 0.88),  # first run 0.811 / 0.881 (50c2cfe); misses read
        ("pii_corpus17.jsonl", 0.88, 0.93),  # first run 0.881 / 0.937 (129e2f2); its address misses read
        ("pii_corpus18.jsonl", 0.93, 0.89),  # first run 0.855 / 0.893 (60991c2); misses read
        ("pii_corpus19.jsonl", 0.82, 0.91),  # first run 0.781 / 0.914 (c89762b); address misses read
        ("pii_corpus20.jsonl", 0.86, 0.89),  # first run 0.849 / 0.900 (e85e34b); misses read
        ("pii_corpus21.jsonl", 0.86, 0.88),  # first run 0.826 / 0.882 (6ba6a6a); misses read
        ("pii_corpus22.jsonl", 0.90, 0.83),  # first run 0.874 / 0.837 (f25d002); misses read on 2026-12-02
        ("pii_corpus23.jsonl", 0.89, 0.89),  # first run 0.874 / 0.900 (13a32c1); misses read on 2026-12-02
        ("pii_corpus24.jsonl", 0.96, 0.93),  # first run 0.922 / 0.947 (611e536); misses read on 2026-12-02
        ("pii_corpus25.jsonl", 0.91, 0.92),  # first run 0.860 / 0.930 (6227658); misses read on 2026-12-02
        ("pii_corpus26.jsonl", 0.87, 0.91),  # first run 0.874 / 0.922 (8b60aaa); misses read on 2026-12-02
        ("pii_corpus27.jsonl", 0.88, 0.93),  # first run 0.861 / 0.940 (0a06c63); misses read on 2026-12-03
        ("pii_corpus28.jsonl", 0.94, 0.92),  # first run 0.908 / 0.926 (18a2211); misses read on 2026-12-03
        ("pii_corpus29.jsonl", 0.86, 0.88),  # held out, never read: first run 0.864 / 0.884 (182a11a)
        ("pii_corpus30.jsonl", 0.84, 0.89),  # held out, never read: first run 0.832 / 0.895 (ae9c02e)
    ],
)
def test_corpus_recall_and_precision(corpus: str, recall: float, precision: float) -> None:
    score = measure(Redactor(), DATA / corpus)
    lines = len((DATA / corpus).read_text(encoding="utf-8").splitlines())
    print(f"{corpus}: {lines} strings, recall {score.recall:.3f}, precision {score.precision:.3f}")
    assert lines >= 200
    assert score.recall >= recall, score.missed
    assert score.precision >= precision, score.false


# -- the detectors, one class at a time -----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "call me on +44 20 7946 0958",
        "mobile 0049 30 901820",
        "my number is 4155550132",
        "WhatsApp +91 98765 43210 please",
        "tel. 06 12 34 56 78",
        "write to josé.garcía@correo.es",
        "email 用户@例子.广告 anytime",
        "reach me at müller@bücher.de",
        "card 4012 8888 8888 1881 exp 12/27",
        "card 4012-8888-8888-1881",
        "I can't find order 4012888888881881",
        "Ship to 10 Downing Street, London SW1A 2AA",
        "Lieferadresse: Hauptstraße 5, 80331 München",
        "Livraison: 7 avenue Victor Hugo, 75016 Paris",
        "Via Roma 12, 00184 Roma RM",
        "Rua Augusta 100, 1100-053 Lisboa",
        "My name is Priya Raman",
    ],
)
def test_personal_data_of_many_countries_is_found(text: str) -> None:
    redacted = redact(text)
    assert redacted != text and "[" in redacted, redacted


@pytest.mark.parametrize(
    ("text", "found"),
    [  # classes read from corpus 21's misses, each with an example of our own
        ("Tél 71 23 45 67. Misaotra, Rija", "Rija"),  # a sign-off in a language the lists lack
        ("ტელ: 599 11 22 33. ლევან გელაშვილი", "ლევან გელაშვილი"),  # Georgian has no capitals in use
        ("thanks, Bilal Haddad (بلال حداد)", "بلال حداد"),  # the same name again in another script
        ("العنوان: حي السلام، عمارة 4 شقة 2. رقم 092-7654321. خالد", "خالد"),  # a known given name alone
        ("if I'm out ring Patience 0772 410 998 next door", "Patience"),  # a given name before a phone
        ("do you need my PPS no for the cycle-to-work scheme? it's 7654321TW", "7654321TW"),
        ("身份证号（报关用）：110105194912310025", "110105194912310025"),  # a bracket between name and number
        ("報稅用身分證B123456780", "B123456780"),  # the number against its name
        ("返金先 口座番号：1234567", "1234567"),
        ("Счёт получателя: 40817810099910004312", "40817810099910004312"),
        ("hoàn tiền vào STK 0071000123456 nhé", "0071000123456"),
        ("refund by UPI to priya.s@oksbi please", "priya.s@oksbi"),  # a payment handle, no domain
        ("mail me at lena.fischer @ web . de about it", "lena.fischer @ web . de"),
        ("التوصيل الى بنغازي، حي السلام، عمارة 4 شقة 2", "بنغازي، حي السلام، عمارة 4 شقة 2"),  # a town first
        ("доставка: Булевар Михајла Пупина 10, Нови Сад", "Булевар Михајла Пупина 10, Нови Сад"),
        ("Isporuka na Mehmeda Spahe 11, Sarajevo", "Mehmeda Spahe 11, Sarajevo"),
    ],
)
def test_personal_data_in_these_shapes_is_found_whole(text: str, found: str) -> None:
    start = text.index(found)
    covered = {i for s in Redactor().spans(text) for i in range(s.start, s.end)}
    assert set(range(start, start + len(found))) <= covered, redact(text)


def test_a_number_that_fails_the_luhn_check_is_not_a_card() -> None:
    assert "card" not in {s.kind for s in Redactor().spans("gift code 4012 8888 8888 1882")}


@pytest.mark.parametrize(
    "text",
    [
        "Order TS-104821 shipped with tracking 1ZT8H47R0397567179",
        "The Summit Rain Jacket costs $139.00, size M, 2 in stock",
        "Delivery takes 3-5 business days; returns within 30 days.",
        # places of two words and more look like a given and a family name
        "We cannot ship them to Alaska, Hawaii, Puerto Rico, APO/FPO addresses or Canada.",
        "do you ship to Sierra Leone or Costa Rica?",
        "Free delivery to New Jersey, British Columbia and Prince Edward Island.",
        "Lieferung: 3-5 Werktage, Versand mit DHL",
        "the sort code and account are on the invoice, ok?",
        "Dostava na Hvar, Brač i Korčulu: 2-4 dana",
    ],
)
def test_what_is_not_personal_data_is_kept(text: str) -> None:
    assert Redactor().spans(text) == []


# -- the learned reader: names and address words no rule knows ---------------------------------------
# Invented messages, each naming one person in a way the rules miss: a name inflected by its language's
# grammar, in a script of its own, or with no cue in a language no rule reads.
UNCUED_NAMES = [
    ("adjátok oda Gergőnek a csomagot, ő otthon van", "Gergőnek"),
    ("lähetin sen jo Mikolle eilen", "Mikolle"),
    ("передайте, пожалуйста, Аркадию Семёновичу, он сосед", "Аркадию Семёновичу"),
    ("dajte to Zdeňkovi, bydlí vedle", "Zdeňkovi"),
    ("la caja se la di a Begoña ayer", "Begoña"),
    ("συγγνώμη, το δέμα το πήρε η Ευανθία", "Ευανθία"),
    ("պատվերը կվերցնի Լուսինեն", "Լուսինեն"),
    ("ka-deliver po kay Marites sa tindahan", "Marites"),
    ("Ichigo dropped it off for me", "Ichigo"),
    ("paket Ağabeyim Serkan'a teslim edildi", "Serkan"),
    ("a encomenda é para a Conceição, minha tia", "Conceição"),
    ("sandrine a signé pour le colis", "sandrine"),
]


def test_the_learned_reader_finds_names_the_rules_miss() -> None:
    """Measured when it was trained: it finds half of these (6 of 12), and nothing else in them."""
    redactor = Redactor()
    found = 0
    for text, name in UNCUED_NAMES:
        assert redactor.spans(text, learned=False) == [], text  # the rules alone leave each whole
        spans = [text[s.start : s.end] for s in redactor.spans(text)]
        assert all(name in span or span in name for span in spans), (text, spans)
        found += name in spans
    assert found >= 6


def test_the_learned_reader_finds_address_words_the_rules_miss() -> None:
    text = "Mz. 14 Lt. 9, Urb. Los Jardines, San Juan de Lurigancho"
    assert "Urb. Los Jardines" in redact(text, learned=False)
    assert "Jardines" not in redact(text)


def test_the_learned_reader_leaves_the_shops_own_words() -> None:
    text = "ka-deliver po kay Marites sa tindahan"
    shop = Redactor.for_shop(
        identifiers=[], vocabulary=["Marites Rattan Chair"], documents=[], customer_names=[]
    )
    assert [text[s.start : s.end] for s in Redactor().spans(text)] == ["Marites"]
    assert shop.spans(text) == []


def test_a_bot_reply_is_read_by_the_rules_alone() -> None:
    """A reply is made of the shop's pages and records: the rules read it, the learned reader does not."""
    text = "dajte to Zdeňkovi, bydlí vedle"
    assert redact(text) == "dajte to [name], bydlí vedle"
    assert Redactor().redact(text, learned=False) == text


def test_a_person_named_like_a_place_is_still_a_name() -> None:
    text = "please ship to Lucia Rico, she lives next door"
    assert [text[s.start : s.end] for s in Redactor().spans(text)] == ["Lucia Rico"]


# -- every path out of a turn ---------------------------------------------------------------------------
@pytest.fixture
def shop(demo_settings: Settings, tmp_path: Path) -> Settings:
    shutil.copytree(demo_settings.home, tmp_path / "home")
    return Settings(home=tmp_path / "home")


def _stored(copilot: Copilot, conversation_id: str) -> str:
    return "\n".join(m.text for m in Conversations(copilot.store).get(conversation_id).messages)


def test_customer_and_bot_messages_are_stored_redacted(shop: Settings) -> None:
    copilot = Copilot(shop)
    other = list(CUSTOMERS.values())[1]
    chat = Chat(copilot)
    chat.say(
        f"hi, my card 4012 8888 8888 1881 was charged twice; {other['first_name']} {other['last_name']} "
        "said to call +44 20 7946 0958 or write to josé.garcía@correo.es, I live at 10 Downing Street, "
        "London SW1A 2AA"
    )
    echo = chat.say("where is order 4012888888881881?")  # a card number typed as an order number
    stored = _stored(copilot, chat.conversation_id or "")
    for secret in (
        "4012 8888 8888 1881",
        "4012888888881881",
        "7946 0958",
        "josé.garcía@correo.es",
        "Downing",
        str(other["last_name"]),
    ):
        assert secret not in stored
        assert secret not in echo.reply
    assert "[card]" in stored and "[phone]" in stored and "[email]" in stored and "[address]" in stored


def test_a_proven_customer_sees_their_own_data_but_it_is_not_stored(shop: Settings) -> None:
    copilot = Copilot(shop)
    order = next(o for o in ORDERS if o["shipping"].get("tracking_number"))
    customer = CUSTOMERS[order["customer_id"]]
    chat = Chat(copilot, caller=as_customer(str(customer["email"])))
    result = chat.say(f"where is order {order['order_id']}? my email is {customer['email']}")
    tracking = str(order["shipping"]["tracking_number"])
    assert tracking in result.reply  # the shop's own identifiers are not personal data
    stored = _stored(copilot, result.conversation_id)
    assert str(customer["email"]) not in stored and "[email]" in stored
    assert order["order_id"] in stored and tracking in stored


def test_agent_replies_are_stored_redacted(shop: Settings) -> None:
    copilot = Copilot(shop)
    chat = Chat(copilot)
    chat.say("where is my order TS-106764?")
    chat.say("it's hannah.lindqvist@example.com")
    packet = chat.say("the parcel never arrived and I want to talk to a real person").handoff
    assert packet is not None
    copilot.routing.set_agent("ana", skills=["orders"], online=True)
    copilot.routing.claim(packet.packet_id, "ana")
    copilot.assist.reply(
        packet.conversation_id,
        "ana",
        "I called the courier on +1 303 555 0199; card 4012 8888 8888 1881 was refunded.",
    )
    stored = _stored(copilot, packet.conversation_id)
    assert "555 0199" not in stored and "4012 8888 8888 1881" not in stored
    assert "[phone]" in stored and "[card]" in stored


def test_the_shops_own_published_contacts_are_not_redacted(shop: Settings) -> None:
    redactor = Copilot(shop).redactor
    text = "Call us on 1-800-555-0100 or write to support@example.com; I am on 415-555-0132."
    assert (
        redactor.redact(text) == "Call us on 1-800-555-0100 or write to support@example.com; I am on [phone]."
    )


@pytest.mark.parametrize("detail", ["none", "masked", "full"])
def test_the_packet_shows_agents_as_much_as_the_shop_allows(shop: Settings, detail: str) -> None:
    copilot = Copilot(shop.model_copy(update={"packet_customer_data": detail}))
    chat = Chat(copilot)
    chat.say("where is my order TS-106764?")
    chat.say("it's hannah.lindqvist@example.com")
    packet = chat.say("it never arrived, I want a real person to call me on +46 70 123 45 67").handoff
    assert packet is not None
    body = packet.model_dump_json()
    customer = packet.customer
    assert "+46 70 123 45 67" not in body  # typed data is redacted in the transcript whatever the setting
    if detail == "none":
        assert customer.name is None and customer.email is None and "Lindqvist" not in body
    elif detail == "masked":
        assert customer.name and customer.email and "hannah.lindqvist@example.com" not in body
    else:
        assert customer.email == "hannah.lindqvist@example.com" and customer.phone
    assert customer.verified and customer.customer_id


def test_log_lines_are_redacted(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    get_logger("copilot.anything").warning(
        "could not reach %s at %s about card %s",
        "ana.lopez@example.com",
        "+34 612 345 678",
        "4012 8888 8888 1881",
    )
    assert "ana.lopez" not in caplog.text and "612 345" not in caplog.text and "4012" not in caplog.text
    assert "[email]" in caplog.text and "[phone]" in caplog.text and "[card]" in caplog.text


def test_a_turn_logs_nothing_personal(shop: Settings, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    copilot = Copilot(shop.model_copy(update={"openai_base_url": "http://127.0.0.1:9/v1", "llm_retries": 0}))
    copilot.turn("do you ship to PO boxes? reach me at ana.lopez@example.com or +34 612 345 678")
    assert "drafter llm failed" in caplog.text  # the failure was logged ...
    assert "ana.lopez" not in caplog.text and "612 345" not in caplog.text  # ... and nothing personal


def test_a_corpus_line_is_well_formed() -> None:
    for corpus in sorted(DATA.glob("pii_corpus*.jsonl")):
        for line in corpus.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            assert all(item["text"] in case["text"] for item in case["pii"]), case["id"]


def test_the_shops_own_words_are_not_personal_data() -> None:
    """Option names, product names and the cells of the shop's own tables read like people and
    addresses ("Page Format", "Block Size 9 x 12 in", "Name: Regular Light"); a customer's name
    written the same way is still found."""
    redactor = Redactor.for_shop(
        identifiers=[],
        vocabulary=[
            "Cold Press Watercolour Block",
            "Page Format",
            "Block Size",
            "9 x 12 in",
            "Tempo Glide 3 Road Running Shoe",
            "Nelson Sauvin Hop Pellets",
            "Ford F-150 2015-2024 Front",  # a fit: its digits read like a phone number
        ],
        documents=["| Gauge set | Name |\n|---|---|\n| 10-46 | Regular Light |"],
        customer_names=["Priya Raman"],
    )
    kept = [
        "The Cold Press Watercolour Block (Sheet Weight 640 gsm, Block Size 9 x 12 in) is $64.00.",
        "On sale: the Nelson Sauvin Hop Pellets (from 14.90 NZD).",  # a product named like a person
        "Page Format B5, Ruling Lined: $19.00",
        "Gauge set: 10-46; Name: Regular Light.",
        "The Tempo Glide 3 Road Running Shoe: Weight: 255 g; the Racer: Weight: 198 g.",
        "The Leatherette Seat Covers (Color Black, Size Ford F-150 2015-2024 Front) is $229.99.",
    ]
    for text in kept:
        assert redactor.redact(text) == text
    assert redactor.redact("call 150 2015-2024") == "call [phone]"  # the same digits outside its phrase
    assert redactor.redact("Name: Priya Raman") == "Name: [name]"
    assert redactor.redact("thanks, Nelson Sauvin here") == "thanks, [name] here"
    assert "[address]" in redactor.redact("send it to Block 5, Sector 3, Flat 12, Bucharest")
    assert redactor.redact("ship it to 3 Road Lane, Leeds") != "ship it to 3 Road Lane, Leeds"


def test_a_proven_customer_is_greeted_by_their_first_name() -> None:
    """ "Thanks, Priya, you're verified" shows the customer their own first name; another customer's
    stays hidden."""
    redactor = Redactor.for_shop(
        identifiers=[], vocabulary=[], documents=[], customer_names=["Priya Raman", "Ruben Mertens"]
    )
    priya = Customer(customer_id="C1", first_name="Priya", last_name="Raman", email="priya@example.com")
    exempt = own_data(priya)
    assert (
        redactor.redact("Thanks, Priya, you're verified.", exempt=exempt) == "Thanks, Priya, you're verified."
    )
    assert (
        redactor.redact("Thanks, Ruben, you're verified.", exempt=exempt)
        == "Thanks, [name], you're verified."
    )


@pytest.mark.parametrize(
    "reply",
    [
        "Amount: $50 (50.00 AUD), $100 (100.00 AUD), $250 (250.00 AUD) and $500 (500.00 AUD).",
        "Create an account and earn 1 point for every $1 you spend.",
        "We ship from our warehouse in Columbus, Ohio.",
    ],
)
def test_a_shops_prices_points_and_towns_are_no_personal_data(reply: str) -> None:
    """A price after its currency sign is no phone number, a number and a street word with no street
    name between them no address, and a town before its state no person."""
    assert Redactor().spans(reply) == []
