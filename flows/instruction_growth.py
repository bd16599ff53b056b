"""The instruction-growing loop that Self-Instruct (Wang et al. 2023, Algorithm 1) and
Ensemble-Instruct (Lee et al. 2023) share: rounds of generate -> heuristics -> ROUGE-L novelty
against a pool (seeds + everything accepted so far) until the target, then the first `target`.

A round's generator is a stage built by `make_generator(machine, round_idx)` from the accepted
instructions so far, so the method decides how demonstrations are drawn. The pool is rebuilt
from finished stages on resume, so a resumed run keeps what an uninterrupted one keeps.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Callable

from datagen.filters.heuristics import HeuristicConfig, heuristic_filter
from datagen.filters.novelty import NoveltyConfig, new_index, novelty_filter
from datagen.filters.target import select_target
from datagen.records import Task
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


async def grow_instructions(run: FlowRun, growth: Growth, seeds: list[Task]) -> StageOutput:
    """Rounds until `target` novel instructions exist (or the round cap); returns the stage that
    selected the first `target` of them."""
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
