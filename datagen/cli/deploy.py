"""`datagen deploy METHOD --cron "0 3 * * *"`: serve a method's flow on a schedule.

Prefect's `serve` registers a deployment (the method's resolved config as its `config`
parameter, validated by the UI's run form because the parameter is the pydantic model) and then
polls for scheduled runs until Ctrl-C. Every scheduled run leaves `out_dir` empty, so it writes
to a fresh `runs/<flow>/<UTC timestamp>-<short run id>` folder. Start `datagen server` first to
keep the schedule and its runs on a server that outlives this process.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, List, Optional

import typer

from datagen.cli import common as c
from datagen.errors import UserError


def check_cron(cron: str) -> None:
    """A cron string Prefect accepts (five fields, UTC), or a UserError naming the problem."""
    from prefect.client.schemas.schedules import CronSchedule

    try:
        CronSchedule(cron=cron, timezone="UTC")
    except ValueError as exc:
        raise UserError(f"--cron {cron!r} is not a valid cron schedule ({_first_line(exc)}): "
                        'use five fields such as "0 3 * * *" (03:00 UTC daily)') from None


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__


def deployment_parameters(config_cls: type, config: Optional[Path], sets: list[str]) -> dict[str, Any]:
    """The deployment's parameters: the method's config, validated here, as plain JSON."""
    from datagen.config import load_config

    cfg = load_config(config_cls, config, sets)
    return {"config": cfg.model_dump(mode="json")}


def deploy_command(
    method: str = typer.Argument(..., help="a method name, as `datagen methods` lists them"),
    cron: str = typer.Option(..., "--cron", help='cron schedule in UTC, e.g. "0 3 * * *"'),
    config: Optional[Path] = c.ConfigOpt, sets: Optional[List[str]] = c.SetOpt,
    name: Optional[str] = typer.Option(None, "--name", help="deployment name (default <method>-scheduled)"),
    debug: bool = c.DebugOpt,
) -> None:
    """Serve a method's flow with a cron schedule (UTC) until Ctrl-C; each run gets a fresh folder."""

    def main() -> None:
        from prefect import serve
        from prefect.types.entrypoint import EntrypointType

        from datagen.registry import method as method_spec

        spec = method_spec(method)
        flow = spec.load_flow()
        check_cron(cron)
        parameters = deployment_parameters(spec.config_class(), config, list(sets or []))
        deployment = name or f"{method}-scheduled"
        c.echo(f"serving {flow.name}/{deployment} on cron {cron!r} (UTC); runs write to "
               f"runs/{flow.name}/<timestamp>-<run id>/ (Ctrl-C to stop and pause the schedule)")
        if not os.environ.get("PREFECT_API_URL"):
            c.echo("no `datagen server` is up: the schedule lives in a temporary Prefect server while "
                   "this command runs; start `datagen server` first to see its runs in the UI")
            from datagen.prefect_server import tie_to_this_process

            tie_to_this_process()  # that temporary server dies with this command, even on kill -9
        # A deployment served by entrypoint, not `flow.serve`: the latter pickles the flow into
        # each run's process, and the pickled parameter model loses the config class (a
        # postponed annotation). Each run imports the `flows` package fresh instead.
        served = flow.to_deployment(name=deployment, cron=cron, parameters=parameters,
                                    entrypoint_type=EntrypointType.MODULE_PATH)
        try:
            serve(served, print_starting_message=False)
        except KeyboardInterrupt:
            c.echo(f"stopped serving {flow.name}/{deployment}; its schedule is paused until served again")

    c.run_guarded(main, debug, prefect=True)


def register(app: typer.Typer) -> None:
    app.command("deploy")(deploy_command)
