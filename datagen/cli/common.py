"""What every `datagen run <method>` shares: LLM options, config loading, progress, and errors.

A UserError (bad input, unreachable endpoint, budget reached) prints one line and exits non-zero;
any other exception prints a one-line internal-error message, with the traceback only under --debug.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import os
import sys
import traceback
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator, Optional, Iterable

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from datagen.errors import UserError
from datagen.io import LOCK_FILE

console = Console(stderr=True)

LLM_HELP = "LLM backend: local (embedded SmolLM2, or --model PATH), openai (any OpenAI-compatible endpoint), fake"

LlmOpt = typer.Option(None, "--llm", help=LLM_HELP)
BaseUrlOpt = typer.Option(None, "--base-url", help="endpoint base URL, e.g. http://127.0.0.1:8000/v1")
ModelOpt = typer.Option(None, "--model", help="endpoint model name, or a local HF folder / GGUF file")
ConfigOpt = typer.Option(None, "--config", help="YAML config file (flows/configs/*.yaml)")
SetOpt = typer.Option(None, "--set", help="override a config key: --set novelty.threshold=0.6 (repeatable)")
OutOpt = typer.Option(None, "--out", help="run folder (rerun with the same folder to resume)")
DebugOpt = typer.Option(False, "--debug", metavar="", help="show tracebacks")  # a flag: no <bool>
MaxCostOpt = typer.Option(None, "--max-cost", help="stop cleanly after this many dollars (needs a price table)")
MaxTokensOpt = typer.Option(None, "--max-tokens", help="stop cleanly after this many tokens")
TaskRunnerOpt = typer.Option(None, "--task-runner", help="default | dask | ray: shardable stages (heuristics, "
                             "votes) run in slices on Dask or Ray; needs the datagen\\[dask] or \\[ray] extra")


def prefect_home() -> Path:
    """Prefect's home folder (its SQLite database lives there): $PREFECT_HOME or ~/.prefect."""
    return Path(os.environ.get("PREFECT_HOME") or Path.home() / ".prefect").expanduser()


def server_state_path() -> Path:
    """Where `datagen server` records the URL of the Prefect server it started."""
    return prefect_home() / "datagen-server.json"


def server_answers(api_url: str, timeout: float = 0.5) -> bool:
    """True when `api_url`/health answers 200 (a refused local port fails at once)."""
    import httpx

    try:
        return httpx.get(f"{api_url.rstrip('/')}/health", timeout=timeout).status_code == 200
    except httpx.HTTPError:
        return False


def ui_hint() -> str:
    """Where to inspect the run: the UI of the `datagen server` that is up (runs went to it),
    else how to start one (Prefect's temporary server, which ran this run, is gone; its runs are
    in the same local database the server reads)."""
    api_url = live_server_url()
    if api_url:
        ui = api_url.rstrip("/").removesuffix("/api")
        return f"inspect every stage in the Prefect UI: open {ui}/runs"
    return "inspect every stage in the Prefect UI: `datagen ui`, then open http://127.0.0.1:4200"


def live_server_url() -> str | None:
    """The API URL `datagen server` recorded, if that server answers now; None otherwise."""
    import json

    try:
        api_url = json.loads(server_state_path().read_text(encoding="utf-8"))["api_url"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return api_url if isinstance(api_url, str) and server_answers(api_url) else None


def prefect_defaults() -> None:
    """Local-first Prefect: no analytics; keep Prefect's own chatter to warnings. When a
    `datagen server` is up (its state file names a URL that answers), runs go to it so they
    stay in its UI; otherwise each run uses Prefect's temporary ephemeral server, with a start-up
    wait long enough for a loaded machine (Prefect's 20 s failed `make demo` on a busy 2-core
    box; see datagen.prefect_server). Runs before Prefect is imported, which reads these once."""
    from datagen.prefect_server import STARTUP_TIMEOUT_S

    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", str(STARTUP_TIMEOUT_S))
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    # tqdm reads TQDM_DISABLE once, when it is first imported (by whichever library comes first):
    # set here, before any, it keeps transformers' GGUF de-quantization bar out of the CLI's
    # output; the CLI draws its own progress bars with rich.
    os.environ.setdefault("TQDM_DISABLE", "1")
    # ...but a run's own loggers at INFO: their lines (stage summaries, the run summary) are what
    # the flow run's Logs tab shows; `quiet_prefect_failures` keeps them off the terminal.
    os.environ.setdefault("PREFECT_LOGGING_LOGGERS_PREFECT_FLOW_RUNS_LEVEL", "INFO")
    os.environ.setdefault("PREFECT_LOGGING_LOGGERS_PREFECT_TASK_RUNS_LEVEL", "INFO")
    if not os.environ.get("PREFECT_API_URL"):
        url = live_server_url()
        if url:
            os.environ["PREFECT_API_URL"] = url


@contextmanager
def progress_display() -> Iterator[Callable[[str, int, int], None] | None]:
    """A rich progress bar per long LLM stage when stderr is a terminal; nothing otherwise."""
    if not console.is_terminal:
        yield None
        return
    bars: dict[str, Any] = {}
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=console, transient=False) as progress:
        def hook(label: str, done: int, total: int) -> None:
            if label not in bars:
                bars[label] = progress.add_task(label, total=total)
            progress.update(bars[label], completed=done, total=total)
        yield hook


RUN_LOGGERS = ("prefect.flow_runs", "prefect.task_runs")
# Prefect's background queues (events, API logs) name their loggers after their class and warn
# "Still processing items" while they flush at exit on a busy machine: progress, not a problem.
QUEUE_LOGGERS = ("EventsWorker", "APILogWorker")


