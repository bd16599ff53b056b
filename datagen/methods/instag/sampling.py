"""InsTag's Complexity-first Diverse sampling, Algorithm 1 (Lu et al., ICLR 2024, §4),
and the random baseline it is compared with.

Cf-D: sort the pool by tag count, descending (stable: ties keep the pool's order). Then run
passes: each pass starts with no tag covered and scans the remaining queries in that order,
taking a query only when it adds at least one tag not yet covered *in this pass*; stop at N
queries, or when a whole pass takes nothing (only queries without tags are left). One
reimplementation then fills the remainder from the front of the sorted list; that is
`fill_remainder` (off by default, it is not in the paper).

Stages: `cfd_stage` keeps the selection in selection order with `meta["instag_rank"]` and
`meta["instag_pass"]`; `random_stage` keeps a seeded uniform sample of the same size. Both
reject the rest as `not_selected`.
"""

from __future__ import annotations

import time
from typing import Collection, Sequence

from pydantic import Field

from datagen.config import StrictModel
from datagen.methods.instag.metrics import complexity, diversity, vocabulary
from datagen.methods.instag.normalize import record_tags
from datagen.records import Record
from datagen.stage import Reject, RunContext, StageResult, make_result, reject


class SamplingConfig(StrictModel):
    n: int = Field(6000, ge=1, description="queries to select")  # InsTag §4: the 6K TagLM subset
    fill_remainder: bool = Field(False, description="after the passes, fill up to n from the front "
                                 "of the sorted pool (a 3rd-party reimplementation's step 3)")


def complexity_first_diverse(tag_sets: Sequence[Collection[str]], n: int,
                             fill_remainder: bool = False) -> list[tuple[int, int]]:
    """(index, pass) of each selected query, in selection order; pass -1 marks the fill."""
    sizes = [len(set(tags)) for tags in tag_sets]
    remaining = sorted(range(len(tag_sets)), key=lambda i: -sizes[i])  # sorted() is stable
    selected: list[tuple[int, int]] = []
    passes = 0
    while len(selected) < n and remaining:
        covered: set[str] = set()
        left: list[int] = []
        taken = 0
        for pos, i in enumerate(remaining):
            if len(selected) >= n:
                left.extend(remaining[pos:])
                break
            tags = set(tag_sets[i])
            if not tags <= covered:
                selected.append((i, passes))
                covered |= tags
                taken += 1
            else:
                left.append(i)
        remaining = left
        if taken == 0:
            break
        passes += 1
    if fill_remainder:
        selected += [(i, -1) for i in remaining[: max(0, n - len(selected))]]
    return selected


def random_selection(size: int, n: int, rng) -> list[int]:
    """A uniform sample of min(n, size) indices without replacement, in draw order."""
    return rng.sample(range(size), min(n, size))


def coverage_curve(tag_sets: Sequence[Collection[str]], order: Sequence[int], full: Collection[str],
                   points: int = 20) -> list[tuple[int, float]]:
    """(selected so far, share of `full` covered) at `points` evenly spaced sizes, ending at len(order)."""
    full = set(full)
    if not order or not full:
        return []
    marks = sorted({max(1, round(len(order) * j / points)) for j in range(1, points + 1)})
    covered: set[str] = set()
    curve = []
    for k, i in enumerate(order, start=1):
        covered |= set(tag_sets[i]) & full
        if k == marks[len(curve)]:
            curve.append((k, len(covered) / len(full)))
    return curve


def _result(stage: str, records: Sequence[Record], picks: list[tuple[int, int]],
            started: float, **extra: float) -> StageResult:
    chosen = {i for i, _ in picks}
    kept = [records[i].model_copy(update={"meta": {**records[i].meta, "instag_rank": rank,
                                                   "instag_pass": pass_no}})
            for rank, (i, pass_no) in enumerate(picks)]
    rejected = [reject(r, stage, Reject("not_selected", n_tags=len(record_tags(r))))
                for i, r in enumerate(records) if i not in chosen]
    pool = [record_tags(r) for r in records]
    subset = [record_tags(r) for r in kept]
    extra.update({"selected": float(len(kept)), "diversity": diversity(subset, vocabulary(pool)),
                  "complexity": complexity(subset), "pool_complexity": complexity(pool)})
    return make_result(stage, len(records), kept, rejected, started, extra=extra)


def cfd_stage(records: Sequence[Record], cfg: SamplingConfig, ctx: RunContext) -> StageResult:
    """Complexity-first Diverse sampling of `cfg.n` records. Rejects: `not_selected`."""
    started = time.perf_counter()
    picks = complexity_first_diverse([record_tags(r) for r in records], cfg.n, cfg.fill_remainder)
    passes = max((p for _, p in picks), default=-1) + 1
    return _result("cfd_sample", records, picks, started, passes=float(passes))


def random_stage(records: Sequence[Record], cfg: SamplingConfig, ctx: RunContext) -> StageResult:
    """The random baseline: `cfg.n` records drawn with the stage's seeded RNG. Rejects: `not_selected`."""
    started = time.perf_counter()
    picks = [(i, 0) for i in random_selection(len(records), cfg.n, ctx.rng)]
    return _result("random_sample", records, picks, started)
