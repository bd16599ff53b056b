"""Self-Instruct (Wang et al., ACL 2023; yizhongw/self-instruct) and its Alpaca variant
(Taori et al. 2023; tatsu-lab/stanford_alpaca): configs and LLM stages.

Each stage = a pure prompt builder (`self_instruct_prompts`) + one `ctx.llm.generate_many`
call + a pure parser (`self_instruct_parsers`). The flow owns the loop: per round it calls
`bootstrap_stage` (or `alpaca_bootstrap_stage`), then `heuristic_filter` with
`heuristic_preset("self_instruct" | "alpaca")`, then the ROUGE-L novelty filter; once enough
instructions exist it calls `classify_stage` and `instances_stage`. With the continuous
pipeline (`bootstrap.pipeline`, the default) the flow instead sends one request at a time with
`bootstrap_request` / `alpaca_request` and reads each answer with `parse_bootstrap` /
`parse_alpaca`, the pieces the round stages are made of (flows/instruction_growth.py).

Stop-sequence pitfall (`bootstrap_instructions.py`, `generate_instruction.py`): the
reference stops "16." (Self-Instruct) and "20."
(Alpaca) also fire inside content ("in 2016.", "$20."), ending the call with
finish_reason "stop", so a cut-off last item is not dropped by the length check. Set
`line_start_stops=True` to send every stop as a line-start stop ("\\n16.", "\\n20.") instead.

Chat backends (`ctx.llm.mode == "chat"`): every stage sends the chat form of its prompt
(`chat_prompts`: a system message stating the output format, the same demonstrations, then
the request) and parses the reply with `chat_parsers`; the sampling, the demonstrations, the
filters and the decoding numbers are unchanged. Stops that only end a text continuation are
not sent in chat: bootstrap's "\\n\\n" / "16." and Alpaca's "20." (a blank line between
chat list items or a preamble would end the reply; the item count they imply is asked for in
the system message and enforced by the parser as `over_limit`), and instances' "Task:" (an
echo of the task would end the reply). Talk around the data (preambles, closing remarks,
echoed demonstrations) is rejected with its reason, one rejection per piece.

Note for backends: the reference decodes instances and labels with temperature 0 *and*
top_p 0 (kept as defaults here); some servers (vLLM) reject top_p=0, where 1.0 is equivalent
under temperature 0.
"""

from __future__ import annotations

import random
import time
from typing import Any, Iterator, Sequence

from datagen.errors import UserError
from datagen.llm.client import Completion, LazyRequests, LLMRequest
from datagen.methods.self_instruct.config import (
    AlpacaConfig, BootstrapConfig, ClassifyConfig, InstanceConfig, line_start,
)
from datagen.methods.self_instruct.chat_parsers import (
    parse_chat_classification_instances, parse_chat_clf_label, parse_chat_generation_instances,
    parse_chat_instructions, split_chat_alpaca,
)
from datagen.methods.self_instruct.chat_prompts import (
    chat_alpaca_messages, chat_bootstrap_messages, chat_clf_messages, chat_instance_messages, item_limit,
)
from datagen.methods.self_instruct.parsers import (
    filter_instances, instance_problem, parse_alpaca_response, parse_classification_instances,
    parse_clf_label, parse_generation_instances, parse_numbered_instructions, split_alpaca_response,
)
from datagen.methods.self_instruct.prompts import (
    build_alpaca_prompt, build_bootstrap_prompt, build_clf_prompt, build_instance_prompt, sample_icl,
)
from datagen.record_file import streams_input
from datagen.records import Instance, Rejected, Task
from datagen.stage import Reject, RunContext, StageResult, StageSinks, make_result, reject, stage_name

__all__ = [
    "AlpacaConfig", "BootstrapConfig", "ClassifyConfig", "InstanceConfig", "alpaca_bootstrap_stage",
    "bootstrap_stage", "build_alpaca_prompt", "build_bootstrap_prompt", "build_clf_prompt",
    "build_instance_prompt", "classify_stage", "filter_instances", "instances_stage", "line_start",
    "parse_alpaca_response", "parse_classification_instances", "parse_clf_label",
    "parse_generation_instances", "parse_numbered_instructions", "sample_icl",
]

