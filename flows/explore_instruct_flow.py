"""Explore-Instruct (Wan et al., EMNLP 2023; fanqiwan/Explore-Instruct) as one Prefect flow.

The loop is the paper's search: take the next node from the frontier (depth-first by default,
or breadth-first as the reference code runs), extend it with new subtasks (lookahead; the
prompt shows its existing subtasks and peers, which is the backtracking), until `max_depth`;
then enrich every node with examples (one pipelined stage keeping the endpoint busy across nodes,
or the reference's node-by-node rounds), prune near-duplicate task names, filter near-duplicate
instructions, and draw the N-example dataset with per-node quotas (Wan et al. 2023;
fanqiwan/Explore-Instruct `generate_instruction.py`).

The tree lives in `<run>/tree/` in the reference's format and is saved after every operation;
a rerun into the same folder reloads it, resumes finished stages from disk and re-applies their
records idempotently. The preset `domain_aware_self_instruct` is the paper's depth-0 baseline:
no extension, only examples for the root task.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from prefect import flow

from datagen.errors import UserError
from datagen.methods.explore_instruct import enrich as en
from datagen.methods.explore_instruct import stages as ei
from datagen.methods.explore_instruct import select as sel
from datagen.methods.explore_instruct.config import ExploreInstructConfig
from datagen.methods.explore_instruct.enrich_pipeline import apply_enrich_all, enrich_pipeline_stage
from datagen.methods.explore_instruct.tree import META_FILE, DomainTree, depth_figures, tree_markdown
from datagen.records import Task
from datagen.run_options import resolve_path
from datagen.stage import RunContext, StageResult, make_result
from flows.artifacts import publish_markdown
from flows.scaffold import RunOutput, finish_run, llm_description, opened_run, run_name
from flows.stage_task import FlowRun, run_stage

FLOW = "explore-instruct"
SEEDS_DIR = "seeds/explore_instruct"
TREE_KEY = "explore-instruct-tree"


def load_start_tree(cfg: ExploreInstructConfig) -> DomainTree:
    """The tree the search starts from: a domain's root task, a root-task file, or a tree folder."""
    named = cfg.named_domain()
    path = resolve_path(f"{SEEDS_DIR}/{named}.json" if named else cfg.domain)
    if path.is_dir():
        return DomainTree.load(path)
    if path.is_file():
        return DomainTree.from_node_file(path)
    raise UserError(f"domain {cfg.domain!r} is not rewriting, brainstorming or math, nor a root-task "
                    "JSON file or a tree folder: check the name or the path")


def open_tree(folder: Path, start: DomainTree) -> DomainTree:
    """The run's tree: reloaded from `folder` on a rerun, else a copy of the start tree saved there."""
    if (folder / META_FILE).is_file():
        tree = DomainTree.load(folder)
        if tree.root.task_name != start.root.task_name:
            raise UserError(f"{folder} holds the tree of {tree.root.raw_task_name!r}, not of "
                            f"{start.root.raw_task_name!r}: pass a new --out folder")
        return tree
    tree = start.copy()
    tree.save(folder)
    return tree


def seeds_stage(_records: list, _cfg: Any, _ctx: RunContext, *, tree: DomainTree) -> StageResult:
    """The start tree's examples as seed records (all kept)."""
    seeds = [t for node in tree.nodes() for t in ei.node_tasks(node, origin="seed")]
    return make_result("seeds", len(seeds), seeds, [])


async def publish_tree(tree: DomainTree, step: str) -> None:
    await publish_markdown(tree_markdown(tree, f"Domain tree after {step}"),
                           f"Explore-Instruct tree after {step}", key=TREE_KEY)


async def explore(run: FlowRun, cfg: ExploreInstructConfig, tree: DomainTree, start: DomainTree) -> None:
    """Lookahead and backtracking: extend each node above max_depth in the chosen order."""
    style, heuristics = cfg.domain_style(), cfg.heuristic_config()
    frontier = ei.Frontier(cfg.order, start, cfg.max_depth)
    while frontier:
        node = tree.get(frontier.pop())
        n_new = cfg.extend_num(node.depth)
        new: list = []
        if n_new > 0:
            step = partial(ei.extend_stage, tree=tree, node=node.task_name, n_new=n_new,
                           style=style, heuristics=heuristics)
            out = await run_stage(run, "extend", step, None, cfg.extend)
            new = ei.apply_extend(tree, node.task_name, out.kept())
            for child in new:
                tree.save_node(child)
            tree.save_meta()
            await publish_tree(tree, f"extending {node.raw_task_name!r}")
        frontier.visited(node, new)


