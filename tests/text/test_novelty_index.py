"""NoveltyIndex against a brute-force rouge_score run (Self-Instruct's loop), on real data."""

from __future__ import annotations

import random

import numpy as np
import pytest
from rouge_score import rouge_scorer

from datagen.text.novelty_index import NoveltyHit, NoveltyIndex
from datagen.text.rouge import NoveltyIndex as ReExported


def brute_scores(scorer, text: str, pool: list[tuple[str, str]]) -> list[float]:
    """rouge_score's ROUGE-L F of `text` (target) against each pool entry, as Alpaca runs it:
    rouge_score's tokenizer once per text, then rouge_score's own `_score_lcs` per pair."""
    target = _tokens(scorer, text)
    return [rouge_scorer._score_lcs(target, _tokens(scorer, p)).fmeasure for p, _ in pool]


_TOKEN_CACHE: dict[tuple[int, str], list[str]] = {}


def _tokens(scorer, text: str) -> list[str]:
    key = (id(scorer._tokenizer), text)
    if key not in _TOKEN_CACHE:
        _TOKEN_CACHE[key] = scorer._tokenizer.tokenize(text)
    return _TOKEN_CACHE[key]


def brute_hit(scores: list[float], pool: list[tuple[str, str]], top_k: int) -> NoveltyHit:
    if not scores:
        return NoveltyHit(0.0, None, [], 0.0)
    order = sorted(range(len(scores)), key=lambda j: (-scores[j], j))  # ties: insertion order
    best = order[0]
    return NoveltyHit(scores[best], pool[best][1] if scores[best] > 0 else None,
                      [(pool[j][1], scores[j]) for j in order[:top_k]], float(np.mean(scores)))


def near_duplicate_stream(texts: list[str], n: int, seed: int = 7) -> list[str]:
    """Real instructions with perturbed copies mixed in, so both decisions occur."""
    rng = random.Random(seed)
    out: list[str] = []
    for text in texts:
        if len(out) >= n:
            break
        out.append(text)
        if rng.random() < 0.3:
            words = text.split()
            drop = rng.randrange(len(words)) if len(words) > 3 else None
            out.append(" ".join(w for i, w in enumerate(words) if i != drop))
    return out[:n]


@pytest.fixture(scope="module")
def instructions(seed_tasks, explore_examples, ensemble_rows) -> list[str]:
    rng = random.Random(3)
    explore = [ex["instruction"] for ex in explore_examples]
    rng.shuffle(explore)
    return [t["instruction"] for t in seed_tasks] + explore[:150] + [r["instruction"] for r in ensemble_rows][:60]


def test_reexported_from_rouge_module():
    assert ReExported is NoveltyIndex


@pytest.mark.parametrize("use_stemmer", [False, True])
def test_all_seed_pairs_equal_rouge_score(seed_tasks, use_stemmer):
    seeds = [t["instruction"] for t in seed_tasks]
    index = NoveltyIndex(use_stemmer=use_stemmer)
    index.add_many(seeds, [t["id"] for t in seed_tasks])
    scorer = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=use_stemmer)
    pool = list(zip(seeds, index.ids))
    hits = index.query_many(seeds, top_k=len(seeds))
    for text, hit in zip(seeds, hits):
        scores = brute_scores(scorer, text, pool)
        got = dict(hit.top)
        assert [got[id_] for _, id_ in pool] == scores  # every one of the 175 x 175 scores, bit for bit
        want = brute_hit(scores, pool, len(seeds))
        assert (hit.max_score, hit.closest_id, hit.top) == (want.max_score, want.closest_id, want.top)
        assert hit.avg_score == pytest.approx(want.avg_score, rel=1e-12)  # summed in another order


@pytest.fixture(scope="module")
def greedy_case(instructions):
    """Self-Instruct's loop with rouge_score: reject if max > 0.7, else add to the pool."""
    stream = near_duplicate_stream(instructions, 360)
    ids = [f"t{i}" for i in range(len(stream))]
    scorer = rouge_scorer.RougeScorer(["rougeL"])
    pool: list[tuple[str, str]] = []
    expected = []
    for text, id_ in zip(stream, ids):
        scores = brute_scores(scorer, text, pool)
        hit = brute_hit(scores, pool, 10)
        kept = not hit.max_score > 0.7
        expected.append((kept, hit.max_score, hit.closest_id))
        if kept:
            pool.append((text, id_))
    assert 30 < sum(not e[0] for e in expected) < len(expected) - 30  # both decisions occur
    return stream, ids, expected


