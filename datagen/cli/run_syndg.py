"""`datagen run syndg`: knowledge-grounded dialogues (SynDG, Bao et al., ACL 2023)."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from datagen.cli import common as c
from datagen.config import load_config
from datagen.errors import UserError

STYLES = ("wow", "persona")
SCORERS = ("nll", "judge")


def syndg_command(
    llm: Optional[str] = c.LlmOpt, base_url: Optional[str] = c.BaseUrlOpt, model: Optional[str] = c.ModelOpt,
    style: Optional[str] = typer.Option(None, "--style", help="wow (topic passages) | persona (persona sentences)"),
    n: Optional[int] = typer.Option(None, "--n", help="dialogues to keep (1.5x as many are built and scored)"),
    topics: Optional[Path] = typer.Option(None, "--topics", help="topic knowledge base JSONL (wow style)"),
    personas: Optional[Path] = typer.Option(None, "--personas", help="persona sentences JSONL (persona style)"),
    scorer: Optional[str] = typer.Option(None, "--scorer", help="nll (local causal LM) | judge (the run's LLM rates 1-10)"),
    scorer_model: Optional[str] = typer.Option(None, "--scorer-model",
                                               help="HF folder or .gguf for the nll scorer (default: embedded SmolLM2)"),
    config: Optional[Path] = c.ConfigOpt, sets: Optional[List[str]] = c.SetOpt,
    out: Optional[Path] = c.OutOpt, max_cost: Optional[float] = c.MaxCostOpt,
    max_tokens: Optional[int] = c.MaxTokensOpt, task_runner: Optional[str] = c.TaskRunnerOpt,
    debug: bool = c.DebugOpt,
) -> None:
    """SynDG: dialogue flows from a knowledge source, realized turn by turn, scored, best kept."""

    def main():
        from flows.syndg_flow import SynDGConfig, syndg_flow

        if style is not None and style not in STYLES:
            raise UserError(f"--style {style!r} is not known: use wow or persona")
        if scorer is not None and scorer not in SCORERS:
            raise UserError(f"--scorer {scorer!r} is not known: use nll or judge")
        overrides = c.llm_overrides(llm, base_url, model)
        overrides += c.flag_overrides((("flows.style", style), ("n", n), ("topics", topics),
                                       ("personas", personas), ("score.scorer", scorer),
                                       ("score.nll.model", scorer_model)))
        overrides += c.budget_overrides(max_cost, max_tokens)
        overrides += c.runner_overrides(task_runner)
        cfg = load_config(SynDGConfig, config, [*overrides, *(sets or [])])
        return c.start_run(syndg_flow, "syndg", cfg, out)

    run_dir = Path(c.run_guarded(main, debug))
    c.echo(f"dataset: {run_dir / 'dataset.jsonl'} (OpenAI messages; `datagen export {run_dir} --format "
           f"sharegpt` for ShareGPT)\nreport: {run_dir / 'report.md'}\n"
           "inspect every stage in the Prefect UI: `datagen ui`, then open http://127.0.0.1:4200")


def register(run_app: typer.Typer) -> None:
    run_app.command("syndg")(syndg_command)