class _NotRunLogs(logging.Filter):
    """A console-handler filter that drops the run loggers' records (a failed run's ~80-line
    traceback, the per-stage lines): they still reach the Prefect API (the run's Logs tab and
    its Failed state), while the terminal gets the CLI's own one-line error and summary."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name in QUEUE_LOGGERS:
            return record.levelno >= logging.ERROR
        return not record.name.startswith(RUN_LOGGERS)


def quiet_prefect_failures(quiet: bool = True) -> None:
    """Keep the run loggers off the terminal (not under --debug). The filter sits on the console
    handlers of the root and `prefect` loggers, which Prefect's logging setup creates, so that
    setup runs first; the run loggers keep their level and handlers, so the UI gets every line."""
    from prefect.logging.configuration import ensure_logging_setup

    ensure_logging_setup()
    for logger in (logging.getLogger(), logging.getLogger("prefect")):
        for handler in logger.handlers:
            for old in [f for f in handler.filters if isinstance(f, _NotRunLogs)]:
                handler.removeFilter(old)  # --debug after a quiet command in one process shows them again
            if quiet:
                handler.addFilter(_NotRunLogs())


def run_guarded(main: Callable[[], Any], debug: bool, prefect: bool = False) -> Any:
    """Run `main` (sync, or returning a coroutine) with the CLI's error contract. `prefect`: the
    command runs flows, whose run logs stay off the terminal (commands that don't, never load Prefect)."""
    if prefect:
        quiet_prefect_failures(quiet=not debug)
    try:
        result = main()
        if asyncio.iscoroutine(result):
            result = asyncio.run(result)
        return result
    except UserError as exc:
        if debug:
            traceback.print_exc()
        console.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        console.print("interrupted: finished stages are saved; rerun the same command to resume")
        raise typer.Exit(130) from None
    except typer.Exit:
        raise
    except OSError as exc:
        if debug:
            traceback.print_exc()
        console.print(f"[red]error:[/red] {os_problem(exc)}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    except Exception as exc:  # noqa: BLE001 - the CLI's last line of defence
        if debug:
            traceback.print_exc()
        name = type(exc).__name__
        console.print(f"[red]internal error:[/red] {name}: {exc} (rerun with --debug for the traceback)",
                      highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None


def os_problem(exc: OSError) -> str:
    """One sentence for a file-system failure (disk full, read-only, not a folder) with the fix."""
    where = exc.filename or "a file"
    if exc.errno == errno.ENOSPC:
        return (f"no space left on the device while writing {where}; free some space or pass --out "
                "on another disk, then rerun the same command (finished stages are kept)")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return f"cannot write {where} ({exc.strerror}); pass an --out folder you can write to"
    if exc.errno in (errno.ENOTDIR, errno.EEXIST):
        return f"cannot create {where}: a file is in the way ({exc.strerror}); pass another --out folder"
    return f"{where}: {exc.strerror or exc}"


def check_out_dir(out: Path) -> None:
    """Refuse a run folder that cannot be created or written before anything is generated, and
    any existing folder that is neither empty nor an earlier run's (one holding config.yaml): a run
    writes, resumes and cleans up inside its folder, so `--out .` or `--out ~` must never start."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise UserError(f"--out {out} is a file, not a folder; pass a folder path")
    # a run killed between taking its lock and saving its config leaves only the lock behind
    if out.is_dir() and not (out / "config.yaml").is_file() and any(p.name != LOCK_FILE for p in out.iterdir()):
        raise UserError(f"--out {out} already holds files and is not a run folder (no config.yaml); "
                        "pass a new or empty folder, or the folder of the run to resume")
    existing = out
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise UserError(f"cannot create the run folder {out}: {existing} is a file, not a folder; "
                        "pass another --out")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise UserError(f"cannot create the run folder {out}: {existing} is not writable "
                        "(read-only or no permission); pass another --out")


def start_run(flow_fn: Callable[..., Any], flow_name: str, cfg: Any, out: Optional[Path],
              llms: Iterable[Any] | None = None, tags: Iterable[str] = ()) -> Any:
    """Everything a run command does once its config is valid: preflight each LLM, check the
    output folder, pick the task runner, then launch. Nothing is written before the checks pass."""
    from datagen.llm.preflight import preflight
    from datagen.prefect_server import tie_to_this_process
    from flows.sharding import with_task_runner

    for llm in (llms if llms is not None else [cfg.llm]):
        preflight(llm)  # an unreachable endpoint, a rejected key or a missing model
    out_dir = out or default_out(flow_name)
    check_out_dir(out_dir)
    runner_flow = with_task_runner(flow_fn, cfg.run)  # a missing Dask/Ray extra fails here
    echo(f"run folder: {out_dir}")
    tie_to_this_process()  # Prefect's temporary server, if it starts one, dies with this process
    return launch(runner_flow, cfg, out_dir, tags)


def launch(flow_fn: Callable[..., Any], cfg: Any, out_dir: Path, run_tags: Iterable[str] = ()) -> Any:
    """The coroutine that runs a method's flow with the terminal's progress bars; `run_tags`
    (method, model, preset) tag the flow run, so the UI's run list filters by them."""

    async def go() -> str:
        from prefect import tags

        from flows.stage_task import set_progress_hook

        with progress_display() as hook, tags(*run_tags):
            set_progress_hook(hook)
            return await flow_fn(config=cfg, out_dir=str(out_dir))

    return go()


def default_out(flow: str) -> Path:
    from datetime import datetime, timezone
    return Path("runs") / flow / datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")


def echo(msg: str) -> None:
    print(msg, file=sys.stdout, flush=True)
