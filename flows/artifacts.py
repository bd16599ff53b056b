"""Publishing to the Prefect UI: the only code that imports Prefect's artifact API.

Async flows must await the `a`-prefixed functions, or artifacts are silently lost.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from itertools import islice
from pathlib import Path
from typing import Any, Sequence

from prefect import get_run_logger
from prefect.artifacts import (
    acreate_markdown_artifact,
    acreate_progress_artifact,
    acreate_table_artifact,
    aupdate_progress_artifact,
)
from prefect.exceptions import MissingContextError

from datagen.analysis.charts import embed_images
from datagen.analysis.report_charts import RunReport, write_run_report
from datagen.io import RunLayout, iter_jsonl
from datagen.records import Rejected
from datagen.report import counts_rows, short_run_warning, short_summary, stage_sample_markdown
from datagen.stage import StageStats


def artifact_key(*parts: str) -> str:
    """A Prefect artifact key (lowercase letters, digits, dashes) from `parts`: the same stage of
    the same flow gets the same key in every run, so the UI's Artifacts page lists it once, with
    its history across runs."""
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9]+", "-", "-".join(parts).lower())).strip("-")


def run_logger() -> Any:
    """The flow or task run's logger (its lines land in the run's Logs tab); a plain logger when
    called outside a run (a stage test calling a publisher directly)."""
    try:
        return get_run_logger()
    except MissingContextError:
        return logging.getLogger("datagen.run")


def stage_line(label: str, stats: StageStats, top: int = 3) -> str:
    reasons = sorted(stats.rejected_by_reason.items(), key=lambda kv: -kv[1])[:top]
    why = ("; " + ", ".join(f"{r} {n}" for r, n in reasons)) if reasons else ""
    llm = (f"; LLM requests {stats.llm_requests} ({stats.llm_cached} cached)" if stats.llm_requests else "")
    return f"{label}: {stats.n_in} in, {stats.n_kept} kept, {stats.n_rejected} rejected{why}{llm}"


async def publish_stage(flow: str, label: str, stats: StageStats, kept: Sequence[Any] | None,
                        rejected: Sequence[Rejected] | None, *, stage_dir: Path | None = None, samples: int = 3,
                        seed: Any = 0, resumed: bool = False) -> None:
    """A stage's counts table and sample (keys `<flow>-<NNN>-<stage>-counts` / `-samples`: the
    index keeps them in stage order), and its one-line summary in the run's logs. Records not in
    memory (None, or spooled) are sampled from `stage_dir`'s files."""
    note = " (resumed from the run folder, not recomputed)" if resumed else ""
    index, _, stage = label.partition("_")
    name = f"stage {index} {stage}" if stage else f"stage {label}"
    await acreate_table_artifact(table=counts_rows(stats), key=artifact_key(flow, label, "counts"),
                                 description=f"{flow} {name}: counts{note}")
    await acreate_markdown_artifact(
        markdown=stage_sample_markdown(label, stats, kept, rejected, samples, f"{seed}:{label}", stage_dir),
        key=artifact_key(flow, label, "samples"),
        description=f"{flow} {name}: sample of kept records and of each rejection reason{note}")
    run_logger().info(stage_line(label, stats) + note)


def _cell(value: Any) -> Any:
    return value if isinstance(value, (str, int, float, bool)) or value is None else \
        json.dumps(value, ensure_ascii=False)


async def publish_run_end(run_dir: Path, flow: str, preview_rows: int = 20) -> str:
    """The end of every run in the UI: the run summary (`datagen report`'s short summary) as a
    markdown artifact and in the logs, a warning when the dataset is empty or short of its
    target, and a preview table of the dataset's first rows. Returns the summary text."""
    layout = RunLayout(run_dir)
    summary = json.loads(layout.summary.read_text()) if layout.summary.is_file() else {}
    text = short_summary(run_dir)
    warning = short_run_warning(summary)
    log = run_logger()
    for line in (line.strip() for line in text.splitlines()):
        # the summary's warning lines (short run, a method's own warnings) as WARNING records,
        # so the Logs tab's level filter finds them
        (log.warning if line.lower().startswith("warning:") else log.info)(line)
    markdown = f"# {flow} run summary\n\n"
    if warning:
        markdown += f"> **Warning:** {warning}\n\n"
    markdown += "```\n" + text + "\n```\n"
    await acreate_markdown_artifact(markdown=markdown, key=artifact_key(flow, "summary"),
                                    description=f"{flow}: run summary" + (" (WARNING: short run)" if warning else ""))
    rows = [row for _, row in islice(iter_jsonl(layout.dataset), preview_rows)] if layout.dataset.is_file() else []
    table = [{k: _cell(v) for k, v in row.items()} for row in rows]
    total = summary.get("dataset_rows", len(rows))
    await acreate_table_artifact(table=table or [{"dataset": "empty: no rows were written"}],
                                 key=artifact_key(flow, "dataset-preview"),
                                 description=f"{flow}: dataset preview, first {len(rows)} of {total} rows "
                                             f"of {layout.dataset}")
    return text


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
