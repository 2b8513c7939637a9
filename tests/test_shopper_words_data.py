"""The shopper-words data (copilot/shopper_words.yaml) holds to its own examples: a shopper's everyday
word finds the shop's text that uses the shop's word, and a word that means something else does not."""

from __future__ import annotations

import pytest

from copilot.lexical import SHOPPER_WORDS_FILE, ShopperWords, compound_head, tokenize
from copilot.policy_files import load_yaml_model

DATA = load_yaml_model(SHOPPER_WORDS_FILE, ShopperWords, "shopper words")


@pytest.mark.parametrize(("said", "shop_text"), DATA.examples.finds)
def test_a_shoppers_word_finds_the_shops(said: str, shop_text: str) -> None:
    assert set(tokenize(said)) <= set(tokenize(shop_text))


@pytest.mark.parametrize(("said", "shop_text"), DATA.examples.does_not_find)
def test_a_word_that_means_another_thing_does_not(said: str, shop_text: str) -> None:
    assert not set(tokenize(said)) <= set(tokenize(shop_text))


def test_every_shoppers_word_is_listed_once() -> None:
    said = [word for words in DATA.words.values() for word in words]
    assert len(said) == len(set(said))
    assert not set(said) & set(DATA.words)


@pytest.mark.parametrize(("word", "head"), DATA.examples.compounds)
def test_a_compound_is_a_kind_of_its_last_word(word: str, head: str) -> None:
    assert compound_head(word) == tokenize(head)[0]


@pytest.mark.parametrize("word", DATA.examples.not_compounds)
def test_a_word_is_not_read_as_a_compound_of_what_it_is_not(word: str) -> None:
    assert compound_head(word) is None
