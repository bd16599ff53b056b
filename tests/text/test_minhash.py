"""MinHasher and MinHashIndex against datasketch itself, on real data."""

from __future__ import annotations

import random

import numpy as np
import pytest
from datasketch import MinHash, MinHashLSH

from datagen.text.minhash import MinHasher, MinHashIndex, jaccard, lsh_params, shingles


@pytest.fixture(scope="module")
def docs(real_texts) -> list[str]:
    """Real texts plus perturbed copies (word drops), so LSH buckets really collide."""
    rng = random.Random(5)
    base = [t for t in real_texts if t.strip()][:2500]
    out = []
    for text in base:
        out.append(text)
        if rng.random() < 0.3:
            words = text.split()
            out.append(" ".join(w for w in words if rng.random() > 0.08) or text)
    return out


def datasketch_minhash(shingle_set, num_perm=128, seed=1) -> MinHash:
    m = MinHash(num_perm=num_perm, seed=seed)
    for s in shingle_set:
        m.update(s.encode("utf-8"))
    return m


def test_shingles():
    assert shingles("The cat, the hat!", "word", 2) == {"the cat", "cat the", "the hat"}
    assert shingles("Two words", "word", 5) == {"two words"}
    assert shingles("  ", "word", 3) == set()
    assert shingles("ab  C", "char", 2) == {"ab", "b ", " c"}
    assert shingles("ab", "char", 5) == {"ab"}
    with pytest.raises(ValueError):
        shingles("x", "token", 3)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        shingles("x", "word", 0)


@pytest.mark.parametrize("kind,n,num_perm,seed", [("word", 5, 128, 1), ("word", 1, 64, 7), ("char", 4, 256, 42)])
def test_signatures_equal_datasketch_update(docs, kind, n, num_perm, seed):
    hasher = MinHasher(num_perm=num_perm, seed=seed)
    hasher.CHUNK = 997  # many chunks, split at document boundaries
    sets = [shingles(d, kind, n) for d in docs[: 1500 if kind == "word" else 400]] + [set()]
    sigs = hasher.signatures(sets)
    assert sigs.shape == (len(sets), num_perm) and sigs.dtype == np.uint32
    for shingle_set, sig in zip(sets, sigs):
        assert np.array_equal(sig, datasketch_minhash(shingle_set, num_perm, seed).hashvalues)


def test_signatures_equal_datasketch_bulk_and_roundtrip(docs):
    hasher = MinHasher()
    sets = [shingles(d) for d in docs[:300]]
    bulk = MinHash.bulk([[s.encode("utf-8") for s in st] for st in sets], num_perm=128)
    sigs = hasher.signatures(sets)
    assert all(np.array_equal(m.hashvalues, sig) for m, sig in zip(bulk, sigs))
    assert hasher.to_datasketch(sigs[0]) == bulk[0]
    assert np.array_equal(hasher.signature(list(sets[1]) * 2), sigs[1])  # duplicates and lists are fine


def test_lsh_params_are_datasketchs():
    lsh = MinHashLSH(threshold=0.8, num_perm=128)
    assert lsh_params(0.8, 128) == (lsh.b, lsh.r)
    index = MinHashIndex(threshold=0.5, num_perm=64)
    assert (index.bands, index.rows) == (MinHashLSH(threshold=0.5, num_perm=64).b, MinHashLSH(threshold=0.5, num_perm=64).r)


@pytest.mark.parametrize("ngram", [1, 3])
def test_candidates_equal_datasketch_lsh(docs, ngram):
    index = MinHashIndex(ngram=ngram)
    ids = [f"d{i}" for i in range(len(docs))]
    index.insert_many(ids, docs)
    lsh = MinHashLSH(threshold=0.8, num_perm=128)
    for id_ in ids:
        lsh.insert(id_, index.hasher.to_datasketch(index.signature(id_)))
    collided = 0
    for id_, doc in zip(ids, docs):
        expected = set(lsh.query(index.hasher.to_datasketch(index.signature(id_))))
        got = index.query(doc)
        assert set(got) == expected and len(got) == len(expected)
        collided += len(expected) > 1
    assert collided > 100


