"""`datagen run instag`: tag any JSONL dataset, normalize the tags, pick a Cf-D subset."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from datagen.cli import common as c
from datagen.config import load_config


def instag_command(
    input: Optional[Path] = typer.Option(None, "--input", help="dataset to tag: JSONL (or a JSON "
                                         "list) of Alpaca rows, a text field, records.jsonl, OpenAI "
                                         "messages or ShareGPT conversations"),
    field: Optional[str] = typer.Option(None, "--field", help="query text field of plain rows "
                                        "(default instruction)"),
    n: Optional[int] = typer.Option(None, "--n", help="queries to select (default 6000, the paper's)"),
    input_format: Optional[str] = typer.Option(None, "--input-format",
                                               help="auto | text | records | openai | sharegpt"),
    alpha: Optional[int] = typer.Option(None, "--alpha", help="frequency filter: keep tags used by at "
                                        "least this many queries (default 20)"),
    llm: Optional[str] = c.LlmOpt, base_url: Optional[str] = c.BaseUrlOpt, model: Optional[str] = c.ModelOpt,
    config: Optional[Path] = c.ConfigOpt, sets: Optional[List[str]] = c.SetOpt,
    out: Optional[Path] = c.OutOpt, max_cost: Optional[float] = c.MaxCostOpt,
    max_tokens: Optional[int] = c.MaxTokensOpt, task_runner: Optional[str] = c.TaskRunnerOpt,
    debug: bool = c.DebugOpt,
) -> None:
    """InsTag: intention tags for every query, diversity/complexity, Complexity-first Diverse subset."""

    def main():
        from flows.instag_flow import InstagConfig, instag_flow

        overrides = c.llm_overrides(llm, base_url, model)
        overrides += c.flag_overrides((("input", input), ("field", field), ("sampling.n", n),
                                       ("input_format", input_format), ("frequency.alpha", alpha)))
        overrides += c.budget_overrides(max_cost, max_tokens)
        overrides += c.runner_overrides(task_runner)
        cfg = load_config(InstagConfig, config, [*overrides, *(sets or [])])
        return c.start_run(instag_flow, "instag", cfg, out)

    run_dir = Path(c.run_guarded(main, debug))
    c.echo(f"Cf-D subset: {run_dir / 'subset.jsonl'} (input format), {run_dir / 'dataset.jsonl'}\n"
           f"tags: {run_dir / 'tag_vocabulary.json'}, merges: {run_dir / 'tag_merges.jsonl'}\n"
           f"report: {run_dir / 'report.md'}\n"
           "inspect every stage in the Prefect UI: `datagen ui`, then open http://127.0.0.1:4200")


def register(run_app: typer.Typer) -> None:
    run_app.command("instag")(instag_command)
