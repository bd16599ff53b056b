"""`datagen run <method>`: one command per registered method, built from its spec.

Every command takes the common flags (LLM, config file, `--set`, output folder, budgets, task
runner, debug), `--preset` when the method has more than one, and the method's own flags.
Config is assembled in one order for every method: the preset, deep-merged under the config
file, then the LLM flags, the method's flags, budgets and runner, then each `--set`.
"""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any, List, Optional

import typer

from datagen.cli import common as c
from datagen.config import apply_overrides, deep_merge, read_yaml, set_key, validate_config
from datagen.errors import UserError
from datagen.methods.spec import MethodSpec, Option
from datagen.prompts import check_templates
from datagen.run_options import check_prices, price_key
from datagen.registry import METHODS


# The flags every method takes: (name, annotation, typer option).
COMMON = (
    ("llm", Optional[str], c.LlmOpt), ("base_url", Optional[str], c.BaseUrlOpt),
    ("model", Optional[str], c.ModelOpt), ("config", Optional[Path], c.ConfigOpt),
    ("sets", Optional[List[str]], c.SetOpt), ("out", Optional[Path], c.OutOpt),
    ("max_cost", Optional[float], c.MaxCostOpt), ("max_tokens", Optional[int], c.MaxTokensOpt),
    ("task_runner", Optional[str], c.TaskRunnerOpt), ("debug", bool, c.DebugOpt),
)
# Flags that set a config key directly, in the order they are applied.
COMMON_KEYS = (("max_cost", "run.max_cost_usd"), ("max_tokens", "run.max_tokens"),
               ("task_runner", "run.task_runner"))


def one_of(choices: tuple[str, ...]) -> str:
    return ", ".join(choices[:-1]) + f" or {choices[-1]}" if len(choices) > 1 else choices[0]


def check_choice(flag: str, value: Any, choices: tuple[str, ...]) -> None:
    if choices and value not in choices:
        raise UserError(f"{flag} {value!r} is not known: use {one_of(choices)}")


def llm_keys(llm: str | None, base_url: str | None, model: str | None) -> list[tuple[str, Any]]:
    """The LLM flags as config keys: a base URL alone means an OpenAI-compatible endpoint."""
    if base_url and not llm:
        llm = "openai"
    return [(k, v) for k, v in (("llm.backend", llm), ("llm.base_url", base_url), ("llm.model", model)) if v]


def alias_dest(alias: str) -> str:
    """The hidden parameter that carries a former flag name (`--n-samples` -> `old_n_samples`)."""
    return "old_" + alias.lstrip("-").replace("-", "_")


def take_aliases(spec: MethodSpec, args: dict[str, Any]) -> dict[str, Any]:
    """Move values given under a former flag name to the current one, with a deprecation note."""
    args = dict(args)
    for opt in spec.options:
        for alias in opt.aliases:
            value = args.pop(alias_dest(alias), None)
            if value is None:
                continue
            if args.get(opt.dest) is not None and args[opt.dest] != value:
                raise UserError(f"{alias} and {opt.flag} disagree: pass only {opt.flag}")
            c.console.print(f"note: {alias} is deprecated and will be removed in the next release; "
                            f"use {opt.flag}", highlight=False, soft_wrap=True)
            args[opt.dest] = value
    return args


def build_config(spec: MethodSpec, args: dict[str, Any]) -> Any:
    """The method's validated config from the preset, config file, flags and `--set`.
    `args` holds each flag's value by its parameter name (None: not given); `values`, if
    present, is a list of (dotted key, Python value) pairs applied after the flags and before
    `--set` (the Python API's `llm=` dict and `overrides=`)."""
    args = {"llm": None, "base_url": None, "model": None, "config": None, "sets": None,
            **{flag: None for flag, _ in COMMON_KEYS}, **args}
    preset = args.get("preset") or spec.default_preset
    check_choice("--preset", preset, tuple(spec.presets))
    data = deep_merge(dict(spec.presets[preset]), read_yaml(args["config"]) if args["config"] else {})
    for opt in spec.options:
        value = args.get(opt.dest)
        if value is not None:
            check_choice(opt.flag, value, opt.choices)
            if opt.apply is not None:
                opt.apply(data, value)
    keys = llm_keys(args["llm"], args["base_url"], args["model"])
    keys += [(opt.key, str(args[opt.dest]) if opt.type is Path else args[opt.dest])
             for opt in spec.options if opt.apply is None and args.get(opt.dest) is not None]
    keys += [(key, args[flag]) for flag, key in COMMON_KEYS if args[flag] is not None]
    keys += list(args.get("values") or [])
    for key, value in keys:
        set_key(data, key, value)
    sets = list(args["sets"] or [])
    source = str(args["config"] or "config") + (" with --set" if keys or sets else "")
    return validate_config(spec.config_class(), apply_overrides(data, sets), source)


