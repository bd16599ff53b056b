"""Self-Instruct's stages after the bootstrap (Wang et al., ACL 2023, §2.2-2.3;
yizhongw/self-instruct `identify_clf_or_not.py`, `generate_instances.py`): label each task
classification or not, then write its instances. Both ask only the tasks that need it (seeds
keep their labels and instances), build each request when it is sent, read their tasks from the
stage's input file by position and write each decision as it is made (`@streams_input`,
`StageSinks`): at 20,000 tasks neither holds the tasks, their prompts or their results.
Chat and completion forms as in stages.py.
"""

from __future__ import annotations

import random
import time
from typing import Iterator, Sequence

from datagen.llm.client import Completion, LazyRequests, LLMRequest
from datagen.methods.self_instruct.chat_parsers import (
    parse_chat_classification_instances, parse_chat_clf_label, parse_chat_generation_instances,
)
from datagen.methods.self_instruct.chat_prompts import chat_clf_messages, chat_instance_messages
from datagen.methods.self_instruct.config import ClassifyConfig, InstanceConfig
from datagen.methods.self_instruct.parsers import (
    filter_instances, instance_problem, parse_classification_instances, parse_clf_label, parse_generation_instances,
)
from datagen.methods.self_instruct.prompts import build_clf_prompt, build_instance_prompt
from datagen.methods.self_instruct.stages import is_chat, reject_pieces
from datagen.record_file import streams_input
from datagen.records import Task
from datagen.stage import Reject, RunContext, StageResult, StageSinks, stage_name


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
