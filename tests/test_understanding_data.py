"""Every intent, cue, off-topic and injection pattern of understanding.yaml (and the order-reference
words, the channels' consent keywords) against its own examples: the data says what must and must not
match, and this test holds it to that."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import cast

import pytest

from copilot.channels.messaging import load_channel_messages
from copilot.drafting.catalog import (
    QUESTION_WORDS,
    KindExample,
    QuestionWords,
    SuperlativeExample,
    kind_words,
    superlative_asked,
    superlative_kind,
)
from copilot.drafting.text import answered_by, shape_rules
from copilot.escalation.config import load_policy
from copilot.escalation.signals import (
    ASKING_FILE,
    AskingPhrase,
    AskingPhrases,
    asking_phrases,
    frustration_cues,
)
from copilot.identity.facts import emails_in
from copilot.identity.plain_text import plain_text, unreadable
from copilot.identity.references import reference_words
from copilot.lexical import tokenize
from copilot.policy_files import Phrases, load_yaml_model
from copilot.understanding import (
    ORDER_INTENTS,
    Slip,
    attributes_asked,
    classify,
    cues_in,
    mend_typos,
    numbers_as_orders,
    rules,
    understand,
    without_amounts,
)

DATA = rules().data
INTENT_CASES = [
    (rule.intent, text, expected)
    for rule in DATA.intents
    for expected, texts in ((True, rule.examples.match), (False, rule.examples.no_match))
    for text in texts
]
CUE_CASES = [
    (name, text, expected)
    for name, cue in DATA.cues.items()
    for expected, texts in ((True, cue.examples.match), (False, cue.examples.no_match))
    for text in texts
]


@pytest.mark.parametrize("slip", DATA.slips, ids=lambda s: s.text)
def test_slips_of_the_keyboard_are_mended(slip: Slip) -> None:
    assert classify(slip.text) == slip.intent, mend_typos(slip.text)


@pytest.mark.parametrize(("intent", "text", "expected"), INTENT_CASES)
def test_intent_examples(intent: str, text: str, expected: bool) -> None:
    assert (classify(text) == intent) is expected, f"{text!r} classified as {classify(text)}"


@pytest.mark.parametrize(("cue", "text", "expected"), CUE_CASES)
def test_cue_examples(cue: str, text: str, expected: bool) -> None:
    assert (cue in cues_in(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [(t, True) for t in DATA.off_topic.examples.match]
    + [(t, False) for t in DATA.off_topic.examples.no_match],
)
def test_off_topic_examples(text: str, expected: bool) -> None:
    assert understand(text).off_topic is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [(t, True) for t in DATA.injection.examples.match]
    + [(t, False) for t in DATA.injection.examples.no_match],
)
def test_injection_examples(text: str, expected: bool) -> None:
    assert understand(text).injection is expected


def test_every_intent_and_cue_has_examples_both_ways() -> None:
    for rule in DATA.intents:
        assert rule.examples.match and rule.examples.no_match, rule.intent
    for name, cue in DATA.cues.items():
        assert cue.examples.match and cue.examples.no_match, name


POLICY = load_policy(None)
TOPIC_CASES = [
    (topic.id, text, expected)
    for topic in [*POLICY.sensitive_topics, *POLICY.out_of_scope]
    for expected, texts in ((True, topic.examples.match), (False, topic.examples.no_match))
    for text in texts
]


@pytest.mark.parametrize(("topic", "text", "expected"), TOPIC_CASES)
def test_escalation_topic_examples(topic: str, text: str, expected: bool) -> None:
    """The shipped escalation policy's topics (copilot/escalation/default.yaml) against their examples."""
    [found] = [t for t in [*POLICY.sensitive_topics, *POLICY.out_of_scope] if t.id == topic]
    assert (found.matches(text) is not None) is expected, found.matches(text)


def test_every_escalation_topic_has_examples_both_ways() -> None:
    for topic in [*POLICY.sensitive_topics, *POLICY.out_of_scope]:
        assert topic.examples.match and topic.examples.no_match, topic.id


