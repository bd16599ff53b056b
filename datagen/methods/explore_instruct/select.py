"""Explore-Instruct's selection stages on a grown tree: prune, filter, sample
(fanqiwan/Explore-Instruct `generate_instruction.py`).

- `prune_stage` (`test_prune`): walk the non-root nodes in level order and prune a node whose
  `raw_task_name` has ROUGE-L F > 0.7 against the root's name or any name kept before it.
- `filter_stage` (`test_filter`): drop an example whose instruction has ROUGE-L F > 0.7 against
  one kept before it in the same node; `scope: tree` makes it one novelty pool across nodes
  (the reference dedups per node only, so cross-node near-duplicates survive there).
- `sample_stage` (`test_sample`): proportional quotas per node, `min(int(N*w/W) + 1, |ex|)` with
  `w = min(|ex|, 500)`. Unlike the reference, pruned nodes are excluded (it computed the list and
  never used it), and a short draw is filled at random from whatever examples remain in the
  eligible nodes and the shortfall reported (it drew the deficit from the root alone and
  crashed with ValueError on trees smaller than N).

Every score is written to the record's `meta` before the threshold is applied.

Reject reasons:
  `pruned_similar_name`  prune: the name is too close to a kept one (evidence: closest, rouge_l)
  `rouge_too_similar`    filter: the instruction is too close to a kept one (closest_id, rouge_l)
  `pruned_node`          sample: the example's node was pruned
  `too_deep`             sample: the node is deeper than `max_depth`
  `not_sampled`          sample: not drawn for the N-example dataset
"""

from __future__ import annotations

import random
import time
from typing import Literal, Sequence, TypeVar

from pydantic import Field

from datagen.config import StrictModel
from datagen.methods.explore_instruct.tree import DomainTree, TreeNode
from datagen.methods.explore_instruct.stages import node_tasks
from datagen.records import Rejected, Task, stable_id
from datagen.stage import Reject, RunContext, StageResult, make_result, reject
from datagen.text.novelty_index import NoveltyIndex
from datagen.text.rouge import TokenizerName

T = TypeVar("T")


class PruneConfig(StrictModel):
    enabled: bool = True
    threshold: float = Field(0.7, ge=0, le=1)  # --prune_threshold 0.7
    tokenizer: TokenizerName = "rouge"  # rouge_score's; "unicode" for non-Latin names


class ExampleFilterConfig(StrictModel):
    enabled: bool = True
    threshold: float = Field(0.7, ge=0, le=1)  # --filter_threshold 0.7
    scope: Literal["node", "tree"] = "node"  # reference: per node; tree: one pool across nodes
    tokenizer: TokenizerName = "rouge"


class SampleConfig(StrictModel):
    n_samples: int = Field(50000, ge=0)  # --sample_example_num 50000
    max_depth: int = Field(3, ge=0)  # --sample_max_depth 3
    weight_cap: int = Field(500, ge=1)  # test_sample: each node weighs min(|examples|, 500)
    exclude_pruned: bool = True  # --sample_use_pruned, which the reference never applied


def node_record(node: TreeNode) -> Task:
    """A node as a record for node-level stages: its name as the text, no examples attached."""
    return Task(id=node.id, method="explore_instruct", instruction=node.raw_task_name,
                meta={"node": node.task_name, "depth": node.depth, "reason": node.reason,
                      "n_examples": len(node.examples)})


def prune_stage(_records: list, cfg: PruneConfig, _ctx: RunContext, *, tree: DomainTree) -> StageResult:
    """Kept and rejected: the non-root nodes (as `node_record`s), level order."""
    started = time.perf_counter()
    nodes = tree.level_order()[1:]
    records = [node_record(n) for n in nodes]
    if not cfg.enabled:
        return make_result("prune", len(records), records, [], started)
    index = NoveltyIndex(tokenizer=cfg.tokenizer)
    index.add(tree.root.raw_task_name, tree.root.task_name)
    decisions = index.filter_greedy([n.raw_task_name for n in nodes], [n.task_name for n in nodes],
                                    cfg.threshold)
    kept: list[Task] = []
    rejected: list[Rejected] = []
    for rec, d in zip(records, decisions):
        rec.meta.update(rouge_l_max=round(d.max_score, 6), closest=d.closest_id)
        if d.kept:
            kept.append(rec)
        else:
            rejected.append(reject(rec, "prune", Reject("pruned_similar_name", closest=d.closest_id,
                                                        rouge_l=round(d.max_score, 4))))
    return make_result("prune", len(records), kept, rejected, started)


def pruned_names(result: StageResult | Sequence[Rejected]) -> list[str]:
    rejected = result.rejected if isinstance(result, StageResult) else result
    return [r.record["meta"]["node"] for r in rejected if r.reason == "pruned_similar_name"]