@pytest.mark.parametrize("workers", [0, 2])
def test_filter_greedy_equals_brute_force(greedy_case, workers):
    stream, ids, expected = greedy_case

    index = NoveltyIndex(workers=workers)
    index.block = 50  # several blocks: pool scoring and within-block scoring both matter
    got = index.filter_greedy(stream, ids, 0.7)
    assert [tuple(d) for d in got] == expected
    assert index.ids == [id_ for id_, e in zip(ids, expected) if e[0]]

    full = NoveltyIndex(workers=workers)
    full.block = 37
    hits = full.query_greedy(stream, ids, 0.7, top_k=10)
    assert [(kept, h.max_score, h.closest_id) for h, kept in hits] == expected
    assert full.ids == index.ids


@pytest.mark.parametrize("summarise", ["all", "kept"])
def test_query_greedy_hits_equal_brute_force(instructions, summarise):
    stream = near_duplicate_stream(instructions[175:], 120, seed=11)
    seeds = instructions[:175]
    scorer = rouge_scorer.RougeScorer(["rougeL"])
    index = NoveltyIndex()
    index.add_many(seeds, [f"s{i}" for i in range(len(seeds))])
    index.block = 16
    pool = [(t, f"s{i}") for i, t in enumerate(seeds)]
    hits = index.query_greedy(stream, [f"m{i}" for i in range(len(stream))], 0.7, top_k=10, summarise=summarise)
    assert sum(kept for _, kept in hits) < len(hits)  # some are rejected
    for i, (text, (hit, kept)) in enumerate(zip(stream, hits)):
        want = brute_hit(brute_scores(scorer, text, pool), pool, 10)
        assert hit.max_score == want.max_score and hit.closest_id == want.closest_id
        assert kept == (not want.max_score > 0.7)
        if kept or summarise == "all":
            assert hit.top == want.top
            assert hit.avg_score == pytest.approx(want.avg_score, rel=1e-12, abs=1e-15)
        else:  # a rejected text's top-k and mean are not computed
            assert (hit.top, hit.avg_score) == ([], None)
        if kept:
            pool.append((text, f"m{i}"))


def test_query_and_max_score_equal_brute_force(instructions):
    pool_texts, queries = instructions[:200], instructions[200:260] + ["", "a", "the the the"]
    index = NoveltyIndex()
    index.add_many(pool_texts, [f"p{i}" for i in range(len(pool_texts))])
    scorer = rouge_scorer.RougeScorer(["rougeL"])
    pool = list(zip(pool_texts, index.ids))
    for text in queries:
        want = brute_hit(brute_scores(scorer, text, pool), pool, 10)
        hit = index.query(text, top_k=10)
        assert (hit.max_score, hit.closest_id, hit.top) == (want.max_score, want.closest_id, want.top)
        assert hit.avg_score == pytest.approx(want.avg_score, rel=1e-12, abs=1e-15)
        assert index.max_score(text) == (want.max_score, want.closest_id)
    assert index.max_scores(queries) == [index.max_score(q) for q in queries]
    assert len(index) == 200  # queries never grow the pool


def test_ties_go_to_the_earliest_entry():
    index = NoveltyIndex()
    index.add_many(["sort the list", "reverse the list", "sort the list"], ["a", "b", "c"])
    hit = index.query("sort the list", top_k=3)
    assert hit.closest_id == "a"
    assert [id_ for id_, _ in hit.top] == ["a", "c", "b"]
    assert index.max_score("sort the list") == (1.0, "a")
    # within one greedy call an earlier pool entry beats an equal score from the same batch
    decisions = index.filter_greedy(["reverse a list", "reverse the list"], ["x", "y"], 0.99)
    assert decisions[1].closest_id == "b"


def test_empty_pool_empty_text_and_no_overlap():
    index = NoveltyIndex()
    assert index.query("anything") == NoveltyHit(0.0, None, [], 0.0)
    assert index.max_score("anything") == (0.0, None)
    index.add("alpha beta", "a")
    index.add("", "empty")
    assert index.max_score("") == (0.0, None)
    hit = index.query("gamma delta", top_k=5)
    assert hit.max_score == 0.0 and hit.closest_id is None and hit.avg_score == 0.0
    assert hit.top == [("a", 0.0), ("empty", 0.0)]
    assert index.query("alpha", top_k=0).top == []
    with pytest.raises(ValueError):
        index.filter_greedy(["a"], [], 0.7)


