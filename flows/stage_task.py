"""The one Prefect stage-task wrapper: every stage call of every flow runs through `run_stage`.

One Prefect task per stage call (never one per LLM request). The task loads its input records
from files, runs the stage with a fresh metered LLM client and a per-call seeded RNG, writes
`<NNN>_<stage>/{kept,rejected}.jsonl` and then `stats.json` (the completion marker), publishes
the counts and sample tables, and returns paths and stats, so Prefect never hashes records.

Resume: a stage folder whose `stats.json` exists is loaded instead of recomputed, and requests
of a half-finished stage come back from the request cache, so a rerun pays for nothing twice.
A finished stage holding failed LLM requests is reopened instead (its answered requests come from
the cache, its failed ones are sent again), and once any stage has been computed in an invocation
every later stage is computed too: its inputs may have changed (they also reach stages through
arguments, not only files), and its requests are cache hits when they did not.
"""

from __future__ import annotations

import inspect
import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

import yaml
from prefect import task
from prefect.cache_policies import NO_CACHE

from datagen.config import dump_config
from datagen.errors import TooManyLLMErrors, UserError
from datagen.io import RunLayout, iter_jsonl, write_json, write_jsonl, write_text
from datagen.llm.usage import Budget, MeteredClient, Price, parallelism
from datagen.record_file import RecordFiles, wants_stream
from datagen.record_spool import is_spool
from datagen.records import Record, Rejected
from datagen.stage import RunContext, StageResult, StageStats
from flows.artifacts import ProgressArtifact, publish_stage
from flows.progress_client import ProgressClient
from flows.run_folder import describe_differences

ProgressHook = Callable[[str, int, int], None]
DEFAULT_LLM = "llm"  # the name of a run's main client (the config's `llm:` section)
_terminal_progress: list[ProgressHook | None] = [None]


def set_progress_hook(hook: ProgressHook | None) -> None:
    """The CLI's rich progress bars: every FlowRun opened afterwards reports to `hook`."""
    _terminal_progress[0] = hook


@dataclass
class StageOutput:
    label: str
    dir: Path
    stats: StageStats
    resumed: bool

    @property
    def kept_path(self) -> Path:
        return self.dir / "kept.jsonl"

    @property
    def rejected_path(self) -> Path:
        return self.dir / "rejected.jsonl"

    def kept(self) -> list[Record]:
        return list(RecordFiles([self.kept_path]))

    def rejected(self) -> list[Rejected]:
        return [Rejected.model_validate(d) for _, d in iter_jsonl(self.rejected_path)]


@dataclass
class FlowRun:
    """What one flow run owns: its folder, its LLM client, prices, budget and stage counter."""

    root: Path
    flow: str
    llms: dict[str, tuple[Any, Price | None]] = field(default_factory=dict)  # name -> (client, price)
    budget: Budget | None = None
    seed: int = 0
    ui_samples: int = 3  # records per kept/rejection-reason sample in the UI (run.ui_samples)
    on_progress: ProgressHook | None = field(default_factory=lambda: _terminal_progress[0])
    outputs: list[StageOutput] = field(default_factory=list)
    max_error_share: float = 1.0
    recomputing: bool = False  # a stage was computed in this invocation: later ones must be too
    _next: int = 0

    @property
    def llm(self) -> Any:
        """The run's main client (None for a flow that calls no LLM)."""
        return self.llms.get(DEFAULT_LLM, (None, None))[0]

    @property
    def layout(self) -> RunLayout:
        return RunLayout(self.root)

    def claim_index(self) -> int:
        index, self._next = self._next, self._next + 1
        return index

    def next_stage_dir(self, name: str) -> Path:
        """The folder the next `run_stage(run, name, ...)` call will write: a stage that keeps
        detail files beside its kept/rejected records is told where before it runs."""
        return self.layout.stage_dir(self._next, name)

    def save_config(self, cfg: Any) -> None:
        """Write the resolved config; a folder holding a different run's config is refused.
        Budget caps are not part of what makes a run: a run stopped at its cap resumes with a
        higher one (the saved config then records the new cap)."""
        text = dump_config(cfg)
        path = self.layout.config
        if path.is_file():
            old = path.read_text(encoding="utf-8")
            before, now = _without_caps(yaml.safe_load(old)), _without_caps(yaml.safe_load(text))
            if old != text and before != now:
                raise UserError(f"{self.root} holds a run with a different config: "
                                f"{describe_differences(before, now)}; pass a new --out folder, or delete "
                                "that one to start over")
        write_text(path, text)


