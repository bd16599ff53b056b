"""Self-Instruct (Wang et al., ACL 2023) and its Alpaca batched variant as one Prefect flow.

The loop is the paper's Algorithm 1: sample 6 seed + 2 machine instructions, ask for more,
filter them (heuristics, then ROUGE-L novelty against seeds + everything accepted so far),
repeat until the target; then identify classification tasks, generate instances (output-first
for classification, input-first otherwise), filter them, and drop near-duplicate rows with
MinHash. The Alpaca preset (Taori et al. 2023) replaces the bootstrap with 20-per-call
instruction+instance generation and skips the classification and instance steps.
"""

from __future__ import annotations

import math
from functools import partial
from typing import Iterable

from prefect import flow

from datagen.errors import UserError
from datagen.filters.dedup import minhash_dedup
from datagen.methods.self_instruct import stages as si
from datagen.methods.self_instruct import task_stages as ts
from datagen.methods.self_instruct.config import SelfInstructConfig
from datagen.record_file import RecordFiles, streams_input
from datagen.records import Task
from datagen.seeds import seeds_stage
from datagen.stage import RunContext, StageResult, StageSinks
from flows.instruction_growth import Growth, Source, grow_instructions, lead_window
from flows.scaffold import RunOutput, finish_run, llm_description, opened_run, run_name
from flows.stage_task import run_stage

FLOW = "self-instruct"


@streams_input
def flatten_stage(records: Iterable[Task], _cfg: object, ctx: RunContext | None = None) -> StageResult:
    """One row per instance: dedup and export work on instruction+input+output rows (written
    as they are made: 30,000 rows are not held)."""
    with StageSinks("flatten", ctx) as out:
        for task in records:
            for row in task.flatten():
                out.keep(row)
        return out.result(len(out.kept))


def growth(cfg: SelfInstructConfig, seeds: list[Task]) -> Growth:
    """The bootstrap loop (or Alpaca's batched generation), capped by default at 10x the rounds
    the target needs at the best yield (7 new instructions per prompt)."""
    if cfg.preset == "alpaca":
        name, gen_cfg, per_round = "alpaca_generate", cfg.alpaca, cfg.alpaca.prompts_per_round
        make = lambda machine, round_idx: partial(si.alpaca_bootstrap_stage, seeds=seeds,  # noqa: E731
                                                  round_idx=round_idx)
    else:
        name, gen_cfg, per_round = "bootstrap", cfg.bootstrap, cfg.bootstrap.prompts_per_round
        make = lambda machine, round_idx: partial(si.bootstrap_stage, seeds=seeds, machine=machine,  # noqa: E731
                                                  round_idx=round_idx)
    rounds = cfg.max_rounds or max(10, 10 * math.ceil(cfg.target / (7 * per_round)))
    if gen_cfg.pipeline == "rounds" or cfg.llm.backend == "local":  # a local model batches rounds
        return Growth(name, make, gen_cfg, cfg.heuristics, cfg.novelty, cfg.target, rounds, cfg.run.shards)
    # continuous: the same cap on requests (rounds x prompts per round), one generator stage
    return Growth(name, make, gen_cfg, cfg.heuristics, cfg.novelty, cfg.target, rounds * per_round,
                  cfg.run.shards, source=source(cfg, seeds), window=lead_window(gen_cfg.in_flight, cfg.llm.concurrency))


def source(cfg: SelfInstructConfig, seeds: list[Task]) -> Source:
    """Continuous pipelining's draw/ask/read for the bootstrap (or Alpaca's generation); request
    i is slot i % prompts_per_round of round i // prompts_per_round, as the rounds number them."""
    if cfg.preset == "alpaca":
        acfg, pool = cfg.alpaca, list(seeds)
        if not pool:
            raise UserError("the Alpaca bootstrap needs seed tasks; pass a seed file with at least one task")
        per = acfg.prompts_per_round
        return Source(lambda machine, rng: si.sample_icl(pool, (), acfg, rng),
                      lambda demo, i, chat, stage: si.alpaca_request(demo, acfg, chat, stage, i),
                      lambda demo, out, i, chat, stage: si.parse_alpaca(
                          demo, out, {"round": i // per, "request_idx": i % per}, acfg, chat, stage))
    bcfg = cfg.bootstrap
    pool = si.bootstrap_seeds(seeds, bcfg)
    per = bcfg.prompts_per_round
    return Source(lambda machine, rng: si.sample_icl(pool, machine, bcfg, rng),
                  lambda demo, i, chat, stage: si.bootstrap_request(demo, bcfg, chat, stage, i),
                  lambda demo, out, i, chat, stage: si.parse_bootstrap(
                      demo, out, {"round": i // per, "request_idx": i % per}, bcfg, chat, stage))


def dataset_figures(records: Iterable[Task], target: int) -> dict[str, object]:
    """Machine rows in the dataset and whether the target counts of distinct machine
    instructions survived, in one pass over the (streamed) rows."""
    rows, instructions = 0, set()
    for r in records:
        if r.origin == "machine":
            rows += 1
            instructions.add(r.instruction)
    reached = "yes" if len(instructions) >= target else \
        f"no: {len(instructions)} of {target} instructions survived"
    return {"machine rows in dataset": rows, "target reached": reached}


@flow(name=FLOW, flow_run_name=run_name(FLOW), log_prints=False)
async def self_instruct_flow(config: SelfInstructConfig, out_dir: str = "") -> str:
    """Seeds -> bootstrap rounds -> classify -> instances -> MinHash dedup -> dataset.jsonl."""
    async with opened_run(FLOW, out_dir, config) as run:
        seeds = (await run_stage(run, "seeds", partial(seeds_stage, path=config.seeds))).kept()
        tasks = await grow_instructions(run, growth(config, seeds), seeds)
        if config.preset != "alpaca":
            clf = await run_stage(run, "classify", ts.classify_stage, [tasks.kept_path], config.classify,
                                  progress=True)
            tasks = await run_stage(run, "instances", ts.instances_stage, [clf.kept_path], config.instances,
                                    progress=True)
        rows = await run_stage(run, "flatten", flatten_stage, [tasks.kept_path])
        if config.dedup_enabled:
            rows = await run_stage(run, "minhash_dedup", minhash_dedup, [rows.kept_path], config.dedup)
        seed_rows = [row for s in seeds for row in s.flatten()] if config.include_seed_tasks else []
        records = RecordFiles([seed_rows, rows.kept_path])  # read from the file as it is written out
        await finish_run(run, RunOutput(
            "Self-Instruct", f"{FLOW} ({config.preset})", records, config.seeds, llm_description(config.llm),
            len(seeds), config.target, figures=dataset_figures(records, config.target)))
    return str(run.root)
