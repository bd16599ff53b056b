"""Benchmark: the ROUGE-L novelty filter on a 52,000-instruction stream, against rouge_score.

Run: `python tests/bench/bench_novelty.py` (or `make bench`). Prints, for the first 5K, 20K and
52K instructions of the stream (stream_data.py): seconds (median of repeats), instructions per
second, LCS pairs actually scored vs. the pairs a brute-force loop scores, and the rejected share;
then the rouge_score reference (Self-Instruct's loop) on the first 2,000, timed in this same
run, with the speed ratio and a decision-by-decision equality check.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from stream_data import SHARED_DATA, instruction_stream  # noqa: E402

from datagen.text.novelty_index import NoveltyIndex  # noqa: E402

THRESHOLD = 0.7  # Self-Instruct §2.3


def run_ours(stream: list[str], workers: int, top_k: int | None = None):
    index = NoveltyIndex(workers=workers)
    ids = [f"i{k}" for k in range(len(stream))]
    started, cpu = time.perf_counter(), time.process_time()
    if top_k is None:
        decisions = [tuple(d) for d in index.filter_greedy(stream, ids, THRESHOLD)]
    else:
        decisions = [(kept, h.max_score, h.closest_id) for h, kept in index.query_greedy(stream, ids, THRESHOLD, top_k)]
    return time.perf_counter() - started, decisions, index.pairs_scored, time.process_time() - cpu


def brute_pairs(decisions) -> int:
    pool = total = 0
    for kept, *_ in decisions:
        total += pool
        pool += kept
    return total


def run_reference(stream: list[str]):
    """Self-Instruct's bootstrap loop: rouge_score against every accepted instruction."""
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=False)
    pool: list[tuple[str, str]] = []
    decisions = []
    pairs = 0
    started, cpu = time.perf_counter(), time.process_time()
    for k, text in enumerate(stream):
        scores = [scorer.score(text, p)["rougeL"].fmeasure for p, _ in pool]
        pairs += len(scores)
        best = max(range(len(scores)), key=lambda j: (scores[j], -j), default=None)
        top = scores[best] if best is not None else 0.0
        kept = not top > THRESHOLD
        decisions.append((kept, top, pool[best][1] if best is not None and top > 0 else None))
        if kept:
            pool.append((text, f"i{k}"))
    return time.perf_counter() - started, decisions, pairs, time.process_time() - cpu


def median_run(stream, workers, repeats, top_k=None):
    """Median wall seconds, decisions, LCS pairs, median CPU seconds (all threads)."""
    runs = [run_ours(stream, workers, top_k) for _ in range(repeats)]
    return statistics.median(r[0] for r in runs), runs[0][1], runs[0][2], statistics.median(r[3] for r in runs)


def main() -> int:
    if not SHARED_DATA.is_dir():
        print(f"skip: {SHARED_DATA} absent (the benchmark stream is built from the public reference data)")
        return 0
    stream = instruction_stream(52_000)
    print(f"stream: {len(stream):,} instructions from {SHARED_DATA} + perturbed near-duplicates")
    print(f"{'n':>7} {'workers':>7} {'mode':>9} {'seconds':>8} {'cpu s':>7} {'instr/s':>9} {'LCS pairs':>12} "
          f"{'brute pairs':>12} {'scored':>7} {'rejected':>8}")
    for n, repeats in ((5_000, 3), (20_000, 3), (52_000, 3)):
        for workers in (2, 1):
            if n == 52_000 and workers == 1:
                repeats = 1
            seconds, decisions, pairs, cpu = median_run(stream[:n], workers, repeats)
            brute = brute_pairs(decisions)
            rejected = sum(not d[0] for d in decisions) / n
            print(f"{n:>7,} {workers:>7} {'max-only':>9} {seconds:>8.2f} {cpu:>7.2f} {n / seconds:>9,.0f} {pairs:>12,} "
                  f"{brute:>12,} {pairs / max(brute, 1):>7.1%} {rejected:>8.1%}")
    for n in (5_000, 20_000):
        seconds, decisions, pairs, cpu = median_run(stream[:n], 2, 1, top_k=10)
        print(f"{n:>7,} {2:>7} {'top10+avg':>9} {seconds:>8.2f} {cpu:>7.2f} {n / seconds:>9,.0f} {pairs:>12,} "
              f"{brute_pairs(decisions):>12,} {'':>7} {sum(not d[0] for d in decisions) / n:>8.1%}")

    ref_n = 2_000
    ref_seconds, ref_decisions, ref_pairs, ref_cpu = run_reference(stream[:ref_n])
    our_seconds, our_decisions, our_pairs, our_cpu = median_run(stream[:ref_n], 1, 5)
    same = sum(a == b for a, b in zip(ref_decisions, our_decisions))
    print(f"\nrouge_score reference, first {ref_n:,} (Self-Instruct's loop, 1 core):")
    print(f"  rouge_score: {ref_seconds:.2f} s ({ref_cpu:.2f} s CPU) for {ref_pairs:,} pairs"
          f" = {ref_cpu / ref_pairs * 1e6:.1f} µs CPU/pair")
    print(f"  ours (1 worker, median of 5): {our_seconds:.3f} s ({our_cpu:.3f} s CPU), {our_pairs:,} LCS pairs scored"
          f" = {our_cpu / ref_pairs * 1e9:.0f} ns CPU per reference pair")
    print(f"  speed ratio: {ref_seconds / our_seconds:,.0f}x wall, {ref_cpu / our_cpu:,.0f}x CPU")
    print(f"  decisions (kept, max score, closest id) identical: {same}/{ref_n}"
          f" ({sum(not d[0] for d in ref_decisions)} rejected)")
    return 0 if same == ref_n else 1


if __name__ == "__main__":
    sys.exit(main())
