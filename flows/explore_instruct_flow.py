"""Explore-Instruct (Wan et al., EMNLP 2023; fanqiwan/Explore-Instruct) as one Prefect flow.

The loop is the paper's search: take the next node from the frontier (depth-first by default,
or breadth-first as the reference code runs), extend it with new subtasks (lookahead; the
prompt shows its existing subtasks and peers, which is the backtracking), until `max_depth`;
then enrich every node with examples, prune near-duplicate task names, filter near-duplicate
instructions, and draw the N-example dataset with per-node quotas (METHODS §3).

The tree lives in `<run>/tree/` in the reference's format and is saved after every operation;
a rerun into the same folder reloads it, resumes finished stages from disk and re-applies their
records idempotently. The preset `domain_aware_self_instruct` is the paper's depth-0 baseline:
no extension, only examples for the root task.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any, Literal

from prefect import flow
from pydantic import Field, field_validator, model_validator

from datagen.config import StrictModel
from datagen.errors import UserError
from datagen.export import dataset_card, export_rows, write_card
from datagen.filters.heuristics import HeuristicConfig, heuristic_preset
from datagen.io import write_json, write_jsonl
from datagen.llm.settings import LLMConfig
from datagen.methods.explore_instruct import stages as ei
from datagen.methods.explore_instruct import select as sel
from datagen.methods.explore_instruct.tree import META_FILE, DomainTree, depth_figures, tree_markdown
from datagen.methods.explore_instruct.prompts import ALIASES, STYLES, DomainStyle, domain_style
from datagen.records import Task
from datagen.stage import RunContext, StageResult, make_result
from flows.artifacts import finish_report, publish_markdown
from flows.run_setup import RunOptions, llm_description, open_run, resolve_path, run_name
from flows.stage_task import FlowRun, run_stage

SEEDS_DIR = "seeds/explore_instruct"
TREE_KEY = "explore-instruct-tree"


class ExploreInstructConfig(StrictModel):
    preset: Literal["explore_instruct", "domain_aware_self_instruct"] = Field(
        "explore_instruct", description="explore_instruct, or the paper's depth-0 baseline")
    domain: str = Field("rewriting", description="rewriting | brainstorming | math (seeds/explore_instruct/), "
                        "a root-task JSON file, or a tree folder (tree_meta_info.json + node files)")
    style: Literal["rewriting", "brainstorming", "math"] | None = Field(
        None, description="prompts and blacklist; default: the named domain's, brainstorming for a file")
    order: Literal["dfs", "bfs"] = Field("dfs", description="dfs: the paper's search; bfs: the reference code's queue")
    max_depth: int = Field(2, ge=0, description="--max_depth: nodes above it are extended")
    extend_nums: list[int] = Field(default_factory=lambda: [5, 5], description="--extend_nums: new "
                                   "subtasks per node at depth 0, 1, ... (the last repeats); default_extend_num 5")
    enrich_nums: list[int] = Field(default_factory=lambda: [50, 50, 50], description="--enrich_nums: "
                                   "examples to add per node at depth 0, 1, ... (the last repeats); default_enrich_num 50")
    run: RunOptions = Field(default_factory=RunOptions)
    llm: LLMConfig = Field(default_factory=LLMConfig)
    extend: ei.ExtendConfig = Field(default_factory=ei.ExtendConfig)
    enrich: ei.EnrichConfig = Field(default_factory=ei.EnrichConfig)
    heuristics: HeuristicConfig | None = Field(None, description="default: the domain's preset "
                                               "(explore_rewrite | explore_brainstorming | explore_math)")
    prune: sel.PruneConfig = Field(default_factory=sel.PruneConfig)
    filter: sel.ExampleFilterConfig = Field(default_factory=sel.ExampleFilterConfig)
    sample: sel.SampleConfig = Field(default_factory=sel.SampleConfig)

    @model_validator(mode="before")
    @classmethod
    def _baseline_depth(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("preset") == "domain_aware_self_instruct":
            data = {**data, "max_depth": data.get("max_depth", 0)}
        return data

    @model_validator(mode="after")
    def _check_preset(self) -> ExploreInstructConfig:
        if self.preset == "domain_aware_self_instruct" and self.max_depth != 0:
            raise ValueError("the domain_aware_self_instruct preset explores nothing: max_depth must be 0")
        return self

    @field_validator("extend_nums", "enrich_nums")
    @classmethod
    def _counts(cls, value: list[int]) -> list[int]:
        if not value or any(v < 0 for v in value):
            raise ValueError("give one or more counts >= 0, one per depth (the last repeats)")
        return value

    def extend_num(self, depth: int) -> int:
        return self.extend_nums[min(depth, len(self.extend_nums) - 1)]

    def enrich_num(self, depth: int) -> int:
        return self.enrich_nums[min(depth, len(self.enrich_nums) - 1)]

    def named_domain(self) -> str | None:
        key = ALIASES.get(self.domain, self.domain)
        return key if key in STYLES else None

    def domain_style(self) -> DomainStyle:
        return domain_style(self.style or self.named_domain() or "brainstorming")

    def heuristic_config(self) -> HeuristicConfig:
        return self.heuristics or heuristic_preset(self.domain_style().heuristic_preset)


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
    """Examples for every node, in pre-order, up to its depth's count."""
    style, heuristics = cfg.domain_style(), cfg.heuristic_config()
    for node in list(tree.nodes()):
        target = cfg.enrich_num(node.depth)
        if target <= 0:
            continue
        step = partial(ei.enrich_stage, tree=tree, node=node.task_name, target=target,
                       style=style, heuristics=heuristics)
        out = await run_stage(run, "enrich", step, None, cfg.enrich, progress=True)
        if ei.apply_enrich(tree, node.task_name, out.kept()):
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


