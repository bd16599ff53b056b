"""Explore-Instruct's enrich phase as one continuously pipelined stage (Wan et al., EMNLP 2023;
fanqiwan/Explore-Instruct `generate_instruction.py`: `test_enriching` walks the tree in pre-order
and `enrich_node_samples` asks each node for `num_example_enrich` examples per call until it
has `enrich_num` more).

The reference enriches node after node, waiting for each call. Here one stage covers every node
that needs examples and keeps up to `in_flight` requests in flight across all of them; each node
keeps `enrich_stage`'s rule (goal, call budget, idle cap, the last call's overshoot kept, never
beyond the example cap, duplicates and cap overflow rejected). What it keeps depends only on the
seed and the request cache, never on timing (nor on `in_flight`):

- request i of node n draws its demonstrations and its seed from `Random(f"{base}:{n}:{i}")`,
  `base` drawn once from the stage's RNG, so a rerun sends the same prompts (cache hits);
- a node's answers are read in its request order, and whether it sends request i depends only
  on the answers it has read (answers to requests sent ahead that turn out unneeded are not
  read: still queued, they are dropped unsent; on the wire, the stage awaits them, so what was
  paid for reaches the request cache);
- a node starts once the node its demonstrations come from (its parent; the root draws from
  itself) has finished, and draws from the parent's examples plus those the parent just kept:
  the pool the reference's pre-order walk gives it.

Kept: the new examples in node pre-order, then request order (`meta.node` names the node). The
stage writes one line per node (`nodes.jsonl`: node, goal, calls, sent, kept, stop) into `detail`,
its folder. The stage only reads the tree; the flow applies the kept examples afterwards, so a
killed run recomputes the stage from the same tree with its answers from the request cache. A
recomputed stage whose earlier attempt finished (and was applied) reads the tree without that
attempt's examples (reopened.py), so a node is not enriched twice.
"""

from __future__ import annotations

import asyncio
import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from datagen.filters.heuristics import HeuristicConfig
from datagen.io import write_jsonl
from datagen.llm.client import Completion
from datagen.llm.usage import parallelism
from datagen.llm.wire import Wire
from datagen.methods.explore_instruct.prompts import DomainStyle, build_enrich_prompt, draw_demos
from datagen.methods.explore_instruct.enrich import (
    EnrichConfig, EnrichPlan, apply_enrich, enrich_plan, read_enrich_answer,
)
from datagen.methods.explore_instruct.stages import build_request, task_example
from datagen.methods.explore_instruct.reopened import earlier_examples, examples_before
from datagen.methods.explore_instruct.tree import DomainTree, Example, ExampleKey, TreeNode
from datagen.methods.self_instruct.stages import is_chat
from datagen.records import Rejected, Task
from datagen.stage import RunContext, StageResult, make_result


@dataclass
class _NodeRun:
    """One node's progress through the stage."""

    plan: EnrichPlan
    source: str | None  # the node in this stage whose new examples join its demo pool
    pool: list[Example] = field(default_factory=list)  # its demonstrations' pool
    started: bool = False
    kept: list[Task] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    pending: dict[int, asyncio.Future[Completion]] = field(default_factory=dict)
    sent: int = 0
    done: int = 0
    idle: int = 0
    stop: str | None = None  # why it finished: goal, calls, idle, at_example_cap

    @property
    def name(self) -> str:
        return self.plan.subject.task_name

    def finish(self, reason: str) -> list[asyncio.Future[Completion]]:
        """Mark the node finished; returns its unneeded requests: those still queued are dropped
        unsent (`Wire.drop`), those on the wire are paid for, so the stage awaits them at its end
        and their answers reach the request cache (a cancelled request is billed and lost)."""
        self.stop = reason
        dropped = list(self.pending.values())
        self.pending.clear()
        return dropped


def _plan(tree: DomainTree, targets: Sequence[tuple[str, int]], cfg: EnrichConfig,
          earlier: dict[str, set[ExampleKey]]) -> list[_NodeRun]:
    by_name = {n.task_name: n for n in tree.nodes()}
    names = {name for name, _ in targets}
    runs = []
    for name, target in targets:
        subject: TreeNode = by_name[name]
        source = subject.demo_source()
        run = _NodeRun(enrich_plan(subject, target, cfg, examples_before(subject, earlier)),
                       source.task_name if source is not subject and source.task_name in names else None)
        run.pool = examples_before(source, earlier)  # completed by `_start` with what the source keeps
        runs.append(run)
    return runs


def _start(runs: list[_NodeRun], by_name: dict[str, _NodeRun]) -> None:
    """Start each node whose demo source has finished (its pool gains what the source kept); a
    node with nothing to ask ends at once."""
    for run in runs:
        if run.started or run.stop is not None:
            continue
        parent = by_name[run.source] if run.source else None
        if parent is not None and parent.stop is None:
            continue
        run.pool += [task_example(t) for t in parent.kept] if parent is not None else []
        run.started = True
        if run.plan.goal <= 0:
            run.finish("at_example_cap")


