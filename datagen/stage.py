"""The stage contract: `run(records, cfg, ctx) -> StageResult(kept, rejected, stats)`.

Stages are plain functions. What they may touch comes in `RunContext` (the LLM client, a seeded
RNG, the run folder, a logger); they never read the environment or keep module-level state.
Stats add with `+` across batches and rounds, and `StageResult.check()` enforces
`n_in == n_kept + n_rejected` so nothing is ever dropped silently.
"""

from __future__ import annotations

import logging
import random
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from pydantic import BaseModel, Field

from datagen.record_spool import RecordSpool, is_spool
from datagen.records import Record, Rejected


class Reject:
    """A stage's verdict on one record: `Reject("rouge_too_similar", closest_id=..., rouge_l=0.83)`."""

    __slots__ = ("reason", "evidence")

    def __init__(self, reason: str, **evidence: Any) -> None:
        self.reason = reason
        self.evidence = evidence

    def __repr__(self) -> str:
        return f"Reject({self.reason!r}, {self.evidence!r})"


class StageStats(BaseModel):
    """Counts for one stage call; `a + b` merges calls of the same stage."""

    stage: str
    n_in: int = 0
    n_kept: int = 0
    n_rejected: int = 0
    rejected_by_reason: dict[str, int] = Field(default_factory=dict)
    llm_requests: int = 0
    llm_cached: int = 0
    llm_errors: int = 0
    llm_retries: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    seconds: float = 0.0
    extra: dict[str, float] = Field(default_factory=dict)

    def __add__(self, other: StageStats) -> StageStats:
        reasons = Counter(self.rejected_by_reason)
        reasons.update(other.rejected_by_reason)
        extra = Counter(self.extra)
        extra.update(other.extra)
        summed = {
            name: getattr(self, name) + getattr(other, name)
            for name in ("n_in", "n_kept", "n_rejected", "llm_requests", "llm_cached", "llm_errors",
                         "llm_retries", "prompt_tokens", "completion_tokens", "cost_usd", "seconds")
        }
        return StageStats(stage=self.stage, rejected_by_reason=dict(reasons), extra=dict(extra), **summed)

    def check(self) -> None:
        if self.n_in != self.n_kept + self.n_rejected:
            raise AssertionError(
                f"stage {self.stage}: {self.n_in} in but {self.n_kept} kept + {self.n_rejected} rejected"
            )


@dataclass
class StageResult:
    kept: list[Any]  # or a finished RecordSpool (records on disk), for stages that grow with the run
    rejected: list[Rejected]
    stats: StageStats

    def check(self) -> StageResult:
        self.stats.check()
        if len(self.kept) != self.stats.n_kept or len(self.rejected) != self.stats.n_rejected:
            raise AssertionError(f"stage {self.stats.stage}: stats disagree with the records returned")
        return self


@dataclass
class RunContext:
    """What a stage may touch. `llm` is whatever client the flow injected (usually metered+cached)."""

    llm: Any = None
    stage: str = ""  # the name the flow gave this stage call (run_stage sets it)
    rng: random.Random = field(default_factory=lambda: random.Random(0))
    run_dir: Path | None = None
    out_dir: Path | None = None  # the stage's own folder: `StageSinks` spool kept/rejected records there
    log: logging.Logger = field(default_factory=lambda: logging.getLogger("datagen"))
    progress: Callable[[int, int], None] | None = None  # (done, total) for long LLM stages


def stage_name(ctx: RunContext | None, default: str) -> str:
    """The stage's own name: what `run_stage` called it, else the stage's default name."""
    return ctx.stage if ctx is not None and ctx.stage else default


def reject(record: Record | dict, stage: str, verdict: Reject) -> Rejected:
    data = record if isinstance(record, dict) else record.model_dump(mode="json")
    return Rejected(record=data, stage=stage, reason=verdict.reason, evidence=verdict.evidence)


def make_result(stage: str, n_in: int, kept: list[Any], rejected: Sequence[Rejected],
                started: float | None = None, **stat_fields: Any) -> StageResult:
    """Build a checked StageResult, counting rejections by reason."""
    stats = StageStats(
        stage=stage, n_in=n_in, n_kept=len(kept), n_rejected=len(rejected),
        rejected_by_reason=dict(rejected.reasons if is_spool(rejected) else Counter(r.reason for r in rejected)),
        seconds=(time.perf_counter() - started) if started is not None else 0.0, **stat_fields,
    )
    # spooled records (datagen.record_spool) stay on disk; lists are copied
    return StageResult(kept if is_spool(kept) else list(kept),
                       rejected if is_spool(rejected) else list(rejected), stats).check()


def filter_records(stage: str, records: Iterable[Record],
                   decide: Callable[[Record], Reject | None]) -> StageResult:
    """The per-record filter helper: `decide` returns None to keep a record or a Reject to drop it."""
    started = time.perf_counter()
    kept: list[Record] = []
    rejected: list[Rejected] = []
    n_in = 0
    for record in records:
        n_in += 1
        verdict = decide(record)
        if verdict is None:
            kept.append(record)
        else:
            rejected.append(reject(record, stage, verdict))
    return make_result(stage, n_in, kept, rejected, started)


def apply_verdicts(stage: str, records: Sequence[Record],
                   verdicts: Iterable[tuple[dict[str, Any], Reject | None]],
                   started: float | None = None, **stat_fields: Any) -> StageResult:
    """Score, store, then decide: each record gets its scores in `meta`, then is kept
    (verdict None) or rejected with the verdict's reason and evidence."""
    out = StageSinks(stage)
    out.apply(records, verdicts)
    return out.result(len(records), started, **stat_fields)


class StageSinks:
    """Where a stage puts its kept and rejected records as it decides: spooled to files in the
    stage's folder when the flow gave it one (`ctx.out_dir`: the records never sit in memory
    together), else lists. Use as a context manager: a stage that fails leaves no files."""

    def __init__(self, stage: str, ctx: RunContext | None = None) -> None:
        self.stage = stage
        folder = ctx.out_dir if ctx is not None else None
        self.kept: list[Any] | RecordSpool = RecordSpool(folder / "kept.jsonl") if folder else []
        self.rejected: list[Rejected] | RecordSpool = RecordSpool(folder / "rejected.jsonl") if folder else []

    def __enter__(self) -> StageSinks:
        return self

    def __exit__(self, kind: Any, *_: Any) -> None:
        if kind is not None:
            for sink in (self.kept, self.rejected):
                if is_spool(sink):
                    sink.abort()

    def keep(self, record: Any) -> None:
        self.kept.append(record)

    def reject(self, record: Record | dict, verdict: Reject) -> None:
        self.rejected.append(reject(record, self.stage, verdict))

    def apply(self, records: Iterable[Record], verdicts: Iterable[tuple[dict[str, Any], Reject | None]]) -> None:
        """`apply_verdicts` for one batch: scores into `meta`, then kept or rejected."""
        for record, (scores, verdict) in zip(records, verdicts):
            scored = record.model_copy(update={"meta": {**record.meta, **scores}})
            if verdict is None:
                self.keep(scored)
            else:
                self.reject(scored, verdict)

    def result(self, n_in: int, started: float | None = None, **stat_fields: Any) -> StageResult:
        for sink in (self.kept, self.rejected):
            if is_spool(sink):
                sink.finish()
        return make_result(self.stage, n_in, self.kept, self.rejected, started, **stat_fields)
