"""The one flow scaffold: open a run (folder, resolved config, cached LLM clients, prices,
budget), always close its clients, and finish it (records, dataset, card, summary, report).

Every method's flow is `async with opened_run(...) as run:` around its stage calls, then
`await finish_run(run, RunOutput(...))`, so each flow file reads like its paper's algorithm.
"""

from __future__ import annotations

import gc
import shutil
import threading
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, AsyncIterator, Callable, Iterator, Literal, Mapping, Sequence

from datagen.analysis.parse_prefetch import discard
from datagen.errors import EmptyDataset
from datagen.export import dataset_card, export_rows, write_card
from datagen.io import write_json, write_jsonl
from datagen.llm.factory import build_client, describe
from datagen.llm.settings import LLMConfig
from datagen.llm.usage import Budget, Price
from datagen.record_file import write_records
from datagen.run_options import RunOptions, cache_file, check_prices, price_for, price_key  # noqa: F401 (price_key re-exported)
from flows.artifacts import finish_report, publish_run_end, run_logger
from flows.run_folder import RunLock, check_inputs, remove_stale_temp_files
from flows.stage_task import DEFAULT_LLM, FlowRun, forget_run

USAGE_FILE = "usage.json"
# Python's cyclic GC collects its youngest generation every 700 net allocations of container
# objects, and each full collection walks every long-lived object (Prefect's, pydantic's and
# the openai SDK's classes and schemas: hundreds of thousands). An LLM stage allocates hundreds
# of objects per request, nearly all freed at once by reference counting: at 3,000 instructions
# (6,800 requests) the defaults made ~1,200 collections, 2-3 s of pauses up to 0.45 s each, with
# the event loop (and every answer waiting on it) stopped. During a run: every 100,000 instead
# (14 collections, 0.1 s in all; peak memory the same), restored when the last run closes.
RUN_GC_THRESHOLDS = (100_000, 50, 100)


class _FewerCollections:
    """`gc.set_threshold(*RUN_GC_THRESHOLDS)` while any run is open in this process (runs may
    overlap: a served deployment, or flows run concurrently); the thresholds found before the
    first are restored when the last closes."""

    def __init__(self) -> None:
        self._open = 0
        self._before: tuple[int, ...] = ()
        self._lock = threading.Lock()

    @contextmanager
    def __call__(self) -> Iterator[None]:
        with self._lock:
            if not self._open:
                self._before = gc.get_threshold()
                gc.set_threshold(*RUN_GC_THRESHOLDS)
            self._open += 1
        try:
            yield
        finally:
            with self._lock:
                self._open -= 1
                if not self._open:
                    gc.set_threshold(*self._before)


fewer_collections = _FewerCollections()


def _short_run_id() -> str:
    """The first 8 hex digits of the current Prefect flow run's id ("local" outside a run)."""
    from prefect.runtime import flow_run

    run_id = flow_run.id
    return str(run_id).replace("-", "")[:8] if run_id else "local"


