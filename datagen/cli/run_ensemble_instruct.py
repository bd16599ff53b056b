"""`datagen run ensemble-instruct`: Ensemble-Instruct from seeds to dataset.jsonl.

`--ensemble FILE` names the members, a YAML list of LLM configs (or a mapping with an
`ensemble:` list), first = the instance generator:

    - {backend: openai, base_url: http://127.0.0.1:8000/v1, model: falcon-40b, mode: completion}
    - {backend: openai, base_url: http://127.0.0.1:8001/v1, model: flan-t5-xxl}
    - {backend: local, model: /models/flan-ul2}

The common LLM flags (--llm/--base-url/--model) set the instruction generator; without them and
with --ensemble, the first member writes the instructions too (as Falcon-40B does in the paper).
With neither, the embedded model plays every member (a stand-in, see the flow's docstring).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, List, Optional

import typer
import yaml

from datagen.cli import common as c
from datagen.config import apply_overrides, read_yaml, validate_config
from datagen.errors import InputError, UserError

EnsembleOpt = typer.Option(None, "--ensemble", help="YAML list of the ensemble members' LLM configs "
                           "(first = instance generator); default: the generator plays every member")
RuleOpt = typer.Option(None, "--rule", help="vote rule: medoid (repo HEAD, default) | legacy | paper")


def read_members(path: Path) -> list[dict[str, Any]]:
    """The member list of an --ensemble file: a top-level list, or a mapping with `ensemble:`."""
    if not path.is_file():
        raise InputError(path, "ensemble file not found", fix="check the path")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(path, f"not valid YAML ({getattr(exc, 'problem', exc)})",
                         line=(mark.line + 1) if mark else None) from None
    if isinstance(data, dict):
        data = data.get("ensemble")
    if not isinstance(data, list) or not data or not all(isinstance(m, dict) for m in data):
        raise InputError(path, "expected a list of LLM configs, one per member",
                         fix="write `- {backend: openai, base_url: ..., model: ...}` per member, "
                         "the instance generator first")
    return data


def ensemble_instruct_command(
    llm: Optional[str] = c.LlmOpt, base_url: Optional[str] = c.BaseUrlOpt, model: Optional[str] = c.ModelOpt,
    ensemble: Optional[Path] = EnsembleOpt, rule: Optional[str] = RuleOpt,
    seeds: Optional[Path] = typer.Option(None, "--seeds", help="seed tasks JSONL (Self-Instruct format)"),
    target: Optional[int] = typer.Option(None, "--target", help="instructions to keep per task type"),
    config: Optional[Path] = c.ConfigOpt, sets: Optional[List[str]] = c.SetOpt,
    out: Optional[Path] = c.OutOpt, max_cost: Optional[float] = c.MaxCostOpt,
    max_tokens: Optional[int] = c.MaxTokensOpt, task_runner: Optional[str] = c.TaskRunnerOpt,
    debug: bool = c.DebugOpt,
) -> None:
    """Ensemble-Instruct: type A/B instructions, instances, extra outputs from every member, vote."""

    def main():
        from flows.ensemble_instruct_flow import EnsembleInstructConfig, ensemble_instruct_flow

        data: dict[str, Any] = read_yaml(config) if config is not None else {}
        llm_flags = c.llm_overrides(llm, base_url, model)
        if ensemble is not None:
            members = read_members(ensemble)
            data["ensemble"] = members
            if not llm_flags and "llm" not in data:
                data["llm"] = dict(members[0])
        if rule is not None and rule not in ("medoid", "legacy", "paper"):
            raise UserError(f"--rule {rule!r} is not known: use medoid, legacy or paper")
        overrides = list(llm_flags)
        overrides += c.flag_overrides((("seeds", seeds), ("target", target), ("vote.rule", rule)))
        overrides += c.budget_overrides(max_cost, max_tokens)
        overrides += c.runner_overrides(task_runner)
        overrides += sets or []
        source = str(config or ensemble or "config") + (" with --set" if overrides else "")
        cfg = validate_config(EnsembleInstructConfig, apply_overrides(data, overrides), source)
        from datagen.seeds import load_seed_tasks
        from flows.ensemble_instruct_flow import ensemble_members, is_stand_in
        from flows.run_setup import resolve_path

        load_seed_tasks(resolve_path(cfg.seeds))  # a bad seed file fails here, before any output
        members = ensemble_members(cfg)
        distinct = {(m.backend, m.model, m.base_url, m.api_key_env): m for m in [cfg.llm, *members]}
        if is_stand_in(members):
            c.echo("ensemble: one model plays every member with different seeds and temperatures "
                   "(a stand-in; pass --ensemble FILE to vote across different models)")
        return c.start_run(ensemble_instruct_flow, "ensemble-instruct", cfg, out, llms=distinct.values())

    run_dir = Path(c.run_guarded(main, debug))
    c.echo(f"dataset: {run_dir / 'dataset.jsonl'}\nreport: {run_dir / 'report.md'}\n"
           "inspect every stage in the Prefect UI: `datagen ui`, then open http://127.0.0.1:4200")


def register(run_app: typer.Typer) -> None:
    run_app.command("ensemble-instruct")(ensemble_instruct_command)
