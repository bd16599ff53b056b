"""Publishing to the Prefect UI: the only code that imports Prefect's artifact API.

Async flows must await the `a`-prefixed functions, or artifacts are silently lost.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any, Sequence

from prefect.artifacts import (
    acreate_markdown_artifact,
    acreate_progress_artifact,
    acreate_table_artifact,
    aupdate_progress_artifact,
)

from datagen.analysis.charts import embed_images
from datagen.analysis.report_charts import RunReport, write_run_report
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


async def publish_report(report: RunReport, description: str, key: str | None = None) -> None:
    """The run report as one markdown artifact, its charts embedded as data URIs (the UI cannot
    follow the report's relative `charts/*.png` links)."""
    await publish_markdown(embed_images(report.markdown, report.path.parent), description, key=key)


async def finish_report(run_dir: Path, description: str, key: str, extra: str = "") -> RunReport:
    """Write report.md and charts/*.png for a finished run and publish them (every flow's end)."""
    report = await asyncio.to_thread(write_run_report, run_dir, extra)  # spaCy parse, charts: off the loop
    await publish_report(report, description, key=key)
    return report


class ProgressArtifact:
    """A progress bar artifact for a long LLM stage, updated as request chunks finish."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.artifact_id: Any = None
        self._sent = 0.0

    async def start(self) -> None:
        self.artifact_id = await acreate_progress_artifact(progress=0.0,
                                                           description=f"{self.label}: progress")

    async def update(self, done: int, total: int) -> None:
        """At most one API call per second (and the last), however often requests finish."""
        now = time.monotonic()
        if self.artifact_id is not None and total and (done >= total or now - self._sent >= 1.0):
            self._sent = now
            await aupdate_progress_artifact(self.artifact_id, progress=100.0 * min(done, total) / total)
