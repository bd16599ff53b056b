"""Self-Instruct (Wang et al., ACL 2023; yizhongw/self-instruct) and its Alpaca variant
(Taori et al. 2023; tatsu-lab/stanford_alpaca): configs and LLM stages (METHODS §1).

Each stage = a pure prompt builder (`self_instruct_prompts`) + one `ctx.llm.generate_many`
call + a pure parser (`self_instruct_parsers`). The flow owns the loop: per round it calls
`bootstrap_stage` (or `alpaca_bootstrap_stage`), then `heuristic_filter` with
`heuristic_preset("self_instruct" | "alpaca")`, then the ROUGE-L novelty filter; once enough
instructions exist it calls `classify_stage` and `instances_stage`.

Stop-sequence pitfall (METHODS §1.3): the reference stops "16." (Self-Instruct) and "20."
(Alpaca) also fire inside content ("in 2016.", "$20."), ending the call with
finish_reason "stop", so a cut-off last item is not dropped by the length check. Set
`line_start_stops=True` to send every stop as a line-start stop ("\\n16.", "\\n20.") instead.

Note for backends: the reference decodes instances and labels with temperature 0 *and*
top_p 0 (kept as defaults here); some servers (vLLM) reject top_p=0, where 1.0 is equivalent
under temperature 0.
"""

from __future__ import annotations

import random
import time
from typing import Literal, Sequence

from pydantic import Field

from datagen.config import StrictModel
from datagen.errors import UserError
from datagen.llm.client import Completion, LLMRequest
from datagen.methods.self_instruct.parsers import (
    filter_instances, instance_problem, parse_alpaca_response, parse_classification_instances,
    parse_clf_label, parse_generation_instances, parse_numbered_instructions, split_alpaca_response,
)
from datagen.methods.self_instruct.prompts import (
    build_alpaca_prompt, build_bootstrap_prompt, build_clf_prompt, build_instance_prompt, sample_icl,
)
from datagen.records import Instance, Rejected, Task
from datagen.stage import Reject, RunContext, StageResult, make_result, reject

__all__ = [
    "AlpacaConfig", "BootstrapConfig", "ClassifyConfig", "InstanceConfig", "alpaca_bootstrap_stage",
    "bootstrap_stage", "build_alpaca_prompt", "build_bootstrap_prompt", "build_clf_prompt",
    "build_instance_prompt", "classify_stage", "filter_instances", "instances_stage", "line_start",
    "parse_alpaca_response", "parse_classification_instances", "parse_clf_label",
    "parse_generation_instances", "parse_numbered_instructions", "sample_icl",
]

METHOD = "self_instruct"
ALPACA_METHOD = "alpaca"


def line_start(stops: Sequence[str]) -> tuple[str, ...]:
    """Each stop made to fire only at a line start ("16." -> "\\n16."), duplicates removed."""
    return tuple(dict.fromkeys(s if s.startswith("\n") else "\n" + s for s in stops))


class BootstrapConfig(StrictModel):
    """Instruction generation, `bootstrap_instructions.py` + `scripts/generate_instructions.sh`."""

    prompt_instructions: int = Field(8, ge=1)  # --num_prompt_instructions; paper §2.2: 6 human + 2 model
    machine_in_prompt: int = Field(2, ge=0)  # min(2, |machine|) machine instructions per prompt
    prompts_per_round: int = Field(5, ge=1)  # --request_batch_size
    max_tokens: int = 1024  # bootstrap_instructions.py
    temperature: float = 0.7  # bootstrap_instructions.py
    top_p: float = 0.5  # bootstrap_instructions.py
    presence_penalty: float = 2.0  # bootstrap_instructions.py
    frequency_penalty: float = 0.0  # bootstrap_instructions.py
    stop: list[str] = Field(default_factory=lambda: ["\n\n", "\n16", "16.", "16 ."])  # at most items 9-15
    line_start_stops: bool = False  # True avoids the "2016." stop pitfall (module docstring)
    clf_seeds_only: bool = False  # --use_clf_seed_tasks_only: classification seeds + header

    def stop_sequences(self) -> tuple[str, ...]:
        return line_start(self.stop) if self.line_start_stops else tuple(dict.fromkeys(self.stop))


class ClassifyConfig(StrictModel):
    """"Is it classification?" labelling, `identify_clf_or_not.py`."""

    max_tokens: int = 3  # identify_clf_or_not.py
    temperature: float = 0.0  # identify_clf_or_not.py
    top_p: float = 0.0  # identify_clf_or_not.py
    stop: list[str] = Field(default_factory=lambda: ["\n", "Task"])  # identify_clf_or_not.py
    strict_label: bool = True  # reference: yes iff strip() is Yes/yes/YES; False also reads "Yes."
    unknown_label: Literal["no", "reject"] = "no"  # reference: anything but yes counts as no


