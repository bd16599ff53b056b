"""Benchmark: MinHash signatures and LSH dedup at 52K and 520K documents, against datasketch.

Run: `python tests/bench/bench_minhash.py` (or `make bench`). Each measurement runs in a fresh
child process so its peak memory (ru_maxrss, minus the process's size before the work) is its
own. Printed: shingling, signature, LSH (banding + keep-first loop on ready signatures) and
end-to-end dedup seconds (MinHashIndex.query_insert_many from raw texts), its CPU seconds,
duplicates found, peak memory; then datasketch baselines measured in the same run on a
subsample (per-document `MinHash.update`, `MinHash.bulk`, and MinHashLSH insert+query),
extrapolated per document, and a signature equality check on that subsample.
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from stream_data import SHARED_DATA, instruction_stream  # noqa: E402

NUM_PERM = 128
THRESHOLD = 0.8
NGRAM = 5  # MinHashConfig's default word 5-grams
SUBSAMPLE = 5_000


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(n: int, part: str) -> dict:
    """One measurement at n documents, in its own process: the parts, or end-to-end dedup."""
    from datagen.text.minhash import MinHasher, MinHashIndex, shingles

    docs = instruction_stream(n, seed=1)
    ids = [f"d{i}" for i in range(n)]
    base = _rss_mb()
    if part == "parts":
        started = time.perf_counter()
        sets = [shingles(d, "word", NGRAM) for d in docs]
        t_shingles = time.perf_counter() - started
        started = time.perf_counter()
        sigs = MinHasher(NUM_PERM).signatures(sets)
        t_sigs = time.perf_counter() - started
        index = MinHashIndex(threshold=THRESHOLD, num_perm=NUM_PERM, ngram=NGRAM)
        index._reserve(n)
        started = time.perf_counter()
        for lo in range(0, n, index.BATCH):  # banding + keep-first loop alone, on ready signatures
            index._batch_memory(ids[lo:lo + index.BATCH], sets[lo:lo + index.BATCH],
                                sigs[lo:lo + index.BATCH], query=True)
        return {"shingles": t_shingles, "signatures": t_sigs, "lsh": time.perf_counter() - started}
    index = MinHashIndex(threshold=THRESHOLD, num_perm=NUM_PERM, ngram=NGRAM)
    started, cpu = time.perf_counter(), time.process_time()
    dups = index.query_insert_many(ids, docs)
    t_total, t_cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"end_to_end": t_total, "cpu": t_cpu, "duplicates": sum(bool(d) for d in dups),
            "peak_mb": _rss_mb() - base}


def baselines() -> dict:
    """datasketch on a subsample: per-document update, bulk, and LSH insert+query."""
    import numpy as np
    from datasketch import MinHash, MinHashLSH

    from datagen.text.minhash import MinHasher, shingles

    docs = instruction_stream(SUBSAMPLE, seed=1)
    sets = [sorted(shingles(d, "word", NGRAM)) for d in docs]
    encoded = [[s.encode("utf-8") for s in st] for st in sets]
    started = time.perf_counter()
    updated = []
    for shingle_list in encoded:
        m = MinHash(num_perm=NUM_PERM)
        for s in shingle_list:
            m.update(s)
        updated.append(m)
    t_update = time.perf_counter() - started
    started = time.perf_counter()
    bulk = MinHash.bulk(encoded, num_perm=NUM_PERM)
    t_bulk = time.perf_counter() - started
    started = time.perf_counter()
    ours = MinHasher(NUM_PERM).signatures(sets)
    t_ours = time.perf_counter() - started
    equal = all(np.array_equal(m.hashvalues, s) for m, s in zip(updated, ours)) and \
        all(np.array_equal(m.hashvalues, s) for m, s in zip(bulk, ours))
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    started = time.perf_counter()
    for i, m in enumerate(bulk):
        if not lsh.query(m):
            lsh.insert(f"d{i}", m)
    t_lsh = time.perf_counter() - started
    return {"update": t_update / SUBSAMPLE, "bulk": t_bulk / SUBSAMPLE, "ours": t_ours / SUBSAMPLE,
            "lsh": t_lsh / SUBSAMPLE, "equal": equal}


def run_child(*args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    if not SHARED_DATA.is_dir():
        print(f"skip: {SHARED_DATA} absent (the benchmark stream is built from the public reference data)")
        return 0
    print(f"MinHash num_perm={NUM_PERM}, word {NGRAM}-grams, LSH threshold {THRESHOLD}; docs: instruction stream")
    print(f"{'docs':>8} {'shingles s':>10} {'sigs s':>8} {'dedup s':>8} {'cpu s':>7} {'LSH s':>7} {'docs/s':>9} "
          f"{'dups':>7} {'peak MB':>8}")
    results = {}
    for n, repeats in ((52_000, 3), (520_000, 1)):
        runs = [{**run_child(str(n), "parts"), **run_child(str(n), "dedup")} for _ in range(repeats)]
        r = {k: statistics.median(run[k] for run in runs) for k in runs[0]}
        results[n] = r
        lsh = r["lsh"]
        print(f"{n:>8,} {r['shingles']:>10.2f} {r['signatures']:>8.2f} {r['end_to_end']:>8.2f} {r['cpu']:>7.2f} {lsh:>7.2f} "
              f"{n / r['end_to_end']:>9,.0f} {int(r['duplicates']):>7,} {r['peak_mb']:>8.0f}")
    b = run_child("baselines")
    print(f"\ndatasketch baselines on a {SUBSAMPLE:,}-doc subsample (same shingles), per document:")
    print(f"  MinHash.update loop: {b['update'] * 1e6:.1f} µs   MinHash.bulk: {b['bulk'] * 1e6:.1f} µs   "
          f"ours (MinHasher.signatures): {b['ours'] * 1e6:.1f} µs")
    print(f"  signatures identical to datasketch (update and bulk): {b['equal']}")
    print(f"  MinHashLSH query+insert: {b['lsh'] * 1e6:.1f} µs")
    for n, r in results.items():
        their = n * (b["bulk"] + b["lsh"]) + r["shingles"]
        print(f"  {n:,} docs: datasketch bulk+LSH extrapolated {their:.1f} s vs ours {r['end_to_end']:.2f} s "
              f"({their / r['end_to_end']:.1f}x); update loop + LSH {n * (b['update'] + b['lsh']) + r['shingles']:.1f} s")
    return 0 if b["equal"] else 1


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "--child":
        print(json.dumps(baselines() if sys.argv[2] == "baselines" else child(int(sys.argv[2]), sys.argv[3])))
        sys.exit(0)
    sys.exit(main())