def start_method(spec: MethodSpec, args: dict[str, Any]) -> Any:
    """Validate the config, templates and input files, preflight the LLMs, check the output
    folder; returns the coroutine that runs the flow (to the run folder's dataset path). The CLI
    and the Python API (datagen/api.py) both start runs here."""
    cfg = build_config(spec, args)
    check_templates(cfg)
    if spec.check is not None:
        spec.check(cfg)  # bad input files fail here, before any output
    if spec.notice is not None and (line := spec.notice(cfg)):
        c.echo(line)
    llms = spec.llms(cfg) if spec.llms is not None else [cfg.llm]
    check_prices(llms, cfg.run)  # --max-cost without a price: refused before Prefect starts
    return c.start_run(spec.load_flow(), spec.name, cfg, args.get("out"), llms=llms,
                       tags=run_tags(spec, args.get("preset"), llms))


def run_tags(spec: MethodSpec, preset: str | None, llms: Any) -> list[str]:
    """The flow run's tags: the method, each model (as prices know it) and the preset."""
    models = sorted({price_key(llm) for llm in llms if llm is not None})
    return [spec.name, *(f"model:{m}" for m in models), f"preset:{preset or spec.default_preset}"]


def run_method(spec: MethodSpec, args: dict[str, Any]) -> None:
    """Validate everything, preflight the LLMs, run the flow, print where the outputs are and the
    run summary (`datagen report`'s), and where to inspect the run in the UI."""

    def main() -> Any:
        return start_method(spec, take_aliases(spec, args))

    from datagen.report import short_summary

    run_dir = Path(c.run_guarded(main, args["debug"], prefect=True))  # every flow returns its run folder
    c.echo("\n".join([line.format(run=run_dir) for line in spec.outputs]
                      + [short_summary(run_dir), c.ui_hint()]))


def option_param(opt: Option) -> inspect.Parameter:
    default = typer.Option(None, opt.flag, help=opt.help + (f" ({' | '.join(opt.choices)})"
                                                            if opt.choices and "|" not in opt.help else ""))
    return inspect.Parameter(opt.dest, inspect.Parameter.KEYWORD_ONLY, default=default,
                             annotation=Optional[opt.type])


def alias_param(opt: Option, alias: str) -> inspect.Parameter:
    default = typer.Option(None, alias, hidden=True, help=f"deprecated: use {opt.flag}")
    return inspect.Parameter(alias_dest(alias), inspect.Parameter.KEYWORD_ONLY, default=default,
                             annotation=Optional[opt.type])


def make_command(spec: MethodSpec):
    """A typer command for `spec`: a function whose signature lists the spec's flags."""
    params = [inspect.Parameter(n, inspect.Parameter.KEYWORD_ONLY, default=o, annotation=a) for n, a, o in COMMON[:3]]
    params += [option_param(opt) for opt in spec.options]
    params += [alias_param(opt, alias) for opt in spec.options for alias in opt.aliases]
    if len(spec.presets) > 1:
        params.append(inspect.Parameter("preset", inspect.Parameter.KEYWORD_ONLY, annotation=str,
                                        default=typer.Option(spec.default_preset, "--preset",
                                                             help=" | ".join(spec.presets))))
    params += [inspect.Parameter(n, inspect.Parameter.KEYWORD_ONLY, default=o, annotation=a) for n, a, o in COMMON[3:]]

    def command(**kwargs: Any) -> None:
        run_method(spec, kwargs)

    command.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    command.__annotations__ = {p.name: p.annotation for p in params}
    command.__doc__ = spec.summary
    command.__name__ = spec.name.replace("-", "_") + "_command"
    return command


def register(run_app: typer.Typer) -> None:
    for spec in METHODS.values():
        run_app.command(spec.name)(make_command(spec))
