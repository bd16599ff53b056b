"""Opening a run: folder, resolved config, LLM client (cached), prices and budget.

Shared by every method's flow so that each reads like its paper's algorithm.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Literal

from pydantic import Field

from datagen.config import StrictModel
from datagen.errors import UserError
from datagen.llm.factory import build_client, describe
from datagen.llm.settings import LLMConfig
from datagen.llm.usage import Budget, Price
from flows.stage_task import FlowRun

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class RunOptions(StrictModel):
    """Options every flow shares (the `run:` section of a config)."""

    seed: int = Field(42, description="seeds every RNG of the run; same seed + same cache = same dataset")
    cache_path: str | None = Field("runs/.cache/llm.sqlite", description="request cache (SQLite); "
                                   "null disables it. Shared across runs so reruns pay nothing twice")
    max_cost_usd: float | None = Field(None, ge=0)
    max_tokens: int | None = Field(None, ge=0)
    prices: dict[str, Price] = Field(default_factory=dict, description="model name -> $ per 1K tokens")
    task_runner: Literal["default", "dask", "ray"] = Field(
        "default", description="default: stages run in the flow's process; dask or ray: shardable "
        "stages (heuristics, votes) run in slices on that engine (flows/sharding.py)")
    dask_address: str | None = Field(None, description="Dask scheduler to use (tcp://host:8786); "
                                     "none starts a LocalCluster of 2 single-threaded workers")
    ray_address: str | None = Field(None, description="Ray cluster to use (ray://host:10001); "
                                    "none starts a local Ray")
    shards: int = Field(4, ge=1, description="slices per shardable stage under dask or ray")


def resolve_path(path: str | Path) -> Path:
    """A relative path is taken from the working directory, else from the project checkout."""
    p = Path(path)
    if p.is_absolute() or p.exists():
        return p
    candidate = PROJECT_ROOT / p
    return candidate if candidate.exists() else p


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
    """A flow's `flow_run_name`: `<flow>-<out_dir>`, or `<flow>-<short run id>` when out_dir is
    empty (scheduled runs), so every run is named after where its files are."""
    def name() -> str:
        from prefect.runtime import flow_run

        out_dir = (flow_run.parameters or {}).get("out_dir") or ""
        return f"{flow}-{out_dir}" if out_dir else f"{flow}-{_short_run_id()}"
    return name


def price_key(llm: LLMConfig) -> str:
    """The name `run.prices` knows a model by: the endpoint's model name (or the local HF folder /
    GGUF path as given), `embedded` for the bundled SmolLM2, `fake` for the scripted client."""
    if llm.model:
        return llm.model
    return "fake" if llm.backend == "fake" else "embedded"


def price_for(llm: LLMConfig, prices: dict[str, Price]) -> Price | None:
    """The model's own `llm.price`, else its entry in the run's price table, else None (unpriced)."""
    return llm.price or prices.get(price_key(llm))


def open_run(flow: str, out_dir: str | Path, cfg: Any, llm: LLMConfig | None,
             options: RunOptions) -> FlowRun:
    """Open the run folder (empty out_dir: a fresh `default_run_dir`), save the resolved config,
    and build the run's cached LLM client, price and budget."""
    root = Path(out_dir) if str(out_dir) else default_run_dir(flow)
    price = price_for(llm, options.prices) if llm is not None else None
    if options.max_cost_usd is not None and llm is not None and price is None:
        raise UserError(f"--max-cost needs a price for model {price_key(llm)!r}: add it to run.prices "
                        f"(priced now: {', '.join(sorted(options.prices)) or 'none'}) or set llm.price")
    client = None
    if llm is not None:
        cache = Path(options.cache_path) if options.cache_path else None
        client = build_client(llm, cache_path=cache)
    budget = Budget(options.max_cost_usd, options.max_tokens) \
        if options.max_cost_usd is not None or options.max_tokens is not None else None
    run = FlowRun(root=root, flow=flow, llm=client, price=price, budget=budget, seed=options.seed)
    run.save_config(cfg)
    remove_stale_temp_files(root)
    return run


def remove_stale_temp_files(root: Path) -> int:
    """Atomic writes go through `.<name>.*.tmp` beside the target; a process killed mid-write
    leaves one behind. Nothing else is running in this folder at open time, so they go."""
    stale = list(root.rglob(".*.tmp")) if root.is_dir() else []
    for path in stale:
        path.unlink(missing_ok=True)
    return len(stale)


def llm_description(llm: LLMConfig | None) -> str:
    return describe(llm) if llm is not None else "none"