@pytest.mark.parametrize("batch", [1 << 16, 333, 1])
def test_query_insert_equals_sequential_datasketch(docs, batch):
    """Keep-first dedup: each doc queries datasketch's LSH and is inserted only with no candidate."""
    hasher = MinHasher()
    lsh = MinHashLSH(threshold=0.8, num_perm=128)
    expected = []
    for i, doc in enumerate(docs):
        m = hasher.to_datasketch(hasher.signature(shingles(doc, "word", 2)))
        found = lsh.query(m)
        expected.append(sorted(found, key=lambda k: int(k[1:])))
        if not found:
            lsh.insert(f"d{i}", m)
    assert sum(bool(e) for e in expected) > 100

    index = MinHashIndex(ngram=2)
    index.BATCH = batch
    if batch == 1:  # one text per call: inserts go through the small buffer, flushed when full
        index._buckets.PENDING_MAX = 64
        got = [index.query_insert(f"d{i}", doc) for i, doc in enumerate(docs)]
    else:
        got = index.query_insert_many([f"d{i}" for i in range(len(docs))], docs)
    assert [sorted((k for k, _ in g), key=lambda k: int(k[1:])) for g in got] == expected
    assert len(index) == sum(not e for e in expected)
    for dups, doc in zip(got, docs):  # scores: the datasketch estimate, best first
        if dups:
            sig = hasher.to_datasketch(hasher.signature(shingles(doc, "word", 2)))
            for key, score in dups:
                assert score == sig.jaccard(hasher.to_datasketch(index.signature(key)))
            assert [s for _, s in dups] == sorted((s for _, s in dups), reverse=True)


def test_exact_check_keeps_only_true_near_duplicates():
    index = MinHashIndex(threshold=0.5, ngram=1, exact_check=True)
    index.insert("a", "alpha beta gamma delta epsilon zeta eta theta")
    assert index.query_scored("alpha beta gamma delta epsilon zeta eta theta iota") == [("a", 8 / 9)]
    assert index.query("alpha beta gamma delta omega psi chi phi") == []  # 4/12 < 0.5, even if a candidate
    loose = MinHashIndex(threshold=0.5, ngram=1)
    loose.insert("a", "alpha beta gamma delta epsilon zeta eta theta")
    (key, estimate), = loose.query_scored("alpha beta gamma delta epsilon zeta eta theta iota")
    assert key == "a" and estimate == pytest.approx(8 / 9, abs=0.15)


def test_ids_and_repeats():
    index = MinHashIndex(ngram=2)
    text = "write a short poem about the sea and the sky"
    assert index.query_insert("x", text) == []
    assert index.query_insert("y", text) == [("x", 1.0)]
    assert index.query_insert("x", text) == [("x", 1.0)]  # an id already indexed is found, not re-added
    assert len(index) == 1 and "x" in index and "y" not in index
    out = index.query_insert_many(["p", "p", "q"], ["one two three four", "one two three four", "other text here"])
    assert out == [[], [("p", 1.0)], []]
    assert len(index) == 3
    with pytest.raises(ValueError):
        index.query_insert_many(["a"], [])
    with pytest.raises(ValueError):
        MinHashIndex(threshold=1.5)
    with pytest.raises(ValueError):
        MinHashIndex(storage="disk")  # type: ignore[arg-type]


def test_jaccard():
    assert jaccard({"a", "b"}, {"b", "c"}) == 1 / 3
    assert jaccard(set(), set()) == 1.0


def test_memory_index_pickles():
    import pickle

    index = MinHashIndex(ngram=2)
    index.insert("x", "one two three four five")
    restored = pickle.loads(pickle.dumps(index))
    assert restored.query_insert("y", "one two three four five") == [("x", 1.0)]