def _wants(run: _NodeRun, cfg: EnrichConfig, window: int) -> bool:
    """Send the node's next request? Always when nothing of its is in flight; else while what is
    in flight, at the yield seen so far, does not already cover the goal (a node that has kept
    nothing yet sends no more ahead than its idle cap would read)."""
    ahead = run.sent - run.done
    if not run.started or run.stop is not None or run.sent >= run.plan.max_calls or ahead >= window:
        return False
    if ahead == 0:
        return True
    if run.done and not run.kept:
        return ahead < cfg.max_idle_calls - run.idle
    rate = len(run.kept) / run.done if run.done else cfg.per_call
    return len(run.kept) + rate * ahead < run.plan.goal


def _send(run: _NodeRun, cfg: EnrichConfig, ctx: RunContext, style: DomainStyle, base: int, wire: Wire) -> None:
    index = run.sent
    rng = random.Random(f"{base}:{run.name}:{index}")
    demos = draw_demos(run.pool, cfg.demos, rng)
    prompt = build_enrich_prompt(run.plan.subject, demos, style, n_examples=cfg.per_call, template=cfg.template)
    request = build_request(prompt, cfg, ctx, index, "enrich", rng)
    run.pending[index] = wire.send(ctx.llm, request)
    run.sent += 1


def _read(run: _NodeRun, cfg: EnrichConfig, chat: bool, style: DomainStyle,
          heuristics: HeuristicConfig) -> list[asyncio.Future[Completion]]:
    """Read the node's answers that have arrived, in request order, until one is missing or the
    node stops (`enrich_stage`'s rule); returns the requests a stop made unneeded."""
    while run.stop is None and run.done in run.pending and run.pending[run.done].done():
        out = run.pending.pop(run.done).result()  # a failed request (a budget cap) raises here
        run.done += 1
        new, bad = read_enrich_answer(out, chat, run.done, run.plan, len(run.kept), cfg, style, heuristics)
        run.kept += new
        run.rejected += bad
        run.idle = 0 if new else run.idle + 1
        if len(run.kept) >= run.plan.goal:
            return run.finish("goal")
        if run.done >= run.plan.max_calls:
            return run.finish("calls")
        if run.idle >= cfg.max_idle_calls:
            return run.finish("idle")
    return []


async def enrich_pipeline_stage(_records: list, cfg: EnrichConfig, ctx: RunContext, *, tree: DomainTree,
                                targets: Sequence[tuple[str, int]], style: DomainStyle,
                                heuristics: HeuristicConfig, in_flight: int, detail: Path) -> StageResult:
    """Add at least `target` examples to each (node, target) of `targets` (pre-order), with up
    to `in_flight` requests in flight across the nodes (module docstring). The tree is only read."""
    started = time.perf_counter()
    chat, report = is_chat(ctx), getattr(ctx.llm, "progress", None)
    base = ctx.rng.getrandbits(64)
    runs = _plan(tree, targets, cfg, earlier_examples(detail))
    by_name = {run.name: run for run in runs}
    total = sum(max(run.plan.goal, 0) for run in runs)
    # at most the client's concurrency on the wire; an unneeded request still queued is not sent
    wire = Wire(parallelism(ctx.llm))
    dropped: list[asyncio.Future[Completion | None]] = []
    try:
        while True:
            _start(runs, by_name)
            flying = sum(len(run.pending) for run in runs)
            for run in runs:  # pre-order: earlier nodes fill the window first
                while flying < in_flight and _wants(run, cfg, in_flight):
                    _send(run, cfg, ctx, style, base, wire)
                    flying += 1
            if all(run.stop is not None for run in runs):
                break
            # an unfinished node has a request in flight, or waits for one that does
            await asyncio.wait([f for run in runs for f in run.pending.values()],
                               return_when=asyncio.FIRST_COMPLETED)
            for run in runs:
                unneeded = _read(run, cfg, chat, style, heuristics)
                wire.drop(unneeded)
                dropped += unneeded
            if report is not None:
                await report(sum(min(len(run.kept), max(run.plan.goal, 0)) for run in runs), total)
    finally:  # the end, a budget cap or an error: what is on the wire is paid for and reaches the cache
        for run in runs:
            dropped += run.finish(run.stop or "stopped")
        await wire.close(dropped)
    return _result(runs, started, in_flight, detail)


def _result(runs: list[_NodeRun], started: float, in_flight: int, detail: Path) -> StageResult:
    write_jsonl(detail / "nodes.jsonl", [
        {"node": r.name, "goal": max(r.plan.goal, 0), "calls": r.done, "sent": r.sent, "kept": len(r.kept), "stop": r.stop}
        for r in runs])
    kept = [t for r in runs for t in r.kept]
    rejected = [x for r in runs for x in r.rejected]
    extra: dict[str, Any] = {
        "calls": float(sum(r.done for r in runs)), "requests_sent": float(sum(r.sent for r in runs)),
        "nodes": float(len(runs)), "nodes_at_goal": float(sum(r.stop == "goal" for r in runs)),
        "nodes_at_example_cap": float(sum(r.plan.room <= 0 for r in runs)), "in_flight": float(in_flight)}
    return make_result("enrich", len(kept) + len(rejected), kept, rejected, started, extra=extra)


def apply_enrich_all(tree: DomainTree, kept: Sequence[Task]) -> list[TreeNode]:
    """Each node's new examples (grouped by `meta.node`, in order) added with `apply_enrich`;
    returns the nodes that changed."""
    groups: dict[str, list[Task]] = {}
    for task in kept:
        groups.setdefault(task.meta["node"], []).append(task)
    return [tree.get(name) for name, tasks in groups.items() if apply_enrich(tree, name, tasks)]