def test_unicode_tokenizer_catches_non_latin_duplicates():
    korean = ["한국어 문장을 영어로 번역하세요", "한국어 문장을 영어로 번역하세요 지금"]
    plain = NoveltyIndex()
    assert all(d.kept for d in plain.filter_greedy(korean, ["k0", "k1"], 0.7))  # the reference's blind spot
    aware = NoveltyIndex(tokenizer="unicode")
    decisions = aware.filter_greedy(korean, ["k0", "k1"], 0.7)
    assert decisions[0].kept and not decisions[1].kept and decisions[1].closest_id == "k0"


def test_counts_lcs_pairs_and_prunes_with_the_length_bound():
    index = NoveltyIndex()
    index.add_many(["one two three four five six seven eight nine ten eleven twelve"] * 3 + ["one"],
                   ["long1", "long2", "long3", "short"])
    index.max_score("one two three four five six seven eight nine ten eleven twelve")
    # F = 1.0 from the 12-token group; the 1-token group's bound 2/13 cannot beat it
    assert index.pairs_scored == 3


@pytest.mark.parametrize("top_k", [1, 7, 40, 500])
def test_top_k_with_many_ties_equals_brute_force(top_k):
    rng = random.Random(top_k)
    words = ["red", "green", "blue", "cat", "dog", "runs"]
    pool_texts = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 5))) for _ in range(300)]
    queries = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 5))) for _ in range(40)]
    index = NoveltyIndex()
    index.add_many(pool_texts, [f"p{i}" for i in range(len(pool_texts))])
    scorer = rouge_scorer.RougeScorer(["rougeL"])
    pool = list(zip(pool_texts, index.ids))
    for text, hit in zip(queries, index.query_many(queries, top_k=top_k)):
        want = brute_hit(brute_scores(scorer, text, pool), pool, top_k)
        assert (hit.max_score, hit.closest_id, hit.top) == (want.max_score, want.closest_id, want.top), text
        assert hit.avg_score == pytest.approx(want.avg_score, rel=1e-12, abs=1e-15)
    greedy = NoveltyIndex()
    greedy.add_many(pool_texts[:50], [f"p{i}" for i in range(50)])
    greedy.block = 9
    brute_pool = pool[:50]
    for i, (hit, kept) in enumerate(greedy.query_greedy(queries, [f"q{i}" for i in range(len(queries))], 0.7, top_k)):
        want = brute_hit(brute_scores(scorer, queries[i], brute_pool), brute_pool, top_k)
        assert (hit.max_score, hit.closest_id, hit.top) == (want.max_score, want.closest_id, want.top)
        if kept:
            brute_pool.append((queries[i], f"q{i}"))


def test_index_pickles_with_its_pool_and_vocabulary():
    import pickle

    index = NoveltyIndex(use_stemmer=True)
    index.add_many(["running dogs bark loudly", "cats sleep"], ["a", "b"])
    restored = pickle.loads(pickle.dumps(index))
    assert restored.query("a running dog barks", top_k=2) == index.query("a running dog barks", top_k=2)
    restored.add("dogs bark", "c")
    assert len(restored) == 3 and len(index) == 2


def test_texts_longer_than_255_tokens(real_texts):
    # LCS values past 255 need the int32 path of the score matrices
    rng = random.Random(9)
    long_texts = [" ".join(rng.sample(real_texts, 12)) for _ in range(14)]
    long_texts.append(long_texts[0] + " one more sentence here")
    assert max(len(t.split()) for t in long_texts) > 300
    index = NoveltyIndex()
    index.add_many(long_texts[:9], [f"l{i}" for i in range(9)])
    scorer = rouge_scorer.RougeScorer(["rougeL"])
    pool = list(zip(long_texts[:9], index.ids))
    for text in long_texts[9:]:
        want = brute_hit(brute_scores(scorer, text, pool), pool, 3)
        hit = index.query(text, top_k=3)
        assert (hit.max_score, hit.closest_id, hit.top) == (want.max_score, want.closest_id, want.top)
        assert index.max_score(text) == (want.max_score, want.closest_id)
    decisions = NoveltyIndex().filter_greedy(long_texts, [f"l{i}" for i in range(len(long_texts))], 0.7)
    assert not decisions[-1].kept and decisions[-1].closest_id == "l0"