class InstanceConfig(StrictModel):
    """Instance generation, `generate_instances.py` + `prepare_for_finetuning.py`."""

    max_instances: int = Field(5, ge=1)  # --max_instances_to_generate; also the per-task cap
    temperature: float = 0.0  # generate_instances.py
    top_p: float = 0.0  # generate_instances.py
    presence_penalty: float = 1.5  # generate_instances.py
    frequency_penalty: float = 0.0  # generate_instances.py
    max_tokens_clf: int = 300  # generate_instances.py: a batch holding a classification task
    max_tokens_gen: int = 350  # generate_instances.py: a batch of generation tasks only
    # "batch": the reference rule, 300 when any task in the batch of `batch_size` is
    # classification; "task": each task gets its own type's budget (order-independent).
    max_tokens_rule: Literal["batch", "task"] = "batch"
    batch_size: int = Field(5, ge=1)  # generate_instances.py --request_batch_size
    anchored_examples: bool = True  # False: split on "Example" anywhere, as the reference does
    sample_seed: int = 123  # prepare_for_finetuning.py random.seed(123) for the per-task cap

    @property
    def stop(self) -> tuple[str, ...]:
        return (f"Example {self.max_instances + 1}", "Task:")  # derived as in generate_instances.py


class AlpacaConfig(StrictModel):
    """Alpaca's batched generation, `generate_instruction.py` (filters: `heuristic_preset("alpaca")`).

    Not expressible here: `logit_bias {"50256": -100}`, which bans GPT-2's end-of-text token
    and means nothing for other tokenizers.
    """

    prompt_instructions: int = Field(3, ge=1)  # num_prompt_instructions, from the seeds only
    prompts_per_round: int = Field(5, ge=1)  # request_batch_size
    max_tokens: int = 3072  # generate_instruction.py
    temperature: float = 1.0  # generate_instruction.py
    top_p: float = 1.0  # generate_instruction.py
    presence_penalty: float = 0.0
    frequency_penalty: float = 0.0
    stop: list[str] = Field(default_factory=lambda: ["\n20", "20."])  # at most items 4-19
    line_start_stops: bool = False  # True avoids the "$20." stop pitfall (module docstring)

    @property
    def machine_in_prompt(self) -> int:
        return 0  # Alpaca never shows machine instructions

    def stop_sequences(self) -> tuple[str, ...]:
        return line_start(self.stop) if self.line_start_stops else tuple(dict.fromkeys(self.stop))


def _where(round_idx: int, request_idx: int, **extra: object) -> dict[str, object]:
    return {"round": round_idx, "request_idx": request_idx, **extra}


def _failed(out: Completion, where: dict, stage: str) -> Rejected | None:
    if not out.ok:
        return reject(where, stage, Reject("llm_error", error=out.error))
    return None


async def bootstrap_stage(records: Sequence[Task] | None, cfg: BootstrapConfig, ctx: RunContext, *,
                          seeds: Sequence[Task], machine: Sequence[Task] = (), round_idx: int = 0,
                          stage: str = "bootstrap") -> StageResult:
    """One round of instruction generation (Self-Instruct §2.2, METHODS §1.2 step 1).

    `records` is unused (generation makes records; the argument keeps the `run(records, cfg,
    ctx)` shape); the pools come as `seeds` (all seed tasks) and `machine` (instructions
    accepted so far), and `round_idx` numbers the round. Builds `prompts_per_round` prompts,
    each from `sample_icl` over the pools (ctx.rng), sends them in one `generate_many` call and
    parses each continuation. Kept: candidate `Task`s (method "self_instruct", parents = ids of
    the demonstrations, meta round / request_idx = the prompt's index in the round), not yet
    filtered (heuristics and novelty come next). Rejected, one per
    response (record = round, request_idx and the raw text): `llm_error` (evidence: error),
    `truncated_response` (finish_reason "length": the reference drops the whole response),
    `no_instructions` (nothing parsed).
    """
    started = time.perf_counter()
    if cfg.clf_seeds_only:
        seeds = [t for t in seeds if t.is_classification]
    if not seeds:
        raise UserError("bootstrap needs seed tasks" + (" marked is_classification: true, because "
                        "clf_seeds_only is set; add some or unset it" if cfg.clf_seeds_only else ""))
    demos = [sample_icl(seeds, machine, cfg, ctx.rng) for _ in range(cfg.prompts_per_round)]
    requests = [
        LLMRequest(prompt=build_bootstrap_prompt([t.instruction for t in demo], cfg),
                   temperature=cfg.temperature, top_p=cfg.top_p, max_tokens=cfg.max_tokens,
                   stop=cfg.stop_sequences(), presence_penalty=cfg.presence_penalty,
                   frequency_penalty=cfg.frequency_penalty, tag=stage,
                   # one cache entry per (round, slot): a repeated prompt in a later round is a new draw
                   sample_index=round_idx * cfg.prompts_per_round + i)
        for i, demo in enumerate(demos)
    ]
    outs = await ctx.llm.generate_many(requests)
    kept: list[Task] = []
    rejected: list[Rejected] = []
    for i, (demo, out) in enumerate(zip(demos, outs)):
        failed = _failed(out, _where(round_idx, i), stage)
        if failed is not None:
            rejected.append(failed)
            continue
        if out.truncated:
            rejected.append(reject(_where(round_idx, i, text=out.text), stage, Reject("truncated_response")))
            continue
        items = parse_numbered_instructions(out.text, start=len(demo) + 1)
        if not items:
            rejected.append(reject(_where(round_idx, i, text=out.text), stage, Reject("no_instructions")))
            continue
        parents = [t.id for t in demo]
        kept += [Task.new(text, METHOD, parents=parents, meta=_where(round_idx, i)) for text in items]
    return make_result(stage, len(kept) + len(rejected), kept, rejected, started)