async def finish_run(run: FlowRun, cfg: ExploreInstructConfig, tree: DomainTree, records: list[Task],
                     n_seeds: int) -> Path:
    """records.jsonl, the Alpaca dataset and its card, summary.json, report.md (with the tree)."""
    layout = run.layout
    write_jsonl(run.root / "records.jsonl", records)
    n_rows = write_jsonl(layout.dataset, export_rows(records, "alpaca"))
    write_card(run.root / "dataset_card.md",
               dataset_card("datagen Explore-Instruct dataset", f"explore-instruct ({cfg.preset})", n_rows,
                            cfg.domain, llm_description(cfg.llm)))
    write_json(layout.summary, {
        "flow": f"explore-instruct ({cfg.preset})", "dataset": str(layout.dataset), "dataset_rows": n_rows,
        "llm": llm_description(cfg.llm), "n_seeds": n_seeds, "target": cfg.sample.n_samples,
        "tree": str(tree.folder), "per_depth": depth_figures(tree),
        "figures": tree_figures(tree, records, cfg),
    })
    await finish_report(run.root, "Explore-Instruct run report", key="explore-instruct-report",
                        extra=tree_markdown(tree, "Domain tree", level=2)
                        + f"\nThe tree in the reference's format: `{tree.folder}`\n")
    return layout.dataset


@flow(name="explore-instruct", flow_run_name=run_name("explore-instruct"), log_prints=False)
async def explore_instruct_flow(config: ExploreInstructConfig, out_dir: str = "") -> str:
    """Root task -> extend (dfs|bfs) -> enrich -> prune -> filter -> quota sample -> dataset.jsonl."""
    start = load_start_tree(config)
    run = open_run("explore-instruct", out_dir, config, config.llm, config.run)
    try:
        seeds = await run_stage(run, "seeds", partial(seeds_stage, tree=start), None, None)
        tree = open_tree(run.root / "tree", start)
        await publish_tree(tree, "loading")
        await explore(run, config, tree, start)
        await enrich_all(run, config, tree)
        records = await select(run, config, tree)
        await finish_run(run, config, tree, records, seeds.stats.n_kept)
    finally:
        if run.llm is not None:
            await run.llm.aclose()
    return str(run.root)
