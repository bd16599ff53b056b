"""`datagen export`, `report`, `methods`, `ui`/`server` and `fake-server`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Optional

import typer

from datagen.cli.common import DebugOpt, echo, run_guarded
from datagen.errors import UserError

METHODS = {
    "self-instruct": ("Self-Instruct (Wang et al., ACL 2023): bootstrap instructions from seeds, "
                      "ROUGE-L novelty, classification-aware instance generation",
                      ["self_instruct (default)", "alpaca: --preset alpaca (Taori et al. 2023)",
                       "demo: --config flows/configs/self_instruct_demo.yaml"]),
    "ensemble-instruct": ("Ensemble-Instruct (Lee et al., EMNLP Findings 2023): type A/B ICL, "
                          "outputs from several LMs, ROUGE-L consensus voting", ["medoid", "legacy", "paper"]),
    "explore-instruct": ("Explore-Instruct (Wan et al., EMNLP 2023): domain tree search with "
                         "lookahead and backtracking", ["rewriting", "brainstorming", "math",
                                                        "domain-aware-self-instruct (depth 0)"]),
    "syndg": ("SynDG (Bao et al., ACL 2023): knowledge-grounded dialogues from sampled flows, "
              "flow- and utterance-level filtering", ["wow", "persona"]),
    "instag": ("InsTag (Lu et al., ICLR 2024): open-set intention tags, normalization, "
               "complexity-first diverse sampling", ["llm tagger", "cf-d sampling"]),
}


def export_command(
    run_dir: Path = typer.Argument(..., help="a run folder (holds records.jsonl)"),
    fmt: str = typer.Option("alpaca", "--format", help="alpaca | openai | sharegpt"),
    out: Optional[Path] = typer.Option(None, "--out", help="output JSONL (default RUN_DIR/export_<format>.jsonl)"),
    system: Optional[str] = typer.Option(None, "--system", help="system prompt for openai/sharegpt rows"),
    debug: bool = DebugOpt,
) -> None:
    """Write a run's dataset as Alpaca, OpenAI messages or ShareGPT JSONL."""
    from datagen.export import FORMATS, export_run, final_records_path

    def main() -> None:
        if fmt not in FORMATS:
            raise UserError(f"--format {fmt!r} is not known: use one of {', '.join(FORMATS)}")
        if not final_records_path(run_dir).is_file():
            raise UserError(f"{run_dir} is not a finished run folder (no records.jsonl): "
                            "pass the folder a `datagen run` printed")
        target = out or run_dir / f"export_{fmt}.jsonl"
        try:
            n = export_run(run_dir, fmt, target, system)  # type: ignore[arg-type]
        except ValueError as exc:
            raise UserError(str(exc)) from None
        echo(f"wrote {n} rows to {target}")

    run_guarded(main, debug)


def report_command(run_dir: Path = typer.Argument(..., help="a run folder"), debug: bool = DebugOpt) -> None:
    """Rebuild and print a run's markdown report (also written to RUN_DIR/report.md)."""
    from datagen.io import write_text
    from datagen.report import build_report

    def main() -> None:
        if not run_dir.is_dir():
            raise UserError(f"{run_dir}: no such run folder")
        text = build_report(run_dir)
        write_text(run_dir / "report.md", text)
        echo(text)

    run_guarded(main, debug)


def methods_command() -> None:
    """List the methods and their presets."""
    for name, (summary, presets) in METHODS.items():
        echo(f"{name}\n  {summary}\n  presets: {', '.join(presets)}")


def ui_command(
    port: int = typer.Option(4200, "--port"),
    host: str = typer.Option("127.0.0.1", "--host"),
) -> None:
    """Start the Prefect server (and UI) over the same database the runs write to."""
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_UI_ENABLED": "true"}
    echo(f"Prefect UI: http://{host}:{port}  (Ctrl-C to stop). Runs made so far are listed under "
         "Runs; each stage is a task with counts and sample artifacts.")
    echo(f"To send later runs to this server: export PREFECT_API_URL=http://{host}:{port}/api")
    cmd = [sys.executable, "-m", "prefect", "server", "start", "--host", host, "--port", str(port)]
    raise typer.Exit(subprocess.call(cmd, env=env))


def fake_server_command(port: int = typer.Option(8000, "--port")) -> None:
    """Run the fake OpenAI-compatible server on 127.0.0.1 (for trying endpoints without a model)."""
    from datagen.llm.fake_server import main as serve

    serve(["--port", str(port)])


def register(app: typer.Typer) -> None:
    app.command("export")(export_command)
    app.command("report")(report_command)
    app.command("methods")(methods_command)
    app.command("ui")(ui_command)
    app.command("server")(ui_command)
    app.command("fake-server")(fake_server_command)
