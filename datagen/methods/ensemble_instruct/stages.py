"""Ensemble-Instruct (Lee et al., Findings of EMNLP 2023; IBM/ensemble-instruct): configs and
stages.

Tasks are split by type: A needs an input, B is output only (the seed's first instance decides;
`datagen.seeds.split_by_type`). Per type the flow runs rounds of `instruction_stage` (one
instruction per request, stop `|EoS|`), `heuristic_filter` (`heuristic_preset("ensemble_instruct")`)
and the ROUGE-L 0.7 novelty filter with one `NoveltyIndex` per type; then the first ensemble
member writes instances with the type's ICL template (`instances_stage`), `parse_stage` turns the
raw text into rows, every other member adds a zero-shot output (`extra_output_stage`) and
`ensemble_vote.vote_stage` keeps the rows the members agree on.

Each stage = a pure prompt builder (`ensemble_prompts`) + one `ctx.llm.generate_many` call + a
pure parser (`ensemble_parsers`). Decoding follows the repo's BAM calls; `top_k=50`,
`min_new_tokens` (15 / 50 / 1) and greedy-vs-sample have no OpenAI-API equivalent: greedy is sent
as temperature 0, and top_k and min_new_tokens are not sent at all.

Chat backends (`ctx.llm.mode == "chat"`): each stage sends the chat form of its prompt
(`chat.py`: a system message with the output format, the same demonstrations, the request)
and parses the reply with the chat parsers; sampling, demos, filters and decoding numbers are
unchanged. The "\\n\\n" stop is not sent in chat (a preamble or a blank line between
labelled fields would end the reply); `|EoS|` is. Zero-shot answers are cut at the stops after
the preamble is removed. Talk around the data is rejected with its reason. Without min_new_tokens a
backend honouring the "\\n\\n" stop returns one chunk, so later chunks (harvested tasks) appear
only when a backend ignores the stop, as BAM did within its first 50 tokens.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any, Literal, Sequence

from pydantic import Field

from datagen.config import StrictModel, TokenCount
from datagen.errors import UserError
from datagen.llm.client import Completion, LLMRequest, cut_at_stops
from datagen.methods.ensemble_instruct.chat import (
    chat_instance_messages, chat_instruction_messages, chat_zero_shot_messages, clean_zero_shot,
    parse_chat_instruction, parse_chat_raw_instances,
)
from datagen.methods.ensemble_instruct.parsers import (
    EOS, ParserName, parse_instruction_response, parse_raw_instances,
)
from datagen.methods.ensemble_instruct.prompts import (
    TaskType, build_instance_prompt, build_instruction_prompt, build_zero_shot_prompt,
)
from datagen.methods.self_instruct.prompts import sample_icl
from datagen.methods.self_instruct.stages import is_chat, reject_pieces
from datagen.prompts import template_field
from datagen.records import Instance, Rejected, Task, stable_id
from datagen.stage import Reject, RunContext, StageResult, make_result, reject

METHOD = "ensemble_instruct"
REFERENCE_INSTANCE_STOP = ("\n\n", EOS)  # gen_instances.py stop_sequences


@dataclass(frozen=True)
class ICLMix:
    """How many demos one instruction prompt shows, and at most how many are machine-made."""

    prompt_instructions: int
    machine_in_prompt: int


class InstructionConfig(StrictModel):
    """Instruction generation, `gen_instructions.py` + `scripts/gen_{io,o}_instruction.sh`.

    Type B's mix is where paper and code disagree: the code draws min(4, |machine|) machine
    instructions of 10 (6 seed + 4 machine), the paper says 8 seed + 2 machine (`icl_mix: paper`).
    """

    icl_mix: Literal["code", "paper"] = "code"
    a_prompt_instructions: int = Field(24, ge=1)  # gen_io_instruction.sh --num_prompt_instructions 24
    a_machine_in_prompt: int = Field(4, ge=0)  # gen_instructions.py: min(4, |machine|); paper: 20 + 4
    b_prompt_instructions: int = Field(10, ge=1)  # gen_o_instruction.sh --num_prompt_instructions 10
    b_machine_in_prompt: int | None = Field(None, ge=0, description="None: 4 with icl_mix code "
                                            "(gen_instructions.py), 2 with icl_mix paper (§3.1)")
    prompts_per_round: int = Field(5, ge=1)  # --request_batch_size 5
    # "continuous" (default) keeps the endpoint busy for the whole loop, demonstrations
    # drawn from the pool as it stands when each is sent, answers filtered in request order
    # (deterministic for a seed, cache and `in_flight`); "rounds": the repo's rounds of 5.
    pipeline: Literal["continuous", "rounds"] = "continuous"
    in_flight: int | None = Field(None, ge=1)  # continuous: requests sent ahead of the last filtered
    # answer (the client keeps at most llm.concurrency on the wire); None: 2 x llm.concurrency
    temperature: float = 0.7  # bam_api.py: sample, temperature 0.7 (top_k 50 is not sendable)
    top_p: float = 1.0  # bam_api.py
    max_tokens: TokenCount = 256  # gen_instructions.py max_new_tokens
    stop: list[str] = Field(default_factory=lambda: [EOS])  # one instruction per request
    drop_truncated: bool = False  # the repo has no finish-reason check
    # Headers only, one per task type: the code appends the "i. ... |EoS|" demos and the open
    # number, so no placeholder is needed; in chat mode the header heads the user message.
    template_a: str | None = template_field(
        (), "the type-A (with input) instruction header (the numbered demos are appended)")
    template_b: str | None = template_field(
        (), "the type-B (output only) instruction header (the numbered demos are appended)")

    def template_for(self, task_type: TaskType) -> str | None:
        return self.template_a if task_type == "A" else self.template_b

    def mix(self, task_type: TaskType) -> ICLMix:
        if task_type == "A":
            return ICLMix(self.a_prompt_instructions, self.a_machine_in_prompt)
        machine = self.b_machine_in_prompt
        if machine is None:
            machine = 4 if self.icl_mix == "code" else 2
        return ICLMix(self.b_prompt_instructions, machine)


class InstanceConfig(StrictModel):
    """Instance generation and parsing, `gen_instances.py` + `sample_instances.py`."""

    temperature: float = 0.7  # bam_api.py sample
    top_p: float = 1.0
    max_tokens: TokenCount = 512  # gen_instances.py max_new_tokens
    stop: list[str] | None = Field(None, description='None: ["\\n\\n", "|EoS|"] (gen_instances.py) '
                                   'with the reference parser, ["|EoS|"] with the multiline parser')
    parser: ParserName = Field("reference", description="reference: sample_instances.py's one-line "
                               "fields; multiline: fields may span lines")
    harvest: bool = True  # sample_instances.py turns later chunks into new tasks
    # Few-shot blocks ending in "instruction:", one per task type; the code appends
    # " <instruction>\n". Chat mode splits them at each blank line + "instruction:": the header
    # opens the system message, each demo becomes a user turn and an assistant turn.
    template_a: str | None = template_field(
        ("instruction:",), "the type-A instance demos (they end in \"instruction:\"; the "
        "instruction is appended)")
    template_b: str | None = template_field(
        ("instruction:",), "the type-B instance demos (they end in \"instruction:\"; the "
        "instruction is appended)")

    def template_for(self, task_type: TaskType) -> str | None:
        return self.template_a if task_type == "A" else self.template_b

    def stop_sequences(self) -> tuple[str, ...]:
        if self.stop is not None:
            return tuple(self.stop)
        return REFERENCE_INSTANCE_STOP if self.parser == "reference" else (EOS,)


class ZeroShotConfig(StrictModel):
    """Extra outputs, `gen_output_zeroshot.py`: greedy, at most 256 new tokens."""

    temperature: float = 0.0  # decoding_method greedy
    max_tokens: TokenCount = 256  # max_new_tokens
    stop: list[str] = Field(default_factory=lambda: ["\n\n", EOS])  # stop_sequences
    # The whole prompt, filled in; None keeps the repo's bare "<instruction>\n<input>". In chat
    # mode it is the user message under our "answer only" system line.
    template: str | None = template_field(
        ("{instruction}", "{input}"), "the zero-shot answer prompt ({input} is empty for type B)")


def task_type_of(task: Task) -> TaskType:
    """A if the task's first instance has an input, else B (`gen_instructions.py`)."""
    return "A" if task.instances and task.instances[0].input.strip() else "B"