METHOD = "self_instruct"
ALPACA_METHOD = "alpaca"


def _where(round_idx: int, request_idx: int, **extra: object) -> dict[str, object]:
    return {"round": round_idx, "request_idx": request_idx, **extra}


def is_chat(ctx: RunContext) -> bool:
    """True when the injected client talks chat (every client exposes `mode`)."""
    return getattr(ctx.llm, "mode", "completion") == "chat"


def reject_pieces(where: dict, pieces: Sequence, stage: str) -> list[Rejected]:
    """One rejection per piece of a chat reply that is not data (reason: the piece's)."""
    return [reject({**where, "text": p.text}, stage, Reject(p.reason)) for p in pieces]


def _failed(out: Completion, where: dict, stage: str) -> Rejected | None:
    if not out.ok:
        return reject(where, stage, Reject("llm_error", error=out.error))
    return None


def bootstrap_seeds(seeds: Sequence[Task], cfg: BootstrapConfig) -> list[Task]:
    """The seeds bootstrap draws from (classification ones under clf_seeds_only); none is an error."""
    if cfg.clf_seeds_only:
        seeds = [t for t in seeds if t.is_classification]
    if not seeds:
        raise UserError("bootstrap needs seed tasks" + (" marked is_classification: true, because "
                        "clf_seeds_only is set; add some or unset it" if cfg.clf_seeds_only else ""))
    return list(seeds)


def decoded(text: dict, cfg: BootstrapConfig | AlpacaConfig, stage: str, sample_index: int) -> LLMRequest:
    """A generation request (`text`: prompt or messages, and stops) with the stage's decoding
    settings; `sample_index` numbers it in the run (one cache entry per index)."""
    return LLMRequest(**text, temperature=cfg.temperature, top_p=cfg.top_p, max_tokens=cfg.max_tokens,
                      presence_penalty=cfg.presence_penalty, frequency_penalty=cfg.frequency_penalty,
                      tag=stage, sample_index=sample_index)


def bootstrap_request(demo: Sequence[Task], cfg: BootstrapConfig, chat: bool, stage: str,
                      sample_index: int) -> LLMRequest:
    """One instruction-generation request showing `demo`; `sample_index` numbers it in the run
    (one cache entry per index: a repeated prompt at another index is a new draw)."""
    shown = [t.instruction for t in demo]
    if chat:
        text: dict = {"messages": chat_bootstrap_messages(shown, cfg, item_limit(cfg.stop, len(demo) + 1)),
                      "stop": ()}
    else:
        text = {"prompt": build_bootstrap_prompt(shown, cfg), "stop": cfg.stop_sequences()}
    return decoded(text, cfg, stage, sample_index)


def parse_bootstrap(demo: Sequence[Task], out: Completion, where: dict, cfg: BootstrapConfig, chat: bool,
                    stage: str) -> tuple[list[Task], list[Rejected]]:
    """One answer's candidate tasks and rejections (see `bootstrap_stage`)."""
    failed = _failed(out, where, stage)
    if failed is not None:
        return [], [failed]
    if out.truncated:
        return [], [reject({**where, "text": out.text}, stage, Reject("truncated_response"))]
    rejected: list[Rejected] = []
    if chat:
        parse = parse_chat_instructions(out.text, [t.instruction for t in demo], item_limit(cfg.stop, len(demo) + 1))
        items = parse.items
        rejected += reject_pieces(where, parse.rejected, stage)
    else:
        items = parse_numbered_instructions(out.text, start=len(demo) + 1)
    if not items:
        return [], rejected + [reject({**where, "text": out.text}, stage, Reject("no_instructions"))]
    parents = [t.id for t in demo]
    return [Task.new(text, METHOD, parents=parents, meta=dict(where)) for text in items], rejected


