"""Self-Instruct (Wang et al., ACL 2023) and its Alpaca batched variant as one Prefect flow.

The loop is the paper's Algorithm: sample 6 seed + 2 machine instructions, ask for more, filter
them (heuristics, then ROUGE-L novelty against seeds + everything accepted so far), repeat until
the target; then identify classification tasks, generate instances (output-first for
classification, input-first otherwise), filter them, and drop near-duplicate rows with MinHash.
The Alpaca preset (METHODS §1.3) replaces the bootstrap with 20-per-call instruction+instance
generation and skips the classification and instance steps.
"""

from __future__ import annotations

import math
from functools import partial
from pathlib import Path
from typing import Literal

from prefect import flow
from pydantic import Field

from datagen.config import StrictModel
from datagen.export import dataset_card, export_rows, write_card
from datagen.filters.dedup import MinHashConfig, minhash_dedup
from datagen.filters.heuristics import HeuristicConfig, heuristic_filter
from datagen.filters.novelty import NoveltyConfig, novelty_filter
from datagen.io import write_json, write_jsonl
from datagen.llm.settings import LLMConfig
from datagen.methods.self_instruct import stages as si
from datagen.records import Task
from datagen.seeds import load_seed_tasks
from datagen.stage import RunContext, StageResult, make_result, reject, Reject
from datagen.text.rouge import NoveltyIndex
from flows.artifacts import finish_report
from flows.run_setup import RunOptions, llm_description, open_run, resolve_path, run_name
from flows.sharding import sharded
from flows.stage_task import FlowRun, run_stage


class SelfInstructConfig(StrictModel):
    preset: Literal["self_instruct", "alpaca"] = Field(
        "self_instruct", description="self_instruct (Wang et al. 2023) or alpaca (Taori et al. 2023)")
    seeds: str = Field("seeds/self_instruct/seed_tasks.jsonl",
                       description="seed tasks in the Self-Instruct format (id, name, instruction, "
                       "instances[{input, output}], is_classification)")
    target: int = Field(20, gt=0, description="machine instructions to keep (the paper made 52K)")
    max_rounds: int | None = Field(None, gt=0, description="cap on bootstrap rounds; default "
                                   "10x the rounds the target needs at the best yield")
    include_seed_tasks: bool = Field(False, description="also export the seed instances "
                                     "(prepare_for_finetuning.py --include_seed_tasks)")
    run: RunOptions = Field(default_factory=RunOptions)
    llm: LLMConfig = Field(default_factory=LLMConfig)
    bootstrap: si.BootstrapConfig = Field(default_factory=si.BootstrapConfig)
    alpaca: si.AlpacaConfig = Field(default_factory=si.AlpacaConfig)
    heuristics: HeuristicConfig = Field(default_factory=HeuristicConfig)
    novelty: NoveltyConfig = Field(default_factory=NoveltyConfig)
    classify: si.ClassifyConfig = Field(default_factory=si.ClassifyConfig)
    instances: si.InstanceConfig = Field(default_factory=si.InstanceConfig)
    dedup: MinHashConfig = Field(default_factory=MinHashConfig)
    dedup_enabled: bool = True


def seeds_stage(_records: list, cfg: SelfInstructConfig, _ctx: RunContext) -> StageResult:
    """Load and validate the seed file; every seed is kept (a bad seed file fails the run)."""
    seeds = load_seed_tasks(resolve_path(cfg.seeds))
    return make_result("seeds", len(seeds), seeds, [])


def select_target(records: list[Task], _cfg: object, _ctx: RunContext, *, target: int) -> StageResult:
    """Keep the first `target` accepted instructions; the overshoot of the last round is kept
    as `over_target` rejections (the reference kept it silently)."""
    kept = records[:target]
    rejected = [reject(r, "select_target", Reject("over_target", target=target)) for r in records[target:]]
    return make_result("select_target", len(records), kept, rejected)


def flatten_stage(records: list[Task], _cfg: object, _ctx: RunContext) -> StageResult:
    """One row per instance: dedup and export work on instruction+input+output rows."""
    rows = [row for task in records for row in task.flatten()]
    return make_result("flatten", len(rows), rows, [])


def novelty_stage(records: list[Task], cfg: NoveltyConfig, _ctx: RunContext, *,
                  index: NoveltyIndex) -> StageResult:
    """ROUGE-L novelty against the flow-owned pool (seeds + everything accepted so far)."""
    return novelty_filter(records, cfg, index)


def dedup_stage(records: list[Task], cfg: MinHashConfig, _ctx: RunContext) -> StageResult:
    """MinHash near-duplicate rows on instruction+input+output (first occurrence kept)."""
    return minhash_dedup(records, cfg)


