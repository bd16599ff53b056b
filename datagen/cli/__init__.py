"""The `datagen` command line: run a method, export, report, list methods, open the UI, dedup.

`datagen run <method>` has one command per method in `datagen.registry`, built from its spec.
"""

from __future__ import annotations

import typer

from datagen.cli import dedup, deploy, ops, run
from datagen.cli.common import prefect_defaults

app = typer.Typer(help="Synthetic instruction-tuning data: seeds in, clean JSONL out.",
                  no_args_is_help=True, pretty_exceptions_enable=False, add_completion=False)
run_app = typer.Typer(help="Run a method's Prefect flow.", no_args_is_help=True)
app.add_typer(run_app, name="run")



def version_text() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"datagen {version('datagen')}"
    except PackageNotFoundError:  # a source checkout that was never installed
        return "datagen (not installed)"


def show_version(value: bool) -> None:
    if value:
        typer.echo(version_text())
        raise typer.Exit()


@app.callback()
def main(version: bool = typer.Option(False, "--version", metavar="", is_eager=True, callback=show_version,
                                      help="print the version and exit")) -> None:
    """Synthetic instruction-tuning data: seeds in, clean JSONL out."""


prefect_defaults()
run.register(run_app)
for module in (dedup, ops, deploy):
    module.register(app)
