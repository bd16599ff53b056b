"""The Python API: run a method from a notebook or a script, as `datagen run <method>` does.

    import datagen
    result = datagen.run("self-instruct", target=20, llm={"backend": "openai",
                         "base_url": "http://127.0.0.1:8000/v1", "model": "NAME"}, out="runs/si")
    result.run_dir, result.rows, result.summary

The run goes through the CLI's own path (datagen/cli/run.py: the method's spec in
datagen/registry.py, preset, config validation, input checks, LLM preflight, the output-folder
check) and runs the method's Prefect flow; a bad setting raises `datagen.errors.UserError`
with the message the CLI would print. Keyword arguments:

- `target`: the method's size flag (`--target`);
- `llm`: a backend name (`"local"`, `"openai"`, `"fake"`) or a dict of `llm:` config keys;
- `out`: the run folder (rerun with the same folder to resume; default runs/<method>/<time>);
- `preset`, `config` (a YAML file), `max_cost`, `max_tokens`, `task_runner`: as the flags;
- any other keyword: a method flag by its name (`seeds=`, `rule=`, `domain=`), else a config
  key, with `__` for the dots of nested keys (`novelty__threshold=0.6`, `run__seed=7`).
"""

from __future__ import annotations

import asyncio
import json
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

COMMON_ARGS = ("preset", "config", "max_cost", "max_tokens", "task_runner")


@dataclass
class RunResult:
    """A finished run: its folder and summary.json (rows, target, figures)."""

    run_dir: Path
    summary: dict[str, Any] = field(default_factory=dict)

    @property
    def dataset(self) -> Path:
        return Path(self.summary.get("dataset") or self.run_dir / "dataset.jsonl")

    @property
    def rows(self) -> int:
        return int(self.summary.get("dataset_rows", 0))

    def records(self) -> list[dict[str, Any]]:
        """The dataset's rows (dataset.jsonl) as dicts."""
        from datagen.io import read_jsonl

        return read_jsonl(self.dataset)

    @classmethod
    def load(cls, run_dir: str | Path) -> RunResult:
        run_dir = Path(run_dir)
        path = run_dir / "summary.json"
        return cls(run_dir, json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {})


def run_args(spec: Any, target: int | None, llm: str | Mapping[str, Any] | None, out: str | Path | None,
             kwargs: dict[str, Any]) -> dict[str, Any]:
    """The CLI's argument dict for `spec` from the API's keywords."""
    flags = {opt.dest: opt for opt in spec.options}
    args: dict[str, Any] = {"out": Path(out) if out is not None else None, "values": []}
    if target is not None:
        if "target" not in flags:
            from datagen.errors import UserError
            raise UserError(f"{spec.name} has no --target")
        args["target"] = target
    if isinstance(llm, str):
        args["llm"] = llm
    elif llm is not None:
        args["values"] += [(f"llm.{key}", value) for key, value in dict(llm).items()]
    for name, value in kwargs.items():
        if value is None:
            continue
        if name in COMMON_ARGS:
            args[name] = Path(value) if name == "config" else value
        elif name in flags:
            args[name] = Path(value) if flags[name].type is Path else value
        else:
            args["values"].append((name.replace("__", "."), value))
    return args


def run(method: str, *, target: int | None = None, llm: str | Mapping[str, Any] | None = None,
        out: str | Path | None = None, **kwargs: Any) -> RunResult:
    """Run `method` (a name `datagen methods` lists) to the end; returns its RunResult."""
    from datagen.cli.run import start_method  # importing datagen.cli applies the Prefect defaults
    from datagen.registry import method as method_spec

    spec = method_spec(method)
    coro = start_method(spec, run_args(spec, target, llm, out, kwargs))
    return RunResult.load(run_coroutine(coro))


def run_coroutine(coro: Any) -> Any:
    """`asyncio.run(coro)`, or in a worker thread when a loop is already running (Jupyter)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = asyncio.run(coro)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            box["error"] = exc

    worker = threading.Thread(target=target, name="datagen-run")
    worker.start()
    worker.join()
    if "error" in box:
        raise box["error"]
    return box["value"]
