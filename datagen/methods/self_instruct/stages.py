"""Self-Instruct (Wang et al., ACL 2023; yizhongw/self-instruct) and its Alpaca variant
(Taori et al. 2023; tatsu-lab/stanford_alpaca): configs and LLM stages.

Each stage = a pure prompt builder (`self_instruct_prompts`) + one `ctx.llm.generate_many`
call + a pure parser (`self_instruct_parsers`). The flow owns the loop: per round it calls
`bootstrap_stage` (or `alpaca_bootstrap_stage`), then `heuristic_filter` with
`heuristic_preset("self_instruct" | "alpaca")`, then the ROUGE-L novelty filter; once enough
instructions exist it calls `classify_stage` and `instances_stage` (task_stages.py). With the continuous
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
from typing import Any, Sequence

from datagen.errors import UserError
from datagen.llm.client import Completion, LLMRequest
from datagen.methods.self_instruct.config import (
    AlpacaConfig, BootstrapConfig, ClassifyConfig, InstanceConfig, line_start,
)
from datagen.methods.self_instruct.chat_parsers import parse_chat_instructions, split_chat_alpaca
from datagen.methods.self_instruct.chat_prompts import chat_alpaca_messages, chat_bootstrap_messages, item_limit
from datagen.methods.self_instruct.parsers import (
    filter_instances, parse_alpaca_response, parse_classification_instances, parse_clf_label,
    parse_generation_instances, parse_numbered_instructions, split_alpaca_response,
)
from datagen.methods.self_instruct.prompts import (
    build_alpaca_prompt, build_bootstrap_prompt, build_clf_prompt, build_instance_prompt, sample_icl,
)
from datagen.records import Instance, Rejected, Task
from datagen.stage import Reject, RunContext, StageResult, make_result, reject

__all__ = [
    "AlpacaConfig", "BootstrapConfig", "ClassifyConfig", "InstanceConfig", "alpaca_bootstrap_stage",
    "bootstrap_stage", "build_alpaca_prompt", "build_bootstrap_prompt", "build_clf_prompt",
    "build_instance_prompt", "filter_instances", "line_start",
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
