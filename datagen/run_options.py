"""What every run shares, whatever its method: the `run:` config section, and where relative
input paths are looked up (the working directory, then the project checkout)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field

from datagen.config import StrictModel
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