# Settings that change neither decisions nor outputs: caps (a run stopped at its cap resumes with a
# higher one), where stage work runs (sharded stages give identical results on any runner) and
# how many records the UI samples show.
BUDGET_KEYS = ("max_cost_usd", "max_tokens", "max_error_share", "task_runner", "dask_address", "ray_address",
               "shards", "ui_samples")


def _without_caps(data: Any) -> Any:
    """The config minus the `run` settings in BUDGET_KEYS, for comparing two runs."""
    if isinstance(data, dict) and isinstance(data.get("run"), dict):
        data = {**data, "run": {k: v for k, v in data["run"].items() if k not in BUDGET_KEYS}}
    return data


def _load_inputs(inputs: Sequence[Path | Record] | None, fn: Callable[..., Any] | None = None) -> Sequence[Any]:
    """The stage's input records: a list, or for a stage marked `@streams_input` the files
    themselves, read as the stage goes (datagen/record_file.py)."""
    records = RecordFiles(inputs or [])
    return records if fn is not None and wants_stream(fn) else list(records)


def _finished(stage_dir: Path, label: str) -> StageOutput | None:
    """The saved stage, unless it is unfinished or holds failed LLM requests (a rerun retries them)."""
    stats_path = stage_dir / "stats.json"
    if not stats_path.is_file():
        return None
    stats = _read_stats(stats_path)
    if stats.llm_errors or stats.rejected_by_reason.get("llm_error"):
        return None
    return StageOutput(label, stage_dir, stats, True)


def _read_stats(path: Path) -> StageStats:
    """A finished stage's stats.json; a damaged one (edited, truncated) is one line with the fix."""
    try:
        return StageStats.model_validate_json(path.read_bytes())
    except ValueError:  # pydantic's ValidationError, for bad JSON as for wrong fields
        raise UserError(f"{path} is damaged: delete the folder {path.parent} and rerun the same "
                        "command to redo that stage") from None


def check_error_share(label: str, stats: StageStats, cap: float, last_error: str | None) -> None:
    """Fail the run when more than `cap` of the stage's LLM requests failed (after retries)."""
    if stats.llm_requests and stats.llm_errors / stats.llm_requests > cap:
        raise TooManyLLMErrors(
            f"stage {label}: {stats.llm_errors} of {stats.llm_requests} LLM requests failed "
            f"({stats.llm_errors / stats.llm_requests:.0%}, above run.max_error_share {cap:.0%}); last error: "
            f"{(last_error or 'unknown').splitlines()[0][:200]}. Fix the endpoint and rerun the same command: "
            "answered requests come from the cache, failed ones are sent again")


# Open runs by root folder. Stage tasks receive the run's key, not the run: a FlowRun holds LLM
# clients (not picklable) and grows with every stage, and Prefect walks and ships a task's
# parameters, so they stay small, plain and of constant size.
_OPEN_RUNS: dict[str, FlowRun] = {}


def register_run(run: FlowRun) -> str:
    key = str(run.root.resolve())
    _OPEN_RUNS[key] = run
    return key


def forget_run(run: FlowRun) -> None:
    _OPEN_RUNS.pop(str(run.root.resolve()), None)