def _llm_error(where: dict[str, Any], out: Completion, stage: str) -> Rejected:
    return reject(where, stage, Reject("llm_error", error=out.error))


def instruction_request(demo: Sequence[Task], cfg: InstructionConfig, task_type: TaskType, chat: bool,
                        stage: str, sample_index: int) -> LLMRequest:
    """One instruction request showing `demo` (see `instruction_stage`)."""
    header = cfg.template_for(task_type)
    shown = [t.instruction for t in demo]
    return LLMRequest(**({"messages": chat_instruction_messages(shown, task_type, header)} if chat
                         else {"prompt": build_instruction_prompt(shown, task_type, header)}),
                      temperature=cfg.temperature, top_p=cfg.top_p, max_tokens=cfg.max_tokens,
                      stop=tuple(cfg.stop), tag=stage, sample_index=sample_index)


def parse_instruction(demo: Sequence[Task], out: Completion, where: dict, cfg: InstructionConfig, chat: bool,
                      stage: str) -> tuple[list[Task], list[Rejected]]:
    """One answer's candidate task(s) and rejections (see `instruction_stage`)."""
    if not out.ok:
        return [], [_llm_error(where, out, stage)]
    if cfg.drop_truncated and out.truncated:
        return [], [reject({**where, "text": out.text}, stage, Reject("truncated_response"))]
    rejected: list[Rejected] = []
    if chat:
        parse = parse_chat_instruction(out.text, [t.instruction for t in demo])
        items = parse.items
        rejected += reject_pieces(where, parse.rejected, stage)
    else:
        items = parse_instruction_response(out.text)
    if not items:
        return [], rejected + [reject({**where, "text": out.text}, stage, Reject("no_instructions"))]
    meta = {**where, "truncated": out.truncated}
    return [Task(id=stable_id("task", METHOD, where["task_type"], text), method=METHOD, instruction=text,
                 parents=[t.id for t in demo], meta=dict(meta)) for text in items], rejected


