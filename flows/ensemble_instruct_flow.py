"""Ensemble-Instruct (Lee et al., Findings of EMNLP 2023; IBM/ensemble-instruct) as one Prefect flow.

The loop is the paper's pipeline (METHODS §2): split the seeds into type A (with input) and
type B (output only); per type, generate one instruction per request with the type's ICL mix,
filter (heuristics, ROUGE-L novelty against that type's pool) until the target; the first
ensemble member writes instances with the type's template; parse them; every other member adds
a zero-shot output; vote; write the dataset.

The ensemble is a list of `LLMConfig`s (`ensemble:`), one client per member, one stage per
member. With no list, the generator (`llm:`) plays every member with its own seed offset and
temperature (`standin_temperatures`): a stand-in that exercises the pipeline, not the paper's
setup of different models.
"""

from __future__ import annotations

import math
import re
from functools import partial
from pathlib import Path
from typing import Any

from prefect import flow
from prefect.artifacts import acreate_table_artifact
from pydantic import Field, model_validator

from datagen.config import StrictModel
from datagen.errors import UserError
from datagen.export import dataset_card, export_rows, write_card
from datagen.filters.heuristics import HeuristicConfig, heuristic_filter, heuristic_preset
from datagen.filters.novelty import NoveltyConfig, new_index, novelty_filter
from datagen.io import write_json, write_jsonl
from datagen.llm.factory import build_client
from datagen.llm.settings import LLMConfig
from datagen.methods.ensemble_instruct import stages as ei
from datagen.methods.ensemble_instruct.prompts import TaskType
from datagen.methods.ensemble_instruct.vote import VoteConfig, vote_counts_rows, vote_sample_rows, vote_stage
from datagen.records import Task
from datagen.report import markdown_table
from datagen.seeds import load_seed_tasks, split_by_type
from datagen.stage import RunContext, StageResult, make_result
from datagen.text.rouge import NoveltyIndex
from flows.artifacts import finish_report
from flows.run_setup import RunOptions, llm_description, open_run, price_for, resolve_path, run_name
from flows.sharding import sharded
from flows.stage_task import FlowRun, StageOutput, run_stage

FLOW = "ensemble-instruct"


class EnsembleInstructConfig(StrictModel):
    seeds: str = Field("seeds/self_instruct/seed_tasks.jsonl", description="seed tasks in the "
                       "Self-Instruct format; both types come from it (first instance with/without input)")
    target: int = Field(20, gt=0, description="instructions to keep per type (the repo's sample run "
                        "asked for 100 of each)")
    task_types: list[TaskType] = Field(default_factory=lambda: ["A", "B"],
                                       description="A: needs an input; B: output only")
    max_rounds: int | None = Field(None, gt=0, description="cap on generation rounds per type; "
                                   "default 10x the rounds the target needs at full yield")
    run: RunOptions = Field(default_factory=RunOptions)
    llm: LLMConfig = Field(default_factory=LLMConfig, description="the instruction generator "
                           "(the common --llm/--base-url/--model flags)")
    ensemble: list[LLMConfig] = Field(default_factory=list, description="members in vote order: the "
                                      "first writes the instances, the others add zero-shot outputs. "
                                      "Empty: the generator plays every member (a stand-in)")
    standin_temperatures: list[float | None] = Field(
        default_factory=lambda: [None, 0.3, 0.6], description="with no ensemble: one member per "
        "entry, member k = the generator with seed_offset +k and this temperature_override")
    instructions: ei.InstructionConfig = Field(default_factory=ei.InstructionConfig)
    heuristics: HeuristicConfig = Field(default_factory=lambda: heuristic_preset("ensemble_instruct"))
    novelty: NoveltyConfig = Field(default_factory=NoveltyConfig)
    instances: ei.InstanceConfig = Field(default_factory=ei.InstanceConfig)
    zero_shot: ei.ZeroShotConfig = Field(default_factory=ei.ZeroShotConfig)
    vote: VoteConfig = Field(default_factory=VoteConfig)

    @model_validator(mode="after")
    def _enough_members(self) -> EnsembleInstructConfig:
        n = len(self.ensemble) if self.ensemble else len(self.standin_temperatures)
        if n < self.vote.min_candidates:
            raise ValueError(f"the vote needs at least {self.vote.min_candidates} ensemble members, "
                             f"got {n}; the paper uses 3 (one generator + two zero-shot models)")
        return self


