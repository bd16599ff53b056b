"""`datagen export`, `report`, `methods`, `ui`/`server` and `fake-server`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Optional

import typer

from datagen.cli.common import DebugOpt, echo, run_guarded
from datagen.errors import UserError

def export_command(
    run_dir: Path = typer.Argument(..., help="a run folder (holds records.jsonl)"),
    fmt: str = typer.Option("alpaca", "--format", help="alpaca | openai | sharegpt (JSONL, with a "
                            "LLaMA-Factory dataset_info.json beside it) | parquet | hf (a datasets "
                            "save_to_disk folder)"),
    out: Optional[Path] = typer.Option(None, "--out", help="output file, or folder for hf (default "
                                       "RUN_DIR/export_<format>.jsonl, .parquet, or export_hf/)"),
    rows: Optional[str] = typer.Option(None, "--rows", help="row shape inside parquet/hf: alpaca | "
                                       "openai | sharegpt (default: alpaca, openai for dialogues)"),
    system: Optional[str] = typer.Option(None, "--system", help="system prompt for openai/sharegpt rows"),
    push_to_hub: Optional[str] = typer.Option(None, "--push-to-hub", help="with --format hf: also "
                                              "upload to this Hub repo (user/name), token from $HF_TOKEN"),
    debug: bool = DebugOpt,
) -> None:
    """Write a run's dataset as Alpaca, OpenAI messages or ShareGPT JSONL, Parquet, or a Hugging
    Face datasets folder. A run with no rows exports nothing (exit code 2)."""
    from datagen.export import DATASET_INFO, FORMATS, check_export_options, check_export_target, \
        default_target, export_run, final_records_path

    def main() -> None:
        check_export_options(fmt, rows, push_to_hub)
        if not final_records_path(run_dir).is_file():
            raise UserError(f"{run_dir} is not a finished run folder (no records.jsonl): "
                            "pass the folder a `datagen run` printed")
        target = out or default_target(run_dir, fmt)
        check_export_target(run_dir, target, folder=fmt == "hf")
        try:
            n = export_run(run_dir, fmt, target, system, shape=rows, push_to_hub=push_to_hub)  # type: ignore[arg-type]
        except ValueError as exc:
            raise UserError(str(exc)) from None
        echo(f"wrote {n} rows to {target}")
        if fmt in FORMATS:
            echo(f"LLaMA-Factory: entry {target.stem!r} in {target.parent / DATASET_INFO}")
        if push_to_hub:
            echo(f"pushed to https://huggingface.co/datasets/{push_to_hub}")

    run_guarded(main, debug)


def report_command(
    run_dir: Path = typer.Argument(..., help="a run folder"),
    rebuild: bool = typer.Option(False, "--rebuild", metavar="", help="also rewrite RUN_DIR/report.md and "
                                 "RUN_DIR/charts/*.png (slower: charts, spaCy)"),
    debug: bool = DebugOpt,
) -> None:
    """Print a short summary of a run: rows and target, the funnel by stage with the top rejection
    reasons, requests, tokens and cost. The full markdown report stays in RUN_DIR/report.md."""
    from datagen.report import short_summary

    def main() -> None:
        if not run_dir.is_dir():
            raise UserError(f"{run_dir}: no such run folder")
        if rebuild:
            from datagen.analysis.report_charts import skip_line, write_run_report

            report = write_run_report(run_dir)
            for name, why in report.skipped.items():
                typer.echo(skip_line(name, why), err=True)
            typer.echo(f"wrote {report.path} and {len(report.charts)} charts in {run_dir / 'charts'}", err=True)
        echo(short_summary(run_dir))

    run_guarded(main, debug)


def methods_command(markdown: bool = typer.Option(False, "--markdown", metavar="",
                                                   help="print README's method table")) -> None:
    """List the methods and their presets (the names `--preset` takes)."""
    from datagen.registry import METHODS, methods_table

    if markdown:
        echo(methods_table())
        return
    for spec in METHODS.values():
        presets = [f"{name} (default)" if name == spec.default_preset else name for name in spec.presets]
        echo(f"{spec.name}\n  {spec.summary}\n  presets: {', '.join(presets)}")


def ui_command(
    port: int = typer.Option(4200, "--port"),
    host: str = typer.Option("127.0.0.1", "--host"),
) -> None:
    """Start the Prefect server (and UI) over the same database the runs write to; while it is
    up, later `datagen run`s and `datagen deploy`s send their runs to it."""
    from datagen.cli.common import live_server_url, server_state_path, prefect_home

    running = live_server_url()
    if running:
        echo(f"a Prefect server is already up: {running.removesuffix('/api')} (runs go to it)")
        return
    client_host = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    ui_url, api_url = f"http://{client_host}:{port}", f"http://{client_host}:{port}/api"
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_UI_ENABLED="true",
               PREFECT_HOME=str(prefect_home()))
    env.setdefault("PREFECT_UI_API_URL", api_url)  # else the UI calls port 4200 whatever --port is
    cmd = [sys.executable, "-m", "prefect", "server", "start", "--host", host, "--port", str(port)]
    server = subprocess.Popen(cmd, env=env)
    state = server_state_path()
    try:
        if not _wait_healthy(server, api_url, timeout=120.0):
            raise typer.Exit(server.poll() or 1)
        state.parent.mkdir(parents=True, exist_ok=True)
        state.write_text(json.dumps({"api_url": api_url, "ui_url": ui_url, "pid": server.pid}),
                         encoding="utf-8")
        echo(f"Prefect UI: {ui_url}  (Ctrl-C to stop). Each run is listed under Runs; each stage is "
             "a task with counts and sample artifacts.")
        echo(f"Later `datagen run`s send their runs here (recorded in {state}).")
        raise typer.Exit(server.wait())
    except KeyboardInterrupt:
        raise typer.Exit(0) from None
    finally:
        _stop(server)
        _forget(state, server.pid)


def _wait_healthy(server: subprocess.Popen, api_url: str, timeout: float) -> bool:
    """Poll /api/health until it answers, the server exits, or `timeout` seconds pass."""
    from datagen.cli.common import server_answers

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            echo(f"the Prefect server exited with code {server.returncode} (is port "
                 f"{api_url.rsplit(':', 1)[1].split('/')[0]} already in use? try --port)")
            return False
        if server_answers(api_url):
            return True
        time.sleep(0.5)
    echo(f"the Prefect server did not answer {api_url}/health within {timeout:.0f} s")
    return False


def _stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _forget(state: Path, pid: int) -> None:
    """Remove the state file if it still names this server (a later server may own it)."""
    try:
        if json.loads(state.read_text(encoding="utf-8")).get("pid") == pid:
            state.unlink()
    except (OSError, ValueError, AttributeError):
        pass


def fake_server_command(
    port: int = typer.Option(8000, "--port", help="port on 127.0.0.1"),
    fail_rate: float = typer.Option(0.0, "--fail-rate", help="share of requests that fail, spread evenly "
                                    "over the --faults kinds"),
    faults: Optional[str] = typer.Option(None, "--faults", help="fault kinds, comma-separated: 429, 500, "
                                         "reset, timeout, malformed, empty_choices, length (default: 429,"
                                         "500,reset,malformed,empty_choices)"),
    latency: float = typer.Option(0.0, "--latency", help="seconds added to every answer"),
    seed: int = typer.Option(0, "--seed", help="seeds the fault draws and the replies"),
    max_concurrency: Optional[int] = typer.Option(None, "--max-concurrency", help="answer 429 above this "
                                                  "many requests in flight"),
    api_key: Optional[str] = typer.Option(None, "--api-key", help="require this key (401 otherwise)"),
    chatty: float = typer.Option(0.5, "--chatty", help="share of replies dressed in chat style (preamble, "
                                 "bold labels, numbering from 1); 0: exactly the asked format"),
    debug: bool = DebugOpt,
) -> None:
    """Run a fake OpenAI-compatible server on 127.0.0.1: realistic chat answers to every method's
    prompts (an echo for anything else), with optional injected faults and latency."""
    from datagen.llm.fake_server_cli import fault_plan, serve

    def main() -> None:
        plan = fault_plan(fail_rate=fail_rate, faults=faults, latency=latency, max_concurrency=max_concurrency,
                          api_key=api_key, seed=seed)
        serve(plan, port, chatty)

    run_guarded(main, debug)


def register(app: typer.Typer) -> None:
    app.command("export")(export_command)
    app.command("report")(report_command)
    app.command("methods")(methods_command)
    app.command("server")(ui_command)
    app.command("ui", hidden=True, deprecated=True)(ui_command)  # the former name; gone next release
    app.command("fake-server")(fake_server_command)