def default_rounds(cfg: SelfInstructConfig) -> int:
    per_round = cfg.alpaca.prompts_per_round if cfg.preset == "alpaca" else cfg.bootstrap.prompts_per_round
    return cfg.max_rounds or max(10, 10 * math.ceil(cfg.target / (7 * per_round)))


async def grow_instructions(run: FlowRun, cfg: SelfInstructConfig,
                            seeds: list[Task]) -> tuple[list[Task], list[Path]]:
    """Bootstrap rounds until `target` novel instructions exist (or the round cap is reached).
    Returns the accepted tasks and the kept files that hold them."""
    pool = NoveltyIndex(tokenizer=cfg.novelty.tokenizer)
    pool.add_many([s.text(cfg.novelty.field) for s in seeds], [s.id for s in seeds])
    machine: list[Task] = []
    accepted_files: list[Path] = []
    for round_idx in range(default_rounds(cfg)):
        if len(machine) >= cfg.target:
            break
        if cfg.preset == "alpaca":
            generate = partial(si.alpaca_bootstrap_stage, seeds=seeds, round_idx=round_idx)
            gen = await run_stage(run, "alpaca_generate", generate, None, cfg.alpaca, progress=True)
        else:
            generate = partial(si.bootstrap_stage, seeds=seeds, machine=list(machine), round_idx=round_idx)
            gen = await run_stage(run, "bootstrap", generate, None, cfg.bootstrap, progress=True)
        heur = await run_stage(run, "heuristics", sharded(heuristic_filter, cfg.run.shards),
                                [gen.kept_path], cfg.heuristics)
        novel = await run_stage(run, "novelty", partial(novelty_stage, index=pool),
                                [heur.kept_path], cfg.novelty)
        accepted = novel.kept()
        if novel.resumed:  # the stage was loaded from disk: its accepted texts join the pool here
            pool.add_many([t.text(cfg.novelty.field) for t in accepted], [t.id for t in accepted])
        machine += accepted
        accepted_files.append(novel.kept_path)
    return machine, accepted_files


async def finish_run(run: FlowRun, cfg: SelfInstructConfig, records: list[Task], n_seeds: int) -> Path:
    """Write records.jsonl, the Alpaca dataset, its card, summary.json and report.md."""
    layout = run.layout
    write_jsonl(run.root / "records.jsonl", records)
    n_rows = write_jsonl(layout.dataset, export_rows(records, "alpaca"))
    write_card(run.root / "dataset_card.md",
               dataset_card("datagen Self-Instruct dataset", f"self-instruct ({cfg.preset})", n_rows,
                            cfg.seeds, llm_description(cfg.llm)))
    n_machine = sum(1 for r in records if r.origin == "machine")
    write_json(layout.summary, {
        "flow": f"self-instruct ({cfg.preset})", "dataset": str(layout.dataset), "dataset_rows": n_rows,
        "llm": llm_description(cfg.llm), "n_seeds": n_seeds, "target": cfg.target,
        "figures": {"machine rows in dataset": n_machine,
                    "target reached": "yes" if n_machine >= 1 and _instructions(records) >= cfg.target
                    else f"no: {_instructions(records)} of {cfg.target} instructions survived"},
    })
    await finish_report(run.root, "Self-Instruct run report", key="self-instruct-report")
    return layout.dataset


def _instructions(records: list[Task]) -> int:
    return len({r.instruction for r in records if r.origin == "machine"})


@flow(name="self-instruct", flow_run_name=run_name("self-instruct"), log_prints=False)
async def self_instruct_flow(config: SelfInstructConfig, out_dir: str = "") -> str:
    """Seeds -> bootstrap rounds -> classify -> instances -> MinHash dedup -> dataset.jsonl."""
    run = open_run("self-instruct", out_dir, config, config.llm, config.run)
    try:
        seeds = (await run_stage(run, "seeds", seeds_stage, None, config)).kept()
        _, accepted_files = await grow_instructions(run, config, seeds)
        picked = await run_stage(run, "select_target", partial(select_target, target=config.target),
                                 accepted_files, None)
        if config.preset == "alpaca":
            tasks_out = picked
        else:
            clf = await run_stage(run, "classify", si.classify_stage, [picked.kept_path],
                                  config.classify, progress=True)
            tasks_out = await run_stage(run, "instances", si.instances_stage, [clf.kept_path],
                                        config.instances, progress=True)
        rows = await run_stage(run, "flatten", flatten_stage, [tasks_out.kept_path], None)
        final = rows
        if config.dedup_enabled:
            final = await run_stage(run, "minhash_dedup", dedup_stage, [rows.kept_path], config.dedup)
        records = final.kept()
        if config.include_seed_tasks:
            records = [row for s in seeds for row in s.flatten()] + records
        await finish_run(run, config, records, len(seeds))
    finally:
        if run.llm is not None:
            await run.llm.aclose()
    return str(run.root)