def filter_stage(_records: list, cfg: ExampleFilterConfig, _ctx: RunContext, *, tree: DomainTree) -> StageResult:
    """Kept: every surviving example (a Task, `meta.node`), nodes in level order, examples in order."""
    started = time.perf_counter()
    kept: list[Task] = []
    rejected: list[Rejected] = []
    shared = NoveltyIndex(tokenizer=cfg.tokenizer) if cfg.scope == "tree" else None
    n_in = 0
    for node in tree.level_order():
        tasks = node_tasks(node)
        n_in += len(tasks)
        if not cfg.enabled:
            kept += tasks
            continue
        index = shared if shared is not None else NoveltyIndex(tokenizer=cfg.tokenizer)
        # ids by position: a node may hold the same example twice (the demo tree does).
        ids = [f"{node.task_name}#{i}" for i in range(len(tasks))]
        decisions = index.filter_greedy([t.instruction for t in tasks], ids, cfg.threshold)
        for task, d in zip(tasks, decisions):
            task.meta.update(rouge_l_max=round(d.max_score, 6), closest_id=d.closest_id)
            if d.kept:
                kept.append(task)
            else:
                rejected.append(reject(task, "filter", Reject("rouge_too_similar", closest_id=d.closest_id,
                                                              rouge_l=round(d.max_score, 4))))
    return make_result("filter", n_in, kept, rejected, started)


def apply_filter(tree: DomainTree, kept: Sequence[Task]) -> list[TreeNode]:
    """Replace every node's examples with its kept ones, in order; returns the changed nodes."""
    by_node: dict[str, list[dict[str, str]]] = {n.task_name: [] for n in tree.nodes()}
    for task in kept:
        inst = task.instances[0]
        by_node[task.meta["node"]].append({"instruction": task.instruction, "input": inst.input,
                                           "output": inst.output})
    changed = []
    for node in tree.nodes():
        if node.examples != by_node[node.task_name]:
            node.examples = by_node[node.task_name]
            changed.append(node)
    return changed


def quota_sample(groups: Sequence[Sequence[T]], n: int, rng: random.Random,
                 weight_cap: int = 500) -> tuple[list[tuple[int, int]], int]:
    """Explore-Instruct's proportional quotas, as (group, item) index pairs.

    Each group's quota is `min(int(n * w / W) + 1, size)` with `w = min(size, weight_cap)`; the
    draws are concatenated in group order and truncated to n. A short result is filled at random
    from the items not yet drawn, from any group; returns the picks and the shortfall (n minus
    what could be drawn). Never raises on small inputs; same rng state, same picks.
    """
    if n <= 0:
        return [], 0
    weights = [min(len(g), weight_cap) for g in groups]
    total = sum(weights)
    if total == 0:
        return [], n
    picks: list[tuple[int, int]] = []
    for gi, (group, w) in enumerate(zip(groups, weights)):
        quota = min(int(n * w / total) + 1, len(group))
        picks += [(gi, j) for j in rng.sample(range(len(group)), quota)]
    picks = picks[:n]
    if len(picks) < n:
        taken = set(picks)
        rest = [(gi, j) for gi, g in enumerate(groups) for j in range(len(g)) if (gi, j) not in taken]
        picks += rng.sample(rest, min(n - len(picks), len(rest)))
    return picks, n - len(picks)


def sample_stage(_records: list, cfg: SampleConfig, ctx: RunContext, *, tree: DomainTree) -> StageResult:
    """Kept: the sampled examples (Tasks). Every other example is a rejection with its reason."""
    started = time.perf_counter()
    excluded = set(tree.pruned) if cfg.exclude_pruned else set()
    eligible: list[list[Task]] = []
    rejected: list[Rejected] = []
    n_in = 0
    for node in tree.level_order():
        tasks = node_tasks(node)
        n_in += len(tasks)
        if node.task_name in excluded:
            rejected += [reject(t, "sample", Reject("pruned_node", node=node.task_name)) for t in tasks]
        elif node.depth > cfg.max_depth:
            rejected += [reject(t, "sample", Reject("too_deep", depth=node.depth, max_depth=cfg.max_depth))
                         for t in tasks]
        else:
            eligible.append(tasks)
    picks, shortfall = quota_sample(eligible, cfg.n_samples, ctx.rng, cfg.weight_cap)
    chosen = set(picks)
    kept = [eligible[gi][j].model_copy(update={"id": stable_id("row", eligible[gi][j].id, gi, j)})
            for gi, j in picks]
    rejected += [reject(t, "sample", Reject("not_sampled", n_samples=cfg.n_samples))
                 for gi, group in enumerate(eligible) for j, t in enumerate(group) if (gi, j) not in chosen]
    return make_result("sample", n_in, kept, rejected, started,
                       extra={"requested": cfg.n_samples, "shortfall": shortfall,
                              "eligible_nodes": len(eligible)})