def default_run_dir(flow: str) -> Path:
    """`runs/<flow>/<UTC timestamp>-<short flow-run id>`: a fresh folder for every scheduled run."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    return Path("runs") / flow / f"{stamp}-{_short_run_id()}"


def run_name(flow: str) -> Callable[[], str]:
    """A flow's `flow_run_name`: `<flow>-<short run id>`, short enough to read in the UI's lists
    (the run folder is in the run's parameters and its first log line)."""
    def name() -> str:
        return f"{flow}-{_short_run_id()}"
    return name


def llm_description(llm: LLMConfig | None) -> str:
    return describe(llm) if llm is not None else "none"


@asynccontextmanager
async def opened_run(flow: str, out_dir: str | Path, cfg: Any,
                     llms: Mapping[str, LLMConfig] | None = None) -> AsyncIterator[FlowRun]:
    """Open the run folder (empty out_dir: a fresh `default_run_dir`), save the resolved config,
    build one cached client per named LLM (default: the config's `llm`, if it has one) with its
    price and the run's budget, and close every client however the flow ends. LLMs configured
    exactly alike share one client (one model load). Closing also ends a verb-noun parse-ahead
    process the report did not take (datagen/analysis/parse_prefetch.py). The garbage collector
    runs less often while the run is open (`RUN_GC_THRESHOLDS`)."""
    options: RunOptions = cfg.run
    if llms is None:
        llms = {DEFAULT_LLM: cfg.llm} if getattr(cfg, "llm", None) is not None else {}
    check_prices(llms.values(), options)
    prices = {name: price_for(llm, options.prices) for name, llm in llms.items()}
    root = Path(out_dir) if str(out_dir) else default_run_dir(flow)
    cache = cache_file(options.cache_path, root)
    built: list[tuple[LLMConfig, Any]] = []
    clients: dict[str, tuple[Any, Price | None]] = {}
    with fewer_collections():
        try:
            for name, llm in llms.items():
                client = next((c for conf, c in built if conf == llm), None)
                if client is None:
                    client = build_client(llm, cache_path=cache)
                    built.append((llm, client))
                clients[name] = (client, prices[name])
            lock = RunLock(root)
            lock.acquire()  # before anything is read or written: one writer per run folder
            try:
                # Always metered into the run folder: the caps (if any) bound the run's total spend.
                budget = Budget(options.max_cost_usd, options.max_tokens, path=root / USAGE_FILE)
                run = FlowRun(root=root, flow=flow, llms=clients, budget=budget, seed=options.seed,
                              max_error_share=options.max_error_share, ui_samples=options.ui_samples)
                run_logger().info(f"run folder: {root}")
                run.save_config(cfg)
                check_inputs(root, cfg)
                remove_stale_temp_files(root)
                try:
                    yield run
                finally:
                    budget.flush(force=True)
                    forget_run(run)
            finally:
                lock.release()
        finally:
            discard(root)  # a verb-noun prefetch the report did not take (a failed or cancelled run)
            for _, client in built:
                await client.aclose()


@dataclass
class RunOutput:
    """What a flow hands to `finish_run`: the final records and what to say about them."""

    title: str  # "Self-Instruct": names the dataset card and the report
    variant: str  # "self-instruct (alpaca)": the method as run
    records: Sequence[Any]  # a list, or RecordFiles: the rows stay in their stage file
    source: str  # what the data grew from: a seed file, a domain, a knowledge file
    llm: str  # the LLM(s) in words
    n_seeds: int | str
    target: int
    figures: dict[str, Any] = field(default_factory=dict)
    fmt: Literal["alpaca", "openai"] = "alpaca"
    summary: dict[str, Any] = field(default_factory=dict)  # extra summary.json keys
    card_note: str = ""
    report_extra: str = ""  # markdown appended to the report


async def finish_run(run: FlowRun, out: RunOutput) -> Path:
    """Write records.jsonl (full records), dataset.jsonl (`out.fmt` rows), dataset_card.md,
    summary.json and report.md with its charts, and publish the report to the UI."""
    layout = run.layout
    remove_unused_stage_dirs(run)
    write_records(run.root / "records.jsonl", out.records)
    n_rows = write_jsonl(layout.dataset, export_rows(out.records, out.fmt))
    write_card(run.root / "dataset_card.md",
               dataset_card(f"datagen {out.title} dataset", out.variant, n_rows, out.source, out.llm,
                            out.card_note))
    # The flow's own "target reached" (Self-Instruct counts instructions) wins over a row count.
    reached = out.figures.get("target reached") or \
        ("yes" if n_rows >= out.target else f"no: {n_rows} of {out.target} rows")
    figures = {**out.figures, "target reached": reached}
    write_json(layout.summary, {
        "flow": out.variant, "dataset": str(layout.dataset), "dataset_rows": n_rows, "llm": out.llm,
        "n_seeds": out.n_seeds, "target": out.target, **out.summary, "figures": figures,
    })
    await finish_report(run.root, f"{out.title} run report", key=f"{run.flow}-report", extra=out.report_extra)
    await publish_run_end(run.root, run.flow)  # summary + warnings to the UI and logs, dataset preview
    if n_rows == 0:
        raise EmptyDataset(f"the run produced 0 rows (target {out.target}); see {layout.report} for where "
                           "they were rejected")
    # a short run is said once, by the run summary (console, UI summary artifact, WARNING log)
    return layout.dataset


def remove_unused_stage_dirs(run: FlowRun) -> None:
    """A rerun that recomputed stages may end with fewer stage calls (fewer growth rounds, say):
    folders of the earlier invocation that this one did not produce would skew the report."""
    used = {o.dir.resolve() for o in run.outputs}
    for folder in run.layout.stage_dirs():
        if folder.resolve() not in used:
            shutil.rmtree(folder, ignore_errors=True)