async def classify_stage(tasks: Sequence[Task], cfg: ClassifyConfig, ctx: RunContext,
                         stage: str = "classify") -> StageResult:
    """Label each task classification or not (Self-Instruct §2.2, METHODS §1.2 step 2).

    Tasks that already have a label (seeds) keep it and cost no call. Kept: every task, with
    `is_classification` set and the raw answer in meta["clf_raw"]. Rejected: `llm_error`
    (evidence: error), `unknown_label` (only with unknown_label="reject"; evidence: raw).
    """
    started = time.perf_counter()
    todo = [i for i, t in enumerate(tasks) if t.is_classification is None]
    requests = [LLMRequest(prompt=build_clf_prompt(tasks[i].instruction), temperature=cfg.temperature,
                           top_p=cfg.top_p, max_tokens=cfg.max_tokens, stop=tuple(cfg.stop), tag=stage)
                for i in todo]
    answers = dict(zip(todo, await ctx.llm.generate_many(requests))) if requests else {}
    kept: list[Task] = []
    rejected: list[Rejected] = []
    for i, task in enumerate(tasks):
        out = answers.get(i)
        if out is None:
            kept.append(task)
            continue
        if not out.ok:
            rejected.append(reject(task, stage, Reject("llm_error", error=out.error)))
            continue
        label = parse_clf_label(out.text, strict=cfg.strict_label)
        if label is None and cfg.unknown_label == "reject":
            rejected.append(reject(task, stage, Reject("unknown_label", raw=out.text)))
            continue
        kept.append(task.model_copy(update={"is_classification": bool(label),
                                            "meta": {**task.meta, "clf_raw": out.text}}))
    return make_result(stage, len(tasks), kept, rejected, started)


def _instance_budgets(tasks: Sequence[Task], cfg: InstanceConfig) -> list[int]:
    def budget(group: Sequence[Task]) -> int:
        return cfg.max_tokens_clf if any(t.is_classification for t in group) else cfg.max_tokens_gen

    if cfg.max_tokens_rule == "task":
        return [budget([t]) for t in tasks]
    out: list[int] = []
    for start in range(0, len(tasks), cfg.batch_size):
        group = tasks[start:start + cfg.batch_size]
        out += [budget(group)] * len(group)
    return out