def alpaca_request(demo: Sequence[Task], cfg: AlpacaConfig, chat: bool, stage: str, sample_index: int) -> LLMRequest:
    """One Alpaca generation request showing `demo` (see `alpaca_bootstrap_stage`)."""
    text = ({"messages": chat_alpaca_messages(demo, item_limit(cfg.stop, len(demo) + 1), cfg.template), "stop": ()}
            if chat else {"prompt": build_alpaca_prompt(demo, cfg.template), "stop": cfg.stop_sequences()})
    return decoded(text, cfg, stage, sample_index)


def parse_alpaca(demo: Sequence[Task], out: Completion, where: dict, cfg: AlpacaConfig, chat: bool,
                 stage: str) -> tuple[list[Task], list[Rejected]]:
    """One Alpaca answer's candidate tasks and rejections (see `alpaca_bootstrap_stage`)."""
    failed = _failed(out, where, stage)
    if failed is not None:
        return [], [failed]
    if not out.text.strip():
        return [], [reject({**where, "text": out.text}, stage, Reject("no_instructions"))]
    rejected: list[Rejected] = []
    if chat:
        parse, talk = split_chat_alpaca(out.text, out.truncated, item_limit(cfg.stop, len(demo) + 1))
        rejected += reject_pieces(where, talk, stage)
    else:
        parse = split_alpaca_response(out.text, out.truncated, start=len(demo) + 1)
    parents = [t.id for t in demo]
    kept = [Task.new(instruction, ALPACA_METHOD, parents=parents, meta=dict(where),
                     instances=[Instance(input=given, output=output)])
            for instruction, given, output in parse.items]
    rejected += [reject({**where, "text": chunk}, stage, Reject("malformed_item")) for chunk in parse.malformed]
    if parse.truncated is not None:
        rejected.append(reject({**where, "text": parse.truncated}, stage, Reject("truncated_item")))
    return kept, rejected


async def generation_round(ctx: RunContext, cfg: BootstrapConfig | AlpacaConfig, stage: str, round_idx: int,
                           seeds: Sequence[Task], machine: Sequence[Task], build: Any, parse: Any) -> StageResult:
    """One round of `prompts_per_round` requests, each showing demonstrations drawn by
    `sample_icl`, sent in one `generate_many` call; each answer parsed alone (`build`/`parse`:
    the bootstrap's or Alpaca's request and parser)."""
    started = time.perf_counter()
    demos = [sample_icl(seeds, machine, cfg, ctx.rng) for _ in range(cfg.prompts_per_round)]
    chat = is_chat(ctx)
    outs = await ctx.llm.generate_many([build(demo, cfg, chat, stage, round_idx * cfg.prompts_per_round + i)
                                        for i, demo in enumerate(demos)])
    kept: list[Task] = []
    rejected: list[Rejected] = []
    for i, (demo, out) in enumerate(zip(demos, outs)):
        got, bad = parse(demo, out, _where(round_idx, i), cfg, chat, stage)
        kept += got
        rejected += bad
    return make_result(stage, len(kept) + len(rejected), kept, rejected, started)