ATTRIBUTE_CASES = [
    (attribute.name, text, expected)
    for attribute in DATA.attributes
    for expected, texts in ((True, attribute.examples.match), (False, attribute.examples.no_match))
    for text in texts
]


@pytest.mark.parametrize(("attribute", "text", "expected"), ATTRIBUTE_CASES)
def test_attribute_examples(attribute: str, text: str, expected: bool) -> None:
    assert (attribute in [a.name for a in attributes_asked(text)]) is expected


CUE_FAMILIES = [
    (cue.about, text, expected, patterns)
    for cue, patterns in frustration_cues()
    for expected, texts in ((True, cue.examples.match), (False, cue.examples.no_match))
    for text in texts
]


@pytest.mark.parametrize(("about", "text", "expected", "patterns"), CUE_FAMILIES)
def test_frustration_cue_examples(
    about: str, text: str, expected: bool, patterns: list[re.Pattern[str]]
) -> None:
    """copilot/escalation/frustration.yaml: each cue family against its examples."""
    assert any(p.search(text) for p in patterns) is expected, about


ORDER_WORDS = reference_words()


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [
        (kind, text, expected)
        for kind in ("order_word", "order_context", "buying", "postcode_word", "year_word")
        for expected, texts in (
            (True, getattr(ORDER_WORDS, kind).examples.match),
            (False, getattr(ORDER_WORDS, kind).examples.no_match),
        )
        for text in texts
    ],
)
def test_order_reference_word_examples(kind: str, text: str, expected: bool) -> None:
    assert bool(getattr(ORDER_WORDS, kind).regex.search(text)) is expected


PLAIN_TEXT = plain_text().examples


@pytest.mark.parametrize(
    ("text", "expected"),
    [(t, True) for t in PLAIN_TEXT.match] + [(t, False) for t in PLAIN_TEXT.no_match],
)
def test_plain_text_examples(text: str, expected: bool) -> None:
    """A message whose typed facts may prove an order is one that can be read in full."""
    assert (unreadable(text) is not None) is expected, unreadable(text)


def test_a_shop_may_name_the_scripts_it_reads() -> None:
    greek = "Γεια σας, η παραγγελία W1042, ann@example.com"
    assert unreadable(greek) is None and unreadable(greek, ["Latin"]) is not None
    assert unreadable(greek, ["Latin", "Greek"]) is None


CHANNEL_KEYWORDS = load_channel_messages().keywords


@pytest.mark.parametrize(
    ("keyword", "text", "expected"),
    [
        (keyword, text, expected)
        for keyword, examples in CHANNEL_KEYWORDS.examples.items()
        for expected, texts in ((True, examples.match), (False, examples.no_match))
        for text in texts
    ],
)
def test_channel_keyword_examples(keyword: str, text: str, expected: bool) -> None:
    assert (CHANNEL_KEYWORDS.match(text) == keyword) is expected


def test_every_channel_keyword_has_examples_both_ways() -> None:
    for keyword in ("stop", "start", "help"):
        examples = CHANNEL_KEYWORDS.examples[keyword]
        assert examples.match and examples.no_match, keyword


QUESTIONS = load_yaml_model(QUESTION_WORDS, QuestionWords, "question words").examples


@pytest.mark.parametrize("example", QUESTIONS, ids=[e.question for e in QUESTIONS])
def test_question_words_leave_the_kind_of_product(example: KindExample) -> None:
    assert kind_words(example.question) == set(tokenize(" ".join(example.kind)))


SUPERLATIVES = load_yaml_model(QUESTION_WORDS, QuestionWords, "question words").superlative_examples


@pytest.mark.parametrize("example", SUPERLATIVES, ids=[e.question for e in SUPERLATIVES])
def test_a_superlative_question_names_its_measure_and_its_kind(example: SuperlativeExample) -> None:
    asked = superlative_asked(example.question)
    assert asked is not None and asked.word == example.word
    assert superlative_kind(example.question, asked) == kind_words(" ".join(example.kind))


@pytest.mark.parametrize(
    ("text", "expected"),
    [(t, True) for t in DATA.amounts.examples.match] + [(t, False) for t in DATA.amounts.examples.no_match],
)
def test_amount_examples(text: str, expected: bool) -> None:
    """An amount is taken out before order ids and zips are looked for; a real id or zip stays."""
    assert (without_amounts(text) != text) is expected