async def instruction_stage(_records: Sequence[Task], cfg: InstructionConfig, ctx: RunContext, *,
                            task_type: TaskType, seeds: Sequence[Task], machine: Sequence[Task],
                            round_idx: int = 0, stage: str = "instructions") -> StageResult:
    """One round of instruction generation for one type (`gen_instructions.py`).

    `prompts_per_round` prompts, each with `cfg.mix(task_type)` demos from the type's seeds and
    accepted machine tasks (ctx.rng); each response gives one instruction, cut at the first
    `|EoS|` so the marker is never stored. Kept: candidate Tasks (meta task_type, round,
    request_idx; not yet filtered). Rejected, one per response: `llm_error`, `no_instructions`
    (nothing parsed), `truncated_response` (finish "length", only with drop_truncated).
    """
    started = time.perf_counter()
    if not seeds:
        raise UserError(f"no type {task_type} seed tasks: type A needs seeds whose first instance "
                        "has an input, type B seeds without one; add some or drop the type")
    mix = cfg.mix(task_type)
    demos = [sample_icl(seeds, machine, mix, ctx.rng) for _ in range(cfg.prompts_per_round)]
    chat = is_chat(ctx)
    header = cfg.template_for(task_type)
    requests = [instruction_request(demo, cfg, task_type, chat, stage, round_idx * cfg.prompts_per_round + i)
                for i, demo in enumerate(demos)]  # a new draw per round and slot
    outs = await ctx.llm.generate_many(requests)
    kept: list[Task] = []
    rejected: list[Rejected] = []
    for i, (demo, out) in enumerate(zip(demos, outs)):
        got, bad = parse_instruction(demo, out, {"task_type": task_type, "round": round_idx, "request_idx": i},
                                     cfg, chat, stage)
        kept += got
        rejected += bad
    return make_result(stage, len(kept) + len(rejected), kept, rejected, started)


async def instances_stage(records: Sequence[Task], cfg: InstanceConfig, ctx: RunContext, *,
                          member: str, stage: str = "instances") -> StageResult:
    """Raw instances from the first ensemble member (`gen_instances.py`): the type's template,
    the instruction, a newline. Kept: each task with meta raw_instances, instance_member and
    instance_truncated (the repo keeps truncated text; the parser decides). Rejected: `llm_error`."""
    started = time.perf_counter()
    tasks = list(records)
    chat = is_chat(ctx)
    # In chat the "\n\n" stop would end a reply at its preamble; |EoS| still closes the example.
    stop = tuple(s for s in cfg.stop_sequences() if s != "\n\n") if chat else cfg.stop_sequences()

    def text_of(t: Task) -> dict:
        kind = t.meta.get("task_type", "A")
        if chat:
            return {"messages": chat_instance_messages(t.instruction, kind, cfg.template_for(kind))}
        return {"prompt": build_instance_prompt(t.instruction, kind, cfg.template_for(kind))}

    requests = [LLMRequest(**text_of(t), temperature=cfg.temperature, top_p=cfg.top_p,
                           max_tokens=cfg.max_tokens, stop=stop, tag=stage) for t in tasks]
    outs = await ctx.llm.generate_many(requests)
    kept: list[Task] = []
    rejected: list[Rejected] = []
    for task, out in zip(tasks, outs):
        if not out.ok:
            rejected.append(reject(task, stage, Reject("llm_error", error=out.error)))
            continue
        kept.append(task.model_copy(update={"meta": {
            **task.meta, "raw_instances": out.text, "instance_member": member,
            "instance_truncated": out.truncated, **({"instance_mode": "chat"} if chat else {})}}))
    return make_result(stage, len(tasks), kept, rejected, started)


