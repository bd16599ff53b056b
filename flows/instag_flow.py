"""InsTag (Lu et al., ICLR 2024): tag any SFT pool's queries with open-set intention tags,
normalize the tags, measure diversity and complexity, and select a subset with
Complexity-first Diverse sampling (Algorithm 1), next to a random subset of the same size.

The flow reads like §3-§4 of the paper: tag -> frequency filter -> rule aggregation ->
semantic aggregation -> association aggregation -> Cf-D sampling (and the random baseline).
It works on any JSONL dataset (Alpaca rows, a text field, this project's records.jsonl,
OpenAI messages, ShareGPT conversations).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from prefect import flow
from prefect.artifacts import acreate_table_artifact
from pydantic import Field

from datagen.config import StrictModel
from datagen.export import export_rows
from datagen.io import atomic_writer, read_jsonl, write_json, write_jsonl
from datagen.llm.settings import LLMConfig
from datagen.methods.instag import charts
from datagen.methods.instag.association import AssociationConfig, association_stage
from datagen.methods.instag.input import InputFormat, load_queries, source_rows
from datagen.methods.instag.metrics import measure, vocabulary
from datagen.methods.instag.normalize import (
    MERGES_DIR, FrequencyConfig, RuleConfig, alpha_warning, frequency_stage, record_tags, rule_stage,
)
from datagen.methods.instag.report import (
    NORMALIZATION_STEPS, instag_sections, normalization_rows, vocabulary_rows,
)
from datagen.methods.instag.sampling import SamplingConfig, cfd_stage, coverage_curve, random_stage
from datagen.methods.instag.semantic import SemanticConfig, semantic_stage
from datagen.methods.instag.tagging import TaggingConfig, tag_stage
from datagen.records import Record, Task
from datagen.stage import RunContext, StageResult, make_result
from flows.artifacts import finish_report, publish_markdown
from flows.run_setup import RunOptions, llm_description, open_run, resolve_path, run_name
from flows.stage_task import FlowRun, StageOutput, run_stage


class InstagConfig(StrictModel):
    input: str = Field("seeds/instag/queries.jsonl", description="the dataset to tag: JSONL (or a "
                       "JSON list) of Alpaca rows, rows with a text field, records.jsonl, OpenAI "
                       "`messages` or ShareGPT `conversations`")
    field: str = Field("instruction", description="the query text field of plain rows")
    input_format: InputFormat = Field("auto", description="auto decides per row: records, "
                                      "messages, conversations, then the text field")
    random_baseline: bool = Field(True, description="also draw a random subset of the same size")
    top_tags: int = Field(30, ge=1, description="tags shown in the chart and tables")
    curve_points: int = Field(20, ge=2, description="points of the sampling curve")
    run: RunOptions = Field(default_factory=RunOptions)
    llm: LLMConfig = Field(default_factory=LLMConfig)
    tagging: TaggingConfig = Field(default_factory=TaggingConfig)
    frequency: FrequencyConfig = Field(default_factory=FrequencyConfig)
    rules: RuleConfig = Field(default_factory=RuleConfig)
    semantic: SemanticConfig = Field(default_factory=SemanticConfig)
    association: AssociationConfig = Field(default_factory=AssociationConfig)
    sampling: SamplingConfig = Field(default_factory=SamplingConfig)


def load_stage(_records: list, _cfg: object, _ctx: RunContext, *, loaded: list[Record]) -> StageResult:
    """The input rows as records (already validated by the flow); every row is kept."""
    return make_result("load", len(loaded), loaded, [])


def _merges(run: FlowRun) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for step in NORMALIZATION_STEPS:
        path = run.root / MERGES_DIR / f"{step}.jsonl"
        if path.is_file():
            rows += read_jsonl(path)
    return rows


def _dataset_rows(records: list[Record]) -> list[dict[str, Any]]:
    fmt = "alpaca" if all(isinstance(r, Task) for r in records) else "openai"
    return list(export_rows(records, fmt))


def _warnings(cfg: InstagConfig, freq: StageOutput) -> list[str]:
    st = freq.stats
    if not st.extra.get("alpha_warning"):
        return []
    text = alpha_warning(st.n_in, int(st.extra["tags_in"]), int(st.extra["merges"]), cfg.frequency)
    return [text] if text else []


async def publish_tag_views(cfg: InstagConfig, run: FlowRun, vocab: list[dict[str, Any]], n_pool: int,
                            curves: dict[str, list[tuple[int, float]]]) -> None:
    """The top-tags table, the tag-frequency chart and the sampling curve, as files and artifacts."""
    top = [(row["tag"], row["count"]) for row in vocab[: cfg.top_tags]]
    freq_png = charts.tag_frequency_png(top, n_pool)
    curve_png = charts.sampling_curve_png(curves)
    for name, png in (("tag_frequency.png", freq_png), ("sampling_curve.png", curve_png)):
        if png is not None:
            with atomic_writer(run.root / name, "wb") as fh:
                fh.write(png)
    await acreate_table_artifact(
        table=[{"rank": i, "tag": r["tag"], "queries": r["count"], "merged from": ", ".join(r["aliases"][:8])}
               for i, r in enumerate(vocab[: cfg.top_tags], start=1)],
        key="instag-top-tags", description=f"InsTag: the {len(top)} most used tags after normalization")
    await publish_markdown(charts.tag_frequency_markdown(top, n_pool, freq_png),
                           "InsTag: tag frequency", key="instag-tag-frequency")
    await publish_markdown(charts.sampling_curve_markdown(curves, curve_png),
                           "InsTag: tag coverage as the selection grows", key="instag-sampling-curve")


async def finish_run(run: FlowRun, cfg: InstagConfig, input_path: Path, stages: dict[str, StageOutput]) -> Path:
    """Write the tagged pool, vocabulary, merges, subsets, dataset, charts, summary and report."""
    layout = run.layout
    pool = stages["association"].kept()
    selected = stages["cfd"].kept()
    rand = stages["random"].kept() if "random" in stages else []
    pool_sets = [record_tags(r) for r in pool]
    full = vocabulary(pool_sets)
    merges = _merges(run)
    vocab = vocabulary_rows(pool_sets, merges)

    write_jsonl(run.root / "tagged.jsonl", pool)
    write_jsonl(run.root / "tag_merges.jsonl", merges)
    write_json(run.root / "tag_vocabulary.json", {"queries": len(pool), "tags": vocab})
    write_jsonl(run.root / "records.jsonl", selected)
    n_rows = write_jsonl(layout.dataset, _dataset_rows(selected))
    write_jsonl(run.root / "subset.jsonl", source_rows(input_path, [r.meta["source_line"] for r in selected]))
    if rand:
        write_jsonl(run.root / "random_subset.jsonl", source_rows(input_path, [r.meta["source_line"] for r in rand]))

    metrics = [measure("pool", pool_sets, full), measure("Cf-D subset", [record_tags(r) for r in selected], full)]
    index = {r.meta["source_line"]: i for i, r in enumerate(pool)}  # unique per input row
    curves = {"Cf-D": coverage_curve(pool_sets, [index[r.meta["source_line"]] for r in selected], full,
                                     cfg.curve_points)}
    if rand:
        metrics.append(measure("random subset", [record_tags(r) for r in rand], full))
        curves["random"] = coverage_curve(pool_sets, [index[r.meta["source_line"]] for r in rand], full,
                                          cfg.curve_points)
    write_json(run.root / "tag_metrics.json", {"metrics": [m.as_row() for m in metrics],
                                               "curves": {k: [list(p) for p in v] for k, v in curves.items()}})
    await publish_tag_views(cfg, run, vocab, len(pool), curves)
    await acreate_table_artifact(table=[m.as_row() for m in metrics], key="instag-metrics",
                                 description="InsTag: diversity (tag coverage) and complexity (tags per query)")

    warnings = _warnings(cfg, stages["frequency"])
    by_name = {m.name: m for m in metrics}
    figures = {"pool queries tagged": len(pool), "tag vocabulary": len(full),
               "pool complexity (tags/query)": round(by_name["pool"].complexity, 3),
               "Cf-D subset": f"{len(selected)} queries, coverage {by_name['Cf-D subset'].diversity:.1%}, "
                              f"{by_name['Cf-D subset'].complexity:.2f} tags/query"}
    if rand:
        rs = by_name["random subset"]
        figures["random subset"] = f"{rs.queries} queries, coverage {rs.diversity:.1%}, {rs.complexity:.2f} tags/query"
    write_json(layout.summary, {"flow": "instag", "dataset": str(layout.dataset), "dataset_rows": n_rows,
                                "llm": llm_description(cfg.llm), "n_seeds": f"{len(pool)} tagged queries "
                                f"from {input_path}", "target": cfg.sampling.n, "figures": figures,
                                "warnings": warnings})
    files = {"tagged pool": run.root / "tagged.jsonl", "tag vocabulary": run.root / "tag_vocabulary.json",
             "merges": run.root / "tag_merges.jsonl", "association rules": run.root / MERGES_DIR /
             "association_rules.jsonl", "Cf-D subset (input format)": run.root / "subset.jsonl",
             "Cf-D subset (records)": run.root / "records.jsonl", "metrics": run.root / "tag_metrics.json",
             "tag-frequency chart": run.root / "tag_frequency.png",
             "sampling-curve chart": run.root / "sampling_curve.png"}
    if rand:
        files["random subset"] = run.root / "random_subset.jsonl"
    stats = [s.stats for s in stages.values()]
    section = instag_sections(
        normalization=normalization_rows(stats), metrics=metrics,
        top=charts.bar_rows([(r["tag"], r["count"]) for r in vocab[: cfg.top_tags]], len(pool)),
        curve=charts.curve_rows(curves), warnings=warnings, files={k: str(v) for k, v in files.items()})
    await finish_report(run.root, "InsTag run report", key="instag-report", extra=section)
    return layout.dataset


@flow(name="instag", flow_run_name=run_name("instag"), log_prints=False)
async def instag_flow(config: InstagConfig, out_dir: str = "") -> str:
    """Load -> tag -> frequency -> rule -> semantic -> association -> Cf-D (+ random) -> report."""
    input_path = resolve_path(config.input)
    loaded = load_queries(input_path, config.field, config.input_format)  # bad input: nothing written
    run = open_run("instag", out_dir, config, config.llm, config.run)
    try:
        load = await run_stage(run, "load", partial(load_stage, loaded=loaded), None, None)
        tagged = await run_stage(run, "tag", tag_stage, [load.kept_path], config.tagging, progress=True)
        stages = {"tag": tagged}
        previous = tagged
        for step, fn, cfg in (("frequency", frequency_stage, config.frequency), ("rule", rule_stage, config.rules),
                              ("semantic", semantic_stage, config.semantic),
                              ("association", association_stage, config.association)):
            previous = stages[step] = await run_stage(run, step, fn, [previous.kept_path], cfg)
        stages["cfd"] = await run_stage(run, "cfd_sample", cfd_stage, [previous.kept_path], config.sampling)
        if config.random_baseline:
            stages["random"] = await run_stage(run, "random_sample", random_stage, [previous.kept_path],
                                               config.sampling)
        await finish_run(run, config, input_path, stages)
    finally:
        if run.llm is not None:
            await run.llm.aclose()
    return str(run.root)