async def instances_stage(tasks: Sequence[Task], cfg: InstanceConfig, ctx: RunContext,
                          stage: str = "instances") -> StageResult:
    """Generate and filter instances (Self-Instruct §2.3, METHODS §1.2 steps 3-4).

    Output-first prompts for classification tasks, input-first otherwise (an unknown label
    counts as not classification). `max_tokens` follows `cfg.max_tokens_rule` over the tasks
    that need instances, in order. Tasks that already have instances (seeds) keep them and cost
    no call. Kept: tasks with at most `max_instances` instances; meta gets instances_parsed,
    instances_dropped ({problem: count}) and truncated. Rejected (evidence includes the raw
    text): `llm_error`, `no_instances` (nothing parsed), `conflicting_instances` (one input, two
    outputs), `invalid_instances` (every instance failed; evidence: instance_reasons).
    """
    started = time.perf_counter()
    todo = [i for i, t in enumerate(tasks) if not t.instances]
    budgets = _instance_budgets([tasks[i] for i in todo], cfg)
    requests = [LLMRequest(prompt=build_instance_prompt(tasks[i]), temperature=cfg.temperature,
                           top_p=cfg.top_p, max_tokens=budget, stop=cfg.stop,
                           presence_penalty=cfg.presence_penalty,
                           frequency_penalty=cfg.frequency_penalty, tag=stage)
                for i, budget in zip(todo, budgets)]
    answers = dict(zip(todo, await ctx.llm.generate_many(requests))) if requests else {}
    kept: list[Task] = []
    rejected: list[Rejected] = []
    for i, task in enumerate(tasks):
        out = answers.get(i)
        if out is None:
            kept.append(task)
            continue
        if not out.ok:
            rejected.append(reject(task, stage, Reject("llm_error", error=out.error)))
            continue
        if task.is_classification:
            parsed = parse_classification_instances(out.text, out.truncated)
        else:
            parsed = parse_generation_instances(out.text, out.truncated, anchored=cfg.anchored_examples)
        # Seeded per task, so the cap keeps the same instances whatever the batch order.
        rng = random.Random(f"{cfg.sample_seed}:{task.id}")
        instances, verdict = filter_instances(parsed, cfg.max_instances, rng)
        if verdict is not None:
            verdict.evidence.update(raw=out.text, truncated=out.truncated)
            rejected.append(reject(task, stage, verdict))
            continue
        dropped: dict[str, int] = {}
        for problem in filter(None, map(instance_problem, parsed)):
            dropped[problem] = dropped.get(problem, 0) + 1
        kept.append(task.model_copy(update={"instances": instances, "meta": {
            **task.meta, "instances_parsed": len(parsed), "instances_dropped": dropped,
            "truncated": out.truncated}}))
    return make_result(stage, len(tasks), kept, rejected, started)


async def alpaca_bootstrap_stage(records: Sequence[Task] | None, cfg: AlpacaConfig, ctx: RunContext, *,
                                 seeds: Sequence[Task], round_idx: int = 0,
                                 stage: str = "alpaca_bootstrap") -> StageResult:
    """One round of Alpaca's batched generation (METHODS §1.3).

    `records` is unused, as in `bootstrap_stage`; demonstrations come from `seeds` only. Each
    of `prompts_per_round` prompts shows `prompt_instructions` seeds (first instance) and asks
    for the rest of a 20-task list. Kept: `Task`s (method "alpaca") with one instance
    each, parents = the demo seed ids, meta round / request_idx; not yet filtered (use
    `heuristic_filter` with `heuristic_preset("alpaca")`). Rejected (record = round,
    request_idx, text): `llm_error`; `malformed_item` (a chunk failing the strict numbering
    rule); `truncated_item` (the last chunk of a response cut by max_tokens);
    `no_instructions` (a blank response).
    """
    started = time.perf_counter()
    if not seeds:
        raise UserError("the Alpaca bootstrap needs seed tasks; pass a seed file with at least one task")
    demos = [sample_icl(seeds, (), cfg, ctx.rng) for _ in range(cfg.prompts_per_round)]
    requests = [
        LLMRequest(prompt=build_alpaca_prompt(demo), temperature=cfg.temperature, top_p=cfg.top_p,
                   max_tokens=cfg.max_tokens, stop=cfg.stop_sequences(),
                   presence_penalty=cfg.presence_penalty, frequency_penalty=cfg.frequency_penalty,
                   tag=stage, sample_index=round_idx * cfg.prompts_per_round + i)
        for i, demo in enumerate(demos)
    ]
    outs = await ctx.llm.generate_many(requests)
    kept: list[Task] = []
    rejected: list[Rejected] = []
    for i, (demo, out) in enumerate(zip(demos, outs)):
        failed = _failed(out, _where(round_idx, i), stage)
        if failed is not None:
            rejected.append(failed)
            continue
        if not out.text.strip():
            rejected.append(reject(_where(round_idx, i, text=out.text), stage, Reject("no_instructions")))
            continue
        parse = split_alpaca_response(out.text, out.truncated, start=len(demo) + 1)
        parents = [t.id for t in demo]
        kept += [Task.new(instruction, ALPACA_METHOD, parents=parents, meta=_where(round_idx, i),
                          instances=[Instance(input=given, output=output)])
                 for instruction, given, output in parse.items]
        rejected += [reject(_where(round_idx, i, text=chunk), stage, Reject("malformed_item"))
                     for chunk in parse.malformed]
        if parse.truncated is not None:
            rejected.append(reject(_where(round_idx, i, text=parse.truncated), stage, Reject("truncated_item")))
    return make_result(stage, len(kept) + len(rejected), kept, rejected, started)
