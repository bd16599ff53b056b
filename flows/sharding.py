"""Stage-parallel scale-out on an existing engine: Prefect's Dask or Ray task runner.

A stage declared shardable is pure and per-record: each record's verdict and scores depend on
that record and the stage config only, never on the order of the input or on other records.
Sharded now: the heuristic filter (Self-Instruct, Ensemble-Instruct) and the Ensemble-Instruct
vote (pairwise ROUGE-L per row, the costliest CPU stage there). `sharded(fn)` wraps such a stage; when
the flow runs under a distributing task runner, the wrapped stage splits its input into
`shards` contiguous slices, submits one Prefect task per slice to the runner
(`task.submit`), and joins the slices' results in input order, with stats added by `+`.
Under the default runner it is a plain call of the stage, so a run gives the same
records, reasons and counts with or without Dask.

Order-dependent stages (ROUGE-L novelty against a growing pool, first-kept dedup, target
selection) are never sharded: splitting them would change what they keep.

The runner is chosen per run (`run.task_runner`, `datagen run <method> --task-runner dask`) with
`flow.with_options(task_runner=...)` at call time, since Prefect 3 fixes a flow's task runner
when the flow starts. `run.dask_address` connects to an existing Dask scheduler; without it a
LocalCluster of two single-threaded workers starts for the run. Dask and Ray distribute the
stage work; to watch a distributed run (workers on other machines) point every machine at a
real Prefect server (`PREFECT_API_URL`); ephemeral mode is fine on one machine.
The Ray runner (`datagen[ray]`) goes through the same code but is not exercised by the tests.
LLM stages are not sharded here: generation scales out on the endpoint (a vLLM cluster).

Stage functions, records and configs travel to the workers by pickling: a shardable stage must
be a module-level function (or a `functools.partial` of one), synchronous, and must not use
`ctx.llm` or `ctx.rng`; its `stats.extra` figures must be additive.
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any, Callable, Literal, Sequence

from prefect import task
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext, TaskRunContext

from datagen.errors import UserError
from datagen.stage import RunContext, StageResult

TaskRunnerName = Literal["default", "dask", "ray"]
DISTRIBUTING_RUNNERS = ("prefect_dask", "prefect_ray")
LOCAL_CLUSTER = {"n_workers": 2, "threads_per_worker": 1}  # one machine, two single-threaded workers


class _Slice:
    """An opaque box for one shard's records, so Prefect does not walk every record when it
    inspects task parameters for futures."""

    __slots__ = ("records",)

    def __init__(self, records: list[Any]) -> None:
        self.records = records


def run_shard(label: str, fn: Callable[..., Any], part: _Slice, cfg: Any) -> StageResult:
    """One slice of a shardable stage, on a worker."""
    result = fn(part.records, cfg, RunContext())
    if inspect.isawaitable(result):
        result.close()
        raise TypeError(f"{label}: a shardable stage must be synchronous")
    return result.check()


# The function keeps its own module name, so workers import it rather than unpickle a copy.
shard_task = task(run_shard, name="shard", task_run_name="{label}", cache_policy=NO_CACHE,
                  persist_result=False)


def submit_detached(label: str, fn: Callable[..., Any], part: _Slice, cfg: Any) -> Any:
    """`shard_task.submit` outside the enclosing stage task's run context: Prefect ships that
    context to the worker, and it holds objects that cannot be pickled (a lock, under the CLI's
    worker processes); the shard needs none of it. The stage task's own parameters are plain."""
    token = TaskRunContext.__var__.set(None)
    try:
        return shard_task.submit(label, fn, part, cfg)
    finally:
        TaskRunContext.__var__.reset(token)


def distributes(runner: Any) -> bool:
    """True for the Dask and Ray task runners (their packages are optional extras)."""
    return runner is not None and type(runner).__module__.split(".")[0] in DISTRIBUTING_RUNNERS


def split_even(records: Sequence[Any], shards: int) -> list[list[Any]]:
    """At most `shards` contiguous non-empty slices whose sizes differ by at most one."""
    n = len(records)
    k = max(1, min(shards, n))
    bounds = [n * i // k for i in range(k + 1)]
    return [list(records[bounds[i]:bounds[i + 1]]) for i in range(k)]


def join_results(parts: Sequence[StageResult]) -> StageResult:
    """The slices' kept and rejected records in input order, their stats summed."""
    stats = parts[0].stats
    for part in parts[1:]:
        stats = stats + part.stats
    kept = [r for part in parts for r in part.kept]
    rejected = [r for part in parts for r in part.rejected]
    return StageResult(kept, rejected, stats).check()


def _stage_name(fn: Callable[..., Any]) -> str:
    inner = getattr(fn, "func", fn)  # functools.partial
    return getattr(inner, "__name__", "stage")


class Sharded:
    """A shardable stage: `run_stage(run, "heuristics", sharded(heuristic_filter), ...)`."""

    def __init__(self, fn: Callable[..., Any], shards: int) -> None:
        if shards < 1:
            raise ValueError("shards must be at least 1")
        self.fn, self.shards = fn, shards
        self.__name__ = _stage_name(fn)

    async def __call__(self, records: list[Any], cfg: Any, ctx: RunContext) -> StageResult:
        context = FlowRunContext.get()
        runner = context.task_runner if context is not None else None
        if not distributes(runner) or self.shards == 1 or len(records) < 2:
            return self.fn(records, cfg, ctx)
        slices = split_even(records, self.shards)
        futures = [submit_detached(f"{self.__name__}[{i + 1}/{len(slices)}]", self.fn, _Slice(part), cfg)
                   for i, part in enumerate(slices)]
        # Waiting blocks; a worker thread keeps the flow's event loop free meanwhile.
        parts = await asyncio.to_thread(lambda: [f.result() for f in futures])
        return join_results(parts)


def sharded(fn: Callable[..., Any], shards: int = 4) -> Sharded:
    """`fn` run on `shards` slices in parallel under Dask/Ray; a plain call under the default runner."""
    return Sharded(fn, shards)


def build_task_runner(name: TaskRunnerName, address: str | None = None) -> Any:
    """The Prefect task runner for `run.task_runner`; None for Prefect's default."""
    if name == "default":
        return None
    if name == "dask":
        try:
            from prefect_dask import DaskTaskRunner
        except ImportError:
            raise UserError("--task-runner dask needs prefect-dask: pip install 'datagen[dask]'") from None
        if address:
            return DaskTaskRunner(address=address)
        return DaskTaskRunner(cluster_kwargs=dict(LOCAL_CLUSTER))
    if name == "ray":
        try:
            from prefect_ray import RayTaskRunner
        except ImportError:
            raise UserError("--task-runner ray needs prefect-ray: pip install 'datagen[ray]'") from None
        return RayTaskRunner(address=address) if address else RayTaskRunner()
    raise UserError(f"unknown task runner {name!r}: use default, dask or ray")


def with_task_runner(flow: Any, options: Any) -> Any:
    """`flow` with the task runner its run options ask for (`options` is a RunOptions)."""
    address = options.ray_address if options.task_runner == "ray" else options.dask_address
    runner = build_task_runner(options.task_runner, address)
    return flow if runner is None else flow.with_options(task_runner=runner)
