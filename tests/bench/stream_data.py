"""The benchmark stream: real instructions from ../shared/data plus deterministic near-duplicates.

Shared by bench_novelty.py and bench_minhash.py (plain scripts, run by `make bench`).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def base_instructions(root: Path = SHARED_DATA) -> list[str]:
    """Explore-Instruct's demo tree (4,433 examples), the 175 seeds, the Ensemble-Instruct sample."""
    out: list[str] = []
    for path in sorted((root / "explore-instruct" / "demo_domain").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        out += [ex["instruction"] for ex in data.get("examples", [])]
    for line in (root / "self-instruct" / "seed_tasks.jsonl").read_text(encoding="utf-8").splitlines():
        out.append(json.loads(line)["instruction"])
    for path in sorted((root / "ensemble-instruct" / "sample").glob("openei.*")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                inst = json.loads(line).get("instruction")
                if inst:
                    out.append(inst.replace("|EoS|", "").strip())
    return [t for t in out if t.strip()]


def perturb(words: list[str], rng: random.Random, vocab: list[str]) -> list[str]:
    """One or two small edits: drop, swap neighbours, or insert a word."""
    words = list(words)
    for _ in range(rng.choice((1, 1, 2))):
        op = rng.random()
        if op < 0.4 and len(words) > 3:
            del words[rng.randrange(len(words))]
        elif op < 0.7 and len(words) > 2:
            i = rng.randrange(len(words) - 1)
            words[i], words[i + 1] = words[i + 1], words[i]
        else:
            words.insert(rng.randrange(len(words) + 1), rng.choice(vocab))
    return words


def novel(bases: list[list[str]], rng: random.Random, vocab: list[str]) -> list[str]:
    """A new instruction: the head of one real instruction, the tail of another, some words swapped out."""
    a, b = rng.choice(bases), rng.choice(bases)
    words = a[: max(1, len(a) // 2)] + b[len(b) // 2:]
    return [rng.choice(vocab) if rng.random() < 0.35 else w for w in words]


def instruction_stream(n: int = 52_000, near_dup_share: float = 0.3, seed: int = 0) -> list[str]:
    """`n` instructions: the real ones first, then new ones, with ~`near_dup_share` near-duplicates
    (a perturbed copy of an earlier stream item) mixed in everywhere."""
    rng = random.Random(seed)
    bases = [t.split() for t in base_instructions()]
    vocab = [w for words in bases for w in words]  # frequency-weighted
    stream: list[list[str]] = []
    real = iter(bases)
    while len(stream) < n:
        if stream and rng.random() < near_dup_share:
            stream.append(perturb(rng.choice(stream), rng, vocab))
            continue
        words = next(real, None)
        stream.append(words if words is not None else novel(bases, rng, vocab))
    return [" ".join(w) for w in stream]
