"""Explore-Instruct (Wan et al., EMNLP 2023; fanqiwan/Explore-Instruct): the tree-growing stages.

The flow owns a `DomainTree` and walks it (`Frontier`): every node above `max_depth` gets an
**extend** step (lookahead: decompose the node into new subtasks, 2 examples each; the prompt
lists the node's existing subtasks and its peer tasks, which is the backtracking that widens the
domain), then every node gets an **enrich** step (more examples). Each step is one stage call:
prompt builder (`explore_prompts`) + `ctx.llm` + parser (`explore_parsers`) + the domain's
heuristic filter. A stage only reads the tree; the flow applies its kept records with
`apply_extend` / `apply_enrich` (both idempotent, so a resumed run can re-apply them) and saves.
This module holds the extend step and what both steps share; the enrich step is `enrich.py`
(one node's stage, the reference's loop) and `enrich_pipeline.py` (the whole phase as one stage).

Unlike the reference (`generate_instruction.py`), every loop is bounded: a step makes at most `max_calls`
calls and stops after `max_idle_calls` calls in a row that add nothing, so a model that returns
garbage ends the node with `parse_failed` rejections; a node at the example cap returns at once.

Reject reasons (extend and enrich):
  `llm_error`          the call failed (evidence: error)
  `parse_failed`       a response, subtask group or example block that does not parse
  `truncated`          the example cut off by a "length" finish
  heuristics codes     `too_short` (< 3 words), `too_long`, `blacklisted_word`, `banned_prefix`,
                       `leading_punctuation`, `non_ascii_start`, `placeholder_input`
  `over_child_cap`     a subtask beyond the node's 12 children (extend)
  `duplicate_example`  an exact copy of an example the node already has (enrich)
  `over_example_cap`   an example beyond the node's example cap (enrich)
"""

from __future__ import annotations

import random
import time
from typing import TYPE_CHECKING, Any, Literal, Sequence

from pydantic import Field

from datagen.config import StrictModel, TokenCount
from datagen.prompts import template_field
from datagen.filters.heuristics import HeuristicConfig, heuristic_filter
from datagen.llm.client import Completion, LLMRequest
from datagen.methods.explore_instruct.tree import DomainTree, Example, TreeNode, make_example, unique_name
from datagen.methods.explore_instruct.parsers import ParseFailure, box_math_answer, parse_extend_response
from datagen.methods.explore_instruct.chat import chat_enrich_messages, chat_extend_messages, parse_chat_extend
from datagen.methods.explore_instruct.frontier import Frontier  # noqa: F401  (the flow's ei.Frontier)
from datagen.methods.explore_instruct.prompts import DomainStyle, build_extend_prompt, sample_demos
from datagen.records import Instance, Rejected, Task, stable_id
from datagen.methods.self_instruct.stages import is_chat, reject_pieces
from datagen.stage import Reject, RunContext, StageResult, make_result, reject

if TYPE_CHECKING:
    from datagen.methods.explore_instruct.enrich import EnrichConfig

METHOD = "explore_instruct"
# what a user template for the extend request after the domain header must contain (the
# bundled `explore_instruct/extend_tail.txt` also uses {children}, {peers}, ...)
EXTEND_PLACEHOLDERS = ("{target}", "{demos}", "{n_new}", "{n_examples}")


class ExtendConfig(StrictModel):
    """Lookahead/backtracking, `extend_node_children` (hyperparameters: `prepare_mine_hparams`)."""

    max_children: int = Field(12, ge=1)  # max_child_num; also shown to the model
    examples_per_subtask: int = Field(2, ge=1)  # num_example_extend
    min_request: int = Field(3, ge=1)  # min_extend_num: each call asks for max(gap, 3) subtasks
    demos: int = Field(2, ge=0)  # default_demonstrate_num
    demos_from: Literal["parent", "node"] = "parent"  # reference: the parent's examples (§3.3)
    max_calls: int = Field(5, ge=1)  # ours: the reference loops until enough subtasks exist
    max_idle_calls: int = Field(3, ge=1)  # ours: stop after this many calls in a row adding nothing
    temperature: float = 1.0  # gpt-3.5-turbo, temperature=1.0
    top_p: float = 1.0  # top_p=1.0
    max_tokens: TokenCount = 3072  # ours: the reference fills the 4,096 window (4096 - 300 - prompt)
    template: str | None = template_field(EXTEND_PLACEHOLDERS, "the extend request (after the domain header)")


