"""Explore-Instruct as the registry knows it (Wan et al., EMNLP 2023), with the paper's
Domain-Aware Self-Instruct baseline as a preset: no exploration (depth 0), only examples for the
root task, then the same per-node filter and sampling (the paper compares equal-sized datasets)."""

from __future__ import annotations

from typing import Any

from datagen.methods.spec import MethodSpec, Option


def per_depth(flag: str):
    """An `apply` for "5,3"-style counts per depth; anything else is a one-line error."""
    def apply(data: dict[str, Any], text: str) -> None:
        from datagen.errors import UserError

        parts = [p.strip() for p in str(text).split(",") if p.strip()]
        if not parts or not all(p.isdigit() for p in parts):
            raise UserError(f"--{flag.replace('_', '-')} {text!r}: give counts per depth separated by commas, "
                            f"for example --{flag.replace('_', '-')} 5,3")
        data[flag] = [int(p) for p in parts]
    return apply


def check(cfg) -> None:
    """The domain, root-task file or tree folder is read before any output (the flow reads it again)."""
    from flows.explore_instruct_flow import load_start_tree

    load_start_tree(cfg)


SPEC = MethodSpec(
    name="explore-instruct",
    summary="Explore-Instruct (Wan et al., EMNLP 2023): domain tree search with lookahead and backtracking",
    config="datagen.methods.explore_instruct.config:ExploreInstructConfig",
    flow="flows.explore_instruct_flow:explore_instruct_flow",
    presets={"explore-instruct": {},
             "domain-aware-self-instruct": {"preset": "domain_aware_self_instruct", "max_depth": 0,
                                            "enrich_nums": [1000], "enrich": {"batch_size": 4},
                                            "sample": {"n_samples": 1000}}},
    options=(Option("--domain", "domain", str, "rewriting | brainstorming | math, a root-task JSON file, "
                    "or a tree folder (tree_meta_info.json + node files)"),
             Option("--style", "style", str, "prompts and blacklist: rewriting | brainstorming | math "
                    "(default: the domain's; brainstorming for a file)",
                    choices=("rewriting", "brainstorming", "math")),
             Option("--max-depth", "max_depth", int, "extend nodes above this depth"),
             Option("--extend-nums", "extend_nums", str, "new subtasks per node by depth, e.g. 5,3",
                    apply=per_depth("extend_nums")),
             Option("--enrich-nums", "enrich_nums", str, "examples per node by depth, e.g. 50,50,50",
                    apply=per_depth("enrich_nums")),
             Option("--order", "order", str, "dfs (the paper) | bfs (the reference code)", choices=("dfs", "bfs")),
             Option("--target", "sample.n_samples", int, "rows to sample for the dataset",
                    aliases=("--n-samples",))),
    outputs=("dataset: {run}/dataset.jsonl", "tree: {run}/tree", "report: {run}/report.md"),
    check=check,
)