def _named(result: StageResult, name: str) -> StageResult:
    """The stage's stats and rejections under the name the flow gave it (one name per stage).
    Spooled rejections were written under `ctx.stage`, which is that name."""
    if is_spool(result.rejected):
        return StageResult(result.kept, result.rejected, result.stats.model_copy(update={"stage": name}))
    if result.stats.stage == name and all(r.stage == name for r in result.rejected):
        return result
    rejected = [r if r.stage == name else r.model_copy(update={"stage": name}) for r in result.rejected]
    return StageResult(result.kept, rejected, result.stats.model_copy(update={"stage": name}))


@task(name="stage", task_run_name="{label}", cache_policy=NO_CACHE, persist_result=False)
async def _stage_task(label: str, name: str, stage_dir: Path, fn: Callable[..., Any], inputs: Any, cfg: Any,
                      run_key: str, llm_name: str, progress: bool) -> StageOutput:
    run = _OPEN_RUNS[run_key]
    done = None if run.recomputing else _finished(stage_dir, label)
    if done is not None:
        await publish_stage(run.flow, label, done.stats, None, None, stage_dir=stage_dir,  # sampled from its files
                            samples=run.ui_samples, seed=run.seed, resumed=True)
        return done
    run.recomputing = True
    client, price = run.llms.get(llm_name, (None, None))
    records = _load_inputs(inputs, fn)
    ctx = RunContext(stage=name, rng=random.Random(f"{run.seed}:{label}"), run_dir=run.root, out_dir=stage_dir)
    meter = MeteredClient(client, price, run.budget) if client is not None else None
    if meter is not None:
        ctx.llm = meter
        if progress:
            bar = ProgressArtifact(label)
            await bar.start()

            async def report(n: int, total: int) -> None:
                await bar.update(n, total)
                if run.on_progress is not None:
                    run.on_progress(label, n, total)

            ctx.llm = ProgressClient(meter, report, chunk=parallelism(client))
    started = time.perf_counter()
    try:
        result = fn(records, cfg, ctx)
        if inspect.isawaitable(result):
            result = await result
    finally:
        if isinstance(records, RecordFiles):
            records.close()
    assert isinstance(result, StageResult), f"stage {label} returned {type(result).__name__}"
    result = _named(result.check(), name)
    updates: dict[str, Any] = {"seconds": time.perf_counter() - started}
    if meter is not None:
        updates.update(meter.usage.as_stats())
    stats = result.stats.model_copy(update=updates)
    for items, path in ((result.kept, stage_dir / "kept.jsonl"), (result.rejected, stage_dir / "rejected.jsonl")):
        if is_spool(items):
            items.place(path)  # already on disk: linked, not written again
        else:
            write_jsonl(path, items)
    write_json(stage_dir / "stats.json", stats)  # last: its presence marks the stage finished
    if run.budget is not None:
        run.budget.flush(force=True)
    await publish_stage(run.flow, label, stats, result.kept, result.rejected, stage_dir=stage_dir,
                        samples=run.ui_samples, seed=run.seed)
    if meter is not None:
        check_error_share(label, stats, run.max_error_share, meter.last_error)
    return StageOutput(label, stage_dir, stats, False)


async def run_stage(run: FlowRun, name: str, fn: Callable[..., Any],
                    inputs: Sequence[Path | Record] | None = None, cfg: Any = None, *,
                    progress: bool = False, llm: str = DEFAULT_LLM) -> StageOutput:
    """Run `fn(records, cfg, ctx)` as one Prefect task named `name`; inputs are kept.jsonl paths
    or records. `ctx.stage` is `name`, and the stage's stats and rejections carry it. `llm`
    picks which of the run's clients the stage calls (an ensemble member, say)."""
    index = run.claim_index()
    stage_dir = run.layout.stage_dir(index, name)
    if llm not in run.llms and run.llms:
        raise KeyError(f"stage {name}: the run has no LLM named {llm!r} (it has {', '.join(run.llms)})")
    out = await _stage_task(stage_dir.name, name, stage_dir, fn, list(inputs or []), cfg,
                            register_run(run), llm, progress)
    run.outputs.append(out)
    return out
