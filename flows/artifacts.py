"""Publishing to the Prefect UI: the only code that imports Prefect's artifact API.

Async flows must await the `a`-prefixed functions, or artifacts are silently lost.
"""

from __future__ import annotations

from typing import Any, Sequence

from prefect.artifacts import (
    acreate_markdown_artifact,
    acreate_progress_artifact,
    acreate_table_artifact,
    aupdate_progress_artifact,
)

from datagen.records import Rejected
from datagen.report import counts_rows, sample_rows
from datagen.stage import StageStats


async def publish_stage(label: str, stats: StageStats, kept: Sequence[Any],
                        rejected: Sequence[Rejected], resumed: bool = False) -> None:
    note = " (resumed from the run folder, not recomputed)" if resumed else ""
    await acreate_table_artifact(table=counts_rows(stats), description=f"{label}: counts{note}")
    await acreate_table_artifact(table=sample_rows(kept, rejected),
                                 description=f"{label}: sample of kept and rejected records")


async def publish_markdown(markdown: str, description: str, key: str | None = None) -> None:
    await acreate_markdown_artifact(markdown=markdown, description=description, key=key)


class ProgressArtifact:
    """A progress bar artifact for a long LLM stage, updated as request chunks finish."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.artifact_id: Any = None

    async def start(self) -> None:
        self.artifact_id = await acreate_progress_artifact(progress=0.0,
                                                           description=f"{self.label}: progress")

    async def update(self, done: int, total: int) -> None:
        if self.artifact_id is not None and total:
            await aupdate_progress_artifact(self.artifact_id, progress=100.0 * done / total)
