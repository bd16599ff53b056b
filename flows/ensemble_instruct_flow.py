"""Ensemble-Instruct (Lee et al., Findings of EMNLP 2023; IBM/ensemble-instruct) as one Prefect flow.

The paper's pipeline: split the seeds into type A (with input) and type B (output only); per
type, generate instructions with the type's ICL mix and filter them (heuristics, ROUGE-L novelty
against that type's pool) until the target; the first ensemble member writes instances with the
type's template; parse them; every other member adds a zero-shot output; vote; write the dataset.

The ensemble is a list of `LLMConfig`s (`ensemble:`), one client per member, one stage per
member. With no list, the generator (`llm:`) plays every member with its own seed offset and
temperature (`standin_temperatures`): a stand-in that exercises the pipeline, not the paper's
setup of different models.
"""

from __future__ import annotations

import math
from functools import partial

from prefect import flow
from prefect.artifacts import acreate_table_artifact

from datagen.errors import UserError
from datagen.methods.ensemble_instruct import stages as ei
from datagen.methods.ensemble_instruct.config import (
    EnsembleInstructConfig, check_seeds, ensemble_members, is_stand_in, member_names,
)
from datagen.methods.ensemble_instruct.prompts import TaskType
from datagen.methods.ensemble_instruct.vote import vote_counts_rows, vote_sample_rows, vote_stage
from datagen.methods.self_instruct.prompts import sample_icl
from datagen.records import Task
from datagen.report import markdown_table
from datagen.seeds import seeds_stage, split_by_type
from flows.instruction_growth import Growth, Source, grow_instructions, lead_window
from flows.scaffold import RunOutput, finish_run, llm_description, opened_run, run_name
from flows.sharding import sharded
from flows.stage_task import DEFAULT_LLM, StageOutput, run_stage

FLOW = "ensemble-instruct"


def type_meta(task: Task) -> dict[str, str]:
    """A seed's task type (A: its first instance has an input), stored in its meta."""
    return {"task_type": ei.task_type_of(task)}


def growth(cfg: EnsembleInstructConfig, task_type: TaskType, seeds: list[Task]) -> Growth:
    """One type's loop, capped by default at 10x the rounds the target needs at full yield."""
    tag = task_type.lower()
    make = lambda machine, round_idx: partial(ei.instruction_stage, task_type=task_type,  # noqa: E731
                                              seeds=seeds, machine=machine, round_idx=round_idx)
    rounds = cfg.max_rounds or max(10, 10 * math.ceil(cfg.target / cfg.instructions.prompts_per_round))
    if cfg.instructions.pipeline == "rounds" or cfg.llm.backend == "local":  # a local model batches rounds
        return Growth(f"instructions_{tag}", make, cfg.instructions, cfg.heuristics, cfg.novelty, cfg.target,
                      rounds, cfg.run.shards, suffix=f"_{tag}")
    icfg, per = cfg.instructions, cfg.instructions.prompts_per_round
    if not seeds:
        raise UserError(f"no type {task_type} seed tasks: type A needs seeds whose first instance "
                        "has an input, type B seeds without one; add some or drop the type")
    mix = icfg.mix(task_type)
    source = Source(  # continuous: request i is slot i % per of round i // per
        lambda machine, rng: sample_icl(seeds, machine, mix, rng),
        lambda demo, i, chat, stage: ei.instruction_request(demo, icfg, task_type, chat, stage, i),
        lambda demo, out, i, chat, stage: ei.parse_instruction(
            demo, out, {"task_type": task_type, "round": i // per, "request_idx": i % per}, icfg, chat, stage))
    return Growth(f"instructions_{tag}", make, icfg, cfg.heuristics, cfg.novelty, cfg.target, rounds * per,
                  cfg.run.shards, suffix=f"_{tag}", source=source, window=lead_window(icfg.in_flight, cfg.llm.concurrency))


async def publish_vote(voted: StageOutput, names: list[str]) -> list[dict]:
    counts = vote_counts_rows(voted.kept(), voted.rejected(), names)
    await acreate_table_artifact(table=counts, description=f"{voted.label}: wins per member "
                                 "(exact match, ROUGE agreement) and dropped rows")
    await acreate_table_artifact(table=vote_sample_rows(voted.kept(), voted.rejected()),
                                 description=f"{voted.label}: candidates, pairwise ROUGE-L and the winner, per row")
    return counts


def run_output(cfg: EnsembleInstructConfig, records: list[Task], n_seeds: int, names: list[str],
               counts: list[dict], voted: StageOutput) -> RunOutput:
    members = ensemble_members(cfg)
    llm_text = f"generator: {llm_description(cfg.llm)}; ensemble: " + "; ".join(
        f"{n} = {llm_description(m)}" for n, m in zip(names, members))
    stand_in = " (stand-in: one model plays every member)" if is_stand_in(members) else ""
    by_type = {t: sum(1 for r in records if r.meta.get("task_type") == t) for t in ("A", "B")}
    st = voted.stats
    return RunOutput(
        "Ensemble-Instruct", f"{FLOW}{stand_in}", records, cfg.seeds, llm_text, n_seeds, cfg.target,
        figures={"rows voted": st.n_in, "rows kept by the vote": st.n_kept,
                 "vote dropped": dict(st.rejected_by_reason), "vote rule": cfg.vote.rule,
                 "rows of type A / B": f"{by_type['A']} / {by_type['B']}",
                 "members": ", ".join(names) + stand_in},
        report_extra="## Vote (wins per member)\n\n" + markdown_table(counts))


@flow(name=FLOW, flow_run_name=run_name(FLOW), log_prints=False)
async def ensemble_instruct_flow(config: EnsembleInstructConfig, out_dir: str = "") -> str:
    """Seeds -> per type: instructions, heuristics, novelty -> instances -> parse -> one extra
    output per member -> vote -> dataset.jsonl."""
    members = ensemble_members(config)
    names = member_names(members)
    check_seeds(config)  # a bad seed file fails before any run folder exists
    llms = {DEFAULT_LLM: config.llm, **{name: m for name, m in zip(names, members)}}
    async with opened_run(FLOW, out_dir, config, llms) as run:
        seeds = (await run_stage(run, "seeds", partial(seeds_stage, path=config.seeds, annotate=type_meta))).kept()
        split = split_by_type(seeds)
        pools = {"A": split.io, "B": split.o}
        picked = [(await grow_instructions(run, growth(config, t, pools[t]), pools[t])).kept_path
                  for t in config.task_types]
        current = await run_stage(run, "instances_m0", partial(ei.instances_stage, member=names[0]), picked,
                                  config.instances, progress=True, llm=names[0])
        current = await run_stage(run, "parse_instances", ei.parse_stage, [current.kept_path], config.instances)
        for k in range(1, len(members)):
            current = await run_stage(run, f"outputs_m{k}", partial(ei.extra_output_stage, member=names[k]),
                                      [current.kept_path], config.zero_shot, progress=True, llm=names[k])
        voted = await run_stage(run, "vote", sharded(vote_stage, config.run.shards), [current.kept_path],
                                config.vote)
        counts = await publish_vote(voted, names)
        await finish_run(run, run_output(config, voted.kept(), len(seeds), names, counts, voted))
    return str(run.root)