SHAPES = shape_rules()
SHAPE_QUESTIONS = [
    (shape.name, text, expected)
    for shape in SHAPES.data.shapes
    for expected, texts in ((True, shape.asks.examples.match), (False, shape.asks.examples.no_match))
    for text in texts
]
SHAPE_ANSWERS = [
    (shape.name, text, expected)
    for shape in SHAPES.data.shapes
    for expected, texts in ((True, shape.answer.examples.match), (False, shape.answer.examples.no_match))
    for text in texts
]


@pytest.mark.parametrize(("shape", "text", "expected"), SHAPE_QUESTIONS)
def test_question_shape_examples(shape: str, text: str, expected: bool) -> None:
    """copilot/drafting/question_shapes.yaml: a question takes the first shape whose `asks` matches."""
    found = answered_by(text)
    assert (found is not None and found.name == shape) is expected, found


@pytest.mark.parametrize(("shape", "text", "expected"), SHAPE_ANSWERS)
def test_answer_shape_examples(shape: str, text: str, expected: bool) -> None:
    [found] = [s for s in SHAPES.shapes if s.name == shape]
    assert found.answered(text) is expected


def _phrase_cases(phrases: Iterable[tuple[str, Phrases]]) -> list[tuple[str, str, bool]]:
    return [
        (name, text, expected)
        for name, family in phrases
        for expected, texts in ((True, family.examples.match), (False, family.examples.no_match))
        for text in texts
    ]


@pytest.mark.parametrize(("phrase", "text", "expected"), _phrase_cases(SHAPES.data.phrases.items()))
def test_question_phrase_examples(phrase: str, text: str, expected: bool) -> None:
    """question_shapes.yaml's phrases; the ones that split or trim a question match anywhere."""
    matcher = SHAPES.phrases[phrase]
    assert matcher(text) is expected


ASKING = load_yaml_model(ASKING_FILE, AskingPhrases, "asking phrases")


@pytest.mark.parametrize(("phrase", "text", "expected"), _phrase_cases(ASKING.phrases.items()))
def test_asking_phrase_examples(phrase: str, text: str, expected: bool) -> None:
    """copilot/escalation/asking.yaml: requests, general questions, insisting, unresolved."""
    assert asking_phrases()[cast(AskingPhrase, phrase)](text) is expected


def test_every_phrase_family_has_examples_both_ways() -> None:
    for name, family in [*SHAPES.data.phrases.items(), *ASKING.phrases.items()]:
        assert family.examples.match and family.examples.no_match, name
    for shape in SHAPES.data.shapes:
        for family in (shape.asks, shape.answer):
            assert family.examples.match and family.examples.no_match, shape.name


@pytest.mark.parametrize("text", ["has the refund for 20712 gone through?", "what items are on 21224"])
def test_a_signed_in_customers_bare_number_is_an_order_not_a_zip(text: str) -> None:
    read = numbers_as_orders(understand(text), text)
    assert read.order_ids == re.findall(r"\d{5}", text)
    assert read.zips == [] and read.intent in ORDER_INTENTS


@pytest.mark.parametrize("text", ["my zip is 98004, where is my order?", "do you ship to 98004?"])
def test_a_number_called_a_zip_or_a_place_stays_a_zip(text: str) -> None:
    assert numbers_as_orders(understand(text), text).zips == ["98004"]


@pytest.mark.parametrize(
    ("text", "order", "email"),
    [
        (
            "注文番号TS-106852の配送状況を教えてください。メールアドレスはaisha@example.comです。",
            "TS-106852",
            "aisha@example.com",
        ),
        ("订单TS-104050的状态？邮箱owen@example.com谢谢", "TS-104050", "owen@example.com"),
    ],
)
def test_an_order_and_an_email_written_against_chinese_or_japanese_are_read_alone(
    text: str, order: str, email: str
) -> None:
    read = understand(text)
    assert read.order_ids == [order] and read.emails == [email], read
    assert emails_in(text) == {email}
