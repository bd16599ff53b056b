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

prefect_defaults()
run.register(run_app)
for module in (dedup, ops, deploy):
    module.register(app)
