"""`datagen run self-instruct`: the spine flow from the command line."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from datagen.cli import common as c
from datagen.config import load_config, read_yaml
from datagen.errors import UserError

PRESETS = {"self_instruct": None, "alpaca": "alpaca.yaml"}


def self_instruct_command(
    llm: Optional[str] = c.LlmOpt, base_url: Optional[str] = c.BaseUrlOpt, model: Optional[str] = c.ModelOpt,
    seeds: Optional[Path] = typer.Option(None, "--seeds", help="seed tasks JSONL (Self-Instruct format)"),
    target: Optional[int] = typer.Option(None, "--target", help="machine instructions to keep"),
    preset: str = typer.Option("self_instruct", "--preset", help="self_instruct | alpaca"),
    config: Optional[Path] = c.ConfigOpt, sets: Optional[List[str]] = c.SetOpt,
    out: Optional[Path] = c.OutOpt, max_cost: Optional[float] = c.MaxCostOpt,
    max_tokens: Optional[int] = c.MaxTokensOpt, task_runner: Optional[str] = c.TaskRunnerOpt,
    debug: bool = c.DebugOpt,
) -> None:
    """Self-Instruct (or its Alpaca variant) from seeds to dataset.jsonl."""

    def main():
        from datagen.seeds import load_seed_tasks
        from flows.run_setup import PROJECT_ROOT, resolve_path
        from flows.self_instruct_flow import SelfInstructConfig, self_instruct_flow

        if preset not in PRESETS:
            raise UserError(f"--preset {preset!r} is not known: use self_instruct or alpaca")
        base = read_yaml(PROJECT_ROOT / "flows" / "configs" / PRESETS[preset]) if PRESETS[preset] else {}
        overrides = c.llm_overrides(llm, base_url, model)
        overrides += c.flag_overrides((("seeds", seeds), ("target", target)))
        overrides += c.budget_overrides(max_cost, max_tokens)
        overrides += c.runner_overrides(task_runner)
        cfg = load_config(SelfInstructConfig, config, [*overrides, *(sets or [])], base=base)
        load_seed_tasks(resolve_path(cfg.seeds))  # a bad seed file fails here, before any output
        return c.start_run(self_instruct_flow, "self-instruct", cfg, out)

    run_dir = Path(c.run_guarded(main, debug))
    c.echo(f"dataset: {run_dir / 'dataset.jsonl'}\nreport: {run_dir / 'report.md'}\n"
           "inspect every stage in the Prefect UI: `datagen ui`, then open http://127.0.0.1:4200")


def register(run_app: typer.Typer) -> None:
    run_app.command("self-instruct")(self_instruct_command)
