"""The instruction-growing loop that Self-Instruct (Wang et al. 2023, Algorithm 1) and
Ensemble-Instruct (Lee et al. 2023) share: rounds of generate -> heuristics -> ROUGE-L novelty
against a pool (seeds + everything accepted so far) until the target, then the first `target`.

A round's generator is a stage built by `make_generator(machine, round_idx)` from the accepted
instructions so far, so the method decides how demonstrations are drawn. The pool is rebuilt
from finished stages on resume, so a resumed run keeps what an uninterrupted one keeps.

Continuous pipelining (a `Growth` with a `source`): the whole loop is one generator stage that
keeps the endpoint busy. Request i is sent once requests 0..i-window have been filtered
(heuristics, then novelty, in request order), with demonstrations sampled from the pool as it
stands then, under its own seeded RNG, so the output depends only on the seed, the cache and
`window`, never on timing. Answers are filtered in chunks of up to 16 with fixed boundaries
(window / 8), one novelty-index call per chunk: per-answer calls spent most of their time in
per-call overhead and held the interpreter lock the event loop needed. The window defaults to
twice `llm.concurrency` (`lead_window`): the client keeps at most `concurrency` requests on the
wire, and answers that arrived but wait their turn to be filtered do not hold the endpoint
idle. The stage writes the filters' verdicts and one line per request (`requests.jsonl`) into
its folder; two stages replay them as the heuristics and novelty stages, so the run keeps the
generate -> heuristics -> novelty funnel with four task runs for the phase whatever the target.
A killed run replays its answered requests from the request cache.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections import deque
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Callable, Sequence

from datagen.analysis.parse_prefetch import start_prefetch
from datagen.filters.heuristics import HeuristicConfig, heuristic_filter
from datagen.filters.novelty import NoveltyConfig, new_index, novelty_filter, novelty_verdicts
from datagen.filters.target import select_target
from datagen.record_spool import RecordSpool
from datagen.llm.client import Completion, LLMRequest
from datagen.llm.usage import parallelism
from datagen.llm.wire import Wire
from datagen.records import Rejected, Task
from datagen.stage import RunContext, StageResult, apply_verdicts, make_result, stage_name
from flows.sharding import sharded
from flows.stage_task import FlowRun, StageOutput, run_stage


@dataclass
class Growth:
    """One growing loop: its stage names, configs and limits."""

    generate: str  # the generator stage's name ("bootstrap", "instructions_a", ...)
    make_generator: Callable[[list[Task], int], Callable[..., Any]]
    generator_cfg: Any
    heuristics: HeuristicConfig
    novelty: NoveltyConfig
    target: int
    rounds: int
    shards: int = 4
    suffix: str = ""  # "_a": names this loop's heuristics, novelty and select stages apart
    source: "Source | None" = None  # set: continuous pipelining (module docstring)
    window: int = 16  # continuous: requests sent ahead of the last filtered answer


@dataclass
class Source:
    """How a method's continuous generator draws, asks and reads: `sample(machine, rng)` -> a
    demonstration set, `request(demo, index, chat, stage)` -> the request numbered `index`,
    `parse(demo, answer, index, chat, stage)` -> (candidate tasks, rejections)."""

    sample: Callable[[list[Task], random.Random], Any]
    request: Callable[[Any, int, bool, str], LLMRequest]
    parse: Callable[[Any, Completion, int, bool, str], tuple[list[Task], list[Rejected]]]


def lead_window(in_flight: int | None, concurrency: int) -> int:
    """A continuous generator's window: the configured `in_flight`, else 2 x the concurrency."""
    return in_flight or 2 * concurrency


async def grow_instructions(run: FlowRun, growth: Growth, seeds: list[Task]) -> StageOutput:
    """Rounds until `target` novel instructions exist (or the round cap); returns the stage that
    selected the first `target` of them."""
    if growth.source is not None:
        return await _grow_continuous(run, growth, seeds)
    pool = new_index(growth.novelty, seeds)
    machine: list[Task] = []
    accepted_files: list[Path] = []
    for round_idx in range(growth.rounds):
        if len(machine) >= growth.target:
            break
        gen = await run_stage(run, growth.generate, growth.make_generator(list(machine), round_idx), None,
                              growth.generator_cfg, progress=True)
        heur = await run_stage(run, f"heuristics{growth.suffix}", sharded(heuristic_filter, growth.shards),
                               [gen.kept_path], growth.heuristics)
        novel = await run_stage(run, f"novelty{growth.suffix}", partial(novelty_filter, index=pool),
                                [heur.kept_path], growth.novelty)
        accepted = novel.kept()
        if novel.resumed:  # loaded from disk: its accepted texts join the pool here
            pool.add_many([t.text(growth.novelty.field) for t in accepted], [t.id for t in accepted])
        machine += accepted
        accepted_files.append(novel.kept_path)
    return await run_stage(run, f"select_target{growth.suffix}", partial(select_target, target=growth.target),
                           accepted_files, None)