def parse_stage(records: Sequence[Task], cfg: InstanceConfig, _ctx: RunContext | None = None,
                stage: str = "parse_instances") -> StageResult:
    """Rows from raw instance text (`sample_instances.py`), with `cfg.parser`.

    Every chunk of every raw text is a candidate (so `in` counts chunks; extra figures:
    raw_records, harvested). Kept: chunk 0 as the task with its one instance, and harvested
    chunks as new tasks (parents = the source task; they bypass the ROUGE filter, as in the
    repo); each row's meta["candidates"] starts with the generator's output. Rejected:
    `empty_raw`, `parse_failed` (chunk 0 is not in the labelled form), `empty_output`,
    `harvest_not_a_task` (a later chunk that is not a complete example), `harvest_disabled`.
    """
    started = time.perf_counter()
    kept: list[Task] = []
    rejected: list[Rejected] = []
    n_in = harvested = 0
    for task in records:
        member = task.meta.get("instance_member", "")
        raw = task.meta.get("raw_instances", "")
        base_meta = {k: v for k, v in task.meta.items() if k != "raw_instances"}
        # A chat reply needs the chat parser whatever `cfg.parser` says: its fields are labelled
        # in markdown and wrapped in talk that the reference parser would store as data.
        chunks = (parse_chat_raw_instances(task.instruction, raw) if task.meta.get("instance_mode") == "chat"
                  else parse_raw_instances(task.instruction, raw, cfg.parser))
        for chunk in chunks:
            n_in += 1
            where = {"task_id": task.id, "instruction": task.instruction, "chunk": chunk.index,
                     "text": chunk.text}
            if not chunk.ok:
                rejected.append(reject(where, stage, Reject(chunk.reason or "parse_failed")))
                continue
            if chunk.harvested and not cfg.harvest:
                rejected.append(reject(where, stage, Reject("harvest_disabled")))
                continue
            candidates = [{"member": member, "text": chunk.output}]
            instance = [Instance(input=chunk.input, output=chunk.output)]
            if not chunk.harvested:
                kept.append(task.model_copy(update={"instances": instance,
                                                    "meta": {**base_meta, "candidates": candidates}}))
                continue
            harvested += 1
            kept.append(Task(
                id=stable_id("task", METHOD, "harvested", task.id, chunk.index, chunk.instruction),
                method=METHOD, instruction=chunk.instruction, instances=instance, parents=[task.id],
                meta={"task_type": "A" if chunk.input else "B", "harvested": True, "chunk": chunk.index,
                      "instance_member": member, "candidates": candidates}))
    return make_result(stage, n_in, kept, rejected, started,
                       extra={"raw_records": float(len(records)), "harvested": float(harvested)})


async def extra_output_stage(records: Sequence[Task], cfg: ZeroShotConfig, ctx: RunContext, *,
                             member: str, stage: str = "extra_outputs") -> StageResult:
    """One more candidate output per row from `member`, zero-shot (`gen_output_zeroshot.py`): the
    instruction, a newline, the input. The text is cut at the first stop sequence (some backends
    return it) and stripped, then appended to meta["candidates"]. Rejected: `llm_error`."""
    started = time.perf_counter()
    tasks = list(records)
    chat = is_chat(ctx)
    stop = tuple(s for s in cfg.stop if s != "\n\n") if chat else tuple(cfg.stop)
    requests = [LLMRequest(**({"messages": chat_zero_shot_messages(t.instruction, t.text("input"), cfg.template)} if chat
                              else {"prompt": build_zero_shot_prompt(t.instruction, t.text("input"), cfg.template)}),
                           temperature=cfg.temperature, max_tokens=cfg.max_tokens,
                           stop=stop, tag=stage) for t in tasks]
    talk: dict[str, float] = {}
    outs = await ctx.llm.generate_many(requests)
    kept: list[Task] = []
    rejected: list[Rejected] = []
    for task, out in zip(tasks, outs):
        if not out.ok:
            rejected.append(reject(task, stage, Reject("llm_error", error=out.error, member=member)))
            continue
        removed: list[str] = []
        if chat:  # the task stays (one answer per task); the talk is counted in stats extra
            text, pieces = clean_zero_shot(out.text, cfg.stop)
            removed = [p.reason for p in pieces]
            for reason in removed:
                talk[f"removed_{reason}"] = talk.get(f"removed_{reason}", 0.0) + 1
        else:
            text = cut_at_stops(out.text, cfg.stop)[0].strip()
        candidate = {"member": member, "text": text, "truncated": out.truncated}
        if removed:
            candidate["removed"] = removed
        candidates = [*task.meta.get("candidates", []), candidate]
        kept.append(task.model_copy(update={"meta": {**task.meta, "candidates": candidates}}))
    return make_result(stage, len(tasks), kept, rejected, started, extra=talk)
