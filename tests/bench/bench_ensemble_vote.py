"""Ensemble-Instruct vote on the repo's released sample (../shared/data): reproduction figures
and speed against a plain rouge_score re-derivation measured in the same run.

    .venv/bin/python tests/bench/bench_ensemble_vote.py
"""

from __future__ import annotations

import json
import string
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT.parent / "shared" / "data" / "ensemble-instruct" / "sample"


def rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (SAMPLE / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def reference_vote(cands: list[str]) -> int | None:
    """The released rule re-derived with rouge_score directly (the speed reference)."""
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=True)
    punct = set(string.punctuation)
    n = [" ".join("".join(ch for ch in c.lower() if ch not in punct).split()) for c in cands]
    if n[0] in (n[1], n[2]) or n[1] == n[2]:
        return 0
    r01, r02, r12 = (scorer.score(n[a], n[b])["rougeL"].fmeasure for a, b in ((0, 1), (0, 2), (1, 2)))
    sums = [r01 + r02, r01 + r12, r02 + r12]
    best = max(range(3), key=lambda i: (sums[i], -i))
    return best if min(r01, r02, r12) > 0.01 and cands[best] else None


def main() -> int:
    if not SAMPLE.is_dir():
        print(f"skipped: {SAMPLE} absent (../shared/data)")
        return 0
    from datagen.methods.ensemble_instruct.parsers import parse_raw_instances
    from datagen.methods.ensemble_instruct.vote import VoteConfig, vote

    samples, t5, ul2 = rows("openei.samples.jsonl"), rows("openei.flan-t5-xxl_output.jsonl"), \
        rows("openei.flan-ul2_output.jsonl")
    released = rows("openei.ensemble")
    cands = [[a["output"].strip(), b["output"].strip(), c["output"].strip()] for a, b, c in zip(samples, t5, ul2)]
    legacy = [vote(c, VoteConfig(rule="legacy")) for c in cands]
    legacy_out = [c[v.winner] if v.winner is not None else None for c, v in zip(cands, legacy)]
    assert [o for o in legacy_out if o is not None] == [r["output"] for r in released]
    print(f"legacy reproduces openei.ensemble row for row: {len(released)} rows")
    for rule in ("legacy", "medoid", "paper"):
        votes = [vote(c, VoteConfig(rule=rule)) for c in cands]
        branches = Counter(v.branch if v.winner is not None else v.reason for v in votes)
        out = [c[v.winner] if v.winner is not None else None for c, v in zip(cands, votes)]
        differ = sum(a != b for a, b in zip(out, legacy_out))
        print(f"{rule:7s} kept {sum(o is not None for o in out):3d}/153, rows differing from the release: "
              f"{differ:2d}  {dict(branches)}")
    for kind in ("io", "o"):
        expected = rows(f"openei.{kind}_samples.jsonl")
        for parser in ("reference", "multiline"):
            got = [{"instruction": c.instruction, "input": c.input, "output": c.output}
                   for r in rows(f"openei.{kind}_instances.jsonl")
                   for c in parse_raw_instances(r["instruction"], r["raw_instances"], parser) if c.ok]
            print(f"parser {parser:9s} {kind:2s}: {len(got)} rows, {sum(r in got for r in expected)} of "
                  f"{len(expected)} released rows identical")

    repeat = 5
    start = time.perf_counter()
    for _ in range(repeat):
        ref = [reference_vote(c) for c in cands]
    t_ref = time.perf_counter() - start
    start = time.perf_counter()
    for _ in range(repeat):
        ours = [vote(c, VoteConfig(rule="legacy")).winner for c in cands]
    t_ours = time.perf_counter() - start
    assert [w is None for w in ours] == [w is None for w in ref]
    print(f"vote speed: {t_ref / t_ours:.1f}x the rouge_score re-derivation "
          f"({1e3 * t_ours / repeat:.1f} ms vs {1e3 * t_ref / repeat:.1f} ms for 153 rows)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