async def _grow_continuous(run: FlowRun, growth: Growth, seeds: list[Task]) -> StageOutput:
    heur_name, novel_name = f"heuristics{growth.suffix}", f"novelty{growth.suffix}"
    gen = await run_stage(run, growth.generate, partial(
        continuous_stage, source=growth.source, seeds=seeds, heuristics=growth.heuristics,
        novelty=growth.novelty, target=growth.target, max_requests=growth.rounds, window=growth.window,
        detail=run.next_stage_dir(growth.generate), names=(heur_name, novel_name)),
        None, growth.generator_cfg, progress=True)
    # the replays read the verdicts from the generator's folder: no input records to load
    heur = await run_stage(run, heur_name, partial(replay_stage, detail=gen.dir, part="heuristics"),
                           None, growth.heuristics)
    novel = await run_stage(run, novel_name, partial(replay_stage, detail=gen.dir, part="novelty"),
                            None, growth.novelty)
    out = await run_stage(run, f"select_target{growth.suffix}", partial(select_target, target=growth.target),
                          [novel.kept_path], None)
    start_prefetch(run.root, out.kept_path, out.stats.n_kept)  # the report's spaCy parse, in a process of its own
    return out


async def continuous_stage(records: Any, cfg: Any, ctx: RunContext, *, source: Source, seeds: Sequence[Task],
                           heuristics: HeuristicConfig, novelty: NoveltyConfig, target: int, max_requests: int,
                           window: int, detail: Path, names: tuple[str, str]) -> StageResult:
    """Generate until `target` instructions pass both filters (or `max_requests` answers); kept:
    every candidate, as the rounds' generator stage keeps them. Writes the filters' verdicts
    (`<part>_kept.jsonl`, `<part>_rejected.jsonl`) and `requests.jsonl` into `detail`.

    Answers are read and filtered in a worker thread, in request order, while the event loop
    keeps the endpoint's requests moving (ROUGE-L against a pool of thousands costs milliseconds
    per answer). Which requests to send, and their demonstrations, are decided right after each
    answer is filtered, as a one-at-a-time loop would, so the result does not depend on how
    answers are grouped into a thread call."""
    started = time.perf_counter()
    grower = _Grower(source, seeds, heuristics, novelty, target, max_requests, window, ctx, names,
                     rng_base=ctx.rng.getrandbits(64), stage=stage_name(ctx, "bootstrap"), detail=detail)
    report = getattr(ctx.llm, "progress", None)
    pending: dict[int, tuple[Any, asyncio.Future[Completion | None]]] = {}
    wire = Wire(parallelism(ctx.llm))

    def send(planned: list[tuple[int, Any, LLMRequest]]) -> None:
        for i, demo, request in planned:
            pending[i] = (demo, wire.send(ctx.llm, request))

    try:
        send(grower.plan())
        while not grower.finished:
            ready = []
            for i in grower.next_chunk():
                demo, future = pending.pop(i)
                ready.append((i, demo, await future))
            planned = await asyncio.to_thread(grower.read, ready)
            send(planned)
            if report is not None:
                await report(min(len(grower.machine), target), target)
    except BaseException as exc:
        grower.abort()
        if isinstance(exc, asyncio.CancelledError):  # the stage is cancelled: nothing more is awaited
            for _, future in pending.values():
                future.cancel()
        raise
    finally:
        await wire.close([f for _, f in pending.values()])
    return grower.result(started)


