"""Target selection: the instruction-growing loops of Self-Instruct (Wang et al. 2023) and
Ensemble-Instruct (Lee et al. 2023) check the count only between rounds, so the last round
overshoots; the reference code kept the overshoot silently."""

from __future__ import annotations

from typing import Iterable

from datagen.record_file import streams_input
from datagen.records import Record
from datagen.stage import Reject, RunContext, StageResult, StageSinks, stage_name


@streams_input
def select_target(records: Iterable[Record], _cfg: object = None, ctx: RunContext | None = None, *,
                  target: int) -> StageResult:
    """A stage: keep the first `target` records; the rest become `over_target` rejections."""
    n_in = 0
    with StageSinks(stage_name(ctx, "select_target"), ctx) as out:
        for record in records:
            if n_in < target:
                out.keep(record)
            else:
                out.reject(record, Reject("over_target", target=target))
            n_in += 1
        return out.result(n_in)