def ensemble_members(cfg: EnsembleInstructConfig) -> list[LLMConfig]:
    """The configured members, or the stand-in: the generator with seed offset +k and its own
    temperature per member."""
    if cfg.ensemble:
        return list(cfg.ensemble)
    return [cfg.llm.model_copy(update={"seed_offset": cfg.llm.seed_offset + k, "temperature_override": t})
            for k, t in enumerate(cfg.standin_temperatures)]


def is_stand_in(members: list[LLMConfig]) -> bool:
    """True when one model plays every member (only seeds and temperatures differ)."""
    return len({(m.backend, m.model, m.base_url) for m in members}) == 1


def member_names(members: list[LLMConfig]) -> list[str]:
    """`m<k>-<model>`: unique by position, readable in tables ("m1-flan-t5-xxl")."""
    names = []
    for k, m in enumerate(members):
        model = Path(m.model).name if m.model else ("embedded" if m.backend == "local" else m.backend)
        names.append(f"m{k}-" + re.sub(r"[^A-Za-z0-9._-]+", "-", model)[:40])
    return names


def seeds_stage(_records: list, cfg: EnsembleInstructConfig, _ctx: RunContext) -> StageResult:
    """Load the seed file; each seed gets meta task_type (A: first instance has an input)."""
    seeds = load_seed_tasks(resolve_path(cfg.seeds))
    typed = [s.model_copy(update={"meta": {**s.meta, "task_type": ei.task_type_of(s)}}) for s in seeds]
    return make_result("seeds", len(seeds), typed, [])


def check_seeds(cfg: EnsembleInstructConfig) -> None:
    """The seed file loads and holds seeds of every requested type (UserError otherwise)."""
    split = split_by_type(load_seed_tasks(resolve_path(cfg.seeds)))
    for task_type, pool in (("A", split.io), ("B", split.o)):
        if task_type in cfg.task_types and not pool:
            kind = "with an input in their first instance" if task_type == "A" else "without an input"
            raise UserError(f"{cfg.seeds}: no type {task_type} seed tasks ({kind}); add some or set "
                            f"task_types to the other type only")


def default_rounds(cfg: EnsembleInstructConfig) -> int:
    return cfg.max_rounds or max(10, 10 * math.ceil(cfg.target / cfg.instructions.prompts_per_round))


async def grow_instructions(run: FlowRun, cfg: EnsembleInstructConfig, task_type: TaskType,
                            seeds: list[Task]) -> list[Path]:
    """Rounds for one type until `target` novel instructions exist; returns the novelty stages'
    kept files. The type's NoveltyIndex starts from its seeds and is rebuilt from files on resume."""
    pool = new_index(cfg.novelty, seeds)
    machine: list[Task] = []
    files: list[Path] = []
    tag = task_type.lower()
    for round_idx in range(default_rounds(cfg)):
        if len(machine) >= cfg.target:
            break
        generate = partial(ei.instruction_stage, task_type=task_type, seeds=seeds, machine=list(machine),
                           round_idx=round_idx, stage=f"instructions_{tag}")
        gen = await run_stage(run, f"instructions_{tag}", generate, None, cfg.instructions)
        heur = await run_stage(run, f"heuristics_{tag}",
                               sharded(partial(heuristic_filter, stage=f"heuristics_{tag}"), cfg.run.shards),
                               [gen.kept_path], cfg.heuristics)
        novel = await run_stage(run, f"novelty_{tag}", partial(novelty_stage, index=pool, stage=f"novelty_{tag}"),
                                [heur.kept_path], cfg.novelty)
        accepted = novel.kept()
        if novel.resumed:  # loaded from disk: its accepted texts join the pool here
            pool.add_many([t.text(cfg.novelty.field) for t in accepted], [t.id for t in accepted])
        machine += accepted
        files.append(novel.kept_path)
    return files


def novelty_stage(records: list[Task], cfg: NoveltyConfig, _ctx: RunContext, *, index: NoveltyIndex,
                  stage: str) -> StageResult:
    """ROUGE-L novelty against the type's pool (accepted texts join it)."""
    return novelty_filter(records, cfg, index=index, stage=stage)


async def member_stage(run: FlowRun, client: Any, price: Any, *args: Any, **kwargs: Any) -> StageOutput:
    """`run_stage` with one ensemble member's client: stages run one at a time, so the run's
    client is swapped for the call and put back."""
    saved = run.llm, run.price
    run.llm, run.price = client, price
    try:
        return await run_stage(run, *args, **kwargs)
    finally:
        run.llm, run.price = saved