def example_task(ex: Example, node: str, *, raw_task_name: str, reason: str, parent: str | None,
                 depth: int, origin: Literal["seed", "machine"] = "machine", **meta: Any) -> Task:
    """One example as a Task; `meta.node` names the tree node it belongs to."""
    return Task(id=stable_id("task", METHOD, node, ex["instruction"], ex["input"], ex["output"]),
                method=METHOD if origin == "machine" else "seed", origin=origin,
                parents=[stable_id("node", node)], instruction=ex["instruction"],
                instances=[Instance(input=ex["input"], output=ex["output"])],
                meta={"node": node, "raw_task_name": raw_task_name, "reason": reason,
                      "parent_node": parent, "depth": depth, **meta})


def _node_task(raw_name: str, fields: dict[str, Any]) -> Task:
    """A new subtask without examples, as a record: no instances, `meta.empty_node` set, the
    subtask name as its instruction (it is not an example: `apply_extend` adds no example)."""
    return Task(id=stable_id("node", METHOD, fields["node"]), method=METHOD, origin="machine",
                parents=[stable_id("node", fields["parent"])], instruction=raw_name,
                meta={"node": fields["node"], "raw_task_name": raw_name, "reason": fields["reason"],
                      "parent_node": fields["parent"], "depth": fields["depth"], "empty_node": True})


def node_tasks(node: TreeNode, origin: Literal["seed", "machine"] = "machine") -> list[Task]:
    parent = node.parent.task_name if node.parent else None
    return [example_task(ex, node.task_name, raw_task_name=node.raw_task_name, reason=node.reason,
                         parent=parent, depth=node.depth, origin=origin) for ex in node.examples]


def task_example(task: Task) -> Example:
    inst = task.instances[0] if task.instances else Instance()
    return make_example(task.instruction, inst.input, inst.output)


def build_request(prompt: str, cfg: ExtendConfig | EnrichConfig, ctx: RunContext, index: int, tag: str,
                  rng: random.Random | None = None) -> LLMRequest:
    """The prompt as text for a completion client; for a chat client the same text as the user
    turn behind a system message stating the reply format (`chat.py`). Decoding is identical.
    The request's seed comes from `rng` (default: the stage's)."""
    if is_chat(ctx):
        build = chat_extend_messages if tag == "extend" else chat_enrich_messages
        body: dict[str, Any] = {"messages": build(prompt)}
    else:
        body = {"prompt": prompt}
    return LLMRequest(**body, temperature=cfg.temperature, top_p=cfg.top_p,
                      max_tokens=cfg.max_tokens, seed=(rng or ctx.rng).randrange(2**31), sample_index=index,
                      tag=tag)


def parse_failure_rejection(stage: str, node: str, failure: ParseFailure, call: int) -> Rejected:
    record = {"id": stable_id("response", node, failure.text), "node": node, "response": failure.text}
    return reject(record, stage, Reject(failure.reason, detail=failure.detail, node=node, call=call))


def llm_error_rejection(stage: str, node: str, out: Completion, call: int) -> Rejected:
    record = {"id": stable_id("call", stage, node, call), "node": node}
    return reject(record, stage, Reject("llm_error", error=out.error, node=node, call=call))


