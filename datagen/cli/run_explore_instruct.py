"""`datagen run explore-instruct`: grow a domain task tree and sample a dataset from it."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from datagen.cli import common as c
from datagen.config import load_config, read_yaml
from datagen.errors import UserError

PRESETS = {"explore-instruct": None, "domain-aware-self-instruct": "explore_instruct_domain_aware.yaml"}


def _counts(flag: str, text: str) -> str:
    """"5,3" -> "[5, 3]" for --set; anything else is a one-line error."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts or not all(p.isdigit() for p in parts):
        raise UserError(f"{flag} {text!r}: give counts per depth separated by commas, for example {flag} 5,3")
    return "[" + ", ".join(parts) + "]"


def explore_instruct_command(
    llm: Optional[str] = c.LlmOpt, base_url: Optional[str] = c.BaseUrlOpt, model: Optional[str] = c.ModelOpt,
    domain: Optional[str] = typer.Option(None, "--domain", help="rewriting | brainstorming | math, a root-task "
                                         "JSON file, or a tree folder (tree_meta_info.json + node files)"),
    style: Optional[str] = typer.Option(None, "--style", help="prompts and blacklist: rewriting | brainstorming | "
                                        "math (default: the domain's; brainstorming for a file)"),
    max_depth: Optional[int] = typer.Option(None, "--max-depth", help="extend nodes above this depth"),
    extend_nums: Optional[str] = typer.Option(None, "--extend-nums", help="new subtasks per node by depth, e.g. 5,3"),
    enrich_nums: Optional[str] = typer.Option(None, "--enrich-nums", help="examples per node by depth, e.g. 50,50,50"),
    order: Optional[str] = typer.Option(None, "--order", help="dfs (the paper) | bfs (the reference code)"),
    n_samples: Optional[int] = typer.Option(None, "--n-samples", help="rows to sample for the dataset"),
    preset: str = typer.Option("explore-instruct", "--preset", help="explore-instruct | domain-aware-self-instruct"),
    config: Optional[Path] = c.ConfigOpt, sets: Optional[List[str]] = c.SetOpt,
    out: Optional[Path] = c.OutOpt, max_cost: Optional[float] = c.MaxCostOpt,
    max_tokens: Optional[int] = c.MaxTokensOpt, task_runner: Optional[str] = c.TaskRunnerOpt,
    debug: bool = c.DebugOpt,
) -> None:
    """Explore-Instruct: lookahead and backtracking over a domain's task tree, then a quota sample."""

    def main():
        from flows.explore_instruct_flow import ExploreInstructConfig, explore_instruct_flow
        from flows.run_setup import PROJECT_ROOT

        if preset not in PRESETS:
            raise UserError(f"--preset {preset!r} is not known: use explore-instruct or domain-aware-self-instruct")
        if order is not None and order not in ("dfs", "bfs"):
            raise UserError(f"--order {order!r} is not known: use dfs or bfs")
        base = read_yaml(PROJECT_ROOT / "flows" / "configs" / PRESETS[preset]) if PRESETS[preset] else {}
        overrides = c.llm_overrides(llm, base_url, model)
        overrides += c.flag_overrides((("domain", domain), ("style", style), ("max_depth", max_depth),
                                       ("order", order), ("sample.n_samples", n_samples)))
        overrides += c.budget_overrides(max_cost, max_tokens)
        if extend_nums is not None:
            overrides.append(f"extend_nums={_counts('--extend-nums', extend_nums)}")
        if enrich_nums is not None:
            overrides.append(f"enrich_nums={_counts('--enrich-nums', enrich_nums)}")
        overrides += c.runner_overrides(task_runner)
        cfg = load_config(ExploreInstructConfig, config, [*overrides, *(sets or [])], base=base)
        return c.start_run(explore_instruct_flow, "explore-instruct", cfg, out)

    run_dir = Path(c.run_guarded(main, debug))
    c.echo(f"dataset: {run_dir / 'dataset.jsonl'}\ntree: {run_dir / 'tree'}\nreport: {run_dir / 'report.md'}\n"
           "inspect every stage and the growing tree in the Prefect UI: `datagen ui`, then open "
           "http://127.0.0.1:4200")


def register(run_app: typer.Typer) -> None:
    run_app.command("explore-instruct")(explore_instruct_command)