async def publish_vote(voted: StageOutput, names: list[str]) -> tuple[list[dict], list[dict]]:
    counts = vote_counts_rows(voted.kept(), voted.rejected(), names)
    sample = vote_sample_rows(voted.kept(), voted.rejected())
    await acreate_table_artifact(table=counts, description=f"{voted.label}: wins per member "
                                 "(exact match, ROUGE agreement) and dropped rows")
    await acreate_table_artifact(table=sample, description=f"{voted.label}: candidates, pairwise "
                                 "ROUGE-L and the winner, per row")
    return counts, sample


async def finish_run(run: FlowRun, cfg: EnsembleInstructConfig, records: list[Task], n_seeds: int,
                     names: list[str], counts: list[dict], voted: StageOutput) -> Path:
    """Write records.jsonl, the Alpaca dataset, its card, summary.json and report.md."""
    layout = run.layout
    write_jsonl(run.root / "records.jsonl", records)
    n_rows = write_jsonl(layout.dataset, export_rows(records, "alpaca"))
    members = ensemble_members(cfg)
    llm_text = f"generator: {llm_description(cfg.llm)}; ensemble: " + "; ".join(
        f"{n} = {llm_description(m)}" for n, m in zip(names, members))
    stand_in = " (stand-in: one model plays every member)" if is_stand_in(members) else ""
    write_card(run.root / "dataset_card.md",
               dataset_card("datagen Ensemble-Instruct dataset", f"ensemble-instruct{stand_in}",
                            n_rows, cfg.seeds, llm_text))
    by_type = {t: sum(1 for r in records if r.meta.get("task_type") == t) for t in ("A", "B")}
    st = voted.stats
    write_json(layout.summary, {
        "flow": FLOW, "dataset": str(layout.dataset), "dataset_rows": n_rows, "llm": llm_text,
        "n_seeds": n_seeds, "target": cfg.target,
        "figures": {"rows voted": st.n_in, "rows kept by the vote": st.n_kept,
                    "vote dropped": dict(st.rejected_by_reason), "vote rule": cfg.vote.rule,
                    "rows of type A / B": f"{by_type['A']} / {by_type['B']}",
                    "members": ", ".join(names) + stand_in},
    })
    await finish_report(run.root, "Ensemble-Instruct run report", key="ensemble-instruct-report",
                        extra="## Vote (wins per member)\n\n" + markdown_table(counts))
    return layout.dataset


@flow(name=FLOW, flow_run_name=run_name(FLOW), log_prints=False)
async def ensemble_instruct_flow(config: EnsembleInstructConfig, out_dir: str = "") -> str:
    """Seeds -> per type: instructions, heuristics, novelty -> instances -> parse -> one extra
    output per member -> vote -> dataset.jsonl."""
    members = ensemble_members(config)
    names = member_names(members)
    check_seeds(config)  # a bad seed file fails before any run folder exists
    cache = Path(config.run.cache_path) if config.run.cache_path else None
    # Members configured exactly like the generator share its client (one model load); the
    # others are built now, so a misconfigured endpoint fails before the run starts.
    own = {k: build_client(m, cache_path=cache) for k, m in enumerate(members) if m != config.llm}
    run = None
    try:
        run = open_run(FLOW, out_dir, config, config.llm, config.run)
        clients = [own.get(k, run.llm) for k in range(len(members))]
        seeds = (await run_stage(run, "seeds", seeds_stage, None, config)).kept()
        split = split_by_type(seeds)
        pools = {"A": split.io, "B": split.o}
        picked: list[Path] = []
        for task_type in config.task_types:
            files = await grow_instructions(run, config, task_type, pools[task_type])
            chosen = await run_stage(run, f"select_target_{task_type.lower()}",
                                     partial(ei.select_target_stage, target=config.target), files, None)
            picked.append(chosen.kept_path)
        prices = [price_for(m, config.run.prices) for m in members]
        current = await member_stage(run, clients[0], prices[0], "instances_m0",
                                     partial(ei.instances_stage, member=names[0]), picked,
                                     config.instances, progress=True)
        current = await run_stage(run, "parse_instances", ei.parse_stage, [current.kept_path],
                                  config.instances)
        for k in range(1, len(members)):
            current = await member_stage(run, clients[k], prices[k], f"outputs_m{k}",
                                         partial(ei.extra_output_stage, member=names[k]),
                                         [current.kept_path], config.zero_shot, progress=True)
        voted = await run_stage(run, "vote", sharded(vote_stage, config.run.shards), [current.kept_path],
                                config.vote)
        counts, _ = await publish_vote(voted, names)
        await finish_run(run, config, voted.kept(), len(seeds), names, counts, voted)
    finally:
        for client in own.values():
            await client.aclose()
        if run is not None and run.llm is not None:
            await run.llm.aclose()
    return str(run.root)