def screen_examples(examples: list[Example], style: DomainStyle, heuristics: HeuristicConfig, stage: str,
            **task_fields: Any) -> tuple[list[Task], list[Rejected]]:
    """Math boxing, then the domain's heuristic filter, on freshly parsed examples."""
    if style.box_math:
        examples = [{**ex, "output": box_math_answer(ex["output"])} for ex in examples]
    tasks = [example_task(ex, **task_fields) for ex in examples]
    result = heuristic_filter(tasks, heuristics, RunContext(stage=stage))
    return list(result.kept), list(result.rejected)


async def extend_stage(_records: list, cfg: ExtendConfig, ctx: RunContext, *, tree: DomainTree,
                       node: str, n_new: int, style: DomainStyle, heuristics: HeuristicConfig) -> StageResult:
    """Propose `n_new` new subtasks of `node` (one call at a time, each seeing the subtasks the
    previous calls added). Kept: the new subtasks' examples, `meta.node` naming the new node."""
    started = time.perf_counter()
    target = tree.get(node)
    children = [c.task_name for c in target.children]
    taken = set(tree.task_names())
    kept: list[Task] = []
    rejected: list[Rejected] = []
    created = calls = idle = empty = 0
    while created < n_new and calls < cfg.max_calls and idle < cfg.max_idle_calls:
        room = cfg.max_children - len(children)
        if room <= 0:
            break
        want = min(max(n_new - created, cfg.min_request), room)
        demos = sample_demos(target, cfg.demos, ctx.rng, cfg.demos_from)
        prompt = build_extend_prompt(target, demos, style, children=children, n_new=want,
                                     max_children=cfg.max_children, n_examples=cfg.examples_per_subtask,
                                     template=cfg.template)
        [out] = await ctx.llm.generate_many([build_request(prompt, cfg, ctx, calls, "extend")])
        calls += 1
        before = created
        if not out.ok:
            rejected.append(llm_error_rejection("extend", node, out, calls))
        else:
            if is_chat(ctx):
                parsed, talk = parse_chat_extend(out.text, out.truncated)
                rejected += reject_pieces({"node": node, "call": calls}, talk, "extend")
            else:
                parsed = parse_extend_response(out.text, out.truncated)
            rejected += [parse_failure_rejection("extend", node, f, calls) for f in parsed.failures]
            for sub in parsed.subtasks:
                name = unique_name(sub.name, taken)
                fields = dict(node=name, raw_task_name=sub.name, reason=sub.reason, parent=node,
                              depth=target.depth + 1, call=calls)
                good, bad = screen_examples(sub.examples, style, heuristics,
                                    "extend", **fields)
                rejected += bad
                if len(children) >= cfg.max_children:
                    rejected += [reject(t, "extend", Reject("over_child_cap", max_children=cfg.max_children))
                                 for t in good or [_node_task(sub.name, fields)]]
                    continue
                if not good:  # the reference keeps a subtask whose examples all failed: enrich fills it
                    good = [_node_task(sub.name, fields)]
                    empty += 1
                taken.add(name)
                children.append(name)
                kept += good
                created += 1
        idle = 0 if created > before else idle + 1
    n_in = len(kept) + len(rejected)
    return make_result("extend", n_in, kept, rejected, started,
                       extra={"calls": calls, "new_subtasks": created, "requested": n_new,
                              "subtasks_without_examples": empty})


def apply_extend(tree: DomainTree, parent: str, kept: Sequence[Task]) -> list[TreeNode]:
    """Add the new subtasks (in order) under `parent`; a subtask already there (a resumed run)
    is left as it is. Returns the step's subtask nodes, new or found."""
    target = tree.get(parent)
    nodes: list[TreeNode] = []
    created: set[str] = set()
    for task in kept:
        name = task.meta["node"]
        node = tree.find(name)
        if node is None:
            node = tree.add_child(target, task.meta["raw_task_name"], task.meta.get("reason", ""),
                                  [], task_name=name)
            created.add(name)
        if node not in nodes:
            nodes.append(node)
        if name in created and not task.meta.get("empty_node"):
            node.examples.append(task_example(task))
    return nodes