async def bootstrap_stage(records: Sequence[Task] | None, cfg: BootstrapConfig, ctx: RunContext, *,
                          seeds: Sequence[Task], machine: Sequence[Task] = (), round_idx: int = 0,
                          stage: str = "bootstrap") -> StageResult:
    """One round of instruction generation (Wang et al. 2023 §2.2, `bootstrap_instructions.py`).

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
    seeds = bootstrap_seeds(seeds, cfg)
    return await generation_round(ctx, cfg, stage, round_idx, seeds, machine, bootstrap_request, parse_bootstrap)


@streams_input
async def classify_stage(tasks: Sequence[Task], cfg: ClassifyConfig, ctx: RunContext,
                         stage: str = "classify") -> StageResult:
    """Label each task classification or not (Wang et al. 2023 §2.2, `identify_clf_or_not.py`).

    Tasks that already have a label (seeds) keep it and cost no call. Kept: every task, with
    `is_classification` set and the raw answer in meta["clf_raw"]. Rejected: `llm_error`
    (evidence: error), `unknown_label` (only with unknown_label="reject"; evidence: raw).
    Tasks are read by index as their requests are sent, and written as they are decided.
    """
    started = time.perf_counter()
    todo = [i for i, t in enumerate(tasks) if t.is_classification is None]
    chat = is_chat(ctx)
    def request(k: int) -> LLMRequest:
        instruction = tasks[todo[k]].instruction
        return LLMRequest(**({"messages": chat_clf_messages(instruction, cfg.template)} if chat
                             else {"prompt": build_clf_prompt(instruction, cfg.template)}),
                          temperature=cfg.temperature, top_p=cfg.top_p, max_tokens=cfg.max_tokens,
                          stop=tuple(cfg.stop), tag=stage)

    requests = LazyRequests(len(todo), request)  # built as sent: 20,000 few-shot prompts are not held
    answers = dict(zip(todo, await ctx.llm.generate_many(requests))) if requests else {}
    with StageSinks(stage_name(ctx, stage), ctx) as out:
        for task, answer in _answered(tasks, answers, out):
            # A chat reply is always read leniently ("**Yes**", "Yes, it is."): the strict rule
            # is the reference's for completion text.
            label = parse_chat_clf_label(answer.text) if chat else parse_clf_label(answer.text,
                                                                                   strict=cfg.strict_label)
            if label is None and cfg.unknown_label == "reject":
                out.reject(task, Reject("unknown_label", raw=answer.text))
            else:
                out.keep(task.model_copy(update={"is_classification": bool(label),
                                                 "meta": {**task.meta, "clf_raw": answer.text}}))
        return out.result(len(tasks), started)


def _answered(tasks: Sequence[Task], answers: dict[int, Completion], out: StageSinks) -> Iterator[tuple[Task, Completion]]:
    """Each task in order: kept as it is when it was not asked, rejected `llm_error` when its
    request failed, else yielded with its answer for the stage to decide."""
    for i, task in enumerate(tasks):
        answer = answers.pop(i, None)
        if answer is None:
            out.keep(task)
        elif not answer.ok:
            out.reject(task, Reject("llm_error", error=answer.error))
        else:
            yield task, answer


def _instance_budgets(is_clf: Sequence[bool | None], cfg: InstanceConfig) -> list[int]:
    """max_tokens per task needing instances, from their classification labels in order."""
    def budget(group: Sequence[bool | None]) -> int:
        return cfg.max_tokens_clf if any(group) else cfg.max_tokens_gen

    if cfg.max_tokens_rule == "task":
        return [budget([c]) for c in is_clf]
    out: list[int] = []
    for start in range(0, len(is_clf), cfg.batch_size):
        group = is_clf[start:start + cfg.batch_size]
        out += [budget(group)] * len(group)
    return out


@streams_input
async def instances_stage(tasks: Sequence[Task], cfg: InstanceConfig, ctx: RunContext,
                          stage: str = "instances") -> StageResult:
    """Generate and filter instances (Wang et al. 2023 §2.3, `generate_instances.py`,
    `prepare_for_finetuning.py`).

    Output-first prompts for classification tasks, input-first otherwise (an unknown label
    counts as not classification). `max_tokens` follows `cfg.max_tokens_rule` over the tasks
    that need instances, in order. Tasks that already have instances (seeds) keep them and cost
    no call. Kept: tasks with at most `max_instances` instances; meta gets instances_parsed,
    instances_dropped ({problem: count}) and truncated. Rejected (evidence includes the raw
    text): `llm_error`, `no_instances` (nothing parsed), `conflicting_instances` (one input, two
    outputs), `invalid_instances` (every instance failed; evidence: instance_reasons).
    Tasks are read by index as their requests are sent, and written as they are decided.
    """
    started = time.perf_counter()
    todo, is_clf = [], []
    for i, t in enumerate(tasks):
        if not t.instances:
            todo.append(i)
            is_clf.append(t.is_classification)
    budgets = _instance_budgets(is_clf, cfg)
    del is_clf
    chat = is_chat(ctx)
    chat_stop = tuple(s for s in cfg.stop if s != "Task:")
    def request(k: int) -> LLMRequest:
        task = tasks[todo[k]]
        return LLMRequest(**({"messages": chat_instance_messages(task, cfg), "stop": chat_stop} if chat
                             else {"prompt": build_instance_prompt(task, cfg), "stop": cfg.stop}),
                          temperature=cfg.temperature, top_p=cfg.top_p, max_tokens=budgets[k],
                          presence_penalty=cfg.presence_penalty, frequency_penalty=cfg.frequency_penalty, tag=stage)

    requests = LazyRequests(len(todo), request)  # built as sent
    answers = dict(zip(todo, await ctx.llm.generate_many(requests))) if requests else {}
    n_tasks, n_pieces = len(tasks), 0
    with StageSinks(stage_name(ctx, stage), ctx) as out:
        for task, answer in _answered(tasks, answers, out):
            n_pieces += _decide_instances(task, answer, cfg, chat, out)
        if not n_pieces:
            return out.result(n_tasks, started)
        # Chat talk (preambles, closing remarks) is counted as extra candidates, as parse stages do.
        return out.result(n_tasks + n_pieces, started,
                          extra={"tasks_in": float(n_tasks), "reply_pieces": float(n_pieces)})


def _decide_instances(task: Task, answer: Completion, cfg: InstanceConfig, chat: bool, out: StageSinks) -> int:
    """Parse one task's instances and keep or reject it; returns the chat talk pieces rejected."""
    pieces = 0
    if chat:
        reader = parse_chat_classification_instances if task.is_classification else parse_chat_generation_instances
        chat_parse = reader(answer.text, answer.truncated)
        parsed = chat_parse.items
        for piece in reject_pieces({"task_id": task.id, "instruction": task.instruction}, chat_parse.rejected,
                                   out.stage):
            out.rejected.append(piece)
            pieces += 1
    elif task.is_classification:
        parsed = parse_classification_instances(answer.text, answer.truncated)
    else:
        parsed = parse_generation_instances(answer.text, answer.truncated, anchored=cfg.anchored_examples)
    # Seeded per task, so the cap keeps the same instances whatever the batch order.
    rng = random.Random(f"{cfg.sample_seed}:{task.id}")
    instances, verdict = filter_instances(parsed, cfg.max_instances, rng)
    if verdict is not None:
        verdict.evidence.update(raw=answer.text, truncated=answer.truncated)
        out.reject(task, verdict)
        return pieces
    dropped: dict[str, int] = {}
    for problem in filter(None, map(instance_problem, parsed)):
        dropped[problem] = dropped.get(problem, 0) + 1
    out.keep(task.model_copy(update={"instances": instances, "meta": {
        **task.meta, "instances_parsed": len(parsed), "instances_dropped": dropped, "truncated": answer.truncated}}))
    return pieces


async def alpaca_bootstrap_stage(records: Sequence[Task] | None, cfg: AlpacaConfig, ctx: RunContext, *,
                                 seeds: Sequence[Task], round_idx: int = 0,
                                 stage: str = "alpaca_bootstrap") -> StageResult:
    """One round of Alpaca's batched generation (stanford_alpaca `generate_instruction.py`).

    `records` is unused, as in `bootstrap_stage`; demonstrations come from `seeds` only. Each
    of `prompts_per_round` prompts shows `prompt_instructions` seeds (first instance) and asks
    for the rest of a 20-task list. Kept: `Task`s (method "alpaca") with one instance
    each, parents = the demo seed ids, meta round / request_idx; not yet filtered (use
    `heuristic_filter` with `heuristic_preset("alpaca")`). Rejected (record = round,
    request_idx, text): `llm_error`; `malformed_item` (a chunk failing the strict numbering
    rule); `truncated_item` (the last chunk of a response cut by max_tokens);
    `no_instructions` (a blank response).
    """
    if not seeds:
        raise UserError("the Alpaca bootstrap needs seed tasks; pass a seed file with at least one task")
    return await generation_round(ctx, cfg, stage, round_idx, seeds, (), alpaca_request, parse_alpaca)