async def enrich_all(run: FlowRun, cfg: ExploreInstructConfig, tree: DomainTree) -> None:
    """Examples for every node, in pre-order, up to its depth's count: one continuously pipelined
    stage for the whole phase (`enrich_pipeline.py`), or the reference's rounds, one stage per node
    (`enrich.pipeline: rounds`; always for a local model, which batches)."""
    if cfg.enrich.pipeline == "rounds" or cfg.llm.backend == "local":
        await enrich_rounds(run, cfg, tree)
        return
    targets = [(node.task_name, t) for node in tree.nodes() if (t := cfg.enrich_num(node.depth)) > 0]
    if not targets:
        return
    step = partial(enrich_pipeline_stage, tree=tree, targets=targets, style=cfg.domain_style(),
                   heuristics=cfg.heuristic_config(), in_flight=cfg.enrich.in_flight or cfg.llm.concurrency,
                   detail=run.next_stage_dir("enrich"))
    out = await run_stage(run, "enrich", step, None, cfg.enrich, progress=True)
    for node in apply_enrich_all(tree, out.kept()):  # a resumed stage's examples the node has are skipped
        tree.save_node(node)
    await publish_tree(tree, "enriching")


async def enrich_rounds(run: FlowRun, cfg: ExploreInstructConfig, tree: DomainTree) -> None:
    """The reference's enrich loop: one stage per node, node after node."""
    style, heuristics = cfg.domain_style(), cfg.heuristic_config()
    for node in list(tree.nodes()):
        target = cfg.enrich_num(node.depth)
        if target <= 0:
            continue
        step = partial(en.enrich_stage, tree=tree, node=node.task_name, target=target,
                       style=style, heuristics=heuristics, detail=run.next_stage_dir("enrich"))
        out = await run_stage(run, "enrich", step, None, cfg.enrich, progress=True)
        if en.apply_enrich(tree, node.task_name, out.kept()):
            tree.save_node(node)
        await publish_tree(tree, f"enriching {node.raw_task_name!r}")


async def select(run: FlowRun, cfg: ExploreInstructConfig, tree: DomainTree) -> list[Task]:
    """Prune names, filter instructions per node, then draw the quota sample."""
    pruned = await run_stage(run, "prune", partial(sel.prune_stage, tree=tree), None, cfg.prune)
    tree.pruned = sel.pruned_names(pruned.rejected())
    tree.save_pruned()
    filtered = await run_stage(run, "filter", partial(sel.filter_stage, tree=tree), None, cfg.filter)
    for node in sel.apply_filter(tree, filtered.kept()):
        tree.save_node(node)
    await publish_tree(tree, "prune and filter")
    sampled = await run_stage(run, "sample", partial(sel.sample_stage, tree=tree), None, cfg.sample)
    return sampled.kept()  # type: ignore[return-value]


def tree_figures(tree: DomainTree, records: list[Task], cfg: ExploreInstructConfig) -> dict[str, Any]:
    rows = depth_figures(tree)
    return {
        "search order": cfg.order, "nodes": sum(r["nodes"] for r in rows),
        "depth reached": rows[-1]["depth"], "breadth (widest level)": max(r["nodes"] for r in rows),
        "nodes per depth": ", ".join(f"{r['depth']}: {r['nodes']}" for r in rows),
        "examples per depth": ", ".join(f"{r['depth']}: {r['examples']}" for r in rows),
        "pruned nodes": len(tree.pruned),
        "rows sampled": f"{len(records)} of {cfg.sample.n_samples} requested"
                        + (f" (shortfall {cfg.sample.n_samples - len(records)}: the tree holds fewer "
                           "eligible examples)" if len(records) < cfg.sample.n_samples else ""),
    }


def run_output(cfg: ExploreInstructConfig, tree: DomainTree, records: list[Task], n_seeds: int) -> RunOutput:
    return RunOutput(
        "Explore-Instruct", f"{FLOW} ({cfg.preset})", records, cfg.domain, llm_description(cfg.llm),
        n_seeds, cfg.sample.n_samples, figures=tree_figures(tree, records, cfg),
        summary={"tree": str(tree.folder), "per_depth": depth_figures(tree)},
        report_extra=tree_markdown(tree, "Domain tree", level=2)
        + f"\nThe tree in the reference's format: `{tree.folder}`\n")


@flow(name=FLOW, flow_run_name=run_name(FLOW), log_prints=False)
async def explore_instruct_flow(config: ExploreInstructConfig, out_dir: str = "") -> str:
    """Root task -> extend (dfs|bfs) -> enrich -> prune -> filter -> quota sample -> dataset.jsonl."""
    start = load_start_tree(config)
    async with opened_run(FLOW, out_dir, config) as run:
        seeds = await run_stage(run, "seeds", partial(seeds_stage, tree=start))
        tree = open_tree(run.root / "tree", start)
        await publish_tree(tree, "loading")
        await explore(run, config, tree, start)
        await enrich_all(run, config, tree)
        records = await select(run, config, tree)
        await finish_run(run, run_output(config, tree, records, seeds.stats.n_kept))
    return str(run.root)
