"""rouge.py against rouge_score itself, on real data: tokens, and ROUGE-L F bit for bit."""

from __future__ import annotations

import random

import pytest
from nltk.stem import porter
from rouge_score import rouge_scorer
from rouge_score import tokenize as rs_tokenize

from datagen.text.rouge import TokenCodec, f_measure, rouge_l_f, rouge_tokenize, tokenize, unicode_tokenize


@pytest.mark.parametrize("use_stemmer", [False, True])
def test_tokenizer_equals_rouge_score(real_texts, edge_texts, use_stemmer):
    stemmer = porter.PorterStemmer() if use_stemmer else None
    for text in real_texts + edge_texts:
        assert rouge_tokenize(text, use_stemmer) == rs_tokenize.tokenize(text, stemmer), text


@pytest.mark.parametrize("use_stemmer", [False, True])
def test_rouge_l_f_equals_rouge_score_on_random_pairs(real_texts, edge_texts, use_stemmer):
    scorer = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=use_stemmer)
    rng = random.Random(1234 + use_stemmer)
    pool = real_texts + edge_texts * 20
    nonzero = 0
    for _ in range(2500):
        a, b = rng.choice(pool), rng.choice(pool)
        if rng.random() < 0.1:  # near-identical pairs exercise high scores
            words = a.split()
            b = " ".join(w for w in words if rng.random() > 0.15)
        expected = scorer.score(a, b)["rougeL"].fmeasure
        got = rouge_l_f(a, b, use_stemmer=use_stemmer)
        assert got == expected, (a, b)  # the same float, not approximately
        nonzero += expected > 0
    assert nonzero > 1000


def test_edge_pairs_equal_rouge_score(edge_texts):
    scorer = rouge_scorer.RougeScorer(["rougeL"])
    for a in edge_texts:
        for b in edge_texts:
            assert rouge_l_f(a, b) == scorer.score(a, b)["rougeL"].fmeasure, (a, b)


def test_argument_order_matches_target_prediction():
    # F is symmetric in value, but rouge_score computes it from (target, prediction) in this order.
    scorer = rouge_scorer.RougeScorer(["rougeL"])
    a, b = "give me three reasons to learn a language", "three good reasons"
    assert rouge_l_f(a, b) == scorer.score(a, b)["rougeL"].fmeasure
    assert rouge_l_f(b, a) == scorer.score(b, a)["rougeL"].fmeasure


def test_non_latin_scores_zero_with_rouge_tokenizer_but_not_with_unicode():
    korean = "한국어 문장입니다"
    assert rouge_scorer.RougeScorer(["rougeL"]).score(korean, korean)["rougeL"].fmeasure == 0.0
    assert rouge_l_f(korean, korean) == 0.0  # rouge_score's silent zero on non-Latin text
    assert rouge_l_f(korean, korean, tokenizer="unicode") == 1.0
    assert 0.0 < rouge_l_f("我喜欢学习中文", "我喜欢中文", tokenizer="unicode") < 1.0


def test_unicode_tokenizer():
    assert unicode_tokenize("Ｈｅｌｌｏ, WORLD_wide!") == ["hello", "world", "wide"]
    assert unicode_tokenize("我喜欢 Python3") == ["我", "喜", "欢", "python3"]
    assert unicode_tokenize("カタカナ") == ["カ", "タ", "カ", "ナ"]
    assert unicode_tokenize("한국어 문장입니다") == ["한국어", "문장입니다"]
    assert unicode_tokenize("नमस्ते दुनिया") == ["नमस्ते", "दुनिया"]  # vowel signs stay in the word
    assert unicode_tokenize("Straße") == ["strasse"]
    assert unicode_tokenize("running fast", use_stemmer=True) == ["run", "fast"]
    with pytest.raises(ValueError, match="unknown tokenizer"):
        tokenize("x", "whitespace")  # type: ignore[arg-type]


def test_f_measure_formula():
    assert f_measure(0, 3, 4) == 0.0
    assert f_measure(2, 0, 4) == 0.0
    assert f_measure(3, 3, 3) == 1.0
    p, r = 2 / 5, 2 / 3
    assert f_measure(2, 3, 5) == 2 * p * r / (p + r)


def test_codec_falls_back_to_int_lists_past_the_last_code_point():
    codec = TokenCodec()
    codec._MAX_CODEPOINT = 3  # type: ignore[misc] - force the list form early
    first = codec.encode("a b c d e")  # ids 0..4: the last two exceed the limit
    assert first == [0, 1, 2, 3, 4]
    assert codec.encode("a b") == "\x00\x01"
