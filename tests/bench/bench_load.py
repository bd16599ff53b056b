"""Benchmark: load through the real HTTP client, and dedup at 100K records.

Run: `python tests/bench/bench_load.py` (or `make bench`). Each measurement runs in a fresh
child process so its peak memory (ru_maxrss growth) is its own; the memory passes also report
the tracemalloc peak. Printed:
- 2,000 and 10,000 requests through `OpenAICompatClient` (concurrency 64) against the fake
  OpenAI-compatible server in the same process: requests/s, and peak memory when the answers
  are consumed chunk by chunk (so only the records kept are held): the 10K peak should be about
  the 2K peak, i.e. memory does not grow with the number of requests;
- 100,000 records (10% exact copies, 10% near copies) through `exact_dedup` then
  `minhash_dedup`: records/s, duplicates found, peak memory.
"""

from __future__ import annotations

import asyncio
import json
import random
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

CONCURRENCY = 64
CHUNK = 1_000  # requests handed to generate_many at once; answers reduced to counts after each


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def requests_child(n: int, traced: bool) -> dict:
    from datagen.llm.client import LLMRequest
    from datagen.llm.fake_server import FakeOpenAIServer
    from datagen.llm.openai_compat import OpenAICompatClient
    from datagen.llm.settings import LLMConfig

    async def go(base_url: str) -> tuple[int, int, int]:
        cfg = LLMConfig(backend="openai", base_url=base_url, model="fake", mode="completion",
                        concurrency=CONCURRENCY, max_retries=5, backoff_base_s=0.05)
        # retries cover connections refused when the test server's listen backlog overflows
        client = OpenAICompatClient(cfg, "bench-key", backoff_base_s=0.05)
        ok = chars = retries = 0
        for start in range(0, n, CHUNK):
            reqs = [LLMRequest(prompt=f"Request {i}: write one short sentence.", max_tokens=32)
                    for i in range(start, min(n, start + CHUNK))]
            for out in await client.generate_many(reqs):
                ok += out.ok
                chars += len(out.text)
                retries += out.retries
        await client.aclose()
        return ok, chars, retries

    with FakeOpenAIServer() as server:
        server.requests = _Discard()  # the fake server's own logs would grow with n
        server.concurrency_trace = _Discard()
        base = _rss_mb()
        if traced:
            tracemalloc.start()
        started = time.perf_counter()
        ok, _, retries = asyncio.run(go(server.base_url))
        seconds = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1] / 2**20 if traced else None
        if traced:
            tracemalloc.stop()
    return {"n": n, "ok": ok, "retries": retries, "seconds": seconds, "rate": n / seconds,
            "rss_growth_mb": _rss_mb() - base, "traced_peak_mb": peak}


class _Discard(list):
    def append(self, item) -> None:  # noqa: D401 - a list that keeps nothing
        return None


def dedup_child(n: int) -> dict:
    from datagen.filters.dedup import MinHashConfig, exact_dedup, minhash_dedup
    from datagen.records import Task

    rng = random.Random(0)
    vocab = [f"w{i}" for i in range(5_000)]
    texts: list[str] = []
    for i in range(n):
        roll = rng.random()
        if texts and roll < 0.1:
            texts.append(rng.choice(texts))  # exact copy
        elif texts and roll < 0.2:
            words = rng.choice(texts).split()
            words[-1] = rng.choice(vocab)  # last word changed: Jaccard of word 5-grams 25/27
            texts.append(" ".join(words))
        else:
            texts.append(" ".join(rng.choices(vocab, k=30)))
    records = [Task(id=f"t{i}", instruction=t, method="bench") for i, t in enumerate(texts)]
    del texts
    base = _rss_mb()
    tracemalloc.start()
    started = time.perf_counter()
    exact = exact_dedup(records)
    near = minhash_dedup(exact.kept, MinHashConfig())
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return {"n": n, "exact_dups": len(exact.rejected), "near_dups": len(near.rejected),
            "kept": len(near.kept), "seconds": seconds, "rate": n / seconds,
            "rss_growth_mb": _rss_mb() - base, "traced_peak_mb": peak}


def _in_child(*args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    timed = _in_child("requests", "10000", "0")
    print(f"10,000 requests, concurrency {CONCURRENCY}: {timed['seconds']:.1f} s, {timed['rate']:.0f} req/s, "
          f"{timed['ok']} ok, {timed['retries']} retries, RSS growth {timed['rss_growth_mb']:.1f} MB")
    small, large = _in_child("requests", "2000", "1"), _in_child("requests", "10000", "1")
    print(f"peak memory (tracemalloc) 2,000 requests: {small['traced_peak_mb']:.1f} MB, "
          f"10,000 requests: {large['traced_peak_mb']:.1f} MB, ratio {large['traced_peak_mb'] / small['traced_peak_mb']:.2f} "
          f"(1.0 = flat); RSS growth {small['rss_growth_mb']:.1f} vs {large['rss_growth_mb']:.1f} MB")
    dedup = _in_child("dedup", "100000")
    print(f"dedup 100,000 records (exact + MinHash): {dedup['seconds']:.1f} s, {dedup['rate']:.0f} records/s, "
          f"{dedup['exact_dups']} exact and {dedup['near_dups']} near duplicates, {dedup['kept']} kept; "
          f"peak {dedup['traced_peak_mb']:.0f} MB (tracemalloc), RSS growth {dedup['rss_growth_mb']:.0f} MB")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        kind = sys.argv[2]
        result = requests_child(int(sys.argv[3]), sys.argv[4] == "1") if kind == "requests" \
            else dedup_child(int(sys.argv[3]))
        print(json.dumps(result))
    else:
        main()
