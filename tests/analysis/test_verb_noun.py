"""Root verb and direct noun object of instructions (Self-Instruct Figure 2) with spaCy's parse,
against pairs checked by hand."""

from __future__ import annotations

import pytest

from datagen.analysis.stats import verb_noun_rows, verb_noun_table
from datagen.analysis.verb_noun import ParserUnavailable, load_parser, verb_noun_pairs

HAND_CHECKED = [
    ("Write a poem about the sea.", ("write", "poem")),
    ("Generate a list of five healthy snacks.", ("generate", "list")),
    ("Translate the sentence into French.", ("translate", "sentence")),
    ("Summarize the following article in two sentences.", ("summarize", "article")),
    ("Given a paragraph, find the main idea.", ("find", "idea")),  # the root is the main clause's verb
    ("Tell me a joke about cats.", ("tell", "joke")),  # "me" is a dative, not the object
    ("Write   a story about a dragon.", ("write", "story")),
    ("Suggest three names for a bakery.", ("suggest", "name")),  # lemma of the object
    ("Write it again.", ("write", None)),  # a pronoun object is not a noun
    ("What is the capital of France?", (None, None)),  # no verb root: an auxiliary
]


@pytest.fixture(scope="module")
def nlp():
    try:
        return load_parser()
    except ParserUnavailable as exc:
        pytest.skip(str(exc))


@pytest.mark.slow  # loads spaCy en_core_web_sm
def test_pairs_equal_the_hand_checked_ones(nlp):
    pairs = verb_noun_pairs([text for text, _ in HAND_CHECKED], nlp)
    assert pairs == [pair for _, pair in HAND_CHECKED]


@pytest.mark.slow
def test_table_of_the_ten_instructions(nlp):
    table = verb_noun_table(verb_noun_pairs([text for text, _ in HAND_CHECKED], nlp), top_verbs=3, top_nouns=4)
    # write has two pairs; six verbs tie at one, broken alphabetically: find, generate
    assert table.rows() == [("write", "poem", 1, 2), ("write", "story", 1, 2), ("find", "idea", 1, 1),
                            ("generate", "list", 1, 1)]
    assert verb_noun_rows(table)[0] == {"verb": "write", "instructions": 2, "top objects": "poem 1, story 1"}


def test_threads_asking_at_once_wait_for_one_load(nlp):
    """Reports built in several threads (`datagen report` over runs, tests) share one pipeline."""
    import threading

    from datagen.analysis import verb_noun

    verb_noun.load_parser.cache_clear()
    got: list = []
    threads = [threading.Thread(target=lambda: got.append(load_parser())) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(p) for p in got}) == 1 and got[0] is load_parser()
    assert verb_noun._load_parser.cache_info().misses == 1
    assert verb_noun_pairs(["Write a poem about the sea."], got[0]) == [("write", "poem")]
