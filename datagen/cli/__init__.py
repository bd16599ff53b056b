"""The `datagen` command line: run a method, export, report, list methods, open the UI, dedup.

Each method registers its own `datagen run <method>` command from `datagen/cli/run_<method>.py`,
so the methods stay independent of one another.
"""

from __future__ import annotations

import importlib
import importlib.util

import typer

from datagen.cli.common import prefect_defaults

app = typer.Typer(help="Synthetic instruction-tuning data: seeds in, clean JSONL out.",
                  no_args_is_help=True, pretty_exceptions_enable=False, add_completion=False)
run_app = typer.Typer(help="Run a method's Prefect flow.", no_args_is_help=True)
app.add_typer(run_app, name="run")

RUN_MODULES = ("self_instruct", "ensemble_instruct", "explore_instruct", "syndg", "instag")
EXTRA_MODULES = ("dedup", "ops", "deploy")


def _register() -> None:
    for name in RUN_MODULES:
        module_name = f"datagen.cli.run_{name}"
        if importlib.util.find_spec(module_name) is not None:
            importlib.import_module(module_name).register(run_app)
    for name in EXTRA_MODULES:
        module_name = f"datagen.cli.{name}"
        if importlib.util.find_spec(module_name) is not None:
            module = importlib.import_module(module_name)
            if hasattr(module, "register"):
                module.register(app)


prefect_defaults()
_register()