class _Grower:
    """The state of a continuous generation: what was sent, read and accepted. `plan()` says
    which requests to send now (each with demonstrations drawn from the pool as it stands, under
    its own seeded RNG); `read()` filters answers in request order and plans after each one.
    Candidates, verdicts and request lines go straight to files in `detail` (the stage's
    folder): memory holds the accepted pool only, whatever the number of requests."""

    def __init__(self, source: Source, seeds: Sequence[Task], heuristics: HeuristicConfig,
                 novelty: NoveltyConfig, target: int, max_requests: int, window: int, ctx: RunContext,
                 names: tuple[str, str], rng_base: int, stage: str, detail: Path) -> None:
        self.source, self.heuristics, self.novelty = source, heuristics, novelty
        self.target, self.max_requests, self.window = target, max_requests, window
        self.chat = getattr(ctx.llm, "mode", "completion") == "chat"
        self.stage, self.rng_base = stage, rng_base
        self.index = new_index(novelty, seeds)
        self.heur_ctx, self.novel_ctx = RunContext(stage=names[0]), RunContext(stage=names[1])
        self.machine: list[Task] = []
        self.candidates, self.rejected = RecordSpool(detail / "kept.jsonl"), RecordSpool(detail / "rejected.jsonl")
        self.parts = {part: (RecordSpool(detail / f"{part}_kept.jsonl"), RecordSpool(detail / f"{part}_rejected.jsonl"))
                      for part in ("heuristics", "novelty")}
        self.lines = RecordSpool(detail / "requests.jsonl")
        self.sent = self.done = 0
        self.pool_at: deque[int] = deque([0], maxlen=window + 1)  # pool size after each of the last answers
        self.chunk = max(1, min(16, window // 8))  # answers filtered per call (128 -> 16; 2 -> 1)

    @property
    def finished(self) -> bool:
        return self.done >= self.max_requests or len(self.machine) >= self.target

    def plan(self) -> list[tuple[int, Any, LLMRequest]]:
        """Fill the window, but not far past what the observed yield says the target needs."""
        planned = []
        # the yield of the last `window` answers: it falls as the pool fills, and the run's
        # average would overestimate it, send too few, and leave the endpoint idle at the end
        rate = (self.pool_at[-1] - self.pool_at[0]) / (len(self.pool_at) - 1) if self.done else 1.0
        while self.sent < self.max_requests and self.sent - self.done < self.window and \
                (self.sent == self.done or len(self.machine) + rate * (self.sent - self.done) < self.target):
            demo = self.source.sample(self.machine, random.Random(f"{self.rng_base}:{self.sent}"))
            planned.append((self.sent, demo, self.source.request(demo, self.sent, self.chat, self.stage)))
            self.sent += 1
        return planned

    def next_chunk(self) -> range:
        """The answers to read next: up to the next multiple of `chunk` (or what was sent).
        Fixed boundaries make the novelty scores independent of when answers arrive."""
        return range(self.done, min((self.done // self.chunk + 1) * self.chunk, self.sent))

    def read(self, ready: list[tuple[int, Any, Completion]]) -> list[tuple[int, Any, LLMRequest]]:
        """Filter answers `done`, `done + 1`, ... in order (those past the end are not read);
        returns the requests to send now. The chunk's candidates meet the novelty index in one
        greedy pass (the decisions of one answer at a time: each candidate is scored against
        the pool and the candidates accepted before it), ~25x fewer index calls per answer."""
        parsed = []
        for i, demo, answer in ready:
            got, bad = self.source.parse(demo, answer, i, self.chat, self.stage)
            parsed.append((i, got, bad, heuristic_filter(got, self.heuristics, self.heur_ctx)))
        fresh = [task for *_, heur in parsed for task in heur.kept]
        verdicts = iter(novelty_verdicts([t.text(self.novelty.field) for t in fresh], [t.id for t in fresh],
                                         self.novelty, self.index))
        planned: list[tuple[int, Any, LLMRequest]] = []
        for i, got, bad, heur in parsed:
            if self.finished:  # the chunk's later answers were scored, but are not read
                break
            self.candidates.extend(got)
            self.rejected.extend(bad)
            novel = apply_verdicts(self.novel_ctx.stage, heur.kept, [next(verdicts) for _ in heur.kept])
            for part, result in (("heuristics", heur), ("novelty", novel)):
                self.parts[part][0].extend(result.kept)
                self.parts[part][1].extend(result.rejected)
            self.machine += novel.kept
            self.done += 1
            self.pool_at.append(len(self.machine))
            if not self.finished:
                planned += self.plan()
            self.lines.append({"request": i, "candidates": len(got), "rejected": len(bad),
                               "after_heuristics": len(heur.kept), "accepted": len(novel.kept),
                               "pool": len(self.machine), "planned": self.sent})
        return planned

    def _spools(self) -> list[RecordSpool]:
        return [self.candidates, self.rejected, self.lines, *(s for pair in self.parts.values() for s in pair)]

    def abort(self) -> None:
        for spool in self._spools():
            spool.abort()

    def result(self, started: float) -> StageResult:
        for spool in self._spools():
            spool.finish()
        return make_result(self.stage, len(self.candidates) + len(self.rejected), self.candidates, self.rejected,
                           started, extra={"requests": float(self.done), "requests_planned": float(self.sent),
                                           "window": float(self.window), "accepted": float(len(self.machine))})


def replay_stage(records: Any, cfg: Any, ctx: RunContext, *, detail: Path, part: str) -> StageResult:
    """A filter's verdicts as `continuous_stage` wrote them (the filter already ran there); the
    files are linked into this stage's folder, not read into memory."""
    started = time.perf_counter()
    kept = RecordSpool.existing(detail / f"{part}_kept.jsonl")
    rejected = RecordSpool.existing(detail / f"{part}_rejected.jsonl")
    return make_result(stage_name(ctx, part), len(kept) + len(rejected), kept, rejected, started)
