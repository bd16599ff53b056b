"""Explore-Instruct's enrich step (Wan et al., EMNLP 2023; fanqiwan/Explore-Instruct
`generate_instruction.py`, `enrich_node_samples`): more examples for a tree node.

`enrich_stage` is one node's step, the reference's node-by-node loop (the "rounds" pipeline);
by default the whole enrich phase is one stage keeping requests in flight across nodes
(`enrich_pipeline.py`). Both plan a node with `enrich_plan` and read each answer with
`read_enrich_answer` (parse, the domain's heuristics, then exact duplicates and the example
cap), and a reopened stage plans from the node as it stood before its earlier attempt
(`reopened.py`). The flow applies a stage's kept examples with `apply_enrich` (idempotent).
Reject reasons: stages.py's module docstring.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Sequence

from pydantic import Field

from datagen.config import StrictModel, TokenCount
from datagen.filters.heuristics import HeuristicConfig
from datagen.llm.client import Completion
from datagen.methods.explore_instruct.chat import parse_chat_enrich
from datagen.methods.explore_instruct.parsers import parse_enrich_response
from datagen.methods.explore_instruct.prompts import DomainStyle, build_enrich_prompt, draw_demos
from datagen.methods.explore_instruct.reopened import earlier_examples, examples_before
from datagen.methods.explore_instruct.stages import (
    build_request, llm_error_rejection, parse_failure_rejection, screen_examples, task_example,
)
from datagen.methods.explore_instruct.tree import DomainTree, Example, ExampleKey, TreeNode, example_key
from datagen.methods.self_instruct.stages import is_chat, reject_pieces
from datagen.prompts import template_field
from datagen.records import Rejected, Task
from datagen.stage import Reject, RunContext, StageResult, make_result, reject

# what a user template for the enrich request after the domain header must contain (the bundled
# `explore_instruct/enrich_tail.txt` also uses {children}, {peers} and {reason})
ENRICH_PLACEHOLDERS = ("{target}", "{demos}", "{subtask}", "{n_examples}")


class EnrichConfig(StrictModel):
    """Example generation, `enrich_node_samples` (hyperparameters: `prepare_mine_hparams`)."""

    per_call: int = Field(10, ge=1)  # num_example_enrich
    max_examples: int = Field(60000, ge=1)  # max_example_num: cap on examples per node
    demos: int = Field(2, ge=0)  # default_demonstrate_num (from the parent; the root's own)
    batch_size: int = Field(1, ge=1)  # --enrich_batch_size (requests sent together; rounds only)
    # "continuous" (default) makes the whole enrich phase one stage that keeps `in_flight`
    # requests going across all nodes, reads each node's answers in its request order and draws
    # each request's demonstrations under its own seeded RNG (deterministic for a seed and cache;
    # `enrich_pipeline.py`); "rounds" is the reference: one stage per node, node after node, in
    # batches of `batch_size` requests, each waiting for the last.
    pipeline: Literal["continuous", "rounds"] = "continuous"
    in_flight: int | None = Field(None, ge=1)  # continuous: requests in flight; None: llm.concurrency
    call_budget: int = Field(3, ge=1)  # ours: at most 3x the calls the target needs at full yield
    max_idle_calls: int = Field(3, ge=1)  # ours: stop after this many calls in a row adding nothing
    temperature: float = 1.0  # gpt-3.5-turbo, temperature=1.0
    top_p: float = 1.0  # top_p=1.0
    max_tokens: TokenCount = 3072  # ours: the reference fills the 4,096 window (4096 - 300 - prompt)
    template: str | None = template_field(ENRICH_PLACEHOLDERS, "the enrich request (after the domain header)")


@dataclass
class EnrichPlan:
    """One node's enrich step: what it has, how many examples it may still take (`room`), how
    many it asks for (`goal`, at least `target`'s worth under the cap) and its call cap."""

    subject: TreeNode
    seen: set[ExampleKey]
    room: int
    goal: int
    max_calls: int
    fields: dict[str, Any]


def enrich_plan(subject: TreeNode, target: int, cfg: EnrichConfig,
                examples: Sequence[Example] | None = None) -> EnrichPlan:
    """The node's step, counting `examples` as what it has (default: its examples)."""
    have = subject.examples if examples is None else examples
    room = cfg.max_examples - len(have)
    goal = min(target, room)
    parent = subject.parent.task_name if subject.parent else None
    return EnrichPlan(subject, {example_key(e) for e in have}, room, goal,
                      cfg.call_budget * math.ceil(max(goal, 0) / cfg.per_call),
                      dict(node=subject.task_name, raw_task_name=subject.raw_task_name, reason=subject.reason,
                           parent=parent, depth=subject.depth))


def read_enrich_answer(out: Completion, chat: bool, call: int, plan: EnrichPlan, n_kept: int, cfg: EnrichConfig,
                       style: DomainStyle, heuristics: HeuristicConfig) -> tuple[list[Task], list[Rejected]]:
    """One enrich answer (call number `call`, 1-based) of a node holding `n_kept` new examples
    so far: parse it, screen it, then drop exact duplicates and what is beyond the example cap.
    The kept examples' keys join `plan.seen`."""
    node = plan.subject.task_name
    if not out.ok:
        return [], [llm_error_rejection("enrich", node, out, call)]
    rejected: list[Rejected] = []
    if chat:
        examples, failures, talk = parse_chat_enrich(out.text, out.truncated)
        rejected += reject_pieces({"node": node, "call": call}, talk, "enrich")
    else:
        examples, failures = parse_enrich_response(out.text, out.truncated)
    rejected += [parse_failure_rejection("enrich", node, f, call) for f in failures]
    good, bad = screen_examples(examples, style, heuristics, "enrich", call=call, **plan.fields)
    rejected += bad
    kept: list[Task] = []
    for task in good:
        key = example_key(task_example(task))
        if key in plan.seen:
            rejected.append(reject(task, "enrich", Reject("duplicate_example")))
        elif n_kept + len(kept) >= plan.room:
            rejected.append(reject(task, "enrich", Reject("over_example_cap", max_examples=cfg.max_examples)))
        else:
            plan.seen.add(key)
            kept.append(task)
    return kept, rejected


async def enrich_stage(_records: list, cfg: EnrichConfig, ctx: RunContext, *, tree: DomainTree,
                       node: str, target: int, style: DomainStyle, heuristics: HeuristicConfig,
                       detail: Path | None = None) -> StageResult:
    """Add at least `target` examples to `node` (the reference's rule; the last call's overshoot
    is kept), never beyond `cfg.max_examples`, in batches of `cfg.batch_size` requests (the
    "rounds" pipeline; "continuous" is `enrich_pipeline.py`). Kept: the new examples. `detail`
    is the stage's folder: a reopened stage reads the node without the examples its earlier
    attempt kept there (reopened.py)."""
    started = time.perf_counter()
    subject = tree.get(node)
    earlier = earlier_examples(detail)
    plan = enrich_plan(subject, target, cfg, examples_before(subject, earlier))
    demo_pool = examples_before(subject.demo_source(), earlier)  # the parent's (the root: its own)
    kept: list[Task] = []
    rejected: list[Rejected] = []
    calls = idle = 0
    while len(kept) < plan.goal and calls < plan.max_calls and idle < cfg.max_idle_calls:
        n_calls = min(cfg.batch_size, math.ceil((plan.goal - len(kept)) / cfg.per_call), plan.max_calls - calls)
        requests = []
        for i in range(n_calls):
            demos = draw_demos(demo_pool, cfg.demos, ctx.rng)
            prompt = build_enrich_prompt(plan.subject, demos, style, n_examples=cfg.per_call, template=cfg.template)
            requests.append(build_request(prompt, cfg, ctx, calls + i, "enrich"))
        for out in await ctx.llm.generate_many(requests):
            calls += 1
            new, bad = read_enrich_answer(out, is_chat(ctx), calls, plan, len(kept), cfg, style, heuristics)
            kept += new
            rejected += bad
            idle = 0 if new else idle + 1
    n_in = len(kept) + len(rejected)
    return make_result("enrich", n_in, kept, rejected, started,
                       extra={"calls": calls, "target": target, "at_example_cap": float(plan.room <= 0)})


def apply_enrich(tree: DomainTree, node: str, kept: Sequence[Task]) -> int:
    """Append the new examples not already in the node; returns how many were added."""
    subject = tree.get(node)
    seen = {example_key(e) for e in subject.examples}
    added = 0
    for task in kept:
        ex = task_example(task)
        key = example_key(ex)
        if key not in seen:
            seen.add(key)
            subject.examples.append(ex)
            added += 1
    return added
