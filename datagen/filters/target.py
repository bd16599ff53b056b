"""Target selection: the instruction-growing loops of Self-Instruct (Wang et al. 2023) and
Ensemble-Instruct (Lee et al. 2023) check the count only between rounds, so the last round
overshoots; the reference code kept the overshoot silently."""

from __future__ import annotations

from typing import Sequence

from datagen.records import Record
from datagen.stage import Reject, RunContext, StageResult, make_result, reject, stage_name


def select_target(records: Sequence[Record], _cfg: object = None, ctx: RunContext | None = None, *,
                  target: int) -> StageResult:
    """A stage: keep the first `target` records; the rest become `over_target` rejections."""
    stage = stage_name(ctx, "select_target")
    kept = list(records[:target])
    rejected = [reject(r, stage, Reject("over_target", target=target)) for r in records[target:]]
    return make_result(stage, len(records), kept, rejected)
