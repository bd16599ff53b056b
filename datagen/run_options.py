"""What every run shares, whatever its method: the `run:` config section, and where relative
input paths are looked up (the working directory, then the project checkout)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Literal

from pydantic import Field

from datagen.config import StrictModel
from datagen.errors import UserError
from datagen.llm.usage import Price

PROJECT_ROOT = Path(__file__).resolve().parent.parent
AUTO_CACHE = "auto"


class RunOptions(StrictModel):
    """Options every flow shares (the `run:` section of a config)."""

    seed: int = Field(42, description="seeds every RNG of the run; same seed + same cache = same dataset")
    cache_path: str | None = Field(AUTO_CACHE, description="request cache (SQLite): `auto` puts it in "
                                   "the run's `runs/` folder (.cache/llm.sqlite in the nearest folder named "
                                   "runs above the run folder, else beside the run folder), whatever the "
                                   "working directory; a path; or null to disable it. Shared across runs so "
                                   "reruns pay nothing twice")
    max_cost_usd: float | None = Field(None, ge=0)
    max_tokens: int | None = Field(None, ge=0)
    max_error_share: float = Field(0.2, ge=0, le=1, description="a stage whose share of failed LLM "
                                   "requests exceeds this fails the run (exit 5); a rerun retries them")
    prices: dict[str, Price] = Field(default_factory=dict, description="model name -> $ per 1K tokens")
    task_runner: Literal["default", "dask", "ray"] = Field(
        "default", description="default: stages run in the flow's process; dask or ray: shardable "
        "stages (heuristics, votes) run in slices on that engine (flows/sharding.py)")
    dask_address: str | None = Field(None, description="Dask scheduler to use (tcp://host:8786); "
                                     "none starts a LocalCluster of 2 single-threaded workers")
    ray_address: str | None = Field(None, description="Ray cluster to use (ray://host:10001); "
                                    "none starts a local Ray")
    shards: int = Field(4, ge=1, description="slices per shardable stage under dask or ray")
    ui_samples: int = Field(3, ge=0, description="records per stage shown in the Prefect UI's sample "
                            "artifact: this many kept (drawn across the stage) and this many per "
                            "rejection reason, drawn with the run's seed")


def resolve_path(path: str | Path) -> Path:
    """A relative path is taken from the working directory, else from the project checkout."""
    p = Path(path)
    if p.is_absolute() or p.exists():
        return p
    candidate = PROJECT_ROOT / p
    return candidate if candidate.exists() else p


def cache_file(cache_path: str | None, run_root: str | Path) -> Path | None:
    """The request cache of a run in `run_root`: None (disabled), the path given, or for `auto`
    `<runs>/.cache/llm.sqlite`, where <runs> is the nearest folder named `runs` above the run
    folder (`runs/self-instruct/<id>` -> `runs/`), else the run folder's parent."""
    if not cache_path:
        return None
    if cache_path != AUTO_CACHE:
        return Path(cache_path)
    root = Path(run_root).absolute()
    runs = next((p for p in root.parents if p.name == "runs"), root.parent)
    return runs / ".cache" / "llm.sqlite"


def price_key(llm: Any) -> str:
    """The name `run.prices` knows a model by: the endpoint's model name (or the local HF folder /
    GGUF path as given), `embedded` for the bundled SmolLM2, `fake` for the scripted client."""
    if llm.model:
        return llm.model
    return "fake" if llm.backend == "fake" else "embedded"


def price_for(llm: Any, prices: dict[str, Price]) -> Price | None:
    """The model's own `llm.price`, else its entry in the run's price table, else None (unpriced)."""
    return llm.price or prices.get(price_key(llm))


def check_prices(llms: Iterable[Any], options: RunOptions) -> None:
    """`--max-cost` needs a price for every model the run calls (checked before anything runs)."""
    if options.max_cost_usd is None:
        return
    for llm in llms:
        if llm is not None and price_for(llm, options.prices) is None:
            raise UserError(f"--max-cost needs a price for model {price_key(llm)!r}: add it to run.prices "
                            f"(priced now: {', '.join(sorted(options.prices)) or 'none'}) or set llm.price")
