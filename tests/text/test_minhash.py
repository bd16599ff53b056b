"""MinHasher and MinHashIndex against datasketch itself, on real data."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from datasketch import MinHash, MinHashLSH

from datagen.text.minhash import MinHasher, MinHashIndex, affine32_permutations, jaccard, lsh_params, shingles


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


@pytest.mark.parametrize("num_perm", [1, 2, 16, 64, 128, 256, 1000])
def test_permutations_equal_datasketchs(num_perm):
    for seed in (0, 1, 7, 42, 12345, 2**32 - 1):
        proto = MinHash(num_perm=num_perm, seed=seed)
        assert proto.scheme == MinHasher.scheme == "affine32"
        a, b = affine32_permutations(num_perm, seed)
        assert a.dtype == b.dtype == np.uint32
        assert np.array_equal(a, proto.permutations[0]) and np.array_equal(b, proto.permutations[1])
        hasher = MinHasher(num_perm, seed)
        assert np.array_equal(hasher._a[:, 0], a) and np.array_equal(hasher._b[:, 0], b)


def datasketch_params(threshold: float, num_perm: int) -> tuple[int, int] | None:
    """MinHashLSH's (b, r), or None where it refuses (fewer than 2 bands)."""
    try:
        lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    except ValueError:
        return None
    return lsh.b, lsh.r


def our_params(threshold: float, num_perm: int) -> tuple[int, int] | None:
    try:
        return lsh_params(threshold, num_perm)
    except ValueError:
        return None


THRESHOLDS = [round(0.05 * k, 2) for k in range(1, 20)] + [0.0, 0.01, 0.123, 0.33, 0.77, 0.85, 0.99, 1.0]


@pytest.mark.parametrize("num_perm", [2, 3, 16, 32, 64, 100, 128])  # 256 and 512: checked at 0.001 steps when written (7 s more here)
def test_lsh_params_equal_datasketchs_over_a_grid(num_perm):
    got = {t: our_params(t, num_perm) for t in THRESHOLDS}
    assert got == {t: datasketch_params(t, num_perm) for t in THRESHOLDS}
    assert any(v is None for v in got.values()) and any(v is not None for v in got.values())


def test_lsh_params_are_datasketchs():
    lsh = MinHashLSH(threshold=0.8, num_perm=128)
    assert lsh_params(0.8, 128) == (lsh.b, lsh.r) == (9, 13)
    index = MinHashIndex(threshold=0.5, num_perm=64)
    assert (index.bands, index.rows) == (MinHashLSH(threshold=0.5, num_perm=64).b, MinHashLSH(threshold=0.5, num_perm=64).r)
    for threshold, num_perm in ((1.5, 128), (-0.1, 128), (0.5, 1)):
        with pytest.raises(ValueError):
            MinHashLSH(threshold=threshold, num_perm=num_perm)
        with pytest.raises(ValueError):
            lsh_params(threshold, num_perm)


def run_fresh(code: str) -> dict:
    """`code` in a fresh interpreter on this checkout; its last stdout line, as JSON."""
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root, env=env)
    return json.loads(done.stdout.splitlines()[-1])


def test_near_tie_is_datasketchs_own_choice():
    """At (0.08, 512), b = 183 and 184 (r = 2) differ by 1.2e-13: datasketch's quad decides."""
    got = run_fresh("""if True:
        import json, sys
        from datagen.text.minhash import lsh_params
        clear = lsh_params(0.8, 512)  # no near tie: computed here
        before = "datasketch" in sys.modules
        print(json.dumps([clear, before, lsh_params(0.08, 512), "datasketch" in sys.modules]))
    """)
    assert got == [list(datasketch_params(0.8, 512)), False, [183, 2], True]
    assert datasketch_params(0.08, 512) == (183, 2)


def test_signatures_and_index_do_not_import_datasketch():
    """datasketch's import pulls in scipy (~0.45 s): the in-memory path computes without it."""
    code = """if True:
        import json, sys
        from datagen.text.minhash import MinHasher, shingles
        from datagen.text.minhash_index import MinHashIndex
        text = "the quick brown fox jumps over the lazy dog near the river bank today"
        sigs = MinHasher(64, seed=3).signatures([shingles(text), set()])
        index = MinHashIndex(threshold=0.8, num_perm=128, ngram=3)
        found = index.query_insert_many(["a", "b", "c"], [text, text, "something else entirely here"])
        print(json.dumps({"sig": sigs[0].tolist(), "found": found, "params": [index.bands, index.rows],
                          "datasketch": "datasketch" in sys.modules}))
    """
    out = run_fresh(code)
    assert out["datasketch"] is False
    text = "the quick brown fox jumps over the lazy dog near the river bank today"
    assert out["sig"] == datasketch_minhash(shingles(text), 64, 3).hashvalues.tolist()
    assert out["found"] == [[], [["a", 1.0]], []] and out["params"] == [9, 13]


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
